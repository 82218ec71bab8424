"""The catalogue's words, one table per edition: `EN` for the English book, `ZH` for the Chinese.

The pages' layout (`markdown.py`) and their data (`record.py`) are shared; only these words differ.
A word table gives every heading, table header, field label and sentence of a page, and the names of
the data's coded values (levels, roles, kinds …). No table types a number: every number on a page is
a value of the data, put in by the layout.

The Chinese table gives the Chinese edition's academic Chinese. Editorial Chinese for English
strings of the data (a rule's explanation, a hand override's note, a lost passage's note) is keyed
by the English text, so that a changed or new English string is an error that names it, never a
stale or silently English gloss. The one exception is the adjudication's rationales, long English
notes of the coders: the Chinese page shows them as they are, labelled as the editors' English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import pandas as pd

from .. import paths
from ..dataset.vocabulary import CATEGORY_ZH, RECOGNIZER_TYPE_ZH, category_label
from ..themes.chinese import LABELS_ZH as ZH_TYPOLOGY  # the themes chapter's words for the typology

LOST = "〔…〕"  # marks a passage the mirror cut, where it was cut


def _same(value) -> str:
    return value


def _known(table: dict, key: str, what: str) -> str:
    if key not in table:
        raise KeyError(f"xmgov.catalogue.wording: no Chinese for {what} {key!r}; add it to the table")
    return table[key]


@dataclass(frozen=True)
class Words:
    """Everything a catalogue page says in one language, apart from the data's own values."""
    language: str
    # The entry's name in headings and links (the editors' English label, or the source's title).
    name: Callable[[pd.Series], str]
    intro: Callable[[pd.Series], str]  # the sentence under the heading
    sections: dict[str, str]  # section key -> heading
    none_in_source: str  # an empty table
    yes: str
    no: str
    # Title, district and level
    field_columns: tuple[str, str, str]
    field_rows: tuple[str, str, str]
    title_kept: Callable[[str, str], str]  # (title, title_source) -> text
    title_lost: str
    district: Callable[[str], str]
    entry_level: Callable[[str], str]  # an entry's level in its field table
    basis: Callable[[str], str]  # a district or level rule's explanation
    evidence_join: str
    # The description
    offsets: Callable[[int, int, bool, bool], str]  # (start, end, has lacunae, spam removed)
    lacuna_note: Callable[[pd.Series], str]  # one lost passage's note
    translation: Callable[[pd.Series], list[str]]  # the editors' English translation block, if shown
    # Bodies, figures, claims
    body_columns: dict[str, str]
    body_name: Callable[[str, str], str]  # (name_zh, name_en)
    role: Callable[[str], str]
    source: Callable[[tuple], str]  # one place a body's name comes from
    figure_columns: dict[str, str]
    unit: Callable[[str], str]
    qualifier: Callable[[str], str]
    metric_kind: Callable[[str], str]
    baseline: Callable[[str, str, str | None], str]  # (value, unit, qualifier or None)
    claim_columns: dict[str, str]
    claim_type: Callable[[str], str]
    level: Callable[[str], str]  # a level (of an entry, a claim or a recognizer) in a table cell
    recognizer_type: Callable[[str], str]
    recognition_kind: Callable[[str], str]
    corroboration: Callable[[str], str]
    # Theme codes
    codes_intro: str
    code_columns: dict[str, str]
    code_label: str  # the column of record.codes that names a code
    why: Callable[[str, str], str]  # (kind: adjudication | review, rationale)
    # Evidence profile and typology
    profile_columns: tuple[str, str]
    indicators: dict[str, str]  # indicator key -> label
    typology: Callable[[str], str]
    # Related entries
    no_related: str
    reason: Callable[[list[str], list[str], list[str], bool], str]  # codes, bodies, words, words cut
    dash: str  # between a related entry and what it shares
    widget: dict | None  # the sortable index's own words (DataTables' `language`), None for English
    # Cite and data
    cite: Callable[[str, str], str]  # (entry_id, address)
    address: Callable[[str, str, str], str]  # (base url, page name, entry_id)
    # The index
    index_head: str
    index_intro: str
    index_filter: str
    index_caption: str
    index_columns: dict[str, str]  # neutral key -> header
    list_name: Callable[[str], str]  # a category in the index
    join_codes: str
    no_recognition: str
    # Where the pages go, relative to the book's root
    folder: str = "catalogue"


