"""Everything the chapter shows, computed once from the three dataset tables.

`analyse` runs the whole analysis; `facts` flattens the numbers the prose quotes (each is glued
under its key); the `*_display` functions shape tables for reading. The chapter only calls these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import networkx as nx
import pandas as pd

from ..wording import counted, percentile, series
from . import actors, bases, measures, nullmodel, recognition, rhetoric
from .exports import annotated
from .graphs import collaboration_network
from ..dataset.vocabulary import CATEGORIES, category_label

DRAWS = 2000
# Coordination phrases the introduction quotes, with how many entries use each (all occur in the
# source; 共建共治共享, often associated with the policy, does not, so it is not quoted).
QUOTED_PHRASES = ("多部门协调联动", "联动", "多元", "协同", "共治")
# Sectoral national bodies the recognition paragraph names as examples (an editorial choice; the
# entries and their labels come from the data).
RECOGNITION_EXAMPLES = ("spp", "mofcom", "moa")
# Decimals of eigenvector centrality in the centrality table; agencies equal at this precision
# are named together as the most central, since the reader cannot tell them apart.
EIGENVECTOR_DECIMALS = 2


@dataclass
class Collaboration:
    entries: pd.DataFrame
    agencies: pd.DataFrame
    entry_agencies: pd.DataFrame
    profile: pd.DataFrame
    two_mode: nx.Graph
    projection: nx.Graph
    centrality: pd.DataFrame
    graph: nx.Graph
    summary: dict
    null: pd.DataFrame
    comparison: pd.DataFrame
    recognised: pd.DataFrame
    claimed: pd.DataFrame
    reconciled: dict
    base_profiles: dict
    bases: pd.DataFrame


def load_tables(folder=None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """entries, agencies, entry_agencies (with the external leads: high-confidence rows are
    leads, medium ones `reported_elsewhere`, which the network leaves out) and claims, via the
    dataset loaders (from data/processed, or the data package being built in `folder`)."""
    from ..dataset import load

    return (load.entries(folder), load.agencies(folder), load.entry_agencies(external=True, folder=folder),
            load.claims(folder))


def analyse(entries: pd.DataFrame, agencies: pd.DataFrame, entry_agencies: pd.DataFrame,
            claims: pd.DataFrame, draws: int = DRAWS) -> Collaboration:
    two_mode, projection = collaboration_network(entries, agencies, entry_agencies)
    table = measures.centrality(projection, two_mode)
    profile = actors.entry_profile(entries, agencies, entry_agencies)
    null = nullmodel.simulate(two_mode, draws=draws)
    per_base = bases.profiles(entries, agencies, entry_agencies)
    return Collaboration(
        entries=entries, agencies=actors.with_system(agencies), entry_agencies=entry_agencies, profile=profile, two_mode=two_mode,
        projection=projection, centrality=table, graph=annotated(projection, table),
        summary=measures.summary(projection), null=null,
        comparison=nullmodel.compare(nullmodel.observed(two_mode), null),
        recognised=recognition.recognitions(entries, agencies, entry_agencies, claims),
        claimed=rhetoric.claims(entries, profile),
        reconciled=recognition.reconcile(claims, entry_agencies),
        base_profiles=per_base, bases=bases.by_base(entries, agencies, entry_agencies, per_base),
    )


def _name(table: pd.DataFrame, row: int = 0) -> str:
    """'the English name (中文名)' of a row of a table with name_zh / name_en."""
    return f"the {table['name_en'].iloc[row]} ({table['name_zh'].iloc[row]})"


def p_phrase(p: float) -> str:
    """'p < 0.001' or 'p = 0.002': the p-value as a clause of prose."""
    text = p_value(p)
    return f"p {text}" if text.startswith("<") else f"p = {text}"


def p_value(p: float) -> str:
    """An empirical p-value as printed in prose and table alike."""
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def eigenvector_sentence(centrality: pd.DataFrame, decimals: int = EIGENVECTOR_DECIMALS) -> str:
    """'Eigenvector centrality is highest for …', naming every agency that ties for the top at the
    precision the centrality table prints (so the prose never singles out one of equals)."""
    top, shown = eigenvector_top(centrality, decimals)
    names = series([_name(top, i) for i in range(len(top))])
    if len(top) == 1:
        return f"Eigenvector centrality is highest for {names}"
    return (f"Eigenvector centrality is highest, and equal as the table prints it "
            f"({shown:.{decimals}f}), for {names}")


def eigenvector_top(centrality: pd.DataFrame, decimals: int = EIGENVECTOR_DECIMALS) -> tuple[pd.DataFrame, float]:
    """The agencies whose eigenvector centrality is highest as the table prints it (highest first,
    then by id), and that printed value."""
    shown = centrality["eigenvector"].round(decimals)
    top = centrality[shown == shown.max()].sort_values(["eigenvector", "agency_id"], ascending=[False, True])
    return top, float(shown.max())


def recognised_by(recognised: pd.DataFrame, entries: pd.DataFrame, agency_ids) -> list[tuple[pd.DataFrame, list[str]]]:
    """For each named body: its recognition rows and the entries it recognised, in the source's
    order (an error if it recognises none). Selected once, worded in each edition."""
    order = {entry: i for i, entry in enumerate(entries["entry_id"])}
    found = []
    for agency_id in agency_ids:
        rows = recognised[recognised["agency_id"] == agency_id]
        if rows.empty:
            raise ValueError(f"entry_agencies.csv: {agency_id!r} (report.RECOGNITION_EXAMPLES) recognises no entry")
        found.append((rows, sorted(rows["entry_id"], key=order.get)))
    return found


def recognition_examples(recognised: pd.DataFrame, entries: pd.DataFrame, agency_ids=RECOGNITION_EXAMPLES) -> str:
    """'the Ministry of X recognised P17 (label), …': the named bodies' entries, from the data."""
    labels = entries.set_index("entry_id")["label_en"] if "label_en" in entries else pd.Series(dtype=str)
    parts = []
    for rows, ids in recognised_by(recognised, entries, agency_ids):
        if len(ids) == 1 and pd.notna(labels.get(ids[0])):
            label = labels[ids[0]]
            if label[:1].isupper() and label[1:2].islower():  # "Smart dog-keeping …" reads mid-sentence
                label = label[0].lower() + label[1:]
            what = f"{ids[0]} ({label})"
        else:
            what = series(ids)
        parts.append(f"the {rows['name_en'].iloc[0]} recognised {what}")
    return "; ".join(parts[:-1]) + "; and " + parts[-1] if len(parts) > 1 else parts[0]


