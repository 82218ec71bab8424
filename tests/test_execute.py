"""Running a chapter outside the book build must not touch the manifests of cached executions."""

from xmgov import execute, io



def test_run_chapter_records_its_manifest_elsewhere(tmp_path, write_chapter):
    page = write_chapter(tmp_path / "scratch.md", "t",
                         'from xmgov.book import setup\nsetup("scratch-test")')
    official = io.manifest_path("scratch-test")
    official.unlink(missing_ok=True)
    assert execute.run_chapter(page) > 0
    assert not official.exists(), "run-chapter wrote the manifest the notebook cache relies on"
