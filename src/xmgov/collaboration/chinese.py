"""The Chinese edition's words for the collaboration chapter: glued `_zh` values, and the Chinese
captions, alt texts, headers and cell texts of the chapter's figures and tables.

Every value is composed from the same computation as the English (`report`, `bases`,
`recognition`, `measures`); nothing is typed. Where the English glues a word, a list or a phrase,
the Chinese edition glues its own wording of the same data, with the same zero / one / many cases.
Editorial Chinese for English strings of the data (an entry's English label) is keyed by the
English text, so that a changed English string is an error that names it, never a stale gloss.
"""

from __future__ import annotations

import pandas as pd

from ..chinese import Chinese, known, series_zh
from ..dataset.vocabulary import CATEGORIES, CATEGORY_ZH
from . import actors, bases, measures, report, rhetoric
from .graphs import collaboration_network
from .plots import NULL_LABELS, SOURCE_ZH

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

# Systems (actors.SYSTEM_LABELS) and agency types (actors.TYPE_LABELS) as the Chinese text names them.
SYSTEM_ZH = {"party": "党委", "government": "政府", "judicial": "法院检察院", "public_security": "公安",
             "grassroots": "基层", "society": "社会", "finance": "金融（监管机构、银行、企业）",
             "national": "中央", "media": "媒体"}
TYPE_ZH = {"party committee": "党委", "government department": "政府部门", "local government": "区（整体）",
           "court": "法院", "procuratorate": "检察院", "public security": "公安",
           "street office/township": "街道、镇", "community/village": "社区、村", "mass organisation": "群团组织",
           "social organisation": "社会组织", "enterprise/financial institution": "企业、金融机构",
           "national body": "中央机关", "media": "媒体"}
LEVEL_ZH = {"national": "全国", "provincial": "省级", "city": "市级", "district": "区级", "street": "街道级",
            "community": "社区级", "village": "村级", "unknown": "不详"}
BASE_ZH = {bases.TITLE: "现存标题的单位名单", bases.TEXT: "成果介绍中点名的单位",
           bases.EXTERNAL: "外部网页（可信、高可信度）", bases.ARTICLE: "原文（标题与成果介绍）",
           bases.ALL: "三者合计（本章的网络）"}
TRUST_ZH = {"official_government_or_court": "外部来源：政府或法院官方网站",
            "official_newspaper_or_broadcaster": "外部来源：官方报纸或广播电视机构",
            "other_media": "外部来源：其他媒体",
            "aggregator_or_unknown": "外部来源：聚合网站或发布者不明"}
# The null model's statistics: the Chinese line of the figure's own labels.
STATISTIC_ZH = {key: label.split("\n")[0] for key, label in NULL_LABELS.items()}
# Editorial Chinese names of entries that have no surviving title, keyed by the English label
# (entries.csv `label_en`); an entry with a surviving title is named by its title.
LABEL_ZH = {
    "Smart-security pilot in Xin'an urban village": "新垵村智慧安防试点",
    "'Xiamen Expo Code' face-recognition epidemic control at exhibitions": "“厦门会展码”刷脸通行的会展疫情防控系统",
    "Smart dog-keeping management with electronic licences": "“智慧养犬服务”与养犬证照电子化",
}


def _known(table: dict, key: str, what: str) -> str:
    return known(table, key, what, "xmgov.collaboration.chinese")


# ---------------------------------------------------------------------------------------------
# Wording helpers
# ---------------------------------------------------------------------------------------------

def position_zh(value: float) -> str:
    """wording.percentile in Chinese, with its noun: where the observed value lies among the
    rewired networks ('处于重连网络分布的第14百分位', '低于除0.1%以外的全部重连网络')."""
    if value < 1:
        return f"低于除{max(value, 0.1):.1f}%以外的全部重连网络"
    return f"处于重连网络分布的第{int(round(value))}百分位"


def label_zh(entries: pd.DataFrame, entry_id: str) -> str | None:
    """An entry's Chinese name: its surviving title, else the editorial name of its English label;
    None when it has neither a title nor an English label."""
    row = entries.set_index("entry_id").loc[entry_id]
    if "title" in row and pd.notna(row["title"]):
        return str(row["title"])
    if "label_en" in row and pd.notna(row["label_en"]):
        return _known(LABEL_ZH, row["label_en"], "the entry label")
    return None


