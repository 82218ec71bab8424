"""Short axis labels, English measure names and the recognition recipient flag."""

import pandas as pd
import pytest

from test_metrics_examples import agencies, claims, entries
from xmgov.dataset import load
from xmgov.metrics import claims as ev_claims
from xmgov.metrics import glosses


def test_every_real_entry_has_a_short_label_without_truncation():
    for label in load.entries()["label_en"]:
        short = glosses.short_label(label)
        assert 0 < len(short) <= glosses.SHORT_MAX and "…" not in short, label


def test_a_long_unknown_label_is_cut_at_a_word_not_mid_word():
    short = glosses.short_label("A very long label that nobody abbreviated for the figures")
    assert len(short) <= glosses.SHORT_MAX and short.endswith("…") and short.startswith("A very long")


def test_measure_names_are_english_or_an_error_naming_the_entry():
    assert glosses.measure_en("调解成功率#") == "mediation success rate"
    assert glosses.measure_en("完成所需时间 (time to do the work)") == "time to do the work"
    with pytest.raises(ValueError, match="P99"):
        glosses.measure_en("未译的量#", "P99")


def test_every_real_magnitude_measure_has_an_english_name():
    from xmgov.metrics import magnitudes
    m, e, c = load.metrics(), load.entries(), load.claims()
    for table in (magnitudes.money(m, e), magnitudes.people(m, e, c), magnitudes.rates(m, e), magnitudes.pairs(m, e)):
        assert table["measure_en"].str.len().gt(0).all()


def test_unnamed_bodies_are_labelled_as_such_and_not_counted_as_a_body():
    c = claims()
    c.loc[len(c)] = {"entry_id": "G01", "span": "入选全国典型案例", "claim_type": "recognition", "level": "national",
                     "body": pd.NA, "kind": "listing", "recognizer_type": "unknown"}
    bodies = ev_claims.recognition_by_body(c, entries(), agencies())
    assert ev_claims.UNNAMED_BODY in set(bodies["body_name"]) and "unknown" not in set(bodies["body_name"])


def test_recognition_of_the_city_or_an_office_is_flagged_from_the_span():
    c = claims()
    c.loc[len(c)] = {"entry_id": "P16", "span": "2022年厦门被国务院食安委命名为示范城市", "claim_type": "recognition",
                     "level": "national", "body": "fsc", "kind": "award"}
    c.loc[len(c)] = {"entry_id": "P16", "span": "食安工作被推广", "claim_type": "recognition",
                     "level": "provincial", "body": "fj_gov", "kind": "replication"}
    flagged = ev_claims.recipient_not_practice(c)
    assert list(flagged["span"]) == ["2022年厦门被国务院食安委命名为示范城市"]
    assert flagged.loc[0, "recipient"].startswith("the whole city")
