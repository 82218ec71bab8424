"""Every span in every table is the raw text at its offsets; descriptions map back to the raw file."""

import pandas as pd
import pytest

from xmgov.dataset import load
from xmgov.dataset.clean import SPAM_TOKENS
from xmgov.dataset.source import load_source

TEXT = load_source().text
SPANS = [  # (table, text column, start column, end column)
    ("entry_agencies", "mention", "start", "end"),
    ("metrics", "span", "start", "end"),
    ("excluded_numbers", "span", "start", "end"),
    ("claims", "span", "start", "end"),
    ("claims", "body_mention", "body_start", "body_end"),
    ("lacunae", "text", "start", "end"),
    ("lacunae", "context", "context_start", "context_end"),
    ("cleaning_log", "text", "start", "end"),
    ("entries", "title", "title_start", "title_end"),
]


@pytest.mark.parametrize("table,col,start,end", SPANS)
def test_span_equals_raw_text(table, col, start, end):
    df = load.table(table)
    rows = df[df[start].notna()]
    assert len(rows) > 0
    for _, r in rows.iterrows():
        assert TEXT[r[start]:r[end]] == r[col], (table, r.to_dict())


@pytest.mark.parametrize("table", ["entry_agencies", "metrics", "claims"])
def test_every_row_has_offsets(table):
    df = load.table(table)
    assert df["start"].notna().all() and df["end"].notna().all()


def test_descriptions_are_raw_minus_logged_spam():
    entries = load.entries()
    log = load.cleaning_log()
    for _, e in entries.iterrows():
        raw = TEXT[e.start:e.end]
        removed = log[log.entry_id == e.entry_id]
        rebuilt = raw
        for _, s in removed.iterrows():
            assert e.start <= s.start and s.end <= e.end
            rebuilt = rebuilt.replace(s.text, "", 1)
        assert rebuilt == e.description
        assert not any(tok in e.description for tok in SPAM_TOKENS)


def test_every_spam_occurrence_is_logged():
    log = load.cleaning_log()
    assert len(log) == sum(TEXT.count(tok) for tok in SPAM_TOKENS) == 3


def test_district_and_level_evidence_is_in_the_entry():
    entries = load.entries()
    for _, e in entries.iterrows():
        region = TEXT[(e.title_start if pd.notna(e.title_start) else e.start):e.end]
        for col in ("district_evidence", "level_evidence"):
            if pd.notna(e[col]):
                assert e[col] in region, (e.entry_id, col)
