"""The chapter's tables, shaped for reading: human column names, glossed Chinese, rounded numbers.

`published(t)` returns every table the chapter shows as (slug, frame, caption); the notebook hands
each to `xmgov.tables.show_table`, and the Markdown places it with the `xmtable` directive.
"""

from __future__ import annotations

import re

import pandas as pd

from .. import paths
from . import robustness
from .gloss import glossed
from .segment import Segmenter
from ..dataset.vocabulary import CATEGORIES, category_label

EXAMPLE_GLOSSES = paths.DATA / "themes" / "example_glosses.csv"
EXAMPLES = ("C12", "C22", "C25")  # clauses shown with and without the user dictionary
CATEGORY_NAMES = {c: category_label(c, "en short") for c in CATEGORIES}
LEVEL_NAMES = {"city": "city 市", "district": "district 区", "street": "street 街道",
               "community": "community 社区", "village": "village 村"}
VARIANT_NAMES = {"baseline": "baseline", "no domain stopwords": "without the domain stopwords",
                 "no user dictionary": "without the user dictionary",
                 "no synonym merge": "without the synonym merges"}
CODER_NAMES = {"hand": "adjudicated coding", "dictionary": "dictionary coder"}


def p_value(p: float) -> str:
    """A p- or q-value to three decimals, '< 0.001' below that."""
    return "< 0.001" if p < 0.0005 else f"{p:.3f}"


def entry_label(t, entry_id: str) -> str:
    """'G08 · Neighbourhood …': the id with the editorial English label."""
    label = t.entries.set_index("entry_id")["label_en"].get(entry_id, "")
    return f"{entry_id} · {label}" if isinstance(label, str) and label else entry_id


def segmentation_examples(t, entry_ids) -> pd.DataFrame:
    """The first clause of a few entries, glossed, segmented with and without the user dictionary."""
    glosses = pd.read_csv(EXAMPLE_GLOSSES, dtype=str).set_index("entry_id")["clause_en"]
    texts = t.entries.set_index("entry_id")["description"]
    bare = Segmenter(user_dict=False)
    rows = []
    for entry_id in entry_ids:
        if entry_id not in glosses.index:
            raise KeyError(f"{EXAMPLE_GLOSSES}: add an English gloss of the first clause of {entry_id}")
        clause = re.split("[，,。；]", texts[entry_id])[0]
        tokens = {name: " / ".join(x for x in seg.raw(clause) if re.search(r"\w", x))
                  for name, seg in (("with", t.segmenter), ("without", bare))}
        rows.append({"entry": entry_id, "clause, in English": glosses[entry_id],
                     "with the user dictionary": tokens["with"], "jieba alone": tokens["without"]})
    return pd.DataFrame(rows)


def distinctive_terms(t) -> pd.DataFrame:
    side = t.distinctive.merge(t.textrank, on=["category", "rank"], how="outer",
                               suffixes=("_tfidf", "_textrank"))
    side["category"] = pd.Categorical(side["category"], list(CATEGORY_NAMES))
    side = side.sort_values(["category", "rank"])
    return pd.DataFrame({
        "award category": side["category"].map(CATEGORY_NAMES).astype(str),
        "rank": side["rank"].astype(int),
        "TF-IDF term": [glossed([x]) if isinstance(x, str) else "" for x in side["term_tfidf"]],
        "entries of the category using it": [str(int(x)) if pd.notna(x) else "" for x in side["df_in_category"]],
        "TextRank keyword": [glossed([x]) if isinstance(x, str) else "" for x in side["term_textrank"]]})


def network_sensitivity(t) -> pd.DataFrame:
    s = t.sensitivity
    return pd.DataFrame({
        "top-N terms": s["top_n"], "Jaccard threshold": s["threshold"].map("{:.2f}".format),
        "linked terms": s["linked_terms"], "links": s["edges"], "communities": s["communities"],
        "modularity": s["modularity"].map("{:.2f}".format),
        "Rand agreement with the figure": [f"{x:.0%}" if pd.notna(x) else "–" for x in s["rand_vs_base"]]})


def agreement(t) -> pd.DataFrame:
    a = t.agreement
    return pd.DataFrame({
        "code": a["code_id"].map(t.book.labels()), "entries in the adjudicated coding": a["hand_positive"],
        "by the dictionary": a["dictionary_positive"], "by both": a["both_positive"],
        "observed agreement": a["observed_agreement"].map("{:.0%}".format),
        "Cohen's κ": a["cohen_kappa"].map("{:.2f}".format),
        "Krippendorff's α": a["krippendorff_alpha"].map("{:.2f}".format)})


