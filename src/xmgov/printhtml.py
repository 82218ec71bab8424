"""The print edition's HTML: the one page Sphinx writes for the PDF, made into a book's body.

Sphinx's single-page builder joins every document of the web book; what only makes sense on the
web (download and cite lines, the execution-status page, the web figure index, links into the
site's files) is taken out here, and what a printed book needs is put in: chapter numbers in
cross-references, running heads, lists of figures and tables with page numbers, ids that are
unique across the book (every document numbers its own `id1`, `id2`, ...), and Chinese authors
cited in Chinese form. Each step is a function of the parsed page, so each can be tested alone.
"""

from __future__ import annotations

import re
from collections import Counter

from bs4 import BeautifulSoup, NavigableString, Tag

# Documents of the web book that the printed book leaves out, and why.
WEB_ONLY_DOCUMENTS = {
    "appendices/status": "how the notebooks ran on the build machine: a page about the web build",
    "appendices/figures": "the web figure index with download links; the printed book has its "
                          "list of figures and list of tables instead",
}
WEB_ONLY_CLASSES = ("headerlink", "xm-downloads", "xm-cite", "xm-entries")
RUNNING_HEAD_CHARS = 60
LIST_ENTRY_CHARS = 110


def document_anchors(soup: BeautifulSoup) -> dict[str, Tag]:
    """Each document's anchor (`<span id="document-NAME">`), by document name, in book order."""
    return {span["id"].removeprefix("document-"): span
            for span in soup.find_all("span", id=re.compile(r"^document-"))}


def document_section(anchor: Tag) -> Tag | None:
    """The section that holds a document: the element right after its anchor."""
    following = anchor.find_next_sibling()
    return following if following is not None and following.name == "section" else None


def document_of(element: Tag, sections: dict[int, str]) -> str:
    """The innermost document an element belongs to ("" for the book's root page)."""
    for parent in [element, *element.parents]:
        name = sections.get(id(parent))
        if name is not None:
            return name
    return ""


def title_of(section: Tag) -> tuple[str, str]:
    """(number, title) of a document from its first heading: ("3", "Who works with whom ...")."""
    heading = section.find(re.compile(r"^h[1-6]$"))
    if heading is None:
        return "", ""
    number = heading.find("span", class_="section-number")
    numeral = number.get_text().strip().rstrip(".") if number else ""
    text = "".join(t for t in heading.find_all(string=True)
                   if not (number and t.parent is number) and t.parent.get("class") != ["headerlink"])
    return numeral, " ".join(text.split()).rstrip("¶").strip()


def omit_documents(soup: BeautifulSoup, omitted: dict[str, str]) -> list[str]:
    """Take web-only documents out of the book and out of the contents; a link to one keeps its
    words and loses the link. Returns the documents removed."""
    anchors = document_anchors(soup)
    removed = []
    for name in omitted:
        anchor = anchors.get(name)
        if anchor is None:
            continue
        section = document_section(anchor)
        if section is not None:
            section.decompose()
        anchor.decompose()
        removed.append(name)
    for link in soup.find_all("a", href=True):
        target = link["href"].removeprefix("#").removeprefix("document-")
        if link["href"].startswith("#document-") and target in removed:
            item = link.find_parent("li")
            if item is not None and item.find_parent("nav", id="xm-contents"):
                item.decompose()
            else:
                link.unwrap()
    return removed


def drop_web_only(soup: BeautifulSoup) -> None:
    """Download lines, cite lines, a figure's list of entry links and pilcrow links."""
    for cls in WEB_ONLY_CLASSES:
        for element in soup.find_all(class_=cls):
            element.decompose()
    for element in soup.find_all(attrs={"data-xm-web-only": True}):
        element.decompose()


def localise_links(soup: BeautifulSoup, root_page: str) -> None:
    """Links within the book point at anchors of this one page; links to the site's files (figures,
    notebooks, the PDF itself) would point into the reader's file system, so they keep their words
    and lose the link. External links stay."""
    for link in soup.find_all("a", href=True):
        href = link["href"]
        if href.startswith(f"{root_page}#"):
            link["href"] = href[len(root_page):]
        elif href == root_page or href == "#":
            link.unwrap()
        elif not href.startswith(("#", "http://", "https://", "mailto:")):
            link.name = "span"
            del link["href"]
            link["class"] = ["xm-file"]