# ---------------------------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------------------------

EN_LEVEL_NAMES = {"street": "sub-district or township (街道/镇; the dataset's level `street`)"}
EN_SOURCES = {"text": "article: the description", "title": "article: the title's list of units"}


def _en_source(source: tuple) -> str:
    kind, trust, confidence, where = source
    if kind != "outside":
        return EN_SOURCES[kind]
    return f"outside page ({trust.replace('_', ' ')}, {confidence} confidence): {where}"


def _en_baseline(value: str, unit: str, qualifier: str | None) -> str:
    return (f"{value} {unit} ({qualifier})" if qualifier is not None else f"{value} {unit}").strip()


def _en_reason(codes: list[str], bodies: list[str], words: list[str], more: bool) -> str:
    reasons = []
    if codes:
        reasons.append("codes " + "; ".join(codes))
    if bodies:
        reasons.append("bodies " + "、".join(bodies))
    if words:
        reasons.append("words " + "、".join(words) + ("…" if more else ""))
    return "; ".join(reasons)


def _en_translation(tr: pd.Series) -> list[str]:
    return ["\n**English translation** (the editors', kept as data in `data/translations/entries_en.csv`):\n",
            f"{tr['translation_en']}\n",
            (f"*Translator's notes.* {tr['translator_notes']}\n" if tr["translator_notes"].strip() else "")]


def _en_cite(entry_id: str, address: str) -> str:
    from .. import citation

    return (f"{citation.short_authors()} ({citation.year()}), entry {entry_id}, in *{citation.short_title()}*, "
            f"version {citation.metadata()['version']}, {address}.\n\n"
            f"The entry's rows are those with `entry_id` = `{entry_id}` in the data package's tables "
            "(`entries.csv`, `entry_agencies.csv`, `metrics.csv`, `claims.csv`, `lacunae.csv`, "
            "`themes/coding_*.csv`, `themes/typology.csv`).\n")


EN = Words(
    language="en",
    name=lambda e: e["label_en"],
    intro=lambda e: (f"{category_label(e['category'], 'zh en')}, number {e['number']} of its list. "
                     "The English label is the editors'.\n"),
    sections={"scope": "Title, district and level", "description": "The description", "bodies": "Bodies named",
              "figures": "Reported figures", "claims": "Claims of novelty and recognition",
              "codes": "Theme codes", "profile": "Evidence profile and typology",
              "related": "Related entries", "cite": "Cite and data"},
    none_in_source="None in the source.\n",
    yes="yes", no="no",
    field_columns=("field", "value", "evidence"),
    field_rows=("title", "district", "level"),
    title_kept=lambda title, source: f"{title} (source: {source})",
    title_lost="not in the copy: the mirror lost this entry's numbered title line and its list of units",
    district=_same,
    entry_level=lambda level: EN_LEVEL_NAMES.get(level, level),
    basis=_same,
    evidence_join="; ",
    offsets=lambda start, end, lost, spam: (f"Characters {start}–{end} of the raw file (`data/raw/`)"
                                            + (", spam removed" if spam else "")
                                      + (f"; {LOST} marks a passage the copy lost:" if lost else ".") + "\n"),
    lacuna_note=lambda row: f"{LOST} {row.lacuna_id}: {row.note} (characters {row.start}–{row.end} of the raw file)",
    translation=_en_translation,
    body_columns={"body": "body", "role": "role", "source": "source"},
    body_name=lambda zh, en: zh + " · " + en,
    role=_same, source=_en_source,
    figure_columns={c: c for c in ("span", "value", "unit", "qualifier", "kind", "baseline", "period")},
    unit=_same, qualifier=_same, metric_kind=_same, baseline=_en_baseline,
    claim_columns={"claim": "claim", "span": "span", "level": "level", "recognizer type": "recognizer type",
                   "kind": "kind", "outside lead": "outside lead"},
    claim_type=_same, level=_same, recognizer_type=_same, recognition_kind=_same, corroboration=_same,
    codes_intro=("The codes of the first and the blind second coding, and of the adjudicated coding the book "
                 "analyses, with the reason wherever the adjudicated value differs from a coder's:\n"),
    code_columns={c: c for c in ("code", "first", "second", "adjudicated", "why")},
    code_label="label",
    why=lambda kind, rationale: {"adjudication": f"adjudicated: {rationale}",
                                 "review": f"reviewed under the codebook's version 2: {rationale}"}[kind],
    profile_columns=("indicator", "value"),
    indicators={"quantity": "reports a quantity", "outcome": "outcome measure",
                "baseline": "baseline or before/after", "window": "time window",
                "recognition": "external recognition", "novelty": "claim to be first",
                "type": "innovation type (LGIA-comparable)", "participation": "participation", "origin": "origin"},
    typology=_same,
    no_related="No other entry shares a code or a body with this one.\n",
    reason=_en_reason,
    dash=" — ",
    widget=None,
    cite=_en_cite,
    address=lambda base, page, entry_id: f"<{base}/{page}.html>" if base else f"catalogue page `{page}`",
    index_head="(catalogue)=\n# Catalogue of the awarded entries\n",
    index_intro=("Every awarded entry on a page of its own: its title where the copy kept it, its description in "
                 "Chinese with each lost passage marked and an English translation, the bodies named, the figures "
                 "and claims it reports, how the book codes it and which entries are most like it. Every page is "
                 "generated from the data package, so it says exactly what the chapters count.\n"),
    index_filter=("In the web edition the table below can be sorted by any column and filtered by typing in the "
                  "box above a column (for example `grassroots` under *list*, or `法治` under *governance modes*).\n"),
    index_caption="The awarded entries",
    index_columns={c: c for c in ("entry", "label", "list", "district", "level", "governance modes",
                                  "risk domains", "recognition", "outcome reported")},
    list_name=lambda category: category_label(category, "en short"),
    join_codes="; ",
    no_recognition="none",
)


