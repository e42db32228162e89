"""``vnpolice extract``: the extraction contract for files or JSONL inputs."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any, TextIO

import click

from vnpolice.cli.base import cli, parse_published


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
