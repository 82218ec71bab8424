"""`xmgov dist` on a small made-up book: the release is complete, the same bytes every time,
verified by its SHA256SUMS (a changed file is named), and a missing or stale input is an error
that names the file and what to run."""

import os
import shutil
import subprocess
import zipfile

import pytest

from xmgov import citation, dist, paths, publishing
from xmgov.__main__ import main

VERSION = str(citation.metadata()["version"])
CARRIED = ("CITATION.cff", ".zenodo.json", "CHANGELOG.md", "LICENSE.md", "pyproject.toml")


def write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def root(tmp_path):
    """A built book in miniature: the site, one PDF, the data package, figures and tables."""
    top = tmp_path / "book"
    for name in CARRIED:
        write(top / name, (paths.ROOT / name).read_bytes())
    write(top / "_toc.yml", "format: jb-book\nroot: intro\n")
    write(top / "_build/html/index.html", '<meta http-equiv="Refresh" content="0; url=intro.html" />')
    write(top / "_build/html/intro.html", f"<footer>{publishing.release_line()}</footer>")
    write(top / "_build/html/chapters/themes.html", "<p>主题</p>")
    write(top / "_build/html/_static/xmgov.css", "body {}")
    write(top / "_build/pdf/xmgov-book.pdf", b"%PDF-1.7 made up")
    write(top / "_build/pdf/inputs.sha256", "not released")
    write(top / "data/processed/datapackage.json", '{"name": "xmgov"}')
    write(top / "data/processed/entries.csv", "entry_id\nP01\n")
    write(top / "data/processed/themes/coding_first.csv", "entry_id\nP01\n")
    write(top / "_artifacts/figures/fig-themes-terms.svg", "<svg/>")
    write(top / "_artifacts/tables/tab-themes-terms.csv", "term\n法治\n")
    return top


def release(root, out=None):
    return dist.build(root, out=out, data_check=lambda: [])


