"""Reliability statistics of two codings, on hand-made 0/1 codings and against the krippendorff
package."""

import numpy as np
import pandas as pd
import pytest

from xmgov.themes import agreement, reliability


def test_kappa_and_alpha_match_the_reference_implementations():
    rng = np.random.default_rng(1)
    for _ in range(20):
        a = rng.integers(0, 2, 40)
        b = np.where(rng.random(40) < 0.8, a, 1 - a)
        kappa, alpha = reliability.kappa_alpha(a, b)
        assert kappa[0] == pytest.approx(agreement.cohen_kappa(a, b))
        assert alpha[0] == pytest.approx(agreement.krippendorff_alpha(a, b))


def test_undefined_when_no_coder_varies():
    kappa, alpha = reliability.kappa_alpha(np.zeros(5), np.zeros(5))
    assert np.isnan(kappa[0]) and np.isnan(alpha[0])


def test_per_code_intervals_bracket_the_estimate_and_are_reproducible():
    index = pd.Index([f"E{i}" for i in range(30)], name="entry_id")
    first = pd.DataFrame({"x": [1] * 10 + [0] * 20, "y": [1, 0] * 15}, index=index)
    second = first.copy()
    second.iloc[:3, 0] = 0  # three disagreements on x, none on y
    table = reliability.per_code(first, second, {"x": "d", "y": "d"}, draws=500)
    x, y = table.set_index("code_id").loc["x"], table.set_index("code_id").loc["y"]
    assert x["disagreements"] == 3 and y["disagreements"] == 0
    assert x["kappa_low"] <= x["cohen_kappa"] <= x["kappa_high"] < 1
    assert y["cohen_kappa"] == 1 and y["kappa_low"] == 1
    assert table.equals(reliability.per_code(first, second, {"x": "d", "y": "d"}, draws=500))


def test_codings_of_different_entries_are_refused():
    a = pd.DataFrame({"x": [1, 0]}, index=["A", "B"])
    with pytest.raises(ValueError, match="same entries"):
        reliability.per_code(a, a.rename(index={"B": "C"}), {"x": "d"})


def _write(path, rows):
    pd.DataFrame(rows, columns=["entry_id", "code_id", "first_coder", "second_coder", "adjudicated",
                                "rule_unclear", "rationale"]).to_csv(path, index=False)
    return path


def test_the_adjudication_must_cover_exactly_the_differing_cells(tmp_path):
    from xmgov.themes.coder import CodingError, read_adjudication

    first = pd.DataFrame({"x": [1, 0], "y": [0, 0]}, index=["A", "B"])
    second = pd.DataFrame({"x": [0, 0], "y": [0, 1]}, index=["A", "B"])
    good = [("A", "x", 1, 0, 0, "no", "r"), ("B", "y", 0, 1, 1, "yes", "r")]
    assert len(read_adjudication(first, second, _write(tmp_path / "ok.csv", good))) == 2
    with pytest.raises(CodingError, match=r"misses \[\('B', 'y'\)\]"):
        read_adjudication(first, second, _write(tmp_path / "short.csv", good[:1]))
    with pytest.raises(CodingError, match="A x: the coders' values"):
        read_adjudication(first, second, _write(tmp_path / "wrong.csv", [("A", "x", 0, 1, 0, "no", "r"), good[1]]))
    with pytest.raises(CodingError, match="0/1 decision and a rationale"):
        read_adjudication(first, second, _write(tmp_path / "blank.csv", [("A", "x", 1, 0, 0, "no", ""), good[1]]))
