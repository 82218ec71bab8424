"""What each executed page depended on, recorded while it runs.

Jupyter-cache keys a notebook on its code cells only: not on the data files it reads, nor on the
`xmgov` modules it calls. `begin(page)` therefore installs an audit hook in the page's kernel that
notes every file of the project the page opens — no call site has to remember to declare a read.
Reads are inputs (with their sha256; a module read from its bytecode counts as its source file),
writes are outputs. The locked environment (`requirements.lock`) is an input of every page, since
it fixes every third-party module a page runs. `xmgov.cache` compares the record with the files
before each build and re-executes exactly the pages whose inputs changed or whose outputs are gone.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path

from . import paths

# The manifests describe the executions the notebook cache holds. An execution outside the book
# build (`python -m xmgov run-chapter`, `make bench`) records elsewhere, via XMGOV_MANIFESTS, so it
# cannot vouch for a cached result it did not produce.
MANIFESTS = Path(os.environ.get("XMGOV_MANIFESTS") or paths.ROOT / ".cache" / "chapters")
# Folders whose files are neither inputs nor outputs of a page: the environment (pinned by
# requirements.lock), caches and build products of the tools themselves, version control.
IGNORED = (".venv", ".git", ".cache", ".jupyter_cache", "_build", ".pytest_cache")
ENVIRONMENT = ("requirements.lock",)
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


class _Record:
    """The files one execution (a page, or one analysis inside it) opened."""

    def __init__(self) -> None:
        self.inputs: dict[str, str] = {}
        self.outputs: set[str] = set()

    def note(self, rel: str, writing: bool) -> bool:
        """Add a file; True if the record changed."""
        if writing:
            if rel in self.outputs:
                return False
            self.outputs.add(rel)
            self.inputs.pop(rel, None)  # a file the page writes is its product, not its input
            return True
        if rel in self.inputs or rel in self.outputs:
            return False
        self.inputs[rel] = sha256(paths.ROOT / rel)  # `rel` was just found under paths.ROOT
        return True


_page: str | None = None
_page_record: _Record | None = None
_analyses: list[_Record] = []  # analyses being recorded inside the page (see `recording`)
_busy = False


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def digest(files, root: Path) -> str:
    """One sha256 over the relative path and the content of each of `files`, in sorted order:
    a fingerprint of a set of files, for skipping work when none of them changed."""
    total = hashlib.sha256()
    for path in sorted(Path(f) for f in files):
        total.update(path.relative_to(root).as_posix().encode() + b"\0")
        total.update(hashlib.sha256(path.read_bytes()).digest())
    return total.hexdigest()


def manifest_path(page: str, folder: Path | None = None) -> Path:
    return Path(folder or MANIFESTS) / f"{page}.json"


def read_manifest(page: str, folder: Path | None = None) -> dict | None:
    path = manifest_path(page, folder)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def project_file(path, root: Path | None = None, existing: bool = True) -> str | None:
    """`path` relative to the project if it is a project file a page can depend on (with
    `existing=False`, one it may be about to create), else None. Bytecode is mapped to its
    source: a module imported from __pycache__ depends on its .py."""
    try:
        path = Path(os.fsdecode(path))
    except TypeError:
        return None
    if not path.is_absolute():
        path = Path.cwd() / path
    path = Path(os.path.normpath(path))
    if path.suffix == ".pyc" and path.parent.name == "__pycache__":
        try:
            path = Path(importlib.util.source_from_cache(str(path)))
        except ValueError:
            return None
    try:
        rel = path.relative_to(root or paths.ROOT)
    except ValueError:
        return None
    if not rel.parts or rel.parts[0] in IGNORED or path.is_dir():
        return None
    if existing and not path.is_file():
        return None
    return rel.as_posix()


def _writing(mode, flags) -> bool:
    if isinstance(mode, str):
        return any(c in mode for c in "wax+")
    return isinstance(flags, int) and bool(flags & _WRITE_FLAGS)


def _hook(event: str, args: tuple) -> None:
    global _busy
    if event != "open" or _busy or (_page_record is None and not _analyses):
        return
    _busy = True  # writing the manifest opens a file too
    try:
        writing = _writing(args[1], args[2] if len(args) > 2 else None)
        rel = project_file(args[0], existing=not writing)
        if rel is not None:
            for record in _analyses:
                record.note(rel, writing)
            if _page_record is not None and _page_record.note(rel, writing):
                _write()
    finally:
        _busy = False


def loaded_code() -> list[str]:
    """The source files of every `xmgov` module loaded in this process."""
    files = {getattr(module, "__file__", None) for name, module in list(sys.modules.items())
             if name == "xmgov" or name.startswith("xmgov.")}
    return sorted(filter(None, (project_file(f) for f in files if f)))


def _write() -> None:
    record = _page_record
    MANIFESTS.mkdir(parents=True, exist_ok=True)
    body = {"page": _page, "inputs": dict(sorted(record.inputs.items())),
            "outputs": sorted(record.outputs)}
    target = manifest_path(_page)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")
    tmp.replace(target)


_installed = False


def begin(page: str) -> None:
    """Start recording what `page` reads and writes (called by `xmgov.book.publish`)."""
    global _page, _page_record, _busy
    _install()
    _page, _page_record = page, _Record()
    _busy = True
    try:
        for rel in [*ENVIRONMENT, *loaded_code()]:
            _page_record.note(rel, writing=False)
        _write()
    finally:
        _busy = False


def _install() -> None:
    global _installed
    if not _installed:  # an audit hook cannot be removed: install it once per process
        sys.addaudithook(_hook)
        _installed = True


def note_inputs(inputs: dict[str, str]) -> None:
    """Add inputs recorded elsewhere (an analysis loaded from the shared cache) to the page."""
    changed = False
    for rel in inputs:
        for record in _analyses:
            record.note(rel, writing=False)
        if _page_record is not None:
            changed |= _page_record.note(rel, writing=False)
    if changed:
        _write()


class recording:
    """Context manager: collect the files opened inside it (besides adding them to the page), and
    the code of module `code` and everything it imports (`xmgov.codegraph.closure`): an analysis
    depends on the code it can run, whatever else the process has loaded."""

    def __init__(self, code: str):
        self.code = code

    def __enter__(self) -> _Record:
        _install()
        self.record = _Record()
        _analyses.append(self.record)
        return self.record

    def __exit__(self, *exc) -> None:
        from .codegraph import closure

        _analyses.remove(self.record)
        for rel in [*ENVIRONMENT, *(project_file(path) for path in closure(self.code))]:
            if rel:
                self.record.note(rel, writing=False)


def unchanged(inputs: dict[str, str], root: Path | None = None) -> str | None:
    """Why a record of `inputs` no longer holds (first changed or missing file), or None."""
    for rel, digest in sorted(inputs.items()):
        path = (root or paths.ROOT) / rel
        if not path.is_file():
            return f"input {rel} is gone"
        if sha256(path) != digest:
            return f"input {rel} changed"
    return None
