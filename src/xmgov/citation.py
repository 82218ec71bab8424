"""How to cite the book, a figure or a table, from the one source of truth: CITATION.cff."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from . import paths


def load(path: Path) -> dict:
    """A citation file, checked for the fields every cite line, the release and Zenodo need."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"{path}: the citation file is missing") from exc
    for field in ("title", "authors", "version", "date-released"):
        if not data.get(field):
            raise ValueError(f"{path}: field {field!r} is missing or empty")
    return data


@lru_cache(maxsize=1)
def metadata() -> dict:
    """The book's CITATION.cff: the one place its version and release date are typed."""
    return load(paths.ROOT / "CITATION.cff")


def person_name(person: dict) -> str:
    """A CFF person or group as cited: the group's name, or 'Family, Given'."""
    return person.get("name") or f"{person['family-names']}, {person['given-names']}"


def author_names() -> list[str]:
    return [person_name(p) for p in metadata()["authors"]]


def authors() -> str:
    return "; ".join(author_names())


def short_authors() -> str:
    """The first author's name, with 'et al.' when there are more."""
    people = metadata()["authors"]
    first = people[0].get("name") or people[0]["family-names"]
    return first + (" et al." if len(people) > 1 else "")


def short_title(meta: dict | None = None) -> str:
    """The book's title without its subtitle (of `meta`, another citation file, if given)."""
    return (meta or metadata())["title"].split(":")[0].strip()


def year() -> str:
    return str(metadata()["date-released"])[:4]


def book_citation() -> str:
    meta = metadata()
    return f"{authors()} ({year()}). {meta['title']}. Version {meta['version']}."


def item_citation(kind: str, label: str, name: str) -> str:
    """Citation line for one figure or table; `label` is its number as printed ("Figure 2.1")."""
    meta = metadata()
    return (f"{authors()} ({year()}). {label} [{name}], in: {meta['title']}. "
            f"Version {meta['version']}.")


@dataclass(frozen=True)
class TitlePage:
    """What the PDF's title page prints, all from CITATION.cff."""

    title: str
    subtitle: str
    authors: tuple[str, ...]
    version: str
    date: str  # ISO date of the release


def title_page() -> TitlePage:
    meta = metadata()
    subtitle = meta["title"].partition(":")[2].strip()
    return TitlePage(title=short_title(), subtitle=subtitle, authors=tuple(author_names()),
                     version=str(meta["version"]), date=str(meta["date-released"]))
