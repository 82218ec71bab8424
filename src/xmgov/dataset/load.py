"""Loading the published tables with the dtypes their schemas declare.

By default from data/processed; `folder` names another data package (the pipeline's work folder,
where later stages read what earlier ones wrote).
"""

from __future__ import annotations

import json

import pandas as pd

from pathlib import Path

from .. import paths

DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


def resource(name: str, folder: Path | None = None) -> dict:
    descriptor = Path(folder or paths.PROCESSED) / "datapackage.json"
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    for found in package["resources"]:
        if found["name"] == name:
            return found
    raise KeyError(f"no resource {name!r} in {descriptor}")


def schema(name: str, folder: Path | None = None) -> dict:
    found = resource(name, folder)
    if "schema" not in found:
        raise KeyError(f"resource {name!r} is a {found.get('format')} file, not a table")
    return found["schema"]


def table(name: str, folder: Path | None = None) -> pd.DataFrame:
    """Any published table, typed from its schema (empty cells are <NA>)."""
    fields = schema(name, folder)["fields"]
    path = Path(folder or paths.PROCESSED) / resource(name, folder)["path"]
    df = pd.read_csv(path, dtype={f["name"]: "string" for f in fields}, keep_default_na=False, na_values=[""])
    for f in fields:
        kind = DTYPES.get(f["type"], "string")
        if kind == "boolean":
            # Frictionless's default true/false values, as pandas writes them too (True/False).
            df[f["name"]] = df[f["name"]].str.lower().map({"true": True, "false": False}).astype("boolean")
        elif kind != "string":
            df[f["name"]] = pd.to_numeric(df[f["name"]]).astype(kind)
    return df


def entries(folder: Path | None = None) -> pd.DataFrame:
    return table("entries", folder)


def agencies(folder: Path | None = None) -> pd.DataFrame:
    return table("agencies", folder)


def entry_agencies(external: bool = False, folder: Path | None = None) -> pd.DataFrame:
    """Agencies per entry from the article; with `external=True`, add external_agencies rows
    (role `lead` from high-confidence leads, `reported_elsewhere` from medium ones; no offsets)."""
    df = table("entry_agencies", folder)
    if not external:
        return df
    ext = table("external_agencies", folder).assign(source="external")
    return pd.concat([df, ext], ignore_index=True)


def metrics(folder: Path | None = None) -> pd.DataFrame:
    return table("metrics", folder)


def excluded_numbers(folder: Path | None = None) -> pd.DataFrame:
    return table("excluded_numbers", folder)


def claims(folder: Path | None = None) -> pd.DataFrame:
    return table("claims", folder)


def lacunae(folder: Path | None = None) -> pd.DataFrame:
    return table("lacunae", folder)


def cleaning_log(folder: Path | None = None) -> pd.DataFrame:
    return table("cleaning_log", folder)


def gaps(folder: Path | None = None) -> pd.DataFrame:
    return table("gaps", folder)


def external_leads(folder: Path | None = None) -> pd.DataFrame:
    return table("external_leads", folder)


def external_agencies(folder: Path | None = None) -> pd.DataFrame:
    return table("external_agencies", folder)
