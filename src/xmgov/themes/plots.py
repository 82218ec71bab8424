"""The chapter's figures, all through xmgov.figures (house style, CJK font, saved with their data)."""

from __future__ import annotations

import textwrap

import networkx as nx
import pandas as pd

from .. import figures
from ..chinese import Chinese
from ..fonts import cjk_font_path
from .cooccurrence import SEED
from .gloss import bilingual

CHAPTER = "themes"
def source_zh(n_entries: int) -> str:
    """The Chinese edition's source line, with the number of entries from the data."""
    return (f"资料来源：《厦门日报》2023年3月2日关于2020—2022年获奖项目的报道（{n_entries}个条目的描述）；"
            "分词与编码由编者完成（data/themes、data/annotations）。")


def source(n_entries: int) -> str:
    """The source line, with the number of entries from the data."""
    return (f"Source: Xiamen Daily report of 2023-03-02 on the 2020-2022 awards ({n_entries} entry "
            "descriptions); segmentation and coding by the editors (data/themes, data/annotations).")


def _rank_colours(ranked: list[str]):
    """Word-cloud colour by rank, cividis from dark (first) to mid (last): every word keeps enough
    contrast on white, which the pale end of the map does not."""
    from matplotlib import colormaps
    from matplotlib.colors import to_hex

    cmap = colormaps[figures.SEQUENTIAL_CMAP]
    last = max(len(ranked) - 1, 1)
    shade = {term: to_hex(cmap(0.45 * i / last)) for i, term in enumerate(ranked)}
    return lambda word, **_: shade[word]


# The word cloud is laid out on CLOUD_PX pixels (width, height) and drawn under the bars, as wide
# as they are (about 3.5 in, 255 pt), so one of its pixels is about 0.21 pt: no word under 40 px
# keeps every word above 8 pt in print (save_figure checks the smallest one as drawn).
CLOUD_PX = (1200, 560)
CLOUD_MIN_WORD_PX = 40


def top_terms(table: pd.DataFrame, n_entries: int, top: int = 20):
    """Ranked bar chart of the top terms by document frequency, and a word cloud of the same terms."""
    from wordcloud import WordCloud

    data = table.head(top).copy()
    data["label"] = bilingual(data["term"])
    fig, (bar, cloud) = figures.new_figure("full", 6.2, nrows=2, gridspec_kw={"height_ratios": [1.45, 1]})
    bar.barh(data["label"][::-1], data["df"][::-1], color=figures.PALETTE[0])
    bar.set_xlabel(f"Entries using the term (of {n_entries})")
    bar.set_title("(a) Ranked by document frequency")
    words = WordCloud(font_path=str(cjk_font_path()), random_state=SEED, width=CLOUD_PX[0], height=CLOUD_PX[1],
                      background_color="white", prefer_horizontal=1.0, margin=14,
                      min_font_size=CLOUD_MIN_WORD_PX, color_func=_rank_colours(list(data["term"])))
    image = cloud.imshow(words.generate_from_frequencies(dict(zip(data["term"], data["df"]))),
                         interpolation="bilinear")
    dropped = set(data["term"]) - {word for (word, _), *_ in words.layout_}
    if dropped:
        raise ValueError(f"fig-themes-top-terms: the word cloud has no room for {sorted(dropped)}")
    cloud.set_axis_off()
    cloud.set_title("(b) The same terms as a word cloud")
    return figures.save_figure(
        fig, chapter=CHAPTER, slug="top-terms",
        caption=(f"The {top} most widely used terms in the {n_entries} entry descriptions, by the number of "
                 "entries that use each (a), and the same counts as a word cloud (b). Terms such as "
                 "治理 (governance), 服务 (service) and 平台 (platform) lead."),
        alt=(f"Above, a horizontal bar chart of the {top} terms used by most entries, each labelled in "
             "Chinese with an English gloss; below, a word cloud of the same terms sized by the same counts."),
        source=source(n_entries), data=data[["term", "label", "tf", "df", "df_share"]],
        raster_text={image: min(size for _, size, *_ in words.layout_)},
        zh=Chinese(
            caption=(f"{n_entries}个条目的描述中使用最广的{top}个词语，按使用各词语的条目数排列（a），以及以词云呈现的"
                     f"相同计数（b）。{'、'.join(data['term'].head(2))}和{data['term'].iloc[2]}等词语居于前列。"),
            alt=(f"上图为横向条形图，显示被最多条目使用的{top}个词语，每个词语以中文标注并附英文释义；"
                 "下图为同一组词语的词云，字号按相同的计数确定。"),
            source=source_zh(n_entries)))


