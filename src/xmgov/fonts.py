"""The one CJK font every output uses: figures, word clouds and the PDF book.

The font comes from the PyPI package `noto-cjk-sans-otc` (a .ttc collection); the Simplified
Chinese faces are extracted once into `.cache/fonts/` as plain .otf files, which matplotlib,
wordcloud and WeasyPrint all read. There is no fallback to whatever fonts a machine happens to
have: a missing font is an error that says how to fix it.
"""

from __future__ import annotations

from contextlib import contextmanager

import os
from importlib import resources
from pathlib import Path

from . import paths

FAMILY = "Noto Sans CJK SC"
MONO_FAMILY = "Noto Sans Mono CJK SC"
# Face index inside NotoSansCJK-Regular.ttc: 2 = Sans SC, 7 = Sans Mono SC.
_FACES = {"sans": (2, FAMILY, "NotoSansCJKsc-Regular.otf"),
          "mono": (7, MONO_FAMILY, "NotoSansMonoCJKsc-Regular.otf")}


class FontMissingError(RuntimeError):
    """The CJK font package is not installed or does not hold the expected face."""


def _collection() -> Path:
    try:
        ttc = resources.files("noto_cjk_sans_otc").joinpath("NotoSansCJK-Regular.ttc")
    except ModuleNotFoundError as exc:
        raise FontMissingError(
            "The CJK font package 'noto-cjk-sans-otc' is not installed, so Chinese text cannot be "
            "rendered. Run `make env` (or `pip install noto-cjk-sans-otc==0.0.1`) and try again."
        ) from exc
    path = Path(str(ttc))
    if not path.is_file():
        raise FontMissingError(f"{path}: the font collection is missing; reinstall noto-cjk-sans-otc")
    return path


def cjk_font_path(face: str = "sans", cache_dir: Path | None = None) -> Path:
    """Path of the extracted .otf for `face` ('sans' or 'mono'), extracting it on first use."""
    index, family, filename = _FACES[face]
    cache_dir = Path(cache_dir or os.environ.get("XMGOV_FONT_CACHE") or paths.FONT_CACHE)
    target = cache_dir / filename
    if target.is_file():
        return target
    from fontTools.ttLib import TTFont

    with _exclusive(target):
        if not target.is_file():  # another process may have made it while we waited
            font = TTFont(_collection(), fontNumber=index, recalcTimestamp=False, lazy=False)
            found = font["name"].getDebugName(1)
            if found != family:
                raise FontMissingError(f"face {index} of the collection is {found!r}, expected {family!r}")
            _save_atomically(font, target)
    return target


