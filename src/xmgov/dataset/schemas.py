"""Table schemas (the data dictionary) and the writers that apply them.

Descriptions here are what the book's data dictionary shows; they say which columns are
editorial, which come from rules or overrides, and how offsets are defined.
"""

from __future__ import annotations

from .package import OFFSETS, field as f, fk, offset_fields, write_resource
from .external import TRUST
from .vocabulary import CATEGORIES, CORROBORATION, ENTRY_LEVELS, RECOGNIZER_LEVELS, RECOGNIZER_TYPES, UNKNOWN

ENTRY = f("entry_id", "string", "entry id: G01-G15 优秀基层案例, P01-P30 优秀创新项目, C01-C25 优秀创新案例",
          required=True, pattern="^[GPC][0-9]{2}$")
ENTRY_FK = fk("entry_id", "entries", "entry_id")
DISTRICTS = ["思明", "湖里", "海沧", "集美", "同安", "翔安", "citywide", "unknown"]
LEVELS = [*ENTRY_LEVELS, UNKNOWN]
KINDS = ["scale", "output", "outcome", "rate", "money", "change", "rank"]
# The rule for `kind`, after the OECD-DAC results chain (inputs → activities → outputs → outcomes).
KIND_RULE = (
    "Place of the quantity in the OECD-DAC results chain, or its form. scale: inputs and the size of "
    "what the entry pools or covers (departments, systems, records, member units). output: what the "
    "entry's activities produced or did, counted at the entry's own door: cases handled, warnings sent, "
    "sites cleared, people served or reached, beneficiaries, arrests, fraud victims dissuaded, "
    "punishments, trades completed, uptake of the model elsewhere. outcome: a change in the conditions "
    "of the target population or place that the outputs aim at (deaths fell six years running, missing "
    "people found, land re-greened). rate: a percentage or per-N level. money: any amount in 元, whatever "
    "it measures (money returned to victims may be argued an outcome: see kind_alt). change: a stated "
    "rise or fall, or a before/after comparison of a duration. rank: a position in a ranking (前30名, "
    "全省第一), never a count of people. Where a reasonable reader could class a row otherwise, kind_alt "
    "says how."
)
QUALIFIERS = ["exact", "lower_bound", "approximate", "upper_bound"]
S = "string"


def entries(workdir, rows):
    fields = [
        ENTRY,
        f("seq", "integer", "position of the bullet (●) in the source, 1-70", required=True, minimum=1, maximum=70),
        f("category", S, "award list, recovered from the numbering", required=True,
          enum=list(CATEGORIES)),
        f("category_zh", S, "award list in Chinese", required=True, enum=["优秀基层案例", "优秀创新项目", "优秀创新案例"]),
        f("number", "integer", "number within its list (the N of N.title)", required=True, minimum=1),
        f("line", "integer", "line number of the bullet in the raw file (1-based)", required=True),
        *offset_fields(what="the description (the bullet line after ●)"),
        f("title", S, "title, only where a source gives one (see title_source); empty otherwise"),
        f("title_source", S, "'article' (a numbered title line of the source) or the URL of the external page "
                             "(a high-confidence external lead); empty when there is no title"),
        f("title_start", "integer", f"start of the article's title: {OFFSETS}; empty if the title is external"),
        f("title_end", "integer", f"end of the article's title (exclusive): {OFFSETS}"),
        f("title_units", S, "units in the article title's parentheses, verbatim (each is a lead in entry_agencies)"),
        f("title_units_start", "integer", f"start of title_units: {OFFSETS}"),
        f("label_en", S, "EDITORIAL: a short descriptive English label written by the editors from the "
                         "description; not a title and not a translation", required=True),
        f("district", S, "district of the entry, only as far as the text shows", required=True, enum=DISTRICTS),
        f("district_evidence", S, "verbatim words of the entry (description or title) that justify district"),
        f("district_basis", S, "'rule: …' or 'override: <reason>' (data/annotations/entries.yaml)", required=True),
        f("level", S, "administrative level of the unit running the entry, as far as the text shows",
          required=True, enum=LEVELS),
        f("level_evidence", S, "verbatim words of the entry that justify level"),
        f("level_basis", S, "'rule: …' or 'override: <reason>'", required=True),
        f("description", S, "the bullet's text, cleaned (spam removed, see cleaning_log) and otherwise verbatim",
          required=True),
        f("has_lacuna", "boolean", "true if text was cut out of this entry (see lacunae)", required=True),
    ]
    return write_resource(workdir, "entries", rows, fields, "The 70 awarded entries, one per bullet of the source.",
                          ["entry_id"])


