"""Shared vocabulary of the evidence modules: required columns, category order, entry labels.

Kept in one place so that a renamed column in the dataset is fixed once, and so that every
function fails with a message naming the table and the missing column instead of a KeyError.
"""

from __future__ import annotations

import pandas as pd
from ..dataset.vocabulary import CATEGORIES, RECOGNIZER_LEVELS, category_label

CATEGORY_LABELS = {c: category_label(c, "zh (en)") for c in CATEGORIES}
# The dataset's `kind` values, in results-chain order (inputs → outputs → outcomes), then the
# forms that are defined by their arithmetic rather than their place in the chain (a rank is a
# position, 前30名, never a count).
KINDS = ("scale", "output", "outcome", "rate", "money", "change", "rank")
# Levels of recognition claims, highest first (the recognising body's level, hand-coded; unknown:
# the body is not established, whatever words of reach such as 全国 the claim uses), and of novelty claims (unspecified: 首创 alone).
LEVELS = RECOGNIZER_LEVELS
NOVELTY_LEVELS = ("national", "provincial", "city", "unspecified")


def require(df: pd.DataFrame, table: str, columns: tuple[str, ...]) -> None:
    """Raise a readable error if `df` (the table `table`) lacks any of `columns`."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(
            f"{table}: missing column(s) {', '.join(missing)}; found {', '.join(map(str, df.columns))}"
        )


def entry_labels(entries: pd.DataFrame) -> pd.Series:
    """The English label of each entry_id, for tables that show the id in a column of its own."""
    require(entries, "entries.csv", ("entry_id", "label_en"))
    label = entries["label_en"].fillna("").astype(str)
    return pd.Series(label.to_numpy(), index=entries["entry_id"].to_numpy(), name="label")


def axis_labels(entries: pd.DataFrame) -> pd.Series:
    """`P04 · Finance-judicial platform` (short enough for a figure axis) for each entry_id."""
    from .glosses import short_label

    require(entries, "entries.csv", ("entry_id", "label_en"))
    label = entries["entry_id"] + " · " + entries["label_en"].map(short_label)
    return pd.Series(label.to_numpy(), index=entries["entry_id"].to_numpy(), name="label")


def with_category(df: pd.DataFrame, entries: pd.DataFrame, table: str) -> pd.DataFrame:
    """Attach each row's entry category; an entry_id unknown to entries.csv is an error."""
    require(df, table, ("entry_id",))
    require(entries, "entries.csv", ("entry_id", "category"))
    unknown = sorted(set(df["entry_id"]) - set(entries["entry_id"]))
    if unknown:
        raise ValueError(f"{table}: entry_id(s) {', '.join(unknown)} not in entries.csv")
    out = df.merge(entries[["entry_id", "category"]], on="entry_id", how="left")
    out["category"] = pd.Categorical(out["category"], categories=CATEGORIES, ordered=True)
    return out


def entry_recognition(claims: pd.DataFrame) -> pd.DataFrame:
    """Recognition claims about the entry itself: honours for individuals (`recognized` =
    individuals, e.g. 多名调解员获得…表彰) say nothing about the entry and are left out."""
    require(claims, "claims.csv", ("claim_type",))
    rec = claims[claims["claim_type"] == "recognition"]
    if "recognized" in rec:
        rec = rec[rec["recognized"].fillna("entry") == "entry"]
    return rec
