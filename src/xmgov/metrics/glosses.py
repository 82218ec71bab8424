"""Editorial English for the chapter's figures and tables: short entry labels, measure names, and
glosses of the clauses the damaged source cut.

Figures are read at print width (about 6.3 in) and on phones, so an axis label must be short:
`P04 · Finance-judicial platform`, at most SHORT_MAX characters after the id. The short labels
abbreviate the dataset's `label_en` (keyed by that text, so a changed label is noticed, not
silently mislabelled); a label that already fits is used as it stands. Measure names gloss the
dataset's Chinese `measure` (the clause with `#` where the number stands); the Chinese stays in the
figure's CSV. None of these strings is a fact about an entry beyond what the source says.
"""

from __future__ import annotations

import re
import textwrap

SHORT_MAX = 25

SHORT_LABELS = {
    "Social mediators stationed in a police–people joint mediation room": "Police-station mediators",
    "Smart-security pilot in Xin'an urban village": "Xin'an smart security",
    "Housing-estate Party branch organises home-based elderly care": "Party-led elderly care",
    "Diversified dispute-resolution centre with full-time mediators": "Diversified mediation",
    "'Near-neighbour' Party building in a housing estate (Baojia Yufeng)": "Baojia Yufeng estate",
    "Jianmei village rules and a villager points system": "Jianmei village rules",
    "'Notary+' online mediation platform and mediation centre": "'Notary+' mediation",
    "'Three principles' method for housing estates without property management": "'Three principles' method",
    "Dianqian sub-district 'smart brain' governance platform": "Dianqian 'smart brain'",
    "Heshan sub-district diversified dispute-resolution centre": "Heshan dispute centre",
    "Jimei sub-district '54321' dispute-handling method": "Jimei '54321' method",
    "'Five neighbourly' co-governance of housing estates": "'Five neighbourly' method",
    "'1+1+1' whole-chain governance service mechanism": "'1+1+1' service chain",
    "'Five motions' micro-governance of housing estates": "'Five motions' estates",
    "Clean-up of scrap-recycling stations in urban villages": "Scrap-station clean-up",
    "Near-neighbour Party building: Party branches in housing estates": "Estate Party branches",
    "Housing-estate safety index and 'safe estate' star rating": "Estate safety index",
    "Precision early warning and dissuasion of potential victims online": "Online-victim warning",
    "Financial-judicial coordination platform": "Finance-judicial platform",
    "Self-service government terminals: services around the clock": "Self-service terminals",
    "'Xiamen Grid Connect' mobile app for grid workers": "'Xiamen Grid Connect' app",
    "Campaigns against fatal road-traffic accidents": "Road-death campaigns",
    "Public-safety risk platform and joint emergency-response mechanism": "Public-safety risk hub",
    "'Two projects, two services' campus micro-governance": "Campus micro-governance",
    "Cross-department centralised management of case property": "Case-property management",
    "Smart management of 'those who enforce the law teach it'": "'Enforcers teach the law'",
    "Police service centre for finding missing persons": "Missing-persons centre",
    "Online-crime investigation and governance platform": "Online-crime platform",
    "Smart dog-keeping management with electronic licences": "Electronic dog licences",
    "Citywide government data-sharing hub": "Data-sharing hub",
    "'Food safety together' co-governance brand": "'Food safety together'",
    "'Xiamen Expo Code' face-recognition epidemic control at exhibitions": "'Xiamen Expo Code'",
    "Three-tier fire prevention and control system piloted in Tong'an": "Tong'an fire prevention",
    "Credit-based medical care": "Credit-based medical care",
    "'Quiet carriage' civility campaign on metro and buses": "'Quiet carriage' campaign",
    "'16846' near-neighbour service method in communities": "'16846' community method",
    "Upgraded urban-management platform with grid coordination": "Urban-management platform",
    "Geological-hazard prevention command platform": "Geo-hazard platform",
    "Cooperation platform for safeguarding national security": "National-security hub",
    "White paper on land and housing expropriation cases": "Expropriation white paper",
    "Cyber-security awareness week campaigns": "Cyber-security week",
    "Economic and trade commercial mediation centre": "Trade mediation centre",
    "Drug-prevention education for all": "Drug-prevention education",
    "Women's federation 'zero hidden risk' family-harmony services": "'Zero hidden risk' homes",
    "Finding and supporting good Samaritans with big data": "Finding good Samaritans",
    "Preventing and punishing unlawful or improper conduct in litigation, with public exposure": "Litigation misconduct",
    "Graduated sentencing leniency for early guilty pleas": "Early-plea leniency",
    "'Neighbourhood station' Party building in a free-trade-zone park": "Trade-zone Party post",
    "'Blue carbon + green carbon' ecological judicial restoration": "Blue and green carbon",
    "Social-governance committee and 'Smart Jimei' platform": "'Smart Jimei' committee",
    "Three-tier dynamic patrol system": "Three-tier patrols",
    "Unified administrative approval: 'one seal for approvals'": "'One seal for approvals'",
    "Legal-services industry cluster in Guanyinshan": "Guanyinshan legal cluster",
    "'Court-bank link' payout of enforcement money in cases with many claimants": "'Court-bank link' payouts",
    "District mediation centre and task forces for project disputes": "Project-dispute mediation",
    "'Smart environmental protection + Amap work map'": "Smart environment + Amap",
    "Litigation-source governance centre": "Litigation-source centre",
    "'Three fives' coastal management and defence project": "'Three fives' coastline",
    "'456' model for labour disputes and unpaid wages": "'456' labour disputes",
    "Taiwan compatriots as public-interest litigation observers": "Taiwan observers",
    "'Government services + business support' points in bank branches": "Services in bank branches",
    "'Good-neighbour' micro-courts in towns and sub-districts": "Micro-courts in towns",
    "Audit-procuratorate cooperation on natural-resource audits": "Audit-procuratorate link",
    "Party organisations in housing estates and property firms": "Estate Party bodies",
    "'Three insurances in one': two assistance insurances merged into public-order insurance": "'Three insurances in one'",
    "'Psychological defence' (心防) social psychological services": "'心防' psych. services",
    "Landlords' association in urban-village governance": "Landlords' association",
    "Data-enabled collection of basic information by police and grid workers": "Police-grid data capture",
    "Urban-village governance and services for the actual population": "Urban-village services",
    "Forest-fire video monitoring and early-warning system": "Forest-fire video watch",
}

