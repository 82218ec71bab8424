"""Counts and ranks as words for glued prose: shared by every analysis, below the book layer."""

from __future__ import annotations


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """'1 entry', '9 entries', 'no entries': a count with its noun, for glued prose."""
    n = int(n)
    noun = singular if n == 1 else (plural or singular + "s")
    return f"no {noun}" if n == 0 else f"{n} {noun}"


def series(items) -> str:
    """'A', 'A and B', 'A, B and C' (and 'none' for no names): a list of names for a sentence."""
    items = list(items)
    if not items:
        return "none"
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def percentile(value: float) -> str:
    """A percentile as words a lay reader parses: 'the 13th', 'below 0.1% of', never '0.23th'."""
    if value < 1:
        return f"below all but {max(value, 0.1):.1f}% of"
    rank = int(round(value))
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"at the {rank}{suffix} percentile of"
