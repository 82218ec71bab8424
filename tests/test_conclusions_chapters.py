"""The synthesis pages say what their numbers show: every glued name exists, the directions the
prose states hold on the data, and no number in their prose is typed by hand."""

import re

import pytest

from xmgov import paths
from xmgov.prose import NAMES
from xmgov.conclusions import findings
from xmgov.themes import report as themes_report

GLUED_PAGES = {"conclusions.md": findings.conclusions_facts, "key-findings.md": findings.key_findings_facts}
OWN_PAGES = (*GLUED_PAGES, "preface.md", "how-to-cite.md", "glossary.md", "methods.md")
GLUE = re.compile(r"\{glue:text\}`([^`:]+)(?::[^`]*)?`")


@pytest.fixture(scope="module")
def synthesis():
    return findings.analyse()


def prose(name: str) -> str:
    """The Markdown outside code cells, front matter and directive blocks."""
    text = (paths.CHAPTERS / name).read_text(encoding="utf-8")
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    return re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)


@pytest.mark.parametrize("page", GLUED_PAGES)
def test_every_glued_name_is_computed_and_every_computed_name_glued(page, synthesis):
    used, facts = set(GLUE.findall(prose(page))), set(GLUED_PAGES[page](synthesis))
    assert used, f"{page}: no glued numbers found"
    assert not used - facts, f"{page}: glue names not computed: {sorted(used - facts)}"
    assert not facts - used, f"{page}: names computed but never glued: {sorted(facts - used)}"


def test_directions_stated_in_the_prose_hold(synthesis):
    s, f = synthesis, findings.conclusions_facts(synthesis)
    counts, book = themes_report.code_counts(s.themes), s.themes.book
    modes, risks = counts[book.dimension("governance_mode")], counts[book.dimension("risk_domain")]
    assert modes.idxmax() == "mode_smart"  # "smart governance ... rewarded most"
    assert sorted(modes)[-2] == counts["mode_law"]  # "followed by 法治"
    # "Security, taken together, concerns more entries than any single risk domain"
    assert findings.security_facts(s.themes.coding)["syn_security_n"] > risks.max()
    cell = lambda code, feature: findings.cell(s, code, feature)
    assert cell("mode_law", "has_novelty_claim").pct > cell("mode_law", "has_novelty_claim").rest_pct
    assert cell("mode_law", "claims_coordination").pct > cell("mode_law", "claims_coordination").rest_pct
    assert cell("mode_politics", "has_novelty_claim").k == 0  # "never do" / "none ... claims to be first"
    assert cell("mode_politics", "any_quantity").pct < cell("mode_politics", "any_quantity").rest_pct
    assert cell("risk_safety", "has_baseline").pct > cell("risk_safety", "has_baseline").rest_pct
    assert cell("mode_smart", "any_quantity").pct > cell("mode_smart", "any_quantity").rest_pct
    # "Coordination vocabulary does not come with naming"; "nor does naming one come with better evidence"
    assert f["coordination_named_pct_a"] <= f["coordination_named_pct_not_a"] or f["coordination_named_p"] >= 0.05
    assert f["named_outcome_p"] >= 0.05
    assert f["novelty_outcome_pct_a"] > f["novelty_outcome_pct_not_a"]  # "more evidence, not less"
    assert f["novelty_recognition_pct_a"] > f["novelty_recognition_pct_not_a"]
    assert f["ev_outcome_n"] < f["ev_quantity_n"] / 2  # "activity more than results"
    assert f["syn_p05"] > 0 and findings.cells_q05(s) < f["syn_p05"]


def test_no_number_is_typed_by_hand():
    allowed = re.compile(
        NAMES  # names and conventions the book's prose check allows (licences, versions, standards)
        + r"\{(?:glue:text|numref|doc|ref|cite|cite:p|cite:t)\}`[^`]*`"  # roles
        r"|`[^`]*`"  # inline code: commands, file names
        r"|“[^”]*”|「[^」]*」"  # quotations from the source
        r"|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)|(?<!\d)(?:19|20)\d{2}(?!\d)"  # dates and years
        r"|\]\([^)]*\)|https?://\S+"  # link targets
    )
    for page in OWN_PAGES:
        path = paths.CHAPTERS / page
        if not path.is_file():
            continue
        for number, line in enumerate(prose(page).splitlines(), 1):
            rest = allowed.sub("", line)
            assert not re.search(r"\d", rest), f"{page}: a number typed by hand in prose: {line!r}"