def _names_zh(c: report.Collaboration, ids) -> str:
    names = c.agencies.set_index("agency_id")["name_zh"]
    return series_zh(names[i] for i in ids)


def _phrase_zh(phrase: str, n: int) -> str:
    """'“联动”见于11项成果'; '没有成果使用“共治”'."""
    return f"“{phrase}”见于{n}项成果" if n else f"没有成果使用“{phrase}”"


def _top_zh(c: report.Collaboration, base: str) -> str:
    """The body or bodies with the highest weighted degree in a base's network, as in
    bases.by_base: '厦门市中级人民法院（加权度为12）', several named with '（加权度均为11）'."""
    sources = dict(bases.BASES)[base]
    _, projection = collaboration_network(c.entries, c.agencies, bases.rows_of(c.entry_agencies, sources))
    degree = dict(projection.degree(weight="weight"))
    most = max(degree.values(), default=0)
    top = [a for a, d in sorted(degree.items()) if d == most > 0]
    if not top:
        return "无"
    return f"{_names_zh(c, top)}（加权度{'均' if len(top) > 1 else ''}为{int(most)}）"


def eigenvector_zh(c: report.Collaboration, decimals: int = report.EIGENVECTOR_DECIMALS) -> str:
    """report.eigenvector_sentence in Chinese: every agency that ties for the top as printed."""
    top, shown = report.eigenvector_top(c.centrality, decimals)
    names = series_zh(top["name_zh"])
    if len(top) == 1:
        return f"特征向量中心性最高的是{names}"
    return f"特征向量中心性最高、且按表中所印精度并列（{shown:.{decimals}f}）的是{names}"


def recognition_examples_zh(c: report.Collaboration, agency_ids=report.RECOGNITION_EXAMPLES) -> str:
    """report.recognition_examples in Chinese: the named bodies' entries, in the source's order."""
    parts = []
    for rows, ids in report.recognised_by(c.recognised, c.entries, agency_ids):
        name = label_zh(c.entries, ids[0]) if len(ids) == 1 else None
        what = f"{ids[0]}（{name}）" if name else series_zh(ids)
        parts.append(f"{rows['name_zh'].iloc[0]}认可了{what}")
    return "；".join(parts)


def top_type_pair_zh(c: report.Collaboration) -> str:
    """report.top_type_pair in Chinese: '政府部门之间', '法院与政府部门之间'."""
    matrix = measures.tie_matrix(c.projection, "type")
    pairs = {(a, b): int(matrix.loc[a, b]) for i, a in enumerate(matrix.index) for b in matrix.columns[i:]}
    most = max(pairs.values())
    named = [f"{_known(TYPE_ZH, a, 'agency type')}之间" if a == b
             else f"{_known(TYPE_ZH, a, 'agency type')}与{_known(TYPE_ZH, b, 'agency type')}之间"
             for (a, b), n in sorted(pairs.items()) if n == most]
    return series_zh(named)


# ---------------------------------------------------------------------------------------------
# Glued values
# ---------------------------------------------------------------------------------------------

