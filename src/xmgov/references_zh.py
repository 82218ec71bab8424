"""The Chinese edition's reference list in the form of GB/T 7714—2015 (著者-出版年制).

The same `references.bib` serves both editions; only its wording differs. What GB/T 7714 prints is
built from the bibliography's own fields: authors (Latin-script family names in capitals with
initials, Chinese names as written, 等 / et al after three, 佚名 / Anon for none), a comma and the
year, the title
with its document-type code ([J] journal, [N] newspaper, [M] book, [R] report, [EB/OL] online,
[Z] other), then where it appeared, the DOI and the URL. A reference's `howpublished` and `note`
are the editors' English words: their Chinese comes from `data/translations/references_zh.csv`,
which records the English each row renders, so a changed English note fails the build with the
entry named instead of printing stale Chinese. No access date is printed: the bibliography records
none, and none is invented.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from . import citation_zh, paths

TRANSLATIONS = paths.DATA / "translations" / "references_zh.csv"
TRANSLATED_FIELDS = ("howpublished", "note")
CJK = re.compile(r"[\u3400-\u9fff]")
NEWSPAPER = re.compile(r"报|Daily")  # a journal field naming a newspaper (人民日报, 厦门日报, China Daily)
MAX_AUTHORS = 3


class ReferenceError(ValueError):
    """references.bib and its Chinese wording disagree."""


@lru_cache(maxsize=None)
def _rows(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    with Path(path).open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    table = {}
    for n, row in enumerate(rows, start=2):
        key = (row["key"], row["field"])
        if key in table:
            raise ReferenceError(f"{path}:{n}: entry {row['key']!r}, field {row['field']!r} is given twice")
        table[key] = (row["en"], row["zh"])
    return table


def translated(key: str, field: str, english: str, path: Path = TRANSLATIONS) -> str:
    """The Chinese of an entry's English `howpublished` or `note`; an error naming the entry if it
    is missing or was made from other English."""
    row = _rows(path).get((key, field))
    if row is None:
        raise ReferenceError(f"{path}: references.bib entry {key!r} has a {field} with no Chinese: "
                             f"add a row (key, field, en, zh) for {english!r}")
    if row[0] != english:
        raise ReferenceError(f"{path}: references.bib entry {key!r}: its {field} changed since it was "
                             f"translated (recorded {row[0]!r}, now {english!r}); revise the Chinese")
    return row[1]


def _plain(value) -> str:
    """A field's text without BibTeX's markup: \\url{x} -> x, braces and escapes removed."""
    text = re.sub(r"\\url\{([^}]*)\}", r"\1", str(value))
    return re.sub(r"\\(.)", r"\1", text.replace("{", "").replace("}", "")).strip()


def _person(person) -> str:
    """'Borins, Sandford' -> 'BORINS S'; '俞可平' stays; an organisation stays as written."""
    family = _plain(" ".join(person.last_names))
    given = _plain(" ".join(person.first_names + person.middle_names))
    if CJK.search(family + given) or not given:
        return family + given
    initials = " ".join(part[0].upper() for part in re.split(r"[\s\-]+", given) if part)
    return f"{family.upper()} {initials}"


ANONYMOUS = {True: ("佚名", "yi ming"), False: ("Anon", "anon")}  # (as printed, as sorted) by script


def anonymous(entry) -> tuple[str, str] | None:
    """How a work without a named author or editor is listed and sorted: 佚名 for a Chinese title,
    Anon otherwise (the author-year system has no title-first form); None if it has authors."""
    if entry.persons.get("author") or entry.persons.get("editor"):
        return None
    return ANONYMOUS[bool(CJK.search(_plain(entry.fields.get("title", ""))))]


def authors(entry) -> str:
    """The authors as GB/T 7714 prints them. Latin-script given names give one initial each; a
    pinyin given name gives one per syllable (Jiannan -> J N), which cannot be told from the name
    alone, so such entries spell their authors out in a `gbtauthor` field."""
    if "gbtauthor" in entry.fields:
        return _plain(entry.fields["gbtauthor"])
    unnamed = anonymous(entry)
    if unnamed:
        return unnamed[0]
    names = [_person(p) for p in entry.persons.get("author") or entry.persons.get("editor")]
    if len(names) > MAX_AUTHORS:
        more = ", 等" if CJK.search(names[0]) else ", et al"
        return ", ".join(names[:MAX_AUTHORS]) + more
    return ", ".join(names)


def type_code(entry) -> str:
    fields = entry.fields
    if entry.type == "article":
        return "N" if NEWSPAPER.search(_plain(fields.get("journal", ""))) else "J"
    if entry.type == "book":
        return "M"
    if entry.type == "techreport":
        return "R"
    return "EB/OL" if url(entry) else "Z"


MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                      "oct", "nov", "dec"), start=1)}


def _date(fields) -> str:
    """The newspaper's date, YYYY-MM-DD, from `date` or year, month and day; the year alone otherwise."""
    if "date" in fields:
        return _plain(fields["date"])
    year = re.sub(r"\D", "", _plain(fields.get("year", "")))
    month, day = _plain(fields.get("month", "")).lower()[:3], _plain(fields.get("day", ""))
    if month in MONTHS and day:
        return f"{year}-{MONTHS[month]:02d}-{int(day):02d}"
    return year


URL_IN_TEXT = re.compile(r"\\url\{([^}]*)\}")


def url(entry) -> str:
    """The work's URL: its `url` field, or one given in `howpublished` as \\url{…}."""
    if "url" in entry.fields:
        return _plain(entry.fields["url"])
    found = URL_IN_TEXT.search(str(entry.fields.get("howpublished", "")))
    return found.group(1) if found else ""


def publication(entry) -> str:
    """Where the work appeared, as GB/T 7714 sets it for its type."""
    fields, code = entry.fields, type_code(entry)
    if code == "N":
        return f"{citation_zh.paper_name(_plain(fields['journal']))}, {_date(fields)}"
    if code == "J":
        return _plain(fields["journal"])
    if code in ("M", "R"):
        who = _plain(fields.get("publisher") or fields.get("institution") or "")
        where = _plain(fields.get("address", ""))
        return f"{where}: {who}" if where and who else who or where
    if "howpublished" in fields:
        english = _plain(URL_IN_TEXT.sub("", str(fields["howpublished"]))).rstrip(", ")
        return translated(entry.key, "howpublished", english)
    return ""


def reference(entry) -> list[tuple[str, str]]:
    """The reference as (kind, text) parts, in order: kind is 'text' or 'url' (a link)."""
    fields = entry.fields
    year = _plain(fields.get("year", "")) or "[出版年不详]"
    title = f"{_plain(fields.get('title', entry.key))}[{type_code(entry)}]"
    parts = [("text", f"{authors(entry)}, {year}. {title}")]
    where = publication(entry)
    if where:
        parts.append(("text", f". {where}"))
    parts.append(("text", "."))
    if "doi" in fields:
        parts.append(("text", f" DOI:{_plain(fields['doi'])}."))
    if url(entry):
        parts += [("text", " "), ("url", url(entry))]
    if "note" in fields:
        parts.append(("text", f"（说明：{translated(entry.key, 'note', _plain(fields['note']))}）"))
    return parts

