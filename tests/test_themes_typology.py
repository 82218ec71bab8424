"""The typology coding is checked strictly, its shares are computed right, and every figure it is
compared with is one the literature search read, with its source in the book's bibliography."""

import pandas as pd
import pytest

from xmgov.dataset import load
from xmgov.themes import typology as ty
from xmgov.themes import typology_text as words


@pytest.fixture(scope="module")
def entries():
    return load.entries()


@pytest.fixture(scope="module")
def book():
    return ty.read_codebook()


@pytest.fixture(scope="module")
def result(entries):
    return ty.analyse(entries)


def _write(tmp_path, frame):
    path = tmp_path / "typology.csv"
    frame.to_csv(path, index=False)
    return path


@pytest.fixture
def coding_file():
    return pd.read_csv(ty.TYPOLOGY, dtype=str, keep_default_na=False)


def test_every_entry_is_coded_once_with_allowed_values(result, entries):
    c = result.coding
    assert len(c) == 70 == len(entries)
    assert list(c["entry_id"]) == list(entries.sort_values("seq")["entry_id"])
    assert set(c["innovation_type"]) <= set(ty.TYPES)
    assert set(c["participation"]) <= set(ty.PARTICIPATION)
    assert set(c["origin"]) <= set(ty.ORIGINS)


@pytest.mark.parametrize("column, value, problem", [
    ("innovation_type", "economic", "innovation_type 'economic' is not one of"),
    ("participation", "partnership", "participation 'partnership' is not one of"),
    ("origin", "imported", "origin 'imported' is not one of"),
    ("type_quote", "这句话不在条目里", "is not in the entry's description"),
    ("origin_template", "fengqiao", "is not in the codebook's template registry"),
])
def test_a_bad_value_names_the_file_the_entry_and_the_problem(tmp_path, entries, book, coding_file,
                                                               column, value, problem):
    row = coding_file.index[coding_file["entry_id"] == "C12"][0]
    coding_file.loc[row, column] = value
    path = _write(tmp_path, coding_file)
    with pytest.raises(ty.TypologyError) as err:
        ty.read_coding(entries, path, book)
    message = str(err.value)
    assert str(path) in message and "entry C12" in message and problem in message


def test_a_missing_or_repeated_entry_is_reported(tmp_path, entries, book, coding_file):
    with pytest.raises(ty.TypologyError, match="entry G01: not coded"):
        ty.read_coding(entries, _write(tmp_path, coding_file[coding_file["entry_id"] != "G01"]), book)
    twice = pd.concat([coding_file, coding_file[coding_file["entry_id"] == "P04"]])
    with pytest.raises(ty.TypologyError, match="entry P04: coded more than once"):
        ty.read_coding(entries, _write(tmp_path, twice), book)


def test_a_template_must_fit_the_origin_code_and_be_named_in_the_quote(tmp_path, entries, book, coding_file):
    row = coding_file.index[coding_file["entry_id"] == "C23"][0]  # 一标三实: origin not verified
    coding_file.loc[row, "origin"] = "national_template"
    with pytest.raises(ty.TypologyError, match="entry C23: origin 'national_template' does not fit"):
        ty.read_coding(entries, _write(tmp_path, coding_file), book)
    coding_file.loc[row, ["origin", "origin_quote"]] = ["unclear", "纵深推进“警网融合”"]
    with pytest.raises(ty.TypologyError, match="does not name template 'yibiaosanshi'"):
        ty.read_coding(entries, _write(tmp_path, coding_file), book)


def test_participation_needs_its_words(tmp_path, entries, book, coding_file):
    row = coding_file.index[coding_file["entry_id"] == "P19"][0]
    coding_file.loc[row, "participation_quote"] = ""
    with pytest.raises(ty.TypologyError, match="entry P19: participants and participation_quote"):
        ty.read_coding(entries, _write(tmp_path, coding_file), book)


def test_every_quote_is_verbatim_in_its_entry(result, entries):
    texts = entries.set_index("entry_id")["description"]
    for row in result.coding.itertuples():
        for quote in (row.type_quote, row.participation_quote, row.origin_quote, *row.frame_terms.split(";")):
            assert quote in texts[row.entry_id], (row.entry_id, quote)


