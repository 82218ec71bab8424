"""The Chinese edition's reference list follows GB/T 7714—2015 (author-year), built from the same
references.bib as the English; the English notes it renders in Chinese fail loudly when they
change, and the built page lists the Chinese works first in that form."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from pybtex.database import parse_string

from xmgov import paths, references_zh


def _entry(source: str):
    return next(iter(parse_string(source, "bibtex").entries.values()))


def _text(entry) -> str:
    return "".join(value for _, value in references_zh.reference(entry))


def test_every_reference_of_the_book_is_set_in_the_gbt_form():
    bib = parse_string((paths.ROOT / "references.bib").read_text(encoding="utf-8"), "bibtex")
    codes = {key: references_zh.type_code(entry) for key, entry in bib.entries.items()}
    assert set(codes.values()) <= {"J", "N", "M", "R", "EB/OL", "Z"}
    for key, entry in bib.entries.items():
        text = _text(entry)
        assert f"[{codes[key]}]" in text, key
        assert "{" not in text and "\\" not in text, f"{key}: BibTeX markup left in {text!r}"
        if "url" in entry.fields:
            assert text.count("http") >= 1, key


def test_types_names_and_dates_follow_the_standard():
    newspaper = _entry("@article{a, author={陈一新}, title={题名}, journal={人民日报}, year={2018},"
                       " month=jul, day={17}}")
    assert _text(newspaper) == "陈一新, 2018. 题名[N]. 人民日报, 2018-07-17."
    journal = _entry("@article{b, author={Wu, Jiannan and Ma, Liang and Yang, Yuqian and Li, Xin},"
                     " title={T}, journal={Public Administration}, year={2013}, doi={10.1/x}}")
    assert _text(journal) == "WU J, MA L, YANG Y, et al, 2013. T[J]. Public Administration. DOI:10.1/x."
    book = _entry("@book{c, author={Borins, Sandford}, title={B}, publisher={P}, address={Washington}, year={1998}}")
    assert _text(book) == "BORINS S, 1998. B[M]. Washington: P."
    many = _entry("@misc{d, author={甲 and 乙 and 丙 and 丁}, title={题}, year={2020}}")
    assert _text(many).startswith("甲, 乙, 丙, 等, 2020. 题[Z]")
    undated = _entry("@misc{e, title={无名}, url={https://example.org/}}")
    assert _text(undated) == "佚名, [出版年不详]. 无名[EB/OL]. https://example.org/"
    assert _text(_entry("@misc{f, title={Untitled}, year={2014}}")).startswith("Anon, 2014. Untitled[Z]")
    pinyin = _entry("@article{g, author={Yu, Jianxing}, gbtauthor={YU J X}, title={T}, journal={J}, year={2019}}")
    assert _text(pinyin).startswith("YU J X, 2019. T[J]")
    link = _entry("@misc{h, author={Li, Jing}, title={T}, year={2005}, howpublished={Slides, \\url{https://example.org/s}}}")
    assert references_zh.type_code(link) == "EB/OL" and references_zh.url(link) == "https://example.org/s"


def _translations(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "references_zh.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, ["key", "field", "en", "zh"])
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_a_changed_or_untranslated_english_note_names_the_entry(tmp_path):
    path = _translations(tmp_path, [{"key": "k1", "field": "note", "en": "Abstract read", "zh": "只读了摘要"}])
    assert references_zh.translated("k1", "note", "Abstract read", path) == "只读了摘要"
    with pytest.raises(references_zh.ReferenceError, match=r"'k1'.*changed since it was translated"):
        references_zh.translated("k1", "note", "Abstract and first page read", path)
    with pytest.raises(references_zh.ReferenceError, match=r"'k2' has a howpublished with no Chinese"):
        references_zh.translated("k2", "howpublished", "Slides", path)


def test_every_translation_row_renders_a_field_the_bibliography_has():
    bib = parse_string((paths.ROOT / "references.bib").read_text(encoding="utf-8"), "bibtex")
    with references_zh.TRANSLATIONS.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    unused = [(r["key"], r["field"]) for r in rows
              if r["key"] not in bib.entries or r["field"] not in bib.entries[r["key"]].fields]
    assert not unused, f"{references_zh.TRANSLATIONS}: rows for no field of references.bib: {unused}"
    assert all(re.search(r"[\u3400-\u9fff]", r["zh"]) or r["zh"] == r["en"] for r in rows)


@pytest.mark.book
def test_the_built_chinese_reference_list_is_in_the_gbt_form_chinese_works_first(html_dir):
    page = (html_dir / "zh" / "references.html").read_text(encoding="utf-8")
    items = re.findall(r'<div class="citation"[^>]*>(.*?)</div>\s*</div>', page, flags=re.S) or \
        re.findall(r'<dd>(.*?)</dd>', page, flags=re.S)
    text = [re.sub(r"<[^>]+>", "", item) for item in items]
    assert text, "no references found on zh/references.html"
    assert any("陈一新, 2018. 推进新时代市域社会治理现代化[N]. 人民日报, 2018-07-17." in t for t in text)
    chinese = [bool(re.match(r"\s*[\u3400-\u9fff]", t)) for t in text]
    assert chinese == sorted(chinese, reverse=True), "Chinese works do not all come first"
    english = (html_dir / "references.html").read_text(encoding="utf-8")
    assert "[N]" not in english and "BORINS S." not in english


def test_the_chinese_notes_are_inputs_of_the_pdf_and_their_characters_in_its_font(tmp_path):
    from xmgov import pdfbook

    notes = tmp_path / references_zh.TRANSLATIONS.relative_to(paths.ROOT)
    notes.parent.mkdir(parents=True)
    notes.write_text("key,field,en,zh\nk,note,Read,鑫\n", encoding="utf-8")
    (tmp_path / "intro.md").write_text("# x\n", encoding="utf-8")
    before = pdfbook.inputs_digest(tmp_path)
    assert "鑫" in pdfbook.book_characters(tmp_path)
    notes.write_text("key,field,en,zh\nk,note,Read,淼\n", encoding="utf-8")
    assert pdfbook.inputs_digest(tmp_path) != before
