"""The chapter's tables as readers see them: plain columns, category names in Chinese and English,
shares as percentages with their counts, no index. The analysis tables stay numeric; only these
copies are formatted, so the published CSVs read like the printed tables.
"""

from __future__ import annotations

import pandas as pd

from .frame import CATEGORY_LABELS
from .profile import INDICATOR_LABELS

_ROW_LABELS = CATEGORY_LABELS | {"all": "all entries 全部", "total": "total 合计"}


def _name(key: str) -> str:
    return _ROW_LABELS.get(key, key)


def share(count: int, total: int) -> str:
    """`12 of 30 (40%)`; a dash when there is nothing to take a share of."""
    if total == 0:
        return "–"
    return f"{count} of {total} ({count / total:.0%})"


def counts_table(tab: pd.DataFrame, first: str) -> pd.DataFrame:
    """A numeric crosstab with readable row and column names (categories bilingual)."""
    out = tab.rename(columns=_name).reset_index()
    out = out.rename(columns={out.columns[0]: first})
    out[first] = out[first].map(lambda v: _name(str(v)))
    return out


def category_summary(indicators: pd.DataFrame) -> pd.DataFrame:
    """Per category: entries, and `k of n (x%)` for each indicator (the base stated for rates)."""
    rows = []
    groups = [(c, indicators[indicators["category"] == c]) for c in CATEGORY_LABELS] + [("all", indicators)]
    for name, sub in groups:
        row = {"category": _name(name), "entries": len(sub),
               "with quantities": share(int((sub["n_quantities"] > 0).sum()), len(sub))}
        for ind, label in INDICATOR_LABELS.items():
            col = sub[ind].astype("boolean").dropna()
            row[label] = share(int(col.sum()), len(col))
        rows.append(row)
    out = pd.DataFrame(rows)
    out = out.rename(columns={"rate with stated base": "rate with stated base (of entries with a rate)"})
    return out


def ranking(ranking_table: pd.DataFrame) -> pd.DataFrame:
    """Mean score and rank per category under each weighting, as `0.42 (1)`."""
    means, ranks = ranking_table["mean score"], ranking_table["rank"]
    out = pd.DataFrame({w: [f"{m:.2f} ({r})" for m, r in zip(means[w], ranks[w])] for w in means.columns},
                       index=[_name(c) for c in means.index])
    out.index.name = "category"
    return out.reset_index()


def novelty(tab: pd.DataFrame) -> pd.DataFrame:
    """The two blocks of `claims.novelty_by_level` (claims, entries) as one flat table."""
    out = tab.rename(columns=_name).reset_index()
    return out.rename(columns={"count": "counting"})
