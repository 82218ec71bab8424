"""The print editions, English and Chinese, read as an editor reads a book: every page rendered
and measured.

The page geometry is the stylesheet's (src/xmgov/print_theme/static/xmgov-print.css): ISO B5
pages, a text block 132 x 204 mm, the inner margin 24 mm; running heads sit in the top margin and
folios in the bottom margin, both within the text block's width. A landscape page (a wide table)
has 22 mm side margins.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

MM = 72 / 25.4
PORTRAIT = (176, 250)
INNER, OUTER, TOP, BOTTOM = 24, 20, 22, 24
LANDSCAPE_SIDE = 22
HEAD_BAND, FOLIO_BAND = 12, 14  # mm above and below the text block where heads and folios sit
TOLERANCE = 0.8  # mm: anti-aliasing of a glyph or rule that touches the block's edge
MIN_TEXT_PT = 7.0


@lru_cache(maxsize=2)
def _document(path):
    import pymupdf

    return pymupdf.open(path)


@pytest.fixture(scope="module", params=["en", "zh"])
def edition(request):
    return request.param


@pytest.fixture(scope="module")
def pdf(pdf_path, edition):
    from xmgov import editions

    path = pdf_path.with_name(editions.get(edition).pdf_name)
    if not path.is_file():
        pytest.fail(f"{path} is missing: build the PDFs first (`make test` does it; or `make pdf`)")
    return _document(str(path))


def allowed_box(page) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) in points where ink may be: the text block, with the bands of the running
    head and the folio above and below it."""
    width, height = page.rect.width / MM, page.rect.height / MM
    if width > height:  # a landscape page
        left = right = LANDSCAPE_SIDE
    elif page.number % 2 == 0:  # a right-hand page (the first page of the book is one)
        left, right = INNER, OUTER
    else:
        left, right = OUTER, INNER
    x0, x1 = left - TOLERANCE, width - right + TOLERANCE
    top = 20 if width > height else TOP
    bottom = 20 if width > height else BOTTOM
    y0, y1 = top - HEAD_BAND, height - bottom + FOLIO_BAND
    return x0 * MM, y0 * MM, x1 * MM, y1 * MM


def ink_outside(page, dpi: int = 50) -> list[tuple[float, float]]:
    """Points (mm) of the rendered page that carry ink outside the allowed box."""
    import numpy as np
    import pymupdf

    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    pixels = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
    scale = dpi / 72
    x0, y0, x1, y1 = (round(v * scale) for v in allowed_box(page))
    mask = pixels < 200
    mask[max(y0, 0):y1, max(x0, 0):x1] = False
    ys, xs = np.nonzero(mask)
    return [(round(x / dpi * 25.4, 1), round(y / dpi * 25.4, 1)) for y, x in zip(ys[:3], xs[:3])]


def test_page_size_and_count(pdf):
    first = pdf[0].rect
    assert (round(first.width / MM), round(first.height / MM)) == PORTRAIT
    assert pdf.page_count > 100


def test_no_ink_outside_the_text_block(pdf):
    bad = {page.number + 1: found for page in pdf if (found := ink_outside(page))}
    assert not bad, f"ink outside the text block on pages (1-based: first points in mm): {bad}"


def _body_spans(page):
    """Text spans of the page between the running head and the folio."""
    x0, y0, x1, y1 = allowed_box(page)
    top, bottom = y0 + HEAD_BAND * MM, y1 - FOLIO_BAND * MM
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                if span["text"].strip() and top - 1 <= span["bbox"][1] and span["bbox"][3] <= bottom + 1:
                    yield span


def is_heading(span) -> bool:
    return "Bold" in span["font"] and "Sans" in span["font"] and span["size"] >= 10


def test_no_page_holds_only_a_heading(pdf):
    lonely = []
    for page in pdf:
        spans = list(_body_spans(page))
        if spans and all(is_heading(s) for s in spans) and not page.get_image_info():
            lonely.append((page.number + 1, spans[0]["text"][:40]))
    assert not lonely, f"pages with nothing but a heading: {lonely}"


