"""The chapter's numbers on the hand-made example of test_network_graphs."""

import pandas as pd
import pytest
from test_collaboration_graphs import example, recognition_claims

from xmgov.wording import percentile
from xmgov.collaboration import bases, report

# Recognition claims of the example, coded by type and level: E1 and E5 by the ministry R, E4 by the
# court A, E5 by the newspaper M, E6 by a body the text does not name.
CLAIMS = recognition_claims()


@pytest.fixture(scope="module")
def analysis():
    return report.analyse(*example(), CLAIMS, draws=100)


def test_facts_by_hand(analysis):
    facts = report.facts(analysis, examples=("R",))
    assert (facts["entries"], facts["entries_none"], facts["entries_multi"]) == (6, 1, 3)
    assert report.naming(analysis).single == 2
    assert (facts["entries_cross_system"], facts["entries_cross_level"]) == (2, 1)  # E1, E2; E3
    assert (facts["nodes"], facts["edges"], facts["max_weight"]) == (5, 4, 2)
    # One surviving title (E1), with a one-unit list; the descriptions name bodies for every entry
    # but E6, two or more for E1, E2 and E3; E1 and E2 share the court and the bank.
    assert (facts["titles_surviving"], facts["titles_lost"], facts["titles_with_units_text"]) == (1, 5, "1 of the 1")
    assert facts["text_named"] == 5 and facts["text_multi_ids"] == "E1, E2 and E3"
    assert facts["widest_text"] == "E1 (3 bodies)"
    assert facts["edges_repeated_text"] == "1 tie recurs"
    assert (facts["reconcile_entries_body_named"], facts["reconcile_entries_body_unnamed"]) == (3, 1)  # E6
    assert facts["recognition_examples"] == "the Ministry recognised E1 and E5"
    assert facts["recognizer_bodies"] == 3 and facts["entries_recognised_national"] == 2
    assert facts["recognizers_also_collaborate_text"] == "1 body"  # the court recognises E4 and leads E1, E2
    assert (facts["entries_claim"], facts["claim_multi"], facts["noclaim_multi"]) == (3, 3, 0)
    density = analysis.comparison.set_index("statistic").loc["density", "percentile"]
    assert facts["draws"] == 100 and 0 <= density <= 100 and facts["density_position"] == percentile(density)


def test_display_tables(analysis):
    assert report.crossing_display(analysis)["entry"].tolist() == ["E1", "E2", "E3"]
    assert report.crossing_display(analysis).loc[0, "systems"] == "finance (regulators, banks, firms), government, courts & procuratorates"
    assert report.crossing_display(analysis).loc[0, "named bodies"] == "市中级法院、人民银行厦门市中心支行、市财政局"
    top = report.centrality_display(analysis, rows=2)
    assert len(top) == 2 and top.iloc[0, 0] == "Finance Bureau (市财政局)"
    assert "community" not in top and top.loc[0, "system"] == "government"


def test_bases_are_counted_apart(analysis):
    table = analysis.bases.set_index("base")
    assert table.loc[bases.TITLE, ["entries in reach", "name a body", "name two or more"]].tolist() == [1, 1, 0]
    assert table.loc[bases.TEXT, ["entries in reach", "name a body", "name two or more", "ties"]].tolist() == [6, 5, 3, 3]
    assert table.loc[bases.EXTERNAL, ["entries in reach", "name a body"]].tolist() == [0, 0]
    assert table.loc[bases.ALL, "highest weighted degree"] == "市中级法院 (3)、人民银行厦门市中心支行 (3)、市财政局 (3)"
    assert bases.shared_bodies(analysis.base_profiles[bases.TEXT]) == ["B", "C"]


def test_p_values_print_alike():
    assert report.p_value(0.0005) == "< 0.001" and report.p_value(0.0030) == "0.003"


def test_eigenvector_sentence_names_every_agency_tied_as_printed():
    table = pd.DataFrame({"agency_id": ["a", "b", "c"], "name_zh": ["甲", "乙", "丙"],
                          "name_en": ["Alpha", "Beta", "Gamma"], "eigenvector": [0.3717, 0.3703, 0.33]})
    assert report.eigenvector_sentence(table) == ("Eigenvector centrality is highest, and equal as the table "
                                                  "prints it (0.37), for the Alpha (甲) and the Beta (乙)")
    assert report.eigenvector_sentence(table, decimals=3) == "Eigenvector centrality is highest for the Alpha (甲)"
