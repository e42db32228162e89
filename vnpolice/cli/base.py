"""The ``vnpolice`` command group, its shared options and the entry point."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

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


def now_vn() -> datetime:
    """The current time in Vietnam: the reference for date expressions typed on the command line."""
    return datetime.now(VN_TZ)


SUB_DAY_GRAINS = frozenset({"hour", "minute", "second"})


def date_bound(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A ``--since``/``--until`` value: an ISO date or datetime as given, or a Vietnamese
    expression ("hôm qua", "3 ngày qua", "tuần trước", "tháng 6/2020", "quý I/2020") resolved
    against today in Vietnam: ``--since`` takes the first day it covers, ``--until`` the last
    (a clock time stays an ISO datetime)."""
    if value is None:
        return None
    try:
        datetime.fromisoformat(value)
        return value
    except ValueError:
        pass
    from vnpolice.extract.when import parse_when

    found = parse_when(value, now_vn())
    until = param.name == "until"
    day = found and (found.last_day() if until else found.first_day())
    if not found or not day:
        raise click.BadParameter(
            f"{value!r} is neither an ISO date nor a Vietnamese date expression "
            "(e.g. 'hôm qua', '3 ngày qua', 'tháng 6/2020')"
        )
    if found.grain in SUB_DAY_GRAINS and not found.end:
        return found.value
    return day.isoformat()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vnpolice")
def cli() -> None:
    """Crawl Vietnamese police news and extract dated, sourced events."""


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
