"""`make bench`: build times measured, as ratios on the machine it ran on, against the targets.

In one run it times, with the Makefile's own targets: the first `make book` on a fresh clone of
the committed tree (set-up included: a new .venv from requirements.lock); a clean `make book` (the
environment kept; both editions) and a `make book` with nothing changed after it; a clean `make
html` and the `make pdf` after it; a clean `make book EDITIONS=en` (the English edition alone, for
what the Chinese edition adds); and every page executed bare, one after another in its own kernel with
nothing shared, as a reader re-running each page would. It also checks that the two clean builds
made byte-identical figure files, times the extraction on 100 copies of the source, and writes
`data/bench/results.json`, which the methods appendix quotes.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import paths, toc

RESULTS = paths.DATA / "bench" / "results.json"
# (result key, limit, what is compared): every ratio must stay at or below its limit.
TARGETS = (
    ("no_change_over_clean_book", 0.10, "no-change make book / clean make book"),
    ("clean_html_over_bare", 0.60, "clean make html / pages executed bare one after another"),
    ("pdf_over_clean_html", 0.25, "make pdf after clean make html / clean make html"),
    ("first_book_fresh_clone_s", 180.0, "first make book on a fresh clone, set-up included (seconds)"),
    ("both_editions_over_one", 1.5, "clean make book (both editions) / clean make book EDITIONS=en"),
)
# What a clean build starts without: everything `make distclean` removes except the environment.
CLEAN = ("_build", ".jupyter_cache", "_artifacts", ".cache")


def _make(target: str, cwd: Path, log: Path, *variables: str) -> float:
    start = time.perf_counter()
    with log.open("a", encoding="utf-8") as out:
        done = subprocess.run(["make", target, *variables], cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
    if done.returncode:
        raise RuntimeError(f"`make {target} {' '.join(variables)}` failed in {cwd}; see {log}")
    return time.perf_counter() - start


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.glob("*")) if p.is_file()}


def _clean(root: Path) -> None:
    for name in CLEAN:
        shutil.rmtree(root / name, ignore_errors=True)


def fresh_clone(log: Path) -> float:
    """Seconds for `make book` in a fresh clone of HEAD (only committed work is measured)."""
    with tempfile.TemporaryDirectory(prefix="xmgov-bench-clone-") as tmp:
        clone = Path(tmp) / "clone"
        subprocess.run(["git", "clone", "--quiet", str(paths.ROOT), str(clone)], check=True)
        return _make("book", clone, log)


def bare_execution() -> dict[str, float]:
    """Seconds per page, executed one after another, each in a new kernel and with nothing shared
    between pages (an empty analysis cache of its own), as a reader re-running one page would:
    the yardstick for what the build's parallel execution and shared analyses save."""
    from .execute import run_chapter

    before = os.environ.get("XMGOV_ANALYSES")
    seconds = {}
    try:
        for path in toc.notebooks():
            with tempfile.TemporaryDirectory(prefix="xmgov-bench-analyses-") as scratch:
                os.environ["XMGOV_ANALYSES"] = scratch  # the kernel inherits it: see xmgov.shared
                seconds[path.stem] = round(run_chapter(path), 2)
    finally:
        if before is None:
            os.environ.pop("XMGOV_ANALYSES", None)
        else:
            os.environ["XMGOV_ANALYSES"] = before
    return seconds


def run(log: Path) -> dict:
    first = fresh_clone(log)
    _clean(paths.ROOT)
    book = _make("book", paths.ROOT, log)
    figures = _digests(paths.FIGURES)
    no_change = _make("book", paths.ROOT, log)
    _clean(paths.ROOT)
    html = _make("html", paths.ROOT, log)
    again = _digests(paths.FIGURES)
    pdf = _make("pdf", paths.ROOT, log)
    _clean(paths.ROOT)
    english = _make("book", paths.ROOT, log, "EDITIONS=en")  # one edition: the English alone
    _make("book", paths.ROOT, log)  # leave both editions built
    bare = bare_execution()
    results = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "platform": platform.platform(terse=True)},
        "first_book_fresh_clone_s": round(first, 1),
        "clean_book_s": round(book, 1),
        "no_change_book_s": round(no_change, 1),
        "clean_html_s": round(html, 1),
        "pdf_s": round(pdf, 1),
        "pdf_added_to_clean_book_s": round(book - html, 1),
        "clean_book_english_only_s": round(english, 1),
        "bare_execution_s": round(sum(bare.values()), 1),
        "bare_execution_by_page_s": bare,
        "figures_compared": len(again),
        "figures_identical_after_clean_build": figures == again,
    }
    results["no_change_over_clean_book"] = round(no_change / book, 3)
    results["clean_html_over_bare"] = round(html / sum(bare.values()), 3)
    results["pdf_over_clean_html"] = round(pdf / html, 3)
    results["both_editions_over_one"] = round(book / english, 3)
    results["targets"] = [{"key": key, "limit": limit, "what": what, "value": results[key],
                           "met": results[key] <= limit} for key, limit, what in TARGETS]
    from .dataset import bench_extraction

    results["extraction"] = bench_extraction(100)
    return results


def main() -> int:
    with tempfile.NamedTemporaryFile("w", prefix="xmgov-bench-", suffix=".log", delete=False) as f:
        log = Path(f.name)
    print(f"make bench: build output goes to {log}", flush=True)
    results = run(log)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    for target in results["targets"]:
        verdict = "met" if target["met"] else "MISSED"
        print(f"{target['what']:<62} {target['value']:>8} (target <= {target['limit']}) {verdict}")
    print(f"written to {RESULTS.relative_to(paths.ROOT)}")
    if not results["figures_identical_after_clean_build"]:
        print("error: two clean builds made different figure files", file=sys.stderr)
        return 1
    return 0 if all(t["met"] for t in results["targets"]) else 1
