"""Reading data files in notebooks, recording which files (and which bytes) each chapter used.

The notebook cache keys on code, not on data. Every data file a chapter reads goes through
`tracked()`, which records its sha256 in `_artifacts/inputs/<chapter>.json`; before each build,
`xmgov.cache` re-executes exactly the chapters whose recorded inputs changed.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd

from . import paths

INPUTS = paths.ARTIFACTS / "inputs"
_chapter: str | None = None


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def begin_chapter(chapter: str) -> None:
    """Start recording inputs for `chapter` (called by `xmgov.book.setup`)."""
    global _chapter
    _chapter = chapter
    INPUTS.mkdir(parents=True, exist_ok=True)
    (INPUTS / f"{chapter}.json").write_text("{}\n", encoding="utf-8")


def tracked(path: Path | str) -> Path:
    """Return `path` unchanged, noting its content hash for the current chapter, if any."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: data file not found; run `make data` first")
    if _chapter is not None:
        manifest = INPUTS / f"{_chapter}.json"
        seen = json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else {}
        seen[str(path.resolve().relative_to(paths.ROOT))] = sha256(path)
        manifest.write_text(json.dumps(seen, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


def read_table(name: str, **kwargs) -> pd.DataFrame:
    """Load `data/processed/<name>.csv`, recording it as an input of the current chapter."""
    return pd.read_csv(tracked(paths.PROCESSED / f"{name}.csv"), **kwargs)