# ---------------------------------------------------------------------------------------------
# Chinese (学术论文文体; the terms of data/themes/glossary.csv and the metrics chapter's Chinese)
# ---------------------------------------------------------------------------------------------

ZH_LEVELS = {"national": "全国", "provincial": "省级", "city": "市级", "district": "区级", "street": "街道（镇）级",
             "community": "社区级", "village": "村级", "unknown": "不详", "unspecified": "未说明层级"}
ZH_DISTRICTS = {"unknown": "不详", "citywide": "全市"}  # the others are the source's own district names
ZH_WIDE = {"city": "全市", "district": "全区"}
ZH_RULES = {
    "rule: no district named": "规则：文中未提及所属区",
    "rule: district name in the text": "规则：文中出现区名",
    "rule: citywide cue": "规则：文中有全市范围的提示词",
    "rule: a city-level body named as doing the work": "规则：文中写明由市级机构开展工作",
    "rule: the title's lead unit": "规则：标题所附的牵头单位",
    "rule: a city-level lead unit in the title": "规则：标题所附的牵头单位为市级机构",
    "rule: several districts named": "规则：文中提及不止一个区",
    "rule: named body (agency lexicon)": "规则：文中提及的机构（据机构词表）",
    "rule: no level cue": "规则：文中无层级提示",
    "rule: highest-level body named as doing the work": "规则：文中写明开展工作的机构中层级最高者",
    "rule: highest-level lead unit in the title": "规则：标题所附牵头单位中层级最高者",
}
# The agency lexicon's notes on a body's district, and the hand overrides of data/annotations/entries.yaml.
ZH_LEXICON_NOTES = {
    "the entry's text places it in 同安区 (助力同安区)": "条目文本将其置于同安区（“助力同安区”）",
}
SUB_DISTRICT = re.compile(r"^(\S+) is a sub-district of (\S+) \(public administrative division\)$")
ZH_OVERRIDES = {
    "渐美村 (a village of 东孚街道, 海沧区; public administrative division) is named only inside the title of its "
    "rules, which the agency matcher skips":
        "渐美村（据公开的行政区划，为海沧区东孚街道下辖村）仅见于其村规民约的标题之中，而机构匹配程序不读取这类标题",
    "the campaign is the city's: the city as a whole was named a model city":
        "该项工作属全市层面（获得示范城市命名的是厦门全市）",
    "the platform of the city (厦门市) as a whole": "该平台属于厦门市全市",
    "全市 here is only the comparison group (位居全市前列); the district is not named":
        "此处的“全市”只是比较范围（“位居全市前列”），文中并未提及所属区",
    "as for district": "与所属区的判定相同",
    "run by a housing estate's Party branch": "由小区党支部开展",
    "a housing estate's Party branch": "小区党支部",
    "village rules and a villager points system of 渐美村": "渐美村的村规民约和村民积分制",
    "led by a community Party committee in housing estates": "由社区党委在各小区引领开展",
    "a method of housing-estate governance (Party branch, owners' committee, property firm)":
        "一种小区治理工作法（党支部、业主委员会、物业企业）",
}


