"""Coordination vocabulary is found in the text and set against the bodies named."""

from test_collaboration_graphs import example
from xmgov.collaboration.actors import entry_profile
from xmgov.collaboration.rhetoric import claims, compare, coordination_terms, entries_using, term_frequency


def test_coordination_terms_are_counted():
    assert coordination_terms("多部门协调联动，联动各方") == {"联动": 2, "多部门": 1}
    assert coordination_terms("社区自治") == {}


def test_claims_and_comparison():
    entries, agencies, entry_agencies = example()
    table = claims(entries, entry_profile(entries, agencies, entry_agencies)).set_index("entry_id")
    assert table.loc["E1", "terms"] == "协同;联动"  # the title counts too
    assert table.loc["E3", "term_hits"] == 3 and table.loc["E3", "bodies"] == 2
    assert not table.loc["E4", "claims_coordination"]
    summary = compare(table.reset_index()).set_index("claims_coordination")
    assert summary.loc[True, "entries"] == 3 and summary.loc[True, "name_several"] == 3
    assert summary.loc[False, "entries"] == 3 and summary.loc[False, "name_no_body"] == 1
    freq = term_frequency(table.reset_index()).set_index("term")["entries"]
    assert freq["联动"] == 2 and freq["共治"] == 0


def test_entries_using_counts_entries_not_occurrences_and_reads_titles():
    entries, _, _ = example()
    # 联动 twice in E3 counts once; 协同 only in E1's title and description; 共建共治共享 nowhere
    assert entries_using(entries, ("联动", "协同", "多部门联动", "共建共治共享")) == {
        "联动": 2, "协同": 1, "多部门联动": 1, "共建共治共享": 0}
