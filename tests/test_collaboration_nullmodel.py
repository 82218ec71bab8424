"""The curveball null model keeps both degree sequences and is reproducible."""

from collections import Counter

import numpy as np
import pandas as pd
import pytest

from test_collaboration_graphs import example
from xmgov.collaboration.graphs import collaboration_network
from xmgov.collaboration.measures import cross_share, summary
from xmgov.collaboration.nullmodel import compare, curveball_trade, memberships, observed, simulate


@pytest.fixture
def two_mode():
    return collaboration_network(*example())[0]


def test_curveball_preserves_both_degree_sequences(two_mode):
    rows = memberships(two_mode)
    sizes, counts = [len(r) for r in rows], Counter(a for r in rows for a in r)
    rng = np.random.default_rng(1)
    changed = False
    for _ in range(500):
        before = list(rows)
        i, j = rng.choice(len(rows), size=2, replace=False)
        curveball_trade(rows, i, j, rng)
        changed |= rows != before
        assert [len(r) for r in rows] == sizes
        assert Counter(a for r in rows for a in r) == counts
    assert changed, "500 trades never changed the graph: the chain does not move"


def test_observed_statistics_agree_with_the_measures(two_mode):
    _, projection = collaboration_network(*example())
    stats = observed(two_mode)
    assert stats["density"] == pytest.approx(summary(projection)["density"])
    assert stats["cross_type_share"] == pytest.approx(cross_share(projection, "type"))
    assert stats["cross_system_share"] == pytest.approx(cross_share(projection, "system"))


def test_simulation_is_reproducible_and_varies(two_mode):
    first = simulate(two_mode, draws=200, seed=7)
    assert first.equals(simulate(two_mode, draws=200, seed=7))
    assert len(first) == 200 and first["cross_type_share"].nunique() > 1
    assert not first.equals(simulate(two_mode, draws=200, seed=8))


def test_compare_percentiles_and_p_values_by_hand():
    null = pd.DataFrame({"density": [0.0, 1.0, 0.5, 0.5]})
    row = compare({"density": 0.5}, null).iloc[0]
    assert row["percentile"] == pytest.approx(50.0)  # one below, two tied (half each): (1 + 1) / 4
    assert row["p_greater"] == pytest.approx((1 + 3) / 5)
    assert row["p_less"] == pytest.approx((1 + 3) / 5)
    assert compare({"density": 2.0}, null).iloc[0]["p_greater"] == pytest.approx(1 / 5)
