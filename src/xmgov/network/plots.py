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

CHAPTER = "collaboration"
SOURCE = ("Source: Xiamen Daily, 2023-03-02 (厦门网); agencies and roles from the book's dataset "
          "(agencies.csv, entry_agencies.csv); analysis by the authors.")
CATEGORY_LABELS = {"grassroots_case": "优秀基层案例\ngrassroots case",
                   "innovation_project": "优秀创新项目\ninnovation project",
                   "innovation_case": "优秀创新案例\ninnovation case"}
SYSTEM_COLOURS = dict(zip(SYSTEM_LABELS, [*PALETTE, GREY], strict=True))


def short_english(name_en: str) -> str:
    """English gloss without the "Xiamen Municipal" prefix every city body shares."""
    return re.sub(r"^(Xiamen Municipal |Xiamen )", "", name_en)


def bilingual(name_zh: str, name_en: str, width: int = 22) -> str:
    """Chinese name over its English gloss, wrapped to `width` characters."""
    return "\n".join([name_zh, *textwrap.wrap(short_english(name_en), width)]) if name_en else name_zh


def layout(graph: nx.Graph, seed: int = SEED) -> dict[str, np.ndarray]:
    """Positions: the largest component on a circle, smaller components to its right (spring
    layout, fixed seed), isolates in rows beneath, each group in a fixed order.

    On the circle, agencies are ordered by community, then by weighted degree, so that each
    multi-unit entry shows as a block of chords and every label can point outwards without
    overlapping. (A spring layout of the whole disconnected graph flings the small components to
    the margins and piles up agencies that share exactly the same entries.)
    """
    components = sorted((c for c in nx.connected_components(graph) if len(c) > 1), key=lambda c: (-len(c), min(c)))
    pos: dict[str, np.ndarray] = {}
    if components:
        strength = dict(graph.degree(weight="weight"))
        ring = sorted(components[0], key=lambda n: (graph.nodes[n].get("community", 0), -strength[n], n))
        pos.update(nx.circular_layout(ring, scale=1.0))
    for i, component in enumerate(components[1:]):
        small = nx.spring_layout(graph.subgraph(component), seed=seed)
        centre = np.array([2.35, 0.5 - 0.8 * i])
        pos.update({n: centre + 0.22 * p for n, p in nx.rescale_layout_dict(small, scale=1.0).items()})
    isolates = sorted(n for n in graph if graph.degree(n) == 0)
    per_row = 6
    for i, node in enumerate(isolates):
        row, col = divmod(i, per_row)
        pos[node] = np.array([-1.6 + 4.0 * (col + 0.5) / per_row, -1.85 - 0.5 * row])
    return pos


def _label_offset(point: np.ndarray, centre: np.ndarray, radius: float) -> tuple[tuple[float, float], str, str]:
    """Offset (points) and alignment that push a label away from its component's centre."""
    direction = point - centre
    norm = float(np.hypot(*direction))
    if norm < 1e-9:
        return (0.0, radius), "center", "bottom"
    dx, dy = direction / norm
    ha = "left" if dx > 0.15 else "right" if dx < -0.15 else "center"
    va = "bottom" if dy > 0.35 else "top" if dy < -0.35 else "center"
    return (dx * radius, dy * radius), ha, va


def network_figure(graph: nx.Graph, label_min_weighted_degree: int, caption: str, alt: str):
    """The agency projection: colour = system, area = weighted degree, width = entries shared.

    Only agencies with weighted degree >= `label_min_weighted_degree` are labelled (Chinese name
    with English gloss); the figure data lists every node with its label status.
    """
    pos = layout(graph)
    isolates = [n for n in graph if graph.degree(n) == 0]
    height = 6.6 + 0.5 * math.ceil(len(isolates) / 12)
    fig, ax = new_figure("full", height=height)
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
    centre_of = {}
    for component in nx.connected_components(graph):
        centre = np.mean([pos[n] for n in component], axis=0)
        centre_of.update(dict.fromkeys(component, centre if len(component) > 1 else pos[min(component)] - [0, 1]))
    for n in sorted(labelled):
        offset, ha, va = _label_offset(pos[n], centre_of[n], 3 + math.sqrt(sizes[n]) / 2)
        ax.annotate(bilingual(graph.nodes[n]["name_zh"], graph.nodes[n]["name_en"]), pos[n], xytext=offset,
                    textcoords="offset points", ha=ha, va=va, fontsize=5.5, linespacing=0.95, zorder=3)
    if isolates:
        top = max(pos[n][1] for n in isolates)
        ax.text(-1.6, top + 0.4, "不与其他单位共现 agencies that share no entry", fontsize=7, color="#444444")
    present = [s for s in SYSTEM_LABELS if any(graph.nodes[n]["system"] == s for n in graph)]
    handles = [ax.scatter([], [], s=40, color=SYSTEM_COLOURS[s], label=SYSTEM_LABELS[s]) for s in present]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=4, title="颜色：系统 colour: system",
              title_fontsize=8, borderaxespad=0)
    ax.set_axis_off()
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


