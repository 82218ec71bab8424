"""The typology section's words and tables: glued facts and reader-facing tables.

Why apart from `typology`: that module reads and checks the coding and computes the shares and the
comparison; this one turns them into the counts and phrases the prose glues (every name written out,
prefixed `themes_typology_`) and the tables the chapter shows, so that wording can change without
touching the checked data path.
"""

from __future__ import annotations

import pandas as pd

from ..dataset.vocabulary import CATEGORIES, category_label
from ..wording import counted
from .typology import LABELS, NON_STATE, TYPES, Typology


def _overall(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["group"] == "all"].set_index("level")


def _order(frame: pd.DataFrame) -> list[str]:
    """Levels from the most to the least frequent (ties in the codebook's order)."""
    overall = _overall(frame)
    return list(overall.sort_values("k", ascending=False, kind="stable").index)


def order_text(frame: pd.DataFrame) -> str:
    """'social governance, then administrative and public service (tied), then political'."""
    overall = _overall(frame)
    ranks = []
    for k in sorted(overall["k"].unique(), reverse=True):
        tied = [LABELS[x] for x in _order(frame) if overall.loc[x, "k"] == k]
        ranks.append(tied[0] if len(tied) == 1 else " and ".join(tied) + " (tied)")
    return ", then ".join(ranks)


def position(reference: float, low: float, high: float) -> str:
    """Where a reference share lies against an interval: 'inside', 'above' or 'below' it."""
    return "inside" if low <= reference <= high else "above" if reference > high else "below"


def _largest_everywhere(t: Typology) -> str:
    """Whether the overall largest type is the largest (alone or tied) in every award list."""
    top = _order(t.types)[0]
    lists = [c for c in CATEGORIES
             if (t.types[(t.types["group"] == c)].set_index("level")["k"].max()
                 == t.types[(t.types["group"] == c) & (t.types["level"] == top)]["k"].iloc[0])]
    if len(lists) == len(CATEGORIES):
        return f"{LABELS[top]} is the largest type in every award list"
    return f"{LABELS[top]} is the largest type in {len(lists)} of the {len(CATEGORIES)} award lists"


def _inside_text(comp: pd.DataFrame) -> str:
    lgia = comp[comp["source_key"] == "yu2012zhongmei"].dropna(subset=["reference_pct"])
    inside = int(lgia["reference_inside_ci"].astype(bool).sum())
    total = len(lgia)
    if inside == 0:
        return f"none of the {total} readable LGIA shares lies"
    if inside == total:
        return f"all {total} readable LGIA shares lie"
    return f"{inside} of the {total} readable LGIA shares {'lies' if inside == 1 else 'lie'}"


def _ids(coding: pd.DataFrame, column: str, value: str) -> str:
    """'G05, G14 and C03': the entries with a value, in the source's order ('no entry' if none)."""
    ids = list(coding.loc[coding[column] == value, "entry_id"])
    if not ids:
        return "no entry"
    return ids[0] if len(ids) == 1 else ", ".join(ids[:-1]) + " and " + ids[-1]


PARTY_WORDS = ("党",)
LEGAL_WORDS = ("法院", "检察", "诉讼", "量刑", "司法", "审计", "法治")
ELECTION_WORDS = ("选举", "民主", "竞选", "差额")


def political_kinds(coding: pd.DataFrame, entries: pd.DataFrame) -> str:
    """What the political entries are about, from their texts: '4 name a Party body and 6 name courts,
    procuratorates, audit or the rule of law but no Party body' (and how many name neither)."""
    texts = entries.set_index("entry_id")["description"]
    political = [texts[e] for e in coding.loc[coding["innovation_type"] == "political", "entry_id"]]
    party = sum(any(w in x for w in PARTY_WORDS) for x in political)
    legal = sum(not any(w in x for w in PARTY_WORDS) and any(w in x for w in LEGAL_WORDS) for x in political)
    rest = len(political) - party - legal
    text = f"{party} name a Party body and {legal} name courts, procuratorates, audit or the rule of law but no Party body"
    return text + (f"; {rest} name neither" if rest else "")


