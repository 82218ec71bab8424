"""Tables readers can download: every table shown in the book is also a CSV with a stable name.

`show_table` writes `_artifacts/tables/tab-<chapter>-<slug>.csv` (exactly the cells shown) and a
JSON record with the caption; the Sphinx directive `xmtable` renders it as a numbered table with a
download link, in HTML and PDF alike. In Jupyter the returned object displays the table directly.
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from . import paths
from .figures import figure_name, publication_folder

if TYPE_CHECKING:
    from .chinese import Chinese


SHORT_TABLE_ROWS = 15  # a table this short is kept on one page in the PDF (class xm-short)


class Table:
    """A published table; displays itself in Jupyter."""

    def __init__(self, name: str, caption: str, frame: pd.DataFrame):
        self.name, self.caption, self.frame = name, caption, frame

    def _repr_html_(self) -> str:
        classes = "xm-table xm-short" if len(self.frame) <= SHORT_TABLE_ROWS else "xm-table"
        body = self.frame.to_html(index=False, escape=True, border=0, classes=classes)
        link = f'<a href="{html.escape(site_url(self.name))}">{self.name}.csv</a>'
        return (f'<div class="xm-table-block"><p class="xm-table-caption"><strong>'
                f'{html.escape(self.caption)}</strong></p>{body}'
                f'<p class="xm-downloads">Download: data (CSV) {link}</p></div>')

    def __repr__(self) -> str:
        return f"{self.caption}\n{self.frame.to_string(index=False)}"


def site_url(name: str) -> str:
    """Where the published CSV is, relative to the page of the notebook running now: notebooks
    execute in their own folder, and the site publishes tables under `tables/` at its root."""
    depth = os.path.relpath(paths.ROOT, Path.cwd()).replace(os.sep, "/")
    prefix = "" if depth == "." else f"{depth}/"
    return f"{prefix}tables/{name}.csv"


def table_name(chapter: str, slug: str) -> str:
    return "tab-" + figure_name(chapter, slug)[len("fig-"):]


def show_table(df: pd.DataFrame, chapter: str, slug: str, caption: str,
               out_dir: Path | None = None, zh: "Chinese | None" = None) -> Table:
    """Publish `df` (already formatted as it should be read) and return it for display; `zh`
    gives the Chinese edition's caption and headers (`xmgov.chinese`)."""
    name = table_name(chapter, slug)
    out_dir = publication_folder(name, {"caption": caption}, df, "the table's cells",
                                 out_dir or paths.TABLES)
    frame = df.reset_index(drop=True)
    frame.columns = [str(c) for c in frame.columns]
    frame.to_csv(out_dir / f"{name}.csv", index=False, lineterminator="\n")
    record = {"name": name, "chapter": chapter, "caption": caption.strip(),
              "file": f"{name}.csv", "columns": list(frame.columns), "rows": len(frame)}
    if zh is not None:
        record["zh"] = zh.table_record(name, record["columns"])
    (out_dir / f"{name}.json").write_text(
        json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return Table(name, caption.strip(), frame)


def load_table(name: str, table_dir: Path | None = None) -> tuple[dict, pd.DataFrame]:
    """The record and cells of published table `name` (all cells as text, as shown)."""
    table_dir = Path(table_dir or paths.TABLES)
    meta = table_dir / f"{name}.json"
    if not meta.is_file():
        raise FileNotFoundError(f"{meta}: table {name!r} has not been made; its chapter must run "
                                f"first (`make html`; if the notebook cache is stale, `make distclean`)")
    record = json.loads(meta.read_text(encoding="utf-8"))
    cells = pd.read_csv(table_dir / record["file"], dtype=str, keep_default_na=False)
    return record, cells
