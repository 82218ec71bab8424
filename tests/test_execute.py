"""Running a page outside the book build must not touch the manifests of cached executions, and
a failing cell names its page."""

import pytest

from xmgov import execute, manifest


def test_run_chapter_records_its_manifest_elsewhere(tmp_path, write_chapter):
    page = write_chapter(tmp_path / "scratch.md", "t",
                         'from pathlib import Path\nfrom xmgov import manifest\n'
                         'manifest.begin("scratch-test")\nPath("ran.txt").write_text(str(6 * 7))')
    official = manifest.manifest_path("scratch-test")
    official.unlink(missing_ok=True)
    execute.run_chapter(page)
    assert (tmp_path / "ran.txt").read_text() == "42", "the page did not run, or not in its own folder"
    assert not official.exists(), "run-chapter wrote the manifest the notebook cache relies on"


def test_a_failing_cell_names_the_page(tmp_path, write_chapter, monkeypatch):
    from xmgov import paths

    monkeypatch.setattr(paths, "ROOT", tmp_path)
    page = write_chapter(tmp_path / "broken.md", "b", "raise ValueError('boom')")
    with pytest.raises(RuntimeError, match=r"broken\.md: a cell failed(.|\n)*boom"):
        execute.run_chapter(page)


def test_longest_pages_start_first_and_dependents_wait():
    seconds = {"metrics": 17, "themes": 12, "collaboration": 11, "conclusions": 9, "glossary": 1}
    after = {"conclusions": ("themes", "collaboration", "metrics")}
    plan = execute.schedule(list(seconds), after, seconds)
    assert next(plan) == ["metrics", "themes", "collaboration", "glossary"]
    assert plan.send("themes") == [] and plan.send("metrics") == []
    assert plan.send("collaboration") == ["conclusions"]


def test_a_page_whose_dependency_is_not_executed_is_ready_at_once():
    plan = execute.schedule(["conclusions"], {"conclusions": ("themes",)}, {})
    assert next(plan) == ["conclusions"]


def test_every_page_of_the_book_gets_its_turn():
    """Finishing pages in the order they start lets every page start: AFTER names real pages and
    has no circle."""
    from xmgov.pages import AFTER, PAGES

    assert set(AFTER) <= set(PAGES) and all(set(deps) <= set(PAGES) for deps in AFTER.values())
    plan = execute.schedule(list(PAGES), AFTER, {})
    started = list(next(plan))
    for page in started:  # grows while iterating, as the executor's queue does
        try:
            started += plan.send(page)
        except StopIteration:
            break
    assert sorted(started) == sorted(PAGES)