# Distinct hues for communities, in order of community size: blue, vermilion, green, purple, ...
COMMUNITY_COLOURS = [figures.PALETTE[i] for i in (0, 3, 2, 5, 4, 1, 7)]


def _place_labels(ax, pos: dict, edges: list, labels: dict, radii: dict, order: list) -> None:
    """Put each label at the one of eight spots around its node that covers the fewest other
    nodes, already placed labels and edge points (greedy, largest nodes first; deterministic)."""
    import numpy as np

    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    to_px = ax.transData.transform
    centres = {n: to_px(pos[n]) for n in pos}
    px_per_pt = fig.dpi / 72
    edge_points = np.vstack([np.linspace(to_px(pos[a]), to_px(pos[b]), 25)
                             for a, b in edges]) if edges else np.empty((0, 2))
    placed = []
    spots = [(np.cos(a), np.sin(a)) for a in np.deg2rad([90, 270, 0, 180, 45, 135, 315, 225])]
    for node in order:
        best = None
        for dx, dy in spots:
            gap = radii[node] + 2
            ha = "left" if dx > 0.3 else "right" if dx < -0.3 else "center"
            va = "bottom" if dy > 0.3 else "top" if dy < -0.3 else "center"
            text = ax.annotate(labels[node], pos[node], xytext=(gap * dx, gap * dy),
                               textcoords="offset points", ha=ha, va=va, fontsize=7.5,
                               linespacing=0.95, zorder=5,
                               bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85})
            box = text.get_window_extent(renderer).expanded(1.05, 1.1)
            hits = sum(box.overlaps(other) for other in placed) * 100
            for other, (cx, cy) in centres.items():
                r = radii[other] * px_per_pt
                if other != node and box.x0 - r < cx < box.x1 + r and box.y0 - r < cy < box.y1 + r:
                    hits += 50
            inside = ((edge_points[:, 0] > box.x0) & (edge_points[:, 0] < box.x1)
                      & (edge_points[:, 1] > box.y0) & (edge_points[:, 1] < box.y1)).sum()
            score = hits + inside
            if best is None or score < best[0]:
                if best is not None:
                    best[1].remove()
                best = (score, text, box)
            else:
                text.remove()
        placed.append(best[2])


def semantic_network(graph: nx.Graph, nodes: pd.DataFrame, clusters: pd.DataFrame, top_n: int,
                     threshold: float, n_entries: int):
    """Term co-occurrence network, node size by DF, colour by named community, fixed layout."""
    import math

    from matplotlib.lines import Line2D

    linked = graph.subgraph(nodes.loc[nodes["community"] > 0, "term"])
    fig, ax = figures.new_figure("full", 6.4)
    pos = nx.spring_layout(linked, weight="weight", seed=SEED, k=0.9)
    community = nodes.set_index("term")["community"]
    colour = {k: COMMUNITY_COLOURS[(k - 1) % len(COMMUNITY_COLOURS)] for k in clusters["community"]}
    widths = [0.5 + 4 * linked.edges[e]["weight"] for e in linked.edges]
    nx.draw_networkx_edges(linked, pos, ax=ax, width=widths, edge_color=figures.GREY, alpha=0.5)
    sizes = {n: 28 * linked.nodes[n]["df"] for n in linked}
    nx.draw_networkx_nodes(linked, pos, ax=ax, nodelist=list(linked), node_size=[sizes[n] for n in linked],
                           node_color=[colour[community[n]] for n in linked], alpha=0.9,
                           edgecolors="white", linewidths=0.8)
    ax.set_axis_off()
    ax.margins(0.1)
    _place_labels(ax, pos, list(linked.edges), dict(zip(linked, bilingual(list(linked), sep="\n"))),
                  {n: math.sqrt(sizes[n]) / 2 for n in linked},
                  order=sorted(linked, key=lambda n: (-sizes[n], n)))
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, color=colour[row.community],
                      label=f"{row.name} ({len(row.members)} terms)") for row in clusters.itertuples()]
    ax.legend(handles=handles, title="Louvain community", loc="upper center", bbox_to_anchor=(0.5, 0.0),
              ncols=2, frameon=False, fontsize=8, title_fontsize=8)
    xy = pd.DataFrame([(n, *pos[n]) for n in linked], columns=["term", "x", "y"])
    names = clusters.set_index("community")["name"]
    drawn_nodes = nodes.merge(xy, on="term").assign(kind="node", cluster=lambda d: d["community"].map(names))
    drawn_edges = pd.DataFrame([(a, b, d["weight"], d["both"]) for a, b, d in linked.edges(data=True)],
                               columns=["term", "target", "jaccard", "both"]).assign(kind="edge")
    data = pd.concat([drawn_nodes, drawn_edges], ignore_index=True)
    listing = "; ".join(f"{row.name} ({'、'.join(row.members)})" for row in clusters.itertuples())
    return figures.save_figure(
        fig, chapter=CHAPTER, slug="semantic-network",
        caption=(f"Co-occurrence network of the {top_n} most widely used terms: two terms are linked when "
                 f"at least two entries use both and their Jaccard index is at least {threshold}. Node "
                 "size is the number of entries using the term; line width the Jaccard index; colours "
                 "are Louvain communities (groups of terms more linked to each other than to the rest), "
                 "named by the editors: " + listing + "."),
        alt=("Network diagram of Chinese terms with English glosses in coloured clusters, with a legend: "
             + listing + "."),
        source=source(n_entries), data=data, zh=_network_zh(clusters, top_n, threshold, n_entries))


