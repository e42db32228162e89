"""Store commands: `ingest` saved pages, list `events` and `runs`, `show` one article."""

from __future__ import annotations

import csv
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from vnpolice.cli.base import VN_TZ, cli, db_option, store


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@db_option
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary.")
def ingest(paths: tuple[Path, ...], db: str | None, quiet: bool) -> None:
    """Run saved pages through the pipeline into the store: HTML files (.html, .html.gz),
    WARC files (.warc, .warc.gz: ours or any crawler's) and folders of them.

    \b
    Examples:
      vnpolice ingest fixtures/pages
      vnpolice ingest warc/            # rebuild an archive from the crawl's WARC files
    """
    from vnpolice.ingest import ingest as run_ingest

    def report(outcome: Any) -> None:
        if not quiet:
            extra = f" ({outcome.reason})" if outcome.reason else ""
            click.echo(f"{outcome.status:<12} {outcome.url}{extra}", err=True)

    counts = run_ingest(store(db), paths, on_page=report)
    summary = ", ".join(
        f"{k}={counts.get(k, 0)}"
        for k in ("new", "new_version", "unchanged", "not_article", "failed", "events")
    ) + (f", damaged_warc={counts['damaged_warc']}" if counts.get("damaged_warc") else "")
    click.echo(f"ingested: {summary}")
    if counts.get("failed"):
        sys.exit(1)


@cli.command()
@db_option
@click.option("--type", "event_type", default=None, help="Only events of this type.")
@click.option("--limit", type=click.IntRange(min=1), default=None)
@click.option("--json", "fmt", flag_value="json", help="JSON lines.")
@click.option("--csv", "fmt", flag_value="csv", help="CSV with a header row.")
def events(db: str | None, event_type: str | None, limit: int | None, fmt: str | None) -> None:
    """List stored events (a table, or --json / --csv).

    \b
    Examples:
      vnpolice events
      vnpolice events --type blood_donation --csv > blood.csv
    """
    from vnpolice.extract.rules.events import EVENT_TYPES
    from vnpolice.query import EVENT_COLUMNS, list_events

    if event_type and event_type not in EVENT_TYPES:
        raise click.BadParameter(
            f"{event_type!r} is not one of {', '.join(EVENT_TYPES)}", param_hint="--type"
        )
    with store(db)() as session:
        rows = list_events(session, type=event_type, limit=limit)
    if fmt == "json":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=EVENT_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()})
    else:
        print_events_table(rows)


def cut(value: Any, width: int) -> str:
    text = "; ".join(value) if isinstance(value, list) else ("" if value is None else str(value))
    return text if len(text) <= width else text[: width - 1] + "…"


def print_events_table(rows: list[dict[str, Any]]) -> None:
    columns = (
        ("id", 5),
        ("date", 10),
        ("type", 14),
        ("name", 34),
        ("organisers", 30),
        ("quantities", 24),
        ("title", 50),
    )
    click.echo("  ".join(name.ljust(width) for name, width in columns).rstrip())
    for row in rows:
        click.echo(
            "  ".join(cut(row[name], width).ljust(width) for name, width in columns).rstrip()
        )
    click.echo(f"{len(rows)} event(s)")


@cli.command()
@click.argument("ref", metavar="ARTICLE_ID_OR_URL")
@db_option
def show(ref: str, db: str | None) -> None:
    """Show an article with its extracted facts, sentence by sentence.

    \b
    Example:
      vnpolice show 1
    """
    from vnpolice.query import facts_by_sentence, find_article

    with store(db)() as session:
        article = find_article(session, ref)
        if article is None:
            raise click.BadParameter(
                f"no article with id or URL {ref!r}", param_hint="ARTICLE_ID_OR_URL"
            )
        click.echo(article.title or "(no title)")
        click.echo(f"{article.url}")
        published = (
            article.published.astimezone(VN_TZ).isoformat() if article.published else "unknown"
        )
        click.echo(
            f"published {published}; version {article.version}; extractor {article.extractor_version}"
        )
        for ev in article.events:
            click.echo(f"event: {ev.type} {ev.date_value or ''} {ev.name or ''}".rstrip())
        for number, sentence in enumerate(facts_by_sentence(article), 1):
            click.echo(
                f"\n[{number}] {_highlight(sentence.text, sentence.start, sentence.mentions)}"
            )
            for x in sentence.mentions:
                click.echo(f"    {x.kind:<9} {x.surface!r} -> {_describe(x)}  ({x.rule})")


def _highlight(text: str, offset: int, mentions: list[Any]) -> str:
    """Mark each mention in its sentence with ⟦ ⟧ (outermost first, overlaps skipped)."""
    out, cursor = [], 0
    for x in sorted(mentions, key=lambda x: (x.start, -x.end)):
        start, end = x.start - offset, min(x.end - offset, len(text))
        if start < cursor:
            continue
        out.append(text[cursor:start] + "⟦" + text[start:end] + "⟧")
        cursor = end
    return "".join(out) + text[cursor:]


def _describe(x: Any) -> str:
    d = x.data
    if x.kind == "quantity":
        return f"{d.get('value')} {d.get('unit')} [{d.get('qualifier')}]"
    if x.kind == "person":
        return ", ".join(v for v in (d.get("rank"), d.get("name"), d.get("title")) if v)
    if x.kind == "agency":
        return " ".join(
            v for v in (d.get("canonical"), f"[{d['code']}]" if d.get("code") else None) if v
        )
    return str(x.value)


@cli.command()
@db_option
@click.option(
    "--limit", type=click.IntRange(min=1), default=20, show_default=True, help="The latest N runs."
)
@click.option("--json", "as_json", is_flag=True, help="JSON lines with all counts.")
def runs(db: str | None, limit: int, as_json: bool) -> None:
    """List the recorded crawl and ingest runs: id, command, start, end, status, counts.

    \b
    Example:
      vnpolice runs --limit 5
    """
    from sqlalchemy import select

    from vnpolice import models as m

    with store(db)() as session:
        rows = list(
            session.scalars(select(m.CrawlRun).order_by(m.CrawlRun.id.desc()).limit(limit))
        )[::-1]
    if as_json:
        for r in rows:
            click.echo(
                json.dumps(
                    {
                        "id": r.id,
                        "command": r.command,
                        "arguments": r.arguments,
                        "started": r.started.isoformat(),
                        "ended": r.ended.isoformat() if r.ended else None,
                        "status": r.status,
                        "counts": r.counts,
                    },
                    ensure_ascii=False,
                )
            )
        return
    click.echo(f"{'id':>4}  {'command':<28} {'started':<19}  {'ended':<19}  {'status':<10} counts")
    for r in rows:
        command = " ".join([r.command, *[str(a) for a in r.arguments if a != r.command]])
        counts = ", ".join(
            f"{k}={v}"
            for k, v in (r.counts or {}).items()
            if k not in ("sites", "host", "pid") and v
        )
        click.echo(
            f"{r.id:>4}  {cut(command, 28):<28} {_when(r.started):<19}  {_when(r.ended):<19}  "
            f"{r.status:<10} {counts}"
        )
    click.echo(f"{len(rows)} run(s)")


def _when(value: datetime | None) -> str:
    return value.astimezone(VN_TZ).strftime("%Y-%m-%d %H:%M:%S") if value else "-"
