"""The entry × indicator matrix, category summaries and an evidence score under several weightings.

The score is a convenience for summarising, not a verdict: it is the weighted share of the scored
indicators an entry meets, counting `has_denominator` only where it applies (the entry reports a
rate). Novelty claims are not scored (being first is not evidence of effect). Because any choice of
weights is arbitrary, the chapter shows the category ranking under every weighting in WEIGHTINGS
and says whether it changes.
"""

from __future__ import annotations

import pandas as pd
from scipy import stats

from .frame import CATEGORIES, axis_labels, require
from .indicators import INDICATORS

SCORED = ("has_outcome", "has_baseline", "has_time_window", "has_denominator", "has_external_recognition")
WEIGHTINGS = {
    "equal": {"has_outcome": 1, "has_baseline": 1, "has_time_window": 1, "has_denominator": 1,
              "has_external_recognition": 1},
    "outcome-heavy": {"has_outcome": 2, "has_baseline": 2, "has_time_window": 1, "has_denominator": 1,
                      "has_external_recognition": 1},
    "recognition-free": {"has_outcome": 1, "has_baseline": 1, "has_time_window": 1, "has_denominator": 1,
                         "has_external_recognition": 0},
    "results-only": {"has_outcome": 1, "has_baseline": 1, "has_time_window": 0, "has_denominator": 0,
                     "has_external_recognition": 0},
}
INDICATOR_LABELS = {
    "has_outcome": "outcome measure",
    "has_baseline": "baseline / before-after",
    "has_time_window": "time window",
    "has_denominator": "rate with stated base",
    "has_external_recognition": "external recognition",
    "has_national_recognition": "national recognition",
    "has_novelty_claim": "novelty claim",
}


def matrix(indicators: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Entries (rows, grouped by category then id) × indicators; cells True/False/<NA>."""
    require(indicators, "indicators", ("entry_id", "category", *INDICATORS))
    labels = axis_labels(entries)
    cols = [*INDICATORS[:-1], "has_national_recognition", "recognition_level", "has_novelty_claim",
            "novelty_level"]
    out = indicators[["entry_id", "category", *cols]].copy()
    out["category"] = pd.Categorical(out["category"], categories=CATEGORIES, ordered=True)
    out = out.sort_values(["category", "entry_id"], ignore_index=True)
    out.insert(1, "label", out["entry_id"].map(labels))
    return out


def score(indicators: pd.DataFrame, weights: dict[str, float]) -> pd.Series:
    """Weighted share (0-1) of the scored indicators met, over the indicators that apply."""
    unknown = set(weights) - set(SCORED)
    if unknown:
        raise ValueError(f"weights: unknown indicator(s) {sorted(unknown)}; scored are {SCORED}")
    num = pd.Series(0.0, index=indicators.index)
    den = pd.Series(0.0, index=indicators.index)
    for ind, w in weights.items():
        col = indicators[ind].astype("boolean")
        applies = col.notna()
        num += (col.fillna(False).astype(float) * w)
        den += applies.astype(float) * w
    if (den == 0).any():
        raise ValueError("weights: every scored indicator has weight 0 or does not apply for some entry")
    return num / den


def scores(indicators: pd.DataFrame) -> pd.DataFrame:
    """entry_id, category and one score column per weighting in WEIGHTINGS."""
    out = indicators[["entry_id", "category"]].copy()
    for name, w in WEIGHTINGS.items():
        out[name] = score(indicators, w).round(4)
    return out


def category_summary(indicators: pd.DataFrame) -> pd.DataFrame:
    """Per category (and all): entries and the share meeting each indicator.

    `has_denominator` is the share among entries that report a rate (shown with that count).
    """
    rows = {}
    groups = [(c, indicators[indicators["category"] == c]) for c in CATEGORIES] + [("all", indicators)]
    for name, sub in groups:
        row = {"entries": len(sub), "with quantities": int((sub["n_quantities"] > 0).sum())}
        for ind in (*INDICATORS[:-1], "has_national_recognition", "has_novelty_claim"):
            col = sub[ind].astype("boolean")
            if ind == "has_denominator":
                row["entries with a rate"] = int(col.notna().sum())
            row[INDICATOR_LABELS[ind]] = float(col.dropna().mean()) if col.notna().any() else float("nan")
        rows[name] = row
    out = pd.DataFrame(rows).T
    out.index.name = "category"
    return out


def category_ranking(indicators: pd.DataFrame) -> pd.DataFrame:
    """Mean score per category under each weighting, and the category's rank (1 = highest)."""
    s = scores(indicators)
    means = s.groupby("category", observed=True)[list(WEIGHTINGS)].mean().reindex(list(CATEGORIES))
    ranks = means.rank(ascending=False, method="min").astype(int)
    out = pd.concat({"mean score": means, "rank": ranks}, axis=1)
    out.index.name = "category"
    return out


def ranking_is_stable(indicators: pd.DataFrame) -> bool:
    """True when every weighting orders the three categories the same way."""
    ranks = category_ranking(indicators)["rank"]
    return bool((ranks.nunique(axis=1) == 1).all())


def entry_rank_agreement(indicators: pd.DataFrame) -> pd.DataFrame:
    """Kendall's tau-b between entry scores under the equal weighting and each other weighting."""
    s = scores(indicators)
    rows = []
    for name in WEIGHTINGS:
        if name == "equal":
            continue
        tau = stats.kendalltau(s["equal"], s[name]).statistic
        rows.append({"weighting": name, "kendall_tau_vs_equal": round(float(tau), 3)})
    return pd.DataFrame(rows)
