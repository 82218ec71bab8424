"""One way to make and save every figure in the book.

`new_figure` applies the house style (CJK font, colour-blind-safe palette, print sizes, fixed
seeds); `save_figure` writes the figure as SVG, PNG (300 dpi) and PDF with no volatile metadata,
the exact data drawn as CSV, and a JSON record (caption, alt text, source, citation) that the
Sphinx directive `xmfigure` and the figure index read. A missing glyph is an error, never a box.
"""

from __future__ import annotations

import io
import json
import random
import re
import struct
import textwrap
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from . import paths
from .fonts import register_matplotlib

if TYPE_CHECKING:
    from .chinese import Chinese

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour-vision
# deficiencies. Order chosen so the first colours also differ in lightness for greyscale print.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"]
GREY = "#8C8C8C"
SEQUENTIAL_CMAP = "cividis"  # perceptually uniform and colour-vision-deficiency safe
# The print edition's page: ISO B5 with a text block 132 mm wide and 204 mm tall. A figure prints
# at its saved size (scaled down only if wider than the block) and may take 175 mm of the block's
# height, which leaves room for its caption on the same page; no text in it may print under 7 pt.
MM_PER_IN = 25.4
PRINT_TEXT_WIDTH_MM, PRINT_MAX_HEIGHT_MM = 132, 175
PRINT_TEXT_WIDTH_IN = PRINT_TEXT_WIDTH_MM / MM_PER_IN  # 5.197 in
PRINT_MAX_HEIGHT_IN = PRINT_MAX_HEIGHT_MM / MM_PER_IN  # 6.890 in
MIN_PRINT_TEXT_PT = 7
# With its caption and source line a figure must fit one page: a figure drawn taller than this
# prints smaller, as far as its smallest text allows (`print_width_in`).
PRINT_FIT_HEIGHT_MM = 160
PNG_DPI = 300
SIZE_TOLERANCE_IN = 0.5 / PNG_DPI  # half a pixel: the PNG's size is rounded to whole pixels
PAD_IN = 0.2  # savefig.pad_inches: matplotlib measures long rotated CJK labels a little short
# House widths, drawn so that the saved figure (its tight box plus the pad on each side) fits the
# text block: "full" the whole text width, "half" half of it.
WIDTHS = {"full": PRINT_TEXT_WIDTH_IN - 2 * PAD_IN, "half": PRINT_TEXT_WIDTH_IN / 2 - 2 * PAD_IN}
SEED = 20230302  # the source article's publication date
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
FORMATS = ("svg", "png", "pdf")


@dataclass(frozen=True)
class FigureRecord:
    """What a reader needs to reuse one figure; saved next to its files as JSON. `width_in` and
    `height_in` are the saved size (the PNG's pixels / PNG_DPI); `min_text_pt` is the smallest
    text drawn, in points at that size."""

    name: str
    chapter: str
    caption: str
    alt: str
    source: str
    files: dict
    data_columns: list
    data_rows: int
    width_in: float
    height_in: float
    min_text_pt: float | None
    zh: dict | None = None  # the Chinese edition's caption, alt and source (xmgov.chinese)


def use_style() -> None:
    """House style for matplotlib; also fixes the random seeds layouts and jitter rely on."""
    import matplotlib as mpl
    from cycler import cycler

    register_matplotlib()
    mpl.rcParams.update({
        "axes.prop_cycle": cycler(color=PALETTE),
        "image.cmap": SEQUENTIAL_CMAP,
        # Sizes for print at the saved size: nothing under MIN_PRINT_TEXT_PT.
        "font.size": 8,
        "axes.titlesize": 9,
        "axes.labelsize": 8,
        "xtick.labelsize": 7.5,
        "ytick.labelsize": 7.5,
        "legend.fontsize": 7.5,
        "legend.title_fontsize": 7.5,
        "figure.titlesize": 9,
        "legend.frameon": False,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.titlelocation": "left",
        "figure.dpi": 100,
        "savefig.bbox": "tight",
        "savefig.pad_inches": PAD_IN,
        "svg.hashsalt": "xmgov",
        "svg.fonttype": "path",
        "pdf.fonttype": 42,
    })
    random.seed(SEED)
    np.random.seed(SEED)


def publication_folder(name: str, texts: dict[str, str], frame, what: str, out_dir: Path) -> Path:
    """Refuse a figure or table without its texts or rows (naming it and what is missing); return
    the folder it is published in, created if need be."""
    for label, text in texts.items():
        if not text or not text.strip():
            raise ValueError(f"{name}: a {name.split('-')[0]} needs a non-empty {label}")
    if not isinstance(frame, pd.DataFrame) or frame.empty:
        raise ValueError(f"{name}: pass {what} as a non-empty DataFrame (it is published as CSV)")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return out_dir


