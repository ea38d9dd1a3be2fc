"""Options several commands share, defined once."""

from __future__ import annotations

import functools
from datetime import date

import click


def iso_date(ctx, param, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def db_option(func):
    return click.option("--db", default="tidings.db", show_default=True, envvar="TIDINGS_DB",
                        help="SQLite file or postgresql:// URL of the store.")(func)


def dictionary_options(func):
    """--actors/--agents/--strict-dictionaries: the dictionaries are read (and cached) before the
    command runs, a summary of what was read and skipped goes to stderr, and with
    --strict-dictionaries the first malformed entry stops the command."""

    @functools.wraps(func)
    def run(*args, strict_dictionaries: bool = False, **kwargs):
        actors, agents = kwargs.get("actors") or (), kwargs.get("agents") or ()
        if actors or agents:
            from tidings.actors.dictionaries import DictionaryError, check_dictionaries

            try:
                report = check_dictionaries(actors, agents, strict=strict_dictionaries)
            except DictionaryError as exc:
                raise click.ClickException(str(exc)) from None
            click.echo(f"tidings: dictionaries: {report.summary()}", err=True)
        return func(*args, **kwargs)

    run = click.option("--strict-dictionaries", is_flag=True,
                       help="Refuse a dictionary with a malformed entry (default: skip the entry "
                            "with a warning naming file, line and reason).")(run)
    run = click.option("--agents", "agents", multiple=True, type=click.Path(dir_okay=False),
                       help="Agents dictionary (ours or PETRARCH format); repeatable.")(run)
    run = click.option("--actors", "actors", multiple=True, type=click.Path(dir_okay=False),
                       help="Actors dictionary (ours or PETRARCH format); repeatable.")(run)
    return run
