"""Events: trigger words per sentence -> typed happenings with their arguments.

One event per reported happening, not one per trigger word: sentences of the same type are merged
into one event unless they carry a different date or campaign name. A sentence that starts with
"Cùng ngày" continues the happening before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from vnpolice.extract.event_args import (
    agency_roles,
    first_date,
    phrase_pattern,
    quoted_name,
    title_agency_spans,
)
from vnpolice.extract.rules import events as R
from vnpolice.extract.text import Document, match_key
from vnpolice.extract.types import (
    AgencyMention,
    DateMention,
    Event,
    EventAgency,
    LocationMention,
    PersonMention,
    QuantityMention,
)

_TRIGGERS = {etype: phrase_pattern(words) for etype, words in R.TRIGGERS.items()}
_PURPOSE = phrase_pattern(R.PURPOSE_CUES)
# Quotes may stand between: 'trong ngày "cao điểm"'.
_NOT_HAPPENING = re.compile(
    r"(?:" + phrase_pattern(R.NOT_HAPPENING_BEFORE).pattern + r")[\s\"'“”‘’]*$"
)
_SAME_DAY = re.compile(r"^\W*(?:" + "|".join(map(re.escape, R.SAME_DAY_CUES)) + r")(?!\w)")
_PURPOSE_WINDOW = 4  # words before a trigger that are searched for a purpose cue
_FUTURE = phrase_pattern(R.FUTURE_CUES)
_NEGATION = phrase_pattern(R.CLAUSE_NEGATION)
_CLAUSE_BREAK = re.compile(R.CLAUSE_BREAKS)
_TOPIC = re.compile("|".join(f"(?:{p})" for p in R.TOPIC_PHRASES))
_CEREMONY_WORD = phrase_pattern(R.CEREMONY_WORDS)
_POLICE = phrase_pattern(R.POLICE_WORDS)
_VEHICLE = phrase_pattern(R.VEHICLE_WORDS)
_TREND = phrase_pattern(R.TREND_WORDS)
_CLAUSE_END = re.compile(r"[,;:]")
_PRISON = re.compile(R.PRISON_AFTER)
_QUESTION = re.compile(r"\?[\s\"'”’)]*$")


def _next_word(words: Sequence[str]) -> re.Pattern[str]:
    """One of ``words`` as the next word after a trigger."""
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


_AFTER_NOT = {t: _next_word(w) for t, w in R.NOT_HAPPENING_AFTER.items()}
_SUCCESS = {t: _next_word(w) for t, w in R.SUCCESS_NEEDED.items()}


@dataclass
class _Hit:
    type: str
    sentence: int
    start: int
    end: int


@dataclass
class _Draft:
    type: str
    sentences: list[int]
    trigger: str
    date: str | None = None
    name: str | None = None
    roles: dict[str, str] = field(default_factory=dict)


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _is_purpose(
    key: str, sentence_start: int, trigger_start: int, etype: str, trigger: str
) -> bool:
    """A trigger that names a purpose, a plan or a negation ("hướng tới kỷ niệm", "phòng cháy",
    "chưa khởi tố", "sẽ xử lý"); holiday words only make a ceremony a day off ("dịp lễ"), never
    a campaign ("ngày ra quân", "dịp cao điểm")."""
    before = key[sentence_start:trigger_start]
    topic = _NOT_HAPPENING.search(before)
    holiday = topic is not None and topic.group().strip(" \t\n\"'“”‘’") in R.HOLIDAY_WORDS
    if topic and (not holiday or etype == "ceremony" or trigger in R.HOLIDAY_BLOCKED):
        return True
    if _FUTURE.search(before):
        return True
    clause = _CLAUSE_BREAK.split(before)[-1]
    if _NEGATION.search(clause):
        return True
    return bool(_PURPOSE.search(" ".join(before.split()[-_PURPOSE_WINDOW:])))


def _not_after(etype: str, trigger: str, key: str, end: int, sentence_end: int) -> bool:
    """ "cao điểm mùa du lịch" (the season); an accident or fire whose clause tells a trend
    ("tai nạn giao thông ... đã giảm sâu"): a statistic, not a happening."""
    after = key[end:sentence_end]
    if (other := _AFTER_NOT.get(trigger)) and other.match(after):
        return True
    if (success := _SUCCESS.get(trigger)) and not success.match(after):
        return True
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    return etype in R.TREND_TYPES and bool(_TREND.search(clause))


def _in_name(text: str, sentence_start: int, start: int, previous: dict[int, str]) -> bool:
    """A capitalised trigger after a capitalised word belongs to a name ("Trung tâm ... Đại học
    Phòng cháy chữa cháy", "Chuyên án Cứu hộ"), not to a happening; "tổ chức Hội nghị" is one."""
    if start == sentence_start or not text[start].isupper():
        return False
    word = previous.get(start, "")
    return bool(word) and word[0].isupper()


def _sentence_hits(
    doc: Document,
    key: str,
    idx: int,
    blocked: Sequence[tuple[int, int]],
    unit_types: list[str],
    bounds: tuple[set[int], set[int], dict[int, str]],
) -> list[_Hit]:
    sent = doc.sentences[idx]
    if _QUESTION.search(doc.text, sent.start, sent.end):
        return []  # "Thế có ai ra quân chưa?": a question reports no happening
    starts, ends, previous = bounds
    topics = [(m.start(), m.end()) for m in _TOPIC.finditer(key, sent.start, sent.end)]
    positions = sorted(p for p in starts if sent.start <= p < sent.end)
    hits = []
    for etype, pattern in _TRIGGERS.items():
        # Tried at every word start, so that "được cứu" failing a word boundary does not hide
        # the "cứu hộ" that overlaps it.
        for pos in positions:
            m = pattern.match(key, pos, sent.end)
            if m is None:
                continue
            start, end = m.start(), m.end()
            if (
                # A trigger must be whole words of the segmentation: "bắt" is not in "bắt đầu",
                # "xét xử" is not in "xem xét xử lý".
                end not in ends
                or _inside(start, end, blocked)
                or _inside(start, end, topics)
                or _in_name(doc.text, sent.start, start, previous)
                or (
                    m.group() in R.VEHICLE_NEEDED and not _VEHICLE.search(key, sent.start, sent.end)
                )
                or _is_purpose(key, sent.start, start, etype, m.group())
                or _not_after(etype, m.group(), key, end, sent.end)
            ):
                continue
            if m.group() in R.PRISON_SANCTIONS and _PRISON.match(key, end, sent.end):
                etype = "prosecution"  # "xử phạt 12 tháng tù": a sentence of the court
            hits.append(_Hit(etype, idx, start, end))
    hits.extend(_Hit(t, idx, sent.start, sent.start) for t in unit_types)
    return hits


def _sentence_types(hits: list[_Hit], key: str) -> list[_Hit]:
    """The happenings of a sentence, one hit per type in text order.

    A blood drive absorbs the generic campaign triggers ("phát động chương trình hiến máu"); a
    ceremony absorbs the achievements it honours ("lễ khen thưởng thành tích bắt giữ ...").
    """
    first: dict[str, _Hit] = {}
    for hit in sorted(hits, key=lambda h: h.start):
        first.setdefault(hit.type, hit)
    if "blood_donation" in first:
        first.pop("campaign", None)
    ceremony = first.get("ceremony")
    if ceremony and _CEREMONY_WORD.fullmatch(key[ceremony.start : ceremony.end]):
        for etype in R.CEREMONY_ABSORBS:
            first.pop(etype, None)
    return sorted(first.values(), key=lambda h: h.start)


def _add(
    drafts: list[_Draft],
    top: _Hit,
    idx: int,
    text: str,
    date: str | None,
    name: str | None,
    same_day: bool,
    roles: dict[str, str],
) -> None:
    """Merge a sentence's happening into the last one of its type, or start a new one."""
    target = next((d for d in reversed(drafts) if d.type == top.type), None)
    mergeable = target is not None and (
        (date is None or target.date is None or date == target.date or same_day)
        and (name is None or target.name is None or name == target.name)
    )
    if target is not None and mergeable:
        target.sentences.append(idx)
        target.date = target.date or date
        target.name = target.name or name
        for canonical, role in roles.items():
            target.roles.setdefault(canonical, role)
        return
    if same_day and drafts and date is None:
        date = drafts[-1].date
    drafts.append(_Draft(top.type, [idx], text[top.start : top.end], date, name, dict(roles)))


def extract_events(
    doc: Document,
    dates: Sequence[DateMention] = (),
    quantities: Sequence[QuantityMention] = (),
    agencies: Sequence[AgencyMention] = (),
    persons: Sequence[PersonMention] = (),
    locations: Sequence[LocationMention] = (),
    title: str | None = None,
) -> list[Event]:
    """Typed events of a document, each with its name, date, agencies, quantities and places."""
    key = match_key(doc.text)
    blocked = [(a.start, a.end) for a in agencies] + [(p.start, p.end) for p in persons]
    in_title = title_agency_spans(key, agencies)
    title_name = quoted_name(title) if title else None

    # Word starts, word ends, and the word before each word start (for names in Title Case).
    previous = {b.start: a.text for a, b in zip(doc.tokens, doc.tokens[1:], strict=False)}
    bounds = ({t.start for t in doc.tokens}, {t.end for t in doc.tokens}, previous)
    drafts: list[_Draft] = []
    for idx, sent in enumerate(doc.sentences):
        unit_types = [
            R.UNIT_TYPES[q.unit]
            for q in quantities
            if sent.start <= q.start < sent.end and q.unit in R.UNIT_TYPES
        ]
        tops = _sentence_types(_sentence_hits(doc, key, idx, blocked, unit_types, bounds), key)
        if not tops:
            continue
        date = first_date(dates, sent)
        name = quoted_name(doc.text[sent.start : sent.end])
        same_day = bool(_SAME_DAY.search(key[sent.start : sent.end]))
        roles = agency_roles(key, sent, agencies, in_title)
        for top in tops:
            _add(drafts, top, idx, doc.text, date, name, same_day, roles)

    if not drafts and _POLICE.search(key) and doc.sentences:
        # Police news that reports nothing typed (GUIDE: "other"); anchored at the lead.
        first = doc.sentences[0]
        drafts.append(_Draft("other", [0], "", first_date(dates, first), None, {}))
    events = []
    for d in drafts:
        spans = [doc.sentences[i] for i in d.sentences]
        name = d.name or (title_name if d.type in ("blood_donation", "campaign") else None)
        events.append(
            Event(
                type=d.type,
                sentence=(spans[0].start, spans[0].end),
                name=name,
                date=d.date,
                agencies=[EventAgency(c, r) for c, r in d.roles.items()],
                quantities=[
                    i
                    for i, q in enumerate(quantities)
                    if any(s.start <= q.start < s.end for s in spans)
                ],
                locations=[
                    i
                    for i, loc in enumerate(locations)
                    if any(s.start <= loc.start < s.end for s in spans)
                ],
                trigger=d.trigger,
            )
        )
    return events
