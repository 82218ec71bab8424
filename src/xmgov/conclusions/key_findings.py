"""The key-findings page (chapters/key-findings.md): the synthesis's facts, nothing of its own."""

from __future__ import annotations

from .chapter import analysis
from .findings import Synthesis


def facts(s: Synthesis) -> dict:
    from . import findings

    return findings.key_findings_facts(s)


__all__ = ["analysis", "facts"]
