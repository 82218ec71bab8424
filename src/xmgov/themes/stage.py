"""Publishing the codebook and both codings with the book's data (a stage of `make data`).

`stage(workdir)` loads the entries of the data package being built in workdir and writes into workdir/themes/: the codebook as a table,
the editors' hand coding, the dictionary coding and the per-code agreement between them; it
returns their Frictionless resource descriptors (typed fields, primary keys, foreign keys to
`entries` and to the codebook) for the pipeline to add to datapackage.json.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..dataset.package import fields, file_facts
from . import agreement, codebook, coder, reliability

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


def tables(entries: pd.DataFrame, book: codebook.Codebook) -> dict[str, pd.DataFrame]:
    """The published tables, computed from the entries, the codebook and the codings."""
    hand_table = coder.read_hand_coding(book, entries["entry_id"])
    hand = coder.hand_matrix(hand_table, book)
    second_table = coder.read_hand_coding(book, entries["entry_id"], coder.SECOND_CODING)
    second = coder.hand_matrix(second_table, book)
    machine = coder.dictionary_code(entries, book)
    hits = coder.dictionary_hits(entries, book)
    matched = hits.assign(text=hits["code_id"] + "=" + hits["keywords"]).groupby("entry_id")["text"]
    dims = {c.code_id: c.dimension for c in book.codes}
    machine_out = machine.astype(bool).reset_index()
    machine_out["matched_keywords"] = machine_out["entry_id"].map(matched.agg("; ".join)).fillna("")
    return {"codebook": book.frame(), "hand": _coding_out(hand_table, hand), "dictionary": machine_out,
            "agreement": agreement.per_code(hand, machine, dims),
            "second": _coding_out(second_table, second),
            "adjudication": coder.read_adjudication(hand, second),
            "reliability": reliability.per_code(hand, second, dims)}


def stage(workdir: Path) -> list[dict]:
    """Write workdir/themes/{codebook,coding_hand,coding_dictionary,agreement,coding_second,
    adjudication,reliability}.csv; return descriptors."""
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
        _resource("theme-coding-hand", folder / "coding_hand.csv", workdir, out["hand"],
                  "Theme coding by the editors",
                  "Hand coding of every entry (multi-label), with a one-line rationale quoting the "
                  "decisive words. This is the coding the analysis uses.",
                  {"fields": fields(_CODING_FIELDS) + _code_fields(book),
                   "primaryKey": ["entry_id"], "foreignKeys": [_entry_key()]}),
        _resource("theme-coding-dictionary", folder / "coding_dictionary.csv", workdir, out["dictionary"],
                  "Theme coding by the keyword dictionary",
                  "A code applies when any of its codebook keywords occurs in the description; the "
                  "reproducible check on the hand coding.",
                  {"fields": [{"name": "entry_id", "type": "string", "description": "Entry id."}]
                      + _code_fields(book)
                      + [{"name": "matched_keywords", "type": "string",
                          "description": "code_id=keyword|keyword; ... for the codes that fired."}],
                   "primaryKey": ["entry_id"], "foreignKeys": [_entry_key()]}),
        _resource("theme-agreement", folder / "agreement.csv", workdir, out["agreement"],
                  "Agreement between hand and dictionary coding",
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
        _resource("theme-reliability", folder / "reliability.csv", workdir, out["reliability"],
                  "Agreement between the first and the second coding",
                  "Per code: counts, Cohen's kappa and Krippendorff's alpha with bootstrap 95% intervals.",
                  {"fields": fields(_RELIABILITY_FIELDS), "primaryKey": ["code_id"],
                   "foreignKeys": [code_key]}),
    ]
