"""Where the web book is published, and what its pages say about the release.

GitHub Actions sets GITHUB_REPOSITORY (owner/name) and GITHUB_SERVER_URL: from them the build
knows the repository (for the launch buttons) and the site's address (`https://<owner>.github.io/
<name>/`, for canonical links), so a fork publishes under its own names with nothing to edit.
XMGOV_SITE_URL, if set (the Pages workflow passes the address GitHub reports, which is right for
a custom domain too), names the site instead. Anywhere else nothing is known and nothing is
invented. The footer names the version and release date from CITATION.cff.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from typing import Mapping

from . import citation

GITHUB = "https://github.com"
# Launch buttons that need the repository's address: sphinx-book-theme fails on them without one.
REPOSITORY_LAUNCHERS = ("binderhub_url", "jupyterhub_url", "colab_url", "deepnote_url")


@dataclass(frozen=True)
class Place:
    repository_url: str | None = None
    site_url: str | None = None


def pages_url(owner: str, name: str) -> str:
    """GitHub Pages' address for a repository (a repository named <owner>.github.io is served at the root)."""
    host = f"{owner.lower()}.github.io"
    return f"https://{host}/" if name.lower() == host else f"https://{host}/{name}/"


def from_environment(env: Mapping[str, str] | None = None) -> Place:
    env = os.environ if env is None else env
    repository = env.get("GITHUB_REPOSITORY", "").strip()
    server = env.get("GITHUB_SERVER_URL", "").strip().rstrip("/")
    site = env.get("XMGOV_SITE_URL", "").strip()
    parts = repository.split("/")
    if not (server and len(parts) == 2 and all(parts)):
        return Place(site_url=_slash(site) if site else None)
    if not site and server == GITHUB:  # Pages' address is only known for github.com
        site = pages_url(*parts)
    return Place(repository_url=f"{server}/{repository}", site_url=_slash(site) if site else None)


def _slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def release_line(meta: dict | None = None) -> str:
    """The footer's words on the release (`xmgov dist` looks for them in the built site)."""
    meta = meta or citation.metadata()
    return (f"{citation.short_title(meta)}, version {meta['version']}, "
            f"released {meta['date-released']}.")


# The Chinese edition's footer: its release line and the licences, in Chinese.
FOOTER_ZH = "正文与数据:CC BY 4.0;代码:MIT。原始报道版权归厦门日报/厦门网所有,本书为分析而引用。"


def release_line_zh(meta: dict | None = None) -> str:
    from . import citation_zh

    meta = meta or citation.metadata()
    return f"《{citation_zh.title()}》,{meta['version']}版,{meta['date-released']}发布。"


def theme_options(options: dict, place: Place, meta: dict | None = None, edition: str = "en") -> dict:
    """The theme's options with the release in the footer (in the edition's language), and the
    repository with the launch buttons when it is known (the buttons are dropped when it is not)."""
    updated = dict(options)
    if edition == "zh":
        updated["extra_footer"] = html.escape(f"{release_line_zh(meta)} {FOOTER_ZH}", quote=False)
    else:
        footer = html.escape(release_line(meta), quote=False)
        updated["extra_footer"] = f"{footer} {options.get('extra_footer', '')}".strip()
    if place.repository_url:
        updated["repository_url"] = place.repository_url
    else:
        updated.pop("repository_url", None)
        updated["launch_buttons"] = {key: value for key, value in options.get("launch_buttons", {}).items()
                                     if key not in REPOSITORY_LAUNCHERS}
    return updated


def configure(app, config) -> None:
    """Sphinx `config-inited`: apply the above to the book being built."""
    place = from_environment()
    edition = config.xmgov_edition
    config.html_theme_options = theme_options(config.html_theme_options, place, edition=edition)
    if place.site_url:
        config.html_baseurl = place.site_url + ("zh/" if edition == "zh" else "")
    if edition == "zh":
        from . import citation_zh

        config.author = citation_zh.publisher()
        config.copyright = f"{citation.year()}, {citation_zh.publisher()}"