def test_no_page_holds_only_a_caption(pdf):
    """A table's or figure's caption stays on the page where its table or figure starts."""
    alone = []
    for page in pdf:
        lines = {round(span["bbox"][1]) for span in _body_spans(page)}
        text = " ".join(span["text"] for span in _body_spans(page)).strip()
        drawn = page.get_image_info() or len(page.get_drawings()) > 2
        if text.startswith(("Table ", "Figure ", "表 ", "图 ")) and len(lines) <= 4 and not drawn:
            alone.append((page.number, text[:40]))
    assert not alone, f"pages holding only a caption (index, text): {alone}"


def test_no_heading_at_the_foot_of_a_page(pdf):
    """A heading is followed on its page by at least one line of what it heads."""
    stranded = []
    for page in pdf:
        spans = list(_body_spans(page))
        if spans and is_heading(spans[-1]) and page.number + 1 < pdf.page_count:
            stranded.append((page.number + 1, spans[-1]["text"][:40]))
    assert not stranded, f"headings left at the foot of a page: {stranded}"


def folio(page) -> str | None:
    """The page number printed in the bottom margin, if any."""
    x0, y0, x1, y1 = allowed_box(page)
    foot = y1 - FOLIO_BAND * MM
    found = [span["text"].strip() for block in page.get_text("dict")["blocks"]
             for line in block.get("lines", []) for span in line["spans"]
             if span["text"].strip() and span["bbox"][1] >= foot - 1]
    return found[0] if found else None


def test_folios_run_as_in_a_printed_book(pdf):
    """Roman numerals in the front matter; the main matter numbered from 1 on a right-hand page,
    one up per page, so odd numbers fall on right-hand pages; no number on the title pages."""
    folios = [(page.number, folio(page)) for page in pdf]
    roman = [i for i, f in folios if f and re.fullmatch(r"[ivxlc]+", f)]
    arabic = [(i, int(f)) for i, f in folios if f and f.isdigit()]
    assert folios[0][1] is None and folios[1][1] is None, "the title and copyright pages carry a number"
    assert roman and arabic and max(roman) < arabic[0][0], "the front matter is not numbered in roman"
    assert arabic[0][1] == 1 and arabic[0][0] % 2 == 0, "the main matter does not start at 1 on a right-hand page"
    jumps = [(i, n) for i, n in arabic if i - n != arabic[0][0] - 1]
    assert not jumps, f"page numbers out of step with the pages (index, number): {jumps[:5]}"
    assert len(arabic) > 0.9 * (pdf.page_count - arabic[0][0]), "many main-matter pages carry no number"


def test_page_labels_are_the_printed_page_numbers(pdf):
    """A viewer's page box shows the number printed on the page (i, ii, ... 1, 2, ...)."""
    wrong = [(page.number, page.get_label(), found) for page in pdf
             if (found := folio(page)) and page.get_label() != found]
    assert not wrong, f"page labels that differ from the printed numbers (index, label, printed): {wrong[:5]}"


WEB_ONLY_PHRASES = {"en": ("Download:", "Cite this figure:", "Cite this table:", "download menu",
                           "Entries in this figure:", "Execution status", "Index of figures"),
                    "zh": ("下载：", "引用本图：", "引用本表：", "本图涉及的条目：")}


def test_no_web_only_lines(pdf, edition):
    text = "\n".join(page.get_text() for page in pdf)
    for phrase in WEB_ONLY_PHRASES[edition]:
        assert phrase not in text, f"the PDF prints the web edition's {phrase!r}"


def test_no_file_links(pdf):
    """Links go to pages of the book or to the web, never into the build machine's files."""
    bad = [(page.number + 1, link.get("uri")) for page in pdf for link in page.get_links()
           if link.get("uri") and not re.match(r"^(https?|mailto):", link["uri"])]
    assert not bad, f"links that are neither internal nor web addresses: {bad[:10]}"


def test_text_is_at_least_7_pt(pdf):
    small = sorted({(page.number + 1, round(span["size"], 1), span["text"][:30])
                    for page in pdf for block in page.get_text("dict")["blocks"]
                    for line in block.get("lines", []) for span in line["spans"]
                    if span["text"].strip() and span["size"] < MIN_TEXT_PT - 0.05})
    assert not small, f"text under {MIN_TEXT_PT} pt: {small[:10]}"


