import pandas as pd
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
    assert tab.loc["national", "total"] == 3
    assert "media" not in tab.index  # media is a type of body, not a level
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
    assert sorted(nat["entry_id"]) == ["C01", "C02", "P01"]
    assert "level" not in nat.columns
    assert dict(zip(nat["entry_id"], nat["recognizer_type"].astype(str)))["C02"] == "media_or_portal"


def test_recognition_by_type_counts_claims_by_type_and_level():
    tab = ev_claims.recognition_by_type(claims(), entries()).set_index("type of body")
    central = ev_claims.type_label("central_organ")
    assert tab.loc[central, "national"] == 2 and tab.loc[central, "entries"] == 2  # P01, C01
    assert tab.loc[ev_claims.type_label("media_or_portal"), "national"] == 1  # the portal, at national level
    assert tab.loc["total", "claims"] == (claims()["claim_type"] == "recognition").sum()
    assert tab.loc["total", "entries"] == 4  # G02, P01, C01, C02


def test_national_recognition_is_told_apart_by_type():
    nat = ev_claims.national_by_type(claims(), entries()).set_index("entry_id")
    assert nat["state"].to_dict() == {"C01": True, "C02": False, "P01": True}
    assert nat.loc["C02", "types"] == ("media_or_portal",)


def test_a_recognition_claim_without_a_type_is_an_error():
    bad = claims()
    bad.loc[1, "recognizer_type"] = pd.NA
    with pytest.raises(ValueError, match="no or unknown recognizer_type"):
        ev_claims.recognition(bad, entries())


def test_novelty_claims_repeated_by_a_lead():
    from xmgov.metrics.facts import novelty_lead_facts, repeated_novelty_text

    c = claims()
    assert repeated_novelty_text(c) == "no entries"
    c.loc[c["entry_id"] == "P01", ["corroboration", "corroboration_url", "corroboration_words"]] = [
        "trusted_lead", "https://chinacourt.org/article/a", "全省首个"]
    assert list(ev_claims.novelty_leads(c, entries())["entry_id"]) == ["P01"]
    assert repeated_novelty_text(c) == "1 entry (P01)"
    f = novelty_lead_facts(c, entries())
    assert f["metrics_novelty_trusted_text"] == "1 claim (P01, 全省首个获此殊荣的城市)"
    assert f["metrics_novelty_trusted_publishers"].startswith("中国法院网 (China Court Network), the news site")
    assert f["metrics_novelty_untrusted_text"] == "no claims" and f["metrics_novelty_not_repeated"] == 1
    assert f["metrics_novelty_other_first_text"] == "none"
    # a lead that states a different first repeats nothing: the claim counts among those not repeated
    c.loc[c["entry_id"] == "P01", "corroboration"] = "other_first"
    f = novelty_lead_facts(c, entries())
    assert repeated_novelty_text(c) == "no entries" and f["metrics_novelty_trusted_text"] == "no claims"
    assert f["metrics_novelty_other_first_text"] == "P01 (全省首个获此殊荣的城市)"
    assert f["metrics_novelty_other_first_words"] == "「全省首个」"
    assert f["metrics_novelty_not_repeated"] == 2 == int((c["claim_type"] == "novelty").sum())


def test_an_honour_to_the_entry_team_is_recognition_of_the_entry():
    c = claims()
    assert ev_claims.team_honours(c).empty
    c.loc[len(c)] = {"entry_id": "C02", "span": "该平台办案团队被最高检列为优秀团队", "claim_type": "recognition",
                     "level": "national", "body": pd.NA, "kind": "award", "recognizer_type": "supreme_judicial",
                     "corroboration": pd.NA}
    team = ev_claims.team_honours(c)
    assert list(team["entry_id"]) == ["C02"]
    assert team["span"].iloc[0] in set(ev_claims.recognition(c, entries())["span"])  # counted, not set aside
    assert ev_claims.recipient_not_practice(c)["entry_id"].tolist() == []
