"""The Chinese edition's words for the metrics chapter: glued `_zh` values and the Chinese captions,
headers and cell texts of the chapter's tables.

Every value is composed from the same computation as the English (`facts.py`, `display.py`, …);
nothing is typed. Where the English glues a word, a list or a phrase, the Chinese edition glues its
own wording from the same data, with the same zero / one / many cases. Editorial Chinese for
English data strings (a recipient, a cut passage's note, a publisher's basis) is keyed by the
English text, so that a changed English string is an error that names it, never a stale gloss.
"""

from __future__ import annotations

import re

import pandas as pd

from ..chinese import Chinese, ids_zh, known
from ..dataset.chinese import entry_cells_zh, entry_names_zh
from ..dataset.external import publisher
from ..dataset.vocabulary import CATEGORIES, CATEGORY_ZH, RECOGNIZER_TYPE_EN, RECOGNIZER_TYPE_IDS, RECOGNIZER_TYPE_ZH
from . import claims as ev_claims
from . import indicators, inventory, lacunae, magnitudes, profile
from .facts import recognizer_types, without_recipient
from .frame import CATEGORY_LABELS

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

KIND_ZH = {"scale": "规模/投入", "output": "产出", "outcome": "成效", "rate": "比率", "money": "金额",
           "change": "变化", "rank": "排名"}
READING_ZH = {"exact": "确数", "lower bound": "下限", "upper bound": "上限", "approximate": "约数"}
LEVEL_ZH = {"national": "全国", "provincial": "省级", "city": "市级", "unknown": "不详",
            "unspecified": "未说明层级"}
RECOGNITION_KIND_ZH = {"award": "奖励", "listing": "入选或收录", "endorsement": "肯定或刊发",
                       "replication": "复制推广"}
WEIGHTING_ZH = {"equal": "等权", "outcome-heavy": "侧重成效", "recognition-free": "不计认可",
                "results-only": "仅计结果"}
INDICATOR_ZH = {"outcome measure": "成效指标", "baseline / before-after": "基线/前后对比",
                "time window": "时间窗口", "rate with stated base": "注明分母的比率",
                "external recognition": "外部认可", "national recognition": "全国层面的认可",
                "novelty claim": "首创声明"}
# How the Chinese prose names each type of recognising body inside a sentence (facts.TYPE_PHRASES).
TYPE_PHRASES_ZH = {"central_organ": "中央党政机关", "supreme_judicial": "最高人民法院或最高人民检察院",
                   "academic_award": "全国性学术奖项", "media_or_portal": "媒体、出版社或门户网站",
                   "provincial_organ": "省级机关", "city_organ": "市级机关",
                   "other_localities": "外地复制推广", "unknown": "类型未能确定的机构"}
# Editorial Chinese for English strings of the data and of the code, keyed by the English.
RECIPIENT_ZH = {
    "the whole city: 厦门被…命名为, 'Xiamen was named' a national food-safety model city":
        "整个城市：“厦门被…命名为‘国家食品安全示范城市’”",
}
LOST_NOTE_ZH = {
    "passage cut out: '线' left before a closing quotation mark whose opening mark is gone; the wording "
    "(核处…纠纷) suggests a count and a model's name were lost":
        "一段文字被截去：右引号前残留“线”字，与之配对的左引号已不存在；从措辞（核处…纠纷）看，"
        "缺失的可能是一个数目和一个模式的名称",
    "figure cut out: '线' left where a number and its wording stood; the quantity is lost":
        "数字被截去：原有数字及其措辞之处仅余“线”字，该数值已无从得知",
}
BASIS_ZH = {
    "the news site of the Supreme People's Court (人民法院报社)": "最高人民法院的新闻网站，人民法院报社",
}
# The editors' reading of each surviving clause (glosses.LOST_CLAUSES_EN), as a marked conjecture in
# the edition's own words: the source's surviving wording with the cut marked 〔…〕 (the catalogue's
# marker), a guessed character marked 〔？〕, then what the editors think was lost. Never written so
# that it could be taken for restored source text.
LOST_CLAUSES_ZH = {
    "高效预警违法线余条": "高效预警违法线〔索？〕〔…〕余条：缺失的是预警违法线索的条数",
    "精心开展线余场次": "精心开展〔…〕余场次：缺失的是所开展活动的场次",
    "线万人次": "〔…〕万人次：缺失的是以万计的人次",
    "快速稳妥核处劳资纠纷线”模式": "快速稳妥核处劳资纠纷〔…〕模式：缺失的可能是一个数目和一个模式的名称",
}
# Each entry in a Chinese table is named by `xmgov.dataset.chinese.entry_names_zh`.
NAME_COLUMN_ZH = "成果名称（原题佚失者为编者拟名）"
# The outside lead's dataset code, in words (the code kept in brackets for the data).
CORROBORATION_ZH = {"trusted_lead": "可信来源复述同一首创（trusted_lead）",
                    "untrusted_lead": "其他来源复述同一首创（untrusted_lead）",
                    "other_first": "所述为另一项首创（other_first）"}
