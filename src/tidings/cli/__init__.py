"""The command line: thin adapters that parse arguments, call the library and print.

Each area keeps its commands in its own module of this package; they register on ``main``.
Domain errors (``tidings.errors.TidingsError``) become a message on stderr and the error's exit
code in one place, ``TidingsGroup.invoke``; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import logging

import click

from tidings import __version__
from tidings.errors import TidingsError
from tidings.settings import Settings


class TidingsGroup(click.Group):
    """The command group whose ``invoke`` is the CLI's one handler of domain errors."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except TidingsError as exc:
            error = click.ClickException(str(exc))
            error.exit_code = exc.exit_code
            raise error from None


@click.group(cls=TidingsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tidings")
@click.option("-v", "--verbose", is_flag=True, help="Log progress and diagnostics to stderr.")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """tidings: news about international affairs into sourced event data."""
    from tidings import learn, nlp
    from tidings.actors import compiled

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = Settings.load()  # defaults < TIDINGS_* variables; commands' flags override theirs
    nlp.configure(fast=ctx.obj.fast_path)
    learn.configure(ctx.obj.model)
    compiled.configure(ctx.obj.cache_dir)


# Command modules register themselves on `main` when imported.
from tidings.cli import actors, code, evaluate, events_eval, quotes_eval, run, serve, store  # noqa: E402,F401
