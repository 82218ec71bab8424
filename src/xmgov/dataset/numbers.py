"""Turning written quantities into plain numbers: 1.7亿 → 170000000, 22.66万 → 226600, 三分之二 → 2/3."""

from __future__ import annotations

import re

from .errors import DatasetError

MAGNITUDE = {"百": 100, "千": 1_000, "万": 10_000, "亿": 100_000_000}
DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
PLAIN = re.compile(r"^\d+(?:\.\d+)?$")
WRITTEN = re.compile(r"^(?P<num>\d+(?:\.\d+)?)?(?:余|多)?(?P<mag>[百千万亿])?$")


def chinese_small(s: str) -> int:
    """一..九十九 written in Chinese (enough for fractions and counts in this text)."""
    if not s or any(c not in DIGITS for c in s):
        raise ValueError(s)
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (DIGITS[tens] if tens else 1) * 10 + (DIGITS[ones] if ones else 0)
    if len(s) != 1:
        raise ValueError(s)
    return DIGITS[s]


def parse_value(written, where: str) -> float:
    """A number as written (`1.7亿`, `22.66万`, `百`, `96`, 0.81) → float; anything else is an error."""
    if isinstance(written, (int, float)) and not isinstance(written, bool):
        return float(written)
    s = str(written).strip().replace(",", "")
    if PLAIN.match(s):
        return float(s)
    m = WRITTEN.match(s)
    if m and (m["num"] or m["mag"]):
        return float(m["num"] or 1) * (MAGNITUDE[m["mag"]] if m["mag"] else 1)
    raise DatasetError(where, f"unparseable number {written!r}")
