"""Keep the notebook cache honest about data and code.

Jupyter-cache re-executes a notebook only when its own code cells change. Each executed page
records every project file it read and wrote (`xmgov.manifest`); before a build, `refresh()` drops
the cached execution of every page of the table of contents whose inputs changed or whose outputs
are missing, so that page, and only that page, runs again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import manifest, paths, toc


@dataclass(frozen=True)
class Staleness:
    page: str
    reason: str


def executed_pages(root: Path | None = None) -> dict[str, Path]:
    """Every page of the table of contents that executes (a notebook), by page name."""
    root = root or paths.ROOT
    pages = {}
    for document in toc.authored(root / "_toc.yml"):
        source = toc.source_file(document, root)
        if toc.is_notebook(source):
            pages[Path(document).name] = source
    return pages


def stale_reason(page: str, root: Path | None = None, manifests: Path | None = None) -> str | None:
    """Why `page`'s cached execution can no longer be trusted, or None."""
    record = manifest.read_manifest(page, manifests)
    if record is None:
        return "it has no record of its inputs"
    reason = manifest.unchanged(record["inputs"], root)
    if reason:
        return reason
    for rel in record["outputs"]:
        if not ((root or paths.ROOT) / rel).is_file():
            return f"output {rel} is missing"
    return None


def stale_pages(root: Path | None = None, manifests: Path | None = None) -> dict[str, str]:
    """Every executed page whose recorded inputs or outputs no longer hold, with the reason."""
    reasons = {page: stale_reason(page, root, manifests) for page in executed_pages(root)}
    return {page: reason for page, reason in reasons.items() if reason}


def read_notebook(path: Path):
    """A MyST notebook as myst-nb reads it (so its cache key is the one the build looks up), with
    cell ids by position instead of the random ones nbformat draws, so the notebooks the site
    offers for download are the same bytes at every build (the cache key leaves ids out)."""
    from myst_nb.core.read import read_myst_markdown_notebook

    notebook = read_myst_markdown_notebook(path.read_text(encoding="utf-8"), path=path)
    for number, cell in enumerate(notebook.cells):
        cell.id = f"cell-{number}"
    return notebook


def cached_record(cache, path: Path):
    """The cache record of the notebook at `path` for its current code cells, or None."""
    from jupyter_cache.base import CachingError

    try:
        return cache.match_cache_notebook(read_notebook(path))
    except (KeyError, CachingError):
        return None


def refresh(cache_dir: Path | None = None, root: Path | None = None,
            manifests: Path | None = None) -> list[Staleness]:
    """Drop cache records of stale pages; return what was dropped and why."""
    from jupyter_cache import get_cache

    cache_dir = Path(cache_dir or paths.JUPYTER_CACHE)
    if not cache_dir.exists():
        return []
    cache = get_cache(cache_dir)
    sources = executed_pages(root)
    dropped = []
    for page, reason in stale_pages(root, manifests).items():
        record = cached_record(cache, sources[page])
        if record is not None:  # not cached: it will execute anyway
            cache.remove_cache(record.pk)
            dropped.append(Staleness(page, reason))
    return dropped


def execution_times(env, root: Path | None = None) -> dict[str, float]:
    """When the cached execution of each executed page of the edition at `root` was made
    (seconds since the epoch), by Sphinx docname; pages without one are left out."""
    from datetime import timezone

    from jupyter_cache import get_cache

    cache = get_cache(paths.JUPYTER_CACHE)
    out = {}
    for path in executed_pages(root).values():
        record = cached_record(cache, path)
        if record is not None:
            created = record.created
            if created.tzinfo is None:  # stored as naive UTC
                created = created.replace(tzinfo=timezone.utc)
            out[env.path2doc(str(path))] = created.timestamp()
    return out


def uncached(cache_dir: Path | None = None, root: Path | None = None) -> dict[str, Path]:
    """The executed pages the cache holds no execution for (after `refresh`: the stale ones)."""
    from jupyter_cache import get_cache

    cache = get_cache(Path(cache_dir or paths.JUPYTER_CACHE))
    return {page: path for page, path in executed_pages(root).items()
            if cached_record(cache, path) is None}