def test_shares_on_a_toy_frame():
    toy = pd.DataFrame({"innovation_type": ["political", "political", "public_service", "social_governance"],
                        "category": ["a", "b", "b", "b"]})
    out = ty.shares(toy, "innovation_type", ty.TYPES, "category", ["a", "b"]).set_index(["group", "level"])
    assert out.loc[("all", "political"), "k"] == 2 and out.loc[("all", "political"), "pct"] == 50
    assert out.loc[("all", "administrative"), "k"] == 0
    assert out.loc[("a", "political"), "pct"] == 100 and out.loc[("b", "political"), "n"] == 3
    assert out.loc[("b", "public_service"), "pct"] == pytest.approx(100 / 3)
    low, high = out.loc[("all", "political"), ["ci_low", "ci_high"]]
    assert low < 50 < high
    assert list(out.xs("all").index) == list(ty.TYPES)


def test_shares_sum_to_the_entries(result):
    for frame in (result.types, result.participation, result.origin):
        totals = frame.groupby("group")["k"].sum()
        assert (totals == frame.groupby("group")["n"].first()).all()


def test_every_compared_figure_was_read_and_its_source_is_in_the_bibliography(result, book):
    figures, keys = ty.read_figures(), ty.bib_keys()
    for c in book["comparisons"]:
        row = ty.figure_row(figures, c["source_key"], str(c["figure"]))
        assert row["snippet"] and row["where_read"]
        assert c["source_key"] in keys and c.get("read_in", c["source_key"]) in keys
        pct = c.get("reference_pct")
        if pct is None:
            assert "NOT READABLE" in row["figure"]
        else:  # the percentage is printed in the figure read, or it is the 'two thirds' it reports
            assert f"{pct:g}%" in row["figure"] or ("two thirds" in row["figure"]
                                                     and c["reference_text"] == "approximately two thirds")
    assert set(result.comparison["comparison_id"]) == {c["id"] for c in book["comparisons"]}


def test_the_comparison_uses_the_figures_and_denominators_as_recorded(result):
    comp = result.comparison.set_index("comparison_id")
    figures = ty.read_figures()
    row = ty.figure_row(figures, "yu2012zhongmei", "23%")
    assert comp.loc["lgia_political", "reference_pct"] == 23
    assert comp.loc["lgia_political", "reference_denominator"] == row["denominator"]
    assert pd.isna(comp.loc["lgia_fourth", "reference_pct"])
    assert comp.loc["lgia_political", "xiamen_k"] == (result.coding["innovation_type"] == "political").sum()


def test_an_unknown_figure_is_an_error(book):
    with pytest.raises(ty.TypologyError, match="0 rows for source 'yu2012zhongmei' and figure '24%'"):
        ty.figure_row(ty.read_figures(), "yu2012zhongmei", "24%")


def test_national_templates_rest_on_a_source_read(result):
    reg = result.templates.set_index("template_id")
    national = result.coding[result.coding["origin"] == "national_template"]
    assert (reg.loc[national["origin_template"], "status"] != "not_verified").all()
    assert reg["source_url"].str.startswith("http").all()


def test_bib_keys_are_unique():
    import re
    text = ty.BIBLIOGRAPHY.read_text(encoding="utf-8")
    keys = re.findall(r"^@\w+\{([^,\s]+),", text, re.MULTILINE)
    assert len(keys) == len(set(keys))


def test_facts_are_named_for_the_section_and_tables_are_well_formed(result):
    facts = ty.facts(result)
    assert all(name.startswith("themes_typology_") for name in facts)
    assert facts["themes_typology_n_entries"] == 70
    assert sum(facts[f"themes_typology_n_{t}"] for t in ty.TYPES) == 70
    nonstate = facts["themes_typology_n_coproduction"] + facts["themes_typology_n_self_governance"]
    assert facts["themes_typology_pct_nonstate"] == pytest.approx(100 * nonstate / 70)
    slugs = [slug for slug, _, _ in ty.tables(result)]
    assert len(slugs) == len(set(slugs)) and all(slug.startswith("typology-") for slug in slugs)


def test_order_and_position_words():
    frame = pd.DataFrame({"group": "all", "level": list(ty.TYPES), "k": [1, 3, 3, 5], "n": 12})
    assert words.order_text(frame) == "social governance, then administrative and public service (tied), then political"
    assert words.position(23, 8, 24) == "inside" and words.position(27, 9, 26) == "above" and words.position(5, 9, 26) == "below"
