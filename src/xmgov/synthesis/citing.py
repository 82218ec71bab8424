"""Citations of the book, the dataset and one figure, as sentences and as BibTeX.

Everything comes from CITATION.cff (through `xmgov.citation`) and, for the dataset, from the data
package's own name and title, so the how-to-cite page cannot drift from either.
"""

from __future__ import annotations

import json
import re

from .. import citation, io, paths

DATAPACKAGE = paths.PROCESSED / "datapackage.json"


def _bib_authors() -> str:
    names = []
    for person in citation.metadata()["authors"]:
        if "name" in person:
            names.append("{" + person["name"] + "}")  # a group: braces keep BibTeX from splitting it
        else:
            names.append(f"{person['family-names']}, {person['given-names']}")
    return " and ".join(names)


def _key(suffix: str) -> str:
    return f"xmgov{citation.year()}{re.sub(r'[^a-z0-9]+', '', suffix.lower())}"


def _bibtex(kind: str, key: str, fields: dict) -> str:
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items() if value)
    return f"@{kind}{{{key},\n{body}\n}}"


def _common() -> dict:
    meta = citation.metadata()
    return {"author": _bib_authors(), "year": citation.year(), "version": str(meta["version"]),
            "url": meta.get("url") or meta.get("repository-code", "")}


def data_package() -> dict:
    """The data package's name, title and licences (datapackage.json)."""
    return json.loads(io.tracked(DATAPACKAGE).read_text(encoding="utf-8"))


def licence() -> str:
    """The licence of text and data, as CITATION.cff declares it; the data package must agree."""
    declared = citation.metadata()["license"]
    package = [x["name"] for x in data_package().get("licenses", [])]
    if package != [declared]:
        raise ValueError(f"CITATION.cff declares licence {declared!r} but {DATAPACKAGE} declares "
                         f"{package}; make them agree")
    return declared


def book() -> tuple[str, str]:
    """(sentence, BibTeX) for the whole book."""
    meta = citation.metadata()
    fields = {"title": meta["title"], **_common(), "note": "Executable Jupyter Book"}
    return citation.book_citation(), _bibtex("book", _key("book"), fields)


def dataset() -> tuple[str, str]:
    """(sentence, BibTeX) for the dataset published with the book."""
    meta, package = citation.metadata(), data_package()
    licence = ", ".join(x["name"] for x in package.get("licenses", []))
    sentence = (f"{citation.authors()} ({citation.year()}). {package['title']} [Data set; data "
                f"package {package['name']}, licence {licence}]. Published with: {meta['title']}. "
                f"Version {meta['version']}.")
    fields = {"title": package["title"], **_common(),
              "howpublished": f"Data package {package['name']}, published with: {meta['title']}",
              "note": f"Licence {licence}"}
    return sentence, _bibtex("misc", _key("data"), fields)


def figure(name: str, label: str) -> tuple[str, str]:
    """(sentence, BibTeX) for one figure; `label` is its number as printed in the book."""
    meta = citation.metadata()
    fields = {"title": f"{label} [{name}], in: {meta['title']}", **_common(),
              "howpublished": f"Figure files {name}.svg, .png, .pdf; data {name}.csv"}
    return citation.item_citation("figure", label, name), _bibtex("misc", _key(name), fields)
