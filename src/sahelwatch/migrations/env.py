"""Alembic environment: sahelwatch always passes an open connection (see store/migrate.py)."""

from __future__ import annotations

from alembic import context

from sahelwatch.store.schema import metadata


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("sahelwatch migrations run online only: use `sahelwatch db upgrade`.")
run_migrations_online()
