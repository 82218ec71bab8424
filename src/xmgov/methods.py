"""What the methods appendix reports about the environment, the benchmark and the referees'
readings, read at build time.

Versions come from the installed distributions (importlib.metadata), never from a typed list;
build times come from data/bench/results.json, which `make bench` writes; the referees' findings
and what was done about each come from data/review/referee_findings.csv.
"""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Callable

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
              "figures_identical_after_clean_build", "targets", "extraction", "machine",
              "clean_book_english_only_s", "both_editions_over_one")


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


# Each measured duration the appendix quotes: the key of data/bench/results.json, in seconds.
DURATIONS = ("first_book_fresh_clone_s", "clean_html_s", "pdf_s", "clean_book_s", "no_change_book_s",
             "pdf_added_to_clean_book_s", "bare_execution_s", "clean_book_english_only_s")


@dataclass(frozen=True)
class BenchWords:
    """How one edition words the benchmark; the values come from the same results for both."""

    not_measured: str
    seconds: str  # format of a duration, e.g. "{:.0f} s"
    targets_met: Callable[[int, int], str]  # (met, targets) -> phrase
    identical: tuple[str, str]  # the figure files were / were not identical
    machine: str  # format with cpus, platform, python
    extraction: str  # format with the extraction's keys
    editions: str  # format with ratio and limit: both editions against the English alone


EN_BENCH = BenchWords(
    NOT_MEASURED, "{:.0f} s",
    lambda met, n: "every target was met" if met == n else f"{met} of the {n} targets were met",
    ("byte for byte identical", "not all byte for byte identical"),
    "{cpus} CPU cores ({platform}, Python {python})",
    "{seconds_replicated:.2f} s for the source replicated {copies} times against {seconds_once:.3f} s "
    "for one copy, a ratio per copy of {ratio_per_copy:.2f}",
    "{ratio:.2f} times the English edition's alone (the target: at most {limit})")


def bench_words(results: dict | None, words: BenchWords) -> dict:
    """The benchmark in an edition's words, keyed by the results' keys (seconds rounded as
    printed); every value says how to measure it when there is no benchmark."""
    names = [*DURATIONS, "targets", "figures_identical_after_clean_build", "machine", "extraction",
             "both_editions_over_one"]
    if results is None:
        return dict.fromkeys(names, words.not_measured)
    targets = results["targets"]
    editions = next(t for t in targets if t["key"] == "both_editions_over_one")
    return {key: words.seconds.format(results[key]) for key in DURATIONS} | {
        "targets": words.targets_met(sum(t["met"] for t in targets), len(targets)),
        "figures_identical_after_clean_build":
            words.identical[0 if results["figures_identical_after_clean_build"] else 1],
        "machine": words.machine.format(**results["machine"]),
        "extraction": words.extraction.format(**results["extraction"]),
        "both_editions_over_one": words.editions.format(ratio=editions["value"], limit=editions["limit"]),
    }


