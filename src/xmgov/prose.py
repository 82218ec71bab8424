"""Find numbers typed by hand in a chapter's prose.

Numbers in the prose must be glued from computation. What may carry digits: code cells, glue and
other roles, inline code and math, directive blocks (figure names, options), quotations of the Chinese
source (a digit run touching a Chinese character, as in 化解纠纷4094起), years and dates, identifiers
that mix letters and digits (G01, sha256), and the names and conventions in `ALLOWED`. Everything else is reported with its line number.
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
ALLOWED = re.compile(r"CC BY 4\.0|Python 3\.11|Jupyter Book [12]|300 dpi|UTF-8|ISO 8601|"
                     r"\b95 ?%(?= (?:CI|confidence|Wilson|interval|range|null))|p ?< ?0\.05")
DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def _blank(match: re.Match) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def typed_numbers(text: str) -> list[tuple[int, str]]:
    """(line number, surrounding text) of each number typed by hand in MyST prose."""
    text = FRONT_MATTER.sub(_blank, text)
    for pattern in (FENCE, ROLE, INLINE_CODE, MATH, LINK_TARGET):
        text = pattern.sub(_blank, text)
    for pattern in (ALLOWED, QUOTED_SOURCE, YEARS_DATES, IDENTIFIER):
        text = pattern.sub(_blank, text)
    found = []
    for match in DIGITS.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        start = max(0, match.start() - 30)
        found.append((line, text[start:match.end() + 30].replace("\n", " ").strip()))
    return found
