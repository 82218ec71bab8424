"""The entries coded as the studies of innovation awards code theirs, and set beside their figures.

Why: the Xiamen awards have direct precedents, China's Local Government Innovation Award (LGIA) and
the US awards Borins studied. The hand coding (data/annotations/typology.csv) gives each entry a
domain type, a participation level and an origin code; its codebook (typology_codebook.yaml) holds
the definitions, the registry of named templates with the public sources read for each, and the
comparison rows. Both are checked strictly (every quote verbatim in the entry's text, every value
allowed, every template source's host classified in data/external/source_hosts.csv), and every
reference figure is read from data/literature/figures.csv, never typed here. A reference share is set
against the Xiamen interval at the precision of the published figure (`round_to`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from .. import paths
from ..dataset.errors import DatasetError
from ..dataset.external import SUPPORTS_HIGH, load_hosts, source_trust
from ..dataset.vocabulary import CATEGORIES
from .compare import wilson

TYPOLOGY = paths.ANNOTATIONS / "typology.csv"
CODEBOOK = paths.ANNOTATIONS / "typology_codebook.yaml"
FIGURES = paths.DATA / "literature" / "figures.csv"
BIBLIOGRAPHY = paths.ROOT / "references.bib"

TYPES = ("political", "administrative", "public_service", "social_governance")
PARTICIPATION = ("none", "consultation", "coproduction", "self_governance")
NON_STATE = ("coproduction", "self_governance")  # a non-state actor does part of the work
ORIGINS = ("local", "city_template", "national_template", "other_locality_template", "unclear")
TEMPLATE_USES = ("adopted", "adapted")
STATUSES = ("document_text_in_reprint", "secondary_report", "not_verified")
LEVELS = ("national", "city", "other_locality", "unverified")
# The template level each origin code allows (local may name the city's own model, at city level).
# Under unclear a template of known level is allowed only where the code depends on lost words.
ORIGIN_LEVEL = {"local": {"city"}, "city_template": {"city"}, "national_template": {"national"},
                "other_locality_template": {"other_locality"}, "unclear": set(LEVELS)}
COLUMNS = ["entry_id", "innovation_type", "innovation_type_alt", "type_quote", "type_rationale",
           "participation", "participants", "participation_quote", "origin", "template_use",
           "origin_template", "origin_quote", "origin_unclear_reason", "frame_terms", "note"]
LABELS = {"political": "political", "administrative": "administrative", "public_service": "public service",
          "social_governance": "social governance", "none": "none", "consultation": "consultation",
          "coproduction": "coproduction", "self_governance": "self-governance", "local": "local",
          "city_template": "Xiamen template", "national_template": "national template",
          "other_locality_template": "other locality's template", "unclear": "unclear"}


class TypologyError(ValueError):
    """The typology coding or its codebook is inconsistent (the message names file, entry, problem)."""


def _fail(path: Path, where: str, problem: str) -> None:
    raise TypologyError(f"{path}: {where}: {problem}")


def round_to(x: float, step: float = 1) -> float:
    """x rounded half up to a multiple of step: the precision of a published figure (25.988 -> 26)."""
    return math.floor(x / step + 0.5) * step


def _host_trust(url: str, hosts: dict[str, str], path: Path, where: str) -> str:
    try:
        return source_trust(url, hosts, f"{path}: {where}")
    except DatasetError as err:
        raise TypologyError(str(err)) from None


def _check_template(t: dict, hosts: dict[str, str], path: Path) -> None:
    where = f"template {t.get('id')!r}"
    if t.get("status") not in STATUSES:
        _fail(path, where, f"status must be one of {list(STATUSES)}")
    if t.get("level") not in LEVELS:
        _fail(path, where, f"unknown level {t.get('level')!r}")
    if (t["level"] == "unverified") != (t["status"] == "not_verified"):
        _fail(path, where, "level 'unverified' goes with status 'not_verified', and only with it")
    if not t.get("cue") or not t.get("sources"):
        _fail(path, where, "needs a cue and at least one source")
    for s in t["sources"]:
        if "host_trust" in s:
            _fail(path, where, "host_trust is not typed in the codebook: it is looked up in source_hosts.csv")
        if not all(s.get(k) for k in ("url", "publisher", "evidence", "snippet")):
            _fail(path, where, "each source needs url, publisher, evidence and snippet")
        s["host_trust"] = _host_trust(s["url"], hosts, path, where)
    for b in t.get("began_locally") or []:
        i = b.get("source")
        if t["level"] != "national":
            _fail(path, where, "began_locally is recorded for national templates only")
        if not b.get("place") or not b.get("words") or not isinstance(i, int) or not 1 <= i <= len(t["sources"]):
            _fail(path, where, "each began_locally needs place, words and the 1-based index of a source")
        if b["words"] not in t["sources"][i - 1]["snippet"]:
            _fail(path, where, f"began_locally words {b['words']!r} are not in source {i}'s snippet")


def read_codebook(path: Path = CODEBOOK, hosts: dict[str, str] | None = None) -> dict:
    """The codebook, checked: the categories the module knows, a well-formed template registry (each
    source's host trust looked up in source_hosts.csv) and comparison rows that point at a coded
    column."""
    path = Path(path)
    hosts = load_hosts() if hosts is None else hosts
    book = yaml.safe_load(path.read_text(encoding="utf-8"))
    for section, key, expected in (("innovation_type", "types", TYPES), ("participation", "levels", PARTICIPATION),
                                   ("origin", "codes", ORIGINS)):
        found = tuple(book.get(section, {}).get(key, {}))
        if found != expected:
            _fail(path, f"{section}.{key}", f"expected {list(expected)} in this order, found {list(found)}")
    ids = set()
    for t in book["origin"]["templates"]:
        if t.get("id") in ids:
            _fail(path, f"template {t.get('id')!r}", "template id given twice")
        ids.add(t.get("id"))
        _check_template(t, hosts, path)
    coded = {"innovation_type": TYPES, "participation": PARTICIPATION, "origin": ORIGINS}
    for c in book["comparisons"]:
        column, values = c["xiamen"]["column"], c["xiamen"]["values"]
        if column not in coded or not set(values) <= set(coded[column]):
            _fail(path, f"comparison {c.get('id')!r}", f"compares {column}={values}, not a coded value")
        if not all(c.get(k) for k in ("caveat", "caveat_short", "source_key", "figure")):
            _fail(path, f"comparison {c.get('id')!r}", "needs source_key, figure, caveat and caveat_short")
        if not isinstance(c.get("positioned"), bool):
            _fail(path, f"comparison {c.get('id')!r}", "positioned must be true or false")
        if c["positioned"] and (c.get("reference_pct") is None or not c.get("precision_pct")):
            _fail(path, f"comparison {c.get('id')!r}", "a positioned comparison needs reference_pct and precision_pct")
    return book


def began_locally_text(t: dict) -> str:
    """"成都市人民法院, Chengdu's courts, 2016": where a national template began, per a source read."""
    return "; ".join(b["place"] + (f", {b['year']}" if b.get("year") else "") for b in t.get("began_locally") or [])


def templates(book: dict) -> pd.DataFrame:
    """The template registry as a table, one row per template: its evidence (every source's kind and
    host trust class), where it began locally if a source says so, and its first source spelt out."""
    rows = []
    for t in book["origin"]["templates"]:
        first = t["sources"][0]
        rows.append({"template_id": t["id"], "name_zh": t["name_zh"], "name_en": t["name_en"],
                     "level": t["level"], "status": t["status"], "origin_as_read": " ".join(t["origin_as_read"].split()),
                     "began_locally": began_locally_text(t),
                     "cue": "|".join(t["cue"]), "sources": len(t["sources"]),
                     "evidence": "; ".join(f"{s['evidence']} [{s['host_trust']}]" for s in t["sources"]),
                     "host_trust": "|".join(s["host_trust"] for s in t["sources"]),
                     "source_url": first["url"], "source_publisher": first["publisher"],
                     "source_snippet": first["snippet"],
                     "official_host": any(s["host_trust"] in SUPPORTS_HIGH for s in t["sources"])})
    return pd.DataFrame(rows)


def _split(cell: str) -> list[str]:
    return [x for x in cell.split(";") if x]


def _check_row(row: pd.Series, entry: pd.Series, registry: pd.DataFrame, participants: set, where) -> None:
    text = str(entry["description"])
    if row.innovation_type not in TYPES:
        where(f"innovation_type {row.innovation_type!r} is not one of {list(TYPES)}")
    if row.innovation_type_alt and (row.innovation_type_alt not in TYPES or row.innovation_type_alt == row.innovation_type):
        where(f"innovation_type_alt {row.innovation_type_alt!r} must be another type or empty")
    if row.participation not in PARTICIPATION:
        where(f"participation {row.participation!r} is not one of {list(PARTICIPATION)}")
    named = _split(row.participants)
    if not set(named) <= participants:
        where(f"unknown participants {sorted(set(named) - participants)}")
    if (row.participation == "none") != (not named) or (row.participation == "none") != (not row.participation_quote):
        where("participants and participation_quote are given exactly when participation is not 'none'")
    if row.origin not in ORIGINS:
        where(f"origin {row.origin!r} is not one of {list(ORIGINS)}")
    for label, quote in (("type_quote", row.type_quote), ("participation_quote", row.participation_quote),
                         ("origin_quote", row.origin_quote), *(("frame_terms", t) for t in _split(row.frame_terms))):
        if quote and quote not in text:
            where(f"{label} {quote!r} is not in the entry's description")
    if not row.type_quote:
        where("type_quote is empty")
    _check_origin(row, entry, registry, where)


def _words_lost(entry: pd.Series) -> bool:
    """Whether the entry's unit is unknown (its title lost) or its text has a lacuna."""
    return str(entry["level"]) == "unknown" or bool(entry["has_lacuna"])


def _check_origin(row: pd.Series, entry: pd.Series, registry: pd.DataFrame, where) -> None:
    if row.origin == "local" and row.template_use:
        where("a local entry has no template_use")
    if row.origin not in ("local", "unclear") and row.template_use not in TEMPLATE_USES:
        where(f"template_use must be one of {list(TEMPLATE_USES)} when a template is named")
    if row.origin == "unclear" and row.template_use and row.template_use not in TEMPLATE_USES:
        where(f"template_use must be empty or one of {list(TEMPLATE_USES)}")
    if row.origin != "local" and not row.origin_template:
        where(f"origin {row.origin!r} needs origin_template")
    if row.origin_template:
        _check_template_fit(row, entry, registry, where)
    if (row.origin == "unclear") != bool(row.origin_unclear_reason):
        where("origin_unclear_reason is given exactly when origin is 'unclear'")


def _check_template_fit(row: pd.Series, entry: pd.Series, registry: pd.DataFrame, where) -> None:
    if row.origin_template not in registry.index:
        where(f"origin_template {row.origin_template!r} is not in the codebook's template registry")
    template = registry.loc[row.origin_template]
    if template["level"] not in ORIGIN_LEVEL[row.origin]:
        where(f"origin {row.origin!r} does not fit template {row.origin_template!r} of level {template['level']!r}")
    if row.origin == "local" and str(entry["level"]) != "city":
        where(f"a local entry naming the city's model must be at city level, not {entry['level']!r} "
              "(code city_template, or unclear if the unit is unknown)")
    if row.origin == "unclear" and template["level"] != "unverified" and not _words_lost(entry):
        where(f"template {row.origin_template!r} has a known level, and the entry's unit and text are whole: "
              "the origin can be coded")
    if not any(cue in row.origin_quote for cue in template["cue"].split("|")):
        where(f"origin_quote {row.origin_quote!r} does not name template {row.origin_template!r}")


def read_coding(entries: pd.DataFrame, path: Path = TYPOLOGY, book: dict | None = None) -> pd.DataFrame:
    """The coding, checked against the entries and the codebook; in the entries' order, with the
    award category and the template's status and source joined."""
    path = Path(path)
    book = book if book is not None else read_codebook()
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in COLUMNS if c not in table.columns]
    if missing:
        _fail(path, "header", f"missing column(s) {missing}")
    dup = sorted(table.loc[table["entry_id"].duplicated(), "entry_id"])
    if dup:
        _fail(path, f"entry {dup[0]}", "coded more than once")
    entries = entries.sort_values("seq")
    expected = list(entries["entry_id"])
    absent, unknown = sorted(set(expected) - set(table["entry_id"])), sorted(set(table["entry_id"]) - set(expected))
    if absent:
        _fail(path, f"entry {absent[0]}", f"not coded ({len(absent)} entries missing: {absent})")
    if unknown:
        _fail(path, f"entry {unknown[0]}", "coded but not among the entries")
    registry = templates(book).set_index("template_id")
    by_id = entries.set_index("entry_id")
    participants = set(book["participation"]["participants"])
    for row in table.itertuples(index=False):
        def where(problem, entry=row.entry_id):
            _fail(path, f"entry {entry}", problem)
        _check_row(pd.Series(row._asdict()), by_id.loc[row.entry_id], registry, participants, where)
    out = table.set_index("entry_id").loc[expected].reset_index()
    out.insert(1, "category", list(entries["category"]))
    joined = out["origin_template"].map(lambda t: registry.loc[t] if t else None)
    out["template_status"] = [j["status"] if j is not None else "" for j in joined]
    out["template_source"] = [f"{j['source_url']} ({j['source_publisher']})" if j is not None else "" for j in joined]
    return out


