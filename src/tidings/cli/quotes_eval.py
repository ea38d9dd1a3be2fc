"""`tidings eval quotes --gold DIR`: quote and attribution accuracy on PolNeAR (brat standoff)."""

from __future__ import annotations

import json

import click

from tidings.cli.evaluate import eval_group


@eval_group.command("quotes")
@click.option("--gold", "gold", required=True, type=click.Path(file_okay=False),
              help="PolNeAR directory holding <split>/text and <split>/attributions.")
@click.option("--split", "splits", multiple=True, default=("train", "dev"), show_default=True,
              help="Split to score (repeatable).")
@click.option("--limit", type=int, default=None, help="Score at most N documents.")
@click.option("--every", type=int, default=1, show_default=True,
              help="Keep one document in N (a quick sample).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_quotes(gold: str, splits: tuple[str, ...], limit: int | None, every: int, as_json: bool) -> None:
    """Overlap and token P/R/F1 for quoted spans (holding a quotation mark), PolNeAR direct quotes
    and all attributions, and speaker accuracy."""
    from tidings.quotes.polnear import GoldError, evaluate

    if every < 1:
        raise click.ClickException("--every must be at least 1")
    try:
        scores = evaluate(gold, splits, limit=limit, every=every)
    except GoldError as exc:
        raise click.ClickException(str(exc)) from exc
    if scores.documents == 0:
        raise click.ClickException(f"no annotated documents found under {gold}")
    figures = scores.as_dict()
    if as_json:
        click.echo(json.dumps(figures, indent=2))
        return
    click.echo(f"documents: {figures['documents']} ({', '.join(splits)})")
    click.echo(f"{'':24}{'precision':>10}{'recall':>10}{'F1':>10}{'pred':>8}{'gold':>8}")
    for key, label in (("direct_overlap", "quoted, span overlap"), ("direct_tokens", "quoted, tokens"),
                       ("polnear_direct_overlap", "PolNeAR direct, overlap"),
                       ("all_overlap", "all, span overlap"), ("all_tokens", "all, content tokens")):
        f = figures[key]
        click.echo(f"{label:24}{f['precision']:>10.3f}{f['recall']:>10.3f}{f['f1']:>10.3f}"
                   f"{f['predicted']:>8}{f['gold']:>8}")
    click.echo(f"speaker accuracy on matched direct quotes: {figures['speaker_accuracy']:.3f} "
               f"({figures['speaker_matched']} matched)")
    click.echo(f"speaker accuracy on all matched attributions: {figures['speaker_accuracy_all']:.3f} "
               f"({figures['speaker_matched_all']} matched)")
