"""The core stage: from the checked raw file and the hand inputs to the dataset's tables.

Order matters: segmentation gives the entries; spam and lacunae are logged; agencies are found in
titles and text; recognition claims decide which mentions are recognizers; scope rules then use
only the bodies doing the work; metrics skip lacunae; the hand coding of who recognised (type and
level) and of outside leads repeating claims to be first is merged into the claims last.
"""

from __future__ import annotations

from pathlib import Path

from . import schemas
from .agencies import Lexicon
from .annotations import check_entry, load_yaml, locate, require
from .claims import apply_overrides as claim_overrides, novelty_claims, recognition_claims
from . import corroboration, recognizers
from .clean import cleaned, cleaning_log, find_spam
from .errors import DatasetError
from .external import external_tables
from .lacunae import find_lacunae
from .metrics import extract_metrics
from .scope import infer_scope
from .segment import segment
from .source import Source, load_source
from .. import paths

ENTRY_ANNOTATIONS = "entries.yaml"
RECOGNIZER_COLUMNS = ("recognizer_type", "recognizer_type_basis", "recognizer_level_basis", "recognizer_source_url",
                      "recognizer_source_trust", "recognizer_scope_words")
CORROBORATION_COLUMNS = ("corroboration", "corroboration_url", "corroboration_words")
CLAIM_ANNOTATIONS = "claims.yaml"
GAPS = [
    {
        "gap_id": "organising_units",
        "what": "the 6 优秀组织单位 (outstanding organising units)",
        "stated_in_source": "评选出…以及6个优秀组织单位",
        "why": "the article announces six organising units but names none of them; the external "
               "leads' compilers found them on no public page they could read",
    },
    {
        "gap_id": "titles",
        "what": "titles of {untitled} and lead units of {unled} of the {entries} entries",
        "stated_in_source": "only 6 numbered title lines N.title(units) survive",
        "why": "the mirror lost most item headings; titles are filled only from high-confidence "
               "external leads, never guessed",
    },
    {
        "gap_id": "lacunae",
        "what": "figures and words cut out of some descriptions",
        "stated_in_source": "see lacunae.csv",
        "why": "the mirror cut passages mid-sentence; they are flagged, not repaired",
    },
]


def _entry_at(entries: list[dict]):
    regions = [((e["title_start"] if e["title_start"] is not None else e["start"]) - 1, e["end"], e["entry_id"])
               for e in entries]

    def at(offset: int) -> str | None:
        return next((eid for s, e, eid in regions if s <= offset <= e), None)

    return at


def _apply_scope_overrides(entry: dict, item: dict, text: str, where: str) -> None:
    for key in ("district", "level"):
        if key not in item:
            continue
        o = item[key]
        require(o, ("value", "reason"), f"{where} {key}")
        if o.get("evidence"):
            locate(text, entry, o["evidence"], f"{where} {key}")
        entry[key] = o["value"]
        entry[f"{key}_evidence"] = o.get("evidence") or ""
        entry[f"{key}_basis"] = f"override: {o['reason']}"


def gaps(entries: list[dict], links: list[dict]) -> list[dict]:
    """The documented gaps, with the counts of entries they affect computed, not typed."""
    counts = {"entries": len(entries),
              "untitled": sum(1 for e in entries if not e["title"]),
              "unled": len({e["entry_id"] for e in entries}
                           - {r["entry_id"] for r in links if r["role"] == "lead"})}
    return [{**gap, "what": gap["what"].format(**counts)} for gap in GAPS]


