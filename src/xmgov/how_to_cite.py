"""Citations of the book, the dataset and one figure, as sentences and as BibTeX.

Everything comes from CITATION.cff (through `xmgov.citation`) and, for the dataset, from the data
package's own name and title, so the how-to-cite page cannot drift from either.
"""

from __future__ import annotations

import json
import re

from . import citation, paths

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


def doi() -> str:
    """The DOI CITATION.cff declares (field `doi`, or an identifier of type doi), or ''."""
    meta = citation.metadata()
    dois = [i["value"] for i in meta.get("identifiers", []) if i.get("type") == "doi"]
    return meta.get("doi") or (dois[0] if dois else "")


def url() -> str:
    """The address CITATION.cff declares (`url`, else `repository-code`), or ''."""
    meta = citation.metadata()
    return meta.get("url") or meta.get("repository-code", "")


def locator_sentence() -> str:
    """Where a reader finds the book, from CITATION.cff: said plainly when there is no address."""
    found = [f"DOI {doi()}"] * bool(doi()) + [url()] * bool(url())
    if not found:
        return ("The book has no persistent URL or DOI yet; until it has, cite it by title and "
                "version, and add the address where you read it, if any.")
    return "The book is found at " + " and ".join(found) + "."


def _common() -> dict:
    """Fields every entry shares. The version goes in `note`, which BibTeX and biblatex both print
    (the `version` field is biblatex-only)."""
    meta = citation.metadata()
    return {"author": _bib_authors(), "year": citation.year(), "doi": doi(), "url": url(),
            "note": f"Version {meta['version']}"}


def data_package() -> dict:
    """The data package's name, title and licences (datapackage.json)."""
    return json.loads(DATAPACKAGE.read_text(encoding="utf-8"))


def licence() -> str:
    """The licence of text and data, as CITATION.cff declares it; the data package must agree."""
    declared = citation.metadata()["license"]
    package = [x["name"] for x in data_package().get("licenses", [])]
    if package != [declared]:
        raise ValueError(f"CITATION.cff declares licence {declared!r} but {DATAPACKAGE} declares "
                         f"{package}; make them agree")
    return declared


def book() -> tuple[str, str]:
    """(sentence, BibTeX) for the whole book: a @book whose publisher is its contributors, since
    it is self-published (standard BibTeX styles expect a publisher for @book)."""
    meta = citation.metadata()
    common = _common()
    fields = {"title": meta["title"], "author": common["author"], "publisher": citation.authors(), **common,
              "note": f"Executable Jupyter Book. {common['note']}"}
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
              "note": f"Licence {licence}. {_common()['note']}"}
    return sentence, _bibtex("misc", _key("data"), fields)


def figure(name: str, label: str) -> tuple[str, str]:
    """(sentence, BibTeX) for one figure; `label` is its number as printed in the book."""
    meta = citation.metadata()
    fields = {"title": f"{label} [{name}], in: {meta['title']}", **_common(),
              "howpublished": f"Figure files {name}.svg, .png, .pdf; data {name}.csv"}
    return citation.item_citation("figure", label, name), _bibtex("misc", _key(name), fields)


EXAMPLE_FIGURE = "fig-conclusions-theme-features"  # the figure the page cites as its example


def _bibtex_block(text: str) -> "Markdown":
    from IPython.display import Markdown

    return Markdown(f"```bibtex\n{text}\n```")


def facts(_=None) -> dict:
    """What the how-to-cite page (chapters/how-to-cite.md) glues: sentences and BibTeX blocks."""
    book_sentence, book_bib = book()
    data_sentence, data_bib = dataset()
    figure_sentence, figure_bib = figure(EXAMPLE_FIGURE, "Figure <number>")
    return {"book_sentence": book_sentence, "data_sentence": data_sentence,
            "locator": locator_sentence(), "figure_sentence": figure_sentence,
            "licence": licence(), "book_bibtex": _bibtex_block(book_bib),
            "data_bibtex": _bibtex_block(data_bib), "figure_bibtex": _bibtex_block(figure_bib)}


EXAMPLE_FIGURE_LABEL_ZH = "图 <编号>"  # as the Chinese edition numbers figures ("图 %s")


def _citation_block(text: str) -> "Markdown":
    """A GB/T 7714 entry glued as Markdown, so that it keeps the standard's half-width separators
    (a `_zh` string would be given Chinese punctuation by `xmgov.book.chinese_facts`) and reads
    exactly as the cite lines printed under the figures."""
    from IPython.display import Markdown

    return Markdown(text)


def facts_zh(_result, facts: dict) -> dict:
    """What the Chinese how-to-cite page (zh/chapters/how-to-cite.md) glues besides the English
    values it shares (the BibTeX blocks, the licence): the GB/T 7714—2015 forms of the same
    citations, from the same CITATION.cff (`xmgov.citation_zh`)."""
    from . import citation_zh

    package = data_package()
    licences = ", ".join(x["name"] for x in package.get("licenses", []))
    return {"locator_zh": citation_zh.locator(),
            "gbt_zh": citation_zh.STANDARD, "gbt_place_clause_zh": citation_zh.PLACE_CLAUSE,
            "licence_name_zh": citation_zh.licence_name(facts["licence"]),
            "book_sentence_zh": _citation_block(citation_zh.book()),
            "data_sentence_zh": _citation_block(citation_zh.dataset(package["title"])),
            "data_note_zh": (f"数据包名称为 {package['name']}，许可协议为 {licences}，与本书 "
                             f"{citation.metadata()['version']} 版一同发布。"),
            "figure_sentence_zh": _citation_block(citation_zh.figure(EXAMPLE_FIGURE_LABEL_ZH, EXAMPLE_FIGURE)),
            "source_sentence_zh": _citation_block(citation_zh.source_article())}
