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


def test_the_origin_table_and_the_templates_table_count_the_same_entries(result):
    """One source of truth: every entry naming a template is listed under that template with the
    origin code the origin table counts it under (no entry naming 近邻 is listed as naming it while
    counted as local)."""
    origin = ty.shares(result.coding, "origin", ty.ORIGINS).set_index("level")["k"]
    listed = {code: 0 for code in ty.ORIGINS}
    table = dict(zip(result.templates["template_id"], words._templates_table(result)["entries naming it, by origin code"]))
    for template, cell in table.items():
        for part in filter(None, cell.split("; ")):
            ids, label = part.rsplit(" (", 1)
            code = {v: k for k, v in ty.LABELS.items()}[label.rstrip(")")]
            n = len(ids.replace(" and ", ", ").split(", "))
            listed[code] += n
            assert n == ((result.coding["origin_template"] == template) & (result.coding["origin"] == code)).sum()
    named = result.coding[result.coding["origin_template"] != ""]
    assert sum(listed.values()) == len(named)
    assert (named["origin"] != "local").all() or (named.loc[named["origin"] == "local", "entry_id"].isin(
        result.entries.loc[result.entries["level"] == "city", "entry_id"])).all()
    for code in ("city_template", "national_template", "other_locality_template", "unclear"):
        assert listed[code] == origin[code]


def test_an_unknown_unit_is_not_coded_from_its_level(tmp_path, entries, book, coding_file):
    row = coding_file.index[coding_file["entry_id"] == "P21"][0]  # title lost: level unknown
    coding_file.loc[row, ["origin", "origin_unclear_reason"]] = ["local", ""]
    with pytest.raises(ty.TypologyError, match="entry P21: a local entry naming the city's model must be at city level"):
        ty.read_coding(entries, _write(tmp_path, coding_file), book)


def test_unclear_needs_a_reason_and_lost_words(tmp_path, entries, book, coding_file):
    row = coding_file.index[coding_file["entry_id"] == "G05"][0]  # a community, text whole
    coding_file.loc[row, ["origin", "origin_unclear_reason"]] = ["unclear", "a reason"]
    with pytest.raises(ty.TypologyError, match="entry G05: template 'jinlin' has a known level"):
        ty.read_coding(entries, _write(tmp_path, coding_file), book)
    coding_file.loc[row, ["origin", "origin_unclear_reason"]] = ["city_template", "a reason"]
    with pytest.raises(ty.TypologyError, match="entry G05: origin_unclear_reason is given exactly when"):
        ty.read_coding(entries, _write(tmp_path, coding_file), book)


def test_p01s_lacuna_is_stated_in_its_basis(result):
    p01 = result.coding.set_index("entry_id").loc["P01"]
    lacuna = result.entries.set_index("entry_id").loc["P01", "has_lacuna"]
    assert p01["origin"] == "unclear" and bool(lacuna)
    assert "lacuna" in p01["origin_unclear_reason"] and "习" in p01["origin_unclear_reason"]


