"""Writing tables with their Frictionless schemas, and the validated datapackage.json.

Tables are written deterministically (given row order, LF, UTF-8, numbers without float noise),
so two builds from the same inputs are byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path

import pandas as pd

from .errors import DatasetError

OFFSETS = (
    "character offset (0-based, Python string index) into the raw source file "
    "data/raw/000_4d42245eb09b0b18.txt decoded as UTF-8"
)
PACKAGE_NAME = "xiamen-governance-innovation-awards-2020-2022"


def field(name: str, type_: str, description: str, **constraints) -> dict:
    out = {"name": name, "type": type_, "description": description}
    if constraints:
        out["constraints"] = constraints
    return out


def fields(spec: list[tuple[str, str, str]]) -> list[dict]:
    """Schema fields from (name, type, description) triples."""
    return [field(name, kind, text) for name, kind, text in spec]


def file_facts(path: Path) -> dict:
    """The `hash` and `bytes` of a written resource file, as Frictionless records them."""
    data = Path(path).read_bytes()
    return {"hash": "sha256:" + hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def offset_fields(prefix: str = "", what: str = "the span") -> list[dict]:
    return [
        field(f"{prefix}start", "integer", f"start of {what}: {OFFSETS}", required=True, minimum=0),
        field(f"{prefix}end", "integer", f"end of {what} (exclusive): {OFFSETS}", required=True, minimum=0),
    ]


def format_number(x) -> str:
    """Plain decimal without float noise: 170000000, 96.5, 0.666667."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    if float(x).is_integer():
        return str(int(x))
    return f"{round(float(x), 6):.6f}".rstrip("0").rstrip(".")


def _cell(value, type_: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    if type_ == "number":
        return format_number(value)
    if type_ == "integer":
        return str(int(value))
    if type_ == "boolean":
        return "true" if value else "false"
    return str(value)


def write_resource(workdir: Path, name: str, rows: list[dict], fields: list[dict], description: str,
                   primary_key: list[str], foreign_keys: list[dict] | None = None) -> dict:
    """Write `<name>.csv` (rows in the given order) and return its Frictionless descriptor."""
    names = [f["name"] for f in fields]
    table = pd.DataFrame(rows, columns=names) if rows else pd.DataFrame(columns=names)
    for r in rows:
        extra = set(r) - set(names)
        if extra:
            raise DatasetError(f"{name}.csv", f"row has columns not in the schema: {sorted(extra)}")
    text = pd.DataFrame({f["name"]: [_cell(v, f["type"]) for v in table[f["name"]]] for f in fields}, columns=names)
    path = workdir / f"{name}.csv"
    text.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
    schema = {"fields": fields, "primaryKey": primary_key}
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return {
        "name": name,
        "path": f"{name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": description,
        "schema": schema,
    }


def fk(fields: str | list[str], resource: str, ref: str | list[str]) -> dict:
    return {"fields": fields, "reference": {"resource": resource, "fields": ref}}


def write_datapackage(workdir: Path, resources: list[dict], meta: dict) -> Path:
    # GraphML/GEXF exports are files, not tables: the package is then a plain data package.
    tabular = all(r.get("type", "table") == "table" for r in resources)
    profile = "tabular-data-package" if tabular else "data-package"
    descriptor = {"name": PACKAGE_NAME, "profile": profile, **meta, "resources": resources}
    path = workdir / "datapackage.json"
    path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def validate(path: Path) -> None:
    """Frictionless validation of the whole package, foreign keys included; raise on any error."""
    from frictionless import Package

    report = Package(str(path)).validate()
    if not report.valid:
        errors = []
        for task in report.tasks:
            for err in task.errors[:5]:
                errors.append(f"{task.name}: {err.message}")
        errors += [e.message for e in report.errors]
        raise DatasetError(str(path), "datapackage does not validate:\n  " + "\n  ".join(errors[:20]))
