"""Recognition from above: the bodies that praised, listed, awarded or promoted an entry.

These are `recognizer` rows of entry_agencies.csv. They describe vertical attention (a ministry
circulating an entry as a model, a newspaper reporting it), not joint work, so they are analysed
here and never enter the collaboration network.
"""

from __future__ import annotations

import pandas as pd

RECOGNIZER_LEVELS = ("national", "provincial", "city", "district", "media")


def recognitions(entries: pd.DataFrame, agencies: pd.DataFrame, entry_agencies: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct (entry, recognising body), with the body's level and the entry's category.

    `recognizer_level` is the body's administrative level, except that media bodies form a level of
    their own ("media"): a newspaper's attention is publicity, not an administrative endorsement.
    """
    rows = entry_agencies.loc[entry_agencies["role"] == "recognizer", ["entry_id", "agency_id", "mention"]]
    rows = (rows.groupby(["entry_id", "agency_id"], sort=True)["mention"]
            .agg(lambda m: ";".join(sorted(set(m)))).reset_index())
    table = rows.merge(agencies[["agency_id", "name_zh", "name_en", "type", "level"]], on="agency_id",
                       how="left", validate="many_to_one")
    missing = sorted(set(table.loc[table["name_zh"].isna(), "agency_id"]))
    if missing:
        raise ValueError(f"entry_agencies.csv: recognizer agency_id(s) not in agencies.csv: {missing}")
    table = table.merge(entries[["entry_id", "category"]], on="entry_id", how="left", validate="many_to_one")
    table["recognizer_level"] = table["level"].where(table["type"] != "media", "media")
    return table.sort_values(["entry_id", "agency_id"], ignore_index=True)


def _level_rank(level: str) -> int:
    return RECOGNIZER_LEVELS.index(level) if level in RECOGNIZER_LEVELS else len(RECOGNIZER_LEVELS)


def by_body(recognised: pd.DataFrame, categories: list[str]) -> pd.DataFrame:
    """Recognising bodies with the number of entries they recognised, in total and per category.

    Ordered from the top level down, then by frequency; `categories` fixes the column order.
    """
    counts = pd.crosstab(recognised["agency_id"], recognised["category"]).reindex(columns=categories, fill_value=0)
    counts.columns.name = None
    info = recognised.drop_duplicates("agency_id").set_index("agency_id")[
        ["name_zh", "name_en", "type", "recognizer_level"]]
    table = info.join(counts).reset_index()
    table["entries"] = table[categories].sum(axis=1)
    table["_rank"] = table["recognizer_level"].map(_level_rank)
    table = table.sort_values(["_rank", "entries", "agency_id"], ascending=[True, False, True], ignore_index=True)
    return table.drop(columns="_rank")


def by_level(recognised: pd.DataFrame, entries: pd.DataFrame, categories: list[str]) -> pd.DataFrame:
    """Entries recognised at least once at each level, per category, with the category sizes."""
    distinct = recognised.drop_duplicates(["entry_id", "recognizer_level"])
    table = pd.crosstab(distinct["recognizer_level"], distinct["category"]).reindex(columns=categories, fill_value=0)
    levels = sorted(table.index, key=_level_rank)
    table = table.reindex(levels)
    any_level = recognised.drop_duplicates("entry_id")["category"].value_counts().reindex(categories, fill_value=0)
    table.loc["any"] = any_level
    table.loc["entries in category"] = entries["category"].value_counts().reindex(categories, fill_value=0)
    table.columns.name = None
    return table.rename_axis("recognizer_level").reset_index()


def _named(body: pd.Series) -> pd.Series:
    """True where a claim's `body` is an agency id (not empty, missing or "unknown")."""
    text = body.astype("string").str.strip()
    return text.notna() & (text != "") & (text.str.lower() != "unknown")


def reconcile(claims: pd.DataFrame, entry_agencies: pd.DataFrame) -> dict:
    """One set of recognition counts for every chapter, and how the two bases relate.

    Two tables record recognition: claims.csv has one row per recognition *claim*, whether or not
    the text names who gave it (`body` empty or "unknown" when it does not); entry_agencies.csv has
    a `recognizer` row only where the body is named. An entry "names its recogniser" when either
    table names one; the rest of the entries with a recognition claim report recognition without
    saying who gave it. `pairs_only_in_claims` / `pairs_only_in_entry_agencies` list (entry, body)
    pairs that one table has and the other lacks: both empty when the dataset is consistent.
    """
    recognition = claims[claims["claim_type"] == "recognition"]
    named_claims = recognition[_named(recognition["body"])]
    recognizers = entry_agencies[entry_agencies["role"] == "recognizer"]
    claim_pairs = set(zip(named_claims["entry_id"], named_claims["body"].astype(str).str.strip()))
    agency_pairs = set(zip(recognizers["entry_id"], recognizers["agency_id"]))
    recognised = set(recognition["entry_id"]) | {e for e, _ in agency_pairs}
    named_entries = {e for e, _ in claim_pairs | agency_pairs}
    return {
        "entries_recognised": len(recognised),
        "entries_body_named": len(named_entries),
        "entries_body_unnamed": len(recognised - named_entries),
        "recognition_claims": len(recognition),
        "claims_body_named": len(named_claims),
        "claims_body_unnamed": len(recognition) - len(named_claims),
        "named_bodies": len({b for _, b in claim_pairs | agency_pairs}),
        "entry_body_pairs": len(claim_pairs | agency_pairs),
        "pairs_only_in_claims": sorted(claim_pairs - agency_pairs),
        "pairs_only_in_entry_agencies": sorted(agency_pairs - claim_pairs),
    }
