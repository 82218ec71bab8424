"""Which `xmgov` modules a module can run: its imports, read from the source (imports inside
functions included), followed transitively. Used to record the code an analysis depends on
(`xmgov.shared`) and to check that layers import one way (tests/test_layers.py)."""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def module_file(name: str) -> Path | None:
    """The source file of module `name` ('xmgov.themes.report'), or None if it is not one."""
    parts = name.split(".")
    if parts[0] != "xmgov":
        return None
    base = PACKAGE.joinpath(*parts[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def module_name(path: Path) -> str:
    rel = Path(path).resolve().relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@lru_cache(maxsize=None)
def imported(path: Path) -> frozenset[str]:
    """Dotted names of the `xmgov` modules that the file at `path` imports (a name imported from a
    package counts as its submodule when there is one)."""
    path = Path(path)
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = (package[:len(package) - node.level + 1] if node.level else []) + \
                (node.module.split(".") if node.module else [])
            for alias in node.names:
                sub = ".".join(base + [alias.name])
                found.add(sub if module_file(sub) else ".".join(base))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return frozenset(name for name in found if module_file(name))


def closure(name: str) -> list[Path]:
    """Source files of module `name`, of every module it imports, transitively, and of the
    packages that contain them (their __init__ runs on import)."""
    seen, todo = set(), [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        parts = current.split(".")
        todo += [".".join(parts[:i]) for i in range(1, len(parts))]
        todo += sorted(imported(module_file(current)))
    return sorted(module_file(n) for n in seen if module_file(n))
