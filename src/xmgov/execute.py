"""Executing pages: the stale ones in parallel before a build, or one as a reader re-running it.

`execute_stale()` drops stale cache records (`xmgov.cache.refresh`), then executes every page the
cache holds no execution for across the machine's cores, each in its own kernel, with the same
function myst-nb uses (`jupyter_cache`'s `single_nb_execution`, in the page's own folder), and
stores the results in the notebook cache. Sphinx then only reads them: pages that are slow to
execute no longer run one after another inside the build. The longest pages start first, and a
page that builds on other pages' shared analyses (`xmgov.pages.AFTER`) starts after them.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from . import paths

TIMEOUT = 600
TIMINGS = paths.ROOT / ".cache" / "execution-seconds.json"  # last measured, to start long pages first


def _execute(path: str) -> tuple[dict, float, str | None]:
    """Worker: execute the notebook at `path`; return it, the seconds taken and any error."""
    from jupyter_cache.executors.utils import single_nb_execution

    from .cache import read_notebook

    notebook = read_notebook(Path(path))
    result = single_nb_execution(notebook, cwd=str(Path(path).parent), timeout=TIMEOUT,
                                 allow_errors=False, meta_override=True)
    return notebook, result.time, result.exc_string if result.err else None


def _timings() -> dict[str, float]:
    """Seconds per page as last measured: by the last build here, else by `make bench`."""
    from .bench import RESULTS

    for path, key in ((TIMINGS, None), (RESULTS, "bare_execution_by_page_s")):
        try:
            found = json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            continue
        found = found.get(key, {}) if key else found
        if found:
            return found
    return {}


def schedule(pages: list[str], after: dict[str, tuple[str, ...]], seconds: dict[str, float]):
    """Yield, each time a page finishes (send its name), the pages that may start now: longest
    first, and a page only once the pages it comes after (among `pages`) are done."""
    waiting = sorted(pages, key=lambda page: (-seconds.get(page, 0.0), page))
    done: set[str] = set()
    finished = None
    while waiting:
        if finished:
            done.add(finished)
        ready = [p for p in waiting if all(d in done or d not in pages for d in after.get(p, ()))]
        waiting = [p for p in waiting if p not in ready]
        finished = yield ready


def execute_pages(pages: dict[str, Path], workers: int | None = None) -> dict[str, float]:
    """Execute `pages` (name -> source) in parallel into the notebook cache; seconds per page.
    Raises RuntimeError naming every page that failed, after caching the ones that succeeded."""
    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn

    from .pages import AFTER

    if not pages:
        return {}
    cache = get_cache(paths.JUPYTER_CACHE)
    before = _timings()
    plan = schedule(list(pages), AFTER, before)
    queue = list(next(plan))
    workers = min(workers or os.cpu_count() or 1, len(pages))
    seconds, failures, running = {}, [], {}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        while queue or running:
            while queue and len(running) < workers:
                page = queue.pop(0)
                running[pool.submit(_execute, str(pages[page]))] = page
            future = next(as_completed(running))
            page = running.pop(future)
            notebook, took, error = future.result()
            if error:
                failures.append(f"{pages[page].relative_to(paths.ROOT)}: a cell failed\n{error}")
            else:
                cache.cache_notebook_bundle(
                    CacheBundleIn(notebook, str(pages[page]), data={"execution_seconds": took}),
                    check_validity=False, overwrite=True)
                seconds[page] = round(took, 2)
                print(f"executed {page} in {took:.1f} s", flush=True)
            try:
                queue += plan.send(page)
            except StopIteration:
                pass
    TIMINGS.parent.mkdir(parents=True, exist_ok=True)
    TIMINGS.write_text(json.dumps(before | seconds, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if not failures and set(seconds) != set(pages):
        failures.append(f"pages never ready to run (xmgov.pages.AFTER is circular?): "
                        f"{sorted(set(pages) - set(seconds))}")
    if failures:
        raise RuntimeError("\n\n".join(failures))
    return seconds


def execute_stale(workers: int | None = None) -> dict[str, float]:
    """Drop stale executions, then execute every page without a cached one; seconds per page."""
    from .cache import refresh, uncached

    for item in refresh():
        print(f"re-executing {item.page}: {item.reason}", flush=True)
    paths.JUPYTER_CACHE.mkdir(parents=True, exist_ok=True)
    return execute_pages(uncached(), workers)


def run_chapter(path: Path | str, timeout: int = TIMEOUT) -> float:
    """Execute the MyST notebook at `path` in its own folder, as a reader re-running it would;
    raise on the first failing cell. Its record of inputs goes to a scratch folder, so it cannot
    vouch for a cached result it did not produce."""
    path = Path(path).resolve()
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such chapter")
    before = os.environ.get("XMGOV_MANIFESTS")
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="xmgov-manifests-") as scratch:
        os.environ["XMGOV_MANIFESTS"] = scratch  # the kernel inherits it: see xmgov.manifest
        try:
            _, _, error = _execute(str(path))
        finally:
            if before is None:
                os.environ.pop("XMGOV_MANIFESTS", None)
            else:
                os.environ["XMGOV_MANIFESTS"] = before
    if error:
        raise RuntimeError(f"{path.relative_to(paths.ROOT)}: a cell failed\n{error}")
    return time.perf_counter() - start
