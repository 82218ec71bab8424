"""External leads (data/external/external_leads.csv) used by their confidence.

high   → a fact: a title for an entry without one (`entries.title_source` = the URL) and `lead`
         units in `external_agencies.csv`;
medium → only "reported elsewhere": the units go to `external_agencies.csv` with role
         `reported_elsewhere`, the title to `external_leads.csv` as `title_elsewhere`;
low    → not used (listed with use = `not_used`, so the omission is visible).
Units are resolved by hand in data/annotations/external_units.yaml through the alias table (a unit
is a name written in the lead, or {written, alias} when the lead splits the name).
"""

from __future__ import annotations

import re

import pandas as pd

from .. import paths
from .annotations import load_yaml, require
from .errors import DatasetError

LEADS = paths.DATA / "external" / "external_leads.csv"
USE = {"high": "fact", "medium": "reported_elsewhere", "low": "not_used"}
ROLE = {"high": "lead", "medium": "reported_elsewhere"}
TITLE_NOTE = re.compile(r"^(?:\((?P<pre>[^)]*)\))?(?P<title>.*?)(?:\((?P<post>[^)]*)\))?$")


def load_leads(path=LEADS) -> pd.DataFrame:
    leads = pd.read_csv(path, dtype=str, keep_default_na=False)
    bad = leads.loc[~leads["confidence"].isin(USE), "bullet_index"].tolist()
    if bad:
        raise DatasetError(str(path), f"unknown confidence for bullet(s) {bad}")
    return leads


def split_title(official: str) -> tuple[str, str]:
    """'title(入围64号)' → ('title', '入围64号'): the bracket says where the title comes from."""
    m = TITLE_NOTE.match(official.strip())
    return m["title"].strip(), "; ".join(x for x in (m["pre"], m["post"]) if x)


def external_tables(by_seq: dict[int, dict], lexicon, path=LEADS, annotations=paths.ANNOTATIONS,
                    annotation="external_units.yaml"):
    """(lead rows, agency rows, {entry_id: (title, url)} for high-confidence titles)."""
    leads = load_leads(path)
    units = load_yaml(annotation, annotations)
    lead_rows, agency_rows, titles = [], [], {}
    for _, row in leads.iterrows():
        seq = int(row.bullet_index)
        where = f"{path} bullet_index {seq}"
        if seq not in by_seq:
            raise DatasetError(where, "points to a bullet that does not exist")
        entry = by_seq[seq]
        if row.category != entry["category_zh"]:
            raise DatasetError(where, f"category {row.category} disagrees with the numbering ({entry['category_zh']})")
        title, note = split_title(row.official_title) if row.official_title else ("", "")
        lead_rows.append({
            "entry_id": entry["entry_id"], "seq": seq, "confidence": row.confidence, "use": USE[row.confidence],
            "title_elsewhere": title or None, "title_note": note or None, "lead_units_text": row.lead_units,
            "source_url": row.source_url, "evidence_snippet": row.evidence_snippet,
        })
        if row.confidence == "high" and title and not entry["title"]:
            titles[entry["entry_id"]] = (title, row.source_url.split(" ; ")[0])
        if row.confidence == "low":
            continue
        item = units.get(seq)
        where_ann = f"{annotations / annotation} bullet {seq}"
        if item is None:
            raise DatasetError(where_ann, f"no unit resolution for the {row.confidence} lead of bullet {seq}")
        require(item, ("units", "reason"), where_ann)
        for unit in item["units"]:
            written, alias = (unit["written"], unit["alias"]) if isinstance(unit, dict) else (unit, unit)
            if written not in row.lead_units:
                raise DatasetError(where_ann, f"unit {written!r} is not written in the lead's lead_units text")
            agency_rows.append({
                "entry_id": entry["entry_id"], "agency_id": lexicon.resolve(alias, where_ann), "mention": written,
                "role": ROLE[row.confidence], "confidence": row.confidence, "source_url": row.source_url,
            })
    extra = set(units) - {int(r.bullet_index) for _, r in leads.iterrows() if r.confidence != "low"}
    if extra:
        raise DatasetError(str(annotations / annotation), f"units given for bullets {sorted(extra)} without a usable lead")
    return lead_rows, agency_rows, titles
