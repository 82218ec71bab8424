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
    assert names == ["fig-test-bars-print.svg"] + [f"fig-test-bars.{s}" for s in ("csv", "json", "pdf", "png", "svg")]
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_the_print_copy_keeps_its_text_as_text_the_web_copy_as_outlines(tmp_path):
    """The PDF prints the print SVG, whose words a reader can search; the web SVG needs no font."""
    record = _draw(tmp_path)
    printed = (tmp_path / record.files["print"]).read_text(encoding="utf-8")
    web = (tmp_path / record.files["svg"]).read_text(encoding="utf-8")
    assert "网格员" in printed and "近邻党建" in printed and "<text" in printed
    assert "<text" not in web  # (matplotlib names each outlined text in a comment)


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


def _save(fig, out_dir, slug="print", **kwargs):
    return figures.save_figure(fig, chapter="test", slug=slug, caption="c", alt="a", source="s",
                               data=pd.DataFrame({"a": [1]}), out_dir=out_dir, **kwargs)


def test_record_gives_the_saved_size_and_the_smallest_text(tmp_path):
    from PIL import Image

    fig, ax = figures.new_figure("full", 3.0)
    ax.plot([0, 1], [0, 1])
    ax.annotate("small note", (0.5, 0.5), fontsize=7.25)
    ax.set_title("title", fontsize=12)
    record = _save(fig, tmp_path)
    width, height = Image.open(tmp_path / "fig-test-print.png").size
    assert (record.width_in, record.height_in) == (round(width / 300, 3), round(height / 300, 3))
    assert record.width_in <= figures.PRINT_TEXT_WIDTH_IN
    assert record.min_text_pt == 7.25
    saved = json.loads((tmp_path / "fig-test-print.json").read_text(encoding="utf-8"))
    assert saved["min_text_pt"] == 7.25 and saved["width_in"] == record.width_in


def test_house_style_prints_every_default_text_at_the_minimum_or_more(tmp_path):
    fig, ax = figures.new_figure("full", 3.0)
    ax.plot([0, 1], [0, 1], label="line")
    ax.set_xlabel("x")
    ax.legend(title="legend")
    fig.colorbar(ax.imshow([[0, 1]]), ax=ax, label="bar")
    assert _save(fig, tmp_path).min_text_pt >= figures.MIN_PRINT_TEXT_PT


@pytest.mark.parametrize("draw, message", [
    (lambda ax: ax.set_xlabel("tiny", fontsize=5), r"fig-test-print: its smallest text prints at 5\.0 pt, under the 7 pt"),
    (lambda ax: ax.set_title("$10^{6}$", fontsize=8), r"fig-test-print: its smallest text prints at [56]\.\d pt"),
    (lambda ax: ax.figure.set_size_inches(7.0, 3.0), r"fig-test-print: saved 7\.\d\d in \(1\d\d mm\) wide, more than the print text width"),
    (lambda ax: ax.figure.set_size_inches(4.0, 8.0), r"fig-test-print: saved \d\.\d\d in \(2\d\d mm\) tall, more than the 6\.89 in \(175 mm\)"),
])
def test_figures_that_would_not_print_legibly_are_refused_before_anything_is_written(tmp_path, draw, message):
    fig, ax = figures.new_figure("full", 3.0)
    ax.plot([0, 1], [0, 1])
    draw(ax)
    with pytest.raises(ValueError, match=message):
        _save(fig, tmp_path)
    assert not list(tmp_path.iterdir())


def test_only_drawn_text_counts(tmp_path):
    fig, (shown, hidden) = figures.new_figure("full", 3.0, ncols=2)
    hidden.set_title("hidden", fontsize=4)
    hidden.set_visible(False)
    shown.set_axis_off()  # its tick labels are not drawn
    shown.tick_params(labelsize=4)
    shown.text(0.5, 0.5, "shown", fontsize=8)
    assert _save(fig, tmp_path).min_text_pt == 8


def test_text_inside_a_raster_is_measured_at_the_size_it_is_drawn(tmp_path):
    import numpy as np

    def draw(word_px):
        fig, ax = figures.new_figure("full", 3.0)
        image = ax.imshow(np.zeros((100, 400)))
        ax.set_axis_off()
        ax.set_title("a raster", fontsize=9)
        fig.canvas.draw()
        drawn_pt = image.get_window_extent().width / fig.dpi * 72
        return fig, image, word_px * drawn_pt / 400

    fig, image, expected = draw(40)
    assert _save(fig, tmp_path, raster_text={image: 40}).min_text_pt == round(min(expected, 9), 2)
    fig, image, expected = draw(5)
    assert expected < figures.MIN_PRINT_TEXT_PT
    with pytest.raises(ValueError, match="smallest text"):
        _save(fig, tmp_path, slug="small-raster", raster_text={image: 5})


def test_bilingual_labels_count_chinese_as_double_width_and_never_cut_words():
    label = figures.wrap_bilingual("厦门市财政局", "Finance Bureau of the city", 24)
    assert label.split("\n")[0] == "厦门市财政局 Finance"  # 13 + 8 Latin widths: the gloss starts beside it
    assert label.replace("\n", " ") == "厦门市财政局 Finance Bureau of the city"
    assert figures.wrap_bilingual("国务院办公厅职转办", "Office", 12) == "国务院办公厅职转办\nOffice"
    assert figures.wrap_bilingual("中文", "", 10) == "中文"
    assert "Procuratorate" in figures.wrap_bilingual("厦门市人民检察院", "People's Procuratorate", 27).split("\n")[-1]


def test_a_tall_figure_prints_smaller_but_never_under_7_pt():
    from dataclasses import replace

    record = figures.FigureRecord(name="fig-x-y", chapter="x", caption="c", alt="a", source="s", files={},
                                  data_columns=[], data_rows=1, width_in=5.0, height_in=6.8, min_text_pt=7.5)
    assert figures.print_width_in(record) == round(5.0 * 7 / 7.5, 3)  # held at 7 pt
    assert figures.print_width_in(replace(record, min_text_pt=9.0)) == round(5.0 * 160 / 25.4 / 6.8, 3)
    assert figures.print_width_in(replace(record, height_in=4.0)) == 5.0  # short: as drawn
