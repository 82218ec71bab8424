"""Layers point one way: data, then analyses, then their synthesis, then the book. A module may
import from its own layer or below, never from above (read from the source by xmgov.codegraph,
imports inside functions included)."""

from pathlib import Path

import pytest

import xmgov
from xmgov import codegraph

PACKAGE = Path(xmgov.__file__).parent
BOOK = {"book", "pages", "datapackage", "sphinxext", "pdfbook", "printbuilder", "printhtml", "printfloats", "execute", "cache",
        "bench", "dist", "release", "zenodo", "publishing", "editions", "translations", "search"}
ABOVE = {
    "dataset": {"themes", "collaboration", "metrics", "conclusions", "catalogue"} | BOOK,
    "themes": {"conclusions", "catalogue"} | BOOK,
    "collaboration": {"conclusions", "catalogue"} | BOOK,
    "metrics": {"conclusions", "catalogue"} | BOOK,
    "conclusions": {"catalogue"} | BOOK,
    "catalogue": BOOK,
}


def imported(path: Path) -> set[str]:
    """Top-level xmgov subpackages or modules that `path` imports."""
    return {name.split(".")[1] for name in codegraph.imported(path)}


@pytest.mark.parametrize("layer", sorted(ABOVE))
def test_no_layer_imports_from_above(layer):
    offences = {str(path.relative_to(PACKAGE)): sorted(imported(path) & ABOVE[layer])
                for path in sorted((PACKAGE / layer).rglob("*.py"))}
    offences = {k: v for k, v in offences.items() if v}
    assert not offences, f"{layer} imports from layers above it: {offences}"


def test_the_checker_sees_relative_and_absolute_imports(tmp_path):
    assert imported(PACKAGE / "datapackage.py") >= {"dataset", "themes", "collaboration", "paths"}


def test_the_code_closure_follows_imports_inside_functions_and_stops_at_the_package():
    files = {p.relative_to(PACKAGE).as_posix() for p in codegraph.closure("xmgov.themes.chapter")}
    assert {"themes/chapter.py", "themes/report.py", "dataset/load.py", "shared.py", "__init__.py"} <= files
    assert not {"glossary.py", "bench.py", "collaboration/report.py", "book.py"} & files
