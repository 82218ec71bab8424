"""Shared fixtures: the built book (tests that need it say so and fail with a clear message).

A test that needs the built book (it uses the `html_dir` or `pdf_path` fixture, or is marked
`book`) is marked `book`: `make check` runs every other test without building anything.
"""

from __future__ import annotations

import pytest

from xmgov import paths

BOOK_FIXTURES = {"html_dir", "pdf_path"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if BOOK_FIXTURES & set(item.fixturenames):
            item.add_marker(pytest.mark.book)


@pytest.fixture(scope="session")
def html_dir():
    index = paths.HTML / "index.html"
    if not index.is_file():
        pytest.fail(f"{index} is missing: build the book first (`make test` does it; "
                    f"or `make html`)")
    return paths.HTML


@pytest.fixture(scope="session")
def pdf_path():
    from xmgov.pdfbook import PDF_NAME

    path = paths.PDF_DIR / PDF_NAME
    if not path.is_file():
        pytest.fail(f"{path} is missing: build the PDF first (`make test` does it; or `make pdf`)")
    return path


NOTEBOOK = """---
kernelspec:
  display_name: Python 3
  language: python
  name: python3
---
# {title}

```{{code-cell}} ipython3
{code}
```
"""


@pytest.fixture
def write_chapter():
    """Write a one-cell MyST notebook: write_chapter(path, title, code)."""
    def write(path, title, code):
        path.write_text(NOTEBOOK.format(title=title, code=code), encoding="utf-8")
        return path
    return write
