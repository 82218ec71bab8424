"""Whether the release's metadata agree, before anything is packaged.

The version and release date are typed once, in CITATION.cff. pyproject.toml (read by pip) and
the installed package (`xmgov.__version__`) must say the same version, CHANGELOG.md must have an
entry for it dated as CITATION.cff dates the release, and .zenodo.json must be what
CITATION.cff generates.
"""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version as installed_version
from pathlib import Path

from . import citation, zenodo

CHANGELOG = "CHANGELOG.md"
# Keep a Changelog headings: "## [0.2.0] - 2026-12-01" ("## [Unreleased]" has no date).
ENTRY = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?[ \t]*$", re.MULTILINE)


def versions(root: Path) -> dict[str, str]:
    """Every copy of the version, by where it is written."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {"CITATION.cff": str(citation.load(root / "CITATION.cff")["version"]),
            "pyproject.toml": str(project["version"]),
            "the installed package (`make env` reinstalls it)": installed_version("xmgov")}


def changelog_entries(text: str) -> dict[str, str | None]:
    """Version -> date of each entry of a Keep a Changelog file."""
    return {m["version"]: m["date"] for m in ENTRY.finditer(text)}


def problems(root: Path) -> list[str]:
    """What keeps `root` from being released, each naming the file to fix ([]: ready)."""
    meta = citation.load(root / "CITATION.cff")
    version, date = str(meta["version"]), str(meta["date-released"])
    found = [f"{where} says version {said}, CITATION.cff says {version}"
             for where, said in versions(root).items() if said != version]
    changelog = root / CHANGELOG
    entries = changelog_entries(changelog.read_text(encoding="utf-8")) if changelog.is_file() else {}
    if version not in entries:
        found.append(f"{changelog}: no entry for version {version} (a heading `## [{version}] - {date}`)")
    elif entries[version] != date:
        found.append(f"{changelog}: the entry for {version} is dated {entries[version]}, "
                     f"CITATION.cff releases it on {date}")
    current = root / zenodo.FILE
    if not current.is_file() or current.read_text(encoding="utf-8") != zenodo.render(meta):
        found.append(f"{current}: not what CITATION.cff generates; run `python -m xmgov zenodo`")
    return found
