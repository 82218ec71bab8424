"""How much the outcome counts depend on the contested kinds (metrics.csv `kind_alt`).

Some quantities sit on the line between output and outcome (people found by a search service,
land replanted, trial and enforcement time shortened, money returned to fraud victims). The dataset keeps its reading in
`kind` and the other reasonable one in `kind_alt`. Three readings are compared: as classed;
stricter, where every contested outcome or change is counted as an output; broader, where every
contested output or money row is counted as an outcome.
"""

from __future__ import annotations

import pandas as pd

from .frame import require
from .indicators import OUTCOME_KINDS, outcome_quantity, per_entry

READINGS = {
    "as classed": "the dataset's kind",
    "stricter": "contested outcomes and changes counted as outputs",
    "broader": "contested outputs and money counted as outcomes",
}


def reclassed(metrics: pd.DataFrame, reading: str) -> pd.DataFrame:
    """metrics with `kind` replaced by `kind_alt` where the reading says so."""
    if reading not in READINGS:
        raise ValueError(f"unknown reading {reading!r}; expected one of {list(READINGS)}")
    require(metrics, "metrics.csv", ("kind",))
    out = metrics.copy()
    if reading == "as classed" or "kind_alt" not in out:
        return out
    target = "output" if reading == "stricter" else "outcome"
    move = out["kind_alt"].fillna("") == target
    out.loc[move, "kind"] = target
    return out


def outcome_readings(metrics: pd.DataFrame, claims: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Per reading: rows moved, outcome quantities, entries with an outcome measure (and with an
    outcome and a baseline), and which entries gain or lose the outcome indicator."""
    base = per_entry(metrics, claims, entries).set_index("entry_id")
    rows = []
    for name, what in READINGS.items():
        m = reclassed(metrics, name)
        ind = per_entry(m, claims, entries).set_index("entry_id")
        moved = int((m["kind"] != metrics["kind"]).sum())
        lost = sorted(base.index[base["has_outcome"] & ~ind["has_outcome"]])
        gained = sorted(base.index[~base["has_outcome"] & ind["has_outcome"]])
        rows.append({
            "reading": name, "rule": what, "quantities reclassed": moved,
            "outcome quantities": int(outcome_quantity(m).sum()),
            "of which kind outcome or change": int(m["kind"].isin(OUTCOME_KINDS).sum()),
            "entries with an outcome measure": int(ind["has_outcome"].sum()),
            "entries with outcome and baseline": int((ind["has_outcome"] & ind["has_baseline"]).sum()),
            "entries": len(ind),
            "entries losing the outcome indicator": ", ".join(lost),
            "entries gaining it": ", ".join(gained),
        })
    return pd.DataFrame(rows)
