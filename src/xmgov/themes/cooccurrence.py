"""The semantic network: which of the most used terms appear in the same entries.

Nodes are the top-N terms by document frequency. Two terms are linked when they share at least
`min_entries` entries and their Jaccard index (entries using both / entries using either) reaches
`threshold`; Jaccard is chosen because it does not reward a pair simply for both terms being common.
Communities are Louvain communities (networkx, fixed seed) on Jaccard weights.
"""

from __future__ import annotations

import itertools

import networkx as nx
import pandas as pd

from .. import paths
from .frequencies import term_table
from ..figures import SEED

CLUSTER_NAMES = paths.DATA / "themes" / "clusters.csv"


def pair_table(terms: pd.Series, vocabulary: list[str]) -> pd.DataFrame:
    """Every pair of vocabulary terms: entries using both, and their Jaccard index."""
    sets = {t: {e for e, ts in terms.items() if t in ts} for t in vocabulary}
    rows = []
    for a, b in itertools.combinations(sorted(vocabulary), 2):
        both, either = len(sets[a] & sets[b]), len(sets[a] | sets[b])
        rows.append((a, b, both, both / either if either else 0.0))
    return pd.DataFrame(rows, columns=["source", "target", "both", "jaccard"])


def network(terms: pd.Series, top_n: int, threshold: float, min_entries: int = 2) -> nx.Graph:
    """Top-`top_n` terms (ties broken by tf, then term), edges at Jaccard >= threshold."""
    top = term_table(terms).head(top_n)
    graph = nx.Graph()
    for row in top.itertuples():
        graph.add_node(row.term, df=int(row.df), tf=int(row.tf))
    pairs = pair_table(terms, list(top["term"]))
    kept = pairs[(pairs["jaccard"] >= threshold) & (pairs["both"] >= min_entries)]
    for row in kept.itertuples():
        graph.add_edge(row.source, row.target, weight=float(row.jaccard), both=int(row.both))
    return graph


def communities(graph: nx.Graph, seed: int = SEED) -> dict[str, int]:
    """Louvain community of every non-isolated node, numbered 1.. from the largest community."""
    core = graph.subgraph([n for n in graph if graph.degree(n) > 0])
    found = nx.community.louvain_communities(core, weight="weight", seed=seed)
    ordered = sorted(found, key=lambda c: (-len(c), min(c)))
    return {node: i for i, members in enumerate(ordered, 1) for node in members}


def node_table(graph: nx.Graph, seed: int = SEED) -> pd.DataFrame:
    """term, df, degree, community (0 = isolated); the data drawn in the network figure."""
    groups = communities(graph, seed)
    rows = [(n, graph.nodes[n]["df"], graph.degree(n), groups.get(n, 0)) for n in graph]
    return pd.DataFrame(rows, columns=["term", "df", "degree", "community"]).sort_values(
        ["community", "df", "term"], ascending=[True, False, True], ignore_index=True)


def named_communities(nodes: pd.DataFrame, names_path=CLUSTER_NAMES) -> pd.DataFrame:
    """community, name, members (by DF): the editors name a community after an anchor term it holds.

    Names are editorial (data/themes/clusters.csv: anchor term, English name) but membership is
    computed, so the prose and the legend always list the members the figure draws. A community
    holding no anchor is called "cluster k"; one holding two anchors gets both names.
    """
    names = pd.read_csv(names_path, dtype=str).set_index("anchor")["name_en"]
    rows = []
    for community, group in nodes[nodes["community"] > 0].groupby("community"):
        members = list(group.sort_values(["df", "term"], ascending=[False, True])["term"])
        anchors = [names[t] for t in members if t in names.index]
        rows.append({"community": int(community),
                     "name": " and ".join(anchors) if anchors else f"cluster {community}",
                     "members": members})
    return pd.DataFrame(rows, columns=["community", "name", "members"])


def _same_community_pairs(groups: dict[str, int]) -> dict[tuple[str, str], bool]:
    return {(a, b): groups[a] == groups[b] for a, b in itertools.combinations(sorted(groups), 2)}


def sensitivity(terms: pd.Series, top_ns, thresholds, base: tuple[int, float],
                seed: int = SEED) -> pd.DataFrame:
    """How the network changes with N and the threshold.

    For each setting: linked nodes, edges, communities, modularity, and the Rand agreement with the
    base setting's communities over the term pairs linked in both (1 = same partition).
    """
    base_groups = communities(network(terms, *base), seed)
    base_pairs = _same_community_pairs(base_groups)
    rows = []
    for n, threshold in itertools.product(top_ns, thresholds):
        graph = network(terms, n, threshold)
        groups = communities(graph, seed)
        core = graph.subgraph(groups)
        parts = [{t for t, g in groups.items() if g == k} for k in sorted(set(groups.values()))]
        pairs = _same_community_pairs(groups)
        shared = [p for p in pairs if p in base_pairs]
        rand = sum(pairs[p] == base_pairs[p] for p in shared) / len(shared) if shared else float("nan")
        rows.append({"top_n": n, "threshold": threshold, "linked_terms": core.number_of_nodes(),
                     "edges": core.number_of_edges(), "communities": len(parts),
                     "modularity": nx.community.modularity(core, parts, weight="weight") if parts else float("nan"),
                     "rand_vs_base": rand})
    return pd.DataFrame(rows)
