"""Recording what each chapter's execution depended on.

The notebook cache keys on the notebook's own code cells only: not on the data files it reads,
nor on the `xmgov` modules it calls. So every data file a chapter reads goes through `tracked()`,
which records its sha256 in a manifest per chapter, together with the sha256 of every `xmgov`
module loaded in the kernel; every figure or table file a chapter writes is recorded too. Before
each build, `xmgov.cache` re-executes exactly the chapters whose recorded data or code changed or
whose outputs are missing.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from . import paths

# The manifests describe the executions the notebook cache holds. An execution outside the book
# build (`python -m xmgov run-chapter`, `make bench`) records elsewhere, via XMGOV_MANIFESTS, so it
# cannot vouch for a cached result it did not produce.
MANIFESTS = Path(os.environ.get("XMGOV_MANIFESTS") or paths.ROOT / ".cache" / "chapters")
_chapter: str | None = None


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def manifest_path(chapter: str) -> Path:
    return MANIFESTS / f"{chapter}.json"


def read_manifest(chapter: str) -> dict:
    path = manifest_path(chapter)
    if not path.is_file():
        return {"inputs": {}, "outputs": [], "code": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def loaded_code() -> dict[str, str]:
    """sha256 of every source file of the `xmgov` modules loaded in this process."""
    files = {getattr(module, "__file__", None) for name, module in list(sys.modules.items())
             if name == "xmgov" or name.startswith("xmgov.")}
    return {_relative(Path(f)): sha256(Path(f)) for f in sorted(filter(None, files))}


def _write_manifest(chapter: str, manifest: dict) -> None:
    MANIFESTS.mkdir(parents=True, exist_ok=True)
    manifest["outputs"] = sorted(set(manifest["outputs"]))
    manifest["code"] = loaded_code()
    manifest_path(chapter).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n",
                                      encoding="utf-8")


def _relative(path: Path) -> str:
    path = Path(path).resolve()
    try:
        return str(path.relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def begin_chapter(chapter: str) -> None:
    """Start a fresh manifest for `chapter` (called by `xmgov.book.setup`)."""
    global _chapter
    _chapter = chapter
    _write_manifest(chapter, {"inputs": {}, "outputs": []})


def tracked(path: Path | str) -> Path:
    """Return `path` unchanged, noting its content hash for the current chapter, if any."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: data file not found; run `make data` first")
    if _chapter is not None:
        manifest = read_manifest(_chapter)
        manifest["inputs"][_relative(path)] = sha256(path)
        _write_manifest(_chapter, manifest)
    return path


def record_output(path: Path | str) -> None:
    """Note that the current chapter (if any) wrote `path`."""
    if _chapter is not None:
        manifest = read_manifest(_chapter)
        manifest["outputs"].append(_relative(Path(path)))
        _write_manifest(_chapter, manifest)

