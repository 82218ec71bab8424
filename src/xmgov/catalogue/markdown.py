"""One entry's catalogue page, and the index of all entries, as MyST Markdown.

Every value comes from `record.Catalogue`; the page types no number or claim of its own. Tables are
pipe tables, so that the web book and the PDF both show them without scripts. One layout serves both
editions: the words of a page (headings, headers, labels, sentences, the names of coded values) come
from a word table of `wording.py`, `EN` for the English book and `ZH` for the Chinese.
"""

from __future__ import annotations

import pandas as pd

from .interactive import datatable_html
from .record import Catalogue
from .wording import EN, LOST, Words

FOLDER = "catalogue"


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


def table(frame: pd.DataFrame, w: Words = EN) -> str:
    if frame.empty:
        return w.none_in_source
    head = "| " + " | ".join(frame.columns) + " |\n|" + "---|" * len(frame.columns) + "\n"
    return head + "".join("| " + " | ".join(cell(v) for v in row) + " |\n" for row in frame.itertuples(index=False))


def marked_description(text: str, lacunae: pd.DataFrame, start: int, w: Words = EN) -> tuple[str, list[str]]:
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
        notes.append(w.lacuna_note(row))
    return "".join(pieces + [text[at:]]), notes


def _shown(lacuna) -> str:
    """What stands where a passage was cut: the mark, keeping the words that survive around it
    (a cut figure leaves a stray 线 before its unit, 线余条: 〔…〕余条; a cut name keeps its first
    character, 习〔…〕; a cut passage keeps the quotation mark after it, 线”: 〔…〕”)."""
    residue = lacuna.text
    if lacuna.rule == "cut_name":
        return residue + LOST
    return LOST + residue.removeprefix("线")


def _spam_removed(e: pd.Series) -> bool:
    """Whether the cleaning removed spam from the description: it is its raw span less what the
    cleaning log (cleaning_log.csv) removed, so a description shorter than its span lost spam."""
    return e["end"] - e["start"] > len(e["description"])


def _yes(value, w: Words = EN) -> str:
    return w.yes if bool(value) and not pd.isna(value) else w.no


def entry_page(c: Catalogue, entry_id: str, w: Words = EN) -> str:
    e = c.entries.set_index("entry_id").loc[entry_id]
    lac = c.lacunae[c.lacunae["entry_id"] == entry_id]
    chinese, notes = marked_description(e["description"], lac, int(e["start"]), w)
    title = w.title_kept(e["title"], e["title_source"]) if pd.notna(e["title"]) else w.title_lost
    section = {key: f"## {heading}\n" for key, heading in w.sections.items()}
    yes = lambda value: _yes(value, w)  # noqa: E731
    parts = [
        f"({entry_id.lower()})=\n# {entry_id} · {w.name(e)}\n",
        w.intro(e),
        section["scope"],
        table(pd.DataFrame([
            {"field": w.field_rows[0], "value": title, "evidence": cell(e.get("title_units"))},
            {"field": w.field_rows[1], "value": w.district(e["district"]),
             "evidence": cell(e["district_evidence"]) + w.evidence_join + cell(w.basis(e["district_basis"]))},
            {"field": w.field_rows[2], "value": w.entry_level(e["level"]),
             "evidence": cell(e["level_evidence"]) + w.evidence_join + cell(w.basis(e["level_basis"]))},
        ]).set_axis(list(w.field_columns), axis=1), w),
        section["description"],
        f"{chinese}\n",
        w.offsets(e["start"], e["end"], bool(notes), _spam_removed(e)),
        *(f"- {n}\n" for n in notes),
        *w.translation(c.translations.loc[entry_id]),
        section["bodies"],
        table(_bodies(c.bodies[c.bodies["entry_id"] == entry_id], w), w),
        section["figures"],
        table(_figures(c.metrics[c.metrics["entry_id"] == entry_id], w), w),
        section["claims"],
        table(_claims(c.claims[c.claims["entry_id"] == entry_id], w), w),
        section["codes"],
        w.codes_intro,
        table(c.codes[(c.codes["entry_id"] == entry_id)
                      & c.codes[["first", "second", "adjudicated"]].any(axis=1)].assign(
            code=lambda k: k[w.code_label], first=lambda k: k["first"].map(yes),
            second=lambda k: k["second"].map(yes), adjudicated=lambda k: k["adjudicated"].map(yes),
            why=lambda k: [w.why(kind, r) if kind else "" for kind, r in zip(k["why_kind"], k["rationale"])])[
            list(w.code_columns)].rename(columns=w.code_columns), w),
        section["profile"],
        _profile(c, entry_id, w),
        section["related"],
        _related(c, entry_id, w),
        section["cite"],
        w.cite(entry_id, _address(entry_id, w)),
    ]
    return "\n".join(p for p in parts if p)


def _address(entry_id: str, w: Words = EN) -> str:
    """The page's address where CITATION.cff gives the book's; its path in the book otherwise."""
    from ..how_to_cite import url

    return w.address(url().rstrip("/"), page_name(entry_id), entry_id)


def _bodies(bodies: pd.DataFrame, w: Words = EN) -> pd.DataFrame:
    return pd.DataFrame({"body": [w.body_name(zh, en) for zh, en in zip(bodies["name_zh"], bodies["name_en"])],
                         "role": bodies["role"].map(w.role),
                         "source": [w.evidence_join.join(w.source(s) for s in sources) for sources in bodies["sources"]]},
                        columns=["body", "role", "source"]).rename(columns=w.body_columns)


