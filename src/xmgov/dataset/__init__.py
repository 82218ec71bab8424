"""The structured dataset: from the raw source and hand inputs to data/processed (see pipeline)."""

from __future__ import annotations


def bench_extraction(copies: int = 100) -> dict:
    """Time the extraction on the source text replicated `copies` times (see xmgov.dataset.bench)."""
    from .bench import bench_extraction as run

    return run(copies)
