"""Sphinx directives that place published figures and tables, numbered, with downloads and a
citation line, from the records that `save_figure` and `show_table` wrote while the chapter ran.

    ```{xmfigure} fig-themes-top-terms
    ```
    ```{xmtable} tab-metrics-summary
    ```
"""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from . import citation, editions, paths, publishing, toc
from .fonts import cjk_font_path
from .figures import load_record, print_width_in
from .printhtml import chinese_citations
from .tables import SHORT_TABLE_ROWS, load_table

logger = logging.getLogger(__name__)
WEB_FORMATS = (("svg", "SVG"), ("png", "PNG, 300 dpi"), ("pdf", "PDF"), ("csv", "data (CSV)"))
# The words the directives and repairs add to a page, in each edition's language.
WORDS = {
    "en": {"cite": "Cite this {kind}: ", "figure": "figure", "table": "table", "download": "Download: ",
           "data_csv": "data (CSV)", "png": "PNG, 300 dpi", "entries": "Entries in this figure: ",
           "figure_label": "Figure ", "index_head": ["Figure", "Caption", "Files", "Cite as"],
           "toggle": "Show or hide the pages of this part", "switch": "Read this page in Chinese"},
    "zh": {"cite": "引用本{kind}：", "figure": "图", "table": "表", "download": "下载：",
           "data_csv": "数据（CSV）", "png": "PNG，300 dpi", "entries": "本图涉及的条目：",
           "figure_label": "图 ", "index_head": ["图", "图题", "文件", "引用格式"],
           "toggle": "展开或收起本部分的页面", "switch": "阅读本页英文版"},
}


NUMBER_HERE = "\x00"  # where a cite line's item number goes, resolved by Sphinx (numref)


def edition_of(env) -> str:
    return env.config.xmgov_edition


def words(env) -> dict:
    return WORDS[edition_of(env)]


def _site_link(docname: str, folder: str, filename: str, text: str, edition: str = "en") -> nodes.reference:
    """A link from page `docname` to a file the site publishes under `folder` at its root (the
    Chinese edition lives one folder down and links to the same files)."""
    prefix = editions.get(edition).site_prefix
    uri = prefix + posixpath.relpath(f"{folder}/{filename}", posixpath.dirname(docname) or ".")
    return nodes.reference("", text, refuri=uri, internal=False, classes=["xm-file"])


def chinese_words(name: str, record: dict | None) -> dict:
    """A published item's Chinese words (its record's "zh"), or an error saying where they go."""
    if not record:
        raise ValueError(f"{name}: no Chinese caption in its record: give the save_figure or "
                         f"tables() call that makes it a `zh=Chinese(...)` (xmgov.chinese)")
    return record


def _numref(name: str, docname: str) -> addnodes.pending_xref:
    xref = addnodes.pending_xref("", refdomain="std", reftype="numref", reftarget=name,
                                 refexplicit=False, refwarn=True, refdoc=docname)
    xref += nodes.inline(text=name)
    return xref


class _Published(SphinxDirective):
    required_arguments = 1
    has_content = False
    kind = ""

    def link(self, folder: str, filename: str) -> nodes.reference:
        """A link to a file the site publishes (the PDF keeps its name and drops the link)."""
        return _site_link(self.env.docname, folder, filename, filename, edition_of(self.env))

    def published(self, loader, folder: Path, node: nodes.Element):
        """Load the record of the published item named by the argument, and label `node` with it."""
        name = self.arguments[0]
        try:
            found = loader(name)
        except FileNotFoundError as exc:
            raise self.error(str(exc)) from exc
        self.env.note_dependency(str(folder / f"{name}.json"))
        self.options["name"] = name
        self.add_name(node)
        return name, found

    def citation_line(self, name: str) -> nodes.paragraph:
        """Under each item: who, when, which item, in which book and version (the full reference,
        with the subtitle, is in the figure index and on the How to cite page)."""
        para = nodes.paragraph(classes=["xm-cite"])
        said = words(self.env)
        para += nodes.strong(text=said["cite"].format(kind=said[self.kind]))
        version = citation.metadata()["version"]
        if edition_of(self.env) == "zh":  # GB/T 7714, as on the how-to-cite page (xmgov.citation_zh)
            from . import citation_zh

            before, after = citation_zh.figure(NUMBER_HERE, name).split(NUMBER_HERE)
            para += nodes.Text(before)
            para += _numref(name, self.env.docname)
            para += nodes.Text(after)
            return para
        para += nodes.Text(f"{citation.short_authors()} ({citation.year()}), ")
        para += _numref(name, self.env.docname)
        para += nodes.Text(f" [{name}], in ")
        para += nodes.emphasis(text=citation.short_title())
        para += nodes.Text(f", version {version}.")
        return para


