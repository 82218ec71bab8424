"""The book's two editions, English and Chinese: where each lives and what differs in its build.

The Chinese edition is a parallel set of pages under `zh/` (same names, same code cell, same glued
values; `xmgov.translations` keeps them in step) built by Sphinx from the English `_config.yml`
with the overrides below, so that the two editions never differ in configuration by accident.
Its site is `_build/html/zh/` (the English site's figures and tables serve both), its PDF
`xmgov-book-zh.pdf`. Both editions' pages execute once: the notebook cache matches a Chinese page
to the English page's execution by their identical code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import paths


@dataclass(frozen=True)
class Edition:
    code: str            # "en" or "zh": the value of the Sphinx setting `xmgov_edition`
    lang: str            # the pages' <html lang> (and Pagefind's index language)
    root: Path           # the Sphinx source folder (its _toc.yml)
    html: Path           # where its web pages are written
    pdf_name: str
    site_prefix: str     # from the edition's root to the site's root (figures/, tables/)
    label: str           # the name of the edition in its own language (the language switch)


EDITIONS = {
    "en": Edition("en", "en", paths.ROOT, paths.HTML, "xmgov-book.pdf", "", "English"),
    "zh": Edition("zh", "zh-CN", paths.ZH, paths.HTML / "zh", "xmgov-book-zh.pdf", "../", "中文"),
}


def get(code: str) -> Edition:
    if code not in EDITIONS:
        raise KeyError(f"no edition {code!r} (known: {sorted(EDITIONS)})")
    return EDITIONS[code]


def other(code: str) -> Edition:
    return EDITIONS["zh" if code == "en" else "en"]


ZH_METADATA = paths.DATA / "edition_zh.yml"  # the Chinese edition's title (CITATION.cff has no field for it)


def zh_title() -> str:
    """The Chinese edition's short title (read and checked by `xmgov.citation_zh`)."""
    from .citation_zh import title

    return title()


def zh_overrides(root: Path | None = None) -> dict:
    """The Chinese edition's Sphinx settings over the English `_config.yml`: its language, its
    numbering words, and the English configuration's relative paths made absolute (its source
    folder is zh/)."""
    return {
        "language": "zh_CN",
        "xmgov_edition": "zh",
        "html_title": zh_title(),
        "numfig_format": {"figure": "图 %s", "table": "表 %s", "code-block": "代码 %s", "section": "第 %s 节"},
        "html_static_path": [str(paths.ROOT / "_static")],
        "html_extra_path": [],
        "html_favicon": str(paths.ROOT / "_static" / "favicon.svg"),
        "bibtex_bibfiles": [str(paths.ROOT / "references.bib")],
        "bibtex_default_style": "xmgov_gbt7714",  # GB/T 7714—2015: xmgov.references_zh
        "nb_execution_cache_path": str(paths.JUPYTER_CACHE),
        "external_toc_path": str(Path(root or paths.ZH) / "_toc.yml"),
        "nitpicky": True,
        "latex_individualpages": False,  # jupyter-book's own CLI always passes it
    }


def build_zh(builder: str = "html", outdir: Path | None = None, doctrees: Path | None = None,
             strict: bool = True, root: Path | None = None) -> None:
    """Build the Chinese edition with Sphinx (as `jupyter-book build` would, from the English
    configuration with `zh_overrides`); raise if the build fails."""
    from jupyter_book.sphinx import build_sphinx

    outdir = Path(outdir or get("zh").html)
    doctrees = Path(doctrees or paths.BUILD / ".doctrees-zh" / builder)
    root = Path(root or paths.ZH)
    result = build_sphinx(root, outdir, use_external_toc=True, noconfig=True,
                          path_config=str(paths.ROOT / "_config.yml"), confoverrides=zh_overrides(root),
                          doctreedir=doctrees, builder=builder, warningiserror=strict,
                          keep_going=strict)
    if result:
        raise RuntimeError(f"the Chinese edition's {builder} build failed (Sphinx returned {result})")
