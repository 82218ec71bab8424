"""What the methods appendix reports about the environment and the benchmark, read at build time.

Versions come from the installed distributions (importlib.metadata), never from a typed list;
build times come from data/bench/results.json, which `make bench` writes.
"""

from __future__ import annotations

import json
import platform
from importlib import metadata
from pathlib import Path

import pandas as pd

from .. import fonts, io
from ..bench import RESULTS

# The distributions a reader needs the same versions of to reproduce the book, by role.
PACKAGES = (
    ("jupyter-book", "book build"), ("sphinx", "book build"), ("myst-nb", "notebooks in Markdown"),
    ("jupyter-cache", "notebook cache"), ("sphinxcontrib-bibtex", "references"),
    ("sphinx-simplepdf", "PDF"), ("weasyprint", "PDF"), ("jupytext", "notebooks in Markdown"),
    ("nbclient", "notebook execution"), ("pandas", "data"), ("numpy", "data"),
    ("frictionless", "data package"), ("pyyaml", "annotations"), ("scipy", "statistics"),
    ("krippendorff", "statistics"), ("networkx", "networks"), ("jieba", "segmentation"),
    ("stopwordsiso", "segmentation"), ("matplotlib", "figures"), ("wordcloud", "figures"),
    ("noto-cjk-sans-otc", "CJK font"), ("pytest", "tests"),
)
BENCH_KEYS = ("clean_html_build_s", "no_change_rebuild_s", "pdf_build_s", "bare_execution_s",
              "rebuild_over_clean", "clean_over_bare_execution", "figures_identical_after_clean_build",
              "extraction", "machine")


def versions(packages=PACKAGES) -> pd.DataFrame:
    """package, version, role; a package that is not installed is an error, not a blank."""
    rows = []
    for name, role in packages:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError as exc:
            raise RuntimeError(f"package {name!r} ({role}) is not installed; run `make env`") from exc
        rows.append({"package": name, "version": version, "role": role})
    return pd.DataFrame(rows)


def environment() -> dict:
    """Python version, the CJK font family and the version of the package it comes from."""
    return {"python": platform.python_version(), "font": fonts.FAMILY,
            "font_package": "noto-cjk-sans-otc", "font_version": metadata.version("noto-cjk-sans-otc")}


def bench_results(path: Path = RESULTS) -> dict:
    """The benchmark written by `make bench`, checked for the keys the appendix quotes."""
    if not Path(path).is_file():
        raise FileNotFoundError(f"{path}: no benchmark yet. Run `make bench` (it times a clean build, "
                                f"a no-change rebuild, the PDF and bare execution, and writes this file).")
    results = json.loads(io.tracked(path).read_text(encoding="utf-8"))
    missing = [k for k in BENCH_KEYS if k not in results]
    if missing:
        raise ValueError(f"{path}: key(s) {missing} missing; re-run `make bench`")
    return results


def bench_facts(results: dict) -> dict:
    """The benchmark flattened into the numbers and phrases the appendix glues."""
    machine, extraction = results["machine"], results["extraction"]
    identical = results["figures_identical_after_clean_build"]
    out = {f"bench_{k}": results[k] for k in ("clean_html_build_s", "no_change_rebuild_s", "pdf_build_s",
                                               "bare_execution_s", "rebuild_over_clean",
                                               "clean_over_bare_execution")}
    out["bench_rebuild_pct"] = 100 * results["rebuild_over_clean"]
    out["bench_figures_identical"] = {True: "byte for byte identical to those of the previous build",
                                      False: "not all byte for byte identical to those of the "
                                             "previous build",
                                      None: "not compared (there was no previous build)"}[identical]
    out.update(bench_python=machine["python"], bench_cpus=machine["cpus"],
               bench_platform=machine["platform"])
    if extraction:
        out.update(bench_extraction_copies=extraction["copies"],
                   bench_extraction_once_s=extraction["seconds_once"],
                   bench_extraction_replicated_s=extraction["seconds_replicated"],
                   bench_extraction_ratio=extraction["ratio_per_copy"])
    return out


def bench_by_chapter(results: dict) -> pd.DataFrame:
    """Seconds to execute each notebook outside the build, slowest first."""
    times = results.get("bare_execution_by_chapter_s") or {}
    if not times:
        raise ValueError(f"{RESULTS}: no per-chapter execution times; re-run `make bench`")
    table = pd.DataFrame({"notebook": list(times), "seconds": list(times.values())})
    return table.sort_values(["seconds", "notebook"], ascending=[False, True], ignore_index=True)