def test_document_information_and_tags(pdf, edition):
    from xmgov import citation
    from xmgov.printbuilder import print_context

    meta, context = pdf.metadata, print_context(edition)
    assert meta["title"] == " ".join(f"{context['title']}: {context['subtitle']}".split())
    if edition == "en":
        assert meta["title"] == " ".join(citation.metadata()["title"].split())
    assert meta["author"] == context["authors"]
    if edition == "en":
        assert meta["author"] == "; ".join(citation.title_page().authors)
    assert meta["subject"] and meta["keywords"]
    catalog = pdf.xref_object(pdf.pdf_catalog())
    assert "/StructTreeRoot" in catalog, "the PDF is not tagged"
    assert re.search(r"/Marked\s+true", catalog), "the PDF does not declare itself tagged"
    assert re.search(rf"/Lang\s+\({edition}", catalog), "the PDF does not name its language"


def test_figures_keep_their_alt_text_in_the_tags(pdf, edition):
    """The tagged PDF gives each figure the alt text the web edition has."""
    from xmgov import toc
    from xmgov.figures import load_record

    alts = set()
    for xref in range(1, pdf.xref_length()):
        value = pdf.xref_get_key(xref, "Alt")
        if value[0] == "string":
            alts.add(" ".join(value[1].split()))
    def alt(name):
        record = load_record(name)
        return record.alt if edition == "en" else record.zh["alt"]

    missing = [name for doc in toc.documents() for name in toc.placed(doc)
               if " ".join(alt(name).split()) not in alts]
    assert not missing, f"figures whose alt text is not in the PDF's tags: {missing}"


def _print_page(edition: str = "en") -> str:
    from xmgov.pdfbook import WORKS

    return (WORKS[edition] / "_build" / "simplepdf" / "intro.html").read_text(encoding="utf-8")


def _svg_texts(path) -> set[str]:
    from xml.etree import ElementTree

    tree = ElementTree.parse(path)
    found = {"".join("".join(el.itertext()).split()) for el in tree.iter("{http://www.w3.org/2000/svg}text")}
    return {text for text in found if text}


def test_every_figure_prints_its_text_at_7_pt_or_more_and_searchable(pdf, edition):
    """Each figure's smallest text at the scale it is printed (its record's smallest size times the
    printed width over the drawn width) is at least 7 pt; and its text is text in the PDF, found by
    a search (the global 7 pt test then measures it as printed)."""
    from xmgov import paths, toc
    from xmgov.figures import load_record

    page = _print_page(edition)
    printed = {}
    for page_ in pdf:
        for block in page_.get_text("dict")["blocks"]:
            for line in block.get("lines", []):
                for span in line["spans"]:
                    key = "".join(span["text"].split())
                    printed[key] = min(printed.get(key, 99.0), span["size"])
    too_small, unsearchable = [], []
    for name in [name for doc in toc.documents() for name in toc.placed(doc)]:
        record = load_record(name)
        width = re.search(rf'<img[^>]*src="[^"]*{name}-print\.svg"[^>]*width: ([\d.]+)in', page)
        assert width, f"{name}: not printed from its print SVG at a set width"
        scale = min(1.0, float(width.group(1)) / record.width_in)
        if record.min_text_pt * scale < MIN_TEXT_PT - 0.05:
            too_small.append((name, round(record.min_text_pt * scale, 1)))
        texts = _svg_texts(paths.FIGURES / record.files["print"])
        found = [t for t in texts if t in printed]
        if len(found) < 0.8 * len(texts):
            unsearchable.append((name, len(found), len(texts)))
    assert not too_small, f"figures whose smallest text prints under 7 pt: {too_small}"
    assert not unsearchable, f"figures whose text is not text in the PDF (found, of): {unsearchable}"


