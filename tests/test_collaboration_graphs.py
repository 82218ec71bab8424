"""The two-mode graph and its projection on a hand-made example whose answer is worked out by hand.

Example (also used by the other test_network_* files):
    E1: A lead, B, C implementers           -> A-B, A-C, B-C
    E2: A lead, B implementer               -> A-B again (weight 2)
    E3: C, D implementers                   -> C-D
    E4: E implementer; A *recognizer*       -> no tie (A must not be linked to E)
    E5: D lead and implementer; R, M recognizers -> D alone
    E6: nothing named
B is a central-bank branch typed as a government department: its system is finance, not government.
Projection: nodes A, B, C, D, E (R and M only recognise, so they are absent);
edges A-B 2 (E1;E2), A-C 1 (E1), B-C 1 (E1), C-D 1 (E3).
"""

import networkx as nx
import pandas as pd
import pytest

from xmgov.collaboration.actors import collaborations
from xmgov.collaboration.graphs import bipartite, collaboration_network, project


def example():
    entries = pd.DataFrame({
        "entry_id": ["E1", "E2", "E3", "E4", "E5", "E6"],
        "category": ["innovation_project", "innovation_project", "innovation_case", "grassroots_case",
                     "grassroots_case", "innovation_case"],
        "level": ["city", "city", "district", "community", "district", "unknown"],
        "district": ["citywide", "citywide", "思明", "湖里", "思明", "unknown"],
        "title": ["金融司法协同平台", None, None, None, None, None],
        "title_units": ["市中级法院", None, None, None, None, None],
        "description": ["法院与银行协同联动", "多元化解", "联合调解，多部门联动", "社区自治", "区里推进", "无"],
    })
    agencies = pd.DataFrame({
        "agency_id": ["A", "B", "C", "D", "E", "R", "M"],
        "name_zh": ["市中级法院", "人民银行厦门市中心支行", "市财政局", "思明区财政局", "某社区", "司法部", "人民日报"],
        "name_en": ["Court", "Bank", "Finance Bureau", "District Finance", "Community", "Ministry", "Daily"],
        "type": ["court", "government department", "government department", "government department",
                 "community/village", "national body", "media"],
        "level": ["city", "city", "city", "district", "community", "national", "national"],
        "district": ["citywide", "citywide", "citywide", "思明", "湖里", None, None],
    })
    entry_agencies = pd.DataFrame(
        [("E1", "A", "lead"), ("E1", "B", "implementer"), ("E1", "C", "implementer"),
         ("E2", "A", "lead"), ("E2", "B", "implementer"),
         ("E3", "C", "implementer"), ("E3", "D", "implementer"),
         ("E4", "E", "implementer"), ("E4", "A", "recognizer"),
         ("E5", "D", "lead"), ("E5", "D", "implementer"), ("E5", "R", "recognizer"), ("E5", "M", "recognizer"),
         ("E1", "R", "recognizer")],
        columns=["entry_id", "agency_id", "role"],
    )
    entry_agencies["mention"] = entry_agencies["agency_id"]
    # E1's lead comes from its surviving title's unit list; every other name from a description.
    entry_agencies["source"] = ["title"] + ["text"] * (len(entry_agencies) - 1)
    return entries, agencies, entry_agencies


def recognition_claims():
    """The example's recognition claims, coded as claims.csv codes them: the ministry R a central
    organ, the city court A a city organ, the newspaper M a medium at national level; E6 reports
    recognition without naming who gave it."""
    return pd.DataFrame(
        [("E1", "R", "central_organ", "national"), ("E4", "A", "city_organ", "city"),
         ("E5", "R", "central_organ", "national"), ("E5", "M", "media_or_portal", "national"),
         ("E6", None, "unknown", "unknown")],
        columns=["entry_id", "body", "recognizer_type", "level"]).assign(claim_type="recognition")


def test_projection_weights_match_the_hand_computed_example():
    _, projection = collaboration_network(*example())
    assert sorted(projection) == ["A", "B", "C", "D", "E"]
    edges = {tuple(sorted((a, b))): (d["weight"], d["entries"]) for a, b, d in projection.edges(data=True)}
    assert edges == {("A", "B"): (2, "E1;E2"), ("A", "C"): (1, "E1"), ("B", "C"): (1, "E1"),
                     ("C", "D"): (1, "E3")}


def test_recognizers_never_enter_the_network():
    entries, agencies, entry_agencies = example()
    two_mode, projection = collaboration_network(entries, agencies, entry_agencies)
    assert "R" not in two_mode and "M" not in two_mode
    assert not two_mode.has_edge("E4", "A")
    assert not projection.has_edge("A", "E")
    assert all("recognizer" not in roles for _, _, roles in two_mode.edges(data="roles"))


def test_projection_refuses_a_recognizer_tie_smuggled_into_the_bipartite_graph():
    two_mode = bipartite(*example())
    two_mode.add_edge("E4", "A", roles="recognizer")
    with pytest.raises(AssertionError, match="recognizer"):
        project(two_mode)


def test_lead_and_implementer_roles_of_one_agency_count_once():
    pairs = collaborations(example()[2])
    assert pairs[(pairs["entry_id"] == "E5")].to_dict("records") == [
        {"entry_id": "E5", "agency_id": "D", "roles": "implementer;lead"}]


def test_bipartite_graph_keeps_the_two_modes_apart():
    two_mode = bipartite(*example())
    assert nx.is_bipartite(two_mode)
    modes = {node: mode for node, mode in two_mode.nodes(data="mode")}
    assert all(modes[a] != modes[b] for a, b in two_mode.edges())
    assert sorted(n for n, m in modes.items() if m == "entry") == ["E1", "E2", "E3", "E4", "E5"]


def test_unknown_agency_is_an_error_naming_the_file():
    entries, agencies, entry_agencies = example()
    with pytest.raises(ValueError, match="entry_agencies.csv.*ZZ"):
        bipartite(entries, agencies, entry_agencies.replace({"A": "ZZ"}))



def test_roles_other_than_lead_and_implementer_are_left_out():
    entries, agencies, entry_agencies = example()
    extra = pd.DataFrame([{"entry_id": "E4", "agency_id": "C", "role": "evaluator", "mention": "C"}])
    _, projection = collaboration_network(entries, agencies, pd.concat([entry_agencies, extra]))
    assert not projection.has_edge("C", "E")
