"""What quantities the write-ups report: per entry, by kind and category, units and qualifiers.

A qualifier changes what a number means: `400余起` says "more than 400", not "400". How each
qualifier is read is decided once, in the dataset (`metrics.csv`: `qualifier` holds the reading —
exact, lower_bound, upper_bound, approximate — and `qualifier_zh` the words as written; the rule is
`xmgov.dataset.metrics.QUALIFIER`). This module only takes that reading over, so the chapter's prose
and figures cannot read 近 one way while the data reads it another.
"""

from __future__ import annotations

import pandas as pd

from .frame import CATEGORIES, KINDS, require, with_category

READINGS = ("exact", "lower bound", "upper bound", "approximate")
_NORMALISED = {r.replace(" ", "_"): r for r in READINGS} | {r: r for r in READINGS}
# English glosses of the qualifying words, for the prose only (the reading comes from the data).
GLOSSES = {
    "以上": "or more", "余": "-odd, more than", "多": "more than", "超": "over", "超过": "over",
    "突破": "broke through", "逾": "over", "上": "or more", "近": "nearly", "约": "about",
    "内": "within", "以内": "within", "以下": "or less", "前": "within the top", "达": "reached",
    "达到": "reached",
}


def reading(qualifier: object, where: str = "") -> str:
    """The dataset's reading of one quantity (`qualifier` column); empty means exact."""
    if qualifier is None or qualifier is pd.NA or (isinstance(qualifier, float) and pd.isna(qualifier)):
        return "exact"
    q = str(qualifier).strip()
    if q == "":
        return "exact"
    if q in _NORMALISED:
        return _NORMALISED[q]
    raise ValueError(
        f"metrics.csv{where}: qualifier {q!r} is not a reading ({', '.join(_NORMALISED)}); the dataset "
        "keeps the reading in `qualifier` and the words as written in `qualifier_zh`"
    )


def with_reading(metrics: pd.DataFrame) -> pd.DataFrame:
    """metrics with a `reading` column (exact / lower bound / upper bound / approximate)."""
    require(metrics, "metrics.csv", ("entry_id", "qualifier"))
    out = metrics.copy()
    out["reading"] = [
        reading(q, f", entry {e}") for q, e in zip(out["qualifier"], out["entry_id"])
    ]
    return out


def per_entry(metrics: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """One row per entry (all 70, including those with no quantity): n_quantities and per kind."""
    require(metrics, "metrics.csv", ("entry_id", "kind"))
    unknown = sorted(set(metrics["kind"]) - set(KINDS))
    if unknown:
        raise ValueError(f"metrics.csv: unknown kind(s) {unknown}; expected one of {KINDS}")
    counts = pd.crosstab(metrics["entry_id"], metrics["kind"]).reindex(columns=list(KINDS), fill_value=0)
    base = entries[["entry_id", "category"]].set_index("entry_id")
    out = base.join(counts, how="left").fillna(0)
    for k in KINDS:
        out[k] = out[k].astype(int)
    out.insert(1, "n_quantities", out[list(KINDS)].sum(axis=1))
    stray = sorted(set(metrics["entry_id"]) - set(base.index))
    if stray:
        raise ValueError(f"metrics.csv: entry_id(s) {', '.join(stray)} not in entries.csv")
    return out.reset_index().sort_values("entry_id", ignore_index=True)


def without_quantities(metrics: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """The entries that report no quantity at all, with their category and label."""
    counts = per_entry(metrics, entries)
    ids = counts.loc[counts["n_quantities"] == 0, "entry_id"]
    cols = [c for c in ("entry_id", "category", "label_en", "has_lacuna") if c in entries.columns]
    return entries.loc[entries["entry_id"].isin(ids), cols].sort_values("entry_id", ignore_index=True)


def kind_by_category(metrics: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Quantities by kind (rows) and category (columns), with totals; empty cells are zeros."""
    m = with_category(metrics, entries, "metrics.csv")
    tab = pd.crosstab(m["kind"], m["category"], dropna=False)
    tab = tab.reindex(index=list(KINDS), columns=list(CATEGORIES), fill_value=0)
    tab["total"] = tab.sum(axis=1)
    tab.loc["total"] = tab.sum(axis=0)
    tab.index.name = "kind"
    return tab


def entries_reporting(metrics: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Number of entries reporting at least one quantity of each kind, per category."""
    counts = per_entry(metrics, entries)
    counts["any"] = counts["n_quantities"]
    rows = {}
    for cat in CATEGORIES:
        sub = counts[counts["category"] == cat]
        rows[cat] = {k: int((sub[k] > 0).sum()) for k in (*KINDS, "any")} | {"entries": len(sub)}
    rows["all"] = {k: int((counts[k] > 0).sum()) for k in (*KINDS, "any")} | {"entries": len(counts)}
    return pd.DataFrame(rows).T[["entries", "any", *KINDS]]


def units(metrics: pd.DataFrame) -> pd.DataFrame:
    """Units with the number of quantities and of entries using them, most frequent first."""
    require(metrics, "metrics.csv", ("entry_id", "unit"))
    m = metrics.assign(unit=metrics["unit"].fillna("(none)"))
    out = m.groupby("unit").agg(quantities=("entry_id", "size"), entries=("entry_id", "nunique"))
    return out.reset_index().sort_values(["quantities", "unit"], ascending=[False, True], ignore_index=True)


def qualifiers(metrics: pd.DataFrame) -> pd.DataFrame:
    """Qualifiers found, their reading and how many quantities carry each (none = exact)."""
    m = with_reading(metrics)
    # the words as written, where the dataset keeps them apart from their reading
    words = m["qualifier_zh"] if "qualifier_zh" in m else m["qualifier"]
    m["qualifier"] = words.where(words.notna() & (words.astype(str) != ""), "(none)")
    out = m.groupby(["reading", "qualifier"]).size().rename("quantities").reset_index()
    out["reading"] = pd.Categorical(out["reading"], categories=READINGS, ordered=True)
    return out.sort_values(["reading", "quantities", "qualifier"], ascending=[True, False, True], ignore_index=True)


def qualifier_words(metrics: pd.DataFrame) -> dict[str, str]:
    """For each non-exact reading, the words that carry it in the data, commonest first, glossed:
    {'lower bound': '余 (-odd, more than), 以上 (or more), …', …}. Read from the data, never typed."""
    q = qualifiers(metrics)
    out = {}
    for r in READINGS[1:]:
        words = q.loc[(q["reading"] == r) & (q["qualifier"] != "(none)"), "qualifier"]
        out[r] = ", ".join(f"{w} ({GLOSSES[w]})" if w in GLOSSES else w for w in words)
    return out
