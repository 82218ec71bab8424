"""Per-entry evidence indicators, each a written rule applied to metrics.csv and claims.csv.

The yardstick is the OECD-DAC results chain (inputs → activities → outputs → outcomes → impact):
a count of things done (mediations held, data collected) is an output; a change in the condition
of people or places (deaths, fires, complaints, satisfaction) is an outcome. Evaluators also ask
whether a result is compared with something (a baseline), when it was measured (a time window),
what a percentage is a percentage of (a denominator) and whether anyone outside the unit has
looked at it (external recognition). The rules:

- `has_outcome`: at least one quantity of kind `outcome` or `change`, or a `rate` that measures a
  condition of people or places rather than the unit's own processing (its span or measure names
  one of OUTCOME_RATE_TERMS: satisfaction, awareness, compliance, incidence, death rate …).
  A mediation success rate or a data-collection rate is not an outcome: it describes the work.
- `has_baseline`: at least one before/after pair (a `baseline_value`), or a `change` whose
  comparison point is stated (同比 "year on year", 较/比 "compared with", 整治前 "before the
  campaign", 从…到/降至 "from … to"). A bare "下降42.5%" with no stated comparison does not count.
- `has_time_window`: at least one quantity with a `period` (a span of time or an as-of date).
- `has_denominator`: among entries that report a rate, at least one rate whose base is stated —
  a per-N rate (年万车死亡率, per 10,000 vehicles) or a `denominator` given in the data. Entries
  with no rate get <NA> (not applicable), not False.
- `has_external_recognition`: at least one recognition claim (award, listing, endorsement,
  replication) of the entry itself (not an honour for individuals, `recognized` = individuals) by a
  body other than the entry's own unit; `recognition_level` is the highest level of the
  recognising body (national > provincial > city > unknown), whatever its type (a ministry, a
  court, a jury, a newspaper: claims.recognizer_type), and unknown when that body is not
  established (全国 in a list's name says the list's reach, not its giver's level);
  `has_national_recognition` when it is national.
  The city award itself is not counted: every entry has it.
- `has_novelty_claim` with `novelty_level`, the highest level claimed (national > provincial >
  city > unspecified, a bare 首创). A claim to be first is not evidence of effect; it is profiled, not scored.
"""

from __future__ import annotations

import re

import pandas as pd

from .frame import LEVELS, NOVELTY_LEVELS, entry_recognition, require

OUTCOME_KINDS = ("outcome", "change")
OUTCOME_RATE_TERMS = (
    "满意", "知晓", "达标", "优良", "发生率", "死亡", "投诉", "发案", "警情",
    "satisf", "awareness", "compliance", "incidence", "death", "complaint", "water quality",
)
COMPARISON = re.compile(r"同比|环比|较|比上年|相比|整治前|从.{0,20}(?:提升|提高|上升|增加|下降|降低|降至|降到|减少|到|至)")
PER_N = re.compile(r"万车|每万|每千|每十万|万人|千人|十万人|per\s*\d|per 10")
INDICATORS = (
    "has_outcome",
    "has_baseline",
    "has_time_window",
    "has_denominator",
    "has_external_recognition",
    "has_novelty_claim",
)
# The indicators the prose calls core: evidence that something changed, against something, in a
# stated period, confirmed from outside.
CORE = ("has_outcome", "has_baseline", "has_time_window", "has_external_recognition")


def _text(row: pd.Series, columns: tuple[str, ...]) -> str:
    return " ".join(str(row[c]) for c in columns if c in row.index and pd.notna(row[c]))


def _filled(series: pd.Series) -> pd.Series:
    return series.notna() & (series.astype(str).str.strip() != "")


def outcome_quantity(metrics: pd.DataFrame) -> pd.Series:
    """Row-wise: is this quantity an outcome measure (rule `has_outcome` above)?"""
    require(metrics, "metrics.csv", ("kind", "span"))
    is_rate_outcome = metrics.apply(
        lambda r: r["kind"] == "rate"
        and any(t in _text(r, ("span", "measure")).lower() for t in OUTCOME_RATE_TERMS),
        axis=1,
        result_type="reduce",
    )
    return metrics["kind"].isin(OUTCOME_KINDS) | is_rate_outcome.astype(bool)


