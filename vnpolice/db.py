"""Engines, sessions and schema migrations for the store.

The default store is an SQLite file in the working directory (zero set-up); any SQLAlchemy URL
works through ``--db`` or ``VNPOLICE_DB``. The schema is created and upgraded by Alembic, so an
old archive is migrated in place instead of being rebuilt.
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///vnpolice.db"
ENV_VAR = "VNPOLICE_DB"
MIGRATIONS = Path(__file__).with_name("migrations")


def resolve_url(url: str | None = None) -> str:
    """The URL given, else ``$VNPOLICE_DB``, else the embedded default."""
    url = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    # "postgresql://" would pick psycopg2, which we do not install; psycopg 3 is the driver.
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers (web UI, queries) do not block ingest
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` (see :func:`resolve_url`)."""
    engine = create_engine(resolve_url(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the schema to ``revision`` (the newest migration by default).

    SQLite changes a table by copying it and dropping the old one, which its foreign keys forbid
    while rows point at it: they are switched off for the migration and checked afterwards.
    """
    cfg = alembic_config(engine)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        with connection.begin():
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
        if sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
            if broken:
                raise RuntimeError(f"migration left rows with broken references: {broken[:5]}")


def open_store(url: str | None = None) -> sessionmaker[Session]:
    """Migrate the store at ``url`` and return a session factory for it."""
    engine = make_engine(url)
    migrate(engine)
    return sessionmaker(engine, expire_on_commit=False)
