"""The ``vnpolice`` command: a thin shell over the library (extract, ingest, crawl, demo, runs,
events, show)."""

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


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        parse_published(value)
    return value


def _pairs(option: str, values: tuple[str, ...]) -> dict[str, str]:
    pairs = {}
    for value in values:
        name, sep, rest = value.partition("=")
        if not sep or not name or not rest:
            raise click.BadParameter(f"{value!r} is not NAME=VALUE", param_hint=option)
        pairs[name.strip()] = rest.strip()
    return pairs


def _site_keys(sites: tuple[str, ...]) -> list[str]:
    from vnpolice.crawler import sites as registry

    known = {p.key for p in registry.all_sites()}
    unknown = [s for s in sites if s not in known]
    if unknown:
        raise click.BadParameter(
            f"unknown site {unknown[0]!r}; known: {', '.join(sorted(known))}", param_hint="SITE"
        )
    return list(sites)


SUMMARY_COLUMNS = (
    "pages",
    "articles",
    "new_versions",
    "unchanged",
    "not_article",
    "skipped",
    "not_modified",
    "events",
    "errors",
    "blocked",
    "disallowed",
)


def _summary(run: Any) -> None:
    """The table printed at the end of a crawl: one row per site and a total."""
    counts = run.counts or {}
    rows = [(site, c) for site, c in sorted((counts.get("sites") or {}).items())]
    rows.append(("total", counts))
    click.echo(f"{'site':<14}" + "".join(f"{c.replace('_', ' '):>13}" for c in SUMMARY_COLUMNS))
    for site, c in rows:
        click.echo(f"{site:<14}" + "".join(f"{c.get(k, 0):>13}" for k in SUMMARY_COLUMNS))
    took = (run.ended - run.started).total_seconds() if run.ended else 0.0
    click.echo(f"run {run.id}: {run.status} in {took:.1f} s")


def _crawl(request: Any, db: str | None) -> int:
    from vnpolice import models as m
    from vnpolice.crawler.process import run_crawl

    factory = store(db)  # a bad or unreachable store is reported before Scrapy starts
    run_id = run_crawl(request)
    if run_id is None:
        raise click.ClickException("the crawl could not start (see the messages above)")
    with factory() as session:
        run = session.get(m.CrawlRun, run_id)
        assert run is not None
        _summary(run)
        failed = run.status != "finished" or (
            run.counts.get("pages", 0) == 0 and run.counts.get("errors", 0) > 0
        )
    factory.kw["bind"].dispose()
    return 1 if failed else 0


def _recorded(
    command: str,
    keys: list[str],
    start_url: str | None,
    since: str | None,
    until: str | None,
    max_pages: int | None,
    refresh: bool,
    bases: dict[str, str],
) -> list[str]:
    """The run's arguments as stored in crawl_run (never the --db URL: it may hold a password)."""
    args = [command, *keys]
    for name, value in (
        ("--start-url", start_url),
        ("--since", since),
        ("--until", until),
        ("--max-pages", max_pages),
    ):
        if value is not None:
            args += [name, str(value)]
    args += ["--refresh"] if refresh else []
    for key, url in bases.items():
        args += ["--base", f"{key}={url}"]
    return args


_crawl_options = [
    click.option(
        "--since",
        default=None,
        metavar="DATE",
        callback=_iso_date,
        help="Skip articles published before DATE; stop paginating listings past it.",
    ),
    click.option(
        "--until",
        default=None,
        metavar="DATE",
        callback=_iso_date,
        help="Skip articles published after DATE.",
    ),
    click.option(
        "--max-pages",
        type=click.IntRange(min=1),
        default=None,
        help="At most N article pages per site in this run.",
    ),
    click.option(
        "--warc-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("warc"),
        show_default=True,
        help="Where the WARC files go.",
    ),
    click.option(
        "--refresh",
        is_flag=True,
        help="Re-check stored pages too (conditional requests: unchanged pages cost a 304).",
    ),
    click.option(
        "--set",
        "overrides",
        multiple=True,
        metavar="NAME=VALUE",
        help="A Scrapy setting, e.g. --set DOWNLOAD_TIMEOUT=10 (repeatable).",
    ),
    click.option("-q", "--quiet", is_flag=True, help="No progress line."),
    click.option("-v", "--verbose", is_flag=True, help="Scrapy's log on stderr."),
    db_option,
]


def crawl_options(f: Any) -> Any:
    for option in reversed(_crawl_options):
        f = option(f)
    return f


