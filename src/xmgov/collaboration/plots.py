"""The chapter's figures, drawn through `xmgov.figures` (house style, bilingual labels, saved data).

Each function draws one figure from tables the other modules compute, saves it with
`save_figure` and returns the figure record. Nothing here computes a result the prose relies on.
"""

from __future__ import annotations

import math
import re
import textwrap

import networkx as nx
import numpy as np
import pandas as pd

from ..figures import GREY, PALETTE, SEQUENTIAL_CMAP, new_figure, save_figure
from . import SEED
from .actors import SYSTEM_LABELS, TYPE_LABELS
from .measures import largest_component
from ..dataset.vocabulary import CATEGORIES, category_label

CHAPTER = "collaboration"
SOURCE = ("Source: Xiamen Daily, 2023-03-02 (厦门网); agencies and roles from the book's dataset "
          "(agencies.csv, entry_agencies.csv, and external_agencies.csv for high-confidence outside "
          "leads); analysis by the authors.")
CATEGORY_LABELS = {c: category_label(c, "zh\nen") for c in CATEGORIES}
# Colours chosen so that systems that sit side by side on the ring differ in lightness as well as
# hue: government (most nodes) orange; finance sky blue, not yellow; the police black, not the
# vermilion next to orange; the grassroots, which sit apart, yellow.
BLUE, ORANGE, GREEN, VERMILION, SKY_BLUE, PURPLE, YELLOW, BLACK = PALETTE
SYSTEM_COLOURS = {"party": BLUE, "government": ORANGE, "judicial": GREEN, "public_security": BLACK,
                  "grassroots": YELLOW, "society": PURPLE, "finance": SKY_BLUE, "national": VERMILION,
                  "media": GREY}


def short_english(name_en: str) -> str:
    """English gloss without the "Xiamen Municipal" prefix every city body shares."""
    return re.sub(r"^(Xiamen Municipal |Xiamen )", "", name_en)


def bilingual(name_zh: str, name_en: str, width: int = 22) -> str:
    """Chinese name over its English gloss, wrapped to `width` characters."""
    return "\n".join([name_zh, *textwrap.wrap(short_english(name_en), width)]) if name_en else name_zh


# Network figure geometry, in data units (the ring has radius 1): half-width of the drawing, the
# rows beneath the ring for small components and isolates, isolates per row.
HALF_WIDTH = 2.0
SMALL_ROW_Y = -1.6
ISOLATE_ROW_Y = -2.2
ISOLATE_ROW_STEP = 0.5
ISOLATES_PER_ROW = 9


def layout(graph: nx.Graph, seed: int = SEED) -> dict[str, np.ndarray]:
    """Positions: the largest component on a circle of radius 1, smaller components in a row
    beneath it (spring layout, fixed seed), isolates in rows beneath those, each in a fixed order.

    On the circle, agencies are ordered by community, then by weighted degree, so that each
    multi-unit entry shows as a block of chords; the circle is turned half a step so that no agency
    sits straight above or below the centre, and every label can lean outwards to one side. (A
    spring layout of the whole disconnected graph flings the small components to the margins and
    piles up agencies that share exactly the same entries.)
    """
    components = sorted((c for c in nx.connected_components(graph) if len(c) > 1), key=lambda c: (-len(c), min(c)))
    pos: dict[str, np.ndarray] = {}
    if components:
        strength = dict(graph.degree(weight="weight"))
        ring = sorted(components[0], key=lambda n: (graph.nodes[n].get("community", 0), -strength[n], n))
        angles = np.pi / 2 - 2 * np.pi * (np.arange(len(ring)) + 0.5) / len(ring)
        pos.update({n: np.array([np.cos(a), np.sin(a)]) for n, a in zip(ring, angles)})
    small = components[1:]
    for i, component in enumerate(small):
        centre = np.array([-HALF_WIDTH + 2 * HALF_WIDTH * (i + 0.5) / len(small), SMALL_ROW_Y])
        if len(component) == 2:  # a pair side by side, so that both labels have room outside it
            spread = dict(zip(sorted(component), [np.array([-1.0, 0.0]), np.array([1.0, 0.0])]))
        else:
            spread = nx.rescale_layout_dict(nx.spring_layout(graph.subgraph(component), seed=seed), scale=1.0)
        pos.update({n: centre + 0.3 * p for n, p in spread.items()})
    isolates = sorted(n for n in graph if graph.degree(n) == 0)
    for i, node in enumerate(isolates):
        row, col = divmod(i, ISOLATES_PER_ROW)
        x = -HALF_WIDTH + 2 * HALF_WIDTH * (col + 0.5) / ISOLATES_PER_ROW
        pos[node] = np.array([x, ISOLATE_ROW_Y - ISOLATE_ROW_STEP * row])
    return pos


