"""Find numbers, number words and entry ids typed by hand in a chapter's prose.

Numbers in the prose must be glued from computation. What may carry digits: code cells, glue and
other roles, inline code and math, directive blocks (figure names, options), quotations of the Chinese
source (a digit run touching a Chinese character, as in 成功化解4094起), years and dates, identifiers
that mix letters and digits (sha256), and the names and conventions in `ALLOWED`. The same holds for
numbers written as words (six, twice, 六个) outside the names and method conventions in
`ALLOWED_WORDS`, and for entry ids (P04): which entry an example or a superlative concerns depends on
the data, so the id is glued too. Everything else is reported with its line number.
"""

from __future__ import annotations

import re

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
FENCE = re.compile(r"^(`{3,}|~{3,}).*?^\1\s*$", re.MULTILINE | re.DOTALL)
ROLE = re.compile(r"\{[a-z][\w:-]*\}`[^`]*`")
INLINE_CODE = re.compile(r"`[^`\n]+`")
MATH = re.compile(r"\$[^$\n]+\$")
LINK_TARGET = re.compile(r"\]\([^)]*\)|<[^>\n]+>")
CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
QUOTED_SOURCE = re.compile(rf"“[^”\n]*[{CJK}][^”\n]*”|[{CJK}“”][^\s]*?\d[^\s]*|\d[\d.,%～~\-+]*[{CJK}]")
YEARS_DATES = re.compile(r"\b(19|20)\d\d(?:[-–/](?:\d\d?(?:[-–/]\d\d?)?|(?:19|20)?\d\d))?\b")
IDENTIFIER = re.compile(r"\b[A-Za-z_][\w.-]*\d[\w.-]*\b|\b\d+[A-Za-z]\w*\b")
# Names and conventions, not findings: licences, versions, formats, and the conventional
# confidence level and significance threshold of a stated method.
NAMES = r"CC BY 4\.0|Python 3\.11|Jupyter Book [12]|300 dpi|UTF-8|ISO 8601|GB/T ?7714(?:[-—]2015)?|"
ALLOWED = re.compile(NAMES + r"\b95 ?%(?= (?:CI|confidence|Wilson|interval|range|null))|p ?< ?0\.05")
DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
ENTRY_ID = re.compile(r"\b[GPC]\d{2}\b")
NUMBER_WORDS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
    r"thousands?|dozens?|twice|thrice|half)\b"
    # "one" only where it counts something the data decide ("exactly one body", "one entry").
    r"|\b(?:only|exactly|just) one\b|\bone (?:entry|entries|body|bodies|code|codes|claim|claims|tie|ties|"
    r"agency|agencies|list|lists|title|titles|figure|figures|passage|passages|quantity|quantities)\b",
    re.IGNORECASE)
# A Chinese numeral counting something (六个, 两项): in the English edition only quotations of the
# source have them, and those are blanked first.
CHINESE_COUNT = re.compile(r"[一二三四五六七八九十百千万两]+[个项条家起件名类种次位所]")
# Names and conventions written with number words, not findings: the framework's names (五治 "five
# governances", 五类风险 "five risks"), the award's announced structure of three lists, the book's
# own structure and method vocabulary (two coders, two-mode graphs), definitions' thresholds ("two or
# more", "at least one"), and a hypothetical scale in the metrics chapter.
ALLOWED_WORDS = re.compile(("|".join([
    r"five (?:governances?|governance modes|modes|risks)", r"three (?:award )?(?:categories|lists)",
    r"three analyses", r"two (?:human )?coders", r"(?:the )?two codings", r"two-mode", r"two commands",
    r"two or more", r"more than one", r"at least (?:one|two)", r"one half or more", r"two points",
    r"two kinds of evidence", r"on a hundred cases or on ten thousand", r"per ten thousand",
    r"one person served twice counts twice", r"two different populations", r"the two are never mixed",
    r"two editions"])).replace(" ", r"\s+"),
    re.IGNORECASE)


def _blank(match: re.Match) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def _prose(text: str) -> str:
    """The text with everything that is not prose blanked (line numbers are kept)."""
    text = FRONT_MATTER.sub(_blank, text)
    for pattern in (FENCE, ROLE, INLINE_CODE, MATH, LINK_TARGET):
        text = pattern.sub(_blank, text)
    return text


def _report(text: str, matches) -> list[tuple[int, str]]:
    found = []
    for match in matches:
        line = text.count("\n", 0, match.start()) + 1
        start = max(0, match.start() - 30)
        found.append((line, text[start:match.end() + 30].replace("\n", " ").strip()))
    return found