def shares(coding: pd.DataFrame, column: str, levels, by: str | None = None, groups=None) -> pd.DataFrame:
    """Count and per cent of entries at each level of `column` (with a 95% Wilson interval), over
    all entries ('all') and, if `by` is given, within each of its `groups`, in the order given."""
    blocks = [("all", coding)]
    if by:
        blocks += [(g, coding[coding[by] == g]) for g in (groups if groups is not None else sorted(coding[by].unique()))]
    rows = []
    for group, sub in blocks:
        n = len(sub)
        for level in levels:
            k = int((sub[column] == level).sum())
            low, high = wilson(k, n) if n else (float("nan"), float("nan"))
            rows.append({"group": group, "level": level, "k": k, "n": n,
                         "pct": 100 * k / n if n else float("nan"), "ci_low": 100 * low, "ci_high": 100 * high})
    return pd.DataFrame(rows)


def read_figures(path: Path = FIGURES) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def bib_keys(path: Path = BIBLIOGRAPHY) -> set[str]:
    """The citation keys of a BibTeX file."""
    return set(re.findall(r"^@\w+\{([^,\s]+),", Path(path).read_text(encoding="utf-8"), re.MULTILINE))


def figure_row(figures: pd.DataFrame, source_key: str, figure: str) -> pd.Series:
    """The one row of figures.csv with this source and figure text; an error if not exactly one."""
    found = figures[(figures["source_key"] == source_key) & (figures["figure"] == figure)]
    if len(found) != 1:
        raise TypologyError(f"{FIGURES}: {len(found)} rows for source {source_key!r} and figure {figure!r} "
                            f"(the comparison needs exactly one)")
    return found.iloc[0]


