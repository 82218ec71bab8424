"""Write the catalogue's pages (`xmgov catalogue`), before the book is built.

Files are rewritten only when their text changes, so Sphinx re-reads only the pages whose entry
changed; pages of entries no longer in the data are removed. The folder is generated, not kept in git.
"""

from __future__ import annotations

from pathlib import Path

from .. import paths
from . import markdown
from .record import build

FOLDER = paths.ROOT / markdown.FOLDER


def _write(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def write(folder: Path = FOLDER) -> int:
    """Write the index and one page per entry; return how many files changed."""
    c = build()
    pages = {folder / "index.md": markdown.index_page(c)}
    pages |= {folder / "entries" / f"{e}.md": markdown.entry_page(c, e) for e in c.entries["entry_id"]}
    changed = sum(_write(path, text) for path, text in sorted(pages.items()))
    for old in sorted((folder / "entries").glob("*.md")):
        if old not in pages:
            old.unlink()
            changed += 1
    return changed
