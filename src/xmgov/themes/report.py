"""Everything the theme chapter shows, computed once from the entries table.

`analyse` runs the whole analysis; `facts` flattens the numbers the prose quotes (each is glued
under its key) and the phrases that must agree with them ("1 code", "none survives");
`tables.published` shapes the tables for reading; `draw` makes the figures.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import pandas as pd

from ..wording import counted, series
from . import agreement, codebook, compare, cooccurrence, frequencies, plots, reliability, robustness
from .coder import (SECOND_CODING, adjudicated_matrix, dictionary_code, dictionary_hits, hand_matrix,
                    read_adjudication, read_hand_coding, read_review)
from .compare import wilson
from .gloss import bilingual
from .segment import USER_DICT, Segmenter, check_sample, jieba_version, read_word_list, stopword_groups
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
    review: pd.DataFrame
    coding: pd.DataFrame
    prevalence: pd.DataFrame
    by_category_prev: pd.DataFrame
    category_tests: pd.DataFrame
    level_tests: pd.DataFrame
    party_level_ids: list
    level_tests_no_party: pd.DataFrame
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
    adjudication = read_adjudication(hand, second)
    review = read_review(adjudicated_matrix(hand, adjudication))
    coding = adjudicated_matrix(hand, adjudication, review)
    dims = {c.code_id: c.dimension for c in book.codes}
    level = entries.set_index("entry_id")["level"]
    known = level[level.isin(LEVELS)]
    party_level = party_level_ids(entries)
    token_codings = {"adjudicated": coding, "first": hand, "second": second,
                     "dictionary (substrings)": machine}
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
        agreement=agreement.per_code(coding, machine, dims),
        disagreements=agreement.disagreements(coding, machine),
        second_table=second_table, second=second, reliability=reliability.per_code(hand, second, dims),
        second_disagreements=agreement.disagreements(hand, second),
        adjudication=adjudication, review=review, coding=coding,
        prevalence=compare.prevalence(coding),
        by_category_prev=compare.prevalence(coding, category),
        category_tests=compare.group_tests(coding, category),
        level_tests=compare.group_tests(coding.loc[known.index], known),
        party_level_ids=party_level,
        level_tests_no_party=compare.group_tests(coding.loc[known.index.drop(party_level)],
                                                 known.drop(party_level)),
        code_pairs=compare.cooccurrence(coding),
        robust_top=robustness.top_terms(entries, TOP),
        robust_codes=robustness.prevalences(token_codings),
        seg_check=check_sample(entries, seg),
    )


def party_level_ids(entries: pd.DataFrame) -> list[str]:
    """Entries whose administrative level was read from Party wording (a housing estate's Party
    branch, a community Party committee): testing 政治引领 across levels on them is partly circular."""
    basis = entries["level_evidence"].fillna("") + " " + entries["level_basis"].fillna("")
    return sorted(entries.loc[basis.str.contains("党|Party"), "entry_id"])


RARE = 0.10  # a code on fewer than this share of the entries is called rare in the prose
# The risk codes this book added to the framework's five risks (see the codebook's sources).
ADDED_RISKS = ("risk_services", "risk_ecology")


def order_text(t: Themes, dimension: str) -> str:
    """The codes of one dimension from the commonest down, as a sentence fragment; ties are said as
    ties, and codes below RARE are named as rare, so the prose never types an order."""
    counts = code_counts(t)[t.book.dimension(dimension)].sort_values(ascending=False, kind="stable")
    labels, n = t.book.labels(), len(t.entries)
    top = counts[counts == counts.iloc[0]]
    pct, lo, hi = code_share(t, top.index[0])
    share = f"{pct:.0f}%, 95% Wilson interval {lo:.0f}–{hi:.0f}%"
    lead = (f"{labels[top.index[0]]} is the most frequent, in {counts.iloc[0]} entries ({share})" if len(top) == 1
            else f"{series(labels[c] for c in top.index)} are the most frequent, tied at {counts.iloc[0]} "
                 f"entries each ({share})")
    rest = counts.drop(top.index)
    common, rare = rest[rest >= RARE * n], rest[rest < RARE * n]
    codes = {c.code_id: c for c in t.book.codes}
    counted_label = lambda c, k: f"{codes[c].label_zh} ({codes[c].label_en}, {k})"
    text = lead + (", followed by " + series(counted_label(c, k) for c, k in common.items()) if len(common) else "")
    if len(rare):
        text += "; " + series(counted_label(c, k) for c, k in rare.items()) + (" is" if len(rare) == 1 else " are")
        text += f" rare (under {RARE:.0%} of the entries)"
    return text


def lead_text(t: Themes, dimension: str) -> str:
    """'X is the commonest …' or 'X and Y tie as the commonest …': the leading code(s) of a
    dimension, with their count, for pages that quote only the top."""
    counts = code_counts(t)[t.book.dimension(dimension)]
    top = [c for c in counts.index if counts[c] == counts.max()]
    names = series(t.book.labels()[c] for c in top)
    noun = {"risk_domain": "risk domain", "governance_mode": "governance mode"}[dimension]
    if len(top) == 1:
        return f"{names} is the commonest single {noun} ({counts.max()} entries)"
    return f"{names} tie as the commonest single {noun} ({counts.max()} entries each)"


def peak_text(t: Themes, code: str) -> str:
    """'政治引领 (…) is most frequent, for the size of the list, in the grassroots cases (6 of 15)':
    the category where a code's share is highest, with the counts (ties are all named)."""
    rows = t.by_category_prev[t.by_category_prev["code_id"] == code]
    best = rows[rows["share"] == rows["share"].max()]
    where = series(f"the {category_label(r.group, 'en short')} ({r.k} of {r.n})" for r in best.itertuples())
    return f"{t.book.labels()[code]} is most frequent, for the size of the list, in {where}"


