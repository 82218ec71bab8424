"""The web book's search: a Pagefind index for each edition, built once both sites are written.

Pagefind's extended build segments Chinese as it indexes and as it reads a query; each edition is
indexed as Chinese, so that the English edition's Chinese quotations are found word by word too
(English words are still split at spaces). The English index, `pagefind/`, holds the English pages
only (the Chinese site sits in its `zh/` folder); the Chinese index is `zh/pagefind/`. Each
edition's search page reads its own index (`xmgov.sphinxext`).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from . import editions, toc


def english_pages_glob() -> str:
    """The English site's pages: those at its root and in the folders of its documents."""
    folders = sorted({doc.split("/")[0] for doc in toc.documents() if "/" in doc})
    return "{" + ",".join(["*.html"] + [f"{folder}/**/*.html" for folder in folders]) + "}"


def _pagefind(site: Path, *options: str) -> Path:
    if not (site / "index.html").is_file():
        raise FileNotFoundError(f"{site}: no web book to index (build it first: `make html`)")
    subprocess.run([sys.executable, "-m", "pagefind_bin_extended", "--site", str(site),
                    "--force-language", "zh", "--quiet", *options], check=True)
    return site / "pagefind"


def index() -> list[Path]:
    """Index each edition that is built; return the indexes written."""
    written = [_pagefind(editions.get("en").html, "--glob", english_pages_glob())]
    if (editions.get("zh").html / "index.html").is_file():
        written.append(_pagefind(editions.get("zh").html))
    return written
