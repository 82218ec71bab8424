import pytest

from test_metrics_examples import agencies, claims, entries
from xmgov.metrics import claims as ev_claims


def test_novelty_by_level_counts_claims_and_entries():
    tab = ev_claims.novelty_by_level(claims(), entries())
    assert tab.loc[("claims", "city"), "grassroots_case"] == 1
    assert tab.loc[("claims", "provincial"), "total"] == 1
    assert tab.loc[("entries", "national"), "total"] == 0


def test_recognition_by_level_and_kind():
    tab = ev_claims.recognition_by_level_kind(claims(), entries())
    assert tab.loc["national", "total"] == 2
    assert tab.loc["total", "total"] == (claims()["claim_type"] == "recognition").sum()
    assert tab.loc["provincial", "replication"] == 1


def test_bodies_are_named_from_agencies():
    body = ev_claims.recognition_by_body(claims(), entries(), agencies())
    assert "农业农村部 · Ministry of Agriculture and Rural Affairs" in set(body["body_name"])
    bad = claims()
    bad.loc[1, "body"] = "nobody"
    with pytest.raises(ValueError, match="nobody"):
        ev_claims.recognition_by_body(bad, entries(), agencies())


def test_national_recognition_table():
    nat = ev_claims.national_recognition(claims(), entries(), agencies())
    assert sorted(nat["entry_id"]) == ["C01", "P01"]
    assert "level" not in nat.columns
