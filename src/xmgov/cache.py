"""Keep the notebook cache honest about data and code.

Jupyter-cache re-executes a notebook only when its own code cells change. Each chapter records the
data files it read and the `xmgov` modules it ran (with sha256), and the figure/table files it
wrote (`xmgov.io`); before a build, `refresh()` drops the cached execution of every chapter whose
data or code changed or whose outputs are missing, so that chapter, and only that chapter, runs
again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import io, paths


@dataclass(frozen=True)
class Staleness:
    chapter: str
    reason: str


def _chapter_files() -> list[Path]:
    return sorted(paths.CHAPTERS.glob("*.md"))


def stale_reason(chapter: str) -> str | None:
    """Why `chapter`'s cached execution can no longer be trusted, or None."""
    manifest = io.read_manifest(chapter)
    if not io.manifest_path(chapter).is_file():
        return None  # never executed by this checkout: the cache has nothing to trust
    for rel, digest in sorted(manifest["inputs"].items()):
        path = paths.ROOT / rel
        if not path.is_file():
            return f"input {rel} is gone"
        if io.sha256(path) != digest:
            return f"input {rel} changed"
    if "code" not in manifest:
        return "its record predates code tracking"
    for rel, digest in sorted(manifest["code"].items()):
        path = paths.ROOT / rel
        if not path.is_file() or io.sha256(path) != digest:
            return f"code {rel} changed"
    for rel in manifest["outputs"]:
        if not (paths.ROOT / rel).is_file():
            return f"output {rel} is missing"
    return None


def _read_notebook(path: Path):
    from myst_nb.core.read import read_myst_markdown_notebook

    return read_myst_markdown_notebook(path.read_text(encoding="utf-8"), path=path)


def refresh(cache_dir: Path | None = None) -> list[Staleness]:
    """Drop cache records of stale chapters; return what was dropped and why."""
    from jupyter_cache import get_cache
    from jupyter_cache.base import CachingError

    cache_dir = Path(cache_dir or paths.JUPYTER_CACHE)
    if not cache_dir.exists():
        return []
    cache = get_cache(cache_dir)
    dropped = []
    for path in _chapter_files():
        chapter = path.stem
        reason = stale_reason(chapter)
        if reason is None:
            continue
        try:
            record = cache.match_cache_notebook(_read_notebook(path))
        except (KeyError, CachingError):
            continue  # not cached: it will execute anyway
        cache.remove_cache(record.pk)
        dropped.append(Staleness(chapter, reason))
    return dropped


def is_cached(path: Path, cache_dir: Path | None = None) -> bool:
    """Whether the notebook at `path` has a cached execution for its current code."""
    from jupyter_cache import get_cache

    cache_dir = Path(cache_dir or paths.JUPYTER_CACHE)
    if not cache_dir.exists():
        return False
    try:
        get_cache(cache_dir).match_cache_notebook(_read_notebook(path))
    except KeyError:
        return False
    return True