def build(workdir: Path, source: Source | None = None, lexicon: Lexicon | None = None,
          annotations: Path = paths.ANNOTATIONS) -> list[dict]:
    """Write the core tables into `workdir`; return their Frictionless resource descriptors."""
    source = source or load_source()
    lexicon = lexicon or Lexicon.load()
    text = source.text
    entries = segment(text)
    by_id = {e["entry_id"]: e for e in entries}
    if len(by_id) != len(entries):
        raise DatasetError("segmentation", "duplicated entry_id")
    entry_at = _entry_at(entries)
    spam = find_spam(text)
    lacunae = find_lacunae(text, entry_at)
    ann = load_yaml(ENTRY_ANNOTATIONS, annotations)
    ann_where = str(annotations / ENTRY_ANNOTATIONS)
    for eid in ann:
        check_entry(eid, by_id, f"{ann_where} entry {eid}")
    missing = [e["entry_id"] for e in entries if e["entry_id"] not in ann or not ann[e["entry_id"]].get("label_en")]
    if missing:
        raise DatasetError(ann_where, f"no label_en for entries {missing}")

    links, claims = [], []
    for e in entries:
        where = f"entry {e['entry_id']} (line {e['line']})"
        leads = lexicon.split_units(e["title_units"], e["title_units_start"], where) if e["title"] else []
        mentions = lexicon.find(text, e["start"], e["end"], spam)
        recog = recognition_claims(text, e["start"], e["end"], mentions)
        novel = novelty_claims(text, e["start"], e["end"])
        claims += [{**c, "entry_id": e["entry_id"]} for c in novel + recog]
        bodies = {c["body_start"] for c in recog if c["body"]}
        doers = []
        for m in mentions:
            default = lexicon.agency(m.agency_id).default_role
            role = "recognizer" if m.start in bodies else default
            if role == "recognizer" and m.start not in bodies:
                raise DatasetError(where, f"{m.mention!r} at {m.start} is a recognizer outside any recognition claim")
            if role == "implementer":
                doers.append(m)
            links.append({"entry_id": e["entry_id"], "agency_id": m.agency_id, "mention": m.mention,
                          "role": role, "source": "text", "start": m.start, "end": m.end})
        links += [{"entry_id": e["entry_id"], "agency_id": m.agency_id, "mention": m.mention, "role": "lead",
                   "source": "title", "start": m.start, "end": m.end} for m in leads]
        e.update(infer_scope(text, e, leads, doers, lexicon, novel + recog))
        _apply_scope_overrides(e, ann[e["entry_id"]], text, f"{ann_where} entry {e['entry_id']}")
        e["description"] = cleaned(text, e["start"], e["end"], spam)
        e["label_en"] = ann[e["entry_id"]]["label_en"]
        e["title_source"] = "article" if e["title"] else None
        e["has_lacuna"] = any(l["entry_id"] == e["entry_id"] for l in lacunae)

    ext_leads, ext_agencies, ext_titles = external_tables({e["seq"]: e for e in entries}, lexicon, annotations=annotations)
    for eid, (title, url) in ext_titles.items():
        by_id[eid].update(title=title, title_source=url)

    metrics, excluded = extract_metrics(text, entries, lacunae, spam, annotations)
    for c in claims:
        c.setdefault("source", "rule")
    claims = claim_overrides(claims, text, by_id, lexicon, annotations / CLAIM_ANNOTATIONS)
    claims = recognizers.apply(claims, annotations / recognizers.FILE)
    claims = corroboration.apply(claims, ext_leads, annotations / corroboration.FILE)
    for i, c in enumerate(sorted(claims, key=lambda c: (by_id[c["entry_id"]]["seq"], c["start"], c.get("body_start") or 0)), 1):
        c["claim_id"] = f"K{i:03d}"
        c.setdefault("kind", None)
        c.setdefault("recognized", None)
        for k in ("body", "body_mention", "body_start", "body_end", *RECOGNIZER_COLUMNS, *CORROBORATION_COLUMNS):
            c.setdefault(k, None)
    claims.sort(key=lambda c: c["claim_id"])
    links.sort(key=lambda r: (by_id[r["entry_id"]]["seq"], r["start"]))
    log = cleaning_log(spam, text, entry_at)
    order = lambda rows: sorted(rows, key=lambda r: (by_id[r["entry_id"]]["seq"], r["agency_id"], r["role"]))
    return [
        schemas.entries(workdir, entries),
        schemas.agencies(workdir, lexicon.agencies.sort_values("agency_id").to_dict("records")),
        schemas.entry_agencies(workdir, links),
        schemas.metrics(workdir, metrics),
        schemas.excluded_numbers(workdir, excluded),
        schemas.claims(workdir, claims),
        schemas.lacunae(workdir, lacunae),
        schemas.cleaning_log(workdir, log),
        schemas.gaps(workdir, gaps(entries, links)),
        schemas.external_leads(workdir, sorted(ext_leads, key=lambda r: r["seq"])),
        schemas.external_agencies(workdir, order(ext_agencies)),
    ]
