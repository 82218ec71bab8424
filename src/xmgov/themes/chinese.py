"""The Chinese edition's worded values for the themes chapter (zh/chapters/themes.md).

Why: the English prose glues phrases ("1 code differs", "G15 and P22", "法治 (Rule of law)") that a
Chinese page must not show. `facts_zh` words the same values in Chinese, from the same analysis and
with the same logic (zero, one, many; ties; rare codes), under names ending `_zh`. Nothing here is
typed: every count comes from the result. Words this module cannot render in Chinese (a new cluster
name, a new reference wording) stop the chapter with a message, rather than leak English.
"""

from __future__ import annotations

import re

import pandas as pd

from ..chinese import Chinese, series_zh
from ..dataset.chinese import entry_cells_zh, entry_names_zh
from ..dataset.vocabulary import CATEGORIES, CATEGORY_ZH
from . import report
from .typology import LABELS, Typology, round_to
from .typology_text import political_counts

# The editors' names of the semantic network's communities (data/themes/clusters.csv), in Chinese.
CLUSTER_ZH = {"dispute resolution": "纠纷化解", "smart platforms": "智慧平台",
              "housing estates": "住宅小区", "services to the public": "为民服务"}
# The typology's categories (typology.LABELS) in Chinese.
LABELS_ZH = {"political": "政治改革", "administrative": "行政管理", "public_service": "公共服务",
             "social_governance": "社会治理", "none": "无", "consultation": "咨询",
             "coproduction": "合作生产", "self_governance": "自治", "local": "本地",
             "city_template": "厦门模板", "national_template": "国家模板",
             "other_locality_template": "外地模板", "unclear": "不明"}
# The English phrases of typology.LABELS (as shown in tables) -> Chinese.
LABEL_TEXT_ZH = {LABELS[k]: v for k, v in LABELS_ZH.items()}
TRUST_ZH = {"official_government_or_court": "政府或法院官方网站",
            "official_newspaper_or_broadcaster": "官方报纸或广播电视机构",
            "other_media": "其他媒体", "aggregator_or_unknown": "信息聚合网站或发布者不明的网站"}
VARIANT_ZH = {"baseline": "基准", "no user dictionary": "不使用用户词典",
              "no domain stopwords": "不使用领域停用词", "no synonym merge": "不合并同义词"}
# Reference wordings of data/annotations/typology_codebook.yaml, in Chinese (exact value).
REFERENCE_TEXT_ZH = {"approximately two thirds": "约三分之二"}


def short_category(category: str) -> str:
    """'基层案例': the award list's Chinese name without 优秀."""
    return CATEGORY_ZH[category].removeprefix("优秀")


def code_labels(t) -> dict[str, str]:
    """code_id -> '法治': the Chinese label alone (the English page shows '法治 (Rule of law)')."""
    return {c.code_id: c.label_zh for c in t.book.codes}


def entries_zh(n: int) -> str:
    return f"{int(n)}项成果"


def order_zh(t, dimension: str) -> str:
    """`report.order_text` in Chinese: the commonest code(s), with ties said as ties, then the rest,
    and the codes below `report.RARE` named as rare."""
    counts = report.code_counts(t)[t.book.dimension(dimension)].sort_values(ascending=False, kind="stable")
    labels, n = code_labels(t), len(t.entries)
    top = counts[counts == counts.iloc[0]]
    pct, lo, hi = report.code_share(t, top.index[0])
    share = f"{pct:.0f}%,95% Wilson 置信区间为{lo:.0f}%～{hi:.0f}%"
    lead = (f"{labels[top.index[0]]}最为常见,见于{counts.iloc[0]}项成果({share})" if len(top) == 1
            else f"{series_zh(labels[c] for c in top.index)}并列最为常见,各见于{counts.iloc[0]}项成果({share})")
    rest = counts.drop(top.index)
    common, rare = rest[rest >= report.RARE * n], rest[rest < report.RARE * n]
    text = lead + (",其次为" + series_zh(f"{labels[c]}({k})" for c, k in common.items()) if len(common) else "")
    if len(rare):
        text += (";" + series_zh(f"{labels[c]}({k})" for c, k in rare.items())
                 + f"较为少见(不足成果总数的{report.RARE:.0%})")
    return text


def peak_zh(t, code: str) -> str:
    """`report.peak_text` in Chinese: the award list(s) where a code's share is highest."""
    rows = t.by_category_prev[t.by_category_prev["code_id"] == code]
    best = rows[rows["share"] == rows["share"].max()]
    where = series_zh(f"{short_category(r.group)}({r.n}个中有{r.k}个)" for r in best.itertuples())
    return f"{code_labels(t)[code]}按名单规模计算,在{where}中所占比例最高"


def _survive_zh(n: int) -> str:
    return "没有一个编码仍然显著" if n == 0 else f"有{n}个编码仍然显著"


def _kept_zh(kept: int, compatible: int, total: int) -> str:
    """`report._kept_phrase` in Chinese."""
    if kept == total:
        return "在其他所有编码中均保持不变"
    reversed_ = total - kept - compatible
    if reversed_ == 0:
        return (f"若不计并列,在其他所有编码中均保持不变:没有一种编码颠倒任何一对编码的先后,"
                f"另有{compatible}种编码形成或打破了并列")
    return (f"在其他{total}种编码中有{reversed_}种颠倒了其中一对编码的先后,因此第一位以下的排序"
            f"取决于编码的适用方式")


