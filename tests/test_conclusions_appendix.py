"""Glossary merge, citations from CITATION.cff and the benchmark reader, on hand-made inputs."""

import json

import pandas as pd
import pytest

from handmade import bench
from xmgov import citation, paths
from xmgov import glossary, how_to_cite as citing, methods as reproducibility


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_glossary_merges_and_sorts_by_pinyin_without_tones(tmp_path):
    a = write(tmp_path / "a.csv", "term_zh,pinyin,term_en\n智治,zhìzhì,smart governance\n安全,ānquán,safety\n")
    b = write(tmp_path / "b.csv", "term_zh,pinyin,term_en\n德治,dézhì,moral governance\n党支部,dǎng zhībù,Party branch\n")
    table = glossary.glossary(a, b)
    # Without tones and spaces: anquan < dangzhibu < dezhi < zhizhi.
    assert table["term_zh"].tolist() == ["安全", "党支部", "德治", "智治"]
    assert list(table.columns) == glossary.COLUMNS


def test_glossary_term_in_both_files_is_an_error_naming_both(tmp_path):
    a = write(tmp_path / "a.csv", "term_zh,pinyin,term_en\n法治,fǎzhì,rule of law\n")
    b = write(tmp_path / "b.csv", "term_zh,pinyin,term_en\n法治,fǎzhì,law-based governance\n")
    with pytest.raises(ValueError, match=r"法治.*a\.csv.*b\.csv"):
        glossary.glossary(a, b)


@pytest.mark.parametrize("text, message", [
    ("term_zh,term_en\n法治,rule of law\n", "columns must be"),
    ("term_zh,pinyin,term_en\n法治,,rule of law\n", r"empty pinyin on data line\(s\) \[2\]"),
    ("term_zh,pinyin,term_en\n法治,fǎzhì,a\n法治,fǎzhì,b\n", "listed twice"),
])
def test_glossary_file_errors(tmp_path, text, message):
    with pytest.raises(ValueError, match=message):
        glossary.read(write(tmp_path / "g.csv", text))


def test_the_real_glossaries_merge():
    table = glossary.glossary()
    assert table["term_zh"].is_unique and (table["term_en"].str.strip() != "").all()


def test_book_citation_and_bibtex_come_from_citation_cff():
    meta = citation.metadata()
    sentence, bib = citing.book()
    assert sentence == citation.book_citation()
    assert f"title = {{{meta['title']}}}" in bib and f"Version {meta['version']}}}" in bib
    assert f"publisher = {{{citation.authors()}}}" in bib and "version =" not in bib
    assert bib.startswith(f"@book{{xmgov{citation.year()}book,") and bib.endswith("}")


def test_locator_says_plainly_when_there_is_no_url_or_doi(monkeypatch):
    bare = {"title": "T", "version": "1", "date-released": "2030-01-01", "authors": [{"name": "G"}]}
    monkeypatch.setattr(citation, "metadata", lambda: bare)
    assert citing.locator_sentence().startswith("The book has no persistent URL or DOI yet")
    assert "url =" not in citing.book()[1] and "doi =" not in citing.book()[1]
    found = bare | {"url": "https://example.org/book", "identifiers": [{"type": "doi", "value": "10.1/x"}]}
    monkeypatch.setattr(citation, "metadata", lambda: found)
    assert citing.locator_sentence() == "The book is found at DOI 10.1/x and https://example.org/book."
    assert "url = {https://example.org/book}" in citing.book()[1] and "doi = {10.1/x}" in citing.book()[1]


def test_bibtex_authors_keep_groups_whole_and_persons_family_first(monkeypatch):
    people = {"title": "T", "version": "1", "date-released": "2030-01-01",
              "authors": [{"family-names": "Doe", "given-names": "Jane"}, {"name": "The Group"}]}
    monkeypatch.setattr(citation, "metadata", lambda: people)
    assert citing._bib_authors() == "Doe, Jane and {The Group}"
    sentence, bib = citing.figure("fig-x-y", "Figure Z")
    assert "[fig-x-y]" in sentence and "@misc{xmgov2030figxy," in bib


def test_dataset_citation_names_the_data_package():
    package = citing.data_package()
    sentence, bib = citing.dataset()
    assert package["name"] in sentence and package["title"] in bib


def test_without_a_benchmark_the_page_says_how_to_make_one(tmp_path):
    data = bench()
    del data["pdf_s"]
    for path in (tmp_path / "missing.json", write(tmp_path / "results.json", json.dumps(data))):
        results = reproducibility.bench_results(path)
        assert results is None
        facts = reproducibility.bench_facts(results)
        assert set(facts.values()) == {reproducibility.NOT_MEASURED} and "make bench" in reproducibility.NOT_MEASURED
        assert reproducibility.bench_targets(results)["measured"].tolist() == [reproducibility.NOT_MEASURED]


def test_bench_facts_by_hand(tmp_path):
    path = write(tmp_path / "results.json", json.dumps(bench(figures_identical_after_clean_build=False)))
    results = reproducibility.bench_results(path)
    facts = reproducibility.bench_facts(results)
    assert facts["bench_clean_html_s"] == "100 s" and facts["bench_machine"].startswith("2 CPU cores")
    assert facts["bench_figures_identical"] == "not all byte for byte identical"
    assert facts["bench_pdf_added_s"] == "12 s"
    assert facts["bench_extraction"].endswith("a ratio per copy of 0.90")
    assert facts["bench_targets_met"] == "2 of the 3 targets were met"
    assert facts["bench_editions"] == "1.30 times the English edition's alone (the target: at most 1.5)"
    assert facts["bench_english_only_s"] == "92 s"
    table = reproducibility.bench_targets(results)
    assert table["met"].tolist() == ["yes", "no", "yes"]
    assert reproducibility.bench_by_chapter(results)["page"].tolist() == ["metrics", "themes", "data"]


def test_versions_of_a_missing_package_is_an_error():
    with pytest.raises(RuntimeError, match="no-such-package-xmgov"):
        reproducibility.versions((("no-such-package-xmgov", "nothing"),))
    assert reproducibility.versions((("pandas", "data"),))["version"].iloc[0][0].isdigit()


def test_licence_must_agree_between_citation_file_and_data_package(monkeypatch):
    assert citing.licence() == citation.metadata()["license"]
    other = dict(citation.metadata(), license="MIT")
    monkeypatch.setattr(citation, "metadata", lambda: other)
    with pytest.raises(ValueError, match="make them agree"):
        citing.licence()


def test_every_glossary_term_occurs_in_the_source_or_a_chapter():
    texts = [paths.RAW_SOURCE.read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted(paths.CHAPTERS.glob("*.md"))]
    assert glossary.absent_terms(glossary.glossary(), texts) == []


def test_absent_terms_names_what_no_text_contains():
    table = pd.DataFrame({"term_zh": ["联动", "共建共治共享"]})
    assert glossary.absent_terms(table, ["多部门协调联动", "协同"]) == ["共建共治共享"]


def test_methods_glossary_is_complete_and_sorted(tmp_path):
    table = glossary.methods()
    assert {"TF-IDF", "Wilson interval", "lacuna", "Louvain community"} <= set(table["term"])
    assert table["term"].str.casefold().is_monotonic_increasing
    with pytest.raises(ValueError, match="empty explanation"):
        glossary.methods(write(tmp_path / "m.csv", "term,explanation\nTF-IDF,\n"))
