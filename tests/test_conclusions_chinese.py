"""The Chinese pages of the preface, the key findings and the conclusions: each shares its English
page's front matter and code cell, keeps its cross-references, glues only names its module
computes (English numbers or `_zh` words), and types no number; the Chinese words of the
conclusions' figure and tables cover every column and are composed from the computation."""

import re

import pytest

from xmgov import pages, paths, prose
from xmgov.conclusions import chapter, chinese, findings, preface
from xmgov.chinese import number_zh, series_zh

PAGES = ("preface", "key-findings", "conclusions")
GLUE = re.compile(r"\{glue:text\}`([a-z0-9_]+)(?::[^`]*)?`")
REFERENCES = re.compile(r"\{(?:numref|ref|doc|cite|cite:p|cite:t)\}`[^`]*`|^```\{xm(?:figure|table)\} \S+", re.M)
HEAD = re.compile(r"\A---\n.*?\n---\n|^```\{code-cell\}.*?^```$", re.S | re.M)


def english(page: str) -> str:
    return (paths.ROOT / "chapters" / f"{page}.md").read_text(encoding="utf-8")


def chinese_page(page: str) -> str:
    return (paths.ROOT / "zh" / "chapters" / f"{page}.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def synthesis():
    return chapter.analysis()


def values(page: str, synthesis) -> dict:
    module = pages.module(page)
    result = preface.analysis() if page == "preface" else synthesis
    facts = module.facts(result)
    zh = module.facts_zh(result, facts)
    assert zh and all(k.endswith("_zh") for k in zh), f"{page}: facts_zh names must end in _zh"
    return facts | zh


@pytest.mark.parametrize("page", PAGES)
def test_front_matter_and_code_cell_are_the_english_ones(page):
    assert HEAD.findall(chinese_page(page)) == HEAD.findall(english(page))


@pytest.mark.parametrize("page", PAGES)
def test_cross_references_are_kept(page):
    assert sorted(set(REFERENCES.findall(chinese_page(page)))) == sorted(set(REFERENCES.findall(english(page))))


@pytest.mark.parametrize("page", PAGES)
def test_no_number_or_count_is_typed(page):
    text = chinese_page(page)
    assert prose.typed_numbers_zh(text) == [] and prose.typed_words_zh(text) == []


@pytest.mark.parametrize("page", PAGES)
def test_every_glued_name_is_computed_and_no_english_words_are_shown(page, synthesis):
    facts = values(page, synthesis)
    used = set(GLUE.findall(chinese_page(page)))
    assert not used - set(facts), f"{page}: glued but not computed: {sorted(used - set(facts))}"
    # Every English-worded value has its Chinese counterpart glued instead.
    for name in used:
        value = facts[name]
        if isinstance(value, str):
            assert name.endswith("_zh") or re.fullmatch(r"[A-Z]\d{2}|p [<=] [\d.]+", value), (page, name, value)
    unused = sorted(name for name in facts if name.endswith("_zh") and name not in used)
    assert not unused, f"{page}: Chinese words computed but never glued: {unused}"


def test_chinese_wording_helpers():
    assert number_zh(2) == "两" and number_zh(3) == "三" and number_zh(12) == "12"
    assert series_zh([]) == "无" and series_zh(["A"]) == "A" and series_zh(["A", "B", "C"]) == "A、B和C"
    assert chinese.survive_zh([0.5, 0.2]).endswith("均不再显著")
    assert chinese.q05_subject_zh(0) == "没有一项主题×特征比较"
    assert chinese.q05_subject_zh(3) == "有3项主题×特征比较"


def test_tables_and_figure_have_chinese_words(synthesis):
    for slug, frame, caption, zh in chapter.tables(synthesis):
        record = zh.table_record(slug, list(frame.columns))
        assert len(record["columns"]) == len(frame.columns)
        shown = frame.replace(record["cells"])
        for column in shown.columns:
            english_words = [v for v in shown[column] if isinstance(v, str) and re.search(r"[A-Za-z]{3,}", v)]
            assert not english_words, (slug, column, english_words)
    from xmgov.conclusions import crosstabs

    words = chinese.heatmap_zh(synthesis.cells, len(synthesis.themes.book.ids), crosstabs.feature_frame(),
                               findings.ALPHA).figure_record("fig-conclusions-theme-features")
    assert str(len(synthesis.cells)) in words["caption"]
