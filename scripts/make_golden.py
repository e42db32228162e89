"""Regenerate the golden contract JSON of the reviewed fixture pages.

    python scripts/make_golden.py            # rewrite fixtures/golden/*.json
    python scripts/make_golden.py csgt_seed  # just one

Then read `git diff fixtures/golden`: every changed fact must be a fact you meant to change.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from vnpolice.extract.contract import contract_from_html

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"
GOLDEN = ROOT / "fixtures" / "golden"

# Pages whose whole output has been read and reviewed against the text by a person.
REVIEWED = ("csgt_seed.html",)


def page_bytes(name: str) -> bytes:
    path = PAGES / name
    if path.exists():
        return path.read_bytes()
    return gzip.decompress((PAGES / f"{name}.gz").read_bytes())


def golden_for(name: str) -> dict[str, object]:
    return contract_from_html(page_bytes(name), id=name)


def dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    names = [n for n in REVIEWED if not argv or any(n.startswith(a) for a in argv)]
    for name in names:
        target = GOLDEN / (name.split(".")[0] + ".json")
        target.write_text(dump(golden_for(name)), encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