def ranking_zh(t) -> dict:
    """`report.ranking_facts` in Chinese (the same `report.ranking`, worded)."""
    r, labels = report.ranking(t), code_labels(t)
    code, where, gap = r.gap
    return {
        "rob_common_codes_zh": "、".join(labels[c] for c in r.common),
        "rob_common_ties_zh": "".join(
            f";其中{labels[a]}与{labels[b]}并列,均为{int(r.counts.loc[a, 'adjudicated'])}项成果"
            for a, b in r.ties),
        "rob_first_code_zh": labels[r.common[0]],
        "rob_token_gap_zh": f"{entries_zh(gap)}({labels[code]},{VARIANT_ZH[where]})",
        "rob_first_kept_zh": ("在其他所有编码下都" if len(r.first_kept) == len(r.others)
                              else f"在其他{len(r.others)}种编码中的{len(r.first_kept)}种下"),
        "rob_order_zh": _kept_zh(len(r.kept), len(r.compatible), len(r.others)),
    }


def _undefined_zh(t) -> str:
    worst = report.most_undefined(t.reliability)
    if worst is None:
        return "任何编码在任何一次重抽样中都未出现这种情况"
    return (f"{code_labels(t)[worst['code_id']]}最多,{int(worst['draws'])}次重抽样中有"
            f"{int(worst['draws_undefined'])}次如此")


def _first_only_zh(adjudication: pd.DataFrame) -> str:
    kept, dropped, unclear = report.first_only_outcome(adjudication)
    return (f"保留了{kept}个;在其删去的{dropped}个中,有{unclear}个被认定为编码表的规则本身不清楚,"
            f"因此第一次编码多出的编码,既出自编码者,也同样出自规则的模糊")


def _wrong_in_top_zh(t) -> str:
    wrong = set(t.seg_check.loc[t.seg_check["correct"] == 0, "token"])
    hit = sorted(wrong & set(t.terms_table["term"].head(report.TOP)))
    if not hit:
        return f"被切错的词元没有一个出现在下文统计的前{report.TOP}个词语中"
    return f"有{len(hit)}个被切错的词元出现在下文统计的前{report.TOP}个词语中({'、'.join(hit)})"


def cluster_name_zh(name: str) -> str:
    """'dispute resolution' -> '纠纷化解' (names joined by ' and ' -> '与'; 'cluster k' -> '第k簇')."""
    names = name.split(" and ")
    unknown = [x for x in names if x not in CLUSTER_ZH and not x.startswith("cluster ")]
    if unknown:
        raise KeyError(f"xmgov.themes.chinese.CLUSTER_ZH: add a Chinese name for the cluster(s) {unknown}")
    return "与".join(CLUSTER_ZH.get(x) or f"第{x.removeprefix('cluster ')}簇" for x in names)


def _clusters_zh(t) -> str:
    from . import cooccurrence

    parts = []
    for row in cooccurrence.named_communities(t.nodes).itertuples():
        parts.append(f"{cluster_name_zh(row.name)}:{'、'.join(row.members)}")
    return ";".join(parts)


def report_zh(t) -> dict:
    """The chapter's own phrases (`report.facts`) in Chinese."""
    from .segment import stopword_groups

    labels = code_labels(t)
    ag, tests = t.agreement, t.category_tests.set_index("code_id")
    lv = t.level_tests.set_index("code_id")
    top = lv["q_bh"].idxmin()
    carry = int(t.coding.loc[t.party_level_ids, top].sum())
    n_party = len(t.party_level_ids)
    q = report.quantities(t)
    no_framework, no_mode = report.no_framework_risk(t), report.no_mode(t)
    first_pair = t.code_pairs.iloc[0]
    n_cat_p05, n_level_p05, multi = q["n_cat_p05"], q["n_level_p05"], q["multi_mode"]
    no_risk, political = q["no_risk"], q["n_risk_political"]
    r = t.reliability
    return {
        "n_stopword_groups_zh": f"{stopword_groups()}个有说明的类别",
        "seg_errors_zh": f"{q['seg_tokens']}个词元中有{q['seg_errors']}个切分有误",
        "seg_in_top_zh": _wrong_in_top_zh(t),
        "net_clusters_zh": _clusters_zh(t),
        "kappa_min_code_zh": labels[ag.loc[ag["cohen_kappa"].idxmin(), "code_id"]],
        "disagreements_zh": f"{q['n_disagreements']}处分歧",
        "second_undefined_zh": _undefined_zh(t),
        "second_kappa_min_code_zh": labels[r.loc[r["cohen_kappa"].idxmin(), "code_id"]],
        "second_disagreements_zh": f"{len(t.second_disagreements)}个单元格",
        "adjudicated_first_only_zh": _first_only_zh(t.adjudication),
        "review_cells_zh": f"{len(t.review)}个单元格",
        "review_entries_zh": series_zh(sorted(set(t.review["entry_id"]))),
        "mode_order_zh": order_zh(t, "governance_mode"),
        "risk_order_zh": order_zh(t, "risk_domain"),
        "peak_politics_zh": peak_zh(t, "mode_politics"),
        "peak_smart_zh": peak_zh(t, "mode_smart"),
        "cat_p05_zh": "没有一个编码" if n_cat_p05 == 0 else f"有{n_cat_p05}个编码",
        "cat_q05_zh": _survive_zh(q["n_cat_q05"]),
        "min_cat_p_code_zh": labels[tests["p"].idxmin()],
        "level_p05_zh": "没有一个编码" if n_level_p05 == 0 else f"有{n_level_p05}个编码",
        "level_q05_zh": _survive_zh(int((lv["q_bh"] < 0.05).sum())),
        "level_top_code_zh": labels[top],
        "level_party_ids_zh": series_zh(t.party_level_ids),
        "level_party_carry_zh": (f"这{n_party}项成果全部带有" if carry == n_party > 1
                                 else f"其中{carry}个(共{n_party}个)带有"),
        "top_pair_zh": f"{labels[first_pair['code_a']]}与{labels[first_pair['code_b']]}",
        "top_pair_n_zh": entries_zh(q["top_pair_both"]),
        "smart_law_zh": entries_zh(q["smart_law_both"]),
        "multi_mode_zh": "没有成果结合" if multi == 0 else f"有{multi}项成果结合了",
        "max_modes_n_zh": entries_zh(q["n_max_modes"]),
        "no_mode_zh": "没有哪项成果未使用" if no_mode == 0 else f"有{no_mode}项成果未使用",
        "no_risk_zh": "没有哪项成果未涉及" if no_risk == 0 else f"有{no_risk}项成果未涉及",
        "no_framework_risk_zh": ("没有哪项成果未涉及" if no_framework == 0
                                 else f"有{no_framework}项成果未涉及"),
        "risk_political_zh": "没有成果关注这一风险" if political == 0 else f"关注这一风险的成果有{political}个",
        "rob_hand_vs_dict_zh": entries_zh(q["rob_code_hand_vs_dict"]),
        "rob_maxshift_zh": entries_zh(q["rob_code_maxshift"]),
        **ranking_zh(t),
    }


