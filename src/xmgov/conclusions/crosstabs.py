"""Which themes come with which kinds of collaboration and which kinds of evidence.

One row per entry joins three things other chapters computed: the adjudicated theme coding (0/1
per code, `xmgov.themes`), two features of collaboration (`xmgov.collaboration`: whether the
description names a lead or implementing body, and coordination vocabulary) and the evidence
indicators (`xmgov.metrics.indicators`). Collaboration is read from the descriptions alone, the one
base that survives for every entry: the titles' unit lists survive for a few entries, so a feature
built on them would sort entries by what the copy lost. With 70
entries and codes carried by as few as two of them, the comparison is stated as counts and shares
with Wilson intervals, and each code × feature cell is tested with Fisher's exact test (entries
with the code against entries without it), with Benjamini–Hochberg q-values over all cells
tested: many small tests will throw up a few p < 0.05 by chance alone.
"""

from __future__ import annotations

import pandas as pd
from scipy import stats

from ..themes.compare import wilson

# Per-entry features, in display order: (column, dimension, Chinese label, English label).
FEATURES = (
    ("names_body_text", "collaboration", "文中具名单位", "description names a lead or implementing body"),
    ("claims_coordination", "collaboration", "协同话语", "coordination vocabulary"),
    ("any_quantity", "evidence", "报告数值", "reports a quantity"),
    ("has_outcome", "evidence", "成效指标", "outcome measure"),
    ("has_baseline", "evidence", "基线", "baseline / before-after"),
    ("has_time_window", "evidence", "时间窗口", "time window"),
    ("has_external_recognition", "evidence", "外部认可", "external recognition"),
    ("has_novelty_claim", "evidence", "首创声明", "novelty claim"),
)
FEATURE_IDS = tuple(f[0] for f in FEATURES)
CI_LEVEL = 95  # per cent; `wilson` uses the matching normal quantile


def feature_frame() -> pd.DataFrame:
    """feature, dimension, label_zh, label_en for every feature, in display order."""
    return pd.DataFrame(FEATURES, columns=["feature", "dimension", "label_zh", "label_en"])


def _ids(frame: pd.DataFrame, name: str) -> pd.Index:
    ids = pd.Index(frame["entry_id"] if "entry_id" in frame.columns else frame.index, name="entry_id")
    if ids.has_duplicates:
        raise ValueError(f"{name}: entry_id(s) listed twice: {sorted(set(ids[ids.duplicated()]))}")
    return ids


def entry_features(codes: pd.DataFrame, profile: pd.DataFrame, claimed: pd.DataFrame,
                   indicators: pd.DataFrame) -> pd.DataFrame:
    """One boolean row per entry: every theme code, then every feature in FEATURES.

    `codes`: the adjudicated theme coding as a 0/1 matrix indexed by entry_id (`Themes.coding`);
    `profile`: the entry profile of the descriptions' names (`Collaboration.base_profiles`, the
    description base; column `bodies`); `claimed`: `Collaboration.claimed`
    (claims_coordination); `indicators`: `xmgov.metrics.indicators.per_entry`. All four must
    cover the same entries: an entry missing from one would silently drop out of every share.
    """
    tables = {"theme coding": codes, "collaboration profile": profile,
              "coordination claims": claimed, "evidence indicators": indicators}
    reference = set(_ids(codes, "theme coding"))
    for name, frame in tables.items():
        ids = set(_ids(frame, name))
        if ids != reference:
            raise ValueError(
                f"{name}: entries differ from the theme coding (only here: "
                f"{sorted(ids - reference)}; missing here: {sorted(reference - ids)})")
    out = codes.astype(bool).copy()
    out.index.name = "entry_id"
    p = profile.set_index("entry_id")
    ind = indicators.set_index("entry_id")
    out["names_body_text"] = p["bodies"] >= 1
    out["claims_coordination"] = claimed.set_index("entry_id")["claims_coordination"].astype(bool)
    out["any_quantity"] = ind["n_quantities"] > 0
    for col in ("has_outcome", "has_baseline", "has_time_window", "has_external_recognition",
                "has_novelty_claim"):
        out[col] = ind[col].astype(bool)
    return out.sort_index()


def code_by_feature(table: pd.DataFrame, codes: list[str],
                    features: tuple[str, ...] = FEATURE_IDS) -> pd.DataFrame:
    """Per code × feature: entries with the code (n) and with the feature among them (k), their
    share with a 95% Wilson interval, the share among the entries without the code, and Fisher's
    exact test (two-sided) of the 2 × 2 table, with Benjamini–Hochberg q over all rows."""
    rows = []
    for code in codes:
        has = table[code].astype(bool)
        for feature in features:
            f = table[feature].astype(bool)
            k, n = int((has & f).sum()), int(has.sum())
            k_rest, n_rest = int((~has & f).sum()), int((~has).sum())
            if n == 0 or n_rest == 0:
                raise ValueError(f"code {code!r}: carried by {n} of {len(table)} entries; a comparison "
                                 f"needs entries with and without it")
            odds, p = stats.fisher_exact([[k, n - k], [k_rest, n_rest - k_rest]])
            low, high = wilson(k, n)
            rows.append({"code_id": code, "feature": feature, "n": n, "k": k, "share": k / n,
                         "ci_low": low, "ci_high": high, "n_rest": n_rest, "k_rest": k_rest,
                         "share_rest": k_rest / n_rest, "difference": k / n - k_rest / n_rest,
                         "odds_ratio": float(odds), "p": float(p)})
    out = pd.DataFrame(rows)
    out["q_bh"] = stats.false_discovery_control(out["p"].to_numpy(), method="bh")
    return out


def feature_overall(table: pd.DataFrame, features: tuple[str, ...] = FEATURE_IDS) -> pd.DataFrame:
    """Per feature: entries with it (k) of all entries (n), share and Wilson interval."""
    rows = []
    for feature in features:
        k, n = int(table[feature].astype(bool).sum()), len(table)
        low, high = wilson(k, n)
        rows.append({"feature": feature, "k": k, "n": n, "share": k / n, "ci_low": low, "ci_high": high})
    return pd.DataFrame(rows)


def feature_association(table: pd.DataFrame, a: str, b: str) -> dict:
    """The 2 × 2 table of two features and Fisher's exact test: does one come with the other?"""
    x, y = table[a].astype(bool), table[b].astype(bool)
    cells = [[int((x & y).sum()), int((x & ~y).sum())], [int((~x & y).sum()), int((~x & ~y).sum())]]
    odds, p = stats.fisher_exact(cells)
    with_a, without_a = cells[0][0] + cells[0][1], cells[1][0] + cells[1][1]
    if not with_a or not without_a:
        raise ValueError(f"feature {a!r} is true for {with_a} of {len(table)} entries; a comparison "
                         f"needs entries with and without it")
    return {"both": cells[0][0], "a_only": cells[0][1], "b_only": cells[1][0], "neither": cells[1][1],
            "share_b_given_a": cells[0][0] / with_a, "share_b_given_not_a": cells[1][0] / without_a,
            "odds_ratio": float(odds), "p": float(p)}