def _label_offset(point: np.ndarray, centre: np.ndarray, radius: float) -> tuple[tuple[float, float], str, str]:
    """Offset (points) and alignment that push a label away from `centre` (its component's
    centre, or the ring's): to the left or right wherever the direction leans sideways at all."""
    direction = point - centre
    norm = float(np.hypot(*direction))
    if norm < 1e-9:
        return (0.0, radius), "center", "bottom"
    dx, dy = direction / norm
    ha = "left" if dx > 0.05 else "right" if dx < -0.05 else "center"
    va = "bottom" if dy > 0.5 else "top" if dy < -0.5 else "center"
    return (dx * radius, dy * radius), ha, va


def network_figure(graph: nx.Graph, label_min_weighted_degree: int, caption: str, alt: str):
    """The agency projection: colour = system, area = weighted degree, width = entries shared.

    Only agencies with weighted degree >= `label_min_weighted_degree` are labelled (Chinese name
    with English gloss), radially outside the ring; the figure data lists every node with its
    label status.
    """
    pos = layout(graph)
    isolates = [n for n in graph if graph.degree(n) == 0]
    rows = math.ceil(len(isolates) / ISOLATES_PER_ROW)
    bottom = ISOLATE_ROW_Y - ISOLATE_ROW_STEP * (rows - 1) - 0.3 if rows else SMALL_ROW_Y - 0.4
    top, legend_in, width_in = 1.45, 0.9, 7.0
    height = width_in * (top - bottom) / (2 * HALF_WIDTH) + legend_in
    fig, ax = new_figure("full", height=height)
    ax.set_position([0, legend_in / height, 1, 1 - legend_in / height])  # the drawing fills the width
    strength = dict(graph.degree(weight="weight"))
    sizes = {n: 30 + 28 * strength[n] for n in graph}
    edges = sorted(graph.edges(data="weight"), key=lambda e: e[2])
    for a, b, w in edges:
        ax.plot(*zip(pos[a], pos[b]), color=GREY, linewidth=0.5 + 0.9 * (w - 1), alpha=0.6, zorder=1)
    nodes = sorted(graph)
    ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=[sizes[n] for n in nodes],
               c=[SYSTEM_COLOURS[graph.nodes[n]["system"]] for n in nodes], edgecolors="#333333",
               linewidths=0.4, zorder=2)
    labelled = {n for n in nodes if strength[n] >= label_min_weighted_degree}
    largest = largest_component(graph)
    centre_of = {}
    for component in nx.connected_components(graph):
        if component == largest and len(component) > 2:
            centre = np.zeros(2)  # the ring's centre: labels point radially outwards
        elif len(component) > 1:
            centre = np.mean([pos[n] for n in component], axis=0)
        else:
            centre = pos[min(component)] - [0, 1]  # an isolate: label above its dot
        centre_of.update(dict.fromkeys(component, centre))
    for n in sorted(labelled):
        isolate = graph.degree(n) == 0
        offset, ha, va = _label_offset(pos[n], centre_of[n], 3 + math.sqrt(sizes[n]) / 2)
        ax.annotate(bilingual(graph.nodes[n]["name_zh"], graph.nodes[n]["name_en"], width=16 if isolate else 22),
                    pos[n], xytext=offset, textcoords="offset points", ha=ha, va=va, fontsize=5.5,
                    linespacing=0.95, zorder=3)
    if isolates:
        ax.text(-HALF_WIDTH, ISOLATE_ROW_Y + 0.35, "不与其他单位共现 agencies that share no entry", fontsize=7,
                color="#444444")
    present = [s for s in SYSTEM_LABELS if any(graph.nodes[n]["system"] == s for n in graph)]
    handles = [ax.scatter([], [], s=40, color=SYSTEM_COLOURS[s], label=SYSTEM_LABELS[s]) for s in present]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=4, title="颜色：系统 colour: system",
              title_fontsize=8, borderaxespad=0)
    ax.set_axis_off()
    ax.set_xlim(-HALF_WIDTH, HALF_WIDTH)
    ax.set_ylim(bottom, top)
    ax.set_aspect("equal")
    drawn = pd.DataFrame(
        [{"element": "node", "id": n, "name_zh": graph.nodes[n]["name_zh"], "name_en": graph.nodes[n]["name_en"],
          "system": graph.nodes[n]["system"], "weighted_degree": strength[n], "x": pos[n][0], "y": pos[n][1],
          "labelled": n in labelled, "source": "", "target": "", "weight": np.nan} for n in nodes]
        + [{"element": "edge", "id": f"{a}--{b}", "name_zh": "", "name_en": "", "system": "",
            "weighted_degree": np.nan, "x": np.nan, "y": np.nan, "labelled": False, "source": a,
            "target": b, "weight": w} for a, b, w in sorted((min(a, b), max(a, b), w) for a, b, w in edges)])
    return save_figure(fig, chapter=CHAPTER, slug="network", caption=caption, alt=alt, source=SOURCE, data=drawn)