# The typology section ------------------------------------------------------------------------


def _overall(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["group"] == "all"].set_index("level")


def _order(frame: pd.DataFrame) -> list[str]:
    return list(_overall(frame).sort_values("k", ascending=False, kind="stable").index)


def type_order_zh(frame: pd.DataFrame) -> str:
    """`typology_text.order_text` in Chinese: '社会治理,其次是行政管理与公共服务(并列),再次是政治'."""
    overall = _overall(frame)
    ranks = []
    for k in sorted(overall["k"].unique(), reverse=True):
        tied = [LABELS_ZH[x] + "类" for x in _order(frame) if overall.loc[x, "k"] == k]
        ranks.append(tied[0] if len(tied) == 1 else "与".join(tied) + "(并列)")
    steps = ["其次是", "再次是"]
    return ranks[0] + "".join(f",{steps[min(i, 1)]}{r}" for i, r in enumerate(ranks[1:]))


POSITION_ZH = {"inside": "落在其区间之内", "above": "高于其区间", "below": "低于其区间"}


def _positioned(comp: pd.DataFrame) -> pd.DataFrame:
    return comp[(comp["source_key"] == "yu2012zhongmei") & comp["positioned"].astype(bool)]


def _largest_zh(t: Typology) -> str:
    top = _order(t.types)[0]
    lists = [c for c in CATEGORIES
             if (t.types[(t.types["group"] == c)].set_index("level")["k"].max()
                 == t.types[(t.types["group"] == c) & (t.types["level"] == top)]["k"].iloc[0])]
    if len(lists) == len(CATEGORIES):
        return f"{LABELS_ZH[top]}类在每一份获奖名单中都是最大的类型"
    return f"{LABELS_ZH[top]}类在{len(CATEGORIES)}份获奖名单中的{len(lists)}份中是最大的类型"


def _inside_zh(comp: pd.DataFrame) -> str:
    lgia = _positioned(comp)
    inside, total = int(lgia["reference_inside_ci"].astype(bool).sum()), len(lgia)
    if inside == 0:
        return f"在可读的{total}个中国地方政府创新奖份额中,没有一个落在"
    if inside == total:
        return f"可读的{total}个中国地方政府创新奖份额全部落在"
    return f"在可读的{total}个中国地方政府创新奖份额中,有{inside}个落在"


def _intervals_zh(comp: pd.DataFrame) -> str:
    lgia = _positioned(comp)
    return series_zh(f"{LABELS_ZH[m.split(' = ')[1]]}类{lo:.0f}%～{hi:.0f}%" for m, lo, hi in
                     zip(lgia["xiamen_measure"], lgia["ci_low_rounded"], lgia["ci_high_rounded"]))


def _alt_reach_zh(comp: pd.DataFrame) -> str:
    lgia = _positioned(comp)
    k = int(sum(round_to(p, step) >= ref for p, step, ref in
                zip(lgia["xiamen_pct_with_alt"], lgia["precision_pct"], lgia["reference_pct"])))
    if k == 0:
        return (f"{len(lgia)}个份额中没有一个因此达到中国地方政府创新奖的份额,可见差距并不取决于"
                "边界成果如何归类")
    return (f"{len(lgia)}个份额中有{k}个因此达到或超过中国地方政府创新奖的份额,可见差距取决于"
            "边界成果如何归类")


