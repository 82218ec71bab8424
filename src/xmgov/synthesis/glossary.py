"""The book's glossary: the themes chapter's terms (data/themes/glossary.csv, read only) and the
terms the front matter and conclusions add (data/glossary_extra.csv), merged and sorted by pinyin.

A term listed in both files is an error rather than a silent choice between two glosses.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pandas as pd

from .. import io, paths

THEMES_GLOSSARY = paths.DATA / "themes" / "glossary.csv"
EXTRA_GLOSSARY = paths.DATA / "glossary_extra.csv"
COLUMNS = ["term_zh", "pinyin", "term_en"]


def read(path: Path) -> pd.DataFrame:
    """One glossary file, checked: the three columns, every cell filled, no term twice."""
    table = pd.read_csv(io.tracked(path), dtype=str, keep_default_na=False)
    if list(table.columns) != COLUMNS:
        raise ValueError(f"{path}: columns must be {COLUMNS}, found {list(table.columns)}")
    for col in COLUMNS:
        empty = table.index[table[col].str.strip() == ""]
        if len(empty):
            raise ValueError(f"{path}: empty {col} on data line(s) {[int(i) + 2 for i in empty]}")
    dup = sorted(set(table.loc[table["term_zh"].duplicated(), "term_zh"]))
    if dup:
        raise ValueError(f"{path}: term(s) listed twice: {dup}")
    return table


def sort_key(pinyin: str) -> str:
    """Pinyin without tone marks, lower case: the order a reader looks terms up in."""
    bare = unicodedata.normalize("NFKD", pinyin)
    return "".join(ch for ch in bare if not unicodedata.combining(ch) and not ch.isspace()).lower()


def merge(*tables: tuple[str, pd.DataFrame]) -> pd.DataFrame:
    """(name, table) pairs merged; a term in two of them is an error naming both."""
    seen: dict[str, str] = {}
    for name, table in tables:
        for term in table["term_zh"]:
            if term in seen:
                raise ValueError(f"glossary term {term!r} is in both {seen[term]} and {name}; "
                                 f"keep it in one file")
            seen[term] = name
    out = pd.concat([t for _, t in tables], ignore_index=True)
    out["_key"] = out["pinyin"].map(sort_key)
    return out.sort_values(["_key", "term_zh"], ignore_index=True).drop(columns="_key")


def _name(path: Path) -> str:
    return str(path.relative_to(paths.ROOT)) if path.is_relative_to(paths.ROOT) else str(path)


def glossary(themes_path: Path = THEMES_GLOSSARY, extra_path: Path = EXTRA_GLOSSARY) -> pd.DataFrame:
    """The merged glossary, sorted by pinyin."""
    return merge((_name(themes_path), read(themes_path)), (_name(extra_path), read(extra_path)))


def display(table: pd.DataFrame) -> pd.DataFrame:
    """Column headings for readers."""
    return table.rename(columns={"term_zh": "中文 Chinese", "pinyin": "拼音 pinyin",
                                 "term_en": "English"})