def agencies(workdir, rows):
    fields = [
        f("agency_id", S, "canonical agency id", required=True),
        f("name_zh", S, "canonical Chinese name", required=True),
        f("name_en", S, "English name (editorial translation)", required=True),
        f("type", S, "kind of body", required=True),
        f("level", S, "national / provincial / city / district / street / village", required=True),
        f("district", S, "district for local bodies, 'citywide' for city bodies, empty for national/provincial"),
        f("default_role", S, "role of a text mention that is not the body of a recognition claim", required=True),
        f("note", S, "basis of the district (public administrative facts) or other remark"),
    ]
    return write_resource(workdir, "agencies", rows, fields,
                          "Canonical bodies (hand-maintained data/lexicon/agencies.csv; aliases in aliases.csv).",
                          ["agency_id"])


def entry_agencies(workdir, rows):
    fields = [
        ENTRY, f("agency_id", S, "the agency", required=True),
        f("mention", S, "the agency's name exactly as written in the source at start/end", required=True),
        f("role", S, "lead: in a title's parentheses; implementer: named in the text as doing the work; "
                     "recognizer: praised, listed, awarded, published or promoted the entry (never a partner); "
                     "evaluator: measured a reported figure", required=True,
          enum=["lead", "implementer", "recognizer", "evaluator"]),
        f("source", S, "'title' (numbered title line) or 'text' (description)", required=True, enum=["title", "text"]),
        *offset_fields(what="the mention"),
    ]
    return write_resource(workdir, "entry_agencies", rows, fields,
                          "Agencies named in the source for each entry. External leads are in external_agencies.",
                          ["entry_id", "start"],
                          [ENTRY_FK, fk("agency_id", "agencies", "agency_id")])


def metrics(workdir, rows):
    fields = [
        f("metric_id", S, "metric id (source order)", required=True),
        ENTRY, f("span", S, "the quantity exactly as written at start/end", required=True), *offset_fields(),
        f("value", "number", "plain number, 万/亿 expanded (1.7亿元 → 170000000; 三分之二 → 0.666667); "
                             "for a before/after pair the 'after' value", required=True),
        f("unit", S, "unit as written (元 for money after expansion; % for percentages; 'fraction')", required=True),
        f("qualifier", S, "exact, lower_bound (以上/余/多/超/突破/上百), approximate (近/约), upper_bound (以内)",
          required=True, enum=QUALIFIERS),
        f("qualifier_zh", S, "the qualifying words as written"),
        f("measure", S, "what is counted: the words of the clause around the quantity, '#' marking its place"),
        f("kind", S, KIND_RULE, required=True, enum=KINDS),
        f("kind_alt", S, "the kind a reasonable reader could give instead (contested rows only, set by an "
                         "override with its reason): 'output' for an outcome or change that can be read as "
                         "the activity's own product (people found by the search service, trial time "
                         "shortened), 'outcome' for an output or money row that can be read as a benefit to "
                         "the target population (money returned to victims, beneficiaries)",
          enum=["output", "outcome"]),
        f("direction", S, "increase or decrease, for changes and before/after pairs", enum=["increase", "decrease"]),
        f("period", S, "period or as-of words of the same sentence, verbatim (e.g. 2022年, 试点以来)"),
        f("baseline_value", "number", "before value of a before/after pair"),
        f("baseline_unit", S, "unit of the baseline"),
        f("baseline_qualifier", S, "qualifier of the baseline", enum=QUALIFIERS),
        f("baseline_period", S, "period of the baseline, verbatim"),
        f("source", S, "rule (src/xmgov/dataset/metrics.py) or override (data/annotations/metrics.yaml)",
          required=True, enum=["rule", "override"]),
        f("note", S, "reason of the override"),
    ]
    return write_resource(workdir, "metrics", rows, fields, "Every reported quantity of the source.",
                          ["metric_id"], [ENTRY_FK])