def level_facts(t: Themes) -> dict:
    """The level test, its strongest code after correction, and the same test without the entries
    whose level was read from Party wording."""
    lv, without = t.level_tests.set_index("code_id"), t.level_tests_no_party.set_index("code_id")
    top = lv["q_bh"].idxmin()
    carry = int(t.coding.loc[t.party_level_ids, top].sum())
    return {
        "level_q05_text": _survive(int((lv["q_bh"] < 0.05).sum())),
        "level_top_code": t.book.labels()[top], "level_top_q": float(lv.loc[top, "q_bh"]),
        "level_party_ids": series(t.party_level_ids),
        "level_party_carry_text": (f"all {carry} carry" if carry == len(t.party_level_ids) > 1
                                   else f"{carry} of {len(t.party_level_ids)} carry"),
        "level_top_p_without": float(without.loc[top, "p"]),
        "level_top_q_without": float(without.loc[top, "q_bh"]),
        "level_n_without": int(t.entries["level"].isin(LEVELS).sum()) - len(t.party_level_ids),
    }


def code_counts(t: Themes) -> pd.Series:
    """Entries carrying each code in the adjudicated coding, by code id (the key findings quote them too)."""
    return t.prevalence.set_index("code_id")["k"].astype(int)


def code_share(t: Themes, code: str) -> tuple[float, float, float]:
    """Per cent of entries carrying `code`, with the bounds of its 95% Wilson interval."""
    row = t.prevalence.set_index("code_id").loc[code]
    return 100 * row["share"], 100 * row["ci_low"], 100 * row["ci_high"]


def modes_per_entry(t: Themes) -> pd.Series:
    """How many governance modes each entry carries."""
    return t.coding[t.book.dimension("governance_mode")].sum(axis=1)


def no_mode(t: Themes) -> int:
    """Entries coded with none of the governance modes."""
    return int((modes_per_entry(t) == 0).sum())


def no_framework_risk(t: Themes) -> int:
    """Entries that address none of the national framework's risk domains (the added ones aside)."""
    framework = [c for c in t.book.dimension("risk_domain") if c not in ADDED_RISKS]
    return int((t.coding[framework].sum(axis=1) == 0).sum())


def no_mode_text(t: Themes) -> str:
    """'5 entries use' (none of the modes): the chapter and the key findings word it alike."""
    return counted(no_mode(t), "entry uses", "entries use")


def categories_q05(t: Themes) -> int:
    """Codes whose prevalence differs across award categories after correction (BH q < 0.05)."""
    return int((t.category_tests["q_bh"] < 0.05).sum())


COMMON = 4  # the robustness paragraph follows the order of the adjudicated coding's commonest codes


@dataclass(frozen=True)
class Ranking:
    """How the other codings treat the order of the adjudicated coding's commonest codes.

    A coding keeps the order when every pair of the common codes compares the same way in it
    (greater, equal or smaller) as in the adjudicated coding, so a tie is kept only by a tie;
    it is compatible when it reverses no pair and differs only where one side ties. Computed once,
    worded in each edition."""

    counts: pd.DataFrame  # entries per code (rows) under each coding (columns)
    common: list[str]
    others: list[str]
    kept: list[str]
    compatible: list[str]
    first_kept: list[str]  # codings in which the first common code alone comes first
    ties: list[tuple[str, str]]  # pairs of common codes tied in the adjudicated coding
    gap: tuple[str, str, int]  # (code, token-coder variant, entries): the largest token-coder gap


