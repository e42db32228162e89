"""Evaluation against gold annotations (eval/GUIDE.md format): precision, recall, F1 per field.

Facts are compared as sets per article, by the keys the gold guide fixes: dates by value,
quantities by value+unit+qualifier, agencies by canonical name, persons by name, event types by
type. Names are compared on a folded key (tone placement, case, punctuation and spacing do not
count). A quantity's unit matches when one unit is the other followed by modifiers ("xe" and "xe
container", "viên" and "viên ma túy tổng hợp"): GUIDE asks for the counted noun "as short as
still meaningful", and Vietnamese puts the head noun first, so both readings name the same count.
A parent named inside a unit's designation ("Công an tỉnh Nghệ An" in "Phòng Cảnh sát giao thông
Công an tỉnh Nghệ An") "may be listed or not: both are accepted" (GUIDE): the system's parent of a
unit it found counts for a gold parent listed on its own, and a parent the system lists on its own
is not held against it when the gold names it only inside a designation.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from vnpolice.extract.contract import extract_facts
from vnpolice.extract.text import fold
from vnpolice.extract.types import Context

FIELDS = ("dates", "quantities", "agencies", "persons", "event_types")


def name_key(name: str) -> str:
    """Folded name without punctuation: "Phòng CSGT, Công an tỉnh Thanh Hoá" style variants meet;
    compatibility forms too (NFKC: "m²" is "m2")."""
    return " ".join(re.findall(r"\w+", fold(unicodedata.normalize("NFKC", name))))


def _number(value: Any) -> str:
    number = float(value)
    return str(int(number)) if number.is_integer() else f"{number:.9g}"


KEYS: dict[str, Callable[[dict[str, Any]], tuple[str, ...]]] = {
    "dates": lambda d: (str(d["value"]),),
    "quantities": lambda q: (
        _number(q["value"]),
        name_key(q["unit"]),
        q.get("qualifier") or "exact",
    ),
    "agencies": lambda a: (name_key(a["canonical"]),),
    "persons": lambda p: (name_key(p["name"]).rstrip("."),),
}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Miss:
    article: str
    field: str
    kind: str  # missed (in gold only) | spurious (extracted only)
    key: tuple[str, ...]
    text: str


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FIELDS})
    misses: list[Miss] = field(default_factory=list)
    articles: int = 0


def gold_records(path: Path) -> Iterator[dict[str, Any]]:
    """Gold articles from a .jsonl file or every .jsonl file of a folder (sorted)."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def _type_items(types: Iterable[str]) -> list[dict[str, Any]]:
    """Event types as items of a field, the shape every other field has."""
    return [{"type": t, "text": ""} for t in types]


