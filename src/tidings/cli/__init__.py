"""The command line: thin adapters that parse arguments, call the library and print.

Each area keeps its commands in its own module of this package; they register on ``main``.
Domain errors become ``click.ClickException`` (a message on stderr, exit 1) here, at the edge.
"""

from __future__ import annotations

import logging

import click

from tidings import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tidings")
@click.option("-v", "--verbose", is_flag=True, help="Log progress and diagnostics to stderr.")
def main(verbose: bool) -> None:
    """tidings: news about international affairs into sourced event data."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


# Command modules register themselves on `main` when imported.
from tidings.cli import actors, code, evaluate, events_eval, quotes_eval, run, serve, store  # noqa: E402,F401
