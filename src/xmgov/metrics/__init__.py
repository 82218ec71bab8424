"""Reported metrics, claims and evidence quality of the 70 awarded entries (chapter `metrics`).

One module per job: `frame` (shared column checks and labels), `inventory` (what quantities are
reported), `indicators` (per-entry evidence indicators and their rules), `profile` (the entry x
indicator matrix, category summaries, weightings), `magnitudes` (comparable quantities for plots),
`claims` (novelty and recognition), `lacunae` (numbers lost in the damaged source) and `plots`.
Every function takes DataFrames, so tests feed them hand-made tables.
"""
