"""Data pipeline and analyses for the book on Xiamen's 2020-2022 social-governance innovation awards."""

from importlib.metadata import version

# Read from the installed package's metadata, never typed here: the version is typed once, in
# CITATION.cff, and pyproject.toml must agree with it (`xmgov.release` checks both; `make env`
# reinstalls when pyproject.toml changes).
__version__ = version("xmgov")