def ranking(t: Themes) -> Ranking:
    rc = t.robust_codes.set_index("code_id")
    lead = rc["adjudicated"].sort_values(ascending=False, kind="stable")
    common = list(lead.index[:COMMON])
    others = [c for c in rc.columns if c != "adjudicated"]
    pairs = [(a, b) for i, a in enumerate(common) for b in common[i + 1:]]
    sign = lambda col, a, b: int(rc.loc[a, col] > rc.loc[b, col]) - int(rc.loc[a, col] < rc.loc[b, col])
    kept = [c for c in others if all(sign(c, a, b) == sign("adjudicated", a, b) for a, b in pairs)]
    compatible = [c for c in others if c not in kept
                  and all(sign(c, a, b) * sign("adjudicated", a, b) >= 0 for a, b in pairs)]
    first_kept = [c for c in others if rc[c].idxmax() == common[0] and (rc[c] == rc[c].max()).sum() == 1]
    tokens = [c for c in rc.columns if c.startswith("dictionary (tokens")]
    gaps = rc[tokens].sub(rc["adjudicated"], axis=0).abs()
    code, variant = gaps.stack().idxmax()
    return Ranking(rc, common, others, kept, compatible, first_kept,
                   [(a, b) for a, b in pairs if sign("adjudicated", a, b) == 0],
                   (code, variant.removeprefix("dictionary (tokens, ").removesuffix(")"),
                    int(gaps.loc[code, variant])))


def ranking_facts(t: Themes) -> dict:
    """Whether the order of the adjudicated coding's commonest codes survives the other codings."""
    r, labels = ranking(t), t.book.labels()
    code, where, gap = r.gap
    return {
        "rob_common_codes": ", ".join(labels[c] for c in r.common),
        "rob_common_ties_text": "".join(
            f"; {labels[a]} and {labels[b]} tie at {int(r.counts.loc[a, 'adjudicated'])} entries"
            for a, b in r.ties),
        "rob_first_code": labels[r.common[0]],
        "rob_token_gap_text": f"{counted(gap, 'entry', 'entries')}, for {labels[code]} ({where})",
        "rob_first_kept_text": ("under every other coding" if len(r.first_kept) == len(r.others)
                                else f"under {len(r.first_kept)} of the {len(r.others)} other codings"),
        "rob_order_text": _kept_phrase(len(r.kept), len(r.compatible), len(r.others)),
    }


def _kept_phrase(kept: int, compatible: int, total: int) -> str:
    """Whether the other codings keep the order: exactly, up to a tie, or with a pair reversed."""
    if kept == total:
        return "holds in every other coding"
    reversed_ = total - kept - compatible
    if reversed_ == 0:
        return (f"holds in every other coding up to ties: none reverses a pair, and "
                f"{counted(compatible, 'coding makes or breaks', 'codings make or break')} a tie")
    return (f"has a pair reversed in {reversed_} of the {total} other codings, so the ranks below the "
            f"first depend on how the codes are applied")


def most_undefined(r: pd.DataFrame) -> pd.Series | None:
    """The code whose bootstrap lost the most draws (None when no draw was lost for any code)."""
    worst = r.loc[r["draws_undefined"].idxmax()]
    return None if worst["draws_undefined"] == 0 else worst


def _undefined_phrase(r: pd.DataFrame, labels: dict[str, str]) -> str:
    """'in up to 273 of the 2000 resamples, for 政治安全 (…)': where bootstrap draws were lost."""
    worst = most_undefined(r)
    if worst is None:
        return "in no resample for any code"
    return (f"in up to {int(worst['draws_undefined'])} of the {int(worst['draws'])} resamples, for "
            f"{labels[worst['code_id']]}")


def first_only_outcome(adjudication: pd.DataFrame) -> tuple[int, int, int]:
    """Of the codes only the first coder applied: how many the adjudication kept, how many it
    dropped, and for how many of those it found the codebook's rule itself unclear."""
    first_only = adjudication[(adjudication["first_coder"] == 1) & (adjudication["second_coder"] == 0)]
    dropped = first_only[first_only["adjudicated"] == 0]
    return int(first_only["adjudicated"].sum()), len(dropped), int((dropped["rule_unclear"] == "yes").sum())


def _first_only_phrase(adjudication: pd.DataFrame) -> str:
    """What the adjudication made of the codes only the first coder applied."""
    kept, dropped, unclear = first_only_outcome(adjudication)
    return (f"kept {kept}; for {unclear} of the {dropped} it dropped, it found the codebook's rule "
            f"itself unclear, so the first coding's surplus is as much the rules' vagueness as the coder's")


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
        "review_cells_text": counted(len(t.review), "cell", "cells"),
        "review_entries": series(sorted(set(t.review["entry_id"]))),
        "coding_vs_first": int((t.coding != t.hand).sum().sum()),
        "coding_vs_second": int((t.coding != t.second).sum().sum()),
    }