class XmFigure(_Published):
    """A numbered figure with caption, alt text, source line, downloads and citation line."""

    kind = "figure"

    def run(self):
        figure = nodes.figure(classes=["xm-figure"])
        name, record = self.published(load_record, paths.FIGURES, figure)
        said, caption, alt, source = words(self.env), record.caption, record.alt, record.source
        if edition_of(self.env) == "zh":
            try:
                zh = chinese_words(name, record.zh)
            except ValueError as exc:
                raise self.error(str(exc)) from exc
            caption, alt, source = zh["caption"], zh["alt"], zh["source"]
        # `name.*`: Sphinx collects every format as a candidate and the web takes the SVG. The
        # path is the page's own way to the figures (the Chinese pages are a folder down).
        folder = Path(os.path.relpath(paths.FIGURES, Path(self.env.doc2path(self.env.docname)).parent)).as_posix()
        image = nodes.image(uri=f"{folder}/{name}.*", alt=alt)
        if self.env.app.builder.name == "simplepdf":
            # Print: the SVG whose text is text, at the size it was drawn for (xmgov.figures).
            image = nodes.image(uri=f"{folder}/{record.files['print']}", alt=alt,
                                width=f"{print_width_in(record):.3f}in")
        link = self.link("figures", record.files["svg"])  # a click opens the full-size SVG
        zoom = nodes.reference("", "", refuri=link["refuri"], internal=False, classes=["xm-zoom"])
        zoom += image
        figure += zoom
        figure += nodes.caption(text=caption)
        legend = nodes.legend()
        legend += nodes.paragraph(text=source, classes=["xm-source"])
        downloads = nodes.paragraph(classes=["xm-downloads"])
        downloads += nodes.strong(text=said["download"])
        for i, (fmt, label) in enumerate(WEB_FORMATS):
            if i:
                downloads += nodes.Text(" · ")
            label = {"png": said["png"], "csv": said["data_csv"]}.get(fmt, label)
            downloads += nodes.Text(f"{label} ")
            downloads += self.link("figures", record.files[fmt])
        legend += downloads
        entries = self.plotted_entries(record)
        if entries:
            # Each id becomes a link to its catalogue page (_link_entry_ids); the PDF leaves the list out.
            listed = nodes.paragraph(classes=["xm-entries"])
            listed += nodes.strong(text=said["entries"])
            listed += nodes.Text(" ".join(entries))
            legend += listed
        legend += self.citation_line(name)
        figure += legend
        return [figure]

    @staticmethod
    def plotted_entries(record) -> list[str]:
        """The entries a figure draws, in id order, read from the data it was drawn from."""
        import pandas as pd

        data = paths.FIGURES / record.files["csv"]
        columns = pd.read_csv(data, nrows=0).columns
        if "entry_id" not in columns:
            return []
        ids = pd.read_csv(data, usecols=["entry_id"], dtype=str)["entry_id"].dropna().unique()
        return sorted(i for i in ids if ENTRY_ID.fullmatch(i))


