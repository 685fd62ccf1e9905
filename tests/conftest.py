"""Shared fixtures (database fixtures live in tests/storage_fixtures.py)."""

pytest_plugins = ("tests.storage_fixtures",)
