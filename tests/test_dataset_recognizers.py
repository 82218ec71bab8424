"""Who recognised (type and level, each with its basis) and which claims to be first an outside page repeats."""

import pandas as pd
import pytest

from xmgov.dataset import corroboration, load, recognizers
from xmgov.dataset.errors import DatasetError
from xmgov.dataset.external import SUPPORTS_HIGH
from xmgov.dataset.vocabulary import CORROBORATION, RECOGNIZER_LEVELS, RECOGNIZER_TYPE_IDS


def _filled(series: pd.Series) -> pd.Series:
    return series.notna() & (series.astype("string").str.strip() != "")


def test_recognition_types_are_assigned_for_every_recognition_claim():
    claims = load.claims()
    rec = claims[claims["claim_type"] == "recognition"]
    assert len(rec) > 40
    for column in ("recognizer_type", "level", "recognizer_type_basis", "recognizer_level_basis"):
        missing = rec.loc[~_filled(rec[column]), ["claim_id", "entry_id", "span"]]
        assert missing.empty, f"recognition claims without {column}:\n{missing}"
    assert set(rec["recognizer_type"]) <= set(RECOGNIZER_TYPE_IDS)
    assert set(rec["level"]) <= set(RECOGNIZER_LEVELS)
    assert "media" not in set(claims["level"])  # media is a type of body, not a level


def test_novelty_claims_carry_a_corroboration_and_no_recognizer_coding():
    claims = load.claims()
    nov = claims[claims["claim_type"] == "novelty"]
    assert set(nov["corroboration"]) <= set(CORROBORATION) and nov["corroboration"].notna().all()
    assert nov["recognizer_type"].isna().all() and nov["recognizer_type_basis"].isna().all()
    assert claims.loc[claims["claim_type"] == "recognition", "corroboration"].isna().all()


def _coded(entry_id: str, fragment: str, body_mention: str | None = None) -> pd.Series:
    claims = load.claims()
    hit = claims[(claims["entry_id"] == entry_id) & claims["span"].str.contains(fragment, regex=False)
                 & (claims["claim_type"] == "recognition")]
    if body_mention is not None:
        hit = hit[hit["body_mention"] == body_mention]
    assert len(hit) == 1, (entry_id, fragment, len(hit))
    return hit.iloc[0]


@pytest.mark.parametrize("entry_id, fragment, body, kind, level", [
    ("P11", "法治政府奖", None, "academic_award", "national"),  # a jury award, body named only outside
    ("C02", "指导性案例", "最高法院", "supreme_judicial", "national"),
    ("G04", "被司法部通报表扬", "司法部", "central_organ", "national"),
    ("C20", "中央人民政府官网", "中央人民政府官网", "media_or_portal", "national"),  # gov.cn coverage
    ("P30", "法治日报社", "法治日报社", "media_or_portal", "national"),
    ("P02", "全国社会治理创新案例", None, "unknown", "unknown"),  # organiser not found: not guessed, nor its level
    ("P27", "商会调解创新案例", None, "unknown", "unknown"),  # 全国 before a list's name is not a giver's level
    ("C11", "数字政府建设十大卓越示范案例", None, "unknown", "unknown"),
    ("P01", "全国城市基层党建创新案例", None, "unknown", "unknown"),  # results posted on a portal: no organiser named
    ("P14", "在全国推广", None, "unknown", "unknown"),  # how far it spread, not who promoted it
    ("P20", "全省范围内推广", None, "unknown", "unknown"),
    ("P05", "41地市", None, "other_localities", "city"),  # peers copying it, not a body above
    ("C13", "全国反走私", "全国反走私综合治理调查研究中心", "unknown", "unknown"),  # named, standing and level not found
    ("C16", "省职改办", "市审改办", "city_organ", "city"),
])
def test_hand_coding_of_types_and_levels(entry_id, fragment, body, kind, level):
    row = _coded(entry_id, fragment, body)
    assert (row["recognizer_type"], row["level"]) == (kind, level)