# The checks themselves, on a small PDF made the same way (they must be able to fail).
SYNTHETIC = """<html><head><style>
@font-face {{ font-family: "XM Sans"; font-weight: bold; src: url("{bold}"); }}
@font-face {{ font-family: "XM Sans"; src: url("{regular}"); }}
@page {{ size: 176mm 250mm; margin: 22mm 20mm 24mm 24mm; }}
@page :left {{ margin-left: 20mm; margin-right: 24mm; }}
body {{ font: 10pt "XM Sans"; }} h2 {{ font-size: 16pt; font-weight: bold; }}
.page {{ break-before: page; }}
</style></head><body>
<p>A page of text that stays inside its block.</p>
<div class="page"><div style="width: 150mm; height: 5mm; background: black"></div></div>
<div class="page"><h2>A heading alone</h2></div>
<div class="page"><p>Text.</p><h2 style="margin-top: 180mm">A heading at the foot</h2></div>
<div class="page"><p>What it heads.</p></div>
</body></html>"""


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    import pymupdf
    import weasyprint

    from xmgov.fonts import print_face_path

    html = SYNTHETIC.format(bold=print_face_path("sans_bold").as_uri(), regular=print_face_path("sans").as_uri())
    target = tmp_path_factory.mktemp("print") / "synthetic.pdf"
    weasyprint.HTML(string=html).write_pdf(target)
    return pymupdf.open(target)


def test_the_ink_check_sees_what_runs_off_the_block(synthetic):
    assert not ink_outside(synthetic[0])
    found = ink_outside(synthetic[1])
    assert found and all(x > PORTRAIT[0] - INNER - 1 for x, _ in found)  # past the outer margin


def test_the_heading_checks_see_a_lonely_and_a_stranded_heading(synthetic):
    assert [is_heading(s) for s in _body_spans(synthetic[2])] == [True]
    assert not all(is_heading(s) for s in _body_spans(synthetic[0]))
    assert is_heading(list(_body_spans(synthetic[3]))[-1])


def test_citations_link_to_the_reference_list_and_it_is_in_order(pdf, edition):
    """Every citation in the print page leads to its entry in the reference list, which is in the
    order its style promises: in English, Latin-script authors A to Z, then Chinese ones; in the
    Chinese edition (GB/T 7714), Chinese works first by pinyin, 佚名 as "yi ming", then the others
    A to Z, Anon among them."""
    from bs4 import BeautifulSoup
    from pybtex.database import parse_file

    from xmgov import paths
    from xmgov.sphinxext import reference_label

    page = BeautifulSoup(_print_page(edition), "html.parser")
    references = page.find("span", id="document-references").find_next_sibling("section")
    citations = page.select(".bibtex-citation a[href]")
    assert citations
    stray = [a["href"] for a in citations if references.find(id=a["href"][1:]) is None]
    assert not stray, f"citations that do not lead to the reference list: {stray[:5]}"
    entries = references.select(".citation")
    labels = [" ".join(e.select_one(".label").get_text().split()).strip("[]") for e in entries]
    # Who each entry is listed under, as printed after its label ("BORINS S, 2014a", "佚名, …").
    listed = [" ".join(e.get_text().split())[len(e.select_one(".label").get_text().strip()):].strip()
              for e in entries]
    by = labels if edition == "en" else listed
    cjk = [bool(re.match(r"[\u3400-\u9fff]", text)) for text in by]
    assert cjk == sorted(cjk, reverse=edition == "zh"), f"Chinese-author works are out of place: {labels}"
    latin = [text.lstrip("[").casefold() for text, is_cjk in zip(by, cjk) if not is_cjk]
    assert latin == sorted(latin), f"the reference list is not in order: {labels}"
    # Chinese names by pinyin: the editors' sortname for each, as references.bib gives it.
    bib = parse_file(str(paths.ROOT / "references.bib")).entries.values()
    pinyin = {reference_label(e): str(e.fields["sortname"]).casefold() for e in bib if "sortname" in e.fields}
    chinese = ["yi ming" if text.startswith("佚名") else pinyin.get(label)
               for label, text, is_cjk in zip(labels, listed, cjk) if is_cjk]
    assert None not in chinese, f"a Chinese-author work without pinyin: {labels}"
    assert chinese == sorted(chinese), f"Chinese-author works are not in pinyin order: {labels}"
