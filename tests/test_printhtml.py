"""The print edition's HTML steps, each on a small page shaped like Sphinx's single page."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from xmgov import printhtml

PAGE = """<html><body>
<section id="xm-title-page"><p class="xm-title">The Book</p></section>
<nav id="xm-contents"><ul>
<li class="toctree-l1"><a href="#document-chapters/themes">What kinds</a></li>
<li class="toctree-l1"><a href="#document-appendices/status">Execution status</a></li>
</ul></nav>
<div id="xm-lists"></div>
<div class="xm-main">
<section id="root"><h1>The book</h1>
<span id="document-chapters/themes"></span><section id="themes">
<h2><span class="section-number">2. </span>What kinds of innovation were rewarded<a class="headerlink" href="#themes">¶</a></h2>
<p id="id1">See <a class="reference internal" href="#document-chapters/themes"><span class="doc">What kinds of innovation were rewarded</span></a>,
<a class="reference internal" href="#document-chapters/themes"><span class="doc">the themes chapter</span></a>,
<a href="#id1">here</a>, <a href="intro.html#fig-a">the figure</a>, <a href="figures/fig-a.svg">fig-a.svg</a>,
<a href="https://example.org/x">the web</a>, <a href="#document-appendices/status">the status page</a>
and <span class="bibtex-citation" id="id2"><a href="#id2">吴俊鸿 <em>et al.</em>, 2023</a></span>.</p>
<section id="sec"><h3><span class="section-number">2.1. </span>A section: with a subtitle</h3>
<p>As <a class="reference internal" href="#sec">A section: with a subtitle</a> and <a class="reference internal" href="#sec">that section</a> say.</p></section>
<figure id="fig-a"><img src="a.png"/><figcaption><p><span class="caption-number">Figure 2.1 </span><span class="caption-text">Themes by list.</span></p>
<div class="legend"><p class="xm-downloads">Download: SVG</p><p class="xm-cite">Cite this figure: ...</p></div></figcaption></figure>
<table id="tab-a" class="xm-table xm-short"><caption><span class="caption-number">Table 2.1 </span><span class="caption-text">A table.</span></caption>
<tr><th>a</th></tr><tr><td>1</td></tr></table>
</section>
<span id="document-appendices/status"></span><section id="status"><h2>Execution status</h2><p id="id1">x</p></section>
<span id="document-references"></span><section id="references"><h2>References</h2><p id="id7">吴俊鸿, 薛尧, 翁小华</p><p id="id1">y</p><p id="id2">z</p></section>
</section></div></body></html>"""


@pytest.fixture
def soup():
    return BeautifulSoup(PAGE, "html.parser")


def test_web_only_documents_leave_the_book_and_the_contents(soup):
    assert printhtml.omit_documents(soup, {"appendices/status": "web only"}) == ["appendices/status"]
    assert soup.find(id="document-appendices/status") is None
    assert "Execution status" not in soup.get_text()
    assert "the status page" in soup.get_text()  # the words stay, the link goes
    assert not soup.select('a[href="#document-appendices/status"]')


def test_download_and_cite_lines_and_pilcrows_are_dropped(soup):
    printhtml.drop_web_only(soup)
    text = soup.get_text()
    assert "Download:" not in text and "Cite this figure" not in text and "¶" not in text


def test_links_stay_in_the_book_or_on_the_web(soup):
    printhtml.localise_links(soup, "intro.html")
    hrefs = [a["href"] for a in soup.find_all("a", href=True)]
    assert "#fig-a" in hrefs and "https://example.org/x" in hrefs
    assert not [h for h in hrefs if not h.startswith(("#", "https://"))]
    assert soup.find("span", class_="xm-file", string="fig-a.svg") is not None


def test_ids_are_unique_and_links_reach_what_they_meant(soup):
    printhtml.omit_documents(soup, {"appendices/status": "web only"})
    renamed = printhtml.unique_ids(soup)
    ids = [el["id"] for el in soup.find_all(id=True)]
    assert len(ids) == len(set(ids)) and renamed == 4
    own = soup.find("a", string="here")
    assert own["href"] == "#id1--chapters-themes" == "#" + own.find_parent("p")["id"]
    cited = soup.select_one(".bibtex-citation a")  # the citation's own span has the id too
    assert cited["href"] == "#id2--references"


def test_a_link_to_an_id_several_other_documents_use_is_an_error():
    page = BeautifulSoup(
        '<span id="document-a"></span><section><p id="x">a</p></section>'
        '<span id="document-b"></span><section><p id="x">b</p></section>'
        '<span id="document-c"></span><section><a href="#x">which?</a></section>', "html.parser")
    with pytest.raises(ValueError, match=r"#x in c: the id is used by \['a', 'b'\]"):
        printhtml.unique_ids(page)


def test_a_reference_by_page_title_reads_as_the_chapter_number(soup):
    printhtml.drop_web_only(soup)
    assert printhtml.number_chapter_references(soup) == 1
    texts = [a.get_text() for a in soup.select('a[href="#document-chapters/themes"]')]
    assert "Chapter 2" in texts and "the themes chapter" in texts


def test_running_heads_are_the_book_and_the_document(soup):
    printhtml.drop_web_only(soup)
    printhtml.running_heads(soup)
    heading = soup.find("h2")
    assert heading["data-running"] == "2 What kinds of innovation were rewarded"
    assert heading["data-book"] == "The Book" and "xm-doc-title" in heading["class"]
    assert not soup.find("h3").has_attr("data-running")


def test_long_heads_are_cut_at_a_word():
    assert printhtml._short("Neighbourhood watch and free-trade zone services", 30) == "Neighbourhood watch and…"
    assert printhtml._short("公共法律服务进园区“零距离”服务企业发展", 10) == "公共法律服务进园区…"


def test_a_reference_by_section_title_reads_as_the_section_number(soup):
    assert printhtml.number_section_references(soup) == 1
    texts = [a.get_text() for a in soup.select('a[href="#sec"]')]
    assert texts == ["Section 2.1", "that section"]


def test_a_quoted_chinese_title_loses_its_marks_when_it_becomes_a_number():
    page = BeautifulSoup(
        '<section id="sec"><h3><span class="section-number">1.6. </span>来源能说明什么</h3>'
        '<p>（“<a class="reference internal" href="#sec">来源能说明什么</a>”）。'
        '见<a class="reference internal" href="#sec">来源能说明什么</a>，'
        '“<a class="reference internal" href="#sec">那一节</a>”</p></section>', "html.parser")
    assert printhtml.number_section_references(page, "zh") == 2
    assert page.find("p").get_text() == "（第 1.6 节）。见第 1.6 节，“那一节”"


def test_number_columns_are_right_aligned():
    page = BeautifulSoup("<table><tr><th>name</th><th>n</th></tr><tr><td>a</td><td>12</td></tr>"
                         "<tr><td>b</td><td>0.91 [0.74–1.00]</td></tr></table>", "html.parser")
    assert printhtml.align_numbers(page.find("table")) == 1
    assert [c.get("class") for c in page.find_all(["td", "th"])] == [None, ["xm-num"], None, ["xm-num"], None, ["xm-num"]]


def test_lists_of_figures_and_tables_link_every_item(soup):
    assert printhtml.lists_of_figures_and_tables(soup) == (1, 1)
    figures = soup.select("#xm-list-of-figures a")
    assert [a["href"] for a in figures] == ["#fig-a"]
    assert figures[0].get_text() == "Figure 2.1Themes by list"
    assert [a["href"] for a in soup.select("#xm-list-of-tables a")] == ["#tab-a"]
    contents = soup.select("#xm-contents li > a")[:3]
    assert [a["href"] for a in contents] == ["#xm-list-of-figures", "#xm-list-of-tables", "#xm-introduction"]
    assert [a.get("class") for a in contents] == [["xm-roman"], ["xm-roman"], None]


def test_a_list_entry_is_the_caption_s_first_sentence():
    caption = BeautifulSoup('<figcaption><span class="caption-number">Figure 1.2 </span><span class="caption-text">'
                            'Entries per award list (优秀基层案例), by kind. Colour: system; area: degree.</span>'
                            '</figcaption>', "html.parser")
    assert printhtml._caption_parts(caption) == ("Figure 1.2", "Entries per award list (优秀基层案例), by kind")


def test_a_page_without_the_lists_placeholder_is_refused():
    with pytest.raises(ValueError, match="xm-lists"):
        printhtml.lists_of_figures_and_tables(BeautifulSoup("<p>x</p>", "html.parser"))


def _table(columns: int, word: str, rows: int = 3, short: bool = True) -> str:
    cells = "".join(f"<td>{word}</td>" for _ in range(columns))
    body = "".join(f"<tr>{cells}</tr>" for _ in range(rows))
    return (f'<div class="xm-main"><table class="xm-table{" xm-short" if short else ""}">{body}</table>'
            '<div class="xm-table-meta"><p>notes</p></div></div>')


def test_a_table_too_wide_for_the_text_block_goes_on_a_landscape_page_with_its_notes():
    page = BeautifulSoup(_table(8, "Krippendorff's"), "html.parser")
    assert printhtml.table_layout(page) == (1, 1)  # and may break between rows
    wrapper = page.find("div", class_="xm-landscape")
    assert wrapper.find("table") is not None and wrapper.find(class_="xm-table-meta") is not None


def test_a_narrow_table_stays_on_the_page():
    page = BeautifulSoup(_table(3, "code"), "html.parser")
    assert printhtml.table_layout(page) == (0, 0)
    assert "xm-short" in page.find("table")["class"]


def test_a_short_table_taller_than_the_limit_may_break():
    page = BeautifulSoup(_table(2, "word " * 200, rows=5), "html.parser")
    assert printhtml.table_layout(page) == (0, 1)
    assert "xm-short" not in page.find("table")["class"]


def test_chinese_authors_are_cited_in_chinese_form():
    assert printhtml.chinese_citations("[吴俊鸿 <em>et al.</em>, 2023]") == "[吴俊鸿等, 2023]"
    assert printhtml.chinese_citations("[Borins <em>et al.</em>, 2014]") == "[Borins <em>et al.</em>, 2014]"


def test_a_long_address_may_break_anywhere_and_does_not_widen_the_table():
    url = "http://www.example.net/html/202209/01/198881.shtml"
    page = BeautifulSoup(_table(4, url), "html.parser")
    assert printhtml.table_layout(page) == (0, 0)
    assert all("xm-long-token" in td["class"] for td in page.find_all("td"))


def test_the_numbered_chapters_are_the_toc_s_numbered_part(tmp_path):
    from xmgov import toc

    (tmp_path / "_toc.yml").write_text(
        "format: jb-book\nroot: intro\nparts:\n  - caption: Front\n    chapters:\n      - file: a\n"
        "  - caption: Chapters\n    numbered: true\n    chapters:\n      - file: b\n      - file: c\n"
        "        sections:\n          - file: d\n", encoding="utf-8")
    assert toc.numbered_chapters(tmp_path / "_toc.yml") == ["b", "c"]


def test_a_figure_right_under_a_heading_follows_the_paragraph_after_it():
    page = BeautifulSoup('<div class="xm-main"><section><h3>The network</h3><figure id="f"></figure>'
                         '<p>First.</p><p>Second.</p></section></div>', "html.parser")
    assert printhtml.text_before_figures(page) == 1
    assert [el.name for el in page.find("section").find_all(recursive=False)] == ["h3", "p", "figure", "p"]


def test_the_chinese_edition_measures_chinese_headers_as_set():
    """Chinese breaks anywhere, but eleven columns headed by a Chinese phrase each cannot sit in the
    text block a few full-width characters wide: landscape in the Chinese edition, not by the
    English rule that only unbroken words count."""
    page = BeautifulSoup(_table(11, "参照比例是否在区间内"), "html.parser")
    assert printhtml.table_layout(page) == (0, 0)
    page = BeautifulSoup(_table(11, "参照比例是否在区间内"), "html.parser")
    assert printhtml.table_layout(page, cjk=True)[0] == 1
    assert printhtml.min_width_mm(BeautifulSoup(_table(1, "表"), "html.parser").table, cjk=True) < \
        printhtml.min_width_mm(BeautifulSoup(_table(1, "参照比例是否在区间内"), "html.parser").table, cjk=True)


def test_short_chinese_words_in_cells_stay_on_one_line_in_the_chinese_edition():
    page = BeautifulSoup(_table(3, "全国"), "html.parser")
    printhtml.table_layout(page, cjk=True)
    assert all("xm-nowrap" in td["class"] for td in page.find_all("td"))
    page = BeautifulSoup(_table(3, "参照比例是否在区间内"), "html.parser")
    printhtml.table_layout(page, cjk=True)
    assert not any("xm-nowrap" in td.get("class", []) for td in page.find_all("td"))
