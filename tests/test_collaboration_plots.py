"""The figures draw what the analysis computed (checked through the data saved with each figure)."""

import pandas as pd
import pytest

from test_collaboration_graphs import example, recognition_claims
from xmgov import paths
from xmgov.collaboration import plots
from xmgov.collaboration.actors import entry_profile
from xmgov.collaboration.exports import annotated
from xmgov.collaboration.graphs import collaboration_network
from xmgov.collaboration.measures import centrality, tie_matrix
from xmgov.collaboration.nullmodel import compare, observed, simulate
from xmgov.collaboration.recognition import by_body, recognitions
from xmgov.collaboration.rhetoric import claims

CATEGORIES = ["grassroots_case", "innovation_project", "innovation_case"]


@pytest.fixture
def figures(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "FIGURES", tmp_path)
    return tmp_path


def drawn(folder, slug):
    return pd.read_csv(folder / f"fig-collaboration-{slug}.csv", keep_default_na=False)


def test_network_figure_draws_every_node_and_edge_and_labels_above_threshold(figures):
    two_mode, projection = collaboration_network(*example())
    graph = annotated(projection, centrality(projection, two_mode))
    plots.network_figure(graph, label_min_weighted_degree=3, caption="c", alt="a")
    data = drawn(figures, "network")
    nodes = data[data["element"] == "node"]
    assert sorted(nodes["id"]) == sorted(graph)
    assert len(data[data["element"] == "edge"]) == graph.number_of_edges()
    assert set(nodes.loc[nodes["labelled"].astype(str) == "True", "id"]) == {"A", "B", "C"}
    assert (figures / "fig-collaboration-network.svg").exists()


def test_layout_is_fixed_by_the_seed():
    _, projection = collaboration_network(*example())
    first, second = plots.layout(projection), plots.layout(projection)
    assert all((first[n] == second[n]).all() for n in projection)


def test_other_figures_save_the_data_they_draw(figures):
    entries, agencies, entry_agencies = example()
    two_mode, projection = collaboration_network(entries, agencies, entry_agencies)
    plots.tie_matrix_figure(tie_matrix(projection, "type"), caption="c", alt="a")
    assert drawn(figures, "type-matrix")["type"].tolist() == ["government department", "court", "community/village"]
    null = simulate(two_mode, draws=50)
    plots.null_model_figure(null, compare(observed(two_mode), null), caption="c", alt="a")
    assert (drawn(figures, "null-model")["kind"] == "null").sum() == 50
    plots.recognition_figure(by_body(recognitions(entries, agencies, entry_agencies, recognition_claims()), CATEGORIES),
                             CATEGORIES, caption="c", alt="a")
    assert drawn(figures, "recognition")["agency_id"].tolist() == ["R", "M", "A"]
    plots.rhetoric_figure(claims(entries, entry_profile(entries, agencies, entry_agencies)), caption="c", alt="a")
    assert drawn(figures, "rhetoric")["entries"].sum() == len(entries)


def test_recognizer_labels_wrap_onto_two_lines_without_cutting():
    name = "Office for Transforming Government Functions of the State Council General Office"
    label = plots.recognizer_label("国务院办公厅职转办", name)
    assert label.count("\n") == 1 and "…" not in label
    assert label.replace("\n", " ") == f"国务院办公厅职转办 {name}"


def test_every_system_has_a_colour_and_police_stands_apart_from_government():
    from xmgov.collaboration.actors import SYSTEM_LABELS

    assert set(plots.SYSTEM_COLOURS) == set(SYSTEM_LABELS)
    colours = plots.SYSTEM_COLOURS
    assert colours["public_security"] != colours["government"] != colours["finance"]
    assert len({colours[s] for s in ("party", "government", "judicial", "public_security", "grassroots",
                                     "society", "finance")}) == 7


def test_ring_labels_stack_without_overlapping_and_rows_beneath_clear_them():
    import networkx as nx

    graph = nx.complete_graph([f"N{i:02d}" for i in range(14)])
    graph.add_edge("X1", "X2")
    graph.add_node("Y1")
    for i, n in enumerate(graph):
        graph.nodes[n].update(name_zh="厦门市某某某委员会" if i % 2 else "某局",
                              name_en="Xiamen Municipal Commission of Long Names and Many Words" * (1 + i % 2),
                              system="government", community=0)
    pos = plots.layout(graph)
    slots, half = plots._ring_label_slots(graph, {n: pos[n] for n in plots.ring_of(graph)})
    for left in (True, False):
        column = sorted(((y, plots._height(plots.node_label(graph, n, plots.RING_LABEL_CHARS)))
                         for n, (x, y) in slots.items() if (x < 0) == left), reverse=True)
        assert all(upper - h_upper / 2 >= lower + h_lower / 2 - 1e-9
                   for (upper, h_upper), (lower, h_lower) in zip(column, column[1:]))
        assert column[0][0] + column[0][1] / 2 <= half + 1e-9 and column[-1][0] - column[-1][1] / 2 >= -half - 1e-9
    assert pos["X1"][1] < -half and pos["Y1"][1] < pos["X1"][1]
