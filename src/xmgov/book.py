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
