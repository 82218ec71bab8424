import pandas as pd
import pytest

from test_metrics_examples import claims, entries, metrics
from xmgov.metrics import magnitudes


def test_money_is_in_yuan_and_keeps_qualifier_reading():
    money = magnitudes.money(metrics(), entries())
    assert list(money["value"]) == [200000000, 170000000]
    assert list(money["reading"]) == ["approximate", "exact"]
    assert money.loc[0, "label"] == "C02 · Class-action payouts"


def test_people_keeps_persons_and_person_times_apart():
    people = magnitudes.people(metrics(), entries())
    assert set(people["unit"]) == {"名", "人次"}
    assert people.set_index("unit").loc["人次", "reading"] == "lower bound"


def test_ranks_are_not_people():
    m = metrics()
    m.loc[len(m)] = {"entry_id": "C02", "span": "30名", "value": 30, "unit": "名", "qualifier": "upper_bound",
                     "qualifier_zh": "前", "measure": "rank of the public account", "kind": "rank", "period": pd.NA,
                     "baseline_value": pd.NA}
    people = magnitudes.people(m, entries())
    assert "30名" not in set(people["span"]) and len(people) == 2
    m.loc[len(m) - 1, "kind"] = "output"  # the same row as a count of 名 is a count of people
    assert "30名" in set(magnitudes.people(m, entries())["span"])


def test_pair_in_different_time_units_is_converted_or_refused():
    m = metrics()
    m["baseline_unit"] = m["unit"]
    m.loc[len(m)] = {"entry_id": "C02", "span": "5日内", "value": 5, "unit": "日", "qualifier": "upper_bound",
                     "qualifier_zh": "内", "measure": "time to complete the work", "kind": "change", "period": pd.NA,
                     "baseline_value": 6, "baseline_unit": "个月"}
    table = magnitudes.pairs(m, entries())
    pairs = table.set_index("entry_id")
    assert pairs.loc["C02", "baseline_value"] == 180 and pairs.loc["C02", "direction"] == "down"
    assert "6个月" in pairs.loc["C02", "converted"] and "30 days per month" in pairs.loc["C02", "converted"]
    note = magnitudes.conversion_note(table)
    assert note.startswith("C02 (“5日内”)") and "30 days per month" in note
    assert magnitudes.conversion_note(magnitudes.pairs(metrics(), entries())) == ""
    m.loc[len(m) - 1, "baseline_unit"] = "件"
    with pytest.raises(ValueError, match="C02"):
        magnitudes.pairs(m, entries())


def test_rates_are_levels_not_changes():
    rates = magnitudes.rates(metrics(), entries())
    assert "不文明养犬发生率下降 42.5%" not in set(rates["span"])
    assert set(rates["entry_id"]) == {"G01", "P01"}


def test_pairs_have_baseline_and_direction():
    pairs = magnitudes.pairs(metrics(), entries()).set_index("entry_id")
    assert pairs.loc["P01", "baseline_value"] == 64.5 and pairs.loc["P01", "direction"] == "up"
    assert pairs.loc["P02", "direction"] == "down"
    assert len(pairs) == 2


def test_people_honoured_are_not_people_served():
    """2人 inside 其中2人被评选为…表彰对象 counts people selected for an honour, not people served."""
    m = metrics()
    m["start"], m["end"] = range(0, 100, 10)[: len(m)], range(5, 105, 10)[: len(m)]
    row = m.index[m["span"] == "成功劝阻高风险受害人22.66万名"][0]
    c = claims()
    c["start"], c["end"] = 1000, 1001
    c["recognized"] = "entry"
    c.loc[len(c)] = {"entry_id": "C01", "span": "其中2人被评选为表彰对象", "claim_type": "recognition",
                     "level": "city", "body": pd.NA, "kind": "award", "start": m.loc[row, "start"] - 2,
                     "end": m.loc[row, "end"] + 2, "recognized": "individuals"}
    assert len(magnitudes.people(m, entries())) == 2
    people = magnitudes.people(m, entries(), c)
    assert len(people) == 1 and set(people["people"]) == {"person-times"}
    c.loc[len(c) - 1, "recognized"] = "entry"  # an honour of the entry does not hide a count
    assert len(magnitudes.people(m, entries(), c)) == 2


def test_axis_labels_are_short_and_measures_english():
    money = magnitudes.money(metrics(), entries())
    assert all(len(label) <= 31 for label in money["label"])
    assert list(money["measure_en"]) == ["money paid out", "payments stopped"]
