"""Everything the theme chapter shows, computed once from the entries table.

`analyse` runs the whole analysis; `facts` flattens the numbers the prose quotes (each is glued
under its key) and the phrases that must agree with them ("1 code", "none survives");
`tables.published` shapes the tables for reading; `draw` makes the figures.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import pandas as pd

from ..wording import counted
from . import agreement, codebook, compare, cooccurrence, frequencies, plots, reliability, robustness
from .coder import (SECOND_CODING, dictionary_code, dictionary_hits, hand_matrix, read_adjudication,
                    read_hand_coding)
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
    second_table: pd.DataFrame
    second: pd.DataFrame
    reliability: pd.DataFrame
    second_disagreements: pd.DataFrame
    adjudication: pd.DataFrame
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
    second_table = read_hand_coding(book, entries["entry_id"], SECOND_CODING)
    second = hand_matrix(second_table, book)
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
        second_table=second_table, second=second, reliability=reliability.per_code(hand, second, dims),
        second_disagreements=agreement.disagreements(hand, second),
        adjudication=read_adjudication(hand, second),
        prevalence=compare.prevalence(hand),
        by_category_prev=compare.prevalence(hand, category),
        category_tests=compare.group_tests(hand, category),
        level_tests=compare.group_tests(hand.loc[known.index], known),
        code_pairs=compare.cooccurrence(hand),
        robust_top=robustness.top_terms(entries, TOP),
        robust_codes=robustness.prevalences(token_codings),
        seg_check=check_sample(entries, seg),
    )


def code_counts(t: Themes) -> pd.Series:
    """Entries carrying each code in the hand coding, by code id (the key findings quote them too)."""
    return t.prevalence.set_index("code_id")["k"].astype(int)


def code_share(t: Themes, code: str) -> tuple[float, float, float]:
    """Per cent of entries carrying `code`, with the bounds of its 95% Wilson interval."""
    row = t.prevalence.set_index("code_id").loc[code]
    return 100 * row["share"], 100 * row["ci_low"], 100 * row["ci_high"]


def modes_per_entry(t: Themes) -> pd.Series:
    """How many governance modes each entry carries."""
    return t.hand[t.book.dimension("governance_mode")].sum(axis=1)


def no_mode_text(t: Themes) -> str:
    """'5 entries use' (none of the modes): the chapter and the key findings word it alike."""
    return counted(int((modes_per_entry(t) == 0).sum()), "entry uses", "entries use")


def categories_q05(t: Themes) -> int:
    """Codes whose prevalence differs across award categories after correction (BH q < 0.05)."""
    return int((t.category_tests["q_bh"] < 0.05).sum())


COMMON = 4  # the robustness paragraph follows the order of the hand coding's commonest codes


def ranking_facts(t: Themes) -> dict:
    """Whether the order of the hand coding's commonest codes survives the other codings: counted
    per coding (a tie counts as keeping the order only if it is a tie in the hand coding too)."""
    rc = t.robust_codes.set_index("code_id")
    hand = rc["hand"].sort_values(ascending=False, kind="stable")
    common = list(hand.index[:COMMON])
    others = [c for c in rc.columns if c != "hand"]
    kept = [c for c in others if list(rc.loc[common, c].sort_values(ascending=False, kind="stable").index) == common]
    first_kept = [c for c in others if rc[c].idxmax() == common[0] and (rc[c] == rc[c].max()).sum() == 1]
    labels = t.book.labels()
    return {
        "rob_common_codes": ", ".join(labels[c] for c in common),
        "rob_first_code": labels[common[0]],
        "rob_first_kept_text": ("under every other coding" if len(first_kept) == len(others)
                                else f"under {len(first_kept)} of the {len(others)} other codings"),
        "rob_order_text": _kept_phrase(len(kept), len(others)),
    }


def _kept_phrase(kept: int, total: int) -> str:
    if kept == total:
        return "holds in every other coding"
    where = "none" if kept == 0 else f"{kept}"
    return (f"holds in {where} of the {total} other codings: the ranks below the first depend on how "
            f"the codes are applied")


def _undefined_phrase(r: pd.DataFrame, labels: dict[str, str]) -> str:
    """'in up to 273 of the 2000 resamples, for 政治安全 (…)': where bootstrap draws were lost."""
    worst = r.loc[r["draws_undefined"].idxmax()]
    if worst["draws_undefined"] == 0:
        return "in no resample for any code"
    return (f"in up to {int(worst['draws_undefined'])} of the {int(worst['draws'])} resamples, for "
            f"{labels[worst['code_id']]}")


def _first_only_phrase(adjudication: pd.DataFrame) -> str:
    """What the adjudication made of the codes only the first coder applied."""
    first_only = adjudication[(adjudication["first_coder"] == 1) & (adjudication["second_coder"] == 0)]
    kept = int(first_only["adjudicated"].sum())
    phrase = f"kept {kept}"
    return phrase + (": the first coding tends to apply codes too readily" if 2 * kept < len(first_only) else "")


def second_coding_facts(t: Themes) -> dict:
    """How far the independent second coding agrees with the editors' (section on reliability)."""
    r = t.reliability
    weakest = r.loc[r["cohen_kappa"].idxmin()]
    applied = t.second_disagreements["applied_by"]
    return {
        "second_kappa_min": float(r["cohen_kappa"].min()), "second_kappa_max": float(r["cohen_kappa"].max()),
        "second_kappa_median": float(r["cohen_kappa"].median()),
        "second_alpha_min": float(r["krippendorff_alpha"].min()),
        "second_alpha_max": float(r["krippendorff_alpha"].max()),
        "second_undefined_text": _undefined_phrase(r, t.book.labels()),
        "second_kappa_min_code": t.book.labels()[weakest["code_id"]],
        "second_kappa_min_low": float(weakest["kappa_low"]),
        "second_cells": int(t.hand.size),
        "second_disagreements_text": counted(len(applied), "cell", "cells"),
        "second_n_first_only": int((applied == "hand").sum()),
        "second_n_second_only": int((applied == "dictionary").sum()),
        "second_draws": int(r["draws"].iloc[0]),
        "adjudicated_for_first": int((t.adjudication["adjudicated"] == t.adjudication["first_coder"]).sum()),
        "adjudicated_for_second": int((t.adjudication["adjudicated"] == t.adjudication["second_coder"]).sum()),
        "adjudicated_rule_unclear": int((t.adjudication["rule_unclear"] == "yes").sum()),
        "adjudicated_first_only_text": _first_only_phrase(t.adjudication),
    }