def _political_kinds_zh(c: pd.DataFrame, entries: pd.DataFrame) -> str:
    party, legal, rest, _ = political_counts(c, entries)
    text = f"{party}个提到党组织,{legal}个提到法院、检察院、审计或法治而未提到党组织"
    return text + (f",{rest}个两者均未提到" if rest else "")


def _elections_zh(c: pd.DataFrame, entries: pd.DataFrame) -> str:
    k = political_counts(c, entries)[3]
    return "没有一个政治类成果提到" if k == 0 else f"有{k}个政治类成果提到"


def _names_zh(k: int) -> str:
    return "没有成果提到" if k == 0 else f"有{k}项成果提到"


def _official_zh(registry: pd.DataFrame) -> str:
    national = registry[registry["level"] == "national"]
    official = int(national["official_host"].sum())
    return (f"在被编码为国家模板的{len(national)}个模板中,"
            + ("没有一个" if official == 0 else f"有{official}个") + "有来源")


def _national_sources_zh(registry: pd.DataFrame) -> str:
    classes = pd.Series([c for cell in registry.loc[registry["level"] == "national", "host_trust"]
                         for c in cell.split("|")])
    counts = classes.value_counts()
    if len(counts) == 1:
        return f"为这些模板查阅的{len(classes)}个来源,所在网站全部归为{TRUST_ZH[counts.index[0]]}"
    return (f"为这些模板查阅的{len(classes)}个来源中,"
            + series_zh(f"{k}个位于{TRUST_ZH[c]}" for c, k in counts.items()))


def _began_place_zh(place: str) -> str:
    """'成都市人民法院, Chengdu's courts' -> '成都市人民法院': the Chinese part of a place."""
    return "，".join(p for p in place.split(", ") if not re.search(r"[A-Za-z]", p))


def _began_zh(t: Typology) -> tuple[str, str]:
    from .typology_text import _began_locally

    registry = {row["id"]: row for row in t.book["origin"]["templates"]}
    ids, _, entry_ids = _began_locally(t)
    parts = []
    for template_id in ids:
        row = registry[template_id]
        where = "；".join(_began_place_zh(b["place"]) + (f"，{b['year']}年" if b.get("year") else "")
                         for b in row.get("began_locally") or [])
        parts.append(f"{row['name_zh']}({where})")
    users = t.coding.loc[t.coding["origin_template"].isin(ids), "entry_id"]
    return series_zh(parts), series_zh(users, "没有成果")


def _frame_zh(c: pd.DataFrame) -> str:
    framed = c[c["frame_terms"].str.strip() != ""]
    terms = sorted({term for cell in framed["frame_terms"] for term in cell.split(";") if term})
    local = int((framed["origin"] == "local").sum())
    return (f"{len(framed)}项成果(其中{local}个编码为本地)提到了国家或市级的改革议程、运动或口号"
            f"({'、'.join(terms)}),它们并非有明确边界的模式;这些词语作为“框架”随编码记录,不改变来源编码")


def _denominator_zh(text: str) -> str:
    """'952 valid LGIA applications, rounds 1-6' in Chinese; an unknown wording is an error."""
    m = re.fullmatch(r"(\d+) valid LGIA applications, rounds (\d+)-(\d+)", text.strip())
    if not m:
        raise KeyError(f"xmgov.themes.chinese: no Chinese wording for the LGIA denominator {text!r}")
    n, first, last = m.groups()
    return f"第{first}至{last}届中国地方政府创新奖的{n}份有效申报"


def _ids_zh(c: pd.DataFrame, column: str, value: str) -> str:
    return series_zh(c.loc[c[column] == value, "entry_id"], "没有成果")


