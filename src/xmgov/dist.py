"""`python -m xmgov dist`: the release as files anyone can archive and cite.

After `make book`, dist/xmgov-<version>/ holds the web book (a zip of _build/html), every PDF
with the version in its name, the data package (data/processed with its datapackage.json, and
the published figures and tables) as a zip, CITATION.cff, .zenodo.json, CHANGELOG.md,
LICENSE.md and SHA256SUMS (as `sha256sum -c` reads it). The zips hold their entries sorted, with
one fixed date and mode, so the same inputs give the same bytes. The folder is written under a
temporary name and renamed into place, so a failed run leaves no half-written release.
`--verify <folder>` checks that every file is there and matches SHA256SUMS.
"""

from __future__ import annotations

import hashlib
import html
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from . import citation, paths, publishing, release, toc

CARRIED = ("CITATION.cff", ".zenodo.json", "CHANGELOG.md", "LICENSE.md")
SUMS = "SHA256SUMS"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can hold: no build time inside
ZIP_MODE = 0o100644 << 16  # a regular file, rw-r--r--, as Unix zip tools record it
SUM_LINE = re.compile(r"^(?P<digest>[0-9a-f]{64}) [ *](?P<name>.+)$")


def folder_name(version: str) -> str:
    return f"xmgov-{version}"


def site_zip(version: str) -> str:
    return f"{folder_name(version)}-site.zip"


def data_zip(version: str) -> str:
    return f"{folder_name(version)}-data.zip"


def pdf_names(stems: list[str], version: str) -> dict[str, str]:
    """Stem -> released name: one PDF is the book itself; several keep their stems."""
    if len(stems) == 1:
        return {stems[0]: f"{folder_name(version)}.pdf"}
    return {stem: f"{stem}-{version}.pdf" for stem in stems}


def _files(folder: Path) -> list[Path]:
    return sorted((p for p in folder.rglob("*") if p.is_file()), key=lambda p: p.relative_to(folder).as_posix())


