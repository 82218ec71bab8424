"""The release's metadata: one version (CITATION.cff's) everywhere, a CHANGELOG entry for it, a
.zenodo.json generated from CITATION.cff, and what the PDF's title page prints."""

import json
import shutil

import pytest
import yaml

import xmgov
from xmgov import citation, paths, release, zenodo

RELEASE_FILES = ("CITATION.cff", ".zenodo.json", "CHANGELOG.md", "pyproject.toml")


@pytest.fixture
def project(tmp_path):
    """A copy of the files the release metadata live in."""
    for name in RELEASE_FILES:
        shutil.copyfile(paths.ROOT / name, tmp_path / name)
    return tmp_path


def test_every_copy_of_the_version_is_citation_cff_s():
    version = str(citation.metadata()["version"])
    assert release.versions(paths.ROOT) == dict.fromkeys(release.versions(paths.ROOT), version)
    assert xmgov.__version__ == version


def test_this_release_is_ready():
    assert release.problems(paths.ROOT) == []


def test_the_committed_zenodo_json_is_what_citation_cff_generates():
    committed = (paths.ROOT / ".zenodo.json").read_text(encoding="utf-8")
    assert committed == zenodo.render(citation.metadata()), "run `python -m xmgov zenodo` and commit it"


def test_a_new_version_in_citation_cff_alone_is_refused_naming_each_file(project):
    path = project / "CITATION.cff"
    path.write_text(path.read_text(encoding="utf-8").replace(
        f'version: "{citation.metadata()["version"]}"', 'version: "9.9.9"'), encoding="utf-8")
    found = "\n".join(release.problems(project))
    assert "pyproject.toml says version" in found and "installed package" in found
    assert f"{project / 'CHANGELOG.md'}: no entry for version 9.9.9" in found
    assert f"{project / '.zenodo.json'}: not what CITATION.cff generates" in found


def test_a_changelog_entry_dated_otherwise_than_the_release_is_refused(project):
    meta = citation.metadata()
    path = project / "CHANGELOG.md"
    path.write_text(path.read_text(encoding="utf-8").replace(
        f"## [{meta['version']}] - {meta['date-released']}", f"## [{meta['version']}] - 2001-01-01"), encoding="utf-8")
    assert release.problems(project) == [
        f"{path}: the entry for {meta['version']} is dated 2001-01-01, CITATION.cff releases it on {meta['date-released']}"]


def test_changelog_entries_are_read_from_keep_a_changelog_headings():
    text = "# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2030-02-03\n### Added\n## [1.1.0] - 2030-01-01\n"
    assert release.changelog_entries(text) == {"Unreleased": None, "1.2.0": "2030-02-03", "1.1.0": "2030-01-01"}


def test_zenodo_record_carries_citation_cff_and_no_invented_identifier():
    meta = citation.metadata()
    found = json.loads(zenodo.render(meta))
    assert found["title"] == meta["title"] and found["version"] == meta["version"]
    assert found["publication_date"] == meta["date-released"] and found["license"] == "CC-BY-4.0"
    assert found["creators"] == [{"name": n} for n in citation.author_names()]
    assert found["keywords"] == meta["keywords"] and "MIT" in found["notes"]
    assert not {"doi", "related_identifiers"} & set(found)  # none is declared in CITATION.cff


def test_zenodo_creators_keep_orcid_and_affiliation_only_when_given():
    person = {"family-names": "Lin", "given-names": "Mei", "affiliation": "Example University",
              "orcid": "https://orcid.org/0000-0002-1825-0097"}
    assert zenodo.creator(person) == {"name": "Lin, Mei", "affiliation": "Example University",
                                      "orcid": "0000-0002-1825-0097"}
    assert zenodo.creator({"name": "A group"}) == {"name": "A group"}


def test_zenodo_description_is_escaped_html_and_references_are_lines():
    meta = dict(citation.metadata(), abstract="Counts <5 &\n  more", references=[
        {"type": "article", "title": "T", "authors": [{"family-names": "Wu", "given-names": "J"}],
         "date-published": "2023-03-02", "publisher": {"name": "P"}}])
    found = zenodo.record(meta)
    assert found["description"] == "Counts &lt;5 &amp; more"
    assert found["references"] == ["Wu, J (2023). T. P."]


def test_a_citation_type_zenodo_has_no_upload_type_for_is_an_error_naming_the_file():
    with pytest.raises(ValueError, match=r"CITATION\.cff: type 'book'"):
        zenodo.record(dict(citation.metadata(), type="book"))


def test_zenodo_write_generates_the_file_from_the_citation_file(project):
    path = project / "CITATION.cff"
    meta = yaml.safe_load(path.read_text(encoding="utf-8"))
    meta["keywords"] = ["one"]
    path.write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    assert json.loads(zenodo.write(project).read_text(encoding="utf-8"))["keywords"] == ["one"]


def test_title_page_comes_from_citation_cff():
    meta = citation.metadata()
    page = citation.title_page()
    assert page.title == citation.short_title() and meta["title"] == f"{page.title}: {page.subtitle}"
    assert page.authors == tuple(citation.author_names()) and page.authors
    assert (page.version, page.date) == (str(meta["version"]), str(meta["date-released"]))
