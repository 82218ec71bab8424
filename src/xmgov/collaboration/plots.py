"""The chapter's figures, drawn through `xmgov.figures` (house style, bilingual labels, saved data).

Each function draws one figure from tables the other modules compute, saves it with
`save_figure` and returns the figure record. Nothing here computes a result the prose relies on.
"""

from __future__ import annotations

import math
import re

import networkx as nx
import numpy as np
import pandas as pd

from ..chinese import Chinese
from ..figures import (GREY, PALETTE, SEQUENTIAL_CMAP, WIDTHS, grouped_rows, new_figure, save_figure,
                       wrap_bilingual)
from . import SEED
from .actors import SYSTEM_LABELS, TYPE_LABELS
from .measures import largest_component
from ..dataset.vocabulary import category_label

CHAPTER = "collaboration"
SOURCE = ("Source: Xiamen Daily, 2023-03-02 (厦门网); agencies and roles from the book's dataset "
          "(agencies.csv, entry_agencies.csv, and external_agencies.csv for high-confidence outside "
          "leads); analysis by the authors.")
SOURCE_ZH = ("资料来源：《厦门日报》2023年3月2日报道（厦门网）；单位及其角色取自本书数据集（agencies.csv、"
             "entry_agencies.csv，以及提供高可信度外部牵头单位的 external_agencies.csv）；作者分析。")
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
    """Chinese name and its English gloss (without the city prefix), wrapped to `width`."""
    return wrap_bilingual(name_zh, short_english(name_en), width)


# Network figure geometry. Data units: the ring has radius 1, one unit is RING_IN inches, and the
# drawing is 2 * HALF_WIDTH units across, the print width. The ring's agencies are labelled in a
# column on each side (from LABEL_X outwards, a leader line to each node); small components sit in
# a row beneath the label columns; agencies that share no entry are listed beneath that in
# ISOLATE_COLUMNS columns. Label widths are counted in Latin characters of LABEL_PT type.
RING_IN = 0.65
HALF_WIDTH = WIDTHS["full"] / 2 / RING_IN
LABEL_X = 1.3
LABEL_PT, LINESPACING = 7, 1.1
LINE = LABEL_PT * LINESPACING / 72 / RING_IN  # one line of label text, in units
GAP = 0.6 * LINE  # between two labels, and between the rows beneath the ring
RING_LABEL_CHARS, ISOLATE_LABEL_CHARS = 28, 44
ISOLATE_COLUMNS = 2
PAIR_SPREAD = 0.45
NODE_AREA = (16, 14)  # points²: a floor, plus this much per unit of weighted degree


def node_label(graph: nx.Graph, node: str, width: int) -> str:
    """An agency's label, from the names the graph carries: the same text is measured and drawn."""
    return bilingual(graph.nodes[node]["name_zh"], graph.nodes[node]["name_en"], width)


def _height(label: str) -> float:
    """Height of a label in data units, with the gap that follows it."""
    return (label.count("\n") + 1) * LINE + GAP


def _ring_label_slots(graph: nx.Graph, ring: dict[str, np.ndarray]) -> tuple[dict[str, tuple[float, float]], float]:
    """Where each ring agency's label goes, and the half-height of the ring with its labels:
    agencies left of the centre are labelled left of the ring, the others right, each column
    stacked in the order of the agencies' heights and spread over the ring's height (or more,
    when the labels need it), so that no two labels overlap."""
    sides = [sorted((n for n in ring if (ring[n][0] < 0) == left), key=lambda n: (-ring[n][1], n))
             for left in (True, False)]
    heights = {n: _height(node_label(graph, n, RING_LABEL_CHARS)) for n in ring}
    half = max([1.1] + [sum(heights[n] for n in side) / 2 for side in sides])
    slots = {}
    for side, x in zip(sides, (-LABEL_X, LABEL_X)):
        extra = (2 * half - sum(heights[n] for n in side)) / max(len(side), 1)
        y = half
        for n in side:
            slots[n] = (x, y - (heights[n] + extra) / 2)
            y -= heights[n] + extra
    return slots, half


