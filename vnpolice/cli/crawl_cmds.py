"""Crawl commands: ``crawl`` the sites, ``demo`` on the offline mirrors, list ``runs``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from vnpolice.cli.base import cli, date_bound, db_option, store
from vnpolice.cli.store_cmds import print_events_table


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
        callback=date_bound,
        help="Skip articles published before DATE (ISO, or Vietnamese such as 'hôm qua', "
        "'3 ngày qua', 'tuần trước', 'tháng 6/2020', 'quý I/2020': its first day, today in "
        "Vietnam time); stop paginating listings past it.",
    ),
    click.option(
        "--until",
        default=None,
        metavar="DATE",
        callback=date_bound,
        help="Skip articles published after DATE (ISO or Vietnamese, as for --since: its last "
        "day).",
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
      vnpolice crawl cand --since "3 ngày qua"
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
    print_events_table(rows)
    return code
