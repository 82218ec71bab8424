"""Comparing code prevalence across award categories and levels, and codes with each other.

With 15, 30 and 25 entries per category, counts are small: intervals are Wilson score intervals
(which stay inside [0, 1] and behave at 0 and n) and tests are exact. For a code against a grouping
with more than two groups the exact test is the Freeman-Halton extension of Fisher's exact test:
the probability of every 2 x K table with the observed margins (multivariate hypergeometric, from
scipy) is summed over tables no more probable than the one observed.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
from scipy import stats

Z95 = stats.norm.ppf(0.975)


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for k successes in n trials."""
    if n <= 0 or not 0 <= k <= n:
        raise ValueError(f"wilson interval needs 0 <= k <= n and n > 0, got k={k}, n={n}")
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, float(centre - half)), min(1.0, float(centre + half))


def prevalence(matrix: pd.DataFrame, groups: pd.Series | None = None) -> pd.DataFrame:
    """code_id, group, k, n, share, ci_low, ci_high; `groups` aligned on the matrix index."""
    groups = pd.Series("all", index=matrix.index) if groups is None else groups.loc[matrix.index]
    rows = []
    for group, ids in groups.groupby(groups, sort=True).groups.items():
        sub = matrix.loc[ids]
        for code in matrix.columns:
            k, n = int(sub[code].sum()), len(sub)
            low, high = wilson(k, n)
            rows.append((code, group, k, n, k / n, low, high))
    return pd.DataFrame(rows, columns=["code_id", "group", "k", "n", "share", "ci_low", "ci_high"])


def _column_splits(total: int, columns: list[int]):
    """Every way to put `total` successes into columns of the given sizes."""
    if not columns:
        if total == 0:
            yield ()
        return
    head, rest = columns[0], columns[1:]
    for x in range(max(0, total - sum(rest)), min(head, total) + 1):
        for tail in _column_splits(total - x, rest):
            yield (x, *tail)


def exact_test(successes: list[int], sizes: list[int]) -> float:
    """Fisher-Freeman-Halton exact p-value for a 2 x K table (successes out of sizes per group)."""
    total = sum(successes)
    dist = stats.multivariate_hypergeom
    observed = dist.pmf(x=successes, m=sizes, n=total)
    probs = np.array([dist.pmf(x=list(s), m=sizes, n=total) for s in _column_splits(total, list(sizes))])
    return float(min(1.0, probs[probs <= observed * (1 + 1e-7)].sum()))


def group_tests(matrix: pd.DataFrame, groups: pd.Series) -> pd.DataFrame:
    """Per code: exact test of equal prevalence across groups, with Benjamini-Hochberg q-values."""
    groups = groups.loc[matrix.index]
    names = sorted(groups.unique())
    sizes = [int((groups == g).sum()) for g in names]
    rows = []
    for code in matrix.columns:
        successes = [int(matrix.loc[groups == g, code].sum()) for g in names]
        p = exact_test(successes, sizes) if 0 < sum(successes) < len(groups) else 1.0
        rows.append({"code_id": code, **{f"k_{g}": s for g, s in zip(names, successes)}, "p": p})
    table = pd.DataFrame(rows)
    table["q_bh"] = stats.false_discovery_control(table["p"].to_numpy(), method="bh")
    return table


def cooccurrence(matrix: pd.DataFrame) -> pd.DataFrame:
    """Every pair of codes: entries with both, Jaccard, Fisher's exact (two-sided) odds ratio and p."""
    rows = []
    for a, b in itertools.combinations(matrix.columns, 2):
        x, y = matrix[a].astype(bool), matrix[b].astype(bool)
        table = [[int((x & y).sum()), int((x & ~y).sum())], [int((~x & y).sum()), int((~x & ~y).sum())]]
        union = int((x | y).sum())
        odds, p = stats.fisher_exact(table)
        rows.append({"code_a": a, "code_b": b, "both": table[0][0], "jaccard": table[0][0] / union
                     if union else float("nan"), "odds_ratio": float(odds), "p": float(p)})
    table = pd.DataFrame(rows)
    table["q_bh"] = stats.false_discovery_control(table["p"].to_numpy(), method="bh")
    return table.sort_values(["both", "code_a", "code_b"], ascending=[False, True, True],
                             ignore_index=True)
