"""The numbers the key-findings page and the conclusions quote, from the chapters' own analyses.

Nothing here re-derives a chapter's result: `analyse` runs `xmgov.themes.report.analyse`,
`xmgov.collaboration.report.analyse` and `xmgov.metrics.indicators.per_entry` on the dataset, and the
`*_facts` functions read their outputs (through the helpers the chapters' own `facts` use) so that a
number on the key-findings page is, by construction, the number in the chapter it links to.
`key_findings_facts` and `conclusions_facts` return exactly the names each page quotes;
`common_facts` holds those both pages quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import pandas as pd

from ..wording import counted
from ..metrics import lacunae
from ..dataset import load
from ..metrics.claims import national_by_type
from ..metrics.facts import repeated_novelty_text
from ..collaboration import bases as network_bases
from ..collaboration import report as network_report
from ..themes import report as themes_report
from . import crosstabs
from .preface import sentence_facts

ALPHA = 0.05
# Single cells a referee showed the strongest theme × feature result turns on, each a coding decision
# recorded with its reason in the data: P22's 法治, removed by the review under the codebook's
# version 2 (data/annotations/theme_coding_v2_review.csv), and P16's 全省首个获此殊荣 ("first city
# in the province to be so honoured"), dropped as a novelty claim (data/annotations/claims.yaml).
SENSITIVITY = (("P22", "mode_law"), ("P16", "has_novelty_claim"))
# The risk domains the key findings group as "security": the four of the framework's five risks
# whose Chinese names are about security or public order (政治安全, 社会治安, 公共安全, 网络安全).
# risk_disputes (社会矛盾, social conflicts) is a risk of the framework but not a security one, and
# risk_services and risk_ecology are this project's additions (see the codebook).
SECURITY_RISKS = ("risk_political", "risk_order", "risk_safety", "risk_cyber")


@dataclass
class Synthesis:
    entries: pd.DataFrame
    themes: themes_report.Themes
    collaboration: network_report.Collaboration
    lacunae: pd.DataFrame
    indicators: pd.DataFrame
    table: pd.DataFrame
    cells: pd.DataFrame
    overall: pd.DataFrame


def analyse() -> Synthesis:
    """Join the three chapters' analyses (shared with the chapters: `xmgov.shared`) per entry."""
    from ..collaboration.chapter import analysis as collaboration_analysis
    from ..metrics.chapter import analysis as metrics_analysis
    from ..themes.chapter import analysis as themes_analysis

    themes, collab, m = themes_analysis(), collaboration_analysis(), metrics_analysis()
    table = crosstabs.entry_features(themes.coding, collab.base_profiles[network_bases.TEXT], collab.claimed,
                                     m.indicators)
    return Synthesis(entries=m.entries, themes=themes, collaboration=collab, lacunae=m.lacunae,
                     indicators=m.indicators, table=table,
                     cells=crosstabs.code_by_feature(table, list(themes.book.ids)),
                     overall=crosstabs.feature_overall(table))


def code_labels(s: Synthesis) -> dict[str, str]:
    """'智治 (smart governance)' for every code id."""
    return {c.code_id: f"{c.label_zh} ({c.label_en})" for c in s.themes.book.codes}


def feature_labels() -> dict[str, str]:
    """'外部认可 (external recognition)' for every feature id."""
    return {f: f"{zh} ({en})" for f, _, zh, en in crosstabs.FEATURES}


class Cell(NamedTuple):
    """One theme × feature cell as the prose quotes it: entries with the feature among the `n`
    with the theme (per cent and 95% Wilson interval), among the `rest_n` without it, Fisher's p
    and the Benjamini–Hochberg q."""
    k: int
    n: int
    pct: float
    lo: float
    hi: float
    rest_k: int
    rest_n: int
    rest_pct: float
    p: float
    q: float


def cell(s: Synthesis, code: str, feature: str) -> Cell:
    row = s.cells.set_index(["code_id", "feature"]).loc[(code, feature)]
    return Cell(k=int(row["k"]), n=int(row["n"]), pct=100 * row["share"], lo=100 * row["ci_low"],
                hi=100 * row["ci_high"], rest_k=int(row["k_rest"]), rest_n=int(row["n_rest"]),
                rest_pct=100 * row["share_rest"], p=float(row["p"]), q=float(row["q_bh"]))