@contextmanager
def _exclusive(target: Path):
    """Hold a lock beside `target` while making it: pages executing in parallel may all need a
    font that a clean checkout does not have yet."""
    import fcntl

    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.with_name(target.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _save_atomically(font, target: Path) -> None:
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    font.save(tmp)
    tmp.replace(target)


def register_matplotlib() -> str:
    """Make matplotlib draw all text with the CJK font; returns the family name."""
    import matplotlib as mpl
    from matplotlib import font_manager

    for face in _FACES:
        font_manager.fontManager.addfont(str(cjk_font_path(face)))
    names = {f.name for f in font_manager.fontManager.ttflist}
    if FAMILY not in names:
        raise FontMissingError(f"matplotlib did not register {FAMILY!r} from {cjk_font_path()}")
    mpl.rcParams["font.family"] = "sans-serif"
    mpl.rcParams["font.sans-serif"] = [FAMILY]
    mpl.rcParams["font.monospace"] = [MONO_FAMILY]
    mpl.rcParams["axes.unicode_minus"] = False
    return FAMILY


def characters_in(files) -> set[str]:
    """Every non-ASCII character of `files` (JSON files by their decoded strings, since JSON may
    escape them)."""
    import json

    chars = set()
    for path in files:
        text = Path(path).read_text(encoding="utf-8")
        if Path(path).suffix in (".json", ".ipynb"):
            text = json.dumps(json.loads(text), ensure_ascii=False)
        chars.update(ch for ch in text if ord(ch) > 0x7F)
    return chars


def subset(font: Path, chars: set[str], flavor: str | None = None, retain_gids: bool = False) -> Path:
    """`font` cut down to `chars` and printable ASCII (for code and Latin text), as OpenType or,
    with flavor='woff', a web font; cached by content under the font cache, since subsetting a
    full CJK font takes seconds while a renderer re-subsetting a small one takes a fraction.
    WeasyPrint needs `retain_gids`: with renumbered glyphs the CJK text it embeds is invisible
    (though still extractable)."""
    import hashlib

    font = Path(font)
    text = "".join(sorted(set(chars) | {chr(c) for c in range(0x20, 0x7F)}))
    key = hashlib.sha256(f"{font.name}\0{font.stat().st_size}\0{flavor}\0{retain_gids}\0{text}".encode()).hexdigest()
    target = paths.FONT_CACHE / "subsets" / f"{font.stem}-{key[:16]}{font.suffix if not flavor else '.' + flavor}"
    if target.is_file():
        return target
    from fontTools import subset as fontsubset
    from fontTools.ttLib import TTFont

    with _exclusive(target):
        if not target.is_file():
            loaded = TTFont(font, recalcTimestamp=False)
            options = fontsubset.Options()
            options.layout_features = ["*"]
            options.flavor = flavor
            options.retain_gids = retain_gids
            subsetter = fontsubset.Subsetter(options)
            subsetter.populate(unicodes=sorted(ord(ch) for ch in text))
            subsetter.subset(loaded)
            loaded.flavor = flavor
            _save_atomically(loaded, target)
    return target


# The print edition's Latin faces: Source Serif 4 for reading text and Source Sans 3 for headings,
# captions and tables, both from PyPI (fontpkg-*) as variable fonts. WeasyPrint embeds one static
# face per style, so each style is cut from the variable font once: (package, file, axes).
PRINT_FACES = {
    "serif": ("fontpkg_source_serif_4", "SourceSerif4[opsz,wght].ttf", {"wght": 400, "opsz": 10.5}),
    "serif_bold": ("fontpkg_source_serif_4", "SourceSerif4[opsz,wght].ttf", {"wght": 650, "opsz": 10.5}),
    "serif_italic": ("fontpkg_source_serif_4", "SourceSerif4-Italic[opsz,wght].ttf", {"wght": 400, "opsz": 10.5}),
    "serif_bold_italic": ("fontpkg_source_serif_4", "SourceSerif4-Italic[opsz,wght].ttf", {"wght": 650, "opsz": 10.5}),
    "sans": ("fontpkg_source_sans_3", "SourceSans3[wght].ttf", {"wght": 400}),
    "sans_bold": ("fontpkg_source_sans_3", "SourceSans3[wght].ttf", {"wght": 650}),
    "sans_italic": ("fontpkg_source_sans_3", "SourceSans3-Italic[wght].ttf", {"wght": 400}),
}


def print_face_path(face: str, cache_dir: Path | None = None) -> Path:
    """A static instance of one print face (see PRINT_FACES), made on first use."""
    package, filename, axes = PRINT_FACES[face]
    cache_dir = Path(cache_dir or os.environ.get("XMGOV_FONT_CACHE") or paths.FONT_CACHE)
    target = cache_dir / f"xm-print-{face}.ttf"
    if target.is_file():
        return target
    try:
        source = Path(str(resources.files(package).joinpath("files", filename)))
    except ModuleNotFoundError as exc:
        raise FontMissingError(f"the font package {package.replace('_', '-')!r} is not installed; "
                               "run `make env`") from exc
    if not source.is_file():
        raise FontMissingError(f"{source}: missing from {package}; reinstall it (`make env`)")
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    with _exclusive(target):
        if not target.is_file():
            font = TTFont(source, recalcTimestamp=False)
            _save_atomically(instancer.instantiateVariableFont(font, axes, updateFontNames=False), target)
    return target
