import pandas as pd
import pytest

from test_metrics_examples import claims, entries, metrics
from xmgov.metrics import indicators, profile


@pytest.fixture(scope="module")
def ind():
    return indicators.per_entry(metrics(), claims(), entries())


def test_matrix_is_grouped_by_category_with_labels(ind):
    mat = profile.matrix(ind, entries())
    assert list(mat["entry_id"]) == ["G01", "G02", "P01", "P02", "C01", "C02"]
    assert mat.loc[0, "label"] == "G01 · Police-mediation room"


def test_score_counts_denominator_only_where_it_applies(ind):
    s = profile.score(ind, profile.WEIGHTINGS["equal"]).set_axis(ind["entry_id"])
    # P02: outcome, baseline, window, denominator met; no recognition -> 4 of 5
    assert s["P02"] == pytest.approx(4 / 5)
    # C01: outcome, window, recognition met; no baseline; denominator not applicable -> 3 of 4
    assert s["C01"] == pytest.approx(3 / 4)
    assert s["G01"] == 0


def test_weights_change_scores(ind):
    s = profile.scores(ind).set_index("entry_id")
    assert s.loc["P02", "recognition-free"] == pytest.approx(1.0)
    assert s.loc["C01", "outcome-heavy"] == pytest.approx((2 + 1 + 1) / 6, abs=1e-4)
    with pytest.raises(ValueError, match="unknown indicator"):
        profile.score(ind, {"has_magic": 1})


def test_category_summary_shares(ind):
    summ = profile.category_summary(ind)
    assert summ.loc["all", "entries"] == 6
    assert summ.loc["innovation_project", "outcome measure"] == 1.0
    assert summ.loc["innovation_case", "entries with a rate"] == 0
    assert pd.isna(summ.loc["innovation_case", "rate with stated base"])
    assert summ.loc["all", "national recognition"] == pytest.approx(3 / 6)


def test_category_ranking_and_stability(ind):
    ranking = profile.category_ranking(ind)
    assert set(ranking["rank"]["equal"]) <= {1, 2, 3}
    assert ranking["rank"]["equal"]["innovation_project"] == 1
    stable = profile.ranking_is_stable(ind)
    assert stable == bool((ranking["rank"].nunique(axis=1) == 1).all())
    tau = profile.entry_rank_agreement(ind)
    assert list(tau["weighting"]) == [w for w in profile.WEIGHTINGS if w != "equal"]
    assert tau["kendall_tau_vs_equal"].between(-1, 1).all()
