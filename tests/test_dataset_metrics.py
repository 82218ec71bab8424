"""Metrics against our own reading of the article (a hand-checked list), and what must not be a metric."""

import pytest

from xmgov.dataset import load
from xmgov.dataset.errors import DatasetError
from xmgov.dataset.numbers import parse_value

# (entry_id, span, value, unit, qualifier) read by hand from the source, bullet by bullet
EXPECTED = [
    ("G01", "3162件", 3162, "件", "exact"),
    ("G01", "96%以上", 96, "%", "lower_bound"),
    ("G02", "16万余条", 160000, "条", "lower_bound"),
    ("G02", "7000余条", 7000, "条", "lower_bound"),
    ("G02", "65名", 65, "名", "exact"),
    ("G03", "1168人次", 1168, "人次", "exact"),
    ("G03", "2762人次", 2762, "人次", "exact"),
    ("G04", "百余起", 100, "起", "lower_bound"),
    ("G04", "400余起", 400, "起", "lower_bound"),
    ("G04", "突破32亿元", 3_200_000_000, "元", "lower_bound"),
    ("G04", "1400余起", 1400, "起", "lower_bound"),
    ("G07", "4153起", 4153, "起", "exact"),
    ("G07", "4094起", 4094, "起", "exact"),
    ("G09", "10万余条", 100000, "条", "lower_bound"),
    ("G09", "近百项", 100, "项", "approximate"),
    ("G09", "20余类", 20, "类", "lower_bound"),
    ("G10", "96.5%", 96.5, "%", "exact"),
    ("G10", "1.7亿余元", 170_000_000, "元", "lower_bound"),
    ("G12", "109个", 109, "个", "exact"),
    ("G15", "107家", 107, "家", "exact"),
    ("G15", "4万多平方米", 40000, "平方米", "lower_bound"),
    ("P03", "22.66万名", 226600, "名", "exact"),
    ("P03", "1.7亿元", 170_000_000, "元", "exact"),
    ("P03", "2607万元", 26_070_000, "元", "exact"),
    ("P04", "80245件", 80245, "件", "exact"),
    ("P04", "965.85亿元", 96_585_000_000, "元", "exact"),
    ("P04", "三分之二", 2 / 3, "fraction", "exact"),
    ("P05", "600余万人次", 6_000_000, "人次", "lower_bound"),
    ("P07", "35.80%", 35.8, "%", "exact"),
    ("P08", "64.67万起", 646700, "起", "exact"),
    ("P10", "90万余件", 900000, "件", "lower_bound"),
    ("P10", "1000余万元", 10_000_000, "元", "lower_bound"),
    ("P12", "5996名", 5996, "名", "exact"),
    ("P13", "36642个", 36642, "个", "exact"),
    ("P14", "42.5%", 42.5, "%", "exact"),
    ("P15", "50余亿条", 5_000_000_000, "条", "lower_bound"),
    ("P17", "64万人次", 640000, "人次", "exact"),
    ("P18", "13.8万余处", 138000, "处", "lower_bound"),
    ("P19", "8.8万名", 88000, "名", "exact"),
    ("P26", "超亿次", 100_000_000, "次", "lower_bound"),
    ("P28", "达99%", 99, "%", "exact"),
    ("C01", "636人次", 636, "人次", "exact"),
    ("C04", "1000余亩", 1000, "亩", "lower_bound"),
    ("C04", "8万吨", 80000, "吨", "exact"),
    ("C09", "近2亿元", 200_000_000, "元", "approximate"),
    ("C11", "100%", 100, "%", "exact"),
    ("C20", "近2万人", 20000, "人", "approximate"),
    ("C21", "上百场", 100, "场", "lower_bound"),
    ("C23", "95%以上", 95, "%", "lower_bound"),
    ("C24", "24.8万人次", 248000, "人次", "exact"),
    ("C25", "138起", 138, "起", "exact"),
]
PAIRS = [  # before/after claims: (entry_id, baseline, value, direction)
    ("P16", 64.5, 91.7, "increase"),
    ("C12", 38.69, 68.17, "increase"),
    ("P07", 2.49, 0.81, "decrease"),
]
NOT_METRICS = ["2019", "2022", "54321", "16846", "1+3+N", "5+3", "12+7", "456", "50", "24", "5分钟", "30分钟", "2小时"]


@pytest.fixture(scope="module")
def metrics():
    return load.metrics()


@pytest.mark.parametrize("entry_id,span,value,unit,qualifier", EXPECTED)
def test_hand_checked_quantity(metrics, entry_id, span, value, unit, qualifier):
    row = metrics[(metrics.entry_id == entry_id) & (metrics.span == span)]
    assert len(row) == 1, f"{entry_id} {span} not extracted exactly once"
    r = row.iloc[0]
    assert r.value == pytest.approx(value, rel=1e-6)
    assert (r.unit, r.qualifier) == (unit, qualifier)


@pytest.mark.parametrize("entry_id,baseline,value,direction", PAIRS)
def test_before_after_pairs_carry_their_baseline(metrics, entry_id, baseline, value, direction):
    row = metrics[(metrics.entry_id == entry_id) & metrics.baseline_value.notna() & (metrics.value == value)]
    assert len(row) == 1
    assert row.iloc[0].baseline_value == baseline and row.iloc[0].direction == direction


def test_stated_declines_are_changes(metrics):
    r = metrics[(metrics.entry_id == "P07") & (metrics.span == "35.80%")].iloc[0]
    assert (r.kind, r.direction) == ("change", "decrease")


def test_kind_money_for_every_yuan_amount(metrics):
    assert set(metrics.loc[metrics.unit == "元", "kind"]) == {"money"}


def test_years_and_method_numbers_are_not_metrics(metrics):
    for span in metrics.span:
        assert not any(span == n or span.startswith(n + "年") for n in NOT_METRICS), span
    excluded = load.excluded_numbers()
    for name in ("“54321”", "“16846”", "“456”", "“12+7”", "“5+3”"):
        assert name in set(excluded.span), name


def test_figures_inside_lacunae_are_not_extracted(metrics):
    lacunae = load.lacunae()
    for _, l in lacunae.iterrows():
        overlap = metrics[(metrics.start < l.end) & (metrics.end > l.start)]
        assert overlap.empty, l.text
    assert lacunae.lost_figure.sum() >= 4


def test_every_row_states_where_it_came_from(metrics):
    assert set(metrics.source) <= {"rule", "override"}
    assert metrics.loc[metrics.source == "override", "note"].notna().all()


@pytest.mark.parametrize("written,value", [("1.7亿", 1.7e8), ("22.66万", 226600), ("百", 100), ("96", 96),
                                           (0.81, 0.81), ("50余亿", 5e9)])
def test_parse_value(written, value):
    assert parse_value(written, "test") == pytest.approx(value)


@pytest.mark.parametrize("bad", ["abc", "1.7.3万", "", "万亿"])
def test_unparseable_number_is_an_error(bad):
    with pytest.raises(DatasetError, match="unparseable number"):
        parse_value(bad, "metrics.yaml add #1")
