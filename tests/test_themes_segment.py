"""Segmentation: the user dictionary keeps governance terms whole; filters and merges apply."""

import pytest

from xmgov.themes import segment
from xmgov.themes.segment import Segmenter

SENTENCE = "构建以全市首个“诉源治理中心”为总枢纽，持续深化近邻党建工作。"


@pytest.fixture(scope="module")
def with_dict():
    return Segmenter()


@pytest.fixture(scope="module")
def without_dict():
    return Segmenter(user_dict=False)


@pytest.mark.parametrize("term", ["诉源治理", "近邻党建"])
def test_user_dictionary_keeps_term_whole(with_dict, without_dict, term):
    assert term in with_dict.raw(SENTENCE)
    assert term not in without_dict.raw(SENTENCE)  # jieba alone splits it


def test_user_dictionary_terms_are_single_tokens(with_dict):
    for term in segment.read_word_list(segment.USER_DICT)[::2]:  # every other token is a POS tag
        assert with_dict.raw(term) == [term], term


def test_terms_drop_stopwords_single_characters_and_numbers(with_dict):
    terms = with_dict.terms("推进工作，化解纠纷4094起，打造“五邻”。")
    assert "推进" not in terms and "工作" not in terms and "打造" not in terms  # domain list
    assert "4094" not in terms and "起" not in terms
    assert terms == ["化解", "纠纷", "五邻"]


def test_domain_stopwords_can_be_switched_off():
    assert "工作" in Segmenter(domain_stopwords=False).terms("推进工作")
    assert "工作" not in Segmenter().terms("推进工作")


def test_synonyms_merge_variants():
    assert Segmenter().terms("食安社会共治") == ["食品安全", "社会", "共治"]
    assert Segmenter(merge_synonyms=False).terms("食安社会共治")[0] == "食安"


def test_jieba_writes_its_cache_under_the_project_cache(tmp_path, monkeypatch):
    """Not in the system's temporary folder, where jieba puts it by default."""
    monkeypatch.setattr(segment, "CACHE", tmp_path / "jieba")
    segment.tokenizer.cache_clear()
    try:
        segment.tokenizer(True)
    finally:
        segment.tokenizer.cache_clear()
    assert [p.name for p in (tmp_path / "jieba").iterdir()] == ["jieba.cache"]


def test_segmentation_is_silent(capsys):
    segment.tokenizer.cache_clear()
    Segmenter().raw(SENTENCE)
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
