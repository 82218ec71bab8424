"""Word segmentation with jieba, stated so that every count in the chapter can be reproduced.

jieba 0.42.1 in precise mode (`cut(..., cut_all=False, HMM=True)`), optionally with the project's
user dictionary of governance terms (data/themes/user_dict.txt), so that a term such as 诉源治理
stays one token. Tokens are kept when they are at least two CJK characters long and are not
stopwords (stopwords-iso 'zh' plus the documented domain list data/themes/stopwords_domain.txt);
synonyms are then merged with data/themes/synonyms.csv. jieba's dictionary cache goes to
.cache/jieba under the project root and its logger is silenced, so nothing is printed and nothing
is written into the repository.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import warnings

import pandas as pd
import stopwordsiso

from .. import paths

with warnings.catch_warnings():  # jieba 0.42.1 has invalid escape sequences in its regexes
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.simplefilter("ignore", SyntaxWarning)
    import jieba

THEMES = paths.DATA / "themes"
USER_DICT = THEMES / "user_dict.txt"
DOMAIN_STOPWORDS = THEMES / "stopwords_domain.txt"
SYNONYMS = THEMES / "synonyms.csv"
CACHE = paths.ROOT / ".cache" / "jieba"
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=2)
def tokenizer(user_dict: bool = True) -> jieba.Tokenizer:
    """A jieba tokenizer of its own (so the two variants never share state), cache under .cache/."""
    CACHE.mkdir(parents=True, exist_ok=True)
    tok = jieba.Tokenizer()
    tok.tmp_dir = str(CACHE)
    tok.initialize()
    if user_dict:
        tok.load_userdict(str(USER_DICT))
    return tok


def read_word_list(path: Path) -> list[str]:
    """Words separated by white space; '#' starts a comment (used to document each group)."""
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        words.extend(line.split("#", 1)[0].split())
    return words


def domain_stopwords() -> frozenset[str]:
    return frozenset(read_word_list(DOMAIN_STOPWORDS))


def stopword_groups(path: Path = DOMAIN_STOPWORDS) -> int:
    """How many documented groups the domain stopword list has (each opens with '# Group N')."""
    return sum(line.startswith("# Group ") for line in path.read_text(encoding="utf-8").splitlines())


def general_stopwords() -> frozenset[str]:
    return frozenset(stopwordsiso.stopwords("zh"))


def synonyms() -> dict[str, str]:
    """Variant -> canonical term, from data/themes/synonyms.csv (columns variant, canonical, note)."""
    table = pd.read_csv(SYNONYMS, dtype=str)
    missing = {"variant", "canonical"} - set(table.columns)
    if missing:
        raise ValueError(f"{SYNONYMS}: missing column(s) {sorted(missing)}")
    duplicated = table.loc[table["variant"].duplicated(), "variant"].tolist()
    if duplicated:
        raise ValueError(f"{SYNONYMS}: variant(s) listed twice: {duplicated}")
    return dict(zip(table["variant"], table["canonical"]))


@dataclass(frozen=True)
class Segmenter:
    """One stated preprocessing: which dictionary, which stopwords, which synonym merges."""

    user_dict: bool = True
    domain_stopwords: bool = True
    merge_synonyms: bool = True
    stopwords: frozenset[str] = field(init=False, repr=False)
    synonyms: dict[str, str] = field(init=False, repr=False)

    def __post_init__(self):
        words = general_stopwords() | (domain_stopwords() if self.domain_stopwords else frozenset())
        object.__setattr__(self, "stopwords", words)
        object.__setattr__(self, "synonyms", synonyms() if self.merge_synonyms else {})

    def raw(self, text: str) -> list[str]:
        """jieba precise mode, every token (punctuation included), for showing segmentation."""
        return list(tokenizer(self.user_dict).cut(text, cut_all=False, HMM=True))

    def terms(self, text: str) -> list[str]:
        """Content terms of `text`: CJK words of two or more characters, no stopwords, merged."""
        kept = [t for t in self.raw(text) if _CJK_WORD.match(t) and t not in self.stopwords]
        return [self.synonyms.get(t, t) for t in kept]

    def corpus(self, entries: pd.DataFrame) -> pd.Series:
        """Terms of each entry's description, indexed by entry_id."""
        return pd.Series([self.terms(t) for t in entries["description"]],
                         index=pd.Index(entries["entry_id"], name="entry_id"), name="terms")


def jieba_version() -> str:
    return jieba.__version__


SEGMENTATION_CHECK = THEMES / "segmentation_check.csv"


def check_sample(entries: pd.DataFrame, segmenter: Segmenter) -> pd.DataFrame:
    """The editors' hand check of segmentation (data/themes/segmentation_check.csv), verified current.

    The file lists, for a seeded sample of 12 entries, every word token of each entry's first clause
    with the editors' judgement (correct 1/0) and a note on each error. If the segmentation of a
    clause no longer yields the stored tokens (dictionary changed), the check is stale: an error.
    """
    check = pd.read_csv(SEGMENTATION_CHECK, dtype={"correct": int}, keep_default_na=False)
    descriptions = entries.set_index("entry_id")["description"]
    for (entry_id, clause), rows in check.groupby(["entry_id", "clause"], sort=False):
        if clause not in descriptions.get(entry_id, ""):
            raise ValueError(f"{SEGMENTATION_CHECK}: clause for {entry_id} is not in its description")
        tokens = [t for t in segmenter.raw(clause) if re.search(r"\w", t)]
        if tokens != rows["token"].tolist():
            raise ValueError(f"{SEGMENTATION_CHECK}: {entry_id}: stored tokens differ from the current "
                             f"segmentation {tokens}; redo the hand check for this clause")
    return check
