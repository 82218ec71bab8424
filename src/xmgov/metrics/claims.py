"""Claims to be first (novelty) and claims to have been noticed by others (recognition).

A novelty claim (全国首创 "first in the country", 全省首家 "first in the province") is the unit's
own statement, which an outside page sometimes repeats (claims.corroboration: a page stating the
same first reports the claim again, it does not check it); a recognition
claim reports that another body awarded, listed, endorsed or replicated the work. Who that body
is, is coded by hand as a type (a ministry, a court, a jury, a newspaper …) and, separately, a
level. Counts are of claims (one entry may make several) and, separately, of entries.
"""

from __future__ import annotations

import pandas as pd

from ..dataset.vocabulary import RECOGNIZER_TYPE_EN, RECOGNIZER_TYPE_IDS, RECOGNIZER_TYPE_ZH
from .frame import CATEGORIES, LEVELS, NOVELTY_LEVELS, entry_labels, entry_recognition, require, with_category

RECOGNITION_KINDS = ("award", "listing", "endorsement", "replication")
UNNAMED_BODY = "(body not named in the text)"
# Types of body whose national recognition is an act of the central state or the supreme
# judiciary, as against media coverage, an academic jury or a giver the text does not name.
STATE_TYPES = ("central_organ", "supreme_judicial")
# Recognition the dataset keeps as recognition of the entry although its recipient is not the
# entry's practice: the whole city, or an office, honoured. (entry, words of the span that say
# who received it, the recipient in English). Matched against the span, so a reworded claim is
# simply no longer flagged.
# An honour to the team that runs the practice (该平台办案团队被…表彰) is recognition of the entry:
# the team is the entry's own, unlike the whole city. Found by this word in the span. So is an
# honour to the unit the dataset records as implementing the entry (P26's 市委网信办).
TEAM = "团队"
# Novelty claims whose outside lead states the same first (claims.corroboration): it repeats the claim.
REPEATED = ("trusted_lead", "untrusted_lead")
RECIPIENT_NOT_PRACTICE = (
    ("P16", "厦门被", "the whole city: 厦门被…命名为, 'Xiamen was named' a national food-safety model city"),
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


def type_label(recognizer_type: str) -> str:
    """'central Party or state organ 中央党政机关' for a recognizer type."""
    return f"{RECOGNIZER_TYPE_EN[recognizer_type]} {RECOGNIZER_TYPE_ZH[recognizer_type]}"


def recognition(claims: pd.DataFrame, entries: pd.DataFrame, agencies: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per recognition claim of an entry (not of individuals): entry, category, body name,
    level, type of body, kind and the span."""
    _check(claims)
    require(claims, "claims.csv", ("recognizer_type",))
    rec = entry_recognition(claims).copy()
    bad = sorted(set(rec["recognizer_type"].dropna()) - set(RECOGNIZER_TYPE_IDS))
    if bad or rec["recognizer_type"].isna().any():
        raise ValueError(f"claims.csv: recognition claim(s) with no or unknown recognizer_type {bad}; "
                         f"expected {RECOGNIZER_TYPE_IDS}")
    bad = sorted(set(rec.get("kind", pd.Series(dtype=str)).dropna()) - set(RECOGNITION_KINDS))
    if bad:
        raise ValueError(f"claims.csv: unknown recognition kind(s) {bad}; expected {RECOGNITION_KINDS}")
    rec["body_name"] = _bodies(rec, agencies)
    rec = with_category(rec, entries, "claims.csv")
    rec["label"] = rec["entry_id"].map(entry_labels(entries))
    rec["level"] = pd.Categorical(rec["level"], categories=LEVELS, ordered=True)
    if "kind" not in rec:
        rec["kind"] = pd.NA
    rec["recognizer_type"] = pd.Categorical(rec["recognizer_type"], categories=RECOGNIZER_TYPE_IDS, ordered=True)
    cols = ["entry_id", "label", "category", "level", "recognizer_type", "kind", "body_name", "span"]
    return rec[cols].sort_values(["level", "entry_id", "span", "body_name"], ignore_index=True)


def recognition_by_level_kind(claims: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Recognition claims by level (rows) and kind (columns), with totals."""
    rec = recognition(claims, entries)
    tab = pd.crosstab(rec["level"], rec["kind"], dropna=False)
    tab = tab.reindex(index=list(LEVELS), columns=list(RECOGNITION_KINDS), fill_value=0)
    tab["total"] = tab.sum(axis=1)
    tab.loc["total"] = tab.sum(axis=0)
    return tab


def recognition_by_type(claims: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Recognition claims by the type of the recognising body (rows, from the top of the hierarchy)
    and its level (columns), with the claims and the entries of each type and a total row."""
    rec = recognition(claims, entries)
    tab = pd.crosstab(rec["recognizer_type"], rec["level"], dropna=False)
    tab = tab.reindex(index=list(RECOGNIZER_TYPE_IDS), columns=list(LEVELS), fill_value=0)
    tab["claims"] = tab.sum(axis=1)
    tab["entries"] = rec.groupby("recognizer_type", observed=False)["entry_id"].nunique().reindex(
        tab.index, fill_value=0)
    tab.loc["total"] = [*tab.drop(columns="entries").sum(axis=0), rec["entry_id"].nunique()]
    tab.index = [type_label(t) if t in RECOGNIZER_TYPE_EN else t for t in tab.index]
    tab.columns.name = None
    return tab.rename_axis("type of body").reset_index()


def national_by_type(claims: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Entries recognised at national level: `state` when a central organ or the supreme court or
    procuratorate is among their national recognisers (STATE_TYPES), and the types of the others."""
    rec = recognition(claims, entries)
    national = rec[rec["level"] == "national"]
    types = national.groupby("entry_id")["recognizer_type"].agg(lambda t: tuple(sorted(set(t), key=RECOGNIZER_TYPE_IDS.index)))
    out = types.rename("types").reset_index()
    out["state"] = out["types"].map(lambda t: any(x in STATE_TYPES for x in t))
    return out.sort_values("entry_id", ignore_index=True)


def novelty_leads(claims: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Novelty claims with an outside lead that states a first: entry, span, level, what the lead
    says (the same first on a page of a trusted publisher class or of another, or a different
    first), the words of the lead that state it, and its URL."""
    _check(claims)
    require(claims, "claims.csv", ("corroboration", "corroboration_words", "corroboration_url"))
    nov = claims[(claims["claim_type"] == "novelty") & (claims["corroboration"].fillna("none") != "none")]
    out = nov.assign(label=nov["entry_id"].map(entry_labels(entries)))
    # The book prints the address of a trusted publisher's page only; for any other page it gives the
    # host, so that a spam or content-farm page is not advertised (the full URL stays in claims.csv).
    trusted = out["corroboration"] == "trusted_lead"
    host = out["corroboration_url"].str.extract(r"^https?://([^/]+)", expand=False)
    out["corroboration_url"] = out["corroboration_url"].where(trusted, "page on " + host + " (address in the data)")
    cols = ["entry_id", "label", "span", "level", "corroboration", "corroboration_words", "corroboration_url"]
    return out[cols].sort_values(["entry_id", "span"], ignore_index=True)


def recognition_by_body(claims: pd.DataFrame, entries: pd.DataFrame, agencies: pd.DataFrame | None) -> pd.DataFrame:
    """Recognizing bodies with their level and type, the kinds of recognition and the entries recognised."""
    rec = recognition(claims, entries, agencies)
    out = rec.groupby(["body_name", "level", "recognizer_type"], observed=True).agg(
        claims=("span", "size"),
        kinds=("kind", lambda s: ", ".join(sorted(set(s.dropna())))),
        entries=("entry_id", lambda s: ", ".join(sorted(set(s)))),
    ).reset_index()
    out = out.sort_values(["level", "recognizer_type", "claims", "body_name"], ascending=[True, True, False, True],
                          ignore_index=True)
    return out.assign(recognizer_type=out["recognizer_type"].map(RECOGNIZER_TYPE_EN).astype(str))


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


def team_honours(claims: pd.DataFrame) -> pd.DataFrame:
    """Recognition claims of an entry that honour its team (TEAM in the span): kept, and counted,
    as recognition of the entry."""
    _check(claims)
    rec = entry_recognition(claims)
    return rec[rec["span"].astype(str).str.contains(TEAM, regex=False)].sort_values(["entry_id", "span"],
                                                                                   ignore_index=True)
