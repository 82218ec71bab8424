"""Is the observed network unusual? Compare it with degree-preserving random rewirings.

With a few dozen agencies, no measure means much on its own. The null model keeps exactly what
the data fix — how many bodies each entry names, and in how many entries each body appears — and
randomises who appears with whom. It is the curveball algorithm (Strona et al. 2014) on the
bipartite entries x agencies graph: two entries trade a random subset of the agencies they do not
share, which preserves both degree sequences and never creates a duplicate tie. The chain runs
from the observed graph with a burn-in, then one sample is recorded every `thin` trades.
"""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import numpy as np
import pandas as pd

from . import SEED
from .graphs import agency_nodes, entry_nodes


def memberships(two_mode: nx.Graph) -> list[frozenset[str]]:
    """Agency set of each entry of the bipartite graph, in entry-id order."""
    return [frozenset(two_mode[entry]) for entry in entry_nodes(two_mode)]


def curveball_trade(rows: list[frozenset[str]], i: int, j: int, rng: np.random.Generator) -> None:
    """One curveball trade between rows i and j, in place: the agencies only one of them has are
    pooled, shuffled and dealt back in the same numbers."""
    only_i, only_j = rows[i] - rows[j], rows[j] - rows[i]
    if i == j or not only_i or not only_j:
        return
    pool = sorted(only_i | only_j)
    rng.shuffle(pool)
    shared = rows[i] & rows[j]
    rows[i] = shared | frozenset(pool[: len(only_i)])
    rows[j] = shared | frozenset(pool[len(only_i):])


def run_chain(rows: list[frozenset[str]], trades: int, rng: np.random.Generator) -> None:
    """`trades` trades between uniformly drawn pairs of distinct rows."""
    n = len(rows)
    first = rng.integers(0, n, size=trades)
    second = (first + rng.integers(1, n, size=trades)) % n  # any row but `first`
    for i, j in zip(first.tolist(), second.tolist()):
        curveball_trade(rows, i, j, rng)


def projection_statistics(rows: list[frozenset[str]], groups: dict[str, dict[str, str]], n_nodes: int) -> dict:
    """Density of the agency projection and its share of edges crossing each grouping."""
    edges = {pair for row in rows for pair in combinations(sorted(row), 2)}
    possible = n_nodes * (n_nodes - 1) / 2
    stats = {"density": len(edges) / possible if possible else float("nan")}
    for name, group in groups.items():
        crossing = sum(group[a] != group[b] for a, b in edges)
        stats[f"cross_{name}_share"] = crossing / len(edges) if edges else float("nan")
    return stats


def simulate(two_mode: nx.Graph, draws: int = 2000, seed: int = SEED, burn_in: int | None = None,
             thin: int | None = None, attributes: tuple[str, ...] = ("type", "system")) -> pd.DataFrame:
    """Statistics of `draws` rewired graphs (one row per draw).

    Defaults: burn-in of 100 trades per entry and 10 trades per entry between samples.
    """
    rows = memberships(two_mode)
    if len(rows) < 2:
        raise ValueError("the null model needs at least two entries with named bodies")
    burn_in = 100 * len(rows) if burn_in is None else burn_in
    thin = 10 * len(rows) if thin is None else thin
    agencies = agency_nodes(two_mode)
    groups = {name: {a: two_mode.nodes[a][name] for a in agencies} for name in attributes}
    rng = np.random.default_rng(seed)
    run_chain(rows, burn_in, rng)
    samples = []
    for _ in range(draws):
        run_chain(rows, thin, rng)
        samples.append(projection_statistics(rows, groups, len(agencies)))
    return pd.DataFrame(samples)


def observed(two_mode: nx.Graph, attributes: tuple[str, ...] = ("type", "system")) -> dict:
    """The same statistics for the observed graph."""
    agencies = agency_nodes(two_mode)
    groups = {name: {a: two_mode.nodes[a][name] for a in agencies} for name in attributes}
    return projection_statistics(memberships(two_mode), groups, len(agencies))


def compare(observed_stats: dict, null: pd.DataFrame) -> pd.DataFrame:
    """Where each observed statistic falls in its null distribution.

    `percentile` is the mid-rank percentile (ties count half); `p_greater` and `p_less` are
    one-sided empirical p-values with the +1 correction, (1 + #null >= obs) / (1 + draws).
    """
    rows = []
    for statistic, value in observed_stats.items():
        sample = null[statistic].to_numpy()
        below, equal = np.sum(sample < value), np.sum(sample == value)
        rows.append({
            "statistic": statistic,
            "observed": value,
            "null_mean": float(sample.mean()),
            "null_low": float(np.quantile(sample, 0.025)),
            "null_high": float(np.quantile(sample, 0.975)),
            "percentile": float(100 * (below + equal / 2) / len(sample)),
            "p_greater": float((1 + np.sum(sample >= value)) / (1 + len(sample))),
            "p_less": float((1 + np.sum(sample <= value)) / (1 + len(sample))),
            "draws": len(sample),
        })
    return pd.DataFrame(rows)
