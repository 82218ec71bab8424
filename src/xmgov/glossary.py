"""The book's glossary: the themes chapter's terms (data/themes/glossary.csv) and the terms the
front matter, the other chapters and the conclusions add (data/glossary_extra.csv), merged and
sorted by pinyin; and the methods terms (data/glossary_methods.csv), one plain sentence each.

A term listed in both Chinese files is an error rather than a silent choice between two glosses,
and `absent_terms` finds Chinese terms that occur neither in the source nor in any chapter.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pandas as pd

from . import paths
from .chinese import Chinese

THEMES_GLOSSARY = paths.DATA / "themes" / "glossary.csv"
EXTRA_GLOSSARY = paths.DATA / "glossary_extra.csv"
METHODS_GLOSSARY = paths.DATA / "glossary_methods.csv"
METHODS_GLOSSARY_ZH = paths.DATA / "glossary_methods_zh.csv"  # the Chinese edition's methods terms
COLUMNS = ["term_zh", "pinyin", "term_en"]
METHODS_COLUMNS = ["term", "explanation"]
METHODS_ZH_COLUMNS = ["term", "term_zh", "explanation_zh"]


def read(path: Path, columns: list[str] = COLUMNS) -> pd.DataFrame:
    """One glossary file, checked: the expected columns, every cell filled, no term twice."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(table.columns) != columns:
        raise ValueError(f"{path}: columns must be {columns}, found {list(table.columns)}")
    for col in columns:
        empty = table.index[table[col].str.strip() == ""]
        if len(empty):
            raise ValueError(f"{path}: empty {col} on data line(s) {[int(i) + 2 for i in empty]}")
    key = columns[0]
    dup = sorted(set(table.loc[table[key].duplicated(), key]))
    if dup:
        raise ValueError(f"{path}: term(s) listed twice: {dup}")
    return table


def methods(path: Path = METHODS_GLOSSARY) -> pd.DataFrame:
    """The methods terms, sorted alphabetically (ignoring case)."""
    table = read(path, METHODS_COLUMNS)
    return table.sort_values("term", key=lambda t: t.str.casefold(), ignore_index=True)


def methods_zh(table: pd.DataFrame, path: Path = METHODS_GLOSSARY_ZH) -> pd.DataFrame:
    """The Chinese of every methods term of `table` (term, term_zh, explanation_zh), in the rows'
    order: a term without Chinese, or Chinese for a term the English list no longer has, is an
    error naming the file and the term."""
    chinese = read(path, METHODS_ZH_COLUMNS).set_index("term")
    missing = [t for t in table["term"] if t not in chinese.index]
    if missing:
        raise ValueError(f"{_name(path)}: no Chinese for methods term(s) {missing} "
                         f"(listed in {_name(METHODS_GLOSSARY)})")
    stale = sorted(set(chinese.index) - set(table["term"]))
    if stale:
        raise ValueError(f"{_name(path)}: methods term(s) {stale} are not in the English list "
                         f"{_name(METHODS_GLOSSARY)}")
    return chinese.loc[list(table["term"])].reset_index()


def absent_terms(table: pd.DataFrame, texts: list[str]) -> list[str]:
    """Chinese terms of the glossary that occur in none of `texts` (a glossary lists what the
    reader meets, so such a term should be dropped)."""
    return sorted(t for t in table["term_zh"] if not any(t in text for text in texts))


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


def methods_display(table: pd.DataFrame) -> pd.DataFrame:
    """Column headings for readers."""
    return table.rename(columns={"explanation": "what it means"})


# The Chinese edition's headers (xmgov.chinese): the Chinese terms table's columns in Chinese.
TERMS_COLUMNS_ZH = {"中文 Chinese": "中文术语", "拼音 pinyin": "拼音", "English": "英文译名"}
METHODS_COLUMNS_ZH = {"term": "术语", "what it means": "含义"}


def chinese_tables(terms: pd.DataFrame, methods_terms: pd.DataFrame) -> tuple[Chinese, Chinese]:
    """The Chinese edition's words for the two tables: the terms table keeps its cells (Chinese,
    pinyin and the English gloss it exists to give), the methods table shows each term and its
    explanation in Chinese, from data/glossary_methods_zh.csv."""
    zh = methods_zh(methods_terms)
    cells = dict(zip(zh["term"], zh["term_zh"])) | dict(zip(methods_terms["explanation"], zh["explanation_zh"]))
    return (Chinese(caption="本书反复出现的术语:中文术语、拼音及英文译名,按拼音排序", columns=TERMS_COLUMNS_ZH),
            Chinese(caption="方法术语:本书各统计术语和技术术语的含义",
                    columns=METHODS_COLUMNS_ZH, cells=cells))


def analysis() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The glossary page (chapters/glossary.md): the Chinese terms and the methods terms."""
    return glossary(), methods()


def facts(a: tuple[pd.DataFrame, pd.DataFrame]) -> dict:
    terms, methods_terms = a
    return {"n_terms": len(terms), "n_methods": len(methods_terms)}


def tables(a: tuple[pd.DataFrame, pd.DataFrame]) -> list[tuple[str, pd.DataFrame, str]]:
    terms, methods_terms = a
    terms_zh, methods_zh_words = chinese_tables(terms, methods_terms)
    return [("terms", display(terms), "Recurring terms: Chinese, pinyin and English gloss, sorted by pinyin",
             terms_zh),
            ("methods", methods_display(methods_terms),
             "Methods terms: what each statistical or technical term of the book means", methods_zh_words)]
