"""Places where the mirror cut text out, found by rules and flagged, never repaired.

Each rule is a pattern that cannot occur in intact Chinese prose of this kind: a number-less
"线余条" (the digits and the word before them are gone), a "习" directly followed by "倡导" (the
rest of the name is gone), a quotation mark that never closes or never opened on its line.
"""

from __future__ import annotations

import re

from .segment import split_lines

RULES = [
    (
        "cut_figure",
        re.compile(r"(?<![\d百千万亿])线(?:余|万)[^\d,。;、]{0,2}?(?:条|场次|人次|件|起|个)"),
        "figure cut out: '线' left where a number and its wording stood; the quantity is lost",
    ),
    (
        "cut_name",
        re.compile(r"习(?=倡导)"),
        "name cut out: the leader's name that should precede 倡导 is truncated to '习'",
    ),
]
QUOTE_NOTE = "unmatched quotation mark: the passage around it was cut"
CUT_PASSAGE_NOTE = (
    "passage cut out: '线' left before a closing quotation mark whose opening mark is gone; "
    "the wording (核处…纠纷) suggests a count and a model's name were lost"
)
SENTENCE_END = "。;"


def _unmatched_quotes(text: str) -> list[tuple[int, int]]:
    spans = []
    for line in split_lines(text):
        depth_open = []
        for i, ch in enumerate(line.text):
            if ch == "“":
                depth_open.append(line.start + i)
            elif ch == "”":
                if depth_open:
                    depth_open.pop()
                else:
                    spans.append((line.start + i, line.start + i + 1))
        spans.extend((p, p + 1) for p in depth_open)
    return spans


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end), bounded by 。/; or the line."""
    left = max(text.rfind(c, 0, start) for c in SENTENCE_END + "\n●")
    right = min([p for c in SENTENCE_END + "\n" if (p := text.find(c, end)) != -1] or [len(text)])
    return left + 1, min(right + 1, len(text)) if text[right:right + 1] in SENTENCE_END else right


def find_lacunae(text: str, entry_at) -> list[dict]:
    """Lacunae in file order; an unmatched quote touching a cut figure is folded into that row."""
    found = []
    for rule, pattern, note in RULES:
        found.extend((m.start(), m.end(), rule, note) for m in pattern.finditer(text))
    for s, e in _unmatched_quotes(text):
        near = [i for i, (fs, fe, *_rest) in enumerate(found) if fs - 1 <= s <= fe]
        if near:
            fs, fe, rule, note = found[near[0]]
            found[near[0]] = (fs, max(fe, e), rule, f"{note}; {QUOTE_NOTE}")
        elif text[s] == "”" and text[s - 1 : s] == "线":
            found.append((s - 1, e, "cut_passage", CUT_PASSAGE_NOTE))
        else:
            found.append((s, e, "unmatched_quote", QUOTE_NOTE))
    rows = []
    for i, (s, e, rule, note) in enumerate(sorted(found), start=1):
        cs, ce = _sentence(text, s, e)
        rows.append(
            {
                "lacuna_id": f"L{i:02d}",
                "entry_id": entry_at(s),
                "start": s,
                "end": e,
                "text": text[s:e],
                "context_start": cs,
                "context_end": ce,
                "context": text[cs:ce],
                "line": text.count("\n", 0, s) + 1,
                "rule": rule,
                "lost_figure": rule in ("cut_figure", "cut_passage"),
                "note": note,
            }
        )
    return rows
