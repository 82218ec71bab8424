"""The raw file, its checksum, and the recovery of the three award lists from the numbering."""

import shutil

import pandas as pd
import pytest

from xmgov import paths
from xmgov.dataset import load
from xmgov.dataset.errors import DatasetError
from xmgov.dataset.segment import assign_categories, list_boundaries, segment
from xmgov.dataset.source import PROVENANCE, load_source

TITLED = {"G13": "思明区滨海街道", "P04": "市中级法院、人民银行厦门市中心支行、厦门银保监局、厦门证监局、市金融监管局、思明区",
          "P10": "市委政法委、市公安局、市财政局、市中级法院、市检察院、市工信局、市商务局",
          "P19": "市发改委、市卫健委、市财政局、市医保局、市工信局、厦门银保监局", "C11": "翔安区生态环境局",
          "C24": "湖里区委政法委"}


def test_edited_raw_file_is_refused(tmp_path):
    raw = tmp_path / paths.RAW_SOURCE.name
    shutil.copy(paths.RAW_SOURCE, raw)
    raw.write_text(raw.read_text(encoding="utf-8").replace("3162件", "3163件"), encoding="utf-8")
    with pytest.raises(DatasetError, match="sha256 mismatch") as err:
        load_source(raw, PROVENANCE)
    assert str(raw) in str(err.value)


def test_seventy_entries_in_three_lists_of_the_stated_sizes():
    rows = segment(load_source().text)
    ids = [r["entry_id"] for r in rows]
    assert len(ids) == len(set(ids)) == 70
    assert ids[:15] == [f"G{i:02d}" for i in range(1, 16)]
    assert ids[15:45] == [f"P{i:02d}" for i in range(1, 31)]
    assert ids[45:] == [f"C{i:02d}" for i in range(1, 26)]


def test_numbering_that_disagrees_with_itself_fails():
    # bullet 25 says it is number 11: its list would start at 15, not at 16 like bullet 19's
    with pytest.raises(DatasetError, match="disagrees"):
        list_boundaries([(13, 13), (19, 4), (25, 11), (56, 11)], 70)


def test_lists_that_disagree_with_the_stated_totals_fail():
    bounds = [(1, 15), (16, 30), (46, 25)]
    with pytest.raises(DatasetError, match="matches 0"):
        assign_categories(bounds, {"优秀基层案例": 15, "优秀创新项目": 29, "优秀创新案例": 25})


def test_a_duplicated_title_line_stops_segmentation():
    text = load_source().text
    line = next(l for l in text.split("\n") if l.startswith("13."))
    with pytest.raises(DatasetError, match="two numbered titles"):
        segment(text.replace(line, line + "\n" + line))


def test_titled_entries_and_their_leads():
    entries = load.entries().set_index("entry_id")
    links = load.entry_agencies()
    titled = entries[entries["title_source"] == "article"]
    assert sorted(titled.index) == sorted(TITLED)
    for eid, units in TITLED.items():
        assert entries.loc[eid, "title_units"] == units
        leads = links[(links.entry_id == eid) & (links.role == "lead")]
        assert list(leads["mention"]) == units.split("、")


def test_external_titles_only_from_high_confidence_leads_on_trusted_hosts():
    from xmgov.dataset.external import SUPPORTS_HIGH

    entries = load.entries().set_index("entry_id")
    leads = load.external_leads().set_index("entry_id")
    external = entries[entries["title_source"].notna() & (entries["title_source"] != "article")]
    for eid in external.index:
        assert leads.loc[eid, "confidence"] == "high" and leads.loc[eid, "source_trust"] in SUPPORTS_HIGH
        assert external.loc[eid, "title_source"] == leads.loc[eid, "source_url"].split(" ; ")[0]
    # A high lead on a host that cannot support a fact is used as medium: the finalists' voting page
    # on a commercial portal gives C03 a title only "reported elsewhere".
    assert (leads.loc["C03", "confidence_stated"], leads.loc["C03", "source_trust"],
            leads.loc["C03", "confidence"]) == ("high", "other_media", "medium")
    assert pd.isna(entries.loc["C03", "title"]) and leads.loc["C03", "title_elsewhere"]
    capped = leads[(leads.confidence_stated == "high") & ~leads.source_trust.isin(SUPPORTS_HIGH)]
    assert (capped.confidence == "medium").all() and len(capped) >= 1
    ext_agencies = load.external_agencies()
    low = set(leads.index[leads.confidence == "low"])
    assert not low & set(ext_agencies.entry_id)
    assert set(ext_agencies.loc[ext_agencies.confidence == "medium", "role"]) == {"reported_elsewhere"}
    assert set(ext_agencies.loc[ext_agencies.role == "lead", "source_trust"]) <= set(SUPPORTS_HIGH)


def test_an_unclassified_host_is_an_error_naming_the_lead_and_host():
    from xmgov.dataset.errors import DatasetError
    from xmgov.dataset.external import source_trust

    hosts = {"people.com.cn": "official_newspaper_or_broadcaster", "bkwk.cn": "aggregator_or_unknown"}
    assert source_trust("http://fj.people.com.cn/a", hosts, "x") == "official_newspaper_or_broadcaster"
    assert source_trust("http://fj.people.com.cn/a ; https://bkwk.cn/b", hosts, "x") == "aggregator_or_unknown"
    with pytest.raises(DatasetError, match="bullet_index 9.*example.org"):
        source_trust("https://www.example.org/page", hosts, "leads.csv bullet_index 9")


def test_organising_units_gap_is_documented():
    gaps = load.gaps()
    assert "organising_units" in set(gaps.gap_id)
