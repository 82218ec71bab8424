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
