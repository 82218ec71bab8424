"""Which words the entries use: term and document frequencies, TF-IDF, and jieba's TextRank.

Document frequency (DF) is the number of entries that use a term at least once; it is the count the
chapter ranks by, because one long entry repeating a word (养犬 five times in one entry) should not
outrank a word that many entries share. TF-IDF is computed on this corpus of 70 entries only.
"""

from __future__ import annotations

import math
from collections import Counter

import pandas as pd

from .segment import Segmenter, tokenizer


def term_table(terms: pd.Series) -> pd.DataFrame:
    """term, tf (occurrences), df (entries using it), df_share; sorted by df, tf, term."""
    tf = Counter(t for ts in terms for t in ts)
    df = Counter(t for ts in terms for t in set(ts))
    table = pd.DataFrame({"term": list(tf), "tf": [tf[t] for t in tf], "df": [df[t] for t in tf]})
    table["df_share"] = table["df"] / len(terms)
    return table.sort_values(["df", "tf", "term"], ascending=[False, False, True],
                             ignore_index=True)


def by_category(terms: pd.Series, categories: pd.Series, top: int) -> pd.DataFrame:
    """The `top` terms by DF within each category (categories aligned on entry_id)."""
    frames = []
    for category, ids in categories.groupby(categories, sort=True).groups.items():
        table = term_table(terms.loc[ids]).head(top)
        table.insert(0, "category", category)
        table.insert(1, "rank", range(1, len(table) + 1))
        frames.append(table)
    return pd.concat(frames, ignore_index=True)


def tfidf(terms: pd.Series) -> pd.DataFrame:
    """Long table entry_id, term, tfidf: tf normalised by entry length, idf = ln(N / df)."""
    n = len(terms)
    df = Counter(t for ts in terms for t in set(ts))
    rows = []
    for entry_id, ts in terms.items():
        for term, count in Counter(ts).items():
            rows.append((entry_id, term, count / len(ts) * math.log(n / df[term])))
    return pd.DataFrame(rows, columns=["entry_id", "term", "tfidf"])


def distinctive(terms: pd.Series, categories: pd.Series, top: int, min_df: int = 2) -> pd.DataFrame:
    """Terms with the highest mean TF-IDF across the entries of each category.

    A term must be used by at least `min_df` entries of the category, so that one entry's
    vocabulary does not pass for the category's.
    """
    scores = tfidf(terms)
    scores["category"] = scores["entry_id"].map(categories)
    sizes = categories.value_counts()
    grouped = scores.groupby(["category", "term"])
    table = grouped["tfidf"].sum().rename("tfidf_sum").reset_index()
    table["df_in_category"] = grouped["entry_id"].nunique().to_numpy()
    table["mean_tfidf"] = table["tfidf_sum"] / table["category"].map(sizes)
    table = table[table["df_in_category"] >= min_df]
    table = table.sort_values(["category", "mean_tfidf", "term"], ascending=[True, False, True])
    table = table.groupby("category").head(top).drop(columns="tfidf_sum")
    table.insert(1, "rank", table.groupby("category").cumcount() + 1)
    return table.reset_index(drop=True)


def textrank(texts: pd.Series, categories: pd.Series, segmenter: Segmenter, top: int) -> pd.DataFrame:
    """jieba.analyse TextRank keywords per category (texts concatenated), for comparison.

    Uses the same tokenizer (user dictionary) and stopwords as the rest of the chapter; jieba's
    default part-of-speech filter (ns, n, vn, v) and window (5).
    """
    import jieba.analyse  # its part-of-speech tables take seconds to load: only where used
    import jieba.posseg

    ranker = jieba.analyse.TextRank()
    ranker.tokenizer = ranker.postokenizer = jieba.posseg.POSTokenizer(tokenizer(segmenter.user_dict))
    ranker.stop_words = set(segmenter.stopwords)
    rows = []
    for category, ids in categories.groupby(categories, sort=True).groups.items():
        text = "\n".join(texts.loc[ids])
        for rank, (term, weight) in enumerate(ranker.textrank(text, topK=top, withWeight=True), 1):
            rows.append((category, rank, segmenter.synonyms.get(term, term), weight))
    return pd.DataFrame(rows, columns=["category", "rank", "term", "weight"])