class Pair(NamedTuple):
    """Does feature b come with feature a: entries with both, with a, without a, with b but not
    a; the per cent with b among entries with a and among those without; Fisher's p."""
    both: int
    a: int
    not_a: int
    b_not_a: int
    pct_a: float
    pct_not_a: float
    p: float


def pair(s: Synthesis, a: str, b: str) -> Pair:
    r = crosstabs.feature_association(s.table, a, b)
    return Pair(both=r["both"], a=r["both"] + r["a_only"], not_a=r["b_only"] + r["neither"],
                b_not_a=r["b_only"], pct_a=100 * r["share_b_given_a"],
                pct_not_a=100 * r["share_b_given_not_a"], p=r["p"])


def cells_q05(s: Synthesis) -> int:
    """Theme × feature cells that survive the Benjamini–Hochberg correction."""
    return int((s.cells["q_bh"] < ALPHA).sum())


def security_facts(hand: pd.DataFrame) -> dict:
    """Entries coded for any of SECURITY_RISKS (each entry once, however many it carries)."""
    missing = [c for c in SECURITY_RISKS if c not in hand.columns]
    if missing:
        raise ValueError(f"theme coding has no column(s) {missing} (findings.SECURITY_RISKS)")
    return {"syn_security_n": int(hand[list(SECURITY_RISKS)].any(axis=1).sum())}


def common_facts(s: Synthesis) -> dict:
    """The numbers both the key findings and the conclusions quote: the evidence indicators, the
    coordination vocabulary, the size of the test family and the law × novelty cell."""
    ind = s.indicators
    coordination_named = pair(s, "claims_coordination", "names_body_text")
    law_novelty = cell(s, "mode_law", "has_novelty_claim")
    return {
        "ev_quantity_n": int((ind["n_quantities"] > 0).sum()), "ev_outcome_n": int(ind["has_outcome"].sum()),
        "ev_baseline_n": int(ind["has_baseline"].sum()),
        "co_entries_claim": coordination_named.a,
        "syn_ci": crosstabs.CI_LEVEL, "syn_tests": len(s.cells),
        "law_novelty_k": law_novelty.k, "law_novelty_n": law_novelty.n,
        "law_novelty_rest_k": law_novelty.rest_k, "law_novelty_rest_n": law_novelty.rest_n,
        "ev_novelty_repeated": repeated_novelty_text(load.claims()),
    }


def key_findings_facts(s: Synthesis) -> dict:
    """Every number of the key-findings page: the chapters' headline counts under the prefixes
    th_ and co_, the evidence indicators (ev_) and the synthesis (syn_)."""
    t, ind = s.themes, s.indicators
    co = network_report.base_facts(s.collaboration)
    coordination_named = pair(s, "claims_coordination", "names_body_text")
    lost = lacunae.lost_figures(s.lacunae, s.entries)
    sure = int(lacunae.certain(lost).sum())
    codes = themes_report.code_counts(t)
    smart_pct, smart_lo, smart_hi = themes_report.code_share(t, "mode_smart")
    return common_facts(s) | security_facts(t.coding) | {
        "th_n_entries": len(t.entries),
        "th_n_mode_smart": int(codes["mode_smart"]), "th_n_mode_law": int(codes["mode_law"]),
        "th_n_mode_ethics": int(codes["mode_ethics"]),
        "th_risk_lead_text": themes_report.lead_text(t, "risk_domain"),
        "th_n_risk_political": int(codes["risk_political"]),
        "th_pct_mode_smart": smart_pct, "th_lo_mode_smart": smart_lo, "th_hi_mode_smart": smart_hi,
        "th_no_mode_text": themes_report.no_mode_text(t),
        "th_peak_politics_text": themes_report.peak_text(t, "mode_politics"),
        "th_peak_smart_text": themes_report.peak_text(t, "mode_smart"),
        "th_codes_q05": counted(themes_report.categories_q05(t), "code"),
        "co_titles_lost": co["titles_lost"], "co_titles_with_units_text": co["titles_with_units_text"],
        "co_text_named": co["text_named"], "co_text_multi_text": co["text_multi_text"],
        "co_title_multi_lists_text": co["title_multi_lists_text"], "co_title_multi_ids": co["title_multi_ids"],
        "co_nodes": s.collaboration.summary["nodes"],
        "co_claim_text_none": coordination_named.a - coordination_named.both,
        "ev_lacunae": len(s.lacunae), "ev_lost_certain": sure, "ev_lost_probable": len(lost) - sure,
        "ev_outcome_pct": 100 * int(ind["has_outcome"].sum()) / len(ind),
        "ev_outcome_and_baseline_n": int((ind["has_outcome"] & ind["has_baseline"]).sum()),
        "ev_recognition_n": int(ind["has_external_recognition"].sum()),
        "ev_national_n": int(ind["has_national_recognition"].sum()),
        "ev_national_state_n": int(national_by_type(load.claims(), s.entries)["state"].sum()),
        "ev_novelty_n": int(ind["has_novelty_claim"].sum()),
        "syn_cells_q05": counted(cells_q05(s), "comparison"),
    }


