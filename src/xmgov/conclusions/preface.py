"""The preface (chapters/preface.md): entries per award list and how long their descriptions are
(which the conclusions quote too); the source's damage is stated once, in the data chapter."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ..wording import counted, series
from ..dataset.vocabulary import CATEGORIES
from ..chinese import number_zh

# A sentence of the source ends at a full stop, exclamation or question mark, full- or half-width.
# Semicolons (；;) join parallel clauses within one sentence, and the half-width "." of this text
# is a decimal point, so neither ends a sentence.
SENTENCE_END = re.compile(r"[。！？!?]")
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


@dataclass
class Preface:
    entries: pd.DataFrame


def analysis() -> Preface:
    from ..dataset import load

    return Preface(entries=load.entries())


def sentences(description: str) -> int:
    """Sentences in one description: non-blank pieces between SENTENCE_END marks."""
    return sum(1 for piece in SENTENCE_END.split(description) if piece.strip())


def _word(n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


def sentence_facts(entries: pd.DataFrame) -> dict:
    """How long the source's descriptions are, in sentences, as phrases for the prose ('one to
    three sentences'; '36 entries have one, 28 two and 6 three'); the conclusions quote them too."""
    per_entry = entries["description"].map(sentences)
    counts = per_entry.value_counts().sort_index()
    low, high = int(counts.index.min()), int(counts.index.max())
    span = _word(low) if low == high else f"{_word(low)} to {_word(high)}"
    parts = [f"{counted(counts[k], 'entry has', 'entries have')} {_word(k)}" if i == 0
             else f"{counts[k]} {_word(k)}" for i, k in enumerate(counts.index)]
    return {"sent_span": f"{span} sentence{'' if high == 1 else 's'}", "sent_listing": series(parts)}


def sentence_facts_zh(entries: pd.DataFrame) -> dict:
    """sentence_facts in Chinese: '一至三句' and '36项为一句,28项为两句,6项为三句'."""
    counts = entries["description"].map(sentences).value_counts().sort_index()
    low, high = int(counts.index.min()), int(counts.index.max())
    span = f"{number_zh(low)}句" if low == high else f"{number_zh(low)}至{number_zh(high)}句"
    listing = ",".join(f"{int(counts[k])}项为{number_zh(k)}句" for k in counts.index)
    return {"sent_span_zh": span, "sent_listing_zh": listing}


def facts(p: Preface) -> dict:
    """Entries per award list and the descriptions' length, for the preface."""
    counts = p.entries["category"].value_counts().reindex(CATEGORIES, fill_value=0)
    return {"pre_entries": len(p.entries),
            "pre_innovation_project": int(counts["innovation_project"]),
            "pre_innovation_case": int(counts["innovation_case"]),
            "pre_grassroots_case": int(counts["grassroots_case"]),
            **sentence_facts(p.entries)}


def facts_zh(p: Preface, facts: dict) -> dict:
    """The preface's Chinese words (the Chinese edition): the descriptions' length."""
    return sentence_facts_zh(p.entries)
