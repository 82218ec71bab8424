"""Each analysis computed once per build and shared by every page that quotes it.

The themes, collaboration and metrics analyses feed their own chapter and also the preface, the
key findings and the conclusions. `result(name, compute)` runs `compute` once, stores the result
with the inputs it read (`xmgov.manifest.recording`) under `.cache/analyses/`, and serves it to
the next page as long as none of those inputs changed; the page's own manifest then lists those
inputs, so a change still re-executes every page that used the result. A file lock makes pages
executing in parallel wait for one computation instead of repeating it. The code an analysis
depends on is the module that computes it and every module that one imports, read from the source
(`xmgov.codegraph`), not whatever else the process computing it happened to have loaded.
"""

from __future__ import annotations

import fcntl
import os
import pickle
from pathlib import Path
from typing import Callable, TypeVar

from . import manifest, paths

CACHE = Path(os.environ.get("XMGOV_ANALYSES") or paths.ROOT / ".cache" / "analyses")
T = TypeVar("T")


def result(name: str, compute: Callable[[], T]) -> T:
    """The result of analysis `name`: from the shared cache if its inputs are unchanged."""
    CACHE.mkdir(parents=True, exist_ok=True)
    stored = CACHE / f"{name}.pickle"
    with open(CACHE / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if stored.is_file():
            try:
                record = pickle.loads(stored.read_bytes())
            except Exception:  # written by another version of the code: compute again
                record = None
            if record is not None and manifest.unchanged(record["inputs"]) is None:
                manifest.note_inputs(record["inputs"])
                return record["value"]
        with manifest.recording(compute.__module__) as seen:
            value = compute()
        tmp = stored.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps({"inputs": seen.inputs, "value": value}))
        tmp.replace(stored)
        return value
