"""External leads (data/external/external_leads.csv) used by their confidence.

high   → a fact: a title for an entry without one (`entries.title_source` = the URL) and `lead`
         units in `external_agencies.csv`;
medium → only "reported elsewhere": the units go to `external_agencies.csv` with role
         `reported_elsewhere`, the title to `external_leads.csv` as `title_elsewhere`;
low    → not used (listed with use = `not_used`, so the omission is visible).
A lead's confidence is capped by who publishes its page (data/external/source_hosts.csv): only an
official government or court site, or an official newspaper or broadcaster, can support a fact
marked high; a high lead on any other host is used as medium, and says so.
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
HOSTS = paths.DATA / "external" / "source_hosts.csv"
# Trust classes of a page's publisher, most trusted first; the first two can support a fact.
TRUST = ("official_government_or_court", "official_newspaper_or_broadcaster", "other_media",
         "aggregator_or_unknown")
SUPPORTS_HIGH = TRUST[:2]
USE = {"high": "fact", "medium": "reported_elsewhere", "low": "not_used"}
ROLE = {"high": "lead", "medium": "reported_elsewhere"}
TITLE_NOTE = re.compile(r"^(?:\((?P<pre>[^)]*)\))?(?P<title>.*?)(?:\((?P<post>[^)]*)\))?$")


def load_leads(path=LEADS) -> pd.DataFrame:
    leads = pd.read_csv(path, dtype=str, keep_default_na=False)
    bad = leads.loc[~leads["confidence"].isin(USE), "bullet_index"].tolist()
    if bad:
        raise DatasetError(str(path), f"unknown confidence for bullet(s) {bad}")
    return leads


def load_hosts(path=HOSTS) -> dict[str, str]:
    """Host → trust class, from the editors' classification of each publisher."""
    hosts = pd.read_csv(path, dtype=str, keep_default_na=False)
    bad = hosts.loc[~hosts["trust"].isin(TRUST), "host"].tolist()
    if bad:
        raise DatasetError(str(path), f"unknown trust class for host(s) {bad}; use one of {list(TRUST)}")
    return dict(zip(hosts["host"], hosts["trust"]))


def publisher(url: str, path=HOSTS, with_basis: bool = False) -> str:
    """The publisher of a page, as data/external/source_hosts.csv names it ('中国法院网 (China Court
    Network)'), found by the URL's registered host, followed by the table's basis for its class when
    `with_basis` ('…, the news site of the Supreme People's Court (人民法院报社)'); an unclassified
    host is an error."""
    from urllib.parse import urlsplit

    hosts = pd.read_csv(path, dtype=str, keep_default_na=False).set_index("host")
    name = (urlsplit(url.strip()).hostname or "").removeprefix("www.")
    host = next((h for h in hosts.index if name == h or name.endswith("." + h)), None)
    if host is None:
        raise DatasetError(str(path), f"host {name!r} of {url.strip()!r} is not classified")
    row = hosts.loc[host]
    return f"{row['publisher']}, {row['basis']}" if with_basis else row["publisher"]


def source_trust(urls: str, hosts: dict[str, str], where: str) -> str:
    """The least trusted class among a lead's URLs (separated by ' ; '), by registered host: a
    lead's text does not say which of its pages names which unit, so it is as strong as its
    weakest page."""
    from urllib.parse import urlsplit

    classes = []
    for url in urls.split(" ; "):
        name = (urlsplit(url.strip()).hostname or "").removeprefix("www.")
        host = next((h for h in hosts if name == h or name.endswith("." + h)), None)
        if host is None:
            raise DatasetError(where, f"host {name!r} of {url.strip()!r} is not classified in {HOSTS}")
        classes.append(hosts[host])
    return max(classes, key=TRUST.index)


def split_title(official: str) -> tuple[str, str]:
    """'title(入围64号)' → ('title', '入围64号'): the bracket says where the title comes from."""
    m = TITLE_NOTE.match(official.strip())
    return m["title"].strip(), "; ".join(x for x in (m["pre"], m["post"]) if x)


def external_tables(by_seq: dict[int, dict], lexicon, path=LEADS, annotations=paths.ANNOTATIONS,
                    annotation="external_units.yaml"):
    """(lead rows, agency rows, {entry_id: (title, url)} for high-confidence titles)."""
    leads = load_leads(path)
    hosts = load_hosts()
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
        trust = source_trust(row.source_url, hosts, where)
        confidence = "medium" if row.confidence == "high" and trust not in SUPPORTS_HIGH else row.confidence
        title, note = split_title(row.official_title) if row.official_title else ("", "")
        lead_rows.append({
            "entry_id": entry["entry_id"], "seq": seq, "confidence_stated": row.confidence,
            "source_trust": trust, "confidence": confidence, "use": USE[confidence],
            "title_elsewhere": title or None, "title_note": note or None, "lead_units_text": row.lead_units,
            "source_url": row.source_url, "evidence_snippet": row.evidence_snippet,
        })
        if confidence == "high" and title and not entry["title"]:
            titles[entry["entry_id"]] = (title, row.source_url.split(" ; ")[0])
        if confidence == "low":
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
                "role": ROLE[confidence], "confidence": confidence, "source_trust": trust,
                "source_url": row.source_url,
            })
    extra = set(units) - {int(r.bullet_index) for _, r in leads.iterrows() if r.confidence != "low"}
    if extra:
        raise DatasetError(str(annotations / annotation), f"units given for bullets {sorted(extra)} without a usable lead")
    return lead_rows, agency_rows, titles
