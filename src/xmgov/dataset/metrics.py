"""Reported quantities: regular-expression rules, then hand overrides, then an audit.

Rules: a before/after pair (从A…提升到/降至B) becomes one row with a baseline; a number (or a
bare 百/千/万/亿 with a qualifier, as in 百余起, 近百项, 超亿次) followed by a unit is a quantity,
with 万/亿 expanded; 三分之二-style fractions are quantities. Numbers that are not metrics are
excluded by rule (years, months, durations of a method step, numbers in quotes or 《》 which are
names, "N+M" formulas, "50强" ranks inside award names, "N年来" periods) or by annotation. The
audit then requires every digit in every description to be a metric, an exclusion or inside a
lacuna, so nothing is dropped silently.
"""

from __future__ import annotations

import re
from pathlib import Path

from .clean import cleaned
from .annotations import check_entry, load_yaml, locate, require
from .errors import DatasetError
from .numbers import chinese_small, parse_value

UNITS = "平方米|人次|场次|地市|元|%|件|起|名|人|个|家|条|亩|吨|项|类|处|场|次|支|省"
QUANTITY = re.compile(
    r"(?P<pre>近|超过|超|突破|达到|达|逾|约|上)?\s?"
    r"(?P<num>\d+(?:\.\d+)?|[百千万亿])(?P<mid>余|多)?(?P<mag>[万亿])?(?P<post>余|多)?"
    rf"(?P<unit>{UNITS})(?!月)(?P<after>以上|以内|以下)?"  # 6个月 is a duration, not 6 个
)
FRACTION = re.compile(r"(?P<den>[一二三四五六七八九十]+)分之(?P<num>[一二三四五六七八九十]+)")
PAIR = re.compile(
    r"从(?:(?P<p0>\d{4}\s?年)的)?\s?(?P<a>\d+(?:\.\d+)?)(?P<ua>%)?\s?(?:大幅)?(?P<verb>提升|上升|提高|降|下降)"
    r"(?:到|至)(?:(?P<p1>\d{4}\s?年)的)?\s?(?P<b>\d+(?:\.\d+)?)(?P<ub>%)?"
)
QUALIFIER = {
    "以上": "lower_bound", "余": "lower_bound", "多": "lower_bound", "超": "lower_bound", "超过": "lower_bound",
    "突破": "lower_bound", "逾": "lower_bound", "上": "lower_bound", "近": "approximate", "约": "approximate",
    "以内": "upper_bound", "以下": "upper_bound", "达": "exact", "达到": "exact",
}
CHANGE = re.compile(r"(?:下降|上升|增长|提升|减少|降低|缩短)\s?$")
DECREASE = re.compile(r"下降|减少|降低|缩短|降")
# Outcome cues: a changed condition of people or places (a missing person found, land re-greened).
# Arrests, dissuasions, punishments, beneficiaries reached and deliveries are outputs (see KIND_RULE
# in schemas.py); money is classed by its unit whatever it measures.
OUTCOME = re.compile(r"找回|复绿")
SCALE = re.compile(r"汇聚|融合|覆盖|集中|成员单位|引入|组建")
PERIOD = re.compile(
    r"自?\d{4}年\d{1,2}月(?:以来|至今|起)?|\d{4}-\d{4}年|\d{4}年至\d{4}年|自?\d{4}年(?:度|以来|起)?"
    r"|[一二两三四五六七八九十几\d]+年(?:以)?来|(?:试点|实施|项目实施|体系建立|中心成立|投入使用|试运行|自创号)以来"
    r"|截至目前|至今|目前|近年来"
)
EXCLUDE_RULES = [
    ("year or date", re.compile(r"(?:19|20)\d{2}(?:\s?-\s?(?:19|20)\d{2})?(?!\d)|\d{1,2}(?=月)|\d{1,2}(?=日)")),
    ("duration of a method step", re.compile(r"\d+(?=分钟|小时|天)")),
    ("period length (N年来)", re.compile(r"(?<!\d)\d{1,2}(?=年(?:以)?来)")),
    ("rank inside an award name", re.compile(r"\d+(?=强)")),
    ("formula in a method's name", re.compile(r"\d+(?:\+(?:\d+|N))+")),
]
QUOTED = re.compile(r"“[^”]*”|《[^》]*》")
BOUNDARY = ",;。、(\n"
DIGIT_RUN = re.compile(r"\d+(?:\.\d+)?")
ANNOTATIONS = "metrics.yaml"


