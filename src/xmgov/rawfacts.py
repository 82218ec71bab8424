"""The raw source at a glance: what kind of line each line is, before any cleaning.

This is deliberately independent of the extraction pipeline: it describes the file as received,
so a reader can see the damage (lost headings, spam) that the dataset chapter then handles.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from . import paths

NUMBERED_TITLE = re.compile(r"^\d+\.\S")
SPAM = "im电竞"
LINE_KINDS = {
    "headline": "headline 标题",
    "lead": "article text 正文",
    "numbered_title": "numbered entry title 编号标题",
    "bullet": "entry description ● 条目",
}


def line_kind(number: int, text: str) -> str:
    if number == 1:
        return "headline"
    if text.startswith("●"):
        return "bullet"
    if NUMBERED_TITLE.match(text):
        return "numbered_title"
    return "lead"


def lines(path: Path | None = None) -> pd.DataFrame:
    """One row per line of the raw file: its number, kind, length and spam count."""
    text = (path or paths.RAW_SOURCE).read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        kind = line_kind(number, line)
        rows.append({"line": number, "kind": kind, "kind_label": LINE_KINDS[kind],
                     "characters": len(line), "spam_tokens": line.count(SPAM)})
    return pd.DataFrame(rows)


def summary(table: pd.DataFrame) -> dict:
    """Headline numbers about the raw file, for the prose and the figure's caption."""
    counts = table["kind"].value_counts()
    return {
        "raw_lines": len(table),
        "raw_characters": int(table["characters"].sum()),
        "raw_bullets": int(counts.get("bullet", 0)),
        "raw_numbered_titles": int(counts.get("numbered_title", 0)),
    }


def plot_line_lengths(table: pd.DataFrame, chapter: str, zh=None):
    """Bar per line, coloured by kind: where the entries are and which kept a title; `zh` is the
    Chinese edition's words for it (`xmgov.chinese.Chinese`)."""
    from .figures import PALETTE, new_figure, save_figure

    fig, ax = new_figure("full", 3.2)
    colours = dict(zip(LINE_KINDS, PALETTE))
    for kind, label in LINE_KINDS.items():
        part = table[table["kind"] == kind]
        ax.bar(part["line"], part["characters"], width=0.8, color=colours[kind], label=label)
    spam = table[table["spam_tokens"] > 0]
    ax.scatter(spam["line"], spam["characters"] + 12, marker="v", color=PALETTE[7], s=18,
               label=f"line with spam token 含 “{SPAM}”", zorder=3)
    ax.set_xlabel("line of the raw file 原文行号")
    ax.set_ylabel("characters 字数")
    ax.set_xlim(0, len(table) + 1)
    fig.legend(loc="outside upper center", ncols=2)
    facts = summary(table)
    entries = table[table["kind"] == "bullet"]["characters"]
    lead = int((table["kind"] == "lead").sum())
    return save_figure(
        fig, chapter=chapter, slug="line-lengths",
        caption=f"Every line of the source as received, by length and kind: {lead} lines of "
                f"article text, then {facts['raw_bullets']} entry descriptions (●), only "
                f"{facts['raw_numbered_titles']} of which kept their numbered title (编号标题).",
        alt=f"Bar chart of the {facts['raw_lines']} lines of the raw source file: a headline, "
            f"{lead} article paragraphs, then entry descriptions of {entries.min()} to "
            f"{entries.max()} characters with {facts['raw_numbered_titles']} short numbered title "
            f"lines among them; {int((table['spam_tokens'] > 0).sum())} lines carry the injected "
            f"spam token.",
        source="Source: 厦门日报/厦门网, 2023-03-02, third-party web copy (data/raw); "
               "computed by xmgov.rawfacts.",
        data=table[["line", "kind", "characters", "spam_tokens"]], zh=zh,
    )
