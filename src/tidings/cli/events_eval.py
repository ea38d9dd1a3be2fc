"""`tidings eval events --gold PATH`: precision, recall and F1 of the event coder on a gold set."""

from __future__ import annotations

import json

import click

from tidings.cli.evaluate import eval_group


@eval_group.command("events")
@click.option("--gold", "gold", required=True, type=click.Path(dir_okay=False),
              help="ConfliBERT penta-class TSV, ConfliBERT span IOB, or PETRARCH unit-test JSONL.")
@click.option("--limit", type=int, default=None, help="Score only the first N records.")
@click.option("--actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="PETRARCH-format actor dictionary (default for PETRARCH: the ones next to the gold file).")
@click.option("--agents", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="PETRARCH-format agents dictionary.")
@click.option("--verbs", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="PETRARCH-format verbs dictionary (default for PETRARCH: the one next to the gold file).")
@click.option("--discards", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="PETRARCH-format discards file.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
def events_cmd(gold: str, limit: int | None, actors, agents, verbs, discards, as_json: bool) -> None:
    """Score CAMEO event coding against a gold set and print P/R/F1 per metric."""
    from tidings.events.gold import GoldFormatError, evaluate
    from tidings.events.petrarch import PetrarchDictionaryError

    try:
        report = evaluate(gold, limit=limit, actors=actors, agents=agents, verbs=verbs, discards=discards)
    except (GoldFormatError, PetrarchDictionaryError) as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(report.to_dict()))
        return
    click.echo(f"{report.kind}: {report.n} records")
    click.echo(f"{'metric':42} {'P':>7} {'R':>7} {'F1':>7}")
    for name, m in report.metrics.items():
        click.echo(f"{name:42} {m.precision:7.3f} {m.recall:7.3f} {m.f1:7.3f}")
    for k, v in report.extra.items():
        click.echo(f"{k}: {v}")
