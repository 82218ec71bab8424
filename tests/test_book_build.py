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
    from pypdf import PdfReader

    reader = PdfReader(pdf_path)
    return reader, "\n".join(page.extract_text() or "" for page in reader.pages)


def test_pdf_embeds_a_cjk_font_and_its_text_is_extractable(pdf_path):
    reader, text = _pdf_text(pdf_path)
    embedded = set()
    for page in reader.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            for desc in font.get("/DescendantFonts") or [font]:
                descriptor = desc.get_object().get("/FontDescriptor")
                if descriptor and any(k in descriptor.get_object() for k in
                                      ("/FontFile", "/FontFile2", "/FontFile3")):
                    embedded.add(str(font["/BaseFont"]))
    assert any("CJK" in name for name in embedded), f"no embedded CJK font among {embedded}"
    for phrase in ("厦门", "市域社会治理", "优秀创新"):
        assert phrase in text, f"{phrase!r} not found in the PDF's extractable text"


def test_pdf_has_every_figure_with_its_number_and_caption(pdf_path):
    _, text = _pdf_text(pdf_path)
    flat = re.sub(r"\s+", "", text)
    for doc in toc.documents():
        for name in toc.placed(doc):
            caption = re.sub(r"\s+", "", figures.load_record(name).caption)[:25]
            assert caption in flat, f"caption of {name} not found in the PDF"
    assert re.search(r"Figure\s*\d+\.\d+", text), "figures in the PDF are not numbered"
