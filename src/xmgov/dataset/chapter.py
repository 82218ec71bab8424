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


def figures(d: Dataset) -> None:
    from .. import rawfacts
    from . import report

    rawfacts.plot_line_lengths(d.raw_lines, chapter="data")
    report.plot_coverage(d.entries, d.metrics)


def tables(d: Dataset) -> list[tuple[str, pd.DataFrame, str]]:
    from . import report

    return [
        ("cleaning", report.cleaning(d.log, d.lacunae),
         "Spam removed and lacunae flagged, in file order (offset = character offset into the raw file)."),
        ("coverage", report.coverage(d.entries, d.metrics, d.links),
         "Entries by award list: with a title, with a lead unit named in the article, with and without a reported quantity, with a lacuna."),
        ("district", report.by_scope(d.entries, "district"),
         "Entries by district (as far as the text shows) and award list."),
        ("level", report.by_scope(d.entries, "level"),
         "Entries by administrative level of the unit running them (as far as the text shows) and award list."),
        ("rules", report.rules_vs_overrides(d.metrics, d.claims, d.excluded, d.entries),
         "Values decided by rules and by hand overrides (each override carries its reason in data/annotations)."),
        ("gaps", d.gaps[["what", "stated_in_source", "why"]],
         "Documented gaps: what the dataset cannot contain and why."),
        ("tables", report.tables_overview(),
         "The published tables (data/processed), with their number of rows."),
    ]
