"""The numbers the key-findings page and the conclusions quote, from the chapters' own analyses.

Nothing here re-derives a chapter's result: `analyse` runs `xmgov.themes.report.analyse`,
`xmgov.collaboration.report.analyse` and `xmgov.metrics.indicators.per_entry` on the dataset, and the
`*_facts` functions read their outputs (and the chapters' own `facts`) so that a number on the
key-findings page is, by construction, the number in the chapter it links to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ..book import counted
from ..metrics import lacunae
from ..collaboration import actors as network_actors
from ..collaboration import report as network_report
from ..themes import report as themes_report
from . import crosstabs
from .preface import sentence_facts

# Cells of the theme × feature table that the conclusions discuss by name (glue prefix: the key).
CELLS = {
    "law_novelty": ("mode_law", "has_novelty_claim"),
    "law_coordination": ("mode_law", "claims_coordination"),
    "politics_novelty": ("mode_politics", "has_novelty_claim"),
    "politics_quantity": ("mode_politics", "any_quantity"),
    "politics_outcome": ("mode_politics", "has_outcome"),
    "safety_baseline": ("risk_safety", "has_baseline"),
    "smart_quantity": ("mode_smart", "any_quantity"),
    "smart_multi": ("mode_smart", "multi_body"),
}
# Pairs of per-entry features whose association the conclusions report: does b come with a?
PAIRS = {
    "novelty_outcome": ("has_novelty_claim", "has_outcome"),
    "novelty_recognition": ("has_novelty_claim", "has_external_recognition"),
    "coordination_multi": ("claims_coordination", "multi_body"),
    "named_outcome": ("names_body", "has_outcome"),
}
ALPHA = 0.05
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
    metrics: pd.DataFrame
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
    table = crosstabs.entry_features(themes.hand, collab.profile, collab.claimed, m.indicators)
    return Synthesis(entries=m.entries, themes=themes, collaboration=collab, metrics=m.metrics,
                     lacunae=m.lacunae, indicators=m.indicators, table=table,
                     cells=crosstabs.code_by_feature(table, list(themes.book.ids)),
                     overall=crosstabs.feature_overall(table))


def code_labels(s: Synthesis) -> dict[str, str]:
    """'智治 (smart governance)' for every code id."""
    return {c.code_id: f"{c.label_zh} ({c.label_en})" for c in s.themes.book.codes}


def feature_labels() -> dict[str, str]:
    """'外部认可 (external recognition)' for every feature id."""
    return {f: f"{zh} ({en})" for f, _, zh, en in crosstabs.FEATURES}


def evidence_facts(s: Synthesis) -> dict:
    """Entries meeting each evidence indicator (count and per cent), and what the cuts lost."""
    ind, n = s.indicators, len(s.indicators)
    masks = {"quantity": ind["n_quantities"] > 0, "outcome": ind["has_outcome"],
             "baseline": ind["has_baseline"], "window": ind["has_time_window"],
             "recognition": ind["has_external_recognition"],
             "national": ind["has_national_recognition"], "novelty": ind["has_novelty_claim"],
             "outcome_and_baseline": ind["has_outcome"] & ind["has_baseline"]}
    out = {"ev_quantities": len(s.metrics)}
    for key, mask in masks.items():
        out[f"ev_{key}_n"] = int(mask.sum())
        out[f"ev_{key}_pct"] = 100 * int(mask.sum()) / n
    lost = lacunae.lost_figures(s.lacunae, s.entries)
    sure = int(lacunae.certain(lost).sum())
    out.update(ev_lacunae=len(s.lacunae), ev_lost_figures=len(lost), ev_lost_certain=sure,
               ev_lost_probable=len(lost) - sure, ev_lost_entries=int(lost["entry_id"].nunique()))
    return out


def security_facts(hand: pd.DataFrame) -> dict:
    """Entries coded for any of SECURITY_RISKS (each entry once, however many it carries)."""
    missing = [c for c in SECURITY_RISKS if c not in hand.columns]
    if missing:
        raise ValueError(f"theme coding has no column(s) {missing} (findings.SECURITY_RISKS)")
    return {"syn_security_n": int(hand[list(SECURITY_RISKS)].any(axis=1).sum())}


def article_only_facts() -> dict:
    """Entries naming any / two or more lead or implementing bodies in the article alone, without
    the high-confidence outside sources the collaboration chapter adds (`load.entry_agencies()`)."""
    from ..dataset import load

    profile = network_actors.entry_profile(load.entries(), load.agencies(), load.entry_agencies())
    return {"syn_article_named": int((profile["bodies"] > 0).sum()),
            "syn_article_multi": int(profile["multi_body"].sum())}


def _cell_facts(s: Synthesis) -> dict:
    cells = s.cells.set_index(["code_id", "feature"])
    out = {}
    for key, where in CELLS.items():
        row = cells.loc[where]
        out.update({f"{key}_k": int(row["k"]), f"{key}_n": int(row["n"]),
                    f"{key}_pct": 100 * row["share"], f"{key}_lo": 100 * row["ci_low"],
                    f"{key}_hi": 100 * row["ci_high"], f"{key}_rest_k": int(row["k_rest"]),
                    f"{key}_rest_n": int(row["n_rest"]), f"{key}_rest_pct": 100 * row["share_rest"],
                    f"{key}_p": float(row["p"]), f"{key}_q": float(row["q_bh"])})
    return out


def _pair_facts(s: Synthesis) -> dict:
    out = {}
    for key, (a, b) in PAIRS.items():
        r = crosstabs.feature_association(s.table, a, b)
        out.update({f"{key}_both": r["both"], f"{key}_a": r["both"] + r["a_only"],
                    f"{key}_not_a": r["b_only"] + r["neither"],
                    f"{key}_pct_a": 100 * r["share_b_given_a"],
                    f"{key}_pct_not_a": 100 * r["share_b_given_not_a"],
                    f"{key}_b_not_a": r["b_only"], f"{key}_p": r["p"]})
    return out


def synthesis_facts(s: Synthesis) -> dict:
    """The numbers of the conclusions: the size of the test family, what survives correction,
    the cells and pairs the prose discusses, and how thin the collaboration features are."""
    c, labels, flabels = s.cells, code_labels(s), feature_labels()
    best = c.sort_values(["q_bh", "p", "code_id", "feature"]).iloc[0]
    over = s.overall.set_index("feature")
    multi = s.table[s.table["multi_body"]]
    codes = list(s.themes.book.ids)
    out = {
        "syn_entries": len(s.table), "syn_codes": len(codes), "syn_features": len(crosstabs.FEATURES),
        "syn_alpha": ALPHA, "syn_ci": crosstabs.CI_LEVEL,
        "syn_collab_features": sum(f[1] == "collaboration" for f in crosstabs.FEATURES),
        "syn_evidence_features": sum(f[1] == "evidence" for f in crosstabs.FEATURES),
        "syn_tests": len(c), "syn_p05": int((c["p"] < ALPHA).sum()),
        "syn_q05": int((c["q_bh"] < ALPHA).sum()), "syn_expected_false": ALPHA * len(c),
        "syn_best_cell": f"{labels[best['code_id']]} × {flabels[best['feature']]}",
        "syn_best_p": float(best["p"]), "syn_best_q": float(best["q_bh"]),
        "syn_multi_entries": len(multi),
        "syn_multi_codes": int(multi[codes].any(axis=0).sum()),
        "syn_cross_system": int(over.loc["cross_system", "k"]),
        "syn_named": int(over.loc["names_body", "k"]),
        "syn_named_single": int(s.collaboration.profile["bodies"].eq(1).sum()),
        "syn_coordination": int(over.loc["claims_coordination", "k"]),
        "syn_coordination_pct": 100 * float(over.loc["claims_coordination", "share"]),
    }
    return out | _cell_facts(s) | _pair_facts(s)


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


def key_facts(s: Synthesis) -> dict:
    """Every number of the key-findings page: the chapters' own facts, the evidence indicators
    and the synthesis, under prefixes th_, co_, ev_ and syn_ (so no key can collide)."""
    themes = {f"th_{k}": v for k, v in themes_report.facts(s.themes).items()}
    collab = {f"co_{k}": v for k, v in network_report.facts(s.collaboration).items()}
    out = (themes | collab | evidence_facts(s) | synthesis_facts(s) | security_facts(s.themes.hand)
           | sentence_facts(s.entries) | article_only_facts())
    out["th_codes_q05"] = counted(out["th_n_cat_q05"], "code")
    out["syn_cells_q05"] = counted(out["syn_q05"], "comparison")
    return out
