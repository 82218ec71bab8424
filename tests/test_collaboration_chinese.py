"""The Chinese edition's words for the collaboration chapter: composed from the computation, with
the English wording's zero / one / many cases, and a Chinese header for every published column."""

import re

import pandas as pd
import pytest
from test_collaboration_graphs import example, recognition_claims

from xmgov.collaboration import actors, chinese, report


@pytest.fixture(scope="module")
def analysis():
    return report.analyse(*example(), recognition_claims(), draws=100)


def test_facts_zh_by_hand(analysis):
    english = report.facts(analysis, examples=("R",))
    zh = chinese.facts_zh(analysis, english, examples=("R",))
    assert zh and all(key.endswith("_zh") for key in zh)
    assert zh["text_multi_ids_zh"] == "E1、E2和E3"  # english: "E1, E2 and E3"
    assert zh["widest_zh"] == "E1（3家单位）"
    assert zh["titles_with_units_zh"] == "现存的1个标题中有1个"  # english: "1 of the 1"
    assert zh["title_multi_zh"] == "其中没有一份名单" and zh["title_multi_ids_zh"] == "无"  # no lists name
    assert zh["edges_repeated_zh"] == "只有1条关系在不止一项成果中重复出现"
    assert zh["recognition_examples_zh"] == "司法部认可了E1和E5"
    assert zh["recognizers_also_collaborate_zh"] == "有1家重合"  # the court recognises E4 and leads E1, E2
    assert zh["phrase_gongzhi_zh"] == "没有成果使用“共治”"
    assert zh["all_top_zh"] == "市中级法院、人民银行厦门市中心支行和市财政局（加权度均为3）"
    for key, value in zh.items():  # Chinese words: no English word is glued into the Chinese page
        assert not re.search(r"[A-Za-z]{3,}", value), (key, value)


def test_positions_read_as_the_english():
    assert chinese.position_zh(13.6) == "处于重连网络分布的第14百分位"
    assert chinese.position_zh(0.23) == "低于除0.2%以外的全部重连网络"
    assert chinese.position_zh(0.0) == "低于除0.1%以外的全部重连网络"


def test_every_table_has_chinese_headers_and_category_cells(analysis):
    from xmgov.collaboration import chapter

    words = chinese.tables_zh(analysis)
    english = chapter.tables(analysis)
    assert [slug for slug, *_ in english] == list(words)
    for slug, frame, _, zh in english:
        record = zh.table_record(slug, list(frame.columns))
        shown = frame.astype(str).replace(record["cells"])
        for column in ("system", "systems", "levels", "level", "系统 system", "类型 type", "statistic",
                       "observed lies", "uses coordination terms", "where the names come from"):
            if column in shown:
                left = [v for v in shown[column] if re.search(r"[a-z]{3,}", v)]
                assert not left, (slug, column, left)


def test_the_vocabularies_cover_the_code_s():
    assert set(chinese.SYSTEM_ZH) == set(actors.SYSTEM_LABELS)
    assert set(chinese.TYPE_ZH) == set(actors.TYPE_LABELS) == set(actors.SYSTEM_OF_TYPE)
    assert set(chinese.TRUST_ZH) == set(report.TRUST_LABELS)
    assert set(chinese.FIGURES_ZH) == {"network", "type-matrix", "null-model", "recognition", "rhetoric"}
    for slug, words in chinese.FIGURES_ZH.items():
        assert words.figure_record(slug)["source"]


def test_an_entry_label_without_chinese_is_an_error():
    entries = pd.DataFrame({"entry_id": ["E1", "E2", "E3"], "title": ["金融司法协同平台", None, None],
                            "label_en": ["Platform", "A label nobody translated", None]})
    assert chinese.label_zh(entries, "E1") == "金融司法协同平台"
    assert chinese.label_zh(entries, "E3") is None
    with pytest.raises(ValueError, match="nobody translated"):
        chinese.label_zh(entries, "E2")


def test_the_book_s_data_have_chinese_words():
    """On the dataset itself: every entry the chapter names has a Chinese name, every table its
    Chinese headers, and no English word is glued into the Chinese page."""
    from xmgov.collaboration import chapter

    c = report.analyse(*report.load_tables(), draws=5)
    zh = chinese.facts_zh(c, report.facts(c))
    for key, value in zh.items():
        assert not re.search(r"[A-Za-z]{3,}", value), (key, value)
    for slug, frame, _, words in chapter.tables(c):
        record = words.table_record(slug, list(frame.columns))
        if slug == "crossings":
            shown = frame.astype(str).replace(record["cells"])
            assert not shown[["label", "named bodies", "systems", "levels"]].map(
                lambda v: bool(re.search(r"[a-z]{3,}", v))).any().any()
