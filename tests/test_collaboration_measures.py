"""Network measures on the hand-made example of test_network_graphs (values worked out by hand)."""

import pytest

from test_collaboration_graphs import example
from xmgov.collaboration.actors import agency_counts, entry_profile, system_of
from xmgov.collaboration.graphs import collaboration_network
from xmgov.collaboration.measures import centrality, communities, cross_share, summary, tie_matrix


@pytest.fixture
def graphs():
    return collaboration_network(*example())


def test_summary_counts_nodes_edges_density_components(graphs):
    _, projection = graphs
    facts = summary(projection)
    assert (facts["nodes"], facts["edges"], facts["components"], facts["isolates"]) == (5, 4, 2, 1)
    assert facts["density"] == pytest.approx(4 / 10)
    assert facts["largest_component"] == 4 and facts["total_weight"] == 5


def test_centrality_by_hand(graphs):
    two_mode, projection = graphs
    table = centrality(projection, two_mode).set_index("agency_id")
    assert table["weighted_degree"].to_dict() == {"A": 3, "B": 3, "C": 3, "D": 1, "E": 0}
    assert table["entries"].to_dict() == {"A": 2, "B": 2, "C": 2, "D": 2, "E": 1}
    # Only C lies on shortest weighted paths (D-A and D-B): 2 of the 6 pairs not involving C.
    assert table.loc["C", "betweenness"] == pytest.approx(2 / 6)
    assert table.drop(index="C")["betweenness"].eq(0).all()
    # E is outside the largest component: eigenvector 0 there, positive inside.
    assert table.loc["E", "eigenvector"] == 0 and not table.loc["E", "in_largest_component"]
    assert (table.loc[["A", "B", "C", "D"], "eigenvector"] > 0).all()
    assert table.loc["A", "eigenvector"] > table.loc["D", "eigenvector"]
    assert list(table.index[:3]) == ["C", "A", "B"]  # ties on weighted degree broken by betweenness


def test_communities_are_reproducible_and_cover_every_node(graphs):
    _, projection = graphs
    first, second = communities(projection), communities(projection)
    assert first == second and set(first) == set(projection)
    assert first["E"] not in {first[n] for n in "ABCD"}


def test_tie_matrix_and_cross_share(graphs):
    _, projection = graphs
    matrix = tie_matrix(projection, "type")
    assert (matrix.to_numpy() == matrix.to_numpy().T).all()
    assert matrix.loc["court", "government department"] == 2  # A-B, A-C
    assert matrix.loc["government department", "government department"] == 2  # B-C, C-D
    assert matrix.to_numpy().sum() - matrix.to_numpy().trace() == 2 * 2  # two cross-type ties, counted twice
    assert tie_matrix(projection, "type", weight="weight").loc["court", "government department"] == 3
    assert cross_share(projection, "type") == pytest.approx(2 / 4)
    # B is a central-bank branch: finance, so B-C crosses systems although both are "government department".
    assert cross_share(projection, "system") == pytest.approx(3 / 4)
    assert tie_matrix(projection, "system").loc["finance", "government"] == 1


def test_entry_profile_flags_cross_system_and_cross_level_entries():
    entries, agencies, entry_agencies = example()
    profile = entry_profile(entries, agencies, entry_agencies).set_index("entry_id")
    assert profile["bodies"].to_dict() == {"E1": 3, "E2": 2, "E3": 2, "E4": 1, "E5": 1, "E6": 0}
    assert profile.loc["E1", "systems"] == "finance;government;judicial" and profile.loc["E1", "cross_system"]
    assert not profile.loc["E1", "cross_level"]
    assert profile.loc["E3", "cross_level"] and not profile.loc["E3", "cross_system"]
    assert profile.loc["E3", "levels"] == "city;district"
    assert not profile.loc["E6", "multi_body"] and profile.loc["E6", "systems"] == ""


def test_agency_counts_ignore_recognizers():
    entries, agencies, entry_agencies = example()
    counts = agency_counts(agencies, entry_agencies)
    assert counts["agencies"].sum() == 5
    assert "national" not in set(counts["system"]) and "media" not in set(counts["system"])
    gov = counts[(counts["type"] == "government department")]
    assert gov["entry_links"].sum() == 6  # B in E1, E2; C in E1, E3; D in E3, E5
    assert counts.loc[counts["system"] == "finance", "agencies"].sum() == 1


def test_unmapped_type_is_an_error():
    with pytest.raises(ValueError, match="SYSTEM_OF_TYPE"):
        system_of("think_tank")
