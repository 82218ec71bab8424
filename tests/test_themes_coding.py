"""Codebook validation, the dictionary coder and the hand-coding reader on hand-made examples."""

import textwrap

import pandas as pd
import pytest

from xmgov.themes import codebook, coder

BOOK = textwrap.dedent("""
    codes:
      - code_id: mode_law
        dimension: governance_mode
        label_zh: 法治
        label_en: Rule of law
        definition: d
        include: i
        exclude: e
        keywords: [法院, 诉源]
        example: C12
      - code_id: risk_disputes
        dimension: risk_domain
        label_zh: 社会矛盾纠纷
        label_en: Disputes
        definition: d
        include: i
        exclude: e
        keywords: [纠纷, 调解]
        example: G07
""")

ENTRIES = pd.DataFrame({
    "entry_id": ["G01", "G02", "G03"],
    "description": ["法院设立诉源治理中心，化解纠纷。", "智慧安防，雪亮工程。", "人民调解员上门调解邻里矛盾。"],
})


@pytest.fixture()
def book(tmp_path):
    path = tmp_path / "codebook.yaml"
    path.write_text(BOOK, encoding="utf-8")
    return codebook.load(path)


def test_dictionary_coder_on_hand_made_texts(book):
    matrix = coder.dictionary_code(ENTRIES, book)
    assert matrix.loc["G01"].to_dict() == {"mode_law": 1, "risk_disputes": 1}
    assert matrix.loc["G02"].sum() == 0
    assert matrix.loc["G03"].to_dict() == {"mode_law": 0, "risk_disputes": 1}
    hits = coder.dictionary_hits(ENTRIES, book)
    assert hits.set_index(["entry_id", "code_id"]).loc[("G01", "mode_law"), "keywords"] == "法院|诉源"


def test_project_codebook_loads_with_both_dimensions():
    book = codebook.load()
    assert len(book.dimension("governance_mode")) == 5
    assert {"risk_political", "risk_order", "risk_disputes", "risk_safety", "risk_cyber"} <= set(
        book.dimension("risk_domain"))


@pytest.mark.parametrize("broken, message", [
    (BOOK.replace("    definition: d\n", "", 1), "field 'definition' is missing"),
    (BOOK.replace("dimension: risk_domain", "dimension: risk"), "dimension 'risk'"),
    (BOOK.replace("keywords: [纠纷, 调解]", "keywords: []"), "'keywords' must be a non-empty list"),
    (BOOK.replace("code_id: risk_disputes", "code_id: mode_law"), "defined twice"),
    (BOOK.replace("example: G07", "example: bullet 7"), "not an entry id"),
])
def test_codebook_errors_name_the_code_and_problem(tmp_path, broken, message):
    path = tmp_path / "codebook.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(codebook.CodebookError, match=message) as info:
        codebook.load(path)
    assert str(path) in str(info.value)


def _hand_file(tmp_path, rows):
    path = tmp_path / "coding.csv"
    pd.DataFrame(rows, columns=["entry_id", "governance_mode", "risk_domain", "rationale"]).to_csv(
        path, index=False)
    return path


def test_hand_coding_reader_builds_matrix(book, tmp_path):
    path = _hand_file(tmp_path, [("G01", "mode_law", "risk_disputes", "法院"), ("G02", "", "", "none"),
                                 ("G03", "", "risk_disputes", "调解")])
    matrix = coder.hand_matrix(coder.read_hand_coding(book, ENTRIES["entry_id"], path), book)
    assert matrix.to_dict("index") == {"G01": {"mode_law": 1, "risk_disputes": 1},
                                       "G02": {"mode_law": 0, "risk_disputes": 0},
                                       "G03": {"mode_law": 0, "risk_disputes": 1}}


@pytest.mark.parametrize("rows, message", [
    ([("G01", "mode_law", "", "x"), ("G02", "", "", "x")], r"entries not coded \['G03'\]"),
    ([("G01", "risk_disputes", "", "x"), ("G02", "", "", "x"), ("G03", "", "", "x")],
     "line 2 \\(G01\\): 'risk_disputes' is not a governance_mode code"),
    ([("G01", "", "", " "), ("G02", "", "", "x"), ("G03", "", "", "x")], "rationale is empty"),
])
def test_hand_coding_reader_rejects_bad_files(book, tmp_path, rows, message):
    with pytest.raises(coder.CodingError, match=message):
        coder.read_hand_coding(book, ENTRIES["entry_id"], _hand_file(tmp_path, rows))


def test_project_hand_coding_is_complete_and_valid():
    book = codebook.load()
    ids = [f"G{i:02d}" for i in range(1, 16)] + [f"P{i:02d}" for i in range(1, 31)] + [
        f"C{i:02d}" for i in range(1, 26)]
    hand = coder.read_hand_coding(book, ids)
    assert hand["seq"].astype(int).tolist() == list(range(1, 71))
