"""The Chinese edition's themes chapter and codebook appendix: worded values, tables, pages."""

from __future__ import annotations

import re

import pytest

from xmgov import paths, prose
from xmgov.themes import chapter, chinese, codebook, codebook_zh

GLUE = re.compile(r"\{glue:(?:text|md)\}\s*`?([a-z0-9_]+)")
CELL = re.compile(r"```\{code-cell\}.*?```", re.S)


@pytest.fixture(scope="module")
def result():
    return chapter.analysis()


@pytest.fixture(scope="module")
def facts(result):
    return chapter.facts(result)


@pytest.fixture(scope="module")
def facts_zh(result, facts):
    """As the page glues them (`xmgov.book.chinese_facts` sets their punctuation)."""
    from xmgov.book import chinese_facts

    return chinese_facts("themes", chapter.facts_zh(result, facts))


def test_facts_zh_are_chinese_words_named_zh(facts_zh):
    assert facts_zh and all(k.endswith("_zh") for k in facts_zh)
    assert all(isinstance(v, str) and v for v in facts_zh.values())
    english = ("none", " entries", " entry", " and ", " of the ", "(Rule", "tied", " codes")
    assert not [k for k, v in facts_zh.items() if any(w in v for w in english)], facts_zh
    ascii_marks = [k for k, v in facts_zh.items() if re.search(r"[,;:()]", v)]
    assert not ascii_marks, ascii_marks


def test_chinese_series_and_zero_cases():
    assert chinese.series_zh([]) == "无"
    assert chinese.series_zh(["G05"]) == "G05"
    assert chinese.series_zh(["G05", "G14", "C03"]) == "G05、G14和C03"
    assert chinese._survive_zh(0) == "没有一个编码仍然显著"
    assert chinese._kept_zh(3, 0, 3) == "在其他所有编码中均保持不变"
    assert chinese._kept_zh(1, 1, 3).startswith("在其他3种编码中有1种颠倒")


def test_an_unknown_cluster_name_is_refused():
    with pytest.raises(KeyError, match="CLUSTER_ZH"):
        chinese.cluster_name_zh("a new cluster")
    assert chinese.cluster_name_zh("dispute resolution and cluster 5") == "纠纷化解与第5簇"


def test_every_table_has_chinese_caption_headers_and_categorical_cells(result):
    made = chapter.tables(result)
    assert made and all(len(t) == 4 for t in made)
    for slug, frame, _caption, zh in made:
        record = zh.table_record(slug, [str(c) for c in frame.columns])
        assert record["caption"] and len(record["columns"]) == len(frame.columns)
        for column in ("code", "applied only by", "innovation type", "participation", "origin"):
            if column in frame.columns:
                left = [v for v in frame[column].astype(str).unique() if v and v not in record["cells"]]
                assert not left, (slug, column, left)


@pytest.mark.parametrize("page, module", [("chapters/themes", chapter), ("appendices/codebook", codebook)])
def test_the_chinese_page_resolves_its_glue_and_types_no_number(page, module, result):
    text = (paths.ZH / f"{page}.md").read_text(encoding="utf-8")
    english = (paths.ROOT / f"{page}.md").read_text(encoding="utf-8")
    assert CELL.search(text).group() == CELL.search(english).group()
    r = result if module is chapter else None
    english_facts = module.facts(r)
    values = english_facts | module.facts_zh(r, english_facts)
    assert set(GLUE.findall(text)) <= set(values)
    assert prose.typed_numbers_zh(text) == [] and prose.typed_words_zh(text) == []


def test_the_chinese_codebook_translates_the_current_english():
    assert codebook_zh.stale() == []
    text = codebook_zh.to_markdown_zh()
    for code in codebook.load().codes:
        assert f"`{code.code_id}`" in text and code.example in text


def test_a_changed_english_codebook_text_is_refused(tmp_path):
    changed = codebook.CODEBOOK.read_text(encoding="utf-8").replace(
        "The Communist Party's organisations lead or organise the initiative.",
        "The Party leads the initiative.")
    path = tmp_path / "codebook.yaml"
    path.write_text(changed, encoding="utf-8")
    assert codebook_zh.stale(path) == ["mode_politics.definition"]
    with pytest.raises(codebook.CodebookError, match="mode_politics.definition"):
        codebook_zh.to_markdown_zh(path)
