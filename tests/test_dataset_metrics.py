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
# Second pass over the whole source (every quantity of every bullet), beyond the list above.
EXPECTED += [
    ("G15", "277个", 277, "个", "exact"), ("G15", "46个", 46, "个", "exact"),
    ("P05", "10省", 10, "省", "exact"), ("P05", "41地市", 41, "地市", "exact"),
    ("P07", "6年连降", 6, "年", "exact"), ("P07", "从2016 年的2.49降至2022年的 0.81", 0.81, "人/万车", "exact"),
    ("P08", "85家", 85, "家", "exact"), ("P08", "2102项", 2102, "项", "exact"),
    ("P12", "4896名", 4896, "名", "exact"), ("P12", "814名", 814, "名", "exact"),
    ("P14", "61.4%", 61.4, "%", "exact"),
    ("P15", "46个", 46, "个", "exact"), ("P15", "174个", 174, "个", "exact"),
    ("P16", "十八项举措", 18, "项", "exact"), ("P16", "从64.5%大幅提升到91.7%", 91.7, "%", "exact"),
    ("P17", "40场", 40, "场", "exact"),
    ("P18", "22.44%", 22.44, "%", "exact"), ("P18", "83.24%", 83.24, "%", "exact"),
    ("P23", "39次", 39, "次", "exact"), ("P25", "12个", 12, "个", "exact"), ("P27", "7982起", 7982, "起", "exact"),
    ("P28", "30名", 30, "名次", "upper_bound"), ("P28", "全省第一", 1, "名次", "exact"), ("P28", "达98%", 98, "%", "exact"),
    ("P30", "13起", 13, "起", "exact"), ("P30", "7起", 7, "起", "exact"), ("P30", "2人", 2, "人", "exact"),
    ("C01", "358人次", 358, "人次", "exact"), ("C01", "143人次", 143, "人次", "exact"),
    ("C04", "42万元", 420_000, "元", "exact"), ("C07", "283项", 283, "项", "exact"), ("C08", "56家", 56, "家", "exact"),
    ("C09", "5日内即可完成传统方式6个月以上的工作量", 5, "日", "upper_bound"),
    ("C09", "2万余名", 20000, "名", "lower_bound"),
    ("C10", "939件", 939, "件", "exact"), ("C12", "从38.69%提升至68.17%", 68.17, "%", "exact"),
    ("C18", "7项", 7, "项", "exact"), ("C18", "5个", 5, "个", "exact"), ("C18", "37个", 37, "个", "exact"),
    ("C18", "19条", 19, "条", "exact"),
    ("C19", "149支", 149, "支", "exact"), ("C19", "490余个", 490, "个", "lower_bound"), ("C19", "83个", 83, "个", "exact"),
    ("C21", "79人次", 79, "人次", "exact"), ("C21", "84场次", 84, "场次", "exact"),
    ("C24", "14个", 14, "个", "exact"), ("C24", "达 98.75%", 98.75, "%", "exact"),
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


def test_every_quantity_of_the_source_and_nothing_else(metrics):
    """metrics.csv holds exactly the quantities of our own bullet-by-bullet reading."""
    expected = {(e, s) for e, s, *_ in EXPECTED}
    found = set(zip(metrics.entry_id, metrics.span))
    assert not expected - found, f"missing: {sorted(expected - found)}"
    assert not found - expected, f"not in our reading: {sorted(found - expected)}"


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


# --- regressions from the review of the metrics chapter -------------------------------------------

def test_no_table_carries_the_spam_token():
    """Spam is logged in cleaning_log (its `text`) and appears in no other field of any table."""
    import json

    from xmgov import paths
    names = [r["name"] for r in json.loads((paths.PROCESSED / "datapackage.json").read_text())["resources"]
             if "schema" in r]
    assert "metrics" in names
    for name in names:
        df = load.table(name)
        cols = [c for c in df.columns if not (name == "cleaning_log" and c == "text")]
        for col in cols:
            hits = df[col].astype("string").str.contains("im电竞", regex=False).fillna(False)
            assert not hits.any(), f"{name}.{col} contains the spam token: {df.loc[hits, col].tolist()}"


def test_measure_is_built_from_cleaned_text():
    from xmgov.dataset.metrics import _measure
    text = "甲乙丙丁戊己庚辛壬癸子丑寅卯im电竞辰巳96%"
    spam = [(text.index("im电竞"), text.index("im电竞") + 4)]
    start = text.index("96")
    measure = _measure(text, start, start + 3, 0, len(text), spam)
    # 14 characters of context, none of them spam (the old window held 4 spam characters)
    assert measure == "丙丁戊己庚辛壬癸子丑寅卯辰巳#"


def test_p07_death_fall_has_result_and_baseline_periods(metrics):
    r = metrics[(metrics.entry_id == "P07") & (metrics.span == "35.80%")].iloc[0]
    assert (r.period, r.baseline_period) == ("2017-2022年", "2011-2016年")
    assert "死亡人数" in r.measure and "同比整治前6年" in r.measure and "#" in r.measure


def test_p07_six_consecutive_declines_cover_the_result_period(metrics):
    r = metrics[(metrics.entry_id == "P07") & (metrics.span == "6年连降")].iloc[0]
    assert r.period == "2017-2022年"


def test_c09_six_months_is_only_a_baseline(metrics):
    c09 = metrics[metrics.entry_id == "C09"]
    assert not ((c09.value == 6) & (c09.unit == "个")).any()
    r = c09[c09.span.str.startswith("5日内")].iloc[0]
    assert (r.baseline_value, r.baseline_unit, r.baseline_qualifier) == (6, "个月", "lower_bound")
    assert (r.kind, r.direction) == ("change", "decrease")


def test_every_change_and_pair_has_a_direction(metrics):
    needs = (metrics.kind == "change") | metrics.baseline_value.notna()
    assert metrics.loc[needs, "direction"].notna().all()


def test_ranks_are_ranks_not_people(metrics):
    ranks = metrics[metrics.kind == "rank"]
    assert set(zip(ranks.entry_id, ranks.span)) == {("P28", "30名"), ("P28", "全省第一")}
    assert set(ranks.unit) == {"名次"}
    rank_words = metrics.measure.fillna("").str.contains("排名|名次")
    assert (metrics.loc[rank_words, "kind"] == "rank").all()


ACTIVITY_WORDS = "抓捕|劝阻|惩处|拘留|追究刑事责任|受益|交付|复制推广"


def test_activities_are_outputs_not_outcomes(metrics):
    """Arrests, dissuasions, punishments, beneficiaries, deliveries, uptake elsewhere: outputs (OECD-DAC)."""
    activity = metrics.measure.fillna("").str.contains(ACTIVITY_WORDS)
    assert activity.sum() >= 8
    assert (metrics.loc[activity, "kind"] == "output").all(), metrics.loc[activity, ["span", "kind"]]


def test_contested_kinds_are_marked_with_a_reason(metrics):
    alt = metrics[metrics.kind_alt.notna()]
    assert (alt.kind_alt != alt.kind).all()
    assert set(alt.kind_alt) <= {"output", "outcome"}
    assert alt.note.notna().all()
    # money returned or paid to victims: money, arguably an outcome
    paid = alt[alt.measure.str.contains("返还|发放案款") & (alt.unit == "元")]
    assert len(paid) == 2 and set(paid.kind) == {"money"} and set(paid.kind_alt) == {"outcome"}
    # every outcome that is the service's own product is flagged (people found, land replanted)
    found = metrics[metrics.measure.fillna("").str.contains("找回|复绿")]
    assert set(found.kind) == {"outcome"} and set(found.kind_alt) == {"output"}
