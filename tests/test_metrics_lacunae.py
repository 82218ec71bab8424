import pandas as pd
import pytest

from test_metrics_examples import entries, metrics
from xmgov.metrics import lacunae


def _lacunae():
    return pd.DataFrame({
        "lacuna_id": ["L01", "L02", "L03", "L04"],
        "entry_id": ["G02", "C02", "C02", "P01"],
        "text": ["线余条", "线余场次", "线万人次", "习"],
        "context": ["高效预警违法线余条", "精心开展线余场次", "线万人次", "习倡导"],
        "rule": ["cut_figure", "cut_figure", "cut_figure", "cut_name"],
        "lost_figure": [True, True, True, False],
        "note": ["figure cut out"] * 3 + ["name cut out"],
    })


def test_only_cuts_that_held_a_figure_are_lost_numbers():
    lost = lacunae.lost_figures(_lacunae(), entries())
    assert list(lost["lacuna_id"]) == ["L02", "L03", "L01"]
    assert lost.loc[0, "label"] == "Class-action payouts"  # the id has its own column


def test_effect_on_counts_is_a_lower_bound_on_what_was_lost():
    eff = lacunae.effect_on_counts(_lacunae(), metrics(), entries()).set_index("count")
    assert eff.loc["quantities", "as extracted"] == len(metrics())
    assert eff.loc["quantities", lacunae.CERTAIN_COLUMN] == len(metrics()) + 3
    # G02 had no quantity; its cut figure would have given it one
    assert eff.loc["entries with no quantity", "as extracted"] == 1
    assert eff.loc["entries with no quantity", lacunae.CERTAIN_COLUMN] == 0
    assert lacunae.emptied_entries(_lacunae(), metrics(), entries()) == ["G02"]


def test_a_cut_passage_is_counted_apart_from_the_certain_cuts():
    cuts = _lacunae()
    cuts.loc[1, "rule"] = "cut_passage"  # C02's first cut only suggests a figure
    eff = lacunae.effect_on_counts(cuts, metrics(), entries()).set_index("count")
    assert eff.loc["quantities", lacunae.CERTAIN_COLUMN] == len(metrics()) + 2
    assert eff.loc["quantities", lacunae.ALL_COLUMN] == len(metrics()) + 3
    lost = lacunae.lost_figures(cuts, entries())
    assert list(lacunae.certain(lost)) == [False, True, True]


def test_lost_table_glosses_the_clause_and_drops_the_context():
    cuts = _lacunae()
    cuts["context"] = ["高效预警违法线余条", "精心开展线余场次", "线万人次", "习倡导"]
    table = lacunae.lost_table(lacunae.lost_figures(cuts, entries()))
    assert "context" not in table and list(table["lacuna"]) == ["L02", "L03", "L01"]
    assert table.loc[0, "English gloss"] == "held […]-odd events"
    cuts.loc[0, "context"] = "未译的句子线余条"
    with pytest.raises(ValueError, match="G02"):
        lacunae.lost_table(lacunae.lost_figures(cuts, entries()))


def test_unknown_entry_is_an_error():
    bad = _lacunae()
    bad.loc[0, "entry_id"] = "Z01"
    with pytest.raises(ValueError, match="Z01"):
        lacunae.lost_figures(bad, entries())


def test_lost_list_quotes_the_clause_of_each_cut():
    cuts = _lacunae()
    cuts.loc[0, "context"] = "一年来巡查监护网站36642个,高效预警违法线余条,推动破案"
    lost = lacunae.lost_figures(cuts, entries())
    assert lost.set_index("lacuna_id").loc["L01", "clause"] == "高效预警违法线余条"
    assert lacunae.lost_list(lost).startswith("「精心开展线余场次」 (C02), 「线万人次」 (C02)")
    assert "「高效预警违法线余条」 (G02)" in lacunae.lost_list(lost)
