"""One exception type for bad inputs, so `make data` can stop with a message a researcher reads."""

from __future__ import annotations


class DatasetError(Exception):
    """Bad input: the message names the file, the entry or line, and what is wrong."""

    def __init__(self, where: str, problem: str):
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem
