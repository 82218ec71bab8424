"""Who recognised each entry: the hand coding of data/annotations/recognizers.csv, merged into claims.

Keyword rules cannot tell a ministry from a newspaper's list or an academic jury, so every
recognition claim is coded by hand, one row per claim keyed by entry_id + span + body_mention
(the body's name as written; empty when the text names none): `recognizer_type` and
`recognizer_level` from the fixed vocabulary (xmgov.dataset.vocabulary), each with its basis. Words
of the claim quoted in a basis between 「」 must be in the span. A type for a body the text does not
name needs words of the span saying who (「41地市」) or an outside page (`source_url`) whose publisher
is of a trusted class (data/external/source_hosts.csv); a page of another class cannot set one.

The level is the recognising body's level. Where the body is not established (not named, and no
type shown by the span or an outside page), the level is `unknown`: words of reach in the span —
全国 in a list's name, 在全省推广, 市级表彰 — say how far a list or a promotion reaches, not who gave
it, and are kept apart in `scope_words` (each of them, separated by "; ", must be in the span).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .annotations import load_csv
from .errors import DatasetError
from .external import SUPPORTS_HIGH, load_hosts, source_trust
from .vocabulary import RECOGNIZER_LEVELS, RECOGNIZER_TYPE_IDS, UNKNOWN

FILE = "recognizers.csv"
COLUMNS = ("entry_id", "span", "body_mention", "recognizer_type", "type_basis", "recognizer_level",
           "level_basis", "source_url", "scope_words")
REQUIRED = ("entry_id", "span", "recognizer_type", "type_basis", "recognizer_level", "level_basis")
QUOTED = re.compile(r"「([^」]+)」")


def load(path: Path) -> pd.DataFrame:
    return load_csv(path, COLUMNS)


def _check_row(row, where: str, hosts: dict[str, str]) -> str | None:
    """Validate one row; return the trust class of its outside page (None without one)."""
    empty = [c for c in REQUIRED if not getattr(row, c).strip()]
    if empty:
        raise DatasetError(where, f"empty {empty}")
    if row.recognizer_type not in RECOGNIZER_TYPE_IDS:
        raise DatasetError(where, f"recognizer_type {row.recognizer_type!r} is not one of {list(RECOGNIZER_TYPE_IDS)}")
    if row.recognizer_level not in RECOGNIZER_LEVELS:
        raise DatasetError(where, f"recognizer_level {row.recognizer_level!r} is not one of {list(RECOGNIZER_LEVELS)}")
    for basis in (row.type_basis, row.level_basis):
        for words in QUOTED.findall(basis):
            if words not in row.span:
                raise DatasetError(where, f"the basis quotes 「{words}」, which is not in the span")
    for words in filter(None, (w.strip() for w in row.scope_words.split(";"))):
        if words not in row.span:
            raise DatasetError(where, f"scope_words {words!r} are not in the span")
    if row.recognizer_type == UNKNOWN and not row.body_mention and row.recognizer_level != UNKNOWN:
        raise DatasetError(where, f"recognizer_level {row.recognizer_level!r} for a giver that is not established "
                                  "(no body named, type unknown): the level is the recognising body's, so it must be "
                                  "'unknown'; words of reach in the span (全国, 全省) go in scope_words")
    trust = source_trust(row.source_url, hosts, where) if row.source_url else None
    if row.recognizer_type != UNKNOWN and not row.body_mention:
        quotes = QUOTED.findall(row.type_basis)
        if trust not in SUPPORTS_HIGH and not quotes:
            raise DatasetError(where, "a type for a body the text does not name needs words of the span (「…」) "
                                      "or an outside page of a trusted publisher class "
                                      f"({', '.join(SUPPORTS_HIGH)}); got {trust or 'no page'}")
    return trust


def apply(claims: list[dict], path: Path, hosts: dict[str, str] | None = None) -> list[dict]:
    """Set `level` and the recognizer_* columns of every recognition claim from the coding.

    Every recognition claim must have exactly one row and every row one claim; errors name the
    file, the row, the entry and the problem.
    """
    table = load(path)
    hosts = load_hosts() if hosts is None else hosts
    coded = {}
    for i, row in enumerate(table.itertuples(index=False), 2):  # line 1 is the header
        key = (row.entry_id, row.span, row.body_mention)
        where = f"{path} line {i} (entry {row.entry_id}, span {row.span!r})"
        if key in coded:
            raise DatasetError(where, "coded twice (same entry, span and body_mention)")
        coded[key] = (row, _check_row(row, where, hosts), where)
    for c in claims:
        if c["claim_type"] != "recognition":
            continue
        key = (c["entry_id"], c["span"], c.get("body_mention") or "")
        if key not in coded:
            raise DatasetError(str(path), f"entry {c['entry_id']}: recognition claim {c['span']!r} "
                                          f"(body {key[2] or 'not named'}) has no row")
        row, trust, _ = coded.pop(key)
        c.update(level=row.recognizer_level, recognizer_type=row.recognizer_type,
                 recognizer_type_basis=row.type_basis, recognizer_level_basis=row.level_basis,
                 recognizer_source_url=row.source_url or None, recognizer_source_trust=trust,
                 recognizer_scope_words=row.scope_words.strip() or None)
    for row, _, where in coded.values():
        raise DatasetError(where, f"matches no recognition claim of entry {row.entry_id} "
                                  f"(body_mention {row.body_mention or 'empty'})")
    return claims
