"""The themes chapter (chapters/themes.md): its analysis, glued facts, figures and tables."""

from __future__ import annotations

import pandas as pd

from .. import shared
from .report import Themes


def _compute() -> Themes:
    from ..dataset import load
    from . import report

    return report.analyse(load.entries())


def analysis() -> Themes:
    return shared.result("themes", _compute)


def facts(t: Themes) -> dict:
    from . import report, typology

    return report.facts(t) | typology.facts(typology.analyse(t.entries))


def figures(t: Themes) -> None:
    from . import report

    report.draw(t)


def tables(t: Themes) -> list[tuple[str, pd.DataFrame, str]]:
    from . import tables as themes_tables, typology

    return themes_tables.published(t) + typology.tables(typology.analyse(t.entries))
