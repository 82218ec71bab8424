import pandas as pd
import pytest

from test_metrics_examples import claims, entries, metrics
from xmgov.metrics import indicators


@pytest.fixture(scope="module")
def ind():
    return indicators.per_entry(metrics(), claims(), entries()).set_index("entry_id")


def test_one_row_per_entry_including_entries_without_quantities(ind):
    assert list(ind.index) == sorted(entries()["entry_id"])
    assert ind.loc["G02", "n_quantities"] == 0
    assert not ind.loc["G02", ["has_outcome", "has_baseline", "has_time_window"]].any()


def test_output_without_baseline_is_neither_outcome_nor_baseline(ind):
    # G01: 3162 disputes resolved (output) and a 96%+ mediation success rate (describes the work).
    assert not ind.loc["G01", "has_outcome"]
    assert not ind.loc["G01", "has_baseline"]
    assert not ind.loc["G01", "has_time_window"]


def test_before_after_pair_is_baseline_and_satisfaction_is_outcome(ind):
    assert ind.loc["P01", "has_baseline"] and ind.loc["P01", "has_outcome"]
    assert ind.loc["P01", "has_time_window"]


def test_rate_with_qualifier_but_no_base_has_no_denominator(ind):
    assert not pd.isna(ind.loc["G01", "has_denominator"])
    assert not ind.loc["G01", "has_denominator"]


def test_per_n_rate_states_its_base(ind):
    assert ind.loc["P02", "has_denominator"] == True  # noqa: E712


def test_denominator_not_applicable_without_a_rate(ind):
    assert pd.isna(ind.loc["G02", "has_denominator"])
    assert pd.isna(ind.loc["C01", "has_denominator"])


def test_change_counts_as_baseline_only_with_a_stated_comparison():
    m = metrics()
    flags = indicators.baseline_quantity(m)
    bare = m["span"].str.contains("不文明养犬")
    yoy = m["span"].str.contains("同比")
    assert not flags[bare].any() and flags[yoy].all()
    # the bare change is still an outcome: it measures a condition, not the work
    assert indicators.outcome_quantity(m)[bare].all()


def test_recognition_levels_take_the_highest(ind):
    assert ind.loc["C01", "recognition_level"] == "national"  # provincial + national
    assert ind.loc["C02", "recognition_level"] == "national"  # a national portal: level and type apart
    assert ind.loc["G02", "recognition_level"] == "city"
    assert pd.isna(ind.loc["P02", "recognition_level"]) and not ind.loc["P02", "has_external_recognition"]
    assert list(ind.index[ind["has_national_recognition"]]) == ["C01", "C02", "P01"]


def test_novelty_level(ind):
    assert ind.loc["G01", "novelty_level"] == "city"
    assert ind.loc["P01", "novelty_level"] == "provincial"
    assert not ind.loc["C01", "has_novelty_claim"]


def test_unknown_level_is_an_error():
    bad = claims()
    bad.loc[0, "level"] = "galactic"
    with pytest.raises(ValueError, match="unknown level"):
        indicators.per_entry(metrics(), bad, entries())


def test_claim_for_unknown_entry_is_an_error():
    bad = pd.concat([claims(), pd.DataFrame([{"entry_id": "X99", "span": "x", "claim_type": "novelty",
                                              "level": "city"}])], ignore_index=True)
    with pytest.raises(ValueError, match="X99"):
        indicators.per_entry(metrics(), bad, entries())


def test_bare_first_claim_ranks_below_city():
    c = claims()
    c.loc[len(c)] = {"entry_id": "P02", "span": "首创", "claim_type": "novelty", "level": "unspecified"}
    c.loc[len(c)] = {"entry_id": "G01", "span": "首创", "claim_type": "novelty", "level": "unspecified"}
    ind = indicators.per_entry(metrics(), c, entries()).set_index("entry_id")
    assert ind.loc["P02", "novelty_level"] == "unspecified" and ind.loc["P02", "has_novelty_claim"]
    assert ind.loc["G01", "novelty_level"] == "city"


def test_same_result_with_the_loader_dtypes():
    """xmgov.dataset.load returns nullable string/Float64 columns; the rules must not care."""
    def typed(df):
        return df.astype({c: ("Float64" if df[c].dtype.kind in "if" else "string") for c in df.columns})

    plain = indicators.per_entry(metrics(), claims(), entries())
    nullable = indicators.per_entry(typed(metrics()), typed(claims()), typed(entries()))
    cols = ["has_outcome", "has_baseline", "has_time_window", "has_external_recognition",
            "has_national_recognition", "has_novelty_claim"]
    assert (plain[cols].to_numpy() == nullable[cols].to_numpy()).all()
    assert plain["has_denominator"].astype(object).equals(nullable["has_denominator"].astype(object))


def test_recognition_by_a_giver_not_established_is_recognition_but_not_national():
    # G01 is listed "nationwide" by a giver the text does not name: level unknown, so recognised,
    # and not at national level whatever the list's name says.
    more = pd.concat([claims(), pd.DataFrame([{"entry_id": "G01", "span": "入选全国某案例", "claim_type": "recognition",
                                               "level": "unknown", "recognizer_type": "unknown"}])],
                     ignore_index=True)
    ind = indicators.per_entry(metrics(), more, entries()).set_index("entry_id")
    assert ind.loc["G01", "has_external_recognition"] and ind.loc["G01", "recognition_level"] == "unknown"
    assert not ind.loc["G01", "has_national_recognition"]
