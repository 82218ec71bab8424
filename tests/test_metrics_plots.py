"""Draw every chapter figure from the hand-made tables into a temporary folder."""

import json

import pandas as pd
import pytest

from test_metrics_examples import claims, entries, metrics
from xmgov import paths
from xmgov.metrics import indicators, magnitudes, plots, profile


@pytest.fixture()
def figdir(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "FIGURES", tmp_path)
    return tmp_path


def _record(figdir, slug):
    return json.loads((figdir / f"fig-metrics-{slug}.json").read_text(encoding="utf-8"))


def test_every_figure_is_drawn_with_the_data_it_shows(figdir):
    m, c, e = metrics(), claims(), entries()
    ind = indicators.per_entry(m, c, e)
    plots.profile_matrix(profile.matrix(ind, e))
    plots.money(magnitudes.money(m, e))
    plots.people(magnitudes.people(m, e))
    plots.rates(magnitudes.rates(m, e))
    plots.slopes(magnitudes.pairs(m, e))
    plots.claims_by_category(ind)
    plots.scores(profile.scores(ind), profile.category_ranking(ind))
    for slug in ("evidence-profile", "money", "people", "rates", "before-after", "claims", "scores"):
        rec = _record(figdir, slug)
        assert {"svg", "png", "pdf", "csv"} <= set(rec["files"])
        assert all(rec["zh"][k] for k in ("caption", "alt", "source")), f"{slug}: no Chinese words"
    assert _record(figdir, "evidence-profile")["data_rows"] == len(e) * 6
    assert _record(figdir, "money")["data_rows"] == 2
    assert _record(figdir, "before-after")["data_rows"] == 2
    # every entry is counted exactly once in each panel of the claims figure
    drawn = pd.read_csv(figdir / "fig-metrics-claims.csv")
    assert drawn.groupby("panel")["entries"].sum().eq(len(e)).all()
