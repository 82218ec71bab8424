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


def category_label(category: str, style: str = "zh en") -> str:
    """'优秀基层案例 grassroots cases' and its variants: `style` names the parts and their order
    ('zh en', 'en zh', 'zh (en)', 'short zh\\nen' drops the 优秀 of the Chinese name)."""
    zh, en = CATEGORY_ZH[category], CATEGORY_EN[category]
    short = zh.removeprefix("优秀")
    return {"zh en": f"{zh} {en}", "en zh": f"{en} {zh}", "zh (en)": f"{zh} ({en})",
            "en short": f"{en} {short}", "short\nen": f"{short}\n{en}",
            "zh\nen": f"{zh}\n{en}"}[style]
