"""`tidings eval events --gold PATH`: precision, recall and F1 of the event coder on a gold set."""

from __future__ import annotations

import json

import click

from tidings.cli.evaluate import eval_group
from tidings.cli.options import model_option


@eval_group.command("events")
@click.option("--gold", "gold", type=click.Path(dir_okay=False),
              help="ConfliBERT penta-class TSV, ConfliBERT span IOB, or PETRARCH unit-test JSONL.")
@click.option("--uncoded", "corpus", multiple=True, metavar="SOURCE",
              help="Instead of scoring: code this corpus (files, directories, JSON Lines; repeatable) and list "
                   "the verbs and nouns that link two resolved actors in sentences where no event was coded.")
@click.option("--top", type=click.IntRange(min=1), default=40, show_default=True,
              help="With --uncoded: how many words to list.")
@click.option("--limit", type=int, default=None, help="Score only the first N records.")
@click.option("--actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="PETRARCH-format actor dictionary (default for PETRARCH: the ones next to the gold file).")
@click.option("--agents", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="PETRARCH-format agents dictionary.")
@click.option("--verbs", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="PETRARCH-format verbs dictionary (default for PETRARCH: the one next to the gold file).")
@click.option("--discards", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="PETRARCH-format discards file.")
@model_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
def events_cmd(gold: str | None, corpus: tuple[str, ...], top: int, limit: int | None, actors, agents, verbs,
               discards, as_json: bool) -> None:
    """Score CAMEO event coding against a gold set and print P/R/F1 per metric (--gold), or list what
    the lexicon lacks in a corpus (--uncoded)."""
    if bool(gold) == bool(corpus):
        raise click.UsageError("give either --gold FILE or --uncoded SOURCE")
    if corpus:
        _uncoded(corpus, top, limit, actors, agents, as_json)
        return
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


def _uncoded(corpus, top: int, limit: int | None, actors, agents, as_json: bool) -> None:
    import itertools

    from tidings.events.uncoded import uncoded
    from tidings.pipeline import Coder
    from tidings.sources import read_sources

    raws = read_sources(list(corpus))
    if limit:
        raws = itertools.islice(raws, limit)
    report = uncoded(raws, coder=Coder.load(actors=actors, agents=agents, model=False), top=top)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        return
    click.echo(f"{report.documents} documents ({report.failed} not coded), {report.sentences} sentences; "
               f"{report.candidates} with two coded actors and no event, {report.linked} of them joined "
               f"by a verb or noun")
    click.echo(f"{'n':>5}  {'word':24} {'known':5}  {'dyad':22} example")
    for e in report.entries:
        click.echo(f"{e.sentences:5}  {e.lemma + ' (' + e.pos + ')':24} {'yes' if e.known else 'no':5}  "
                   f"{e.dyad:22} {e.example}")
