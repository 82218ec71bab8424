"""Where the book is published comes from GitHub Actions' environment, and nothing is invented
without it; the footer names the release."""

from types import SimpleNamespace

import pytest
import yaml

from xmgov import citation, paths, publishing, toc
from xmgov.publishing import Place

OPTIONS = {"extra_footer": "Text and data: CC BY 4.0.", "repository_url": "https://github.com/executablebooks/jupyter-book",
           "launch_buttons": {"notebook_interface": "jupyterlab", "binderhub_url": "https://mybinder.org"}}


@pytest.mark.parametrize("env, expected", [
    ({}, Place()),
    ({"GITHUB_REPOSITORY": "Xm-Lab/xmgov", "GITHUB_SERVER_URL": "https://github.com"},
     Place("https://github.com/Xm-Lab/xmgov", "https://xm-lab.github.io/xmgov/")),
    ({"GITHUB_REPOSITORY": "Xm-Lab/xm-lab.github.io", "GITHUB_SERVER_URL": "https://github.com/"},
     Place("https://github.com/Xm-Lab/xm-lab.github.io", "https://xm-lab.github.io/")),
    ({"GITHUB_REPOSITORY": "xm/xmgov", "GITHUB_SERVER_URL": "https://github.com",
      "XMGOV_SITE_URL": "https://book.example.org"},
     Place("https://github.com/xm/xmgov", "https://book.example.org/")),
    # GitHub Enterprise: the repository is known, its Pages address is not guessed.
    ({"GITHUB_REPOSITORY": "xm/xmgov", "GITHUB_SERVER_URL": "https://git.example.edu"},
     Place("https://git.example.edu/xm/xmgov", None)),
    ({"GITHUB_REPOSITORY": "xmgov", "GITHUB_SERVER_URL": "https://github.com"}, Place()),
    ({"GITHUB_REPOSITORY": "xm/xmgov"}, Place()),
])
def test_place_from_the_environment(env, expected):
    assert publishing.from_environment(env) == expected


def test_without_a_repository_there_are_no_launch_buttons_and_no_address():
    options = publishing.theme_options(OPTIONS, Place())
    assert "repository_url" not in options
    assert options["launch_buttons"] == {"notebook_interface": "jupyterlab"}
    assert OPTIONS["launch_buttons"]["binderhub_url"]  # the configuration itself is left as it was


def test_with_a_repository_the_launch_buttons_point_at_it():
    options = publishing.theme_options(OPTIONS, Place("https://github.com/xm/xmgov", None))
    assert options["repository_url"] == "https://github.com/xm/xmgov"
    assert options["launch_buttons"]["binderhub_url"] == "https://mybinder.org"


def test_the_footer_names_the_version_and_date_before_the_licences():
    meta = citation.metadata()
    footer = publishing.theme_options(OPTIONS, Place())["extra_footer"]
    assert footer.startswith(f"{citation.short_title()}, version {meta['version']}, released {meta['date-released']}.")
    assert footer.endswith(OPTIONS["extra_footer"])


def test_configure_sets_the_base_url_only_when_the_site_is_known(monkeypatch):
    for name in ("GITHUB_REPOSITORY", "GITHUB_SERVER_URL", "XMGOV_SITE_URL"):
        monkeypatch.delenv(name, raising=False)
    config = SimpleNamespace(html_theme_options=dict(OPTIONS), html_baseurl="", xmgov_edition="en")
    publishing.configure(None, config)
    assert config.html_baseurl == "" and "repository_url" not in config.html_theme_options
    monkeypatch.setenv("GITHUB_REPOSITORY", "xm/xmgov")
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.com")
    config = SimpleNamespace(html_theme_options=dict(OPTIONS), html_baseurl="", xmgov_edition="en")
    publishing.configure(None, config)
    assert config.html_baseurl == "https://xm.github.io/xmgov/"
    assert config.html_theme_options["repository_url"] == "https://github.com/xm/xmgov"


def test_the_chinese_edition_has_its_own_address_and_a_chinese_footer(monkeypatch):
    monkeypatch.setenv("GITHUB_REPOSITORY", "xm/xmgov")
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.com")
    config = SimpleNamespace(html_theme_options=dict(OPTIONS), html_baseurl="", xmgov_edition="zh",
                             author="", copyright="")
    publishing.configure(None, config)
    assert config.html_baseurl == "https://xm.github.io/xmgov/zh/"
    footer = config.html_theme_options["extra_footer"]
    assert "版" in footer and "CC BY 4.0" in footer and "version" not in footer
    assert config.author and "contributors" not in config.author


def test_the_book_configuration_names_binder_and_no_repository():
    """Jupyter Book's own default address (its repository) must not reach the launch buttons."""
    config = yaml.safe_load((paths.ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert config["repository"]["url"] == ""
    assert config["launch_buttons"]["binderhub_url"] == "https://mybinder.org"


def test_the_built_site_names_the_release_in_its_footer(html_dir):
    for page in (toc.documents()[0], "chapters/themes"):
        assert publishing.release_line() in (html_dir / f"{page}.html").read_text(encoding="utf-8"), page


def test_notebook_downloads_are_written_after_the_launch_buttons_copy_theirs():
    """With launch buttons (a known repository) sphinx-book-theme copies myst-nb's notebook,
    without outputs, over the executed one the page offers: the book writes it again after."""
    from unittest.mock import MagicMock

    import sphinx_book_theme
    from sphinx_book_theme.header_buttons.launch import add_launch_buttons

    from xmgov import sphinxext

    theme, book = MagicMock(), MagicMock()
    sphinx_book_theme.setup(theme)
    sphinxext.setup(book)
    copy = max(c.kwargs.get("priority", 500) for c in theme.connect.call_args_list if c.args[1] is add_launch_buttons)
    written = [c.kwargs.get("priority", 500) for c in book.connect.call_args_list
               if c.args[1] is sphinxext._notebook_download]
    assert max(written) > copy and min(written) < copy  # before: the download button; after: its file