class XmTable(_Published):
    """A numbered table from a published CSV, with a download link and citation line."""

    kind = "table"

    def run(self):
        # colwidths-auto: let the browser and WeasyPrint size columns by their content.
        table = nodes.table(classes=["xm-table", "colwidths-auto"])
        name, (record, cells) = self.published(load_table, paths.TABLES, table)
        said = words(self.env)
        if len(cells) <= SHORT_TABLE_ROWS:
            table["classes"].append("xm-short")
        caption = record["caption"]
        if edition_of(self.env) == "zh":
            try:
                zh = chinese_words(name, record.get("zh"))
            except ValueError as exc:
                raise self.error(str(exc)) from exc
            caption = zh["caption"]
            cells = cells.set_axis(zh["columns"], axis=1).replace(zh.get("cells", {}))
        table += nodes.title(text=caption)
        group = nodes.tgroup(cols=len(cells.columns))
        table += group
        for _ in cells.columns:
            group += nodes.colspec(colwidth=1)
        head = nodes.thead()
        head += self._row(cells.columns)
        group += head
        body = nodes.tbody()
        for row in cells.itertuples(index=False):
            body += self._row(row)
        group += body
        after = nodes.container(classes=["xm-table-meta"])
        downloads = nodes.paragraph(classes=["xm-downloads"])
        downloads += nodes.strong(text=said["download"])
        downloads += nodes.Text(f"{said['data_csv']} ")
        downloads += self.link("tables", record["file"])
        after += downloads
        after += self.citation_line(name)
        return [table, after]

    @staticmethod
    def _row(values) -> nodes.row:
        row = nodes.row()
        for value in values:
            entry = nodes.entry()
            entry += nodes.paragraph(text=str(value))
            row += entry
        return row




def _pdf_settings(app, config) -> None:
    """sphinx-simplepdf settings live here: Jupyter Book passes _config.yml values as overrides
    before extensions register them, which Sphinx rejects. Also make sure the folder of figures
    and tables exists before Sphinx checks `html_extra_path` (a clean build has not made it yet)."""
    from . import __version__, citation

    paths.ARTIFACTS.mkdir(parents=True, exist_ok=True)
    edition = editions.get(config.xmgov_edition)
    if "simplepdf_file_name" in config:
        config["simplepdf_file_name"] = edition.pdf_name
    config.project = citation.metadata()["title"] if edition.code == "en" else editions.zh_title()
    config.version = config.release = __version__


def _share_doctrees_for_numref(app) -> None:
    """Sphinx unpickles the whole target page for every {numref} it resolves (`env.get_doctree`
    in `StandardDomain._resolve_numref_xref`), which took a third of writing the book. Within one
    build the pickled doctrees do not change and numref only reads node ids and types, so give it
    each page's doctree once (held on the app, never pickled with the environment)."""
    from sphinx.domains.std import StandardDomain

    resolve = StandardDomain._resolve_numref_xref
    if getattr(resolve, "xmgov_shared", False):
        return
    doctrees: dict[str, nodes.document] = {}

    def shared(self, env, *args, **kwargs):
        get = env.get_doctree

        def once(docname: str) -> nodes.document:
            if docname not in doctrees:
                doctrees[docname] = get(docname)
            return doctrees[docname]

        env.get_doctree = once
        try:
            return resolve(self, env, *args, **kwargs)
        finally:
            del env.get_doctree  # back to the class's method

    shared.xmgov_shared = True
    StandardDomain._resolve_numref_xref = shared
    app.connect("env-updated", lambda app, env: doctrees.clear())


def _pdf_images(app) -> None:
    """The PDF takes each figure's print SVG (text kept as text), and raster images otherwise."""
    if app.builder.name == "simplepdf":
        app.builder.supported_image_types = ["image/svg+xml", "image/png", "image/jpeg", "image/gif"]


