"""Which English each Chinese page was translated from, so that a changed English page shows.

The Chinese edition is a parallel set of pages under `zh/` (`xmgov.paths.ZH`) with the same
names, the same code cell and the same glued values as the English. `zh/translated-from.json`
records, for every authored English page, the SHA-256 of the English text its Chinese page was
last brought into step with. A page whose English has changed since is stale until a translator
revises the Chinese and records the new hash (`python -m xmgov translations --accept PAGE`).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import paths, toc

RECORD_NAME = "translated-from.json"


def english_digest(document: str, root: Path | None = None) -> str:
    """SHA-256 of the English page's text, with line ends normalised."""
    text = toc.source_file(document, root).read_text(encoding="utf-8").replace("\r\n", "\n")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_path(zh_root: Path | None = None) -> Path:
    return Path(zh_root or paths.ZH) / RECORD_NAME


def recorded(zh_root: Path | None = None) -> dict[str, str]:
    path = record_path(zh_root)
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc})") from exc


def problems(root: Path | None = None, zh_root: Path | None = None) -> dict[str, str]:
    """Every authored English page whose Chinese counterpart is missing or stale, with why."""
    root, zh_root = root or paths.ROOT, zh_root or paths.ZH
    record = recorded(zh_root)
    found = {}
    for document in toc.authored(root / "_toc.yml"):
        try:
            toc.source_file(document, zh_root)
        except FileNotFoundError:
            found[document] = f"no Chinese page zh/{document}.md"
            continue
        if document not in record:
            found[document] = f"{record_path(zh_root).name} records no English for it"
        elif record[document] != english_digest(document, root):
            found[document] = ("its English changed since the Chinese was brought into step: revise "
                               f"zh/{document}.md, then `python -m xmgov translations --accept {document}`")
    return found


def accept(documents: list[str], root: Path | None = None, zh_root: Path | None = None) -> None:
    """Record that the Chinese of `documents` is in step with their English as it is now."""
    root, zh_root = root or paths.ROOT, zh_root or paths.ZH
    record = recorded(zh_root)
    authored = set(toc.authored(root / "_toc.yml"))
    for document in documents:
        if document not in authored:
            raise KeyError(f"{document!r} is not an authored page of _toc.yml")
        toc.source_file(document, zh_root)  # the Chinese page must exist
        record[document] = english_digest(document, root)
    path = record_path(zh_root)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)
