"""The two-mode network (entries x agencies) and its one-mode agency projection.

Only `lead` and `implementer` ties enter the graph: a body that recognised an entry did not work
on it. The projection links two agencies when they take part in the same entry; its edge weight
is the number of entries they share, and `entries` lists them.
"""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import pandas as pd

from .actors import collaborations, with_system

AGENCY_ATTRIBUTES = ("name_zh", "name_en", "type", "system", "level", "district")


def bipartite(entries: pd.DataFrame, agencies: pd.DataFrame, entry_agencies: pd.DataFrame) -> nx.Graph:
    """Entries and agencies as the two node sets, joined by lead/implementer ties.

    Entry nodes are the entry ids (attribute `mode` = "entry", `bipartite` = 0); agency nodes are
    agency ids (`mode` = "agency", `bipartite` = 1) carrying the agency's attributes. Only
    entries and agencies with at least one collaboration tie are nodes.
    """
    pairs = collaborations(entry_agencies)
    info = with_system(agencies).set_index("agency_id")
    unknown_agencies = sorted(set(pairs["agency_id"]) - set(info.index))
    if unknown_agencies:
        raise ValueError(f"entry_agencies.csv: agency_id(s) not in agencies.csv: {unknown_agencies}")
    categories = entries.set_index("entry_id")["category"]
    unknown_entries = sorted(set(pairs["entry_id"]) - set(categories.index))
    if unknown_entries:
        raise ValueError(f"entry_agencies.csv: entry_id(s) not in entries.csv: {unknown_entries}")
    graph = nx.Graph()
    for entry_id in sorted(set(pairs["entry_id"])):
        graph.add_node(entry_id, mode="entry", bipartite=0, category=categories[entry_id])
    for agency_id in sorted(set(pairs["agency_id"])):
        row = info.loc[agency_id]
        graph.add_node(agency_id, mode="agency", bipartite=1,
                       **{key: "" if pd.isna(row[key]) else str(row[key]) for key in AGENCY_ATTRIBUTES})
    for pair in pairs.itertuples(index=False):
        graph.add_edge(pair.entry_id, pair.agency_id, roles=pair.roles)
    return graph


def agency_nodes(graph: nx.Graph) -> list[str]:
    """The agency side of a bipartite graph, sorted."""
    return sorted(node for node, mode in graph.nodes(data="mode") if mode == "agency")


def entry_nodes(graph: nx.Graph) -> list[str]:
    """The entry side of a bipartite graph, sorted."""
    return sorted(node for node, mode in graph.nodes(data="mode") if mode == "entry")


def project(graph: nx.Graph) -> nx.Graph:
    """Agency x agency graph: weight = number of entries both agencies take part in.

    Every agency of the bipartite graph is a node, including those that never share an entry
    (isolates), so that density and component counts refer to all collaborating agencies.
    """
    roles = {role for _, _, role in graph.edges(data="roles")}
    assert not any("recognizer" in r for r in roles), "recognizer ties must never enter the network"
    projection = nx.Graph()
    projection.add_nodes_from(
        (node, {key: value for key, value in graph.nodes[node].items() if key not in ("mode", "bipartite")})
        for node in agency_nodes(graph)
    )
    shared: dict[tuple[str, str], list[str]] = {}
    for entry in entry_nodes(graph):
        for pair in combinations(sorted(graph[entry]), 2):
            shared.setdefault(pair, []).append(entry)
    for (a, b), entry_list in sorted(shared.items()):
        projection.add_edge(a, b, weight=len(entry_list), entries=";".join(entry_list))
    return projection


def collaboration_network(entries: pd.DataFrame, agencies: pd.DataFrame,
                          entry_agencies: pd.DataFrame) -> tuple[nx.Graph, nx.Graph]:
    """Both graphs at once: (bipartite, projection)."""
    two_mode = bipartite(entries, agencies, entry_agencies)
    return two_mode, project(two_mode)
