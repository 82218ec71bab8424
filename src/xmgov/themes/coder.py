"""Coding entries: the editors' hand coding (read and checked) and the dictionary coder.

Both produce the same shape, a 0/1 matrix with one row per entry_id and one column per code, so
that agreement and comparisons never care which coder produced it. The analysis uses the
adjudicated coding (the first coding with every cell on which the blind second coding differs set
by the adjudication); the dictionary coder is its reproducible check.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import paths
from .codebook import DIMENSIONS, Codebook

HAND_CODING = paths.ANNOTATIONS / "theme_coding.csv"
# The independent second coding, made blind to the first, and the adjudication of every cell on
# which the two differ (see theme_coding_second.md).
SECOND_CODING = paths.ANNOTATIONS / "theme_coding_second.csv"
ADJUDICATION = paths.ANNOTATIONS / "theme_coding_adjudication.csv"
# Cells the review of the whole adjudicated coding under the codebook's version 2 changed.
REVIEW = paths.ANNOTATIONS / "theme_coding_v2_review.csv"


class CodingError(ValueError):
    """A coding file is inconsistent with the codebook or the entries."""


def keyword_hits(text: str, keywords) -> list[str]:
    """The keywords that occur in `text` as substrings, in codebook order."""
    return [k for k in keywords if k in text]


def dictionary_hits(entries: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Long table entry_id, code_id, keywords ('|'-joined) for every code that fires."""
    rows = []
    for entry_id, text in zip(entries["entry_id"], entries["description"]):
        for code in codebook.codes:
            hits = keyword_hits(text, code.keywords)
            if hits:
                rows.append((entry_id, code.code_id, "|".join(hits)))
    return pd.DataFrame(rows, columns=["entry_id", "code_id", "keywords"])


def to_matrix(long: pd.DataFrame, entry_ids, codebook: Codebook) -> pd.DataFrame:
    """0/1 matrix (index entry_id, columns code ids in codebook order) from (entry_id, code_id) rows."""
    matrix = pd.DataFrame(0, index=pd.Index(list(entry_ids), name="entry_id"), columns=codebook.ids)
    for entry_id, code_id in zip(long["entry_id"], long["code_id"]):
        matrix.loc[entry_id, code_id] = 1
    return matrix


