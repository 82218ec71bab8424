"""Every value a page glues is produced by its module under a name written out in full (so a
`grep` for the name finds where it is computed), and every name a page's module produces is used."""

import re
from pathlib import Path

import pytest

from xmgov import pages, paths, toc

GLUE_ROLE = re.compile(r"\{glue(?::\w+)?\}`([^`:]+)(?::[^`]*)?`")
GLUE_DIRECTIVE = re.compile(r"^```\{glue(?::\w+)?\}\s+(\S+)", re.MULTILINE)
SOURCES = "\n".join(p.read_text(encoding="utf-8") for p in sorted((paths.ROOT / "src" / "xmgov").rglob("*.py")))


def used_names(page: str, root: Path | None = None) -> set[str]:
    """The names a page glues: its English page, or its Chinese page with `root=paths.ZH`."""
    source = toc.source_file(next(d for d in toc.authored() if Path(d).name == page), root)
    text = source.read_text(encoding="utf-8")
    return set(GLUE_ROLE.findall(text)) | set(GLUE_DIRECTIVE.findall(text))


def produced(page: str) -> dict[str, str]:
    """The names the page's cached execution glued, with the text of each value (myst-nb stores
    them in output metadata)."""
    from jupyter_cache import get_cache

    from xmgov.cache import executed_pages, read_notebook

    _, notebook = get_cache(paths.JUPYTER_CACHE).merge_match_into_notebook(
        read_notebook(executed_pages()[page]))
    values = {}
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            scrap = output.get("metadata", {}).get("scrapbook", {})
            if "name" in scrap:
                values[scrap["name"]] = output.get("data", {}).get("text/plain", "")
    return values


def produced_names(page: str) -> set[str]:
    return set(produced(page))


# English words that mark a glued value as English prose, which the Chinese pages must not show.
ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|entries|entry|none|with|each|all|than|in|or)\b")


def test_every_executed_page_has_a_publisher():
    executed = {Path(d).name for d in toc.authored() if toc.is_notebook(toc.source_file(d))}
    assert executed == set(pages.PAGES)


@pytest.mark.parametrize("page", sorted(pages.PAGES))
def test_every_glued_name_is_written_out_in_the_package(page):
    names = used_names(page) | used_names(page, paths.ZH)
    missing = sorted(n for n in names if f'"{n}"' not in SOURCES)
    assert not missing, f"{page}: glue names not written out in src/xmgov: {missing}"


@pytest.mark.book
@pytest.mark.parametrize("page", sorted(pages.PAGES))
def test_the_names_a_page_uses_are_exactly_those_it_glues(page):
    """The English page uses every value glued for it; the `_zh` values are the Chinese page's."""
    used = used_names(page)
    made = {name for name in produced_names(page) if not name.endswith("_zh")}
    assert not used - made, f"{page}: used but not glued: {sorted(used - made)}"
    assert not made - used, f"{page}: glued but never used: {sorted(made - used)}"


@pytest.mark.book
@pytest.mark.parametrize("page", sorted(pages.PAGES))
def test_the_chinese_page_uses_its_chinese_values_and_no_english_words(page):
    used, values = used_names(page, paths.ZH), produced(page)
    chinese = {name for name in values if name.endswith("_zh")}
    assert not used - set(values), f"zh {page}: used but not glued: {sorted(used - set(values))}"
    assert not chinese - used, f"zh {page}: Chinese values glued but never used: {sorted(chinese - used)}"
    english = sorted(name for name in used if ENGLISH_WORDS.search(values[name]))
    assert not english, f"zh {page}: glues English wording (give a `_zh` value): {english}"