def tie_matrix_figure(matrix: pd.DataFrame, caption: str, alt: str):
    """Heatmap of ties between agency types (cells annotated with counts)."""
    order = [t for t in TYPE_LABELS if t in matrix.index] + sorted(set(matrix.index) - set(TYPE_LABELS))
    matrix = matrix.loc[order, order]
    labels = [TYPE_LABELS.get(t, t) for t in matrix.index]
    fig, ax = new_figure("full", height=0.42 * len(matrix) + 1.6)
    values = matrix.to_numpy()
    image = ax.imshow(values, cmap=SEQUENTIAL_CMAP, vmin=0)
    for (i, j), v in np.ndenumerate(values):
        ax.text(j, i, str(v), ha="center", va="center", fontsize=7,
                color="white" if v < values.max() * 0.6 else "black")
    ax.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    ax.spines[:].set_visible(False)
    fig.colorbar(image, ax=ax, shrink=0.7, label="共现关系数 ties (agency pairs)")
    data = matrix.rename_axis("type").reset_index()
    return save_figure(fig, chapter=CHAPTER, slug="type-matrix", caption=caption, alt=alt, source=SOURCE, data=data)


NULL_LABELS = {"density": "密度\ndensity",
               "cross_type_share": "跨类型关系占比\nshare of ties across types",
               "cross_system_share": "跨系统关系占比\nshare of ties across systems"}


def null_model_figure(null: pd.DataFrame, comparison: pd.DataFrame, caption: str, alt: str):
    """Histogram of each statistic over the rewired graphs, with the observed value marked."""
    stats = list(comparison["statistic"])
    fig, axes = new_figure("full", height=2.4, nrows=1, ncols=len(stats))
    for ax, stat in zip(np.atleast_1d(axes), stats):
        sample = null[stat].to_numpy()
        observed = float(comparison.set_index("statistic").at[stat, "observed"])
        ax.hist(sample, bins=25, color=PALETTE[4], edgecolor="white", linewidth=0.3)
        ax.axvline(observed, color=PALETTE[3], linewidth=1.6)
        ax.annotate("观测值\nobserved", (observed, ax.get_ylim()[1] * 0.95), xytext=(3, 0),
                    textcoords="offset points", va="top", fontsize=7, color=PALETTE[3])
        ax.set_xlabel(NULL_LABELS.get(stat, stat))
    np.atleast_1d(axes)[0].set_ylabel("随机图数 rewired graphs")
    fig.tight_layout()
    data = null.assign(draw=np.arange(1, len(null) + 1))
    observed_row = comparison.set_index("statistic")["observed"].to_dict() | {"draw": 0}
    data = pd.concat([pd.DataFrame([observed_row]), data], ignore_index=True)
    data.insert(0, "kind", ["observed"] + ["null"] * len(null))
    return save_figure(fig, chapter=CHAPTER, slug="null-model", caption=caption, alt=alt, source=SOURCE, data=data)


