"""How to cite the book, a figure or a table, from the one source of truth: CITATION.cff."""

from __future__ import annotations

from functools import lru_cache

import yaml

from . import paths


@lru_cache(maxsize=1)
def metadata() -> dict:
    path = paths.ROOT / "CITATION.cff"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"{path}: the citation file is missing") from exc
    for field in ("title", "authors", "version", "date-released"):
        if not data.get(field):
            raise ValueError(f"{path}: field {field!r} is missing or empty")
    return data


def authors() -> str:
    names = []
    for person in metadata()["authors"]:
        if "name" in person:
            names.append(person["name"])
        else:
            names.append(f"{person['family-names']}, {person['given-names']}")
    return "; ".join(names)


def short_authors() -> str:
    """The first author's name, with 'et al.' when there are more."""
    people = metadata()["authors"]
    first = people[0].get("name") or people[0]["family-names"]
    return first + (" et al." if len(people) > 1 else "")


def short_title() -> str:
    """The book's title without its subtitle."""
    return metadata()["title"].split(":")[0].strip()


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
