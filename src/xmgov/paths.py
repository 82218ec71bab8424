"""Where things live, so no module or notebook spells a path twice."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
RAW = DATA / "raw"
RAW_SOURCE = RAW / "000_4d42245eb09b0b18.txt"
PROCESSED = DATA / "processed"
ANNOTATIONS = DATA / "annotations"
CHAPTERS = ROOT / "chapters"
# The Chinese edition: parallel pages with the same names (xmgov.translations).
ZH = ROOT / "zh"
BUILD = ROOT / "_build"
HTML = BUILD / "html"
PDF_DIR = BUILD / "pdf"
# Figures and tables made while notebooks execute. Outside _build so that `make clean` keeps them
# together with the notebook cache they belong to; published into the site by the Sphinx extension.
ARTIFACTS = ROOT / "_artifacts"
FIGURES = ARTIFACTS / "figures"
TABLES = ARTIFACTS / "tables"
JUPYTER_CACHE = ROOT / ".jupyter_cache"
FONT_CACHE = ROOT / ".cache" / "fonts"
