"""Everything the catalogue says about an entry, gathered from the data package and the editors'
translations, so that an entry's page and the chapters can never disagree."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import paths

TRANSLATIONS = paths.DATA / "translations" / "entries_en.csv"
DIGITS = re.compile(r"\d+(?:\.\d+)?")


class CatalogueError(ValueError):
    """An input of the catalogue is inconsistent; the message names the file, the entry and the problem."""


@dataclass
class Catalogue:
    entries: pd.DataFrame  # one row per entry, in the source's order
    translations: pd.DataFrame  # index entry_id: translation_en, translator_notes
    lacunae: pd.DataFrame
    bodies: pd.DataFrame  # entry_id, agency_id, name_zh, name_en, role, sources (article title / text / outside pages)
    metrics: pd.DataFrame
    claims: pd.DataFrame
    codes: pd.DataFrame  # entry_id, code_id, label, label_zh, first, second, adjudicated, why_kind, rationale
    indicators: pd.DataFrame
    typology: pd.DataFrame
    related: pd.DataFrame  # entry_id, rank, other, score, and what they share: codes, bodies, words


def read_translations(entries: pd.DataFrame, path: Path = TRANSLATIONS,
                      glossary: dict[str, str] | None = None) -> pd.DataFrame:
    """The editors' English translation of every description, checked: one row per entry, none empty,
    every figure of the Chinese text present in the English (a dropped number is a mistranslation),
    and every term of art the glossary lists translated with its gloss."""
    glossary = terms_of_art() if glossary is None else glossary
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in ("entry_id", "translation_en", "translator_notes"):
        if column not in table.columns:
            raise CatalogueError(f"{path}: missing column {column!r}")
    expected = set(entries["entry_id"])
    got = list(table["entry_id"])
    if len(set(got)) != len(got) or set(got) != expected:
        raise CatalogueError(f"{path}: entries missing {sorted(expected - set(got))}, unknown "
                             f"{sorted(set(got) - expected)}, or listed twice")
    table = table.set_index("entry_id")
    for entry_id, text in entries.set_index("entry_id")["description"].items():
        english = table.loc[entry_id, "translation_en"]
        if not english.strip():
            raise CatalogueError(f"{path}: {entry_id}: the translation is empty")
        lost = sorted({d for d in DIGITS.findall(text) if d not in english})
        if lost:
            raise CatalogueError(f"{path}: {entry_id}: figures of the description missing from the "
                                 f"translation: {lost}")
        for term, gloss in glossary.items():
            if term in text and not all(stem in english.lower() for stem in _stems(gloss)):
                raise CatalogueError(f"{path}: {entry_id}: {term} is not translated as the glossary has "
                                     f"it ({gloss!r})")
    return table


GLOSSARIES = (paths.DATA / "themes" / "glossary.csv", paths.DATA / "glossary_extra.csv")
MIN_TERM = 3  # shorter glossary words (治理, 服务 …) are common words; their gloss may vary with context
_FUNCTION_WORDS = {"the", "and", "of", "in", "a", "an", "to", "for", "by", "with", "on", "or", "as", "its"}


def terms_of_art(paths_: tuple[Path, ...] = GLOSSARIES) -> dict[str, str]:
    """The glossary's terms of at least MIN_TERM characters, with their gloss."""
    table = pd.concat([pd.read_csv(p, dtype=str, keep_default_na=False) for p in paths_])
    return {t: g for t, g in zip(table["term_zh"], table["term_en"]) if len(t) >= MIN_TERM}


def _stems(gloss: str) -> list[str]:
    """The gloss's content words (before any parenthesis or semicolon), cut to five letters so that
    inflected forms match ('firsts in the country', 'first-in-the-country')."""
    words = re.findall(r"[a-z]+", gloss.split("(")[0].split(";")[0].lower())
    return [w[:5] for w in words if w not in _FUNCTION_WORDS and len(w) >= 3]


def bodies(entry_agencies: pd.DataFrame, external: pd.DataFrame, agencies: pd.DataFrame) -> pd.DataFrame:
    """Every body named for an entry, with its role and where the name comes from: `sources`, a tuple
    of (kind, publisher class, confidence, where) — kind `title` (the title's list of units), `text`
    (the description) or `outside` (an outside page, with the class of its publisher and the
    confidence of the lead). The pages word them (`wording.py`)."""
    article = entry_agencies.assign(source=[("text" if s == "text" else "title", "", "", "")
                                            for s in entry_agencies["source"]])
    # A trusted publisher's page is cited by its address; any other page by its host only.
    trusted = external["source_trust"].isin(["official_government_or_court", "official_newspaper_or_broadcaster"])
    host = external["source_url"].str.extract(r"^https?://([^/]+)", expand=False)
    where = ("[" + host + "](" + external["source_url"] + ")").where(trusted, host)
    outside = external.assign(source=[("outside", t, c, w) for t, c, w in
                                      zip(external["source_trust"], external["confidence"], where)])
    rows = pd.concat([article[["entry_id", "agency_id", "role", "source"]],
                      outside[["entry_id", "agency_id", "role", "source"]]], ignore_index=True)
    rows = (rows.drop_duplicates().groupby(["entry_id", "agency_id", "role"], as_index=False)["source"]
            .agg(lambda s: tuple(sorted(s, key=_source_order))).rename(columns={"source": "sources"}))
    names = agencies.set_index("agency_id")[["name_zh", "name_en"]]
    missing = sorted(set(rows["agency_id"]) - set(names.index))
    if missing:
        raise CatalogueError(f"entry_agencies/external_agencies: agency ids not in agencies.csv: {missing}")
    return rows.join(names, on="agency_id").sort_values(["entry_id", "role", "agency_id"], ignore_index=True)


