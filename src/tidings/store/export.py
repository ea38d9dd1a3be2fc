"""Exports of a store: GDELT 2.0 event table, PETRARCH-style CAMEO triples, PLOVER/POLECAT-like
JSON, JSON Lines documents, CSV events, and Parquet events partitioned by event date.

GDELT 2.0 event columns (tab-separated, with a header row, in GDELT's column order):

=====================  ==================================================================
GLOBALEVENTID          our stable event id (a hash string, not GDELT's integer)
SQLDATE, MonthYear,    from the event date (else the publication date)
Year, FractionDate
Actor1Code/Name/       source actor: code, name, country; Type1..3 = its sectors
CountryCode, Type1-3
Actor2…                the same for the target
KnownGroup, Ethnic,    empty: we do not code them
Religion1/2
IsRootEvent            1 when the event comes from the document's first sentence
EventCode, EventBase-  CAMEO code, its first three digits, its root
Code, EventRootCode
QuadClass, Goldstein-  from the CAMEO table
Scale
NumMentions, Num-      copies of this event across the near-duplicate story cluster, distinct
Sources, NumArticles   hosts (or documents without URL), distinct documents
AvgTone                empty: we do not measure tone
…Geo_* (3 × 8)         ActionGeo from the event's location when the coder gives one
                       (fields name/country/adm1/lat/lon/feature_id); actor geo empty
DATEADDED              publication date as YYYYMMDD000000 (we keep no crawl time: the store is
                       deterministic)
SOURCEURL              the document URL (else its id)
=====================  ==================================================================
"""

from __future__ import annotations

import csv
import json
from datetime import date as Date
from pathlib import Path
from typing import IO

GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{p}Geo_{f}" for p in ("Actor1", "Actor2", "Action") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")]
    + ["DATEADDED", "SOURCEURL"]
)

CSV_COLUMNS = ["event_id", "document_id", "date", "source_code", "source_name", "source_country",
               "target_code", "target_name", "target_country", "cameo", "root", "plover",
               "plover_mode", "quad_class", "goldstein", "modality", "reported_by", "confidence",
               "num_mentions", "num_sources", "num_articles", "sentence", "evidence", "url"]


def _date(e: dict) -> str | None:
    return e.get("date") or e.get("published")


def _fraction(d: str | None) -> str:
    try:
        day = Date.fromisoformat(d[:10])
    except (TypeError, ValueError):
        return ""
    return f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"


def _actor(a: dict | None) -> list:
    a = a or {}
    sectors = list(a.get("sectors") or []) + ["", "", ""]
    return [a.get("code") or "", (a.get("name") or a.get("text") or "").upper(),
            a.get("country") or "", "", "", "", "", sectors[0], sectors[1], sectors[2]]


def gdelt_row(e: dict) -> list:
    d = _date(e) or ""
    compact = d.replace("-", "")
    loc = e.get("location") if isinstance(e.get("location"), dict) else {}
    cameo = e.get("cameo") or ""
    action_geo = ["", loc.get("name", ""), loc.get("country", ""), loc.get("adm1", ""), "",
                  loc.get("lat", ""), loc.get("lon", ""), loc.get("feature_id", "")] if loc else [""] * 8
    if loc:
        action_geo[0] = 1 if not loc.get("adm1") and not loc.get("lat") else 4
    published = (e.get("published") or "").replace("-", "")
    return ([e.get("id"), compact, compact[:6], compact[:4], _fraction(d)]
            + _actor(e.get("source")) + _actor(e.get("target"))
            + [1 if e.get("sentence") == 0 else 0, cameo, cameo[:3], e.get("root") or cameo[:2],
               e.get("quad_class") if e.get("quad_class") is not None else "",
               e.get("goldstein") if e.get("goldstein") is not None else "",
               e.get("num_mentions", 1), e.get("num_sources", 1), e.get("num_articles", 1), ""]
            + [""] * 16 + action_geo
            + [published + "000000" if published else "", e.get("url") or e.get("document_id")])


