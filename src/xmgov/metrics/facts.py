"""The numbers and short phrases the chapter's prose quotes, computed here and glued there.

Each function returns a flat dict (name → int, float or str) for one section of the chapter, so the
notebook only calls `xmgov.book.glue_facts(facts.<section>(…), prefix="metrics_")` and no number,
percentage or list is formatted in a notebook cell.
"""

from __future__ import annotations

import pandas as pd

from ..book import counted
from ..collaboration.recognition import reconcile
from . import claims as ev_claims
from . import contested, display, indicators, inventory, lacunae, magnitudes, profile
from .frame import entry_recognition

HIGH_RATE = 90  # per cent: the chapter notes how many reported rates are at or above this


def share(name: str, count, total: int) -> dict:
    """`<name>_n` (the count) and `<name>_pct` (`40%`; a dash when there is no base)."""
    count = int(count)
    return {f"{name}_n": count, f"{name}_pct": f"{count / total:.0%}" if total else "–"}


def number(x) -> int | float:
    """An integer-valued number as an int (a median of 1, not 1.0), else the float."""
    x = float(x)
    return int(x) if x.is_integer() else x


def ids(values) -> str:
    """Entry ids as prose: `G01, P07` or `none`."""
    values = sorted(values)
    return ", ".join(values) if values else "none"


def inventory_facts(metrics: pd.DataFrame, entries: pd.DataFrame) -> dict:
    counts = inventory.per_entry(metrics, entries)
    kinds = inventory.kind_by_category(metrics, entries)
    reporting = inventory.entries_reporting(metrics, entries)
    units = inventory.units(metrics)
    quals = inventory.qualifiers(metrics)
    none = inventory.without_quantities(metrics, entries)
    n = len(entries)
    out = {"entries": n, "quantities": len(metrics), "without_quantities": len(none),
           "without_ids": ids(none["entry_id"]), "max_per_entry": int(counts["n_quantities"].max()),
           "median_per_entry": number(counts["n_quantities"].median()), "units": len(units),
           "top_units": ", ".join(f"{u} ({k})" for u, k in units[["unit", "quantities"]].head(5).itertuples(index=False))}
    out["without_quantities_entries"] = counted(len(none), "entry", "entries")
    out |= share("with_quantities", (counts["n_quantities"] > 0).sum(), n)
    for kind in kinds.index.drop("total"):
        out[f"kind_{kind}"] = int(kinds.loc[kind, "total"])
        out |= share(f"entries_{kind}", reporting.loc["all", kind], n)
        out[f"entries_{kind}_entries"] = counted(reporting.loc["all", kind], "entry", "entries")
    out |= share("qualified", quals.loc[quals["reading"] != "exact", "quantities"].sum(), len(metrics))
    words = inventory.qualifier_words(metrics)
    for reading in inventory.READINGS[1:]:
        key = reading.replace(" ", "_")
        out[f"reading_{key}"] = int(quals.loc[quals["reading"] == reading, "quantities"].sum())
        out[f"words_{key}"] = words[reading] or "none"
    return out


def profile_facts(ind: pd.DataFrame) -> dict:
    n = len(ind)
    out = {}
    for key, col in (("outcome", "has_outcome"), ("baseline", "has_baseline"), ("window", "has_time_window"),
                     ("recognition", "has_external_recognition"), ("national", "has_national_recognition"),
                     ("novelty", "has_novelty_claim")):
        out |= share(f"has_{key}", ind[col].sum(), n)
    with_rate = ind["has_denominator"].notna()
    out["with_rate"] = int(with_rate.sum())
    out["rate_with_base"] = int(ind.loc[with_rate, "has_denominator"].astype(bool).sum())
    both = ind["has_outcome"] & ind["has_baseline"]
    full = both & ind["has_time_window"] & ind["has_external_recognition"]
    nothing = ~ind[["has_outcome", "has_baseline", "has_time_window", "has_external_recognition"]].any(axis=1)
    out |= share("outcome_and_baseline", both.sum(), n) | share("full", full.sum(), n)
    out |= share("nothing", nothing.sum(), n)
    out["full_ids"] = ids(ind.loc[full, "entry_id"])
    out["full_entries"] = counted(full.sum(), "entry", "entries")
    out["rate_with_base_of"] = f"{out['rate_with_base']} of them"
    return out


