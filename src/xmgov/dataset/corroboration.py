"""What an outside lead says of a novelty claim (全国首个 …): data/annotations/novelty_leads.csv.

The article gives no source for any claim to be first; an outside page sometimes states a first
too. The editors list, per novelty claim (entry_id + span, and `occurrence` when an entry makes the
same claim twice), the words of the entry's lead (external_leads.evidence_snippet) that state a
first, and its `relation` to the claim: `same_first` when the lead states the same first, or
`other_first` when it states a different one (then it does not speak to this claim). A lead that
states the same first repeats the claim: it is most often the unit's own announcement reported
again, not an independent check. Such a claim is `trusted_lead` when that page's publisher is of a
class that can support a fact (official government or court site, official newspaper or
broadcaster), else `untrusted_lead`; a claim whose lead states another first is `other_first`;
every other novelty claim is `none`. Recognition claims are left empty.
"""

from __future__ import annotations

from pathlib import Path

from .annotations import load_csv
from .errors import DatasetError
from .external import SUPPORTS_HIGH
from .vocabulary import LEAD_RELATIONS

FILE = "novelty_leads.csv"
COLUMNS = ("entry_id", "span", "occurrence", "relation", "lead_words", "reason")


def _novelty_by_key(claims: list[dict]) -> dict[tuple[str, str, int], dict]:
    seen, out = {}, {}
    for c in sorted((c for c in claims if c["claim_type"] == "novelty"), key=lambda c: c["start"]):
        n = seen[(c["entry_id"], c["span"])] = seen.get((c["entry_id"], c["span"]), 0) + 1
        out[(c["entry_id"], c["span"], n)] = c
    return out


def apply(claims: list[dict], leads: list[dict], path: Path) -> list[dict]:
    """Set `corroboration`, `corroboration_url` and `corroboration_words` on every novelty claim."""
    table = load_csv(path, COLUMNS)
    novelty = _novelty_by_key(claims)
    lead_of = {lead["entry_id"]: lead for lead in leads}
    for c in novelty.values():
        c.update(corroboration="none", corroboration_url=None, corroboration_words=None)
    for i, row in enumerate(table.itertuples(index=False), 2):
        where = f"{path} line {i} (entry {row.entry_id}, span {row.span!r})"
        if not (row.lead_words.strip() and row.reason.strip() and row.occurrence.isdigit()):
            raise DatasetError(where, "needs lead_words, a reason and a whole-number occurrence")
        if row.relation not in LEAD_RELATIONS:
            raise DatasetError(where, f"relation {row.relation!r} is not one of {list(LEAD_RELATIONS)}")
        claim = novelty.get((row.entry_id, row.span, int(row.occurrence)))
        if claim is None:
            raise DatasetError(where, f"no novelty claim number {row.occurrence} with this span in the entry")
        if claim["corroboration"] != "none":
            raise DatasetError(where, "the claim is listed twice")
        lead = lead_of.get(row.entry_id)
        if lead is None:
            raise DatasetError(where, "the entry has no outside lead (data/external/external_leads.csv)")
        if row.lead_words not in lead["evidence_snippet"]:
            raise DatasetError(where, f"lead_words {row.lead_words!r} are not in the lead's evidence_snippet")
        if row.relation == "other_first":
            kind = "other_first"
        else:
            kind = "trusted_lead" if lead["source_trust"] in SUPPORTS_HIGH else "untrusted_lead"
        claim.update(corroboration=kind, corroboration_url=lead["source_url"], corroboration_words=row.lead_words)
    return claims
