"""The text layer: NFC, folding, tone placement, and offsets that survive underthesea's rewrites."""

from __future__ import annotations

import unicodedata

import pytest
from conftest import SEED

from vnpolice.extract.text import analyze, fold, match_key, nfc, strip_diacritics, tone_normal

# Pairs that must compare equal after folding: tone placement, NFD input, case.
FOLD_EQUAL = [
    ("Uỷ ban", "Ủy ban"),
    ("Hoà Bình", "Hòa Bình"),
    ("Thanh Hoá", "Thanh Hóa"),
    ("khoẻ", "khỏe"),
    (unicodedata.normalize("NFD", "Cục Cảnh sát giao thông"), "cục cảnh sát giao thông"),
]
# Pairs that must stay different: vowel quality and đ carry meaning even without tones.
FOLD_DIFFERENT = [("Công", "Cong"), ("đá", "da"), ("Cơ", "Co"), ("Lê", "Le")]


@pytest.mark.parametrize(("a", "b"), FOLD_EQUAL, ids=lambda x: x)
def test_fold_equal(a: str, b: str) -> None:
    assert fold(a) == fold(b)
    assert len(fold(a)) == len(nfc(a))


@pytest.mark.parametrize(("a", "b"), FOLD_DIFFERENT, ids=lambda x: x)
def test_fold_different(a: str, b: str) -> None:
    assert fold(a) != fold(b)


@pytest.mark.parametrize(
    ("new_style", "old_style"),
    [
        ("Uỷ viên", "Ủy viên"),
        ("hoà", "hòa"),
        ("thuỷ", "thủy"),
        ("hoàn", "hoàn"),
        ("quý", "quý"),
        ("thuyết", "thuyết"),
        ("khuya", "khuya"),
    ],
)
def test_tone_normal(new_style: str, old_style: str) -> None:
    assert tone_normal(new_style) == old_style
    assert len(tone_normal(new_style)) == len(new_style)


def test_match_key_keeps_tones() -> None:
    assert match_key("Lễ") != match_key("Lê")
    assert match_key("Uỷ") == match_key("ủy")


def test_strip_diacritics() -> None:
    assert strip_diacritics("Đại tướng Tô Lâm") == "dai tuong to lam"


def test_tokens_point_at_the_original_characters() -> None:
    text = "Đại tướng Tô Lâm, Uỷ viên Bộ Chính trị, kêu gọi hiến máu. Cục CSGT phát động."
    doc = analyze(text)
    for token in doc.tokens:
        assert doc.text[token.start : token.end] == token.text
    assert "Uỷ viên" in [
        t.text for t in doc.tokens
    ]  # underthesea says "Ủy viên"; we keep the source
    assert len(doc.sentences) == 2
    assert doc.text[doc.sentences[1].start : doc.sentences[1].end] == "Cục CSGT phát động."


def test_nfd_input_is_stored_nfc() -> None:
    doc = analyze(unicodedata.normalize("NFD", "Công an tỉnh Thanh Hóa"))
    assert doc.text == "Công an tỉnh Thanh Hóa"
    assert [t.text for t in doc.tokens] == ["Công an", "tỉnh", "Thanh Hóa"]


def test_seed_sentences_cover_paragraphs() -> None:
    doc = analyze(SEED.read_text(encoding="utf-8"))
    assert all(
        doc.text[s.start : s.end].strip() == doc.text[s.start : s.end] for s in doc.sentences
    )
    assert all("\n" not in doc.text[s.start : s.end] for s in doc.sentences)
    assert doc.sentence_index(doc.text.index("32.000")) == next(
        i for i, s in enumerate(doc.sentences) if s.start <= doc.text.index("32.000") < s.end
    )
    assert "Bộ_Chính_trị" in doc.segmented()
