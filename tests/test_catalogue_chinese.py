"""The Chinese catalogue (zh/catalogue/): one Chinese page for every English one, with the same
label, in Chinese words only, no typed counts; the English pages as they were."""

import dataclasses
import re

import pandas as pd
import pytest

from xmgov import citation, paths, prose
from xmgov.catalogue import markdown, record, wording, write


@pytest.fixture(scope="module")
def catalogue():
    return record.build()


@pytest.fixture(scope="module")
def written(tmp_path_factory, catalogue, monkeypatch_module):
    root = tmp_path_factory.mktemp("book")
    monkeypatch_module.setattr(write, "build", lambda: catalogue)
    write.write(root / "catalogue", root / "zh" / "catalogue")
    return root


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as mp:
        yield mp


def _pages(folder):
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.md"))}


def test_every_english_page_has_a_chinese_page_with_the_same_label(written, catalogue):
    english, chinese = _pages(written / "catalogue"), _pages(written / "zh" / "catalogue")
    assert set(english) == set(chinese)
    assert len([p for p in chinese if p.startswith("entries/")]) == len(catalogue.entries)
    for name, page in english.items():
        assert page.splitlines()[0] == chinese[name].splitlines()[0], name  # (c15)= / (catalogue)=
        assert page.count("{doc}`") == chinese[name].count("{doc}`"), name  # the same links


def test_chinese_pages_hold_no_english_label_or_translation(written, catalogue):
    for entry_id, e in catalogue.entries.set_index("entry_id").iterrows():
        page = (written / "zh" / "catalogue" / "entries" / f"{entry_id}.md").read_text(encoding="utf-8")
        assert e["label_en"] not in page and "English" not in page and "editors'" not in page
        assert catalogue.translations.loc[entry_id, "translation_en"] not in page
        heading = page.splitlines()[1]
        if pd.notna(e["title"]):
            assert heading == f"# {entry_id} · {e['title']}" and e["title"] in page
        else:  # the loss is said, and the heading is the editors' label, marked as theirs
            assert heading == f"# {entry_id} · {wording._zh_labels()[entry_id][1]}"
            assert wording.ZH.title_lost in page and "编者据条目介绍拟定的简称" in page and "并非原标题" in page
        # the source's own Chinese, as on the English page
        assert markdown.marked_description(e["description"], catalogue.lacunae[catalogue.lacunae["entry_id"]
                                                                                == entry_id], int(e["start"]),
                                           wording.ZH)[0] in page
    index = (written / "zh" / "catalogue" / "index.md").read_text(encoding="utf-8")
    assert not any(label in index for label in catalogue.entries["label_en"])


def test_award_lists_are_named_as_the_source_names_them(written, catalogue):
    raw = (paths.DATA / "raw" / "000_4d42245eb09b0b18.txt").read_text(encoding="utf-8")
    for entry_id, e in catalogue.entries.set_index("entry_id").iterrows():
        page = (written / "zh" / "catalogue" / "entries" / f"{entry_id}.md").read_text(encoding="utf-8")
        name = re.search(r"“(优秀[^”]+)”名单", page).group(1)
        assert name == e["category_zh"] and name in raw


