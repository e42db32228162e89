"""crawl state per URL: validators for conditional requests, discovery time, the run

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 17:49:33.236313
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("page", schema=None) as batch_op:
        batch_op.add_column(sa.Column("etag", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("last_modified", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("discovered_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("run_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_page_run_id"), ["run_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_page_state"), ["state"], unique=False)
        batch_op.create_foreign_key("fk_page_run_id_crawl_run", "crawl_run", ["run_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("page", schema=None) as batch_op:
        batch_op.drop_constraint("fk_page_run_id_crawl_run", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_page_state"))
        batch_op.drop_index(batch_op.f("ix_page_run_id"))
        batch_op.drop_column("run_id")
        batch_op.drop_column("discovered_at")
        batch_op.drop_column("last_modified")
        batch_op.drop_column("etag")
