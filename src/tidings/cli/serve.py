"""Query and serving commands: timeline, network, serve.

Thin: parse arguments, call ``tidings.query`` / ``tidings.api``, print.
"""

from __future__ import annotations

import errno
import json
import sys
from pathlib import Path

import click

from tidings.cli import main
from tidings.settings import Settings
from tidings.cli.options import db_option

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
QUAD_COLOURS = {1: "#4e9a06", 2: "#2e7d32", 3: "#f57c00", 4: "#c62828"}


def open_query(db: str):
    from tidings.query import open_store
    from tidings.store import StoreError

    try:
        return open_store(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def filter_options(func):
    """Event filters shared by timeline and network."""
    for name, help_text in reversed([
            ("--cameo", "CAMEO code or prefix (04 matches 042)."),
            ("--root", "CAMEO root code (01-20)."),
            ("--plover", "PLOVER event type (CONSULT, ACCUSE…)."),
            ("--quad-class", "QuadClass 1-4."),
            ("--modality", "asserted, negated, threatened, promised, …"),
            ("--since", "Events on or after YYYY-MM-DD."),
            ("--until", "Events on or before YYYY-MM-DD."),
            ("--text", "Words in the events' documents (full text).")]):
        func = click.option(name, default=None, help=help_text)(func)
    return func


def run_query(fn, *args, **kwargs):
    from tidings.query import QueryError

    try:
        return fn(*args, **kwargs)
    except QueryError as exc:
        raise click.BadParameter(str(exc)) from None


@main.command("timeline")
@click.argument("source")
@click.argument("target", required=False)
@db_option
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="month", show_default=True,
              help="Period of each point.")
