import pandas as pd
import pytest

from xmgov import tables


def test_published_table_round_trips_as_text(tmp_path):
    df = pd.DataFrame({"类别 category": ["优秀基层案例", "优秀创新项目"], "n": [15, 30]})
    shown = tables.show_table(df, chapter="test", slug="counts", caption="Counts", out_dir=tmp_path)
    assert "<table" in shown._repr_html_()
    record, cells = tables.load_table("tab-test-counts", tmp_path)
    assert record["caption"] == "Counts" and record["rows"] == 2
    assert cells.to_dict("list") == {"类别 category": ["优秀基层案例", "优秀创新项目"], "n": ["15", "30"]}


def test_empty_tables_are_refused(tmp_path):
    with pytest.raises(ValueError, match="non-empty DataFrame"):
        tables.show_table(pd.DataFrame({"a": []}), chapter="test", slug="x", caption="c",
                          out_dir=tmp_path)
