"""The reference list's labels and order, in the form the citations in the text take."""

from __future__ import annotations

from pybtex.database import Entry, Person

from xmgov.sphinxext import reference_label, reference_order


def _entry(key, authors=(), **fields):
    entry = Entry("article", fields={"title": "T", **fields})
    entry.key = key
    for name in authors:
        entry.add_person(Person(name), "author")
    return entry


def test_chinese_authors_in_chinese_form():
    assert reference_label(_entry("a", ["吴俊鸿", "薛尧", "翁小华"], year="2023")) == "吴俊鸿等, 2023"
    assert reference_label(_entry("b", ["俞可平", "阳军"], year="2010")) == "俞可平、阳军, 2010"


def test_latin_authors_and_works_without_an_author():
    assert reference_label(_entry("c", ["Borins, Sandford"], year="1998")) == "Borins, 1998"
    assert reference_label(_entry("d", ["Wu, Jiannan", "Ma, Liang", "Yang, Yuqian"], year="2013")) == "Wu et al., 2013"
    assert reference_label(_entry("e", title="{[Award ceremony held]}", year="2014")) == "[Award ceremony held], 2014"
    assert reference_label(_entry("f", title="中国社会治理创新")) == "中国社会治理创新, n.d."


def test_latin_script_works_come_first_then_chinese_ones_by_pinyin():
    entries = [_entry("x", ["俞可平"], year="2012", sortname="Yu Keping"),
               _entry("y", title="{[Seventh award]}", year="2014"),
               _entry("z", ["Borins, Sandford"], year="1998"),
               _entry("w", ["阳军"], year="2010", sortname="Yang Jun"),
               _entry("v", ["陈一新"], year="2018", sortname="Chen Yixin")]
    ordered = [reference_label(e) for e in sorted(entries, key=reference_order)]
    assert ordered == ["Borins, 1998", "[Seventh award], 2014", "陈一新, 2018", "阳军, 2010", "俞可平, 2012"]


def test_a_chinese_name_without_its_pinyin_is_refused():
    import pytest

    with pytest.raises(ValueError, match="'x'.*sortname"):
        reference_order(_entry("x", ["俞可平"], year="2012"))
