"""Draw fresh police news articles from the VietNews corpus into the gold set.

    python scripts/import_vietnews.py /path/to/vietnews.git N FIRST_ID [--check]

VietNews (github:ThanhChinhBK/vietnews, the source of 84 of the 100 texts in
``fixtures/eval/texts.jsonl``) holds ~150,000 word-segmented articles of tuoitre.vn, vnexpress.net
and nguoiduatin.vn (~2016-2019). This script reads a bare clone of it (``git clone --bare`` or the
search tool's mirror), keeps the articles that are about the police (POLICE_TERMS, at least
MIN_HITS mentions), leaves out every file already in ``fixtures/eval/texts.jsonl``, and draws N of
them, stratified by a keyword topic guess, in an order fixed by a hash of the file name (the same
clone always gives the same draw). Each text is rejoined from the segmented source the way the
shared texts were (``rejoin``; ``--check`` measures that on the 84 shared VietNews records).

The drawn records are printed as gold text records (``fixtures/gold/texts.jsonl`` lines, split
``heldout``, no ``published``: the corpus has no dates) for the team to annotate by reading.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_TEXTS = ROOT / "fixtures" / "eval" / "texts.jsonl"
GOLD_TEXTS = ROOT / "fixtures" / "gold" / "texts.jsonl"
COMMIT = "a20d9b7f5d37b95f39f28f08999092f9fa400983"
REPO = "ThanhChinhBK/vietnews"

# Words that make an article Vietnamese police news; counted on the rejoined, lower-cased text.
# "cảnh sát" alone is left out: it is as often the police of another country.
POLICE_TERMS = ("công an", "csgt", "cảnh sát giao thông", "cảnh sát hình sự", "cảnh sát điều tra",
                "cảnh sát pccc", "cảnh sát cơ động", "cơ quan csđt")  # fmt: skip
MIN_HITS = 3
MAX_CHARS = 6000  # long features are left out: annotation by reading stays careful
MIN_CHARS = 600

# Topic guess: the topic whose words occur most (the title counts TITLE_WEIGHT times), or
# other_police when none does (same labels as the shared texts' ``topic_guess``).
TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("blood_donation", ("hiến máu",)),
    ("fire_rescue", ("cháy", "cứu hộ", "cứu nạn")),
    ("drugs", ("ma túy", "ma tuý", "heroin")),
    ("traffic_enforcement", ("csgt", "cảnh sát giao thông", "xử phạt", "vi phạm giao thông")),
    ("campaign", ("phát động", "ra quân", "cao điểm", "tổng kiểm soát")),
    ("seizure", ("thu giữ", "tịch thu")),
    ("arrest", ("bắt giữ", "bắt quả tang", "khởi tố", "tạm giữ")),
    ("other_police", ()),
)

# Punctuation the segmenter spaced out: no space before these, none after the openers.
_NO_SPACE_BEFORE = re.compile(r" +([,.;:!?%)\]}…”’])")
_NO_SPACE_AFTER = re.compile(r"([(\[{“‘]) +")
_STRAIGHT_QUOTES = (re.compile(r'" ([^"\n]*?) "'), re.compile(r"' ([^'\n]*?) '"))


def rejoin(segmented: str) -> str:
    """One line of segmented text back to running text: ``_`` joins words, punctuation attaches."""
    text = segmented.replace("_", " ")
    for pattern, quote in zip(_STRAIGHT_QUOTES, "\"'", strict=True):
        text = pattern.sub(quote + r"\1" + quote, text)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    return re.sub(r" {2,}", " ", text).strip()


def parse(seg: str) -> tuple[str, str, list[str]]:
    """(title, text, captions) of a .txt.seg file: title, blank, lead, blank, body, blank, captions."""
    blocks = [b for b in seg.strip("\n").split("\n\n")]
    title = rejoin(blocks[0]) if blocks else ""
    body = [rejoin(line) for b in blocks[1:3] for line in b.splitlines() if line.strip()]
    captions = [rejoin(line) for b in blocks[3:] for line in b.splitlines() if line.strip()]
    return title, "\n".join(body), captions


TITLE_WEIGHT = 3


def _norm(s: str) -> str:
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFC", s).lower()))


def topic(title: str, text: str) -> str:
    low, head = text.lower(), title.lower()
    scores = {
        name: sum(low.count(w) + TITLE_WEIGHT * head.count(w) for w in words)
        for name, words in TOPICS
        if words
    }
    best = max(scores, key=lambda name: scores[name])
    return best if scores[best] else "other_police"


def police_hits(text: str) -> int:
    low = text.lower()
    return sum(low.count(t) for t in POLICE_TERMS)


def files(repo: str) -> list[tuple[str, str]]:
    out = subprocess.run(
        ["git", f"--git-dir={repo}", "ls-tree", "-r", COMMIT, "data/"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    rows = []
    for line in out.splitlines():
        meta, path = line.split("\t")
        rows.append((path, meta.split()[2]))
    return rows


def blobs(repo: str, shas: list[str]) -> dict[str, str]:
    """Contents of many blobs in one ``git cat-file --batch``."""
    proc = subprocess.run(
        ["git", f"--git-dir={repo}", "cat-file", "--batch"],
        input="\n".join(shas).encode() + b"\n", capture_output=True, check=True,
    )  # fmt: skip
    data, out, pos = proc.stdout, {}, 0
    for sha in shas:
        header_end = data.index(b"\n", pos)
        size = int(data[pos:header_end].split()[2])
        out[sha] = data[header_end + 1 : header_end + 1 + size].decode("utf-8")
        pos = header_end + 1 + size + 1
    return out


def shared_paths(source: Path = SHARED_TEXTS) -> dict[str, dict]:
    """VietNews file -> record, for the records of ``source`` that came from VietNews."""
    out = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        m = re.search(r"vietnews@\w+:(data/\S+)", rec["provenance"])
        if m:
            out[m[1]] = rec
    return out


def check(repo: str) -> None:
    """How many shared VietNews texts the rejoiner reproduces exactly (after NFC)."""
    shared = shared_paths()
    by_path = dict(files(repo))
    contents = blobs(repo, [by_path[p] for p in shared])
    same = 0
    for path, rec in shared.items():
        _, text, _ = parse(contents[by_path[path]])
        nfc = unicodedata.normalize
        same += nfc("NFC", text) == nfc("NFC", rec["text"])
    print(f"{same}/{len(shared)} shared VietNews texts reproduced exactly", file=sys.stderr)


def draw(repo: str, n: int, first_id: int) -> list[dict]:
    # Neither the shared texts nor the articles drawn into the gold set before are drawn again.
    taken = shared_paths() | shared_paths(GOLD_TEXTS)
    rows = sorted(
        (r for r in files(repo) if r[0] not in taken),
        key=lambda r: hashlib.sha256(r[0].encode()).hexdigest(),
    )
    per_topic: dict[str, list[dict]] = defaultdict(list)
    quota = -(-n // len(TOPICS))
    # The corpus holds some articles twice (under two files) and several about one story: a
    # title or text already seen, here or in the shared texts, is skipped.
    seen = {_norm(r["title"] or "") for r in taken.values()} | {
        _norm(r["text"]) for r in taken.values()
    }
    batch = 2000
    for i in range(0, len(rows), batch):
        chunk = rows[i : i + batch]
        contents = blobs(repo, [sha for _, sha in chunk])
        for path, sha in chunk:
            title, text, captions = parse(contents[sha])
            if (
                not (MIN_CHARS <= len(text) <= MAX_CHARS)
                or police_hits(title + "\n" + text) < MIN_HITS
            ):
                continue
            name = topic(title, text)
            if _norm(title) in seen or _norm(text) in seen:
                continue
            seen |= {_norm(title), _norm(text)}
            if len(per_topic[name]) < 2 * quota:
                per_topic[name].append(
                    {"path": path, "sha": sha, "title": title, "text": text, "captions": captions,
                     "topic_guess": name}
                )  # fmt: skip
        if sum(min(len(v), quota) for v in per_topic.values()) >= n and all(
            len(per_topic[t]) >= quota for t, _ in TOPICS if t != "blood_donation"
        ):
            break
    # Round-robin over topics so that the N drawn are balanced even when a topic is scarce.
    picked: list[dict] = []
    order = [t for t, _ in TOPICS]
    while len(picked) < n and any(per_topic[t] for t in order):
        for t in order:
            if per_topic[t] and len(picked) < n:
                picked.append(per_topic[t].pop(0))
    records = []
    for k, p in enumerate(picked):
        records.append(
            {
                "id": f"g{first_id + k:03d}",
                "split": "heldout",
                "source": "VietNews corpus (VNDS; articles from tuoitre.vn, vnexpress.net, nguoiduatin.vn)",
                "url": None,
                "title": unicodedata.normalize("NFC", p["title"]),
                "published": None,
                "topic_guess": p["topic_guess"],
                "text": unicodedata.normalize("NFC", p["text"]),
                "provenance": (
                    f"github:{REPO}@{COMMIT}:{p['path']} (blob {p['sha']}); drawn by "
                    "scripts/import_vietnews.py, rejoined from the word-segmented source "
                    '("_"->" ", punctuation spacing re-joined), NFC; repo states no licence'
                ),
            }
        )
    return records


def main(argv: list[str]) -> int:
    if len(argv) < 1:
        print(__doc__, file=sys.stderr)
        return 2
    repo = argv[0]
    if "--check" in argv:
        check(repo)
        return 0
    n, first = int(argv[1]), int(argv[2])
    for rec in draw(repo, n, first):
        print(json.dumps(rec, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
