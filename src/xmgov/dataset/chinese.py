"""The Chinese edition's words for the data chapter and the data dictionary (zh/chapters/data.md,
zh/appendices/data-dictionary.md): worded values to glue, and the Chinese of every figure and
table these pages publish, composed from the same computation as the English.

The data dictionary's column descriptions are English in `datapackage.json`; their Chinese is kept
in `data/dictionary_zh.csv` (`description_en`, `description_zh`), keyed by the exact English text,
so that a changed English description has no Chinese until a translator gives it one
(tests/test_dataset_chinese.py lists what is missing). The English output is never changed.
"""

from __future__ import annotations

import json
from datetime import datetime

import pandas as pd

from .. import paths
from ..chinese import Chinese
from .vocabulary import CATEGORIES, CATEGORY_EN, CATEGORY_ZH

DICTIONARY_ZH = paths.DATA / "dictionary_zh.csv"

# Values of the data tables, in Chinese.
DISTRICT_ZH = {"citywide": "全市", "unknown": "不详"}
LEVEL_ZH = {"national": "国家级", "provincial": "省级", "city": "市级", "district": "区级",
            "street": "街道级", "community": "社区级", "village": "村级", "unknown": "不详"}
ALL_ZH = "合计"
CATEGORY_COLUMNS_ZH = {CATEGORY_EN[c]: CATEGORY_ZH[c] for c in CATEGORIES}
# The notes of the cleaning log and of the lacuna rules (xmgov.dataset.clean, .lacunae), by part.
NOTE_PARTS_ZH = {
    "token injected by the third-party mirror; removed from descriptions":
        "第三方镜像插入的垃圾词;已从成果介绍中删除",
    "figure cut out: '线' left where a number and its wording stood; the quantity is lost":
        "数字被删去:原处本有数字及其表述,只剩下“线”字;该数值已丢失",
    "name cut out: the leader's name that should precede 倡导 is truncated to '习'":
        "姓名被删去:“倡导”之前本应出现的领导人姓名只剩下“习”字",
    "unmatched quotation mark: the passage around it was cut":
        "引号不成对:其周围的段落被删去",
    "passage cut out: '线' left before a closing quotation mark whose opening mark is gone; "
    "the wording (核处…纠纷) suggests a count and a model's name were lost":
        "段落被删去:后引号之前只剩下“线”字,前引号已不存在;从措辞(核处…纠纷)看,丢失的可能是一个数值和一个模式的名称",
}
RULE_ZH = {"cut_figure": "数字删节", "cut_name": "姓名删节", "cut_passage": "段落删节"}
# Frictionless types and the dictionary's flags.
TYPE_ZH = {"string": "字符串", "integer": "整数", "number": "数值", "boolean": "布尔值"}


# --- the chapter's glued words ---------------------------------------------------------------

def published_zh(published) -> str:
    """'2023年3月2日 15:28:42': the provenance's publication time as a Chinese date."""
    when = published if isinstance(published, datetime) else datetime.fromisoformat(str(published))
    text = f"{when.year}年{when.month}月{when.day}日"
    return text + (f" {when:%H:%M:%S}" if (when.hour, when.minute, when.second) != (0, 0, 0) else "")


def titles_with_units_zh(entries: pd.DataFrame) -> str:
    """The article's surviving titles that end in a list of units, as a Chinese clause (the
    English `_with_units` wording: 'all 6' / '5 of the 6')."""
    titled = entries[entries.title_source == "article"]
    n, k = len(titled), int(titled.title_units.notna().sum())
    if k == n > 1:
        return f"现存的{n}个标题全部带有这样的单位列表"
    if k == n == 1:
        return "现存的唯一标题带有这样的单位列表"
    if k == 0:
        return f"现存的{n}个标题均未带有这样的单位列表"
    return f"现存的{n}个标题中有{k}个带有这样的单位列表"


def titled_external_zh(entries: pd.DataFrame) -> str:
    """'none is used' / 'N are used': external titles, as a Chinese clause."""
    n = int((entries.title.notna() & (entries.title_source != "article")).sum())
    return "实际未采用任何此类标题" if n == 0 else f"实际采用了{n}个此类标题"


