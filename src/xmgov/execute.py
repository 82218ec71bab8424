"""Execute a chapter notebook outside the book build, as a reader re-running it would."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from . import paths


def run_chapter(path: Path | str, timeout: int = 600) -> float:
    """Execute the MyST notebook at `path` in its own folder; raise on the first failing cell."""
    import nbclient
    from myst_nb.core.read import read_myst_markdown_notebook

    path = Path(path).resolve()
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such chapter")
    notebook = read_myst_markdown_notebook(path.read_text(encoding="utf-8"), path=path)
    client = nbclient.NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    before = os.environ.get("XMGOV_MANIFESTS")
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="xmgov-manifests-") as scratch:
        os.environ["XMGOV_MANIFESTS"] = scratch  # the kernel inherits it: see xmgov.io
        try:
            client.execute()
        except nbclient.exceptions.CellExecutionError as exc:
            raise RuntimeError(f"{path.relative_to(paths.ROOT)}: a cell failed\n{exc}") from None
        finally:
            if before is None:
                os.environ.pop("XMGOV_MANIFESTS", None)
            else:
                os.environ["XMGOV_MANIFESTS"] = before
    return time.perf_counter() - start
