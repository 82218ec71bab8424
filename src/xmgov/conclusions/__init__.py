"""Reading the three analyses together (chapter `conclusions`) and the front and back matter.

`crosstabs` joins, per entry, the hand theme coding, the collaboration profile and the evidence
indicators and compares them with small-n statistics; `findings` computes every number the
key-findings page and the conclusions quote by calling the chapters' own functions; `glossary`
renders the glossary; `plots` draws the synthesis figure; `citing` writes citations from
CITATION.cff; `reproducibility` reads the environment and the benchmark for the methods appendix.
"""
