"""Who takes part: agencies by type and level, bodies per entry, and crossings of systems and levels.

An agency's *type* comes from the dataset (`agencies.csv`). For the question "does collaboration
cross institutional boundaries?" types are grouped into *systems* — the institutional hierarchies
(系统) a Chinese body answers to. Two courts are one system; a court and a bank are two. The
mapping is explicit (`SYSTEM_OF_TYPE`) so that readers can disagree with it.
"""

from __future__ import annotations

import pandas as pd

# Roles that count as taking part in the work. `recognizer` (a body that praised, listed or
# promoted an entry) is deliberately absent: recognition is not collaboration.
COLLABORATOR_ROLES = ("lead", "implementer")

# Agency type (as in agencies.csv) -> system. Judicial covers courts and procuratorates (政法
# bodies outside the police); grassroots covers street offices, townships, communities and
# villages; society covers mass and social organisations; market covers enterprises, banks and
# other financial institutions.
SYSTEM_OF_TYPE = {
    "party_committee": "party",
    "government_department": "government",
    "court": "judicial",
    "procuratorate": "judicial",
    "public_security": "public_security",
    "street_office": "grassroots",
    "township": "grassroots",
    "community": "grassroots",
    "village": "grassroots",
    "mass_organisation": "society",
    "social_organisation": "society",
    "enterprise": "market",
    "financial_institution": "market",
    "national_body": "national",
    "media": "media",
}

TYPE_LABELS = {
    "party_committee": "党委 party committee",
    "government_department": "政府部门 government dept.",
    "court": "法院 court",
    "procuratorate": "检察院 procuratorate",
    "public_security": "公安 police",
    "street_office": "街道 street office",
    "township": "镇 township",
    "community": "社区 community",
    "village": "村 village",
    "mass_organisation": "群团 mass organisation",
    "social_organisation": "社会组织 social organisation",
    "enterprise": "企业 enterprise",
    "financial_institution": "金融机构 financial institution",
    "national_body": "中央机关 national body",
    "media": "媒体 media",
}

SYSTEM_LABELS = {
    "party": "党委 party",
    "government": "政府 government",
    "judicial": "法院检察院 judicial",
    "public_security": "公安 public security",
    "grassroots": "基层 grassroots",
    "society": "社会 society",
    "market": "市场金融 market/finance",
    "national": "中央 national",
    "media": "媒体 media",
}

# Administrative levels from the top down, for ordering tables and telling whether an entry spans
# several tiers.
LEVEL_ORDER = ("national", "provincial", "city", "district", "street", "community", "village", "unknown")


def system_of(agency_type: str) -> str:
    """The system an agency type belongs to; an unmapped type is an error, not a silent 'other'."""
    try:
        return SYSTEM_OF_TYPE[agency_type]
    except KeyError:
        raise ValueError(
            f"agencies.csv: agency type {agency_type!r} has no system in "
            f"xmgov.network.actors.SYSTEM_OF_TYPE; add it there"
        ) from None


def with_system(agencies: pd.DataFrame) -> pd.DataFrame:
    """`agencies` with a `system` column derived from `type`."""
    return agencies.assign(system=agencies["type"].map(system_of))


def collaborations(entry_agencies: pd.DataFrame) -> pd.DataFrame:
    """Distinct (entry_id, agency_id) pairs where the agency leads or implements the entry.

    An agency mentioned twice in one entry, or as both lead and implementer, counts once; its
    roles are kept joined as `roles` (e.g. "implementer;lead").
    """
    unknown = set(entry_agencies["role"]) - {*COLLABORATOR_ROLES, "recognizer"}
    if unknown:
        raise ValueError(f"entry_agencies.csv: unknown role(s) {sorted(unknown)}")
    rows = entry_agencies[entry_agencies["role"].isin(COLLABORATOR_ROLES)]
    pairs = (
        rows.groupby(["entry_id", "agency_id"], sort=True)["role"]
        .agg(lambda roles: ";".join(sorted(set(roles))))
        .rename("roles")
        .reset_index()
    )
    assert not pairs["roles"].str.contains("recognizer").any()
    return pairs


def agency_counts(agencies: pd.DataFrame, entry_agencies: pd.DataFrame) -> pd.DataFrame:
    """Collaborating agencies by system, type and level, with the number of entries they take part in."""
    pairs = collaborations(entry_agencies)
    active = with_system(agencies).merge(
        pairs.groupby("agency_id").size().rename("entries").reset_index(), on="agency_id"
    )
    table = (
        active.groupby(["system", "type", "level"])
        .agg(agencies=("agency_id", "size"), entry_links=("entries", "sum"))
        .reset_index()
    )
    return table.sort_values(["agencies", "system", "type", "level"], ascending=[False, True, True, True],
                             ignore_index=True)


def entry_profile(entries: pd.DataFrame, agencies: pd.DataFrame, entry_agencies: pd.DataFrame) -> pd.DataFrame:
    """One row per entry: how many collaborating bodies it names and which systems and levels they span.

    Every entry appears, including those that name no body (`bodies` = 0). `cross_system` means
    bodies from two or more systems; `cross_level` means bodies at two or more administrative levels.
    """
    pairs = collaborations(entry_agencies).merge(
        with_system(agencies)[["agency_id", "system", "level"]], on="agency_id", how="left", validate="many_to_one"
    )
    missing = pairs.loc[pairs["system"].isna(), "agency_id"]
    if len(missing):
        raise ValueError(f"entry_agencies.csv: agency_id(s) not in agencies.csv: {sorted(set(missing))}")
    level_rank = {level: i for i, level in enumerate(LEVEL_ORDER)}
    per_entry = pairs.groupby("entry_id").agg(
        bodies=("agency_id", "nunique"),
        leads=("roles", lambda r: int(r.str.contains("lead").sum())),
        systems=("system", lambda s: ";".join(sorted(set(s)))),
        levels=("level", lambda s: ";".join(sorted(set(s), key=lambda v: level_rank.get(v, len(level_rank))))),
        agency_ids=("agency_id", lambda s: ";".join(sorted(set(s)))),
    )
    profile = entries[["entry_id", "category", "level", "district"]].rename(
        columns={"level": "entry_level", "district": "entry_district"}
    ).merge(per_entry.reset_index(), on="entry_id", how="left")
    profile[["bodies", "leads"]] = profile[["bodies", "leads"]].fillna(0).astype(int)
    profile[["systems", "levels", "agency_ids"]] = profile[["systems", "levels", "agency_ids"]].fillna("")
    profile["n_systems"] = profile["systems"].map(lambda s: len(s.split(";")) if s else 0)
    known_levels = profile["levels"].map(lambda s: [v for v in s.split(";") if v and v != "unknown"])
    profile["n_levels"] = known_levels.map(len)
    profile["multi_body"] = profile["bodies"] >= 2
    profile["cross_system"] = profile["n_systems"] >= 2
    profile["cross_level"] = profile["n_levels"] >= 2
    return profile.sort_values("entry_id", ignore_index=True)


def body_count_distribution(profile: pd.DataFrame) -> pd.DataFrame:
    """How many entries name 0, 1, 2, … collaborating bodies, by category."""
    table = pd.crosstab(profile["bodies"], profile["category"]).rename_axis(columns=None)
    table["all"] = table.sum(axis=1)
    return table.reset_index()
