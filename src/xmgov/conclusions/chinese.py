"""The Chinese edition's words for the preface, the key findings and the conclusions.

Every value here is composed from the same computation as its English counterpart (the functions
in `findings` and `preface` and the chapters' own helpers), mirroring the English wording's
zero/one/many cases in natural Chinese; each name ends in `_zh`. The phrases the English takes
from other chapters (`xmgov.themes.report`, `xmgov.collaboration.report`, `xmgov.metrics.facts`)
are worded here again from the same underlying values, so those packages are left untouched.
Also here: the Chinese captions, headers and cell texts of the conclusions' figure and tables.
"""

from __future__ import annotations

import pandas as pd

from ..chinese import Chinese
from ..collaboration import bases as network_bases
from ..dataset import load
from ..dataset.vocabulary import CATEGORY_ZH
from ..themes import report as themes_report
from . import crosstabs
from .findings import ALPHA, cell, cells_q05
from .preface import sentence_facts_zh
from ..chinese import ids_zh, series_zh

DIMENSION_ZH = {"collaboration": "协作", "evidence": "证据"}


def code_labels_zh(s) -> dict[str, str]:
    """The Chinese name of every theme code (the English pages show '智治 (Smart governance)')."""
    return {c.code_id: c.label_zh for c in s.themes.book.codes}


# The Chinese edition's term for each feature, in the book's terminology (成效指标, 时间窗口,
# 首创声明, 数值: the metrics chapter's words). crosstabs.FEATURES' own Chinese is drawn on the shared
# figure; an error names a feature that has no term here.
FEATURE_TERMS_ZH = {
    "names_body_text": "文中具名单位", "claims_coordination": "协同话语", "any_quantity": "报告数值",
    "has_outcome": "成效指标", "has_baseline": "基线", "has_time_window": "时间窗口",
    "has_external_recognition": "外部认可", "has_novelty_claim": "首创声明",
}


def feature_labels_zh() -> dict[str, str]:
    missing = [f for f, *_ in crosstabs.FEATURES if f not in FEATURE_TERMS_ZH]
    if missing:
        raise KeyError(f"xmgov.conclusions.chinese.FEATURE_TERMS_ZH: no Chinese term for feature(s) {missing}")
    return {f: FEATURE_TERMS_ZH[f] for f, *_ in crosstabs.FEATURES}


def _feature_cells() -> dict[str, str]:
    """The English pages' feature cell `结果指标 (outcome measure)` -> the Chinese term."""
    terms = feature_labels_zh()
    return {f"{zh} ({en})": terms[f] for f, _, zh, en in crosstabs.FEATURES}


# ---------------------------------------------------------------------------------------------
# Shared by the key findings and the conclusions.

def novelty_repeated_zh() -> str:
    """metrics.facts.repeated_novelty_text as a Chinese clause: the entries whose claim to be
    first a page of a trusted publisher repeats (claims.corroboration = trusted_lead)."""
    claims = load.claims()
    repeated = sorted(set(claims.loc[claims["corroboration"] == "trusted_lead", "entry_id"]))
    if not repeated:
        return "也没有官方外部网页转述其中任何一项成果的首创声明"
    return f"有官方外部网页转述了其中{len(repeated)}项成果（{ids_zh(repeated)}）的首创声明，但并未加以核实"


def q05_subject_zh(n: int, noun: str = "主题×特征比较") -> str:
    """'没有一项主题×特征比较' / '有3项主题×特征比较': the subject of a clause on what survives
    the correction for multiple tests (findings' `counted(cells_q05, …)`)."""
    return f"没有一项{noun}" if n == 0 else f"有{n}项{noun}"


# ---------------------------------------------------------------------------------------------
# The key findings.

def risk_lead_zh(t) -> str:
    """themes.report.lead_text(t, 'risk_domain') in Chinese."""
    counts = themes_report.code_counts(t)[t.book.dimension("risk_domain")]
    labels = {c.code_id: c.label_zh for c in t.book.codes}
    top = [c for c in counts.index if counts[c] == counts.max()]
    names = series_zh(labels[c] for c in top)
    if len(top) == 1:
        return f"{names}是最常见的单一风险领域({int(counts.max())}项成果)"
    return f"{names}并列为最常见的单一风险领域(各{int(counts.max())}项成果)"