def facts_zh(c: report.Collaboration, f: dict, examples: tuple[str, ...] = report.RECOGNITION_EXAMPLES) -> dict:
    """The chapter's Chinese-worded glued values, from the same result (`c`) as the English facts
    (`f`, for the names they share). `examples` are the recognising bodies the recognition
    paragraph names, as in report.facts."""
    null = c.comparison.set_index("statistic")
    r = c.recognised
    used = rhetoric.entries_using(c.entries, report.QUOTED_PHRASES)
    repeated = sum(1 for _, _, w in c.projection.edges(data="weight") if w > 1)
    shared = len(set(r["agency_id"]) & set(c.projection))
    above = r.drop_duplicates("agency_id")["level"].isin(["national", "provincial"])
    reached = r.drop_duplicates("entry_id")["category"].value_counts()
    sizes = c.entries["category"].value_counts()
    unestablished = r.loc[r["recognizer_type"] == "unknown", "entry_id"].nunique()

    # the bases: surviving titles and their unit lists, descriptions, outside pages
    table = c.bases.set_index("base")
    titled = c.entries[c.entries["title"].notna()]
    with_units, n_titles = int(titled["title_units"].notna().sum()), len(titled)
    titles, text = c.base_profiles[bases.TITLE], c.base_profiles[bases.TEXT]
    title_multi, text_multi = bases.multi_entries(titles), bases.multi_entries(text)
    bodies = c.base_profiles[bases.ALL].set_index("entry_id")["bodies"]
    listed = sorted(set(";".join(titles.loc[titles["multi_body"], "agency_ids"]).split(";")) - {""})
    city = int((c.agencies.set_index("agency_id").loc[listed, "level"] == "city").sum())

    return {
        "phrase_multi_department_zh": _phrase_zh("多部门协调联动", used["多部门协调联动"]),
        "phrase_liandong_zh": _phrase_zh("联动", used["联动"]),
        "phrase_duoyuan_zh": _phrase_zh("多元", used["多元"]),
        "phrase_xietong_zh": _phrase_zh("协同", used["协同"]),
        "phrase_gongzhi_zh": _phrase_zh("共治", used["共治"]),
        "titles_with_units_zh": (f"现存的{n_titles}个标题全部" if with_units == n_titles > 1
                                 else f"现存的{n_titles}个标题中有{with_units}个"),
        "title_multi_zh": f"其中{len(title_multi)}份名单" if title_multi else "其中没有一份名单",
        "title_multi_ids_zh": series_zh(title_multi),
        "title_multi_lists_zh": f"{len(title_multi)}份" if title_multi else "零份",
        "title_ties_zh": f"全部{int(table.loc[bases.ALL, 'ties'])}条关系中的{int(table.loc[bases.TITLE, 'ties'])}条",
        "title_shared_bodies_zh": _names_zh(c, bases.shared_bodies(titles)),
        "title_city_zh": (f"{len(listed)}家单位全部" if city == len(listed) > 1
                          else f"{len(listed)}家单位中有{city}家"),
        "text_multi_zh": f"{len(text_multi)}项" if text_multi else "没有一项",
        "text_multi_ids_zh": series_zh(text_multi),
        "external_multi_ids_zh": series_zh(bases.multi_entries(c.base_profiles[bases.EXTERNAL])),
        "widest_zh": series_zh(f"{e}（{bodies[e]}家单位）" for e in bases.widest(c.base_profiles[bases.ALL])),
        "article_top_zh": _top_zh(c, bases.ARTICLE),
        "all_top_zh": _top_zh(c, bases.ALL),
        "edges_repeated_zh": (f"只有{repeated}条关系在不止一项成果中重复出现" if repeated
                              else "没有任何关系在不止一项成果中重复出现"),
        "eigenvector_zh": eigenvector_zh(c),
        "top_type_pair_zh": top_type_pair_zh(c),
        "density_position_zh": position_zh(null.loc["density", "percentile"]),
        "cross_type_position_zh": position_zh(null.loc["cross_type_share", "percentile"]),
        "cross_system_position_zh": position_zh(null.loc["cross_system_share", "percentile"]),
        "entries_recognised_unestablished_zh": (f"{unestablished}项成果由地位未能确定的具名机构认可"
                                                if unestablished else "没有成果由地位未能确定的具名机构认可"),
        "recognition_examples_zh": recognition_examples_zh(c, examples),
        "entries_recognised_by_list_zh": series_zh(
            f"{CATEGORY_ZH[k]}{int(sizes.get(k, 0))}项中的{int(reached.get(k, 0))}项" for k in CATEGORIES),
        "recognizers_also_collaborate_zh": f"有{shared}家重合" if shared else "没有任何重合",
        "recognizers_above_city_zh": (f"全部{len(above)}家都" if above.all() and len(above) > 1
                                      else f"有{int(above.sum())}家（共{len(above)}家）"),
    }


# ---------------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------------