def _pdf_style(app) -> None:
    """Give the PDF builder the embedded CJK font (see xmgov.pdfbook)."""
    if app.builder.name == "simplepdf":
        from .pdfbook import STATIC, prepare_static

        # One folder per edition: the two editions' PDFs may be built at the same time.
        app.config.html_static_path.append(str(prepare_static(STATIC / app.config.xmgov_edition)))
        app.add_css_file("xmgov-fonts.css")
        if app.config.xmgov_edition == "zh":
            app.add_css_file("xmgov-print-zh.css")


# Stylesheets of extensions the PDF does not use (no design elements, toggles, copy buttons or
# live code in print; the web book's own house style): WeasyPrint matches every selector against every element, so they cost time.
WEB_ONLY_CSS = ("sphinx-design.min.css", "togglebutton.css", "copybutton.css", "sphinx-thebe.css",
                "xmgov.css")


def _pdf_stylesheets(app, pagename, templatename, context, doctree) -> None:
    if app.builder.name == "simplepdf":
        context["css_files"] = [css for css in context.get("css_files", [])
                                if posixpath.basename(getattr(css, "filename", str(css)) or "") not in WEB_ONLY_CSS]


def _dedupe_scripts(app, pagename, templatename, context, doctree) -> None:
    """sphinx-thebe 0.3.1 registers its inline config script once per read pass; a page with two
    copies throws "Identifier 'THEBE_JS_URL' has already been declared" in the browser."""
    seen, unique = set(), []
    for script in context.get("script_files", []):
        key = (getattr(script, "filename", str(script)) or "",
               repr(sorted(getattr(script, "attributes", {}).items())))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    context["script_files"] = unique


class figure_index(nodes.General, nodes.Element):
    """Placeholder for the figure index, filled in once every chapter has been read."""


class XmFigureIndex(SphinxDirective):
    """Every figure of the book in reading order: number, caption, downloads and citation."""

    has_content = False

    def run(self):
        self.env.xmgov_index_docs = getattr(self.env, "xmgov_index_docs", set()) | {self.env.docname}
        return [figure_index()]


def _figure_number(env, docname: str, name: str) -> str:
    numbers = env.toc_fignumbers.get(docname, {}).get("figure", {}).get(name)
    if not numbers:
        raise ValueError(f"{docname}: figure {name!r} has no number (is the document in _toc.yml?)")
    return words(env)["figure_label"] + ".".join(map(str, numbers))


def _item_citation(env, label: str, name: str) -> str:
    """The full reference of one figure: the English form, or GB/T 7714's in the Chinese edition."""
    if edition_of(env) == "zh":
        from . import citation_zh

        return citation_zh.figure(label, name)
    return citation.item_citation("figure", label, name)


def _fill_figure_index(app, doctree, fromdocname) -> None:
    for placeholder in doctree.findall(figure_index):
        env, builder = app.env, app.builder
        table = nodes.table(classes=["xm-figure-index", "colwidths-auto"])
        group = nodes.tgroup(cols=4)
        table += group
        for width in (12, 40, 24, 24):
            group += nodes.colspec(colwidth=width)
        head = nodes.thead()
        group += head
        head += XmTable._row(words(env)["index_head"])
        body = nodes.tbody()
        group += body
        root = Path(env.srcdir)
        for docname in toc.documents(root / "_toc.yml"):
            for name in toc.placed(docname, root=root):
                record = load_record(name)
                caption = record.caption if edition_of(env) == "en" else chinese_words(name, record.zh)["caption"]
                label = _figure_number(env, docname, name)
                row = nodes.row()
                link = nodes.reference("", label, internal=True,
                                       refuri=builder.get_relative_uri(fromdocname, docname) + "#" + name)
                row += nodes.entry("", nodes.paragraph("", "", link), classes=["xm-nowrap"])
                row += nodes.entry("", nodes.paragraph(text=caption))
                files = nodes.paragraph()
                for i, (fmt, _) in enumerate(WEB_FORMATS):
                    if i:
                        files += nodes.Text(" · ")
                    files += _site_link(fromdocname, "figures", record.files[fmt], fmt.upper(), edition_of(env))
                row += nodes.entry("", files)
                row += nodes.entry("", nodes.paragraph(text=_item_citation(env, label, name)))
                body += row
        placeholder.replace_self(table)


