"""The catalogue index as a table a reader can sort and filter, working offline.

itables (DataTables) in its offline mode: the library and its stylesheet are written into the page
itself, so nothing is fetched from a CDN. The same steps as itables' `init_notebook_mode(connected=
False)`, whose output is HTML for a notebook; here it goes into a generated Markdown page.
"""

from __future__ import annotations

import pandas as pd


def datatable_html(frame: pd.DataFrame, caption: str, language: dict | None = None) -> str:
    """The offline DataTables loader followed by `frame` as an interactive table with a filter box
    above each column; `language` gives the widget's own words (DataTables' `language` option)
    where they are not English."""
    from itables import options, to_html_datatable
    from itables.javascript import (_itables_underscore_version, generate_init_offline_itables_html,
                                    read_package_file, replace_value)
    from itables.javascript import UNPKG_DT_BUNDLE_URL_NO_VERSION

    init = read_package_file("html/init_datatables.html")
    init = replace_value(init, "import { set_or_remove_dark_class } from '" + UNPKG_DT_BUNDLE_URL_NO_VERSION + "';",
                         "const { set_or_remove_dark_class } = await window." + _itables_underscore_version() + ";")
    table = to_html_datatable(frame, connected=False, column_filters="header", caption=caption, allow_html=True,
                              showIndex=False, lengthMenu=[10, 25, 70], pageLength=70, classes="display compact",
                              table_id="xm-catalogue-index",
                              **({"language": language} if language else {}))
    return init + generate_init_offline_itables_html(options.dt_bundle) + table
