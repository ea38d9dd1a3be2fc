"""`tidings run`: the main job of `make run` — ingest, summarise, then serve the dashboard."""

from __future__ import annotations

import click

from tidings.cli import main
from tidings.cli.options import db_option, iso_date


def print_overview(db: str) -> None:
    """A readable summary of the store: events by dyad and CAMEO root, quotes by speaker."""
    from collections import Counter

    from tidings.query import open_store

    with open_store(db) as q:
        stats = q.stats()
        dyads: Counter = Counter()
        offset = 0
        while page := q.events(limit=500, offset=offset):
            for e in page:
                src = (e.get("source") or {}).get("code") or "—"
                tgt = (e.get("target") or {}).get("code") or "—"
                dyads[(src, tgt, e["root"])] += 1
            offset += len(page)
        speakers = q.quotes_by_speaker(limit=10)
    click.echo(f"\n{stats.get('documents', 0)} documents, {stats.get('events', 0)} events, "
               f"{stats.get('quotes', 0)} quotes in {db}")
    click.echo("\nEvents by dyad and CAMEO root:")
    for (src, tgt, root), n in sorted(dyads.items(), key=lambda kv: (-kv[1], kv[0]))[:25]:
        click.echo(f"  {n:4d}  {src:>10} → {tgt:<10} root {root}")
    click.echo("\nQuotes by speaker:")
    for s in speakers:
        click.echo(f"  {s['quotes']:4d}  {s['name'] or '(unknown)'} ({s['code'] or 'no code'})")


@main.command("run")
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--date", "published", callback=iso_date, metavar="YYYY-MM-DD",
              help="Publication date for inputs that lack one.")
@click.option("--serve/--no-serve", default=True, show_default=True,
              help="Start the dashboard after ingesting.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to serve on; a free one is picked when it is in use.")
@click.pass_context
def run_command(ctx, sources, db, published, serve, host, port) -> None:
    """Ingest SOURCES into the store, print a summary, and serve the dashboard."""
    from tidings.cli.serve import serve_command
    from tidings.cli.progress import known_total
    from tidings.cli.store import print_summary, run_ingest
    from tidings.sources import read_sources

    summary = run_ingest(read_sources(sources), db, published, total=known_total(sources))
    print_summary(summary.to_dict())
    print_overview(db)
    if serve:
        click.echo("\nDashboard:")  # serve prints the URL once it holds the port
        ctx.invoke(serve_command, db=db, host=host, port=port, token_file=None)
