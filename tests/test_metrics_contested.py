"""The outcome counts under stricter and broader readings of the contested kinds; individual honours."""

import pandas as pd
import pytest

from test_metrics_examples import claims, entries, metrics
from xmgov.metrics import claims as ev_claims
from xmgov.metrics import contested, indicators


def _contested():
    """P02's year-on-year fall in road deaths is contested as an output; C01's money as an outcome."""
    m = metrics()
    m.loc[m["span"].str.contains("35.80%"), "kind_alt"] = "output"
    m.loc[m["span"].str.contains("1.7亿元"), ["kind", "kind_alt"]] = ["money", "outcome"]
    return m


def test_stricter_counts_contested_outcomes_as_outputs():
    m = _contested()
    strict = contested.reclassed(m, "stricter")
    assert strict.loc[strict["span"].str.contains("35.80%"), "kind"].item() == "output"
    assert (strict["kind"] != m["kind"]).sum() == 1
    broad = contested.reclassed(m, "broader")
    assert broad.loc[broad["span"].str.contains("1.7亿元"), "kind"].item() == "outcome"
    with pytest.raises(ValueError, match="unknown reading"):
        contested.reclassed(m, "lenient")


def test_outcome_readings_table():
    tab = contested.outcome_readings(_contested(), claims(), entries()).set_index("reading")
    # P02 keeps its outcome through the per-10,000-vehicles death rate, so no entry loses it …
    assert tab.loc["stricter", "entries with an outcome measure"] == tab.loc["as classed", "entries with an outcome measure"]
    assert tab.loc["stricter", "outcome quantities"] == tab.loc["as classed", "outcome quantities"] - 1
    # … while C01 had an outcome already (its change), so the broader reading gains no entry either
    assert tab.loc["broader", "quantities reclassed"] == 1 and tab.loc["broader", "entries gaining it"] == ""


def test_an_entry_whose_only_outcome_is_contested_loses_it_when_strict():
    m = metrics()
    m.loc[m["span"].str.contains("42.5%"), "kind_alt"] = "output"
    tab = contested.outcome_readings(m, claims(), entries()).set_index("reading")
    assert tab.loc["stricter", "entries losing the outcome indicator"] == "C01"
    assert tab.loc["stricter", "entries with an outcome measure"] == tab.loc["as classed", "entries with an outcome measure"] - 1


def test_honours_for_individuals_are_not_recognition_of_the_entry():
    c = claims()
    c["recognized"] = ["" if t == "novelty" else "entry" for t in c["claim_type"]]
    c.loc[len(c)] = {"entry_id": "G01", "span": "多名调解员获得国家级表彰", "claim_type": "recognition",
                     "level": "national", "body": pd.NA, "kind": "award", "recognized": "individuals"}
    c["recognized"] = c["recognized"].replace("", pd.NA)
    ind = indicators.per_entry(metrics(), c, entries()).set_index("entry_id")
    assert not ind.loc["G01", "has_external_recognition"]
    assert "G01" not in set(ev_claims.recognition(c, entries())["entry_id"])
    assert list(ev_claims.individual_honours(c)["entry_id"]) == ["G01"]
    c.loc[len(c) - 1, "recognized"] = "entry"
    assert indicators.per_entry(metrics(), c, entries()).set_index("entry_id").loc["G01", "has_national_recognition"]
