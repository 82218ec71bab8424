"""Properties of the built book (HTML and PDF). `make test` builds the book before running these."""

import re

import pytest

from xmgov import figures, paths, toc


def test_every_toc_entry_has_a_page(html_dir):
    missing = [doc for doc in toc.documents() if not (html_dir / f"{doc}.html").is_file()]
    assert not missing, f"no HTML page for {missing}"


@pytest.mark.parametrize("suffix", ["svg", "png", "pdf", "csv"])
def test_every_placed_figure_exists_and_is_published(html_dir, suffix):
    names = [name for doc in toc.documents() for name in toc.placed(doc)]
    assert names, "the book places no figure"
    for name in names:
        assert (paths.FIGURES / f"{name}.{suffix}").is_file(), f"{name}.{suffix} was not made"
        assert (html_dir / "figures" / f"{name}.{suffix}").is_file(), f"{name}.{suffix} not published"


def test_pages_show_their_figures_with_alt_text(html_dir):
    for doc in toc.documents():
        names = toc.placed(doc)
        if not names:
            continue
        page = (html_dir / f"{doc}.html").read_text(encoding="utf-8")
        for name in names:
            record = figures.load_record(name)
            assert f'id="{name}"' in page, f"{doc}: figure {name} is not on the page"
            assert re.search(rf'<img[^>]+alt="[^"]+"[^>]+{record.files["svg"]}|'
                             rf'<img[^>]+{record.files["svg"]}[^>]+alt="[^"]+"', page), \
                f"{doc}: figure {name} has no alt text"


def _pdf_text(pdf_path):
    import pymupdf

    document = pymupdf.open(pdf_path)
    return document, "\n".join(page.get_text() for page in document)


def test_pdf_embeds_a_cjk_font_and_its_text_is_extractable(pdf_path):
    document, text = _pdf_text(pdf_path)
    embedded = {font[3] for page in document for font in page.get_fonts() if font[1] != "n/a"}
    assert any("CJK" in name for name in embedded), f"no embedded CJK font among {embedded}"
    for phrase in ("厦门", "市域社会治理", "优秀创新"):
        assert phrase in text, f"{phrase!r} not found in the PDF's extractable text"


def test_pdf_uses_only_the_fonts_the_project_ships(pdf_path):
    document, _ = _pdf_text(pdf_path)
    names = {font[3].split("+", 1)[-1] for page in document for font in page.get_fonts()}
    # Every face is declared by xmgov.pdfbook's @font-face rules (XM Serif, Sans, CJK, Mono; the
    # figures' Noto Sans CJK SC): a face of the machine would appear under its own name.
    ours = ("XM-Serif", "XM-Sans", "XM-CJK", "XM-Mono", "Noto-Sans-CJK-SC", "Noto-Sans-Mono-CJK-SC")
    strangers = sorted(n for n in names if not n.startswith(ours))
    assert not strangers, f"the PDF fell back to fonts of this machine: {strangers}"


def test_pdf_is_a_book_with_title_page_copyright_page_and_contents(pdf_path):
    """(Page numbers, running heads and the page layout: tests/test_print_pdf.py.)"""
    from xmgov import citation

    document, _ = _pdf_text(pdf_path)
    pages = [page.get_text() for page in document]
    squeeze = lambda text: re.sub(r"\s+", "", text)  # the title page breaks the title over lines
    page = citation.title_page()
    assert squeeze(page.title + page.subtitle) in squeeze(pages[0]), "no title page"
    assert f"Version {page.version}" in pages[0], "the title page does not give the version"
    assert "CC BY 4.0" in pages[1] and "MIT" in pages[1], "no copyright page with the licences"
    assert pages[2].startswith("Contents"), "no contents after the copyright page"


def test_pdf_has_every_figure_with_its_number_and_caption(pdf_path):
    _, text = _pdf_text(pdf_path)
    flat = re.sub(r"\s+", "", text)
    for doc in toc.documents():
        for name in toc.placed(doc):
            caption = re.sub(r"\s+", "", figures.load_record(name).caption)[:25]
            assert caption in flat, f"caption of {name} not found in the PDF"
    assert re.search(r"Figure\s*\d+\.\d+", text), "figures in the PDF are not numbered"


def test_pdf_chinese_is_drawn_not_only_extractable(pdf_path):
    """Text can be extractable yet invisible (a font whose glyphs were lost in subsetting): render
    every span set in a CJK face on a sample of pages and check that it marks the page: its box
    is not one flat tone (figures set some labels in white on a coloured mark)."""
    import pymupdf

    document, _ = _pdf_text(pdf_path)
    checked, blank = 0, []
    for number in range(0, document.page_count, 7):
        page = document[number]
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", []):
                for span in line["spans"]:
                    if "CJK" not in span["font"] or not span["text"].strip():
                        continue
                    pixmap = page.get_pixmap(dpi=100, clip=pymupdf.Rect(span["bbox"]), colorspace="gray")
                    checked += 1
                    if max(pixmap.samples, default=0) - min(pixmap.samples, default=0) < 60:
                        blank.append((number + 1, span["text"][:20]))
    assert checked > 20, f"only {checked} CJK spans found to check"
    assert not blank, f"CJK text with no ink (page, text): {blank[:10]}"
