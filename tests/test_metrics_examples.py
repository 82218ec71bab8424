"""Hand-made miniature tables for the evidence tests (shaped like data/processed/*.csv).

Six entries chosen to exercise each indicator rule: an output without baseline and a rate with a
qualifier but no denominator (G01), an entry with no quantities (G02), a before/after pair of a
satisfaction rate (P01), a per-10,000-vehicles rate pair and a year-on-year change (P02), a bare
change with no stated comparison, money and people (C01), qualified money and person-times (C02).
"""

import pandas as pd

NA = pd.NA


def entries() -> pd.DataFrame:
    return pd.DataFrame({
        "entry_id": ["G01", "G02", "P01", "P02", "C01", "C02"],
        "category": ["grassroots_case", "grassroots_case", "innovation_project",
                     "innovation_project", "innovation_case", "innovation_case"],
        "label_en": ["Police-mediation room", "Residents' council", "Food-safety co-governance",
                     "Road deaths campaign", "Anti-fraud warning", "Class-action payouts"],
        "has_lacuna": [False, False, False, False, False, True],
    })


def metrics() -> pd.DataFrame:
    rows = [
        # entry, span, value, unit, qualifier, measure, kind, period, baseline_value
        ("G01", "成功化解各类矛盾纠纷3162件", 3162, "件", NA, "disputes resolved", "output", NA, NA),
        ("G01", "调解成功率96%以上", 96, "%", "以上", "mediation success rate", "rate", NA, NA),
        ("P01", "食安群众满意度从64.5%大幅提升到91.7%", 91.7, "%", NA, "food-safety satisfaction",
         "rate", "7年来", 64.5),
        ("P02", "年万车死亡率从2016 年的2.49降至2022年的 0.81", 0.81, "人/万车", NA,
         "deaths per 10,000 vehicles", "rate", "2016-2022", 2.49),
        ("P02", "死亡人数同比整治前6年(2011-2016年)下降35.80%", 35.8, "%", NA, "road deaths",
         "change", "2017-2022", NA),
        ("C01", "不文明养犬发生率下降 42.5%", 42.5, "%", NA, "uncivil dog keeping", "change", NA, NA),
        ("C01", "紧急止付1.7亿元", 170000000, "元", NA, "payments stopped", "output", "2022年", NA),
        ("C01", "成功劝阻高风险受害人22.66万名", 226600, "名", NA, "victims dissuaded", "output",
         "2022年", NA),
        ("C02", "发放案款近2亿元", 200000000, "元", "近", "money paid out", "money", NA, NA),
        ("C02", "共服务群众600余万人次", 6000000, "人次", "余", "people served", "scale", NA, NA),
    ]
    cols = ["entry_id", "span", "value", "unit", "qualifier_zh", "measure", "kind", "period", "baseline_value"]
    out = pd.DataFrame(rows, columns=cols)
    # the dataset's reading of each qualifier (metrics.csv `qualifier`), as xmgov.dataset.metrics sets it
    out.insert(4, "qualifier", out["qualifier_zh"].map({"以上": "lower_bound", "余": "lower_bound",
                                                        "近": "approximate"}))
    out["kind_alt"] = NA
    return out


def claims() -> pd.DataFrame:
    """Level and type of body are coded apart: the government website is a national portal."""
    rows = [
        ("G01", "率先开展全市第一个", "novelty", "city", NA, NA, NA, "none"),
        ("G02", "市委市政府主要领导作出肯定", "recognition", "city", "city_gov", "endorsement", "city_organ", NA),
        ("P01", "全省首个获此殊荣的城市", "novelty", "provincial", NA, NA, NA, "none"),
        ("P01", "被国务院食安委命名为“国家食品安全示范城市”", "recognition", "national", "fsc",
         "award", "central_organ", NA),
        ("C01", "在全省推广", "recognition", "provincial", "fj_gov", "replication", "provincial_organ", NA),
        ("C01", "被农业农村部收录入", "recognition", "national", "moa", "listing", "central_organ", NA),
        ("C02", "获中央人民政府官网…刊发", "recognition", "national", "govcn", "endorsement", "media_or_portal", NA),
    ]
    out = pd.DataFrame(rows, columns=["entry_id", "span", "claim_type", "level", "body", "kind", "recognizer_type",
                                      "corroboration"])
    return out.assign(corroboration_url=NA, corroboration_words=NA, recognizer_source_url=NA)


def agencies() -> pd.DataFrame:
    return pd.DataFrame({
        "agency_id": ["city_gov", "fsc", "fj_gov", "moa", "govcn"],
        "name_zh": ["市委市政府", "国务院食安委", "省政府", "农业农村部", "中央人民政府官网"],
        "name_en": ["City leadership", "State Council Food Safety Commission", "Provincial government",
                    "Ministry of Agriculture and Rural Affairs", "Central government website"],
    })


def test_examples_are_consistent():
    ids = set(entries()["entry_id"])
    assert set(metrics()["entry_id"]) <= ids and set(claims()["entry_id"]) <= ids
    assert set(claims()["body"].dropna()) <= set(agencies()["agency_id"])
