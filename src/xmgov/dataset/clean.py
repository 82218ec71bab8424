"""Removal of the spam the mirror injected, with a log of every removal.

Nothing else is changed: descriptions are the raw text minus the logged spam spans, so each
cleaned string maps back to raw offsets through `to_raw_offset`.
"""

from __future__ import annotations

import re

# The mirror's injected token (see data/raw/SOURCE.yaml); a rule, not an annotation.
SPAM_TOKENS = ("im电竞",)
SPAM = re.compile("|".join(re.escape(t) for t in SPAM_TOKENS))


def find_spam(text: str) -> list[tuple[int, int]]:
    """(start, end) raw offsets of every spam occurrence, in file order."""
    return [(m.start(), m.end()) for m in SPAM.finditer(text)]


def cleaned(text: str, start: int, end: int, spam: list[tuple[int, int]]) -> str:
    """The raw span [start, end) with the spam spans inside it removed."""
    parts, pos = [], start
    for s, e in spam:
        if s >= start and e <= end:
            parts.append(text[pos:s])
            pos = e
    parts.append(text[pos:end])
    return "".join(parts)


def to_raw_offset(clean_index: int, start: int, spam: list[tuple[int, int]]) -> int:
    """Raw offset of the character at `clean_index` of the cleaned span that begins at `start`."""
    raw = start + clean_index
    for s, e in spam:
        if s >= start and s <= raw:
            raw += e - s
    return raw


def cleaning_log(spam: list[tuple[int, int]], text: str, entry_at) -> list[dict]:
    """One row per removal: where, what, and in which entry (None for the article preamble)."""
    return [
        {
            "log_id": f"S{i:02d}",
            "action": "removed_spam",
            "text": text[s:e],
            "start": s,
            "end": e,
            "line": text.count("\n", 0, s) + 1,
            "entry_id": entry_at(s),
            "note": "token injected by the third-party mirror; removed from descriptions",
        }
        for i, (s, e) in enumerate(spam, start=1)
    ]
