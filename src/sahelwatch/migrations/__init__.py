"""Alembic migrations, packaged in the wheel; run by Store.open and `sahelwatch db upgrade`."""
