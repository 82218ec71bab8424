"""Everything the theme chapter shows, computed once from the entries table.

`analyse` runs the whole analysis; `facts` flattens the numbers the prose quotes (each is glued
under its key) and the phrases that must agree with them ("1 code", "none survives");
`tables.published` shapes the tables for reading; `draw` makes the figures.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import pandas as pd

from ..book import counted
from . import agreement, codebook, compare, cooccurrence, frequencies, plots, robustness
from .coder import dictionary_code, dictionary_hits, hand_matrix, read_hand_coding
from .compare import wilson
from .gloss import bilingual
from .segment import USER_DICT, Segmenter, check_sample, jieba_version, read_word_list
from ..dataset.vocabulary import CATEGORIES, ENTRY_LEVELS, category_label

CATEGORY_LABELS = [category_label(c, "short\nen") for c in CATEGORIES]
LEVELS = list(ENTRY_LEVELS)
TOP = 20
NETWORK = (30, 0.2)
NETWORK_NS, NETWORK_THRESHOLDS = (20, 30, 40, 50), (0.15, 0.2, 0.25)


@dataclass
class Themes:
    entries: pd.DataFrame
    book: codebook.Codebook
    segmenter: Segmenter
    terms: pd.Series
    terms_table: pd.DataFrame
    by_category: pd.DataFrame
    distinctive: pd.DataFrame
    textrank: pd.DataFrame
    graph: nx.Graph
    nodes: pd.DataFrame
    sensitivity: pd.DataFrame
    hand_table: pd.DataFrame
    hand: pd.DataFrame
    machine: pd.DataFrame
    hits: pd.DataFrame
    agreement: pd.DataFrame
    disagreements: pd.DataFrame
    prevalence: pd.DataFrame
    by_category_prev: pd.DataFrame
    category_tests: pd.DataFrame
    level_tests: pd.DataFrame
    code_pairs: pd.DataFrame
    robust_top: pd.DataFrame
    robust_codes: pd.DataFrame
    seg_check: pd.DataFrame


def analyse(entries: pd.DataFrame) -> Themes:
    entries = entries.sort_values("seq", ignore_index=True)
    book = codebook.load()
    seg = Segmenter()
    terms = seg.corpus(entries)
    category = entries.set_index("entry_id")["category"]
    texts = entries.set_index("entry_id")["description"]
    graph = cooccurrence.network(terms, *NETWORK)
    hand_table = read_hand_coding(book, entries["entry_id"])
    hand, machine = hand_matrix(hand_table, book), dictionary_code(entries, book)
    dims = {c.code_id: c.dimension for c in book.codes}
    level = entries.set_index("entry_id")["level"]
    known = level[level.isin(LEVELS)]
    token_codings = {"hand": hand, "dictionary (substrings)": machine}
    for name in ("baseline", "no user dictionary"):
        token_codings[f"dictionary (tokens, {name})"] = robustness.token_coding(
            entries, book, robustness.VARIANTS[name])
    return Themes(
        entries=entries, book=book, segmenter=seg, terms=terms,
        terms_table=frequencies.term_table(terms),
        by_category=frequencies.by_category(terms, category, 10),
        distinctive=frequencies.distinctive(terms, category, 8),
        textrank=frequencies.textrank(texts, category, seg, 8),
        graph=graph, nodes=cooccurrence.node_table(graph),
        sensitivity=cooccurrence.sensitivity(terms, NETWORK_NS, NETWORK_THRESHOLDS, NETWORK),
        hand_table=hand_table, hand=hand, machine=machine, hits=dictionary_hits(entries, book),
        agreement=agreement.per_code(hand, machine, dims),
        disagreements=agreement.disagreements(hand, machine),
        prevalence=compare.prevalence(hand),
        by_category_prev=compare.prevalence(hand, category),
        category_tests=compare.group_tests(hand, category),
        level_tests=compare.group_tests(hand.loc[known.index], known),
        code_pairs=compare.cooccurrence(hand),
        robust_top=robustness.top_terms(entries, TOP),
        robust_codes=robustness.prevalences(token_codings),
        seg_check=check_sample(entries, seg),
    )


def facts(t: Themes) -> dict:
    """Every number the prose quotes, keyed by its glue name."""
    n = len(t.entries)
    top = t.terms_table
    out = {"n_entries": n, "jieba_version": jieba_version(),
           "n_terms": len(top), "n_tokens": int(top["tf"].sum()),
           "n_domain_stopwords": len(t.segmenter.stopwords - Segmenter(domain_stopwords=False).stopwords),
           "n_user_terms": len(read_word_list(USER_DICT)) // 2}  # each line: term and POS tag
    for i, row in enumerate(top.head(5).itertuples(), 1):
        out[f"top{i}_term"], out[f"top{i}_df"] = row.term, int(row.df)
    errors = int((t.seg_check["correct"] == 0).sum())
    tokens = len(t.seg_check)
    low, high = wilson(errors, tokens)
    out.update(seg_tokens=tokens, seg_errors=errors, seg_rate=100 * errors / tokens,
               seg_low=100 * low, seg_high=100 * high, seg_entries=t.seg_check["entry_id"].nunique())
    prev = t.prevalence.set_index("code_id")
    for code in t.book.ids:
        out[f"n_{code}"] = int(prev.loc[code, "k"])
        out[f"pct_{code}"] = 100 * prev.loc[code, "share"]
        out[f"lo_{code}"], out[f"hi_{code}"] = 100 * prev.loc[code, "ci_low"], 100 * prev.loc[code, "ci_high"]
    modes = t.hand[t.book.dimension("governance_mode")].sum(axis=1)
    risks = t.hand[t.book.dimension("risk_domain")].sum(axis=1)
    out.update(no_mode=int((modes == 0).sum()), no_risk=int((risks == 0).sum()),
               no_code=int(((modes == 0) & (risks == 0)).sum()), max_modes=int(modes.max()),
               n_max_modes=int((modes == modes.max()).sum()), multi_mode=int((modes >= 2).sum()),
               mean_codes=float((modes + risks).mean()))
    ag = t.agreement
    out.update(kappa_min=float(ag["cohen_kappa"].min()), kappa_max=float(ag["cohen_kappa"].max()),
               kappa_median=float(ag["cohen_kappa"].median()),
               alpha_min=float(ag["krippendorff_alpha"].min()),
               alpha_max=float(ag["krippendorff_alpha"].max()),
               n_disagreements=len(t.disagreements),
               n_hand_only=int((t.disagreements["applied_by"] == "hand").sum()),
               n_dict_only=int((t.disagreements["applied_by"] == "dictionary").sum()),
               kappa_min_code=t.book.labels()[ag.loc[ag["cohen_kappa"].idxmin(), "code_id"]])
    tests = t.category_tests.set_index("code_id")
    out["n_cat_q05"] = int((tests["q_bh"] < 0.05).sum())
    out["n_cat_p05"] = int((tests["p"] < 0.05).sum())
    out["min_cat_p"] = float(tests["p"].min())
    out["min_cat_p_code"] = t.book.labels()[tests["p"].idxmin()]
    lv = t.level_tests
    out["n_level_p05"] = int((lv["p"] < 0.05).sum())
    out["n_level_entries"] = int(t.entries["level"].isin(LEVELS).sum())
    pair = t.code_pairs.set_index(["code_a", "code_b"])
    smart_law = pair.loc[("mode_law", "mode_smart")]
    out.update(smart_law_both=int(smart_law["both"]), smart_law_p=float(smart_law["p"]))
    first = t.code_pairs.iloc[0]
    out.update(top_pair=f"{t.book.labels()[first['code_a']]} + {t.book.labels()[first['code_b']]}",
               top_pair_both=int(first["both"]))
    overlap = robustness.overlap(t.robust_top).set_index("variant")["shared_with_baseline"]
    out.update(rob_top=TOP, rob_nostop=int(overlap["no domain stopwords"]),
               rob_nodict=int(overlap["no user dictionary"]), rob_nosyn=int(overlap["no synonym merge"]))
    rc = t.robust_codes.set_index("code_id")
    shift = (rc["dictionary (tokens, no user dictionary)"] - rc["dictionary (tokens, baseline)"]).abs()
    out.update(rob_code_maxshift=int(shift.max()),
               rob_code_hand_vs_dict=int((rc["hand"] - rc["dictionary (substrings)"]).abs().max()))
    s = t.sensitivity
    base = s[(s["top_n"] == NETWORK[0]) & (s["threshold"] == NETWORK[1])].iloc[0]
    out.update(net_n=NETWORK[0], net_t=NETWORK[1], net_nodes=int(base["linked_terms"]),
               net_edges=int(base["edges"]), net_communities=int(base["communities"]),
               net_modularity=float(base["modularity"]),
               net_rand_min=float(s["rand_vs_base"].min()),
               net_comm_min=int(s["communities"].min()), net_comm_max=int(s["communities"].max()),
               net_grid_n_min=min(NETWORK_NS), net_grid_n_max=max(NETWORK_NS),
               net_grid_t_min=min(NETWORK_THRESHOLDS), net_grid_t_max=max(NETWORK_THRESHOLDS),
               n_tests_categories=len(t.book.ids))
    for category in CATEGORIES:
        out[f"n_cat_{category}"] = int((t.entries["category"] == category).sum())
    out.update(phrases(out))
    out["net_clusters"] = "; ".join(
        f"{row.name}: {', '.join(bilingual(row.members))}"
        for row in cooccurrence.named_communities(t.nodes).itertuples())
    return out


def _survive(n: int) -> str:
    return "none survives" if n == 0 else counted(n, "survives", "survive")


def phrases(f: dict) -> dict:
    """Counts set in words, so the glued prose reads as English whatever the numbers are."""
    errors = f["seg_errors"]
    return {
        "seg_errors_text": f"{errors} of {f['seg_tokens']} tokens {'is' if errors == 1 else 'are'} wrong",
        "cat_p05_text": ("no code differs" if f["n_cat_p05"] == 0
                         else counted(f["n_cat_p05"], "code differs", "codes differ")),
        "cat_q05_text": _survive(f["n_cat_q05"]),
        "level_p05_text": ("no code" if f["n_level_p05"] == 0 else counted(f["n_level_p05"], "code", "codes")),
        "top_pair_text": counted(f["top_pair_both"], "entry", "entries"),
        "smart_law_text": counted(f["smart_law_both"], "entry", "entries"),
        "multi_mode_text": counted(f["multi_mode"], "entry combines", "entries combine"),
        "max_modes_text": counted(f["n_max_modes"], "entry", "entries"),
        "no_mode_text": counted(f["no_mode"], "entry uses", "entries use"),
        "no_risk_text": counted(f["no_risk"], "entry addresses", "entries address"),
        "risk_political_text": counted(f["n_risk_political"], "entry", "entries"),
        "rob_hand_vs_dict_text": counted(f["rob_code_hand_vs_dict"], "entry", "entries"),
        "rob_maxshift_text": counted(f["rob_code_maxshift"], "entry", "entries"),
        "disagreements_text": counted(f["n_disagreements"], "disagreement", "disagreements"),
    }


def draw(t: Themes) -> None:
    plots.top_terms(t.terms_table, len(t.entries), TOP)
    plots.semantic_network(t.graph, t.nodes, cooccurrence.named_communities(t.nodes), *NETWORK)
    plots.prevalence_heatmap(t.by_category_prev, t.book.frame(), list(CATEGORIES), CATEGORY_LABELS)