@click.option("--both", is_flag=True, help="Count both directions (SOURCE→TARGET and back).")
@click.option("--plot", type=click.Path(dir_okay=False, writable=True),
              help="Write a chart (PNG, SVG or PDF by extension).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@filter_options
def timeline_command(source, target, db, by, both, plot, fmt, **filters):
    """Events of a dyad per period by QuadClass, with mean Goldstein.

    SOURCE and TARGET are actor codes or prefixes (USA matches USAGOV); leave TARGET out for
    everything SOURCE does.
    """
    with open_query(db) as t:
        series = run_query(t.timeline, source, target, by=by, both=both, **filters)
    rows = series.rows
    off_timeline = partial_note(series.partial)
    if not series.events:
        # nothing to chart or list: say so and fail, rather than write an empty chart
        arrow = "↔" if both else "→"
        raise click.ClickException(f"no events for {series.source} {arrow} {series.target or 'any'}"
                                   + (f" with a full date ({off_timeline})" if off_timeline else ""))
    if fmt == "json":
        click.echo(json.dumps(series.to_dict()))
    elif fmt == "csv":
        click.echo("period,q1,q2,q3,q4,events,goldstein")
        for r in rows:
            g = "" if r["goldstein"] is None else r["goldstein"]
            click.echo(f"{r['period']},{r['q1']},{r['q2']},{r['q3']},{r['q4']},{r['events']},{g}")
    else:
        click.echo(f"{'period':<12}{'q1':>6}{'q2':>6}{'q3':>6}{'q4':>6}{'events':>8}{'goldstein':>11}")
        for r in rows:
            g = "" if r["goldstein"] is None else f"{r['goldstein']:.2f}"
            click.echo(f"{r['period']:<12}{r['q1']:>6}{r['q2']:>6}{r['q3']:>6}{r['q4']:>6}"
                       f"{r['events']:>8}{g:>11}")
        click.echo(f"{series.events} events in {len(rows)} periods", err=True)
    if off_timeline:
        click.echo(f"not on the timeline: {off_timeline}", err=True)
    if plot:
        plot_timeline(series, plot)
        click.echo(f"wrote {plot}", err=True)


def partial_note(partial: dict) -> str:
    """ "3 events with only a year, 1 event with only a month" (empty when there are none)."""
    counts = [(partial.get(p, 0), p) for p in ("year", "month")]
    return ", ".join(f"{n} event{'s' if n != 1 else ''} with only a {p}" for n, p in counts if n)


def plot_timeline(series, path: str) -> None:
    """Stacked bars of events by QuadClass per period, and the mean Goldstein line."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator
    from datetime import date, timedelta

    rows = series.rows
    x = [date.fromisoformat(r["period"]) for r in rows]
    width = {"day": 0.8, "week": 5.0, "month": 24.0}[series.by]
    fig, ax = plt.subplots(figsize=(10, 4.5), dpi=110)
    bottom = [0] * len(rows)
    for q in (1, 2, 3, 4):
        values = [r[f"q{q}"] for r in rows]
        ax.bar(x, values, width=width, bottom=bottom, color=QUAD_COLOURS[q], align="edge",
               label=f"Q{q} {QUAD_NAMES[q]}")
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_ylabel("events")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(mdates.AutoDateLocator()))
    ax2 = ax.twinx()
    # an empty period is NaN: the line breaks there instead of joining its neighbours
    centre = {"day": 0.4, "week": 2.5, "month": 12.0}[series.by]
    gx = [xi + timedelta(days=centre) for xi in x]
    gy = [float("nan") if r["goldstein"] is None else r["goldstein"] for r in rows]
    ax2.plot(gx, gy, color="#222222", marker="o", markersize=3, linewidth=1.5,
             label="mean Goldstein")
    ax2.set_ylim(-10, 10)
    ax2.axhline(0, color="#999999", linewidth=0.6)
    ax2.set_ylabel("mean Goldstein")
    arrow = "↔" if series.both else "→"
    ax.set_title(f"{series.source or 'any'} {arrow} {series.target or 'any'}, events per {series.by}")
    note = partial_note(series.partial)
    if note:
        ax.annotate(f"not shown: {note}", xy=(1, -0.12), xycoords="axes fraction", ha="right",
                    fontsize=8, color="#555555")
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(h1 + h2, l1 + l2, loc="upper left", fontsize=8, frameon=False)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


@main.command("network")
@db_option
@click.option("--limit", type=click.IntRange(1, 1000), default=50, show_default=True,
              help="The heaviest edges to show.")
@click.option("--source", help="Source actor code or prefix.")
@click.option("--target", help="Target actor code or prefix.")
@click.option("--actor", help="Either side, code or prefix.")
@click.option("--level", type=click.Choice(["country", "actor"]), default="country", show_default=True,
              help="country: actors rolled up to their country (USAGOV → USA; organisations stay "
                   "themselves); actor: every actor code.")
@click.option("--both-coded", is_flag=True,
              help="Only events whose two sides have a known country (no ---GOV).")
@click.option("--domestic/--no-domestic", default=None,
              help="Edges inside one country [default: left out at country level, kept at actor level].")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@filter_options
def network_command(db, limit, source, target, actor, level, both_coded, domestic, fmt, **filters):
    """Who acts on whom: directed edges weighted by number of events."""
    with open_query(db) as t:
        net = run_query(t.network, limit=limit, source=source, target=target, actor=actor,
                        level=level, both_coded=both_coded, domestic=domestic, **filters)
    if fmt == "json":
        click.echo(json.dumps(net))
        return
    click.echo(f"{'source':<12}{'target':<12}{'events':>8}{'coop':>6}{'confl':>6}{'goldstein':>11}")
    for e in net["edges"]:
        g = "" if e["goldstein"] is None else f"{e['goldstein']:.2f}"
        click.echo(f"{e['source']:<12}{e['target']:<12}{e['events']:>8}{e['cooperation']:>6}"
                   f"{e['conflict']:>6}{g:>11}")
    click.echo(f"{len(net['edges'])} edges, {len(net['nodes'])} actors", err=True)


def read_token(token_file: str | None) -> str | None:
    """The API token: --token-file wins over TIDINGS_API_TOKEN; blank means none."""
    if token_file:
        path = Path(token_file)
        try:
            value = path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise click.BadParameter(f"cannot read {token_file}: {exc.strerror}",
                                     param_hint="--token-file") from None
        if not value:
            raise click.BadParameter(f"{token_file} is empty", param_hint="--token-file")
        return value
    return Settings.load().api_token


@main.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on; a free one is picked when it is in use.")
@click.option("--token-file", type=click.Path(dir_okay=False),
              help="File holding the bearer token that enables POST /api/documents "
                   "(else TIDINGS_API_TOKEN; without a token the API is read-only).")
def serve_command(db, host, port, token_file):
    """Serve the REST API and the dashboard (http://HOST:PORT/, API docs at /docs)."""
    import uvicorn

    from tidings.api import create_app
    from tidings.store import StoreError

    token = read_token(token_file)
    try:
        app = create_app(db, token=token)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    mode = "read-write with token" if token else "read-only"
    sock = bind_listener(host, port)
    bound = sock.getsockname()[1]
    if port and bound != port:
        click.echo(f"tidings: port {port} is in use; serving on {bound} instead", err=True)
    # the URL is printed only once the port is ours, so it is never a URL that then fails
    click.echo(f"tidings: serving {db} ({mode}) at http://{url_host(host)}:{bound}/  "
               "(Ctrl-C to stop)", err=True)
    sys.stderr.flush()
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    server.run(sockets=[sock])


def bind_listener(host: str, port: int):
    """A listening socket on ``host:port``, or on a free port when that one is taken."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    for candidate in (port, 0) if port else (0,):
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, candidate))
        except OSError as exc:
            sock.close()
            if candidate == 0 or exc.errno not in (errno.EADDRINUSE, errno.EACCES):
                raise click.ClickException(f"cannot listen on {host}:{candidate}: {exc.strerror}") from None
            continue
        sock.listen(2048)
        sock.set_inheritable(True)
        return sock
    raise AssertionError("unreachable: port 0 either binds or raises")


def url_host(host: str) -> str:
    """The host to print in a URL: a wildcard address is reached as localhost."""
    if host in ("0.0.0.0", "::", ""):
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host
