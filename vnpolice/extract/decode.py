"""Bytes of a page -> NFC text: declared charsets, UTF-8 first where it fits, double-encoding repaired.

Many Vietnamese pages declare the wrong charset or were saved through a latin-1 step (UTF-8 read
as windows-1252 and written again as UTF-8, "Ä\x90á»\x99ng" for "Động"): those are repaired here,
sequence by sequence, so that nothing downstream sees mojibake.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from typing import Any

from vnpolice.extract.text import nfc

# As WHATWG does: latin-1/ascii labels mean windows-1252, and a <meta> saying UTF-16 on an
# ASCII-compatible page means UTF-8. Python spells windows-1258 "cp1258".
_CODECS = dict.fromkeys(["iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"], "cp1252")
_CODECS |= dict.fromkeys(["utf-16", "utf-16le", "utf-16be"], "utf-8") | {"windows-1258": "cp1258"}
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.I)
# UTF-8 read as windows-1252/latin-1: a lead byte shown as Â..ô, then continuation bytes shown as
# C1 controls, Latin-1 symbols or the cp1252 punctuation that sits at 0x80-0x9F.
_CONT = "[\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"
_MOJIBAKE = re.compile(f"[\xc2-\xdf]{_CONT}|[\xe0-\xef]{_CONT}{{2}}|[\xf0-\xf4]{_CONT}{{3}}")
# What a failed repair leaves (a sanitizer dropped the C1 bytes): "Ã"/"Ä" before a continuation
# byte, or "á»"/"áº", the first two bytes of nearly every Vietnamese letter with a tone mark.
_MOJIBAKE_LEFT = re.compile(f"[ÃÄÅÆ]{_CONT}|á[º»]")
MOJIBAKE_MIN = 3  # fewer hits than this is ordinary text ("Â°C"), not a double-encoded page


def _unmangle(seq: str) -> str:
    """A mojibake sequence's bytes read back as UTF-8 (unchanged when they are not UTF-8)."""
    raw = b"".join(ch.encode("latin-1") if ord(ch) < 256 else ch.encode("cp1252") for ch in seq)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return seq


def repair_mojibake(text: str) -> str:
    """Undo double-encoded UTF-8 ("Ä\\x90á»\\x99ng" -> "Động") sequence by sequence."""
    if len(_MOJIBAKE.findall(text)) < MOJIBAKE_MIN:
        return text
    return _MOJIBAKE.sub(lambda m: _unmangle(m.group()), text)


def mojibake_left(text: str) -> bool:
    """Does ``text`` still look double-encoded?"""
    return len(_MOJIBAKE_LEFT.findall(text)) >= MOJIBAKE_MIN


def _codec(label: str | None) -> str | None:
    """Python codec name for a declared charset label (None when unknown)."""
    try:
        return (
            codecs.lookup(_CODECS.get(label.strip().lower(), label.strip())).name if label else None
        )
    except LookupError:
        return None


def _content_type(headers: Mapping[Any, Any] | None) -> str:
    """Content-Type from a plain mapping or Scrapy ``Headers`` (bytes keys, lists of bytes)."""
    for key, value in (headers or {}).items():
        key = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if key.lower() == "content-type":
            value = value[-1] if isinstance(value, list | tuple) and value else value
            return value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return ""


def decode_html(data: bytes | str, headers: Mapping[str, str] | None = None) -> str:
    """Text of a page: HTTP charset, then <meta charset>, then UTF-8, then cp1258; NFC, repaired."""
    if isinstance(data, str):
        return nfc(repair_mojibake(data.lstrip("\ufeff")))
    ctype = _content_type(headers)
    declared = [m.group(1) if (m := _HEADER_CHARSET.search(ctype)) else None]
    declared.append(
        m.group(1).decode("ascii", "replace") if (m := _META_CHARSET.search(data[:4096])) else None
    )
    order = [c for c in map(_codec, declared) if c] + ["utf-8"]
    if data.startswith(codecs.BOM_UTF8) or order[0] in ("cp1252", "cp1258"):
        # Valid UTF-8 beats a single-byte label: Vietnamese cannot be written in windows-1252, and
        # real windows-1258 text is practically never valid UTF-8.
        order.insert(0, "utf-8-sig")
    for codec in order:
        try:
            return nfc(repair_mojibake(data.decode(codec)))
        except UnicodeDecodeError:
            continue
    return nfc(repair_mojibake(data.decode("cp1258", errors="replace")))


def unrepairable(text: str) -> bool:
    """A whole page still full of mojibake after repair: it must not be stored as an article."""
    return len(_MOJIBAKE_LEFT.findall(text)) >= 10 * MOJIBAKE_MIN