TYPE_LABEL_ZH = {t: RECOGNIZER_TYPE_ZH[t] for t in RECOGNIZER_TYPE_IDS}


def _label_cells(frame: pd.DataFrame, names: dict[str, str]) -> dict[str, str]:
    """The English label of each row's entry -> its Chinese name (by the row's entry_id)."""
    return {str(r.label): names[r.entry_id] for r in frame[["entry_id", "label"]].itertuples()}


def _known(table: dict, key: str, what: str) -> str:
    return known(table, key, what, "xmgov.metrics.chinese")


# ---------------------------------------------------------------------------------------------
# Wording helpers
# ---------------------------------------------------------------------------------------------

def id_text_zh(text: str) -> str:
    """An English id list (`C04, C09` or empty / `none`) in Chinese punctuation."""
    text = str(text or "").strip()
    return "无" if text in ("", "none") else ids_zh(t.strip() for t in text.split(","))


def entries_zh(n) -> str:
    """`26项成果`; `没有任何一项成果` for none (facts' counted(..., 'entry'))."""
    n = int(n)
    return f"{n}项成果" if n else "没有任何一项成果"


def entries_with_ids_zh(values) -> str:
    """`1项成果(P16)`; `没有任何一项成果` for none: a count with its entries, as a subject."""
    values = sorted(set(values))
    return f"{len(values)}项成果({ids_zh(values)})" if values else "没有任何一项成果"


def claims_zh(n) -> str:
    return f"{int(n)}项声明"


def publisher_zh(url: str, with_basis: bool = False) -> str:
    """The publisher's Chinese name from source_hosts.csv (`中国法院网 (China Court Network)` →
    `中国法院网`; `Cyberspace Administration of China (国家互联网信息办公室)` → the Chinese in
    brackets), with the basis in Chinese when asked."""
    text = publisher(url, with_basis=with_basis)
    name, _, basis = text.partition(", ") if with_basis else (text, "", "")
    cjk = re.compile(r"[\u4e00-\u9fff]")
    head, _, rest = name.partition(" (")
    if not cjk.search(head):
        inner = re.search(r"\(([^()]*)\)\s*$", name)
        head = inner.group(1) if inner and cjk.search(inner.group(1)) else name
    return f"{head}({_known(BASIS_ZH, basis, 'basis')})" if with_basis else head


def publishers_zh(urls, with_basis: bool = False) -> str:
    return ";".join(sorted({publisher_zh(u, with_basis) for u in urls.dropna()})) or "无"


def conversion_note_zh(metrics: pd.DataFrame) -> str:
    """magnitudes.conversion_note in Chinese: each before/after pair whose baseline is in another
    time unit, with the conversion; `无` when none is converted."""
    if "baseline_value" not in metrics:
        return "无"
    src = metrics[metrics["baseline_value"].notna()].sort_values(["entry_id", "span"])
    notes = []
    for r in src.itertuples():
        bu = r.baseline_unit if isinstance(getattr(r, "baseline_unit", None), str) and r.baseline_unit else r.unit
        if bu == r.unit or bu not in magnitudes.DAYS or r.unit not in magnitudes.DAYS:
            continue
        factor = magnitudes.DAYS[bu] / magnitudes.DAYS[r.unit]
        notes.append(f"{r.entry_id}(“{r.span}”):基线{r.baseline_value:g}{bu}按每{bu.removeprefix('个')}"
                     f"{factor:g}{r.unit}折算为{r.baseline_value * factor:g}{r.unit}")
    return ";".join(notes) or "无"


