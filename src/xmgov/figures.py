"""One way to make and save every figure in the book.

`new_figure` applies the house style (CJK font, colour-blind-safe palette, print sizes, fixed
seeds); `save_figure` writes the figure as SVG, PNG (300 dpi) and PDF with no volatile metadata,
the exact data drawn as CSV, and a JSON record (caption, alt text, source, citation) that the
Sphinx directive `xmfigure` and the figure index read. A missing glyph is an error, never a box.
"""

from __future__ import annotations

import json
import random
import re
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from . import paths
from .fonts import register_matplotlib

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour-vision
# deficiencies. Order chosen so the first colours also differ in lightness for greyscale print.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"]
GREY = "#8C8C8C"
SEQUENTIAL_CMAP = "cividis"  # perceptually uniform and colour-vision-deficiency safe
WIDTHS = {"full": 7.0, "half": 3.4}
SEED = 20230302  # the source article's publication date
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
FORMATS = ("svg", "png", "pdf")


@dataclass(frozen=True)
class FigureRecord:
    """What a reader needs to reuse one figure; saved next to its files as JSON."""

    name: str
    chapter: str
    caption: str
    alt: str
    source: str
    files: dict
    data_columns: list
    data_rows: int


def use_style() -> None:
    """House style for matplotlib; also fixes the random seeds layouts and jitter rely on."""
    import matplotlib as mpl
    from cycler import cycler

    register_matplotlib()
    mpl.rcParams.update({
        "axes.prop_cycle": cycler(color=PALETTE),
        "image.cmap": SEQUENTIAL_CMAP,
        "font.size": 9,
        "axes.titlesize": 10,
        "axes.labelsize": 9,
        "xtick.labelsize": 8,
        "ytick.labelsize": 8,
        "legend.fontsize": 8,
        "legend.frameon": False,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.titlelocation": "left",
        "figure.dpi": 100,
        "savefig.bbox": "tight",
        "savefig.pad_inches": 0.2,  # matplotlib measures long rotated CJK labels a little short
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
    """A styled figure and its axes; `width` is 'full' (7 in), 'half' (3.4 in) or inches."""
    import matplotlib.pyplot as plt

    use_style()
    inches = WIDTHS.get(width, width) if isinstance(width, str) else float(width)
    if isinstance(inches, str):
        raise ValueError(f"width must be 'full', 'half' or a number of inches, not {width!r}")
    return plt.subplots(nrows, ncols, figsize=(inches, height), **kwargs)


def figure_name(chapter: str, slug: str) -> str:
    for label, value in (("chapter", chapter), ("slug", slug)):
        if not _SLUG.match(value):
            raise ValueError(f"figure {label} {value!r} must be lower-case words joined by '-'")
    return f"fig-{chapter}-{slug}"


def save_figure(fig, chapter: str, slug: str, caption: str, alt: str, source: str,
                data: pd.DataFrame, out_dir: Path | None = None) -> FigureRecord:
    """Write `fig` and the data it draws under a stable name; close it; return its record."""
    import matplotlib.pyplot as plt

    name = figure_name(chapter, slug)
    out_dir = publication_folder(name, {"caption": caption, "alt": alt, "source": source}, data,
                                 "the data drawn", out_dir or paths.FIGURES)
    metadata = {
        "svg": {"Date": None, "Creator": None},
        "png": {"Software": None},
        "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
    }
    files = {}
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r"Glyph .* missing from")
        for fmt in FORMATS:
            path = out_dir / f"{name}.{fmt}"
            fig.savefig(path, format=fmt, dpi=300, metadata=metadata[fmt])
            files[fmt] = path.name
    plt.close(fig)
    csv_path = out_dir / f"{name}.csv"
    data.to_csv(csv_path, index=False, lineterminator="\n", float_format="%.6g")
    files["csv"] = csv_path.name
    record = FigureRecord(name=name, chapter=chapter, caption=caption.strip(), alt=alt.strip(),
                          source=source.strip(), files=files,
                          data_columns=[str(c) for c in data.columns], data_rows=len(data))
    meta_path = out_dir / f"{name}.json"
    meta_path.write_text(json.dumps(asdict(record), ensure_ascii=False, indent=1, sort_keys=True)
                         + "\n", encoding="utf-8")
    return record


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

