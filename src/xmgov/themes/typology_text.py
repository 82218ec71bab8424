"""The typology section's words and tables: glued facts and reader-facing tables.

Why apart from `typology`: that module reads and checks the coding and computes the shares and the
comparison; this one turns them into the counts and phrases the prose glues (every name written out,
prefixed `themes_typology_`) and the tables the chapter shows, so that wording can change without
touching the checked data path.
"""

from __future__ import annotations

import pandas as pd

from ..dataset.vocabulary import CATEGORIES, category_label
from ..wording import counted, series
from .typology import LABELS, NON_STATE, TYPES, Typology, round_to


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
    """Where a reference share lies against an interval whose bounds are already at the reference's
    precision: 'inside' (a bound included), 'above' or 'below' it."""
    return "inside" if low <= reference <= high else "above" if reference > high else "below"


def _positioned(comp: pd.DataFrame, source_key: str = "yu2012zhongmei") -> pd.DataFrame:
    return comp[(comp["source_key"] == source_key) & comp["positioned"].astype(bool)]


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
    """'2 of the 3 readable LGIA shares lie': counted on the rounded intervals."""
    lgia = _positioned(comp)
    inside = int(lgia["reference_inside_ci"].astype(bool).sum())
    total = len(lgia)
    if inside == 0:
        return f"none of the {total} readable LGIA shares lies"
    if inside == total:
        return f"all {total} readable LGIA shares lie"
    return f"{inside} of the {total} readable LGIA shares {'lies' if inside == 1 else 'lie'}"


def _series_ids(ids) -> str:
    """'G05, G14 and C03' ('no entry' if none)."""
    ids = list(ids)
    return series(ids) if ids else "no entry"


def _ids(coding: pd.DataFrame, column: str, value: str) -> str:
    """'G05, G14 and C03': the entries with a value, in the source's order ('no entry' if none)."""
    return _series_ids(coding.loc[coding[column] == value, "entry_id"])


PARTY_WORDS = ("党",)
LEGAL_WORDS = ("法院", "检察", "诉讼", "量刑", "司法", "审计", "法治")
ELECTION_WORDS = ("选举", "民主", "竞选", "差额")


def political_counts(coding: pd.DataFrame, entries: pd.DataFrame) -> tuple[int, int, int, int]:
    """How many political entries name a Party body; name courts, procuratorates, audit or the rule
    of law but no Party body; name neither; and name elections or democracy (选举, 民主, 竞选, 差额).
    Counted once, worded in each edition."""
    texts = entries.set_index("entry_id")["description"]
    political = [texts[e] for e in coding.loc[coding["innovation_type"] == "political", "entry_id"]]
    party = sum(any(w in x for w in PARTY_WORDS) for x in political)
    legal = sum(not any(w in x for w in PARTY_WORDS) and any(w in x for w in LEGAL_WORDS) for x in political)
    elections = sum(any(w in x for w in ELECTION_WORDS) for x in political)
    return party, legal, len(political) - party - legal, elections


def political_kinds(coding: pd.DataFrame, entries: pd.DataFrame) -> str:
    """What the political entries are about, from their texts: '4 name a Party body and 6 name courts,
    procuratorates, audit or the rule of law but no Party body' (and how many name neither)."""
    party, legal, rest, _ = political_counts(coding, entries)
    text = f"{party} name a Party body and {legal} name courts, procuratorates, audit or the rule of law but no Party body"
    return text + (f"; {rest} name neither" if rest else "")


def elections_text(coding: pd.DataFrame, entries: pd.DataFrame) -> str:
    """'none of the political entries names' elections or democracy."""
    k = political_counts(coding, entries)[3]
    return "none of the political entries names" if k == 0 else counted(k, "political entry names",
                                                                         "political entries name")


def _alt_reach(comp: pd.DataFrame) -> str:
    """Whether counting the alternative types brings the Xiamen shares up to the LGIA's (compared at
    the published figures' precision)."""
    lgia = _positioned(comp)
    reached = [round_to(p, step) >= ref for p, step, ref in
               zip(lgia["xiamen_pct_with_alt"], lgia["precision_pct"], lgia["reference_pct"])]
    k = int(sum(reached))
    if k == 0:
        return (f"none of the {len(lgia)} then reaches the LGIA's share, so the gap does not depend on how "
                "the borderline entries are classed")
    return (f"{k} of the {len(lgia)} then {'reaches' if k == 1 else 'reach'} or {'exceeds' if k == 1 else 'exceed'} "
            "the LGIA's share, so the gap depends on how the borderline entries are classed")


