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