def test_a_giver_not_established_has_no_level_and_its_words_of_reach_are_kept_apart():
    claims = load.claims()
    rec = claims[claims["claim_type"] == "recognition"]
    not_established = rec[rec["body_mention"].isna() & (rec["recognizer_type"] == "unknown")]
    assert len(not_established) > 5
    assert (not_established["level"] == "unknown").all(), not_established.loc[
        not_established["level"] != "unknown", ["entry_id", "span", "level"]]
    assert _coded("P02", "全国社会治理创新案例")["recognizer_scope_words"] == "全国"
    assert _coded("P30", "市级表彰对象")["recognizer_scope_words"] == "市级"
    scoped = rec[_filled(rec["recognizer_scope_words"])]
    for r in scoped.itertuples():
        assert all(w.strip() in r.span for w in r.recognizer_scope_words.split(";")), (r.entry_id, r.span)


def test_outside_pages_that_set_a_type_are_of_a_trusted_class():
    claims = load.claims()
    outside = claims[_filled(claims["recognizer_source_url"])]
    assert set(outside["entry_id"]) >= {"P01", "P11"}
    assert outside["recognizer_source_trust"].isin(SUPPORTS_HIGH).all()
    unnamed = claims[(claims["claim_type"] == "recognition") & claims["body"].isna()
                     & (claims["recognizer_type"] != "unknown")]
    assert (_filled(unnamed["recognizer_source_url"]) | unnamed["recognizer_type_basis"].str.contains("「")).all()
    assert _coded("P11", "法治政府奖")["recognizer_source_url"].startswith("http://fzzfyjy.cupl.edu.cn/")
    # the metrics chapter says the one type resting on an outside page rests on the award organiser's own page
    typed = outside[(outside["claim_type"] == "recognition") & outside["body"].isna()
                    & (outside["recognizer_type"] != "unknown")]
    assert set(typed["entry_id"]) == {"P11"}
    assert "organiser's own site" in _coded("P11", "法治政府奖")["recognizer_type_basis"]
    hosts = pd.read_csv("data/external/source_hosts.csv", dtype=str).set_index("host")
    assert "not a government or court site" in hosts.loc["cupl.edu.cn", "basis"]
    # a page that posts a list's results but names no organiser sets no type
    assert _coded("P01", "全国城市基层党建")["recognizer_type"] == "unknown"


def test_claims_to_be_first_repeated_by_outside_leads():
    claims = load.claims()
    nov = claims[claims["claim_type"] == "novelty"].set_index("claim_id")
    led = nov[nov["corroboration"] != "none"]
    got = {(r.entry_id, r.span, r.corroboration) for r in led.itertuples()}
    # P03's lead states another first (a three-way warning technology), not the claim's
    assert got == {("P04", "全国首个", "trusted_lead"), ("P03", "全国首创", "other_first")}
    p04 = led[led["entry_id"] == "P04"].iloc[0]
    assert "chinacourt.org" in p04["corroboration_url"] and "全国首个" in p04["corroboration_words"]


# --- errors name the file, the entry and the problem ---------------------------------------------

HOSTS = {"people.com.cn": "official_newspaper_or_broadcaster", "bkwk.cn": "aggregator_or_unknown"}
HEADER = "entry_id,span,body_mention,recognizer_type,type_basis,recognizer_level,level_basis,source_url,scope_words\n"


def _claims():
    return [{"entry_id": "P01", "span": "获评全国某案例", "claim_type": "recognition", "body_mention": None},
            {"entry_id": "P02", "span": "被司法部表扬", "claim_type": "recognition", "body_mention": "司法部"},
            {"entry_id": "P02", "span": "全国首创", "claim_type": "novelty", "start": 5}]


def _write(tmp_path, rows: str):
    path = tmp_path / "recognizers.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


GOOD_P02 = "P02,被司法部表扬,司法部,central_organ,named: 「司法部」,national,a ministry,,\n"


def test_a_coding_sets_type_level_and_basis(tmp_path):
    path = _write(tmp_path, "P01,获评全国某案例,,media_or_portal,outside page,national,「全国」,http://x.people.com.cn/a,\n"
                  + GOOD_P02)
    out = recognizers.apply(_claims(), path, HOSTS)
    assert (out[0]["recognizer_type"], out[0]["level"], out[0]["recognizer_source_trust"]) == (
        "media_or_portal", "national", "official_newspaper_or_broadcaster")
    assert "recognizer_type" not in out[2]


