"""Store commands: ingest, extract, stats, events, quotes, export, watch.

Thin: parse arguments, call ``tidings.store`` / ``tidings.sources``, print. Progress and
summaries go to stderr, data to stdout.
"""

from __future__ import annotations

import json
import re
import sys

import click

from tidings.cli import main
from tidings.cli.options import db_option, dictionary_options, fetch_options, iso_date, make_policy, model_option


def open_store(db: str):
    from tidings.store import Store, StoreError

    try:
        return Store.open(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def print_summary(summary: dict, title: str = "ingest") -> None:
    rejected = ", ".join(f"{k} {v}" for k, v in summary["rejected_by_reason"].items()) or "none"
    click.echo(
        f"{title}: read {summary['read']}, coded {summary['coded']}, rejected {summary['rejected']} "
        f"({rejected}), unchanged {summary['unchanged']}, duplicates {summary['duplicates']}, "
        f"events {summary['events']}, quotes {summary['quotes']}"
        + (f", failed to store {summary['failed']}" if summary.get("failed") else ""), err=True)


def run_ingest(raws, db, published, quiet=False, batch_size=50, workers=1, actors=(), agents=(),
               total=None, **engine):
    """Ingest with a progress line on stderr; returns the summary. With ``total`` (documents
    to read, when known: see ``tidings.cli.progress``) the line has a bar and an ETA."""
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    from tidings.store import StoreError
    from tidings.jobs import ingest

    console = Console(stderr=True)
    columns = [SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn()]
    if total:  # read M/N, a bar and the ETA first: they stay readable in a narrow terminal
        columns[1:1] = [MofNCompleteColumn(), BarColumn(bar_width=16), TextColumn("ETA"),
                        TimeRemainingColumn()]
    with Progress(*columns, console=console, transient=True,
                  disable=quiet or not console.is_terminal) as bar:
        task = bar.add_task("ingesting", total=total or None)

        def progress(s):
            bar.update(task, completed=s.read, description=(
                ("" if total else f"read {s.read}  ")  # with a total, M/N says it
                + f"coded {s.coded}  rejected {sum(s.rejected.values())}  "
                f"unchanged {s.unchanged}  events {s.events}  quotes {s.quotes}"))

        try:
            return ingest(raws, db, published=published, progress=progress, batch_size=batch_size,
                          workers=workers, actors=actors, agents=agents, **engine)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from None


@main.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--date", "published", callback=iso_date, metavar="YYYY-MM-DD",
              help="Publication date for inputs that lack one.")
@click.option("--batch-size", type=click.IntRange(1, 10000), default=50, show_default=True,
              help="Documents per transaction.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--coded", is_flag=True,
              help="SOURCES are JSON Lines already coded (the output of `tidings code`): store "
                   "them as they are, after checking them against the output contract.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Local processes to code with (this process stays the one writer); with "
                   "--engine dask and no --scheduler, the size of the local Dask cluster.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where to code: local processes, or Dask workers writing Parquet partitions.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler (tcp://host:8786) for --engine dask; default: a LocalCluster.")
@click.option("--parquet-dir", type=click.Path(file_okay=False),
              help="Where Dask workers write their Parquet partitions (a path all workers reach); "
                   "default: a temporary folder.")
@model_option
@dictionary_options
@fetch_options
def ingest_command(sources, db, published, batch_size, quiet, coded, workers, engine, scheduler,
                   parquet_dir, actors, agents, allow_private, timeout, max_bytes, delay,
                   ignore_robots):
    """Code SOURCES and store the results (idempotent; safe to rerun after a crash).

    SOURCES are files, directories, globs (.txt .html .json .jsonl .gz), web archives (.warc,
    .warc.gz), http(s) pages, RSS/Atom feeds, news sitemaps, or @FILE listing sources one a line.
    """
    from tidings.actors import DictionaryError
    from tidings.cli.progress import known_total
    from tidings.sources import read_sources

    if coded:
        return ingest_coded(sources, db, batch_size)

    if quiet and engine == "dask":
        quiet_dask()
    policy = make_policy(allow_private, timeout, max_bytes, delay, ignore_robots)
    try:
        summary = run_ingest(read_sources(sources, policy=policy), db, published, quiet, batch_size,
                             workers, actors, agents, total=None if quiet else known_total(sources),
                             engine=engine, scheduler=scheduler, parquet_dir=parquet_dir)
    except DictionaryError as exc:
        raise click.ClickException(str(exc)) from None
    print_summary(summary.to_dict())
    for err in summary.errors[:20]:
        click.echo(f"error: {err}", err=True)
    if summary.read and summary.coded == 0 and summary.unchanged == 0:
        raise SystemExit(1)  # nothing at all could be coded


