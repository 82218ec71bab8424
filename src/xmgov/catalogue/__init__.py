"""The catalogue of the 70 awarded entries: one generated page per entry and an index.

The pages are written from the data and the chapters' analyses by `xmgov catalogue` before the book
is built (never by hand), so that each entry's codes, bodies and figures are the book's own.
"""