def ring_of(graph: nx.Graph) -> list[str]:
    """The agencies drawn on the ring: the largest component, if it has more than two."""
    largest = largest_component(graph)
    return sorted(largest) if len(largest) > 2 else []


def layout(graph: nx.Graph, seed: int = SEED) -> dict[str, np.ndarray]:
    """Positions: the largest component on a circle of radius 1, smaller components in a row
    beneath it and its labels (spring layout, fixed seed), isolates in rows beneath those, each in
    a fixed order.

    On the circle, agencies are ordered by community, then by weighted degree, so that each
    multi-unit entry shows as a block of chords; the circle is turned half a step so that no agency
    sits straight above or below the centre, and every label belongs to one side. (A spring layout
    of the whole disconnected graph flings the small components to the margins and piles up
    agencies that share exactly the same entries.)
    """
    strength = dict(graph.degree(weight="weight"))
    ring = sorted(ring_of(graph), key=lambda n: (graph.nodes[n].get("community", 0), -strength[n], n))
    angles = np.pi / 2 - 2 * np.pi * (np.arange(len(ring)) + 0.5) / max(len(ring), 1)
    pos = {n: np.array([np.cos(a), np.sin(a)]) for n, a in zip(ring, angles)}
    y = -_ring_label_slots(graph, pos)[1] if ring else 0.0
    small = sorted((c for c in nx.connected_components(graph) if len(c) > 1 and not c & set(ring)),
                   key=lambda c: (-len(c), min(c)))
    if small:
        half = max(_height(node_label(graph, n, RING_LABEL_CHARS)) for c in small for n in c) / 2
        y -= GAP + half
    for i, component in enumerate(small):
        centre = np.array([-HALF_WIDTH + 2 * HALF_WIDTH * (i + 0.5) / len(small), y])
        if len(component) == 2:  # a pair side by side, so that both labels have room outside it
            spread = dict(zip(sorted(component), [np.array([-PAIR_SPREAD, 0.0]), np.array([PAIR_SPREAD, 0.0])]))
        else:
            spread = {n: 0.3 * p for n, p in nx.rescale_layout_dict(
                nx.spring_layout(graph.subgraph(component), seed=seed), scale=1.0).items()}
        pos.update({n: centre + p for n, p in spread.items()})
    if small:
        y -= half
    y -= GAP + LINE  # the heading of the list of agencies that share no entry
    for row in _isolate_rows(graph):
        height = max(_height(node_label(graph, n, ISOLATE_LABEL_CHARS)) for n in row)
        for col, node in enumerate(row):
            pos[node] = np.array([-HALF_WIDTH + 2 * HALF_WIDTH * col / ISOLATE_COLUMNS + 0.1, y - height / 2])
        y -= height
    return pos


def _isolate_rows(graph: nx.Graph) -> list[list[str]]:
    """The agencies that share no entry, in order, ISOLATE_COLUMNS to a row."""
    isolates = sorted(n for n in graph if graph.degree(n) == 0)
    return [isolates[i:i + ISOLATE_COLUMNS] for i in range(0, len(isolates), ISOLATE_COLUMNS)]


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


def _label_ring(ax, graph: nx.Graph, pos: dict, labelled: set) -> None:
    """Label the ring's agencies in a column on each side, each joined to its node by a line."""
    ring = {n: pos[n] for n in ring_of(graph)}
    slots, _ = _ring_label_slots(graph, ring)
    for n, (x, y) in sorted(slots.items()):
        if n in labelled:
            ax.plot([pos[n][0], x], [pos[n][1], y], color="#BBBBBB", linewidth=0.4, zorder=1)
            ax.text(x, y, node_label(graph, n, RING_LABEL_CHARS), ha="right" if x < 0 else "left",
                    va="center", fontsize=LABEL_PT, linespacing=LINESPACING, zorder=3)


