"""One entry's catalogue page, and the index of all entries, as MyST Markdown.

Every value comes from `record.Catalogue`; the page types no number or claim of its own. Tables are
pipe tables, so that the web book and the PDF both show them without scripts.
"""

from __future__ import annotations

import pandas as pd

from .. import citation
from ..dataset.vocabulary import category_label
from .interactive import datatable_html
from .record import Catalogue

FOLDER = "catalogue"
LOST = "〔…〕"  # marks a passage the mirror cut, where it was cut


def page_name(entry_id: str) -> str:
    return f"{FOLDER}/entries/{entry_id}"


def cell(value) -> str:
    """Text safe inside a pipe table: no line breaks or bars; missing values as an en dash; whole
    numbers without a decimal point."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "–"
    if isinstance(value, float):
        value = f"{value:.0f}" if value.is_integer() else f"{value:g}"
    text = str(value).replace("|", "/").replace("\n", " ").strip()
    return text or "–"


def table(frame: pd.DataFrame) -> str:
    if frame.empty:
        return "None in the source.\n"
    head = "| " + " | ".join(frame.columns) + " |\n|" + "---|" * len(frame.columns) + "\n"
    return head + "".join("| " + " | ".join(cell(v) for v in row) + " |\n" for row in frame.itertuples(index=False))


def marked_description(text: str, lacunae: pd.DataFrame, start: int) -> tuple[str, list[str]]:
    """The Chinese description with each lacuna's residue replaced, in place, by LOST, and a note
    per lacuna. Offsets in lacunae.csv are into the raw file; `start` is the description's offset."""
    notes, pieces, at = [], [], 0
    for row in lacunae.sort_values("start").itertuples():
        i, j = row.start - start, row.end - start
        if not (0 <= i <= j <= len(text)) or text[i:j] != row.text:
            raise ValueError(f"lacunae.csv: {row.lacuna_id} ({row.entry_id}) does not match the description at "
                             f"offsets {row.start}–{row.end}")
        pieces += [text[at:i], _shown(row)]
        at = j
        notes.append(f"{LOST} {row.lacuna_id}: {row.note} (characters {row.start}–{row.end} of the raw file)")
    return "".join(pieces + [text[at:]]), notes


def _shown(lacuna) -> str:
    """What stands where a passage was cut: the mark, keeping the words that survive around it
    (a cut figure leaves a stray 线 before its unit, 线余条: 〔…〕余条; a cut name keeps its first
    character, 习〔…〕; a cut passage keeps the quotation mark after it, 线”: 〔…〕”)."""
    residue = lacuna.text
    if lacuna.rule == "cut_name":
        return residue + LOST
    return LOST + residue.removeprefix("线")


LEVEL_NAMES = {"street": "sub-district or township (街道/镇; the dataset's level `street`)"}


def _yes(value) -> str:
    return "yes" if bool(value) and not pd.isna(value) else "no"


def entry_page(c: Catalogue, entry_id: str) -> str:
    e = c.entries.set_index("entry_id").loc[entry_id]
    lac = c.lacunae[c.lacunae["entry_id"] == entry_id]
    chinese, notes = marked_description(e["description"], lac, int(e["start"]))
    tr = c.translations.loc[entry_id]
    title = (f"{e['title']} (source: {e['title_source']})" if pd.notna(e["title"])
             else "not in the copy: the mirror lost this entry's numbered title line and its list of units")
    parts = [
        f"({entry_id.lower()})=\n# {entry_id} · {e['label_en']}\n",
        f"{category_label(e['category'], 'zh en')}, number {e['number']} of its list. "
        f"The English label is the editors'.\n",
        "## Title, district and level\n",
        table(pd.DataFrame([
            {"field": "title", "value": title, "evidence": cell(e.get("title_units"))},
            {"field": "district", "value": e["district"], "evidence": cell(e["district_evidence"]) + "; " + cell(e["district_basis"])},
            {"field": "level", "value": LEVEL_NAMES.get(e["level"], e["level"]), "evidence": cell(e["level_evidence"]) + "; " + cell(e["level_basis"])},
        ])),
        "## The description\n",
        f"{chinese}\n",
        f"Characters {e['start']}–{e['end']} of the raw file (`data/raw/`), spam removed"
        + (f"; {LOST} marks a passage the copy lost:" if notes else ".") + "\n",
        *(f"- {n}\n" for n in notes),
        "\n**English translation** (the editors', kept as data in `data/translations/entries_en.csv`):\n",
        f"{tr['translation_en']}\n",
        (f"*Translator's notes.* {tr['translator_notes']}\n" if tr["translator_notes"].strip() else ""),
        "## Bodies named\n",
        table(c.bodies[c.bodies["entry_id"] == entry_id].assign(
            body=lambda b: b["name_zh"] + " · " + b["name_en"])[["body", "role", "source"]]),
        "## Reported figures\n",
        table(_figures(c.metrics[c.metrics["entry_id"] == entry_id])),
        "## Claims of novelty and recognition\n",
        table(c.claims[c.claims["entry_id"] == entry_id].assign(
            **{"recognizer type": lambda k: k["recognizer_type"].where(k["claim_type"] == "recognition"),
               "outside lead": lambda k: k["corroboration"].where(k["claim_type"] == "novelty")})[
            ["claim_type", "span", "level", "recognizer type", "kind", "outside lead"]].rename(
            columns={"claim_type": "claim"})),
        "## Theme codes\n",
        "The codes of the first and the blind second coding, and of the adjudicated coding the book "
        "analyses, with the reason wherever the adjudicated value differs from a coder's:\n",
        table(c.codes[(c.codes["entry_id"] == entry_id)
                      & c.codes[["first", "second", "adjudicated"]].any(axis=1)].assign(
            first=lambda k: k["first"].map(_yes), second=lambda k: k["second"].map(_yes),
            adjudicated=lambda k: k["adjudicated"].map(_yes))[["label", "first", "second", "adjudicated", "why"]]
              .rename(columns={"label": "code"})),
        "## Evidence profile and typology\n",
        _profile(c, entry_id),
        "## Related entries\n",
        _related(c, entry_id),
        "## Cite and data\n",
        f"{citation.short_authors()} ({citation.year()}), entry {entry_id}, in *{citation.short_title()}*, "
        f"version {citation.metadata()['version']}, {_address(entry_id)}.\n\n"
        f"The entry's rows are those with `entry_id` = `{entry_id}` in the data package's tables "
        "(`entries.csv`, `entry_agencies.csv`, `metrics.csv`, `claims.csv`, `lacunae.csv`, "
        "`themes/coding_*.csv`, `themes/typology.csv`).\n",
    ]
    return "\n".join(p for p in parts if p)


