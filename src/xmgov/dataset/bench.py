"""Timing the extraction on the source replicated N times, to show its cost is linear in text size."""

from __future__ import annotations

import time

from .agencies import Lexicon
from .claims import novelty_claims, recognition_claims
from .clean import find_spam
from .lacunae import find_lacunae
from .metrics import rule_exclusions, rule_metrics
from .source import load_source

BULLET_OFFSET = 1  # descriptions start after the ●


def _extract(text: str, lexicon: Lexicon) -> int:
    """All rule-based extraction over every ● line of `text`; returns the number of rows found."""
    spam = find_spam(text)
    found = len(find_lacunae(text, lambda _: None))
    pos = 0
    for line in text.split("\n"):
        if line.startswith("●"):
            entry = {"entry_id": "X", "start": pos + BULLET_OFFSET, "end": pos + len(line)}
            mentions = lexicon.find(text, entry["start"], entry["end"], spam)
            found += len(mentions) + len(rule_metrics(text, entry, spam)) + len(rule_exclusions(text, entry))
            found += len(novelty_claims(text, entry["start"], entry["end"]))
            found += len(recognition_claims(text, entry["start"], entry["end"], mentions))
        pos += len(line) + 1
    return found


def bench_extraction(copies: int = 100) -> dict:
    """Seconds to extract from the source once and replicated `copies` times, and their ratio."""
    text = load_source().text
    lexicon = Lexicon.load()
    out = {"copies": copies, "characters": len(text)}
    for label, n in (("once", 1), ("replicated", copies)):
        big = "\n".join([text] * n)
        t0 = time.perf_counter()
        rows = _extract(big, lexicon)
        out[f"seconds_{label}"] = round(time.perf_counter() - t0, 4)
        out[f"rows_{label}"] = rows
    out["ratio_per_copy"] = round(out["seconds_replicated"] / max(out["seconds_once"], 1e-9) / copies, 3)
    return out
