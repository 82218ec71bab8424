"""Loading the published tables with the dtypes their schemas declare.

Every read goes through `xmgov.io.tracked` (tables and datapackage.json alike),
so a chapter's cache is invalidated when the data changes.
"""

from __future__ import annotations

import json

import pandas as pd

from .. import io, paths

DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


def resource(name: str) -> dict:
    package = json.loads(io.tracked(paths.PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    for found in package["resources"]:
        if found["name"] == name:
            return found
    raise KeyError(f"no resource {name!r} in {paths.PROCESSED / 'datapackage.json'}")


def schema(name: str) -> dict:
    found = resource(name)
    if "schema" not in found:
        raise KeyError(f"resource {name!r} is a {found.get('format')} file, not a table")
    return found["schema"]


def table(name: str) -> pd.DataFrame:
    """Any published table, typed from its schema (empty cells are <NA>)."""
    fields = schema(name)["fields"]
    path = io.tracked(paths.PROCESSED / resource(name)["path"])
    df = pd.read_csv(path, dtype={f["name"]: "string" for f in fields}, keep_default_na=False, na_values=[""])
    for f in fields:
        kind = DTYPES.get(f["type"], "string")
        if kind == "boolean":
            df[f["name"]] = df[f["name"]].map({"true": True, "false": False}).astype("boolean")
        elif kind != "string":
            df[f["name"]] = pd.to_numeric(df[f["name"]]).astype(kind)
    return df


def entries() -> pd.DataFrame:
    return table("entries")


def agencies() -> pd.DataFrame:
    return table("agencies")


def entry_agencies(external: bool = False) -> pd.DataFrame:
    """Agencies per entry from the article; with `external=True`, add external_agencies rows
    (role `lead` from high-confidence leads, `reported_elsewhere` from medium ones; no offsets)."""
    df = table("entry_agencies")
    if not external:
        return df
    ext = table("external_agencies").assign(source="external")
    return pd.concat([df, ext], ignore_index=True)


def metrics() -> pd.DataFrame:
    return table("metrics")


def excluded_numbers() -> pd.DataFrame:
    return table("excluded_numbers")


def claims() -> pd.DataFrame:
    return table("claims")


def lacunae() -> pd.DataFrame:
    return table("lacunae")


def cleaning_log() -> pd.DataFrame:
    return table("cleaning_log")


def gaps() -> pd.DataFrame:
    return table("gaps")


def external_leads() -> pd.DataFrame:
    return table("external_leads")


def external_agencies() -> pd.DataFrame:
    return table("external_agencies")
