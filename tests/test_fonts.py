import warnings

import pytest

from xmgov import fonts


def test_extracted_face_is_simplified_chinese(tmp_path):
    from fontTools.ttLib import TTFont

    path = fonts.cjk_font_path("sans", cache_dir=tmp_path)
    assert TTFont(path)["name"].getDebugName(1) == fonts.FAMILY
    cmap = TTFont(path).getBestCmap()
    assert all(ord(ch) in cmap for ch in "厦门市域社会治理现代化")


def test_extraction_is_byte_identical(tmp_path):
    first = fonts.cjk_font_path("sans", cache_dir=tmp_path / "a").read_bytes()
    second = fonts.cjk_font_path("sans", cache_dir=tmp_path / "b").read_bytes()
    assert first == second


def test_missing_font_package_gives_the_documented_error(monkeypatch, tmp_path):
    def missing(name):
        raise ModuleNotFoundError(f"No module named {name!r}")

    monkeypatch.setattr(fonts.resources, "files", missing)
    with pytest.raises(fonts.FontMissingError, match=r"noto-cjk-sans-otc.*make env"):
        fonts.cjk_font_path("sans", cache_dir=tmp_path)


def test_matplotlib_uses_the_cjk_font_and_renders_chinese_without_missing_glyphs():
    import matplotlib.pyplot as plt

    assert fonts.register_matplotlib() == fonts.FAMILY
    assert plt.rcParams["font.sans-serif"][0] == fonts.FAMILY
    assert plt.rcParams["axes.unicode_minus"] is False
    fig, ax = plt.subplots()
    ax.set_title("诉源治理 litigation-source governance −1")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig.canvas.draw()
    plt.close(fig)


def _extract(folder):
    from xmgov.fonts import cjk_font_path

    return cjk_font_path("sans", folder).read_bytes()[:4]


def test_pages_executing_in_parallel_can_all_extract_the_font(tmp_path):
    """A clean checkout has no extracted font: parallel pages race to make it, and all must get it."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(3) as pool:
        heads = list(pool.map(_extract, [tmp_path] * 3))
    assert heads == [b"OTTO"] * 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["NotoSansCJKsc-Regular.otf",
                                                           "NotoSansCJKsc-Regular.otf.lock"]
