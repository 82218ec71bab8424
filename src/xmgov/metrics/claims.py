"""Claims to be first (novelty) and claims to have been noticed by others (recognition).

A novelty claim (全国首创 "first in the country", 全省首家 "first in the province") is the unit's
own statement; a recognition claim names a body that awarded, listed, endorsed or replicated the
work. Counts are of claims (one entry may make several) and, separately, of entries.
"""

from __future__ import annotations

import pandas as pd

from .frame import CATEGORIES, LEVELS, NOVELTY_LEVELS, entry_labels, entry_recognition, require, with_category

RECOGNITION_KINDS = ("award", "listing", "endorsement", "replication")
UNNAMED_BODY = "(body not named in the text)"
# Recognition the dataset keeps as recognition of the entry although its recipient is not the
# entry's practice: the whole city, or an office, honoured. (entry, words of the span that say
# who received it, the recipient in English). Matched against the span, so a reworded claim is
# simply no longer flagged.
RECIPIENT_NOT_PRACTICE = (
    ("P16", "厦门被", "the whole city: 厦门被…命名为, 'Xiamen was named' a national food-safety model city"),
    ("P26", "市委网信办获评", "an office: 市委网信办获评, 'the city's cyberspace office was rated' an advanced unit"),
)


def _check(claims: pd.DataFrame) -> None:
    require(claims, "claims.csv", ("entry_id", "span", "claim_type", "level"))
    bad = sorted(set(claims["claim_type"]) - {"novelty", "recognition"})
    if bad:
        raise ValueError(f"claims.csv: unknown claim_type(s) {bad}; expected novelty or recognition")


def novelty_by_level(claims: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Novelty claims by level (rows) and category (columns): claims, and entries in brackets.

    Returns two stacked blocks: `claims` (number of claims) and `entries` (entries making at
    least one claim at that level).
    """
    _check(claims)
    nov = with_category(claims[claims["claim_type"] == "novelty"], entries, "claims.csv")
    blocks = {}
    for what, agg in (("claims", "size"), ("entries", "nunique")):
        grouped = nov.groupby(["level", "category"], observed=False)["entry_id"]
        tab = getattr(grouped, agg)().unstack("category").reindex(
            index=list(NOVELTY_LEVELS), columns=list(CATEGORIES)).fillna(0).astype(int)
        tab["total"] = nov.groupby("level")["entry_id"].agg(agg).reindex(tab.index).fillna(0).astype(int)
        blocks[what] = tab
    out = pd.concat(blocks, names=["count", "level"])
    return out


def _bodies(claims: pd.DataFrame, agencies: pd.DataFrame | None) -> pd.Series:
    """The recognizing body's name (Chinese · English) from agencies.csv, else UNNAMED_BODY."""
    if "body" not in claims:
        return pd.Series(UNNAMED_BODY, index=claims.index)
    if agencies is None or agencies.empty:
        return claims["body"].fillna(UNNAMED_BODY)
    require(agencies, "agencies.csv", ("agency_id", "name_zh", "name_en"))
    names = agencies.set_index("agency_id")
    unknown = sorted(set(claims["body"].dropna()) - set(names.index))
    if unknown:
        raise ValueError(f"claims.csv: body id(s) {unknown} not in agencies.csv")
    label = names["name_zh"] + " · " + names["name_en"].fillna("")
    return claims["body"].map(label).fillna(UNNAMED_BODY)


def recognition(claims: pd.DataFrame, entries: pd.DataFrame, agencies: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per recognition claim of an entry (not of individuals): entry, category, body name,
    level, kind and the span."""
    _check(claims)
    rec = entry_recognition(claims).copy()
    bad = sorted(set(rec.get("kind", pd.Series(dtype=str)).dropna()) - set(RECOGNITION_KINDS))
    if bad:
        raise ValueError(f"claims.csv: unknown recognition kind(s) {bad}; expected {RECOGNITION_KINDS}")
    rec["body_name"] = _bodies(rec, agencies)
    rec = with_category(rec, entries, "claims.csv")
    rec["label"] = rec["entry_id"].map(entry_labels(entries))
    rec["level"] = pd.Categorical(rec["level"], categories=LEVELS, ordered=True)
    if "kind" not in rec:
        rec["kind"] = pd.NA
    cols = ["entry_id", "label", "category", "level", "kind", "body_name", "span"]
    return rec[cols].sort_values(["level", "entry_id", "span"], ignore_index=True)


def recognition_by_level_kind(claims: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Recognition claims by level (rows) and kind (columns), with totals."""
    rec = recognition(claims, entries)
    tab = pd.crosstab(rec["level"], rec["kind"], dropna=False)
    tab = tab.reindex(index=list(LEVELS), columns=list(RECOGNITION_KINDS), fill_value=0)
    tab["total"] = tab.sum(axis=1)
    tab.loc["total"] = tab.sum(axis=0)
    return tab


def recognition_by_body(claims: pd.DataFrame, entries: pd.DataFrame, agencies: pd.DataFrame | None) -> pd.DataFrame:
    """Recognizing bodies with their level, the kinds of recognition and the entries recognised."""
    rec = recognition(claims, entries, agencies)
    out = rec.groupby(["body_name", "level"], observed=True).agg(
        claims=("span", "size"),
        kinds=("kind", lambda s: ", ".join(sorted(set(s.dropna())))),
        entries=("entry_id", lambda s: ", ".join(sorted(set(s)))),
    ).reset_index()
    return out.sort_values(["level", "claims", "body_name"], ascending=[True, False, True], ignore_index=True)


def national_recognition(claims: pd.DataFrame, entries: pd.DataFrame, agencies: pd.DataFrame | None) -> pd.DataFrame:
    """The entries with at least one national-level recognition, one row per such claim."""
    rec = recognition(claims, entries, agencies)
    return rec[rec["level"] == "national"].drop(columns="level").reset_index(drop=True)


def individual_honours(claims: pd.DataFrame) -> pd.DataFrame:
    """Recognition claims that honour individuals (recognized = individuals), left out of every count."""
    _check(claims)
    if "recognized" not in claims:
        return claims.iloc[0:0]
    out = claims[(claims["claim_type"] == "recognition") & (claims["recognized"] == "individuals")]
    return out.sort_values(["entry_id", "span"], ignore_index=True)


def recipient_not_practice(claims: pd.DataFrame) -> pd.DataFrame:
    """Recognition claims of an entry whose recipient is the whole city or an office, not the
    entry's practice (RECIPIENT_NOT_PRACTICE), with a `recipient` column."""
    _check(claims)
    rec = entry_recognition(claims)
    rows = []
    for entry, cue, recipient in RECIPIENT_NOT_PRACTICE:
        hit = rec[(rec["entry_id"] == entry) & rec["span"].astype(str).str.contains(cue, regex=False)]
        rows.append(hit.assign(recipient=recipient))
    out = pd.concat(rows) if rows else rec.iloc[0:0].assign(recipient=pd.Series(dtype=str))
    return out.sort_values(["entry_id", "span"], ignore_index=True)