# Group labels of the recognition figure, one per type of recognising body (short enough for the margin).
RECOGNIZER_GROUPS = {"central_organ": "中央党政机关\ncentral organs", "supreme_judicial": "最高法、最高检\nsupreme court,\nprocuratorate",
               "academic_award": "学术奖项\nacademic award", "media_or_portal": "媒体、门户\nmedia, portals",
               "provincial_organ": "省级机关\nprovincial organs", "city_organ": "市级机关\ncity organs",
               "other_localities": "外地\nother localities", "unknown": "未能确定\nnot established"}


def recognizer_label(name_zh: str, name_en: str, width: int = 46) -> str:
    """Chinese name and English gloss, the gloss wrapped onto a second line when long: never cut."""
    lines = textwrap.wrap(short_english(name_en), width)
    if len(lines) > 2:  # keep two lines: widen the wrap rather than drop words
        lines = textwrap.wrap(short_english(name_en), math.ceil(len(name_en) / 2) + 4)
    return "\n".join([f"{name_zh} {lines[0]}" if lines else name_zh, *lines[1:]])


def recognition_figure(bodies: pd.DataFrame, categories: list[str], caption: str, alt: str):
    """Dot matrix: recognising bodies (rows, grouped by type of body) x entry category; the dot's
    area and number give the entries recognised."""
    fig, ax = new_figure("full", height=0.3 * len(bodies) + 1.2)
    groups = list(bodies["recognizer_type"])
    colours = {kind: PALETTE[i % len(PALETTE)] for i, kind in enumerate(RECOGNIZER_GROUPS)}
    for (i, j), v in np.ndenumerate(bodies[categories].to_numpy()):
        if v:
            ax.scatter(j, i, s=55 * v, color=colours.get(groups[i], GREY), zorder=2)
            ax.text(j, i, str(v), ha="center", va="center", fontsize=6, color="white", zorder=3)
    labels = [recognizer_label(zh, en) for zh, en in zip(bodies["name_zh"], bodies["name_en"])]
    ax.set_yticks(range(len(bodies)), labels, fontsize=6.5)
    ax.set_xticks(range(len(categories)), [CATEGORY_LABELS.get(c, c) for c in categories], fontsize=7)
    ax.xaxis.tick_top()
    ax.set_xlim(-0.5, len(categories) - 0.5)
    ax.set_ylim(len(bodies) - 0.5, -0.5)
    ax.grid(True, color="#DDDDDD", linewidth=0.5, zorder=0)
    ax.tick_params(length=0)
    ax.spines[:].set_visible(False)
    start = 0
    for i in range(1, len(groups) + 1):
        if i == len(groups) or groups[i] != groups[start]:
            if i < len(groups):
                ax.axhline(i - 0.5, color="#555555", linewidth=0.8)
            ax.text(len(categories) - 0.4, (start + i - 1) / 2, RECOGNIZER_GROUPS.get(groups[start], groups[start]),
                    va="center", ha="left", fontsize=7.5, color=colours.get(groups[start], GREY))
            start = i
    return save_figure(fig, chapter=CHAPTER, slug="recognition", caption=caption, alt=alt, source=SOURCE,
                       data=bodies)


MIN_BUBBLE = 150  # points², about 14 pt across: room for a two-digit count at 7 pt


def rhetoric_figure(claimed: pd.DataFrame, caption: str, alt: str):
    """Coordination terms used (x) against collaborating bodies named (y); area grows with the
    entries, every circle large enough to hold its count."""
    counts = claimed.groupby(["term_hits", "bodies"]).size().rename("entries").reset_index()
    fig, ax = new_figure("full", height=3.2)
    # Area grows with the count from a floor that still holds a legible digit.
    ax.scatter(counts["term_hits"], counts["bodies"], s=MIN_BUBBLE + 35 * counts["entries"], color=PALETTE[0],
               alpha=0.8, edgecolors="white")
    for row in counts.itertuples():
        ax.annotate(str(row.entries), (row.term_hits, row.bodies), ha="center", va="center", fontsize=7,
                    color="white")
    ax.set_xlabel("协调类用语出现次数 coordination terms in the text (联动, 协同, 多元 …)")
    ax.set_ylabel("文中点名的单位数\ncollaborating bodies named")
    ax.set_xticks(range(0, int(counts["term_hits"].max()) + 1))
    ax.set_yticks(range(0, int(counts["bodies"].max()) + 1))
    ax.margins(0.08)
    return save_figure(fig, chapter=CHAPTER, slug="rhetoric", caption=caption, alt=alt, source=SOURCE, data=counts)
