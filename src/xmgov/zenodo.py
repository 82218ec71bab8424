"""`.zenodo.json`, generated from CITATION.cff (`python -m xmgov zenodo`).

When a repository holds a .zenodo.json, Zenodo's GitHub integration reads only that file and
ignores CITATION.cff, so the two must say the same: this one is written by code, never by hand.
Field names and vocabularies are those of Zenodo's deposit metadata (developers.zenodo.org).
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from . import citation, paths

FILE = ".zenodo.json"
# CITATION.cff `type` -> Zenodo `upload_type`; the two types CFF knows.
UPLOAD_TYPES = {"dataset": "dataset", "software": "software"}
# The language the book is written in (ISO 639-3). CITATION.cff has no field for a work's language.
LANGUAGE = "eng"
CODE_LICENCE = "Code (src/, tests/, the Makefile, .ci/ and the build configuration) is under the MIT License."


def creator(person: dict) -> dict:
    """A CFF author as a Zenodo creator, with the affiliation and ORCID iD only if CFF gives them."""
    found = {"name": citation.person_name(person)}
    if person.get("affiliation"):
        found["affiliation"] = person["affiliation"]
    if person.get("orcid"):  # CFF writes the iD as a URL, Zenodo as the bare iD
        found["orcid"] = person["orcid"].rstrip("/").rsplit("/", 1)[-1]
    return found


def reference(ref: dict) -> str:
    """One CFF reference as the plain bibliographic line Zenodo lists."""
    who = "; ".join(citation.person_name(p) for p in ref.get("authors", []))
    year = str(ref.get("date-published") or ref.get("year") or "n.d.")[:4]
    publisher = ref.get("publisher", {}).get("name")
    return f"{who} ({year}). {ref['title']}." + (f" {publisher}." if publisher else "")


def record(meta: dict, source: str = "CITATION.cff") -> dict:
    """Zenodo's metadata for the release described by `meta` (a loaded CITATION.cff)."""
    kind = meta.get("type", "software")
    if kind not in UPLOAD_TYPES:
        raise ValueError(f"{source}: type {kind!r} has no Zenodo upload type; expected one of {sorted(UPLOAD_TYPES)}")
    if not meta.get("abstract") or not isinstance(meta.get("license"), str):
        raise ValueError(f"{source}: Zenodo needs an `abstract` and one `license`")
    found = {
        "title": meta["title"],
        "upload_type": UPLOAD_TYPES[kind],
        "description": html.escape(" ".join(meta["abstract"].split()), quote=False),  # read as HTML
        "creators": [creator(p) for p in meta["authors"]],
        "version": str(meta["version"]),
        "publication_date": str(meta["date-released"]),
        "access_right": "open",
        "license": meta["license"],
        "notes": f"Text and data are under {meta['license']}. {CODE_LICENCE} See LICENSE.md.",
        "keywords": [str(k) for k in meta.get("keywords", [])],
        "language": LANGUAGE,
        "references": [reference(r) for r in meta.get("references", [])],
    }
    return {key: value for key, value in found.items() if value != []}


def render(meta: dict) -> str:
    return json.dumps(record(meta), ensure_ascii=False, indent=2) + "\n"


def write(root: Path = paths.ROOT) -> Path:
    target = root / FILE
    target.write_text(render(citation.load(root / "CITATION.cff")), encoding="utf-8")
    return target
