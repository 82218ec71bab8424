"""No number in any page's prose is typed by hand: numbers are glued from computation."""

import pytest

from xmgov import prose, toc


def test_detector_flags_typed_numbers_and_spares_the_allowed_kinds():
    text = "\n".join([
        "---", "kernelspec: {name: python3}", "---",
        "We found 42 entries.",                                   # typed: flagged
        "They are {glue:text}`n_entries` entries ({numref}`fig-a-1`).",
        "The source says “化解纠纷4094起” and 调解成功率96%以上.",
        "Published 2023-03-02; the awards cover 2020-2022 and 2020–22.",
        "Entry G01 and P04 have sha256 hashes; see `data/raw/x.txt`.",
        "```{code-cell} ipython3", "x = 1 + 2", "```",
        "Figures come as PNG at 300 dpi, text under CC BY 4.0; 95% CI, tested at p < 0.05.",
        "A share of 0.35 is typed here too.",                     # typed: flagged
    ])
    found = prose.typed_numbers(text)
    assert [line for line, _ in found] == [4, 13]
    assert "42" in found[0][1] and "0.35" in found[1][1]


@pytest.mark.parametrize("document", toc.authored())
def test_no_number_is_typed_by_hand(document):
    found = prose.typed_numbers(toc.source_file(document).read_text(encoding="utf-8"))
    report = "\n".join(f"  line {line}: …{snippet}…" for line, snippet in found)
    assert not found, f"{document} has numbers typed in its prose (glue them):\n{report}"


def test_word_detector_flags_number_words_chinese_counts_and_entry_ids():
    text = "\n".join([
        "The article names six units and P04 is the widest.",      # six, P04: flagged
        "Of the five governances and the three award lists, two or more bodies.",  # names, definitions
        "It counts 六个 units, quoting “评选出六个单位”.",               # 六个 flagged; the quotation is not
        "Exactly one entry, and one pass of the coder.",           # "Exactly one" flagged; "one pass" is not
        "The {glue:text}`widest_ids` entries are glued.",
    ])
    found = prose.typed_words(text)
    assert [line for line, _ in found] == [1, 1, 3, 4]
    assert any("six" in snippet for _, snippet in found) and any("P04" in snippet for _, snippet in found)


@pytest.mark.parametrize("document", toc.authored())
def test_no_number_word_or_entry_id_is_typed_by_hand(document):
    found = prose.typed_words(toc.source_file(document).read_text(encoding="utf-8"))
    report = "\n".join(f"  line {line}: …{snippet}…" for line, snippet in found)
    assert not found, f"{document} types number words or entry ids in its prose (glue them):\n{report}"
