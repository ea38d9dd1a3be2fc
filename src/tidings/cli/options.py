"""Options several commands share, defined once."""

from __future__ import annotations

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
    func = click.option("--agents", "agents", multiple=True, type=click.Path(dir_okay=False),
                        help="Agents dictionary (ours or PETRARCH format); repeatable.")(func)
    func = click.option("--actors", "actors", multiple=True, type=click.Path(dir_okay=False),
                        help="Actors dictionary (ours or PETRARCH format); repeatable.")(func)
    return func
