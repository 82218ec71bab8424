"""Recognizers are analysed on their own, by level and category."""

from test_network_graphs import example
from xmgov.network.recognition import by_body, by_level, recognitions

CATEGORIES = ["grassroots_case", "innovation_project", "innovation_case"]


def test_recognitions_keep_only_recognizer_rows_with_media_as_a_level():
    entries, agencies, entry_agencies = example()
    table = recognitions(entries, agencies, entry_agencies)
    assert list(zip(table["entry_id"], table["agency_id"])) == [("E1", "R"), ("E4", "A"), ("E5", "M"), ("E5", "R")]
    levels = dict(zip(table["agency_id"], table["recognizer_level"]))
    assert levels == {"R": "national", "A": "city", "M": "media"}


def test_by_body_and_by_level_counts():
    entries, agencies, entry_agencies = example()
    table = recognitions(entries, agencies, entry_agencies)
    bodies = by_body(table, CATEGORIES).set_index("agency_id")
    assert list(bodies.index) == ["R", "A", "M"]  # national, then city, then media
    assert bodies.loc["R", "entries"] == 2 and bodies.loc["R", "grassroots_case"] == 1
    assert bodies.loc["R", "innovation_project"] == 1
    levels = by_level(table, entries, CATEGORIES).set_index("recognizer_level")
    assert levels.loc["national"].to_dict() == {"grassroots_case": 1, "innovation_project": 1, "innovation_case": 0}
    assert levels.loc["any", "grassroots_case"] == 2  # E4 and E5
    assert levels.loc["entries in category"].to_dict() == {"grassroots_case": 2, "innovation_project": 2,
                                                           "innovation_case": 2}