def _official_text(registry: pd.DataFrame) -> str:
    """'for none of the 9 templates coded national': how many national templates have a source read
    on an official government, court or newspaper site (none at the issuing body itself)."""
    national = registry[registry["level"] == "national"]
    official = int(national["official_host"].sum())
    return f"for {'none' if official == 0 else official} of the {len(national)} templates coded national"


TRUST_WORDS = {"official_government_or_court": "an official government or court site",
               "official_newspaper_or_broadcaster": "an official newspaper or broadcaster",
               "other_media": "other media", "aggregator_or_unknown": "an aggregator or a site of unknown publisher"}


def _national_sources_text(registry: pd.DataFrame) -> str:
    """'all 13 sources read for them are on hosts classed as an aggregator or a site of unknown
    publisher' (or the count by class): the trust class of every source of a national template."""
    classes = pd.Series([c for cell in registry.loc[registry["level"] == "national", "host_trust"]
                         for c in cell.split("|")])
    counts = classes.value_counts()
    if len(counts) == 1:
        return f"all {len(classes)} sources read for them are on hosts classed as {TRUST_WORDS[counts.index[0]]}"
    parts = [f"{k} on {TRUST_WORDS[c]}" for c, k in counts.items()]
    return f"of the {len(classes)} sources read for them, " + series(parts)


def _began_locally(t: Typology) -> tuple[list, str, str]:
    """The national templates that began, per a source read, as local experiments: their rows,
    '诉源治理 (成都市人民法院, Chengdu's courts, 2016) and …', and the entries that name them."""
    reg = t.templates
    began = reg[(reg["level"] == "national") & (reg["began_locally"] != "")]
    text = series(f"{name} ({where})" for name, where in zip(began["name_zh"], began["began_locally"]))
    ids = t.coding.loc[t.coding["origin_template"].isin(began["template_id"]), "entry_id"]
    return list(began["template_id"]), text, _series_ids(ids)


def _unclear_lost(c: pd.DataFrame, registry: pd.DataFrame) -> pd.DataFrame:
    """Entries coded unclear because the code depends on lost words (a template of known level)."""
    level = c["origin_template"].map(registry.set_index("template_id")["level"])
    return c[(c["origin"] == "unclear") & (level != "unverified")]


def _template_names(registry: pd.DataFrame, rows: pd.DataFrame) -> str:
    """The Chinese names of the templates some entries name, once each ('none' if none)."""
    names = registry.set_index("template_id")["name_zh"]
    return series(names[t] for t in dict.fromkeys(rows["origin_template"]))


def _intervals_text(comp: pd.DataFrame) -> str:
    """'political 8–24%, administrative 9–26% and public service 9–26%': the Xiamen intervals at the
    precision of the LGIA's figures."""
    lgia = _positioned(comp)
    return series(f"{m.split(' = ')[1].replace('_', ' ')} {lo:.0f}–{hi:.0f}%" for m, lo, hi in
                  zip(lgia["xiamen_measure"], lgia["ci_low_rounded"], lgia["ci_high_rounded"]))


def _names_text(k: int) -> str:
    """'no entry names', '1 entry names', '3 entries name'."""
    return "no entry names" if k == 0 else counted(k, "entry names", "entries name")


def _frame_text(coding: pd.DataFrame) -> str:
    """'17 entries (… of them coded local) also name national or city reform agendas or campaigns
    (放管服, …)': policy vocabulary recorded as frame_terms, which does not make an origin code."""
    framed = coding[coding["frame_terms"].str.strip() != ""]
    terms = sorted({term for cell in framed["frame_terms"] for term in cell.split(";") if term})
    local = int((framed["origin"] == "local").sum())
    return (f"{len(framed)} entries ({local} of them coded local) name national or city reform agendas, "
            f"campaigns or slogans that are not bounded models ({'、'.join(terms)}); they are recorded with "
            f"the coding as frames and do not change the origin code")