def _digits_left(text: str, allowed: tuple[re.Pattern, ...]) -> list[tuple[int, str]]:
    """The digits of the prose once what may carry digits (`allowed`) is blanked."""
    text = _prose(text)
    for pattern in allowed:
        text = pattern.sub(_blank, text)
    return _report(text, DIGITS.finditer(text))


def typed_numbers(text: str) -> list[tuple[int, str]]:
    """(line number, surrounding text) of each number typed by hand in MyST prose."""
    return _digits_left(text, (ALLOWED, QUOTED_SOURCE, YEARS_DATES, IDENTIFIER))


def typed_words(text: str) -> list[tuple[int, str]]:
    """(line number, surrounding text) of each number word, Chinese count or entry id typed in prose."""
    text = _prose(text)
    ids = _report(text, ENTRY_ID.finditer(text))
    text = QUOTED_SOURCE.sub(_blank, ALLOWED_WORDS.sub(_blank, text))
    quoted = re.compile(r"“[^”\n]*”|「[^」\n]*」")
    text = quoted.sub(_blank, text)
    return sorted(ids + _report(text, NUMBER_WORDS.finditer(text)) + _report(text, CHINESE_COUNT.finditer(text)))


# The Chinese edition (zh/). Chinese has no word spaces, so a digit beside a Chinese character is
# prose there, not a quotation: only quotations of the source in “…” or 「…」 may carry typed digits
# and counts. Years and dates are written 2023年3月2日 or 2020—2022年.
QUOTED_ZH = re.compile(r"“[^”\n]*”|「[^」\n]*」")
YEARS_DATES_ZH = re.compile(r"(?<![\d.])(?:19|20)\d\d(?:\s*[-–—~至到]\s*(?:19|20)?\d\d)?\s*年"
                            r"(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|(?<!\d)(?:19|20)\d\d-\d\d-\d\d(?!\d)")
IDENTIFIER_ZH = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z_][A-Za-z0-9_.-]*\d[A-Za-z0-9_.-]*|\d+[A-Za-z][A-Za-z0-9]*")
ALLOWED_ZH = re.compile(NAMES + r"\b95 ?%(?= ?(?:置信|CI|Wilson|区间|的置信|零模型))|p ?< ?0\.05")
ENTRY_ID_ZH = re.compile(r"(?<![A-Za-z0-9])[GPC]\d{2}(?!\d)")
CHINESE_COUNT_ZH = re.compile(r"[一二三四五六七八九十百千万两几]+[个项条家起件名类种次位所例份篇组处倍成届批轮章节张]")
# What may be written with Chinese numerals: ordinals (第三章), the indefinite 一个/一种 ("a"), the
# framework's and the book's names and method vocabulary, as in ALLOWED_WORDS. "Only one" (仅一项) is
# a finding and stays flagged.
ALLOWED_WORDS_ZH = re.compile("|".join([
    r"第[一二三四五六七八九十]+", r"(?<![仅只有恰唯])一[个种类项次位条家所]", r"五治", r"五类风险", r"五种治理方式",
    r"三类(?:奖项|名单|成果|类别)?", r"三个(?:类别|名单|奖项类别)", r"三项分析", r"两位编码者", r"两名编码者",
    r"两次编码", r"两种编码", r"二模", r"双模", r"两条命令", r"两个版本", r"两种版本", r"两类证据",
    r"两个或以上|两个及以上|两个或更多|两家或以上|两家及以上|两个以上|两家以上", r"至少一[个项家条种]", r"至少两[个项家条种]",
    r"一半或以上|一半以上", r"两个百分点", r"万分之一|每万", r"两个不同的总体", r"两个语种", r"中英两种语言"]))


def typed_numbers_zh(text: str) -> list[tuple[int, str]]:
    """(line number, surrounding text) of each number typed by hand in a Chinese page's prose."""
    return _digits_left(text, (QUOTED_ZH, ALLOWED_ZH, YEARS_DATES_ZH, IDENTIFIER_ZH))


def typed_words_zh(text: str) -> list[tuple[int, str]]:
    """(line number, surrounding text) of each Chinese count or entry id typed in a Chinese page."""
    text = _prose(text)
    ids = _report(text, ENTRY_ID_ZH.finditer(text))
    text = ALLOWED_WORDS_ZH.sub(_blank, QUOTED_ZH.sub(_blank, text))
    return sorted(ids + _report(text, CHINESE_COUNT_ZH.finditer(text))
                  + _report(text, NUMBER_WORDS.finditer(text)))
