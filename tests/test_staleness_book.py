"""Never stale, on the whole book: after a build, changing one input of each kind makes exactly
the pages that read it stale. Runs on a copy of the built project (its records and inputs)."""

import shutil

import pytest

from xmgov import cache, paths

pytestmark = pytest.mark.book
SKIP = shutil.ignore_patterns(".venv", ".git", "_build", ".jupyter_cache", ".pytest_cache", "__pycache__")
EVERY_PAGE = {"preface", "key-findings", "how-to-cite", "data", "themes", "collaboration", "metrics",
              "conclusions", "data-dictionary", "codebook", "methods", "glossary"}
# (the input changed, pages that must re-execute, pages that must not)
CASES = [
    ("data/processed/entries.csv", {"data", "themes", "collaboration", "metrics", "conclusions",
                                    "key-findings", "preface"}, {"glossary", "codebook"}),
    ("data/processed/datapackage.json", {"data-dictionary", "how-to-cite", "data"}, {"glossary", "codebook"}),
    ("data/themes/codebook.yaml", {"codebook", "themes", "key-findings", "conclusions"},
     {"glossary", "data", "how-to-cite", "methods", "collaboration", "metrics", "data-dictionary"}),
    ("CITATION.cff", {"how-to-cite"}, {"themes", "data", "glossary", "codebook"}),
    ("data/raw/SOURCE.yaml", {"data"}, {"themes", "glossary", "codebook", "how-to-cite"}),
    ("data/glossary_methods.csv", {"glossary"}, EVERY_PAGE - {"glossary"}),
    ("data/bench/results.json", {"methods"}, EVERY_PAGE - {"methods"}),
    ("src/xmgov/glossary.py", {"glossary"}, EVERY_PAGE - {"glossary"}),
    ("src/xmgov/themes/segment.py", {"themes", "key-findings", "conclusions"},
     {"glossary", "data", "how-to-cite", "methods", "codebook", "data-dictionary"}),
    ("requirements.lock", EVERY_PAGE, set()),
]


@pytest.fixture(scope="module")
def built(html_dir, tmp_path_factory):
    """A copy of the built project: sources, data, records of the executions, figures."""
    copy = tmp_path_factory.mktemp("built") / "book"
    shutil.copytree(paths.ROOT, copy, ignore=SKIP)
    manifests = copy / ".cache" / "chapters"
    assert cache.stale_pages(copy, manifests) == {}, "the built book is already stale"
    return copy, manifests


@pytest.mark.parametrize("changed, stale, fresh", CASES, ids=[c[0] for c in CASES])
def test_a_change_re_executes_exactly_the_pages_that_read_it(built, changed, stale, fresh):
    root, manifests = built
    path = root / changed
    original = path.read_bytes()
    path.write_bytes(original + b"\n")
    try:
        found = cache.stale_pages(root, manifests)
    finally:
        path.write_bytes(original)
    assert stale <= set(found), f"{changed}: should re-execute {sorted(stale - set(found))}"
    assert not fresh & set(found), f"{changed}: should not re-execute {sorted(fresh & set(found))}"
    assert all(changed in reason for reason in found.values())
