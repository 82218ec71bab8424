"""Exports read back equal: GraphML, GEXF and the CSV node/edge lists carry the same graph."""

import json

import frictionless
import networkx as nx
import pandas as pd
import pytest

from test_collaboration_graphs import example
from xmgov.collaboration.exports import annotated, read_csv_pair, read_gexf, read_graphml, write_all
from xmgov.collaboration.graphs import collaboration_network
from xmgov.collaboration.measures import centrality
from xmgov.collaboration.stage import stage


@pytest.fixture
def graph():
    two_mode, projection = collaboration_network(*example())
    return annotated(projection, centrality(projection, two_mode))


def test_annotated_graph_carries_measures_and_bilingual_labels(graph):
    assert graph.nodes["A"]["label"] == "市中级法院 (Court)"
    assert graph.nodes["A"]["weighted_degree"] == 3 and graph.nodes["E"]["in_largest_component"] is False
    assert graph.edges["A", "B"] == {"weight": 2, "entries": "E1;E2"}


@pytest.mark.parametrize("kind, reader", [("graphml", read_graphml), ("gexf", read_gexf)])
def test_xml_exports_round_trip(tmp_path, graph, kind, reader):
    paths = write_all(graph, tmp_path)
    back = reader(paths[kind])
    assert sorted(back) == sorted(graph)
    assert {n: back.nodes[n] for n in back} == {n: graph.nodes[n] for n in graph}
    assert {frozenset(e) for e in back.edges()} == {frozenset(e) for e in graph.edges()}
    assert all(back.edges[a, b] == graph.edges[a, b] for a, b in graph.edges())


def test_csv_exports_round_trip(tmp_path, graph):
    paths = write_all(graph, tmp_path)
    back = read_csv_pair(paths["nodes"], paths["edges"])
    assert nx.utils.graphs_equal(back, graph)
    assert {n: back.nodes[n] for n in back} == {n: graph.nodes[n] for n in graph}


def test_exports_are_byte_identical_across_runs(tmp_path, graph):
    first = write_all(graph, tmp_path / "one")
    second = write_all(graph, tmp_path / "two")
    assert all(first[k].read_bytes() == second[k].read_bytes() for k in first)


def write_package(folder, **tables):
    """A minimal data package of string columns, as the stage loads it (xmgov.dataset.load)."""
    tables.setdefault("claims", pd.DataFrame(columns=["entry_id"]))
    tables.setdefault("external_agencies", pd.DataFrame(columns=["entry_id", "agency_id", "role"]))
    resources = []
    for name, table in tables.items():
        table.to_csv(folder / f"{name}.csv", index=False)
        resources.append({"name": name, "path": f"{name}.csv",
                          "schema": {"fields": [{"name": c, "type": "string"} for c in table.columns]}})
    (folder / "datapackage.json").write_text(json.dumps({"name": "t", "resources": resources}))


def test_stage_writes_exports_and_valid_descriptors(tmp_path):
    entries, agencies, entry_agencies = example()
    write_package(tmp_path, entries=entries, agencies=agencies, entry_agencies=entry_agencies)
    resources = stage(tmp_path)
    assert {r["name"] for r in resources} == {"network-nodes", "network-edges", "network-graphml", "network-gexf"}
    assert all((tmp_path / r["path"]).exists() for r in resources)
    agencies_resource = {"name": "agencies", "path": "agencies.csv", "schema": {
        "fields": [{"name": c, "type": "string"} for c in agencies.columns], "primaryKey": ["agency_id"]}}
    package = frictionless.Package({"name": "test", "resources": [agencies_resource, *resources]},
                                   basepath=str(tmp_path))
    report = package.validate()
    assert report.valid, json.dumps(report.flatten(["rowNumber", "fieldName", "type", "note"]), ensure_ascii=False)
    nodes = pd.read_csv(tmp_path / "network" / "nodes.csv")
    assert sorted(nodes["agency_id"]) == ["A", "B", "C", "D", "E"]


def test_stage_rejects_a_node_outside_agencies(tmp_path):
    """The foreign key from nodes to agencies is real: validation fails when an agency is missing."""
    entries, agencies, entry_agencies = example()
    write_package(tmp_path, entries=entries, agencies=agencies, entry_agencies=entry_agencies)
    resources = stage(tmp_path)
    agencies[agencies["agency_id"] != "E"].to_csv(tmp_path / "agencies.csv", index=False)
    agencies_resource = {"name": "agencies", "path": "agencies.csv", "schema": {
        "fields": [{"name": c, "type": "string"} for c in agencies.columns], "primaryKey": ["agency_id"]}}
    package = frictionless.Package({"name": "test", "resources": [agencies_resource, *resources]},
                                   basepath=str(tmp_path))
    assert not package.validate().valid


def test_stage_names_a_missing_input(tmp_path):
    with pytest.raises(FileNotFoundError, match="datapackage.json"):
        stage(tmp_path)


def test_stage_adds_high_confidence_external_leads_only(tmp_path):
    entries, agencies, entry_agencies = example()
    write_package(tmp_path, entries=entries, agencies=agencies, entry_agencies=entry_agencies,
                  external_agencies=pd.DataFrame([
        {"entry_id": "E4", "agency_id": "D", "mention": "D", "role": "lead", "confidence": "high", "source_url": "u"},
        {"entry_id": "E4", "agency_id": "C", "mention": "C", "role": "reported_elsewhere", "confidence": "medium",
         "source_url": "u"},
    ]))
    stage(tmp_path)
    edges = pd.read_csv(tmp_path / "network" / "edges.csv")
    pairs = set(zip(edges["source"], edges["target"]))
    assert ("D", "E") in pairs and ("C", "E") not in pairs


def test_the_published_network_is_the_chapters(tmp_path):
    """data/processed/network is written by the data stage; the chapter builds its own graph from
    the same loaders: both must be the same network, node for node and edge for edge."""
    from xmgov import paths
    from xmgov.collaboration import report
    from xmgov.collaboration.exports import edge_table, node_table, write_all

    chapter = report.analyse(*report.load_tables(), draws=5)
    written = write_all(chapter.graph, tmp_path)
    published = paths.PROCESSED / "network"
    for kind in ("nodes", "edges"):
        assert written[kind].read_bytes() == (published / f"{kind}.csv").read_bytes(), kind
    assert len(node_table(chapter.graph)) and len(edge_table(chapter.graph))