def sensitivity_facts(s: Synthesis) -> dict:
    """The best cell's q under each alternative decision in SENSITIVITY (the cell set to 1)."""
    best = s.cells.sort_values(["q_bh", "p", "code_id", "feature"]).iloc[0]
    out = {}
    for i, (entry, column) in enumerate(SENSITIVITY, start=1):
        table = s.table.copy()
        if table.loc[entry, column]:
            raise ValueError(f"findings.SENSITIVITY: {entry} {column} is already set; the alternative is no alternative")
        table.loc[entry, column] = True
        cells = crosstabs.code_by_feature(table, list(s.themes.book.ids)).set_index(["code_id", "feature"])
        out[f"sens{i}_q"] = float(cells.loc[(best["code_id"], best["feature"]), "q_bh"])
        out[f"sens{i}_entry"] = entry
    return {"sens1_q": out["sens1_q"], "sens1_entry": out["sens1_entry"],
            "sens2_q": out["sens2_q"], "sens2_entry": out["sens2_entry"]}


def _survive_text(qs: list[float]) -> str:
    """Whether two differences survive the Benjamini–Hochberg correction, as a clause."""
    kept = sum(q < ALPHA for q in qs)
    return {0: "neither difference survives", 1: "one of the two differences survives",
            2: "both differences survive"}[kept] + " the correction for multiple tests"


