"""The award lists and the administrative levels, defined once for the data and every chapter."""

from __future__ import annotations

# The three award lists in the order the source prints them: id, Chinese name, English name, the
# prefix of their entry ids.
AWARD_LISTS = (
    ("grassroots_case", "优秀基层案例", "grassroots cases", "G"),
    ("innovation_project", "优秀创新项目", "innovation projects", "P"),
    ("innovation_case", "优秀创新案例", "innovation cases", "C"),
)
CATEGORIES = [c for c, _, _, _ in AWARD_LISTS]  # a list: pandas reads a tuple as one key
CATEGORY_ZH = {c: zh for c, zh, _, _ in AWARD_LISTS}
CATEGORY_EN = {c: en for c, _, en, _ in AWARD_LISTS}
ID_PREFIX = {c: prefix for c, _, _, prefix in AWARD_LISTS}

# Administrative levels of bodies, from the top; entries run at the city level or below.
AGENCY_LEVELS = ("national", "provincial", "city", "district", "street", "community", "village")
ENTRY_LEVELS = AGENCY_LEVELS[2:]
UNKNOWN = "unknown"

# Who recognised an entry, coded by hand per recognition claim (data/annotations/recognizers.csv):
# the kind of body, from the top of the hierarchy down, then Chinese and English labels. The level
# is coded separately (a media outlet or an award jury has a level as an organ does).
RECOGNIZER_TYPES = (
    ("central_organ", "中央党政机关", "central Party or state organ"),
    ("supreme_judicial", "最高法、最高检", "Supreme People's Court or Procuratorate"),
    ("academic_award", "全国性学术或专业奖项", "national academic or professional award"),
    ("media_or_portal", "媒体、出版社或门户网站", "media outlet, publisher or portal, or a list it runs"),
    ("provincial_organ", "省级机关", "provincial Party, state or judicial organ"),
    ("city_organ", "市级机关", "city Party or state organ"),
    ("other_localities", "外地复制推广", "other localities that copied the practice"),
    (UNKNOWN, "未能确定", "not established (body not named, or its standing not found)"),
)
RECOGNIZER_TYPE_IDS = tuple(t for t, _, _ in RECOGNIZER_TYPES)
RECOGNIZER_TYPE_EN = {t: en for t, _, en in RECOGNIZER_TYPES}
RECOGNIZER_TYPE_ZH = {t: zh for t, zh, _ in RECOGNIZER_TYPES}
# Administrative level of the recognising body, from the top; unknown when the body is not
# established (words of reach in the claim, 全国 in a list's name or 在全省推广, do not set it).
RECOGNIZER_LEVELS = ("national", "provincial", "city", UNKNOWN)
# What the entry's outside lead says of a novelty claim: it states the same first on a page of a
# trusted publisher class (official government or court site, official newspaper or broadcaster) or
# on another page (either way it repeats the claim; it does not check it), it states a different
# first (other_first: it does not speak to this claim), or there is none.
CORROBORATION = ("trusted_lead", "untrusted_lead", "other_first", "none")
# The relation of a lead to a novelty claim, as listed in data/annotations/novelty_leads.csv.
LEAD_RELATIONS = ("same_first", "other_first")


def category_label(category: str, style: str = "zh en") -> str:
    """'优秀基层案例 grassroots cases' and its variants: `style` names the parts and their order
    ('zh en', 'en zh', 'zh (en)', 'short zh\\nen' drops the 优秀 of the Chinese name)."""
    zh, en = CATEGORY_ZH[category], CATEGORY_EN[category]
    short = zh.removeprefix("优秀")
    return {"zh en": f"{zh} {en}", "en zh": f"{en} {zh}", "zh (en)": f"{zh} ({en})",
            "en short": f"{en} {short}", "short\nen": f"{short}\n{en}",
            "zh\nen": f"{zh}\n{en}"}[style]