def comparison(coding: pd.DataFrame, book: dict, figures: pd.DataFrame, keys: set[str]) -> pd.DataFrame:
    """One row per codebook comparison: the Xiamen count and share (Wilson 95% interval; for types
    also counting the alternative type), the reference figure with its source, denominator and the
    caveat on what is comparable. Where the comparison is positioned, the interval's bounds are
    rounded to the published figure's precision (half up) and a reference equal to a rounded bound
    counts as inside; elsewhere reference_inside_ci is empty."""
    rows = []
    n = len(coding)
    for c in book["comparisons"]:
        for key in filter(None, (c["source_key"], c.get("read_in"), c.get("reports"))):
            if key not in keys:
                raise TypologyError(f"{CODEBOOK}: comparison {c['id']!r}: {key!r} is not in {BIBLIOGRAPHY.name}")
        ref = figure_row(figures, c["source_key"], str(c["figure"]))
        column, values = c["xiamen"]["column"], c["xiamen"]["values"]
        k = int(coding[column].isin(values).sum())
        low, high = wilson(k, n)
        alt = int((coding[column].isin(values) | coding["innovation_type_alt"].isin(values)).sum()) \
            if column == "innovation_type" else k
        pct = c.get("reference_pct")
        step = c.get("precision_pct") or 1
        lo_r, hi_r = round_to(100 * low, step), round_to(100 * high, step)
        rows.append({
            "comparison_id": c["id"], "xiamen_measure": f"{column} = {' or '.join(values)}",
            "xiamen_k": k, "xiamen_n": n, "xiamen_pct": 100 * k / n, "ci_low": 100 * low, "ci_high": 100 * high,
            "ci_low_rounded": lo_r, "ci_high_rounded": hi_r, "precision_pct": float(step),
            "xiamen_k_with_alt": alt, "xiamen_pct_with_alt": 100 * alt / n,
            "reference_category": c["reference_category"], "reference_figure": ref["figure"],
            "reference_text": str(c.get("reference_text", ref["figure"])),
            "reference_pct": float(pct) if pct is not None else float("nan"),
            "positioned": c["positioned"],
            "reference_inside_ci": (lo_r <= float(pct) <= hi_r) if c["positioned"] else pd.NA,
            "reference_denominator": ref["denominator"], "source_key": c["source_key"],
            "read_in": c.get("read_in", ""), "reports": c.get("reports", ""), "where_read": ref["where_read"],
            "caveat": " ".join(c["caveat"].split()), "caveat_short": " ".join(c["caveat_short"].split()),
        })
    return pd.DataFrame(rows)