SOURCE_ORDER = {"text": 0, "title": 1, "outside": 2}  # the description, the title, outside pages


def _source_order(source: tuple) -> tuple:
    kind, trust, confidence, where = source
    return SOURCE_ORDER[kind], trust, confidence, where


def codes(first: pd.DataFrame, second: pd.DataFrame, adjudicated: pd.DataFrame, adjudication: pd.DataFrame,
          review: pd.DataFrame, codebook: pd.DataFrame) -> pd.DataFrame:
    """Long table of every entry × code: the code's labels (`label`: Chinese with English, as the
    English edition shows it; `label_zh`), the first, second and adjudicated value, and the reason the
    adjudicated value differs from the first where it does: `why_kind` (adjudication or review under
    the codebook's second version) and the coders' `rationale`, or empty strings."""
    ids = list(codebook["code_id"])
    labels = dict(zip(codebook["code_id"], codebook["label_zh"] + " (" + codebook["label_en"] + ")"))
    labels_zh = dict(zip(codebook["code_id"], codebook["label_zh"]))
    why = {(r.entry_id, r.code_id): ("adjudication", r.rationale) for r in adjudication.itertuples()}
    why |= {(r.entry_id, r.code_id): ("review", r.rationale) for r in review.itertuples()}
    f, s, a = (t.set_index("entry_id") for t in (first, second, adjudicated))
    rows = [{"entry_id": e, "code_id": c, "label": labels[c], "label_zh": labels_zh[c], "first": bool(f.loc[e, c]),
             "second": bool(s.loc[e, c]), "adjudicated": bool(a.loc[e, c]),
             "why_kind": why.get((e, c), ("", ""))[0], "rationale": why.get((e, c), ("", ""))[1]}
            for e in a.index for c in ids]
    return pd.DataFrame(rows)


def wording(entries: pd.DataFrame) -> dict[str, set[str]]:
    """Each description's content words, segmented as the themes chapter segments them (its user
    dictionary, stopwords and synonym merges)."""
    from ..themes.segment import Segmenter

    return {e: set(terms) for e, terms in Segmenter().corpus(entries).items()}


def related(codes_long: pd.DataFrame, bodies_long: pd.DataFrame, entries: pd.DataFrame, top: int = 3,
            words: dict[str, set[str]] | None = None) -> pd.DataFrame:
    """For each entry, the entries most like it: shared adjudicated codes (Jaccard index of the
    codes), shared collaborating bodies (one point each) and similar wording (Jaccard index of the
    descriptions' content words). What they share is kept for the pages to word (`wording.py`):
    `codes` (code ids), `bodies` (agency ids) and `words`, each a sorted tuple."""
    words = words or {}
    coded = codes_long[codes_long["adjudicated"]].groupby("entry_id")["code_id"].agg(frozenset)
    taking_part = bodies_long[bodies_long["role"].isin(["lead", "implementer"])]
    named = taking_part.groupby("entry_id")["agency_id"].agg(frozenset)
    ids = list(entries["entry_id"])
    rows = []
    for e in ids:
        mine, my_bodies = coded.get(e, frozenset()), named.get(e, frozenset())
        scored = []
        for o in ids:
            if o == e:
                continue
            theirs, their_bodies = coded.get(o, frozenset()), named.get(o, frozenset())
            union = mine | theirs
            jaccard = len(mine & theirs) / len(union) if union else 0.0
            my_words, their_words = words.get(e, set()), words.get(o, set())
            text = len(my_words & their_words) / len(my_words | their_words) if my_words | their_words else 0.0
            score = jaccard + len(my_bodies & their_bodies) + text
            if score == 0:
                continue
            shared = (tuple(sorted(mine & theirs)), tuple(sorted(my_bodies & their_bodies)),
                      tuple(sorted(my_words & their_words)))
            scored.append((-score, o, shared))
        for rank, (neg, o, shared) in enumerate(sorted(scored, key=lambda s: s[:2])[:top], start=1):
            rows.append({"entry_id": e, "rank": rank, "other": o, "score": round(-neg, 3), "codes": shared[0],
                         "bodies": shared[1], "words": shared[2]})
    return pd.DataFrame(rows, columns=["entry_id", "rank", "other", "score", "codes", "bodies", "words"])


def build() -> Catalogue:
    from ..dataset import load
    from ..metrics import indicators

    entries = load.entries().sort_values("seq", ignore_index=True)
    agencies = load.agencies()
    body_table = bodies(load.entry_agencies(), load.external_agencies(), agencies)
    code_table = codes(load.table("theme-coding-first"), load.table("theme-coding-second"),
                       load.table("theme-coding-adjudicated"), load.table("theme-adjudication"),
                       load.table("theme-v2-review"), load.table("theme-codebook"))
    metrics, claims = load.metrics(), load.claims()
    return Catalogue(entries=entries, translations=read_translations(entries), lacunae=load.lacunae(),
                     bodies=body_table, metrics=metrics, claims=claims, codes=code_table,
                     indicators=indicators.per_entry(metrics, claims, entries),
                     typology=load.table("typology-coding"),
                     related=related(code_table, body_table, entries, words=wording(entries)))