def bench_facts(results: dict | None) -> dict:
    """The benchmark as the phrases the appendix glues."""
    w = bench_words(results, EN_BENCH)
    return {
        "bench_first_book_fresh_clone_s": w["first_book_fresh_clone_s"],
        "bench_clean_html_s": w["clean_html_s"],
        "bench_pdf_s": w["pdf_s"],
        "bench_clean_book_s": w["clean_book_s"],
        "bench_no_change_book_s": w["no_change_book_s"],
        "bench_pdf_added_s": w["pdf_added_to_clean_book_s"],
        "bench_bare_execution_s": w["bare_execution_s"],
        "bench_english_only_s": w["clean_book_english_only_s"],
        "bench_targets_met": w["targets"],
        "bench_figures_identical": w["figures_identical_after_clean_build"],
        "bench_machine": w["machine"],
        "bench_extraction": w["extraction"],
        "bench_editions": w["both_editions_over_one"],
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


def tables(bench: dict) -> list[tuple]:
    findings = referee_findings()
    zh = chinese_words(bench, findings)
    return [("packages", versions(), "Packages used to build the book, with the versions installed at build time",
             zh["packages"]),
            ("build-targets", bench_targets(bench),
             "Build times against the project's targets, as measured by make bench (ratios are of "
             "two times measured in the same run)", zh["build-targets"]),
            ("execution-times", bench_by_chapter(bench),
             "Seconds to execute each page bare, one after another, as measured by make bench",
             zh["execution-times"]),
            ("referee-findings", findings.rename(columns={"what_was_done": "what was done"}),
             "What the referees' readings of the book found, and what was done about each",
             zh["referee-findings"])]


# The Chinese edition (zh/chapters/methods.md): the same measures and tables, in Chinese words.
NOT_MEASURED_ZH = "本版构建尚未测量(运行 make bench 即可测得)"
ROLES_ZH = {"book build": "构建书籍", "notebooks in Markdown": "以 Markdown 书写笔记本",
            "notebook cache": "笔记本缓存", "references": "参考文献", "PDF": "PDF",
            "notebook execution": "执行笔记本", "data": "数据", "data package": "数据包",
            "annotations": "人工标注", "statistics": "统计", "networks": "网络分析",
            "segmentation": "分词", "figures": "绘图", "CJK font": "中日韩字体", "tests": "测试"}
# The targets' descriptions as xmgov.bench.TARGETS writes them (a description not listed stays English).
TARGETS_ZH = {
    "no-change make book / clean make book": "无改动时的 make book / 全新 make book",
    "clean make html / pages executed bare one after another": "全新 make html / 逐页裸执行全部页面",
    "make pdf after clean make html / clean make html": "全新 make html 之后的 make pdf / 全新 make html",
    "first make book on a fresh clone, set-up included (seconds)": "在新克隆的仓库上首次 make book,含环境搭建(秒)",
    "clean make book (both editions) / clean make book EDITIONS=en":
        "全新 make book(两个版本)/ 全新 make book EDITIONS=en",
}
READINGS_ZH = {
    "the reading that opened the review": "启动审稿的审读",
    "first fresh reading of the whole book": "全书首次独立通读",
    "second fresh reading of the whole book": "全书第二次独立通读",
    "a fluent reader of the catalogue's translations": "双语审读者审读条目目录译文",
    "a fluent reader of the Chinese edition": "双语审读者通读中文版",
}
# The pages a finding names in its `where` cell ("key findings; collaboration").
WHERE_ZH = {"all pages": "全部页面", "catalogue": "条目目录", "catalogue translations": "条目目录译文",
            "collaboration": "协作", "conclusions": "结论", "data": "数据", "glossary": "术语表",
            "key findings": "主要发现", "labels": "标签", "methods": "方法", "metrics": "指标",
            "preface": "前言", "themes": "主题", "codebook": "编码表", "how to cite": "如何引用",
            "references": "参考文献", "tables": "长表"}


ZH_BENCH = BenchWords(
    NOT_MEASURED_ZH, "{:.0f} 秒",
    lambda met, n: ("各项目标均已达到" if met == n else f"{n} 项目标均未达到" if met == 0
                    else f"{n} 项目标中达到了 {met} 项"),
    ("逐字节完全相同", "并非全部逐字节相同"),
    "{cpus} 个 CPU 核心({platform},Python {python})",
    "将来源文本复制 {copies} 份后耗时 {seconds_replicated:.2f} 秒，单份耗时 {seconds_once:.3f} 秒；"
    "按份数折算后，耗时之比为 {ratio_per_copy:.2f}",
    "单独构建英文版的 {ratio:.2f} 倍(目标为不超过 {limit} 倍)")


def bench_facts_zh(results: dict | None) -> dict:
    """The benchmark as the Chinese appendix words it: the same values as `bench_facts`."""
    w = bench_words(results, ZH_BENCH)
    return {
        "bench_first_book_fresh_clone_s_zh": w["first_book_fresh_clone_s"],
        "bench_clean_html_s_zh": w["clean_html_s"],
        "bench_pdf_s_zh": w["pdf_s"],
        "bench_clean_book_s_zh": w["clean_book_s"],
        "bench_no_change_book_s_zh": w["no_change_book_s"],
        "bench_pdf_added_s_zh": w["pdf_added_to_clean_book_s"],
        "bench_bare_execution_s_zh": w["bare_execution_s"],
        "bench_english_only_s_zh": w["clean_book_english_only_s"],
        "bench_targets_met_zh": w["targets"],
        "bench_figures_identical_zh": w["figures_identical_after_clean_build"],
        "bench_machine_zh": w["machine"],
        "bench_extraction_zh": w["extraction"],
        "bench_editions_zh": w["both_editions_over_one"],
    }


def facts_zh(bench: dict, _facts: dict | None = None) -> dict:
    return bench_facts_zh(bench)


REVIEW_ZH = paths.DATA / "review" / "referee_findings_zh.csv"


def english_hash(finding: str, what_was_done: str) -> str:
    """The first 12 hex digits of the SHA-256 of a finding's English text, which its Chinese renders."""
    import hashlib

    return hashlib.sha256(f"{finding}\n{what_was_done}".encode()).hexdigest()[:12]


def referee_findings_zh(findings: pd.DataFrame, path: Path = REVIEW_ZH) -> dict[str, str]:
    """The Chinese of the findings table's two text columns, English cell -> Chinese. The Chinese
    file is keyed by finding id (the finding's row number in referee_findings.csv, from 1) and
    records a hash of the English it renders: a missing id, or an English text changed since it
    was translated, is an error that names the id."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False).set_index("id")
    cells = {}
    for number, row in enumerate(findings.itertuples(index=False), start=1):
        key = str(number)
        if key not in table.index or not (table.at[key, "finding_zh"].strip()
                                           and table.at[key, "what_was_done_zh"].strip()):
            raise KeyError(f"{path}: no Chinese for referee finding id {number} ({row.finding[:60]!r})")
        if table.at[key, "en_sha256_12"] != english_hash(row.finding, row.what_was_done):
            raise ValueError(f"{path}: referee finding id {number}'s English has changed since it was "
                             f"translated ({row.finding[:60]!r}): revise the Chinese and its hash")
        cells[row.finding] = table.at[key, "finding_zh"].strip()
        cells[row.what_was_done] = table.at[key, "what_was_done_zh"].strip()
    return cells


def where_zh(where: str) -> str:
    """A `where` cell in Chinese, page by page (a page not in WHERE_ZH stays as written)."""
    return "、".join(WHERE_ZH.get(part.strip(), part.strip()) for part in where.split(";"))


def chinese_words(bench: dict, findings: pd.DataFrame) -> dict[str, "Chinese"]:
    """The Chinese edition's caption, headers and cell words for each table of `tables`."""
    from .chinese import Chinese

    missing = sorted({role for _, role in PACKAGES} - set(ROLES_ZH))
    if missing:
        raise ValueError(f"xmgov.methods.ROLES_ZH: no Chinese for package role(s) {missing}")
    status = {"yes": "是", "no": "否", "every target": "全部目标", "every page": "全部页面",
              NOT_MEASURED: NOT_MEASURED_ZH}
    return {
        "packages": Chinese(caption="构建本书所用的软件包,及构建时所安装的版本",
                            columns={"package": "软件包", "version": "版本", "role": "用途"},
                            cells=ROLES_ZH),
        "build-targets": Chinese(
            caption="各项构建耗时与本项目目标的对照,由 make bench 测得(比值均为同一次运行中测得的时间之比)",
            columns={"measure": "测量项", "measured": "实测值", "target (at most)": "目标(上限)",
                     "met": "是否达到"},
            cells=status | TARGETS_ZH),
        "execution-times": Chinese(caption="逐页裸执行各页面所需的秒数,由 make bench 测得",
                                   columns={"page": "页面", "seconds": "秒"}, cells=status),
        "referee-findings": Chinese(
            caption="审稿人审读本书时发现的问题及其处理（两栏文字由英文原表译出，原表见 data/review/referee_findings.csv）",
            columns={"reading": "审读", "finding": "发现的问题", "where": "所在页面",
                     "what was done": "处理方式"},
            cells=READINGS_ZH | {w: where_zh(w) for w in findings["where"] if where_zh(w) != w}
                  | referee_findings_zh(findings)),
    }
