"""Command line: `python -m xmgov <command>`; the Makefile targets call these."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _fonts(args) -> int:
    from .fonts import cjk_font_path

    for face in ("sans", "mono"):
        print(f"{face}: {cjk_font_path(face)}")
    return 0


def _data(args) -> int:
    from . import datapackage as pipeline

    return pipeline.main(["--check"] if args.check else [])


def _execute(args) -> int:
    from .execute import execute_stale

    seconds = execute_stale(args.workers)
    print(f"pages executed: {len(seconds)} ({sum(seconds.values()):.1f} s of kernel time)")
    return 0


def _run_chapter(args) -> int:
    from .execute import run_chapter

    seconds = run_chapter(args.path)
    print(f"{args.path}: executed without errors in {seconds:.1f} s")
    return 0


def _catalogue(args) -> int:
    from .catalogue.write import write

    print(f"catalogue: {write()} page(s) written")
    return 0


def _pdf(args) -> int:
    from .pdfbook import build

    for edition in args.edition:
        print(f"PDF book ({edition}): {build(edition=edition)}")
    return 0


def _site_zh(args) -> int:
    from .editions import build_zh

    build_zh("html")
    return 0


def _search(args) -> int:
    from .search import index

    print(f"search index: {index()}")
    return 0


def _zenodo(args) -> int:
    from .zenodo import write

    print(f"wrote {write()} from CITATION.cff")
    return 0


def _dist(args) -> int:
    from . import dist, paths, release

    if args.verify:
        problems = dist.verify(args.verify.resolve())
        for problem in problems:
            print(problem, file=sys.stderr)
        if not problems:
            print(f"{args.verify}: complete; every file matches {dist.SUMS}")
        return 1 if problems else 0
    if args.check:
        problems = release.problems(paths.ROOT)
        for problem in problems:
            print(problem, file=sys.stderr)
        if not problems:
            print(f"release metadata agree: version {release.versions(paths.ROOT)['CITATION.cff']}")
        return 1 if problems else 0
    folder = dist.build()
    size = sum(p.stat().st_size for p in folder.iterdir()) / 2**20
    print(f"release: {folder.relative_to(paths.ROOT)} ({size:.1f} MiB); check it with "
          f"`python -m xmgov dist --verify {folder.relative_to(paths.ROOT)}`")
    return 0


def _translations(args) -> int:
    from . import translations

    if args.accept:
        translations.accept(args.accept)
    found = translations.problems()
    for document, why in found.items():
        print(f"zh/{document}.md: {why}", file=sys.stderr)
    return 1 if found else 0


def _bench(args) -> int:
    from .bench import main

    return main()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m xmgov", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("fonts", help="extract the CJK font faces and print their paths").set_defaults(func=_fonts)
    data = sub.add_parser("data", help="rebuild data/processed from data/raw and the hand inputs")
    data.add_argument("--check", action="store_true",
                      help="do not write; fail if data/processed is not what the inputs produce")
    data.set_defaults(func=_data)
    execute = sub.add_parser("execute", help="execute, in parallel, every page whose cached execution is "
                             "missing or stale (its inputs changed)")
    execute.add_argument("--workers", type=int, default=None, help="parallel kernels (default: cores)")
    execute.set_defaults(func=_execute)
    run = sub.add_parser("run-chapter", help="execute one chapter notebook and report errors")
    run.add_argument("path")
    run.set_defaults(func=_run_chapter)
    sub.add_parser("catalogue", help="write the catalogue's pages (one per entry) from the data").set_defaults(
        func=_catalogue)
    pdf = sub.add_parser("pdf", help="build the PDF books into _build/pdf/ (English, then Chinese)")
    pdf.add_argument("--edition", nargs="+", choices=["en", "zh"], default=["en", "zh"])
    pdf.set_defaults(func=_pdf)
    sub.add_parser("site-zh", help="build the Chinese edition's web pages into _build/html/zh/ (after "
                   "the English site)").set_defaults(func=_site_zh)
    sub.add_parser("search", help="index both editions of the web book for search (Pagefind)").set_defaults(
        func=_search)
    sub.add_parser("zenodo", help="write .zenodo.json from CITATION.cff").set_defaults(func=_zenodo)
    dist = sub.add_parser("dist", help="write the release into dist/xmgov-<version>/ from the built book")
    mode = dist.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true",
                      help="only check the release metadata (versions, CHANGELOG entry, .zenodo.json)")
    mode.add_argument("--verify", type=Path, metavar="FOLDER",
                      help="check that a release folder is complete and matches its SHA256SUMS")
    dist.set_defaults(func=_dist)
    translations = sub.add_parser("translations", help="list Chinese pages missing or stale against their "
                                  "English; --accept PAGE records a revised page as in step")
    translations.add_argument("--accept", nargs="+", metavar="PAGE", default=[])
    translations.set_defaults(func=_translations)
    sub.add_parser("bench", help="time clean build, no-change rebuild, bare execution, extraction").set_defaults(func=_bench)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (FileNotFoundError, ValueError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
