"""Numbers the damaged source lost, and how much they can move the chapter's counts.

The dataset flags every cut passage (lacunae.csv) and marks those where a figure stood
(`lost_figure`: the measure word survives, the digits do not, as in `高效预警违法线余条`). A lost
figure is never guessed; here it only bounds the counts: each flagged cut hid at least one
quantity, so the true number of quantities is at least the extracted number plus the lost ones,
and an entry whose only figure was cut out is counted as having none.
"""

from __future__ import annotations

import pandas as pd

from .frame import entry_labels, require
from .glosses import lost_clause_en
from .inventory import per_entry


def lost_figures(lacunae: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """One row per cut passage that held a figure: entry, label, surviving text and context."""
    require(lacunae, "lacunae.csv", ("entry_id", "lost_figure"))
    lost = lacunae[lacunae["lost_figure"].astype(bool)].copy()
    unknown = sorted(set(lost["entry_id"].dropna()) - set(entries["entry_id"]))
    if unknown:
        raise ValueError(f"lacunae.csv: entry_id(s) {', '.join(unknown)} not in entries.csv")
    lost["label"] = lost["entry_id"].map(entry_labels(entries))
    if "context" in lost:
        lost["clause"] = [_clause(r) for r in lost.itertuples()]
    cols = [c for c in ("lacuna_id", "entry_id", "label", "clause", "text", "context", "rule", "note") if c in lost]
    return lost[cols].sort_values([c for c in ("entry_id", "lacuna_id") if c in cols], ignore_index=True)


def _clause(row) -> str:
    """The clause of the context (between , ; 。) that holds the cut, verbatim: 高效预警违法线余条."""
    context, text = str(row.context), str(row.text)
    offsets = all(hasattr(row, a) for a in ("start", "context_start"))
    at = int(row.start) - int(row.context_start) if offsets else context.find(text)
    if at < 0:
        return text
    lo = max(context.rfind(ch, 0, at) for ch in ",;。") + 1
    hi = min([i for i in (context.find(ch, at + len(text)) for ch in ",;。") if i >= 0] or [len(context)])
    return context[lo:hi]


CERTAIN_COLUMN = "with the certain lost figures"
ALL_COLUMN = "also with the probable ones"


def effect_on_counts(lacunae: pd.DataFrame, metrics: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Counts as extracted, with the certain lost figures restored, and with the probable ones too.

    Rows: quantities, entries with at least one quantity, entries with none. A lost figure counts
    as one quantity (the least it can have been); a `cut_passage` whose wording only suggests a
    figure is counted in the last column alone.
    """
    lost = lost_figures(lacunae, entries)
    counts = per_entry(metrics, entries).set_index("entry_id")["n_quantities"]
    columns = {"as extracted": counts}
    for name, rows in ((CERTAIN_COLUMN, lost[certain(lost)]), (ALL_COLUMN, lost)):
        columns[name] = counts + rows.groupby("entry_id").size().reindex(counts.index, fill_value=0)
    out = pd.DataFrame([
        {"count": "quantities"} | {k: int(v.sum()) for k, v in columns.items()},
        {"count": "entries with at least one quantity"} | {k: int((v > 0).sum()) for k, v in columns.items()},
        {"count": "entries with no quantity"} | {k: int((v == 0).sum()) for k, v in columns.items()},
    ])
    return out


def emptied_entries(lacunae: pd.DataFrame, metrics: pd.DataFrame, entries: pd.DataFrame) -> list[str]:
    """Entries that report no quantity only because their figure was cut out."""
    lost = lost_figures(lacunae, entries)
    counts = per_entry(metrics, entries).set_index("entry_id")["n_quantities"]
    return sorted(e for e in set(lost["entry_id"]) if counts.get(e, 0) == 0)


def lost_list(lost: pd.DataFrame) -> str:
    """The surviving clauses of the lost figures, quoted, with their entries: 「高效预警违法线余条」 (P13), …

    Corner brackets, because a clause may itself hold a stray quotation mark (劳资纠纷线”模式)."""
    return ", ".join(f"「{r.clause}」 ({r.entry_id})" for r in lost.itertuples())


def certain(lost: pd.DataFrame) -> pd.Series:
    """Row-wise: is the lost figure certain (`cut_figure`: a measure word survives where digits stood)
    rather than inferred from a cut passage's wording (`cut_passage`)?"""
    require(lost, "lacunae.csv", ("rule",))
    return lost["rule"] == "cut_figure"


def lost_table(lost: pd.DataFrame) -> pd.DataFrame:
    """The lost figures as the chapter shows them: id, entry, what was lost (the surviving clause),
    an English gloss, and whether the figure is certain. The Chinese context stays in chapter 2."""
    require(lost, "lacunae.csv", ("lacuna_id", "entry_id", "label", "clause", "rule"))
    return pd.DataFrame({
        "lacuna": lost["lacuna_id"], "entry": lost["entry_id"] + " · " + lost["label"],
        "what survives": lost["clause"],
        "English gloss": [lost_clause_en(c, e) for c, e in zip(lost["clause"], lost["entry_id"])],
        "a figure was lost": ["certainly (cut_figure)" if c else "probably (cut_passage)" for c in certain(lost)],
    })
