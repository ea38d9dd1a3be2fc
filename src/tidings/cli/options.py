"""Options several commands share, defined once; defaults, variables and help come from ``Settings``."""

from __future__ import annotations

import functools
from datetime import date

import click

from tidings.settings import Settings


def iso_date(ctx, param, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def db_option(func):
    return click.option("--db", default=Settings.default("db"), show_default=True, envvar=Settings.env("db"),
                        help=Settings.help("db"))(func)


def fetch_options(func):
    func = click.option("--allow-private", is_flag=True,
                        help="Allow fetching from private, loopback and link-local addresses.")(func)
    for flag, name, kind in (("--timeout", "fetch_timeout", float), ("--max-bytes", "fetch_max_bytes", int),
                             ("--delay", "fetch_delay", float)):
        func = click.option(flag, type=kind, default=Settings.default(name), show_default=True,
                            envvar=Settings.env(name), help=Settings.help(name))(func)
    func = click.option("--ignore-robots", is_flag=True,
                        help="Do not consult robots.txt (only for sites you own).")(func)
    return func


def make_policy(allow_private, timeout, max_bytes, delay, ignore_robots):
    from tidings.sources.fetch import FetchPolicy

    return FetchPolicy(timeout=timeout, max_bytes=max_bytes, per_host_delay=delay,
                       allow_private=allow_private, respect_robots=not ignore_robots)


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


def _no_model(ctx, param, value: bool) -> None:
    if value:  # the flag overrides TIDINGS_MODEL, which the group applied before this command parsed
        from tidings import learn

        learn.configure(False)


model_option = click.option(
    "--no-model", is_flag=True, expose_value=False, callback=_no_model,
    help=f"Code events with the rules alone, without the learned event model ({Settings.env('model')}=0).")
