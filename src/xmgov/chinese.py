"""The Chinese edition's words for a published figure or table, written where the English ones are.

A caption quotes numbers, and numbers come from the computation, never from typing: so the Chinese
caption, alt text, source line and table headers are composed by the same code, from the same
values, as the English, and saved in the item's record under "zh" for the Chinese edition's
`xmfigure` and `xmtable` directives. Cells shown in English may be given Chinese by exact value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Chinese:
    caption: str
    alt: str = ""
    source: str = ""
    columns: dict[str, str] = field(default_factory=dict)  # English header -> Chinese header
    cells: dict[str, str] = field(default_factory=dict)    # English cell text -> Chinese

    def figure_record(self, name: str) -> dict:
        """The figure's Chinese words; an error names the figure and what is missing."""
        for label in ("caption", "alt", "source"):
            if not getattr(self, label).strip():
                raise ValueError(f"{name}: the Chinese edition needs a non-empty {label}")
        return {"caption": punctuate(self.caption.strip()), "alt": punctuate(self.alt.strip()),
                "source": punctuate(self.source.strip())}

    def table_record(self, name: str, columns: list[str]) -> dict:
        """The table's Chinese caption and a Chinese header for every column, in column order."""
        if not self.caption.strip():
            raise ValueError(f"{name}: the Chinese edition needs a non-empty caption")
        missing = [c for c in columns if not self.columns.get(c, "").strip()]
        if missing:
            raise ValueError(f"{name}: no Chinese header for column(s) {missing}")
        return {"caption": punctuate(self.caption.strip()), "columns": [punctuate(self.columns[c]) for c in columns],
                "cells": {key: punctuate(value) for key, value in sorted(self.cells.items())}}


# Chinese prose takes full-width punctuation (，；：（）); the copy of the source uses half-width
# marks, and quotations of it keep them (a quotation is the source's own text).
CJK = "\u3400-\u9fff\u3000-\u303f\uff00-\uffef"
QUOTATION = re.compile(r"(“[^”]*”)")
HALF_TO_FULL = {",": "，", ";": "；", ":": "："}


def punctuate(text: str, also: str = "") -> str:
    """`text` with the half-width , ; : and ( ) of its Chinese sentences made full-width: a mark
    next to a Chinese character (or a character of `also`), a bracket pair holding or following
    Chinese. Quotations in “…” are left as they are."""
    wide = CJK + also
    parts = QUOTATION.split(text)
    for i in range(0, len(parts), 2):
        part, before = parts[i], None
        while part != before:  # a mark next to a bracket made full-width in the pass before
            before = part
            for half, full in HALF_TO_FULL.items():
                mark = re.escape(half)
                part = re.sub(rf"(?<=[{wide}]) ?{mark} ?|{mark} ?(?=[{wide}])", full, part)
                # after a percentage or a closed bracket, a mark with no space after it is Chinese
                part = re.sub(rf"(?<=[%）]) ?{mark}(?=\S)", full, part)
            part = re.sub(rf"\(([^()\n]*[{wide}][^()\n]*)\)", r"（\1）", part)
            part = re.sub(rf"(?<=[{wide}])\(([^()\n]*)\)", r"（\1）", part)
        parts[i] = part
    return "".join(parts)


MARKUP = re.compile(r"\{[a-z][\w:-]*\}`[^`]*`|`[^`\n]+`|\]\([^)\n]*\)|<[^>\n]+>|https?://\S+")
FENCE = re.compile(r"^(`{3,}|~{3,})")


def punctuate_markdown(text: str) -> str:
    """A Chinese MyST page with `punctuate` applied to its prose only: front matter, fenced
    blocks, option and label lines, roles, inline code, link targets and addresses are kept."""
    lines, out, fence, front = text.split("\n"), [], None, text.startswith("---\n")
    for number, line in enumerate(lines):
        if front:
            out.append(line)
            front = not (number > 0 and line == "---")
            continue
        opened = FENCE.match(line)
        if fence:
            out.append(line)
            if opened and opened.group(1).startswith(fence) and not line.strip()[len(opened.group(1)):]:
                fence = None
            continue
        if opened:
            fence = opened.group(1)
            out.append(line)
            continue
        if line.startswith((":", "(")) and (line.startswith(":") or line.rstrip().endswith(")=")):
            out.append(line)
            continue
        kept = []  # markup stands in the prose as a placeholder that counts as Chinese
        masked = MARKUP.sub(lambda m: kept.append(m.group(0)) or f"\ue000{len(kept) - 1}\ue001", line)
        done = punctuate(masked, also="\ue000\ue001") if re.search(f"[{CJK}]", masked) else masked
        out.append(re.sub("\ue000(\\d+)\ue001", lambda m: kept[int(m.group(1))], done))
    return "\n".join(out)


# Counts, lists and look-ups for the Chinese wording that the page modules compose.
DIGITS_ZH = "零一二三四五六七八九十"


def number_zh(n: int) -> str:
    """A small count as a Chinese numeral before a measure word ('两句', not '二句'); digits from 11."""
    n = int(n)
    if n == 2:
        return "两"
    return DIGITS_ZH[n] if 0 <= n <= 10 else str(n)


def series_zh(items, empty: str = "无") -> str:
    """'甲', '甲和乙', '甲、乙和丙': a list of names for a Chinese sentence (`empty` for none)."""
    items = [str(x) for x in items]
    if not items:
        return empty
    return items[0] if len(items) == 1 else "、".join(items[:-1]) + "和" + items[-1]


def ids_zh(values) -> str:
    """Entry ids as a Chinese list: 'P04、P10和P19' ('无' for none)."""
    return series_zh(sorted(values))


def known(table: dict, key: str, what: str, where: str) -> str:
    """The Chinese for `key` from a hand-kept table; an English value without Chinese is an error
    naming the table (`where`) and the value, never an English word in a Chinese sentence."""
    if key not in table:
        raise ValueError(f"{where}: no Chinese for {what} {key!r}; add it to the table")
    return table[key]
