"""English glosses for the Chinese terms the chapter shows (data/themes/glossary.csv).

Figures and tables both label terms bilingually; a term missing from the glossary stops the chapter
with a message naming the file, so no bare Chinese label reaches a reader.
"""

from __future__ import annotations

import pandas as pd

from .. import paths

GLOSSARY = paths.DATA / "themes" / "glossary.csv"


def glossary() -> pd.DataFrame:
    """term_zh, pinyin, term_en for every term the figures and tables show."""
    table = pd.read_csv(GLOSSARY, dtype=str)
    dup = table.loc[table["term_zh"].duplicated(), "term_zh"].tolist()
    if dup:
        raise ValueError(f"{GLOSSARY}: terms listed twice: {dup}")
    return table


def bilingual(terms, sep: str = " ", template: str = "{zh}{sep}{en}") -> list[str]:
    """'治理 governance' labels; a term missing from the glossary is an error, not a bare label."""
    gloss = glossary().set_index("term_zh")["term_en"]
    terms = list(terms)
    missing = [t for t in terms if t not in gloss.index]
    if missing:
        raise KeyError(f"{GLOSSARY}: add an English gloss for {missing}")
    return [template.format(zh=t, sep=sep, en=gloss[t]) for t in terms]


def glossed(terms, joiner: str = "; ") -> str:
    """'共治 (co-governance); 社会力量 (social forces)': a list of terms for a table cell."""
    return joiner.join(bilingual(terms, template="{zh} ({en})"))