def _wrong_in_top(t: Themes) -> str:
    """Whether a wrongly cut token of the segmentation check is among the top terms counted below."""
    wrong = set(t.seg_check.loc[t.seg_check["correct"] == 0, "token"])
    hit = sorted(wrong & set(t.terms_table["term"].head(TOP)))
    if not hit:
        return f"none of the wrongly cut tokens is among the top {TOP} terms counted below"
    return f"{counted(len(hit), 'wrongly cut token is', 'wrongly cut tokens are')} among the top {TOP} terms ({'、'.join(hit)})"


def facts(t: Themes) -> dict:
    """Every number the prose quotes, keyed by its glue name."""
    top = t.terms_table
    modes = modes_per_entry(t)
    q = quantities(t)
    errors, tokens = q["seg_errors"], q["seg_tokens"]
    seg_low, seg_high = wilson(errors, tokens)
    ag = t.agreement
    tests = t.category_tests.set_index("code_id")
    smart_law = t.code_pairs.set_index(["code_a", "code_b"]).loc[("mode_law", "mode_smart")]
    first_pair = t.code_pairs.iloc[0]
    overlap = robustness.overlap(t.robust_top).set_index("variant")["shared_with_baseline"]
    s = t.sensitivity
    base = s[(s["top_n"] == NETWORK[0]) & (s["threshold"] == NETWORK[1])].iloc[0]
    in_list = lambda category: int((t.entries["category"] == category).sum())
    return {
        "n_entries": len(t.entries), "jieba_version": jieba_version(),
        "n_terms": len(top), "n_tokens": int(top["tf"].sum()),
        "n_domain_stopwords": len(t.segmenter.stopwords - Segmenter(domain_stopwords=False).stopwords),
        "n_stopword_groups_text": counted(stopword_groups(), "documented group"),
        "n_user_terms": len(read_word_list(USER_DICT)) // 2,  # each line: term and POS tag
        "top1_df": int(top["df"].iloc[0]), "top2_df": int(top["df"].iloc[1]),
        "top3_df": int(top["df"].iloc[2]),
        "seg_rate": 100 * errors / tokens, "seg_low": 100 * seg_low, "seg_high": 100 * seg_high,
        "seg_entries": t.seg_check["entry_id"].nunique(),
        "seg_in_top_text": _wrong_in_top(t),
        "max_modes": int(modes.max()), "no_mode_text": no_mode_text(t),
        "no_framework_risk_text": counted(no_framework_risk(t), "entry addresses", "entries address"),
        "kappa_min": float(ag["cohen_kappa"].min()), "kappa_max": float(ag["cohen_kappa"].max()),
        "kappa_median": float(ag["cohen_kappa"].median()),
        "alpha_min": float(ag["krippendorff_alpha"].min()),
        "alpha_max": float(ag["krippendorff_alpha"].max()),
        "n_hand_only": int((t.disagreements["applied_by"] == "hand").sum()),
        **second_coding_facts(t), **ranking_facts(t), **level_facts(t),
        "mode_order_text": order_text(t, "governance_mode"), "risk_order_text": order_text(t, "risk_domain"),
        "peak_politics_text": peak_text(t, "mode_politics"), "peak_smart_text": peak_text(t, "mode_smart"),
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
        **phrases(**q),
    }


def quantities(t: Themes) -> dict[str, int]:
    """The counts the prose sets in words (`phrases`), computed once for both editions' wording."""
    modes = modes_per_entry(t)
    tests = t.category_tests.set_index("code_id")
    pairs = t.code_pairs.set_index(["code_a", "code_b"])
    rc = t.robust_codes.set_index("code_id")
    shift = (rc["dictionary (tokens, no user dictionary)"] - rc["dictionary (tokens, baseline)"]).abs()
    return dict(seg_errors=int((t.seg_check["correct"] == 0).sum()), seg_tokens=len(t.seg_check),
                n_cat_p05=int((tests["p"] < 0.05).sum()), n_cat_q05=categories_q05(t),
                n_level_p05=int((t.level_tests["p"] < 0.05).sum()),
                top_pair_both=int(t.code_pairs.iloc[0]["both"]),
                smart_law_both=int(pairs.loc[("mode_law", "mode_smart"), "both"]),
                multi_mode=int((modes >= 2).sum()), n_max_modes=int((modes == modes.max()).sum()),
                no_risk=int((t.coding[t.book.dimension("risk_domain")].sum(axis=1) == 0).sum()),
                n_risk_political=int(code_counts(t)["risk_political"]),
                rob_code_hand_vs_dict=int((rc["adjudicated"] - rc["dictionary (substrings)"]).abs().max()),
                rob_code_maxshift=int(shift.max()), n_disagreements=len(t.disagreements))


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
    plots.semantic_network(t.graph, t.nodes, cooccurrence.named_communities(t.nodes), *NETWORK,
                           n_entries=len(t.entries))
    plots.prevalence_heatmap(t.by_category_prev, t.book.frame(), list(CATEGORIES), CATEGORY_LABELS,
                             n_entries=len(t.entries))
