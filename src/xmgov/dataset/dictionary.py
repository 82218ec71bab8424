"""The data-dictionary appendix (appendices/data-dictionary.md): one table per published table."""

from __future__ import annotations

import pandas as pd

CHAPTER = "dictionary"  # its tables are named tab-dictionary-<table>


def _slug(table: str) -> str:
    return table.replace("_", "-")


def analysis() -> pd.DataFrame:
    from . import report

    return report.data_dictionary()


def tables(d: pd.DataFrame) -> list[tuple[str, pd.DataFrame, str]]:
    return [(_slug(table), columns.drop(columns="table"), f"Columns of {table}")
            for table, columns in d.groupby("table", sort=False)]


def facts(d: pd.DataFrame) -> dict:
    """The page places every table it makes: the directives are glued, so a new table in the
    data package appears without editing the page."""
    from IPython.display import Markdown

    names = [f"tab-{CHAPTER}-{slug}" for slug, _, _ in tables(d)]
    return {"dictionary_tables": Markdown("\n\n".join(f"```{{xmtable}} {name}\n```" for name in names))}
