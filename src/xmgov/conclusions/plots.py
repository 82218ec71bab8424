"""The synthesis figure, through xmgov.figures (house style, CJK font, saved with its data)."""

from __future__ import annotations

import textwrap

import pandas as pd

from .. import figures
from . import crosstabs

CHAPTER = "conclusions"
# Label widths in Latin characters at the print size: row labels (the code over its English name)
# leave the heat map most of the width, and the column labels (turned upright) stay under 1.6 in.
ROW_LABEL_CHARS, COLUMN_LABEL_CHARS = 32, 34
SOURCE = ("Source: Xiamen Daily report of 2023-03-02 on the 2020-2022 awards; adjudicated theme coding "
          "(data/processed/themes/coding_adjudicated.csv), names in the descriptions and coordination "
          "vocabulary (xmgov.collaboration) and evidence indicators (xmgov.metrics) per entry, joined in "
          "xmgov.conclusions.crosstabs.")


def theme_feature_heatmap(cells: pd.DataFrame, overall: pd.DataFrame, codes: pd.DataFrame,
                          alpha: float = 0.05):
    """Rows: all entries, then each code; columns: the features. Cell: share of the row's entries
    with the feature, annotated k/n; an asterisk marks Fisher p < alpha (before correction)."""
    feats = crosstabs.feature_frame()
    order = list(codes["code_id"])
    share = cells.pivot(index="code_id", columns="feature", values="share").loc[order, feats["feature"]]
    k = cells.pivot(index="code_id", columns="feature", values="k").loc[order, feats["feature"]]
    p = cells.pivot(index="code_id", columns="feature", values="p").loc[order, feats["feature"]]
    n = cells.groupby("code_id")["n"].first().loc[order]
    top = overall.set_index("feature").loc[feats["feature"]]
    values = pd.concat([top["share"].to_frame().T, share]).to_numpy(dtype=float)
    from . import chinese

    fig, ax = figures.new_figure("full", 6.3)
    image = ax.imshow(values, cmap=figures.SEQUENTIAL_CMAP, vmin=0, vmax=1, aspect="auto")
    rows = [f"全部条目 (n={int(top['n'].iloc[0])})\nall entries"] + [
        f"{z} (n={n[c]})\n{textwrap.fill(e, ROW_LABEL_CHARS)}"
        for c, z, e in zip(order, codes["label_zh"], codes["label_en"])]
    ax.set_yticks(range(len(rows)), rows)
    ax.set_xticks(range(len(feats)), [figures.wrap_bilingual(z, e, COLUMN_LABEL_CHARS)
                                      for z, e in zip(feats["label_zh"], feats["label_en"])], rotation=90)
    for j, feature in enumerate(feats["feature"]):
        ax.text(j, 0, str(int(top.loc[feature, "k"])), ha="center", va="center", fontsize=7,
                color="black" if values[0, j] > 0.55 else "white")
        for i, code in enumerate(order, start=1):
            mark = "*" if p.loc[code, feature] < alpha else ""
            ax.text(j, i, f"{int(k.loc[code, feature])}{mark}", ha="center", va="center", fontsize=7,
                    color="black" if values[i, j] > 0.55 else "white")
    split = (feats["dimension"] == "collaboration").sum() - 0.5
    ax.axvline(split, color="white", linewidth=2)
    ax.axhline(0.5, color="white", linewidth=2)
    for centre, label in ((split / 2, "协作 collaboration"), ((split + len(feats) - 1) / 2, "证据 evidence")):
        ax.text(centre, -0.75, label, ha="center", va="bottom", fontsize=8, fontweight="bold")
    ax.spines[:].set_visible(False)
    ax.tick_params(length=0)
    fig.colorbar(image, ax=ax, fraction=0.03, label="Share of the row's entries with the feature")
    data = cells.merge(feats, on="feature")[["code_id", "feature", "dimension", "label_zh", "label_en",
                                               "n", "k", "share", "ci_low", "ci_high", "n_rest",
                                               "k_rest", "share_rest", "odds_ratio", "p", "q_bh"]]
    return figures.save_figure(
        fig, chapter=CHAPTER, slug="theme-features",
        caption=("Themes (主题, adjudicated coding) against kinds of collaboration (协作, left block) and kinds "
                 "of evidence (证据, right block): share of the entries carrying each code that show "
                 "each feature; the top row is all entries. Numbers give entries; * marks Fisher's "
                 f"exact p < {alpha} against the entries without the code, before correction for the "
                 f"many tests ({int((cells['q_bh'] < alpha).sum())} of the {len(cells)} cells have a "
                 f"Benjamini–Hochberg q < {alpha})."),
        alt=(f"Heat map with a row for all entries and {len(order)} rows of theme codes, labelled in "
             f"Chinese and English, against {len(feats)} columns: "
             f"{int((feats['dimension'] == 'collaboration').sum())} collaboration features and "
             f"{int((feats['dimension'] == 'evidence').sum())} evidence features; lighter cells are features more entries with that theme show, and each "
             "cell gives the number of entries."),
        source=SOURCE, data=data, zh=chinese.heatmap_zh(cells, len(order), feats, alpha))
