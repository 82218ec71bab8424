"""Who takes part: agencies by type and level, bodies per entry, and crossings of systems and levels.

An agency's *type* comes from the dataset (`agencies.csv`). For the question "does collaboration
cross institutional boundaries?" types are grouped into *systems* — the institutional hierarchies
(系统) a Chinese body answers to. Two courts are one system; a court and a bank are two. The
mapping is explicit (`SYSTEM_OF_TYPE`) so that readers can disagree with it.
"""

from __future__ import annotations

import re

import pandas as pd
from ..dataset.vocabulary import AGENCY_LEVELS, UNKNOWN

# Roles that count as taking part in the work. `recognizer` (a body that praised, listed or
# promoted an entry) is deliberately absent: recognition is not collaboration.
COLLABORATOR_ROLES = ("lead", "implementer")

# Agency type (as in agencies.csv) -> system. Judicial covers courts and procuratorates (政法
# bodies other than the police); grassroots covers street offices, townships, communities and
# villages; society covers mass and social organisations; a district named as a whole ("local
# government") counts as government.
SYSTEM_OF_TYPE = {
    "party committee": "party",
    "government department": "government",
    "local government": "government",
    "court": "judicial",
    "procuratorate": "judicial",
    "public security": "public_security",
    "street office/township": "grassroots",
    "community/village": "grassroots",
    "mass organisation": "society",
    "social organisation": "society",
    "enterprise/financial institution": "finance",
    "national body": "national",
    "media": "media",
}
# One exception to "system follows type": the local offices of the central bank and of the
# banking and securities regulators are typed as government departments in the dataset, but they
# answer vertically to Beijing (垂直管理), not to the city government; they join banks and firms in
# the finance system. (The city's own 地方金融监督管理局 stays in government.)
CENTRAL_FINANCIAL_REGULATOR = re.compile(r"中国人民银行|人民银行|银保监|证监")

TYPE_LABELS = {
    "party committee": "党委 party committee",
    "government department": "政府部门 government dept.",
    "local government": "区 district (as a whole)",
    "court": "法院 court",
    "procuratorate": "检察院 procuratorate",
    "public security": "公安 public security",
    "street office/township": "街道镇 street office/township",
    "community/village": "社区村 community/village",
    "mass organisation": "群团 mass organisation",
    "social organisation": "社会组织 social organisation",
    "enterprise/financial institution": "企业金融机构 enterprise/financial inst.",
    "national body": "中央机关 national body",
    "media": "媒体 media",
}

SYSTEM_LABELS = {
    "party": "党委 party",
    "government": "政府 government",
    "judicial": "法院检察院 courts & procuratorates",
    "public_security": "公安 public security",
    "grassroots": "基层 grassroots",
    "society": "社会 society",
    "finance": "金融 finance (regulators, banks, firms)",
    "national": "中央 national",
    "media": "媒体 media",
}
# The English half of each system label, for lists inside table cells: one wording everywhere.
SYSTEM_NAMES_EN = {key: label.split(" ", 1)[1] for key, label in SYSTEM_LABELS.items()}

# Administrative levels from the top down, for ordering tables and telling whether an entry spans
# several tiers.
LEVEL_ORDER = (*AGENCY_LEVELS, UNKNOWN)


def system_of(agency_type: str) -> str:
    """The system an agency type belongs to; an unmapped type is an error, not a silent 'other'."""
    try:
        return SYSTEM_OF_TYPE[agency_type]
    except KeyError:
        raise ValueError(
            f"agencies.csv: agency type {agency_type!r} has no system in "
            f"xmgov.collaboration.actors.SYSTEM_OF_TYPE; add it there"
        ) from None


def with_system(agencies: pd.DataFrame) -> pd.DataFrame:
    """`agencies` with a `system` column derived from `type` (and the regulator exception)."""
    system = agencies["type"].map(system_of)
    regulator = agencies["name_zh"].str.contains(CENTRAL_FINANCIAL_REGULATOR)
    return agencies.assign(system=system.mask(regulator, "finance"))


def collaborations(entry_agencies: pd.DataFrame) -> pd.DataFrame:
    """Distinct (entry_id, agency_id) pairs where the agency leads or implements the entry.

    Every other role (recognizer, and any the dataset may add) is left out by construction.

    An agency mentioned twice in one entry, or as both lead and implementer, counts once; its
    roles are kept joined as `roles` (e.g. "implementer;lead").
    """
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