def leads_capped_zh(leads: pd.DataFrame) -> str:
    """The leads the compilers rated high that stand on pages of other publishers (used as
    medium), as a Chinese sentence without its full stop."""
    n = int(((leads.confidence_stated == "high") & (leads.confidence != "high")).sum())
    if n == 0:
        return "经整理者评为高可信度的线索均出自上述发布者的页面,没有一条需要降为中等可信度使用"
    return f"经整理者评为高可信度的线索中,有{n}条出自其他发布者的页面,因而按中等可信度使用"


def chapter_facts_zh(d, facts: dict) -> dict:
    """The data chapter's Chinese-worded values (`xmgov.dataset.chapter.facts_zh`)."""
    from .source import read_provenance

    return {
        "data_published_zh": published_zh(read_provenance()["published"]),
        "data_titles_with_units_text_zh": titles_with_units_zh(d.entries),
        "data_titled_external_text_zh": titled_external_zh(d.entries),
        "data_leads_capped_text_zh": leads_capped_zh(d.leads),
        # the ranges of ids, marked as Chinese marks a range
        "data_ids_grassroots_case_zh": facts["data_ids_grassroots_case"].replace("-", "～"),
        "data_ids_innovation_project_zh": facts["data_ids_innovation_project"].replace("-", "～"),
        "data_ids_innovation_case_zh": facts["data_ids_innovation_case"].replace("-", "～"),
    }


# Each entry in a Chinese table is named by the source's title where the copy kept it, else by the
# editors' Chinese label (data/translations/entry_labels_zh.csv, which renders the English label).
ZH_LABELS = paths.DATA / "translations" / "entry_labels_zh.csv"


def entry_names_zh() -> dict[str, str]:
    """entry id -> its Chinese name: the source's title where the copy kept it, else the editors'
    Chinese label. An error names the entry whose Chinese label is missing or renders an English
    label that has since changed."""
    entries = pd.read_csv(paths.PROCESSED / "entries.csv", dtype=str, keep_default_na=False)
    labels = pd.read_csv(ZH_LABELS, dtype=str, keep_default_na=False).set_index("entry_id")
    out = {}
    for e in entries.itertuples():
        if e.title.strip():
            out[e.entry_id] = e.title.strip()
            continue
        if e.entry_id not in labels.index or not labels.at[e.entry_id, "label_zh"].strip():
            raise KeyError(f"{ZH_LABELS}: no Chinese label for {e.entry_id}")
        if labels.at[e.entry_id, "label_en"] != e.label_en:
            raise ValueError(f"{ZH_LABELS}: {e.entry_id}'s Chinese label renders "
                             f"{labels.at[e.entry_id, 'label_en']!r}, but its English label is now "
                             f"{e.label_en!r}: revise the Chinese")
        out[e.entry_id] = labels.at[e.entry_id, "label_zh"].strip()
    return out


def entry_cells_zh(values, names: dict[str, str]) -> dict[str, str]:
    """Table cells `C14 · <English label>` -> `C14 · <its Chinese name>`."""
    out = {}
    for v in map(str, values):
        entry_id, sep, _ = v.partition(" · ")
        if sep:
            out[v] = f"{entry_id} · {names[entry_id]}"
    return out


# --- the chapter's figures --------------------------------------------------------------------

def line_lengths(table: pd.DataFrame) -> Chinese:
    """fig-data-line-lengths (drawn by xmgov.rawfacts.plot_line_lengths), from the same table."""
    from .. import rawfacts

    facts = rawfacts.summary(table)
    entries = table[table["kind"] == "bullet"]["characters"]
    lead = int((table["kind"] == "lead").sum())
    spam_lines = int((table["spam_tokens"] > 0).sum())
    return Chinese(
        caption=f"原文(按接收时的状态)逐行的长度与类型:先是{lead}行报道正文,随后是"
                f"{facts['raw_bullets']}条成果介绍(●),其中仅{facts['raw_numbered_titles']}条"
                f"保留了编号标题。",
        alt=f"原始文件{facts['raw_lines']}行的条形图:一行标题、{lead}段报道正文,随后是长度为"
            f"{entries.min()}至{entries.max()}个字符的成果介绍,其间夹有{facts['raw_numbered_titles']}"
            f"行较短的编号标题;有{spam_lines}行带有被插入的垃圾词。",
        source="资料来源:《厦门日报》/厦门网,2023年3月2日,第三方网页副本(data/raw);"
               "由 xmgov.rawfacts 计算。")


