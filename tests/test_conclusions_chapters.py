"""The synthesis pages say what their numbers show: every glued name exists, the directions the
prose states hold on the data, and no number in their prose is typed by hand."""

import re

import pytest

from xmgov import paths
from xmgov.conclusions import findings

GLUED_PAGES = ("conclusions.md", "key-findings.md")
OWN_PAGES = (*GLUED_PAGES, "preface.md", "how-to-cite.md", "glossary.md", "methods.md")
GLUE = re.compile(r"\{glue:text\}`([^`:]+)(?::[^`]*)?`")


@pytest.fixture(scope="module")
def facts():
    return findings.key_facts(findings.analyse())


def prose(name: str) -> str:
    """The Markdown outside code cells, front matter and directive blocks."""
    text = (paths.CHAPTERS / name).read_text(encoding="utf-8")
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    return re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)


@pytest.mark.parametrize("page", GLUED_PAGES)
def test_every_glued_name_is_computed(page, facts):
    used = set(GLUE.findall(prose(page)))
    assert used, f"{page}: no glued numbers found"
    assert not used - set(facts), f"{page}: glue names not computed: {sorted(used - set(facts))}"


def test_directions_stated_in_the_prose_hold(facts):
    f = facts
    modes = {k: v for k, v in f.items() if re.fullmatch(r"th_n_mode_\w+", k)}
    risks = {k: v for k, v in f.items() if re.fullmatch(r"th_n_risk_\w+", k)}
    assert max(modes, key=modes.get) == "th_n_mode_smart"  # "smart governance ... rewarded most"
    assert sorted(modes.values())[-2] == f["th_n_mode_law"]  # "followed by 法治"
    assert max(risks, key=risks.get) == "th_n_risk_services"  # "the commonest domain"
    assert f["law_novelty_pct"] > f["law_novelty_rest_pct"]
    assert f["law_coordination_pct"] > f["law_coordination_rest_pct"]
    assert f["politics_novelty_k"] == 0  # "never do" / "none ... claims to be first"
    assert f["politics_quantity_pct"] < f["politics_quantity_rest_pct"]
    assert f["safety_baseline_pct"] > f["safety_baseline_rest_pct"]
    assert f["smart_quantity_pct"] > f["smart_quantity_rest_pct"]
    assert f["novelty_outcome_pct_a"] > f["novelty_outcome_pct_not_a"]  # "more evidence, not less"
    assert f["novelty_recognition_pct_a"] > f["novelty_recognition_pct_not_a"]
    assert f["co_claim_none"] + f["co_claim_single"] > f["co_claim_multi"]  # "outruns the naming"
    assert f["ev_outcome_n"] < f["ev_quantity_n"] / 2  # "activity more than results"
    assert f["syn_p05"] > 0 and f["syn_q05"] < f["syn_p05"]


def test_no_number_is_typed_by_hand():
    allowed = re.compile(
        r"\{(?:glue:text|numref|doc|ref|cite|cite:p|cite:t)\}`[^`]*`"  # roles
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