def _qualifier(words: list[str]) -> tuple[str, str]:
    words = [w for w in words if w]
    cats = {QUALIFIER[w] for w in words}
    if len(cats) > 1:
        cats -= {"exact"}
    return (cats.pop() if cats else "exact"), "".join(words)


def _measure(text: str, start: int, end: int, lo: int, hi: int, spam=()) -> str:
    """Words before and after the quantity within its clause: '成功化解各类矛盾纠纷#'.

    Built from the cleaned text: spam inside the window is skipped (and does not count towards
    the window's length), so a measure never carries the mirror's injected token.
    """
    in_spam = lambda i: any(s <= i < e for s, e in spam)
    left, n = start, 0
    while left > lo and text[left - 1] not in BOUNDARY and n < 14:
        left -= 1
        n += not in_spam(left)
    right, n = end, 0
    while right < hi and text[right] not in BOUNDARY and not text[right].isdigit() and n < 8:
        n += not in_spam(right)
        right += 1
    before = PERIOD.sub("", cleaned(text, left, start, spam)).strip()
    return f"{before}#{cleaned(text, end, right, spam).strip()}"


def _period(text: str, pos: int, lo: int) -> str | None:
    sentence = max(text.rfind("。", lo, pos), lo - 1) + 1
    found = [m for m in PERIOD.finditer(text, sentence, pos)]
    return found[-1].group() if found else None


def _kind(text, start, unit, measure, lo) -> str:
    if CHANGE.search(text[max(lo, start - 6):start]):
        return "change"
    if unit == "元":
        return "money"
    if unit == "%" or "率" in measure or "满意度" in measure:
        return "rate"
    if OUTCOME.search(measure):
        return "outcome"
    if SCALE.search(measure):
        return "scale"
    return "output"


def _row(text, entry, start, end, value, unit, qual, qual_zh, lo, hi, spam=(), **extra) -> dict:
    measure = _measure(text, start, end, lo, hi, spam)
    kind = extra.pop("kind", None) or _kind(text, start, unit, measure, lo)
    direction = None
    if kind == "change":
        direction = "decrease" if DECREASE.search(text[max(lo, start - 6):start]) else "increase"
    return {
        "entry_id": entry["entry_id"], "span": text[start:end], "start": start, "end": end, "value": value,
        "unit": unit, "qualifier": qual, "qualifier_zh": qual_zh or None, "measure": measure, "kind": kind,
        "kind_alt": None,
        "direction": direction, "period": _period(text, start, lo), "baseline_value": None, "baseline_unit": None,
        "baseline_qualifier": None, "baseline_period": None, "source": "rule", "note": None, **extra,
    }