# ---------------------------------------------------------------------------------------------
# Glued values
# ---------------------------------------------------------------------------------------------

def facts_zh(m, f: dict) -> dict:
    """The chapter's Chinese-worded glued values, from the same result (`m`) and English facts."""
    metrics, entries, claims, ind = m.metrics, m.entries, m.claims, m.indicators
    none = inventory.without_quantities(metrics, entries)
    reporting = inventory.entries_reporting(metrics, entries).loc["all"]
    units = inventory.units(metrics)
    quals = inventory.qualifiers(metrics)

    def words(reading: str) -> str:
        w = quals.loc[(quals["reading"] == reading) & (quals["qualifier"] != "(none)"), "qualifier"]
        return "".join(f"“{x}”" for x in w) or "无"

    full = ind[list(indicators.CORE)].astype(bool).all(axis=1)
    with_rate = ind["has_denominator"].notna()
    rate_with_base = int(ind.loc[with_rate, "has_denominator"].astype(bool).sum())
    ranking = profile.category_ranking(ind)

    # recognition: types, outside pages, national recognition by type
    types = recognizer_types(claims, entries)
    unknown, unnamed, outside = types.unknown, types.unnamed, types.outside
    groups = [f"{TYPE_PHRASES_ZH[t]}({ids_zh(members)})" for t, members in types.other_groups.items()]

    # novelty leads
    leads = ev_claims.novelty_leads(claims, entries)

    def listed(kind: str) -> str:
        rows = leads[leads["corroboration"] == kind]
        return claims_zh(len(rows)) + (
            f"({';'.join(f'{r.entry_id},“{r.span}”' for r in rows.itertuples())})" if len(rows) else "")

    trusted = leads[leads["corroboration"] == "trusted_lead"]
    other = leads[leads["corroboration"] == "other_first"]

    # recognition of the city or an office
    w = without_recipient(claims, ind)
    flagged, full_without, lost_rec = w.flagged, w.full, w.lost

    # lost figures
    lost = lacunae.lost_figures(m.lacunae, entries)
    sure = lacunae.certain(lost)
    probable = lost[~sure]
    emptied = lacunae.emptied_entries(m.lacunae, metrics, entries)
    without_outcome = set(lost["entry_id"]) - set(ind.loc[ind["has_outcome"], "entry_id"])
    honours = ev_claims.individual_honours(claims)

    return {
        # what is reported
        "metrics_without_zh": entries_with_ids_zh(none["entry_id"]),
        "metrics_top_units_zh": "、".join(f"“{u}”({k}个)" for u, k
                                         in units[["unit", "quantities"]].head(5).itertuples(index=False)),
        "metrics_entries_output_entries_zh": f"{int(reporting['output'])}项成果",
        "metrics_entries_outcome_entries_zh": f"{int(reporting['outcome'])}项成果",
        "metrics_entries_change_entries_zh": f"{int(reporting['change'])}项成果",
        "metrics_words_lower_bound_zh": words("lower bound"),
        "metrics_words_upper_bound_zh": words("upper bound"),
        "metrics_words_approximate_zh": words("approximate"),
        # the evidence profile
        "metrics_rate_with_base_of_zh": f"{rate_with_base}项",
        "metrics_full_zh": entries_with_ids_zh(ind.loc[full, "entry_id"]),
        "metrics_full_without_recipient_zh": entries_zh(full_without.sum()),
        "metrics_ranking_stable_zh": ("在每一种加权方案下次序都相同" if profile.ranking_is_stable(ind)
                                      else "至少在一种加权方案下次序有所不同"),
        "metrics_top_category_zh": CATEGORY_ZH[ranking["rank"]["equal"].idxmin()],
        # contested quantities
        "metrics_refund_ids_zh": id_text_zh(f["metrics_refund_ids"]),
        "metrics_payout_ids_zh": id_text_zh(f["metrics_payout_ids"]),
        "metrics_stricter_lost_ids_zh": id_text_zh(f["metrics_stricter_lost_ids"]),
        "metrics_broader_gained_ids_zh": id_text_zh(f["metrics_broader_gained_ids"]),
        # magnitudes
        "metrics_pairs_converted_zh": conversion_note_zh(metrics),
        # novelty
        "metrics_novelty_trusted_text_zh": listed("trusted_lead"),
        "metrics_novelty_trusted_publishers_zh": publishers_zh(trusted["corroboration_url"], with_basis=True),
        "metrics_novelty_untrusted_text_zh": listed("untrusted_lead"),
        "metrics_novelty_other_first_text_zh": ";".join(f"{r.entry_id}(“{r.span}”)" for r in other.itertuples())
                                               or "无",
        "metrics_novelty_other_first_words_zh": ";".join(f"「{w}」" for w in other["corroboration_words"]) or "无",
        # recognition
        "metrics_rectype_unknown_named_zh": claims_zh(len(unknown) - unnamed),
        "metrics_rectype_outside_zh": claims_zh(len(outside)),
        "metrics_rectype_outside_ids_zh": ids_zh(outside["entry_id"]),
        "metrics_rectype_outside_publishers_zh": publishers_zh(outside["recognizer_source_url"]),
        "metrics_national_other_text_zh": ";".join(groups) or "无",
        "metrics_individual_honours_ids_zh": ids_zh(set(honours["entry_id"])),
        "metrics_team_honour_ids_zh": ids_zh(set(ev_claims.team_honours(claims)["entry_id"])),
        "metrics_recipient_claims_zh": claims_zh(len(flagged)),
        "metrics_recipient_list_zh": "和".join(f"{r.entry_id}({_known(RECIPIENT_ZH, r.recipient, 'recipient')})"
                                              for r in flagged.itertuples()) or "无",
        "metrics_recipient_lose_ids_zh": ids_zh(lost_rec),
        # lost figures
        "metrics_lost_certain_entries_zh": ids_zh(set(lost.loc[sure, "entry_id"])),
        "metrics_lost_probable_list_zh": ";".join(
            f"{r.entry_id},「{r.clause}」({r.lacuna_id},规则 {r.rule},{_known(LOST_NOTE_ZH, r.note, 'note')})"
            for r in probable.itertuples()) or "无",
        "metrics_lost_list_zh": "、".join(f"「{r.clause}」({r.entry_id})" for r in lost[sure].itertuples()) or "无",
        "metrics_emptied_zh": entries_with_ids_zh(emptied),
        "metrics_lost_without_outcome_zh": entries_with_ids_zh(without_outcome),
    }


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------

