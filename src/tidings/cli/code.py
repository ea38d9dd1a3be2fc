"""`tidings code`: documents in, JSON Lines in the output contract out."""

from __future__ import annotations

import json
import sys

import click

from tidings.cli import main
from tidings.cli.options import dictionary_options, iso_date, model_option


def load_coder(actors, agents):
    """The loaded stages; a malformed dictionary (``DictionaryError``) is reported by the CLI's
    one handler of ``TidingsError``, an unreadable one here."""
    from tidings.pipeline import Coder

    try:
        return Coder.load(actors=actors, agents=agents)
    except OSError as exc:
        raise click.ClickException(str(exc)) from None


@main.command("code")
@click.argument("paths", nargs=-1)
@click.option("--date", "published", callback=iso_date, metavar="YYYY-MM-DD",
              help="Publication date for inputs that lack one.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Local processes to code with.")
@model_option
@dictionary_options
def code_command(paths: tuple[str, ...], published: str | None, workers: int, actors, agents) -> None:
    """Code news documents into events, quotes and attributions (JSON Lines on stdout).

    PATHS are plain-text, HTML or JSON Lines files (one document a line with `id`, `text` or
    `html`, and optional `url`, `title`, `published`); `-` or no PATH reads standard input.
    A document that cannot be coded still gets its line, with an `error`.
    """
    from tidings.pipeline import check_dictionaries, code, code_parallel
    from tidings.sources import read_sources

    if not paths:
        if sys.stdin.isatty():
            raise click.UsageError("give PATHs, or '-' to read standard input")
        paths = ("-",)
    raws = read_sources(paths)
    if workers > 1:
        try:
            check_dictionaries(actors, agents)  # in this process: fails before any worker starts
        except OSError as exc:
            raise click.ClickException(str(exc)) from None
        records = code_parallel(raws, workers=workers, published=published, actors=actors, agents=agents)
    else:
        records = code(raws, published=published, coder=load_coder(actors, agents))
    coded = failed = 0
    for record in records:
        out = record.to_dict()
        click.echo(json.dumps(out, ensure_ascii=False))
        if record.error:
            failed += 1
            click.echo(f"tidings: {record.article.id}: {record.error}", err=True)
        else:
            coded += 1
    if coded == 0:
        raise click.ClickException(
            "nothing could be coded" if failed else "no documents in the input")
