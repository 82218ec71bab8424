"""Who recognised (type and level, each with its basis) and which claims to be first an outside page confirms."""

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
    ("P02", "全国社会治理创新案例", None, "unknown", "national"),  # organiser not found: not guessed
    ("P05", "41地市", None, "other_localities", "city"),  # peers copying it, not a body above
    ("C13", "全国反走私", "全国反走私综合治理调查研究中心", "unknown", "national"),  # named, standing not found
    ("C16", "省职改办", "市审改办", "city_organ", "city"),
])
def test_hand_coding_of_types_and_levels(entry_id, fragment, body, kind, level):
    row = _coded(entry_id, fragment, body)
    assert (row["recognizer_type"], row["level"]) == (kind, level)


def test_outside_pages_that_set_a_type_are_of_a_trusted_class():
    claims = load.claims()
    outside = claims[_filled(claims["recognizer_source_url"])]
    assert set(outside["entry_id"]) >= {"P01", "P11"}
    assert outside["recognizer_source_trust"].isin(SUPPORTS_HIGH).all()
    unnamed = claims[(claims["claim_type"] == "recognition") & claims["body"].isna()
                     & (claims["recognizer_type"] != "unknown")]
    assert (_filled(unnamed["recognizer_source_url"]) | unnamed["recognizer_type_basis"].str.contains("「")).all()
    assert _coded("P11", "法治政府奖")["recognizer_source_url"].startswith("http://fzzfyjy.cupl.edu.cn/")


def test_claims_to_be_first_confirmed_by_outside_leads():
    claims = load.claims()
    nov = claims[claims["claim_type"] == "novelty"].set_index("claim_id")
    led = nov[nov["corroboration"] != "none"]
    got = {(r.entry_id, r.span, r.corroboration) for r in led.itertuples()}
    assert got == {("P04", "全国首个", "trusted_lead"), ("P03", "全国首创", "untrusted_lead")}
    p04 = led[led["entry_id"] == "P04"].iloc[0]
    assert "chinacourt.org" in p04["corroboration_url"] and "全国首个" in p04["corroboration_words"]


# --- errors name the file, the entry and the problem ---------------------------------------------

HOSTS = {"people.com.cn": "official_newspaper_or_broadcaster", "bkwk.cn": "aggregator_or_unknown"}
HEADER = "entry_id,span,body_mention,recognizer_type,type_basis,recognizer_level,level_basis,source_url\n"


def _claims():
    return [{"entry_id": "P01", "span": "获评全国某案例", "claim_type": "recognition", "body_mention": None},
            {"entry_id": "P02", "span": "被司法部表扬", "claim_type": "recognition", "body_mention": "司法部"},
            {"entry_id": "P02", "span": "全国首创", "claim_type": "novelty", "start": 5}]


def _write(tmp_path, rows: str):
    path = tmp_path / "recognizers.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


GOOD_P02 = "P02,被司法部表扬,司法部,central_organ,named: 「司法部」,national,a ministry,\n"


def test_a_coding_sets_type_level_and_basis(tmp_path):
    path = _write(tmp_path, "P01,获评全国某案例,,media_or_portal,outside page,national,「全国」,http://x.people.com.cn/a\n"
                  + GOOD_P02)
    out = recognizers.apply(_claims(), path, HOSTS)
    assert (out[0]["recognizer_type"], out[0]["level"], out[0]["recognizer_source_trust"]) == (
        "media_or_portal", "national", "official_newspaper_or_broadcaster")
    assert "recognizer_type" not in out[2]


@pytest.mark.parametrize("rows, message", [
    (GOOD_P02, r"entry P01: recognition claim '获评全国某案例' \(body not named\) has no row"),
    ("P01,获评全国某案例,,ministry,x,national,y,\n" + GOOD_P02, r"line 2 \(entry P01.*recognizer_type 'ministry'"),
    ("P01,获评全国某案例,,unknown,x,national,,\n" + GOOD_P02, r"line 2 \(entry P01.*empty \['level_basis'\]"),
    ("P01,获评全国某案例,,unknown,x,national,「全省」,\n" + GOOD_P02, r"entry P01.*「全省」, which is not in the span"),
    ("P01,获评全国某案例,,media_or_portal,a page,national,「全国」,http://bkwk.cn/a\n" + GOOD_P02,
     r"entry P01.*trusted publisher class.*got aggregator_or_unknown"),
    ("P01,获评全国某案例,,unknown,x,national,「全国」,\n" + GOOD_P02 + GOOD_P02, r"line 4 \(entry P02.*coded twice"),
    ("P01,获评全国某案例,,unknown,x,national,「全国」,\n" + GOOD_P02 + "P03,别的,,unknown,x,unknown,y,\n",
     r"line 4 \(entry P03.*matches no recognition claim"),
])
def test_bad_or_missing_rows_are_errors_that_say_where(tmp_path, rows, message):
    path = _write(tmp_path, rows)
    with pytest.raises(DatasetError, match=message) as error:
        recognizers.apply(_claims(), path, HOSTS)
    assert str(path) in str(error.value)


def test_confirming_words_must_be_in_the_lead(tmp_path):
    path = tmp_path / "novelty_leads.csv"
    path.write_text("entry_id,span,occurrence,lead_words,reason\nP02,全国首创,1,全国首创的平台,r\n", encoding="utf-8")
    leads = [{"entry_id": "P02", "source_trust": "official_government_or_court", "source_url": "http://a",
              "evidence_snippet": "首个平台"}]
    with pytest.raises(DatasetError, match=r"entry P02.*are not in the lead's evidence_snippet"):
        corroboration.apply(_claims(), leads, path)
    leads[0]["evidence_snippet"] = "厦门建成全国首创的平台"
    out = corroboration.apply(_claims(), leads, path)
    assert out[2]["corroboration"] == "trusted_lead" and out[0].get("corroboration") is None
