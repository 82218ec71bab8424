"""The per-entry join and the small-n statistics of xmgov.conclusions.crosstabs, on hand-made tables
whose expected values were worked out by hand (see the comments)."""

import pandas as pd
import pytest

from xmgov.conclusions import crosstabs

IDS = ["E1", "E2", "E3", "E4", "E5", "E6"]


def inputs():
    codes = pd.DataFrame({"code_a": [1, 1, 1, 0, 0, 0], "code_b": [0, 1, 0, 1, 0, 1]}, index=IDS)
    profile = pd.DataFrame({"entry_id": IDS, "bodies": [0, 1, 2, 3, 0, 1]})
    claimed = pd.DataFrame({"entry_id": IDS, "claims_coordination": [True, False, True, False, False, True]})
    ind = pd.DataFrame({"entry_id": IDS, "n_quantities": [2, 0, 1, 0, 0, 5],
                        "has_outcome": [True, True, False, False, False, False],
                        "has_baseline": [False] * 6, "has_time_window": [True] * 6,
                        "has_external_recognition": [False, True, False, False, True, False],
                        "has_novelty_claim": [True, False, False, False, False, True]})
    return codes, profile, claimed, ind


def test_join_derives_features_per_entry():
    table = crosstabs.entry_features(*inputs())
    assert list(table.index) == IDS
    assert table["names_body_text"].tolist() == [False, True, True, True, False, True]
    assert table["any_quantity"].tolist() == [True, False, True, False, False, True]
    assert "multi_body" not in table and "cross_system" not in table  # built on lost lists: left out
    assert table["code_a"].dtype == bool


def test_join_aligns_on_entry_id_not_on_row_order():
    codes, profile, claimed, ind = inputs()
    shuffled = profile.iloc[::-1].reset_index(drop=True)
    table = crosstabs.entry_features(codes, shuffled, claimed, ind)
    assert table.loc["E4", "names_body_text"] and not table.loc["E1", "names_body_text"]


def test_join_refuses_tables_that_cover_different_entries():
    codes, profile, claimed, ind = inputs()
    with pytest.raises(ValueError, match=r"evidence indicators.*missing here: \['E6'\]"):
        crosstabs.entry_features(codes, profile, claimed, ind[ind["entry_id"] != "E6"])
    with pytest.raises(ValueError, match="listed twice"):
        crosstabs.entry_features(codes, pd.concat([profile, profile.head(1)]), claimed, ind)


def test_code_by_feature_by_hand():
    table = crosstabs.entry_features(*inputs())
    cells = crosstabs.code_by_feature(table, ["code_a"], ("has_outcome", "names_body_text")).set_index("feature")
    # code_a on E1-E3; outcome on E1, E2 (both with code_a): table [[2, 1], [0, 3]].
    out = cells.loc["has_outcome"]
    assert (out["k"], out["n"], out["k_rest"], out["n_rest"]) == (2, 3, 0, 3)
    assert out["share"] == pytest.approx(2 / 3) and out["share_rest"] == 0
    # Wilson 95% for 2/3: centre (2/3 + z²/6)/(1 + z²/3) = 0.5731, half-width 0.3654.
    assert out["ci_low"] == pytest.approx(0.2077, abs=5e-4)
    assert out["ci_high"] == pytest.approx(0.9385, abs=5e-4)
    # Hypergeometric with margins 3 and 2 of 6: P(x) = 3/15, 9/15, 3/15 for x = 0, 1, 2; two-sided
    # p sums the tables no more likely than x = 2: 3/15 + 3/15.
    assert out["p"] == pytest.approx(0.4)
    # names_body_text: E2, E3 of code_a; E4, E6 of the rest: [[2, 1], [2, 1]] -> p = 1.
    assert cells.loc["names_body_text", "p"] == pytest.approx(1.0)
    # Benjamini-Hochberg over the two p-values 0.4 and 1.0: q = min(0.4 * 2 / 1, 1.0) = 0.8, 1.0.
    assert cells.loc["has_outcome", "q_bh"] == pytest.approx(0.8)
    assert cells.loc["names_body_text", "q_bh"] == pytest.approx(1.0)


def test_a_code_carried_by_every_entry_cannot_be_compared():
    table = crosstabs.entry_features(*inputs())
    table["code_all"] = True
    with pytest.raises(ValueError, match="code 'code_all'"):
        crosstabs.code_by_feature(table, ["code_all"], ("has_outcome",))


def test_feature_overall_and_association_by_hand():
    table = crosstabs.entry_features(*inputs())
    overall = crosstabs.feature_overall(table, ("has_novelty_claim",)).iloc[0]
    assert (overall["k"], overall["n"]) == (2, 6)
    # novelty on E1, E6; outcome on E1, E2: both 1, novelty only 1, outcome only 1, neither 3.
    r = crosstabs.feature_association(table, "has_novelty_claim", "has_outcome")
    assert (r["both"], r["a_only"], r["b_only"], r["neither"]) == (1, 1, 1, 3)
    assert r["share_b_given_a"] == pytest.approx(1 / 2) and r["share_b_given_not_a"] == pytest.approx(1 / 4)
    # Margins 2 and 2 of 6: P(x) = 6/15, 8/15, 1/15 for x = 0, 1, 2; observed x = 1 is the most
    # likely table, so p = 1.
    assert r["p"] == pytest.approx(1.0)
    with pytest.raises(ValueError, match="has_time_window"):
        crosstabs.feature_association(table, "has_time_window", "has_outcome")