def peak_zh(t, code: str) -> str:
    """themes.report.peak_text in Chinese: the award list(s) where a code's share is highest (the
    page says once that shares are of each list's size)."""
    rows = t.by_category_prev[t.by_category_prev["code_id"] == code]
    best = rows[rows["share"] == rows["share"].max()]
    labels = {c.code_id: c.label_zh for c in t.book.codes}
    where = series_zh(f"{CATEGORY_ZH[r.group].removeprefix('优秀')}（{r.n}项中有{r.k}项）"
                      for r in best.itertuples())
    return f"{labels[code]}在{where}中占比最高"


def no_mode_zh(t) -> str:
    """themes.report.no_mode_text in Chinese, as a whole clause."""
    n = int((themes_report.modes_per_entry(t) == 0).sum())
    if n == 0:
        return "每项成果都至少涉及五种治理方式中的一种"
    return f"有{n}项成果不涉及五种治理方式中的任何一种"


def codes_q05_zh(t) -> str:
    """'th_codes_q05' (counted(categories_q05, 'code')) as a Chinese clause."""
    n = themes_report.categories_q05(t)
    if n == 0:
        return "经多重检验校正后,没有任何编码在类别之间存在显著差异"
    return f"经多重检验校正后,有{n}个编码在类别之间存在显著差异"


def collaboration_zh(c) -> dict:
    """The collaboration chapter's base facts that the key findings word in English."""
    entries, table = c.entries, c.bases.set_index("base")
    titled = entries[entries["title"].notna()]
    with_units, n_titled = int(titled["title_units"].notna().sum()), len(titled)
    multi = network_bases.multi_entries(c.base_profiles[network_bases.TITLE])
    text_multi = int(table.loc[network_bases.TEXT, "name two or more"])
    return {
        "co_titles_with_units_text_zh": (f"留存的{n_titled}个标题全部以此类单位名单结尾"
                                         if with_units == n_titled > 1 else
                                         f"留存的{n_titled}个标题中有{with_units}个以此类单位名单结尾"),
        "co_text_multi_text_zh": ("其中没有一项列出两个或以上单位" if text_multi == 0
                                  else f"其中{text_multi}项列出两个或以上单位"),
        "co_title_multi_lists_text_zh": (f"留存标题中{len(multi)}份列有两个或以上单位的名单" if multi
                                         else "留存标题中列有两个或以上单位的名单(此类名单一份也没有)"),
        "co_title_multi_ids_zh": ids_zh(multi),
    }


def key_findings_zh(s, facts: dict) -> dict:
    """The Chinese words of the key-findings page, from the synthesis `s`."""
    t = s.themes
    n = cells_q05(s)
    return {
        "th_risk_lead_text_zh": risk_lead_zh(t),
        "th_no_mode_text_zh": no_mode_zh(t),
        "th_peak_politics_text_zh": peak_zh(t, "mode_politics"),
        "th_peak_smart_text_zh": peak_zh(t, "mode_smart"),
        "th_codes_q05_zh": codes_q05_zh(t),
        **collaboration_zh(s.collaboration),
        "ev_novelty_repeated_zh": novelty_repeated_zh(),
        "syn_cells_q05_zh": ("没有一项在多重检验校正后仍然显著" if n == 0
                             else f"有{n}项在多重检验校正后仍然显著"),
    }


# ---------------------------------------------------------------------------------------------
# The conclusions.

def survive_zh(qs: list[float]) -> str:
    """findings._survive_text in Chinese: whether two differences survive the correction."""
    kept = sum(q < ALPHA for q in qs)
    return {0: "两项差异在多重检验校正后均不再显著", 1: "两项差异中只有一项在多重检验校正后仍然显著",
            2: "两项差异在多重检验校正后均仍然显著"}[kept]