STATUS_WORDS = {"✅": "ok", "❌": "failed"}


# The Chinese edition's words for myst-nb's execution table (its header and its values).
STATUS_ZH = {"Document": "页面", "Modified": "执行时间", "Method": "方式", "Run Time (s)": "用时（秒）",
             "Status": "状态", "cache": "缓存", "ok": "正常", "failed": "失败"}


def _plain_status(app, doctree, fromdocname) -> None:
    """myst-nb's execution table marks status with emoji, which no embedded font has: use words
    (in the Chinese edition, Chinese words)."""
    for text in list(doctree.findall(nodes.Text)):
        if str(text) in STATUS_WORDS:
            text.parent.replace(text, nodes.Text(STATUS_WORDS[str(text)]))
    if app.config.xmgov_edition != "zh":
        return
    for table in doctree.findall(nodes.table):
        texts = list(table.findall(nodes.Text))
        if any(str(t) == "Run Time (s)" for t in texts):
            for text in texts:
                if str(text) in STATUS_ZH:
                    text.parent.replace(text, nodes.Text(STATUS_ZH[str(text)]))


def _also_outdated(app, env, added, changed, removed):
    """Documents Sphinx must read again although their source did not change: the figure index
    (it depends on every chapter), and every page whose execution in the notebook cache is newer
    than Sphinx's reading of it (`xmgov execute` ran it again because its inputs changed)."""
    from .cache import execution_times

    fresh = set(added) | set(changed)
    newer = {docname for docname, executed in execution_times(env, Path(env.srcdir)).items()
             if docname not in fresh and executed * 1_000_000 > env.all_docs.get(docname, 0)}
    return sorted(newer | getattr(env, "xmgov_index_docs", set()))


def executed_notebook(source: Path):
    """The chapter as a Jupyter notebook, with the outputs of its cached execution if any."""
    from jupyter_cache import get_cache

    from .cache import read_notebook

    notebook = read_notebook(source)
    try:
        _, notebook = get_cache(paths.JUPYTER_CACHE).merge_match_into_notebook(notebook)
    except KeyError:
        pass  # not executed yet: readers still get the code to run
    return notebook


def _notebook_download(app, pagename, templatename, context, doctree) -> None:
    """Offer every chapter notebook as .ipynb in the page's download menu."""
    import nbformat

    if app.builder.name != "html" or doctree is None:
        return
    source = Path(app.env.doc2path(pagename))
    if source.suffix != ".md" or not toc.is_notebook(source):
        return
    target = Path(app.outdir) / "_sources" / f"{pagename}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(executed_notebook(source), str(target))
    context["ipynb_source"] = f"{pagename}.ipynb"


WEB_FONT = "xmgov-cjk.woff"


# Small repairs of the theme's and extensions' HTML that axe-core (WCAG 2.1 A/AA) reports as serious:
# the navigation's expand buttons have no name; a scrolling table cannot be reached by keyboard;
# sphinxcontrib-bibtex marks the reference list role="list" without list items.
HTML_REPAIRS = (
    ('<summary><span class="toctree-toggle" role="presentation">',
     '<summary aria-label="{toggle}"><span class="toctree-toggle" role="presentation">'),
    ('<table class="xm-table', '<table tabindex="0" class="xm-table'),
    ('<div role="list" class="citation-list">', '<div class="citation-list">'),
    # Pagefind indexes each page's article only, not the navigation repeated on every page.
    ('<article class="bd-article">', '<article class="bd-article" data-pagefind-body>'),
)
# The search page shows Pagefind's results (its own interface, served with the site), which
# segments Chinese as it indexes and as it reads the query; the theme's search box leads here.
SEARCH_FORM = re.compile(r'(<div class="bd-search-container">.*?)<form class="bd-search[^>]*>.*?</form>\s*'
                         r'<div id="search-results"></div>', re.DOTALL)
