"""`tidings eval …`: accuracy on gold sets. Each area adds its own subcommand to `eval_group`."""

from __future__ import annotations

from tidings.cli import main


@main.group("eval")
def eval_group() -> None:
    """Measure accuracy against gold sets (events, quotes)."""
