"""Figures float past the text after them when they would leave a page half empty."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from xmgov import printfloats

PARAGRAPH = "<p>" + "Words that fill a line of text. " * 12 + "</p>"
PAGE = f"""<html><head><style>
@page {{ size: 105mm 148mm; margin: 10mm; }}
body {{ font-size: 10pt; }} figure {{ margin: 0; break-inside: avoid; }}
</style></head><body>
<span id="document-a"></span><section id="a"><h2>A</h2>
{PARAGRAPH}
<figure id="fig-tall"><div style="height: 95mm; background: #888"></div><figcaption>Tall.</figcaption></figure>
{PARAGRAPH}{PARAGRAPH}
<section id="a1"><h3>Next</h3>{PARAGRAPH}</section>
</section>
<span id="document-b"></span><section id="b"><h2>B</h2>{PARAGRAPH}</section>
</body></html>"""


def _render(html):
    import weasyprint

    return weasyprint.HTML(string=html).render()


def _figure_page(document) -> int:
    for number, page in enumerate(document.pages):
        if any(box.element_tag == "figure" for box in printfloats._content(page).descendants()):
            return number
    raise AssertionError("no figure laid out")


def test_a_figure_that_leaves_a_gap_floats_past_the_text_after_it():
    document = _render(PAGE)
    moves = printfloats.deferrals(document)
    assert [m.figure for m in moves] == ["fig-tall"] and moves[0].skip >= 1
    soup = BeautifulSoup(PAGE, "html.parser")
    assert printfloats.apply(soup, moves) == 1
    after = _render(str(soup))
    assert not printfloats.deferrals(after)  # no gap left above the figure
    assert len(after.pages) <= len(document.pages)


def test_the_flow_after_a_figure_stays_in_its_document():
    soup = BeautifulSoup(PAGE, "html.parser")
    flow = printfloats.flow_after(soup.find("figure"), lambda n: n.parent, printfloats._soup_children,
                                  lambda n: n.name or "", printfloats._soup_is_document)
    assert [n.name for n in flow] == ["p", "p", "h3", "p"]


def test_a_move_that_does_not_fit_the_page_is_refused():
    soup = BeautifulSoup(PAGE, "html.parser")
    with pytest.raises(ValueError, match="cannot float past 3"):
        printfloats.apply(soup, [printfloats.Deferral("fig-tall", 3, 50.0)])  # would rest after a heading
