"""Each entry's district and administrative level, with the words that justify them.

Rules, in order: the lead units of a numbered title; otherwise the bodies the text names as doing
the work (their district comes from the agency lexicon, whose notes give the basis); otherwise
a bare district name in the text; otherwise a citywide cue (全市, 我市) or a district-wide cue
(全区, 区级) outside the entry's claims. Anything else is `unknown`; hand overrides in data/annotations/entries.yaml carry
their own evidence and reason.
"""

from __future__ import annotations

import re
from .vocabulary import AGENCY_LEVELS

DISTRICTS = ("思明", "湖里", "海沧", "集美", "同安", "翔安")
DISTRICT_NAME = re.compile("|".join(DISTRICTS))
LEVEL_ORDER = list(AGENCY_LEVELS)
CITY_CUE = re.compile(r"全市|我市")
DISTRICT_CUE = re.compile(r"全区|区级")


def _highest(mentions, lexicon):
    return min(mentions, key=lambda m: LEVEL_ORDER.index(lexicon.agency(m.agency_id).level))


def _lexicon_basis(mention, lexicon) -> str:
    note = lexicon.agency(mention.agency_id).note
    return "rule: named body (agency lexicon)" + (f": {note}" if note else "")


def _cue(pattern, text, entry, claims):
    """First scope cue outside any claim (全市首个 or 在全市推广 say nothing about the entry's scope)."""
    for m in pattern.finditer(text, entry["start"], entry["end"]):
        if not any(c["start"] <= m.start() < c["end"] for c in claims):
            return m
    return None


def _district(text, entry, leads, doers, lexicon, claims) -> tuple[str, str, str]:
    if leads:
        top = _highest(leads, lexicon)
        if lexicon.agency(top.agency_id).level == "city":
            return "citywide", top.mention, "rule: a city-level lead unit in the title"
        found = {lexicon.agency(m.agency_id).district for m in leads}
        if len(found) == 1:
            return found.pop(), leads[0].mention, "rule: the title's lead unit"
    named = [(m.start, m.mention, lexicon.agency(m.agency_id).district, _lexicon_basis(m, lexicon))
             for m in doers if lexicon.agency(m.agency_id).district in DISTRICTS]
    named += [(m.start(), m.group(), m.group(), "rule: district name in the text")
              for m in DISTRICT_NAME.finditer(text, entry["start"], entry["end"])]
    named.sort()
    found = {d for _, _, d, _ in named}
    if len(found) == 1:
        _, evidence, district, basis = named[0]
        return district, evidence, basis
    if len(found) > 1:
        return "unknown", "、".join(e for _, e, _, _ in named), "rule: several districts named"
    city = [m for m in doers if lexicon.agency(m.agency_id).level == "city"]
    if city:
        return "citywide", city[0].mention, "rule: a city-level body named as doing the work"
    if m := _cue(CITY_CUE, text, entry, claims):
        return "citywide", m.group(), "rule: citywide cue"
    return "unknown", "", "rule: no district named"


def _level(text, entry, leads, doers, lexicon, claims) -> tuple[str, str, str]:
    for mentions, basis in ((leads, "rule: highest-level lead unit in the title"),
                            (doers, "rule: highest-level body named as doing the work")):
        if mentions:
            top = _highest(mentions, lexicon)
            return lexicon.agency(top.agency_id).level, top.mention, basis
    for cue, level in ((DISTRICT_CUE, "district"), (CITY_CUE, "city")):
        if m := _cue(cue, text, entry, claims):
            return level, m.group(), f"rule: {level}-wide cue"
    return "unknown", "", "rule: no level cue"


def infer_scope(text: str, entry: dict, leads: list, doers: list, lexicon, claims: list[dict]) -> dict:
    district, d_ev, d_basis = _district(text, entry, leads, doers, lexicon, claims)
    level, l_ev, l_basis = _level(text, entry, leads, doers, lexicon, claims)
    return {
        "district": district, "district_evidence": d_ev, "district_basis": d_basis,
        "level": level, "level_evidence": l_ev, "level_basis": l_basis,
    }
