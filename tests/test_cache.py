"""A data change must re-execute exactly the chapters that read the changed file."""

import pytest

from xmgov import cache, io, paths



@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "ROOT", tmp_path)
    monkeypatch.setattr(paths, "CHAPTERS", tmp_path / "chapters")
    monkeypatch.setattr(io, "MANIFESTS", tmp_path / ".cache" / "chapters")
    monkeypatch.setattr(io, "_chapter", None)
    (tmp_path / "chapters").mkdir()
    (tmp_path / "data").mkdir()
    return tmp_path


def _cached(root, name, value, write_chapter):
    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn

    path = root / "chapters" / f"{name}.md"
    write_chapter(path, name, f"print({value})")
    store = get_cache(root / ".jupyter_cache")
    store.cache_notebook_bundle(CacheBundleIn(cache._read_notebook(path), str(path)),
                                check_validity=False)
    return store, path


def _run(name, reads):
    io.begin_chapter(name)
    for path in reads:
        io.tracked(path)
    io._chapter = None


def test_only_the_chapter_that_read_the_changed_file_is_dropped(project, write_chapter):
    entries, metrics = project / "data" / "entries.csv", project / "data" / "metrics.csv"
    entries.write_text("a\n1\n")
    metrics.write_text("b\n2\n")
    store, themes = _cached(project, "themes", 1, write_chapter)
    _, evidence = _cached(project, "metrics", 2, write_chapter)
    _run("themes", [entries])
    _run("metrics", [metrics])

    assert cache.refresh(project / ".jupyter_cache") == []
    entries.write_text("a\n999\n")
    dropped = cache.refresh(project / ".jupyter_cache")
    assert [(d.chapter, d.reason) for d in dropped] == [("themes", "input data/entries.csv changed")]
    with pytest.raises(KeyError):
        store.match_cache_notebook(cache._read_notebook(themes))
    assert store.match_cache_notebook(cache._read_notebook(evidence))


def test_missing_outputs_make_a_chapter_stale(project):
    figure = project / "_artifacts" / "figures" / "fig-a-b.svg"
    figure.parent.mkdir(parents=True)
    figure.write_text("<svg/>")
    io.begin_chapter("themes")
    io.record_output(figure)
    io._chapter = None
    assert cache.stale_reason("themes") is None
    figure.unlink()
    assert cache.stale_reason("themes") == "output _artifacts/figures/fig-a-b.svg is missing"


def test_a_chapter_never_run_here_is_not_stale(project):
    assert cache.stale_reason("never") is None


def test_a_change_to_a_module_the_chapter_ran_makes_it_stale(project, monkeypatch):
    module = project / "src" / "xmgov" / "fake.py"
    module.parent.mkdir(parents=True)
    module.write_text("X = 1\n")
    monkeypatch.setattr(io, "loaded_code", lambda: {"src/xmgov/fake.py": io.sha256(module)})
    data = project / "data" / "entries.csv"
    data.write_text("a\n1\n")
    _run("themes", [data])
    assert cache.stale_reason("themes") is None
    module.write_text("X = 2\n")
    assert cache.stale_reason("themes") == "code src/xmgov/fake.py changed"


def test_loaded_code_covers_the_xmgov_modules_in_use():
    import xmgov.figures  # noqa: F401  (imported for the check)

    code = io.loaded_code()
    assert "src/xmgov/figures.py" in code and "src/xmgov/io.py" in code
    assert all(path.startswith("src/xmgov/") for path in code)