def coverage_figure() -> Chinese:
    """fig-data-coverage (xmgov.dataset.report.plot_coverage)."""
    return Chinese(
        caption="各获奖名单(优秀基层案例、优秀创新项目、优秀创新案例)的成果数,按成果介绍是否报告了"
                "至少一个数值、是否有文字被删去(缺文)划分。",
        alt="三类获奖名单的水平堆积条形图,显示各名单中报告了数值的成果数和有缺文的成果数。",
        source="资料来源:data/processed/entries.csv 与 metrics.csv,据《厦门日报》2023年3月2日报道。")


# --- the chapter's tables ---------------------------------------------------------------------

def _note_zh(note: str) -> str | None:
    """A note in Chinese, whole or part by part (a lacuna's note may join two rule notes)."""
    if note in NOTE_PARTS_ZH:
        return NOTE_PARTS_ZH[note]
    parts = [NOTE_PARTS_ZH.get(part.strip()) for part in str(note).split("; ")]
    return ";".join(parts) if all(parts) else None


def cleaning(frame: pd.DataFrame) -> Chinese:
    cells = {"spam removed": "删除垃圾词", "(preamble)": "(报道开头)"}
    for kind in frame["kind"].unique():
        if kind.startswith("lacuna flagged (") and kind.endswith(")"):
            rule = kind[len("lacuna flagged ("):-1]
            cells[kind] = f"标记缺文({RULE_ZH.get(rule, rule)})"
    for note in frame["note"].dropna().unique():
        if _note_zh(note):
            cells[note] = _note_zh(note)
    return Chinese(
        caption="删除的垃圾词与标记的缺文,按在文件中的顺序排列(偏移量 = 在原始文件中的字符偏移量)。",
        columns={"line": "行号", "offset": "偏移量", "entry": "条目", "kind": "类型",
                 "affected": "涉及文本", "note": "说明"},
        cells=cells)


def coverage(frame: pd.DataFrame) -> Chinese:
    from .report import CATEGORY_NAMES

    return Chinese(
        caption="各获奖名单的成果:有标题的、原报道写明牵头单位的、报告了与未报告数值的、有缺文的。",
        columns={"category": "获奖名单", "entries": "成果数", "with title": "有标题",
                 "with lead unit (article)": "有牵头单位(原报道)", "with a quantity": "报告了数值",
                 "without a quantity": "未报告数值", "with a lacuna": "有缺文"},
        cells={**{CATEGORY_NAMES[c]: CATEGORY_ZH[c] for c in CATEGORIES}, "all": ALL_ZH})


def by_scope(column: str, frame: pd.DataFrame) -> Chinese:
    values = DISTRICT_ZH if column == "district" else LEVEL_ZH
    caption = {"district": "各区(以文本所能显示者为限)与各获奖名单的成果数。",
               "level": "开展成果的单位所属行政层级(以文本所能显示者为限)与各获奖名单的成果数。"}[column]
    return Chinese(
        caption=caption,
        columns={column: {"district": "区", "level": "行政层级"}[column], **CATEGORY_COLUMNS_ZH,
                 "all": ALL_ZH},
        cells={v: values[v] for v in frame[column].unique() if v in values})


def rules(frame: pd.DataFrame) -> Chinese:
    """tab-data-rules: its notes composed from the same annotation counts as the English."""
    from .report import _annotation_counts

    n = _annotation_counts()
    cells = {
        "metrics": "数据指标", "numbers excluded as not metrics": "作为非数据指标排除的数字",
        "claims": "声明", "district and level values": "区与层级取值",
        f"{n['metrics_added']} added, {n['metrics_fixed']} corrected; {n['metrics_dropped']} rule matches dropped":
            f"新增{n['metrics_added']}个,更正{n['metrics_fixed']}个;剔除规则匹配{n['metrics_dropped']}个",
        "years, dates, names, method steps": "年份、日期、名称、方法步骤",
        f"{n['claims_dropped']} rule claim(s) dropped": f"剔除规则识别的声明{n['claims_dropped']}项",
        "each override gives evidence and reason": "每项人工修订均附证据与理由",
    }
    return Chinese(
        caption="由规则和由人工修订确定的取值(每项人工修订都在 data/annotations 中附有理由)。",
        columns={"values": "取值", "from rules": "来自规则", "from overrides": "来自人工修订", "note": "说明"},
        cells=cells)


