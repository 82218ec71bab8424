"""What every page's one code cell runs: `publish(page)`, the same pattern for every page."""

from __future__ import annotations

from . import manifest


def publish(page: str) -> dict:
    """Record the page's inputs, then run its module's contract (`xmgov.pages`): analysis,
    glued facts, figures and tables. Returns the facts, for use in an interactive session."""
    from . import pages
    from .figures import use_style
    from .tables import show_table

    manifest.begin(page)
    use_style()
    module = pages.module(page)
    result = module.analysis() if hasattr(module, "analysis") else None
    facts = module.facts(result)
    if hasattr(module, "facts_zh"):  # the Chinese edition's worded values, from the same result
        facts = facts | chinese_facts(page, module.facts_zh(result, facts))
    glue_facts(facts)
    if hasattr(module, "figures"):
        module.figures(result)
    for slug, frame, caption, *zh in (module.tables(result) if hasattr(module, "tables") else []):
        show_table(frame, chapter=pages.table_prefix(page), slug=slug, caption=caption,
                   zh=zh[0] if zh else None)
    return facts


def chinese_facts(page: str, facts: dict) -> dict:
    """The Chinese edition's own glued values: words composed from the computation, named
    `<name>_zh` so that they can never shadow a value the English prose quotes, with Chinese
    punctuation (`xmgov.chinese.punctuate`)."""
    from .chinese import punctuate

    wrong = sorted(key for key in facts if not key.endswith("_zh"))
    if wrong:
        raise ValueError(f"{page}: facts_zh must name its values `<name>_zh`, not {wrong}")
    return {key: punctuate(value) if isinstance(value, str) else value for key, value in facts.items()}


def plain(value):
    """A numpy scalar as the Python number it holds (myst-nb formats only Python numbers)."""
    return value.item() if hasattr(value, "item") and not isinstance(value, (str, bytes)) else value


def glue_facts(facts: dict) -> None:
    """Glue every computed value the prose quotes, under its name, without displaying it."""
    from myst_nb import glue

    for key, value in facts.items():
        glue(key, plain(value), display=False)