PAGEFIND_UI = """<link href="pagefind/pagefind-ui.css" rel="stylesheet">
<script src="pagefind/pagefind-ui.js"></script>
<div id="xm-search"></div>
<div id="search-results" hidden></div>
<script>
window.addEventListener("DOMContentLoaded", () => {
  const ui = new PagefindUI({element: "#xm-search", showSubResults: true, showImages: false});
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
});
</script>"""
HEADER_BUTTONS = '<div class="article-header-buttons">'


def pages_of(app) -> list[Path]:
    """The web pages this build wrote (the English site holds the Chinese one in zh/: not its)."""
    outdir = Path(app.outdir)
    other = editions.get("zh").html
    return [page for page in sorted(outdir.rglob("*.html"))
            if app.config.xmgov_edition == "zh" or not page.is_relative_to(other)]


def counterpart(app, page: Path) -> str:
    """The link from `page` to the same page in the other edition (the Chinese site is the
    English site's zh/ folder)."""
    rel = page.relative_to(app.outdir).as_posix()
    there = ("../" if app.config.xmgov_edition == "zh" else "zh/") + rel
    return posixpath.relpath(there, posixpath.dirname(rel) or ".")


def language_switch(app, page: Path, text: str) -> str:
    """Link the page to its counterpart in the other edition, in the header and for search engines."""
    other = editions.other(app.config.xmgov_edition)
    href = counterpart(app, page)
    title = WORDS[app.config.xmgov_edition]["switch"]
    button = (f'<a class="btn btn-sm xm-lang-switch" href="{href}" hreflang="{other.lang}" lang="{other.lang}" '
              f'title="{title}" aria-label="{title}">{other.label}</a>')
    text = text.replace(HEADER_BUTTONS, HEADER_BUTTONS + button, 1)
    return text.replace("</head>", f'<link rel="alternate" hreflang="{other.lang}" href="{href}">\n</head>', 1)


def _repair_html(app, exception) -> None:
    if exception is not None or app.builder.name != "html":
        return
    edition = editions.get(app.config.xmgov_edition)
    said = WORDS[edition.code]
    for page in pages_of(app):
        text = page.read_text(encoding="utf-8")
        fixed = text
        for old, new in HTML_REPAIRS:
            fixed = fixed.replace(old, new.format(toggle=said["toggle"]))
        fixed = chinese_citations(fixed)
        if HEADER_BUTTONS in fixed and "xm-lang-switch" not in fixed:  # pages kept from a build before
            fixed = language_switch(app, page, fixed)
        if page.name == "search.html" and page.parent == Path(app.outdir):
            fixed = SEARCH_FORM.sub(lambda m: m.group(1) + PAGEFIND_UI, fixed, count=1)
        if fixed != text:
            page.write_text(fixed, encoding="utf-8")


def _web_font(app, exception) -> None:
    if exception is None and app.builder.name == "html":
        import shutil

        from .fonts import characters_in, subset

        outdir = Path(app.outdir)
        chars = characters_in(pages_of(app))
        shutil.copyfile(subset(cjk_font_path("sans"), chars, flavor="woff"), outdir / "_static" / WEB_FONT)
        logger.info(f"[xmgov] web font subset: {len(chars)} characters -> _static/{WEB_FONT}")
        name = editions.get(app.config.xmgov_edition).pdf_name
        pdf = paths.PDF_DIR / name  # the PDF may be built at the same time (`make book`)
        if pdf.is_file():
            shutil.copyfile(pdf, outdir / name)