def test_the_release_holds_every_file_and_verifies(root):
    folder = release(root)
    assert folder == root / "dist" / f"xmgov-{VERSION}" and folder.stat().st_mode & 0o777 == 0o755
    assert sorted(p.name for p in folder.iterdir()) == sorted([
        f"xmgov-{VERSION}-site.zip", f"xmgov-{VERSION}-data.zip", f"xmgov-{VERSION}.pdf",
        "CITATION.cff", ".zenodo.json", "CHANGELOG.md", "LICENSE.md", "SHA256SUMS"])
    assert dist.verify(folder) == []
    assert (folder / f"xmgov-{VERSION}.pdf").read_bytes() == b"%PDF-1.7 made up"
    with zipfile.ZipFile(folder / f"xmgov-{VERSION}-site.zip") as site:
        assert site.namelist() == [f"xmgov-{VERSION}-site/{n}" for n in
                                   ("_static/xmgov.css", "chapters/themes.html", "index.html", "intro.html")]
    with zipfile.ZipFile(folder / f"xmgov-{VERSION}-data.zip") as data:
        assert sorted(n.split("/", 1)[1] for n in data.namelist()) == [
            "datapackage.json", "entries.csv", "figures/fig-themes-terms.svg",
            "tables/tab-themes-terms.csv", "themes/coding_first.csv"]
        assert data.read(f"xmgov-{VERSION}-data/tables/tab-themes-terms.csv").decode() == "term\n法治\n"
    assert list((root / "dist").iterdir()) == [folder]  # no temporary folder left behind


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="coreutils' sha256sum is not installed")
def test_sha256sum_accepts_the_sums_file(root):
    folder = release(root)
    done = subprocess.run(["sha256sum", "--check", "--strict", "SHA256SUMS"], cwd=folder,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_two_releases_of_the_same_book_are_the_same_bytes(root, tmp_path):
    first = release(root, out=tmp_path / "one")
    for path in root.rglob("*"):  # other times and permissions on disk must not reach the release
        os.utime(path, (1_900_000_000, 1_900_000_000))
    (root / "_build/html/intro.html").chmod(0o600)
    second = release(root, out=tmp_path / "two")
    for path in sorted(first.iterdir()):
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name
    with zipfile.ZipFile(first / f"xmgov-{VERSION}-site.zip") as site:
        assert {(i.date_time, i.external_attr >> 16) for i in site.infolist()} == {((1980, 1, 1, 0, 0, 0), 0o100644)}


def test_zip_entries_are_sorted_whatever_order_they_come_in(tmp_path):
    a, b = write(tmp_path / "a.txt", "a"), write(tmp_path / "b.txt", "b")
    dist.write_zip(tmp_path / "out.zip", {"top/b.txt": b, "top/a.txt": a})
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:
        assert archive.namelist() == ["top/a.txt", "top/b.txt"]


def test_several_pdfs_keep_their_stems_with_the_version():
    assert dist.pdf_names(["xmgov-book"], "1.0") == {"xmgov-book": "xmgov-1.0.pdf"}
    assert dist.pdf_names(["xmgov-book", "xmgov-print"], "1.0") == {
        "xmgov-book": "xmgov-book-1.0.pdf", "xmgov-print": "xmgov-print-1.0.pdf"}


def test_a_second_release_replaces_the_first_whole(root):
    folder = release(root)
    write(folder / "stray.txt", "left from before")
    write(root / "_build/html/intro.html", f"<footer>{publishing.release_line()} changed</footer>")
    assert release(root) == folder and not (folder / "stray.txt").exists()
    assert dist.verify(folder) == [] and list((root / "dist").iterdir()) == [folder]


def test_a_failed_release_leaves_the_previous_one_and_nothing_half_written(root, monkeypatch):
    folder = release(root)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    def broken(target, members):
        target.write_bytes(b"half a zip")
        raise OSError("disk full")

    monkeypatch.setattr(dist, "write_zip", broken)
    with pytest.raises(OSError, match="disk full"):
        release(root)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert list((root / "dist").iterdir()) == [folder]


def test_a_changed_file_fails_verification_naming_it(root):
    folder = release(root)
    data = folder / f"xmgov-{VERSION}-data.zip"
    content = bytearray(data.read_bytes())
    content[len(content) // 2] ^= 0xFF  # one byte changed
    data.write_bytes(bytes(content))
    assert dist.verify(folder) == [f"{data}: its sha256 does not match SHA256SUMS"]


def test_missing_and_unlisted_files_fail_verification(root):
    folder = release(root)
    (folder / "LICENSE.md").unlink()
    write(folder / "notes.txt", "added later")
    assert dist.verify(folder) == [f"{folder / 'LICENSE.md'}: listed in SHA256SUMS but missing",
                                   f"{folder / 'notes.txt'}: not listed in SHA256SUMS"]


def test_an_expected_file_missing_from_the_sums_as_well_is_named(root):
    folder = release(root)
    (folder / "CHANGELOG.md").unlink()
    sums = folder / "SHA256SUMS"
    sums.write_text("".join(line for line in sums.read_text().splitlines(keepends=True)
                            if not line.endswith("  CHANGELOG.md\n")))
    assert dist.verify(folder) == [f"{folder / 'CHANGELOG.md'}: missing from the release"]


def test_verify_from_the_command_line(root, capsys):
    folder = release(root)
    assert main(["dist", "--verify", str(folder)]) == 0
    (folder / f"xmgov-{VERSION}.pdf").write_bytes(b"another PDF")
    assert main(["dist", "--verify", str(folder)]) == 1
    assert f"xmgov-{VERSION}.pdf: its sha256 does not match SHA256SUMS" in capsys.readouterr().err


@pytest.mark.parametrize("remove, error, message", [
    ("_build/html/index.html", FileNotFoundError, r"_build/html/index\.html is missing: .*run `make book`"),
    ("_build/html/intro.html", FileNotFoundError, r"_build/html/intro\.html is missing: .*run `make book`"),
    ("_build/pdf/xmgov-book.pdf", FileNotFoundError, r"_build/pdf holds no PDF: .*run `make book`"),
    ("data/processed/datapackage.json", FileNotFoundError, r"datapackage\.json is missing: .*run `make data`"),
    ("_artifacts/tables", FileNotFoundError, r"_artifacts/tables is missing: no tables are published; run `make book`"),
    ("LICENSE.md", FileNotFoundError, r"LICENSE\.md is missing"),
])
def test_a_missing_input_is_an_error_naming_it(root, remove, error, message):
    target = root / remove
    shutil.rmtree(target) if target.is_dir() else target.unlink()
    with pytest.raises(error, match=message):
        release(root)
    assert not (root / "dist").exists()


def test_stale_data_is_an_error_naming_the_folder_and_the_fix(root):
    with pytest.raises(ValueError, match=r"data/processed is out of date with its inputs; run `make data`, "
                                         r"then `make book`:\n  differs: entries\.csv"):
        dist.build(root, data_check=lambda: ["differs: entries.csv"])
    assert not (root / "dist").exists()


def test_a_site_built_for_another_release_is_refused(root):
    write(root / "_build/html/intro.html", "<footer>version 0.0.1</footer>")
    with pytest.raises(ValueError, match=r"intro\.html was built for another release .* run `make book` again"):
        release(root)


def test_disagreeing_metadata_stop_the_release_before_anything_is_read(root):
    (root / "CHANGELOG.md").write_text("# Changelog\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"metadata disagree:\n  .*CHANGELOG\.md: no entry for version"):
        release(root)


def test_a_data_folder_named_like_the_published_figures_is_refused(root):
    write(root / "data/processed/figures/fig-themes-terms.svg", "<svg/>")
    with pytest.raises(ValueError, match="would have the same name in the data zip"):
        release(root)


def test_the_release_of_the_built_book(html_dir, pdf_path, tmp_path):
    """The real thing, into a temporary folder: every file there and verified."""
    folder = dist.build(paths.ROOT, out=tmp_path)
    assert dist.verify(folder) == []
    with zipfile.ZipFile(folder / f"xmgov-{VERSION}-site.zip") as site:
        assert f"xmgov-{VERSION}-site/index.html" in site.namelist()
    with zipfile.ZipFile(folder / f"xmgov-{VERSION}-data.zip") as data:
        names = set(data.namelist())
    assert f"xmgov-{VERSION}-data/datapackage.json" in names
    assert any(n.startswith(f"xmgov-{VERSION}-data/figures/fig-") for n in names)