class Naming(NamedTuple):
    """Entries by how many collaborating bodies they name, overall and among those that use
    coordination vocabulary: counts the key findings and the conclusions quote too."""
    entries: int
    named: int
    none: int
    single: int
    multi: int
    claiming: int
    claiming_none: int
    claiming_single: int
    claiming_multi: int


def naming(c: Collaboration) -> Naming:
    p, claims = c.profile, c.claimed
    claiming = claims[claims["claims_coordination"]]
    return Naming(entries=len(p), named=int((p["bodies"] > 0).sum()), none=int((p["bodies"] == 0).sum()),
                  single=int((p["bodies"] == 1).sum()), multi=int(p["multi_body"].sum()),
                  claiming=len(claiming), claiming_none=int((claiming["bodies"] == 0).sum()),
                  claiming_single=int((claiming["bodies"] == 1).sum()),
                  claiming_multi=int((claiming["bodies"] >= 2).sum()))


def facts(c: Collaboration, examples: tuple[str, ...] = RECOGNITION_EXAMPLES) -> dict:
    """The numbers (and templated phrases) the chapter's prose quotes, by glue name. `examples`
    are the recognising bodies the recognition paragraph names."""
    p, s, r, claims, n = c.profile, c.summary, c.recognised, c.claimed, naming(c)
    null = c.comparison.set_index("statistic")
    density, cross_type = null.loc["density"], null.loc["cross_type_share"]
    cross_system = null.loc["cross_system_share"]
    used = rhetoric.entries_using(c.entries, QUOTED_PHRASES)
    return {
        "entries": n.entries,
        "entries_none": n.none,
        "entries_multi": n.multi,
        "entries_cross_system": int(p["cross_system"].sum()),
        "entries_cross_level": int(p["cross_level"].sum()),
        "nodes": s["nodes"], "edges": s["edges"], "density": s["density"],
        "components": s["components"], "isolates": s["isolates"],
        "largest_component": s["largest_component"], "max_weight": s["max_weight"],
        "edges_repeated_text": counted(sum(1 for _, _, w in c.projection.edges(data="weight") if w > 1),
                                       "tie recurs", "ties recur"),
        "eigenvector_sentence": eigenvector_sentence(c.centrality),
        "density_null_low": density["null_low"], "density_null_high": density["null_high"],
        "density_position": percentile(density["percentile"]),
        "cross_type_observed": cross_type["observed"], "cross_type_null_mean": cross_type["null_mean"],
        "cross_type_position": percentile(cross_type["percentile"]),
        "cross_type_p_less": p_phrase(cross_type["p_less"]),
        "cross_system_observed": cross_system["observed"], "cross_system_null_mean": cross_system["null_mean"],
        "cross_system_position": percentile(cross_system["percentile"]),
        "cross_system_p_less": p_phrase(cross_system["p_less"]),
        "draws": len(c.null),
        "recognitions": len(r),
        "recognizer_bodies": r["agency_id"].nunique(),
        "entries_recognised": r["entry_id"].nunique(),
        **recognition.type_facts(r, c.entries),
        "recognizers_also_collaborate_text": counted(len(set(r["agency_id"]) & set(c.projection)), "body", "bodies"),
        "recognition_examples": recognition_examples(r, c.entries, examples),
        "reconcile_entries_recognised": c.reconciled["entries_recognised"],
        "reconcile_entries_body_named": c.reconciled["entries_body_named"],
        "reconcile_entries_body_unnamed": c.reconciled["entries_body_unnamed"],
        "reconcile_recognition_claims": c.reconciled["recognition_claims"],
        "reconcile_claims_body_unnamed": c.reconciled["claims_body_unnamed"],
        "reconcile_named_bodies": c.reconciled["named_bodies"],
        "phrase_multi_department_entries": counted(used["多部门协调联动"], "entry", "entries"),
        "phrase_liandong_entries": counted(used["联动"], "entry", "entries"),
        "phrase_duoyuan_entries": counted(used["多元"], "entry", "entries"),
        "phrase_xietong_entries": counted(used["协同"], "entry", "entries"),
        "phrase_gongzhi_entries": counted(used["共治"], "entry", "entries"),
        "entries_claim": n.claiming,
        "claim_none": n.claiming_none,
        "claim_single": n.claiming_single,
        "claim_multi": n.claiming_multi,
        "noclaim_multi": int(((~claims["claims_coordination"]) & (claims["bodies"] >= 2)).sum()),
        "entries_noclaim": int((~claims["claims_coordination"]).sum()),
        **base_facts(c), **top_type_pair(c),
    }