def rule_metrics(text: str, entry: dict, spam) -> list[dict]:
    lo, hi = entry["start"], entry["end"]
    rows, taken = [], []
    free = lambda s, e: not any(s < te and ts < e for ts, te in taken + list(spam))
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text, lo, hi)]
    for m in PAIR.finditer(text, lo, hi):
        unit = "%" if m["ub"] else "ratio"
        decrease = m["verb"] in ("降", "下降")
        row = _row(text, entry, m.start(), m.end(), float(m["b"]), unit, "exact", "", lo, hi, spam,
                   kind="rate", baseline_value=float(m["a"]), baseline_unit=unit, baseline_qualifier="exact",
                   baseline_period=(m["p0"] or None), direction="decrease" if decrease else "increase")
        row["period"] = m["p1"] or row["period"]
        rows.append(row)
        taken.append((m.start(), m.end()))
    for m in FRACTION.finditer(text, lo, hi):
        value = chinese_small(m["num"]) / chinese_small(m["den"])
        rows.append(_row(text, entry, m.start(), m.end(), value, "fraction", "exact", "", lo, hi, spam))
        taken.append((m.start(), m.end()))
    for m in QUANTITY.finditer(text, lo, hi):
        s = m.start("num") if m["pre"] is None else m.start()
        if not free(s, m.end()) or any(qs <= s < qe for qs, qe in quoted):
            continue
        words = [m["pre"], m["mid"], m["post"], m["after"]]
        if not m["num"].replace(".", "").isdigit() and not any(words):
            continue  # a bare 万人次 without a qualifier is not a quantity (see lacunae)
        value = parse_value(m["num"] + (m["mag"] or ""), f"entry {entry['entry_id']} offset {s}")
        qual, qual_zh = _qualifier(words)
        rows.append(_row(text, entry, s, m.end(), value, m["unit"], qual, qual_zh, lo, hi, spam))
        taken.append((s, m.end()))
    return rows


def _override_row(text, entry, item, where, spam) -> dict:
    require(item, ("span", "value", "unit", "qualifier", "kind", "reason"), where)
    s = locate(text, entry, item["span"], where, item.get("occurrence", 1))
    row = _row(text, entry, s, s + len(item["span"]), parse_value(item["value"], f"{where} value"), item["unit"],
               item["qualifier"], item.get("qualifier_zh"), entry["start"], entry["end"], spam, kind=item["kind"])
    for key in ("measure", "period", "direction", "kind_alt", "baseline_unit", "baseline_qualifier", "baseline_period"):
        if key in item:
            row[key] = item[key]
    if "baseline_value" in item:
        row["baseline_value"] = parse_value(item["baseline_value"], f"{where} baseline_value")
    row.update(source="override", note=item["reason"])
    return row


def _find(rows, entry_id, span, where):
    hits = [r for r in rows if r["entry_id"] == entry_id and r["span"] == span]
    if len(hits) != 1:
        raise DatasetError(where, f"{len(hits)} rule metrics with span {span!r} in entry {entry_id} (need exactly 1)")
    return hits[0]


def apply_overrides(rows, text, by_id, spam, path: Path) -> tuple[list[dict], list[dict]]:
    ann = load_yaml(path.name, path.parent)
    manual_exclusions = []
    for action in ann:
        if action not in ("add", "drop", "fix", "exclude"):
            raise DatasetError(str(path), f"unknown section {action!r} (use add, drop, fix, exclude)")
    for i, item in enumerate(ann.get("drop", []), 1):
        where = f"{path} drop #{i}"
        require(item, ("entry_id", "span", "reason"), where)
        check_entry(item["entry_id"], by_id, where)
        row = _find(rows, item["entry_id"], item["span"], where)
        rows.remove(row)
        manual_exclusions.append({"entry_id": row["entry_id"], "span": row["span"], "start": row["start"],
                                  "end": row["end"], "reason": item["reason"], "source": "override"})
    for i, item in enumerate(ann.get("fix", []), 1):
        where = f"{path} fix #{i}"
        require(item, ("entry_id", "span", "set", "reason"), where)
        check_entry(item["entry_id"], by_id, where)
        row = _find(rows, item["entry_id"], item["span"], where)
        for key, value in item["set"].items():
            if key not in row or key in ("entry_id", "span", "start", "end", "source"):
                raise DatasetError(where, f"cannot set field {key!r}")
            row[key] = parse_value(value, f"{where} {key}") if key in ("value", "baseline_value") else value
        row.update(source="override", note=item["reason"])
    for i, item in enumerate(ann.get("add", []), 1):
        where = f"{path} add #{i}"
        require(item, ("entry_id",), where)
        entry = check_entry(item["entry_id"], by_id, where)
        rows.append(_override_row(text, entry, item, where, spam))
    for i, item in enumerate(ann.get("exclude", []), 1):
        where = f"{path} exclude #{i}"
        require(item, ("entry_id", "span", "reason"), where)
        entry = check_entry(item["entry_id"], by_id, where)
        s = locate(text, entry, item["span"], where, item.get("occurrence", 1))
        manual_exclusions.append({"entry_id": item["entry_id"], "span": item["span"], "start": s,
                                  "end": s + len(item["span"]), "reason": item["reason"], "source": "override"})
    return rows, manual_exclusions


