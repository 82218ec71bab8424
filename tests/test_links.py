"""Every link inside the built site points to a file that exists, and to an anchor that exists."""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for key in ("href", "src"):
            if attrs.get(key) and not (tag == "link" and attrs.get("rel") in ("canonical",)):
                self.links.append(attrs[key])


def _parse(path):
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_no_internal_link_is_broken(html_dir):
    pages = {p.relative_to(html_dir).as_posix(): p for p in html_dir.rglob("*.html")
             if "_static" not in p.parts}
    parsed = {rel: _parse(path) for rel, path in pages.items()}
    broken, checked = [], 0
    for rel, page in parsed.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith(("//", "mailto:", "javascript:")):
                continue
            checked += 1
            target = rel if not parts.path else posixpath.normpath(
                posixpath.join(posixpath.dirname(rel), unquote(parts.path)))
            path = html_dir / target
            if path.is_dir():
                path, target = path / "index.html", f"{target}/index.html"
            if not path.is_file():
                broken.append(f"{rel}: {link} (no file {target})")
            elif parts.fragment and target in parsed and parts.fragment not in parsed[target].ids \
                    and not re.match(r"^(top|main|search)", parts.fragment):
                broken.append(f"{rel}: {link} (no anchor #{parts.fragment} in {target})")
    assert checked > len(parsed), "the pages hold almost no internal links: is the site built?"
    assert not broken, "\n".join(sorted(set(broken)))
