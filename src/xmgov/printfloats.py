"""Figures float in the print edition as they do in a typeset book.

WeasyPrint has no page floats: a figure that does not fit below the text before it moves to the
next page and leaves the rest of its page empty. So the book is laid out once, each figure that
left a gap is moved after as much of the text that follows it as fills the gap (and still lets
the figure fit on the next page), and the book is laid out again (`xmgov.printbuilder`).
"""

from __future__ import annotations

from dataclasses import dataclass

from bs4 import BeautifulSoup

PX_PER_MM = 96 / 25.4  # WeasyPrint lays out in CSS pixels
MIN_GAP_MM = 25  # a smaller gap above a figure's page is left as it is
# What a figure may float past: text, the headings and tables of the sections that follow within
# its document; it comes to rest only after text, never right after a heading or a table.
PASSABLE = {"p", "ul", "ol", "dl", "blockquote", "h3", "h4", "h5", "h6", "table", "div"}
REST_AFTER = {"p", "ul", "ol", "dl", "blockquote", "div"}


def flow_after(element, parent_of, children_of, tag_of, is_document) -> list:
    """The elements that follow `element` in reading order, within its document: its later
    siblings, then those of its parent section, descending into sections that follow (their
    headings and contents), and stopping where another document begins. The same walk serves
    WeasyPrint's element tree (layout) and BeautifulSoup's (the page), given their accessors."""
    found = []

    def descend(node):
        if tag_of(node) == "section":
            if is_document(node):
                return False
            for child in children_of(node):
                if descend(child) is False:
                    return False
            return True
        found.append(node)
        return True

    current = element
    while current is not None:
        parent = parent_of(current)
        if parent is None:
            break
        siblings = children_of(parent)
        for sibling in siblings[siblings.index(current) + 1:]:
            if tag_of(sibling) == "span" or descend(sibling) is False:
                return found
        if tag_of(parent) != "section" or is_document(parent):
            break
        current = parent
    return found


@dataclass(frozen=True)
class Deferral:
    """Move figure `figure` after the `skip` elements that follow it."""

    figure: str
    skip: int
    gap_mm: float


def _content(page):
    """The page's laid-out document (not its margin boxes)."""
    return next(child for child in page._page_box.children if type(child).__name__ != "MarginBox")


def _bottom(page) -> float:
    """How far down the page its content reaches (px from the top of the page box)."""
    box = page._page_box
    low = box.content_box_y()
    for child in _content(page).descendants():
        if type(child).__name__ in ("LineBox", "TableRowBox", "BlockReplacedBox", "InlineReplacedBox"):
            low = max(low, child.position_y + child.margin_height())
    return low


def _heights(document) -> dict[int, float]:
    """The laid-out height (px) of every element, summed over the pages it spans, by element (on
    each page its outermost box: anonymous boxes inside it belong to the same element)."""
    heights: dict[int, float] = {}
    for page in document.pages:
        tallest: dict[int, float] = {}
        for child in _content(page).descendants():
            if child.element is not None and hasattr(child, "margin_height"):
                key = id(child.element)
                tallest[key] = max(tallest.get(key, 0.0), child.margin_height())
        for key, height in tallest.items():
            heights[key] = heights.get(key, 0.0) + height
    return heights


def deferrals(document) -> list[Deferral]:
    """Every figure that starts a page below a gap of at least MIN_GAP_MM, with how many of the
    elements after it can fill that gap and still leave room for the figure on the next page."""
    heights = _heights(document)
    root = _content(document.pages[0]).element
    parent_of = {id(child): parent for parent in root.iter() for child in parent}
    parents = _ParentOf(parent_of)
    documents = _documents(root, parent_of)
    found, seen = [], set()
    for number, page in enumerate(document.pages[1:], start=1):
        box = page._page_box
        for child in _content(page).descendants():
            element = child.element
            if child.element_tag != "figure" or element is None or element.get("id") in seen:
                continue
            seen.add(element.get("id"))
            if child.position_y - box.content_box_y() > 1:
                break  # the figure does not open its page: nothing was pushed
            before = document.pages[number - 1]._page_box
            gap = before.content_box_y() + before.height - _bottom(document.pages[number - 1])
            room = box.height - child.margin_height()  # what the figure's page can take above it
            skip, filled, rest = 0, 0.0, 0
            for sibling in flow_after(element, parents.get, list, _tag, documents.__contains__):
                if _tag(sibling) not in PASSABLE or filled >= gap:
                    break
                height = heights.get(id(sibling), 0.0)
                if filled + height > gap + room:
                    break
                filled += height
                skip += 1
                if _tag(sibling) in REST_AFTER:
                    rest = skip
            skip = rest
            if gap >= MIN_GAP_MM * PX_PER_MM and skip:
                found.append(Deferral(element.get("id"), skip, round(gap / PX_PER_MM, 1)))
            break
    return found


class _ParentOf:
    """parent_of(element) for ElementTree, which keeps no parent links."""

    def __init__(self, by_id: dict):
        self.by_id = by_id

    def get(self, element):
        return self.by_id.get(id(element))


class _Documents:
    """The sections that hold a document of the book (each follows its `document-` anchor)."""

    def __init__(self, ids: set):
        self.ids = ids

    def __contains__(self, element) -> bool:
        return id(element) in self.ids


def _documents(root, parent_of: dict) -> _Documents:
    ids = set()
    for parent in root.iter():
        children = list(parent)
        for before, after in zip(children, children[1:]):
            if _tag(before) == "span" and str(before.get("id", "")).startswith("document-"):
                ids.add(id(after))
    return _Documents(ids)


def _tag(element) -> str:
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""


def _soup_children(node) -> list:
    return [child for child in node.children if getattr(child, "name", None)]


def _soup_is_document(node) -> bool:
    before = node.find_previous_sibling()
    return before is not None and before.name == "span" and str(before.get("id", "")).startswith("document-")


def apply(soup: BeautifulSoup, moves: list[Deferral]) -> int:
    """Move each figure after the elements it floats past; returns how many moved."""
    moved = 0
    for move in moves:
        figure = soup.find("figure", id=move.figure)
        if figure is None:
            raise ValueError(f"print page: no figure {move.figure!r} to float")
        flow = flow_after(figure, lambda n: n.parent, _soup_children, lambda n: n.name or "",
                          _soup_is_document)
        if len(flow) < move.skip or flow[move.skip - 1].name not in REST_AFTER:
            raise ValueError(f"print page: figure {move.figure!r} cannot float past {move.skip} elements")
        flow[move.skip - 1].insert_after(figure.extract())
        moved += 1
    return moved
