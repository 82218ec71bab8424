"""The agency network as files other tools read: GraphML, GEXF (Gephi) and CSV node/edge lists.

All four carry the same nodes, edges and attributes, and read back equal (tested). Measures are
rounded to `DECIMALS` places so that every format holds exactly the same values. Output is
deterministic: sorted nodes and edges, and the GEXF date comes from SOURCE_DATE_EPOCH (the
reproducible-builds convention), not from the clock.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import networkx as nx
import pandas as pd

from .graphs import AGENCY_ATTRIBUTES

DECIMALS = 6
MEASURES = ("entries", "degree", "weighted_degree", "betweenness", "eigenvector", "community",
            "in_largest_component")
NODE_COLUMNS = ("agency_id", "label", *AGENCY_ATTRIBUTES, *MEASURES)
EDGE_COLUMNS = ("source", "target", "weight", "entries")
FILES = {"graphml": "agency-network.graphml", "gexf": "agency-network.gexf",
         "nodes": "nodes.csv", "edges": "edges.csv"}
# 2023-03-02, the source's publication date: the fallback when SOURCE_DATE_EPOCH is not set.
DEFAULT_EPOCH = 1677715200


def _native(value):
    """Plain Python scalars: the XML writers do not know numpy types."""
    return value.item() if hasattr(value, "item") else value


def annotated(projection: nx.Graph, centrality: pd.DataFrame) -> nx.Graph:
    """Copy of the projection whose nodes carry a label and the centrality measures."""
    graph = nx.Graph()
    measures = centrality.set_index("agency_id")
    for node in sorted(projection):
        attrs = {key: projection.nodes[node][key] for key in AGENCY_ATTRIBUTES}
        for key in MEASURES:
            value = _native(measures.at[node, key])
            attrs[key] = round(value, DECIMALS) if isinstance(value, float) else value
        graph.add_node(node, label=f"{attrs['name_zh']} ({attrs['name_en']})", **attrs)
    for a, b, data in sorted(projection.edges(data=True), key=lambda e: tuple(sorted(e[:2]))):
        source, target = sorted((a, b))
        graph.add_edge(source, target, weight=int(data["weight"]), entries=data["entries"])
    return graph


def node_table(graph: nx.Graph) -> pd.DataFrame:
    """Nodes and their attributes, one row per agency, sorted by id."""
    rows = [{"agency_id": node, **{key: graph.nodes[node][key] for key in NODE_COLUMNS[1:]}}
            for node in sorted(graph)]
    return pd.DataFrame(rows, columns=list(NODE_COLUMNS))


def edge_table(graph: nx.Graph) -> pd.DataFrame:
    """Edges as (source, target) with source < target, weight and the shared entries, sorted."""
    rows = [{"source": min(a, b), "target": max(a, b), "weight": w, "entries": e}
            for a, b, w, e in ((a, b, d["weight"], d["entries"]) for a, b, d in graph.edges(data=True))]
    return pd.DataFrame(rows, columns=list(EDGE_COLUMNS)).sort_values(["source", "target"], ignore_index=True)


def write_gexf(graph: nx.Graph, path: Path) -> None:
    """GEXF 1.2 with a reproducible `lastmodifieddate`."""
    writer = nx.readwrite.gexf.GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(graph)
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", DEFAULT_EPOCH))
    for meta in writer.xml.iter("meta"):
        meta.set("lastmodifieddate", time.strftime("%Y-%m-%d", time.gmtime(epoch)))
    writer.write(path)


def write_all(graph: nx.Graph, directory: Path) -> dict[str, Path]:
    """Write the four export files into `directory`; return their paths by format."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = {kind: directory / name for kind, name in FILES.items()}
    nx.write_graphml(graph, paths["graphml"], encoding="utf-8", prettyprint=True)
    write_gexf(graph, paths["gexf"])
    node_table(graph).to_csv(paths["nodes"], index=False, lineterminator="\n")
    edge_table(graph).to_csv(paths["edges"], index=False, lineterminator="\n")
    return paths


def read_graphml(path: Path) -> nx.Graph:
    return nx.read_graphml(path, node_type=str)


def read_gexf(path: Path) -> nx.Graph:
    """GEXF read back; networkx adds GEXF's own edge `id`, which is not an attribute of ours."""
    graph = nx.read_gexf(path, node_type=str)
    for _, _, data in graph.edges(data=True):
        data.pop("id", None)
    return nx.Graph(graph)


def read_csv_pair(nodes: Path, edges: Path) -> nx.Graph:
    """Rebuild the graph from the node and edge lists."""
    node_rows = pd.read_csv(nodes, dtype={"agency_id": str, "district": str}, keep_default_na=False)
    edge_rows = pd.read_csv(edges, dtype={"source": str, "target": str, "entries": str})
    graph = nx.Graph()
    for row in node_rows.to_dict("records"):
        graph.add_node(row.pop("agency_id"), **{k: _native(v) for k, v in row.items()})
    for row in edge_rows.to_dict("records"):
        graph.add_edge(row["source"], row["target"], weight=int(row["weight"]), entries=row["entries"])
    return graph
