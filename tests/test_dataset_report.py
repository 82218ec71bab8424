"""The data chapter's helpers: the dictionary covers every column; coverage adds up."""

import json

from xmgov import paths
from xmgov.dataset import load, report


def test_dictionary_lists_every_column_of_every_table():
    package = json.loads((paths.PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    expected = {(r["name"], f["name"]) for r in package["resources"] if "schema" in r
                for f in r["schema"]["fields"]}
    d = report.data_dictionary()
    assert set(zip(d.table, d.column)) == expected
    assert d.description.str.len().gt(0).all()
    assert "EDITORIAL" in d.loc[(d.table == "entries") & (d.column == "label_en"), "description"].iloc[0]


def test_coverage_adds_up():
    e, m, l = load.entries(), load.metrics(), load.entry_agencies()
    cov = report.coverage(e, m, l).set_index("category")
    assert cov.loc["all", "entries"] == len(e) == 70
    assert (cov["with a quantity"] + cov["without a quantity"] == cov["entries"]).all()
    assert cov.loc["all", "with a quantity"] == e.entry_id.isin(m.entry_id).sum()
