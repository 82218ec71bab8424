"""`make bench`: measured, not guessed. Times a clean build, a no-change rebuild, the PDF, bare
notebook execution and extraction on 100 copies of the source; checks that a clean build
reproduces the figure files byte for byte; writes `data/bench/results.json` for the appendix."""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import paths, toc

RESULTS = paths.DATA / "bench" / "results.json"


def _jb_html() -> float:
    jb = Path(sys.executable).with_name("jupyter-book")
    start = time.perf_counter()
    subprocess.run([str(jb), "build", str(paths.ROOT), "--builder", "html", "-W", "-n",
                    "--keep-going", "-q"], check=True, cwd=paths.ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.glob("*")) if p.is_file()}


def _notebooks() -> list[Path]:
    files = [toc.source_file(doc) for doc in toc.documents()]
    return [f for f in files if "kernelspec:" in f.read_text(encoding="utf-8")]


def run() -> dict:
    from .execute import run_chapter
    from .pdfbook import build as build_pdf

    before = _digests(paths.FIGURES) if paths.FIGURES.is_dir() else {}
    for folder in (paths.BUILD, paths.JUPYTER_CACHE, paths.ARTIFACTS, paths.ROOT / ".cache" / "chapters"):
        shutil.rmtree(folder, ignore_errors=True)
    clean = _jb_html()
    after = _digests(paths.FIGURES)
    rebuild = _jb_html()
    start = time.perf_counter()
    build_pdf()
    pdf = time.perf_counter() - start
    bare = {f.stem: round(run_chapter(f), 2) for f in _notebooks()}
    results = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "platform": platform.platform(terse=True)},
        "clean_html_build_s": round(clean, 1),
        "no_change_rebuild_s": round(rebuild, 1),
        "pdf_build_s": round(pdf, 1),
        "bare_execution_s": round(sum(bare.values()), 1),
        "bare_execution_by_chapter_s": bare,
        "rebuild_over_clean": round(rebuild / clean, 3),
        "clean_over_bare_execution": round(clean / sum(bare.values()), 2),
        "figures_compared": len(after),
        "figures_identical_after_clean_build": (before == after) if before else None,
    }
    try:
        from .dataset import bench_extraction
    except ImportError:
        results["extraction"] = None
    else:
        results["extraction"] = bench_extraction(100)
    return results


def main() -> int:
    results = run()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    width = max(len(k) for k in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    print(f"written to {RESULTS.relative_to(paths.ROOT)}")
    if results["figures_identical_after_clean_build"] is False:
        print("error: a clean build changed figure files", file=sys.stderr)
        return 1
    return 0