CJK = re.compile(r"[\u3400-\u9fff]")


def reference_label(entry) -> str:
    """An entry's label in the reference list, in the form its citations take in the text: the
    authors' family names (Chinese authors in Chinese form: 吴俊鸿等, 俞可平、阳军), or the title of
    a work without a named author; then the year."""
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    names = [" ".join(p.last_names or p.first_names).strip("{}") for p in people]
    if not names:
        who = str(entry.fields.get("title", entry.key)).replace("{", "").replace("}", "")
    elif CJK.search(names[0]):
        who = names[0] + "等" if len(names) > 2 else "、".join(names)
    else:
        who = (names[0] if len(names) == 1 else f"{names[0]} and {names[1]}"
               if len(names) == 2 else f"{names[0]} et al.")
    return f"{who}, {entry.fields.get('year', 'n.d.')}"


def reference_order(entry) -> tuple:
    """Works by Latin-script authors first, A to Z; then Chinese ones, A to Z by the pinyin the
    bibliography gives them (`sortname`, as biblatex names it)."""
    label = reference_label(entry)
    chinese = bool(CJK.match(label))
    if chinese and "sortname" not in entry.fields:
        raise ValueError(f"references.bib: entry {entry.key!r} is cited under a Chinese name; "
                         "give its pinyin in a `sortname` field so that it can be ordered")
    key = str(entry.fields["sortname"]) if chinese else label.lstrip("[")
    return (chinese, key.casefold(), label)


def _register_bibliography_style() -> None:
    """Reference-list labels and order: see `reference_label` and `reference_order`; the Chinese
    edition's GB/T 7714 form (`bibtex_default_style` in `editions.zh_overrides`)."""
    from . import references_zh
    from pybtex.plugin import register_plugin
    from pybtex.richtext import HRef, Text
    from pybtex.style import FormattedEntry
    from pybtex.style.formatting import BaseStyle
    from pybtex.style.formatting.plain import Style as Plain
    from pybtex.style.labels import BaseLabelStyle
    from pybtex.style.sorting import BaseSortingStyle

    class AuthorYearLabels(BaseLabelStyle):
        def format_labels(self, sorted_entries):
            for entry in sorted_entries:
                yield reference_label(entry)

    class LabelOrder(BaseSortingStyle):
        def sorting_key(self, entry):
            return reference_order(entry)

    class AuthorYear(Plain):
        default_label_style = "xmgov_author_year"
        default_sorting_style = "xmgov_label_order"

    class ChineseFirst(BaseSortingStyle):
        def sorting_key(self, entry):
            chinese, key, label = reference_order(entry)
            unnamed = references_zh.anonymous(entry)  # listed as 佚名 / Anon, so sorted as such
            return (not chinese, unnamed[1] if unnamed else key, label)

    class GBT7714(BaseStyle):
        """The Chinese edition's reference list: GB/T 7714—2015 (see xmgov.references_zh)."""

        default_name_style = "plain"
        default_label_style = "xmgov_author_year"
        default_sorting_style = "xmgov_chinese_first"

        def format_entry(self, label, entry, bib_data=None):
            text = Text(*(HRef(value, value) if kind == "url" else value
                          for kind, value in references_zh.reference(entry)))
            return FormattedEntry(entry.key, text, label)

    register_plugin("pybtex.style.labels", "xmgov_author_year", AuthorYearLabels, force=True)
    register_plugin("pybtex.style.sorting", "xmgov_label_order", LabelOrder, force=True)
    register_plugin("pybtex.style.sorting", "xmgov_chinese_first", ChineseFirst, force=True)
    register_plugin("pybtex.style.formatting", "xmgov_author_year", AuthorYear, force=True)
    register_plugin("pybtex.style.formatting", "xmgov_gbt7714", GBT7714, force=True)


