"""The ``vnpolice`` command: a thin shell over the library, one module per group of commands."""

from vnpolice.cli import crawl_cmds, evaluate_cmd, extract_cmd, store_cmds  # noqa: F401 - registers them
from vnpolice.cli.base import cli, main, parse_published

__all__ = ["cli", "main", "parse_published"]