@cli.command()
@click.argument("sites", nargs=-1, metavar="[SITE]...")
@click.option(
    "--start-url",
    default=None,
    metavar="URL",
    help="Also crawl the site at URL with the generic profile.",
)
@click.option(
    "--base",
    "bases",
    multiple=True,
    metavar="SITE=URL",
    help="Fetch SITE from URL instead (an offline mirror); the store keeps real URLs.",
)
@crawl_options
def crawl(
    sites: tuple[str, ...],
    start_url: str | None,
    bases: tuple[str, ...],
    since: str | None,
    until: str | None,
    max_pages: int | None,
    warc_dir: Path,
    refresh: bool,
    overrides: tuple[str, ...],
    quiet: bool,
    verbose: bool,
    db: str | None,
) -> int:
    """Crawl police news sites (all profiled ones when no SITE is given) into the store.

    Politely (robots.txt, AutoThrottle, retries with backoff), resumably (run the same command
    again after a kill) and incrementally (stored pages are not fetched again unless --refresh).
    Every response goes to gzipped WARC files under --warc-dir. Exit status 1 when the run did
    not finish or fetched nothing.

    \b
    Examples:
      vnpolice crawl cand congan --since 2025-01-01
      vnpolice crawl --start-url https://example.vn/phap-luat/ --max-pages 50
    """
    from vnpolice.crawler.process import CrawlRequest

    keys = _site_keys(sites)
    if not keys and not start_url:
        from vnpolice.crawler import sites as registry

        keys = [p.key for p in registry.all_sites()]
    base_map = _pairs("--base", bases)
    for key in base_map:
        if key not in keys:
            raise click.BadParameter(f"{key!r} is not among the sites crawled", param_hint="--base")
    if start_url is not None:
        from vnpolice.crawler.sites.generic import generic_profile

        try:
            generic_profile(start_url)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--start-url") from None
    request = CrawlRequest(
        sites=keys,
        start_url=start_url,
        since=since,
        until=until,
        max_pages=max_pages,
        refresh=refresh,
        bases=base_map,
        db=db,
        warc_dir=warc_dir,
        command="crawl",
        arguments=_recorded("crawl", keys, start_url, since, until, max_pages, refresh, base_map),
        progress=0.0 if quiet else 1.0,
        log_level="INFO" if verbose else "ERROR",
        settings=_pairs("--set", overrides),
    )
    return _crawl(request, db)


@cli.command()
@click.argument("sites", nargs=-1, metavar="[SITE]...")
@crawl_options
def demo(
    sites: tuple[str, ...],
    since: str | None,
    until: str | None,
    max_pages: int | None,
    warc_dir: Path,
    refresh: bool,
    overrides: tuple[str, ...],
    quiet: bool,
    verbose: bool,
    db: str | None,
) -> int:
    """Serve the offline mirrors on 127.0.0.1, crawl them and print the events found.

    The same spider and profiles as a real crawl, with each site's base URL pointed at its
    mirror (fixtures/mirror/<site>/); the store keeps the real sites' URLs.

    \b
    Example:
      vnpolice demo && vnpolice events --type seizure
    """
    from vnpolice.crawler import sites as registry
    from vnpolice.crawler.mirror import MirrorServer, mirror_root
    from vnpolice.crawler.process import CrawlRequest
    from vnpolice.query import list_events

    keys = _site_keys(sites) or [
        p.key for p in registry.all_sites() if (mirror_root() / p.key).is_dir()
    ]
    settings = {
        # 127.0.0.1 is ours: no need to wait between requests.
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_START_DELAY": 0.05,
        "AUTOTHROTTLE_MAX_DELAY": 1.0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
        "RETRY_BACKOFF_BASE": 0.2,
        "RETRY_BACKOFF_MAX": 1.0,  # a mirror's Retry-After is not worth waiting for
        "DOWNLOAD_TIMEOUT": 3,
    }
    settings.update(_pairs("--set", overrides))
    with MirrorServer(mirror_root(), keys) as server:
        click.echo("serving " + ", ".join(f"{k} at {server.base_url(k)}" for k in keys), err=True)
        request = CrawlRequest(
            sites=keys,
            since=since,
            until=until,
            max_pages=max_pages,
            refresh=refresh,
            bases={k: server.base_url(k) for k in keys},
            db=db,
            warc_dir=warc_dir,
            command="demo",
            arguments=_recorded("demo", keys, None, since, until, max_pages, refresh, {}),
            progress=0.0 if quiet else 1.0,
            log_level="INFO" if verbose else "ERROR",
            settings=settings,
        )
        code = _crawl(request, db)
    with store(db)() as session:
        rows = list_events(session)
    click.echo("")
    _print_table(rows)
    return code


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
            f"{r.id:>4}  {_cut(command, 28):<28} {_when(r.started):<19}  {_when(r.ended):<19}  "
            f"{r.status:<10} {counts}"
        )
    click.echo(f"{len(rows)} run(s)")


def _when(value: datetime | None) -> str:
    return value.astimezone(VN_TZ).strftime("%Y-%m-%d %H:%M:%S") if value else "-"


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
