"""Everything the chapter shows, computed once from the three dataset tables.

`analyse` runs the whole analysis; `facts` flattens the numbers the prose quotes (each is glued
under its key); the `*_display` functions shape tables for reading. The chapter only calls these.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import pandas as pd

from . import actors, measures, nullmodel, recognition, rhetoric
from .exports import annotated
from .graphs import collaboration_network

CATEGORIES = ["grassroots_case", "innovation_project", "innovation_case"]
DRAWS = 2000


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


def load_tables() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """entries, agencies and entry_agencies (with the external leads: high-confidence rows are
    leads, medium ones `reported_elsewhere`, which the network leaves out) via the dataset loaders."""
    from ..dataset import load

    return load.entries(), load.agencies(), load.entry_agencies(external=True)


def analyse(entries: pd.DataFrame, agencies: pd.DataFrame, entry_agencies: pd.DataFrame,
            draws: int = DRAWS) -> Collaboration:
    two_mode, projection = collaboration_network(entries, agencies, entry_agencies)
    table = measures.centrality(projection, two_mode)
    profile = actors.entry_profile(entries, agencies, entry_agencies)
    null = nullmodel.simulate(two_mode, draws=draws)
    return Collaboration(
        entries=entries, agencies=actors.with_system(agencies), entry_agencies=entry_agencies, profile=profile, two_mode=two_mode,
        projection=projection, centrality=table, graph=annotated(projection, table),
        summary=measures.summary(projection), null=null,
        comparison=nullmodel.compare(nullmodel.observed(two_mode), null),
        recognised=recognition.recognitions(entries, agencies, entry_agencies),
        claimed=rhetoric.claims(entries, profile),
    )


def _name(table: pd.DataFrame, row: int = 0) -> str:
    """'中文名 (English name)' of a row of a table with name_zh / name_en."""
    return f"{table['name_zh'].iloc[row]} ({table['name_en'].iloc[row]})"


def facts(c: Collaboration) -> dict:
    """The numbers the chapter's prose quotes, by glue name."""
    p, s = c.profile, c.summary
    named = p[p["bodies"] > 0]
    out = {
        "entries": len(p),
        "entries_named": len(named),
        "entries_none": int((p["bodies"] == 0).sum()),
        "entries_single": int((p["bodies"] == 1).sum()),
        "entries_multi": int(p["multi_body"].sum()),
        "entries_lead": int((p["leads"] > 0).sum()),
        "entries_cross_system": int(p["cross_system"].sum()),
        "entries_cross_level": int(p["cross_level"].sum()),
        "max_bodies": int(p["bodies"].max()),
        "links": int(p["bodies"].sum()),
        "nodes": s["nodes"], "edges": s["edges"], "density": s["density"],
        "components": s["components"], "isolates": s["isolates"],
        "largest_component": s["largest_component"], "max_weight": s["max_weight"],
        "edges_repeated": sum(1 for _, _, w in c.projection.edges(data="weight") if w > 1),
        "communities": int(c.centrality.loc[c.centrality["degree"] > 0, "community"].nunique()),
    }
    ranked = {"degree": c.centrality,
              "betweenness": c.centrality.sort_values(["betweenness", "agency_id"], ascending=[False, True]),
              "eigenvector": c.centrality.sort_values(["eigenvector", "agency_id"], ascending=[False, True])}
    for measure, table in ranked.items():
        out[f"top_{measure}"] = _name(table)
    out["top_degree_value"] = int(c.centrality["weighted_degree"].iloc[0])
    out["top_betweenness_value"] = float(ranked["betweenness"]["betweenness"].iloc[0])
    out["brokers"] = int((c.centrality["betweenness"] > 0).sum())
    for row in c.comparison.itertuples():
        key = row.statistic.removesuffix("_share")
        out[f"{key}_observed"] = row.observed
        out[f"{key}_null_mean"] = row.null_mean
        out[f"{key}_null_low"] = row.null_low
        out[f"{key}_null_high"] = row.null_high
        out[f"{key}_percentile"] = row.percentile
        out[f"{key}_p_greater"] = row.p_greater
        out[f"{key}_p_less"] = row.p_less
    out["draws"] = len(c.null)
    r = c.recognised
    out |= {
        "recognitions": len(r),
        "recognizer_bodies": r["agency_id"].nunique(),
        "entries_recognised": r["entry_id"].nunique(),
        "entries_recognised_national": r.loc[r["recognizer_level"] == "national", "entry_id"].nunique(),
        "entries_recognised_provincial": r.loc[r["recognizer_level"] == "provincial", "entry_id"].nunique(),
        "entries_recognised_media": r.loc[r["recognizer_level"] == "media", "entry_id"].nunique(),
        "recognizers_also_collaborate": len(set(r["agency_id"]) & set(c.projection)),
    }
    claims = c.claimed
    claiming = claims[claims["claims_coordination"]]
    out |= {
        "entries_claim": len(claiming),
        "claim_none": int((claiming["bodies"] == 0).sum()),
        "claim_single": int((claiming["bodies"] == 1).sum()),
        "claim_multi": int((claiming["bodies"] >= 2).sum()),
        "noclaim_multi": int(((~claims["claims_coordination"]) & (claims["bodies"] >= 2)).sum()),
        "entries_noclaim": int((~claims["claims_coordination"]).sum()),
    }
    return out


def centrality_display(c: Collaboration, rows: int = 15) -> pd.DataFrame:
    """The most central agencies, labelled bilingually, rounded for reading."""
    table = c.centrality.head(rows)
    return pd.DataFrame({
        "单位 agency": table["name_zh"] + " " + table["name_en"],
        "系统 system": table["system"].map(actors.SYSTEM_LABELS),
        "层级 level": table["level"],
        "entries": table["entries"],
        "ties": table["degree"],
        "weighted degree": table["weighted_degree"],
        "betweenness": table["betweenness"].round(3),
        "eigenvector": table["eigenvector"].round(3),
        "community": table["community"],
    })


def crossing_display(c: Collaboration) -> pd.DataFrame:
    """Entries naming two or more collaborating bodies: which systems and levels they span."""
    multi = c.profile[c.profile["multi_body"]]
    names = c.agencies.set_index("agency_id")["name_zh"]
    label = c.entries.set_index("entry_id").get("label_en")
    return pd.DataFrame({
        "entry": multi["entry_id"],
        "label": multi["entry_id"].map(label) if label is not None else "",
        "bodies": multi["bodies"],
        "named bodies": multi["agency_ids"].map(lambda ids: "、".join(names[i] for i in ids.split(";"))),
        "systems": multi["systems"].str.replace(";", ", "),
        "levels": multi["levels"].str.replace(";", ", "),
    }).reset_index(drop=True)


def comparison_display(c: Collaboration) -> pd.DataFrame:
    """Observed statistics against the rewired graphs."""
    from .plots import NULL_LABELS

    t = c.comparison
    return pd.DataFrame({
        "statistic": t["statistic"].map(NULL_LABELS).str.replace("\n", " "),
        "observed": t["observed"].round(3),
        "null mean": t["null_mean"].round(3),
        "null 95% range": [f"{lo:.3f}–{hi:.3f}" for lo, hi in zip(t["null_low"], t["null_high"])],
        "percentile": t["percentile"].round(1),
        "p (greater)": t["p_greater"].round(3),
        "p (less)": t["p_less"].round(3),
    })


CATEGORY_NAMES = {"grassroots_case": "优秀基层案例 grassroots cases",
                  "innovation_project": "优秀创新项目 innovation projects",
                  "innovation_case": "优秀创新案例 innovation cases"}
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
