"""The Chinese edition's citations in the form of Chinese scholarship, GB/T 7714—2015.

    主要责任者. 题名: 其他题名信息[文献类型标识/载体类型标识]. 版本. 出版地: 出版者, 出版年[引用日期].
    获取和访问路径. DOI:….

Every element comes from CITATION.cff (through `xmgov.citation` and `xmgov.how_to_cite`: authors,
version, year, URL, DOI), except the Chinese title and subtitle and the Chinese name of a group
author, which CITATION.cff's schema has no field for: they are read from data/edition_zh.yml
(`xmgov.editions.ZH_METADATA`, which `xmgov.editions.zh_title` reads too). Choices the standard
leaves open, made here once:

- The book is an online monograph, [M/OL]; the dataset [DS/OL]; a figure is cited as a part of
  the book (析出文献: 析出题名[M/OL]//专著责任者. 专著题名…).
- The book is self-published: its contributors are its publisher, as in the English BibTeX. It
  has no place of publication, and GB/T 7714—2015 (8.4.1.3) lets an online electronic resource
  without a place omit it (instead of writing [出版地不详]).
- The version is given as the standard gives editions, `0.2.0版`; the date of citation is left
  as the placeholder `[引用日期]` for the reader to fill in (YYYY-MM-DD).
- An online resource ([…/OL]) ends with its access path. When CITATION.cff gives no URL and no DOI,
  the entry ends with the placeholder `<获取和访问路径>`, where the reader writes the address at
  which they read the book (and the page says so), rather than silently dropping the element.
- The source report is cited as a newspaper article, 主要责任者. 题名[N]. 报纸名, 出版日期(版次).
  CITATION.cff names its publisher "厦门日报 / 厦门网" (the paper and the site that carried the
  web copy): the newspaper is the first name. With a URL in the reference it is [N/OL], with the
  date of citation and the access path; the page (版次) is given only when the reference has one.

These strings keep GB/T 7714's half-width separators (". ", ", ", ": ", "//"): they are glued as
Markdown (not through `xmgov.chinese.punctuate`), so that the how-to-cite page prints exactly the
lines printed under the figures.
"""

from __future__ import annotations

from functools import lru_cache

import yaml

from . import citation
from .chinese import punctuate
from .editions import ZH_METADATA

STANDARD = "GB/T 7714—2015"  # the standard's number as it is written (an em dash before the year)
PLACE_CLAUSE = "8.4.1.3"  # its clause on a missing place of publication (online resources may omit it)
LICENCES = {"CC-BY-4.0": "知识共享署名 4.0 国际许可协议（CC BY 4.0）"}  # SPDX id -> Chinese name
DATE_PLACEHOLDER = "[引用日期]"
ACCESS_PLACEHOLDER = "<获取和访问路径>"
MAX_AUTHORS = 3  # GB/T 7714 8.1.2: at most three responsible persons, then ", 等"
TYPES = {"book": "M/OL", "dataset": "DS/OL", "figure": "M/OL"}


def load(path=ZH_METADATA) -> dict:
    """The Chinese edition's metadata, checked: a non-empty title and subtitle, and Chinese names
    only for group authors CITATION.cff actually has (a stale name would silently not apply)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"{path}: the Chinese edition's metadata file is missing") from exc
    for field in ("title", "subtitle"):
        if not isinstance(data.get(field), str) or not data[field].strip():
            raise ValueError(f"{path}: field {field!r} is missing or empty")
    names = data.get("authors") or {}
    if not isinstance(names, dict):
        raise ValueError(f"{path}: 'authors' must map a group author's name in CITATION.cff to "
                         f"its Chinese name")
    groups = {p["name"] for p in citation.metadata()["authors"] if "name" in p}
    stale = sorted(set(names) - groups)
    if stale:
        raise ValueError(f"{path}: authors {stale} are not group authors of CITATION.cff "
                         f"(known: {sorted(groups)})")
    # the title as the title page prints it: Chinese brackets round the years (“（2020—2022年度）”)
    title, subtitle = (punctuate(data[field].strip()) for field in ("title", "subtitle"))
    return {"title": title, "subtitle": subtitle, "authors": names}


@lru_cache(maxsize=1)
def edition() -> dict:
    return load()


def title() -> str:
    """The Chinese title without its subtitle (the short title, as on the web pages)."""
    return edition()["title"]


def full_title() -> str:
    """题名: 其他题名信息."""
    return f"{edition()['title']}: {edition()['subtitle']}"


def person_name(person: dict) -> str:
    """A CFF person or group as GB/T 7714 records a creator: a group by its Chinese name when
    data/edition_zh.yml gives one (else as CITATION.cff writes it); a person family name first,
    with the initials of the given names without stops (8.1.1: `Doe J`), a Chinese name whole."""
    if "name" in person:
        return edition()["authors"].get(person["name"], person["name"])
    family, given = person["family-names"], person.get("given-names", "")
    if any("\u3400" <= ch <= "\u9fff" for ch in family + given):
        return family + given
    initials = " ".join(part[0].upper() for part in given.replace("-", " ").split())
    return f"{family} {initials}".strip()


def authors() -> str:
    """The creators as GB/T 7714 lists them: up to three, then ', 等'."""
    names = [person_name(p) for p in citation.metadata()["authors"]]
    shown = ", ".join(names[:MAX_AUTHORS])
    return shown + (", 等" if len(names) > MAX_AUTHORS else "")


def publisher() -> str:
    """The self-published book's publisher: its contributors, all of them (as the English BibTeX)."""
    return ", ".join(person_name(p) for p in citation.metadata()["authors"])


