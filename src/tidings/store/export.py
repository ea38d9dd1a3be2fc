"""Exports of a store: GDELT 2.0 event table, PETRARCH-style CAMEO triples, PLOVER/POLECAT-like
JSON, JSON Lines documents, CSV events, and Parquet events partitioned by event date.

Events are read through ``tidings.query`` (one read path: the same rows ``tidings events`` and
``/api/events`` give), oldest first, one per story unless ``mentions``.

Dates. An event's date may be partial (``1994``, ``2021-11``). Every export gives a full date —
the first day of the period — and says how precise it is: ``date_precision`` (day, month or year)
in CSV, Parquet and PLOVER; GDELT's ``FractionDate`` is the same day as a fraction of the year.
An event without a date of its own takes its document's publication date (precision ``day``).

GDELT 2.0 event table (tab-separated, no header row and no quoting, as GDELT distributes it;
tabs and line breaks inside names become spaces; 61 columns in GDELT's order):

=====================  ==================================================================
GLOBALEVENTID          an integer derived from our stable event id (same event, same number)
SQLDATE, MonthYear,    YYYYMMDD, YYYYMM, YYYY of the (full) event date; FractionDate
Year, FractionDate     YYYY.FFFF
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
NumMentions, Num-      reports of this happening (``tidings.store.consolidate``: across documents
Sources, NumArticles   and near-duplicate copies), distinct hosts (or documents without URL),
                       distinct documents
AvgTone                empty: we do not measure tone
…Geo_* (3 × 8)         ActionGeo from the event's location when the coder gives one
                       (fields name/country/adm1/lat/lon/feature_id); actor geo empty
DATEADDED              publication date as YYYYMMDD000000 (we keep no crawl time: the store is
                       deterministic)
SOURCEURL              as GDELT: the URL of the first report of the happening (earliest
                       publication date, then key), else its document id
=====================  ==================================================================
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from datetime import date as Date
from pathlib import Path
from typing import IO

from tidings.query import cameo_name

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

# The column types of GDELT 2.0's event codebook (the rest are text), for loaders and tests.
GDELT_INTEGERS = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass",
                  "NumMentions", "NumSources", "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type",
                  "ActionGeo_Type", "DATEADDED"]
GDELT_FLOATS = ["FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat", "Actor1Geo_Long",
                "Actor2Geo_Lat", "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long"]

CAMEO_COLUMNS = ["date", "source", "target", "cameo", "event_id", "url"]

# One set of names for the event table: `tidings events --format csv`, `export --format csv` and
# the Parquet export (which adds the partition column ``event_date``).
CSV_COLUMNS = ["event_id", "key", "document_id", "date", "date_precision", "source_code",
               "source_name", "source_country", "target_code", "target_name", "target_country",
               "cameo", "cameo_name", "root", "plover", "plover_mode", "quad_class", "goldstein",
               "modality", "reported_by", "confidence", "num_mentions", "num_sources",
               "num_articles", "sentence", "evidence", "url"]
CSV_INTEGERS = ("quad_class", "num_mentions", "num_sources", "num_articles", "sentence")
CSV_FLOATS = ("goldstein", "confidence")

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def full_date(value: str | None) -> tuple[Date | None, str | None]:
    """A stored date (``1994``, ``2021-11``, ``2021-11-21``) as the first day of its period and
    its precision (``year``, ``month``, ``day``); ``(None, None)`` when there is none."""
    m = _PARTIAL.match(value or "")
    if not m:
        return None, None
    year, month, day = m.groups()
    try:
        return (Date(int(year), int(month or 1), int(day or 1)),
                "day" if day else "month" if month else "year")
    except ValueError:  # a malformed stored date (month 13): no date rather than a wrong one
        return None, None


def event_date(e: dict) -> tuple[Date | None, str | None]:
    """The event's own date, else its document's publication date."""
    day, precision = full_date(e.get("date"))
    if day is None:
        day, precision = full_date(e.get("published"))
    return day, precision


def _clean(value) -> str:
    """A field for a tab-separated file read without quoting: no tab or line break inside."""
    if value is None:
        return ""
    return re.sub(r"\s+", " ", str(value)).strip() if isinstance(value, str) else str(value)


def global_event_id(e: dict) -> int:
    """A positive 60-bit integer from the event's stable id (GDELT's GLOBALEVENTID is an integer)."""
    ident = str(e.get("id") or e.get("key") or "")
    return int(hashlib.sha256(ident.encode("utf-8")).hexdigest()[:15], 16)


def _fraction(day: Date | None) -> str:
    if day is None:
        return ""
    return f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"


def _actor(a: dict | None) -> list:
    a = a or {}
    sectors = list(a.get("sectors") or []) + ["", "", ""]
    return [a.get("code") or "", (a.get("name") or a.get("text") or "").upper(),
            a.get("country") or "", "", "", "", "", sectors[0], sectors[1], sectors[2]]


def gdelt_row(e: dict) -> list:
    day, _ = event_date(e)
    compact = day.strftime("%Y%m%d") if day else ""
    loc = e.get("location") if isinstance(e.get("location"), dict) else {}
    cameo = e.get("cameo") or ""
    action_geo = ["", loc.get("name", ""), loc.get("country", ""), loc.get("adm1", ""), "",
                  loc.get("lat", ""), loc.get("lon", ""), loc.get("feature_id", "")] if loc else [""] * 8
    if loc:
        action_geo[0] = 1 if not loc.get("adm1") and not loc.get("lat") else 4
    published, _ = full_date(e.get("published"))
    return ([global_event_id(e), compact, compact[:6], compact[:4], _fraction(day)]
            + _actor(e.get("source")) + _actor(e.get("target"))
            + [1 if e.get("sentence") == 0 else 0, cameo, cameo[:3], e.get("root") or cameo[:2],
               e.get("quad_class") if e.get("quad_class") is not None else "",
               e.get("goldstein") if e.get("goldstein") is not None else "",
               e.get("num_mentions", 1), e.get("num_sources", 1), e.get("num_articles", 1), ""]
            + [""] * 16 + action_geo
            + [published.strftime("%Y%m%d") + "000000" if published else "", first_report_url(e)])


def first_report_url(e: dict) -> str | None:
    """The URL (else document id) of the happening's first report, as GDELT's SOURCEURL."""
    first = (e.get("reports") or [e])[0]
    return first.get("url") or first.get("document_id")


def cameo_row(e: dict) -> list:
    """PETRARCH-style: date (YYYYMMDD), source, target, CAMEO code, event id, document URL or id."""
    day, _ = event_date(e)
    return [day.strftime("%Y%m%d") if day else "", (e.get("source") or {}).get("code") or "---",
            (e.get("target") or {}).get("code") or "---", e.get("cameo"), e.get("id"),
            e.get("url") or e.get("document_id")]


def plover_record(e: dict) -> dict:
    """A POLECAT-like record (field names follow POLECAT's public release where they exist)."""
    src, tgt = e.get("source") or {}, e.get("target") or {}
    day, precision = event_date(e)
    return {
        "event_id": e.get("id"), "story_id": e.get("document_id"), "story_date": e.get("published"),
        "event_date": day.isoformat() if day else None, "date_precision": precision,
        "event_type": e.get("plover"), "event_mode": e.get("plover_mode"),
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


def event_record(e: dict) -> dict:
    """One event as the flat record of ``CSV_COLUMNS`` (``date`` a ``datetime.date``)."""
    src, tgt = e.get("source") or {}, e.get("target") or {}
    day, precision = event_date(e)
    return {
        "event_id": e.get("id"), "key": e.get("key"), "document_id": e.get("document_id"),
        "date": day, "date_precision": precision,
        "source_code": src.get("code"), "source_name": src.get("name") or src.get("text"),
        "source_country": src.get("country"),
        "target_code": tgt.get("code"), "target_name": tgt.get("name") or tgt.get("text"),
        "target_country": tgt.get("country"),
        "cameo": e.get("cameo"), "cameo_name": cameo_name(e.get("cameo")), "root": e.get("root"),
        "plover": e.get("plover"), "plover_mode": e.get("plover_mode"),
        "quad_class": e.get("quad_class"), "goldstein": e.get("goldstein"),
        "modality": e.get("modality"), "reported_by": e.get("reported_by"),
        "confidence": e.get("confidence"), "num_mentions": e.get("num_mentions"),
        "num_sources": e.get("num_sources"), "num_articles": e.get("num_articles"),
        "sentence": e.get("sentence"), "evidence": e.get("evidence"), "url": e.get("url"),
    }


def write_csv(events, out: IO[str]) -> int:
    """Events as CSV with ``CSV_COLUMNS`` (a header row; dates as YYYY-MM-DD)."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for e in events:
        row = event_record(e)
        row["date"] = row["date"].isoformat() if row["date"] else None
        writer.writerow(row)
        n += 1
    return n


def iter_events(query, mentions: bool = False):
    """Every event of the store (``query`` is a ``tidings.query.Tidings``), oldest first."""
    return query.iter_events(order="oldest", mentions=mentions)


def _tsv_line(values: list) -> str:
    return "\t".join(_clean(v) for v in values) + "\n"


def write(query, fmt: str, out: IO[str], mentions: bool = False) -> int:
    """Write one of the text formats to ``out``; returns the number of rows written."""
    n = 0
    if fmt == "jsonl":
        for record in query.store.iter_records():
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt in ("gdelt", "cameo"):
        row = gdelt_row if fmt == "gdelt" else cameo_row
        for e in iter_events(query, mentions):
            out.write(_tsv_line(row(e)))
            n += 1
        return n
    if fmt == "plover":
        for e in iter_events(query, mentions):
            out.write(json.dumps(plover_record(e), ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "csv":
        return write_csv(iter_events(query, mentions), out)
    raise ValueError(f"unknown export format {fmt!r}")


def to_parquet(query, directory: str | Path, mentions: bool = False) -> int:
    """Events as Parquet, hive-partitioned by event date (``event_date=YYYY-MM-DD/``): the
    ``CSV_COLUMNS`` with ``date`` a typed date and ``date_precision`` beside it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [event_record(e) for e in iter_events(query, mentions)]
    columns = {name: [r[name] for r in rows] for name in CSV_COLUMNS}
    columns["event_date"] = [d.isoformat() if d else "unknown" for d in columns["date"]]
    schema = pa.schema([(name, pa.float64() if name in CSV_FLOATS else
                         pa.int64() if name in CSV_INTEGERS else
                         pa.date32() if name == "date" else pa.string())
                        for name in CSV_COLUMNS] + [("event_date", pa.string())])
    table = pa.Table.from_pydict(columns, schema=schema)
    Path(directory).mkdir(parents=True, exist_ok=True)
    pq.write_to_dataset(table, root_path=str(directory), partition_cols=["event_date"],
                        basename_template="part-{i}.parquet",
                        existing_data_behavior="delete_matching")
    return len(rows)
