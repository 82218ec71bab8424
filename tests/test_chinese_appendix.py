"""The Chinese edition's words for the glossary and methods appendices: every methods term has its
Chinese (data/glossary_methods_zh.csv), every table a Chinese header for every column, and the
benchmark is worded in Chinese from the same values as in English."""

import json

import pandas as pd
import pytest

from handmade import bench
from xmgov import glossary, methods


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_every_methods_term_has_chinese_in_the_english_order():
    table = glossary.methods()
    chinese = glossary.methods_zh(table)
    assert chinese["term"].tolist() == table["term"].tolist()
    assert (chinese[["term_zh", "explanation_zh"]].apply(lambda c: c.str.strip() != "")).all().all()


def test_a_methods_term_without_chinese_is_an_error_naming_file_and_term(tmp_path):
    table = pd.DataFrame({"term": ["TF-IDF", "lacuna"], "explanation": ["a", "b"]})
    path = write(tmp_path / "zh.csv", "term,term_zh,explanation_zh\nTF-IDF,TF-IDF,权重\n")
    with pytest.raises(ValueError, match=r"zh\.csv: no Chinese for methods term\(s\) \['lacuna'\]"):
        glossary.methods_zh(table, path)
    stale = write(tmp_path / "zh2.csv", "term,term_zh,explanation_zh\nTF-IDF,TF-IDF,权重\nlacuna,缺文,段落\nold,旧,旧\n")
    with pytest.raises(ValueError, match=r"\['old'\] are not in the English list"):
        glossary.methods_zh(table, stale)
    with pytest.raises(ValueError, match="empty explanation_zh"):
        glossary.methods_zh(table, write(tmp_path / "zh3.csv", "term,term_zh,explanation_zh\nTF-IDF,TF-IDF,\n"))


@pytest.mark.parametrize("module", [glossary, methods])
def test_every_table_has_chinese_headers_and_caption(module):
    result = module.analysis()
    for slug, frame, _caption, *zh in module.tables(result):
        assert zh, f"{module.__name__}: table {slug} has no Chinese"
        record = zh[0].table_record(slug, [str(c) for c in frame.columns])
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in c) for c in record["columns"]), record["columns"]


def test_the_methods_table_reads_in_chinese():
    terms, methods_terms = glossary.analysis()
    _, chinese = glossary.chinese_tables(terms, methods_terms)
    shown = glossary.methods_display(methods_terms).replace(chinese.cells)
    assert not (shown == glossary.methods_display(methods_terms)).any().any()


def test_bench_facts_zh_by_hand(tmp_path):
    path = write(tmp_path / "results.json", json.dumps(bench(figures_identical_after_clean_build=False)))
    results = methods.bench_results(path)
    facts = methods.bench_facts_zh(results)
    assert set(facts) == {f"{name}_zh" for name in methods.bench_facts(results)}
    assert facts["bench_clean_html_s_zh"] == "100 秒" and facts["bench_machine_zh"].startswith("2 个 CPU 核心")
    assert facts["bench_figures_identical_zh"] == "并非全部逐字节相同"
    assert facts["bench_targets_met_zh"] == "3 项目标中达到了 2 项"
    assert facts["bench_editions_zh"] == "单独构建英文版的 1.30 倍(目标为不超过 1.5 倍)"
    assert facts["bench_english_only_s_zh"] == "92 秒"
    assert facts["bench_extraction_zh"].endswith("按份数折算后，耗时之比为 0.90")
    every = bench(targets=[dict(t, met=True) for t in bench()["targets"]])
    assert methods.bench_facts_zh(every)["bench_targets_met_zh"] == "各项目标均已达到"
    none = bench(targets=[dict(t, met=False) for t in bench()["targets"]])
    assert methods.bench_facts_zh(none)["bench_targets_met_zh"] == "3 项目标均未达到"
    assert set(methods.bench_facts_zh(None).values()) == {methods.NOT_MEASURED_ZH}


def test_every_package_role_and_finding_reading_has_chinese():
    assert {role for _, role in methods.PACKAGES} <= set(methods.ROLES_ZH)
    findings = methods.referee_findings()
    assert set(findings["reading"]) <= set(methods.READINGS_ZH)
    pages = {part.strip() for where in findings["where"] for part in where.split(";")}
    assert pages <= set(methods.WHERE_ZH)
    assert methods.where_zh("key findings; themes") == "主要发现、主题"
