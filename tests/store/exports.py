"""Loaders that read our exports with the published specs, failing on any row or type that
does not fit (pandas, tab-separated, no quoting, every column typed)."""

from __future__ import annotations

import csv
import io
import re

from tidings.store.export import CAMEO_COLUMNS, GDELT_COLUMNS, GDELT_FLOATS, GDELT_INTEGERS


def _fields_per_line(text: str) -> set[int]:
    return {len(line.split("\t")) for line in text.split("\n") if line}


def load_gdelt(text: str):
    """The export as GDELT 2.0's event table: 61 columns, integers, floats and text as the
    codebook says; raises if any value does not parse."""
    import pandas as pd

    assert _fields_per_line(text) == {61}, "every row has GDELT's 61 fields"
    dtypes = {c: "Int64" for c in GDELT_INTEGERS} | {c: "float64" for c in GDELT_FLOATS}
    dtypes |= {c: "string" for c in GDELT_COLUMNS if c not in dtypes}
    frame = pd.read_csv(io.StringIO(text), sep="\t", header=None, names=GDELT_COLUMNS,
                        dtype=dtypes, quoting=csv.QUOTE_NONE, keep_default_na=False,
                        na_values=[""])
    assert list(frame.columns) == GDELT_COLUMNS
    for column, dtype in dtypes.items():
        assert str(frame[column].dtype) == dtype, column
    assert frame["SQLDATE"].notna().all() and frame["GLOBALEVENTID"].notna().all()
    assert frame["SQLDATE"].astype(str).str.fullmatch(r"\d{8}").all()
    assert frame["GLOBALEVENTID"].is_unique
    assert (frame["MonthYear"] == frame["SQLDATE"] // 100).all()
    assert (frame["Year"] == frame["SQLDATE"] // 10000).all()
    assert ((frame["FractionDate"] - frame["Year"]).between(0, 1)).all()
    assert frame["EventCode"].str.fullmatch(r"\d{2,4}").all()
    assert frame["QuadClass"].isin([1, 2, 3, 4]).all()
    assert frame["GoldsteinScale"].between(-10, 10).all()
    dated = frame["DATEADDED"].dropna().astype(str)
    assert dated.str.fullmatch(r"\d{8}000000").all()
    return frame


def load_cameo(text: str):
    """PETRARCH-style triples: date (YYYYMMDD), source, target, CAMEO code, event id, URL."""
    import pandas as pd

    assert _fields_per_line(text) == {6}
    frame = pd.read_csv(io.StringIO(text), sep="\t", header=None, names=CAMEO_COLUMNS,
                        dtype={"date": "Int64"} | {c: "string" for c in CAMEO_COLUMNS[1:]},
                        quoting=csv.QUOTE_NONE, keep_default_na=False, na_values=[""])
    assert frame["date"].astype(str).str.fullmatch(r"\d{8}").all()
    assert frame["cameo"].str.fullmatch(r"\d{2,4}").all()
    assert frame["source"].str.fullmatch(r"[A-Z0-9-]+").all()
    assert frame["target"].str.fullmatch(r"[A-Z0-9-]+").all()
    return frame


PLOVER_TYPES = {
    "event_id": str, "story_id": str, "story_date": (str, type(None)), "event_date": str,
    "date_precision": str, "event_type": (str, type(None)), "event_mode": (str, type(None)),
    "event_intensity": (int, float, type(None)), "quad_code": (int, type(None)), "cameo": str,
    "modality": str, "actor": (str, type(None)), "actor_code": (str, type(None)),
    "actor_country": (str, type(None)), "actor_sector": list, "recipient": (str, type(None)),
    "recipient_code": (str, type(None)), "recipient_country": (str, type(None)),
    "recipient_sector": list, "location": (dict, type(None)), "reported_by": (str, type(None)),
    "headline": (str, type(None)), "text": str, "url": (str, type(None)), "num_mentions": int,
    "num_sources": int,
}


def check_plover(records: list[dict]) -> None:
    """Every PLOVER record has the fields of our spec with their types; dates are full days."""
    for r in records:
        assert set(r) == set(PLOVER_TYPES), set(r) ^ set(PLOVER_TYPES)
        for name, kind in PLOVER_TYPES.items():
            assert isinstance(r[name], kind), (name, r[name])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["event_date"])
        assert r["date_precision"] in ("day", "month", "year")