def _label_others(ax, graph: nx.Graph, pos: dict, labelled: set, sizes: dict) -> None:
    """Label the small components' agencies outwards from their component's centre, and the
    agencies that share no entry to the right of their dot."""
    ring = set(ring_of(graph))
    for component in nx.connected_components(graph):
        if component & ring:
            continue
        isolate = len(component) == 1
        centre = pos[min(component)] - [1, 0] if isolate else np.mean([pos[n] for n in component], axis=0)
        for n in sorted(component & labelled):
            offset, ha, va = _label_offset(pos[n], centre, 3 + math.sqrt(sizes[n]) / 2)
            ax.annotate(node_label(graph, n, ISOLATE_LABEL_CHARS if isolate else RING_LABEL_CHARS), pos[n],
                        xytext=offset, textcoords="offset points", ha=ha, va=va, fontsize=LABEL_PT,
                        linespacing=LINESPACING, zorder=3)


def network_figure(graph: nx.Graph, label_min_weighted_degree: int, caption: str, alt: str, zh: Chinese | None = None):
    """The agency projection: colour = system, area = weighted degree, width = entries shared.

    Only agencies with weighted degree >= `label_min_weighted_degree` are labelled (Chinese name
    with English gloss): the ring's in a column on each side of it, the others beside their dot;
    the figure data lists every node with its label status.
    """
    pos = layout(graph)
    top = _ring_label_slots(graph, {n: pos[n] for n in ring_of(graph)})[1] if ring_of(graph) else 0.5
    bottom = min(p[1] - _height(node_label(graph, n, ISOLATE_LABEL_CHARS)) / 2 for n, p in pos.items())
    legend_in = 0.8
    height = (top - bottom) * RING_IN + legend_in
    fig, ax = new_figure("full", height=height, layout=None)
    ax.set_position([0, legend_in / height, 1, 1 - legend_in / height])  # the drawing fills the width
    strength = dict(graph.degree(weight="weight"))
    sizes = {n: NODE_AREA[0] + NODE_AREA[1] * strength[n] for n in graph}
    edges = sorted(graph.edges(data="weight"), key=lambda e: e[2])
    for a, b, w in edges:
        ax.plot(*zip(pos[a], pos[b]), color=GREY, linewidth=0.5 + 0.9 * (w - 1), alpha=0.6, zorder=1)
    nodes = sorted(graph)
    ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=[sizes[n] for n in nodes],
               c=[SYSTEM_COLOURS[graph.nodes[n]["system"]] for n in nodes], edgecolors="#333333",
               linewidths=0.4, zorder=2)
    labelled = {n for n in nodes if strength[n] >= label_min_weighted_degree}
    _label_ring(ax, graph, pos, labelled)
    _label_others(ax, graph, pos, labelled, sizes)
    rows = _isolate_rows(graph)
    if rows:
        first = pos[rows[0][0]][1] + max(_height(node_label(graph, n, ISOLATE_LABEL_CHARS)) for n in rows[0]) / 2
        ax.text(-HALF_WIDTH, first + GAP / 2, "不与其他单位共现 agencies that share no entry", va="bottom",
                fontsize=LABEL_PT, color="#444444")
    present = [s for s in SYSTEM_LABELS if any(graph.nodes[n]["system"] == s for n in graph)]
    handles = [ax.scatter([], [], s=40, color=SYSTEM_COLOURS[s], label=SYSTEM_LABELS[s]) for s in present]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=2, title="颜色：系统 colour: system",
              borderaxespad=0)
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
    return save_figure(fig, chapter=CHAPTER, slug="network", caption=caption, alt=alt, source=SOURCE, data=drawn, zh=zh)


def tie_matrix_figure(matrix: pd.DataFrame, caption: str, alt: str, zh: Chinese | None = None):
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
    return save_figure(fig, chapter=CHAPTER, slug="type-matrix", caption=caption, alt=alt, source=SOURCE, data=data, zh=zh)


