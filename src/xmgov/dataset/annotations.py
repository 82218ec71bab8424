"""Hand annotations (data/annotations/*.yaml): loaded strictly, so a typo stops the build.

Every override names an existing entry and carries a `reason`; spans must be found verbatim in
that entry's raw text, so an override can never point at text that is not there.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .. import paths
from .errors import DatasetError


class _StrictLoader(yaml.SafeLoader):
    """YAML loader that refuses a key given twice (e.g. the same entry id annotated twice)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise DatasetError(f"line {key_node.start_mark.line + 1}", f"duplicated key {key!r}")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_yaml(name: str, folder: Path = paths.ANNOTATIONS):
    path = folder / name
    if not path.exists():
        raise DatasetError(str(path), "annotation file is missing")
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader) or {}
    except DatasetError as exc:
        raise DatasetError(f"{path} {exc.where}", exc.problem) from None
    except yaml.YAMLError as exc:
        raise DatasetError(str(path), f"not valid YAML: {exc}") from None


def load_csv(path: Path, columns: tuple[str, ...]):
    """A hand-made CSV annotation, every cell as text; a missing file or column is an error that
    names the file."""
    import pandas as pd

    if not path.exists():
        raise DatasetError(str(path), "annotation file is missing")
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise DatasetError(str(path), f"missing column(s) {missing}")
    return table


def check_entry(entry_id: str, entries: dict, where: str) -> dict:
    if entry_id not in entries:
        raise DatasetError(where, f"annotation points to entry {entry_id!r}, which does not exist")
    return entries[entry_id]


def require(item: dict, keys: tuple[str, ...], where: str) -> None:
    missing = [k for k in keys if item.get(k) in (None, "")]
    if missing:
        raise DatasetError(where, f"annotation lacks {missing}")


def locate(text: str, entry: dict, span: str, where: str, occurrence: int = 1) -> int:
    """Raw offset of the `occurrence`-th verbatim `span` inside the entry (description or title)."""
    regions = [(entry["start"], entry["end"])]
    if entry.get("title_start") is not None:
        regions.insert(0, (entry["title_start"], entry["title_units_start"] + len(entry["title_units"])))
    hits = []
    for start, end in regions:
        pos = text.find(span, start, end)
        while pos != -1:
            hits.append(pos)
            pos = text.find(span, pos + 1, end)
    if len(hits) < occurrence:
        raise DatasetError(where, f"span {span!r} not found {occurrence} time(s) in entry {entry['entry_id']}")
    return hits[occurrence - 1]