def elections_text(coding: pd.DataFrame, entries: pd.DataFrame) -> str:
    """'none of the political entries names' elections or democracy (选举, 民主, 竞选, 差额)."""
    texts = entries.set_index("entry_id")["description"]
    k = sum(any(w in texts[e] for w in ELECTION_WORDS)
            for e in coding.loc[coding["innovation_type"] == "political", "entry_id"])
    return "none of the political entries names" if k == 0 else counted(k, "political entry names",
                                                                         "political entries name")


def _alt_reach(comp: pd.DataFrame) -> str:
    """Whether counting the alternative types brings the Xiamen shares up to the LGIA's."""
    lgia = comp[comp["source_key"] == "yu2012zhongmei"].dropna(subset=["reference_pct"])
    k = int((lgia["xiamen_pct_with_alt"] >= lgia["reference_pct"]).sum())
    if k == 0:
        return (f"none of the {len(lgia)} then reaches the LGIA's share, so the gap does not depend on how "
                "the borderline entries are classed")
    return (f"{k} of the {len(lgia)} then {'reaches' if k == 1 else 'reach'} or {'exceeds' if k == 1 else 'exceed'} "
            "the LGIA's share, so the gap depends on how the borderline entries are classed")


def _official_text(registry: pd.DataFrame) -> str:
    """'for 1 of the 10 templates': how many have a source read on an official government, court
    or newspaper site (the rest were read in reprints)."""
    official = int(registry["official_host"].sum())
    return f"for {'none' if official == 0 else official} of the {len(registry)} templates"


