"""`tidings actors`: list the actor mentions of a text with their codes and why."""

from __future__ import annotations

import json
import sys

import click

from tidings.cli import main
from tidings.cli.options import dictionary_options


@main.command()
@click.argument("path", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--date", "date", metavar="YYYY-MM-DD", help="Publication date (decides officials' roles).")
@click.option("--url", "url", metavar="URL", help="The page the text comes from (on a head of state's own site, "
              "\"the President\" is its holder).")
@dictionary_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def actors(path: str, date: str | None, url: str | None, actors: tuple[str, ...], agents: tuple[str, ...], fmt: str) -> None:
    """List each actor mention in a FILE (plain text or HTML; - for stdin) with its CAMEO code
    and why. The text is extracted and cleaned as `tidings code` does (an HTML page's main text,
    without markup or boilerplate); offsets are into that text."""
    import datetime as dt
    from pathlib import Path

    from tidings import nlp
    from tidings.actors import ActorResolver, DictionaryError
    from tidings.extract import extract
    from tidings.sources.files import HTML_SUFFIXES, from_text

    if date:
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            raise click.ClickException(f"--date {date!r} is not a date (want YYYY-MM-DD)")
    try:
        if path == "-":
            text = sys.stdin.read()
        else:
            with open(path, encoding="utf-8") as f:
                text = f.read()
    except UnicodeDecodeError:
        raise click.ClickException(f"{path}: not UTF-8 text")
    except OSError as exc:
        raise click.ClickException(f"{path}: {exc.strerror}")
    as_html = True if Path(path).suffix.lower() in HTML_SUFFIXES else None  # else sniffed
    article = extract(from_text(text, path, as_html=as_html))
    if article.error:
        raise click.ClickException(f"{path}: {article.error}")
    text = article.text
    date = date or article.published
    try:
        resolver = ActorResolver.load(actors=actors, agents=agents)
    except DictionaryError as exc:
        raise click.ClickException(str(exc))
    mentions = resolver.find(nlp.parse_one(text), published=date, url=url or article.url)
    if fmt == "jsonl":
        for a in mentions:
            click.echo(json.dumps({"text": a.text, "start": a.start, "end": a.end, "code": a.code,
                                   "country": a.country, "sectors": a.sectors, "name": a.name,
                                   "label": a.label, "why": a.why}, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("start", "mention", "code", "name", "label", "why", show_lines=False)
    for a in mentions:
        table.add_row(str(a.start), a.text, a.code or "-", a.name or "", a.label or "", a.why or "")
    Console(width=200).print(table)