def _english(c: Collaboration, ids) -> str:
    names = c.agencies.set_index("agency_id")["name_en"]
    return series([f"the {names[i]}" for i in ids])


def top_type_pair(c: Collaboration) -> dict:
    """The pair of agency types with the most ties (every pair that ties for the most is named)."""
    matrix = measures.tie_matrix(c.projection, "type")
    pairs = {(a, b): int(matrix.loc[a, b]) for i, a in enumerate(matrix.index) for b in matrix.columns[i:]}
    most = max(pairs.values())
    named = [f"{a} with {b}" if a != b else f"{a} with {a}" for (a, b), n in sorted(pairs.items()) if n == most]
    return {"top_type_pair": series(named), "top_type_pair_ties": most}


def _city_share(c: Collaboration, profile: pd.DataFrame) -> str:
    """'17 of the 18 bodies in them are city bodies': the level of the bodies of multi-body lists."""
    ids = sorted(set(";".join(profile.loc[profile["multi_body"], "agency_ids"]).split(";")) - {""})
    levels = c.agencies.set_index("agency_id").loc[ids, "level"]
    city = int((levels == "city").sum())
    verb = "is a city body" if city == 1 else "are city bodies"
    return f"{city} of the {len(ids)} bodies {verb}"


def base_facts(c: Collaboration) -> dict:
    """What each base supports: the surviving titles and their unit lists, the descriptions, the
    outside pages, and how the most-tied body changes when the outside pages are left out."""
    entries, table = c.entries, c.bases.set_index("base")
    titled = entries[entries["title"].notna()]
    with_units = int(titled["title_units"].notna().sum())
    titles, text = c.base_profiles[bases.TITLE], c.base_profiles[bases.TEXT]
    widest = bases.widest(c.base_profiles[bases.ALL])
    bodies = c.base_profiles[bases.ALL].set_index("entry_id")["bodies"]
    return {
        "titles_surviving": len(titled), "titles_lost": len(entries) - len(titled),
        "titles_with_units_text": (f"all {with_units}" if with_units == len(titled) > 1
                                   else f"{with_units} of the {len(titled)}"),
        "title_multi_ids": series(bases.multi_entries(titles)),
        "title_multi_text": counted(len(bases.multi_entries(titles)), "list names", "lists name"),
        "title_multi_lists_text": counted(len(bases.multi_entries(titles)), "list", "lists"),
        "title_shared_bodies": _english(c, bases.shared_bodies(titles)),
        "title_city_text": _city_share(c, titles),
        "title_ties_text": f"{int(table.loc[bases.TITLE, 'ties'])} of the {int(table.loc[bases.ALL, 'ties'])}",
        "text_named": int(table.loc[bases.TEXT, "name a body"]),
        "text_multi_text": counted(int(table.loc[bases.TEXT, "name two or more"]), "entry", "entries"),
        "text_multi_ids": series(bases.multi_entries(text)),
        "external_multi_ids": series(bases.multi_entries(c.base_profiles[bases.EXTERNAL])),
        "widest_text": series(f"{e} ({bodies[e]} bodies)" for e in widest),
        "article_top": table.loc[bases.ARTICLE, "highest weighted degree"],
        "all_top": table.loc[bases.ALL, "highest weighted degree"],
    }