@pytest.mark.parametrize("rows, message", [
    (GOOD_P02, r"entry P01: recognition claim '获评全国某案例' \(body not named\) has no row"),
    ("P01,获评全国某案例,,ministry,x,national,y,,\n" + GOOD_P02, r"line 2 \(entry P01.*recognizer_type 'ministry'"),
    ("P01,获评全国某案例,,unknown,x,national,,,\n" + GOOD_P02, r"line 2 \(entry P01.*empty \['level_basis'\]"),
    ("P01,获评全国某案例,,unknown,x,national,「全省」,,\n" + GOOD_P02, r"entry P01.*「全省」, which is not in the span"),
    ("P01,获评全国某案例,,media_or_portal,a page,national,「全国」,http://bkwk.cn/a,\n" + GOOD_P02,
     r"entry P01.*trusted publisher class.*got aggregator_or_unknown"),
    ("P01,获评全国某案例,,unknown,x,national,「全国」 in the list's name,,全国\n" + GOOD_P02,
     r"line 2 \(entry P01.*recognizer_level 'national' for a giver that is not established.*must be 'unknown'"),
    ("P01,获评全国某案例,,unknown,x,unknown,not established,,全省\n" + GOOD_P02,
     r"line 2 \(entry P01.*scope_words '全省' are not in the span"),
    ("P01,获评全国某案例,,unknown,x,unknown,「全国」,,全国\n" + GOOD_P02 + GOOD_P02, r"line 4 \(entry P02.*coded twice"),
    ("P01,获评全国某案例,,unknown,x,unknown,「全国」,,全国\n" + GOOD_P02 + "P03,别的,,unknown,x,unknown,y,,\n",
     r"line 4 \(entry P03.*matches no recognition claim"),
])
def test_bad_or_missing_rows_are_errors_that_say_where(tmp_path, rows, message):
    path = _write(tmp_path, rows)
    with pytest.raises(DatasetError, match=message) as error:
        recognizers.apply(_claims(), path, HOSTS)
    assert str(path) in str(error.value)


def test_a_giver_not_established_keeps_its_words_of_reach_apart(tmp_path):
    path = _write(tmp_path, "P01,获评全国某案例,,unknown,not named,unknown,not established,,全国\n" + GOOD_P02)
    out = recognizers.apply(_claims(), path, HOSTS)
    assert (out[0]["level"], out[0]["recognizer_scope_words"]) == ("unknown", "全国")
    assert out[1]["recognizer_scope_words"] is None


def test_repeating_words_must_be_in_the_lead(tmp_path):
    path = tmp_path / "novelty_leads.csv"
    path.write_text("entry_id,span,occurrence,relation,lead_words,reason\nP02,全国首创,1,same_first,全国首创的平台,r\n",
                    encoding="utf-8")
    leads = [{"entry_id": "P02", "source_trust": "official_government_or_court", "source_url": "http://a",
              "evidence_snippet": "首个平台"}]
    with pytest.raises(DatasetError, match=r"entry P02.*are not in the lead's evidence_snippet"):
        corroboration.apply(_claims(), leads, path)
    leads[0]["evidence_snippet"] = "厦门建成全国首创的平台"
    out = corroboration.apply(_claims(), leads, path)
    assert out[2]["corroboration"] == "trusted_lead" and out[0].get("corroboration") is None


def test_a_lead_that_states_another_first_does_not_repeat_the_claim(tmp_path):
    path = tmp_path / "novelty_leads.csv"
    leads = [{"entry_id": "P02", "source_trust": "official_government_or_court", "source_url": "http://a",
              "evidence_snippet": "厦门在全国首创三维预警技术"}]
    path.write_text("entry_id,span,occurrence,relation,lead_words,reason\n"
                    "P02,全国首创,1,other_first,全国首创三维预警技术,a different first\n", encoding="utf-8")
    out = corroboration.apply(_claims(), leads, path)
    assert out[2]["corroboration"] == "other_first" and out[2]["corroboration_words"] == "全国首创三维预警技术"
    path.write_text("entry_id,span,occurrence,relation,lead_words,reason\n"
                    "P02,全国首创,1,confirms,全国首创三维预警技术,r\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"novelty_leads.csv line 2 \(entry P02.*relation 'confirms' is not one of"):
        corroboration.apply(_claims(), leads, path)


def test_a_first_in_being_honoured_is_not_a_novelty_claim():
    claims = load.claims()
    nov = claims[claims["claim_type"] == "novelty"]
    assert "P16" not in set(nov["entry_id"])  # 全省首个获此殊荣的城市: dropped in claims.yaml, with a reason
