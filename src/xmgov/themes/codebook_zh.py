"""The codebook in Chinese, for the Chinese edition's codebook appendix (zh/appendices/codebook.md).

Why: the English appendix glues `codebook.to_markdown()`, which renders the English text of
data/themes/codebook.yaml. The Chinese edition renders the same codebook, in the same order and with
the same codes, keywords, example entries and revision markers ([v2]), from the Chinese text below.
Each Chinese text records a fingerprint of the English it translates: when the English of a field
changes in the YAML, `to_markdown_zh` refuses with a message naming the code and field, so a stale
translation never reaches a reader.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from .codebook import CODEBOOK, CodebookError, load


def fingerprint(text: str) -> str:
    """A short fingerprint of an English text, insensitive to line wrapping."""
    return hashlib.sha1(" ".join(str(text).split()).encode("utf-8")).hexdigest()[:12]


# (code_id or section, field) -> (fingerprint of the English, Chinese text).
TEXT: dict[tuple[str, str], tuple[str, str]] = {
    ("mode_politics", "definition"): ("ee7abe6932bc", "由党组织领导或组织实施该项创新。"),
    ("mode_politics", "include"): ("7f67595783bb", "文本指明党的组织（党委、党支部、党组织、党群服务中心）或党员是领导或组织力量，或指明党建（近邻党建）或党委总揽全局（一统揽）是其机制。"),
    ("mode_politics", "exclude"): ("1f7e45b88c8b", "领导的肯定或表扬（市委市政府主要领导作出肯定）；政法委仅作为评奖组织者或表彰机构出现。"),
    ("mode_autonomy", "definition"): ("4bba21897aa0", "居民、村民、业主、志愿者或自组织的社会主体参与治理。"),
    ("mode_autonomy", "include"): ("1cd16a4e6c4b", "居民、村民或业主的组织（居委会、村委会、村规民约、业委会、议事协商），志愿者，群防群治（群防群治、群测群防），自律性协会（行业自律），或自主行动的社会组织；“共治”须在文本确实指明公民或社会主体参与时才计入。"),
    ("mode_autonomy", "exclude"): ("14cc99fe964b", "向居民提供但居民并未参与的服务；政府购买其服务的专业机构（政府购买服务）；未指明参与主体的口号（社会共治、靠人民）。[v2] 调解员以及议理堂、评理室等场所，只有在文本指明调解员是居民、村民、乡贤或志愿者时才计入；专业调解员、律师和法官不计入。社会共治和多元共治须指明参与主体：只有活动名称（查餐厅、卫士评选）而未指明主体的，不计入。"),
    ("mode_law", "definition"): ("10c029a8ee3f", "该项创新通过法律机构、法律专业人员或法律规范发挥作用。"),
    ("mode_law", "include"): ("c9c002c1e9f3", "法院、检察院、司法行政、诉讼、量刑、明确称为执法的执法活动、法律服务（律师、公证、法律咨询）、法治宣传教育（普法），以及与法律机构对接的纠纷化解（警民联调、诉调对接、诉前化解、微法庭）。"),
    ("mode_law", "exclude"): ("26634a1ac379", "仅由调解员进行、未指明任何法律机构或专业人员的调解；未以法律措辞表述的犯罪预防警务（巡逻、视频监控）；由法律机构颁发的表彰（被司法部通报表扬）。[v2] 须指明一项法律规范（法律、法规、裁判规则……）：法理、依法或作为口号的法治等空泛标签，附加在行政部门之上的，不计入。"),
    ("mode_ethics", "definition"): ("aa33a2f3ed93", "该项创新以道德教育、文明规范、榜样示范或共同价值进行治理。"),
    ("mode_ethics", "include"): ("1759b8a38440", "文明创建活动（文明创建、文明出行），村规民约与道德评比（红黑榜、文明家庭），道德榜样（见义勇为、最美），以及作为治理资源而援引的地方文化或道德传统（嘉庚精神、乡贤）。"),
    ("mode_ethics", "exclude"): ("622d85e21339", "“文明”一词仅用于指称某种滋扰行为（不文明养犬）或城市称号；针对特定风险的教育（禁毒宣传、网络安全意识）；心理服务。[v2] 仅被计入文明创建活动的某项行动（作为…文明创建…的自选动作）：只有当道德或文明教育、规范或榜样是其机制时才编码。"),
    ("mode_smart", "definition"): ("0ba7b8e66b9a", "数字技术是该项创新实际运作的组成部分。"),
    ("mode_smart", "include"): ("9feb816108eb", "数字平台、数据库与数据共享、大数据、人工智能、视频监控（雪亮工程，即全国性的公共视频监控联网工程）、传感器与物联网、应用程序与小程序、自助终端、人脸识别、电子文书。"),
    ("mode_smart", "exclude"): ("cdbe55d76637", "不含数字成分的组织性“平台”（协作平台、议事协商平台、自治平台）；仅用于宣传的数字媒体（微信公众号、网上浏览量）；未描述任何数字内容、仅作为口号的“智慧”。[v2] 成果须指明一种数字工具、数据流、设备或平台：仅有形容词和标题（智能化、可视化、合成化、科技保障、动态智能管理模式）不计入。"),
    ("risk_political", "definition"): ("4cbcde92cc58", "该项创新应对国家安全或政治安全面临的威胁。"),
    ("risk_political", "include"): ("8ec7a5efb8a7", "国家安全（维护国家安全）、反恐、防范非法入境和走私的边防与海防（偷私渡、非法入境）、意识形态、邪教。"),
    ("risk_political", "exclude"): ("b6c8e3040e7c", "普通犯罪（编码为 risk_order）；没有安全意涵的涉台文化工作。"),
    ("risk_order", "definition"): ("856ee5c83a7a", "该项创新预防或打击犯罪与扰乱秩序的行为，或出于治安原因对人员进行管理。"),
    ("risk_order", "include"): ("04509c182645", "犯罪与刑事司法（犯罪、刑事、嫌犯）、诈骗、毒品、巡逻与警务、平安创建活动（平安），以及流动人口和出租房屋的管理（流动人口、实有人口、出租屋）。"),
    ("risk_order", "exclude"): ("d0d363930a26", "安全隐患与事故（编码为 risk_safety）；与犯罪无关的警务服务（寻找走失人员）；城市管理中的滋扰问题（占道经营、单车乱停放）。[v2] 危害国家安全的犯罪以及边境或海上犯罪（海防中的偷私渡、非法入境、走私）：只编码为 risk_political。工作中所包含的刑事制裁（拘留、追究刑事责任），即使针对的是滥用诉讼，也编码为 risk_order。后台司法程序（涉案财物的保管）只有在文本指明其对象是犯罪或刑事诉讼时才计入。"),
    ("risk_disputes", "definition"): ("88d520b70a6b", "该项创新预防或化解纠纷、信访或诉讼。"),
    ("risk_disputes", "include"): ("90fd92d432e3", "调解、纠纷化解、信访，民事、商事、劳动、家庭和行政纠纷，诉讼及其滥用（虚假诉讼），群体性案件的判决执行。"),
    ("risk_disputes", "exclude"): ("527447a11153", "刑事追诉（编码为 risk_order）；作为城市管理事项处理的滋扰投诉。"),
    ("risk_safety", "definition"): ("a68d7e77ac00", "该项创新减少对生命和健康的危害。"),
    ("risk_safety", "include"): ("868b2081cc83", "交通、消防、食品安全、自然灾害、疫情、安全生产、校园安全、安全隐患、弱势人员走失。"),
    ("risk_safety", "exclude"): ("7e56fde21bcf", "犯罪（编码为 risk_order）；网络安全（编码为 risk_cyber）。"),
    ("risk_cyber", "definition"): ("4332ddf0eb4d", "该项创新应对网络空间的安全问题。"),
    ("risk_cyber", "include"): ("a87612a68a87", "网络安全及其宣传、涉网犯罪、针对网民（触网人群）的电信网络诈骗、数据安全、网络舆情。"),
    ("risk_cyber", "exclude"): ("8752cc758aa2", "将数字工具用于其他目的（只编码为 mode_smart）。"),
    ("risk_services", "definition"): ("19efa0b74a20", "该项创新向居民提供公共服务，或改善企业经营条件。"),
    ("risk_services", "include"): ("c5bcae469e50", "养老、医疗卫生、教育服务、福利与保险、心理服务、政务服务与审批（政务服务、审批、放管服，即国务院推行的“简政放权、放管结合、优化服务”行政审批改革）、该项创新所回应的居民服务诉求，以及营商环境（营商环境、惠企、产业）。"),
    ("risk_services", "exclude"): ("c12490a0caf4", "仅作为另一编码之手段的服务（调解服务：编码为 risk_disputes）；城市设施问题（停车、杂物堆放），除非提供了某项服务。[v2] “另一编码”指另一个风险领域编码：寻找走失人员只编码为 risk_safety，而支持某种治理方式的福利或政务服务（为见义勇为人员提供的待遇）仍然计入。营商环境只有在企业经营条件正是该项创新的工作对象时（审批、面向企业的服务）才计入，作为所声称的下游效益时（为营商环境奠定基础）不计入。修建或清理设施（停车位、环境整治）不属于提供服务，作为标签的惠民或便民也不计入；该项创新所回应的居民诉求（诉求、服务邻选）以及它所提供或改进的物业管理服务则计入。"),
    ("risk_ecology", "definition"): ("0b12bb08b412", "该项创新保护环境或自然资源。"),
    ("risk_ecology", "include"): ("f1c3a6fbb3a0", "污染防治、环境监测、生态修复、碳汇、自然资源责任。"),
    ("risk_ecology", "exclude"): ("3bc21c393bf8", "作为比喻使用的“生态”（产业生态圈、犯罪生态）。"),
    ("general", "exclude"): ("a1e3a0344a4b", "[v2，适用于所有编码] 某一机构若仅被提及曾表扬、刊发或推广该项经验（发文推广、表彰、刊载），其所属领域并不因此成为该成果的编码。"),
    ("sources", "five_governances"): ("8ddef47313dd", "作为市域社会治理现代化之治理方式的“五治”（政治、自治、法治、德治、智治）归于时任中央政法委秘书长陈一新，他在《推进新时代市域社会治理现代化》（人民日报，2018-07-17）一文中阐述了这一方案{cite}`chen2018shiyu`。本书所用的各治理方式作用的简称（政治引领、自治强基、法治保障、德治教化、智治支撑）是本书对该框架的概括：我们没有将其与原文措辞核对，也没有为其引用任何二手文献。"),
    ("sources", "five_risks"): ("e6d459c907ca", "五类风险领域（政治安全风险、社会治安风险、社会矛盾风险、公共安全风险、网络安全风险）是本书对同一方案中所列风险的概括；我们没有将这一列表与{cite}`chen2018shiyu`的原文核对，也没有为其引用其他文献。编码 risk_services（民生服务/营商环境）和 risk_ecology（生态）是本项目增设的，不属于该框架，增设它们是因为获奖成果涉及这些领域。"),
    ("revisions", "2"): ("11ebdab8e153", "在对第一次编码与盲法第二次编码存在差异的单元格进行裁定之后写出的澄清（data/annotations/theme_coding_adjudication.csv；规则不清楚的单元格标记为 rule_unclear = yes）：作为所声称效果的营商环境、设施与标签（risk_services）；“另一编码之手段”的涵盖范围；形容词不等于技术（mode_smart）；空泛的法律标签（mode_law）；调解员与场所（mode_autonomy）；作为标签的文明创建（mode_ethics）；治安与政治安全的界限以及刑事制裁（risk_order）；仅作表彰的机构（所有编码）。"),
}
SOURCE_NAMES_ZH = {"five_governances": "五治", "five_risks": "五类风险"}


def _english(book, raw: dict) -> dict[tuple[str, str], str]:
    """The English text of every translated field, under the same keys as TEXT."""
    out = {(c.code_id, f): getattr(c, f) for c in book.codes for f in ("definition", "include", "exclude")}
    out[("general", "exclude")] = book.general_exclude
    out |= {("sources", k): v for k, v in book.sources.items()}
    out |= {("revisions", str(r["version"])): str(r["change"]) for r in book.revisions}
    return {k: v for k, v in out.items() if str(v).strip()}


def stale(path: Path = CODEBOOK) -> list[str]:
    """'code.field' for every English text with no Chinese, or whose English changed since."""
    book, raw = load(path), yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [f"{k[0]}.{k[1]}" for k, en in _english(book, raw).items()
            if k not in TEXT or TEXT[k][0] != fingerprint(en)]


def zh(key: tuple[str, str]) -> str:
    return TEXT[key][1]


def to_markdown_zh(path: Path = CODEBOOK) -> str:
    """The codebook as the Chinese reader's document (MyST Markdown), in the order of `to_markdown`."""
    path = Path(path)
    book, raw = load(path), yaml.safe_load(path.read_text(encoding="utf-8"))
    behind = stale(path)
    if behind:
        raise CodebookError(f"{path}: the Chinese codebook (xmgov.themes.codebook_zh.TEXT) has no current "
                            f"translation of {behind}: translate the English and record its fingerprint")
    parts = []
    for dim_id, dim in raw["dimensions"].items():
        parts.append(f"**{dim['label_zh']}**\n")
        for code in book.codes:
            if code.dimension != dim_id:
                continue
            parts.append(
                f"{code.label_zh}，编码 `{code.code_id}`\n"
                f": **定义。** {zh((code.code_id, 'definition'))}\n"
                f"\n"
                f"  **纳入。** {zh((code.code_id, 'include'))}\n"
                f"\n"
                f"  **排除。** {zh((code.code_id, 'exclude'))}\n"
                f"\n"
                f"  **词典编码器的关键词。** {'、'.join(code.keywords)}\n"
                f"\n"
                f"  **示例成果。** {code.example}\n")
    sources = "\n".join(f"- **{SOURCE_NAMES_ZH[key]}。** {zh(('sources', key))}" for key in book.sources)
    general = f"**适用于所有编码的规则。** {zh(('general', 'exclude'))}\n\n" if book.general_exclude else ""
    revisions = "\n".join(f"- **第{r['version']}版。** {zh(('revisions', str(r['version'])))}"
                          for r in book.revisions)
    history = (f"\n**修订记录**（当前为第{raw.get('version')}版；每次修订所增补的文字均以方括号标注其版本）\n\n"
               f"{revisions}\n") if revisions else ""
    return general + "\n".join(parts) + "\n**框架的出处**\n\n" + sources + "\n" + history


def facts_zh(_=None, facts: dict | None = None) -> dict:
    """The Chinese codebook appendix glues the Chinese rendering of the codebook."""
    from IPython.display import Markdown

    return {"codebook_markdown_zh": Markdown(to_markdown_zh())}
