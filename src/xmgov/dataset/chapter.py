"""The data chapter (chapters/data.md): the dataset's own facts, figures and tables."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass
class Dataset:
    entries: pd.DataFrame
    metrics: pd.DataFrame
    claims: pd.DataFrame
    links: pd.DataFrame
    lacunae: pd.DataFrame
    log: pd.DataFrame
    excluded: pd.DataFrame
    gaps: pd.DataFrame
    raw_lines: pd.DataFrame
    leads: pd.DataFrame


def analysis() -> Dataset:
    from .. import rawfacts
    from . import load

    return Dataset(entries=load.entries(), metrics=load.metrics(), claims=load.claims(),
                   links=load.entry_agencies(), lacunae=load.lacunae(),
                   log=load.cleaning_log(), excluded=load.excluded_numbers(), gaps=load.gaps(),
                   raw_lines=rawfacts.lines(), leads=load.external_leads())


def facts(d: Dataset) -> dict:
    from .. import rawfacts
    from . import report
    from .source import read_provenance

    provenance = read_provenance()
    return (report.facts(d.entries, d.metrics, d.claims, d.links, d.lacunae, d.log, d.excluded, d.leads)
            | {"data_sha256_short": provenance["sha256"][:16] + "…",
               "data_published": provenance["published"]}
            | rawfacts.summary(d.raw_lines))


def facts_zh(d: Dataset, facts: dict) -> dict:
    """The Chinese edition's worded values (zh/chapters/data.md), from the same data."""
    from .chinese import chapter_facts_zh

    return chapter_facts_zh(d, facts)


def figures(d: Dataset) -> None:
    from .. import rawfacts
    from . import chinese, report

    # xmgov.rawfacts draws this figure outside the dataset package; its Chinese words are added
    # to the record it saved.
    rawfacts.plot_line_lengths(d.raw_lines, chapter="data", zh=chinese.line_lengths(d.raw_lines))
    report.plot_coverage(d.entries, d.metrics)


def tables(d: Dataset) -> list[tuple]:
    from . import chinese, report

    cleaning = report.cleaning(d.log, d.lacunae)
    coverage = report.coverage(d.entries, d.metrics, d.links)
    district = report.by_scope(d.entries, "district")
    level = report.by_scope(d.entries, "level")
    rules = report.rules_vs_overrides(d.metrics, d.claims, d.excluded, d.entries)
    gaps = d.gaps[["what", "stated_in_source", "why"]]
    overview = report.tables_overview()
    return [
        ("cleaning", cleaning,
         "Spam removed and lacunae flagged, in file order (offset = character offset into the raw file).",
         chinese.cleaning(cleaning)),
        ("coverage", coverage,
         "Entries by award list: with a title, with a lead unit named in the article, with and without a reported quantity, with a lacuna.",
         chinese.coverage(coverage)),
        ("district", district,
         "Entries by district (as far as the text shows) and award list.",
         chinese.by_scope("district", district)),
        ("level", level,
         "Entries by administrative level of the unit running them (as far as the text shows) and award list.",
         chinese.by_scope("level", level)),
        ("rules", rules,
         "Values decided by rules and by hand overrides (each override carries its reason in data/annotations).",
         chinese.rules(rules)),
        ("gaps", gaps,
         "Documented gaps: what the dataset cannot contain and why.",
         chinese.gaps(gaps, d)),
        ("tables", overview,
         "The published tables (data/processed), with their number of rows.",
         chinese.tables_overview(overview)),
    ]