def new_figure(width: str | float = "full", height: float = 4.0, nrows: int = 1, ncols: int = 1,
               **kwargs):
    """A styled figure and its axes; `width` is 'full' or 'half' of the print text width (less
    the save pad), or inches. Constrained layout by default keeps the labels inside the figure,
    so that the saved width is the width asked for."""
    import matplotlib.pyplot as plt

    use_style()
    inches = WIDTHS.get(width, width) if isinstance(width, str) else float(width)
    if isinstance(inches, str):
        raise ValueError(f"width must be 'full', 'half' or a number of inches, not {width!r}")
    kwargs.setdefault("layout", "constrained")
    return plt.subplots(nrows, ncols, figsize=(inches, height), **kwargs)


def _png_size_in(png: bytes) -> tuple[float, float]:
    """Width and height (inches) of a PNG written at PNG_DPI, read from its IHDR chunk."""
    width, height = struct.unpack(">II", png[16:24])
    return width / PNG_DPI, height / PNG_DPI


def _drawn_text_sizes(fig) -> list[float]:
    """Font size (pt) of every non-empty text the figure draws. Recorded while drawing rather
    than read off the artists, so that what is not drawn does not count: hidden axes, the tick
    labels of an axes switched off, ticks outside the view, empty labels."""
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.mathtext import MathTextParser

    sizes: list[float] = []
    math = MathTextParser("path")

    class Recorder(RendererAgg):
        def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
            if ismath:  # each glyph's own size: a superscript is smaller than its base
                sizes.extend(size for _, size, *_ in math.parse(s, 72, prop).glyphs)
            elif s.strip():
                sizes.append(prop.get_size_in_points())

    width, height = fig.get_size_inches() * fig.dpi
    fig.draw(Recorder(width, height, fig.dpi))
    return sizes


def _raster_text_sizes(fig, raster_text: dict) -> list[float]:
    """Points at the drawn size of the smallest text inside each raster image: `raster_text` maps
    an image artist (a word cloud, say) to that text's size in the image's own pixels."""
    renderer = fig.canvas.get_renderer()
    sizes = []
    for image, size_px in raster_text.items():
        drawn_pt = image.get_window_extent(renderer).width / fig.dpi * 72
        sizes.append(size_px * drawn_pt / image.get_array().shape[1])
    return sizes


def wrap_bilingual(zh: str, en: str, width: int) -> str:
    """A Chinese name and its English gloss wrapped to `width` Latin characters (a Chinese one
    counts as two, as it is drawn about twice as wide); the gloss starts on the Chinese name's
    line when its first word fits there. Words are never cut."""
    if not en:
        return zh
    lead = "x" * (2 * len(zh) + 1)  # stands for the Chinese name while wrapping
    if len(lead) + len(en.split()[0]) <= width:
        lines = textwrap.wrap(en, width, initial_indent=lead, break_long_words=False)
        return "\n".join([zh + " " + lines[0][len(lead):], *lines[1:]])
    return "\n".join([zh, *textwrap.wrap(en, width, break_long_words=False)])


def grouped_rows(groups: pd.Series, order) -> tuple[list, np.ndarray, dict]:
    """Rows of a chart whose rows fall into groups, each group under a heading row of its own:
    the index labels of the rows in `order` of their group, each row's position (0 at the top),
    and each group's heading position. Groups with no row get no heading."""
    idx, pos, headers, y = [], [], {}, 0.0
    for group in order:
        members = list(groups.index[groups == group])
        if not members:
            continue
        headers[group] = y
        idx += members
        pos += [y + 1 + k for k in range(len(members))]
        y += len(members) + 1
    return idx, np.array(pos), headers


def figure_name(chapter: str, slug: str) -> str:
    for label, value in (("chapter", chapter), ("slug", slug)):
        if not _SLUG.match(value):
            raise ValueError(f"figure {label} {value!r} must be lower-case words joined by '-'")
    return f"fig-{chapter}-{slug}"


