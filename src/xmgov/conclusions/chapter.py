"""The conclusions chapter (chapters/conclusions.md): the synthesis, its facts, figure and tables."""

from __future__ import annotations

from .. import shared
from .findings import Synthesis


def analysis() -> Synthesis:
    from . import findings

    return shared.result("conclusions", findings.analyse)


def facts(s: Synthesis) -> dict:
    from . import findings

    return findings.conclusions_facts(s)


def facts_zh(s: Synthesis, facts: dict) -> dict:
    """The Chinese edition's worded values (xmgov.conclusions.chinese), from the same synthesis."""
    from . import chinese

    return chinese.conclusions_zh(s, facts)


def figures(s: Synthesis) -> None:
    from . import plots

    plots.theme_feature_heatmap(s.cells, s.overall, s.themes.book.frame())


def tables(s: Synthesis) -> list[tuple]:
    from . import chinese, findings

    features = findings.overall_display(s)
    return [
        ("features", features,
         "The per-entry features of collaboration and evidence used in this chapter: entries showing "
         "each, with 95% Wilson intervals", chinese.features_table_zh(features)),
        ("notable-cells", findings.notable_cells(s),
         "Theme × feature cells with Fisher's exact p < 0.05 before correction: entries with the "
         "feature among those with the theme (95% Wilson interval) and among the rest, and the "
         "Benjamini–Hochberg q over all cells", chinese.notable_table_zh(s)),
    ]
