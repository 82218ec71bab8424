"""The chapter's numbers on the hand-made example of test_network_graphs."""

import pytest

from test_network_graphs import example
from xmgov.network import report


@pytest.fixture(scope="module")
def analysis():
    return report.analyse(*example(), draws=100)


def test_facts_by_hand(analysis):
    facts = report.facts(analysis)
    assert (facts["entries"], facts["entries_none"], facts["entries_single"], facts["entries_multi"]) == (6, 1, 2, 3)
    assert (facts["entries_cross_system"], facts["entries_cross_level"]) == (2, 1)  # E1, E2; E3
    assert (facts["nodes"], facts["edges"], facts["edges_repeated"], facts["max_weight"]) == (5, 4, 1, 2)
    assert facts["top_degree"] == "市财政局 (Finance Bureau)" and facts["top_betweenness"] == facts["top_degree"]
    assert facts["recognizer_bodies"] == 3 and facts["entries_recognised_national"] == 2
    assert facts["recognizers_also_collaborate"] == 1  # the court recognises E4 and leads E1, E2
    assert (facts["entries_claim"], facts["claim_multi"], facts["noclaim_multi"]) == (3, 3, 0)
    assert facts["draws"] == 100 and 0 <= facts["density_percentile"] <= 100


def test_display_tables(analysis):
    assert report.crossing_display(analysis)["entry"].tolist() == ["E1", "E2", "E3"]
    assert report.crossing_display(analysis).loc[0, "named bodies"] == "市中级法院、人民银行厦门市中心支行、市财政局"
    top = report.centrality_display(analysis, rows=2)
    assert len(top) == 2 and top.iloc[0, 0] == "市财政局 Finance Bureau"