def conclusions_zh(s, facts: dict) -> dict:
    """The Chinese words of the conclusions chapter, from the synthesis `s`."""
    c, labels, flabels = s.cells, code_labels_zh(s), feature_labels_zh()
    best = c.sort_values(["q_bh", "p", "code_id", "feature"]).iloc[0]
    law_novelty, law_coordination = cell(s, "mode_law", "has_novelty_claim"), cell(s, "mode_law", "claims_coordination")
    return {
        **sentence_facts_zh(s.entries),
        "ev_novelty_repeated_zh": novelty_repeated_zh(),
        "syn_best_cell_zh": f"{labels[best['code_id']]}×{flabels[best['feature']]}",
        "law_survive_text_zh": survive_zh([law_novelty.q, law_coordination.q]),
        "syn_q05_text_zh": q05_subject_zh(cells_q05(s)),
    }


# ---------------------------------------------------------------------------------------------
# The conclusions' figure and tables.

SOURCE_ZH = ("资料来源：《厦门日报》/厦门网2023年3月2日关于2020—2022年度评选结果的报道（第三方镜像）；裁定编码的主题编码"
             "(data/processed/themes/coding_adjudicated.csv)、成果介绍中的单位名称与协同话语"
             "(xmgov.collaboration)以及各成果的证据指标(xmgov.metrics),由 "
             "xmgov.conclusions.crosstabs 按成果合并。")


def heatmap_zh(cells: pd.DataFrame, n_codes: int, feats: pd.DataFrame, alpha: float) -> Chinese:
    """The theme × feature heat map's Chinese caption, alt text and source line."""
    surviving = int((cells["q_bh"] < alpha).sum())
    survive = (f"全部{len(cells)}个单元格的 Benjamini–Hochberg q 均不小于{alpha}" if surviving == 0
               else f"全部{len(cells)}个单元格中有{surviving}个的 Benjamini–Hochberg q < {alpha}")
    n_collab = int((feats["dimension"] == "collaboration").sum())
    n_evidence = int((feats["dimension"] == "evidence").sum())
    return Chinese(
        caption=("主题(裁定编码)与协作类型(左栏)及证据类型(右栏)的交叉:带有各主题编码的成果中呈现各项特征的"
                 "比例,首行为全部成果。格中数字为成果数;* 表示与不带该编码的成果相比 Fisher 精确检验 "
                 f"p < {alpha}(未经多重检验校正;{survive})。"),
        alt=(f"热图:一行为全部成果,另有{n_codes}行为主题编码(以中英文标注),共{len(feats)}列特征,"
             f"其中协作特征{n_collab}列、证据特征{n_evidence}列;颜色越浅,表示带有该主题且呈现该特征的"
             "成果越多,每格给出成果数。"),
        source=SOURCE_ZH)


def features_table_zh(frame: pd.DataFrame) -> Chinese:
    """Chinese words for findings.overall_display."""
    return Chinese(
        caption=(f"本章使用的各项协作与证据特征:呈现每项特征的成果数及其比例({crosstabs.CI_LEVEL}% "
                 "Wilson 置信区间)"),
        columns={"dimension": "维度", "feature 特征": "特征", "entries": "成果数",
                 "share % [95% Wilson CI]": f"比例 % [{crosstabs.CI_LEVEL}% Wilson 置信区间]"},
        cells={**DIMENSION_ZH, **_feature_cells()})


def notable_table_zh(s) -> Chinese:
    """Chinese words for findings.notable_cells."""
    return Chinese(
        caption=(f"校正前 Fisher 精确检验 p < {ALPHA} 的主题×特征单元格:带有该主题的成果中呈现该特征的成果数"
                 f"({crosstabs.CI_LEVEL}% Wilson 置信区间)、其余成果中的相应成果数,以及对全部单元格计算的 "
                 "Benjamini–Hochberg q 值"),
        columns={"theme 主题": "主题", "feature 特征": "特征", "with the theme": "带有该主题的成果",
                 "without the theme": "不带该主题的成果", "Fisher p": "Fisher 精确检验 p",
                 "BH q": "Benjamini–Hochberg q"},
        cells={**{f"{c.label_zh} ({c.label_en})": c.label_zh for c in s.themes.book.codes},
               **_feature_cells()})
