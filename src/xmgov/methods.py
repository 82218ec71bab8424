"""What the methods appendix reports about the environment, the benchmark and the referees'
readings, read at build time.

Versions come from the installed distributions (importlib.metadata), never from a typed list;
build times come from data/bench/results.json, which `make bench` writes; the referees' findings
and what was done about each come from data/review/referee_findings.csv.
"""

from __future__ import annotations

import json
import platform
from importlib import metadata
from pathlib import Path

import pandas as pd

from . import fonts, paths
from .bench import RESULTS

REVIEW = paths.DATA / "review" / "referee_findings.csv"
REVIEW_COLUMNS = ("reading", "finding", "where", "what_was_done")

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
BENCH_KEYS = ("first_book_fresh_clone_s", "clean_html_s", "pdf_s", "clean_book_s", "no_change_book_s",
              "pdf_added_to_clean_book_s", "bare_execution_s", "bare_execution_by_page_s",
              "figures_identical_after_clean_build", "targets", "extraction", "machine")


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
    return {"env_python": platform.python_version(), "env_font": fonts.FAMILY,
            "env_font_version": metadata.version("noto-cjk-sans-otc")}


NOT_MEASURED = "not yet measured for this version of the build (run `make bench`)"


def bench_results(path: Path = RESULTS) -> dict | None:
    """The benchmark written by `make bench`, or None if there is none with every key the
    appendix quotes (before the first `make bench`, or after its measures changed): the page
    then says so instead of failing, since `make bench` itself builds the page."""
    if not Path(path).is_file():
        return None
    results = json.loads(path.read_text(encoding="utf-8"))
    return results if all(k in results for k in BENCH_KEYS) else None


def bench_facts(results: dict | None) -> dict:
    """The benchmark as the phrases the appendix glues (seconds rounded as printed)."""
    names = ("bench_first_book_fresh_clone_s", "bench_clean_html_s", "bench_pdf_s", "bench_clean_book_s",
             "bench_no_change_book_s", "bench_pdf_added_s", "bench_bare_execution_s", "bench_targets_met",
             "bench_figures_identical", "bench_machine", "bench_extraction")
    if results is None:
        return dict.fromkeys(names, NOT_MEASURED)
    machine, extraction = results["machine"], results["extraction"]
    targets = results["targets"]
    met = sum(t["met"] for t in targets)
    seconds = lambda key: f"{results[key]:.0f} s"  # noqa: E731
    return {
        "bench_first_book_fresh_clone_s": seconds("first_book_fresh_clone_s"),
        "bench_clean_html_s": seconds("clean_html_s"),
        "bench_pdf_s": seconds("pdf_s"),
        "bench_clean_book_s": seconds("clean_book_s"),
        "bench_no_change_book_s": seconds("no_change_book_s"),
        "bench_pdf_added_s": seconds("pdf_added_to_clean_book_s"),
        "bench_bare_execution_s": seconds("bare_execution_s"),
        "bench_targets_met": ("every target was met" if met == len(targets) else
                              f"{met} of the {len(targets)} targets were met"),
        "bench_figures_identical": ("byte for byte identical" if results["figures_identical_after_clean_build"]
                                    else "not all byte for byte identical"),
        "bench_machine": (f"{machine['cpus']} CPU cores ({machine['platform']}, "
                          f"Python {machine['python']})"),
        "bench_extraction": (f"{extraction['seconds_replicated']:.2f} s for the source replicated "
                             f"{extraction['copies']} times against {extraction['seconds_once']:.3f} s "
                             f"for one copy, a ratio per copy of {extraction['ratio_per_copy']:.2f}"),
    }


def bench_targets(results: dict | None) -> pd.DataFrame:
    """Each build-time target of the project with the value measured."""
    if results is None:
        return pd.DataFrame([{"measure": "every target", "measured": NOT_MEASURED}])
    return pd.DataFrame([{"measure": t["what"], "measured": t["value"], "target (at most)": t["limit"],
                          "met": "yes" if t["met"] else "no"} for t in results["targets"]])


def bench_by_chapter(results: dict | None) -> pd.DataFrame:
    """Seconds to execute each page outside the build, slowest first."""
    if results is None:
        return pd.DataFrame([{"page": "every page", "seconds": NOT_MEASURED}])
    times = results["bare_execution_by_page_s"]
    table = pd.DataFrame({"page": list(times), "seconds": list(times.values())})
    return table.sort_values(["seconds", "page"], ascending=[False, True], ignore_index=True)


def referee_findings(path: Path = REVIEW) -> pd.DataFrame:
    """The referees' findings, one row each, with what was done; an empty cell is an error, since a
    finding without its resolution is exactly what the table exists to rule out."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = set(REVIEW_COLUMNS) - set(table.columns)
    if missing:
        raise ValueError(f"{path}: missing column(s) {sorted(missing)}")
    for line, row in enumerate(table.itertuples(index=False), start=2):
        empty = [c for c in REVIEW_COLUMNS if not getattr(row, c).strip()]
        if empty:
            raise ValueError(f"{path}, line {line}: empty {empty}")
    return table[list(REVIEW_COLUMNS)]


def review_facts(table: pd.DataFrame) -> dict:
    readings = list(dict.fromkeys(table["reading"]))
    return {"review_findings": len(table), "review_readings": len(readings)}


def analysis() -> dict:
    """The methods appendix (chapters/methods.md) reports the environment and the benchmark."""
    return bench_results()


def facts(bench: dict) -> dict:
    return environment() | bench_facts(bench) | review_facts(referee_findings())


def tables(bench: dict) -> list[tuple[str, pd.DataFrame, str]]:
    return [("packages", versions(), "Packages used to build the book, with the versions installed at build time"),
            ("build-targets", bench_targets(bench),
             "Build times against the project's targets, as measured by make bench (ratios are of "
             "two times measured in the same run)"),
            ("execution-times", bench_by_chapter(bench),
             "Seconds to execute each page bare, one after another, as measured by make bench"),
            ("referee-findings", referee_findings().rename(columns={"what_was_done": "what was done"}),
             "What the referees' readings of the book found, and what was done about each")]
