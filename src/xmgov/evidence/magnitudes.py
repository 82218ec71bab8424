"""Quantities that can share an axis: money, people, rates, and before/after pairs.

Only like is put with like. Money is in 元; people are persons (名/人) or person-times (人次),
kept apart by unit because one person served twice is two 人次. Nothing here is summed across
entries: the amounts measure different things (money stopped, returned, saved, in dispute), and
the chapter says so. Rates are percentages of different bases and are shown, not compared.
"""

from __future__ import annotations

import pandas as pd

from .frame import entry_labels, require, with_category
from .inventory import with_reading

MONEY_UNITS = ("元",)
PEOPLE_UNITS = ("人次", "名", "人")
RATE_UNITS = ("%",)
_COLUMNS = ("entry_id", "category", "label", "span", "measure", "value", "unit", "qualifier", "reading", "period")


def _select(metrics: pd.DataFrame, entries: pd.DataFrame, mask: pd.Series) -> pd.DataFrame:
    m = with_reading(metrics[mask])
    m = with_category(m, entries, "metrics.csv")
    m["label"] = m["entry_id"].map(entry_labels(entries))
    for col in ("measure", "period"):
        if col not in m:
            m[col] = pd.NA
    return m[list(_COLUMNS)]


def money(metrics: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Every amount in 元 (value already expanded from 万/亿), largest first."""
    require(metrics, "metrics.csv", ("entry_id", "value", "unit", "kind", "qualifier"))
    out = _select(metrics, entries, metrics["unit"].isin(MONEY_UNITS))
    return out.sort_values(["value", "entry_id"], ascending=[False, True], ignore_index=True)


def people(metrics: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Every count of people (名/人) or person-times (人次), largest first within unit."""
    require(metrics, "metrics.csv", ("entry_id", "value", "unit", "kind", "qualifier"))
    out = _select(metrics, entries, metrics["unit"].isin(PEOPLE_UNITS) & (metrics["kind"] != "change"))
    return out.sort_values(["unit", "value", "entry_id"], ascending=[True, False, True], ignore_index=True)


def rates(metrics: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Every level stated as a percentage (kind `rate`, or a before/after pair's end point).

    Percentage changes (`下降35.80%`) are changes, not levels, and are left out.
    """
    require(metrics, "metrics.csv", ("entry_id", "value", "unit", "kind", "qualifier"))
    is_level = metrics["kind"] != "change"
    if "baseline_value" in metrics:
        is_level = is_level | metrics["baseline_value"].notna()
    out = _select(metrics, entries, metrics["unit"].isin(RATE_UNITS) & is_level)
    return out.sort_values(["category", "entry_id", "value"], ignore_index=True)


def pairs(metrics: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Every before/after pair: baseline and reported value, with periods where given."""
    require(metrics, "metrics.csv", ("entry_id", "value", "unit", "baseline_value"))
    out = _select(metrics, entries, metrics["baseline_value"].notna())
    out.insert(6, "baseline_value", metrics.loc[metrics["baseline_value"].notna(), "baseline_value"].to_numpy())
    if "baseline_period" in metrics:
        out["baseline_period"] = metrics.loc[metrics["baseline_value"].notna(), "baseline_period"].to_numpy()
    out["direction"] = ["up" if v > b else "down" if v < b else "flat"
                        for b, v in zip(out["baseline_value"], out["value"])]
    return out.sort_values(["entry_id", "span"], ignore_index=True)