def bases_display(c: Collaboration) -> pd.DataFrame:
    return c.bases.rename(columns={"base": "where the names come from"})


def centrality_display(c: Collaboration, rows: int = 15) -> pd.DataFrame:
    """The most central agencies, narrow enough for a printed page: one name column (English,
    Chinese in parentheses), the system in words, short numbers. Communities are left to the prose."""
    table = c.centrality.head(rows)
    return pd.DataFrame({
        "agency": table["name_en"] + " (" + table["name_zh"] + ")",
        "system": table["system"].map(actors.SYSTEM_NAMES_EN),
        "level": table["level"],
        "entries": table["entries"],
        "ties": table["degree"],
        "weighted degree": table["weighted_degree"],
        "eigenvector": table["eigenvector"].map(f"{{:.{EIGENVECTOR_DECIMALS}f}}".format),
    })


TRUST_LABELS = {"official_government_or_court": "outside source: official government or court site",
                "official_newspaper_or_broadcaster": "outside source: official newspaper or broadcaster",
                "other_media": "outside source: other media",
                "aggregator_or_unknown": "outside source: aggregator or unknown publisher"}


def outside_sources(c: Collaboration) -> dict[tuple[str, str], str]:
    """(entry, agency) pairs the collaboration base takes only from an outside page, not from the
    article, with the class of that page's publisher, for marking them in tables."""
    links = c.entry_agencies
    if "source_trust" not in links.columns:  # no outside page in the base
        return {}
    taking_part = links[links["role"].isin(["lead", "implementer"])]
    from_outside = taking_part["source"] == "external"
    in_article = set(zip(taking_part.loc[~from_outside, "entry_id"], taking_part.loc[~from_outside, "agency_id"]))
    external = taking_part[from_outside]
    return {(e, a): TRUST_LABELS[t] for e, a, t in zip(external["entry_id"], external["agency_id"],
                                                          external["source_trust"]) if (e, a) not in in_article}