def rule_exclusions(text: str, entry: dict) -> list[dict]:
    lo, hi = entry["start"], entry["end"]
    out = [{"entry_id": entry["entry_id"], "span": m.group(), "start": m.start(), "end": m.end(),
            "reason": "number inside a quoted name or a title in 《》", "source": "rule"}
           for m in QUOTED.finditer(text, lo, hi) if re.search(r"\d", m.group())]
    for reason, pattern in EXCLUDE_RULES:
        out += [{"entry_id": entry["entry_id"], "span": m.group(), "start": m.start(), "end": m.end(),
                 "reason": reason, "source": "rule"} for m in pattern.finditer(text, lo, hi)]
    return out


def audit(text, entries, rows, excluded, lacunae) -> None:
    """Every digit of every description must be in a metric, an exclusion or a lacuna."""
    covered = [(r["start"], r["end"]) for r in rows + excluded] + [(l["start"], l["end"]) for l in lacunae]
    for e in entries:
        for m in DIGIT_RUN.finditer(text, e["start"], e["end"]):
            if not any(s <= m.start() and m.end() <= t for s, t in covered):
                raise DatasetError(
                    f"entry {e['entry_id']} (line {e['line']}, offset {m.start()})",
                    f"number {m.group()!r} in '…{text[max(e['start'], m.start() - 12):m.end() + 6]}…' is neither "
                    f"a metric nor excluded; decide it in data/annotations/{ANNOTATIONS}",
                )


def extract_metrics(text: str, entries: list[dict], lacunae: list[dict], spam, annotations: Path):
    """(metric rows sorted by entry and offset with ids, excluded-number rows)."""
    by_id = {e["entry_id"]: e for e in entries}
    rows, excluded = [], []
    for e in entries:
        rows += rule_metrics(text, e, spam)
        excluded += rule_exclusions(text, e)
    inside = lambda r: any(l["start"] <= r["start"] < l["end"] or r["start"] <= l["start"] < r["end"] for l in lacunae)
    excluded += [{"entry_id": r["entry_id"], "span": r["span"], "start": r["start"], "end": r["end"],
                  "reason": "inside a lacuna", "source": "rule"} for r in rows if inside(r)]
    rows = [r for r in rows if not inside(r)]
    rows, manual = apply_overrides(rows, text, by_id, spam, annotations / ANNOTATIONS)
    excluded += manual
    # an exclusion rule that overlaps a metric (e.g. the years inside a before/after pair) is not an exclusion
    excluded = [x for x in excluded if x["source"] == "override"
                or not any(r["start"] <= x["start"] and x["end"] <= r["end"] for r in rows)]
    audit(text, entries, rows, excluded, lacunae)
    seq = {e["entry_id"]: e["seq"] for e in entries}
    rows.sort(key=lambda r: (seq[r["entry_id"]], r["start"], r["end"]))
    for i, r in enumerate(rows, 1):
        r["metric_id"] = f"M{i:03d}"
    excluded = [x for x in excluded if not any(y is not x and y["start"] <= x["start"] and x["end"] <= y["end"]
                                               and (y["end"] - y["start"]) > (x["end"] - x["start"]) for y in excluded)]
    excluded = sorted({(x["start"], x["end"], x["reason"]): x for x in excluded}.values(),
                      key=lambda x: (seq[x["entry_id"]], x["start"], x["end"], x["reason"]))
    for i, x in enumerate(excluded, 1):
        x["exclusion_id"] = f"X{i:03d}"
    return rows, excluded