NULL_LABELS = {"density": "密度\ndensity",
               "cross_type_share": "跨类型关系占比\nshare of ties\nacross types",
               "cross_system_share": "跨系统关系占比\nshare of ties\nacross systems"}


def null_model_figure(null: pd.DataFrame, comparison: pd.DataFrame, caption: str, alt: str, zh: Chinese | None = None):
    """Histogram of each statistic over the rewired graphs, with the observed value marked."""
    stats = list(comparison["statistic"])
    fig, axes = new_figure("full", height=2.4, nrows=1, ncols=len(stats))
    for ax, stat in zip(np.atleast_1d(axes), stats):
        sample = null[stat].to_numpy()
        observed = float(comparison.set_index("statistic").at[stat, "observed"])
        ax.hist(sample, bins=25, color=PALETTE[4], edgecolor="white", linewidth=0.3)
        ax.axvline(observed, color=PALETTE[3], linewidth=1.6)
        right = observed < np.mean(ax.get_xlim())  # the label on the side with more room
        ax.annotate("观测值\nobserved", (observed, ax.get_ylim()[1] * 0.95), xytext=(3 if right else -3, 0),
                    textcoords="offset points", ha="left" if right else "right", va="top", fontsize=7,
                    color=PALETTE[3])
        ax.set_xlabel(NULL_LABELS.get(stat, stat))
    np.atleast_1d(axes)[0].set_ylabel("随机图数 rewired graphs")
    data = null.assign(draw=np.arange(1, len(null) + 1))
    observed_row = comparison.set_index("statistic")["observed"].to_dict() | {"draw": 0}
    data = pd.concat([pd.DataFrame([observed_row]), data], ignore_index=True)
    data.insert(0, "kind", ["observed"] + ["null"] * len(null))
    return save_figure(fig, chapter=CHAPTER, slug="null-model", caption=caption, alt=alt, source=SOURCE, data=data, zh=zh)


# Headings of the recognition figure's groups, one per type of recognising body.
RECOGNIZER_GROUPS = {"central_organ": "中央党政机关 central organs",
                     "supreme_judicial": "最高法、最高检 supreme court, procuratorate",
                     "academic_award": "学术奖项 academic award", "media_or_portal": "媒体、门户 media, portals",
                     "provincial_organ": "省级机关 provincial organs", "city_organ": "市级机关 city organs",
                     "other_localities": "外地 other localities", "unknown": "未能确定 not established"}
RECOGNITION_GAP = 0.4  # between two rows, in lines of label text
RECOGNITION_DOT = 90  # points² per entry recognised: one entry's dot holds its digit at 7 pt


def recognizer_label(name_zh: str, name_en: str, width: int = 64) -> str:
    """Chinese name and English gloss on one line, the gloss wrapped onto a second when long
    (`width` Latin characters, a Chinese one counting as two): never cut, never more than two
    lines (the wrap is widened rather than a word dropped)."""
    label = bilingual(name_zh, name_en, width)
    while label.count("\n") > 1:
        width += 4
        label = bilingual(name_zh, name_en, width)
    return label


def category_heading(category: str) -> str:
    """A column heading narrow enough for three columns beside long row labels."""
    zh, en = category_label(category, "short\nen").split("\n")
    return "\n".join([zh, *en.split()])


def _stacked(lines: dict[float, int]) -> dict[float, float]:
    """Rows of a chart, each as tall as its label's lines (plus the gap between rows), stacked
    from the top: the centre of each row, in lines, by its position in the evenly spaced order."""
    order = sorted(lines)
    heights = np.array([lines[p] + RECOGNITION_GAP for p in order])
    return dict(zip(order, np.cumsum(heights) - heights / 2))