def facts(t: Themes) -> dict:
    """Every number the prose quotes, keyed by its glue name."""
    top = t.terms_table
    n = code_counts(t)
    smart_pct, smart_lo, smart_hi = code_share(t, "mode_smart")
    modes = modes_per_entry(t)
    risks = t.hand[t.book.dimension("risk_domain")].sum(axis=1)
    errors = int((t.seg_check["correct"] == 0).sum())
    tokens = len(t.seg_check)
    seg_low, seg_high = wilson(errors, tokens)
    ag = t.agreement
    tests = t.category_tests.set_index("code_id")
    smart_law = t.code_pairs.set_index(["code_a", "code_b"]).loc[("mode_law", "mode_smart")]
    first_pair = t.code_pairs.iloc[0]
    overlap = robustness.overlap(t.robust_top).set_index("variant")["shared_with_baseline"]
    rc = t.robust_codes.set_index("code_id")
    shift = (rc["dictionary (tokens, no user dictionary)"] - rc["dictionary (tokens, baseline)"]).abs()
    s = t.sensitivity
    base = s[(s["top_n"] == NETWORK[0]) & (s["threshold"] == NETWORK[1])].iloc[0]
    in_list = lambda category: int((t.entries["category"] == category).sum())
    return {
        "n_entries": len(t.entries), "jieba_version": jieba_version(),
        "n_terms": len(top), "n_tokens": int(top["tf"].sum()),
        "n_domain_stopwords": len(t.segmenter.stopwords - Segmenter(domain_stopwords=False).stopwords),
        "n_user_terms": len(read_word_list(USER_DICT)) // 2,  # each line: term and POS tag
        "top1_df": int(top["df"].iloc[0]), "top2_df": int(top["df"].iloc[1]),
        "top3_df": int(top["df"].iloc[2]),
        "seg_rate": 100 * errors / tokens, "seg_low": 100 * seg_low, "seg_high": 100 * seg_high,
        "seg_entries": t.seg_check["entry_id"].nunique(),
        "n_mode_smart": int(n["mode_smart"]), "n_mode_law": int(n["mode_law"]),
        "n_mode_autonomy": int(n["mode_autonomy"]), "n_mode_politics": int(n["mode_politics"]),
        "n_mode_ethics": int(n["mode_ethics"]),
        "n_risk_services": int(n["risk_services"]), "n_risk_disputes": int(n["risk_disputes"]),
        "n_risk_safety": int(n["risk_safety"]), "n_risk_order": int(n["risk_order"]),
        "n_risk_political": int(n["risk_political"]), "n_risk_cyber": int(n["risk_cyber"]),
        "n_risk_ecology": int(n["risk_ecology"]),
        "pct_mode_smart": smart_pct, "lo_mode_smart": smart_lo, "hi_mode_smart": smart_hi,
        "pct_risk_services": code_share(t, "risk_services")[0],
        "max_modes": int(modes.max()), "no_mode_text": no_mode_text(t),
        "kappa_min": float(ag["cohen_kappa"].min()), "kappa_max": float(ag["cohen_kappa"].max()),
        "kappa_median": float(ag["cohen_kappa"].median()),
        "alpha_min": float(ag["krippendorff_alpha"].min()),
        "alpha_max": float(ag["krippendorff_alpha"].max()),
        "n_hand_only": int((t.disagreements["applied_by"] == "hand").sum()),
        **second_coding_facts(t), **ranking_facts(t),
        "n_dict_only": int((t.disagreements["applied_by"] == "dictionary").sum()),
        "kappa_min_code": t.book.labels()[ag.loc[ag["cohen_kappa"].idxmin(), "code_id"]],
        "min_cat_p": float(tests["p"].min()),
        "min_cat_p_code": t.book.labels()[tests["p"].idxmin()],
        "n_level_entries": int(t.entries["level"].isin(LEVELS).sum()),
        "smart_law_p": float(smart_law["p"]),
        "top_pair": f"{t.book.labels()[first_pair['code_a']]} + {t.book.labels()[first_pair['code_b']]}",
        "rob_top": TOP, "rob_nostop": int(overlap["no domain stopwords"]),
        "rob_nodict": int(overlap["no user dictionary"]), "rob_nosyn": int(overlap["no synonym merge"]),
        "net_n": NETWORK[0], "net_t": NETWORK[1], "net_nodes": int(base["linked_terms"]),
        "net_edges": int(base["edges"]), "net_communities": int(base["communities"]),
        "net_modularity": float(base["modularity"]),
        "net_rand_min": float(s["rand_vs_base"].min()),
        "net_comm_min": int(s["communities"].min()), "net_comm_max": int(s["communities"].max()),
        "net_grid_n_min": min(NETWORK_NS), "net_grid_n_max": max(NETWORK_NS),
        "net_grid_t_min": min(NETWORK_THRESHOLDS), "net_grid_t_max": max(NETWORK_THRESHOLDS),
        "n_tests_categories": len(t.book.ids),
        "n_cat_grassroots_case": in_list("grassroots_case"),
        "n_cat_innovation_project": in_list("innovation_project"),
        "n_cat_innovation_case": in_list("innovation_case"),
        "net_clusters": "; ".join(f"{row.name}: {', '.join(bilingual(row.members))}"
                                  for row in cooccurrence.named_communities(t.nodes).itertuples()),
        **phrases(seg_errors=errors, seg_tokens=tokens, n_cat_p05=int((tests["p"] < 0.05).sum()),
                  n_cat_q05=categories_q05(t), n_level_p05=int((t.level_tests["p"] < 0.05).sum()),
                  top_pair_both=int(first_pair["both"]), smart_law_both=int(smart_law["both"]),
                  multi_mode=int((modes >= 2).sum()), n_max_modes=int((modes == modes.max()).sum()),
                  no_risk=int((risks == 0).sum()), n_risk_political=int(n["risk_political"]),
                  rob_code_hand_vs_dict=int((rc["hand"] - rc["dictionary (substrings)"]).abs().max()),
                  rob_code_maxshift=int(shift.max()), n_disagreements=len(t.disagreements)),
    }


