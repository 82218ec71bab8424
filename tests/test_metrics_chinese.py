"""The Chinese edition's words for the metrics chapter: glued `_zh` values and table Chinese (the
figures' Chinese words are checked where the figures are drawn, tests/test_metrics_plots.py)."""

import pandas as pd

from test_metrics_examples import agencies, claims, entries, metrics
from test_metrics_lacunae import _lacunae
from xmgov.metrics import chapter, chinese, indicators


def _result():
    m, c, e = metrics(), claims(), entries()
    if "description" not in e:  # the examples carry no text; the contested examples then name none
        e = e.assign(description="")
    recognizers = pd.DataFrame({"entry_id": ["P01"], "agency_id": ["fsc"], "role": ["recognizer"]})
    return chapter.Metrics(entries=e, metrics=m, claims=c, agencies=agencies(), lacunae=_lacunae(),
                           entry_agencies=recognizers, indicators=indicators.per_entry(m, c, e))


def test_wording_helpers_cover_none_one_and_many():
    assert chinese.ids_zh([]) == "无" and chinese.ids_zh(["P07", "G01"]) == "G01和P07"
    assert chinese.id_text_zh("none") == "无" and chinese.id_text_zh("C04, C09") == "C04和C09"
    assert chinese.entries_zh(0) == "没有任何一项成果" and chinese.entries_zh(3) == "3项成果"
    assert chinese.entries_with_ids_zh([]) == "没有任何一项成果"
    assert chinese.entries_with_ids_zh(["P16"]) == "1项成果(P16)"


def test_facts_zh_are_chinese_words_named_zh():
    r = _result()
    f = chapter.facts(r)
    z = chapter.facts_zh(r, f)
    assert z and all(k.endswith("_zh") for k in z)
    assert all(isinstance(v, str) and v for v in z.values())
    english = ("none", " entries", " entry", " claims", " claim", " of them", " and ")
    assert not [k for k, v in z.items() if any(w in v for w in english)], z


def test_every_table_has_chinese_caption_and_headers():
    r = _result()
    made = chapter.tables(r)
    assert made and all(len(t) == 4 for t in made)
    for slug, frame, _caption, zh in made:
        record = zh.table_record(slug, [str(c) for c in frame.columns])
        assert record["caption"] and len(record["columns"]) == len(frame.columns)


def test_share_cells_are_reworded():
    frame = pd.DataFrame({"x": ["9 of 15 (60%)", "–"]})
    assert chinese._share_cells(frame) == {"9 of 15 (60%)": "15项中9项(60%)"}