def quiet_dask() -> None:
    """Errors only from Dask (its scheduler, nannies and workers log each start, connection and
    shutdown at INFO). Set in Dask's config before ``distributed`` loads: the cluster's worker
    processes inherit it."""
    import logging

    import dask

    dask.config.set({"logging": {"distributed": "error", "distributed.client": "error",
                                 "bokeh": "critical", "tornado": "critical"}})
    for name in ("distributed", "bokeh", "tornado"):  # when distributed was imported already
        logging.getLogger(name).setLevel(logging.ERROR)


def ingest_coded(paths, db, batch_size) -> None:
    from tidings.store import StoreError
    from tidings.jobs import store_records

    bad: list[str] = []

    def records():
        for path in paths:
            try:
                fh = sys.stdin if path == "-" else open(path, encoding="utf-8")
            except OSError as exc:
                bad.append(f"{path}: {exc.strerror}")
                continue
            with fh:
                for lineno, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        bad.append(f"{path}:{lineno}: malformed JSON ({exc.msg})")

    try:
        summary = store_records(records(), db, batch_size=batch_size)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    result = summary.to_dict()
    result["failed"] += len(bad)
    print_summary(result, title="store")
    for err in (bad + summary.errors)[:20]:
        click.echo(f"error: {err}", err=True)
    if bad and not (summary.coded or summary.unchanged or summary.rejected):
        raise SystemExit(1)


@main.command("extract")
@click.argument("sources", nargs=-1, required=True)
@click.option("--date", "published", callback=iso_date, metavar="YYYY-MM-DD",
              help="Publication date for inputs that lack one.")
@fetch_options
def extract_command(sources, published, allow_private, timeout, max_bytes, delay, ignore_robots):
    """Print the extraction stage as JSON Lines: id, url, title, published, author, site,
    language, text, removed (plus error when a document could not be read)."""
    from dataclasses import asdict

    from tidings.extract import extract
    from tidings.sources import read_sources

    policy = make_policy(allow_private, timeout, max_bytes, delay, ignore_robots)
    for raw in read_sources(sources, published, policy=policy):
        article = extract(raw)
        record = {k: getattr(article, k) for k in
                  ("id", "url", "title", "published", "author", "site", "language", "text")}
        record["removed"] = [asdict(r) for r in article.removed]
        if article.error:
            record["error"] = str(article.error)
        click.echo(json.dumps(record, ensure_ascii=False))


@main.command("stats")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def stats_command(db, fmt):
    """Counts of what the store holds (documents, events, quotes, actors, rejected by reason)."""
    with open_store(db) as store:
        stats = store.stats()
    if fmt == "json":
        click.echo(json.dumps(stats, sort_keys=False))
        return
    for key, value in stats.items():
        if isinstance(value, dict):
            click.echo(f"{key}:")
            for k, v in value.items():
                click.echo(f"  {k}: {v}")
        else:
            click.echo(f"{key}: {value}")


