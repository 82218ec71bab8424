"""The data-dictionary appendix (appendices/data-dictionary.md): one table per published table."""

from __future__ import annotations

import pandas as pd

CHAPTER = "dictionary"  # its tables are named tab-dictionary-<table>


def _slug(table: str) -> str:
    return table.replace("_", "-")


def analysis() -> pd.DataFrame:
    from . import report

    return report.data_dictionary()


def tables(d: pd.DataFrame) -> list[tuple]:
    """One table per published table, each with its Chinese (descriptions from
    data/dictionary_zh.csv; a description not yet translated shows in English)."""
    from .chinese import dictionary_cells, dictionary_table

    cells = dictionary_cells()
    out = []
    for table, columns in d.groupby("table", sort=False):
        frame = columns.drop(columns="table")
        out.append((_slug(table), frame, f"Columns of {table}", dictionary_table(table, frame, cells)))
    return out


def facts(d: pd.DataFrame) -> dict:
    """The page places every table it makes: the directives are glued, so a new table in the
    data package appears without editing the page."""
    from IPython.display import Markdown

    names = [f"tab-{CHAPTER}-{slug}" for slug, *_ in tables(d)]
    return {"dictionary_tables": Markdown("\n\n".join(f"```{{xmtable}} {name}\n```" for name in names))}
