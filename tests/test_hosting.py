"""Binder and GitHub Actions build the same environment as `make env`: one Python version, the
lock installed as it is, the package and its fonts. (repo2docker itself needs Docker, which the
tests do not have: these check the files it reads.)"""

import os
import re
import subprocess
import tomllib

import yaml
from packaging.specifiers import SpecifierSet

from xmgov import paths

BINDER = paths.ROOT / "binder"
WORKFLOWS = paths.ROOT / ".github" / "workflows"


def _make_variable(name: str) -> str:
    return re.search(rf"^{name} := (\S+)$", (paths.ROOT / "Makefile").read_text(encoding="utf-8"), re.M)[1]


def _postbuild_commands() -> list[str]:
    lines = (BINDER / "postBuild").read_text(encoding="utf-8").splitlines()
    return [line.split("#")[0].strip() for line in lines[1:] if line.split("#")[0].strip()]


def _workflow(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def _python_versions() -> dict[str, str]:
    pages = _workflow("pages.yml")["jobs"]["build"]["steps"]
    ci = _workflow("ci.yml")["jobs"]["test"]["container"]
    return {"binder/runtime.txt": (BINDER / "runtime.txt").read_text(encoding="utf-8").strip().removeprefix("python-"),
            "pages.yml": next(s["with"]["python-version"] for s in pages if "setup-python" in s.get("uses", "")),
            "ci.yml": re.fullmatch(r"python:(\d+\.\d+)-\w+", ci)[1]}


def test_binder_ci_and_pages_run_one_python_the_package_accepts():
    versions = _python_versions()
    assert len(set(versions.values())) == 1, versions
    requires = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    assert next(iter(versions.values())) + ".0" in SpecifierSet(requires)


def test_binder_reads_only_runtime_txt_and_postbuild():
    """Another environment file would be installed too (environment.yml would also override runtime.txt)."""
    assert sorted(p.name for p in BINDER.iterdir()) == ["postBuild", "runtime.txt"]
    assert not (paths.ROOT / ".binder").exists()  # repo2docker refuses both folders


def test_postbuild_installs_the_lock_and_the_package_as_make_env_does():
    commands = _postbuild_commands()
    assert commands[0] == "set -euo pipefail"  # repo2docker does not stop on a failing command otherwise
    assert f'python -m pip install --no-cache-dir "uv=={_make_variable("UV_VERSION")}"' in commands
    lock = next(c for c in commands if "requirements.lock" in c)
    assert lock.startswith("uv pip install") and "--no-deps" in lock.split()
    package = next(c for c in commands if c.endswith("-e ."))
    assert "--no-deps" in package.split()
    assert "python -m xmgov fonts" in commands
    assert any(c.startswith("jupytext-config set-default-viewer") and "myst" in c for c in commands)


def test_postbuild_is_an_executable_bash_script_in_git_too():
    script = BINDER / "postBuild"
    assert script.read_text(encoding="utf-8").startswith("#!/bin/bash\n") and os.access(script, os.X_OK)
    staged = subprocess.run(["git", "ls-files", "--stage", "binder/postBuild"], cwd=paths.ROOT,
                            capture_output=True, text=True, check=True).stdout
    assert staged.startswith("100755") or not staged, staged  # not yet added: the file mode above decides


def test_the_lock_pins_what_binder_runs():
    pinned = set(re.findall(r"^([A-Za-z0-9_.-]+)==", (paths.ROOT / "requirements.lock").read_text(encoding="utf-8"), re.M))
    assert {"jupyterlab", "jupytext", "ipykernel"} <= pinned


def test_pages_builds_the_book_and_deploys_the_site():
    workflow = _workflow("pages.yml")
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert workflow[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads the key `on` as True
    build = workflow["jobs"]["build"]["steps"]
    uses = [s.get("uses", "").split("@")[0] for s in build]
    assert uses.index("actions/configure-pages") < next(i for i, s in enumerate(build) if s.get("run") == "make book")
    upload = next(s for s in build if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == paths.HTML.relative_to(paths.ROOT).as_posix()
    deploy = workflow["jobs"]["deploy"]
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_ci_runs_what_the_readme_says():
    steps = _workflow("ci.yml")["jobs"]["test"]["steps"]
    assert steps[-1] == {"run": ".ci/run"}