def _zh_basis(basis: str) -> str:
    if basis.startswith("override: "):
        return "人工判定：" + _known(ZH_OVERRIDES, basis.removeprefix("override: "), "the override")
    if m := re.fullmatch(r"rule: (\w+)-wide cue", basis):
        return f"规则：文中有{_known(ZH_WIDE, m.group(1), 'the level')}范围的提示词"
    named = "rule: named body (agency lexicon)"
    if basis.startswith(named + ": "):
        note = basis.removeprefix(named + ": ")
        if m := SUB_DISTRICT.fullmatch(note):
            note = f"{m.group(1)}为{m.group(2)}下辖街道（据公开的行政区划）"
        else:
            note = _known(ZH_LEXICON_NOTES, note, "the agency lexicon's note")
        return ZH_RULES[named] + "：" + note
    return _known(ZH_RULES, basis, "the rule")


ZH_LACUNA_NOTES = {
    "name cut out: the leader's name that should precede 倡导 is truncated to '习'":
        "人名被截去：“倡导”之前本应出现的领导人姓名被截断，仅余“习”字",
    "figure cut out: '线' left where a number and its wording stood; the quantity is lost":
        "数字被截去：原有数字及其措辞之处仅余“线”字，该数值已无从得知",
    "passage cut out: '线' left before a closing quotation mark whose opening mark is gone; the wording "
    "(核处…纠纷) suggests a count and a model's name were lost":
        "一段文字被截去：右引号前残留“线”字，与之配对的左引号已不存在；从措辞（核处…纠纷）看，"
        "缺失的可能是一个数目和一个模式的名称",
}
ZH_ROLES = {"lead": "牵头单位", "implementer": "实施单位", "recognizer": "认可机构", "evaluator": "测评机构",
            "reported_elsewhere": "外部报道所列单位"}
ZH_TRUST = {"official_government_or_court": "政府或法院官方网站",
            "official_newspaper_or_broadcaster": "官方报刊或广播电视",
            "other_media": "其他媒体", "aggregator_or_unknown": "聚合网站或来源不明"}
ZH_CONFIDENCE = {"high": "高", "medium": "中", "low": "低"}
ZH_SOURCES = {"text": "原报道：条目介绍", "title": "原报道：标题所附单位名单"}


def _zh_source(source: tuple) -> str:
    kind, trust, confidence, where = source
    if kind != "outside":
        return ZH_SOURCES[kind]
    return (f"外部网页（{_known(ZH_TRUST, trust, 'the publisher class')}，"
            f"可信度{_known(ZH_CONFIDENCE, confidence, 'the confidence')}）：{where}")


ZH_UNITS = {"fraction": "分数"}  # the other units are the source's own words
ZH_QUALIFIERS = {"exact": "确数", "lower_bound": "下限", "upper_bound": "上限", "approximate": "约数"}
ZH_METRIC_KINDS = {"scale": "规模/投入", "output": "产出", "outcome": "成效", "rate": "比率", "money": "金额",
                   "change": "变化", "rank": "排名"}
ZH_CLAIM_TYPES = {"recognition": "外部认可", "novelty": "首创声明"}
ZH_RECOGNITION_KINDS = {"award": "奖励", "listing": "入选或收录", "endorsement": "肯定或刊发",
                        "replication": "复制推广"}
ZH_CORROBORATION = {"trusted_lead": "可信发布者的外部线索述及同一首创", "untrusted_lead": "其他网页的外部线索述及同一首创",
                    "other_first": "外部线索述及的是另一项首创", "none": "无"}


def _zh_baseline(value: str, unit: str, qualifier: str | None) -> str:
    unit = ZH_UNITS.get(unit, unit)
    return f"{value}{unit}" + (f"（{_known(ZH_QUALIFIERS, qualifier, 'the qualifier')}）" if qualifier else "")


