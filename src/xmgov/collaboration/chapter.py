"""The collaboration chapter (chapters/collaboration.md): analysis, glued facts, figures, tables."""

from __future__ import annotations

from .. import shared
from .report import Collaboration


def _compute() -> Collaboration:
    from . import report

    return report.analyse(*report.load_tables())


def analysis() -> Collaboration:
    return shared.result("collaboration", _compute)


def facts(c: Collaboration) -> dict:
    from . import report

    return report.facts(c)


def facts_zh(c: Collaboration, facts: dict) -> dict:
    """The Chinese edition's worded values (`xmgov.collaboration.chinese`)."""
    from . import chinese

    return chinese.facts_zh(c, facts)


def figures(c: Collaboration) -> None:
    from . import measures, plots, recognition, report
    from .chinese import FIGURES_ZH

    plots.network_figure(
        c.graph, label_min_weighted_degree=report.LABEL_MIN_WEIGHTED_DEGREE,
        caption=("Agencies linked by the entries they lead or implement together (协作网络). Colour: system; "
                 "area: weighted degree; line width: entries shared. Every agency is labelled; the largest "
                 "component is drawn on a circle ordered so that each entry's list of units forms a block, its agencies "
                 "named in a column on each side, and agencies that share no entry are listed beneath. "
                 "Recognizers are excluded."),
        alt=("Network diagram of the agencies named as lead or implementer. A few dense clusters, each "
             "formed by one multi-unit entry, and a list of agencies that share no entry."),
        zh=FIGURES_ZH["network"])
    plots.tie_matrix_figure(
        measures.tie_matrix(c.projection, "type"),
        caption="Ties between agency types (单位类型): number of agency pairs that share at least one entry",
        alt="Heatmap of tie counts between agency types; the diagonal holds ties within a type.",
        zh=FIGURES_ZH["type-matrix"])
    plots.null_model_figure(
        c.null, c.comparison,
        caption="Density and cross-type and cross-system shares in the rewired networks (零模型), observed value marked",
        alt="Three histograms of the null distributions with a vertical line at the observed value.",
        zh=FIGURES_ZH["null-model"])
    plots.recognition_figure(
        recognition.by_body(c.recognised, report.CATEGORIES), report.CATEGORIES,
        caption=("Bodies that recognised, listed or promoted entries (表彰、推广), grouped by type of body "
                 "(coded by hand for each recognition claim), and the number of entries of each award category "
                 "they recognised"),
        alt=("Grid of recognising bodies, grouped by type (central organs, the supreme court and procuratorate, "
             "media and portals, provincial and city organs), against the three award categories."),
        zh=FIGURES_ZH["recognition"])
    plots.rhetoric_figure(
        c.claimed,
        caption=("Coordination vocabulary (联动, 协同, 多元, 共治, 合力, 联合, 多部门 …) used in each entry's "
                 "text against the number of collaborating bodies it names; numbers in the circles count entries "
                 "(circle area grows with the count)"),
        alt="Bubble chart: occurrences of coordination terms on the horizontal axis, bodies named on the vertical axis.",
        zh=FIGURES_ZH["rhetoric"])


def tables(c: Collaboration) -> list[tuple]:
    """(slug, frame, caption, Chinese words) for each published table."""
    from . import report
    from .chinese import tables_zh

    english = [
        ("bases", report.bases_display(c),
         "Collaboration by where the names come from: the unit lists of the surviving titles, the "
         "descriptions, and outside pages, alone and together. Entries in reach: entries the base can "
         "speak for at all (a surviving title; every description; a trusted outside page rated high confidence). Highest "
         "weighted degree: the most-tied body or bodies, with their weighted degree"),
        ("bodies-per-entry", report.body_count_display(c),
         "Entries by the number of collaborating bodies (lead or implementer) they name, by award category"),
        ("actors", report.agency_counts_display(c),
         "Collaborating agencies (lead or implementer in at least one entry) by system, type and level"),
        ("crossings", report.crossing_display(c),
         "Entries that name two or more collaborating bodies: the systems and administrative levels they "
         "span. A body named only by an outside page, not by the article, is marked with the class of "
         "that page's publisher"),
        ("centrality", report.centrality_display(c),
         "The most central agencies: entries taken part in, ties, weighted degree and eigenvector centrality"),
        ("null-model", report.comparison_display(c),
         "Observed network statistics against degree-preserving rewirings of the entries × agencies graph"),
        ("rhetoric", report.rhetoric_display(c),
         "Entries that use coordination vocabulary and those that do not, by the number of bodies they name"),
    ]
    zh = tables_zh(c)
    return [(slug, frame, caption, zh[slug]) for slug, frame, caption in english]
