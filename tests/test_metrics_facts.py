"""The facts the chapter glues: computed from the tables, formatted once, consistent with the tables."""

import pandas as pd
from test_metrics_examples import agencies, claims, entries, metrics
from test_metrics_lacunae import _lacunae
from xmgov.metrics import facts, indicators


def test_pct_and_ids():
    assert facts.pct(3, 4) == "75%"
    assert facts.pct(0, 0) == "–"
    assert facts.ids(["P07", "G01"]) == "G01, P07" and facts.ids([]) == "none"


def test_inventory_facts_match_the_examples():
    f = facts.inventory_facts(metrics(), entries())
    assert f["metrics_quantities"] == len(metrics()) and f["metrics_without_ids"] == "G02"
    assert f["metrics_with_quantities_n"] == 5 and f["metrics_with_quantities_pct"] == "83%"
    assert f["metrics_reading_lower_bound"] == 2 and f["metrics_reading_approximate"] == 1
    assert f["metrics_words_approximate"] == "近 (nearly)" and f["metrics_words_upper_bound"] == "none"
    kinds = ("scale", "output", "outcome", "rate", "money", "change", "rank")
    assert sum(f[f"metrics_kind_{k}"] for k in kinds) == len(metrics())


def test_section_facts_are_plain_values():
    m, c, e = metrics(), claims(), entries()
    ind = indicators.per_entry(m, c, e)
    recognizers = pd.DataFrame({"entry_id": ["P01"], "agency_id": ["fsc"], "role": ["recognizer"]})
    every = (facts.inventory_facts(m, e) | facts.profile_facts(ind) | facts.score_facts(ind)
             | facts.claims_facts(c, e, agencies(), ind) | facts.reconcile_facts(c, recognizers)
             | facts.recipient_facts(c, e, ind) | facts.lacunae_facts(_lacunae(), m, e, ind)
             | facts.robustness_facts(m, c, e) | facts.recognizer_type_facts(c, e)
             | facts.novelty_lead_facts(c, e))
    assert all(isinstance(v, (int, float, str)) for v in every.values()), \
        {k: type(v) for k, v in every.items() if not isinstance(v, (int, float, str))}
    assert every["metrics_has_outcome_n"] == int(ind["has_outcome"].sum())
    # nothing contested
    assert every["metrics_stricter_outcome_entries_n"] == every["metrics_as_classed_outcome_entries_n"]
    lost = facts.lacunae_facts(_lacunae(), m, e, ind)
    assert lost["metrics_lost_certain"] + lost["metrics_lost_probable"] == 3  # figures lost
    assert lost["metrics_lost_certain_entries"] == "C02, G02"  # in two entries
    assert lost["metrics_lost_without_outcome"] == "2 entries"
    assert lost["metrics_outcome_if_lost_were_outcomes"] == every["metrics_has_outcome_n"] + 2
