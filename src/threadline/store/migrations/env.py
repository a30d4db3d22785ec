"""Alembic environment: runs against the connection handed in by `threadline.store.migrate`."""

from __future__ import annotations

from alembic import context

import threadline.store.tables  # noqa: F401  (registers every table)
from threadline.store.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("threadline migrations run through threadline.store.migrate only")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
