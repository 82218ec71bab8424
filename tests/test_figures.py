import json

import pandas as pd
import pytest

from xmgov import figures


def _draw(out_dir, title="近邻党建 neighbourhood party-building"):
    fig, ax = figures.new_figure("half", 2.5)
    data = pd.DataFrame({"term": ["网格员", "诉源治理", "雪亮工程"], "count": [5, 3, 2]})
    ax.barh(data["term"], data["count"])
    ax.set_title(title)
    return figures.save_figure(fig, chapter="test", slug="bars", caption="Three terms 三个词",
                               alt="Horizontal bars for three terms", source="Source: test",
                               data=data, out_dir=out_dir)


def test_two_renders_are_byte_identical(tmp_path):
    _draw(tmp_path / "a")
    _draw(tmp_path / "b")
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == [f"fig-test-bars.{s}" for s in ("csv", "json", "pdf", "png", "svg")]
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_files_carry_no_timestamps(tmp_path):
    _draw(tmp_path)
    svg = (tmp_path / "fig-test-bars.svg").read_text(encoding="utf-8")
    pdf = (tmp_path / "fig-test-bars.pdf").read_bytes()
    assert "<dc:date>" not in svg
    assert b"/CreationDate" not in pdf


def test_record_holds_caption_alt_source_and_data_shape(tmp_path):
    record = _draw(tmp_path)
    saved = json.loads((tmp_path / "fig-test-bars.json").read_text(encoding="utf-8"))
    assert saved["caption"] == record.caption == "Three terms 三个词"
    assert saved["data_columns"] == ["term", "count"] and saved["data_rows"] == 3
    csv = pd.read_csv(tmp_path / "fig-test-bars.csv")
    assert csv["term"].tolist() == ["网格员", "诉源治理", "雪亮工程"]


def test_missing_glyph_is_an_error_not_a_box(tmp_path):
    with pytest.raises(UserWarning, match="missing from"):
        _draw(tmp_path, title="emoji \U0001F600 is not in the CJK font")


@pytest.mark.parametrize("kwargs, message", [
    ({"caption": " "}, "caption"),
    ({"alt": ""}, "alt"),
    ({"slug": "Bad Slug"}, "slug"),
    ({"data": pd.DataFrame()}, "DataFrame"),
])
def test_incomplete_figures_are_refused(tmp_path, kwargs, message):
    fig, _ = figures.new_figure()
    args = dict(chapter="test", slug="x", caption="c", alt="a", source="s",
                data=pd.DataFrame({"a": [1]}), out_dir=tmp_path)
    args.update(kwargs)
    with pytest.raises(ValueError, match=message):
        figures.save_figure(fig, **args)


def test_unknown_figure_names_say_how_to_make_them(tmp_path):
    with pytest.raises(FileNotFoundError, match="save_figure"):
        figures.load_record("fig-nowhere-none", tmp_path)