def score_facts(ind: pd.DataFrame) -> dict:
    table = profile.scores(ind)
    ranking = profile.category_ranking(ind)
    n = len(ind)
    out = {"ranking_stable": "in the same order under every weighting" if profile.ranking_is_stable(ind)
           else "in a different order under at least one weighting",
           "tau_min": float(profile.entry_rank_agreement(ind)["kendall_tau_vs_equal"].min()),
           "score_median": float(table["equal"].median()),
           "top_category": display._name(ranking["rank"]["equal"].idxmin())}
    return out | share("score_zero", (table["equal"] == 0).sum(), n) | share("score_half", (table["equal"] >= 0.5).sum(), n)


def magnitude_facts(money: pd.DataFrame, people: pd.DataFrame, rates: pd.DataFrame, pairs: pd.DataFrame) -> dict:
    return {"money_n": len(money), "money_entries": money["entry_id"].nunique(), "people_n": len(people),
            "people_times": int((people["unit"] == "人次").sum()), "rates_n": len(rates),
            "rates_entries": rates["entry_id"].nunique(), "rates_bounded": int((rates["reading"] != "exact").sum()),
            "rates_high": int((rates["value"] >= HIGH_RATE).sum()), "high_rate": HIGH_RATE, "pairs_n": len(pairs),
            "pairs_entries": pairs["entry_id"].nunique(), "pairs_converted": magnitudes.conversion_note(pairs) or "none"}


def claims_facts(claims: pd.DataFrame, entries: pd.DataFrame, agencies: pd.DataFrame, ind: pd.DataFrame,
                 entry_agencies: pd.DataFrame | None = None) -> dict:
    novelty = ev_claims.novelty_by_level(claims, entries)
    rec = ev_claims.recognition(claims, entries, agencies)
    by_kind = ev_claims.recognition_by_level_kind(claims, entries)
    bodies = ev_claims.recognition_by_body(claims, entries, agencies)
    national = ev_claims.national_recognition(claims, entries, agencies)
    honours = ev_claims.individual_honours(claims)
    named = bodies["body_name"] != ev_claims.UNNAMED_BODY
    out = {"novelty_claims": int((claims["claim_type"] == "novelty").sum()),
           "novelty_national_claims": int(novelty.loc[("claims", "national"), "total"]),
           "recognition_claims": len(rec), "named_bodies": bodies.loc[named, "body_name"].nunique(),
           "claims_body_named": int(bodies.loc[named, "claims"].sum()),
           "claims_body_unnamed": int(bodies.loc[~named, "claims"].sum()),
           "recognition_claims_all": int((claims["claim_type"] == "recognition").sum()),
           "national_entries": national["entry_id"].nunique(), "national_claims": len(national),
           "individual_honours": len(honours), "individual_honours_ids": ids(set(honours["entry_id"]))}
    out |= share("novelty_national_entries", (ind["novelty_level"] == "national").sum(), len(ind))
    for kind in ev_claims.RECOGNITION_KINDS:
        out[f"rec_{kind}"] = int(by_kind.loc["total", kind])
    if entry_agencies is not None:
        out |= {f"reconcile_{k}": v for k, v in reconcile(entry_recognition(claims), entry_agencies).items()
                if isinstance(v, int)}
    return out | recipient_facts(claims, entries, ind)