def _words(value) -> list[str]:
    """The literal texts of a word table's entry (strings, dict keys and values, tuples)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in _words(k) + _words(v)]
    if isinstance(value, tuple):
        return [t for v in value for t in _words(v)]
    return []


def test_the_chinese_word_table_types_no_number():
    texts = [t for f in dataclasses.fields(wording.ZH) for t in _words(getattr(wording.ZH, f.name))]
    texts += [t for table in (wording.ZH_RULES, wording.ZH_OVERRIDES, wording.ZH_LACUNA_NOTES, wording.ZH_LEVELS,
                              wording.ZH_ROLES, wording.ZH_TRUST, wording.ZH_TYPOLOGY, wording.ZH_CORROBORATION)
              for t in table.values()]
    text = "\n".join(texts)
    assert prose.typed_numbers_zh(text) == [] and prose.typed_words_zh(text) == []


def _data_values(c, entry_id) -> set[str]:
    """Every value of the data that an entry's page may show: its rows and its related entries' ids
    and titles, written as the page writes them."""
    others = set(c.related.loc[c.related["entry_id"] == entry_id, "other"])
    from xmgov import citation_zh

    values = {entry_id, *others, citation.year(), str(citation.metadata()["version"]),
              citation_zh.full_title(), citation_zh.version()}  # the cite line's book: its metadata
    for frame in (c.entries, c.metrics, c.claims, c.bodies, c.lacunae, c.related, c.codes):
        rows = frame[frame["entry_id"].isin({entry_id} | (others if frame is c.entries else set()))]
        for v in rows.to_numpy().ravel():
            if isinstance(v, tuple):
                values |= {str(x) for x in v}
            elif v is not None and not (not isinstance(v, str) and pd.isna(v)):
                values |= {str(v), markdown.cell(v)}
    e = c.entries.set_index("entry_id").loc[entry_id]
    text, _ = markdown.marked_description(e["description"], c.lacunae[c.lacunae["entry_id"] == entry_id],
                                          int(e["start"]), wording.ZH)
    values |= set(text.split(markdown.LOST))
    return {v for v in values if v.strip()}


def _without(page: str, values: set[str]) -> str:
    for value in sorted(values, key=len, reverse=True):
        pattern = re.escape(value)
        if re.fullmatch(r"[\d.]+", value):  # a number: only where it stands whole
            pattern = rf"(?<![\d.]){pattern}(?![\d.])"
        page = re.sub(pattern, lambda m: " " * len(m.group(0)), page)
    return page


def test_chinese_pages_type_no_count_outside_the_data(written, catalogue):
    for entry_id in catalogue.entries["entry_id"]:
        page = (written / "zh" / "catalogue" / "entries" / f"{entry_id}.md").read_text(encoding="utf-8")
        rest = _without(page, _data_values(catalogue, entry_id))
        assert prose.typed_numbers_zh(rest) == [], entry_id
        assert prose.typed_words_zh(rest) == [], entry_id
    index = (written / "zh" / "catalogue" / "index.md").read_text(encoding="utf-8")
    assert prose.typed_numbers_zh(index) == [] and prose.typed_words_zh(index) == []


ENGLISH_HEADINGS = ["Title, district and level", "The description", "Bodies named", "Reported figures",
                    "Claims of novelty and recognition", "Theme codes", "Evidence profile and typology",
                    "Related entries", "Cite and data"]


def test_the_english_pages_are_unchanged_by_the_chinese_edition(written, catalogue, tmp_path, monkeypatch):
    monkeypatch.setattr(write, "build", lambda: catalogue)
    write.write(tmp_path / "catalogue", None)  # English only
    assert _pages(tmp_path / "catalogue") == _pages(written / "catalogue")
    for entry_id, e in catalogue.entries.set_index("entry_id").iterrows():
        page = markdown.entry_page(catalogue, entry_id)
        assert page == (written / "catalogue" / "entries" / f"{entry_id}.md").read_text(encoding="utf-8")
        assert page.startswith(f"({entry_id.lower()})=\n# {entry_id} · {e['label_en']}\n")
        assert re.findall(r"^## (.+)$", page, re.MULTILINE) == ENGLISH_HEADINGS
        assert "The English label is the editors'." in page and "**English translation** (the editors'" in page


def test_a_new_english_data_string_without_chinese_is_an_error():
    with pytest.raises(KeyError, match="no Chinese for the override"):
        wording.ZH.basis("override: a note nobody has translated")
    assert wording.ZH.basis("rule: named body (agency lexicon): 新阳街道 is a sub-district of 海沧区 "
                            "(public administrative division)").endswith("新阳街道为海沧区下辖街道（据公开的行政区划）")
    assert wording.EN.basis("override: anything") == "override: anything"


def test_a_chinese_label_of_a_changed_english_label_is_an_error(catalogue):
    e = catalogue.entries[catalogue.entries["title"].isna()].iloc[0].copy()
    assert wording.ZH.name(e) == wording._zh_labels()[e["entry_id"]][1]
    e["label_en"] = e["label_en"] + " (revised)"
    with pytest.raises(ValueError, match=f"{e['entry_id']}.*revise the Chinese"):
        wording.ZH.name(e)