def conclusions_facts(s: Synthesis) -> dict:
    """The numbers of the conclusions: the size of the test family, what survives correction,
    the cells and pairs the prose discusses, and how thin the collaboration features are."""
    c, labels, flabels = s.cells, code_labels(s), feature_labels()
    best = c.sort_values(["q_bh", "p", "code_id", "feature"]).iloc[0]
    over = s.overall.set_index("feature")
    codes = list(s.themes.book.ids)
    law_novelty = cell(s, "mode_law", "has_novelty_claim")
    law_coordination = cell(s, "mode_law", "claims_coordination")
    politics_novelty = cell(s, "mode_politics", "has_novelty_claim")
    politics_quantity = cell(s, "mode_politics", "any_quantity")
    politics_outcome = cell(s, "mode_politics", "has_outcome")
    safety_baseline = cell(s, "risk_safety", "has_baseline")
    smart_quantity = cell(s, "mode_smart", "any_quantity")
    smart_named = cell(s, "mode_smart", "names_body_text")
    novelty_outcome = pair(s, "has_novelty_claim", "has_outcome")
    novelty_recognition = pair(s, "has_novelty_claim", "has_external_recognition")
    coordination_named = pair(s, "claims_coordination", "names_body_text")
    named_outcome = pair(s, "names_body_text", "has_outcome")
    return common_facts(s) | sentence_facts(s.entries) | sensitivity_facts(s) | {
        "ev_window_n": int(s.indicators["has_time_window"].sum()),
        "syn_entries": len(s.table), "syn_codes": len(codes), "syn_alpha": ALPHA,
        "syn_collab_features": sum(f[1] == "collaboration" for f in crosstabs.FEATURES),
        "syn_evidence_features": sum(f[1] == "evidence" for f in crosstabs.FEATURES),
        "syn_p05": int((c["p"] < ALPHA).sum()),
        "syn_expected_false": ALPHA * len(c),
        "syn_best_cell": f"{labels[best['code_id']]} × {flabels[best['feature']]}",
        "syn_best_q": float(best["q_bh"]),
        "syn_named": int(over.loc["names_body_text", "k"]),
        "syn_coordination": int(over.loc["claims_coordination", "k"]),
        "syn_coordination_pct": 100 * float(over.loc["claims_coordination", "share"]),
        "law_novelty_pct": law_novelty.pct, "law_novelty_lo": law_novelty.lo, "law_novelty_hi": law_novelty.hi,
        "law_novelty_rest_pct": law_novelty.rest_pct, "law_novelty_p_text": network_report.p_phrase(law_novelty.p),
        "law_novelty_q": law_novelty.q,
        "law_survive_text": _survive_text([law_novelty.q, law_coordination.q]),
        "syn_q05_text": counted(cells_q05(s), "theme × feature comparison survives",
                                "theme × feature comparisons survive"),
        "law_coordination_k": law_coordination.k, "law_coordination_n": law_coordination.n,
        "law_coordination_rest_pct": law_coordination.rest_pct, "law_coordination_p": law_coordination.p,
        "politics_novelty_n": politics_novelty.n, "politics_novelty_rest_pct": politics_novelty.rest_pct,
        "politics_novelty_p": politics_novelty.p,
        "politics_quantity_k": politics_quantity.k, "politics_quantity_rest_pct": politics_quantity.rest_pct,
        "politics_outcome_k": politics_outcome.k,
        "safety_baseline_k": safety_baseline.k, "safety_baseline_n": safety_baseline.n,
        "safety_baseline_rest_k": safety_baseline.rest_k, "safety_baseline_rest_n": safety_baseline.rest_n,
        "safety_baseline_p": safety_baseline.p,
        "smart_quantity_pct": smart_quantity.pct, "smart_quantity_rest_pct": smart_quantity.rest_pct,
        "smart_quantity_p": smart_quantity.p,
        "smart_named_k": smart_named.k, "smart_named_n": smart_named.n, "smart_named_rest_pct": smart_named.rest_pct,
        "smart_named_p": smart_named.p,
        "novelty_outcome_both": novelty_outcome.both, "novelty_outcome_a": novelty_outcome.a,
        "novelty_outcome_pct_a": novelty_outcome.pct_a, "novelty_outcome_pct_not_a": novelty_outcome.pct_not_a,
        "novelty_outcome_p": novelty_outcome.p,
        "novelty_recognition_pct_a": novelty_recognition.pct_a,
        "novelty_recognition_pct_not_a": novelty_recognition.pct_not_a,
        "novelty_recognition_p": novelty_recognition.p,
        "coordination_named_both": coordination_named.both,
        "coordination_named_pct_a": coordination_named.pct_a,
        "coordination_named_pct_not_a": coordination_named.pct_not_a, "coordination_named_p": coordination_named.p,
        "named_outcome_pct_a": named_outcome.pct_a, "named_outcome_pct_not_a": named_outcome.pct_not_a,
        "named_outcome_p": named_outcome.p,
    }


def notable_cells(s: Synthesis, alpha: float = ALPHA) -> pd.DataFrame:
    """The code × feature cells with Fisher p < alpha, formatted for reading."""
    labels, flabels = code_labels(s), feature_labels()
    c = s.cells[s.cells["p"] < alpha].sort_values(["p", "code_id", "feature"])
    return pd.DataFrame({
        "theme 主题": c["code_id"].map(labels),
        "feature 特征": c["feature"].map(flabels),
        "with the theme": [f"{k}/{n} = {100 * v:.0f}% [{100 * lo:.0f}–{100 * hi:.0f}]" for k, n, v, lo, hi
                           in zip(c["k"], c["n"], c["share"], c["ci_low"], c["ci_high"])],
        "without the theme": [f"{k}/{n} = {100 * v:.0f}%" for k, n, v
                              in zip(c["k_rest"], c["n_rest"], c["share_rest"])],
        "Fisher p": c["p"].round(3),
        "BH q": c["q_bh"].round(3),
    })


def overall_display(s: Synthesis) -> pd.DataFrame:
    """Every per-entry feature: dimension, entries with it and share with a Wilson interval."""
    frame = crosstabs.feature_frame().merge(s.overall, on="feature")
    return pd.DataFrame({
        "dimension": frame["dimension"],
        "feature 特征": frame["feature"].map(feature_labels()),
        "entries": [f"{k}/{n}" for k, n in zip(frame["k"], frame["n"])],
        "share % [95% Wilson CI]": [f"{100 * v:.0f} [{100 * lo:.0f}–{100 * hi:.0f}]" for v, lo, hi
                                    in zip(frame["share"], frame["ci_low"], frame["ci_high"])],
    })
