"""The catalogue: each entry's page says what the data say, and every entry id links to its page."""

import re

import pandas as pd
import pytest

from xmgov import paths, toc
from xmgov.catalogue import markdown, record, wording


@pytest.fixture(scope="module")
def catalogue():
    return record.build()


def test_translations_are_checked_for_completeness_and_figures(tmp_path):
    entries = pd.DataFrame({"entry_id": ["G01", "G02"], "description": ["化解纠纷4094起", "无数字"]})
    path = tmp_path / "t.csv"
    pd.DataFrame({"entry_id": ["G01", "G02"], "translation_en": ["resolved 409 disputes", "no figure"],
                  "translator_notes": ["", ""]}).to_csv(path, index=False)
    with pytest.raises(record.CatalogueError, match=r"G01: figures of the description missing.*4094"):
        record.read_translations(entries, path)
    pd.DataFrame({"entry_id": ["G01"], "translation_en": ["resolved 4094 disputes"],
                  "translator_notes": [""]}).to_csv(path, index=False)
    with pytest.raises(record.CatalogueError, match=r"entries missing \['G02'\]"):
        record.read_translations(entries, path)


def test_terms_of_art_are_translated_as_the_glossary_has_them(tmp_path):
    entries = pd.DataFrame({"entry_id": ["G01"], "description": ["推进诉源治理"]})
    path = tmp_path / "t.csv"
    pd.DataFrame({"entry_id": ["G01"], "translation_en": ["promoting litigation-source governance"],
                  "translator_notes": [""]}).to_csv(path, index=False)
    glossary = {"诉源治理": "addressing disputes at source (诉源治理)"}
    with pytest.raises(record.CatalogueError, match="诉源治理 is not translated as the glossary has it"):
        record.read_translations(entries, path, glossary)
    pd.DataFrame({"entry_id": ["G01"], "translation_en": ["promoting the addressing of disputes at source"],
                  "translator_notes": [""]}).to_csv(path, index=False)
    assert record.read_translations(entries, path, glossary).loc["G01", "translation_en"].startswith("promoting")


def test_lacunae_are_marked_in_place_and_explained():
    lac = pd.DataFrame({"lacuna_id": ["L9"], "entry_id": ["X01"], "start": [105], "end": [108], "text": ["线余条"],
                        "rule": ["cut_figure"], "note": ["figure cut out"]})
    text, notes = markdown.marked_description("高效预警违法线余条,推动", lac, 99)
    # the stray 线 goes, the surviving words after the lost figure stay
    assert text == f"高效预警违法{markdown.LOST}余条,推动" and "L9: figure cut out" in notes[0]
    with pytest.raises(ValueError, match="L9 .*does not match"):
        markdown.marked_description("高效预警违法线余条", lac, 98)


def test_every_entry_page_holds_its_data(catalogue):
    from xmgov.dataset import load

    adjudicated = load.table("theme-coding-adjudicated").set_index("entry_id")
    metrics, claims = load.metrics(), load.claims()
    assert len(catalogue.entries) == 70
    for entry_id in catalogue.entries["entry_id"]:
        page = markdown.entry_page(catalogue, entry_id)
        codes = catalogue.codes[(catalogue.codes["entry_id"] == entry_id) & catalogue.codes["adjudicated"]]
        assert set(codes["code_id"]) == {c for c in adjudicated.columns[adjudicated.dtypes == "boolean"]
                                        if adjudicated.loc[entry_id, c]}
        for label in codes["label"]:
            assert f"| {label} |" in page
        for span in metrics.loc[metrics["entry_id"] == entry_id, "span"]:
            assert f"| {span} |" in page, (entry_id, span)
        assert page.count("| novelty |") == int(((claims["entry_id"] == entry_id)
                                                 & (claims["claim_type"] == "novelty")).sum())
        for name in catalogue.bodies.loc[catalogue.bodies["entry_id"] == entry_id, "name_zh"]:
            assert name in page
        assert catalogue.translations.loc[entry_id, "translation_en"] in page


def test_the_index_lists_every_entry_once(catalogue):
    index = markdown.index_page(catalogue)
    assert sorted(re.findall(r"\{doc\}`([GPC]\d{2}) <entries/", index)) == sorted(catalogue.entries["entry_id"])


def test_the_chapters_that_discuss_entries_link_them(html_dir):
    from bs4 import BeautifulSoup

    for page in ("chapters/collaboration", "chapters/metrics", "chapters/themes", "chapters/key-findings"):
        soup = BeautifulSoup((html_dir / f"{page}.html").read_text(encoding="utf-8"), "html.parser")
        assert soup.find("main").select("a.xm-entry"), f"{page}: no entry id is linked"


@pytest.mark.parametrize("page", toc.authored())
def test_every_entry_id_in_the_book_links_to_its_page(html_dir, page):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((html_dir / f"{page}.html").read_text(encoding="utf-8"), "html.parser")
    main = soup.find("main")
    for script in main(["script", "style"]):
        script.decompose()
    linked = main.select("a.xm-entry")
    for a in linked:
        target = (html_dir / page).parent / a["href"].split("#")[0]
        assert target.resolve().is_file(), f"{page}: {a.text} links to a missing page {a['href']}"
        assert a["href"].split("#")[0].endswith(f"catalogue/entries/{a.text}.html")
    unlinked = [t for t in main.find_all(string=re.compile(r"\b[GPC]\d{2}\b"))
                if not t.find_parent(["a", "code", "pre", "h1", "h2", "h3", "figcaption", "caption"])]
    assert not unlinked, f"{page}: entry ids not linked: {[str(t)[:60] for t in unlinked[:5]]}"


def test_figures_that_plot_entries_link_to_them(html_dir):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((html_dir / "chapters/metrics.html").read_text(encoding="utf-8"), "html.parser")
    figure = soup.find(id="fig-metrics-evidence-profile")
    listed = figure.find(class_="xm-entries")
    assert listed is not None, "the evidence-profile figure lists no entries"
    ids = [a.text for a in listed.select("a.xm-entry")]
    assert len(ids) == 70 and all(a["href"].endswith(f"{a.text}.html") for a in listed.select("a.xm-entry"))


def test_the_spam_note_is_on_exactly_the_pages_whose_description_lost_spam(catalogue):
    """A page says spam was removed where the cleaning log removed spam from that entry, and nowhere else."""
    log = pd.read_csv(paths.PROCESSED / "cleaning_log.csv", dtype=str, keep_default_na=False)
    cleaned = set(log.loc[(log["action"] == "removed_spam") & (log["entry_id"] != ""), "entry_id"])
    assert cleaned  # the source has injected spam in some descriptions
    for entry_id in catalogue.entries["entry_id"]:
        english, chinese = (markdown.entry_page(catalogue, entry_id, w) for w in (wording.EN, wording.ZH))
        assert ("spam removed" in english) == (entry_id in cleaned), entry_id
        assert ("已剔除混入的广告文字" in chinese) == (entry_id in cleaned), entry_id
