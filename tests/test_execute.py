"""Running a chapter outside the book build must not touch the manifests of cached executions."""

from xmgov import execute, io

CHAPTER = """---
kernelspec:
  display_name: Python 3
  language: python
  name: python3
---
# t

```{code-cell} ipython3
from xmgov.book import setup
setup("scratch-test")
```
"""


def test_run_chapter_records_its_manifest_elsewhere(tmp_path):
    page = tmp_path / "scratch.md"
    page.write_text(CHAPTER, encoding="utf-8")
    official = io.manifest_path("scratch-test")
    official.unlink(missing_ok=True)
    assert execute.run_chapter(page) > 0
    assert not official.exists(), "run-chapter wrote the manifest the notebook cache relies on"