def disagreements(t) -> pd.DataFrame:
    hits = t.hits.set_index(["entry_id", "code_id"])["keywords"]
    d = t.disagreements
    matched = [hits.get((e, c), "") for e, c in zip(d["entry_id"], d["code_id"])]
    return pd.DataFrame({
        "entry": d["entry_id"], "code": d["code_id"].map(t.book.labels()),
        "applied only by": d["applied_by"].map(CODER_NAMES),
        "keywords matched": [glossed(m.split("|")) if m else "" for m in matched],
        "rationale": [cell_rationale(t, e, c) for e, c in zip(d["entry_id"], d["code_id"])]})


def cell_rationale(t, entry_id: str, code_id: str) -> str:
    """Why the adjudicated coding has this cell: the adjudicator's reason where the two coders
    differed on it, otherwise the first coder's rationale for the entry."""
    reviewed = t.review.set_index(["entry_id", "code_id"])["rationale"]
    if (entry_id, code_id) in reviewed.index:
        return f"reviewed under the codebook's version 2: {reviewed.loc[(entry_id, code_id)]}"
    decided = t.adjudication.set_index(["entry_id", "code_id"])["rationale"]
    if (entry_id, code_id) in decided.index:
        return f"adjudicated: {decided.loc[(entry_id, code_id)]}"
    return t.hand_table.loc[entry_id, "rationale"]


def reliability(t) -> pd.DataFrame:
    r = t.reliability
    return pd.DataFrame({
        "code": r["code_id"].map(t.book.labels()), "first coding": r["first_positive"],
        "second coding": r["second_positive"], "both": r["both_positive"],
        "cells that differ": r["disagreements"],
        "after adjudication and review": t.coding.sum().reindex(r["code_id"]).to_numpy(),
        "Cohen's κ [95% CI]": [f"{k:.2f} [{lo:.2f}–{hi:.2f}]" for k, lo, hi
                               in zip(r["cohen_kappa"], r["kappa_low"], r["kappa_high"])],
        "Krippendorff's α [95% CI]": [f"{a:.2f} [{lo:.2f}–{hi:.2f}]" for a, lo, hi
                                      in zip(r["krippendorff_alpha"], r["alpha_low"], r["alpha_high"])],
        "resamples left out (undefined)": r["draws_undefined"]})


def second_disagreements(t) -> pd.DataFrame:
    d = t.second_disagreements
    decided = t.adjudication.set_index(["entry_id", "code_id"])
    cells = list(zip(d["entry_id"], d["code_id"]))
    return pd.DataFrame({
        "entry": d["entry_id"], "code": d["code_id"].map(t.book.labels()),
        "applied only by": d["applied_by"].map({"hand": "first coder", "dictionary": "second coder"}),
        "adjudicated": ["applies" if int(decided.loc[c, "adjudicated"]) else "does not apply" for c in cells],
        "rule unclear": [decided.loc[c, "rule_unclear"] for c in cells],
        "adjudicator's rationale": [decided.loc[c, "rationale"] for c in cells]})


def prevalence(t) -> pd.DataFrame:
    wide = t.by_category_prev.pivot(index="code_id", columns="group", values="k")
    sizes = t.entries["category"].value_counts()
    tests = t.category_tests.set_index("code_id")
    labels = t.book.labels()
    rows = []
    for row in t.prevalence.itertuples():
        rows.append({"code": labels[row.code_id], "entries": row.k,
                     "share % [95% Wilson CI]": f"{100 * row.share:.0f} [{100 * row.ci_low:.0f}–{100 * row.ci_high:.0f}]",
                     **{name: f"{wide.loc[row.code_id, c]}/{sizes[c]}" for c, name in CATEGORY_NAMES.items()},
                     "Fisher–Freeman–Halton p": p_value(tests.loc[row.code_id, "p"]),
                     "BH q-value": p_value(tests.loc[row.code_id, "q_bh"])})
    return pd.DataFrame(rows)


def level_tests(t) -> pd.DataFrame:
    lv = t.level_tests
    sizes = t.entries["level"].value_counts()
    out = pd.DataFrame({"code": lv["code_id"].map(t.book.labels())})
    for level, name in LEVEL_NAMES.items():
        if f"k_{level}" in lv:
            out[f"{name} (of {sizes.get(level, 0)})"] = lv[f"k_{level}"]
    out["exact-test p"] = lv["p"].map(p_value)
    out["BH q-value"] = lv["q_bh"].map(p_value)
    return out


PAIRS = 10  # the most frequent pairs of codes the chapter tabulates


def code_pairs(t, top: int = PAIRS) -> pd.DataFrame:
    labels = t.book.labels()
    df = t.code_pairs.head(top)
    return pd.DataFrame({
        "pair of codes": df["code_a"].map(labels) + " + " + df["code_b"].map(labels),
        "entries with both": df["both"], "Jaccard index": df["jaccard"].map("{:.2f}".format),
        "odds ratio": df["odds_ratio"].map("{:.1f}".format), "Fisher p": df["p"].map(p_value),
        "BH q-value": df["q_bh"].map(p_value)})


