"""What the data chapter shows: coverage, cleaning, rules versus overrides, the data dictionary.

Functions take the loaded tables (xmgov.dataset.load) and return small DataFrames or a dict of
facts to glue, so the chapter only loads, calls and comments.
"""

from __future__ import annotations

import json

import pandas as pd

from .. import paths
from . import load
from .annotations import load_yaml
from .segment import stated_totals
from ..wording import counted
from .vocabulary import CATEGORIES, CATEGORY_EN, category_label

CATEGORY_NAMES = {c: category_label(c, "en zh") for c in CATEGORIES}
CATEGORY_ORDER = list(CATEGORIES)


def _counts(series: pd.Series, order=None, name="entries") -> pd.DataFrame:
    counts = series.value_counts()
    if order is not None:
        counts = counts.reindex([o for o in order if o in counts.index])
    return counts.rename(name).rename_axis(series.name).reset_index()


def coverage(entries: pd.DataFrame, metrics: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    """Per category: entries, with a title, with a named lead, with at least one quantity, with a lacuna."""
    with_metric = set(metrics.entry_id)
    leads = set(links.loc[links.role == "lead", "entry_id"])
    rows = []
    for cat in CATEGORY_ORDER:
        e = entries[entries.category == cat]
        rows.append({"category": CATEGORY_NAMES[cat], "entries": len(e),
                     "with title": int(e.title.notna().sum()),
                     "with lead unit (article)": int(e.entry_id.isin(leads).sum()),
                     "with a quantity": int(e.entry_id.isin(with_metric).sum()),
                     "without a quantity": int((~e.entry_id.isin(with_metric)).sum()),
                     "with a lacuna": int(e.has_lacuna.sum())})
    out = pd.DataFrame(rows)
    total = out.drop(columns="category").sum().to_dict()
    return pd.concat([out, pd.DataFrame([{"category": "all", **total}])], ignore_index=True)


def by_scope(entries: pd.DataFrame, column: str) -> pd.DataFrame:
    """Entries by district or level and category (rows: values; columns: categories)."""
    table = pd.crosstab(entries[column], entries["category"]).reindex(columns=CATEGORY_ORDER, fill_value=0)
    table.columns = [CATEGORY_EN[c] for c in table.columns]
    table["all"] = table.sum(axis=1)
    return table.sort_values("all", ascending=False).rename_axis(column).reset_index()


def cleaning(log: pd.DataFrame, lacunae: pd.DataFrame) -> pd.DataFrame:
    """Every change and every damage, in file order, with the affected text."""
    spam = log.assign(kind="spam removed", affected=log.text, entry=log.entry_id.fillna("(preamble)"))
    lac = lacunae.assign(kind="lacuna flagged (" + lacunae.rule + ")", affected=lacunae.text, entry=lacunae.entry_id)
    out = pd.concat([spam, lac], ignore_index=True).sort_values("start")
    return out[["line", "start", "entry", "kind", "affected", "note"]].rename(columns={"start": "offset"})


def _annotation_counts() -> dict:
    m = load_yaml("metrics.yaml")
    c = load_yaml("claims.yaml")
    e = load_yaml("entries.yaml")
    return {
        "metrics_added": len(m.get("add", [])), "metrics_fixed": len(m.get("fix", [])),
        "metrics_dropped": len(m.get("drop", [])), "numbers_excluded_by_hand": len(m.get("exclude", [])),
        "claims_dropped": len(c.get("drop", [])), "claims_added": len(c.get("add", [])),
        "scope_overrides": sum(("district" in v) + ("level" in v) for v in e.values()),
    }


def rules_vs_overrides(metrics, claims, excluded, entries) -> pd.DataFrame:
    """How many values the rules decided and how many hand overrides (with reasons) decided."""
    n = _annotation_counts()
    scope_rule = int(entries.district_basis.str.startswith("rule").sum() + entries.level_basis.str.startswith("rule").sum())
    rows = [
        ("metrics", int((metrics.source == "rule").sum()), n["metrics_added"] + n["metrics_fixed"],
         f"{n['metrics_added']} added, {n['metrics_fixed']} corrected; {n['metrics_dropped']} rule matches dropped"),
        ("numbers excluded as not metrics", int((excluded.source == "rule").sum()), int((excluded.source == "override").sum()),
         "years, dates, names, method steps"),
        ("claims", int((claims.source == "rule").sum()), int((claims.source == "override").sum()),
         f"{n['claims_dropped']} rule claim(s) dropped"),
        ("district and level values", scope_rule, n["scope_overrides"], "each override gives evidence and reason"),
    ]
    return pd.DataFrame(rows, columns=["values", "from rules", "from overrides", "note"])


def data_dictionary(resources: list[str] | None = None) -> pd.DataFrame:
    """One row per column of each published table, from datapackage.json."""
    package = json.loads((paths.PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    rows = []
    for res in package["resources"]:
        if (resources and res["name"] not in resources) or "schema" not in res:
            continue
        keys = res["schema"].get("primaryKey", [])
        for f in res["schema"]["fields"]:
            c = f.get("constraints", {})
            allowed = ", ".join(map(str, c["enum"])) if "enum" in c else ""
            rows.append({"table": res["name"], "column": f["name"], "type": f["type"],
                         "required": "yes" if c.get("required") or f["name"] in keys else "",
                         "description": f["description"] + (f" Allowed: {allowed}." if allowed else "")})
    return pd.DataFrame(rows)


def tables_overview() -> pd.DataFrame:
    """Each published table with its row count and description."""
    package = json.loads((paths.PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    return pd.DataFrame([{"table": r["name"], "file": f"data/processed/{r['path']}",
                          "rows": len(load.table(r["name"])) if "schema" in r else "",
                          "description": r.get("description", "")}
                         for r in package["resources"]])


def _id_range(entries: pd.DataFrame) -> str:
    """'G01-G15': the first and last id of a list, in list order."""
    ids = entries.sort_values("number")["entry_id"]
    return f"{ids.iloc[0]}-{ids.iloc[-1]}"


def _with_units(entries: pd.DataFrame) -> str:
    """'all 6' / '5 of the 6': the article's surviving titles that end in a list of units."""
    titled = entries[entries.title_source == "article"]
    k = int(titled.title_units.notna().sum())
    return f"all {k}" if k == len(titled) > 1 else f"{k} of the {len(titled)}"


def facts(entries, metrics, claims, links, lacunae, log, excluded, leads) -> dict:
    """Numbers the chapter's prose glues."""
    n = _annotation_counts()
    in_list = lambda category: entries.category == category
    external_titles = int((entries.title.notna() & (entries.title_source != "article")).sum())
    capped = int(((leads.confidence_stated == "high") & (leads.confidence != "high")).sum())
    return {
        "data_entries": len(entries),
        "data_n_grassroots_case": int(in_list("grassroots_case").sum()),
        "data_n_innovation_project": int(in_list("innovation_project").sum()),
        "data_n_innovation_case": int(in_list("innovation_case").sum()),
        "data_list_start_grassroots_case": int(entries.loc[in_list("grassroots_case"), "seq"].min()),
        "data_list_start_innovation_project": int(entries.loc[in_list("innovation_project"), "seq"].min()),
        "data_list_start_innovation_case": int(entries.loc[in_list("innovation_case"), "seq"].min()),
        "data_ids_grassroots_case": _id_range(entries[in_list("grassroots_case")]),
        "data_ids_innovation_project": _id_range(entries[in_list("innovation_project")]),
        "data_ids_innovation_case": _id_range(entries[in_list("innovation_case")]),
        "data_titled_article": int((entries.title_source == "article").sum()),
        "data_titles_lost": int(entries.title.isna().sum()),
        "data_titles_with_units_text": _with_units(entries),
        "data_organising_units": stated_totals(paths.RAW_SOURCE.read_text(encoding="utf-8"))["优秀组织单位"],
        "data_titled_external_text": ("none is used" if not external_titles else
                                      f"{external_titles} {'is' if external_titles == 1 else 'are'} used"),
        "data_leads_capped_text": counted(capped, "lead", "leads"),
        "data_spam": len(log), "data_lacunae": len(lacunae),
        "data_lacunae_lost_figures": int(lacunae.lost_figure.sum()),
        "data_metrics": len(metrics), "data_metrics_rule": int((metrics.source == "rule").sum()),
        "data_metrics_override": int((metrics.source == "override").sum()),
        "data_metrics_added": n["metrics_added"], "data_metrics_fixed": n["metrics_fixed"],
        "data_metrics_dropped": n["metrics_dropped"],
        "data_entries_with_metric": int(entries.entry_id.isin(metrics.entry_id).sum()),
        "data_excluded": len(excluded),
        "data_claims": len(claims), "data_claims_novelty": int((claims.claim_type == "novelty").sum()),
        "data_claims_recognition": int((claims.claim_type == "recognition").sum()),
        "data_links": len(links), "data_links_lead": int((links.role == "lead").sum()),
        "data_links_implementer": int((links.role == "implementer").sum()),
        "data_links_recognizer": int((links.role == "recognizer").sum()),
        "data_links_evaluator": int((links.role == "evaluator").sum()),
        "data_district_known": int((entries.district != "unknown").sum()),
        "data_level_known": int((entries.level != "unknown").sum()),
    }


def plot_coverage(entries: pd.DataFrame, metrics: pd.DataFrame, chapter: str = "data"):
    """Stacked bars: entries per award list, split by whether they report a quantity and a lacuna."""
    from ..figures import PALETTE, new_figure, save_figure
    from .chinese import coverage_figure

    has_metric = entries.entry_id.isin(metrics.entry_id)
    groups = [("reports a quantity 有数据", has_metric & ~entries.has_lacuna),
              ("quantity, text cut 有数据·有缺文", has_metric & entries.has_lacuna),
              ("no quantity 无数据", ~has_metric & ~entries.has_lacuna),
              ("no quantity, text cut 无数据·有缺文", ~has_metric & entries.has_lacuna)]
    data = pd.DataFrame({"category": [CATEGORY_NAMES[c] for c in CATEGORY_ORDER]})
    for label, mask in groups:
        data[label] = [int((mask & (entries.category == c)).sum()) for c in CATEGORY_ORDER]
    fig, ax = new_figure("full", 2.6)
    left = pd.Series(0, index=data.index)
    for (label, _), colour in zip(groups, PALETTE):
        ax.barh(data.index, data[label], left=left, color=colour, label=label)
        left += data[label]
    ax.set_yticks(data.index, [category_label(c, "zh\nen") for c in CATEGORY_ORDER])
    ax.invert_yaxis()
    ax.set_xlabel("entries 条目数")
    fig.legend(loc="outside upper center", ncols=2)
    save_figure(fig, chapter=chapter, slug="coverage",
                caption="Entries per award list (优秀基层案例, 优秀创新项目, 优秀创新案例), by whether the "
                        "description reports at least one quantity and whether text was cut out of it (缺文).",
                alt="Horizontal stacked bars for the three award lists showing how many entries report a quantity "
                    "and how many have a lacuna.",
                source="Source: data/processed/entries.csv and metrics.csv, from the Xiamen Daily report of 2023-03-02.",
                data=data, zh=coverage_figure())
    return data