def test_template_sources_take_their_trust_class_from_the_host_table(tmp_path, book):
    import copy
    import yaml
    hosts = ty.load_hosts()
    for t in book["origin"]["templates"]:
        for s in t["sources"]:
            assert s["host_trust"] == ty.source_trust(s["url"], hosts, "test")
    national = [s for t in book["origin"]["templates"] if t["level"] == "national" for s in t["sources"]]
    assert not any(s["host_trust"] in ty.SUPPORTS_HIGH for s in national)  # none read on an official site
    raw = yaml.safe_load(ty.CODEBOOK.read_text(encoding="utf-8"))
    bad = copy.deepcopy(raw)
    bad["origin"]["templates"][0]["sources"][0]["url"] = "http://unclassified.example.org/page"
    path = tmp_path / "codebook.yaml"
    path.write_text(yaml.safe_dump(bad, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(ty.TypologyError, match="unclassified.example.org"):
        ty.read_codebook(path)
    bad = copy.deepcopy(raw)
    bad["origin"]["templates"][0]["sources"][0]["host_trust"] = "official_government_or_court"
    path.write_text(yaml.safe_dump(bad, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(ty.TypologyError, match="host_trust is not typed"):
        ty.read_codebook(path)
    bad = copy.deepcopy(raw)
    bad["origin"]["templates"][0]["began_locally"][0]["words"] = "北京市"
    path.write_text(yaml.safe_dump(bad, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(ty.TypologyError, match="began_locally words '北京市' are not in source"):
        ty.read_codebook(path)


def test_local_beginnings_of_national_templates_are_read_from_the_codebook(result):
    facts = ty.facts(result)
    began = result.templates[result.templates["began_locally"] != ""]
    assert set(began["template_id"]) == {"suyuan", "yimeiyinzhang"} and (began["level"] == "national").all()
    assert facts["themes_typology_n_began_locally"] == 2
    assert "成都市人民法院" in facts["themes_typology_began_locally_text"]
    assert facts["themes_typology_other_locality_text"] == "no entry names"


def test_shares_are_compared_at_the_precision_of_the_published_figure(result):
    assert ty.round_to(25.988) == 26 and ty.round_to(24.5) == 25 and ty.round_to(8.49) == 8
    comp = result.comparison.set_index("comparison_id")
    for cid, row in comp[comp["positioned"].astype(bool)].iterrows():
        lo, hi = ty.round_to(row["ci_low"]), ty.round_to(row["ci_high"])
        assert (row["ci_low_rounded"], row["ci_high_rounded"]) == (lo, hi)
        assert bool(row["reference_inside_ci"]) == (lo <= row["reference_pct"] <= hi)
    # 26% against an upper bound of 25.99%: equal at the published precision, so inside
    assert comp.loc["lgia_administrative", "ci_high"] < 26 and bool(comp.loc["lgia_administrative", "reference_inside_ci"])
    assert words.facts(result)["themes_typology_lgia_administrative_position"] == "inside"
    assert words.facts(result)["themes_typology_lgia_inside_text"] == "2 of the 3 readable LGIA shares lie"


def test_borins_figures_are_cited_where_read_and_not_positioned(result):
    import re
    comp = result.comparison.set_index("comparison_id")
    bib = ty.BIBLIOGRAPHY.read_text(encoding="utf-8")
    for cid in ("borins_collaboration_2010", "borins_collaboration_1990"):
        row = comp.loc[cid]
        assert row["source_key"] == "fcw2014borins" and row["reports"] == "borins2014ibm"
        assert not bool(row["positioned"]) and pd.isna(row["reference_inside_ci"])
        url = re.search(r"@misc\{fcw2014borins,.*?url\s*=\s*\{([^}]*)\}", bib, re.DOTALL).group(1)
        assert url in row["where_read"]
    assert not ty.read_figures()["where_read"].str.contains("fcw.com").loc[
        ty.read_figures()["source_key"] == "borins2014ibm"].any()
    assert not any(k.startswith("themes_typology_borins") and k.endswith("_position") for k in ty.facts(result))


def test_the_comparison_table_says_each_caveat_once(result):
    table = [frame for slug, frame, _ in ty.tables(result) if slug == "typology-comparison"][0]
    said = [c for c in table["what is comparable"] if c != "as above"]
    assert len(said) == len(set(said)) == result.comparison["caveat_short"].nunique()
    assert all(len(c) < 150 for c in said)


def test_every_headline_type_share_has_its_alternative_count(result):
    facts = ty.facts(result)
    c = result.coding
    for t in ty.TYPES:
        assert facts[f"themes_typology_n_alt_{t}"] == ((c["innovation_type"] == t) & (c["innovation_type_alt"] != "")).sum()
    assert sum(facts[f"themes_typology_n_alt_{t}"] for t in ty.TYPES) == facts["themes_typology_n_with_alt"]
