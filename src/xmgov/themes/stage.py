"""Publishing the codebook and both codings with the book's data (a stage of `make data`).

`stage(workdir)` loads the entries of the data package being built in workdir and writes into
workdir/themes/: the codebook as a table, the first and the blind second coding, the adjudication of
every cell they differ on, the adjudicated coding the chapters use, the dictionary coding and the
per-code agreement and reliability; it
returns their Frictionless resource descriptors (typed fields, primary keys, foreign keys to
`entries` and to the codebook) for the pipeline to add to datapackage.json.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..dataset.package import field, fields, file_facts
from . import agreement, codebook, coder, reliability, typology

SUBDIR = "themes"
CODEBOOK_RESOURCE = "theme-codebook"

_CODEBOOK_FIELDS = [
    ("code_id", "string", "Code identifier."),
    ("dimension", "string", "governance_mode (the five governances) or risk_domain."),
    ("label_zh", "string", "Chinese label as in the national framework."),
    ("label_en", "string", "English label (editorial)."),
    ("definition", "string", "What the code means."),
    ("include", "string", "Inclusion rule."),
    ("exclude", "string", "Exclusion rule."),
    ("keywords", "string", "Keywords of the dictionary coder, separated by '|'."),
    ("example_entry_id", "string", "An entry the editors coded with this code."),
]
_CODING_FIELDS = [
    ("entry_id", "string", "Entry id."),
    ("governance_mode", "string", "Governance-mode codes, separated by ';'."),
    ("risk_domain", "string", "Risk-domain codes, separated by ';'."),
    ("rationale", "string", "Why, quoting the entry's decisive words."),
]
_ADJUDICATED_FIELDS = _CODING_FIELDS[:3] + [
    ("adjudicated_cells", "string", "Codes whose value the adjudication set, separated by ';'."),
    ("reviewed_cells", "string", "Codes whose value the review under the codebook's version 2 changed, separated by ';'."),
]
_REVIEW_FIELDS = [
    ("entry_id", "string", "Entry id."),
    ("code_id", "string", "Code identifier."),
    ("adjudicated", "integer", "The cell's value after adjudication."),
    ("reviewed", "integer", "The cell's value after the review under the codebook's version 2."),
    ("rule", "string", "The codebook rule the review applied."),
    ("rationale", "string", "The entry's decisive words and why the rule applies."),
]
_ADJUDICATION_FIELDS = [
    ("entry_id", "string", "Entry id."),
    ("code_id", "string", "Code identifier."),
    ("first_coder", "integer", "1 if the first (editors') coding applies the code."),
    ("second_coder", "integer", "1 if the second coding applies the code."),
    ("adjudicated", "integer", "1 if the code applies after adjudication."),
    ("rule_unclear", "string", "yes if the codebook rule itself was unclear for this case."),
    ("rationale", "string", "The decisive words of the entry and the rule applied."),
]
_RELIABILITY_FIELDS = [
    ("code_id", "string", "Code identifier."),
    ("dimension", "string", "Dimension of the code."),
    ("n", "integer", "Entries coded by both coders."),
    ("first_positive", "integer", "Entries the first coding codes with the code."),
    ("second_positive", "integer", "Entries the second coding codes with the code."),
    ("both_positive", "integer", "Entries both code with the code."),
    ("disagreements", "integer", "Entries on which the two codings differ."),
    ("observed_agreement", "number", "Share of entries on which the coders agree."),
    ("cohen_kappa", "number", "Cohen's kappa; empty when undefined."),
    ("kappa_low", "number", "2.5th percentile of kappa over the bootstrap resamples."),
    ("kappa_high", "number", "97.5th percentile of kappa over the bootstrap resamples."),
    ("krippendorff_alpha", "number", "Krippendorff's alpha (nominal); empty when undefined."),
    ("alpha_low", "number", "2.5th percentile of alpha over the bootstrap resamples."),
    ("alpha_high", "number", "97.5th percentile of alpha over the bootstrap resamples."),
    ("draws", "integer", "Bootstrap resamples of the entries (fixed seed)."),
    ("draws_undefined", "integer", "Resamples in which a statistic was undefined and left out."),
]
_AGREEMENT_FIELDS = [
    ("code_id", "string", "Code identifier."),
    ("dimension", "string", "Dimension of the code."),
    ("n", "integer", "Entries coded by both coders."),
    ("hand_positive", "integer", "Entries the editors coded with the code."),
    ("dictionary_positive", "integer", "Entries the dictionary coder coded with the code."),
    ("both_positive", "integer", "Entries both coded with the code."),
    ("hand_only", "integer", "Entries only the editors coded with the code."),
    ("dictionary_only", "integer", "Entries only the dictionary coded with the code."),
    ("observed_agreement", "number", "Share of entries on which the coders agree."),
    ("cohen_kappa", "number", "Cohen's kappa (empty when undefined)."),
    ("krippendorff_alpha", "number", "Krippendorff's alpha, nominal (empty when undefined)."),
]


def _typology_fields() -> list[dict]:
    """The typology coding's columns, with the codebook's allowed values as enums."""
    enum = lambda values: {"enum": list(values)}
    return [
        field("entry_id", "string", "Entry id.", required=True),
        field("category", "string", "Award list of the entry."),
        field("innovation_type", "string", "Domain of the change (data/annotations/typology_codebook.yaml).",
              required=True, **enum(typology.TYPES)),
        field("innovation_type_alt", "string", "The type a reasonable coder could give instead (empty: none)."),
        field("type_quote", "string", "Decisive words of the entry's description, verbatim."),
        field("type_rationale", "string", "What the change is, in a few English words."),
        field("participation", "string", "Highest level of non-state participation the text names.",
              required=True, **enum(typology.PARTICIPATION)),
        field("participants", "string", "Kinds of non-state participants, separated by ';'."),
        field("participation_quote", "string", "The words naming the participation, verbatim (empty: none)."),
        field("origin", "string", "Whether and where from a template is named.", required=True, **enum(typology.ORIGINS)),
        field("template_use", "string", "adopted or adapted (empty for local entries)."),
        field("origin_template", "string", "Template id (typology-templates), where one is named."),
        field("origin_quote", "string", "Words naming the template, or claiming the entry's own novelty, verbatim."),
        field("origin_unclear_reason", "string", "Why the origin is coded unclear (empty unless it is)."),
        field("frame_terms", "string", "Policy vocabulary named but not treated as a template, separated by ';'."),
        field("note", "string", "The coder's note on a hard case."),
        field("template_status", "string", "Evidence read for the template's origin (typology-templates.status)."),
        field("template_source", "string", "First source read for the template: URL (publisher)."),
    ]


def _typology_resources(entries: pd.DataFrame, workdir: Path, folder: Path) -> list[dict]:
    """The typology coding, its template registry and the comparison with the literature figures."""
    t = typology.analyse(entries)
    template_key = {"fields": ["origin_template"], "reference": {"resource": "typology-templates",
                                                                  "fields": ["template_id"]}}
    registry = t.templates.drop(columns=["cue"])
    comparison = t.comparison.assign(reference_inside_ci=t.comparison["reference_inside_ci"].map(
        lambda x: "" if pd.isna(x) else str(bool(x)).lower()))
    return [
        _resource("typology-templates", folder / "typology_templates.csv", workdir, registry,
                  "Templates named in the entries",
                  "National or city programmes the entries name, the level and evidence of their origin as "
                  "read in public sources, and the first source (all sources are in the codebook).",
                  {"fields": [field(c, "boolean" if c == "official_host" else "integer" if c == "sources" else "string",
                                    "See data/annotations/typology_codebook.yaml (origin.templates).")
                              for c in registry.columns], "primaryKey": ["template_id"]}),
        _resource("typology-coding", folder / "typology.csv", workdir, t.coding[typology.COLUMNS[:1] + ["category"]
                                                                                  + typology.COLUMNS[1:]
                                                                                  + ["template_status", "template_source"]],
                  "Innovation type, participation and origin of every entry",
                  "Hand coding of every entry after the LGIA's and Borins' typologies, with verbatim quotes; "
                  "codebook in data/annotations/typology_codebook.yaml.",
                  {"fields": _typology_fields(), "primaryKey": ["entry_id"],
                   "foreignKeys": [_entry_key(), template_key]}),
        _resource("typology-comparison", folder / "typology_comparison.csv", workdir, comparison,
                  "The Xiamen profile beside published figures of other innovation awards",
                  "Each row: a Xiamen share with its Wilson 95% interval, a figure of "
                  "data/literature/figures.csv with its source key (references.bib) and denominator, and what "
                  "is comparable.",
                  {"fields": [field(c, "integer" if c in ("xiamen_k", "xiamen_n", "xiamen_k_with_alt")
                                    else "number" if c in ("xiamen_pct", "ci_low", "ci_high", "xiamen_pct_with_alt",
                                                           "reference_pct", "ci_low_rounded", "ci_high_rounded",
                                                           "precision_pct")
                                    else "boolean" if c == "positioned" else "string",
                                    "See xmgov.themes.typology.comparison.") for c in comparison.columns],
                   "primaryKey": ["comparison_id"]}),
    ]


def _code_fields(book: codebook.Codebook) -> list[dict]:
    return [{"name": c.code_id, "type": "boolean",
             "description": f"{c.label_zh} ({c.label_en}), {c.dimension}"} for c in book.codes]


def _entry_key(field: str = "entry_id") -> dict:
    return {"fields": [field], "reference": {"resource": "entries", "fields": ["entry_id"]}}


def _write(frame: pd.DataFrame, path: Path) -> dict:
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, lineterminator="\n", float_format="%.6g")
    return file_facts(path)


def _resource(name: str, path: Path, workdir: Path, frame: pd.DataFrame, title: str,
              description: str, schema: dict) -> dict:
    facts = _write(frame, path)
    return {"name": name, "type": "table", "path": path.relative_to(workdir).as_posix(),
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", **facts,
            "title": title, "description": description, "schema": schema}


def _coding_out(table: pd.DataFrame, matrix: pd.DataFrame) -> pd.DataFrame:
    out = table.reset_index()[["entry_id", "governance_mode", "risk_domain", "rationale"]]
    return out.join(matrix.astype(bool).reset_index(drop=True))


def _adjudicated_out(coding: pd.DataFrame, adjudication: pd.DataFrame, review: pd.DataFrame,
                     book: codebook.Codebook) -> pd.DataFrame:
    """The adjudicated coding in the codings' shape; `adjudicated_cells` and `reviewed_cells` name the
    codes whose value the adjudication or the version-2 review set (their tables give the reasons)."""
    joined = {d: [";".join(c for c in book.dimension(d) if coding.loc[e, c]) for e in coding.index]
              for d in coder.DIMENSIONS}
    decided = adjudication.groupby("entry_id")["code_id"].agg(lambda c: ";".join(sorted(c)))
    out = pd.DataFrame({"entry_id": coding.index, **joined})
    out["adjudicated_cells"] = out["entry_id"].map(decided).fillna("")
    reviewed = review.groupby("entry_id")["code_id"].agg(lambda c: ";".join(sorted(c)))
    out["reviewed_cells"] = out["entry_id"].map(reviewed).fillna("")
    return out.join(coding.astype(bool).reset_index(drop=True))


def tables(entries: pd.DataFrame, book: codebook.Codebook) -> dict[str, pd.DataFrame]:
    """The published tables, computed from the entries, the codebook and the codings."""
    hand_table = coder.read_hand_coding(book, entries["entry_id"])
    hand = coder.hand_matrix(hand_table, book)
    second_table = coder.read_hand_coding(book, entries["entry_id"], coder.SECOND_CODING)
    second = coder.hand_matrix(second_table, book)
    adjudication = coder.read_adjudication(hand, second)
    review = coder.read_review(coder.adjudicated_matrix(hand, adjudication))
    coding = coder.adjudicated_matrix(hand, adjudication, review)
    machine = coder.dictionary_code(entries, book)
    hits = coder.dictionary_hits(entries, book)
    matched = hits.assign(text=hits["code_id"] + "=" + hits["keywords"]).groupby("entry_id")["text"]
    dims = {c.code_id: c.dimension for c in book.codes}
    machine_out = machine.astype(bool).reset_index()
    machine_out["matched_keywords"] = machine_out["entry_id"].map(matched.agg("; ".join)).fillna("")
    return {"codebook": book.frame(), "hand": _coding_out(hand_table, hand), "dictionary": machine_out,
            "agreement": agreement.per_code(coding, machine, dims),
            "second": _coding_out(second_table, second),
            "adjudication": adjudication, "review": review,
            "adjudicated": _adjudicated_out(coding, adjudication, review, book),
            "reliability": reliability.per_code(hand, second, dims)}


def stage(workdir: Path) -> list[dict]:
    """Write workdir/themes/{codebook,coding_first,coding_dictionary,agreement,coding_second,
    adjudication,reliability,typology,typology_templates,typology_comparison}.csv; return descriptors."""
    from ..dataset import load

    workdir = Path(workdir)
    entries = load.entries(workdir)  # as the chapter loads them, from the package being built
    book = codebook.load()
    out = tables(entries, book)
    folder = workdir / SUBDIR
    code_key = {"fields": ["code_id"], "reference": {"resource": CODEBOOK_RESOURCE, "fields": ["code_id"]}}
    return [
        _resource(CODEBOOK_RESOURCE, folder / "codebook.csv", workdir, out["codebook"],
                  "Theme codebook",
                  "Codes of the two dimensions (five governances; five risks plus services/business "
                  "and ecology) with definitions, inclusion/exclusion rules and keywords.",
                  {"fields": fields(_CODEBOOK_FIELDS), "primaryKey": ["code_id"],
                   "foreignKeys": [_entry_key("example_entry_id")]}),
        _resource("theme-coding-first", folder / "coding_first.csv", workdir, out["hand"],
                  "First theme coding, by the editors (AI assistant sessions)",
                  "The first coding of every entry (multi-label), by the editors, with a one-line "
                  "rationale quoting the decisive words. The chapters use the adjudicated coding "
                  "(theme-coding-adjudicated).",
                  {"fields": fields(_CODING_FIELDS) + _code_fields(book),
                   "primaryKey": ["entry_id"], "foreignKeys": [_entry_key()]}),
        _resource("theme-coding-dictionary", folder / "coding_dictionary.csv", workdir, out["dictionary"],
                  "Theme coding by the keyword dictionary",
                  "A code applies when any of its codebook keywords occurs in the description; the "
                  "reproducible check on the adjudicated coding.",
                  {"fields": [{"name": "entry_id", "type": "string", "description": "Entry id."}]
                      + _code_fields(book)
                      + [{"name": "matched_keywords", "type": "string",
                          "description": "code_id=keyword|keyword; ... for the codes that fired."}],
                   "primaryKey": ["entry_id"], "foreignKeys": [_entry_key()]}),
        _resource("theme-agreement", folder / "agreement.csv", workdir, out["agreement"],
                  "Agreement between the adjudicated and the dictionary coding",
                  "Per code: counts, observed agreement, Cohen's kappa and Krippendorff's alpha.",
                  {"fields": fields(_AGREEMENT_FIELDS), "primaryKey": ["code_id"],
                   "foreignKeys": [code_key]}),
        _resource("theme-coding-second", folder / "coding_second.csv", workdir, out["second"],
                  "Independent second theme coding",
                  "A second coding of every entry, made blind to the first from the codebook (without "
                  "its example entries) and the entry texts alone; see "
                  "data/annotations/theme_coding_second.md for how it was made and its limits.",
                  {"fields": fields(_CODING_FIELDS) + _code_fields(book),
                   "primaryKey": ["entry_id"], "foreignKeys": [_entry_key()]}),
        _resource("theme-adjudication", folder / "adjudication.csv", workdir, out["adjudication"],
                  "Adjudication of the cells on which the two codings differ",
                  "One row per (entry, code) cell the first and second codings disagree on, with the "
                  "decision and its rationale.",
                  {"fields": fields(_ADJUDICATION_FIELDS), "primaryKey": ["entry_id", "code_id"],
                   "foreignKeys": [_entry_key(), code_key]}),
        _resource("theme-coding-adjudicated", folder / "coding_adjudicated.csv", workdir, out["adjudicated"],
                  "Adjudicated theme coding (the coding the chapters use)",
                  "The first coding with every cell on which the blind second coding differs set as "
                  "adjudicated (theme-adjudication gives each decision's rationale), then every cell the "
                  "review of the whole coding under the codebook's version 2 changed (theme-v2-review).",
                  {"fields": fields(_ADJUDICATED_FIELDS) + _code_fields(book),
                   "primaryKey": ["entry_id"], "foreignKeys": [_entry_key()]}),
        _resource("theme-v2-review", folder / "v2_review.csv", workdir, out["review"],
                  "Review of the adjudicated coding under the codebook's version 2",
                  "One row per cell the review changed, with the rule applied and the decisive words.",
                  {"fields": fields(_REVIEW_FIELDS), "primaryKey": ["entry_id", "code_id"],
                   "foreignKeys": [_entry_key(), code_key]}),
        _resource("theme-reliability", folder / "reliability.csv", workdir, out["reliability"],
                  "Agreement between the first and the second coding",
                  "Per code: counts, Cohen's kappa and Krippendorff's alpha with bootstrap 95% intervals.",
                  {"fields": fields(_RELIABILITY_FIELDS), "primaryKey": ["code_id"],
                   "foreignKeys": [code_key]}),
        *_typology_resources(entries, workdir, folder),
    ]
