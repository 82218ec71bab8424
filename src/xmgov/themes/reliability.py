"""Inter-coder reliability of the theme coding: the editors' coding against an independent second
coding of the same 70 entries (data/annotations/theme_coding_second.csv).

Per code: Cohen's kappa and Krippendorff's alpha (nominal) with bootstrap 95% intervals. Entries
are resampled with replacement (fixed seed); a draw in which a statistic is undefined (neither
coder varies) is left out of that statistic's interval and counted. For two coders and a 0/1 code
without missing values, nominal alpha is 1 - D_o / D_e with D_o the share of entries the coders
disagree on and D_e = 2 n0 n1 / (n (n - 1)) over the n = 2N pooled values; the test checks this
against the `krippendorff` package.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..figures import SEED

DRAWS = 2000


def kappa_alpha(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Cohen's kappa and nominal Krippendorff's alpha of 0/1 codings, row by row (NaN where
    undefined): `a` and `b` are (draws, units) arrays."""
    a, b = np.atleast_2d(a).astype(float), np.atleast_2d(b).astype(float)
    units = a.shape[1]
    observed = (a == b).mean(axis=1)
    pa, pb = a.mean(axis=1), b.mean(axis=1)
    expected = pa * pb + (1 - pa) * (1 - pb)
    with np.errstate(divide="ignore", invalid="ignore"):
        kappa = np.where(expected < 1, (observed - expected) / (1 - expected), np.nan)
        n = 2 * units
        ones = a.sum(axis=1) + b.sum(axis=1)
        d_expected = 2 * ones * (n - ones) / (n * (n - 1))
        alpha = np.where(d_expected > 0, 1 - (1 - observed) / d_expected, np.nan)
    return kappa, alpha


def _interval(values: np.ndarray) -> tuple[float, float, int]:
    defined = values[~np.isnan(values)]
    undefined = int(values.size - defined.size)
    if defined.size == 0:
        return float("nan"), float("nan"), undefined
    low, high = np.percentile(defined, [2.5, 97.5])
    return float(low), float(high), undefined


def per_code(first: pd.DataFrame, second: pd.DataFrame, dimensions: dict[str, str],
             draws: int = DRAWS, seed: int = SEED) -> pd.DataFrame:
    """One row per code: positives, observed agreement, kappa and alpha with bootstrap intervals."""
    if not first.index.equals(second.index) or list(first.columns) != list(second.columns):
        raise ValueError("the two codings must cover the same entries and codes, in the same order")
    rng = np.random.default_rng(seed)
    resample = rng.integers(0, len(first), size=(draws, len(first)))
    rows = []
    for code in first.columns:
        a, b = first[code].to_numpy(dtype=int), second[code].to_numpy(dtype=int)
        kappa, alpha = kappa_alpha(a, b)
        boot_kappa, boot_alpha = kappa_alpha(a[resample], b[resample])
        k_low, k_high, k_undefined = _interval(boot_kappa)
        a_low, a_high, a_undefined = _interval(boot_alpha)
        rows.append({
            "code_id": code, "dimension": dimensions[code], "n": len(a),
            "first_positive": int(a.sum()), "second_positive": int(b.sum()),
            "both_positive": int((a & b).sum()), "disagreements": int((a != b).sum()),
            "observed_agreement": float((a == b).mean()),
            "cohen_kappa": float(kappa[0]), "kappa_low": k_low, "kappa_high": k_high,
            "krippendorff_alpha": float(alpha[0]), "alpha_low": a_low, "alpha_high": a_high,
            "draws": draws, "draws_undefined": max(k_undefined, a_undefined),
        })
    return pd.DataFrame(rows)