FIGURES_ZH = {
    "network": Chinese(
        caption=("在同一成果中共同担任牵头或实施单位的单位之间的联系（协作网络）。颜色表示系统，面积表示加权度，"
                 "线宽表示共同参与的成果数。所有单位均有标注：最大连通分量绘于圆周上，其排列使每项成果的单位名单"
                 "各成一个区块，单位名称分列圆周两侧；不与其他单位共现的单位列于图的下方。认可机构不计入网络。"),
        alt=("担任牵头或实施单位的各单位的网络图：若干稠密的簇，每簇由一项多单位成果构成；另列出不与其他单位"
             "共现的单位。"),
        source=SOURCE_ZH),
    "type-matrix": Chinese(
        caption="单位类型之间的关系：至少共同参与一项成果的单位对数",
        alt="单位类型之间关系数的热力图，对角线为同类型单位之间的关系。",
        source=SOURCE_ZH),
    "null-model": Chinese(
        caption="重连网络（零模型）中的密度、跨类型关系占比与跨系统关系占比，并标出观测值",
        alt="零模型下各统计量分布的直方图，观测值处以竖线标出。",
        source=SOURCE_ZH),
    "recognition": Chinese(
        caption=("表彰、列入或推广成果的机构，按机构类型分组（逐条认可声明人工编码），"
                 "以及各机构所认可的各奖项类别成果数"),
        alt=("认可机构的点阵图：各机构按类型分组（中央党政机关，最高人民法院与最高人民检察院，媒体与门户网站，"
             "省级机关与市级机关），与奖项的三类相对照。"),
        source=SOURCE_ZH),
    "rhetoric": Chinese(
        caption=("各成果文本中协同话语（联动、协同、多元、共治、合力、联合、多部门……）的出现次数与该成果点名的"
                 "协作单位数；圆圈中的数字为成果数（圆圈面积随成果数增大）"),
        alt="气泡图：横轴为协同话语的出现次数，纵轴为点名的协作单位数。",
        source=SOURCE_ZH),
}


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------

def _pairs(english, chinese, what: str) -> dict[str, str]:
    """English cell text -> Chinese, from two parallel columns; one English text must have one Chinese."""
    cells: dict[str, str] = {}
    for en, zh in zip(map(str, english), map(str, chinese)):
        if cells.setdefault(en, zh) != zh:
            raise ValueError(f"{what}: the cell {en!r} has two Chinese wordings: {cells[en]!r} and {zh!r}")
    return {en: zh for en, zh in cells.items() if en != zh}


def _systems_zh(systems: str) -> str:
    return "、".join(_known(SYSTEM_ZH, s, "system") for s in systems.split(";") if s)


def _levels_zh(levels: str) -> str:
    return "、".join(LEVEL_ZH.get(v, v) for v in levels.split(";") if v)


def crossing_cells(c: report.Collaboration) -> dict[str, str]:
    """The crossings table's English cells in Chinese, built from the same profile as
    report.crossing_display: labels, bodies with their outside-page marks, systems, levels."""
    english = report.crossing_display(c)
    multi = c.profile[c.profile["multi_body"]].reset_index(drop=True)
    names = c.agencies.set_index("agency_id")["name_zh"]
    outside = report.outside_sources(c)
    trust = {report.TRUST_LABELS[k]: v for k, v in TRUST_ZH.items()}

    def named(entry_id: str, ids: str) -> str:
        return "、".join(names[i] + (f"（{trust[outside[(entry_id, i)]]}）" if (entry_id, i) in outside else "")
                        for i in ids.split(";"))

    chinese = pd.DataFrame({
        "label": [(label_zh(c.entries, e) or en) if en else en for e, en in zip(multi["entry_id"], english["label"])],
        "named bodies": [named(e, ids) for e, ids in zip(multi["entry_id"], multi["agency_ids"])],
        "systems": multi["systems"].map(_systems_zh),
        "levels": multi["levels"].map(_levels_zh),
    })
    cells: dict[str, str] = {}
    for column in chinese:
        cells |= _pairs(english[column], chinese[column], f"crossings {column}")
    return cells


