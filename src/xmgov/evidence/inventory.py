"""What quantities the write-ups report: per entry, by kind and category, units and qualifiers.

A qualifier changes what a number means: `400余起` says "more than 400", not "400". The reading
of each qualifier is written down here (QUALIFIER_READING) so the chapter can say how many numbers
are bounds rather than counts, and so no later step treats a bound as an exact value.
"""

from __future__ import annotations

import pandas as pd

from .frame import CATEGORIES, KINDS, require, with_category

# How a qualifier bounds the stated number (`X` is the number in the text).
QUALIFIER_READING = {
    # "X or more", "more than X", "X-odd", "over X", "broke through X": the true value is ≥ X.
    "以上": "lower bound",
    "余": "lower bound",
    "多": "lower bound",
    "超": "lower bound",
    "超过": "lower bound",
    "突破": "lower bound",
    "逾": "lower bound",
    "上": "lower bound",
    # "nearly X", "within X": the true value is at most X.
    "近": "upper bound",
    "内": "upper bound",
    "以内": "upper bound",
    "将近": "upper bound",
    "接近": "upper bound",
    # "about X", "X or so", "on the order of a hundred": no direction.
    "约": "approximate",
    "左右": "approximate",
    "上百": "approximate",
    "百余": "lower bound",
    # "reached X", "in total X": the number is given as it stands.
    "达": "exact",
    "达到": "exact",
    "共": "exact",
    "累计": "exact",
}
READINGS = ("exact", "lower bound", "upper bound", "approximate")
# Readings may also arrive already normalised (e.g. `lower_bound`) from the dataset.
_NORMALISED = {r.replace(" ", "_"): r for r in READINGS} | {r: r for r in READINGS}


def reading(qualifier: object, where: str = "") -> str:
    """The reading of one qualifier; an empty qualifier means the number is stated as exact."""
    if qualifier is None or (isinstance(qualifier, float) and pd.isna(qualifier)) or qualifier is pd.NA:
        return "exact"
    q = str(qualifier).strip()
    if q == "":
        return "exact"
    if q in _NORMALISED:
        return _NORMALISED[q]
    if q in QUALIFIER_READING:
        return QUALIFIER_READING[q]
    raise ValueError(
        f"metrics.csv{where}: qualifier {q!r} has no reading; add it to "
        "xmgov.evidence.inventory.QUALIFIER_READING with its meaning"
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