def most_modes(t) -> pd.DataFrame:
    modes = t.book.dimension("governance_mode")
    count = t.coding[modes].sum(axis=1)
    labels = t.book.labels()
    return pd.DataFrame([{"entry": entry_label(t, e), "governance modes": int(count[e]),
                          "codes": "; ".join(labels[c] for c in modes if t.coding.loc[e, c])}
                         for e in count[count == count.max()].index])


def uncoded(t) -> pd.DataFrame:
    """The entries the framework does not reach: no governance mode, or no risk domain."""
    labels = t.book.labels()
    modes, risks = t.book.dimension("governance_mode"), t.book.dimension("risk_domain")
    rows = []
    for e in t.coding.index:
        no_mode, no_risk = not t.coding.loc[e, modes].any(), not t.coding.loc[e, risks].any()
        if no_mode or no_risk:
            rows.append({"entry": entry_label(t, e), "no governance mode": "yes" if no_mode else "",
                         "no risk domain": "yes" if no_risk else "",
                         "codes it carries": "; ".join(labels[c] for c in t.book.ids if t.coding.loc[e, c])})
    return pd.DataFrame(rows)


def robust_terms(t) -> pd.DataFrame:
    o = robustness.overlap(t.robust_top)
    return pd.DataFrame({
        "preprocessing": o["variant"].map(VARIANT_NAMES),
        "top terms shared with the baseline": [f"{s} of {n}" for s, n in zip(o["shared_with_baseline"], o["of"])],
        "terms new to the top list": [glossed(x.split("、")) if x else "" for x in o["new_terms"]]})


def robust_codes(t) -> pd.DataFrame:
    rc = t.robust_codes
    return pd.DataFrame({
        "code": rc["code_id"].map(t.book.labels()), "adjudicated coding": rc["adjudicated"],
        "first coding": rc["first"], "second coding": rc["second"],
        "dictionary, substrings": rc["dictionary (substrings)"],
        "dictionary, whole jieba tokens": rc["dictionary (tokens, baseline)"],
        "dictionary, tokens without the user dictionary": rc["dictionary (tokens, no user dictionary)"]})


def published(t) -> list[tuple[str, pd.DataFrame, str]]:
    """Every table of the chapter: (slug, frame, caption), in reading order."""
    n = len(t.entries)
    top = int(robustness.overlap(t.robust_top)["of"].max())
    return [
        ("segmentation-examples", segmentation_examples(t, EXAMPLES),
         f"The first clause of {len(EXAMPLES)} entries segmented by jieba with and without the project's user "
         "dictionary (tokens separated by /)"),
        ("distinctive-terms", distinctive_terms(t),
         "Distinctive terms per award category: highest mean TF-IDF (terms used by at least two entries "
         "of the category, with that number), beside jieba's TextRank keywords"),
        ("network-sensitivity", network_sensitivity(t),
         "The semantic network under other settings of N (terms kept) and the Jaccard threshold; Rand "
         "agreement is the share of term pairs grouped as in the figure"),
        ("agreement", agreement(t),
         f"Agreement between the adjudicated coding and the dictionary coder, per code ({n} entries)"),
        ("disagreements", disagreements(t),
         "Every disagreement between the adjudicated coding and the dictionary coder, with the keywords "
         "the dictionary matched and the rationale for the adjudicated cell"),
        ("reliability", reliability(t),
         f"Agreement between the editors' coding and a blind second coding, per code "
         f"({n} entries; 95% intervals from {int(t.reliability['draws'].iloc[0])} bootstrap resamples of the entries)"),
        ("second-disagreements", second_disagreements(t),
         "Every cell on which the two codings differ, and its adjudication (both coders' rationales are "
         "in data/annotations)"),
        ("prevalence", prevalence(t),
         "Prevalence of each code in the adjudicated coding with 95% Wilson intervals, entries with the code "
         "per award category, and the Fisher–Freeman–Halton exact test across categories with "
         "Benjamini–Hochberg q-values"),
        ("level-tests", level_tests(t),
         "Entries with each code by administrative level (entries of known level only), with the exact "
         "test across levels"),
        ("code-pairs", code_pairs(t),
         f"The {min(PAIRS, len(t.code_pairs))} most frequent pairs of codes in the adjudicated coding, with Jaccard index, odds ratio and "
         f"Fisher's exact test (Benjamini–Hochberg q over all {len(t.code_pairs)} pairs)"),
        ("most-modes", most_modes(t), "The entries that combine the most governance modes"),
        ("uncoded", uncoded(t),
         "Entries that carry no governance mode or no risk domain in the adjudicated coding, with the "
         "editors' English label and the codes they do carry"),
        ("robust-terms", robust_terms(t),
         f"Top-{top} terms under other preprocessing: how many are shared with the baseline, and which "
         "are new"),
        ("robust-codes", robust_codes(t),
         "Entries per code: the adjudicated coding, each of the two codings it was adjudicated from, "
         "the dictionary coder on substrings, and the same dictionary matched against whole jieba "
         "tokens with and without the user dictionary"),
    ]