def open_query(db: str):
    """The store's query API (every filtered read goes through it, as in the REST and Python APIs)."""
    from tidings.query import Tidings
    from tidings.store import Store, StoreError

    try:
        return Tidings(Store.open(db))
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def shorten(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` characters at a word boundary, with an ellipsis."""
    text = " ".join((text or "").split())
    if len(text) <= width:
        return text
    cut = text[:width - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut).rstrip(" ,;:") + "…"


def with_name(code: str | None) -> str:
    """A CAMEO code with its name, for people: ``042 Make a visit``."""
    from tidings.query import cameo_name

    name = cameo_name(code)
    return f"{code} {name}" if name else (code or "")


@main.command("events")
@db_option
@click.option("--source", help="Source actor CODE (prefix: USA matches USAGOV).")
@click.option("--target", help="Target actor CODE (prefix).")
@click.option("--actor", help="Actor CODE (prefix) on either side.")
@click.option("--cameo", help="CAMEO event CODE (prefix: 04 matches 042).")
@click.option("--since", callback=iso_date, metavar="YYYY-MM-DD",
              help="Events dated on or after this day (the event's own date).")
@click.option("--until", callback=iso_date, metavar="YYYY-MM-DD",
              help="Events dated on or before this day (the event's own date).")
@click.option("--text", help="Words in the events' documents (exact words, all of them).")
@click.option("--order", type=click.Choice(["newest", "oldest"]), default="newest", show_default=True)
@click.option("--limit", type=click.IntRange(0), default=None, help="At most this many events.")
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--mentions", is_flag=True, help="List every report (mention), not one consolidated event per happening.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True, help="csv has the columns of `tidings export --format csv`.")
def events_command(db, source, target, actor, cameo, since, until, text, order, limit, offset,
                   mentions, fmt):
    """Query stored events (the same rules and rows as /api/events and tidings.open)."""
    from tidings.query import QueryError
    from tidings.store.export import write_csv

    with open_query(db) as t:
        try:
            rows = t.events(source=source, target=target, actor=actor, cameo=cameo, since=since,
                            until=until, text=text, order=order, limit=limit, offset=offset,
                            mentions=mentions)
        except QueryError as exc:
            raise click.ClickException(str(exc)) from None
    if fmt == "jsonl":
        for e in rows:
            click.echo(json.dumps(e, ensure_ascii=False))
    elif fmt == "csv":
        write_csv(rows, sys.stdout)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False)
        for col in ("date", "source", "target", "cameo", "plover", "modality", "mentions", "articles",
                    "evidence"):
            table.add_column(col, overflow="fold")
        for e in rows:
            table.add_row(str(e.get("date") or ""), str((e.get("source") or {}).get("code") or "-"),
                          str((e.get("target") or {}).get("code") or "-"), with_name(e.get("cameo")),
                          str(e.get("plover") or ""), str(e.get("modality") or ""),
                          str(e.get("num_mentions")), str(e.get("num_articles")),
                          shorten(e.get("evidence") or "", 160))
        Console(width=200 if not sys.stdout.isatty() else None).print(table)
        click.echo(f"{len(rows)} events", err=True)


@main.command("quotes")
@db_option
@click.option("--speaker", help="Speaker name (substring) or actor CODE (prefix).")
@click.option("--text", help="Words of the quote (exact words, all of them).")
@click.option("--limit", type=click.IntRange(0), default=None)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
def quotes_command(db, speaker, text, limit, offset, fmt):
    """Query stored quotes, newest first (the same rules and rows as /api/quotes)."""
    from tidings.query import QueryError

    with open_query(db) as t:
        try:
            rows = t.quotes(speaker=speaker, text=text, limit=limit, offset=offset)
        except QueryError as exc:
            raise click.ClickException(str(exc)) from None
    for q in rows:
        if fmt == "jsonl":
            click.echo(json.dumps(q, ensure_ascii=False))
        else:
            sp = q.get("speaker") or {}
            who = sp.get("name") or sp.get("text") or "?"
            click.echo(f"{who} [{sp.get('code') or '-'}] ({q['document_id']}): {q['text']}")
    if fmt == "table":
        click.echo(f"{len(rows)} quotes", err=True)


@main.command("export")
@db_option
@click.option("--format", "fmt", required=True,
              type=click.Choice(["gdelt", "cameo", "plover", "jsonl", "csv", "parquet"]),
              help="gdelt: GDELT 2.0 event table (61 columns, tab-separated, no header, no quoting); "
                   "cameo: PETRARCH-style triples; plover: POLECAT-like JSON Lines; jsonl: full "
                   "documents; csv: events (the columns of `tidings events --format csv`); parquet: "
                   "events partitioned by event date (needs --output DIR).")
@click.option("-o", "--output", type=click.Path(), help="Output file (directory for parquet); default stdout.")
@click.option("--mentions", is_flag=True, help="Export every report (mention), not one consolidated event per happening.")
def export_command(db, fmt, output, mentions):
    """Export the store."""
    from tidings.store import export

    with open_query(db) as t:
        if fmt == "parquet":
            if not output:
                raise click.UsageError("--format parquet needs --output DIR")
            n = export.to_parquet(t, output, mentions=mentions)
            click.echo(f"wrote {n} events to {output}", err=True)
            return
        stream = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            n = export.write(t, fmt, stream, mentions=mentions)
        finally:
            if output:
                stream.close()
        click.echo(f"exported {n} rows", err=True)


def parse_every(ctx, param, value: str) -> float:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", value or "")
    if not match:
        raise click.BadParameter(f"{value!r} is not an interval like 30s, 15m, 2h")
    return float(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]


@main.command("watch")
@click.argument("feeds", nargs=-1, required=True)
@db_option
@click.option("--every", default="15m", show_default=True, callback=parse_every,
              help="Polling interval (30s, 15m, 2h).")
@click.option("--times", type=click.IntRange(1), default=None,
              help="Stop after this many polls (default: run until interrupted).")
@fetch_options
def watch_command(feeds, db, every, times, allow_private, timeout, max_bytes, delay, ignore_robots):
    """Poll FEEDS and ingest only new items (ETag, Last-Modified, seen URLs)."""
    from tidings.jobs.watch import Watcher
    from tidings.store import StoreError

    policy = make_policy(allow_private, timeout, max_bytes, delay, ignore_robots)
    try:
        watcher = Watcher(feeds, db, policy=policy)
        for n, summary in watcher.run(every=every, times=times):
            print_summary(summary.to_dict(), title=f"poll {n}")
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
