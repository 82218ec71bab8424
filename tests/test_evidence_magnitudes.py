from test_evidence_examples import entries, metrics
from xmgov.evidence import magnitudes


def test_money_is_in_yuan_and_keeps_qualifier_reading():
    money = magnitudes.money(metrics(), entries())
    assert list(money["value"]) == [200000000, 170000000]
    assert list(money["reading"]) == ["upper bound", "exact"]
    assert money.loc[0, "label"] == "C02 · Class-action payouts"


def test_people_keeps_persons_and_person_times_apart():
    people = magnitudes.people(metrics(), entries())
    assert set(people["unit"]) == {"名", "人次"}
    assert people.set_index("unit").loc["人次", "reading"] == "lower bound"


def test_rates_are_levels_not_changes():
    rates = magnitudes.rates(metrics(), entries())
    assert "不文明养犬发生率下降 42.5%" not in set(rates["span"])
    assert set(rates["entry_id"]) == {"G01", "P01"}


def test_pairs_have_baseline_and_direction():
    pairs = magnitudes.pairs(metrics(), entries()).set_index("entry_id")
    assert pairs.loc["P01", "baseline_value"] == 64.5 and pairs.loc["P01", "direction"] == "up"
    assert pairs.loc["P02", "direction"] == "down"
    assert len(pairs) == 2
