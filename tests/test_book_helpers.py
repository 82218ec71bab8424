import numpy as np

from xmgov.book import plain
from xmgov.wording import counted, percentile


def test_counts_read_as_english():
    assert counted(1, "entry", "entries") == "1 entry"
    assert counted(9, "entry", "entries") == "9 entries"
    assert counted(0, "code") == "no codes"
    assert counted(np.int64(1), "claim") == "1 claim"


def test_percentiles_never_read_as_decimal_ordinals():
    assert percentile(12.9) == "at the 13th percentile of"
    assert percentile(0.23) == "below all but 0.2% of"
    assert percentile(0.0) == "below all but 0.1% of"
    assert percentile(11) == "at the 11th percentile of"
    assert percentile(22) == "at the 22nd percentile of"


def test_numpy_scalars_become_python_numbers():
    assert type(plain(np.float64(2.5))) is float and type(plain(np.int64(3))) is int
    assert plain("text") == "text"
