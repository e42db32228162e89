"""The ``vnpolice`` command: a thin shell over the library (extract, ingest, events, show)."""

from __future__ import annotations

import csv
import gzip
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from vnpolice import __version__
from vnpolice.db import ENV_VAR, open_store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

VN_TZ = timezone(timedelta(hours=7))

db_option = click.option(
    "--db",
    envvar=ENV_VAR,
    default=None,
    metavar="URL",
    help=f"SQLAlchemy URL of the store (default sqlite:///vnpolice.db; env {ENV_VAR}).",
)


def store(db: str | None) -> sessionmaker[Session]:
    """The store at ``db``; a malformed URL is a usage error, an unreachable server a failure."""
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

    try:
        return open_store(db)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise click.BadParameter(
            f"{db!r} is not a usable database URL ({exc})", param_hint="--db"
        ) from None
    except OperationalError as exc:
        reason = " ".join(str(exc.orig or exc).split())  # drivers print several lines
        raise click.ClickException(f"cannot open the store: {reason}") from None


def parse_published(value: str | None) -> datetime | None:
    """ISO date or datetime; a value without an offset is taken as Vietnam time (+07:00)."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date or datetime") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=VN_TZ)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vnpolice")
def cli() -> None:
    """Crawl Vietnamese police news and extract dated, sourced events."""


def _read_input(path: str) -> bytes:
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    return gzip.decompress(data) if path.endswith(".gz") else data


def _emit(obj: dict[str, Any], pretty: bool) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None))


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--text", "as_text", is_flag=True, help="Inputs are plain text bodies, not HTML.")
@click.option("--url", default=None, help="URL of the input (source site, canonical).")
@click.option("--published", default=None, metavar="ISO", help="Publication date or datetime.")
@click.option(
    "--jsonl",
    "jsonl",
    type=click.File("r", encoding="utf-8"),
    default=None,
    help="Read inputs from a JSONL file ('-' for stdin): id, html or text, url, published.",
)
@click.option("--pretty", is_flag=True, help="Indent the JSON.")
def extract(
    files: tuple[str, ...],
    as_text: bool,
    url: str | None,
    published: str | None,
    jsonl: TextIO | None,
    pretty: bool,
) -> None:
    """Print the extraction contract JSON for each input, one object per line.

    \b
    Examples:
      vnpolice extract page.html
      vnpolice extract --text --published 2020-04-28 article.txt
      vnpolice extract --jsonl inputs.jsonl > facts.jsonl
    """
    if not files and jsonl is None:
        raise click.UsageError("give FILE arguments or --jsonl IN")
    when = parse_published(published)
    from vnpolice.extract.contract import contract_from_html, contract_from_text

    for name in files:
        data = _read_input(name)
        ident = Path(name).name if name != "-" else None
        if as_text:
            out = contract_from_text(data.decode("utf-8"), id=ident, url=url, published=when)
        else:
            out = contract_from_html(data, id=ident, url=url, published=when)
        _emit(out, pretty)
    if jsonl is not None:
        failures = 0
        for number, line in enumerate(jsonl, 1):
            if not line.strip():
                continue
            try:
                out = _extract_record(json.loads(line), number)
            except (ValueError, KeyError, click.BadParameter) as exc:
                failures += 1
                out = {"id": _record_id(line), "line": number, "error": str(exc)}
            _emit(out, pretty)
        if failures:
            raise click.ClickException(f"{failures} input line(s) could not be extracted")


def _record_id(line: str) -> Any:
    try:
        return json.loads(line).get("id")
    except (ValueError, AttributeError):
        return None


def _extract_record(record: dict[str, Any], number: int) -> dict[str, Any]:
    from vnpolice.extract.contract import contract_from_html, contract_from_text

    when = parse_published(record.get("published"))
    ident = record.get("id", number)
    if "html" in record:
        return contract_from_html(record["html"], id=ident, url=record.get("url"), published=when)
    if "text" in record:
        return contract_from_text(
            record["text"],
            id=ident,
            url=record.get("url"),
            published=when,
            title=record.get("title"),
        )
    raise KeyError("the record has neither 'html' nor 'text'")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@db_option
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary.")
def ingest(paths: tuple[Path, ...], db: str | None, quiet: bool) -> None:
    """Run saved pages (HTML files, .html.gz, folders) through the pipeline into the store.

    \b
    Example:
      vnpolice ingest fixtures/pages
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
    )
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
        _print_table(rows)


def _cut(value: Any, width: int) -> str:
    text = "; ".join(value) if isinstance(value, list) else ("" if value is None else str(value))
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_table(rows: list[dict[str, Any]]) -> None:
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
            "  ".join(_cut(row[name], width).ljust(width) for name, width in columns).rstrip()
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
def evaluate(gold: Path, split: str | None, misses: bool, as_json: bool) -> None:
    """Score the extractors on gold annotations: precision, recall and F1 per field.

    GOLD is a folder with texts.jsonl and annotations/*.jsonl, or one .jsonl file whose records
    carry their text.

    \b
    Example:
      vnpolice evaluate fixtures/gold --split heldout
    """
    from vnpolice.evaluate import FIELDS, load_gold
    from vnpolice.evaluate import evaluate as run_evaluate

    records = load_gold(gold, split)
    if not records:
        raise click.BadParameter(
            f"no gold articles in {gold}" + (f" for split {split}" if split else ""),
            param_hint="GOLD",
        )
    report = run_evaluate(records)
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


def main(argv: list[str] | None = None) -> int:
    """Entry point: a bad argument prints one line saying what is wrong and exits 2."""
    try:
        result = cli.main(args=argv, prog_name="vnpolice", standalone_mode=False)
    except click.UsageError as exc:
        click.echo(f"vnpolice: error: {exc.format_message()}", err=True)
        return 2
    except click.ClickException as exc:
        click.echo(f"vnpolice: error: {exc.format_message()}", err=True)
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("vnpolice: aborted", err=True)
        return 1
    except BrokenPipeError:
        return 0
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
