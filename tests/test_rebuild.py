"""With the notebook cache in place, building the book again executes no notebook, even into an
empty output folder (as after `make clean`): every chapter comes from the cache."""

import subprocess
import sys
from pathlib import Path

from xmgov import paths, toc


def test_rebuild_from_the_cache_executes_nothing(html_dir, tmp_path):
    jb = Path(sys.executable).with_name("jupyter-book")
    done = subprocess.run([str(jb), "build", str(paths.ROOT), "--builder", "html", "-W", "-n",
                           "--keep-going", "--path-output", str(tmp_path)],
                          capture_output=True, text=True, cwd=paths.ROOT)
    log = done.stdout + done.stderr
    assert done.returncode == 0, log[-3000:]
    executed = [line for line in log.splitlines() if "Executing notebook" in line]
    assert not executed, f"a rebuild with a warm cache executed notebooks: {executed}"
    notebooks = [doc for doc in toc.authored() if "kernelspec" in toc.source_file(doc).read_text()]
    assert log.count("Using cached notebook") == len(notebooks)


def test_the_chinese_edition_is_built_from_the_english_executions(html_dir, tmp_path):
    """Executing the pages once serves both editions: the Chinese pages have the English pages'
    code, and the notebook cache hands the Chinese build the English executions."""
    code = ("from pathlib import Path; from xmgov.editions import build_zh; "
            f"build_zh('html', outdir=Path({str(tmp_path / 'html')!r}), doctrees=Path({str(tmp_path / 'doctrees')!r}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=paths.ROOT)
    log = done.stdout + done.stderr
    assert done.returncode == 0, log[-3000:]
    executed = [line for line in log.splitlines() if "Executing notebook" in line]
    assert not executed, f"the Chinese build executed notebooks: {executed}"
    notebooks = [doc for doc in toc.authored() if "kernelspec" in toc.source_file(doc).read_text()]
    assert log.count("Using cached notebook") == len(notebooks)