def baseline_quantity(metrics: pd.DataFrame) -> pd.Series:
    """Row-wise: does this quantity carry a stated comparison (rule `has_baseline` above)?"""
    require(metrics, "metrics.csv", ("kind", "span"))
    pair = _filled(metrics["baseline_value"]) if "baseline_value" in metrics else False
    stated = metrics.apply(
        lambda r: r["kind"] == "change"
        and bool(COMPARISON.search(_text(r, ("span", "measure", "period", "baseline_period")))),
        axis=1,
        result_type="reduce",
    )
    return pd.Series(pair, index=metrics.index) | stated.astype(bool)


def denominator_quantity(metrics: pd.DataFrame) -> pd.Series:
    """Row-wise, for rates only: is the base of the rate stated (rule `has_denominator`)?"""
    require(metrics, "metrics.csv", ("kind", "span"))
    given = _filled(metrics["denominator"]) if "denominator" in metrics else False
    per_n = metrics.apply(
        lambda r: bool(PER_N.search(_text(r, ("span", "unit", "measure")))), axis=1, result_type="reduce"
    )
    return (metrics["kind"] == "rate") & (pd.Series(given, index=metrics.index) | per_n.astype(bool))


def highest_level(levels: pd.Series, order: tuple[str, ...] = LEVELS) -> str | None:
    """The highest of `levels` in `order` (first = highest); None when there is none."""
    present = set(levels.dropna())
    unknown = present - set(order)
    if unknown:
        raise ValueError(f"claims.csv: unknown level(s) {sorted(unknown)}; expected one of {order}")
    return next((lv for lv in order if lv in present), None)


def per_entry(metrics: pd.DataFrame, claims: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """The indicators for every entry (all 70 rows), sorted by entry_id."""
    require(metrics, "metrics.csv", ("entry_id", "kind", "span"))
    require(claims, "claims.csv", ("entry_id", "claim_type", "level"))
    require(entries, "entries.csv", ("entry_id", "category"))
    m = metrics.assign(
        _outcome=outcome_quantity(metrics),
        _baseline=baseline_quantity(metrics),
        _window=_filled(metrics["period"]) if "period" in metrics else False,
        _rate=metrics["kind"] == "rate",
        _denominator=denominator_quantity(metrics),
    )
    by = m.groupby("entry_id")
    out = entries[["entry_id", "category"]].set_index("entry_id")
    out["n_quantities"] = by.size().reindex(out.index, fill_value=0)
    out["has_outcome"] = by["_outcome"].any().reindex(out.index, fill_value=False)
    out["has_baseline"] = by["_baseline"].any().reindex(out.index, fill_value=False)
    out["has_time_window"] = by["_window"].any().reindex(out.index, fill_value=False)
    has_rate = by["_rate"].any().reindex(out.index, fill_value=False)
    denom = by["_denominator"].any().reindex(out.index, fill_value=False)
    out["has_denominator"] = pd.array([d if r else pd.NA for d, r in zip(denom, has_rate)], dtype="boolean")

    rec = entry_recognition(claims)
    nov = claims[claims["claim_type"] == "novelty"]
    rec_level = rec.groupby("entry_id")["level"].agg(highest_level)
    nov_level = nov.groupby("entry_id")["level"].agg(lambda s: highest_level(s, NOVELTY_LEVELS))
    out["recognition_level"] = rec_level.reindex(out.index)
    out["has_external_recognition"] = out["recognition_level"].notna()
    out["has_national_recognition"] = out["recognition_level"] == "national"
    out["novelty_level"] = nov_level.reindex(out.index)
    out["has_novelty_claim"] = out["novelty_level"].notna()
    for col in ("has_outcome", "has_baseline", "has_time_window", "has_external_recognition",
                "has_national_recognition", "has_novelty_claim"):
        out[col] = out[col].astype("boolean").fillna(False).astype(bool)
    stray = sorted((set(metrics["entry_id"]) | set(claims["entry_id"])) - set(out.index))
    if stray:
        raise ValueError(f"metrics.csv/claims.csv: entry_id(s) {', '.join(stray)} not in entries.csv")
    return out.reset_index().sort_values("entry_id", ignore_index=True)