def recognition_figure(bodies: pd.DataFrame, categories: list[str], caption: str, alt: str, zh: Chinese | None = None):
    """Dot matrix: recognising bodies (rows, under a heading for each type of body) x entry
    category; the dot's area and number give the entries recognised."""
    types = bodies["recognizer_type"].astype(str)
    idx, slots, headings = grouped_rows(types, list(dict.fromkeys(types)))
    labels = [recognizer_label(bodies.at[i, "name_zh"], bodies.at[i, "name_en"]) for i in idx]
    centre = _stacked(dict.fromkeys(headings.values(), 1) | {p: lab.count("\n") + 1 for p, lab in zip(slots, labels)})
    ys = [centre[p] for p in slots]
    depth = max(centre.values()) + 0.5 + RECOGNITION_GAP / 2
    fig, ax = new_figure("full", height=depth * LABEL_PT * LINESPACING / 72 + 0.55)
    colours = {kind: PALETTE[i % len(PALETTE)] for i, kind in enumerate(RECOGNIZER_GROUPS)}
    values = bodies[categories].to_numpy()
    for i, y in zip(idx, ys):
        for j, v in enumerate(values[i]):
            if v:
                ax.scatter(j, y, s=RECOGNITION_DOT * v, color=colours.get(types[i], GREY), zorder=2)
                ax.text(j, y, str(v), ha="center", va="center", fontsize=7, color="white", zorder=3)
    ax.set_yticks(ys, labels, fontsize=LABEL_PT, linespacing=LINESPACING)
    ax.set_xticks(range(len(categories)), [category_heading(c) for c in categories], fontsize=LABEL_PT)
    ax.xaxis.tick_top()
    ax.set_xlim(-0.5, len(categories) - 0.5)
    ax.set_ylim(depth, 0)
    ax.grid(True, color="#DDDDDD", linewidth=0.5, zorder=0)
    ax.tick_params(length=0)
    ax.spines[:].set_visible(False)
    for kind, p in headings.items():
        if p:
            ax.axhline(centre[p] - 0.5 - RECOGNITION_GAP / 2, color="#555555", linewidth=0.8)
        ax.annotate(RECOGNIZER_GROUPS.get(kind, kind), (0, centre[p]), xycoords=("axes fraction", "data"),
                    xytext=(-3.5, 0), textcoords="offset points", ha="right", va="center", fontsize=LABEL_PT,
                    color=colours.get(kind, GREY))
    return save_figure(fig, chapter=CHAPTER, slug="recognition", caption=caption, alt=alt, source=SOURCE,
                       data=bodies, zh=zh)


MIN_BUBBLE = 150  # points², about 14 pt across: room for a two-digit count at 7 pt
BUBBLE_PER_ENTRY = 20  # points² per entry: the largest circle stays within about one step of the grid


def rhetoric_figure(claimed: pd.DataFrame, caption: str, alt: str, zh: Chinese | None = None):
    """Coordination terms used (x) against collaborating bodies named (y); area grows with the
    entries, every circle large enough to hold its count."""
    counts = claimed.groupby(["term_hits", "bodies"]).size().rename("entries").reset_index()
    fig, ax = new_figure("full", height=3.6)
    # Area grows with the count from a floor that still holds a legible digit.
    ax.scatter(counts["term_hits"], counts["bodies"], s=MIN_BUBBLE + BUBBLE_PER_ENTRY * counts["entries"],
               color=PALETTE[0], alpha=0.8, edgecolors="white", clip_on=False)
    for row in counts.itertuples():
        ax.annotate(str(row.entries), (row.term_hits, row.bodies), ha="center", va="center", fontsize=7,
                    color="white")
    ax.set_xlabel("协调类用语出现次数 coordination terms in the text (联动, 协同, 多元 …)")
    ax.set_ylabel("文中点名的单位数\ncollaborating bodies named")
    ax.set_xticks(range(0, int(counts["term_hits"].max()) + 1))
    ax.set_yticks(range(0, int(counts["bodies"].max()) + 1))
    ax.margins(x=0.08, y=0.1)
    return save_figure(fig, chapter=CHAPTER, slug="rhetoric", caption=caption, alt=alt, source=SOURCE, data=counts, zh=zh)
