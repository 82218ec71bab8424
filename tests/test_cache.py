"""Never stale: a page records every project file it opens, and a change to any of them
re-executes exactly the pages that read it (unit tests here; the whole book in
test_staleness_book.py)."""

import pytest

from xmgov import cache, manifest, paths


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "ROOT", tmp_path)
    monkeypatch.setattr(manifest, "MANIFESTS", tmp_path / ".cache" / "chapters")
    monkeypatch.chdir(tmp_path)
    for folder in ("chapters", "data", "src"):
        (tmp_path / folder).mkdir()
    (tmp_path / "requirements.lock").write_text("pandas==2\n")
    (tmp_path / "_toc.yml").write_text(
        "format: jb-book\nroot: intro\nchapters:\n  - file: chapters/themes\n  - file: chapters/metrics\n")
    (tmp_path / "intro.md").write_text("# Intro\n")
    yield tmp_path
    monkeypatch.setattr(manifest, "_page_record", None)


def _run(page, reads=(), writes=()):
    """What a page's kernel does: begin recording, open files, stop."""
    manifest.begin(page)
    for path in reads:
        path.read_bytes()
    for path in writes:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("out")
    manifest._page_record = None


def _cached(root, name, value, write_chapter):
    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn

    path = root / "chapters" / f"{name}.md"
    write_chapter(path, name, f"print({value})")
    store = get_cache(root / ".jupyter_cache")
    store.cache_notebook_bundle(CacheBundleIn(cache.read_notebook(path), str(path)),
                                check_validity=False)
    return store, path


def test_the_hook_records_reads_writes_and_the_environment(project):
    data, figure = project / "data" / "entries.csv", project / "_artifacts" / "fig.svg"
    data.write_text("a\n1\n")
    _run("themes", reads=[data], writes=[figure])
    record = manifest.read_manifest("themes")
    assert record["inputs"] == {"data/entries.csv": manifest.sha256(data),
                                "requirements.lock": manifest.sha256(project / "requirements.lock")}
    assert record["outputs"] == ["_artifacts/fig.svg"]


def test_files_outside_the_project_and_tool_caches_are_not_inputs(project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere") / "x.txt"
    outside.write_text("x")
    jupyter = project / ".jupyter_cache" / "db"
    jupyter.parent.mkdir()
    jupyter.write_text("x")
    _run("themes", reads=[outside, jupyter])
    assert set(manifest.read_manifest("themes")["inputs"]) == {"requirements.lock"}


def test_bytecode_counts_as_its_source(project):
    source = project / "src" / "mod.py"
    source.write_text("X = 1\n")
    pyc = project / "src" / "__pycache__" / "mod.cpython-311.pyc"
    pyc.parent.mkdir()
    pyc.write_bytes(b"\0")
    assert manifest.project_file(pyc) == "src/mod.py"


def test_only_the_page_that_read_the_changed_file_is_dropped(project, write_chapter):
    entries, metrics = project / "data" / "entries.csv", project / "data" / "metrics.csv"
    entries.write_text("a\n1\n")
    metrics.write_text("b\n2\n")
    store, themes = _cached(project, "themes", 1, write_chapter)
    _, other = _cached(project, "metrics", 2, write_chapter)
    _run("themes", reads=[entries])
    _run("metrics", reads=[metrics])

    assert cache.refresh(project / ".jupyter_cache") == []
    entries.write_text("a\n999\n")
    dropped = cache.refresh(project / ".jupyter_cache")
    assert [(d.page, d.reason) for d in dropped] == [("themes", "input data/entries.csv changed")]
    assert cache.cached_record(store, themes) is None
    assert cache.cached_record(store, other) is not None
    assert list(cache.uncached(project / ".jupyter_cache")) == ["themes"]


def test_a_change_of_environment_drops_every_page(project, write_chapter):
    for value, name in enumerate(("themes", "metrics")):
        _cached(project, name, value, write_chapter)
        _run(name)
    (project / "requirements.lock").write_text("pandas==3\n")
    assert sorted(d.page for d in cache.refresh(project / ".jupyter_cache")) == ["metrics", "themes"]


def test_missing_outputs_make_a_page_stale(project):
    figure = project / "_artifacts" / "figures" / "fig-a-b.svg"
    _run("themes", writes=[figure])
    assert cache.stale_reason("themes") is None
    figure.unlink()
    assert cache.stale_reason("themes") == "output _artifacts/figures/fig-a-b.svg is missing"


def test_a_page_without_a_record_is_stale(project):
    assert cache.stale_reason("never") == "it has no record of its inputs"


def test_the_pages_come_from_the_table_of_contents(project, write_chapter):
    write_chapter(project / "chapters" / "themes.md", "t", "1")
    write_chapter(project / "chapters" / "metrics.md", "m", "1")
    write_chapter(project / "chapters" / "unlisted.md", "u", "1")
    assert list(cache.executed_pages()) == ["themes", "metrics"]


def test_a_notebook_reads_the_same_every_time_so_its_download_does_too(tmp_path, write_chapter):
    import nbformat

    page = write_chapter(tmp_path / "page.md", "Page", "x = 1")
    first, second = cache.read_notebook(page), cache.read_notebook(page)
    assert nbformat.writes(first) == nbformat.writes(second)
    assert [c.id for c in first.cells] == ["cell-0", "cell-1"]
