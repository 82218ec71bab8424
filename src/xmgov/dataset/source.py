"""The raw source, checked against its recorded sha256 before anything reads it.

All offsets in the dataset are character offsets (Python string indices, 0-based, end exclusive)
into the raw file decoded as UTF-8; the check guarantees they still point where they did.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import paths
from .errors import DatasetError

PROVENANCE = paths.RAW / "SOURCE.yaml"


@dataclass(frozen=True)
class Source:
    text: str
    sha256: str
    provenance: dict


def read_provenance(path: Path = PROVENANCE) -> dict:
    if not path.exists():
        raise DatasetError(str(path), "provenance file is missing")
    meta = yaml.safe_load(path.read_text(encoding="utf-8"))
    for key in ("file", "sha256", "title", "publisher", "published"):
        if key not in meta:
            raise DatasetError(str(path), f"provenance lacks the field {key!r}")
    return meta


def load_source(raw: Path = paths.RAW_SOURCE, provenance: Path = PROVENANCE) -> Source:
    """Read the raw file; refuse it if its bytes are not the ones the provenance records."""
    meta = read_provenance(provenance)
    if not raw.exists():
        raise DatasetError(str(raw), "raw source file is missing")
    data = raw.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != meta["sha256"]:
        raise DatasetError(
            str(raw),
            f"sha256 mismatch: file has {digest}, {provenance.name} records {meta['sha256']}; "
            "the raw copy must never be edited (restore it with `git checkout -- data/raw/`)",
        )
    return Source(text=data.decode("utf-8"), sha256=digest, provenance=meta)
