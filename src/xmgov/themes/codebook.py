"""The codebook (data/themes/codebook.yaml): load it and refuse it loudly when it is malformed.

Every later step (hand coding, dictionary coding, agreement, comparisons) takes its list of codes
from here, so a typo in the YAML must stop the chapter with a message naming the code and field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from .. import paths

CODEBOOK = paths.DATA / "themes" / "codebook.yaml"
DIMENSIONS = ("governance_mode", "risk_domain")
TEXT_FIELDS = ("code_id", "dimension", "label_zh", "label_en", "definition", "include", "exclude",
               "example")
_CODE_ID = re.compile(r"^[a-z]+_[a-z]+$")
_ENTRY_ID = re.compile(r"^[GPC]\d{2}$")


class CodebookError(ValueError):
    """The codebook file is malformed; the message names the file, the code and the field."""


@dataclass(frozen=True)
class Code:
    code_id: str
    dimension: str
    label_zh: str
    label_en: str
    definition: str
    include: str
    exclude: str
    keywords: tuple[str, ...]
    example: str


@dataclass(frozen=True)
class Codebook:
    codes: tuple[Code, ...]
    sources: dict
    general_exclude: str = ""
    revisions: tuple[dict, ...] = ()

    @property
    def ids(self) -> list[str]:
        return [c.code_id for c in self.codes]

    def dimension(self, name: str) -> list[str]:
        return [c.code_id for c in self.codes if c.dimension == name]

    def labels(self) -> dict[str, str]:
        """code_id -> '法治 (Rule of law)', the label every table and sentence uses."""
        return {c.code_id: f"{c.label_zh} ({c.label_en})" for c in self.codes}

    def frame(self) -> pd.DataFrame:
        """One row per code; keywords joined with '|'."""
        rows = [{**c.__dict__, "keywords": "|".join(c.keywords)} for c in self.codes]
        return pd.DataFrame(rows).rename(columns={"example": "example_entry_id"})


def _code(raw, position: int, path: Path) -> Code:
    where = f"{path}: code #{position}"
    if not isinstance(raw, dict):
        raise CodebookError(f"{where}: expected a mapping of fields, got {type(raw).__name__}")
    where += f" ({raw.get('code_id', '?')})"
    for name in TEXT_FIELDS:
        value = raw.get(name)
        if not isinstance(value, str) or not value.strip():
            raise CodebookError(f"{where}: field '{name}' is missing or empty")
    if not _CODE_ID.match(raw["code_id"]):
        raise CodebookError(f"{where}: code_id must look like 'mode_law' (lower-case, one '_')")
    if raw["dimension"] not in DIMENSIONS:
        raise CodebookError(f"{where}: dimension '{raw['dimension']}' is not one of {DIMENSIONS}")
    if not _ENTRY_ID.match(raw["example"]):
        raise CodebookError(f"{where}: example '{raw['example']}' is not an entry id like G05")
    keywords = raw.get("keywords")
    if (not isinstance(keywords, list) or not keywords
            or not all(isinstance(k, str) and k.strip() for k in keywords)):
        raise CodebookError(f"{where}: 'keywords' must be a non-empty list of words")
    if len(set(keywords)) != len(keywords):
        raise CodebookError(f"{where}: a keyword is listed twice")
    unknown = set(raw) - set(TEXT_FIELDS) - {"keywords"}
    if unknown:
        raise CodebookError(f"{where}: unknown field(s) {sorted(unknown)}")
    return Code(**{n: raw[n].strip() for n in TEXT_FIELDS}, keywords=tuple(keywords))


def load(path: Path = CODEBOOK) -> Codebook:
    """Read and validate the codebook."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CodebookError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("codes"), list) or not raw["codes"]:
        raise CodebookError(f"{path}: expected a top-level 'codes' list")
    codes = tuple(_code(c, i, path) for i, c in enumerate(raw["codes"], 1))
    ids = [c.code_id for c in codes]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise CodebookError(f"{path}: code_id(s) defined twice: {repeated}")
    for dim in DIMENSIONS:
        if not any(c.dimension == dim for c in codes):
            raise CodebookError(f"{path}: no code for dimension '{dim}'")
    revisions = raw.get("revisions") or []
    for i, rev in enumerate(revisions, 1):
        if not isinstance(rev, dict) or not str(rev.get("change", "")).strip() or "version" not in rev:
            raise CodebookError(f"{path}: revision #{i} needs a 'version' and a non-empty 'change'")
    return Codebook(codes=codes, sources=dict(raw.get("sources") or {}),
                    general_exclude=" ".join(str(raw.get("general_exclude") or "").split()),
                    revisions=tuple(revisions))


def to_markdown(path: Path = CODEBOOK) -> str:
    """The codebook as a reader's document (MyST Markdown), validated by `load` first."""
    book = load(path)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    parts = []
    for dim_id, dim in raw["dimensions"].items():
        parts.append(f"**{dim['label_en']}** ({dim['label_zh']})\n")
        for code in book.codes:
            if code.dimension != dim_id:
                continue
            parts.append(
                f"{code.label_zh} ({code.label_en}), code `{code.code_id}`\n"
                f": **Definition.** {code.definition}\n"
                f"\n"
                f"  **Include.** {code.include}\n"
                f"\n"
                f"  **Exclude.** {code.exclude}\n"
                f"\n"
                f"  **Keywords for the dictionary coder.** {'、'.join(code.keywords)}\n"
                f"\n"
                f"  **Example entry.** {code.example}\n")
    sources = "\n".join(f"- **{key.replace('_', ' ').capitalize()}.** {' '.join(text.split())}"
                        for key, text in book.sources.items())
    general = f"**A rule for every code.** {book.general_exclude}\n\n" if book.general_exclude else ""
    revisions = "\n".join(f"- **Version {r['version']}.** {' '.join(str(r['change']).split())}"
                           for r in book.revisions)
    history = (f"\n**Revisions** (this is version {raw.get('version')}; the text each revision added is "
               f"marked with its version in brackets)\n\n{revisions}\n") if revisions else ""
    return (general + "\n".join(parts) + "\n**Where the frameworks come from**\n\n" + sources + "\n"
            + history)


def facts(_=None) -> dict:
    """The codebook appendix (appendices/codebook.md) glues the rendered codebook."""
    from IPython.display import Markdown

    return {"codebook_markdown": Markdown(to_markdown())}


def facts_zh(_=None, facts: dict | None = None) -> dict:
    """The Chinese edition's codebook appendix glues the codebook rendered in Chinese
    (`xmgov.themes.codebook_zh`)."""
    from .codebook_zh import facts_zh as chinese

    return chinese()
