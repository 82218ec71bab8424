"""Bullets, numbered titles and the three award lists, recovered from the text's own numbering.

The mirror lost the list headings, so the category of each bullet is derived: a numbered title
`N.title(units)` directly above bullet `seq` says the list containing it started at bullet
`seq - N + 1`. The list boundaries found this way must agree with each other and with the totals
the article states ("评选出30个优秀创新项目、25个优秀创新案例、15个优秀基层案例"); any
disagreement stops the build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import DatasetError
from .vocabulary import AWARD_LISTS

BULLET = "●"
TITLE = re.compile(r"^(?P<number>\d+)\.(?P<title>.+)\((?P<units>[^()]+)\)\s*$")
STATED_TOTAL = re.compile(r"(?P<n>\d+)个(?P<name>优秀创新项目|优秀创新案例|优秀基层案例|优秀组织单位)")
CATEGORIES = {zh: (code, prefix) for code, zh, _, prefix in AWARD_LISTS}  # Chinese name -> (code, id prefix)


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the raw file
    start: int
    end: int  # offset of the line's end (its newline, or end of file)
    text: str


@dataclass(frozen=True)
class Title:
    number: int
    title: str
    title_start: int
    units: str
    units_start: int
    line: int


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for i, chunk in enumerate(text.split("\n"), start=1):
        lines.append(Line(i, pos, pos + len(chunk), chunk))
        pos += len(chunk) + 1
    return lines


def parse_title(line: Line) -> Title | None:
    m = TITLE.match(line.text)
    if not m:
        return None
    return Title(
        number=int(m["number"]),
        title=m["title"],
        title_start=line.start + m.start("title"),
        units=m["units"],
        units_start=line.start + m.start("units"),
        line=line.number,
    )


def bullets(text: str) -> list[tuple[Line, Title | None]]:
    """Bullet lines in file order, each with the numbered title line directly above it (if any)."""
    out, pending = [], None
    for line in split_lines(text):
        if line.text.startswith(BULLET):
            out.append((line, pending))
            pending = None
        elif (title := parse_title(line)) is not None:
            if pending is not None:
                raise DatasetError(f"line {line.number}", "two numbered titles without a bullet between them")
            pending = title
    if pending is not None:
        raise DatasetError(f"line {pending.line}", "numbered title not followed by a bullet")
    return out


def stated_totals(text: str) -> dict[str, int]:
    """The list sizes the article itself announces, e.g. {'优秀创新项目': 30, ...}."""
    found = {m["name"]: int(m["n"]) for m in STATED_TOTAL.finditer(text)}
    missing = [name for name in CATEGORIES if name not in found]
    if missing:
        raise DatasetError("raw source", f"the article's stated total for {missing} was not found")
    return found


def list_boundaries(titled: list[tuple[int, int]], n_bullets: int) -> list[tuple[int, int]]:
    """(first seq, size) of each list, from (seq, number) pairs of the titled bullets."""
    starts = sorted({seq - number + 1 for seq, number in titled})
    if not starts or starts[0] != 1:
        raise DatasetError("numbered titles", f"lists derived from the numbering start at {starts}, not at bullet 1")
    ends = starts[1:] + [n_bullets + 1]
    bounds = [(s, e - s) for s, e in zip(starts, ends)]
    for seq, number in titled:
        first, size = next(b for b in bounds if b[0] <= seq < b[0] + b[1])
        if seq - number + 1 != first:
            raise DatasetError(f"bullet {seq}", f"title number {number} disagrees with the list starting at bullet {first}")
    return bounds


def assign_categories(bounds: list[tuple[int, int]], totals: dict[str, int]) -> list[tuple[int, int, str]]:
    """Match each derived list to the stated list whose size it has; fail unless one-to-one."""
    out = []
    for first, size in bounds:
        names = [name for name in CATEGORIES if totals[name] == size]
        if len(names) != 1:
            raise DatasetError(
                f"list starting at bullet {first}",
                f"its size {size} matches {len(names)} of the stated totals {totals}",
            )
        out.append((first, size, names[0]))
    if sorted(n for *_, n in out) != sorted(CATEGORIES):
        raise DatasetError("numbered titles", f"derived lists {out} do not cover the three stated lists once each")
    return out


def segment(text: str) -> list[dict]:
    """One row per bullet with id, category, number, raw offsets and title (where the article has one)."""
    found = bullets(text)
    titled = [(seq, t.number) for seq, (_, t) in enumerate(found, start=1) if t is not None]
    lists = assign_categories(list_boundaries(titled, len(found)), stated_totals(text))
    rows = []
    for seq, (line, title) in enumerate(found, start=1):
        first, _, name = next(l for l in lists if l[0] <= seq < l[0] + l[1])
        code, prefix = CATEGORIES[name]
        number = seq - first + 1
        rows.append(
            {
                "entry_id": f"{prefix}{number:02d}",
                "seq": seq,
                "category": code,
                "category_zh": name,
                "number": number,
                "line": line.number,
                "start": line.start + len(BULLET),
                "end": line.end,
                "title": title.title if title else None,
                "title_start": title.title_start if title else None,
                "title_end": title.title_start + len(title.title) if title else None,
                "title_units": title.units if title else None,
                "title_units_start": title.units_start if title else None,
            }
        )
    return rows
