"""Talk of coordination versus the bodies an entry actually names.

The awards speak of 多部门协调联动 ("multi-department coordination"); an entry
*claims* coordination when its text uses one of `COORDINATION_TERMS`; we then compare with the
number of collaborating bodies (lead or implementer) the dataset found named for it.
"""

from __future__ import annotations

import pandas as pd

# Words that assert that several parties act together. 多元 covers 多元化 ("pluralistic", as in
# 多元化纠纷解决机制, dispute resolution through many channels); 联调 is joint mediation (警民联调,
# police-civil joint mediation); 跨部门 is "cross-department".
COORDINATION_TERMS = ("联动", "协同", "多元", "共治", "合力", "联合", "多部门", "多方", "协作", "共建", "联调",
                      "联防", "跨部门")


def coordination_terms(text: str) -> dict[str, int]:
    """Occurrences of each coordination term in `text` (terms absent are left out)."""
    return {term: text.count(term) for term in COORDINATION_TERMS if term in text}


def entry_text(entries: pd.DataFrame) -> pd.Series:
    """The text searched for each entry: its title (where the source gives one) and description."""
    return entries["title"].fillna("") + " " + entries["description"].fillna("")


def entries_using(entries: pd.DataFrame, phrases: tuple[str, ...]) -> dict[str, int]:
    """How many entries use each phrase at least once (a phrase used by none counts 0)."""
    text = entry_text(entries)
    return {phrase: int(text.str.contains(phrase, regex=False).sum()) for phrase in phrases}


def claims(entries: pd.DataFrame, profile: pd.DataFrame) -> pd.DataFrame:
    """One row per entry: coordination terms used, their count, and the number of named bodies.

    The text searched is `entry_text`. `profile` is `actors.entry_profile(...)`.
    """
    found = entry_text(entries).map(coordination_terms)
    table = pd.DataFrame({
        "entry_id": entries["entry_id"],
        "category": entries["category"],
        "terms": found.map(lambda f: ";".join(sorted(f))),
        "term_hits": found.map(lambda f: sum(f.values())).astype(int),
    })
    table["claims_coordination"] = table["term_hits"] > 0
    table = table.merge(profile[["entry_id", "bodies", "n_systems"]], on="entry_id", how="left", validate="one_to_one")
    return table.sort_values("entry_id", ignore_index=True)


def compare(claimed: pd.DataFrame) -> pd.DataFrame:
    """Entries that claim coordination versus those that do not: how many bodies each names."""
    grouped = claimed.groupby("claims_coordination")
    table = pd.DataFrame({
        "entries": grouped.size(),
        "name_no_body": grouped["bodies"].apply(lambda b: int((b == 0).sum())),
        "name_one_body": grouped["bodies"].apply(lambda b: int((b == 1).sum())),
        "name_several": grouped["bodies"].apply(lambda b: int((b >= 2).sum())),
        "mean_bodies": grouped["bodies"].mean(),
        "median_bodies": grouped["bodies"].median(),
    }).reindex([True, False])
    return table.rename_axis("claims_coordination").reset_index()


def term_frequency(claimed: pd.DataFrame) -> pd.DataFrame:
    """How many entries use each coordination term, most frequent first."""
    used = claimed["terms"].str.split(";").explode()
    counts = used[used != ""].value_counts().reindex(COORDINATION_TERMS, fill_value=0)
    table = counts.rename("entries").rename_axis("term").reset_index()
    return table.sort_values(["entries", "term"], ascending=[False, True], ignore_index=True)
