"""The agency lexicon and alias table, and finding agency names in titles and text.

Agencies are recognised only through `data/lexicon/aliases.csv` (longest alias first, no
overlaps), so every mention in the data is a verbatim alias at its raw offsets, and any name an
annotation uses must already be in the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

from .. import paths
from .errors import DatasetError
from .vocabulary import AGENCY_LEVELS

LEXICON = paths.DATA / "lexicon"
AGENCY_TYPES = {
    "party committee", "government department", "court", "procuratorate", "public security",
    "street office/township", "community/village", "mass organisation", "social organisation",
    "enterprise/financial institution", "national body", "media", "local government",
}
LEVELS = set(AGENCY_LEVELS)
ROLES_BY_DEFAULT = {"implementer", "recognizer", "evaluator"}
SCOPES = {"any", "title", "text"}
UNIT_SEPARATOR = "、"
BOOK_TITLE = re.compile(r"《[^》]*》")  # a name inside a publication's title is not a mention


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    mention: str
    agency_id: str


class Lexicon:
    """Canonical agencies plus their aliases, validated on load."""

    def __init__(self, agencies: pd.DataFrame, aliases: pd.DataFrame, where: str = str(LEXICON)):
        self.agencies = agencies
        self.aliases = aliases
        self._validate(where)
        self._by_alias = dict(zip(aliases["alias"], aliases["agency_id"]))

    @classmethod
    def load(cls, folder: Path = LEXICON) -> "Lexicon":
        read = lambda name: pd.read_csv(folder / name, dtype=str, keep_default_na=False)
        return cls(read("agencies.csv"), read("aliases.csv"), str(folder))

    def _validate(self, where: str) -> None:
        a, al = self.agencies, self.aliases
        dup = a["agency_id"][a["agency_id"].duplicated()].tolist()
        if dup:
            raise DatasetError(f"{where}/agencies.csv", f"duplicated agency_id {dup}")
        for i, row in a.iterrows():
            line = f"{where}/agencies.csv line {i + 2} ({row.agency_id})"
            if row.type not in AGENCY_TYPES:
                raise DatasetError(line, f"unknown type {row.type!r}")
            if row.level not in LEVELS:
                raise DatasetError(line, f"unknown level {row.level!r}")
            if row.default_role not in ROLES_BY_DEFAULT:
                raise DatasetError(line, f"unknown default_role {row.default_role!r}")
        dup = al["alias"][al["alias"].duplicated()].tolist()
        if dup:
            raise DatasetError(f"{where}/aliases.csv", f"alias listed twice {dup}")
        for i, row in al.iterrows():
            line = f"{where}/aliases.csv line {i + 2} ({row.alias})"
            if row.agency_id not in set(a["agency_id"]):
                raise DatasetError(line, f"points to unknown agency_id {row.agency_id!r}")
            if row.scope not in SCOPES:
                raise DatasetError(line, f"unknown scope {row.scope!r}")

    def resolve(self, name: str, where: str) -> str:
        """agency_id for a written name; an unknown name is an error naming where it was used."""
        try:
            return self._by_alias[name]
        except KeyError:
            raise DatasetError(where, f"unknown agency alias {name!r} (add it to data/lexicon/aliases.csv)") from None

    def agency(self, agency_id: str) -> pd.Series:
        return self.agencies.set_index("agency_id").loc[agency_id]

    @cached_property
    def _text_pattern(self) -> re.Pattern:
        names = self.aliases.loc[self.aliases["scope"] != "title", "alias"]
        return re.compile("|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))))

    def find(self, text: str, start: int, end: int, spam: list[tuple[int, int]] = []) -> list[Mention]:
        """Agency mentions in raw text[start:end] (longest alias first), skipping spam and 《titles》."""
        out = []
        titles = [(t.start(), t.end()) for t in BOOK_TITLE.finditer(text, start, end)]
        for m in self._text_pattern.finditer(text, start, end):
            if any(s < m.end() and m.start() < e for s, e in spam + titles):
                continue
            out.append(Mention(m.start(), m.end(), m.group(), self._by_alias[m.group()]))
        return out

    def split_units(self, units: str, units_start: int, where: str) -> list[Mention]:
        """Resolve every unit listed in a title's parentheses (separated by 、)."""
        out, pos = [], units_start
        for unit in units.split(UNIT_SEPARATOR):
            out.append(Mention(pos, pos + len(unit), unit, self.resolve(unit, where)))
            pos += len(unit) + len(UNIT_SEPARATOR)
        return out
