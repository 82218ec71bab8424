"""Data pipeline and analyses for the book on Xiamen's 2020-2022 social-governance innovation awards."""

__version__ = "0.1.0"