def _address(entry_id: str) -> str:
    """The page's address where CITATION.cff gives the book's; its path in the book otherwise."""
    from ..how_to_cite import url

    base = url().rstrip("/")
    return f"<{base}/{page_name(entry_id)}.html>" if base else f"catalogue page `{page_name(entry_id)}`"


def _figures(metrics: pd.DataFrame) -> pd.DataFrame:
    """Reported figures with the baseline written whole: its value, unit and qualifier."""
    base = [("" if pd.isna(v) else f"{cell(v)} {cell(u) if pd.notna(u) else ''} "
             f"({q})" if pd.notna(q) else f"{cell(v)} {cell(u) if pd.notna(u) else ''}").strip()
            if pd.notna(v) else "–"
            for v, u, q in zip(metrics["baseline_value"], metrics["baseline_unit"], metrics["baseline_qualifier"])]
    return metrics.assign(baseline=base)[["span", "value", "unit", "qualifier", "kind", "baseline", "period"]]


def _profile(c: Catalogue, entry_id: str) -> str:
    i = c.indicators.set_index("entry_id").loc[entry_id]
    t = c.typology.set_index("entry_id").loc[entry_id]
    rows = [("reports a quantity", _yes(i["n_quantities"] > 0)), ("outcome measure", _yes(i["has_outcome"])),
            ("baseline or before/after", _yes(i["has_baseline"])), ("time window", _yes(i["has_time_window"])),
            ("external recognition", cell(i["recognition_level"]) if i["has_external_recognition"] else "no"),
            ("claim to be first", cell(i["novelty_level"]) if i["has_novelty_claim"] else "no"),
            ("innovation type (LGIA-comparable)", t["innovation_type"]),
            ("participation", t["participation"]), ("origin", t["origin"])]
    return table(pd.DataFrame(rows, columns=["indicator", "value"]))


def _related(c: Catalogue, entry_id: str) -> str:
    r = c.related[c.related["entry_id"] == entry_id]
    if r.empty:
        return "No other entry shares a code or a body with this one.\n"
    labels = c.entries.set_index("entry_id")["label_en"]
    return "".join(f"- {{doc}}`{row.other} · {labels[row.other]} <../../{page_name(row.other)}>` — {row.reason}\n"
                   for row in r.itertuples())


def index_page(c: Catalogue) -> str:
    coded = c.codes[c.codes["adjudicated"]]
    modes = coded[coded["code_id"].str.startswith("mode_")].groupby("entry_id")["label"].agg("; ".join)
    risks = coded[coded["code_id"].str.startswith("risk_")].groupby("entry_id")["label"].agg("; ".join)
    ind = c.indicators.set_index("entry_id")
    rows = [{"entry": e.entry_id, "label": e.label_en,
             "list": category_label(e.category, "en short"), "district": e.district, "level": e.level,
             "governance modes": modes.get(e.entry_id, ""), "risk domains": risks.get(e.entry_id, ""),
             "recognition": cell(ind.loc[e.entry_id, "recognition_level"])
             if ind.loc[e.entry_id, "has_external_recognition"] else "none",
             "outcome reported": _yes(ind.loc[e.entry_id, "has_outcome"])}
            for e in c.entries.itertuples()]
    frame = pd.DataFrame(rows)
    return "\n".join([
        "(catalogue)=\n# Catalogue of the awarded entries\n",
        "Every awarded entry on a page of its own: its title where the copy kept it, its description in "
        "Chinese with each lost passage marked and an English translation, the bodies named, the figures "
        "and claims it reports, how the book codes it and which entries are most like it. Every page is "
        "generated from the data package, so it says exactly what the chapters count.\n",
        "````{only} not simplepdf\n"
        "In the web edition the table below can be sorted by any column and filtered by typing in the "
        "box above a column (for example `grassroots` under *list*, or `法治` under *governance modes*).\n"
        "````\n",
        "````{only} not simplepdf\n```{raw} html\n"
        + datatable_html(frame.assign(entry=[f'<a href="entries/{e}.html">{e}</a>' for e in frame["entry"]]),
                         "The awarded entries")
        + "\n```\n````\n",
        "````{only} simplepdf\n"
        # In print: in the order of the pages that follow; the stylesheet adds each entry's page.
        + table(frame.sort_values("entry").assign(entry=[f"{{doc}}`{e} <entries/{e}>`"
                                                          for e in frame.sort_values("entry")["entry"]]))
        + "````\n",
    ])
