"""Agencies, roles and claims: recognizers are never partners; claims have levels and bodies."""

import pandas as pd
import pytest

from xmgov.dataset import load
from xmgov.dataset.agencies import Lexicon
from xmgov.dataset.errors import DatasetError


@pytest.fixture(scope="module")
def links():
    return load.entry_agencies().merge(load.agencies(), on="agency_id")


def test_national_and_provincial_bodies_are_only_recognizers(links):
    far = links[links.level.isin(["national", "provincial"])]
    assert len(far) > 0
    assert set(far.role) == {"recognizer"}
    assert set(links.loc[links.type == "media", "role"]) == {"recognizer"}


def test_every_recognizer_is_the_body_of_a_recognition_claim(links):
    claims = load.claims()
    named = claims[claims.body_start.notna()]
    bodies = set(zip(named.entry_id, named.body_start.astype(int)))
    rec = links[links.role == "recognizer"]
    assert all((r.entry_id, r.start) in bodies for r in rec.itertuples())


def test_recipient_of_an_award_is_not_its_recognizer(links):
    # 市委网信办获评“…先进单位”: the office received the award
    row = links[(links.entry_id == "P26") & (links.mention == "市委网信办")]
    assert list(row.role) == ["implementer"]


def test_aliases_map_variants_to_one_agency():
    lex = Lexicon.load()
    assert lex.resolve("市中级法院", "t") == lex.resolve("市中院", "t") == lex.resolve("厦门市中级人民法院", "t")
    assert lex.resolve("思明法院", "t") == lex.resolve("思明区人民法院", "t")
    assert lex.resolve("最高检", "t") == lex.resolve("最高人民检察院", "t")
    assert lex.resolve("最高法", "t") == lex.resolve("最高法院", "t")


def test_unknown_alias_names_where_it_was_used():
    with pytest.raises(DatasetError, match="entries.yaml G01: unknown agency alias '某某局'"):
        Lexicon.load().resolve("某某局", "entries.yaml G01")


def test_alias_to_missing_agency_is_an_error():
    lex = Lexicon.load()
    aliases = pd.concat([lex.aliases, pd.DataFrame([{"alias": "X", "agency_id": "nope", "scope": "any", "note": ""}])])
    with pytest.raises(DatasetError, match="unknown agency_id 'nope'"):
        Lexicon(lex.agencies, aliases)


def test_novelty_claims_and_levels():
    c = load.claims()
    nov = c[c.claim_type == "novelty"]
    got = set(zip(nov.entry_id, nov.span, nov.level))
    for expected in [("P03", "全国首创", "national"), ("P10", "国内率先", "national"), ("P14", "全省首创", "provincial"),
                     ("G01", "全市第一个", "city"), ("G10", "率先全市", "city"), ("C20", "全市范围内系首创", "city"),
                     ("C01", "全国率先", "national"), ("P27", "全省首家", "provincial")]:
        assert expected in got, expected
    assert ("G01", "率先", "unspecified") not in got  # 率先开展全市第一个 is one claim


def test_recognition_claims_bodies_levels_kinds():
    c = load.claims()
    rec = c[c.claim_type == "recognition"]
    got = set(zip(rec.entry_id, rec.body.fillna(""), rec.level, rec.kind))
    for expected in [("G04", "moj", "national", "award"), ("P04", "ndrc", "national", "listing"),
                     ("P14", "moa", "national", "listing"), ("P17", "mofcom", "national", "replication"),
                     ("P09", "central-zfw", "national", "endorsement"), ("P30", "legal-daily", "national", "listing"),
                     ("C14", "fj-hrss", "provincial", "endorsement"), ("P25", "xm-party-govt", "city", "endorsement"),
                     ("C15", "spp", "national", "listing"), ("P10", "fj-govt", "provincial", "replication")]:
        assert expected in got, expected
    assert "在提高涉众案件资金清退效率方面具有推广应用的现实价值" not in set(rec.span)


def test_entries_have_labels_and_lacuna_flags():
    e = load.entries().set_index("entry_id")
    assert e.label_en.notna().all()
    assert set(e.index[e.has_lacuna]) == set(load.lacunae().entry_id)
    assert {"P01", "P13", "P26", "C14"} <= set(e.index[e.has_lacuna])


# --- regressions from the review of the metrics chapter -------------------------------------------

def _claim(entry_id, fragment):
    claims = load.claims()
    hit = claims[(claims.entry_id == entry_id) & claims.span.str.contains(fragment, regex=False)]
    return hit


def test_honours_for_individuals_are_marked_as_such():
    for entry_id, fragment in (("P30", "其中2人被评选为"), ("G04", "多名调解员获得")):
        hit = _claim(entry_id, fragment)
        assert len(hit) == 1 and hit.iloc[0].recognized == "individuals", (entry_id, fragment)


def test_recognized_is_set_for_recognition_only():
    claims = load.claims()
    rec = claims.claim_type == "recognition"
    assert claims.loc[rec, "recognized"].isin(["entry", "individuals"]).all()
    assert claims.loc[~rec, "recognized"].isna().all()
    assert (claims.loc[rec, "recognized"] == "entry").sum() > 30


def test_own_assessment_is_not_recognition():
    assert _claim("C09", "具有推广应用的现实价值").empty


def test_individuals_rule_on_hand_made_clauses():
    from xmgov.dataset.claims import recognition_claims

    def recognized(text):
        return [c["recognized"] for c in recognition_claims(text, 0, len(text), [])]

    assert recognized("其中3人被评为全国先进个人。") == ["individuals"]
    assert recognized("多名网格员获得省级表彰。") == ["individuals"]
    assert recognized("该平台办案团队被列为优秀团队予以表彰。") == ["entry"]
    assert recognized("工作经验入选全国社会治理创新案例。") == ["entry"]
