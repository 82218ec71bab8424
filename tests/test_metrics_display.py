from test_metrics_examples import claims, entries, metrics
from xmgov.metrics import display, indicators, inventory, profile


def test_share_formatting():
    assert display.share(3, 4) == "3 of 4 (75%)"
    assert display.share(0, 0) == "–"


def test_category_summary_reads_like_the_numbers():
    ind = indicators.per_entry(metrics(), claims(), entries())
    tab = display.category_summary(ind).set_index("category")
    assert tab.loc["all entries 全部", "entries"] == 6
    assert tab.loc["all entries 全部", "outcome measure"] == "3 of 6 (50%)"
    # the base of rates is a share of the entries that report a rate only
    assert tab.loc["all entries 全部", "rate with stated base (of entries with a rate)"] == "1 of 3 (33%)"


def test_counts_table_names_categories():
    tab = display.counts_table(inventory.kind_by_category(metrics(), entries()), "kind")
    assert "优秀基层案例 (grassroots cases)" in tab.columns
    assert tab["kind"].iloc[-1] == "total 合计"


def test_ranking_table():
    ind = indicators.per_entry(metrics(), claims(), entries())
    tab = display.ranking(profile.category_ranking(ind))
    assert list(tab.columns) == ["category", *profile.WEIGHTINGS]
    assert tab.loc[1, "equal"].endswith("(1)")


def test_novelty_table_is_flat():
    from test_metrics_examples import claims as c
    from xmgov.metrics import claims as ev_claims

    tab = display.novelty(ev_claims.novelty_by_level(c(), entries()))
    assert list(tab.columns[:2]) == ["counting", "level"]
    assert len(tab) == 2 * 4 and tab["total 合计"].sum() == 2 + 2