def facts(t: Typology) -> dict:
    """Every number and data-dependent phrase the typology section glues, under its full name."""
    ty, pa, orig = _overall(t.types), _overall(t.participation), _overall(t.origin)
    comp = t.comparison.set_index("comparison_id")
    c = t.coding
    named = c[c["origin"] != "local"]
    fengqiao = int(t.entries["description"].str.contains("枫桥").sum())

    def where(cid: str) -> str:
        return position(comp.loc[cid, "reference_pct"], comp.loc[cid, "ci_low"], comp.loc[cid, "ci_high"])

    nonstate = int(c["participation"].isin(NON_STATE).sum())
    top = _order(t.types)[0]
    return {
        "themes_typology_n_entries": len(c),
        "themes_typology_political_kinds_text": political_kinds(c, t.entries),
        "themes_typology_elections_text": elections_text(c, t.entries),
        "themes_typology_template_names": ", ".join(t.templates["name_zh"]),
        "themes_typology_n_lacuna": int(t.entries["has_lacuna"].astype(bool).sum()),
        "themes_typology_n_titled": int((t.entries["title_source"] == "article").sum()),  # titles the mirror kept
        "themes_typology_city_template_ids": _ids(c, "origin", "city_template"),
        "themes_typology_unclear_ids": _ids(c, "origin", "unclear"),
        "themes_typology_self_governance_ids": _ids(c, "participation", "self_governance"),
        "themes_typology_consultation_ids": _ids(c, "participation", "consultation"),
        "themes_typology_n_types": len(TYPES),
        "themes_typology_n_political": int(ty.loc["political", "k"]),
        "themes_typology_n_administrative": int(ty.loc["administrative", "k"]),
        "themes_typology_n_public_service": int(ty.loc["public_service", "k"]),
        "themes_typology_n_social_governance": int(ty.loc["social_governance", "k"]),
        "themes_typology_pct_political": float(ty.loc["political", "pct"]),
        "themes_typology_pct_administrative": float(ty.loc["administrative", "pct"]),
        "themes_typology_pct_public_service": float(ty.loc["public_service", "pct"]),
        "themes_typology_top_type": LABELS[top],
        "themes_typology_top_n": int(ty.loc[top, "k"]),
        "themes_typology_top_pct": float(ty.loc[top, "pct"]),
        "themes_typology_top_lo": float(ty.loc[top, "ci_low"]),
        "themes_typology_top_hi": float(ty.loc[top, "ci_high"]),
        "themes_typology_alt_reach_text": _alt_reach(t.comparison),
        "themes_typology_n_with_alt": int((c["innovation_type_alt"] != "").sum()),
        "themes_typology_type_order": order_text(t.types),
        "themes_typology_largest_text": _largest_everywhere(t),
        "themes_typology_n_participation_none": int(pa.loc["none", "k"]),
        "themes_typology_n_consultation": int(pa.loc["consultation", "k"]),
        "themes_typology_n_coproduction": int(pa.loc["coproduction", "k"]),
        "themes_typology_n_self_governance": int(pa.loc["self_governance", "k"]),
        "themes_typology_pct_nonstate": 100 * nonstate / len(c),
        "themes_typology_pct_participation_none": float(pa.loc["none", "pct"]),
        "themes_typology_n_local": int(orig.loc["local", "k"]),
        "themes_typology_n_city_template": int(orig.loc["city_template", "k"]),
        "themes_typology_n_national_template": int(orig.loc["national_template", "k"]),
        "themes_typology_other_locality_text": counted(int(orig.loc["other_locality_template", "k"]), "entry", "entries"),
        "themes_typology_n_template_named": len(named),
        "themes_typology_n_adapted": int((named["template_use"] == "adapted").sum()),
        "themes_typology_n_adopted": int((named["template_use"] == "adopted").sum()),
        "themes_typology_official_host_text": _official_text(t.templates),
        "themes_typology_fengqiao_text": ("no entry names" if fengqiao == 0
                                          else counted(fengqiao, "entry names", "entries name")),
        "themes_typology_lgia_political_ref": float(comp.loc["lgia_political", "reference_pct"]),
        "themes_typology_lgia_administrative_ref": float(comp.loc["lgia_administrative", "reference_pct"]),
        "themes_typology_lgia_public_service_ref": float(comp.loc["lgia_public_service", "reference_pct"]),
        "themes_typology_lgia_denominator": comp.loc["lgia_political", "reference_denominator"],
        "themes_typology_lgia_inside_text": _inside_text(t.comparison),
        "themes_typology_pct_political_with_alt": float(comp.loc["lgia_political", "xiamen_pct_with_alt"]),
        "themes_typology_pct_administrative_with_alt": float(comp.loc["lgia_administrative", "xiamen_pct_with_alt"]),
        "themes_typology_pct_public_service_with_alt": float(comp.loc["lgia_public_service", "xiamen_pct_with_alt"]),
        "themes_typology_borins_2010_text": comp.loc["borins_collaboration_2010", "reference_text"],
        "themes_typology_borins_1990_ref": float(comp.loc["borins_collaboration_1990", "reference_pct"]),
        "themes_typology_lgia_political_position": where("lgia_political"),
        "themes_typology_lgia_administrative_position": where("lgia_administrative"),
        "themes_typology_lgia_public_service_position": where("lgia_public_service"),
        "themes_typology_borins_2010_position": where("borins_collaboration_2010"),
        "themes_typology_borins_1990_position": where("borins_collaboration_1990"),
    }


def _table(frame: pd.DataFrame, first: str) -> pd.DataFrame:
    """Levels down, 'all' and each award list across: 'k (pct%)'."""
    cells = frame.assign(cell=[f"{k} ({p:.0f}%)" if n else "–" for k, p, n in zip(frame["k"], frame["pct"], frame["n"])])
    wide = cells.pivot(index="level", columns="group", values="cell")
    levels = list(dict.fromkeys(frame["level"]))
    wide = wide.loc[levels, ["all", *CATEGORIES]]
    wide.columns = ["all entries", *[category_label(c, "en short") for c in CATEGORIES]]
    wide.index = [LABELS[x] for x in levels]
    return wide.rename_axis(first).reset_index()


