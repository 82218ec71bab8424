"""The metrics chapter (chapters/metrics.md): its analysis, glued facts, figures and tables."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .. import shared


@dataclass
class Metrics:
    entries: pd.DataFrame
    metrics: pd.DataFrame
    claims: pd.DataFrame
    agencies: pd.DataFrame
    lacunae: pd.DataFrame
    entry_agencies: pd.DataFrame
    indicators: pd.DataFrame


def _compute() -> Metrics:
    from ..dataset import load
    from . import indicators

    entries, metrics, claims = load.entries(), load.metrics(), load.claims()
    return Metrics(entries=entries, metrics=metrics, claims=claims, agencies=load.agencies(),
                   lacunae=load.lacunae(), entry_agencies=load.entry_agencies(),
                   indicators=indicators.per_entry(metrics, claims, entries))


def analysis() -> Metrics:
    return shared.result("metrics", _compute)


def facts(m: Metrics) -> dict:
    from . import facts as f
    from . import magnitudes

    money, people = magnitudes.money(m.metrics, m.entries), magnitudes.people(m.metrics, m.entries, m.claims)
    rates, pairs = magnitudes.rates(m.metrics, m.entries), magnitudes.pairs(m.metrics, m.entries)
    return (f.inventory_facts(m.metrics, m.entries) | f.profile_facts(m.indicators)
            | f.score_facts(m.indicators) | f.robustness_facts(m.metrics, m.claims, m.entries)
            | f.magnitude_facts(money, people, rates, pairs)
            | f.claims_facts(m.claims, m.entries, m.agencies, m.indicators)
            | f.recognizer_type_facts(m.claims, m.entries) | f.novelty_lead_facts(m.claims, m.entries)
            | f.reconcile_facts(m.claims, m.entry_agencies)
            | f.recipient_facts(m.claims, m.entries, m.indicators)
            | f.lacunae_facts(m.lacunae, m.metrics, m.entries, m.indicators)
            | f.contested_example_facts(m.entries))


def facts_zh(m: Metrics, facts: dict) -> dict:
    """The Chinese edition's worded values (`<name>_zh`), from the same result (`xmgov.metrics.chinese`)."""
    from .chinese import facts_zh as worded

    return worded(m, facts)


def figures(m: Metrics) -> None:
    from . import magnitudes, plots, profile

    plots.profile_matrix(profile.matrix(m.indicators, m.entries))
    plots.scores(profile.scores(m.indicators), profile.category_ranking(m.indicators))
    plots.money(magnitudes.money(m.metrics, m.entries))
    plots.people(magnitudes.people(m.metrics, m.entries, m.claims))
    plots.rates(magnitudes.rates(m.metrics, m.entries))
    plots.slopes(magnitudes.pairs(m.metrics, m.entries))
    plots.claims_by_category(m.indicators)


def tables(m: Metrics) -> list[tuple]:
    """(slug, frame, English caption, Chinese words) for every published table."""
    from .chinese import table_words

    english = _tables(m)
    zh = table_words(english)
    return [(slug, frame, caption, zh[slug]) for slug, frame, caption in english]


def _tables(m: Metrics) -> list[tuple[str, pd.DataFrame, str]]:
    from . import claims, contested, display, inventory, lacunae, profile

    reporting = inventory.entries_reporting(m.metrics, m.entries)
    national = claims.national_recognition(m.claims, m.entries, m.agencies)
    lost = lacunae.lost_figures(m.lacunae, m.entries)
    return [
        ("kinds", display.counts_table(inventory.kind_by_category(m.metrics, m.entries), "kind"),
         "Reported quantities by kind and award category (number of quantities)."),
        ("entries-reporting",
         display.counts_table(reporting.drop(columns="entries").rename(columns={"any": "any quantity"}), "category"),
         "Entries reporting at least one quantity of each kind, by award category."),
        ("qualifiers", inventory.qualifiers(m.metrics),
         "Qualifiers attached to reported quantities and how they are read (none = the number is stated as it stands)."),
        ("category-summary", display.category_summary(m.indicators),
         "Evidence indicators by award category: entries meeting each indicator (the base of rates is a share of the entries that report a rate)."),
        ("ranking", display.ranking(profile.category_ranking(m.indicators)),
         f"Mean evidence score per award category under {len(profile.WEIGHTINGS)} weightings, with the category's rank in brackets (1 = highest)."),
        ("outcome-readings", contested.outcome_readings(m.metrics, m.claims, m.entries).drop(columns="entries"),
         "Outcome counts under three readings of the contested quantities: as the dataset classes them, stricter (contested outcomes and changes counted as outputs) and broader (contested outputs and money counted as outcomes)."),
        ("novelty", display.novelty(claims.novelty_by_level(m.claims, m.entries)),
         "Novelty claims by level and award category: number of claims, and of entries making at least one."),
        ("novelty-leads", claims.novelty_leads(m.claims, m.entries).rename(columns={
            "corroboration": "outside lead", "corroboration_words": "words of the lead", "corroboration_url": "URL"}),
         "Novelty claims whose entry's outside lead states a first. trusted_lead: the lead states the same first on a page whose publisher is an official government or court site or an official newspaper or broadcaster; untrusted_lead: the same first on another page (either way the page repeats the claim, it does not check it); other_first: the lead states a different first and does not speak to the claim. No other novelty claim has an outside source."),
        ("recognition-kinds", display.counts_table(claims.recognition_by_level_kind(m.claims, m.entries), "level"),
         "Recognition claims by the level of the recognizing body and the kind of recognition."),
        ("recognition-types", claims.recognition_by_type(m.claims, m.entries),
         "Recognition claims by the type of the recognizing body (hand-coded for each claim, with its basis, in claims.csv) and its level, with the entries of each type."),
        ("recognition-bodies",
         claims.recognition_by_body(m.claims, m.entries, m.agencies).rename(
             columns={"body_name": "recognizing body", "recognizer_type": "type"}),
         "Recognizing bodies: level, type, number of recognition claims, kinds and the entries recognised."),
        ("national", national[["entry_id", "label", "recognizer_type", "kind", "body_name", "span"]].assign(
            recognizer_type=lambda t: t["recognizer_type"].map(claims.RECOGNIZER_TYPE_EN).astype(str)).rename(
                columns={"body_name": "body", "recognizer_type": "type"}),
         "Entries with national recognition, one row per recognition claim, with the type of body and the verbatim span of the source."),
        ("lost", lacunae.lost_table(lost),
         "Figures cut out of the source: the clause that survives, an English gloss, and whether a figure was certainly lost. The full context and notes are in the data chapter's cleaning table."),
        ("lost-effect", lacunae.effect_on_counts(m.lacunae, m.metrics, m.entries),
         "Counts as extracted, with the certain lost figures restored, and with the probable one too (each lost figure counted once, the least it can have been)."),
    ]
