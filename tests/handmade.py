"""Hand-made inputs shared by several test modules."""


def bench(**changes) -> dict:
    """`make bench` results as data/bench/results.json holds them, with values chosen by hand."""
    targets = [{"key": "pdf_over_clean_html", "limit": 0.25, "what": "pdf / html", "value": 0.2, "met": True},
               {"key": "clean_html_over_bare", "limit": 0.6, "what": "html / bare", "value": 0.7, "met": False},
               {"key": "both_editions_over_one", "limit": 1.5, "what": "both / one", "value": 1.3, "met": True}]
    results = {"first_book_fresh_clone_s": 170.0, "clean_html_s": 100.0, "pdf_s": 20.0,
               "clean_book_s": 120.0, "no_change_book_s": 5.0, "pdf_added_to_clean_book_s": 12.0,
               "clean_book_english_only_s": 92.3, "both_editions_over_one": 1.3,
               "bare_execution_s": 140.0,
               "bare_execution_by_page_s": {"themes": 20.0, "data": 5.0, "metrics": 20.0},
               "figures_identical_after_clean_build": True, "targets": targets,
               "extraction": {"copies": 100, "seconds_once": 0.1, "seconds_replicated": 9.0,
                              "ratio_per_copy": 0.9},
               "machine": {"python": "3.11.7", "cpus": 2, "platform": "Linux"}}
    results.update(changes)
    return results
