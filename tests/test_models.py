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
