"""Quantities that can share an axis: money, people, rates, and before/after pairs.

Only like is put with like. Money is in 元; people are persons (名/人) or person-times (人次),
kept apart by unit because one person served twice is two 人次. Nothing here is summed across
entries: the amounts measure different things (money stopped, returned, saved, in dispute), and
the chapter says so. Rates are percentages of different bases and are shown, not compared.
"""

from __future__ import annotations

import pandas as pd

from .frame import axis_labels, require, with_category
from .glosses import measure_en
from .inventory import reading, with_reading

MONEY_UNITS = ("元",)
PEOPLE_UNITS = ("人次", "名", "人")
RATE_UNITS = ("%",)
# Durations in days, to put a before/after pair stated in different time units on one axis.
DAYS = {"日": 1, "天": 1, "个月": 30, "月": 30, "年": 365}
TIME_UNITS_EN = {"日": ("day", "days"), "天": ("day", "days"), "个月": ("month", "months"),
                 "月": ("month", "months"), "年": ("year", "years")}
_COLUMNS = ("entry_id", "category", "label", "span", "measure", "measure_en", "value", "unit", "qualifier", "reading", "period")


def _select(metrics: pd.DataFrame, entries: pd.DataFrame, mask: pd.Series) -> pd.DataFrame:
    m = with_reading(metrics[mask])
    m = with_category(m, entries, "metrics.csv")
    m["label"] = m["entry_id"].map(axis_labels(entries))
    for col in ("measure", "period"):
        if col not in m:
            m[col] = pd.NA
    m["measure_en"] = [measure_en(v, e) for v, e in zip(m["measure"], m["entry_id"])]
    return m[list(_COLUMNS)]


def money(metrics: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Every amount in 元 (value already expanded from 万/亿), largest first."""
    require(metrics, "metrics.csv", ("entry_id", "value", "unit", "kind", "qualifier"))
    out = _select(metrics, entries, metrics["unit"].isin(MONEY_UNITS))
    return out.sort_values(["value", "entry_id"], ascending=[False, True], ignore_index=True)


def honoured_people(metrics: pd.DataFrame, claims: pd.DataFrame | None) -> pd.Series:
    """Row-wise: does this quantity count people *honoured* (it sits inside a recognition claim of
    individuals, as 2人 in 其中2人被评选为…表彰对象) rather than people served?"""
    flag = pd.Series(False, index=metrics.index)
    if claims is None or not {"start", "end", "recognized"} <= set(claims) or not {"start", "end"} <= set(metrics):
        return flag
    honours = claims[(claims["claim_type"] == "recognition") & (claims["recognized"] == "individuals")]
    for h in honours.itertuples():
        flag |= ((metrics["entry_id"] == h.entry_id) & (metrics["start"] >= h.start) & (metrics["end"] <= h.end))
    return flag


def people(metrics: pd.DataFrame, entries: pd.DataFrame, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every count of people served or acted on, largest first within `people` (persons or person-times).

    Persons are 人 or 名 (two measure words for the same thing); person-times (人次) count a person
    twice if served twice. Left out: ranks (kind `rank`, 前30名 "within the top 30" is a position,
    not thirty people), changes, and people honoured (see `honoured_people`; needs `claims`).
    """
    require(metrics, "metrics.csv", ("entry_id", "value", "unit", "kind", "qualifier"))
    counts = (metrics["unit"].isin(PEOPLE_UNITS) & ~metrics["kind"].isin(("change", "rank"))
              & ~honoured_people(metrics, claims))
    out = _select(metrics, entries, counts)
    out["people"] = out["unit"].map(lambda u: "person-times" if u == "人次" else "persons")
    return out.sort_values(["people", "value", "entry_id"], ascending=[False, False, True], ignore_index=True)


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
    """Every before/after pair: baseline and reported value, with periods where given.

    A baseline in another time unit (6个月 before, 5日 after) is converted to the reported unit
    with DAYS and flagged in `converted`; any other unit mismatch is an error.
    """
    require(metrics, "metrics.csv", ("entry_id", "value", "unit", "baseline_value"))
    has = metrics["baseline_value"].notna()
    src = metrics[has]
    out = _select(metrics, entries, has)
    base = src["baseline_value"].astype(float).to_numpy().copy()
    base_unit = src["baseline_unit"].fillna(src["unit"]) if "baseline_unit" in src else src["unit"]
    converted = []
    for k, (bu, u, e) in enumerate(zip(base_unit, src["unit"], src["entry_id"])):
        if bu == u:
            converted.append("")
        elif bu in DAYS and u in DAYS:
            base[k] = base[k] * DAYS[bu] / DAYS[u]
            converted.append(f"baseline {src['baseline_value'].iloc[k]:g}{bu} shown as {base[k]:g}{u}, at "
                             f"{DAYS[bu] / DAYS[u]:g} {TIME_UNITS_EN[u][1]} per {TIME_UNITS_EN[bu][0]}")
        else:
            raise ValueError(f"metrics.csv, entry {e}: baseline unit {bu!r} differs from unit {u!r} "
                             "and cannot be converted")
    out.insert(6, "baseline_value", base)
    out["converted"] = converted
    bq = src["baseline_qualifier"] if "baseline_qualifier" in src else pd.Series(pd.NA, index=src.index)
    out["baseline_reading"] = [reading(q, f", entry {e}") for q, e in zip(bq, src["entry_id"])]
    if "baseline_period" in metrics:
        out["baseline_period"] = src["baseline_period"].to_numpy()
    out["direction"] = ["up" if v > b else "down" if v < b else "flat"
                        for b, v in zip(out["baseline_value"], out["value"])]
    return out.sort_values(["entry_id", "span"], ignore_index=True)


def conversion_note(pairs: pd.DataFrame) -> str:
    """One sentence per converted pair, quoting the source: `C09 (“5日内…6个月以上…”): baseline 6个月
    shown as 180日, at 30 days per month.`; empty when nothing was converted."""
    done = pairs[pairs["converted"] != ""] if "converted" in pairs else pairs.iloc[0:0]
    return " ".join(f"{r.entry_id} (“{r.span}”): {r.converted}." for r in done.itertuples())
