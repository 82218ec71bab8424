"""The facts the key findings, the preface and the conclusions add, on hand-made inputs."""

import pandas as pd
import pytest

from xmgov.conclusions import findings, preface


def test_sentences_end_at_full_stops_not_at_semicolons_or_decimal_points():
    assert preface.sentences("甲乙;丙丁。率96.5%以上。") == 2
    assert preface.sentences("一句话!第二句?第三句") == 3
    assert preface.sentences("没有句号") == 1


def test_sentence_facts_phrase_the_distribution():
    entries = pd.DataFrame({"description": ["一。", "一。二。", "一。", "一。二。三。"]})
    facts = preface.sentence_facts(entries)
    assert facts == {"sent_span": "one to three sentences",
                     "sent_listing": "2 entries have one, 1 two and 1 three"}  # 2, 1 and 1 entries
    one = preface.sentence_facts(pd.DataFrame({"description": ["一。"]}))
    assert (one["sent_span"], one["sent_listing"]) == ("one sentence", "1 entry has one")


def test_security_counts_each_entry_once():
    hand = pd.DataFrame({"risk_political": [1, 0, 0, 0], "risk_order": [1, 1, 0, 0],
                         "risk_safety": [0, 0, 0, 0], "risk_cyber": [0, 0, 1, 0],
                         "risk_disputes": [0, 0, 0, 1]}).astype(bool)
    assert findings.security_facts(hand) == {"syn_security_n": 3}  # risk_disputes is not security
    with pytest.raises(ValueError, match="risk_cyber"):
        findings.security_facts(hand.drop(columns="risk_cyber"))