def facts(t: Typology) -> dict:
    """Every number and data-dependent phrase the typology section glues, under its full name."""
    ty, pa, orig = _overall(t.types), _overall(t.participation), _overall(t.origin)
    comp = t.comparison.set_index("comparison_id")
    c = t.coding
    named = c[c["origin_template"] != ""]
    lost = _unclear_lost(c, t.templates)
    unverified = c[(c["origin"] == "unclear") & ~c["entry_id"].isin(lost["entry_id"])]
    with_alt = c[c["innovation_type_alt"] != ""]
    alt_by_type = with_alt["innovation_type"].value_counts()
    fengqiao = int(t.entries["description"].str.contains("枫桥").sum())
    lacuna_ids = set(t.entries.loc[t.entries["has_lacuna"].astype(bool), "entry_id"])
    began, began_text, began_ids = _began_locally(t)
    reg = t.templates

    def where(cid: str) -> str:
        return position(comp.loc[cid, "reference_pct"], comp.loc[cid, "ci_low_rounded"], comp.loc[cid, "ci_high_rounded"])

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
        "themes_typology_n_unclear": int(orig.loc["unclear", "k"]),
        "themes_typology_unclear_unverified_ids": _series_ids(unverified["entry_id"]),
        "themes_typology_unclear_unverified_template": _template_names(reg, unverified),
        "themes_typology_unclear_lost_ids": _series_ids(lost["entry_id"]),
        "themes_typology_unclear_lacuna_ids": _series_ids(e for e in lost["entry_id"] if e in lacuna_ids),
        "themes_typology_unclear_lost_template": _template_names(reg, lost),
        "themes_typology_self_governance_ids": _ids(c, "participation", "self_governance"),
        "themes_typology_consultation_ids": _ids(c, "participation", "consultation"),
        "themes_typology_n_types": len(TYPES),
        "themes_typology_n_political": int(ty.loc["political", "k"]),
        "themes_typology_n_administrative": int(ty.loc["administrative", "k"]),
        "themes_typology_n_public_service": int(ty.loc["public_service", "k"]),
        "themes_typology_n_social_governance": int(ty.loc["social_governance", "k"]),
        "themes_typology_n_alt_political": int(alt_by_type.get("political", 0)),
        "themes_typology_n_alt_administrative": int(alt_by_type.get("administrative", 0)),
        "themes_typology_n_alt_public_service": int(alt_by_type.get("public_service", 0)),
        "themes_typology_n_alt_social_governance": int(alt_by_type.get("social_governance", 0)),
        "themes_typology_pct_political": float(ty.loc["political", "pct"]),
        "themes_typology_pct_administrative": float(ty.loc["administrative", "pct"]),
        "themes_typology_pct_public_service": float(ty.loc["public_service", "pct"]),
        "themes_typology_top_type": LABELS[top],
        "themes_typology_top_n": int(ty.loc[top, "k"]),
        "themes_typology_top_n_alt": int(alt_by_type.get(top, 0)),
        "themes_typology_top_pct": float(ty.loc[top, "pct"]),
        "themes_typology_top_lo": float(ty.loc[top, "ci_low"]),
        "themes_typology_top_hi": float(ty.loc[top, "ci_high"]),
        "themes_typology_alt_reach_text": _alt_reach(t.comparison),
        "themes_typology_n_with_alt": len(with_alt),
        "themes_typology_type_order": order_text(t.types),
        "themes_typology_largest_text": _largest_everywhere(t),
        "themes_typology_n_participation_none": int(pa.loc["none", "k"]),
        "themes_typology_n_consultation": int(pa.loc["consultation", "k"]),
        "themes_typology_n_coproduction": int(pa.loc["coproduction", "k"]),
        "themes_typology_n_self_governance": int(pa.loc["self_governance", "k"]),
        "themes_typology_pct_nonstate": 100 * nonstate / len(c),
        "themes_typology_pct_participation_none": float(pa.loc["none", "pct"]),
        "themes_typology_n_local": int(orig.loc["local", "k"]),
        "themes_typology_frame_text": _frame_text(c),
        "themes_typology_n_city_template": int(orig.loc["city_template", "k"]),
        "themes_typology_n_national_template": int(orig.loc["national_template", "k"]),
        "themes_typology_other_locality_text": _names_text(int(orig.loc["other_locality_template", "k"])),
        "themes_typology_n_began_locally": len(began),
        "themes_typology_began_locally_text": began_text,
        "themes_typology_began_locally_ids": began_ids,
        "themes_typology_n_template_named": len(named),
        "themes_typology_n_adapted": int((named["template_use"] == "adapted").sum()),
        "themes_typology_n_adopted": int((named["template_use"] == "adopted").sum()),
        "themes_typology_official_host_text": _official_text(t.templates),
        "themes_typology_national_sources_text": _national_sources_text(t.templates),
        "themes_typology_fengqiao_text": _names_text(fengqiao),
        "themes_typology_lgia_political_ref": float(comp.loc["lgia_political", "reference_pct"]),
        "themes_typology_lgia_administrative_ref": float(comp.loc["lgia_administrative", "reference_pct"]),
        "themes_typology_lgia_public_service_ref": float(comp.loc["lgia_public_service", "reference_pct"]),
        "themes_typology_lgia_denominator": comp.loc["lgia_political", "reference_denominator"],
        "themes_typology_lgia_intervals_text": _intervals_text(t.comparison),
        "themes_typology_lgia_inside_text": _inside_text(t.comparison),
        "themes_typology_pct_political_with_alt": float(comp.loc["lgia_political", "xiamen_pct_with_alt"]),
        "themes_typology_pct_administrative_with_alt": float(comp.loc["lgia_administrative", "xiamen_pct_with_alt"]),
        "themes_typology_pct_public_service_with_alt": float(comp.loc["lgia_public_service", "xiamen_pct_with_alt"]),
        "themes_typology_borins_2010_text": comp.loc["borins_collaboration_2010", "reference_text"],
        "themes_typology_borins_1990_ref": float(comp.loc["borins_collaboration_1990", "reference_pct"]),
        "themes_typology_lgia_political_position": where("lgia_political"),
        "themes_typology_lgia_administrative_position": where("lgia_administrative"),
        "themes_typology_lgia_public_service_position": where("lgia_public_service"),
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