def excluded_numbers(workdir, rows):
    fields = [
        f("exclusion_id", S, "id", required=True), ENTRY,
        f("span", S, "the excluded text at start/end", required=True), *offset_fields(),
        f("reason", S, "why it is not a metric", required=True),
        f("source", S, "rule or override", required=True, enum=["rule", "override"]),
    ]
    return write_resource(workdir, "excluded_numbers", rows, fields,
                          "Numbers in the descriptions that are not metrics (years, names, method steps …), "
                          "so that every digit of the source is accounted for.", ["exclusion_id"], [ENTRY_FK])


def claims(workdir, rows):
    fields = [
        f("claim_id", S, "claim id (source order)", required=True), ENTRY,
        f("span", S, "the claim exactly as written (for recognition: its clause)", required=True), *offset_fields(),
        f("claim_type", S, "novelty (first/pioneer) or recognition (by another body)", required=True,
          enum=["novelty", "recognition"]),
        f("cue", S, "the cue word(s) as written", required=True),
        f("level", S, "novelty: level claimed (unspecified: a bare 首创); recognition: administrative level of "
                      "the recognizing body, EDITORIAL: hand-coded (data/annotations/recognizers.csv, basis in "
                      "recognizer_level_basis)", required=True, enum=[*RECOGNIZER_LEVELS[:-1], "unspecified", UNKNOWN]),
        f("body", S, "agency_id of the recognizing body, where named"),
        f("body_mention", S, "the body's name as written"),
        f("body_start", "integer", f"start of the body's name: {OFFSETS}"),
        f("body_end", "integer", f"end of the body's name: {OFFSETS}"),
        f("kind", S, "recognition kind", enum=["award", "listing", "endorsement", "replication"]),
        f("recognized", S, "recognition only: what was recognised — 'entry' (the entry, its model, experience, "
                           "team or unit) or 'individuals' (persons honoured, e.g. 多名调解员获得…表彰; kept as "
                           "stated but not evidence about the entry); empty for novelty claims",
          enum=["entry", "individuals"]),
        f("source", S, "rule (src/xmgov/dataset/claims.py) or override (data/annotations/claims.yaml)",
          required=True, enum=["rule", "override"]),
        f("recognizer_type", S, "recognition only, EDITORIAL: the kind of body that recognised, hand-coded "
                                "(data/annotations/recognizers.csv): " + "; ".join(
                                    f"{t} = {en}" for t, _, en in RECOGNIZER_TYPES),
          enum=[t for t, _, _ in RECOGNIZER_TYPES]),
        f("recognizer_type_basis", S, "recognition only: why that type — the body named in the span (quoted "
                                      "「…」), an outside page (recognizer_source_url), or 'body not named in the text'"),
        f("recognizer_level_basis", S, "recognition only: why that level — the level of the recognising body, "
                                       "named in the span (its name quoted 「…」) or shown by an outside page; "
                                       "unknown when the body is not established"),
        f("recognizer_source_url", S, "EXTERNAL: the outside page read for the type or level, where one was (kept "
                                      "when it set neither, e.g. a page that names no organiser)"),
        f("recognizer_source_trust", S, "class of that page's publisher (data/external/source_hosts.csv); only "
                                        "the first two classes can set a type the text does not show",
          enum=list(TRUST)),
        f("recognizer_scope_words", S, "recognition only, EDITORIAL: for a giver that is not established, the words of "
                                       "the span that state a reach (全国 in a list's name, 在全省推广, 市级表彰), "
                                       "separated by '; '; they say how far a list or a promotion reaches, not who "
                                       "gave it, and do not set the level"),
        f("corroboration", S, "novelty only: what the entry's outside lead says of the claim — trusted_lead (it "
                              "states the same first and its page's publisher is an official government or court "
                              "site, or an official newspaper or broadcaster), untrusted_lead (it states the same "
                              "first, another publisher), other_first (it states a different first, so it does not "
                              "speak to this claim) or none (data/annotations/novelty_leads.csv); a lead that states "
                              "the same first repeats the claim, it does not check it", enum=list(CORROBORATION)),
        f("corroboration_url", S, "EXTERNAL: URL of that lead's page (external_leads.source_url)"),
        f("corroboration_words", S, "EXTERNAL: the words of the lead's evidence_snippet that state a first"),
    ]
    return write_resource(workdir, "claims", rows, fields, "Novelty and recognition claims.", ["claim_id"],
                          [ENTRY_FK, fk("body", "agencies", "agency_id")])


