"""How far the dictionary coder agrees with the adjudicated theme coding, code by code.

Cohen's kappa corrects the raw agreement for the agreement two coders would reach by chance given
how often each applies the code; Krippendorff's alpha (nominal, from the `krippendorff` package)
does the same from the pooled distribution of values. Both are undefined when neither coder ever
varies (a code nobody applies); they are then reported as missing, not as perfect.
"""

from __future__ import annotations

import krippendorff
import numpy as np
import pandas as pd


def cohen_kappa(a, b) -> float:
    """Cohen's kappa of two 0/1 codings of the same units; NaN when chance agreement is total."""
    a, b = np.asarray(a, dtype=int), np.asarray(b, dtype=int)
    if a.shape != b.shape or a.size == 0:
        raise ValueError("cohen_kappa needs two codings of the same, non-empty set of units")
    observed = float(np.mean(a == b))
    pa, pb = a.mean(), b.mean()
    expected = pa * pb + (1 - pa) * (1 - pb)
    return float("nan") if expected == 1 else (observed - expected) / (1 - expected)


def krippendorff_alpha(a, b) -> float:
    """Krippendorff's alpha (nominal) of two coders; NaN when only one value ever occurs."""
    data = np.vstack([np.asarray(a, dtype=float), np.asarray(b, dtype=float)])
    if np.unique(data).size < 2:
        return float("nan")
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def per_code(hand: pd.DataFrame, machine: pd.DataFrame, dimensions: dict[str, str]) -> pd.DataFrame:
    """One row per code: counts, observed agreement, kappa and alpha. `dimensions`: code -> dimension."""
    if not hand.index.equals(machine.index) or list(hand.columns) != list(machine.columns):
        raise ValueError("hand and dictionary codings must cover the same entries and codes")
    rows = []
    for code in hand.columns:
        a, b = hand[code].to_numpy(), machine[code].to_numpy()
        rows.append({
            "code_id": code, "dimension": dimensions[code], "n": len(a),
            "hand_positive": int(a.sum()), "dictionary_positive": int(b.sum()),
            "both_positive": int((a & b).sum()), "hand_only": int((a & (1 - b)).sum()),
            "dictionary_only": int(((1 - a) & b).sum()),
            "observed_agreement": float(np.mean(a == b)),
            "cohen_kappa": cohen_kappa(a, b), "krippendorff_alpha": krippendorff_alpha(a, b),
        })
    return pd.DataFrame(rows)


def disagreements(hand: pd.DataFrame, machine: pd.DataFrame) -> pd.DataFrame:
    """Every (entry, code) where the coders differ, with who applied it; sorted by code, entry."""
    diff = (hand != machine).stack()
    cells = diff[diff].index
    table = pd.DataFrame(list(cells), columns=["entry_id", "code_id"])
    table["applied_by"] = [("hand" if hand.loc[e, c] else "dictionary") for e, c in cells]
    return table.sort_values(["code_id", "entry_id"], ignore_index=True)