def predict(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The system's facts for one gold article, in the gold's field names."""
    published = datetime.fromisoformat(record["published"]) if record.get("published") else None
    facts = extract_facts(record["text"], Context(published=published), title=record.get("title"))
    out = {name: [m.to_dict() for m in mentions] for name, mentions in facts.mentions().items()}
    out["event_types"] = _type_items(facts.event_types)
    return out


def _keyed(field_name: str, items: Iterable[dict[str, Any]]) -> dict[tuple[str, ...], str]:
    if field_name == "event_types":
        return {(i["type"],) if isinstance(i, dict) else (i,): "" for i in items}
    out: dict[tuple[str, ...], str] = {}
    for item in items:
        out.setdefault(KEYS[field_name](item), item.get("text", ""))
    return out


def unit_compatible(a: str, b: str) -> bool:
    """Same unit, or one is the other's head noun followed by modifiers (word-wise prefix)."""
    if a == b:
        return True  # also "%", whose folded key has no word in it
    wa, wb = a.split(), b.split()
    short, long = sorted((wa, wb), key=len)
    return bool(short) and long[: len(short)] == short


def _pair(
    gold: dict[tuple[str, ...], str], got: dict[tuple[str, ...], str], field_name: str
) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Matched (gold key, predicted key) pairs; quantities pair on value, qualifier and unit head."""
    if field_name != "quantities":
        return {(k, k) for k in gold.keys() & got.keys()}
    pairs, used = set(), set()
    for g in sorted(gold, key=lambda k: k in got, reverse=True):  # exact matches first
        for p in ([g] if g in got else []) + sorted(got):
            if p not in used and p[0] == g[0] and p[2] == g[2] and unit_compatible(p[1], g[1]):
                pairs.add((g, p))
                used.add(p)
                break
    return pairs


def designation_hosts(keys: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Agency keys of the forces named inside longer designations ("phòng ... công an tỉnh x")."""
    hosts = set()
    for (name,) in keys:
        for m in re.finditer(r"\s(?=bô công an(?:\s|$))|(?<!bô)\s(?=công an(?:\s|$))", name):
            hosts.add((name[m.end() :],))
    return hosts


def _agency_scores(
    gold: dict[tuple[str, ...], str], got: dict[tuple[str, ...], str], parents: set[tuple[str, ...]]
) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]], set[tuple[str, ...]]]:
    """(found, missed, spurious) agency keys under GUIDE's either-way rule for parents."""
    found = {g for g in gold if g in got or g in parents}
    missed = gold.keys() - found
    accepted = gold.keys() | designation_hosts(gold) | designation_hosts(got)
    spurious = {p for p in got if p not in accepted}
    return found, missed, spurious


def annotation_facts(annotation: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Facts written in the gold format (another annotator's, another system's) in the shape
    ``predict`` returns, so that they are scored by the same keys."""
    out = {name: list(annotation.get(name, [])) for name in FIELDS if name != "event_types"}
    out["event_types"] = _type_items(annotation.get("event_types", []))
    return out


def evaluate(
    records: Iterable[dict[str, Any]],
    predictions: dict[str, dict[str, Any]] | None = None,
) -> Report:
    """Score the extractors on gold records (each with ``text`` and optional ``published``);
    with ``predictions`` (id -> facts in the gold format), score those instead, on the records
    they cover (inter-annotator agreement, other systems)."""
    report = Report()
    for record in records:
        if predictions is not None and record["id"] not in predictions:
            continue
        report.articles += 1
        predicted = (
            annotation_facts(predictions[record["id"]])
            if predictions is not None
            else predict(record)
        )
        for name in FIELDS:
            gold = _keyed(name, record.get(name, []))
            got = _keyed(name, predicted.get(name, []))
            if name == "agencies":
                parents = {(name_key(a["parent"]),) for a in predicted[name] if a.get("parent")}
                found, missed, spurious = _agency_scores(gold, got, parents)
                pairs = {(g, g) for g in found}
            else:
                pairs = _pair(gold, got, name)
                missed = gold.keys() - {g for g, _ in pairs}
                spurious = got.keys() - {p for _, p in pairs}
            score = report.scores[name]
            score.tp += len(pairs)
            score.fn += len(missed)
            score.fp += len(spurious)
            report.misses += [Miss(record["id"], name, "missed", k, gold[k]) for k in missed]
            report.misses += [Miss(record["id"], name, "spurious", k, got[k]) for k in spurious]
    return report


def load_gold(gold_dir: Path, split: str | None = None) -> list[dict[str, Any]]:
    """Gold annotations joined with their texts: ``gold_dir`` holds ``texts.jsonl`` (id, text,
    published, split) and annotation files (``*.jsonl`` under ``annotations/``), or is one
    self-contained .jsonl file."""
    if gold_dir.is_file():
        records = list(gold_records(gold_dir))
    else:
        texts = {r["id"]: r for r in gold_records(gold_dir / "texts.jsonl")}
        records = [{**texts[a["id"]], **a} for a in gold_records(gold_dir / "annotations")]
    return [r for r in records if split is None or r.get("split") == split]