def _once(values) -> list[str]:
    """Each distinct text at its first row, 'as above' where it repeats: a caveat is said once."""
    seen, out = set(), []
    for v in values:
        out.append("as above" if v in seen else v)
        seen.add(v)
    return out


def _comparison_table(t: Typology) -> pd.DataFrame:
    comp = t.comparison
    return pd.DataFrame({
        "Xiamen measure": comp["xiamen_measure"],
        "Xiamen (95% Wilson interval, bounds at the reference's precision)": [
            f"{k}/{n} = {p:.0f}% ({lo:.0f}–{hi:.0f}%)" for k, n, p, lo, hi in
            zip(comp["xiamen_k"], comp["xiamen_n"], comp["xiamen_pct"], comp["ci_low_rounded"], comp["ci_high_rounded"])],
        "with the alternative type": [f"{p:.0f}%" if m.startswith("innovation_type") else "–"
                                      for p, m in zip(comp["xiamen_pct_with_alt"], comp["xiamen_measure"])],
        "reference category": comp["reference_category"],
        "reference share": comp["reference_text"],
        "reference inside the interval": [("yes" if x else "no") if pos else "not set against it"
                                          for x, pos in zip(comp["reference_inside_ci"], comp["positioned"])],
        "of": comp["reference_denominator"],
        "cited as": [s + (f" (a summary of {r})" if r else "") for s, r in zip(comp["source_key"], comp["reports"])],
        "what is comparable": _once(comp["caveat_short"]),
    })


def _users(t: Typology) -> pd.Series:
    """Per template, the entries naming it grouped by their origin code: 'G05, G14 and C03 (Xiamen
    template); P01 and P21 (unclear)', from the same coding as the origin table."""
    c = t.coding[t.coding["origin_template"] != ""]
    out = {}
    for template, rows in c.groupby("origin_template", sort=False):
        parts = [f"{series(list(rows.loc[rows['origin'] == code, 'entry_id']))} ({LABELS[code]})"
                 for code in dict.fromkeys(rows["origin"])]
        out[template] = "; ".join(parts)
    return pd.Series(out, dtype=str)


def _templates_table(t: Typology) -> pd.DataFrame:
    reg = t.templates
    return pd.DataFrame({
        "template": reg["name_zh"] + " " + reg["name_en"], "level": reg["level"],
        "entries naming it, by origin code": reg["template_id"].map(_users(t)).fillna(""),
        "evidence read [host class]": reg["evidence"].str.replace("_", " "),
        "began locally, per a source read": reg["began_locally"],
        "origin, as read": reg["origin_as_read"], "first source": reg["source_url"] + " — " + reg["source_publisher"]})


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
         "where the template comes from as far as the sources read show; unclear where no source read "
         "shows the template's origin or where the code would depend on a lost title or a lacuna."),
        ("typology-templates", _templates_table(t),
         "Templates named in the entries, the entries naming each by their origin code (as counted in the "
         "origin table), the kind of every source read for the template's origin with its host's trust "
         "class, and the first source (every source is in the codebook). A source on an official site was "
         f"read {_official_text(t.templates)}, and none at an issuing body."),
        ("typology-comparison", _comparison_table(t),
         "The Xiamen profile beside the published figures of the LGIA and of Borins' US studies, each "
         "with where it was read, its denominator and what is comparable (said once; the text gives the "
         "caveats in full). The Xiamen interval's bounds are rounded to the reference's precision, and a "
         "reference equal to a bound is inside. A missing reference share was not readable."),
    ]