def typology_zh(t: Typology) -> dict:
    """The typology section's phrases (`typology_text.facts`) in Chinese."""
    from .typology_text import _unclear_lost

    c = t.coding
    comp = t.comparison.set_index("comparison_id")
    lost = _unclear_lost(c, t.templates)
    unverified = c[(c["origin"] == "unclear") & ~c["entry_id"].isin(lost["entry_id"])]
    lacuna_ids = set(t.entries.loc[t.entries["has_lacuna"].astype(bool), "entry_id"])
    names = t.templates.set_index("template_id")["name_zh"]
    template_names = lambda rows: series_zh((names[x] for x in dict.fromkeys(rows["origin_template"])))
    began_text, began_ids = _began_zh(t)
    fengqiao = int(t.entries["description"].str.contains("枫桥").sum())
    borins = comp.loc["borins_collaboration_2010", "reference_text"]
    if borins not in REFERENCE_TEXT_ZH:
        raise KeyError(f"xmgov.themes.chinese.REFERENCE_TEXT_ZH: add a Chinese wording for {borins!r}")

    def where(cid: str) -> str:
        from .typology_text import position
        return POSITION_ZH[position(comp.loc[cid, "reference_pct"], comp.loc[cid, "ci_low_rounded"],
                                    comp.loc[cid, "ci_high_rounded"])]

    return {
        "themes_typology_lgia_denominator_zh": _denominator_zh(comp.loc["lgia_political", "reference_denominator"]),
        "themes_typology_top_type_zh": LABELS_ZH[_order(t.types)[0]] + "类",
        "themes_typology_type_order_zh": type_order_zh(t.types),
        "themes_typology_largest_zh": _largest_zh(t),
        "themes_typology_political_kinds_zh": _political_kinds_zh(c, t.entries),
        "themes_typology_elections_zh": _elections_zh(c, t.entries),
        "themes_typology_lgia_intervals_zh": _intervals_zh(t.comparison),
        "themes_typology_lgia_inside_zh": _inside_zh(t.comparison),
        "themes_typology_lgia_political_position_zh": where("lgia_political"),
        "themes_typology_lgia_administrative_position_zh": where("lgia_administrative"),
        "themes_typology_lgia_public_service_position_zh": where("lgia_public_service"),
        "themes_typology_alt_reach_zh": _alt_reach_zh(t.comparison),
        "themes_typology_self_governance_ids_zh": _ids_zh(c, "participation", "self_governance"),
        "themes_typology_consultation_ids_zh": _ids_zh(c, "participation", "consultation"),
        "themes_typology_borins_2010_zh": REFERENCE_TEXT_ZH[borins],
        "themes_typology_frame_zh": _frame_zh(c),
        "themes_typology_city_template_ids_zh": _ids_zh(c, "origin", "city_template"),
        "themes_typology_unclear_unverified_ids_zh": series_zh(unverified["entry_id"], "没有成果"),
        "themes_typology_unclear_unverified_template_zh": template_names(unverified),
        "themes_typology_unclear_lost_ids_zh": series_zh(lost["entry_id"], "没有成果"),
        "themes_typology_unclear_lost_template_zh": template_names(lost),
        "themes_typology_unclear_lacuna_ids_zh": series_zh((e for e in lost["entry_id"] if e in lacuna_ids),
                                                           "没有成果"),
        "themes_typology_other_locality_zh": _names_zh(int(_overall(t.origin).loc["other_locality_template", "k"])),
        "themes_typology_began_locally_zh": began_text,
        "themes_typology_began_locally_ids_zh": began_ids,
        "themes_typology_template_names_zh": "、".join(t.templates["name_zh"]),
        "themes_typology_fengqiao_zh": _names_zh(fengqiao),
        "themes_typology_official_host_zh": _official_zh(t.templates),
        "themes_typology_national_sources_zh": _national_sources_zh(t.templates),
    }


def facts_zh(t, facts: dict | None = None) -> dict:
    """Every Chinese-worded value the Chinese themes page glues (names end `_zh`)."""
    from . import typology

    return report_zh(t) | typology_zh(typology.analyse(t.entries))


# Tables and figures ---------------------------------------------------------------------------
# The Chinese edition's caption, headers and categorical cells for every table the chapter
# publishes (`chapter.tables`), composed from the same values as the English. Long English free
# text (rationales, editorial entry labels, evidence notes, source URLs) stays as it is.

LEVEL_ZH = {"city": "市", "district": "区", "street": "街道", "community": "社区", "village": "村"}
LEVEL_TEMPLATE_ZH = {"national": "国家", "city": "市级", "other_locality": "外地", "unverified": "未核实"}
COMMON_CELLS = {"yes": "是", "no": "否", "applies": "适用", "does not apply": "不适用",
                "adjudicated coding": "裁定编码", "dictionary coder": "词典编码器",
                "first coder": "第一位编码者", "second coder": "第二位编码者",
                "baseline": "基准", "without the domain stopwords": "不使用领域停用词",
                "without the user dictionary": "不使用用户词典", "without the synonym merges": "不合并同义词",
                "not set against it": "不作对比", "as above": "同上", "NOT READABLE": "无法读取"}
REFERENCE_CATEGORY_ZH = {
    "the fourth of the four categories (name not readable)": "四类中的最后一类（名称无法读取）",
    "applicants (as the summary words it) reporting collaboration outside government, 2010":
        "报告曾与政府以外主体合作的申报者（按综述的措辞），2010年",
    "semifinalists reporting collaboration outside government, 1990-94":
        "报告曾与政府以外主体合作的半决赛入围者，1990—1994年"}
CAVEAT_ZH = {
    "applications, not winners; the LGIA's definitions are not readable (see the text)":
        "是申报项目而非获奖项目；该奖的定义无法读取（见正文）",
    "not readable, and not inferred by subtraction": "无法读取，也不以减法推算",
    "read only in a news summary; denominators and measures differ; not set against the Xiamen interval (see the text)":
        "仅见于新闻综述；分母与测量方式不同；不与厦门的区间对比（见正文）"}
DENOMINATOR_ZH = {"952 valid LGIA applications": None,  # worded by `_denominator_zh` below
                  "2010 HKS applicants (FCW wording) vs 1990-94 semifinalists":
                      "2010年哈佛肯尼迪学院奖项的申报者（FCW 的措辞）与1990—1994年的半决赛入围者"}
MEASURE_ZH = {"innovation_type": "创新类型", "participation": "参与程度", "origin": "来源"}


def _strip_gloss(cell: str) -> str:
    """'共治 (co-governance); 社会力量 (social forces)' -> '共治、社会力量'; a gloss with brackets of its
    own goes too ('形成 (form (v.))' -> '形成')."""
    gloss = r"\s*\((?:[^()]|\([^()]*\))*\)$"
    return "、".join(re.sub(gloss, "", part.strip()) for part in cell.split("; ") if part.strip())


def _label_cells(t, text: str) -> str:
    """Code labels '法治 (Rule of law)' to '法治' inside a cell, lists with Chinese marks."""
    for code in t.book.codes:
        text = text.replace(f"{code.label_zh} ({code.label_en})", code.label_zh)
    return text.replace("; ", "；")