def unique_ids(soup: BeautifulSoup) -> int:
    """Make every id unique across the book and point each link at the element it meant: an id
    used by several documents becomes `<id>--<document>`; a citation goes to the reference list, any
    other link to its own document's element if it has one, else to the one document that has it. Returns
    how many ids were renamed."""
    anchors = document_anchors(soup)
    sections = {id(document_section(a)): name for name, a in anchors.items() if document_section(a)}
    counts = Counter(el["id"] for el in soup.find_all(id=True))
    shared = {value for value, n in counts.items() if n > 1}
    owners: dict[str, dict[str, str]] = {}
    for element in soup.find_all(id=True):
        value = element["id"]
        if value not in shared:
            continue
        doc = document_of(element, sections)
        new = f"{value}--{doc.replace('/', '-') or 'root'}"
        if doc in owners.setdefault(value, {}):
            new = f"{new}-{len(owners[value])}"
        owners[value].setdefault(doc, new)
        element["id"] = new
    for link in soup.find_all("a", href=re.compile(r"^#")):
        value = link["href"][1:]
        if value not in owners:
            continue
        # A citation points into the reference list, wherever it stands; any other link into its
        # own document if that has the id.
        doc = "references" if link.find_parent(class_="bibtex-citation") else document_of(link, sections)
        homes = owners[value]
        target = homes.get(doc) or (next(iter(homes.values())) if len(homes) == 1 else homes.get("references"))
        if target is None:
            raise ValueError(f"link to #{value} in {doc or 'the root page'}: the id is used by "
                             f"{sorted(homes)} and none is the link's own document")
        link["href"] = f"#{target}"
    return sum(len(h) for h in owners.values())


# The words print adds, in each edition's language.
PRINT_WORDS = {
    "en": {"lang": "en-US", "chapter": "Chapter {}", "section": "Section {}", "introduction": "About this book",
           "figures": "List of figures", "tables": "List of tables"},
    "zh": {"lang": "zh-CN", "chapter": "第 {} 章", "section": "第 {} 节", "introduction": "关于本书",
           "figures": "图目录", "tables": "表目录"},
}


def number_chapter_references(soup: BeautifulSoup, edition: str = "en") -> int:
    """A cross-reference that reads as a chapter's web page title reads "Chapter N" in print (a
    reference with its own words, such as "the data chapter", keeps them)."""
    numbered = {}
    for name, anchor in document_anchors(soup).items():
        section = document_section(anchor)
        if section is not None:
            number, title = title_of(section)
            if number:
                numbered[name] = (number, title)
    changed = 0
    for link in soup.find_all("a", href=re.compile(r"^#document-")):
        found = numbered.get(link["href"].removeprefix("#document-"))
        if found and " ".join(link.get_text().split()) == found[1]:
            link.clear()
            link.append(PRINT_WORDS[edition]["chapter"].format(found[0]))
            unquote(link)
            changed += 1
    return changed


def unquote(link) -> None:
    """Drop the quotation marks around a link that now reads as a number: the Chinese pages quote
    a title they name (“{doc}`themes`”), and a number is not quoted."""
    before, after = link.previous_sibling, link.next_sibling
    if isinstance(before, NavigableString) and isinstance(after, NavigableString) \
            and before.endswith("“") and after.startswith("”"):
        before.replace_with(before[:-1])
        after.replace_with(after[1:])


def _short(text: str, limit: int) -> str:
    """`text` cut to `limit` characters at a word boundary (Chinese: anywhere), with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if " " in cut and not CJK.match(text[limit - 1]):
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:(") + "…"


CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def running_heads(soup: BeautifulSoup) -> None:
    """Each document's title heading (class xm-doc-title) sets the running heads of its pages: the
    book's title on the left, the document's number and title, up to a colon, on the right."""
    book = soup.select_one("#xm-title-page .xm-title")
    book_title = " ".join(book.get_text().split()) if book else ""
    for anchor in document_anchors(soup).values():
        section = document_section(anchor)
        heading = section.find(re.compile(r"^h[1-6]$")) if section is not None else None
        if heading is None:
            continue
        numeral, title = title_of(section)
        heading["class"] = heading.get("class", []) + ["xm-doc-title"]
        heading["data-running"] = _short(f"{numeral} {title.split(': ')[0]}".strip(), RUNNING_HEAD_CHARS)
        heading["data-book"] = book_title


def number_section_references(soup: BeautifulSoup, edition: str = "en") -> int:
    """A cross-reference that reads as a numbered section's title reads "Section N.M" in print."""
    changed = 0
    for link in soup.select('a.reference.internal[href^="#"]'):
        target = soup.find(id=link["href"][1:])
        if target is None or link["href"].startswith("#document-"):
            continue
        section = target if target.name == "section" else target.find_parent("section")
        heading = section.find(re.compile(r"^h[1-6]$")) if section is not None else None
        if heading is None or heading.find_parent("section") is not section:
            continue
        number = heading.find("span", class_="section-number")
        if number is None:
            continue
        title = " ".join(t for t in heading.find_all(string=True) if t.parent is not number)
        if " ".join(link.get_text().split()) == " ".join(title.split()):
            link.clear()
            link.append(PRINT_WORDS[edition]["section"].format(number.get_text().strip().rstrip('.')))
            unquote(link)
            changed += 1
    return changed


