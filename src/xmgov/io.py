"""Reading data files in notebooks, recording which files (and which bytes) each chapter used.

The notebook cache keys on code, not on data. Every data file a chapter reads goes through
`tracked()`, which records its sha256 in a manifest per chapter; every figure or table file a
chapter writes is recorded too. Before each build, `xmgov.cache` re-executes exactly the chapters
whose recorded inputs changed or whose outputs are missing.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import paths

MANIFESTS = paths.ROOT / ".cache" / "chapters"
_chapter: str | None = None


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def manifest_path(chapter: str) -> Path:
    return MANIFESTS / f"{chapter}.json"


def read_manifest(chapter: str) -> dict:
    path = manifest_path(chapter)
    if not path.is_file():
        return {"inputs": {}, "outputs": []}
    return json.loads(path.read_text(encoding="utf-8"))


def _write_manifest(chapter: str, manifest: dict) -> None:
    MANIFESTS.mkdir(parents=True, exist_ok=True)
    manifest["outputs"] = sorted(set(manifest["outputs"]))
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

