"""Recognizers are analysed on their own, by level and category."""

import pandas as pd
import pytest
from test_collaboration_graphs import example, recognition_claims

from xmgov.collaboration.recognition import by_body, by_level, recognitions, reconcile, type_facts

CATEGORIES = ["grassroots_case", "innovation_project", "innovation_case"]


def test_recognitions_keep_only_recognizer_rows_with_type_and_level_apart():
    entries, agencies, entry_agencies = example()
    table = recognitions(entries, agencies, entry_agencies, recognition_claims())
    assert list(zip(table["entry_id"], table["agency_id"])) == [("E1", "R"), ("E4", "A"), ("E5", "M"), ("E5", "R")]
    levels = dict(zip(table["agency_id"], table["recognizer_level"]))
    assert levels == {"R": "national", "A": "city", "M": "national"}  # a newspaper has a level too
    types = dict(zip(table["agency_id"], table["recognizer_type"]))
    assert types == {"R": "central_organ", "A": "city_organ", "M": "media_or_portal"}


def test_a_recognizer_without_a_coded_claim_is_an_error():
    entries, agencies, entry_agencies = example()
    claims = recognition_claims()
    with pytest.raises(ValueError, match=r"no coded recognition claim.*\('E4', 'A'\)"):
        recognitions(entries, agencies, entry_agencies, claims[claims["body"] != "A"])


def test_type_facts_count_entries_by_type_and_level():
    entries, agencies, entry_agencies = example()
    facts = type_facts(recognitions(entries, agencies, entry_agencies, recognition_claims()), entries)
    assert (facts["entries_recognised_central"], facts["entries_recognised_media"],
            facts["entries_recognised_city"], facts["entries_recognised_supreme"]) == (2, 1, 1, 0)
    assert facts["entries_recognised_national"] == 2  # E1 and E5
    assert facts["recognizers_single_entry"] == 2  # A and M; R recognises E1 and E5
    # R and M are national bodies, A a city one: only A could have been among an entry's own units
    assert facts["recognizers_above_city_text"] == "2 of the 3"
    assert facts["entries_recognised_by_list"] == ("2 of the 2 grassroots cases, 1 of the 2 innovation projects "
                                                   "and 0 of the 2 innovation cases")


def test_by_body_and_by_level_counts():
    entries, agencies, entry_agencies = example()
    table = recognitions(entries, agencies, entry_agencies, recognition_claims())
    bodies = by_body(table, CATEGORIES).set_index("agency_id")
    assert list(bodies.index) == ["R", "M", "A"]  # central organ, then media, then city organ
    assert bodies.loc["R", "entries"] == 2 and bodies.loc["R", "grassroots_case"] == 1
    assert bodies.loc["R", "innovation_project"] == 1
    levels = by_level(table, entries, CATEGORIES).set_index("recognizer_level")
    assert levels.loc["national"].to_dict() == {"grassroots_case": 1, "innovation_project": 1, "innovation_case": 0}
    assert levels.loc["any", "grassroots_case"] == 2  # E4 and E5
    assert levels.loc["entries in category"].to_dict() == {"grassroots_case": 2, "innovation_project": 2,
                                                           "innovation_case": 2}


def test_reconcile_counts_claims_and_named_bodies_on_one_base():
    """Hand-made: E1 names R twice (two claims); E4 names A and also has an unnamed claim; E7 and
    E8 report recognition without a body ("" and "unknown"); a novelty claim never counts."""
    _, _, entry_agencies = example()  # recognizer pairs: E1-R, E4-A, E5-M, E5-R
    claims = pd.DataFrame({
        "entry_id": ["E1", "E1", "E4", "E4", "E5", "E5", "E7", "E8", "E9"],
        "claim_type": ["recognition"] * 8 + ["novelty"],
        "body": ["R", "R", "A", None, "M", "R", "", "unknown", "Z"],
    })
    result = reconcile(claims, entry_agencies)
    assert result["entries_recognised"] == 5  # E1 E4 E5 E7 E8
    assert result["entries_body_named"] == 3  # E1 E4 E5
    assert result["entries_body_unnamed"] == 2  # E7 E8 (E4 names A, so it is named)
    assert result["recognition_claims"] == 8
    assert result["claims_body_named"] == 5
    assert result["claims_body_unnamed"] == 3
    assert result["named_bodies"] == 3  # R, A, M; "unknown" is not a body
    assert result["entry_body_pairs"] == 4
    assert result["pairs_only_in_claims"] == [] and result["pairs_only_in_entry_agencies"] == []


def test_reconcile_reports_pairs_one_table_lacks():
    _, _, entry_agencies = example()
    claims = pd.DataFrame({"entry_id": ["E1", "E6"], "claim_type": ["recognition", "recognition"],
                           "body": ["R", "Q"]})
    result = reconcile(claims, entry_agencies)
    assert result["pairs_only_in_claims"] == [("E6", "Q")]
    assert result["pairs_only_in_entry_agencies"] == [("E4", "A"), ("E5", "M"), ("E5", "R")]
    assert result["entries_recognised"] == 4 and result["entries_body_unnamed"] == 0
