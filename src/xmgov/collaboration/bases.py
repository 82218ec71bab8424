"""Collaboration by where each body's name comes from, because the three sources support different
claims.

The mirrored article lost the titles of most entries, and the titles that survive each end in a
list of the units behind the entry (`N.title(units)`): the original named units for every entry.
So a count over all entries of "bodies named" mixes three bases — the unit lists of the surviving
titles, bodies named in the descriptions (which survive for every entry), and outside pages — and
only the description base is on an equal footing across entries. This module computes each base
on its own, and the article alone (titles and descriptions) against all three together.
"""

from __future__ import annotations

import pandas as pd

from . import actors
from .graphs import collaboration_network

# (label, sources it takes rows from), in the order the chapter's table shows them.
BASES = (
    ("surviving titles' unit lists", ("title",)),
    ("bodies named in the descriptions", ("text",)),
    ("outside pages (trusted, high confidence)", ("external",)),
    ("the article (titles and descriptions)", ("title", "text")),
    ("all three (the network of this chapter)", ("title", "text", "external")),
)
TITLE, TEXT, EXTERNAL, ARTICLE, ALL = (label for label, _ in BASES)


def rows_of(entry_agencies: pd.DataFrame, sources: tuple[str, ...]) -> pd.DataFrame:
    """The entry–agency rows taken from the given sources."""
    return entry_agencies[entry_agencies["source"].isin(sources)]


def in_reach(entries: pd.DataFrame, entry_agencies: pd.DataFrame, sources: tuple[str, ...]) -> int:
    """Entries a base could name bodies for at all: those with a surviving title (title lists),
    every entry (descriptions), those with a trusted outside page rated high confidence, which the
    data load as leads (outside pages; a medium-confidence page is only "reported elsewhere")."""
    reach = set()
    if "title" in sources:
        reach |= set(entries.loc[entries["title"].notna(), "entry_id"])
    if "text" in sources:
        reach |= set(entries["entry_id"])
    if "external" in sources:
        used = (entry_agencies["source"] == "external") & (entry_agencies["role"] == "lead")
        reach |= set(entry_agencies.loc[used, "entry_id"])
    return len(reach)


def profiles(entries: pd.DataFrame, agencies: pd.DataFrame, entry_agencies: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The entry profile (bodies, systems, levels per entry) under each base, by base label."""
    return {label: actors.entry_profile(entries, agencies, rows_of(entry_agencies, sources))
            for label, sources in BASES}


def by_base(entries: pd.DataFrame, agencies: pd.DataFrame, entry_agencies: pd.DataFrame,
            per_base: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per base: entries in its reach, entries naming one body or more and two or more,
    distinct bodies, ties of the projection, entries crossing systems and levels, and the body (or
    bodies) with the highest weighted degree."""
    rows = []
    for label, sources in BASES:
        p = per_base[label]
        two_mode, projection = collaboration_network(entries, agencies, rows_of(entry_agencies, sources))
        degree = dict(projection.degree(weight="weight"))
        most = max(degree.values(), default=0)
        names = agencies.set_index("agency_id")["name_zh"]
        top = "、".join(f"{names[a]} ({int(d)})" for a, d in sorted(degree.items()) if d == most > 0)
        rows.append({"base": label, "entries in reach": in_reach(entries, entry_agencies, sources),
                     "name a body": int((p["bodies"] > 0).sum()), "name two or more": int(p["multi_body"].sum()),
                     "bodies": len(set(";".join(p["agency_ids"]).split(";")) - {""}),
                     "ties": projection.number_of_edges(),
                     "cross systems": int(p["cross_system"].sum()), "cross levels": int(p["cross_level"].sum()),
                     "highest weighted degree": top})
    return pd.DataFrame(rows)


def multi_entries(profile: pd.DataFrame) -> list[str]:
    """Entries naming two or more bodies under a base, in id order."""
    return sorted(profile.loc[profile["multi_body"], "entry_id"])


def shared_bodies(profile: pd.DataFrame) -> list[str]:
    """Agency ids that sit in two or more of a base's multi-body entries."""
    ids = profile.loc[profile["multi_body"], "agency_ids"].str.split(";").explode()
    counts = ids.value_counts()
    return sorted(counts[counts >= 2].index)


def widest(profile: pd.DataFrame) -> list[str]:
    """The entries naming the most bodies under a base."""
    named = profile[profile["bodies"] > 0]
    return sorted(named.loc[named["bodies"] == named["bodies"].max(), "entry_id"])
