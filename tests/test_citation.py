"""CITATION.cff is valid Citation File Format 1.2.0 and agrees with the book (its version with
every other copy: tests/test_release.py)."""

import datetime as dt
import re

import yaml

from xmgov import citation, paths

SPDX = {"CC-BY-4.0", "MIT", "CC0-1.0", "CC-BY-SA-4.0"}
TYPES = {"software", "dataset"}


def _cff():
    return yaml.safe_load((paths.ROOT / "CITATION.cff").read_text(encoding="utf-8"))


def test_required_fields_and_types():
    cff = _cff()
    assert cff["cff-version"] == "1.2.0"
    for key in ("message", "title", "authors"):
        assert isinstance(cff[key], (str, list)) and cff[key], key
    assert cff["type"] in TYPES
    assert cff["license"] in SPDX
    for person in cff["authors"]:
        assert person.get("name") or (person.get("family-names") and person.get("given-names")), person
    dt.date.fromisoformat(str(cff["date-released"]))


def test_the_source_article_is_referenced_with_its_date():
    refs = _cff()["references"]
    article = next(r for r in refs if r["type"] == "newspaper-article")
    assert "厦门市域社会治理现代化优秀创新成果" in article["title"]
    assert str(article["date-published"]) == "2023-03-02"


def test_citation_lines_come_from_the_file():
    line = citation.item_citation("figure", "Figure 2.1", "fig-data-coverage")
    assert _cff()["title"] in line and "Figure 2.1 [fig-data-coverage]" in line
    assert re.match(r"^.+ \(\d{4}\)\. ", citation.book_citation())