def version() -> str:
    """The version as GB/T 7714 records an edition: `0.2.0版`."""
    return f"{citation.metadata()['version']}版"


def access() -> str:
    """'. <URL>. DOI:<doi>' as far as CITATION.cff gives them; '. <获取和访问路径>' (the slot the
    reader fills in) when it gives neither."""
    from .how_to_cite import doi, url

    parts = [url()] * bool(url()) + [f"DOI:{doi()}"] * bool(doi())
    return "".join(f". {part}" for part in parts or [ACCESS_PLACEHOLDER])


def _imprint() -> str:
    """版本. 出版者, 出版年[引用日期]. 获取和访问路径. (the place omitted: an online resource,
    GB/T 7714—2015 8.4.1.3)."""
    return f"{version()}. {publisher()}, {citation.year()}{DATE_PLACEHOLDER}{access()}."


def book() -> str:
    """The whole book, Chinese edition: an online monograph."""
    return f"{authors()}. {full_title()}[{TYPES['book']}]. {_imprint()}"


def dataset(title: str) -> str:
    """The dataset published with the book (`title`: the data package's own title)."""
    return f"{authors()}. {title}[{TYPES['dataset']}]. {_imprint()}"


def figure(label: str, name: str) -> str:
    """One figure as a part of the book; `label` is its number as printed (图 3.2), `name` its
    stable name."""
    return (f"{authors()}. {label}（{name}）[{TYPES['figure']}]//{authors()}. {full_title()}. "
            f"{_imprint()}")


def locator() -> str:
    """Where a reader finds the book, in Chinese; said plainly when there is no address."""
    from .how_to_cite import doi, url

    found = [f"DOI {doi()}"] * bool(doi()) + [url()] * bool(url())
    if not found:
        return ("本书目前尚无永久网址或 DOI。在此之前，请按题名和版本引用，并在下列著录末尾的"
                f"“{ACCESS_PLACEHOLDER}”处填写阅读本书时所用的网址（即获取和访问路径）；"
                f"出版年之后的“{DATE_PLACEHOLDER}”处填写查阅日期，格式为 YYYY-MM-DD。")
    return ("本书的获取和访问路径为 " + " 和 ".join(found) + f"。著录中出版年之后的“{DATE_PLACEHOLDER}”"
            "处请填写查阅日期，格式为 YYYY-MM-DD。")


def licence_name(spdx: str) -> str:
    """The Chinese name of a licence CITATION.cff declares (SPDX id), with its version."""
    if spdx not in LICENCES:
        raise ValueError(f"no Chinese name for licence {spdx!r}: add it to xmgov.citation_zh.LICENCES")
    return LICENCES[spdx]


def newspaper(article: dict) -> str:
    """The newspaper's name: CITATION.cff's publisher may name the paper and the website that
    carried it ("厦门日报 / 厦门网"); GB/T 7714 records the paper alone."""
    return paper_name(article["publisher"]["name"])


def paper_name(name: str) -> str:
    """The newspaper of a "paper / website" publisher (厦门日报 / 厦门网): the first name."""
    return name.split("/")[0].strip()


def source_article() -> str:
    """The news report the book analyses, as CITATION.cff references it, in GB/T 7714—2015's form
    for a newspaper article: 主要责任者. 题名[N]. 报纸名, 出版日期(版次). — or, when
    the reference gives the URL of the online copy, 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期].
    获取和访问路径. The page (版次) appears only when the reference gives it (`section`)."""
    refs = citation.metadata().get("references", [])
    article = next((r for r in refs if r.get("type") == "newspaper-article"), None)
    if article is None:
        raise ValueError("CITATION.cff references no newspaper-article (the source report)")
    names = [person_name(p) for p in article["authors"]]
    shown = ", ".join(names[:MAX_AUTHORS]) + (", 等" if len(names) > MAX_AUTHORS else "")
    page = f"({article['section']})" if article.get("section") else ""
    date = f"{newspaper(article)}, {article['date-published']}{page}"
    if article.get("url"):
        return f"{shown}. {article['title']}[N/OL]. {date}{DATE_PLACEHOLDER}. {article['url']}."
    return f"{shown}. {article['title']}[N]. {date}."
