"""Recognition from above: the bodies that praised, listed, awarded or promoted an entry.

These are `recognizer` rows of entry_agencies.csv. They describe vertical attention (a ministry
circulating an entry as a model, a newspaper reporting it), not joint work, so they are analysed
here and never enter the collaboration network. The type of each body (a central organ, the
supreme court, a newspaper …) and its level are those hand-coded on the claims (claims.csv).
"""

from __future__ import annotations

import pandas as pd

from ..dataset.vocabulary import CATEGORIES, CATEGORY_EN, RECOGNIZER_LEVELS, RECOGNIZER_TYPE_IDS
from ..wording import counted


def _coded(claims: pd.DataFrame) -> pd.DataFrame:
    """(entry, body) → the hand-coded recognizer_type and level of its recognition claims."""
    named = claims[(claims["claim_type"] == "recognition") & _named(claims["body"])]
    pairs = named[["entry_id", "body", "recognizer_type", "level"]].drop_duplicates()
    twice = pairs[pairs.duplicated(["entry_id", "body"], keep=False)]
    if not twice.empty:
        raise ValueError(f"claims.csv: one body coded with two types or levels for one entry: "
                         f"{sorted(set(zip(twice['entry_id'], twice['body'])))}")
    return pairs.rename(columns={"body": "agency_id", "level": "recognizer_level"})


def recognitions(entries: pd.DataFrame, agencies: pd.DataFrame, entry_agencies: pd.DataFrame,
                 claims: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct (entry, recognising body), with the body's type and level as coded on
    its recognition claims (`recognizer_type`, `recognizer_level`) and the entry's category."""
    rows = entry_agencies.loc[entry_agencies["role"] == "recognizer", ["entry_id", "agency_id", "mention"]]
    rows = (rows.groupby(["entry_id", "agency_id"], sort=True)["mention"]
            .agg(lambda m: ";".join(sorted(set(m)))).reset_index())
    table = rows.merge(agencies[["agency_id", "name_zh", "name_en", "type", "level"]], on="agency_id",
                       how="left", validate="many_to_one")
    missing = sorted(set(table.loc[table["name_zh"].isna(), "agency_id"]))
    if missing:
        raise ValueError(f"entry_agencies.csv: recognizer agency_id(s) not in agencies.csv: {missing}")
    table = table.merge(entries[["entry_id", "category"]], on="entry_id", how="left", validate="many_to_one")
    table = table.merge(_coded(claims), on=["entry_id", "agency_id"], how="left", validate="one_to_one")
    uncoded = sorted(set(zip(table.loc[table["recognizer_type"].isna(), "entry_id"],
                             table.loc[table["recognizer_type"].isna(), "agency_id"])))
    if uncoded:
        raise ValueError(f"entry_agencies.csv: recognizer(s) with no coded recognition claim in claims.csv: {uncoded}")
    return table.sort_values(["entry_id", "agency_id"], ignore_index=True)


def _level_rank(level: str) -> int:
    return RECOGNIZER_LEVELS.index(level) if level in RECOGNIZER_LEVELS else len(RECOGNIZER_LEVELS)


def _type_rank(kind: str) -> int:
    return RECOGNIZER_TYPE_IDS.index(kind) if kind in RECOGNIZER_TYPE_IDS else len(RECOGNIZER_TYPE_IDS)


def by_body(recognised: pd.DataFrame, categories: list[str]) -> pd.DataFrame:
    """Recognising bodies with the number of entries they recognised, in total and per category.

    Ordered by type of body (from the top of the hierarchy), then level, then frequency;
    `categories` fixes the column order.
    """
    counts = pd.crosstab(recognised["agency_id"], recognised["category"]).reindex(columns=categories, fill_value=0)
    counts.columns.name = None
    info = recognised.drop_duplicates("agency_id").set_index("agency_id")[
        ["name_zh", "name_en", "type", "recognizer_type", "recognizer_level"]]
    table = info.join(counts).reset_index()
    table["entries"] = table[categories].sum(axis=1)
    table["_type"] = table["recognizer_type"].map(_type_rank)
    table["_level"] = table["recognizer_level"].map(_level_rank)
    table = table.sort_values(["_type", "_level", "entries", "agency_id"], ascending=[True, True, False, True],
                              ignore_index=True)
    return table.drop(columns=["_type", "_level"])


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


def type_facts(recognised: pd.DataFrame, entries: pd.DataFrame) -> dict:
    """Entries recognised by each type of named body and at national level, how many bodies
    recognise one entry only, and the entries recognised in each award list."""
    def by(column: str, value: str) -> int:
        return recognised.loc[recognised[column] == value, "entry_id"].nunique()

    per_body = recognised.groupby("agency_id")["entry_id"].nunique()
    # the body's own level (agencies.csv): national and provincial bodies are never a Xiamen entry's units
    above = recognised.drop_duplicates("agency_id")["level"].isin(["national", "provincial"])
    reached = recognised.drop_duplicates("entry_id")["category"].value_counts()
    sizes = entries["category"].value_counts()
    lists = [f"{int(reached.get(c, 0))} of the {int(sizes.get(c, 0))} {CATEGORY_EN[c]}" for c in CATEGORIES]
    return {
        "entries_recognised_central": by("recognizer_type", "central_organ"),
        "entries_recognised_supreme": by("recognizer_type", "supreme_judicial"),
        "entries_recognised_media": by("recognizer_type", "media_or_portal"),
        "entries_recognised_provincial": by("recognizer_type", "provincial_organ"),
        "entries_recognised_city": by("recognizer_type", "city_organ"),
        "entries_recognised_unestablished": counted(by("recognizer_type", "unknown"), "entry", "entries"),
        "entries_recognised_national": by("recognizer_level", "national"),
        "recognizers_single_entry": int((per_body == 1).sum()),
        "recognizers_above_city_text": f"{int(above.sum())} of the {len(above)}",
        "entries_recognised_by_list": ", ".join(lists[:-1]) + " and " + lists[-1],
    }


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
