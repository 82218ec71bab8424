"""The Chinese edition's citations (GB/T 7714—2015) come from CITATION.cff and data/edition_zh.yml,
like the English ones from CITATION.cff alone."""

import re

import pytest

from xmgov import citation, citation_zh, editions, how_to_cite, paths

EDITION = {"title": "题名", "subtitle": "副题名", "authors": {"G": "某编写组"}}


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def bare(monkeypatch):
    """A citation file without URL or DOI, with one group author, and a fixed Chinese edition."""
    meta = {"title": "T: S", "version": "1.2.3", "date-released": "2030-01-01", "authors": [{"name": "G"}]}
    monkeypatch.setattr(citation, "metadata", lambda: meta)
    monkeypatch.setattr(citation_zh, "edition", lambda: EDITION)
    return meta


def test_book_in_gbt7714_form_from_the_real_files():
    meta = citation.metadata()
    line = citation_zh.book()
    assert line.startswith(f"{citation_zh.authors()}. {citation_zh.full_title()}[M/OL]. {meta['version']}版. ")
    assert f", {citation.year()}[引用日期]" in line and line.endswith(".")
    assert citation_zh.full_title() == f"{citation_zh.title()}: {citation_zh.edition()['subtitle']}"


def test_book_without_url_or_doi_leaves_the_access_path_for_the_reader(bare):
    """GB/T 7714's [M/OL] ends with an access path: without a URL or DOI the entry shows where the
    reader writes it, and the locator sentence says what goes in both placeholders."""
    assert citation_zh.book() == "某编写组. 题名: 副题名[M/OL]. 1.2.3版. 某编写组, 2030[引用日期]. <获取和访问路径>."
    assert "尚无永久网址或 DOI" in citation_zh.locator()
    assert "“<获取和访问路径>”处填写" in citation_zh.locator() and "“[引用日期]”处填写" in citation_zh.locator()


def test_url_then_doi_close_the_entry(bare, monkeypatch):
    found = bare | {"url": "https://example.org/book", "identifiers": [{"type": "doi", "value": "10.1/x"}]}
    monkeypatch.setattr(citation, "metadata", lambda: found)
    assert citation_zh.book().endswith("2030[引用日期]. https://example.org/book. DOI:10.1/x.")
    assert citation_zh.locator().startswith("本书的获取和访问路径为 DOI 10.1/x 和 https://example.org/book。")
    assert "<获取和访问路径>" not in citation_zh.book() and "“[引用日期]”处" in citation_zh.locator()


def test_dataset_and_figure_forms(bare):
    assert citation_zh.dataset("Data title") == ("某编写组. Data title[DS/OL]. 1.2.3版. 某编写组, "
                                                 "2030[引用日期]. <获取和访问路径>.")
    line = citation_zh.figure("图 3.2", "fig-x-y")
    assert line == ("某编写组. 图 3.2（fig-x-y）[M/OL]//某编写组. 题名: 副题名. 1.2.3版. 某编写组, "
                    "2030[引用日期]. <获取和访问路径>.")


def test_persons_family_first_with_initials_and_at_most_three(bare, monkeypatch):
    people = [{"family-names": "Doe", "given-names": "Jane Ann"}, {"family-names": "王", "given-names": "小明"},
              {"name": "G"}, {"family-names": "Roe", "given-names": "Rick"}]
    monkeypatch.setattr(citation, "metadata", lambda: bare | {"authors": people})
    assert citation_zh.authors() == "Doe J A, 王小明, 某编写组, 等"
    assert citation_zh.publisher() == "Doe J A, 王小明, 某编写组, Roe R"


def test_source_article_as_a_newspaper_article():
    """主要责任者. 题名[N]. 报纸名, 出版日期(版次).: the newspaper alone, never "paper / website"."""
    article = next(r for r in citation.metadata()["references"] if r["type"] == "newspaper-article")
    line = citation_zh.source_article()
    assert line.startswith(", ".join(a["name"] for a in article["authors"][:3]) + ". ")
    paper = article["publisher"]["name"].split("/")[0].strip()
    assert "/" not in paper and paper
    if not article.get("url"):
        page = f"({article['section']})" if article.get("section") else ""
        assert line.endswith(f"{article['title']}[N]. {paper}, {article['date-published']}{page}.")


def test_source_article_online_copy_and_page(monkeypatch):
    article = {"type": "newspaper-article", "title": "题", "authors": [{"name": "甲"}, {"name": "乙"}],
               "publisher": {"name": "某日报 / 某网"}, "date-published": "2023-03-02"}
    monkeypatch.setattr(citation, "metadata", lambda: {"references": [article]})
    assert citation_zh.source_article() == "甲, 乙. 题[N]. 某日报, 2023-03-02."
    article |= {"section": "A03", "url": "https://example.org/a"}
    assert citation_zh.source_article() == "甲, 乙. 题[N/OL]. 某日报, 2023-03-02(A03)[引用日期]. https://example.org/a."


@pytest.mark.parametrize("text, message", [
    ("subtitle: 副\n", "'title' is missing"),
    ("title: 题\nsubtitle: ' '\n", "'subtitle' is missing"),
    ("title: 题\nsubtitle: 副\nauthors:\n  Nobody: 某人\n", r"\['Nobody'\] are not group authors"),
])
def test_edition_file_errors(tmp_path, text, message):
    with pytest.raises(ValueError, match=message):
        citation_zh.load(write(tmp_path / "e.yml", text))


def test_missing_edition_file_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="e.yml"):
        citation_zh.load(tmp_path / "e.yml")


def test_the_title_is_read_from_one_file_by_every_reader():
    assert citation_zh.load(editions.ZH_METADATA)["title"] == editions.zh_title() == citation_zh.title()
    intro = (paths.ZH / "intro.md").read_text(encoding="utf-8")
    assert re.search(r"^# (.+)$", intro, re.MULTILINE).group(1) == citation_zh.title()
    assert f"*{citation_zh.edition()['subtitle']}*" in intro


def test_how_to_cite_glues_chinese_values_that_its_chinese_page_uses():
    facts = how_to_cite.facts()
    chinese = how_to_cite.facts_zh(None, facts)
    assert chinese and all(name.endswith("_zh") for name in chinese)
    page = (paths.ZH / "chapters" / "how-to-cite.md").read_text(encoding="utf-8")
    used = set(re.findall(r"\{glue:text\}`([a-z0-9_]+)", page)) | set(re.findall(r"\{glue:md\} (\S+)", page))
    assert used <= set(facts) | set(chinese)
    assert set(chinese) <= used
    assert chinese["book_sentence_zh"].data == citation_zh.book()  # Markdown: GB/T's own separators
    assert chinese["source_sentence_zh"].data == citation_zh.source_article()
