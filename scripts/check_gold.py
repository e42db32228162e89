"""Check gold annotation files against their texts and the conventions of eval/GUIDE.md.

    python scripts/check_gold.py fixtures/gold/annotations/part1.jsonl [...]

Reports, per article: unknown ids, surface texts that do not occur in the article, malformed
values (TIMEX3 dates, numbers, qualifiers, event types). Exit 1 when anything is wrong.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "fixtures" / "gold" / "texts.jsonl"
QUALIFIERS = {"exact", "more_than", "less_than", "about", "at_least", "at_most"}
EVENT_TYPES = {
    "blood_donation", "campaign", "arrest", "seizure", "prosecution", "sanction",
    "accident", "fire", "rescue", "ceremony", "other",
}  # fmt: skip
TIMEX = re.compile(r"^(?:\d{4}|XXXX)(?:-(?:\d{2}|Q[1-4]|W\d{2})(?:-\d{2})?)?$")
FIELDS = {
    "dates": ("text", "value"),
    "quantities": ("text", "value", "unit", "qualifier"),
    "agencies": ("text", "canonical"),
    "persons": ("text", "name", "rank"),
}


def problems(record: dict, text: str) -> list[str]:
    out = []
    for field, keys in FIELDS.items():
        for item in record.get(field, []):
            missing = [k for k in keys if k not in item]
            if missing:
                out.append(f"{field}: {item} lacks {missing}")
                continue
            if item["text"] not in text:
                out.append(f"{field}: text {item['text']!r} is not in the article")
            if field == "dates" and not TIMEX.match(str(item["value"])):
                out.append(f"dates: value {item['value']!r} is not TIMEX3")
            if field == "quantities":
                if not isinstance(item["value"], int | float):
                    out.append(f"quantities: value {item['value']!r} is not a number")
                if item["qualifier"] not in QUALIFIERS:
                    out.append(f"quantities: qualifier {item['qualifier']!r}")
    for etype in record.get("event_types", []):
        if etype not in EVENT_TYPES:
            out.append(f"event_types: {etype!r}")
    return out


def main(paths: list[str]) -> int:
    texts = {
        r["id"]: r["text"] for r in map(json.loads, TEXTS.read_text(encoding="utf-8").splitlines())
    }
    bad = 0
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("id") not in texts:
                print(f"{path}:{n}: unknown id {record.get('id')!r}")
                bad += 1
                continue
            for p in problems(record, texts[record["id"]]):
                print(f"{path}:{n} {record['id']}: {p}")
                bad += 1
    print(f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
