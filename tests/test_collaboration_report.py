"""The chapter's numbers on the hand-made example of test_network_graphs."""

import pandas as pd
import pytest
from test_collaboration_graphs import example

from xmgov.wording import percentile
from xmgov.collaboration import report

# Recognition claims of the example: E1 by R (named), E6 by a body the text does not name.
CLAIMS = pd.DataFrame({"entry_id": ["E1", "E6"], "claim_type": ["recognition", "recognition"], "body": ["R", None]})


@pytest.fixture(scope="module")
def analysis():
    return report.analyse(*example(), CLAIMS, draws=100)


def test_facts_by_hand(analysis):
    facts = report.facts(analysis, examples=("R",))
    assert (facts["entries"], facts["entries_none"], facts["entries_single"], facts["entries_multi"]) == (6, 1, 2, 3)
    assert (facts["entries_cross_system"], facts["entries_cross_level"]) == (2, 1)  # E1, E2; E3
    assert (facts["nodes"], facts["edges"], facts["max_weight"]) == (5, 4, 2)
    # The Finance Bureau tops both weighted degree and betweenness.
    assert facts["leaders_sentence"].startswith("The Finance Bureau (市财政局) has both the highest weighted degree (")
    assert facts["leaders_sentence"].count("Finance Bureau") == 1
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


def test_leaders_sentence_names_two_holders_apart():
    table = pd.DataFrame({"agency_id": ["a", "b"], "name_zh": ["甲", "乙"], "name_en": ["Alpha", "Beta"],
                          "weighted_degree": [5, 3], "betweenness": [0.1, 0.2]})
    assert report.leaders_sentence(table) == ("The Alpha (甲) has the highest weighted degree (5); "
                                              "the Beta (乙) has the highest betweenness (0.200)")


def test_p_values_print_alike():
    assert report.p_value(0.0005) == "< 0.001" and report.p_value(0.0030) == "0.003"


def test_eigenvector_sentence_names_every_agency_tied_as_printed():
    table = pd.DataFrame({"agency_id": ["a", "b", "c"], "name_zh": ["甲", "乙", "丙"],
                          "name_en": ["Alpha", "Beta", "Gamma"], "eigenvector": [0.3717, 0.3703, 0.33]})
    assert report.eigenvector_sentence(table) == ("Eigenvector centrality is highest, and equal as the table "
                                                  "prints it (0.37), for the Alpha (甲) and the Beta (乙)")
    assert report.eigenvector_sentence(table, decimals=3) == "Eigenvector centrality is highest for the Alpha (甲)"
