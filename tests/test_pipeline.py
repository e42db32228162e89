"""The pipeline on a real store (SQLite and PostgreSQL): idempotent, versioned, never loses a page."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

from conftest import PAGES
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from vnpolice import models as m
from vnpolice.extract.contract import EXTRACTOR_VERSION
from vnpolice.ingest import ingest
from vnpolice.pipeline import RawPage, process

SEED_URL = "https://www.csgt.vn/tin-tuc/cuc-canh-sat-giao-thong-huong-ung-hanh-trinh-giot-mau-nghia-tinh-2020-1234.html"


def _counts(factory: sessionmaker[Session]) -> dict[str, int]:
    with factory() as s:
        return {
            table.__tablename__: s.scalar(select(func.count()).select_from(table)) or 0
            for table in (
                m.Page,
                m.Article,
                m.Mention,
                m.Event,
                m.EventAgency,
                m.EventQuantity,
                m.Agency,
                m.Campaign,
            )
        }


def _seed_raw(body: bytes | None = None) -> RawPage:
    html = body if body is not None else (PAGES / "csgt_seed.html").read_bytes()
    return RawPage(url=SEED_URL, body=html, fetched_at=datetime(2020, 4, 28, 12, tzinfo=UTC))


def test_ingest_twice_changes_nothing(store: sessionmaker[Session]) -> None:
    first = ingest(store, [PAGES])
    after_first = _counts(store)
    second = ingest(store, [PAGES])
    assert _counts(store) == after_first
    assert second["new"] == 0 and second["new_version"] == 0
    assert second["unchanged"] == first["new"]
    assert after_first["article"] == first["new"] >= 11
    assert after_first["event"] > 0 and after_first["mention"] > 0
    with store() as s:
        runs = s.scalars(select(m.CrawlRun).order_by(m.CrawlRun.id)).all()
    assert [r.status for r in runs] == ["finished", "finished"]
    assert runs[1].counts["unchanged"] == first["new"]


def test_not_article_is_recorded_not_stored(store: sessionmaker[Session]) -> None:
    html = gzip.decompress((PAGES / "laodong_1.html.gz").read_bytes())
    with store() as s:
        outcome = process(s, RawPage(url="https://laodong.vn/", body=html))
        assert outcome.status == "not_article" and outcome.reason
        page = s.scalars(select(m.Page)).one()
        assert page.state == "not_article" and page.reason
        assert s.scalar(select(func.count()).select_from(m.Article)) == 0


def test_broken_page_is_recorded_and_does_not_raise(store: sessionmaker[Session]) -> None:
    with store() as s:
        for i, body in enumerate([b"", b"\x00\xff\xfe garbage \x89PNG", b"<html><body><p>Trang"]):
            outcome = process(s, RawPage(url=f"https://cand.com.vn/x-i{i}/", body=body))
            assert outcome.status in ("not_article", "failed") and outcome.reason
        assert s.scalar(select(func.count()).select_from(m.Page)) == 3
        assert s.scalar(select(func.count()).select_from(m.Article)) == 0


def test_changed_page_becomes_a_new_version(store: sessionmaker[Session]) -> None:
    html = (PAGES / "csgt_seed.html").read_bytes()
    changed = html.replace(
        "Một số hình ảnh tại chương trình:".encode(),
        "Cập nhật: thêm 2.000 đơn vị máu. Một số hình ảnh tại chương trình:".encode(),
    )
    assert changed != html
    with store() as s:
        assert process(s, _seed_raw()).status == "new"
        assert process(s, _seed_raw()).status == "unchanged"
        assert process(s, _seed_raw(changed)).status == "new_version"
        assert process(s, _seed_raw(changed)).status == "unchanged"
        pages = s.scalars(select(m.Page)).all()
        articles = s.scalars(select(m.Article).order_by(m.Article.version)).all()
        assert len(pages) == 1
        assert [(a.version, a.is_current) for a in articles] == [(1, False), (2, True)]
        assert "Cập nhật" in articles[1].body


def test_records_carry_extractor_version_and_true_offsets(store: sessionmaker[Session]) -> None:
    with store() as s:
        process(s, _seed_raw())
        article = s.scalars(select(m.Article)).one()
        assert article.extractor_version == EXTRACTOR_VERSION
        assert article.mentions and article.events
        for mention in article.mentions:
            assert mention.extractor_version == EXTRACTOR_VERSION
            assert article.body[mention.start : mention.end] == mention.surface
        for event in article.events:
            assert event.extractor_version == EXTRACTOR_VERSION


def test_seed_event_is_stored_with_campaign_agencies_and_quantity(
    store: sessionmaker[Session],
) -> None:
    with store() as s:
        process(s, _seed_raw())
        event = s.scalars(select(m.Event).where(m.Event.type == "blood_donation")).one()
        assert (
            event.campaign is not None
            and event.campaign.name == "Hành trình giọt máu nghĩa tình 2020"
        )
        assert str(event.date_start) == "2020-04-28"
        roles = {link.agency.canonical: link.role for link in event.agencies}
        assert roles["Cục Cảnh sát giao thông"] == "organiser"
        assert [q.mention.surface for q in event.quantities] == ["hơn 32.000 đơn vị"]
        csgt = s.scalars(
            select(m.Agency).where(m.Agency.canonical == "Cục Cảnh sát giao thông")
        ).one()
        assert (
            csgt.code == "C08" and csgt.parent is not None and csgt.parent.canonical == "Bộ Công an"
        )


def test_publication_instant_survives_the_store(store: sessionmaker[Session]) -> None:
    """SQLite keeps no offsets: 10:15+07:00 must come back as the same instant, not as 10:15."""
    with store() as s:
        process(s, _seed_raw())
    with store() as s:
        article = s.scalars(select(m.Article)).one()
        assert article.published == datetime(2020, 4, 28, 3, 15, tzinfo=UTC)
        assert article.published.utcoffset() is not None
