"""The chapter's figures, all through xmgov.figures (house style, CJK font, saved with their data)."""

from __future__ import annotations

import networkx as nx
import pandas as pd

from .. import figures, io, paths
from ..fonts import cjk_font_path
from .cooccurrence import SEED

CHAPTER = "themes"
GLOSSARY = paths.DATA / "themes" / "glossary.csv"
SOURCE = ("Source: Xiamen Daily report of 2023-03-02 on the 2020-2022 awards (70 entry "
          "descriptions); segmentation and coding by the editors (data/themes, data/annotations).")


def glossary() -> pd.DataFrame:
    """term_zh, pinyin, term_en for every term the figures show (data/themes/glossary.csv)."""
    table = pd.read_csv(io.tracked(GLOSSARY), dtype=str)
    dup = table.loc[table["term_zh"].duplicated(), "term_zh"].tolist()
    if dup:
        raise ValueError(f"{GLOSSARY}: terms listed twice: {dup}")
    return table


def bilingual(terms, sep: str = " ") -> list[str]:
    """'治理 governance' labels; a term missing from the glossary is an error, not a bare label."""
    gloss = glossary().set_index("term_zh")["term_en"]
    missing = [t for t in terms if t not in gloss.index]
    if missing:
        raise KeyError(f"{GLOSSARY}: add an English gloss for {missing}")
    return [f"{t}{sep}{gloss[t]}" for t in terms]


def top_terms(table: pd.DataFrame, n_entries: int, top: int = 20):
    """Ranked bar chart of the top terms by document frequency, and a word cloud of the same terms."""
    from wordcloud import WordCloud

    data = table.head(top).copy()
    data["label"] = bilingual(data["term"])
    fig, (bar, cloud) = figures.new_figure("full", 4.6, ncols=2, gridspec_kw={"width_ratios": [1.1, 1]})
    bar.barh(data["label"][::-1], data["df"][::-1], color=figures.PALETTE[0])
    bar.set_xlabel(f"Entries using the term (of {n_entries})")
    bar.set_title("(a) Ranked by document frequency")
    words = WordCloud(font_path=str(cjk_font_path()), random_state=SEED, width=900, height=900,
                      background_color="white", colormap=figures.SEQUENTIAL_CMAP, prefer_horizontal=1.0)
    cloud.imshow(words.generate_from_frequencies(dict(zip(data["term"], data["df"]))),
                 interpolation="bilinear")
    cloud.set_axis_off()
    cloud.set_title("(b) The same terms as a word cloud")
    return figures.save_figure(
        fig, chapter=CHAPTER, slug="top-terms",
        caption=(f"The {top} most widely used terms in the 70 entry descriptions, by the number of "
                 "entries that use each (a), and the same counts as a word cloud (b). Terms such as "
                 "治理 (governance), 服务 (service) and 平台 (platform) lead."),
        alt=(f"Left, a horizontal bar chart of the {top} terms used by most entries, each labelled in "
             "Chinese with an English gloss; right, a word cloud of the same terms sized by the same counts."),
        source=SOURCE, data=data[["term", "label", "tf", "df", "df_share"]])


def semantic_network(graph: nx.Graph, nodes: pd.DataFrame, top_n: int, threshold: float):
    """Term co-occurrence network, node size by DF, colour by community, fixed layout seed."""
    linked = graph.subgraph(nodes.loc[nodes["community"] > 0, "term"])
    fig, ax = figures.new_figure("full", 6.2)
    pos = nx.spring_layout(linked, weight="weight", seed=SEED, k=0.9)
    community = nodes.set_index("term")["community"]
    colours = [figures.PALETTE[(community[n] - 1) % len(figures.PALETTE)] for n in linked]
    widths = [0.5 + 4 * linked.edges[e]["weight"] for e in linked.edges]
    nx.draw_networkx_edges(linked, pos, ax=ax, width=widths, edge_color=figures.GREY, alpha=0.6)
    sizes = [40 * linked.nodes[n]["df"] for n in linked]
    nx.draw_networkx_nodes(linked, pos, ax=ax, node_size=sizes, node_color=colours, alpha=0.85)
    labels = dict(zip(linked, bilingual(list(linked), sep="\n")))
    for node, (x, y) in pos.items():
        ax.annotate(labels[node], (x, y), xytext=(0, 7), textcoords="offset points", ha="center",
                    va="bottom", fontsize=7, linespacing=0.9,
                    bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7})
    ax.set_axis_off()
    ax.margins(0.08)
    xy = pd.DataFrame([(n, *pos[n]) for n in linked], columns=["term", "x", "y"])
    drawn_nodes = nodes.merge(xy, on="term").assign(kind="node")
    drawn_edges = pd.DataFrame([(a, b, d["weight"], d["both"]) for a, b, d in linked.edges(data=True)],
                               columns=["term", "target", "jaccard", "both"]).assign(kind="edge")
    data = pd.concat([drawn_nodes, drawn_edges], ignore_index=True)
    return figures.save_figure(
        fig, chapter=CHAPTER, slug="semantic-network",
        caption=(f"Co-occurrence network of the {top_n} most widely used terms: two terms are linked when "
                 f"at least two entries use both and their Jaccard index is at least {threshold}. Node "
                 "size is the number of entries using the term; colours are Louvain communities."),
        alt=("Network diagram of Chinese terms with English glosses, in coloured clusters: a mediation "
             "cluster (纠纷, 调解, 化解), a smart-platform cluster (平台, 智慧, 数据), a housing-estate "
             "cluster (小区, 居民, 社区) and smaller ones."),
        source=SOURCE, data=data)


def prevalence_heatmap(prev: pd.DataFrame, codes: pd.DataFrame, groups: list[str], group_labels: list[str]):
    """Share of entries with each code (rows) in each category (columns), annotated k/n."""
    order = list(codes["code_id"])
    share = prev.pivot(index="code_id", columns="group", values="share").loc[order, groups]
    k = prev.pivot(index="code_id", columns="group", values="k").loc[order, groups]
    n = prev.pivot(index="code_id", columns="group", values="n").loc[order, groups]
    fig, ax = figures.new_figure("full", 5.2)
    image = ax.imshow(share.to_numpy(), cmap=figures.SEQUENTIAL_CMAP, vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(len(groups)), group_labels)
    ax.set_yticks(range(len(order)), [f"{z} {e}" for z, e in zip(codes["label_zh"], codes["label_en"])])
    for i in range(len(order)):
        for j in range(len(groups)):
            value = share.iloc[i, j]
            ax.text(j, i, f"{k.iloc[i, j]}/{n.iloc[i, j]}", ha="center", va="center", fontsize=7,
                    color="black" if value > 0.55 else "white")
    ax.spines[:].set_visible(False)
    ax.tick_params(length=0)
    fig.colorbar(image, ax=ax, fraction=0.04, label="Share of entries in the category")
    data = prev[prev["code_id"].isin(order) & prev["group"].isin(groups)].reset_index(drop=True)
    return figures.save_figure(
        fig, chapter=CHAPTER, slug="code-heatmap",
        caption=("Share of entries in each award category carrying each code of the hand coding "
                 "(cells give entries with the code / entries in the category). Governance modes "
                 "(五治) above, risk domains below."),
        alt=("Heat map with twelve rows of codes, labelled in Chinese and English, and three columns "
             "for the award categories; darker cells are rarer codes, lighter cells commoner ones."),
        source=SOURCE, data=data)