def tables_zh(c: report.Collaboration) -> dict[str, Chinese]:
    """Each published table's Chinese caption, headers and cells, by slug."""
    top = c.bases["highest weighted degree"]
    agency_cells = {label: SYSTEM_ZH[k] for k, label in actors.SYSTEM_LABELS.items()} | {
        label: TYPE_ZH[k] for k, label in actors.TYPE_LABELS.items()}
    centrality = report.centrality_display(c)
    head = c.centrality.head(len(centrality))
    comparison = report.comparison_display(c)
    return {
        "bases": Chinese(
            caption=("按单位名称的来源统计的协作情况：现存标题的单位名单、成果介绍和外部网页，分别计算及合并计算。"
                     "可覆盖的成果：该来源原则上能为之提供单位名称的成果（有现存标题的成果；全部成果介绍；"
                     "被评为高可信度的可信外部网页所涉成果）。最高加权度：联系最多的一个或几个单位及其加权度"),
            columns={"where the names come from": "名称来源", "entries in reach": "可覆盖的成果",
                     "name a body": "点名至少一个单位", "name two or more": "点名两个或以上单位",
                     "bodies": "单位数", "ties": "关系数", "cross systems": "跨系统的成果",
                     "cross levels": "跨层级的成果", "highest weighted degree": "最高加权度"},
            cells=BASE_ZH | _pairs(top, top.str.replace(r" \((\d+)\)", r"（\1）", regex=True),
                                   "bases highest weighted degree")),
        "bodies-per-entry": Chinese(
            caption="按奖项类别统计各成果点名的协作单位（牵头或实施单位）数",
            columns={"bodies named": "点名单位数", **{report.CATEGORY_NAMES[k]: CATEGORY_ZH[k] for k in CATEGORIES},
                     "all": "合计"}),
        "actors": Chinese(
            caption="协作单位（至少在一项成果中担任牵头或实施单位）按系统、类型和层级统计",
            columns={"系统 system": "系统", "类型 type": "类型", "层级 level": "层级", "agencies": "单位数",
                     "entry links": "成果关联数"},
            cells=agency_cells | LEVEL_ZH),
        "crossings": Chinese(
            caption=("点名两个或以上协作单位的成果：其单位所跨的系统和行政层级。仅由外部网页而非原文点名的单位，"
                     "括注该网页发布者的类别"),
            columns={"entry": "成果", "label": "名称", "bodies": "单位数", "named bodies": "所列单位",
                     "systems": "系统", "levels": "层级"},
            cells=crossing_cells(c)),
        "centrality": Chinese(
            caption="中心性最高的单位：参与成果数、关系数、加权度与特征向量中心性",
            columns={"agency": "单位", "system": "系统", "level": "层级", "entries": "参与成果数", "ties": "关系数",
                     "weighted degree": "加权度", "eigenvector": "特征向量中心性"},
            cells=_pairs(centrality["agency"], head["name_zh"], "centrality agency")
            | {actors.SYSTEM_NAMES_EN[k]: v for k, v in SYSTEM_ZH.items()} | LEVEL_ZH),
        "null-model": Chinese(
            caption="观测网络的统计量与“成果×单位”二模图保度随机重连结果的比较",
            columns={"statistic": "统计量", "observed": "观测值", "null mean": "零模型均值",
                     "null 95% range": "零模型95%区间", "observed lies": "观测值的位置",
                     "p (more than chance)": "p（高于随机）", "p (less than chance)": "p（低于随机）"},
            cells=_pairs(comparison["statistic"], c.comparison["statistic"].map(lambda s: STATISTIC_ZH.get(s, s)), "null-model statistic")
            | _pairs(comparison["observed lies"], c.comparison["percentile"].map(position_zh), "null-model position")),
        "rhetoric": Chinese(
            caption="使用与不使用协同话语的成果，按其点名的单位数统计",
            columns={"uses coordination terms": "使用协同话语", "entries": "成果数", "name no body": "未点名单位",
                     "name one body": "点名一个单位", "name two or more": "点名两个或以上单位",
                     "mean bodies named": "平均点名单位数"},
            cells={"yes 是": "是", "no 否": "否"}),
    }