def _category_cells() -> dict[str, str]:
    from ..dataset.vocabulary import category_label
    return {category_label(c, "en short"): short_category(c) for c in CATEGORIES}


def _cells(frame: pd.DataFrame, columns, fn) -> dict[str, str]:
    """English cell -> Chinese for the given columns, where `fn` changes the text."""
    out = {}
    for column in columns:
        for value in frame[column].astype(str).unique():
            zh = fn(value)
            if value and zh != value:
                out[value] = zh
    return out


def _share_cell(value: str) -> str:
    """'20 of 20' -> '20个中有20个'."""
    m = re.fullmatch(r"(\d+) of (\d+)", value)
    return f"{m.group(2)}个中有{m.group(1)}个" if m else value


def _ids_cell(value: str) -> str:
    """'G05, G14 and C03 (Xiamen template); P01 and P21 (unclear)' in Chinese."""
    def one(part: str) -> str:
        m = re.fullmatch(r"(.*) \(([^)]*)\)", part)
        ids, label = (m.group(1), m.group(2)) if m else (part, "")
        ids = series_zh(re.split(r", | and ", ids))
        return f"{ids}（{LABEL_TEXT_ZH.get(label, label)}）" if label else ids
    return "；".join(one(p) for p in value.split("; ") if p) if value else value


def _level_header(header: str) -> str:
    m = re.fullmatch(r"(\w+) \S+ \(of (\d+)\)", header)
    return f"{LEVEL_ZH[m.group(1)]}（共{m.group(2)}个）" if m else header


