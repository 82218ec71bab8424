"""The Chinese edition's words for the data chapter and the data dictionary (xmgov.dataset.chinese):
every table and figure has them, every dictionary description has a Chinese, the worded values
follow the English wording's cases."""

import json

import pandas as pd
import pytest

from xmgov import paths, rawfacts
from xmgov.dataset import chapter, chinese, dictionary


@pytest.fixture(scope="module")
def data():
    return chapter.analysis()


def test_every_dictionary_description_has_a_chinese():
    assert chinese.missing_descriptions() == []


def test_the_chinese_descriptions_file_has_no_stale_rows():
    package = json.loads((paths.PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    english = {r.get("description", "") for r in package["resources"]} | {
        f["description"] for r in package["resources"] for f in r.get("schema", {}).get("fields", [])}
    table = pd.read_csv(chinese.DICTIONARY_ZH, dtype=str, keep_default_na=False)
    assert table.description_en.is_unique
    assert table.description_zh.str.strip().ne("").all()
    assert set(table.description_en) <= english


def test_every_dictionary_table_reads_in_chinese():
    for slug, frame, caption, zh in dictionary.tables(dictionary.analysis()):
        record = zh.table_record(slug, list(frame.columns))
        names = set(frame["column"])
        shown = [zh.cells.get(v, v) for v in frame["description"]]
        untranslated = [v for v, s in zip(frame["description"], shown) if s == v and v not in names]
        assert not untranslated, (slug, untranslated)
        assert not names & set(zh.cells), slug  # a column's name is never translated
        assert all(zh.cells.get(t) for t in frame["type"]), slug
        assert record["caption"]


def test_allowed_values_are_listed_in_chinese_as_in_english():
    cells = chinese.dictionary_cells()
    en, zh = cells[("entries", "district")]
    assert en.endswith("Allowed: 思明, 湖里, 海沧, 集美, 同安, 翔安, citywide, unknown.")
    assert zh.endswith("取值:思明、湖里、海沧、集美、同安、翔安、citywide、unknown。")


def test_every_chapter_table_has_chinese_for_its_headers_and_words(data):
    for slug, frame, caption, zh in chapter.tables(data):
        record = zh.table_record(slug, [str(c) for c in frame.columns])
        assert record["caption"] and len(record["columns"]) == frame.shape[1]
    tables = {slug: (frame, zh) for slug, frame, _, zh in chapter.tables(data)}
    for slug in ("coverage", "district", "level", "rules", "gaps"):
        frame, zh = tables[slug]
        words = {v for v in frame.astype(str).values.ravel() if any(c.isascii() and c.isalpha() for c in v)}
        if slug == "district":
            words -= {"思明", "湖里", "海沧", "集美", "同安", "翔安"}
        assert words <= set(zh.cells), (slug, sorted(words - set(zh.cells)))
    frame, zh = tables["cleaning"]
    assert set(frame["kind"]) | set(frame["note"]) <= set(zh.cells)


def test_facts_zh_are_named_and_worded_from_the_data(data):
    facts = chapter.facts(data)
    z = chapter.facts_zh(data, facts)
    assert z and all(k.endswith("_zh") for k in z)
    assert z["data_published_zh"].startswith("2023年3月2日")
    assert str(facts["data_titled_article"]) in z["data_titles_with_units_text_zh"]


def test_titles_with_units_covers_every_case_of_the_english():
    def frame(units):
        return pd.DataFrame({"title_source": ["article"] * len(units) + [None],
                             "title_units": units + [None]})
    assert chinese.titles_with_units_zh(frame(["a", "b", "c"])) == "现存的3个标题全部带有这样的单位列表"
    assert chinese.titles_with_units_zh(frame(["a", None, "c"])) == "现存的3个标题中有2个带有这样的单位列表"
    assert chinese.titles_with_units_zh(frame([None, None])) == "现存的2个标题均未带有这样的单位列表"
    assert chinese.titles_with_units_zh(frame(["a"])) == "现存的唯一标题带有这样的单位列表"


def test_capped_leads_and_external_titles_cover_zero_and_some():
    leads = pd.DataFrame({"confidence_stated": ["high", "high", "low"], "confidence": ["high", "medium", "low"]})
    assert "有1条" in chinese.leads_capped_zh(leads)
    assert "没有" in chinese.leads_capped_zh(leads.assign(confidence=leads.confidence_stated))
    entries = pd.DataFrame({"title": ["t", None, "u"], "title_source": ["article", None, "https://x"]})
    assert chinese.titled_external_zh(entries) == "实际采用了1个此类标题"
    assert chinese.titled_external_zh(entries.iloc[:2]) == "实际未采用任何此类标题"


def test_the_figures_chinese_words_are_complete():
    table = rawfacts.lines()
    for zh in (chinese.line_lengths(table), chinese.coverage_figure()):
        record = zh.figure_record("fig-test")
        assert all(record.values())
    assert str(rawfacts.summary(table)["raw_lines"]) in chinese.line_lengths(table).alt
