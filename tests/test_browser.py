"""Open every page of the built site in headless Chromium, as a reader would.

Fails on console errors, failed requests, requests that leave the machine (the site must work
offline), broken images and images without alt text, and Chinese text without the web font; saves a
screenshot of every page to `_build/screenshots/` for a person to look at.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import threading

import pytest

from xmgov import paths

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--no-first-run", "--disable-component-update", "--disable-sync",
                  "--disable-quic"]


def _chromium() -> str:
    """Debian's chromium, installed here when missing (the test set-up owns this, not a person)."""
    found = shutil.which("chromium")
    if found:
        return found
    if os.geteuid() != 0:
        pytest.fail("Chromium is missing and this user cannot install it: "
                    "`sudo apt-get install chromium`, then run the tests again")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    return shutil.which("chromium") or pytest.fail("apt-get installed chromium but it is not on PATH")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(html_dir):
    handler = functools.partial(_Quiet, directory=str(html_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    executable = _chromium()
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


MARK_CHINESE = """() => {
  let n = 0;
  for (const el of document.querySelectorAll('body *')) {
    const own = Array.from(el.childNodes).filter(c => c.nodeType === 3).map(c => c.data).join('');
    if (/[\\u4e00-\\u9fff]/.test(own) && el.getClientRects().length) {
      el.setAttribute('data-xm-cjk', String(n++));
    }
  }
  return n;
}"""


def _chinese_in_other_fonts(page) -> list[str]:
    """Elements whose Chinese text the browser drew without the CJK web font (boxes, or a font
    the reader may not have), asked of Chromium itself through the DevTools protocol."""
    marked = page.evaluate(MARK_CHINESE)
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    problems = []
    for node in cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": "[data-xm-cjk]"})["nodeIds"]:
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        # No font at all: Chromium drew none of the node's glyphs (a collapsed navigation entry),
        # so there is nothing to check; a node drawn in a fallback font names that font here.
        if fonts and not any(f["familyName"].startswith("Noto Sans CJK SC") for f in fonts):
            html = cdp.send("DOM.getOuterHTML", {"nodeId": node})["outerHTML"][:120]
            problems.append(f"Chinese drawn without the CJK font ({[f['familyName'] for f in fonts]}): {html}")
    cdp.detach()
    if not marked:
        problems.append("the page has Chinese text but no element holding it was found")
    return problems[:5]


def _pages(html_dir):
    skip = {"_static", "_sources", "_images", "figures", "tables", "_downloads"}
    pages = []
    for path in sorted(html_dir.rglob("*.html")):
        rel = path.relative_to(html_dir)
        if skip & set(rel.parts) or rel.name == "index.html":  # the theme's templates in zh/_static too
            continue
        pages.append(rel.as_posix())
    return pages


def test_every_page_loads_cleanly(html_dir, site, browser):
    shots = paths.BUILD / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    problems = []
    pages = _pages(html_dir)
    assert pages, "the site has no pages"
    for rel in pages:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors = []
        page.on("console", lambda msg: errors.append(f"console {msg.type}: {msg.text}")
                if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(f"script error: {exc}"))
        page.on("requestfailed", lambda req: errors.append(f"request failed: {req.url}"))
        page.on("request", lambda req: errors.append(f"needs the network: {req.url}")
                if not req.url.startswith((site, "data:", "blob:")) else None)
        page.on("response", lambda resp: errors.append(f"HTTP {resp.status}: {resp.url}")
                if resp.status >= 400 else None)
        page.goto(f"{site}/{rel}", wait_until="networkidle")
        images = page.eval_on_selector_all(
            "img", "els => els.map(e => ({src: e.getAttribute('src'), alt: e.getAttribute('alt'),"
                   " ok: e.complete && e.naturalWidth > 0}))")
        has_chinese = page.evaluate("/[\\u4e00-\\u9fff]/.test(document.body.innerText)")
        if has_chinese:
            page.evaluate("document.fonts.ready")
            errors += _chinese_in_other_fonts(page)
        for image in images:
            if not image["ok"]:
                errors.append(f"image did not load: {image['src']}")
            if not (image["alt"] or "").strip():
                errors.append(f"image without alt text: {image['src']}")
        page.screenshot(path=str(shots / (rel.replace("/", "__")[:-5] + ".png")), full_page=True)
        page.close()
        problems += [f"{rel}: {e}" for e in errors]
    assert not problems, "\n".join(problems)


def test_catalogue_index_sorts_and_filters(site, browser):
    """The catalogue index is a working table offline: typing in a column's filter keeps only the
    matching entries, and the entry links lead to their pages."""
    import pandas as pd

    entries = pd.read_csv(paths.PROCESSED / "entries.csv")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{site}/catalogue/index.html", wait_until="networkidle")
    rows = "#xm-catalogue-index tbody tr"
    page.wait_for_selector(rows)
    assert page.locator(rows).count() == len(entries)
    header_filter = page.locator("#xm-catalogue-index thead input").nth(2)  # the award list's column
    header_filter.click()
    header_filter.press_sequentially("grassroots")  # DataTables filters as keys are typed
    page.wait_for_timeout(500)
    assert page.locator(rows).count() == int((entries["category"] == "grassroots_case").sum())
    first = page.locator(f"{rows} a").first
    href = first.get_attribute("href")
    assert href.startswith("entries/") and first.inner_text() in href
    page.close()


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def test_no_serious_accessibility_violation_on_any_page(html_dir, site, browser):
    """axe-core's WCAG 2.1 A and AA rules on every page: no serious or critical violation."""
    from axe_playwright_python.sync_playwright import Axe

    axe, problems = Axe(), []
    for rel in _pages(html_dir):
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{site}/{rel}", wait_until="networkidle")
        result = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        for violation in result.response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                where = "; ".join(n["target"][0] if n["target"] else "?" for n in violation["nodes"][:3])
                problems.append(f"{rel}: {violation['id']} ({violation['impact']}, "
                                f"{len(violation['nodes'])} nodes): {where}")
        page.close()
    assert not problems, "\n".join(problems)


def _user_dictionary_terms_in_the_book(html_dir) -> list[str]:
    """The user dictionary's terms that occur in the text of some page's article."""
    import re

    from xmgov.themes.segment import USER_DICT, read_word_list

    words = read_word_list(USER_DICT)[0::2]  # each line: term and part-of-speech tag
    articles = []
    for path in html_dir.rglob("*.html"):
        if path.relative_to(html_dir).parts[0] == "zh":  # the Chinese edition has its own index
            continue
        match = re.search(r"<article[^>]*data-pagefind-body[^>]*>(.*?)</article>",
                          path.read_text(encoding="utf-8"), re.DOTALL)
        if match:
            articles.append(re.sub(r"<[^>]+>", "", match.group(1)))
    text = "\n".join(articles)
    return sorted(w for w in set(words) if w in text)


def test_search_finds_every_user_dictionary_term_in_the_book(html_dir, site, browser):
    """Pagefind's index segments Chinese: each term of the user dictionary that the book contains,
    and each surviving entry title, is found; the search page shows results for a query."""
    import pandas as pd

    terms = _user_dictionary_terms_in_the_book(html_dir)
    assert len(terms) > 20
    titles = list(pd.read_csv(paths.PROCESSED / "entries.csv")["title"].dropna())
    page = browser.new_page()
    page.goto(f"{site}/intro.html", wait_until="networkidle")
    found = page.evaluate("""async (terms) => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.init();
        const out = {};
        for (const term of terms) { out[term] = (await pagefind.search(term)).results.length; }
        return out;
    }""", terms + titles)
    missing = sorted(t for t, n in found.items() if n == 0)
    assert not missing, f"the search finds no page for: {missing}"
    page.goto(f"{site}/search.html?q=网格员", wait_until="networkidle")
    page.wait_for_selector(".pagefind-ui__result", state="attached", timeout=10000)
    assert page.locator(".pagefind-ui__result").count() > 0
    page.close()


@pytest.mark.parametrize("edition", ["", "zh/"])
def test_each_editions_search_page_finds_its_own_pages(site, browser, edition):
    """Each edition's search page reads its own index: a Chinese term of the source is found on
    both, and every result is a page of the edition searched from, which exists."""
    page = browser.new_page()
    page.goto(f"{site}/{edition}search.html?q=网格员", wait_until="networkidle")
    page.wait_for_selector(".pagefind-ui__result", state="attached", timeout=10000)
    page.wait_for_timeout(500)
    links = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.getAttribute('href'))")
    page.close()
    assert links, f"/{edition}search.html found nothing for 网格员"
    wrong = [href for href in links if href.lstrip("/").startswith("zh/") != bool(edition)]
    assert not wrong, f"/{edition}search.html shows the other edition's pages: {wrong}"
    missing = [href for href in links if not (paths.HTML / href.split("#")[0].lstrip("/")).is_file()]
    assert not missing, f"/{edition}search.html links to pages that do not exist: {missing}"