def save_figure(fig, chapter: str, slug: str, caption: str, alt: str, source: str,
                data: pd.DataFrame, out_dir: Path | None = None,
                raster_text: dict | None = None, zh: "Chinese | None" = None) -> FigureRecord:
    """Write `fig` and the data it draws under a stable name; close it; return its record.
    `raster_text` maps an image drawn in the figure to the size, in the image's pixels, of the
    smallest text inside it (a word cloud's smallest word), so that it is held to the print rule.
    `zh` gives the Chinese edition's caption, alt text and source line (`xmgov.chinese`).
    A figure that would not print legibly is refused before anything is written."""
    import matplotlib.pyplot as plt

    name = figure_name(chapter, slug)
    chinese = zh.figure_record(name) if zh is not None else None
    out_dir = publication_folder(name, {"caption": caption, "alt": alt, "source": source}, data,
                                 "the data drawn", out_dir or paths.FIGURES)
    metadata = {
        "svg": {"Date": None, "Creator": None},
        "png": {"Software": None},
        "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
    }
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r"Glyph .* missing from")
        png = io.BytesIO()
        fig.savefig(png, format="png", dpi=PNG_DPI, metadata=metadata["png"])
        width_in, height_in = _png_size_in(png.getvalue())
        sizes = _drawn_text_sizes(fig) + _raster_text_sizes(fig, raster_text or {})
        min_text_pt = round(min(sizes), 2) if sizes else None
        check_print_size(name, width_in, height_in, min_text_pt)
        files = {}
        for fmt in FORMATS:
            path = out_dir / f"{name}.{fmt}"
            if fmt == "png":
                path.write_bytes(png.getvalue())
            else:
                fig.savefig(path, format=fmt, dpi=PNG_DPI, metadata=metadata[fmt])
            files[fmt] = path.name
        # The print edition's copy keeps its text as text (searchable in the PDF, and measured
        # there), set by WeasyPrint in the same embedded font the other files draw as outlines.
        import matplotlib as mpl

        with mpl.rc_context({"svg.fonttype": "none"}):
            print_path = out_dir / f"{name}-print.svg"
            fig.savefig(print_path, format="svg", metadata=metadata["svg"])
        files["print"] = print_path.name
    plt.close(fig)
    csv_path = out_dir / f"{name}.csv"
    data.to_csv(csv_path, index=False, lineterminator="\n", float_format="%.6g")
    files["csv"] = csv_path.name
    record = FigureRecord(name=name, chapter=chapter, caption=caption.strip(), alt=alt.strip(),
                          source=source.strip(), files=files,
                          data_columns=[str(c) for c in data.columns], data_rows=len(data),
                          width_in=round(width_in, 3), height_in=round(height_in, 3),
                          min_text_pt=min_text_pt, zh=chinese)
    meta_path = out_dir / f"{name}.json"
    meta_path.write_text(json.dumps(asdict(record), ensure_ascii=False, indent=1, sort_keys=True)
                         + "\n", encoding="utf-8")
    return record


def check_print_size(name: str, width_in: float, height_in: float, min_text_pt: float | None) -> None:
    """Refuse a figure that does not fit the print text block or whose smallest text, as printed
    (scaled down to the text width if wider), is under MIN_PRINT_TEXT_PT."""
    if width_in > PRINT_TEXT_WIDTH_IN + SIZE_TOLERANCE_IN:
        raise ValueError(f"{name}: saved {width_in:.2f} in ({width_in * MM_PER_IN:.0f} mm) wide, more than "
                         f"the print text width of {PRINT_TEXT_WIDTH_IN:.2f} in ({PRINT_TEXT_WIDTH_MM} mm)")
    if height_in > PRINT_MAX_HEIGHT_IN + SIZE_TOLERANCE_IN:
        raise ValueError(f"{name}: saved {height_in:.2f} in ({height_in * MM_PER_IN:.0f} mm) tall, more than "
                         f"the {PRINT_MAX_HEIGHT_IN:.2f} in ({PRINT_MAX_HEIGHT_MM} mm) a figure may take in print")
    printed = (min_text_pt or MIN_PRINT_TEXT_PT) * min(1.0, PRINT_TEXT_WIDTH_IN / width_in)
    if printed < MIN_PRINT_TEXT_PT:
        raise ValueError(f"{name}: its smallest text prints at {printed:.1f} pt, under the "
                         f"{MIN_PRINT_TEXT_PT} pt minimum for print (drawn at {min_text_pt} pt in a "
                         f"figure {width_in:.2f} in wide)")


def print_width_in(record: "FigureRecord") -> float:
    """The width a figure prints at: as drawn, or narrower when it is drawn taller than
    PRINT_FIT_HEIGHT_MM, but never so small that its smallest text prints under 7 pt."""
    fit = min(1.0, PRINT_FIT_HEIGHT_MM / MM_PER_IN / record.height_in)
    floor = MIN_PRINT_TEXT_PT / record.min_text_pt if record.min_text_pt else 1.0
    return round(record.width_in * min(1.0, max(fit, floor)), 3)


def load_record(name: str, fig_dir: Path | None = None) -> FigureRecord:
    """The saved record of figure `name`, with an error that says how to regenerate it."""
    path = Path(fig_dir or paths.FIGURES) / f"{name}.json"
    if not path.is_file():
        raise FileNotFoundError(
            f"{path}: figure {name!r} has not been made. The chapter that calls "
            f"save_figure(..., slug=...) for it must run first (`make html` re-executes it; "
            f"if the notebook cache is stale, `make distclean`)."
        )
    return FigureRecord(**json.loads(path.read_text(encoding="utf-8")))