def _zh_reason(codes: list[str], bodies: list[str], words: list[str], more: bool) -> str:
    reasons = []
    if codes:
        reasons.append("共同编码：" + "、".join(codes))
    if bodies:
        reasons.append("共同机构：" + "、".join(bodies))
    if words:
        reasons.append("共同词语：" + "、".join(words) + ("……" if more else ""))
    return "；".join(reasons)


ZH_LABELS = paths.DATA / "translations" / "entry_labels_zh.csv"


@lru_cache(maxsize=1)
def _zh_labels() -> dict[str, tuple[str, str]]:
    """entry id -> (the English label it renders, the editors' Chinese label)."""
    table = pd.read_csv(ZH_LABELS, dtype=str, keep_default_na=False)
    return {row.entry_id: (row.label_en, row.label_zh) for row in table.itertuples()}


def _zh_name(e: pd.Series) -> str:
    """The source's title where the copy kept it; else the editors' Chinese label, which renders
    the editors' English label (an error names the entry when the English has changed since)."""
    if pd.notna(e["title"]):
        return e["title"]
    entry_id = e["entry_id"] if "entry_id" in e else e.name  # a row of entries, or indexed by id
    found = _zh_labels().get(entry_id)
    if found is None or not found[1].strip():
        raise KeyError(f"{ZH_LABELS}: no Chinese label for {entry_id}")
    if found[0] != e["label_en"]:
        raise ValueError(f"{ZH_LABELS}: {entry_id}'s Chinese label renders {found[0]!r}, but its "
                         f"English label is now {e['label_en']!r}: revise the Chinese")
    return found[1]


def _zh_intro(e: pd.Series) -> str:
    text = f"本条目列于“{CATEGORY_ZH[e['category']]}”名单第{e['number']}项。"
    if pd.isna(e["title"]):
        text += "该网页副本已遗失本条目的标题，本页标题为编者据条目介绍拟定的简称，并非原标题。"
    return text + "\n"


def _zh_cite(entry_id: str, address: str) -> str:
    from .. import citation_zh

    line = citation_zh.figure(f"条目 {entry_id}", address)
    fill = (f"著录中的“{citation_zh.DATE_PLACEHOLDER}”处由引用者填写查阅日期"
            + (f"，“{citation_zh.ACCESS_PLACEHOLDER}”处填写所读页面的网址" if citation_zh.ACCESS_PLACEHOLDER in line else "")
            + "（参见本书“如何引用”页）。")
    return (f"{line}\n\n{fill}\n\n"
            f"该条目的数据为数据包各表中 `entry_id` = `{entry_id}` 的各行"
            "（`entries.csv`、`entry_agencies.csv`、`metrics.csv`、`claims.csv`、`lacunae.csv`、"
            "`themes/coding_*.csv`、`themes/typology.csv`）。\n")