def themes_tables_zh(t, slug: str, frame: pd.DataFrame) -> Chinese:
    """The Chinese words of one of `tables.published`."""
    from . import robustness

    n = len(t.entries)
    cat = _category_cells()
    labels = lambda cols: _cells(frame, cols, lambda v: _label_cells(t, v))
    common = lambda cols: {v: COMMON_CELLS[v] for c in cols for v in frame[c].astype(str).unique() if v in COMMON_CELLS}
    cats = dict(cat)
    named = lambda: entry_cells_zh(frame["entry"], entry_names_zh())  # noqa: E731
    if slug == "segmentation-examples":
        return Chinese(
            caption=f"{len(frame)}项成果的首个分句，分别在使用与不使用项目用户词典的情况下由 jieba 切分（词元以 / 分隔）",
            columns={"entry": "成果", "clause, in English": "分句的英文译文",
                     "with the user dictionary": "使用用户词典", "jieba alone": "仅用 jieba"},
            cells=named())
    if slug == "distinctive-terms":
        return Chinese(
            caption="各奖项类别的特征词：平均 TF-IDF 值最高的词语（仅限该类别中至少两项成果使用的词语，并注明成果数），"
                    "并列 jieba 的 TextRank 关键词",
            columns={"award category": "奖项类别", "rank": "排名", "TF-IDF term": "TF-IDF 特征词",
                     "entries of the category using it": "该类别中使用该词的成果数", "TextRank keyword": "TextRank 关键词"},
            cells=cats | _cells(frame, ["TF-IDF term", "TextRank keyword"], _strip_gloss))
    if slug == "network-sensitivity":
        return Chinese(
            caption="其他参数设置（保留的词语数 N 与 Jaccard 系数阈值）下的语义网络；兰德指数为分组与图中相同的词语对所占的比例",
            columns={"top-N terms": "前 N 个词语", "Jaccard threshold": "Jaccard 系数阈值", "linked terms": "有连线的词语",
                     "links": "连线", "communities": "社区", "modularity": "模块度",
                     "Rand agreement with the figure": "与图中分组的兰德指数"})
    if slug == "agreement":
        return Chinese(
            caption=f"裁定编码与词典编码器之间逐个编码的一致性（{n}项成果）",
            columns={"code": "编码", "entries in the adjudicated coding": "裁定编码中的成果数",
                     "by the dictionary": "词典编码器", "by both": "二者均赋予", "observed agreement": "观测一致率",
                     "Cohen's κ": "科恩κ系数", "Krippendorff's α": "Krippendorff α"},
            cells=labels(["code"]))
    if slug == "disagreements":
        return Chinese(
            caption="裁定编码与词典编码器之间的全部分歧，附词典所匹配的关键词以及裁定编码中该单元格的理由",
            columns={"entry": "成果", "code": "编码", "applied only by": "仅由哪一方赋予",
                     "keywords matched": "匹配的关键词", "rationale": "理由"},
            cells=labels(["code"]) | common(["applied only by"]) | _cells(frame, ["keywords matched"], _strip_gloss))
    if slug == "reliability":
        return Chinese(
            caption=(f"编者的编码与盲法第二次编码之间逐个编码的一致性（{n}项成果；95% 置信区间由对成果进行的"
                     f"{int(t.reliability['draws'].iloc[0])}次自助法重抽样得到）"),
            columns={"code": "编码", "first coding": "第一次编码", "second coding": "第二次编码", "both": "二者均赋予",
                     "cells that differ": "存在差异的单元格", "after adjudication and review": "裁定与复核后",
                     "Cohen's κ [95% CI]": "科恩κ系数 [95% 置信区间]",
                     "Krippendorff's α [95% CI]": "Krippendorff α [95% 置信区间]",
                     "resamples left out (undefined)": "被剔除的重抽样（无定义）"},
            cells=labels(["code"]))
    if slug == "second-disagreements":
        return Chinese(
            caption="两次编码存在差异的全部单元格及其裁定结果（双方编码者的理由见 data/annotations）",
            columns={"entry": "成果", "code": "编码", "applied only by": "仅由哪一方赋予", "adjudicated": "裁定结果",
                     "rule unclear": "规则不清楚", "adjudicator's rationale": "裁定理由"},
            cells=labels(["code"]) | common(["applied only by", "adjudicated", "rule unclear"]))
    if slug == "prevalence":
        return Chinese(
            caption="裁定编码中各编码的出现频率及其 95% Wilson 置信区间、各奖项类别中带有该编码的成果数，"
                    "以及各类别之间的 Fisher–Freeman–Halton 精确检验与 Benjamini–Hochberg 校正 q 值",
            columns={"code": "编码", "entries": "成果数", "share % [95% Wilson CI]": "比例 % [95% Wilson 置信区间]",
                     **cat, "Fisher–Freeman–Halton p": "Fisher–Freeman–Halton 检验 p 值", "BH q-value": "BH 校正 q 值"},
            cells=labels(["code"]))
    if slug == "level-tests":
        return Chinese(
            caption="各行政层级中带有每个编码的成果数（仅限层级已知的成果），以及各层级之间的精确检验",
            columns={"code": "编码", **{c: _level_header(c) for c in frame.columns if "(of " in c},
                     "exact-test p": "精确检验 p 值", "BH q-value": "BH 校正 q 值"},
            cells=labels(["code"]))
    if slug == "code-pairs":
        return Chinese(
            caption=(f"裁定编码中最常见的{len(frame)}对编码，附 Jaccard 系数、优势比和 Fisher 精确检验"
                     f"（Benjamini–Hochberg 校正 q 值针对全部{len(t.code_pairs)}对编码）"),
            columns={"pair of codes": "编码对", "entries with both": "同时带有二者的成果数", "Jaccard index": "Jaccard 系数",
                     "odds ratio": "优势比", "Fisher p": "Fisher 精确检验 p 值", "BH q-value": "BH 校正 q 值"},
            cells=labels(["pair of codes"]))
    if slug == "most-modes":
        return Chinese(caption="结合治理方式最多的成果",
                       columns={"entry": "成果", "governance modes": "治理方式数", "codes": "编码"},
                       cells=labels(["codes"]) | named())
    if slug == "uncoded":
        return Chinese(
            caption="在裁定编码中没有任何治理方式或没有任何风险领域的成果，附其名称（原题佚失者为编者拟名）及其实际带有的编码",
            columns={"entry": "成果", "no governance mode": "无治理方式", "no risk domain": "无风险领域",
                     "codes it carries": "带有的编码"},
            cells=labels(["codes it carries"]) | common(["no governance mode", "no risk domain"]) | named())
    if slug == "robust-terms":
        top = int(robustness.overlap(t.robust_top)["of"].max())
        return Chinese(
            caption=f"其他预处理方式下的前{top}个词语：与基准共有的词语数，以及新进入的词语",
            columns={"preprocessing": "预处理方式", "top terms shared with the baseline": "与基准共有的前列词语",
                     "terms new to the top list": "新进入前列的词语"},
            cells=common(["preprocessing"]) | _cells(frame, ["top terms shared with the baseline"], _share_cell)
            | _cells(frame, ["terms new to the top list"], _strip_gloss))
    if slug == "robust-codes":
        return Chinese(
            caption="各编码的成果数：裁定编码、裁定所依据的两次编码、按子串匹配的词典编码器，以及按整个 jieba 词元"
                    "匹配的同一词典（分别使用与不使用用户词典）",
            columns={"code": "编码", "adjudicated coding": "裁定编码", "first coding": "第一次编码",
                     "second coding": "第二次编码", "dictionary, substrings": "词典（子串）",
                     "dictionary, whole jieba tokens": "词典（整个 jieba 词元）",
                     "dictionary, tokens without the user dictionary": "词典（词元，不使用用户词典）"},
            cells=labels(["code"]))
    raise KeyError(f"xmgov.themes.chinese: no Chinese words for table {slug!r}")


def _measure_cell(value: str) -> str:
    """'participation = coproduction or self_governance' -> '参与程度 = 合作生产或自治'."""
    column, values = value.split(" = ")
    return f"{MEASURE_ZH[column]} = " + "或".join(LABELS_ZH[v] for v in values.split(" or "))


def _reference_cell(value: str) -> str:
    if value in REFERENCE_CATEGORY_ZH:
        return REFERENCE_CATEGORY_ZH[value]
    return re.sub(r"\s*\([^)]*\)$", "", value) if re.match(r"^[\u4e00-\u9fff]", value) else value


def _reference_share(value: str) -> str:
    m = re.fullmatch(r"(\d+(?:\.\d+)?) percent", value)
    return f"{m.group(1)}%" if m else REFERENCE_TEXT_ZH.get(value, COMMON_CELLS.get(value, value))


def _denominator_cell(value: str) -> str:
    if value in DENOMINATOR_ZH and DENOMINATOR_ZH[value]:
        return DENOMINATOR_ZH[value]
    m = re.fullmatch(r"(\d+) valid LGIA applications", value)
    if m:
        return f"中国地方政府创新奖的{m.group(1)}份有效申报"
    try:
        return _denominator_zh(value)
    except KeyError:
        return value