def introduction_heading(soup: BeautifulSoup, title: str = "About this book") -> None:
    """The web book's first page is titled with the book's title, which the title page already
    prints: in print its text is the book's introduction."""
    heading = soup.select_one(".xm-main > section > h1")
    if heading is not None:
        heading.name = "h2"
        heading["id"] = "xm-introduction"  # where the main matter starts (printbuilder.label_pages)
        heading.clear()
        heading.append(title)


def text_before_figures(soup: BeautifulSoup) -> int:
    """A figure printed right under a heading cannot share a page with it when it needs most of a
    page, and the heading is left alone at the foot of the one before: as a printed book floats
    figures, put the paragraph that follows such a figure before it. Returns how many moved."""
    moved = 0
    for heading in soup.select(".xm-main h2, .xm-main h3, .xm-main h4"):
        figure = heading.find_next_sibling()
        if figure is None or figure.name != "figure":
            continue
        paragraph = figure.find_next_sibling()
        if paragraph is not None and paragraph.name == "p":
            figure.insert_before(paragraph.extract())
            moved += 1
    return moved


def mark_chapters(soup: BeautifulSoup, chapters: list[str]) -> None:
    """Chapters open on a right-hand page."""
    anchors = document_anchors(soup)
    for name in chapters:
        if name in anchors:
            anchors[name]["class"] = anchors[name].get("class", []) + ["xm-chapter-anchor"]


def _caption_parts(caption: Tag) -> tuple[str, str]:
    """(number, short title): the caption's first sentence, as a list of figures gives it."""
    number = caption.find(class_="caption-number")
    text = caption.find(class_="caption-text")
    words = " ".join(text.get_text().split()) if text else ""
    first = re.split(r"(?<=[a-z0-9)”’])[.:;] |[。;:]", words, maxsplit=1)[0].rstrip(".")
    return (" ".join(number.get_text().split()) if number else "", first)


def lists_of_figures_and_tables(soup: BeautifulSoup, edition: str = "en") -> tuple[int, int]:
    """The list of figures and the list of tables, each entry linked to its item (the stylesheet
    prints the page number after a leader). Returns how many of each."""
    place = soup.find(id="xm-lists")
    if place is None:
        raise ValueError("the print page has no #xm-lists placeholder (xmgov print theme)")
    made = []
    for kind, items in (("Figures", [(f["id"], f.find("figcaption")) for f in soup.select(".xm-main figure[id]")]),
                        ("Tables", [(t["id"], t.find("caption")) for t in soup.select(".xm-main table[id]")])):
        entries = [(ident, *_caption_parts(caption)) for ident, caption in items if caption is not None]
        entries = [e for e in entries if e[1]]
        section = soup.new_tag("section", id=f"xm-list-of-{kind.lower()}")
        heading = soup.new_tag("h2", attrs={"class": "xm-front-heading"})
        heading.string = PRINT_WORDS[edition][kind.lower()]
        section.append(heading)
        listing = soup.new_tag("ul")
        for ident, number, text in entries:
            item = soup.new_tag("li")
            link = soup.new_tag("a", href=f"#{ident}")
            label = soup.new_tag("span", attrs={"class": "xm-list-number"})
            label.string = number
            link.append(label)
            link.append(_short(text, LIST_ENTRY_CHARS))
            item.append(link)
            listing.append(item)
        section.append(listing)
        place.append(section)
        made.append(len(entries))
    contents = soup.select_one("#xm-contents ul")
    if contents is not None:  # the contents lists the lists (roman folios), then the introduction
        said = PRINT_WORDS[edition]
        for ident, title, front in (("xm-introduction", said["introduction"], False),
                                    ("xm-list-of-tables", said["tables"], True),
                                    ("xm-list-of-figures", said["figures"], True)):
            item = soup.new_tag("li", attrs={"class": "toctree-l1"})
            link = soup.new_tag("a", href=f"#{ident}", attrs={"class": "xm-roman"} if front else {})
            link.string = title
            item.append(link)
            contents.insert(0, item)
    return made[0], made[1]


