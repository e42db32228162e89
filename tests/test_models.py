"""The Alembic migrations build exactly the schema the models declare, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from vnpolice.db import make_engine, migrate
from vnpolice.models import Base


def test_migrations_match_models(store_url: str) -> None:
    engine = make_engine(store_url)
    migrate(engine)
    migrate(engine)  # a second upgrade is a no-op
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        tables = set(inspect(conn).get_table_names())
    engine.dispose()
    assert diff == [], "models changed without a migration: add one under vnpolice/migrations"
    assert set(Base.metadata.tables) <= tables


def test_an_archive_with_rows_is_upgraded_in_place(store_url: str) -> None:
    """An archive made at the first schema, with pages, articles and mentions, upgrades to the
    newest one without losing a row (SQLite copies tables to change them)."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    engine = make_engine(store_url)
    migrate(engine, "0001")
    now = datetime(2020, 4, 28, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO page (id, url, first_seen, state) VALUES (1, 'https://cand.com.vn/a-i12345/', :t, 'extracted')"
            ),
            {"t": now},
        )
        conn.execute(
            text(
                "INSERT INTO article (id, page_id, version, is_current, url, body, body_folded, segmented,"
                " content_hash, extractor_version) VALUES (1, 1, 1, true, 'u', 'b', 'b', 'b', 'h', '0.1.0')"
            )
        )
        conn.execute(
            text(
                'INSERT INTO mention (article_id, kind, start, "end", surface, rule, data, extractor_version)'
                " VALUES (1, 'date', 0, 1, 'b', 'r', '{}', '0.1.0')"
            )
        )
    migrate(engine)
    with engine.connect() as conn:
        counts = [
            conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
            for t in ("page", "article", "mention")
        ]
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert counts == [1, 1, 1]
    assert diff == []
