"""The Chinese edition (zh/) is complete and in step with the English: the same pages in the same
order, each translated from the English as it is now, sharing the English page's execution, with
no number typed in its prose; built, every English page has its Chinese page and each links to the
other, every figure and table has its Chinese words, and the Chinese PDF draws every character."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from xmgov import editions, paths, prose, toc, translations


def test_the_chinese_edition_has_the_english_pages_in_the_same_order():
    english = toc.documents(paths.ROOT / "_toc.yml")
    chinese = toc.documents(paths.ZH / "_toc.yml")
    assert chinese == english
    assert toc.numbered_chapters(paths.ZH / "_toc.yml") == toc.numbered_chapters()


def test_every_english_page_has_a_chinese_page_translated_from_its_current_text():
    found = translations.problems()
    assert not found, "\n".join(f"zh/{doc}.md: {why}" for doc, why in found.items())


def _book(tmp_path: Path) -> tuple[Path, Path]:
    """A two-page English book with its Chinese pages, in step."""
    root, zh = tmp_path / "en", tmp_path / "en" / "zh"
    (root / "chapters").mkdir(parents=True)
    (zh / "chapters").mkdir(parents=True)
    (root / "_toc.yml").write_text("format: jb-book\nroot: intro\nchapters:\n  - file: chapters/a\n",
                                   encoding="utf-8")
    (root / "intro.md").write_text("# About\n\nFirst paragraph.\n\nSecond paragraph.\n", encoding="utf-8")
    (root / "chapters" / "a.md").write_text("# A\n\nText.\n", encoding="utf-8")
    (zh / "intro.md").write_text("# 关于\n\n第一段。\n\n第二段。\n", encoding="utf-8")
    (zh / "chapters" / "a.md").write_text("# 甲\n\n正文。\n", encoding="utf-8")
    translations.accept(["intro", "chapters/a"], root, zh)
    return root, zh


def test_changing_an_english_paragraph_makes_its_chinese_page_stale(tmp_path):
    root, zh = _book(tmp_path)
    assert translations.problems(root, zh) == {}
    page = root / "intro.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Second paragraph.", "Second paragraph, revised."),
                    encoding="utf-8")
    found = translations.problems(root, zh)
    assert list(found) == ["intro"] and "changed" in found["intro"]
    translations.accept(["intro"], root, zh)  # the translator revised the Chinese and says so
    assert translations.problems(root, zh) == {}


def test_a_missing_or_unrecorded_chinese_page_is_reported(tmp_path):
    root, zh = _book(tmp_path)
    (zh / "chapters" / "a.md").unlink()
    assert "no Chinese page" in translations.problems(root, zh)["chapters/a"]
    shutil.copyfile(root / "chapters" / "a.md", zh / "chapters" / "a.md")
    record = translations.recorded(zh)
    del record["chapters/a"]
    translations.record_path(zh).write_text(__import__("json").dumps(record), encoding="utf-8")
    assert "records no English" in translations.problems(root, zh)["chapters/a"]
    with pytest.raises(KeyError, match="not an authored page"):
        translations.accept(["chapters/nowhere"], root, zh)


def _hash(path: Path) -> str:
    from jupyter_cache import get_cache

    from xmgov.cache import read_notebook

    cache = get_cache(paths.ROOT / ".cache" / "hash-only-jupyter-cache")
    return cache.create_hashed_notebook(read_notebook(path))[1]


@pytest.mark.parametrize("document", [d for d in toc.authored() if toc.is_notebook(toc.source_file(d))])
def test_a_chinese_page_shares_the_english_execution(document):
    """Same code, same kernel: the notebook cache serves both editions from one execution."""
    assert _hash(toc.source_file(document, paths.ZH)) == _hash(toc.source_file(document))


def test_the_chinese_detectors_flag_typed_numbers_counts_and_ids():
    text = "\n".join([
        "共有70项成果,其中{glue:text}`n_entries`项获奖。",          # 70: flagged
        "来源称“化解纠纷4094起”;2020—2022年;2023年3月2日。",        # quotation, years, date
        "六个单位参与;一个平台;第二位编码者;五治;95%置信区间。",      # 六个: flagged
        "仅一项成果;如P04所示。",                                     # 仅一项, P04: flagged
    ])
    assert [line for line, _ in prose.typed_numbers_zh(text)] == [1]
    assert sorted(line for line, _ in prose.typed_words_zh(text)) == [3, 4, 4]


@pytest.mark.parametrize("document", toc.authored())
def test_no_number_count_or_entry_id_is_typed_in_a_chinese_page(document):
    text = toc.source_file(document, paths.ZH).read_text(encoding="utf-8")
    found = prose.typed_numbers_zh(text) + prose.typed_words_zh(text)
    report = "\n".join(f"  line {line}: …{snippet}…" for line, snippet in sorted(found))
    assert not found, f"zh/{document}.md types numbers in its prose (glue them):\n{report}"


def test_the_chinese_catalogue_is_written_with_the_english():
    english = sorted(p.name for p in (paths.ROOT / "catalogue" / "entries").glob("*.md"))
    chinese = sorted(p.name for p in (paths.ZH / "catalogue" / "entries").glob("*.md"))
    assert english and chinese == english


# Built book


def _pages(site: Path, skip_zh: bool) -> list[str]:
    skip = {"_static", "_sources", "_images", "figures", "tables", "pagefind"}
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")
                  if not skip & set(p.relative_to(site).parts) and not (skip_zh and p.relative_to(site).parts[0] == "zh"))


def test_every_built_english_page_has_its_chinese_page_and_each_links_to_the_other(html_dir):
    english = _pages(html_dir, skip_zh=True)
    chinese = _pages(html_dir / "zh", skip_zh=False)
    assert english and set(chinese) == set(english)
    missing = []
    for rel in english:
        if rel == "index.html":
            continue
        for page, target, lang in ((html_dir / rel, f"zh/{rel}", "zh-CN"), (html_dir / "zh" / rel, rel, "en")):
            text = page.read_text(encoding="utf-8")
            link = re.search(r'<a class="btn btn-sm xm-lang-switch" href="([^"]+)" hreflang="([^"]+)"', text)
            if not link or link.group(2) != lang:
                missing.append(f"{page.relative_to(html_dir)}: no language switch to {lang}")
                continue
            resolved = (page.parent / link.group(1)).resolve()
            if resolved != (html_dir / target).resolve():
                missing.append(f"{page.relative_to(html_dir)}: switch leads to {link.group(1)}")
    assert not missing, "\n".join(missing[:20])
    assert '<html lang="zh-CN"' in (html_dir / "zh" / "intro.html").read_text(encoding="utf-8")


def test_every_published_figure_and_table_has_its_chinese_words(html_dir):
    import json

    missing = []
    for record in sorted(paths.ARTIFACTS.rglob("*.json")):
        zh = json.loads(record.read_text(encoding="utf-8")).get("zh")
        if not zh or not zh.get("caption"):
            missing.append(record.stem)
        elif record.parent == paths.FIGURES and not (zh.get("alt") and zh.get("source")):
            missing.append(f"{record.stem} (alt text or source line)")
    assert not missing, f"no Chinese words: {missing}"


@pytest.fixture(scope="module")
def zh_pdf():
    path = paths.PDF_DIR / editions.get("zh").pdf_name
    if not path.is_file():
        pytest.fail(f"{path} is missing: build the PDFs first (`make test` does it; or `make pdf`)")
    import pymupdf

    with pymupdf.open(path) as document:
        yield document


@pytest.mark.book
def test_the_chinese_pdf_draws_every_character_in_an_embedded_font(zh_pdf):
    """No glyph is the missing-glyph box (glyph 0), and every font the PDF uses is embedded."""
    boxes, fonts = [], set()
    for page in zh_pdf:
        for xref, ext, _type, name, *_ in page.get_fonts(full=True):
            if ext in ("n/a", ""):
                fonts.add(name)
        for span in page.get_texttrace():
            for char in span["chars"]:
                if char[1] == 0 and not chr(char[0]).isspace():
                    boxes.append(f"p. {page.number + 1}: {chr(char[0])!r} in {span['font']}")
    assert not fonts, f"fonts not embedded: {sorted(fonts)}"
    assert not boxes, f"characters drawn as missing glyphs: {boxes[:20]}"


@pytest.mark.book
def test_the_chinese_pdf_is_in_chinese_with_its_own_title(zh_pdf):
    text = "".join(zh_pdf[i].get_text() for i in range(min(6, len(zh_pdf))))
    assert editions.zh_title() in text
    assert len(re.findall(r"[\u4e00-\u9fff]", text)) > 200
    assert zh_pdf.metadata["title"].startswith(editions.zh_title())


def test_punctuation_is_made_chinese_outside_quotations_and_markup():
    from xmgov.chinese import punctuate, punctuate_markdown

    assert punctuate("共3项,其中2项(P04、C12)有数据;如下:") == "共3项，其中2项（P04、C12）有数据；如下："
    assert punctuate("来源称“化解纠纷4094起,成功率96%”,可见") == "来源称“化解纠纷4094起,成功率96%”，可见"
    assert punctuate("p < 0.05, as (x) shows") == "p < 0.05, as (x) shows"
    page = "---\nkernelspec: {name: python3}\n---\n(sec-a)=\n# 标题\n\n```{code-cell} ipython3\nf(1,2)\n```\n见{numref}`fig-a`,其中`a,b`:\n"
    assert punctuate_markdown(page).endswith("见{numref}`fig-a`，其中`a,b`：\n")
    assert "f(1,2)" in punctuate_markdown(page) and "(sec-a)=" in punctuate_markdown(page)


@pytest.mark.parametrize("document", toc.authored())
def test_a_chinese_page_uses_chinese_punctuation(document):
    from xmgov.chinese import punctuate_markdown

    text = toc.source_file(document, paths.ZH).read_text(encoding="utf-8")
    fixed = punctuate_markdown(text)
    wrong = [line for line, right in zip(text.splitlines(), fixed.splitlines()) if line != right]
    assert not wrong, f"zh/{document}.md has half-width punctuation in Chinese prose: {wrong[:3]}"
