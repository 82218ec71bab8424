"""The key-findings page (chapters/key-findings.md): the synthesis's facts, nothing of its own."""

from __future__ import annotations

from .chapter import analysis
from .findings import Synthesis


def facts(s: Synthesis) -> dict:
    from . import findings

    return findings.key_findings_facts(s)


def facts_zh(s: Synthesis, facts: dict) -> dict:
    """The Chinese edition's worded values (xmgov.conclusions.chinese), from the same synthesis."""
    from . import chinese

    return chinese.key_findings_zh(s, facts)


__all__ = ["analysis", "facts", "facts_zh"]
