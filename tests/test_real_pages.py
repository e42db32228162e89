"""All real pages of ../shared/eval/html (copied into fixtures/pages) go through the whole
extraction without error; the double-encoded homepage is reported, never extracted as garbage."""

from __future__ import annotations

import gzip
import json

import pytest
from conftest import PAGES

from vnpolice.extract.contract import contract_from_html

REAL_PAGES = sorted(p.name for p in PAGES.glob("*.html.gz"))


def test_all_twelve_real_pages_are_present() -> None:
    assert len(REAL_PAGES) == 12


@pytest.mark.parametrize("name", REAL_PAGES)
def test_real_page_extracts(name: str) -> None:
    out = contract_from_html(gzip.decompress((PAGES / name).read_bytes()), id=name)
    json.dumps(out, ensure_ascii=False)  # serialisable
    if name.startswith("laodong"):
        assert out["is_article"] is False and out["reason"]
        return
    assert out["title"] and len(out["text"]) > 300 and out["published"]
    for field in ("dates", "quantities", "agencies", "persons", "locations"):
        for mention in out[field]:
            assert out["text"][mention["start"] : mention["end"]] == mention["text"]
    assert "Ã" not in out["text"] and "Ä" not in out["text"]  # no mojibake