def _network_zh(clusters: pd.DataFrame, top_n: int, threshold: float, n_entries: int) -> Chinese:
    from .chinese import cluster_name_zh

    listing = "；".join(f"{cluster_name_zh(row.name)}（{'、'.join(row.members)}）" for row in clusters.itertuples())
    return Chinese(
        caption=(f"使用最广的{top_n}个词语的共现网络：若至少两个条目同时使用某一对词语，且其 Jaccard 系数不低于"
                 f"{threshold}，则二者相连。节点大小表示使用该词语的条目数，线条粗细表示 Jaccard 系数，颜色表示 "
                 f"Louvain 社区（彼此之间联系多于与其余词语联系的词语组），由编者命名：{listing}。"),
        alt=f"中文词语（附英文释义）的网络图，按聚类着色，并附图例：{listing}。",
        source=source_zh(n_entries))


def prevalence_heatmap(prev: pd.DataFrame, codes: pd.DataFrame, groups: list[str], group_labels: list[str],
                       n_entries: int):
    """Share of entries with each code (rows) in each category (columns), annotated k/n."""
    order = list(codes["code_id"])
    share = prev.pivot(index="code_id", columns="group", values="share").loc[order, groups]
    k = prev.pivot(index="code_id", columns="group", values="k").loc[order, groups]
    n = prev.pivot(index="code_id", columns="group", values="n").loc[order, groups]
    fig, ax = figures.new_figure("full", 5.6)
    image = ax.imshow(share.to_numpy(), cmap=figures.SEQUENTIAL_CMAP, vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(len(groups)), group_labels)
    ax.set_yticks(range(len(order)), [f"{z}\n{textwrap.fill(e, 22)}"  # two lines or three: room for the columns
                                      for z, e in zip(codes["label_zh"], codes["label_en"])])
    for i in range(len(order)):
        for j in range(len(groups)):
            value = share.iloc[i, j]
            ax.text(j, i, f"{k.iloc[i, j]}/{n.iloc[i, j]}", ha="center", va="center", fontsize=7,
                    color="black" if value > 0.55 else "white")
    ax.spines[:].set_visible(False)
    ax.tick_params(length=0)
    fig.colorbar(image, ax=ax, location="bottom", shrink=0.6, aspect=30, label="Share of entries in the category")
    data = prev[prev["code_id"].isin(order) & prev["group"].isin(groups)].reset_index(drop=True)
    return figures.save_figure(
        fig, chapter=CHAPTER, slug="code-heatmap",
        caption=("Share of entries in each award category carrying each code of the adjudicated coding "
                 "(cells give entries with the code / entries in the category). Governance modes "
                 "(五治) above, risk domains below."),
        alt=(f"Heat map with {len(order)} rows of codes, labelled in Chinese and English, and {len(groups)} "
             "columns for the award categories; darker cells are rarer codes, lighter cells commoner ones."),
        source=source(n_entries), data=data,
        zh=Chinese(
            caption=("裁定编码中带有各代码的条目在每个奖项类别中所占的比例（单元格中为带有该代码的条目数 / 该类别的"
                     "条目数）。上方为治理方式（五治），下方为风险领域。"),
            alt=(f"热图，{len(order)}行为代码（以中文和英文标注），{len(groups)}列为奖项类别；颜色越深表示代码越少见，"
                 "越浅表示越常见。"),
            source=source_zh(n_entries)))