def _comparison_table(t: Typology) -> pd.DataFrame:
    comp = t.comparison
    return pd.DataFrame({
        "Xiamen measure": comp["xiamen_measure"],
        "Xiamen (95% Wilson interval)": [f"{k}/{n} = {p:.0f}% ({lo:.0f}–{hi:.0f}%)" for k, n, p, lo, hi in
                                         zip(comp["xiamen_k"], comp["xiamen_n"], comp["xiamen_pct"], comp["ci_low"], comp["ci_high"])],
        "with the alternative type": [f"{p:.0f}%" if m.startswith("innovation_type") else "–"
                                      for p, m in zip(comp["xiamen_pct_with_alt"], comp["xiamen_measure"])],
        "reference category": comp["reference_category"],
        "reference share": comp["reference_text"],
        "as printed in figures.csv": comp["reference_figure"],
        "of": comp["reference_denominator"],
        "source": [f"{s}" + (f" (read in {r})" if r else "") for s, r in zip(comp["source_key"], comp["read_in"])],
        "what is comparable": comp["caveat"],
    })


def _templates_table(t: Typology) -> pd.DataFrame:
    users = t.coding[t.coding["origin_template"] != ""].groupby("origin_template")["entry_id"].agg(", ".join)
    reg = t.templates
    return pd.DataFrame({
        "template": reg["name_zh"] + " " + reg["name_en"], "level": reg["level"], "evidence": reg["status"],
        "entries naming it": reg["template_id"].map(users).fillna(""),
        "origin, as read": reg["origin_as_read"], "source read": reg["source_url"] + " — " + reg["source_publisher"]})


def coding_table(t: Typology) -> pd.DataFrame:
    """One row per entry: type, alternative, participation, origin and the template's words."""
    c = t.coding
    names = t.templates.set_index("template_id")["name_zh"]
    return pd.DataFrame({
        "entry": c["entry_id"], "type": c["innovation_type"].map(LABELS),
        "or": c["innovation_type_alt"].map(lambda x: LABELS.get(x, "")),
        "participation": c["participation"].map(LABELS), "who": c["participants"].str.replace(";", ", "),
        "origin": c["origin"].map(LABELS), "template": c["origin_template"].map(lambda x: names.get(x, "")) + c["template_use"].map(lambda u: f" ({u})" if u else ""),
        "words of the entry": c["origin_quote"]})


def tables(t: Typology) -> list[tuple[str, pd.DataFrame, str]]:
    """The section's tables as (slug, frame, caption). The per-entry coding (`coding_table`) is left
    out: it is long, and published with the data (typology-coding); an appendix may show it."""
    return [
        ("typology-types", _table(t.types, "innovation type"),
         "Entries by innovation type (the domain of the change), overall and by award list: count "
         "and per cent of the list. Coded from the published descriptions with the book's definitions."),
        ("typology-participation", _table(t.participation, "participation"),
         "Entries by the highest level of non-state participation their text names (an "
         "operationalisation of the LGIA's 参与程度 criterion)."),
        ("typology-origin", _table(t.origin, "origin"),
         "Entries by origin: whether the text names a template from outside the entry's unit, and "
         "where the template comes from as far as the sources read show."),
        ("typology-templates", _templates_table(t),
         "Templates named in the entries, the evidence read for their origin and the first source "
         f"(every source is listed in the codebook). A source on an official site was read {_official_text(t.templates)}; "
         "the others were read in reprints."),
        ("typology-comparison", _comparison_table(t),
         "The Xiamen profile beside the published figures of the LGIA and of Borins' US studies, each "
         "with its source, denominator and what is comparable. A missing reference share was not readable."),
    ]