CATEGORY_CELLS = {CATEGORY_LABELS[c]: CATEGORY_ZH[c] for c in CATEGORIES}
ROW_CELLS = CATEGORY_CELLS | {"all entries 全部": "全部成果", "total 合计": "合计", "total": "合计"}
UNNAMED_BODY_ZH = "（文中未指明机构）"
READINGS_ZH = {"as classed": "按数据集的分类", "stricter": "从严", "broader": "从宽"}
RULES_ZH = {"the dataset's kind": "数据集的 kind 分类",
            "contested outcomes and changes counted as outputs": "有争议的成效与变化计为产出",
            "contested outputs and money counted as outcomes": "有争议的产出与金额计为成效"}
COUNT_ROWS_ZH = {"quantities": "数值", "entries with at least one quantity": "至少报告一个数值的成果",
                 "entries with no quantity": "未报告任何数值的成果"}
SHARE = re.compile(r"^(\d+) of (\d+) \((\d+%)\)$")


def _share_cells(frame: pd.DataFrame) -> dict[str, str]:
    """`9 of 15 (60%)` → `15项中9项(60%)`, for every such cell of the frame."""
    out = {}
    for value in frame.astype(str).to_numpy().ravel():
        hit = SHARE.match(value)
        if hit:
            out[value] = f"{hit.group(2)}项中{hit.group(1)}项({hit.group(3)})"
    return out


def _id_list_cells(values) -> dict[str, str]:
    """`C04, C09` → `C04、C09` for every id list among the values."""
    return {v: v.replace(", ", "、") for v in map(str, values) if ", " in v}


def _body_cells(names) -> dict[str, str]:
    """`最高人民法院 · Supreme People's Court` → `最高人民法院`; the unnamed body in Chinese."""
    out = {}
    for name in map(str, names):
        if name == ev_claims.UNNAMED_BODY:
            out[name] = UNNAMED_BODY_ZH
        elif " · " in name:
            out[name] = name.split(" · ")[0]
    return out


