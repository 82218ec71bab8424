"""Write the catalogue's pages (`xmgov catalogue`), before the book is built: the English book's
(catalogue/) and the Chinese edition's (zh/catalogue/), from the same data and layout, each in its
own words (`wording.py`).

Files are rewritten only when their text changes, so Sphinx re-reads only the pages whose entry
changed; pages of entries no longer in the data are removed. The folders are generated, not kept in git.
"""

from __future__ import annotations

from pathlib import Path

from .. import paths
from . import markdown
from .record import Catalogue, build
from .wording import EN, ZH, Words

FOLDER = paths.ROOT / markdown.FOLDER
ZH_FOLDER = paths.ROOT / ZH.folder


def _write(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def write(folder: Path = FOLDER, zh_folder: Path | None = ZH_FOLDER) -> int:
    """Write the index and one page per entry, in English into `folder` and in Chinese into
    `zh_folder` (None: English only); return how many files changed."""
    c = build()
    changed = write_edition(c, folder, EN)
    if zh_folder is not None:
        changed += write_edition(c, zh_folder, ZH)
    return changed


def write_edition(c: Catalogue, folder: Path, w: Words) -> int:
    """One edition's index and entry pages; return how many files changed."""
    pages = {folder / "index.md": markdown.index_page(c, w)}
    pages |= {folder / "entries" / f"{e}.md": markdown.entry_page(c, e, w) for e in c.entries["entry_id"]}
    changed = sum(_write(path, text) for path, text in sorted(pages.items()))
    for old in sorted((folder / "entries").glob("*.md")):
        if old not in pages:
            old.unlink()
            changed += 1
    return changed