LEVEL_LABELS = {"national": "国家级 national", "provincial": "省级 provincial", "city": "市级 city",
                "district": "区级 district", "media": "媒体 media"}


def recognition_figure(bodies: pd.DataFrame, categories: list[str], caption: str, alt: str):
    """Dot matrix: recognising bodies (rows, grouped by level) x entry category; the dot's area
    and number give the entries recognised."""
    fig, ax = new_figure("full", height=0.2 * len(bodies) + 1.2)
    levels = list(bodies["recognizer_level"])
    colours = {level: PALETTE[i] for i, level in enumerate(LEVEL_LABELS)}
    for (i, j), v in np.ndenumerate(bodies[categories].to_numpy()):
        if v:
            ax.scatter(j, i, s=55 * v, color=colours.get(levels[i], GREY), zorder=2)
            ax.text(j, i, str(v), ha="center", va="center", fontsize=6, color="white", zorder=3)
    labels = [f"{zh} {textwrap.shorten(short_english(en), 42, placeholder='…')}"
              for zh, en in zip(bodies["name_zh"], bodies["name_en"])]
    ax.set_yticks(range(len(bodies)), labels, fontsize=6.5)
    ax.set_xticks(range(len(categories)), [CATEGORY_LABELS.get(c, c) for c in categories], fontsize=7)
    ax.xaxis.tick_top()
    ax.set_xlim(-0.5, len(categories) - 0.5)
    ax.set_ylim(len(bodies) - 0.5, -0.5)
    ax.grid(True, color="#DDDDDD", linewidth=0.5, zorder=0)
    ax.tick_params(length=0)
    ax.spines[:].set_visible(False)
    start = 0
    for i in range(1, len(levels) + 1):
        if i == len(levels) or levels[i] != levels[start]:
            if i < len(levels):
                ax.axhline(i - 0.5, color="#555555", linewidth=0.8)
            ax.text(len(categories) - 0.4, (start + i - 1) / 2, LEVEL_LABELS.get(levels[start], levels[start]),
                    va="center", ha="left", fontsize=7.5, color=colours.get(levels[start], GREY))
            start = i
    return save_figure(fig, chapter=CHAPTER, slug="recognition", caption=caption, alt=alt, source=SOURCE,
                       data=bodies)


def rhetoric_figure(claimed: pd.DataFrame, caption: str, alt: str):
    """Coordination terms used (x) against collaborating bodies named (y); area = entries."""
    counts = claimed.groupby(["term_hits", "bodies"]).size().rename("entries").reset_index()
    fig, ax = new_figure("full", height=3.2)
    ax.scatter(counts["term_hits"], counts["bodies"], s=40 * counts["entries"], color=PALETTE[0], alpha=0.75,
               edgecolors="white")
    for row in counts.itertuples():
        ax.annotate(str(row.entries), (row.term_hits, row.bodies), ha="center", va="center", fontsize=7,
                    color="white")
    ax.set_xlabel("协调类用语出现次数 coordination terms in the text (联动, 协同, 多元 …)")
    ax.set_ylabel("文中点名的单位数\ncollaborating bodies named")
    ax.set_xticks(range(0, int(counts["term_hits"].max()) + 1))
    ax.set_yticks(range(0, int(counts["bodies"].max()) + 1))
    ax.margins(0.08)
    return save_figure(fig, chapter=CHAPTER, slug="rhetoric", caption=caption, alt=alt, source=SOURCE, data=counts)
