"""The print edition's Sphinx builder: sphinx-simplepdf's single page, made into a book.

It keeps sphinx-simplepdf's name (`simplepdf`, which the pages' `{only}` blocks and myst-nb's
output priorities name) and its page writer, and replaces what it does at the end: the page goes
through `xmgov.printhtml` (front matter, lists, cross-references, print-only content), then to
WeasyPrint, which lays it out twice so that figures can float (`xmgov.printfloats`), as a tagged
PDF (PDF/UA-1) with its document information filled in from
`CITATION.cff`. The theme (`print_theme/`) gives the title page, the copyright page and the
contents; `xmgov.pdfbook` runs the build and gives it its fonts.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.builders.singlehtml import SingleFileHTMLBuilder
from sphinx.util import logging
from sphinx_simplepdf.builders.simplepdf import SimplePdfBuilder

from bs4 import BeautifulSoup

from . import citation, printfloats, printhtml, toc

logger = logging.getLogger(__name__)
THEME = "xmgov_print"
THEME_DIR = Path(__file__).with_name("print_theme")
PDF_VARIANT = "pdf/ua-1"


LAYOUT_WORDS = {
    "en": {"version": "Version", "title_page": "Title page", "imprint": "Copyright and licences",
           "contents": "Contents"},
    "zh": {"version": "版本", "title_page": "书名页", "imprint": "版权与许可", "contents": "目录"},
}


def print_context(edition: str = "en") -> dict:
    """What the title page, the copyright page and the document information say, all from
    CITATION.cff (the one place the book's title, authors, version and date are written; the
    Chinese title from data/edition_zh.yml, through `xmgov.citation_zh`)."""
    meta, page = citation.metadata(), citation.title_page()
    source = meta["references"][0]
    source_authors = "、".join(a["name"] for a in source["authors"])
    year = citation.year()
    common = {"authors": "; ".join(page.authors), "version": page.version, "date": page.date,
              "keywords": ", ".join(meta.get("keywords", [])), "words": LAYOUT_WORDS[edition]}
    if edition == "zh":
        from . import citation_zh

        zh = citation_zh.edition()
        return common | {
            "title": zh["title"], "subtitle": zh["subtitle"], "authors": citation_zh.publisher(),
            "subject": " ".join(str(zh.get("abstract", meta["abstract"])).split()),
            "imprint": [
                f"© {year} {citation_zh.publisher()}。",
                "本书的正文、图、表和数据采用知识共享署名 4.0 国际许可协议（CC BY 4.0，"
                "https://creativecommons.org/licenses/by/4.0/）授权；代码采用 MIT 许可协议。"
                "随书发布的 LICENSE.md 载有两份许可协议全文。",
                f"所分析的原始报道《{source['title']}》（作者：{source_authors}；"
                f"{source['publisher']['name']}，{source['date-published']}）不在上述许可之列，"
                "其版权归原出版者所有。本书为分析和评论而引用该报道，并公开所分析的副本，"
                "以便读者核查每一个数值。",
                f"{citation_zh.version()}，{meta['date-released']}。请引用为：{citation_zh.book()}",
                "正文西文字体为 Source Serif 4，标题、表格和图题为 Source Sans 3，中文为思源黑体"
                "（Noto Sans CJK SC）；PDF 由 WeasyPrint 排版生成。",
            ],
        }
    return common | {
        "title": page.title, "subtitle": page.subtitle,
        "subject": " ".join(meta["abstract"].split()),
        "imprint": [
            f"© {year} {citation.authors()}.",
            "The text, figures, tables and data of this book are licensed under the Creative "
            "Commons Attribution 4.0 International licence (CC BY 4.0, "
            "https://creativecommons.org/licenses/by/4.0/); its code under the MIT licence. "
            "LICENSE.md, published with the book, gives both in full.",
            f"The source article, 《{source['title']}》 by {source_authors} "
            f"({source['publisher']['name']}, {source['date-published']}), is not covered by these "
            "licences: its copyright remains with its publisher. The book quotes it for analysis "
            "and comment, and publishes the copy it analysed so that every value can be checked.",
            f"Version {meta['version']}, {meta['date-released']}. Please cite as: "
            f"{citation.book_citation()}",
            "Set in Source Serif 4 (text), Source Sans 3 (headings, tables and captions) and Noto "
            "Sans CJK SC (Chinese), and made into a PDF with WeasyPrint.",
        ],
    }


class PrintBuilder(SimplePdfBuilder):
    """sphinx-simplepdf's builder with the book's own last step (see the module docstring)."""

    name = "simplepdf"

    def __init__(self, app, *args, **kwargs) -> None:
        app.config.simplepdf_theme = THEME  # read by sphinx-simplepdf's own __init__
        edition = app.config.xmgov_edition
        app.config.html_context = {**app.config.html_context, "xm_print": print_context(edition)}
        super().__init__(app, *args, **kwargs)

    def finish(self) -> None:
        SingleFileHTMLBuilder.finish(self)
        import weasyprint

        root = self.config.root_doc
        page = Path(self.outdir) / f"{root}.html"
        html = page.read_text(encoding="utf-8")
        edition = self.config.xmgov_edition
        chapters = toc.numbered_chapters(Path(self.srcdir) / "_toc.yml")
        page.write_text(printhtml.prepare(html, f"{root}.html", chapters, edition=edition), encoding="utf-8")
        target = Path(self.outdir) / self.config.simplepdf_file_name
        drafted = target.with_suffix(".weasyprint.pdf")
        options = {"pdf_variant": PDF_VARIANT, "pdf_tags": True, "custom_metadata": True,
                   "pdf_identifier": citation.metadata()["version"].encode()}
        document = weasyprint.HTML(filename=str(page)).render(**options)
        moves = printfloats.deferrals(document)
        if moves:  # lay the book out again with the figures floated (xmgov.printfloats)
            soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
            printfloats.apply(soup, moves)
            page.write_text(str(soup), encoding="utf-8")
            document = weasyprint.HTML(filename=str(page)).render(**options)
            logger.info(f"[xmgov] figures floated past the text after them: {len(moves)}")
        document.write_pdf(drafted, **options)
        label_pages(drafted, target)
        drafted.unlink()
        logger.info(f"[xmgov] print edition: {target}")


MAIN_MATTER = "xm-introduction"  # the anchor of the main matter's first page (xmgov.printhtml)


def label_pages(source: Path, target: Path) -> None:
    """Give the PDF page labels as printed (i, ii, ... then 1, 2, ...), so that a viewer's page
    box and a citation's page number agree. WeasyPrint writes none; PyMuPDF adds them and saves
    the file whole, keeping its tags, with no new identifier (the same bytes at every build)."""
    import pymupdf

    with pymupdf.open(source) as document:
        found = document.resolve_names().get(MAIN_MATTER)
        if found is None:
            raise ValueError(f"{source}: no destination {MAIN_MATTER!r}, where the main matter starts")
        document.set_page_labels([{"startpage": 0, "prefix": "", "style": "r", "firstpagenum": 1},
                                  {"startpage": found["page"], "prefix": "", "style": "D", "firstpagenum": 1}])
        document.save(target, garbage=1, deflate=True, use_objstms=1, no_new_id=True)


def setup(app) -> dict:
    # sphinx-simplepdf's builder module declares its configuration values (Sphinx loads it by
    # entry point only when the builder it registers is the one asked for, which is now ours).
    app.setup_extension("sphinx_simplepdf.builders.simplepdf")
    app.add_html_theme(THEME, str(THEME_DIR))
    app.add_builder(PrintBuilder, override=True)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