def recipient_facts(claims: pd.DataFrame, entries: pd.DataFrame, ind: pd.DataFrame) -> dict:
    """Recognition of the whole city or of an office, and what the counts would be without it
    (the other indicators do not depend on recognition, so only recognition is recomputed)."""
    flagged = ev_claims.recipient_not_practice(claims)
    keys = set(zip(flagged["entry_id"], flagged["span"]))
    without = entry_recognition(claims)
    without = without[[k not in keys for k in zip(without["entry_id"], without["span"])]]
    level = (without.groupby("entry_id")["level"].agg(indicators.highest_level)
             .reindex(ind["entry_id"]).fillna("").to_numpy())
    has = pd.Series(level != "", index=ind.index)
    full = ind["has_outcome"] & ind["has_baseline"] & ind["has_time_window"] & has
    lost = sorted(set(flagged["entry_id"]) - set(without["entry_id"]))
    return {"recipient_claims": counted(len(flagged), "claim", "claims"), "recipient_ids": ids(set(flagged["entry_id"])),
            "recipient_list": " and ".join(f"{r.entry_id} ({r.recipient})" for r in flagged.itertuples()) or "none",
            "recipient_lose_ids": ids(lost), "recipient_lose": counted(len(lost), "entry", "entries"),
            "recognition_without_recipient_n": int(has.sum()),
            "national_without_recipient_n": int((level == "national").sum()),
            "full_without_recipient": counted(full.sum(), "entry", "entries"),
            "full_without_recipient_ids": ids(ind.loc[full, "entry_id"])}


def lacunae_facts(cuts: pd.DataFrame, metrics: pd.DataFrame, entries: pd.DataFrame, ind: pd.DataFrame) -> dict:
    lost = lacunae.lost_figures(cuts, entries)
    sure = lacunae.certain(lost)
    effect = lacunae.effect_on_counts(cuts, metrics, entries).set_index("count")
    emptied = lacunae.emptied_entries(cuts, metrics, entries)
    probable = lost[~sure]
    without_outcome = set(lost["entry_id"]) - set(ind.loc[ind["has_outcome"], "entry_id"])
    return {"lost_figures": len(lost), "lost_entries": lost["entry_id"].nunique(), "lacunae": len(cuts),
            "lost_certain": int(sure.sum()), "lost_certain_entries": ids(set(lost.loc[sure, "entry_id"])),
            "lost_probable": int((~sure).sum()),
            "lost_probable_list": "; ".join(f"{r.entry_id}, 「{r.clause}」 ({r.lacuna_id}, rule {r.rule}: {r.note})"
                                            for r in probable.itertuples()) or "none",
            "lost_list": lacunae.lost_list(lost[sure]),
            "emptied": counted(len(emptied), "entry", "entries"), "emptied_ids": ids(emptied),
            "emptied_by_probable": ids(set(emptied) & set(probable["entry_id"])),
            "quantities_certain": int(effect.loc["quantities", lacunae.CERTAIN_COLUMN]),
            "quantities_all_lost": int(effect.loc["quantities", lacunae.ALL_COLUMN]),
            "lost_without_outcome": counted(len(without_outcome), "entry", "entries"),
            "lost_without_outcome_n": len(without_outcome),
            "lost_without_outcome_ids": ids(without_outcome),
            "outcome_if_lost_were_outcomes": int(ind["has_outcome"].sum()) + len(without_outcome)}


def robustness_facts(metrics: pd.DataFrame, claims: pd.DataFrame, entries: pd.DataFrame) -> dict:
    tab = contested.outcome_readings(metrics, claims, entries).set_index("reading")
    n = len(entries)
    out = {"contested": int(metrics["kind_alt"].notna().sum()) if "kind_alt" in metrics else 0}
    for name in contested.READINGS:
        key = name.replace(" ", "_")
        row = tab.loc[name]
        out |= share(f"{key}_outcome_entries", row["entries with an outcome measure"], n)
        out |= share(f"{key}_outcome_baseline", row["entries with outcome and baseline"], n)
        out[f"{key}_moved"] = int(row["quantities reclassed"])
        out[f"{key}_outcome_quantities"] = int(row["outcome quantities"])
        out[f"{key}_lost_ids"] = row["entries losing the outcome indicator"] or "none"
        out[f"{key}_gained_ids"] = row["entries gaining it"] or "none"
    return out
