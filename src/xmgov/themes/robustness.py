"""Do the findings survive other reasonable preprocessing choices?

Top terms are recomputed with the domain stopword list off, the user dictionary off and the synonym
merges off. Code prevalences are recomputed with the dictionary coder matching keywords against
jieba tokens (with and without the user dictionary) instead of substrings, which is how a
token-based coder would see the text. No second segmenter is used: none is installed that runs
offline without downloading a model.
"""

from __future__ import annotations

import pandas as pd

from .codebook import Codebook
from .coder import to_matrix
from .frequencies import term_table
from .segment import Segmenter

VARIANTS = {
    "baseline": Segmenter(),
    "no domain stopwords": Segmenter(domain_stopwords=False),
    "no user dictionary": Segmenter(user_dict=False),
    "no synonym merge": Segmenter(merge_synonyms=False),
}


def top_terms(entries: pd.DataFrame, top: int) -> pd.DataFrame:
    """Top terms by DF under each variant, with overlap with the baseline's top list."""
    frames = []
    for name, segmenter in VARIANTS.items():
        table = term_table(segmenter.corpus(entries)).head(top)[["term", "df"]]
        table.insert(0, "variant", name)
        table.insert(1, "rank", range(1, len(table) + 1))
        frames.append(table)
    return pd.concat(frames, ignore_index=True)


def overlap(top: pd.DataFrame) -> pd.DataFrame:
    """Per variant: how many of its top terms are in the baseline top list, and which are new."""
    base = set(top.loc[top["variant"] == "baseline", "term"])
    rows = []
    for name, group in top.groupby("variant", sort=False):
        terms = list(group["term"])
        rows.append({"variant": name, "shared_with_baseline": sum(t in base for t in terms),
                     "of": len(terms), "new_terms": "、".join(t for t in terms if t not in base)})
    return pd.DataFrame(rows)


def token_coding(entries: pd.DataFrame, codebook: Codebook, segmenter: Segmenter) -> pd.DataFrame:
    """Dictionary coding where a keyword must be a whole jieba token (0/1 matrix)."""
    rows = []
    for entry_id, text in zip(entries["entry_id"], entries["description"]):
        tokens = set(segmenter.raw(text))
        rows.extend((entry_id, c.code_id) for c in codebook.codes if tokens & set(c.keywords))
    return to_matrix(pd.DataFrame(rows, columns=["entry_id", "code_id"]), entries["entry_id"], codebook)


def prevalences(codings: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Entries per code under each coding: rows codes, one column per coding."""
    return pd.DataFrame({name: m.sum() for name, m in codings.items()}).rename_axis("code_id").reset_index()
