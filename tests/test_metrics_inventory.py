import pytest

from test_metrics_examples import entries, metrics
from xmgov.metrics import inventory


def test_qualifier_readings_come_from_the_dataset():
    assert inventory.reading("lower_bound") == "lower bound"
    assert inventory.reading("approximate") == "approximate"
    assert inventory.reading(None) == "exact"
    # a word as written is not a reading: the dataset decides (近 is approximate there)
    with pytest.raises(ValueError, match="qualifier_zh"):
        inventory.reading("近")


def test_qualifier_words_follow_the_data():
    words = inventory.qualifier_words(metrics())
    assert words["approximate"] == "近 (nearly)"
    assert words["lower bound"].split(", ")[0].split(" ")[0] in {"以上", "余"}
    assert "以上 (or more)" in words["lower bound"] and words["upper bound"] == ""
    m = metrics()
    m.loc[m["qualifier_zh"] == "近", "qualifier"] = "upper_bound"  # were the data to read 近 otherwise …
    assert inventory.qualifier_words(m)["upper bound"] == "近 (nearly)"  # … so would the prose


def test_per_entry_counts_every_entry_and_every_quantity():
    counts = inventory.per_entry(metrics(), entries()).set_index("entry_id")
    assert counts["n_quantities"].sum() == len(metrics())
    assert counts.loc["G02", "n_quantities"] == 0
    assert counts.loc["P02", "rate"] == 1 and counts.loc["P02", "change"] == 1
    assert list(inventory.without_quantities(metrics(), entries())["entry_id"]) == ["G02"]


def test_kind_by_category_margins_add_up():
    tab = inventory.kind_by_category(metrics(), entries())
    assert tab.loc["total", "total"] == len(metrics())
    assert tab.loc["rate", "grassroots_case"] == 1
    assert (tab.drop(index="total").sum() == tab.loc["total"]).all()


def test_entries_reporting_counts_entries_not_quantities():
    rep = inventory.entries_reporting(metrics(), entries())
    assert rep.loc["all", "entries"] == 6 and rep.loc["all", "any"] == 5
    assert rep.loc["innovation_case", "output"] == 1  # C01 has two outputs, counted once


def test_units_and_qualifiers():
    u = inventory.units(metrics()).set_index("unit")
    assert u.loc["%", "quantities"] == 4 and u.loc["元", "entries"] == 2
    q = inventory.qualifiers(metrics())
    assert q["quantities"].sum() == len(metrics())
    assert set(q.loc[q["reading"] == "lower bound", "qualifier"]) == {"以上", "余"}


def test_unknown_kind_is_an_error():
    bad = metrics()
    bad.loc[0, "kind"] = "impact"
    with pytest.raises(ValueError, match="unknown kind"):
        inventory.per_entry(bad, entries())
