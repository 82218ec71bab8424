"""Network-level and node-level measures of the agency projection.

Choices that matter, stated once here and in the chapter:
- betweenness is weighted, with distance = 1 / weight, so that agencies sharing more entries are
  "closer"; it is normalised by the number of node pairs of the whole graph;
- the projection is usually disconnected, and eigenvector centrality is only meaningful inside a
  connected graph, so it is computed (weighted) on the largest component and set to 0 elsewhere —
  which is what the leading eigenvector of the whole graph gives when the largest component has the
  largest spectral radius;
- communities are Louvain communities (weighted) with the fixed seed `xmgov.collaboration.SEED`.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd

from . import SEED
from .graphs import AGENCY_ATTRIBUTES


def largest_component(graph: nx.Graph) -> set:
    """Node set of the largest connected component (ties broken by the smallest node id)."""
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    return set(components[0]) if components else set()


def summary(graph: nx.Graph) -> dict:
    """Nodes, edges, density, components, isolates and the size of the largest component."""
    largest = largest_component(graph)
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "density": nx.density(graph),
        "components": nx.number_connected_components(graph),
        "isolates": nx.number_of_isolates(graph),
        "largest_component": len(largest),
        "largest_component_share": len(largest) / graph.number_of_nodes() if len(graph) else float("nan"),
        "total_weight": int(graph.size(weight="weight")),
        "max_weight": max((w for _, _, w in graph.edges(data="weight")), default=0),
    }


def communities(graph: nx.Graph, seed: int = SEED) -> dict[str, int]:
    """Louvain community of each node, numbered 1.. from the largest community down."""
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    ordered = sorted(found, key=lambda c: (-len(c), min(c)))
    return {node: number for number, members in enumerate(ordered, start=1) for node in members}


def eigenvector_on_largest(graph: nx.Graph) -> dict[str, float]:
    """Weighted eigenvector centrality inside the largest component, 0 outside it."""
    largest = largest_component(graph)
    scores = dict.fromkeys(graph, 0.0)
    if len(largest) >= 2:
        scores.update(nx.eigenvector_centrality_numpy(graph.subgraph(largest), weight="weight"))
    return scores


# Centralities are rounded to this many decimals: agencies equal in exact arithmetic can differ in the
# last bits of a float from run to run (eigenvector solver, sums in hash order), which would reorder
# ties in the tables and the prose between builds.
PRECISION = 12


def centrality(projection: nx.Graph, two_mode: nx.Graph) -> pd.DataFrame:
    """One row per agency: entries, degree, weighted degree, betweenness, eigenvector, community.

    `entries` comes from the two-mode graph (how many entries the agency takes part in);
    `weighted_degree` is the sum of projection weights (co-participations with other agencies).
    Sorted by weighted degree, then betweenness, then id.
    """
    with_distance = projection.copy()
    nx.set_edge_attributes(with_distance, {(a, b): 1.0 / w for a, b, w in projection.edges(data="weight")},
                           "distance")
    betweenness = nx.betweenness_centrality(with_distance, weight="distance", normalized=True)
    eigen = eigenvector_on_largest(projection)
    community = communities(projection)
    largest = largest_component(projection)
    rows = [
        {
            "agency_id": node,
            **{key: projection.nodes[node][key] for key in AGENCY_ATTRIBUTES},
            "entries": two_mode.degree(node),
            "degree": projection.degree(node),
            "weighted_degree": projection.degree(node, weight="weight"),
            "betweenness": round(betweenness[node], PRECISION),
            "eigenvector": round(float(eigen[node]), PRECISION),
            "community": community[node],
            "in_largest_component": node in largest,
        }
        for node in sorted(projection)
    ]
    table = pd.DataFrame(rows, columns=["agency_id", *AGENCY_ATTRIBUTES, "entries", "degree", "weighted_degree",
                                        "betweenness", "eigenvector", "community", "in_largest_component"])
    return table.sort_values(["weighted_degree", "betweenness", "agency_id"], ascending=[False, False, True],
                             ignore_index=True)


def tie_matrix(projection: nx.Graph, attribute: str = "type", weight: str | None = None,
               order: list[str] | None = None) -> pd.DataFrame:
    """Symmetric matrix of ties between node groups (`type` or `system`).

    Cell (a, b) counts projection edges with one end in group a and the other in b (or sums their
    weights when `weight="weight"`); the diagonal holds ties within a group.
    """
    groups = sorted({g for _, g in projection.nodes(data=attribute)}) if order is None else list(order)
    matrix = pd.DataFrame(0, index=pd.Index(groups, name=attribute), columns=pd.Index(groups, name=attribute))
    for a, b, data in projection.edges(data=True):
        ga, gb = projection.nodes[a][attribute], projection.nodes[b][attribute]
        value = data[weight] if weight else 1
        matrix.loc[ga, gb] += value
        if ga != gb:
            matrix.loc[gb, ga] += value
    return matrix


def cross_share(projection: nx.Graph, attribute: str = "type") -> float:
    """Share of projection edges joining agencies of different `attribute` (NaN with no edges)."""
    edges = list(projection.edges())
    if not edges:
        return float("nan")
    return float(np.mean([projection.nodes[a][attribute] != projection.nodes[b][attribute] for a, b in edges]))
