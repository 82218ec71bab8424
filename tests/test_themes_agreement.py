"""Agreement statistics on a small example worked out by hand, and the comparison statistics."""

import math

import pandas as pd
import pytest
from scipy import stats

from xmgov.themes import agreement, compare

# Ten units, two coders. Both 1: units 0, 4, 6; only A: unit 1; only B: unit 7; both 0: five units.
A = [1, 1, 0, 0, 1, 0, 1, 0, 0, 0]
B = [1, 0, 0, 0, 1, 0, 1, 1, 0, 0]


def test_cohen_kappa_by_hand():
    # p_o = 8/10; p_e = 0.4*0.4 + 0.6*0.6 = 0.52; kappa = (0.8 - 0.52) / 0.48 = 7/12
    assert agreement.cohen_kappa(A, B) == pytest.approx(7 / 12)


def test_krippendorff_alpha_by_hand():
    # Coincidences: o11 = 6, o00 = 10, o01 = o10 = 2; n1 = 8, n0 = 12, n = 20.
    # D_o = 4/20; D_e = 2*8*12 / (20*19) = 192/380; alpha = 1 - D_o/D_e = 29/48
    assert agreement.krippendorff_alpha(A, B) == pytest.approx(29 / 48)


def test_undefined_agreement_is_missing_not_perfect():
    assert math.isnan(agreement.cohen_kappa([0, 0, 0], [0, 0, 0]))
    assert math.isnan(agreement.krippendorff_alpha([0, 0, 0], [0, 0, 0]))
    assert agreement.cohen_kappa([1, 0, 1], [1, 0, 1]) == 1


def test_per_code_table_and_disagreements():
    index = pd.Index([f"E{i}" for i in range(10)], name="entry_id")
    hand = pd.DataFrame({"x": A, "y": [1] * 5 + [0] * 5}, index=index)
    machine = pd.DataFrame({"x": B, "y": [1] * 5 + [0] * 5}, index=index)
    table = agreement.per_code(hand, machine, {"x": "d", "y": "d"}).set_index("code_id")
    assert table.loc["x", ["hand_positive", "dictionary_positive", "both_positive"]].tolist() == [4, 4, 3]
    assert table.loc["x", "observed_agreement"] == pytest.approx(0.8)
    assert table.loc["y", "cohen_kappa"] == 1
    diff = agreement.disagreements(hand, machine)
    assert diff.to_dict("records") == [{"entry_id": "E1", "code_id": "x", "applied_by": "hand"},
                                       {"entry_id": "E7", "code_id": "x", "applied_by": "dictionary"}]


def test_wilson_interval_by_hand():
    # k=5, n=10, z=1.96: centre 0.5, half-width 1.96/1.3842 * sqrt(0.025 + 0.0096) = 0.2634
    low, high = compare.wilson(5, 10, z=1.96)
    assert (low, high) == pytest.approx((0.2366, 0.7634), abs=1e-4)
    assert compare.wilson(0, 15)[0] == 0 and compare.wilson(15, 15)[1] == 1


def test_exact_test_matches_fisher_on_two_groups_and_sums_to_one():
    p = compare.exact_test([3, 9], [10, 12])
    assert p == pytest.approx(stats.fisher_exact([[3, 7], [9, 3]]).pvalue)
    assert compare.exact_test([2, 4, 3], [5, 10, 8]) <= 1
    assert compare.exact_test([5, 0, 0], [5, 10, 8]) < 0.01  # all successes in the small group


def test_prevalence_counts_per_group():
    matrix = pd.DataFrame({"c": [1, 1, 0, 0, 1]}, index=list("abcde"))
    groups = pd.Series(["g", "g", "g", "h", "h"], index=list("abcde"))
    table = compare.prevalence(matrix, groups).set_index("group")
    assert table.loc["g", ["k", "n"]].tolist() == [2, 3] and table.loc["h", "share"] == 0.5