def _cited_cell(value: str) -> str:
    m = re.fullmatch(r"(\S+) \(a summary of (\S+)\)", value)
    return f"{m.group(1)}（{m.group(2)}的综述）" if m else value


def _templates_cells(t: Typology, frame: pd.DataFrame) -> dict[str, str]:
    reg = t.templates
    out = {f"{zh} {en}": zh for zh, en in zip(reg["name_zh"], reg["name_en"])}
    out |= {v: LEVEL_TEMPLATE_ZH[v] for v in frame["level"].unique() if v in LEVEL_TEMPLATE_ZH}
    out |= _cells(frame, ["entries naming it, by origin code"], _ids_cell)
    for row in t.book["origin"]["templates"]:
        from .typology import began_locally_text
        en = began_locally_text(row)
        if en:
            out[en] = "；".join(_began_place_zh(b["place"]) + (f"，{b['year']}年" if b.get("year") else "")
                               for b in row.get("began_locally") or [])
    return out


def typology_tables_zh(t: Typology, slug: str, frame: pd.DataFrame) -> Chinese:
    """The Chinese words of one of `typology_text.tables`."""
    cat = _category_cells()
    share_columns = {"all entries": "全部成果", **cat}
    levels = lambda col: {v: LABEL_TEXT_ZH[v] for v in frame[col].unique() if v in LABEL_TEXT_ZH}
    if slug == "typology-types":
        return Chinese(
            caption="按创新类型（变革所属的领域）划分的成果，总体及分获奖名单：成果数及其占该名单的百分比。"
                    "依据本书的定义，根据已发表的成果介绍编码。",
            columns={"innovation type": "创新类型", **share_columns}, cells=levels("innovation type"))
    if slug == "typology-participation":
        return Chinese(
            caption="按文本所指明的非国家主体参与的最高层级划分的成果（对中国地方政府创新奖“参与程度”标准的操作化）。",
            columns={"participation": "参与程度", **share_columns}, cells=levels("participation"))
    if slug == "typology-origin":
        return Chinese(
            caption="按来源划分的成果：文本是否提及来自本单位以外的模板，以及就所查阅的资料而言该模板来自何处；"
                    "若所查阅的资料都未显示模板的来源，或编码取决于丢失的标题或缺文，则为不明。",
            columns={"origin": "来源", **share_columns}, cells=levels("origin"))
    if slug == "typology-templates":
        return Chinese(
            caption=("成果中提及的模板、按来源编码列出的提及各模板的成果（与来源表的计数一致）、为查明模板来源所读"
                     "每个来源的类型及其所在网站的可信度类别，以及第一个来源（全部来源见编码表）。"
                     f"{_official_zh(t.templates)}读自官方网站，且没有任何来源读自发布机关。"
                     "“所读证据”与“所读到的来源情况”两栏是编者的英文原注，本版未予翻译。"),
            columns={"template": "模板", "level": "层级", "entries naming it, by origin code": "提及该模板的成果（按来源编码）",
                     "evidence read [host class]": "所读证据 [网站类别]",
                     "began locally, per a source read": "据所读来源的地方发端",
                     "origin, as read": "所读到的来源情况", "first source": "第一个来源"},
            cells=_templates_cells(t, frame))
    if slug == "typology-comparison":
        return Chinese(
            caption="厦门的分布与中国地方政府创新奖及 Borins 美国研究所公布数字的并列，各注明读取之处、分母以及可比之处"
                    "（只说明一次；完整的限定说明见正文）。厦门区间的上下限已按参照数字的精度取整，参照数字等于界限时"
                    "视为在区间之内。参照比例缺失表示无法读取。",
            columns={"Xiamen measure": "厦门的测量",
                     "Xiamen (95% Wilson interval, bounds at the reference's precision)":
                         "厦门（95% Wilson 置信区间，界限按参照数字的精度取整）",
                     "with the alternative type": "计入备选类型", "reference category": "参照类别",
                     "reference share": "参照比例", "reference inside the interval": "参照比例是否在区间内",
                     "of": "分母", "cited as": "引用文献", "what is comparable": "可比之处"},
            cells=(_cells(frame, ["Xiamen measure"], _measure_cell)
                   | _cells(frame, ["reference category"], _reference_cell)
                   | _cells(frame, ["reference share"], _reference_share)
                   | {v: COMMON_CELLS[v] for v in frame["reference inside the interval"].unique() if v in COMMON_CELLS}
                   | _cells(frame, ["of"], _denominator_cell)
                   | _cells(frame, ["cited as"], _cited_cell)
                   | {v: CAVEAT_ZH.get(v, COMMON_CELLS.get(v, v)) for v in frame["what is comparable"].unique()
                      if v in CAVEAT_ZH or v in COMMON_CELLS}))
    raise KeyError(f"xmgov.themes.chinese: no Chinese words for table {slug!r}")


def with_chinese(t, themes_tables: list, typology_result: Typology, typology_tables: list) -> list:
    """The chapter's tables as (slug, frame, caption, Chinese)."""
    made = ([(s, f, c, themes_tables_zh(t, s, f)) for s, f, c in themes_tables]
            + [(s, f, c, typology_tables_zh(typology_result, s, f)) for s, f, c in typology_tables])
    return made