ENTRY_ID = re.compile(r"\b([GPC]\d{2})\b")
# Nodes whose text is not running prose: an entry id inside them is left as it is.
_NO_LINK = (nodes.reference, nodes.literal, nodes.FixedTextElement, nodes.raw, nodes.title,
            addnodes.pending_xref, nodes.caption)


def _link_entry_ids(app, doctree, docname) -> None:
    """Every entry id in the book's text and tables becomes a link to its catalogue page, so a
    reader reaches an entry from anywhere it is mentioned."""
    entries = {p.stem for p in (paths.ROOT / "catalogue" / "entries").glob("*.md")}
    if not entries:
        return
    for text in list(doctree.findall(nodes.Text)):
        value = str(text)
        if not ENTRY_ID.search(value):
            continue
        node, skip = text.parent, False
        while node is not None:
            if isinstance(node, _NO_LINK):
                skip = True
                break
            node = node.parent
        if skip:
            continue
        pieces, last = [], 0
        for match in ENTRY_ID.finditer(value):
            if match.group(1) not in entries:
                continue
            pieces.append(nodes.Text(value[last:match.start()]))
            ref = nodes.reference("", match.group(1), internal=True, classes=["xm-entry"],
                                  refuri=app.builder.get_relative_uri(docname, f"catalogue/entries/{match.group(1)}"))
            pieces.append(ref)
            last = match.end()
        if pieces:
            pieces.append(nodes.Text(value[last:]))
            text.parent.replace(text, pieces)


def _clear_before_reading(app, env, docnames) -> None:
    """Forget every page to be re-read before reading any: Sphinx clears a page only when its turn
    comes, so a figure or table moved to a page read earlier would meet its old label and fail the
    build (-W) with a duplicate-label warning on an incremental build."""
    for docname in docnames:
        env.clear_doc(docname)


def _bibliography_inputs(app, docname, source) -> None:
    """A Chinese reference list is read again when the Chinese of its notes changes."""
    if app.config.xmgov_edition == "zh" and "{bibliography}" in source[0]:
        from .references_zh import TRANSLATIONS

        app.env.note_dependency(str(TRANSLATIONS))


def setup(app):
    _register_bibliography_style()
    app.add_config_value("xmgov_edition", "en", "env", types=[str])
    app.add_directive("xmfigure", XmFigure)
    app.add_directive("xmtable", XmTable)
    app.add_directive("xmfigure-index", XmFigureIndex)
    app.add_node(figure_index)
    app.connect("doctree-resolved", _fill_figure_index)
    app.connect("doctree-resolved", _plain_status)
    app.connect("doctree-resolved", _link_entry_ids)
    app.connect("env-get-outdated", _also_outdated)
    app.connect("env-before-read-docs", _clear_before_reading)
    app.connect("config-inited", _pdf_settings)
    app.connect("config-inited", publishing.configure)
    app.connect("builder-inited", _pdf_style)
    app.connect("builder-inited", _pdf_images)
    app.connect("builder-inited", _share_doctrees_for_numref)
    app.connect("html-page-context", _dedupe_scripts)
    app.connect("html-page-context", _pdf_stylesheets)
    app.connect("html-page-context", _notebook_download, priority=400)
    # Again after the theme's launch buttons (priority 501), which copy an output-less notebook over it.
    app.connect("html-page-context", _notebook_download, priority=502)
    app.connect("build-finished", _repair_html)
    app.connect("build-finished", _web_font)
    app.connect("source-read", _bibliography_inputs)
    # A change to this module (or to the reference style it registers) changes what its directives
    # write, so it must re-read every page: Sphinx does that when an extension's env_version
    # changes, so the version is the modules' hash.
    import hashlib

    from . import references_zh

    code = Path(__file__).read_bytes() + Path(references_zh.__file__).read_bytes()
    env_version = int(hashlib.sha256(code).hexdigest()[:12], 16)
    return {"version": "1", "env_version": env_version, "parallel_read_safe": True,
            "parallel_write_safe": True}
