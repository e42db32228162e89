"""``vnpolice evaluate``: precision, recall and F1 against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import click

from vnpolice.cli.base import cli


@cli.command()
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--split",
    type=click.Choice(["dev", "heldout"]),
    default=None,
    help="Only this half of the gold set.",
)
@click.option(
    "--misses/--no-misses", default=True, help="List what was missed and what was spurious."
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--predictions",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Score these facts (gold-format .jsonl: a second annotator's, another system's) "
    "instead of running the extractors; only the articles they cover.",
)
def evaluate(
    gold: Path, split: str | None, misses: bool, as_json: bool, predictions: Path | None
) -> None:
    """Score the extractors on gold annotations: precision, recall and F1 per field.

    GOLD is a folder with texts.jsonl and annotations/*.jsonl, or one .jsonl file whose records
    carry their text.

    \b
    Example:
      vnpolice evaluate fixtures/gold --split heldout
      vnpolice evaluate fixtures/gold --predictions second_annotator.jsonl
    """
    from vnpolice.evaluate import FIELDS, load_gold
    from vnpolice.evaluate import evaluate as run_evaluate

    records = load_gold(gold, split)
    if not records:
        raise click.BadParameter(
            f"no gold articles in {gold}" + (f" for split {split}" if split else ""),
            param_hint="GOLD",
        )
    predicted = None
    if predictions is not None:
        from vnpolice.evaluate import gold_records

        predicted = {r["id"]: r for r in gold_records(predictions)}
        if not {r["id"] for r in records} & predicted.keys():
            raise click.BadParameter(
                f"{predictions} covers none of the gold articles", param_hint="--predictions"
            )
    report = run_evaluate(records, predicted)
    if as_json:
        scores = {
            f: {
                "precision": s.precision,
                "recall": s.recall,
                "f1": s.f1,
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
            }
            for f, s in report.scores.items()
        }
        click.echo(json.dumps({"articles": report.articles, "scores": scores}, ensure_ascii=False))
        return
    if misses:
        for miss in sorted(report.misses, key=lambda m: (m.article, FIELDS.index(m.field), m.kind)):
            click.echo(
                f"{miss.article}  {miss.field:<11} {miss.kind:<8} {' | '.join(miss.key)}  {miss.text!r}"
            )
        click.echo("")
    click.echo(f"{report.articles} article(s)" + (f", split {split}" if split else ""))
    click.echo(
        f"{'field':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"
    )
    for name, s in report.scores.items():
        click.echo(
            f"{name:<12} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.tp:>5} {s.fp:>5} {s.fn:>5}"
        )
