"""The themes chapter (chapters/themes.md): its analysis, glued facts, figures and tables."""

from __future__ import annotations

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


def facts_zh(t: Themes, facts: dict) -> dict:
    """The Chinese edition's worded values (xmgov.themes.chinese), from the same analysis."""
    from .chinese import facts_zh as chinese_facts

    return chinese_facts(t, facts)


def figures(t: Themes) -> None:
    from . import report

    report.draw(t)


def tables(t: Themes) -> list[tuple]:
    from . import tables as themes_tables, typology
    from .chinese import with_chinese

    typed = typology.analyse(t.entries)
    return with_chinese(t, themes_tables.published(t), typed, typology.tables(typed))
