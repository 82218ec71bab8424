"""Every executed page of the book and the module that publishes it: one pattern for all pages.

A page module offers `facts(result) -> dict` (every value the page's prose glues, under its final
name) and may offer `analysis()` (what the page computes or loads; shared analyses come through
`xmgov.shared`), `figures(result)` (draws and saves the page's figures) and
`tables(result) -> [(slug, frame, caption)]` (the page's published tables, named
`tab-<CHAPTER or page>-<slug>`). The notebook holds one cell, `xmgov.book.publish(page)`.
Modules are named as strings so that a page imports only what it uses.
"""

from __future__ import annotations

import importlib
from types import ModuleType

PAGES = {
    "preface": "xmgov.conclusions.preface",
    "key-findings": "xmgov.conclusions.key_findings",
    "how-to-cite": "xmgov.how_to_cite",
    "data": "xmgov.dataset.chapter",
    "themes": "xmgov.themes.chapter",
    "collaboration": "xmgov.collaboration.chapter",
    "metrics": "xmgov.metrics.chapter",
    "conclusions": "xmgov.conclusions.chapter",
    "data-dictionary": "xmgov.dataset.dictionary",
    "codebook": "xmgov.themes.codebook",
    "methods": "xmgov.methods",
    "glossary": "xmgov.glossary",
}

# Pages whose analysis builds on analyses other pages compute and share (`xmgov.shared`): they are
# executed after those pages, so that no kernel sits waiting for another's computation.
AFTER = {
    "conclusions": ("themes", "collaboration", "metrics"),
    "key-findings": ("conclusions",),
}


def module(page: str) -> ModuleType:
    if page not in PAGES:
        raise KeyError(f"no page {page!r} in xmgov.pages.PAGES (known: {sorted(PAGES)})")
    return importlib.import_module(PAGES[page])


def table_prefix(page: str) -> str:
    return getattr(module(page), "CHAPTER", page)