def _kinds_cells(values) -> dict[str, str]:
    """`award, listing` → `奖励、入选或收录`."""
    out = {}
    for v in map(str, values):
        parts = [p.strip() for p in v.split(",") if p.strip()]
        if parts and all(p in RECOGNITION_KIND_ZH for p in parts):
            out[v] = "、".join(RECOGNITION_KIND_ZH[p] for p in parts)
    return out


def category_columns() -> dict[str, str]:
    return dict(CATEGORY_CELLS)


def table_words(tables: list) -> dict[str, Chinese]:
    """The Chinese caption, headers and cell texts of each table the chapter publishes, by slug;
    composed from the frames themselves (`tables` is chapter.tables' English list)."""
    frames = {slug: frame for slug, frame, *_ in tables}
    kinds_zh = {k: KIND_ZH[k] for k in KIND_ZH}
    levels = LEVEL_ZH
    names = entry_names_zh()
    out = {}

    out["kinds"] = Chinese(
        caption="按类型和奖项类别统计的报告数值(数值个数)。",
        columns={"kind": "类型", **category_columns(), "total 合计": "合计"},
        cells=kinds_zh | ROW_CELLS)
    t = frames["entries-reporting"]
    out["entries-reporting"] = Chinese(
        caption="按奖项类别统计,至少报告一个某类数值的成果数。",
        columns={"category": "奖项类别", "any quantity": "任一数值"} | kinds_zh,
        cells=ROW_CELLS)
    out["qualifiers"] = Chinese(
        caption="报告数值所附的限定词及其所示的精确程度（“(无)”表示数字按原样陈述）。",
        columns={"reading": "精确程度", "qualifier": "限定词", "quantities": "数值个数"},
        cells=READING_ZH | {"(none)": "(无)"})
    t = frames["category-summary"]
    out["category-summary"] = Chinese(
        caption="按奖项类别统计的证据指标:满足各项指标的成果数(比率分母一栏的基数是报告了比率的成果)。",
        columns={"category": "奖项类别", "entries": "成果数", "with quantities": "报告数值",
                 "rate with stated base (of entries with a rate)": "注明分母的比率(在报告比率的成果中)"}
                | {k: v for k, v in INDICATOR_ZH.items() if k in t.columns},
        cells=ROW_CELLS | _share_cells(t))
    t = frames["ranking"]
    out["ranking"] = Chinese(
        caption=f"{len(profile.WEIGHTINGS)}种加权方案下各奖项类别的平均证据得分,括号内为该类别的名次"
                "(第一名为最高)。",
        columns={"category": "奖项类别"} | {w: WEIGHTING_ZH[w] for w in profile.WEIGHTINGS},
        cells=ROW_CELLS)
    t = frames["outcome-readings"]
    out["outcome-readings"] = Chinese(
        caption=f"有争议数值的{len(READINGS_ZH)}种读法下的成效计数:按数据集的分类;从严(有争议的成效与变化计为"
                "产出);从宽(有争议的产出与金额计为成效)。",
        columns={"reading": "读法", "rule": "规则", "quantities reclassed": "改变类型的数值",
                 "outcome quantities": "成效数值", "of which kind outcome or change": "其中类型为成效或变化",
                 "entries with an outcome measure": "有成效指标的成果",
                 "entries with outcome and baseline": "兼有成效与基线的成果",
                 "entries losing the outcome indicator": "失去成效指标的成果",
                 "entries gaining it": "获得成效指标的成果"},
        cells=READINGS_ZH | RULES_ZH | _id_list_cells(t["entries losing the outcome indicator"])
              | _id_list_cells(t["entries gaining it"]))
    out["novelty"] = Chinese(
        caption="按层级和奖项类别统计的首创声明:声明数,以及至少作出一项此类声明的成果数。",
        columns={"counting": "计数对象", "level": "层级", **category_columns(), "total 合计": "合计"},
        cells={"claims": "声明数", "entries": "成果数"} | levels)
    t = frames["novelty-leads"]
    pages = {v: re.sub(r"^page on (\S+) \(address in the data\)$", r"\1 上的网页(地址见数据)", v)
             for v in t["URL"].astype(str) if v.startswith("page on ")}
    out["novelty-leads"] = Chinese(
        caption="外部线索陈述了某项“首创”的首创声明。可信来源复述同一首创：线索在官方政府或法院网站、官方报纸或"
                "广播电视机构的网页上陈述了同一项首创；其他来源复述同一首创：同一项首创见于其他网页（无论哪种情况，"
                "网页都只是复述该声明，并未加以核实）；所述为另一项首创：线索陈述的是另一项首创，与该声明无关。"
                "括号内为数据集中的取值。其余首创声明没有任何外部来源。",
        columns={"entry_id": "成果编号", "label": NAME_COLUMN_ZH, "span": "原文", "level": "层级",
                 "outside lead": "外部线索", "words of the lead": "线索原文", "URL": "网址"},
        cells=levels | pages | CORROBORATION_ZH | _label_cells(t, names))
    out["recognition-kinds"] = Chinese(
        caption="按认可机构层级和认可方式统计的认可声明。",
        columns={"level": "层级", **RECOGNITION_KIND_ZH, "total 合计": "合计"},
        cells=levels | ROW_CELLS)
    t = frames["recognition-types"]
    out["recognition-types"] = Chinese(
        caption="按认可机构类型(逐条人工编码,编码依据见 claims.csv)和层级统计的认可声明,以及各类型所涉成果数。",
        columns={"type of body": "机构类型", **{k: LEVEL_ZH[k] for k in ("national", "provincial", "city", "unknown")},
                 "claims": "声明数", "entries": "成果数"},
        cells={ev_claims.type_label(k): v for k, v in TYPE_LABEL_ZH.items()} | ROW_CELLS)
    t = frames["recognition-bodies"]
    out["recognition-bodies"] = Chinese(
        caption="认可机构:层级、类型、认可声明数、认可方式及所认可的成果。",
        columns={"recognizing body": "认可机构", "level": "层级", "type": "类型", "claims": "声明数",
                 "kinds": "认可方式", "entries": "成果"},
        cells=levels | {RECOGNIZER_TYPE_EN[k]: v for k, v in TYPE_LABEL_ZH.items()}
              | _body_cells(t["recognizing body"]) | _kinds_cells(t["kinds"]) | _id_list_cells(t["entries"]))
    t = frames["national"]
    out["national"] = Chinese(
        caption="获得全国层面认可的成果,每条认可声明一行,列出机构类型和原文。",
        columns={"entry_id": "成果编号", "label": NAME_COLUMN_ZH, "type": "机构类型", "kind": "认可方式",
                 "body": "认可机构", "span": "原文"},
        cells={RECOGNIZER_TYPE_EN[k]: v for k, v in TYPE_LABEL_ZH.items()} | RECOGNITION_KIND_ZH
              | _body_cells(t["body"]) | _label_cells(t, names))
    t = frames["lost"]
    from .glosses import LOST_CLAUSES_EN
    out["lost"] = Chinese(
        caption="原文中被截去的数字：残存的分句、编者推测，以及是否确定有数字缺失。“编者推测”一栏是编者的推测，"
                "并非原文：〔…〕标出被截去之处，〔索？〕是编者猜补、未经证实的字。成果名称中原题佚失者为编者拟名。"
                "完整上下文及说明见数据章的清洗表。",
        columns={"lacuna": "缺损", "entry": "成果", "what survives": "残存文字", "English gloss": "编者推测",
                 "a figure was lost": "是否缺失数字"},
        cells={"certainly (cut_figure)": "确定（cut_figure）", "probably (cut_passage)": "可能（cut_passage）"}
              | {LOST_CLAUSES_EN[c]: _known(LOST_CLAUSES_ZH, c, "lost clause") for c in t["what survives"]}
              | entry_cells_zh(t["entry"], names))
    out["lost-effect"] = Chinese(
        caption="按提取结果、补回确定缺失的数字后、再补回可能缺失的数字后的计数(每个缺失数字只计一次,即其最少可能的数目)。",
        columns={"count": "计数", "as extracted": "提取所得", lacunae.CERTAIN_COLUMN: "补回确定缺失的数字",
                 lacunae.ALL_COLUMN: "再补回可能缺失的数字"},
        cells=COUNT_ROWS_ZH)
    return out
