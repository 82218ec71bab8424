"""Reader-facing shaping of the theme chapter: wording of counts, p-values, cluster names, glosses."""

import pandas as pd
import pytest

from xmgov.themes import cooccurrence, gloss, report, tables


def test_p_values_read_to_three_decimals_and_tiny_ones_as_a_bound():
    assert tables.p_value(0.020519) == "0.021"
    assert tables.p_value(1.0) == "1.000"
    assert tables.p_value(0.0001) == "< 0.001"


@pytest.mark.parametrize("n, survive, code", [(0, "none survives", "no code"),
                                               (1, "1 survives", "1 code"),
                                               (3, "3 survive", "3 codes")])
def test_counts_are_set_in_grammatical_english(n, survive, code):
    counts = {"seg_errors": n, "seg_tokens": 10, "n_cat_p05": n, "n_cat_q05": n, "n_level_p05": n,
              "top_pair_both": n, "smart_law_both": n, "multi_mode": n, "n_max_modes": n,
              "no_risk": n, "n_risk_political": n, "rob_code_hand_vs_dict": n,
              "rob_code_maxshift": n, "n_disagreements": n}
    out = report.phrases(**counts)
    assert out["cat_q05_text"] == survive
    assert out["level_p05_text"] == code
    assert out["seg_errors_text"].endswith("is wrong" if n == 1 else "are wrong")
    assert out["multi_mode_text"].endswith("entry combines" if n == 1 else "entries combine")


def test_communities_are_named_by_anchor_and_list_their_members_by_use(tmp_path):
    names = tmp_path / "clusters.csv"
    names.write_text("anchor,name_en\n纠纷,disputes\n平台,platforms\n", encoding="utf-8")
    nodes = pd.DataFrame({"term": ["调解", "纠纷", "平台", "数据", "小区", "孤立"],
                          "df": [6, 12, 19, 6, 8, 3], "degree": [1, 1, 1, 1, 1, 0],
                          "community": [1, 1, 2, 2, 3, 0]})
    named = cooccurrence.named_communities(nodes, names).set_index("community")
    assert named.loc[1, "name"] == "disputes" and named.loc[1, "members"] == ["纠纷", "调解"]
    assert named.loc[3, "name"] == "cluster 3"
    assert 0 not in named.index  # isolated terms belong to no community


def test_a_term_without_a_gloss_is_refused():
    with pytest.raises(KeyError, match="add an English gloss"):
        gloss.bilingual(["不是术语的词"])
    assert gloss.glossed(["治理"]) == "治理 (governance)"


def test_ranking_phrase_says_what_the_codings_show():
    from xmgov.themes.report import _kept_phrase

    assert _kept_phrase(3, 0, 3) == "holds in every other coding"
    # none exact, all three differ only by a tie: the order holds up to ties
    assert _kept_phrase(0, 3, 3) == ("holds in every other coding up to ties: none reverses a pair, and "
                                     "3 codings make or break a tie")
    # one coding reverses a pair: the ranks depend on the coding
    assert _kept_phrase(1, 1, 3).startswith("has a pair reversed in 1 of the 3 other codings, so the ranks")


def test_every_published_table_of_the_real_data_can_be_made():
    """The chapter's tables gloss the keywords behind each disagreement: a keyword without a gloss
    would stop the book build, so the tables are made here, on the real data, without the book."""
    from xmgov.themes import chapter

    made = chapter.tables(chapter.analysis())
    assert {slug for slug, *_ in made} >= {"disagreements", "uncoded", "reliability"}