# Table layout in print: at 8 pt in the sans face (Source Sans 3) a character is about 1.25 mm
# wide on average; a cell adds 2.4 mm of padding. A table whose longest words cannot sit side by side in the 132 mm text block
# is set on a landscape page (206 mm); a table kept whole must be well under a page tall.
CHAR_MM, CELL_PAD_MM, LINE_MM = 1.25, 2.4, 3.6
# A Chinese character is set a full em wide (2.8 mm at 8 pt). Chinese may break between any two
# characters, but a column narrower than a few characters stacks its header a character a line:
# in the Chinese edition a run of Chinese holds its column at least CJK_MIN_CHARS wide.
CJK_MM, CJK_MIN_CHARS = 2.8, 4
CJK_RUN = re.compile(r"[\u3400-\u9fff\uff00-\uffef]+")
TEXT_WIDTH_MM, LANDSCAPE_WIDTH_MM, KEEP_WHOLE_MM, TALL_ROW_MM = 132, 206, 120, 60


def _cells(table: Tag) -> list[list[str]]:
    return [[" ".join(c.get_text().split()) for c in row.find_all(["td", "th"])]
            for row in table.find_all("tr")]


LONG_TOKEN = 20  # characters: a longer unbroken string (an address, a file name) may break anywhere


def _longest_word(text: str) -> int:
    """Characters of the longest piece a line cannot break (Chinese breaks between characters)."""
    pieces = re.split(r"[\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+", text)
    return max((len(p) for p in pieces), default=0)


def break_long_tokens(table: Tag) -> int:
    """Let a cell that holds a long unbroken string (a web address, a file path) break it anywhere
    (class xm-long-token), so that it cannot make its column wider than the page."""
    marked = 0
    for cell in table.find_all(["td", "th"]):
        if _longest_word(" ".join(cell.get_text().split())) > LONG_TOKEN:
            cell["class"] = cell.get("class", []) + ["xm-long-token"]
            marked += 1
    return marked


def _narrowest_mm(text: str, cjk: bool) -> float:
    """How narrow a cell holding `text` may be: its longest unbroken word, and in the Chinese
    edition a few characters of its longest run of Chinese."""
    latin = min(_longest_word(text), LONG_TOKEN) * CHAR_MM
    if not cjk:
        return latin
    runs = CJK_RUN.findall(text)
    return max(latin, max((min(len(r), CJK_MIN_CHARS) * CJK_MM for r in runs), default=0.0))


def _text_mm(text: str, cjk: bool) -> float:
    """The length of `text` set on one line (Chinese characters counted full width when `cjk`)."""
    wide = sum(len(r) for r in CJK_RUN.findall(text)) if cjk else 0
    return (len(text) - wide) * CHAR_MM + wide * CJK_MM


def min_width_mm(table: Tag, cjk: bool = False) -> float:
    """The narrowest the table can be set without breaking a word."""
    rows = _cells(table)
    columns = max((len(r) for r in rows), default=0)
    narrowest = [max((_narrowest_mm(r[i], cjk) for r in rows if i < len(r)), default=0)
                 for i in range(columns)]
    return sum(n + CELL_PAD_MM for n in narrowest)