def lacunae(workdir, rows):
    fields = [
        f("lacuna_id", S, "id", required=True), ENTRY,
        *offset_fields(what="the damaged text"),
        f("text", S, "the damaged text as written", required=True),
        *offset_fields("context_", "the sentence around it"),
        f("context", S, "the sentence around it as written", required=True),
        f("line", "integer", "line in the raw file", required=True),
        f("rule", S, "detection rule", required=True),
        f("lost_figure", "boolean", "true if a figure was (probably) lost", required=True),
        f("note", S, "what was lost", required=True),
    ]
    return write_resource(workdir, "lacunae", rows, fields, "Passages cut out by the mirror (flagged, never repaired).",
                          ["lacuna_id"], [ENTRY_FK])


def cleaning_log(workdir, rows):
    fields = [
        f("log_id", S, "id", required=True), f("action", S, "what was done", required=True),
        f("text", S, "the removed text", required=True), *offset_fields(what="the removed text"),
        f("line", "integer", "line in the raw file", required=True),
        f("entry_id", S, "entry whose description it was removed from (empty: article preamble)"),
        f("note", S, "why", required=True),
    ]
    return write_resource(workdir, "cleaning_log", rows, fields, "Every change made to the raw text.",
                          ["log_id"], [ENTRY_FK])


def gaps(workdir, rows):
    fields = [f("gap_id", S, "id", required=True), f("what", S, "what is missing", required=True),
              f("stated_in_source", S, "what the source says", required=True), f("why", S, "why", required=True)]
    return write_resource(workdir, "gaps", rows, fields, "Documented gaps: what the data cannot contain and why.",
                          ["gap_id"])


def external_leads(workdir, rows):
    fields = [
        ENTRY, f("seq", "integer", "bullet_index of the lead = entries.seq", required=True),
        f("confidence_stated", S, "confidence given by the compilers", required=True,
          enum=["high", "medium", "low"]),
        f("source_trust", S, "who publishes the page (data/external/source_hosts.csv); the least trusted "
                             "of its URLs", required=True, enum=list(TRUST)),
        f("confidence", S, "confidence used: the stated one, except that a high lead whose page is not "
                           "an official government or court site or official newspaper or broadcaster "
                           "is used as medium", required=True, enum=["high", "medium", "low"]),
        f("use", S, "fact (high), reported_elsewhere (medium), not_used (low)", required=True,
          enum=["fact", "reported_elsewhere", "not_used"]),
        f("title_elsewhere", S, "EXTERNAL: title on the external page (not from the article)"),
        f("title_note", S, "EXTERNAL: the compilers' note on the title (入围 = shortlist, 报道用名 = news name …)"),
        f("lead_units_text", S, "EXTERNAL: the compilers' lead_units text, verbatim"),
        f("source_url", S, "EXTERNAL: URL(s) of the page(s)", required=True),
        f("evidence_snippet", S, "EXTERNAL: verbatim fragment of the page"),
    ]
    return write_resource(workdir, "external_leads", rows, fields,
                          "External leads (data/external/external_leads.csv) and how each is used. "
                          "Nothing here comes from the article.", ["seq"], [ENTRY_FK])


def external_agencies(workdir, rows):
    fields = [
        ENTRY, f("agency_id", S, "the agency", required=True),
        f("mention", S, "EXTERNAL: name as written in the lead's lead_units", required=True),
        f("role", S, "lead (high-confidence lead: a fact) or reported_elsewhere (medium: only reported "
                     "elsewhere as running the initiative)", required=True, enum=["lead", "reported_elsewhere"]),
        f("confidence", S, "confidence of the lead, as used (external_leads.confidence)", required=True,
          enum=["high", "medium"]),
        f("source_trust", S, "who publishes the page (external_leads.source_trust)", required=True,
          enum=list(TRUST)),
        f("source_url", S, "EXTERNAL: URL of the page", required=True),
    ]
    return write_resource(workdir, "external_agencies", rows, fields,
                          "Agencies tied to entries by external pages (not by the article); no offsets.",
                          ["entry_id", "agency_id", "role"], [ENTRY_FK, fk("agency_id", "agencies", "agency_id")])