ZH = Words(
    language="zh",
    name=_zh_name,
    intro=_zh_intro,
    sections={"scope": "标题、所属区与层级", "description": "条目介绍", "bodies": "文中提及的机构",
              "figures": "报告的数据", "claims": "首创声明与外部认可", "codes": "主题编码",
              "profile": "证据概况与类型", "related": "相关条目", "cite": "引用与数据"},
    none_in_source="原文未载。\n",
    yes="是", no="否",
    field_columns=("字段", "内容", "依据"),
    field_rows=("标题", "所属区", "层级"),
    title_kept=lambda title, source: f"{title}（来源：{_known({'article': '原报道'}, source, 'the title source')}）",
    title_lost="副本中无：这份副本遗失了该条目带编号的标题行及其单位名单",
    district=lambda d: ZH_DISTRICTS.get(d, d),
    entry_level=lambda level: _known(ZH_LEVELS, level, "the level"),
    basis=_zh_basis,
    evidence_join="；",
    offsets=lambda start, end, lost, spam: (f"原始文件（`data/raw/`）字符偏移量 {start}～{end}（左闭右开区间）"
                                            + ("，已剔除混入的广告文字" if spam else "")
                                            + (f"；{LOST} 标示副本遗失的文字：" if lost else "。") + "\n"),
    lacuna_note=lambda row: (f"{LOST} {row.lacuna_id}：{_known(ZH_LACUNA_NOTES, row.note, 'the lacuna note')}"
                             f"（原始文件字符偏移量 {row.start}～{row.end}）"),
    translation=lambda tr: [],
    body_columns={"body": "机构", "role": "角色", "source": "名称来源"},
    body_name=lambda zh, en: zh,
    role=lambda role: _known(ZH_ROLES, role, "the role"),
    source=_zh_source,
    figure_columns={"span": "原文", "value": "数值", "unit": "单位", "qualifier": "精确程度", "kind": "类型",
                    "baseline": "基线", "period": "时期"},
    unit=lambda unit: ZH_UNITS.get(unit, unit),
    qualifier=lambda q: _known(ZH_QUALIFIERS, q, "the qualifier"),
    metric_kind=lambda k: _known(ZH_METRIC_KINDS, k, "the kind of figure"),
    baseline=_zh_baseline,
    claim_columns={"claim": "声明", "span": "原文", "level": "层级", "recognizer type": "认可机构类型",
                   "kind": "认可方式", "outside lead": "外部线索"},
    claim_type=lambda t: _known(ZH_CLAIM_TYPES, t, "the claim type"),
    level=lambda level: _known(ZH_LEVELS, level, "the level"),
    recognizer_type=lambda t: _known(RECOGNIZER_TYPE_ZH, t, "the recognizer type"),
    recognition_kind=lambda k: _known(ZH_RECOGNITION_KINDS, k, "the recognition kind"),
    corroboration=lambda c: _known(ZH_CORROBORATION, c, "the corroboration"),
    codes_intro=("下表列出第一次编码、盲法第二次编码以及本书所分析的裁定编码中的各项编码；裁定值与某位编码者的"
                 "编码不同之处，注明理由（理由为编者的英文原注，未予翻译）：\n"),
    code_columns={"code": "编码", "first": "第一次编码", "second": "第二次编码", "adjudicated": "裁定编码",
                  "why": "理由"},
    code_label="label_zh",
    why=lambda kind, rationale: {"adjudication": f"裁定（英文原注）：{rationale}",
                                 "review": f"依编码表第二版复核（英文原注）：{rationale}"}[kind],
    profile_columns=("指标", "取值"),
    indicators={"quantity": "报告数值", "outcome": "成效指标", "baseline": "基线/前后对比",
                "window": "时间窗口", "recognition": "外部认可", "novelty": "首创声明",
                "type": "创新类型（可与中国地方政府创新奖比较）", "participation": "社会参与", "origin": "缘起"},
    typology=lambda value: _known(ZH_TYPOLOGY, value, "the typology code"),
    no_related="没有其他条目与本条目共有编码或机构。\n",
    reason=_zh_reason,
    dash="——",
    widget={"search": "筛选：", "lengthMenu": "每页显示 _MENU_ 条", "info": "第 _START_～_END_ 条，共 _TOTAL_ 条",
            "infoEmpty": "没有条目", "infoFiltered": "（从 _MAX_ 条中筛选）", "zeroRecords": "没有符合条件的条目",
            "paginate": {"first": "首页", "last": "末页", "next": "下一页", "previous": "上一页"}},
    cite=_zh_cite,
    address=lambda base, page, entry_id: f"<{base}/zh/{page}.html>" if base else f"`zh/{page}`",
    index_head="(catalogue)=\n# 获奖条目目录\n",
    index_intro=("每个获奖条目各占一页：副本保留了标题的，列出标题；条目介绍以原文呈现，并在原处标出副本遗失的文字；"
                 "此外列出文中提及的机构、条目报告的数据与声明、本书对其所作的编码，以及与之最相近的条目。"
                 "各页均由数据包生成，所载内容与正文各章的统计完全一致。英文版各页另附编者的英文译文。"
                 "下表“名称”一列中，副本保留了标题的条目列出原标题，其余为编者据条目介绍拟定的简称。\n"),
    index_filter=("网页版中，下表可按任一列排序，也可在列名上方的输入框中键入文字加以筛选（例如在“名单”列输入"
                  "“基层案例”，或在“治理方式”列输入“法治”）。\n"),
    index_caption="获奖条目一览",
    index_columns={"entry": "条目", "label": "名称", "list": "名单", "district": "所属区", "level": "层级",
                   "governance modes": "治理方式", "risk domains": "风险领域", "recognition": "外部认可",
                   "outcome reported": "报告成效"},
    list_name=lambda category: CATEGORY_ZH[category].removeprefix("优秀"),
    join_codes="、",
    no_recognition="无",
    folder="zh/catalogue",
)


EDITIONS = (EN, ZH)