def crossing_display(c: Collaboration) -> pd.DataFrame:
    """Entries naming two or more collaborating bodies: which systems and levels they span."""
    multi = c.profile[c.profile["multi_body"]]
    names = c.agencies.set_index("agency_id")["name_zh"]
    label = c.entries.set_index("entry_id").get("label_en")
    outside = outside_sources(c)

    def named(entry_id: str, ids: str) -> str:
        return "、".join(names[i] + (f" [{outside[(entry_id, i)]}]" if (entry_id, i) in outside else "")
                        for i in ids.split(";"))

    return pd.DataFrame({
        "entry": multi["entry_id"],
        "label": multi["entry_id"].map(label) if label is not None else "",
        "bodies": multi["bodies"],
        "named bodies": [named(e, ids) for e, ids in zip(multi["entry_id"], multi["agency_ids"])],
        "systems": multi["systems"].map(lambda s: ", ".join(actors.SYSTEM_NAMES_EN[k] for k in s.split(";"))),
        "levels": multi["levels"].str.replace(";", ", "),
    }).reset_index(drop=True)


def comparison_display(c: Collaboration) -> pd.DataFrame:
    """Observed statistics against the rewired graphs."""
    from .plots import NULL_LABELS

    t = c.comparison
    return pd.DataFrame({
        "statistic": t["statistic"].map(NULL_LABELS).str.replace("\n", " "),
        "observed": t["observed"].map("{:.3f}".format),
        "null mean": t["null_mean"].map("{:.3f}".format),
        "null 95% range": [f"{lo:.3f}–{hi:.3f}" for lo, hi in zip(t["null_low"], t["null_high"])],
        "observed lies": t["percentile"].map(lambda v: f"{percentile(v)} rewired networks"),
        "p (more than chance)": t["p_greater"].map(p_value),
        "p (less than chance)": t["p_less"].map(p_value),
    })


CATEGORY_NAMES = {c: category_label(c, "zh en") for c in CATEGORIES}
# Label agencies in the network figure from this weighted degree up. With the ring layout every
# label fits, so every agency is labelled; raise it if the network grows.
LABEL_MIN_WEIGHTED_DEGREE = 0


def body_count_display(c: Collaboration) -> pd.DataFrame:
    """Entries by number of named collaborating bodies (rows) and award category (columns)."""
    table = actors.body_count_distribution(c.profile)
    table = table.reindex(columns=["bodies", *[k for k in CATEGORIES if k in table], "all"], fill_value=0)
    return table.rename(columns={"bodies": "bodies named", **CATEGORY_NAMES})


def agency_counts_display(c: Collaboration) -> pd.DataFrame:
    """Collaborating agencies by system, type and level, with bilingual labels."""
    table = actors.agency_counts(c.agencies, c.entry_agencies)
    return pd.DataFrame({
        "系统 system": table["system"].map(actors.SYSTEM_LABELS),
        "类型 type": table["type"].map(actors.TYPE_LABELS),
        "层级 level": table["level"],
        "agencies": table["agencies"],
        "entry links": table["entry_links"],
    })


def rhetoric_display(c: Collaboration) -> pd.DataFrame:
    t = rhetoric.compare(c.claimed)
    return pd.DataFrame({
        "uses coordination terms": t["claims_coordination"].map({True: "yes 是", False: "no 否"}),
        "entries": t["entries"],
        "name no body": t["name_no_body"],
        "name one body": t["name_one_body"],
        "name two or more": t["name_several"],
        "mean bodies named": t["mean_bodies"].round(2),
    })
