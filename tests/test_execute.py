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