def row_heights_mm(table: Tag, width_mm: float, cjk: bool = False) -> list[float]:
    """Rough row heights: each row as tall as its longest cell wrapped in an equal share of the width."""
    heights = []
    for row in _cells(table):
        share = max(width_mm / max(len(row), 1) - CELL_PAD_MM, CHAR_MM)
        lines = max((-(-_text_mm(cell, cjk) // share) for cell in row), default=1)
        heights.append(max(lines, 1) * LINE_MM + 1.4)
    return heights


def height_mm(table: Tag, width_mm: float, cjk: bool = False) -> float:
    return sum(row_heights_mm(table, width_mm, cjk))


NUMBER = re.compile(r"^[−\-+]?[\d.,]+%?$|^[\d.]+ \[[\d.]+[–-][\d.]+\]$")


def align_numbers(table: Tag) -> int:
    """Right-align the columns whose cells (below the header) are all numbers."""
    rows = [row.find_all("td") for row in table.find_all("tr")]
    rows = [r for r in rows if r]
    columns = max((len(r) for r in rows), default=0)
    aligned = 0
    for i in range(columns):
        cells = [r[i] for r in rows if i < len(r)]
        values = [" ".join(c.get_text().split()) for c in cells]
        if values and all(NUMBER.match(v) for v in values if v) and any(values):
            for cell in cells:
                cell["class"] = cell.get("class", []) + ["xm-num"]
            heads = [row.find_all("th") for row in table.find_all("tr")]
            for head in heads:
                if i < len(head):
                    head[i]["class"] = head[i].get("class", []) + ["xm-num"]
            aligned += 1
    return aligned


def keep_short_words_whole(table: Tag) -> int:
    """A cell holding a short Chinese word (at most CJK_MIN_CHARS characters: 全国, 不详) is set on
    one line (class xm-nowrap), not a character a line in a narrow column."""
    kept = 0
    for cell in table.find_all(["td", "th"]):
        text = "".join(cell.get_text().split())
        if text and len(text) <= CJK_MIN_CHARS and CJK_RUN.fullmatch(text):
            cell["class"] = cell.get("class", []) + ["xm-nowrap"]
            kept += 1
    return kept


def table_layout(soup: BeautifulSoup, cjk: bool = False) -> tuple[int, int]:
    """Set each table for the page: too wide for the text block, it goes on a landscape page (with
    its caption and notes); too tall to keep whole, it may break between rows. `cjk`: measure
    Chinese as the Chinese edition sets it. Returns (landscape, released) counts."""
    landscape = released = 0
    for table in soup.select(".xm-main table"):
        break_long_tokens(table)
        align_numbers(table)
        if cjk:
            keep_short_words_whole(table)
        width = TEXT_WIDTH_MM
        if min_width_mm(table, cjk) > TEXT_WIDTH_MM:
            wrapper = soup.new_tag("div", attrs={"class": "xm-landscape"})
            table.wrap(wrapper)
            meta = wrapper.find_next_sibling()
            if meta is not None and "xm-table-meta" in meta.get("class", []):
                wrapper.append(meta.extract())
            width, landscape = LANDSCAPE_WIDTH_MM, landscape + 1
        for row, estimate in zip(table.find_all("tr"), row_heights_mm(table, width, cjk)):
            if estimate > TALL_ROW_MM:  # kept whole, it could push the caption onto a page alone
                row["class"] = row.get("class", []) + ["xm-tall-row"]
        classes = table.get("class", [])
        # Kept whole only if surely short: a landscape table's long cells make its height a guess.
        if "xm-short" in classes and (width > TEXT_WIDTH_MM or height_mm(table, width, cjk) > KEEP_WHOLE_MM):
            table["class"] = [c for c in classes if c != "xm-short"]
            released += 1
    return landscape, released


def chinese_citations(html: str) -> str:
    """Chinese authors are cited in Chinese form: 吴俊鸿等, not 吴俊鸿 et al."""
    return re.sub(r"([\u3400-\u9fff·]{2,6})\s*(?:<em>)?et al\.(?:</em>)?", r"\1等", html)


def prepare(html: str, root_page: str, chapters: list[str],
            omitted: dict[str, str] = WEB_ONLY_DOCUMENTS, edition: str = "en") -> str:
    """The print page of an edition from the single page Sphinx wrote."""
    soup = BeautifulSoup(html, "html.parser")
    said = PRINT_WORDS[edition]
    soup.html["lang"] = said["lang"]  # English: American hyphenation patterns break words better
    localise_links(soup, root_page)
    omit_documents(soup, omitted)
    drop_web_only(soup)
    unique_ids(soup)
    number_chapter_references(soup, edition)
    number_section_references(soup, edition)
    mark_chapters(soup, chapters)
    introduction_heading(soup, said["introduction"])
    text_before_figures(soup)
    running_heads(soup)
    table_layout(soup, cjk=edition == "zh")
    lists_of_figures_and_tables(soup, edition)
    return chinese_citations(str(soup))