def _figures(metrics: pd.DataFrame, w: Words = EN) -> pd.DataFrame:
    """Reported figures with the baseline written whole: its value, unit and qualifier."""
    base = [w.baseline(cell(v), cell(w.unit(u)) if pd.notna(u) else "", q if pd.notna(q) else None)
            if pd.notna(v) else "–"
            for v, u, q in zip(metrics["baseline_value"], metrics["baseline_unit"], metrics["baseline_qualifier"])]
    return (metrics.assign(baseline=base, unit=metrics["unit"].map(w.unit, na_action="ignore"),
                           qualifier=metrics["qualifier"].map(w.qualifier, na_action="ignore"),
                           kind=metrics["kind"].map(w.metric_kind, na_action="ignore"))
            [["span", "value", "unit", "qualifier", "kind", "baseline", "period"]].rename(columns=w.figure_columns))


def _claims(claims: pd.DataFrame, w: Words = EN) -> pd.DataFrame:
    recognition, novelty = claims["claim_type"] == "recognition", claims["claim_type"] == "novelty"
    return (claims.assign(**{
        "recognizer type": claims["recognizer_type"].map(w.recognizer_type, na_action="ignore").where(recognition),
        "outside lead": claims["corroboration"].map(w.corroboration, na_action="ignore").where(novelty),
        "claim": claims["claim_type"].map(w.claim_type), "level": claims["level"].map(w.level),
        "kind": claims["kind"].map(w.recognition_kind, na_action="ignore")})
            [["claim", "span", "level", "recognizer type", "kind", "outside lead"]].rename(columns=w.claim_columns))


def _profile(c: Catalogue, entry_id: str, w: Words = EN) -> str:
    i = c.indicators.set_index("entry_id").loc[entry_id]
    t = c.typology.set_index("entry_id").loc[entry_id]
    yes = lambda value: _yes(value, w)  # noqa: E731
    rows = [("quantity", yes(i["n_quantities"] > 0)), ("outcome", yes(i["has_outcome"])),
            ("baseline", yes(i["has_baseline"])), ("window", yes(i["has_time_window"])),
            ("recognition", cell(w.level(i["recognition_level"])) if i["has_external_recognition"] else w.no),
            ("novelty", cell(w.level(i["novelty_level"])) if i["has_novelty_claim"] else w.no),
            ("type", w.typology(t["innovation_type"])),
            ("participation", w.typology(t["participation"])), ("origin", w.typology(t["origin"]))]
    return table(pd.DataFrame([(w.indicators[k], v) for k, v in rows], columns=list(w.profile_columns)), w)


WORDS = 6  # shared words named for a related entry


def _related(c: Catalogue, entry_id: str, w: Words = EN) -> str:
    r = c.related[c.related["entry_id"] == entry_id]
    if r.empty:
        return w.no_related
    entries = c.entries.set_index("entry_id")
    labels = c.codes.drop_duplicates("code_id").set_index("code_id")[w.code_label]
    names = c.bodies.drop_duplicates("agency_id").set_index("agency_id")["name_zh"]
    return "".join(f"- {{doc}}`{row.other} · {w.name(entries.loc[row.other])} <../../{page_name(row.other)}>`" + w.dash
                   + w.reason([labels[k] for k in row.codes], [names[b] for b in row.bodies], list(row.words[:WORDS]),
                              len(row.words) > WORDS) + "\n"
                   for row in r.itertuples())


def index_page(c: Catalogue, w: Words = EN) -> str:
    coded = c.codes[c.codes["adjudicated"]]
    modes = coded[coded["code_id"].str.startswith("mode_")].groupby("entry_id")[w.code_label].agg(w.join_codes.join)
    risks = coded[coded["code_id"].str.startswith("risk_")].groupby("entry_id")[w.code_label].agg(w.join_codes.join)
    ind = c.indicators.set_index("entry_id")
    entries = c.entries.set_index("entry_id")
    rows = [{"entry": e.entry_id, "label": w.name(entries.loc[e.entry_id]),
             "list": w.list_name(e.category), "district": w.district(e.district), "level": w.level(e.level),
             "governance modes": modes.get(e.entry_id, ""), "risk domains": risks.get(e.entry_id, ""),
             "recognition": cell(w.level(ind.loc[e.entry_id, "recognition_level"]))
             if ind.loc[e.entry_id, "has_external_recognition"] else w.no_recognition,
             "outcome reported": _yes(ind.loc[e.entry_id, "has_outcome"], w)}
            for e in c.entries.itertuples()]
    frame = pd.DataFrame(rows).rename(columns=w.index_columns)
    entry = w.index_columns["entry"]
    return "\n".join([
        w.index_head,
        w.index_intro,
        "````{only} not simplepdf\n" + w.index_filter + "````\n",
        "````{only} not simplepdf\n```{raw} html\n"
        + datatable_html(frame.assign(**{entry: [f'<a href="entries/{e}.html">{e}</a>' for e in frame[entry]]}),
                         w.index_caption, w.widget)
        + "\n```\n````\n",
        "````{only} simplepdf\n"
        # In print: in the order of the pages that follow; the stylesheet adds each entry's page.
        + table(frame.sort_values(entry).assign(**{entry: [f"{{doc}}`{e} <entries/{e}>`"
                                                           for e in frame.sort_values(entry)[entry]]}), w)
        + "````\n",
    ])