def gaps(frame: pd.DataFrame, d) -> Chinese:
    """tab-data-gaps: each documented gap (xmgov.dataset.core.GAPS) in Chinese, its counts
    computed as core.gaps computes them."""
    from .segment import stated_totals

    entries, links = d.entries, d.links
    untitled = int(entries.title.isna().sum())
    unled = len(set(entries.entry_id) - set(links.loc[links.role == "lead", "entry_id"]))
    organising = stated_totals(paths.RAW_SOURCE.read_text(encoding="utf-8"))["优秀组织单位"]
    titled_lines = int((entries.title_source == "article").sum())
    zh = {
        "organising_units": (f"{organising}个优秀组织单位",
                             None,
                             f"报道宣布评出{organising}个优秀组织单位,但未列出任何一个名称;外部线索的整理者"
                             "在所能查阅的公开网页上也未找到"),
        "titles": (f"{len(entries)}项成果中{untitled}个的标题与{unled}个的牵头单位",
                   f"仅有{titled_lines}行带编号的标题 N.标题(单位) 得以保存",
                   "镜像丢失了大部分成果标题;标题仅依据高可信度外部线索补全,从不推测"),
        "lacunae": ("部分成果介绍中被删去的数字与文字", "见 lacunae.csv",
                    "镜像在句中删去了若干段落;这些段落只标记,不修补"),
    }
    cells = {}
    for row in d.gaps.itertuples(index=False):
        if row.gap_id not in zh:
            continue
        for english, chinese in zip((row.what, row.stated_in_source, row.why), zh[row.gap_id]):
            if chinese:
                cells[english] = chinese
    return Chinese(caption="已记录的数据缺口:数据集无法包含的内容及其原因。",
                   columns={"what": "缺失内容", "stated_in_source": "原文的说法", "why": "原因"},
                   cells=cells)


def tables_overview(frame: pd.DataFrame) -> Chinese:
    descriptions = dictionary_descriptions()
    return Chinese(
        caption="已发布的数据表(data/processed)及其行数。",
        columns={"table": "数据表", "file": "文件", "rows": "行数", "description": "说明"},
        cells={en: descriptions[en] for en in frame["description"].unique() if en in descriptions})


# --- the data dictionary ----------------------------------------------------------------------

def dictionary_descriptions() -> dict[str, str]:
    """English description (datapackage.json) -> its Chinese, from data/dictionary_zh.csv."""
    table = pd.read_csv(DICTIONARY_ZH, dtype=str, keep_default_na=False)
    return dict(zip(table.description_en, table.description_zh))


def dictionary_cells() -> dict[tuple[str, str], tuple[str, str]]:
    """(table, column) -> (the English description the dictionary shows, its Chinese), for every
    column whose description has a Chinese; the allowed values, as in the English, are listed."""
    package = json.loads((paths.PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    descriptions = dictionary_descriptions()
    out = {}
    for res in package["resources"]:
        for f in res.get("schema", {}).get("fields", []):
            if f["description"] not in descriptions:
                continue
            enum = f.get("constraints", {}).get("enum")
            en = f["description"] + (f" Allowed: {', '.join(map(str, enum))}." if enum else "")
            zh = descriptions[f["description"]]
            if enum:
                zh = zh.rstrip("。") + "。取值:" + "、".join(map(str, enum)) + "。"
            out[(res["name"], f["name"])] = (en, zh)
    return out


def missing_descriptions() -> list[tuple[str, str]]:
    """(table, column or '') of every description in datapackage.json that has no Chinese."""
    package = json.loads((paths.PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    descriptions = dictionary_descriptions()
    missing = [(r["name"], "") for r in package["resources"] if r.get("description", "") not in descriptions]
    return missing + [(r["name"], f["name"]) for r in package["resources"]
                      for f in r.get("schema", {}).get("fields", []) if f["description"] not in descriptions]


def dictionary_table(table: str, frame: pd.DataFrame, cells: dict | None = None) -> Chinese:
    """tab-dictionary-<table>: Chinese headers, types, flags and descriptions. A cell value that is
    also one of the table's column names (the column `number` and the type `number`) is left as it is."""
    cells = dictionary_cells() if cells is None else cells
    names = set(frame["column"])
    words = {**TYPE_ZH, "yes": "是"}
    mapped = {en: zh for (t, _), (en, zh) in cells.items() if t == table}
    mapped |= {en: zh for en, zh in words.items() if en in set(frame["type"]) | set(frame["required"])}
    return Chinese(caption=f"{table} 的各列",
                   columns={"column": "列名", "type": "类型", "required": "必填", "description": "说明"},
                   cells={en: zh for en, zh in mapped.items() if en not in names})
