"""Layers point one way: data, then analyses, then their synthesis, then the book. A module may
import from its own layer or below, never from above (read from the source, imports inside
functions included)."""

import ast
from pathlib import Path

import pytest

import xmgov

PACKAGE = Path(xmgov.__file__).parent
BOOK = {"book", "pages", "datapackage", "sphinxext", "pdfbook", "execute", "cache", "bench"}
ABOVE = {
    "dataset": {"themes", "collaboration", "metrics", "conclusions"} | BOOK,
    "themes": {"conclusions"} | BOOK,
    "collaboration": {"conclusions"} | BOOK,
    "metrics": {"conclusions"} | BOOK,
    "conclusions": BOOK,
}


def imported(path: Path) -> set[str]:
    """Top-level xmgov subpackages or modules that `path` imports."""
    module = path.relative_to(PACKAGE.parent).with_suffix("").parts
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(module[:-node.level]) + (node.module.split(".") if node.module else [])
            else:
                base = (node.module or "").split(".")
            names = [base + [alias.name] for alias in node.names] if len(base) == 1 else [base]
        elif isinstance(node, ast.Import):
            names = [alias.name.split(".") for alias in node.names]
        else:
            continue
        found |= {parts[1] for parts in names if len(parts) > 1 and parts[0] == "xmgov"}
    return found


@pytest.mark.parametrize("layer", sorted(ABOVE))
def test_no_layer_imports_from_above(layer):
    offences = {str(path.relative_to(PACKAGE)): sorted(imported(path) & ABOVE[layer])
                for path in sorted((PACKAGE / layer).rglob("*.py"))}
    offences = {k: v for k, v in offences.items() if v}
    assert not offences, f"{layer} imports from layers above it: {offences}"


def test_the_checker_sees_relative_and_absolute_imports(tmp_path):
    assert imported(PACKAGE / "datapackage.py") >= {"dataset", "themes", "collaboration", "paths"}