def _survive(n: int) -> str:
    return "none survives" if n == 0 else counted(n, "survives", "survive")


def phrases(*, seg_errors: int, seg_tokens: int, n_cat_p05: int, n_cat_q05: int, n_level_p05: int,
            top_pair_both: int, smart_law_both: int, multi_mode: int, n_max_modes: int, no_risk: int,
            n_risk_political: int, rob_code_hand_vs_dict: int, rob_code_maxshift: int,
            n_disagreements: int) -> dict:
    """Counts set in words, so the glued prose reads as English whatever the numbers are."""
    return {
        "seg_errors_text": f"{seg_errors} of {seg_tokens} tokens {'is' if seg_errors == 1 else 'are'} wrong",
        "cat_p05_text": ("no code differs" if n_cat_p05 == 0
                         else counted(n_cat_p05, "code differs", "codes differ")),
        "cat_q05_text": _survive(n_cat_q05),
        "level_p05_text": "no code" if n_level_p05 == 0 else counted(n_level_p05, "code", "codes"),
        "top_pair_text": counted(top_pair_both, "entry", "entries"),
        "smart_law_text": counted(smart_law_both, "entry", "entries"),
        "multi_mode_text": counted(multi_mode, "entry combines", "entries combine"),
        "max_modes_text": counted(n_max_modes, "entry", "entries"),
        "no_risk_text": counted(no_risk, "entry addresses", "entries address"),
        "risk_political_text": counted(n_risk_political, "entry", "entries"),
        "rob_hand_vs_dict_text": counted(rob_code_hand_vs_dict, "entry", "entries"),
        "rob_maxshift_text": counted(rob_code_maxshift, "entry", "entries"),
        "disagreements_text": counted(n_disagreements, "disagreement", "disagreements"),
    }


def draw(t: Themes) -> None:
    plots.top_terms(t.terms_table, len(t.entries), TOP)
    plots.semantic_network(t.graph, t.nodes, cooccurrence.named_communities(t.nodes), *NETWORK)
    plots.prevalence_heatmap(t.by_category_prev, t.book.frame(), list(CATEGORIES), CATEGORY_LABELS)