@dataclass
class Typology:
    coding: pd.DataFrame
    book: dict
    templates: pd.DataFrame
    types: pd.DataFrame
    participation: pd.DataFrame
    origin: pd.DataFrame
    comparison: pd.DataFrame
    entries: pd.DataFrame


def analyse(entries: pd.DataFrame, path: Path = TYPOLOGY, codebook: Path = CODEBOOK) -> Typology:
    book = read_codebook(codebook)
    coding = read_coding(entries, path, book)
    return Typology(
        coding=coding, book=book, templates=templates(book),
        types=shares(coding, "innovation_type", TYPES, "category", CATEGORIES),
        participation=shares(coding, "participation", PARTICIPATION, "category", CATEGORIES),
        origin=shares(coding, "origin", ORIGINS, "category", CATEGORIES),
        comparison=comparison(coding, book, read_figures(), bib_keys()),
        entries=entries.sort_values("seq", ignore_index=True),
    )


def facts(t: Typology) -> dict:
    """The glued values of the typology section (`typology_text.facts`)."""
    from .typology_text import facts as section_facts

    return section_facts(t)


def tables(t: Typology) -> list[tuple[str, pd.DataFrame, str]]:
    """The section's tables as (slug, frame, caption) (`typology_text.tables`)."""
    from .typology_text import tables as section_tables

    return section_tables(t)
