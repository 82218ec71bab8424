"""Every value a page glues is produced by its module under a name written out in full (so a
`grep` for the name finds where it is computed), and every name a page's module produces is used."""

import json
import re
from pathlib import Path

import pytest

from xmgov import pages, paths, toc

GLUE_ROLE = re.compile(r"\{glue(?::\w+)?\}`([^`:]+)(?::[^`]*)?`")
GLUE_DIRECTIVE = re.compile(r"^```\{glue(?::\w+)?\}\s+(\S+)", re.MULTILINE)
SOURCES = "\n".join(p.read_text(encoding="utf-8") for p in sorted((paths.ROOT / "src" / "xmgov").rglob("*.py")))


def used_names(page: str) -> set[str]:
    source = toc.source_file(next(d for d in toc.authored() if Path(d).name == page))
    text = source.read_text(encoding="utf-8")
    return set(GLUE_ROLE.findall(text)) | set(GLUE_DIRECTIVE.findall(text))


def produced_names(page: str) -> set[str]:
    """The names the page's cached execution glued (myst-nb stores them in output metadata)."""
    from jupyter_cache import get_cache

    from xmgov.cache import executed_pages, read_notebook

    _, notebook = get_cache(paths.JUPYTER_CACHE).merge_match_into_notebook(
        read_notebook(executed_pages()[page]))
    names = set()
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            scrap = output.get("metadata", {}).get("scrapbook", {})
            if "name" in scrap:
                names.add(scrap["name"])
    return names


def test_every_executed_page_has_a_publisher():
    executed = {Path(d).name for d in toc.authored() if toc.is_notebook(toc.source_file(d))}
    assert executed == set(pages.PAGES)


@pytest.mark.parametrize("page", sorted(pages.PAGES))
def test_every_glued_name_is_written_out_in_the_package(page):
    missing = sorted(n for n in used_names(page) if f'"{n}"' not in SOURCES)
    assert not missing, f"{page}: glue names not written out in src/xmgov: {missing}"


@pytest.mark.book
@pytest.mark.parametrize("page", sorted(pages.PAGES))
def test_the_names_a_page_uses_are_exactly_those_it_glues(page):
    used, produced = used_names(page), produced_names(page)
    assert not used - produced, f"{page}: used but not glued: {sorted(used - produced)}"
    assert not produced - used, f"{page}: glued but never used: {sorted(produced - used)}"