# The dataset's `measure` (Chinese, `#` = the number) → a short English name for figure labels.
MEASURES_EN = {
    # money
    "标的#": "amount at stake",
    "协议金额#)": "sums agreed in mediation",
    "万余名受损集资参与人发放案款#": "funds paid to fund-raising participants",
    "涉及金额#": "amount in dispute",
    "紧急止付#": "payments stopped",
    "返还资金#": "money returned to victims",
    "节约财政资金#": "public money saved",
    "完成#蓝碳交易项目": "blue-carbon trade",
    # people
    "受益总人数#": "people who benefited",
    "共服务群众#": "people served",
    "服务了#": "visitors served",
    "现场服务群众#": "people served on site",
    "定期上门关爱老人#": "home visits to the elderly",
    "帮扶辖内老人#": "help to elderly residents",
    "惩处违法失范行为人#": "wrongdoers punished",
    "拘留#": "detentions",
    "追究刑事责任#": "held criminally liable",
    "有效服务群众心理健康咨询#": "counselling sessions",
    "全市共成功劝阻高风险受害人#": "likely victims dissuaded",
    "全市共有#市民开通信用就医": "residents enrolled",
    "已成功适用该机制为#受损集资参与人发": "fund-raising participants paid",
    "为群众找回#走失亲友": "missing relatives found",
    "第一现场找回走失人员#": "missing people found on site",
    "启动合成指挥支撑寻人服务找回#失联人员": "missing people found by search",
    "助力公安机关抓捕嫌犯#": "suspects arrested",
    # rates
    "调解成功率#": "mediation success rate",
    "矛盾纠纷调处成功率#": "dispute settlement rate",
    "食安群众满意度#": "food-safety satisfaction",
    "禁毒知识知晓率#": "drug-control knowledge",
    "市禁毒工作群众总体满意度评价#": "satisfaction with drug control",
    "水达标率和近岸海水优良率均为#": "water quality standards met",
    "化解各类纠纷成功率#": "dispute resolution rate",
    "信息的采集率和准确率长期保持#": "data collection and accuracy",
    "实有人口有效采集率#": "actual-population data collection rate",
    # before/after pairs
    "年万车死亡率#": "deaths per 10,000 vehicles a year",
}
# A measure the dataset already glosses ends in an English parenthesis: 完成…所需时间 (time to do …).
_DATASET_GLOSS = re.compile(r"\(([ -~]+)\)\s*$")

# Units on a before/after panel's axis, in English beside the Chinese.
UNITS_EN = {"日": "days 日", "天": "days 天", "个月": "months 个月", "人/万车": "deaths per 10,000 vehicles 人/万车",
            "%": "per cent %"}

# The surviving clause of each cut figure (lacunae: `clause`) → what it says, with the gap marked.
LOST_CLAUSES_EN = {
    "高效预警违法线余条": "issued early warnings on […]-odd leads of unlawful activity",
    "精心开展线余场次": "held […]-odd events",
    "线万人次": "[… cut …] × 10,000 person-times",
    "快速稳妥核处劳资纠纷线”模式": "handled labour disputes quickly and prudently [… cut …] model",
}


def short_label(label_en: object) -> str:
    """An entry's label short enough for a figure axis (at most SHORT_MAX characters)."""
    text = "" if label_en is None or label_en != label_en else str(label_en).strip()
    if len(text) <= SHORT_MAX:
        return text
    if text in SHORT_LABELS:
        return SHORT_LABELS[text]
    return textwrap.shorten(text, SHORT_MAX, placeholder="…")


def measure_en(measure: object, entry_id: str = "") -> str:
    """The English name of a reported measure; an unglossed measure is an error naming it."""
    key = "" if measure is None or measure != measure else str(measure).strip()
    if key in MEASURES_EN:
        return MEASURES_EN[key]
    if key.isascii():  # already English (hand-made examples)
        return key
    glossed = _DATASET_GLOSS.search(key)
    if glossed:
        return glossed.group(1).strip()
    raise ValueError(
        f"metrics.csv, entry {entry_id}: measure {key!r} has no English name; add one to "
        "xmgov.metrics.glosses.MEASURES_EN"
    )


def lost_clause_en(clause: str, entry_id: str = "") -> str:
    """The English gloss of a clause the source lost a figure from; unglossed is an error."""
    if clause in LOST_CLAUSES_EN:
        return LOST_CLAUSES_EN[clause]
    raise ValueError(
        f"lacunae.csv, entry {entry_id}: clause {clause!r} has no English gloss; add one to "
        "xmgov.metrics.glosses.LOST_CLAUSES_EN"
    )
