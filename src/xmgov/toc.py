"""The book's table of contents as a flat list of documents, for checks and the figure index."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from . import paths

FIGURE_DIRECTIVE = re.compile(r"^```\{xmfigure\}\s+(\S+)", re.MULTILINE)
TABLE_DIRECTIVE = re.compile(r"^```\{xmtable\}\s+(\S+)", re.MULTILINE)


# Pages written from the data by `xmgov catalogue` before a build, not by hand: they exist only
# after that step, hold no prose an author typed, and never execute.
GENERATED = "catalogue/"


def documents(toc_path: Path | None = None) -> list[str]:
    """Every document of `_toc.yml` in reading order, as paths without suffix (a `glob` entry
    stands for the files it matches, in name order)."""
    toc_path = Path(toc_path or paths.ROOT / "_toc.yml")
    toc = yaml.safe_load(toc_path.read_text(encoding="utf-8"))
    found = [toc["root"]]

    def walk(node):
        if isinstance(node, dict):
            if "file" in node:
                found.append(node["file"])
            if "glob" in node:
                found.extend(p.relative_to(toc_path.parent).with_suffix("").as_posix()
                             for p in sorted(toc_path.parent.glob(node["glob"] + ".md")))
            for key in ("parts", "chapters", "sections"):
                for child in node.get(key, []):
                    walk(child)

    walk(toc)
    return found


def numbered_chapters(toc_path: Path | None = None) -> list[str]:
    """The top-level documents of the numbered parts (the book's chapters), in order."""
    toc_path = Path(toc_path or paths.ROOT / "_toc.yml")
    toc = yaml.safe_load(toc_path.read_text(encoding="utf-8"))
    return [chapter["file"] for part in toc.get("parts", []) if part.get("numbered")
            for chapter in part.get("chapters", []) if "file" in chapter]


def authored(toc_path: Path | None = None) -> list[str]:
    """The documents a person writes: every document but the generated ones."""
    return [doc for doc in documents(toc_path) if not doc.startswith(GENERATED)]


def source_file(document: str, root: Path | None = None) -> Path:
    for suffix in (".md", ".ipynb"):
        path = (root or paths.ROOT) / f"{document}{suffix}"
        if path.is_file():
            return path
    raise FileNotFoundError(f"_toc.yml lists {document!r} but no {document}.md exists")


def is_notebook(source: Path) -> bool:
    """Whether a page executes: a MyST notebook declares a kernel in its front matter."""
    return source.suffix == ".ipynb" or "\nkernelspec:" in source.read_text(encoding="utf-8")


def notebooks(root: Path | None = None) -> list[Path]:
    """The source files of every page that executes, in reading order."""
    root = root or paths.ROOT
    files = [source_file(doc, root) for doc in authored(root / "_toc.yml")]
    return [f for f in files if is_notebook(f)]


def placed(document: str, pattern: re.Pattern = FIGURE_DIRECTIVE, root: Path | None = None) -> list[str]:
    """Names of the figures (or, with TABLE_DIRECTIVE, tables) a document places, in order."""
    return pattern.findall(source_file(document, root).read_text(encoding="utf-8"))
