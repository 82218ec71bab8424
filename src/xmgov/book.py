"""What every chapter runs first: the house style, and recording which data it reads."""

from __future__ import annotations

from . import io
from .figures import use_style


def setup(chapter: str) -> None:
    """Prepare a chapter notebook: figure style, CJK font, and its input/output manifest."""
    import pandas as pd

    io.begin_chapter(chapter)
    use_style()
    pd.set_option("display.max_colwidth", 80)
    pd.set_option("display.width", 120)


def plain(value):
    """A numpy scalar as the Python number it holds (myst-nb formats only Python numbers)."""
    return value.item() if hasattr(value, "item") and not isinstance(value, (str, bytes)) else value


def glue_facts(facts: dict, prefix: str = "") -> None:
    """Glue every computed number the prose quotes, under `prefix + key`, without displaying it."""
    from myst_nb import glue

    for key, value in facts.items():
        glue(f"{prefix}{key}", plain(value), display=False)


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """'1 entry', '9 entries', 'no entries': a count with its noun, for glued prose."""
    n = int(n)
    noun = singular if n == 1 else (plural or singular + "s")
    return f"no {noun}" if n == 0 else f"{n} {noun}"


def percentile(value: float) -> str:
    """A percentile as words a lay reader parses: 'the 13th', 'below 0.1% of', never '0.23th'."""
    if value < 1:
        return f"below all but {max(value, 0.1):.1f}% of"
    rank = int(round(value))
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"at the {rank}{suffix} percentile of"
