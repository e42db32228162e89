"""Example tables as pytest parameters (price-parser style): the input text is the test id and
known failures are strict xfails, so fixing one forces it into a passing table."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

import pytest


class HasText(Protocol):
    @property
    def text(self) -> str: ...


def cases(passing: Iterable[HasText], xfail: Iterable[tuple[HasText, str]] = ()) -> list[Any]:
    """Parameters for the passing examples, then the known failures with their reasons."""
    return [pytest.param(e, id=e.text) for e in passing] + [
        pytest.param(e, id=e.text, marks=pytest.mark.xfail(strict=True, reason=reason))
        for e, reason in xfail
    ]
