"""The numbers and short phrases the chapter's prose quotes, computed here and glued there.

Each function returns a flat dict (glue name → int, float or str) for one section of the chapter,
every name written out as the prose quotes it, so the chapter's `facts` only merges them and no
number, percentage or list is formatted in a notebook cell.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..wording import counted
from ..collaboration.recognition import reconcile
from ..dataset.external import publisher
from . import claims as ev_claims
from . import contested, display, indicators, inventory, lacunae, magnitudes, profile
from .frame import entry_recognition

HIGH_RATE = 90  # per cent: the chapter notes how many reported rates are at or above this
# How the prose names each type of recognising body inside a sentence.
TYPE_PHRASES = {"central_organ": "a central organ", "supreme_judicial": "the supreme court or procuratorate",
                "academic_award": "a national academic award", "media_or_portal": "media, a publisher or a portal",
                "provincial_organ": "a provincial organ", "city_organ": "a city organ",
                "other_localities": "other localities", "unknown": "a body whose type was not established"}


def pct(count, total: int) -> str:
    """A count as a share of `total`, as the prose prints it: `40%` (a dash when there is no base)."""
    return f"{int(count) / total:.0%}" if total else "–"


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
    kinds = inventory.kind_by_category(metrics, entries)["total"]
    reporting = inventory.entries_reporting(metrics, entries).loc["all"]
    units = inventory.units(metrics)
    quals = inventory.qualifiers(metrics)
    reading = lambda name: int(quals.loc[quals["reading"] == name, "quantities"].sum())
    qualified = int(quals.loc[quals["reading"] != "exact", "quantities"].sum())
    words = inventory.qualifier_words(metrics)
    none = inventory.without_quantities(metrics, entries)
    with_quantities = int((counts["n_quantities"] > 0).sum())
    n = len(entries)
    return {
        "metrics_entries": n, "metrics_quantities": len(metrics),
        "metrics_without_ids": ids(none["entry_id"]),
        "metrics_without_quantities_entries": counted(len(none), "entry", "entries"),
        "metrics_max_per_entry": int(counts["n_quantities"].max()),
        "metrics_median_per_entry": number(counts["n_quantities"].median()), "metrics_units": len(units),
        "metrics_top_units": ", ".join(f"{u} ({k})" for u, k
                                       in units[["unit", "quantities"]].head(5).itertuples(index=False)),
        "metrics_with_quantities_n": with_quantities, "metrics_with_quantities_pct": pct(with_quantities, n),
        "metrics_kind_scale": int(kinds["scale"]), "metrics_kind_output": int(kinds["output"]),
        "metrics_kind_outcome": int(kinds["outcome"]), "metrics_kind_rate": int(kinds["rate"]),
        "metrics_kind_money": int(kinds["money"]), "metrics_kind_change": int(kinds["change"]),
        "metrics_kind_rank": int(kinds["rank"]),
        "metrics_entries_output_pct": pct(reporting["output"], n),
        "metrics_entries_output_entries": counted(reporting["output"], "entry", "entries"),
        "metrics_entries_outcome_n": int(reporting["outcome"]),
        "metrics_entries_outcome_pct": pct(reporting["outcome"], n),
        "metrics_entries_outcome_entries": counted(reporting["outcome"], "entry", "entries"),
        "metrics_entries_change_pct": pct(reporting["change"], n),
        "metrics_entries_change_entries": counted(reporting["change"], "entry", "entries"),
        "metrics_qualified_n": qualified, "metrics_qualified_pct": pct(qualified, len(metrics)),
        "metrics_reading_lower_bound": reading("lower bound"),
        "metrics_reading_upper_bound": reading("upper bound"),
        "metrics_reading_approximate": reading("approximate"),
        "metrics_words_lower_bound": words["lower bound"] or "none",
        "metrics_words_upper_bound": words["upper bound"] or "none",
        "metrics_words_approximate": words["approximate"] or "none",
    }


def profile_facts(ind: pd.DataFrame) -> dict:
    n = len(ind)
    outcome, baseline, window, recognition, national, novelty = (int(ind[column].sum()) for column in (
        "has_outcome", "has_baseline", "has_time_window", "has_external_recognition",
        "has_national_recognition", "has_novelty_claim"))
    with_rate = ind["has_denominator"].notna()
    rate_with_base = int(ind.loc[with_rate, "has_denominator"].astype(bool).sum())
    both = ind["has_outcome"] & ind["has_baseline"]
    full = ind[list(indicators.CORE)].astype(bool).all(axis=1)
    nothing = ~ind[list(indicators.CORE)].astype(bool).any(axis=1)
    return {
        "metrics_has_outcome_n": outcome, "metrics_has_outcome_pct": pct(outcome, n),
        "metrics_has_baseline_n": baseline, "metrics_has_baseline_pct": pct(baseline, n),
        "metrics_has_window_n": window, "metrics_has_window_pct": pct(window, n),
        "metrics_has_recognition_n": recognition, "metrics_has_recognition_pct": pct(recognition, n),
        "metrics_has_national_n": national, "metrics_has_national_pct": pct(national, n),
        "metrics_has_novelty_n": novelty, "metrics_has_novelty_pct": pct(novelty, n),
        "metrics_with_rate": int(with_rate.sum()), "metrics_rate_with_base_of": f"{rate_with_base} of them",
        "metrics_outcome_and_baseline_n": int(both.sum()), "metrics_outcome_and_baseline_pct": pct(both.sum(), n),
        "metrics_nothing_n": int(nothing.sum()), "metrics_nothing_pct": pct(nothing.sum(), n),
        "metrics_full_ids": ids(ind.loc[full, "entry_id"]),
        "metrics_full_entries": counted(full.sum(), "entry", "entries"),
        "metrics_n_indicators": len(indicators.INDICATORS), "metrics_n_core": len(indicators.CORE),
        "metrics_n_scored": len(profile.SCORED), "metrics_n_weightings": len(profile.WEIGHTINGS),
    }


def example_entries(entries: pd.DataFrame, *terms: str) -> dict:
    """The entries whose description uses a term the prose quotes as an example, by term."""
    return {term: ids(entries.loc[entries["description"].str.contains(term, regex=False), "entry_id"])
            for term in terms}


def contested_example_facts(entries: pd.DataFrame) -> dict:
    found = example_entries(entries, "返还资金", "发放案款")
    return {"metrics_refund_ids": found["返还资金"], "metrics_payout_ids": found["发放案款"]}


def score_facts(ind: pd.DataFrame) -> dict:
    equal = profile.scores(ind)["equal"]
    ranking = profile.category_ranking(ind)
    zero, half, n = int((equal == 0).sum()), int((equal >= 0.5).sum()), len(ind)
    return {"metrics_ranking_stable": "in the same order under every weighting" if profile.ranking_is_stable(ind)
            else "in a different order under at least one weighting",
            "metrics_tau_min": float(profile.entry_rank_agreement(ind)["kendall_tau_vs_equal"].min()),
            "metrics_score_median": float(equal.median()),
            "metrics_top_category": display._name(ranking["rank"]["equal"].idxmin()),
            "metrics_score_zero_n": zero, "metrics_score_zero_pct": pct(zero, n),
            "metrics_score_half_n": half, "metrics_score_half_pct": pct(half, n)}


def magnitude_facts(money: pd.DataFrame, people: pd.DataFrame, rates: pd.DataFrame, pairs: pd.DataFrame) -> dict:
    return {"metrics_money_n": len(money), "metrics_money_entries": money["entry_id"].nunique(),
            "metrics_people_n": len(people), "metrics_people_times": int((people["unit"] == "人次").sum()),
            "metrics_rates_n": len(rates), "metrics_rates_entries": rates["entry_id"].nunique(),
            "metrics_rates_bounded": int((rates["reading"] != "exact").sum()),
            "metrics_rates_high": int((rates["value"] >= HIGH_RATE).sum()), "metrics_high_rate": HIGH_RATE,
            "metrics_pairs_n": len(pairs), "metrics_pairs_entries": pairs["entry_id"].nunique(),
            "metrics_pairs_converted": magnitudes.conversion_note(pairs) or "none"}


def claims_facts(claims: pd.DataFrame, entries: pd.DataFrame, agencies: pd.DataFrame, ind: pd.DataFrame) -> dict:
    novelty = ev_claims.novelty_by_level(claims, entries)
    rec = ev_claims.recognition(claims, entries, agencies)
    by_kind = ev_claims.recognition_by_level_kind(claims, entries).loc["total"]
    bodies = ev_claims.recognition_by_body(claims, entries, agencies)
    national = ev_claims.national_recognition(claims, entries, agencies)
    honours = ev_claims.individual_honours(claims)
    named = bodies["body_name"] != ev_claims.UNNAMED_BODY
    novelty_national = int((ind["novelty_level"] == "national").sum())
    return {"metrics_novelty_claims": int((claims["claim_type"] == "novelty").sum()),
            "metrics_novelty_national_claims": int(novelty.loc[("claims", "national"), "total"]),
            "metrics_novelty_national_entries_n": novelty_national,
            "metrics_novelty_national_entries_pct": pct(novelty_national, len(ind)),
            "metrics_recognition_claims": len(rec),
            "metrics_named_bodies": bodies.loc[named, "body_name"].nunique(),
            "metrics_claims_body_named": int(bodies.loc[named, "claims"].sum()),
            "metrics_claims_body_unnamed": int(bodies.loc[~named, "claims"].sum()),
            "metrics_recognition_claims_all": int((claims["claim_type"] == "recognition").sum()),
            "metrics_national_entries": national["entry_id"].nunique(), "metrics_national_claims": len(national),
            "metrics_individual_honours": len(honours),
            "metrics_individual_honours_ids": ids(set(honours["entry_id"])),
            "metrics_rec_award": int(by_kind["award"]), "metrics_rec_listing": int(by_kind["listing"]),
            "metrics_rec_endorsement": int(by_kind["endorsement"]),
            "metrics_rec_replication": int(by_kind["replication"]),
            "metrics_team_honour_ids": ids(set(ev_claims.team_honours(claims)["entry_id"]))}


@dataclass(frozen=True)
class RecognizerTypes:
    """Recognition claims by the type of the recognising body, computed once for both editions."""

    counts: pd.Series  # claims per recognizer type
    unknown: pd.DataFrame  # claims whose body's type is unknown
    unnamed: int  # of those, claims that name no body at all
    outside: pd.DataFrame  # entries whose recognizer type rests on an outside page
    national: pd.DataFrame  # entries with national recognition, by the types of its bodies
    others: pd.DataFrame  # of those, entries recognised nationally by no state body
    other_groups: dict[str, pd.Series]  # recognizer type -> those entries' ids (types present only)


def recognizer_types(claims: pd.DataFrame, entries: pd.DataFrame) -> RecognizerTypes:
    rec = ev_claims.recognition(claims, entries)
    unknown = rec[rec["recognizer_type"] == "unknown"]
    coded = entry_recognition(claims)
    national = ev_claims.national_by_type(claims, entries)
    others = national[~national["state"]]
    groups = {t: others.loc[others["types"].map(lambda x: t in x), "entry_id"]
              for t in ev_claims.RECOGNIZER_TYPE_IDS}
    return RecognizerTypes(
        rec["recognizer_type"].value_counts(), unknown,
        int((unknown["body_name"] == ev_claims.UNNAMED_BODY).sum()),
        coded[coded["recognizer_source_url"].notna() & (coded["recognizer_type"] != "unknown")],
        national, others, {t: ids_ for t, ids_ in groups.items() if len(ids_)})


def recognizer_type_facts(claims: pd.DataFrame, entries: pd.DataFrame) -> dict:
    """Recognition claims of entries by the type of the recognising body, how the unknown types
    and those resting on an outside page came about, and what national recognition is made of."""
    r = recognizer_types(claims, entries)
    n, unknown, unnamed, outside, national, others = (r.counts, r.unknown, r.unnamed, r.outside,
                                                      r.national, r.others)
    groups = [f"{TYPE_PHRASES[t]} ({ids(members)})" for t, members in r.other_groups.items()]
    return {"metrics_rectype_central_organ": int(n.get("central_organ", 0)),
            "metrics_rectype_supreme_judicial": int(n.get("supreme_judicial", 0)),
            "metrics_rectype_academic_award": int(n.get("academic_award", 0)),
            "metrics_rectype_media_or_portal": int(n.get("media_or_portal", 0)),
            "metrics_rectype_provincial_organ": int(n.get("provincial_organ", 0)),
            "metrics_rectype_city_organ": int(n.get("city_organ", 0)),
            "metrics_rectype_other_localities": int(n.get("other_localities", 0)),
            "metrics_rectype_unknown": len(unknown), "metrics_rectype_unknown_unnamed": unnamed,
            "metrics_rectype_unknown_named": counted(len(unknown) - unnamed, "claim", "claims"),
            "metrics_rectype_outside": counted(len(outside), "type rests", "types rest"),
            "metrics_rectype_outside_ids": ids(outside["entry_id"]),
            "metrics_rectype_outside_publishers": publishers(outside["recognizer_source_url"]),
            "metrics_national_state_entries": int(national["state"].sum()),
            "metrics_national_other_entries": len(others),
            "metrics_national_other_text": "; ".join(groups) or "none"}


def publishers(urls, with_basis: bool = False) -> str:
    """The publishers of pages, as data/external/source_hosts.csv names them (with the table's basis
    for their class when `with_basis`), or `none`."""
    return "; ".join(sorted({publisher(u, with_basis=with_basis) for u in urls.dropna()})) or "none"


def novelty_lead_facts(claims: pd.DataFrame, entries: pd.DataFrame) -> dict:
    """Novelty claims whose outside lead states the same first — it repeats the claim, on a page of
    a trusted publisher class or of another — or a different first (it does not speak to the claim),
    and how many claims no outside page repeats."""
    leads = ev_claims.novelty_leads(claims, entries)
    novelty = int((claims["claim_type"] == "novelty").sum())

    def listed(kind: str) -> str:
        rows = leads[leads["corroboration"] == kind]
        return counted(len(rows), "claim", "claims") + (
            f" ({'; '.join(f'{r.entry_id}, {r.span}' for r in rows.itertuples())})" if len(rows) else "")

    trusted = leads[leads["corroboration"] == "trusted_lead"]
    other = leads[leads["corroboration"] == "other_first"]
    return {"metrics_novelty_trusted_text": listed("trusted_lead"),
            "metrics_novelty_trusted_publishers": publishers(trusted["corroboration_url"], with_basis=True),
            "metrics_novelty_untrusted_text": listed("untrusted_lead"),
            "metrics_novelty_other_first_text": "; ".join(f"{r.entry_id} ({r.span})" for r in other.itertuples())
                                                or "none",
            "metrics_novelty_other_first_words": "; ".join(f"「{w}」" for w in other["corroboration_words"]) or "none",
            "metrics_novelty_not_repeated": novelty - int(leads["corroboration"].isin(ev_claims.REPEATED).sum())}


def repeated_novelty_text(claims: pd.DataFrame) -> str:
    """'1 entry (P04)': the entries with a claim to be first that a page of a trusted publisher
    repeats (claims.corroboration = trusted_lead: it states the same first, which does not check
    it), for the key findings and the conclusions."""
    repeated = set(claims.loc[claims["corroboration"] == "trusted_lead", "entry_id"])
    return counted(len(repeated), "entry", "entries") + (f" ({ids(repeated)})" if repeated else "")


def reconcile_facts(claims: pd.DataFrame, entry_agencies: pd.DataFrame) -> dict:
    """Entries recognised, with and without a named recogniser, counted over both bases."""
    counts = reconcile(entry_recognition(claims), entry_agencies)
    return {"metrics_reconcile_entries_recognised": counts["entries_recognised"],
            "metrics_reconcile_entries_body_named": counts["entries_body_named"],
            "metrics_reconcile_entries_body_unnamed": counts["entries_body_unnamed"]}


@dataclass(frozen=True)
class WithoutRecipient:
    """Recognition counted without the claims that recognise the whole city or an office rather
    than the practice, computed once for both editions."""

    flagged: pd.DataFrame  # the claims set aside
    level: pd.Series  # each entry's highest recognition level without them ('' for none)
    full: pd.Series  # entries with all four indicators without them
    lost: list[str]  # entries that lose all their recognition


def without_recipient(claims: pd.DataFrame, ind: pd.DataFrame) -> WithoutRecipient:
    flagged = ev_claims.recipient_not_practice(claims)
    keys = set(zip(flagged["entry_id"], flagged["span"]))
    without = entry_recognition(claims)
    without = without[[k not in keys for k in zip(without["entry_id"], without["span"])]]
    level = (without.groupby("entry_id")["level"].agg(indicators.highest_level)
             .reindex(ind["entry_id"]).fillna(""))
    level.index = ind.index
    full = ind["has_outcome"] & ind["has_baseline"] & ind["has_time_window"] & (level != "")
    return WithoutRecipient(flagged, level, full, sorted(set(flagged["entry_id"]) - set(without["entry_id"])))


def recipient_facts(claims: pd.DataFrame, entries: pd.DataFrame, ind: pd.DataFrame) -> dict:
    """Recognition of the whole city or of an office, and what the counts would be without it
    (the other indicators do not depend on recognition, so only recognition is recomputed)."""
    w = without_recipient(claims, ind)
    return {"metrics_recipient_claims": counted(len(w.flagged), "claim", "claims"),
            "metrics_recipient_list": " and ".join(f"{r.entry_id} ({r.recipient})"
                                                   for r in w.flagged.itertuples()) or "none",
            "metrics_recipient_lose_ids": ids(w.lost),
            "metrics_recognition_without_recipient_n": int((w.level != "").sum()),
            "metrics_national_without_recipient_n": int((w.level == "national").sum()),
            "metrics_full_without_recipient": counted(int(w.full.sum()), "entry", "entries")}


def lacunae_facts(cuts: pd.DataFrame, metrics: pd.DataFrame, entries: pd.DataFrame, ind: pd.DataFrame) -> dict:
    lost = lacunae.lost_figures(cuts, entries)
    sure = lacunae.certain(lost)
    effect = lacunae.effect_on_counts(cuts, metrics, entries).set_index("count")
    emptied = lacunae.emptied_entries(cuts, metrics, entries)
    probable = lost[~sure]
    without_outcome = set(lost["entry_id"]) - set(ind.loc[ind["has_outcome"], "entry_id"])
    return {"metrics_lacunae": len(cuts),
            "metrics_lost_certain": int(sure.sum()),
            "metrics_lost_certain_entries": ids(set(lost.loc[sure, "entry_id"])),
            "metrics_lost_probable": int((~sure).sum()),
            "metrics_lost_probable_list": "; ".join(
                f"{r.entry_id}, 「{r.clause}」 ({r.lacuna_id}, rule {r.rule}: {r.note})"
                for r in probable.itertuples()) or "none",
            "metrics_lost_list": lacunae.lost_list(lost[sure]),
            "metrics_emptied": counted(len(emptied), "entry", "entries"), "metrics_emptied_ids": ids(emptied),
            "metrics_quantities_certain": int(effect.loc["quantities", lacunae.CERTAIN_COLUMN]),
            "metrics_quantities_all_lost": int(effect.loc["quantities", lacunae.ALL_COLUMN]),
            "metrics_lost_without_outcome": counted(len(without_outcome), "entry", "entries"),
            "metrics_lost_without_outcome_ids": ids(without_outcome),
            "metrics_outcome_if_lost_were_outcomes": int(ind["has_outcome"].sum()) + len(without_outcome)}


def robustness_facts(metrics: pd.DataFrame, claims: pd.DataFrame, entries: pd.DataFrame) -> dict:
    """The outcome counts under the three readings of the contested quantities."""
    tab = contested.outcome_readings(metrics, claims, entries).set_index("reading")
    as_classed, stricter, broader = tab.loc["as classed"], tab.loc["stricter"], tab.loc["broader"]
    outcome, both, n = "entries with an outcome measure", "entries with outcome and baseline", len(entries)
    return {
        "metrics_contested": int(metrics["kind_alt"].notna().sum()) if "kind_alt" in metrics else 0,
        "metrics_as_classed_outcome_entries_n": int(as_classed[outcome]),
        "metrics_as_classed_outcome_entries_pct": pct(as_classed[outcome], n),
        "metrics_as_classed_outcome_baseline_n": int(as_classed[both]),
        "metrics_stricter_outcome_entries_n": int(stricter[outcome]),
        "metrics_stricter_outcome_entries_pct": pct(stricter[outcome], n),
        "metrics_stricter_outcome_baseline_n": int(stricter[both]),
        "metrics_stricter_moved": int(stricter["quantities reclassed"]),
        "metrics_stricter_lost_ids": stricter["entries losing the outcome indicator"] or "none",
        "metrics_broader_outcome_entries_n": int(broader[outcome]),
        "metrics_broader_outcome_entries_pct": pct(broader[outcome], n),
        "metrics_broader_gained_ids": broader["entries gaining it"] or "none",
    }
