"""Novelty claims (全国首创 …) and recognition claims (入选, 获评, 被…推广 …) by rule.

A recognition claim is one clause (text between , ; 。) holding a cue word; its bodies are the
agencies named in the clause on the giving side: after the cue for "received" cues (入选X, 获评X),
between a passive marker and the cue (被X推广, 得到X肯定, 获X刊发), else before the cue (X作出肯定).
Who recognised, by type and level, is not guessed from keywords: it is coded by hand for every
claim (data/annotations/recognizers.csv, merged by xmgov.dataset.recognizers).

What is recognised: the entry (its model, experience, team, unit) unless the clause names persons
before the cue as the ones honoured (其中2人被评选为…表彰对象, 多名调解员获得…表彰): then
`recognized` is `individuals`, which is an honour for people, not evidence about the entry.
"""

from __future__ import annotations

import re

NOVELTY = re.compile(r"首创|首个|首推|首家|率先全市|率先|第一个")
NOVELTY_LEVEL = [("national", re.compile(r"全国|国内")), ("provincial", re.compile(r"全省|我省|省内")),
                 ("city", re.compile(r"全市|市内"))]
LEVEL_WINDOW = 8  # characters before a novelty cue searched for its level word
MERGE_GAP = 6  # a level-less cue this close before a levelled one is the same claim (率先开展全市第一个)

KINDS = [  # priority order: a clause with several cues takes the first kind that matches
    ("award", re.compile(r"被评选为|被评为|获评|荣获|表彰|表扬|命名为")),
    ("listing", re.compile(r"入选|收录|被收入|选编入|刊载|刊发|列为|确定为")),
    ("replication", re.compile(r"推广")),
    ("endorsement", re.compile(r"肯定|好评|吸收为")),
]
RECEIVED = re.compile(r"入选|获评|荣获|被评选为|被评为")
PASSIVE = re.compile(r"被|得到|受到|获(?!评|此)")
CLAUSE = re.compile(r"[^,;。\n]+")
# persons as the recipients, written before the cue: 2人, 多名调解员, 个人
INDIVIDUALS = re.compile(r"\d+\s?(?:名|人)|多名|数名|个人|调解员")


def _level_before(text: str, clause_start: int, pos: int, end: int) -> tuple[str, int]:
    window_start = max(clause_start, pos - LEVEL_WINDOW)
    for level, pattern in NOVELTY_LEVEL:
        hits = list(pattern.finditer(text, window_start, end))
        if hits:
            return level, min(h.start() for h in hits)
    return "unspecified", pos


def novelty_claims(text: str, start: int, end: int) -> list[dict]:
    found = []
    for clause in CLAUSE.finditer(text, start, end):
        for m in NOVELTY.finditer(text, clause.start(), clause.end()):
            cue_end = m.end()
            level, span_start = _level_before(text, clause.start(), m.start(), cue_end)
            if m.group() == "率先全市":
                level, span_start = "city", m.start()
            found.append({"start": span_start, "end": cue_end, "cue": m.group(), "level": level})
    kept = [c for i, c in enumerate(found)
            if not (c["level"] == "unspecified" and i + 1 < len(found)
                    and found[i + 1]["level"] != "unspecified" and found[i + 1]["start"] - c["end"] <= MERGE_GAP)]
    return [{**c, "span": text[c["start"]:c["end"]], "claim_type": "novelty"} for c in kept]


def _bodies(text, clause, cue, mentions):
    inside = [m for m in mentions if clause.start() <= m.start and m.end <= clause.end()]
    if RECEIVED.search(text, clause.start(), cue.end()):
        return [m for m in inside if m.start >= cue.end()]
    marker = None
    for p in PASSIVE.finditer(text, clause.start(), cue.start()):
        marker = p
    lo = marker.end() if marker else clause.start()
    return [m for m in inside if lo <= m.start and m.end <= cue.start()]


def recognition_claims(text: str, start: int, end: int, mentions) -> list[dict]:
    out = []
    for clause in CLAUSE.finditer(text, start, end):
        cues = [(kind, m) for kind, pattern in KINDS for m in pattern.finditer(text, clause.start(), clause.end())]
        if not cues:
            continue
        kind, cue = cues[0]
        first = min((m for _, m in cues), key=lambda m: m.start())
        last = max((m for _, m in cues), key=lambda m: m.end())
        bodies = _bodies(text, clause, last, mentions)
        s = clause.start() + len(clause.group()) - len(clause.group().lstrip())
        recognized = "individuals" if INDIVIDUALS.search(text, s, first.start()) else "entry"
        base = {"start": s, "end": clause.end(), "span": text[s:clause.end()], "claim_type": "recognition",
                "cue": first.group() if first is last else f"{first.group()}…{last.group()}", "kind": kind,
                "recognized": recognized}
        if not bodies:
            out.append({**base, "body": None, "body_mention": None, "body_start": None, "body_end": None})
        out += [{**base, "body": b.agency_id, "body_mention": b.mention, "body_start": b.start, "body_end": b.end}
                for b in bodies]
    return out


def apply_overrides(claims: list[dict], text: str, by_id: dict, lexicon, path) -> list[dict]:
    """data/annotations/claims.yaml: `drop` a rule claim (entry_id + its span) or `add` one, with a reason
    (and, for a novelty claim, its level; who gave a recognition claim is coded in recognizers.csv)."""
    from .annotations import check_entry, load_yaml, locate, require
    from .errors import DatasetError

    ann = load_yaml(path.name, path.parent)
    for i, item in enumerate(ann.get("drop", []), 1):
        where = f"{path} drop #{i}"
        require(item, ("entry_id", "span", "reason"), where)
        check_entry(item["entry_id"], by_id, where)
        hits = [c for c in claims if c["entry_id"] == item["entry_id"] and c["span"] == item["span"]]
        if not hits:
            raise DatasetError(where, f"no rule claim with span {item['span']!r} in entry {item['entry_id']}")
        claims = [c for c in claims if not any(c is h for h in hits)]
    for i, item in enumerate(ann.get("add", []), 1):
        where = f"{path} add #{i}"
        require(item, ("entry_id", "span", "claim_type", "reason", *(("level",) if item.get("claim_type") == "novelty" else ())),
                where)
        entry = check_entry(item["entry_id"], by_id, where)
        s = locate(text, entry, item["span"], where)
        body = lexicon.resolve(item["body"], where) if item.get("body") else None
        claims.append({"entry_id": item["entry_id"], "start": s, "end": s + len(item["span"]), "span": item["span"],
                       "claim_type": item["claim_type"], "cue": item.get("cue", item["span"]), "level": item.get("level"),
                       "kind": item.get("kind"), "body": body, "body_mention": item.get("body"),
                       "body_start": None, "body_end": None, "source": "override",
                       "recognized": item.get("recognized", "entry" if item["claim_type"] == "recognition" else None)})
    return claims