def dictionary_code(entries: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """The dictionary coding as a 0/1 matrix: a code applies if any of its keywords occurs."""
    return to_matrix(dictionary_hits(entries, codebook), entries["entry_id"], codebook)


def read_hand_coding(codebook: Codebook, entry_ids, path: Path = HAND_CODING) -> pd.DataFrame:
    """The hand coding file, checked: one row per entry, known codes on the right dimension.

    Columns: entry_id, seq, governance_mode, risk_domain (code ids joined by ';', empty = none),
    rationale. Returns the file's rows (index entry_id) in the order of `entry_ids`.
    """
    path = Path(path)
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    required = {"entry_id", "governance_mode", "risk_domain", "rationale"}
    if required - set(table.columns):
        raise CodingError(f"{path}: missing column(s) {sorted(required - set(table.columns))}")
    dup = table.loc[table["entry_id"].duplicated(), "entry_id"].tolist()
    if dup:
        raise CodingError(f"{path}: entries coded twice: {dup}")
    expected = list(entry_ids)
    missing, extra = sorted(set(expected) - set(table["entry_id"])), sorted(set(table["entry_id"]) - set(expected))
    if missing or extra:
        raise CodingError(f"{path}: entries not coded {missing}; coded but not in entries {extra}")
    for line, row in enumerate(table.itertuples(index=False), start=2):
        if not row.rationale.strip():
            raise CodingError(f"{path}, line {line} ({row.entry_id}): the rationale is empty")
        for dimension in DIMENSIONS:
            for code in filter(None, getattr(row, dimension).split(";")):
                if code not in codebook.dimension(dimension):
                    raise CodingError(f"{path}, line {line} ({row.entry_id}): '{code}' is not a "
                                      f"{dimension} code of the codebook")
    return table.set_index("entry_id").loc[expected]


def hand_matrix(hand: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """0/1 matrix from the checked hand-coding table."""
    long = [(entry_id, code) for entry_id, row in hand.iterrows()
            for dimension in DIMENSIONS for code in filter(None, row[dimension].split(";"))]
    return to_matrix(pd.DataFrame(long, columns=["entry_id", "code_id"]), hand.index, codebook)


def read_adjudication(first: pd.DataFrame, second: pd.DataFrame, path: Path = ADJUDICATION) -> pd.DataFrame:
    """The adjudication table, checked: exactly one row per (entry, code) cell on which the two
    codings differ, with the two coders' values as they are in the codings and a 0/1 decision."""
    path = Path(path)
    table = pd.read_csv(path, dtype={"entry_id": str, "code_id": str}, keep_default_na=False)
    required = {"entry_id", "code_id", "first_coder", "second_coder", "adjudicated", "rule_unclear", "rationale"}
    if required - set(table.columns):
        raise CodingError(f"{path}: missing column(s) {sorted(required - set(table.columns))}")
    differ = (first != second).stack()
    cells = set(differ[differ].index)
    given = list(zip(table["entry_id"], table["code_id"]))
    if len(set(given)) != len(given):
        raise CodingError(f"{path}: a cell is adjudicated twice")
    if set(given) != cells:
        raise CodingError(f"{path}: adjudicates {sorted(set(given) - cells)} where the codings agree and "
                          f"misses {sorted(cells - set(given))} where they differ")
    for row in table.itertuples():
        where = f"{path}: {row.entry_id} {row.code_id}"
        if (int(row.first_coder), int(row.second_coder)) != (first.loc[row.entry_id, row.code_id],
                                                             second.loc[row.entry_id, row.code_id]):
            raise CodingError(f"{where}: the coders' values do not match the two codings")
        if str(row.adjudicated) not in ("0", "1") or not str(row.rationale).strip():
            raise CodingError(f"{where}: needs a 0/1 decision and a rationale")
    return table


def adjudicated_matrix(first: pd.DataFrame, adjudication: pd.DataFrame,
                       review: pd.DataFrame | None = None) -> pd.DataFrame:
    """The coding the chapters use: the first coding, with each disputed cell set as adjudicated,
    then each cell the version-2 review changed set as reviewed."""
    coded = first.copy()
    for row in adjudication.itertuples():
        coded.loc[row.entry_id, row.code_id] = int(row.adjudicated)
    for row in ([] if review is None else review.itertuples()):
        coded.loc[row.entry_id, row.code_id] = int(row.reviewed)
    return coded


def read_review(adjudicated: pd.DataFrame, path: Path = REVIEW) -> pd.DataFrame:
    """The version-2 review, checked: each row changes one cell of the adjudicated coding, states
    the value it found and the rule it applied."""
    path = Path(path)
    table = pd.read_csv(path, dtype={"entry_id": str, "code_id": str}, keep_default_na=False)
    required = {"entry_id", "code_id", "adjudicated", "reviewed", "rule", "rationale"}
    if required - set(table.columns):
        raise CodingError(f"{path}: missing column(s) {sorted(required - set(table.columns))}")
    if table.duplicated(["entry_id", "code_id"]).any():
        raise CodingError(f"{path}: a cell is reviewed twice")
    for line, row in enumerate(table.itertuples(), start=2):
        where = f"{path}, line {line} ({row.entry_id} {row.code_id})"
        if row.entry_id not in adjudicated.index or row.code_id not in adjudicated.columns:
            raise CodingError(f"{where}: no such entry or code")
        if int(row.adjudicated) != adjudicated.loc[row.entry_id, row.code_id]:
            raise CodingError(f"{where}: 'adjudicated' does not match the adjudicated coding")
        if str(row.reviewed) not in ("0", "1") or int(row.reviewed) == int(row.adjudicated):
            raise CodingError(f"{where}: a review row must change the cell (reviewed 0/1, unlike adjudicated)")
        if not str(row.rule).strip() or not str(row.rationale).strip():
            raise CodingError(f"{where}: needs the rule applied and a rationale")
    return table