def write_zip(target: Path, members: dict[str, Path]) -> None:
    """A zip of `members` (name in the archive -> file) whose bytes depend only on their contents."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = ZIP_MODE
            with members[name].open("rb") as source, archive.open(info, "w") as sink:
                shutil.copyfileobj(source, sink, 1 << 20)


def sha256(path: Path) -> str:
    found = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            found.update(block)
    return found.hexdigest()


def _require(path: Path, what: str, run: str = "make book") -> Path:
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: {what}; run `{run}` first")
    return path


def inputs(root: Path) -> dict[str, dict[str, Path]]:
    """What the release is made of, each checked to exist (an error names the file and the fix)."""
    html_dir = root / paths.HTML.relative_to(paths.ROOT)
    _require(html_dir / "index.html", "the web book is not built")
    first = _require(html_dir / f"{toc.documents(root / '_toc.yml')[0]}.html", "the web book is not built")
    line = html.escape(publishing.release_line(citation.load(root / "CITATION.cff")), quote=False)
    if line not in first.read_text(encoding="utf-8"):
        raise ValueError(f"{first} was built for another release (its footer does not say {line!r}); "
                         "run `make book` again")
    pdf_dir = root / paths.PDF_DIR.relative_to(paths.ROOT)
    pdfs = sorted(pdf_dir.glob("*.pdf")) if pdf_dir.is_dir() else []
    if not pdfs:
        raise FileNotFoundError(f"{pdf_dir} holds no PDF: the PDF book is not built; run `make book` first")
    processed = root / paths.PROCESSED.relative_to(paths.ROOT)
    _require(processed / "datapackage.json", "the data package is not built", run="make data")
    data = {p.relative_to(processed).as_posix(): p for p in _files(processed)}
    for kind in ("figures", "tables"):
        folder = _require(root / paths.ARTIFACTS.name / kind, f"no {kind} are published")
        for path in _files(folder):
            name = f"{kind}/{path.relative_to(folder).as_posix()}"
            if name in data:
                raise ValueError(f"{path} and {processed / name} would have the same name in the data zip")
            data[name] = path
    return {"site": {p.relative_to(html_dir).as_posix(): p for p in _files(html_dir)},
            "data": data,
            "pdfs": {p.stem: p for p in pdfs},
            "carried": {name: _require(root / name, "every release carries it", run=f"git checkout -- {name}")
                        for name in CARRIED}}


def _write_release(folder: Path, version: str, found: dict) -> None:
    top = folder_name(version)
    write_zip(folder / site_zip(version), {f"{top}-site/{name}": p for name, p in found["site"].items()})
    write_zip(folder / data_zip(version), {f"{top}-data/{name}": p for name, p in found["data"].items()})
    for stem, name in pdf_names(sorted(found["pdfs"]), version).items():
        shutil.copyfile(found["pdfs"][stem], folder / name)
    for name, source in found["carried"].items():
        shutil.copyfile(source, folder / name)
    sums = "".join(f"{sha256(p)}  {p.name}\n" for p in sorted(folder.iterdir()))
    (folder / SUMS).write_text(sums, encoding="utf-8")


def build(root: Path = paths.ROOT, out: Path | None = None,
          data_check: Callable[[], list[str]] | None = None) -> Path:
    """Write dist/xmgov-<version>/ from the built book in `root`; returns the folder.
    `data_check` lists how data/processed differs from its inputs (default: rebuild and compare)."""
    wrong = release.problems(root)
    if wrong:
        raise ValueError("the release's metadata disagree:\n  " + "\n  ".join(wrong))
    version = str(citation.load(root / "CITATION.cff")["version"])
    found = inputs(root)
    if data_check is None:
        from .datapackage import outdated as data_check
    stale = data_check()
    if stale:
        raise ValueError(f"{root / paths.PROCESSED.relative_to(paths.ROOT)} is out of date with its inputs; "
                         "run `make data`, then `make book`:\n  " + "\n  ".join(stale))
    out = out or root / "dist"
    out.mkdir(parents=True, exist_ok=True)
    target = out / folder_name(version)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=out))
    try:
        work.chmod(0o755)  # mkdtemp makes it private; the release is for everyone to read
        _write_release(work, version, found)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}-old-", dir=out))
            target.rename(old / target.name)
            work.rename(target)
            shutil.rmtree(old)
        else:
            work.rename(target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return target


def read_sums(path: Path) -> dict[str, str]:
    """Name -> sha256 from a SHA256SUMS file (an unreadable line is an error naming it)."""
    found = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = SUM_LINE.match(line)
        if not match:
            raise ValueError(f"{path}, line {number}: not `<sha256>  <file>`: {line!r}")
        found[match["name"]] = match["digest"]
    return found


def verify(folder: Path) -> list[str]:
    """Every way `folder` differs from a complete release whose files match SHA256SUMS ([]: none)."""
    sums_file = folder / SUMS
    if not folder.name.startswith(folder_name("")):
        return [f"{folder}: not a release folder (named `xmgov-<version>`)"]
    if not sums_file.is_file():
        return [f"{sums_file} is missing"]
    sums = read_sums(sums_file)
    present = {p.name for p in folder.iterdir() if p.is_file()} - {SUMS}
    found = [f"{folder / name}: listed in {SUMS} but missing" for name in sorted(set(sums) - present)]
    found += [f"{folder / name}: not listed in {SUMS}" for name in sorted(present - set(sums))]
    found += [f"{folder / name}: its sha256 does not match {SUMS}"
              for name in sorted(present & set(sums)) if sha256(folder / name) != sums[name]]
    version = folder.name.removeprefix(folder_name(""))
    expected = {site_zip(version), data_zip(version), *CARRIED}
    found += [f"{folder / name}: missing from the release" for name in sorted(expected - present - set(sums))]
    if not any(name.endswith(f"-{version}.pdf") for name in present):
        found.append(f"{folder}: holds no PDF named for version {version} (`*-{version}.pdf`)")
    if (folder / "CITATION.cff").is_file():
        said = str(citation.load(folder / "CITATION.cff")["version"])
        if said != version:
            found.append(f"{folder / 'CITATION.cff'} says version {said}, the folder is named for {version}")
    return found
