"""The facts the chapter glues: computed from the tables, formatted once, consistent with the tables."""

from test_metrics_examples import agencies, claims, entries, metrics
from test_metrics_lacunae import _lacunae
from xmgov.metrics import facts, indicators


def test_share_and_ids():
    assert facts.share("x", 3, 4) == {"x_n": 3, "x_pct": "75%"}
    assert facts.share("x", 0, 0)["x_pct"] == "–"
    assert facts.ids(["P07", "G01"]) == "G01, P07" and facts.ids([]) == "none"


def test_inventory_facts_match_the_examples():
    f = facts.inventory_facts(metrics(), entries())
    assert f["quantities"] == len(metrics()) and f["without_ids"] == "G02"
    assert f["with_quantities_n"] == 5 and f["with_quantities_pct"] == "83%"
    assert f["reading_lower_bound"] == 2 and f["reading_approximate"] == 1
    assert f["words_approximate"] == "近 (nearly)" and f["words_upper_bound"] == "none"
    assert sum(f[f"kind_{k}"] for k in ("scale", "output", "outcome", "rate", "money", "change", "rank")) == len(metrics())


def test_section_facts_are_plain_values():
    m, c, e = metrics(), claims(), entries()
    ind = indicators.per_entry(m, c, e)
    every = (facts.inventory_facts(m, e) | facts.profile_facts(ind) | facts.score_facts(ind)
             | facts.claims_facts(c, e, agencies(), ind) | facts.lacunae_facts(_lacunae(), m, e, ind)
             | facts.robustness_facts(m, c, e))
    assert all(isinstance(v, (int, float, str)) for v in every.values()), \
        {k: type(v) for k, v in every.items() if not isinstance(v, (int, float, str))}
    assert every["has_outcome_n"] == int(ind["has_outcome"].sum())
    assert every["stricter_outcome_entries_n"] == every["as_classed_outcome_entries_n"]  # nothing contested
    lost = facts.lacunae_facts(_lacunae(), m, e, ind)
    assert lost["lost_figures"] == 3 and lost["lost_entries"] == 2
    assert lost["outcome_if_lost_were_outcomes"] == every["has_outcome_n"] + lost["lost_without_outcome_n"]