def cameo_row(e: dict) -> list:
    """PETRARCH-style: date, source, target, CAMEO code, event id, document URL or id."""
    return [(_date(e) or "").replace("-", ""), (e.get("source") or {}).get("code") or "---",
            (e.get("target") or {}).get("code") or "---", e.get("cameo"), e.get("id"),
            e.get("url") or e.get("document_id")]


def plover_record(e: dict) -> dict:
    """A POLECAT-like record (field names follow POLECAT's public release where they exist)."""
    src, tgt = e.get("source") or {}, e.get("target") or {}
    return {
        "event_id": e.get("id"), "story_id": e.get("document_id"), "story_date": e.get("published"),
        "event_date": _date(e), "event_type": e.get("plover"), "event_mode": e.get("plover_mode"),
        "event_intensity": e.get("goldstein"), "quad_code": e.get("quad_class"),
        "cameo": e.get("cameo"), "modality": e.get("modality"),
        "actor": src.get("name") or src.get("text"), "actor_code": src.get("code"),
        "actor_country": src.get("country"), "actor_sector": src.get("sectors") or [],
        "recipient": tgt.get("name") or tgt.get("text"), "recipient_code": tgt.get("code"),
        "recipient_country": tgt.get("country"), "recipient_sector": tgt.get("sectors") or [],
        "location": e.get("location"), "reported_by": e.get("reported_by"),
        "headline": e.get("title"), "text": e.get("evidence"), "url": e.get("url"),
        "num_mentions": e.get("num_mentions"), "num_sources": e.get("num_sources"),
    }


def csv_row(e: dict) -> list:
    src, tgt = e.get("source") or {}, e.get("target") or {}
    return [e.get("id"), e.get("document_id"), _date(e), src.get("code"), src.get("name"),
            src.get("country"), tgt.get("code"), tgt.get("name"), tgt.get("country"), e.get("cameo"),
            e.get("root"), e.get("plover"), e.get("plover_mode"), e.get("quad_class"),
            e.get("goldstein"), e.get("modality"), e.get("reported_by"), e.get("confidence"),
            e.get("num_mentions"), e.get("num_sources"), e.get("num_articles"), e.get("sentence"),
            e.get("evidence"), e.get("url")]


def iter_events(store, mentions: bool = False, page: int = 1000):
    offset = 0
    while True:
        rows = store.events(limit=page, offset=offset, mentions=mentions)
        yield from rows
        if len(rows) < page:
            return
        offset += page


def write(store, fmt: str, out: IO[str], mentions: bool = False) -> int:
    """Write one of the text formats to ``out``; returns the number of rows written."""
    n = 0
    if fmt == "jsonl":
        for record in store.iter_records():
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt in ("gdelt", "cameo"):
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        if fmt == "gdelt":
            writer.writerow(GDELT_COLUMNS)
        for e in iter_events(store, mentions):
            writer.writerow(gdelt_row(e) if fmt == "gdelt" else cameo_row(e))
            n += 1
        return n
    if fmt == "plover":
        for e in iter_events(store, mentions):
            out.write(json.dumps(plover_record(e), ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for e in iter_events(store, mentions):
            writer.writerow(csv_row(e))
            n += 1
        return n
    raise ValueError(f"unknown export format {fmt!r}")


def to_parquet(store, directory: str | Path, mentions: bool = False) -> int:
    """Events as Parquet, hive-partitioned by event date (``event_date=YYYY-MM-DD/``)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [csv_row(e) for e in iter_events(store, mentions)]
    columns = {name: [r[i] for r in rows] for i, name in enumerate(CSV_COLUMNS)}
    columns["event_date"] = [(d or "unknown")[:10] for d in columns["date"]]
    schema = pa.schema([(name, pa.float64() if name in ("goldstein", "confidence") else
                         pa.int64() if name in ("quad_class", "num_mentions", "num_sources",
                                                "num_articles", "sentence") else pa.string())
                        for name in CSV_COLUMNS] + [("event_date", pa.string())])
    table = pa.Table.from_pydict(columns, schema=schema)
    Path(directory).mkdir(parents=True, exist_ok=True)
    pq.write_to_dataset(table, root_path=str(directory), partition_cols=["event_date"],
                        basename_template="part-{i}.parquet",
                        existing_data_behavior="delete_matching")
    return len(rows)
