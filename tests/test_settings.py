"""Where the database is: --db, else $SAHELWATCH_DB, else the per-user SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahelwatch.errors import InputError
from sahelwatch.settings import ENV_DB, Settings


def test_db_option_wins_over_the_environment(tmp_path: Path) -> None:
    env = {ENV_DB: "sqlite:///from-env.db", "XDG_DATA_HOME": str(tmp_path)}
    assert Settings.resolve("postgresql://u@h/db", env).db_url == "postgresql://u@h/db"
    assert Settings.resolve(None, env).db_url == "sqlite:///from-env.db"


def test_the_default_is_a_sqlite_file_under_xdg_data_home(tmp_path: Path) -> None:
    settings = Settings.resolve(None, {"XDG_DATA_HOME": str(tmp_path / "data")})
    assert settings.db_url == f"sqlite:///{tmp_path / 'data' / 'sahelwatch' / 'sahelwatch.db'}"
    assert (tmp_path / "data" / "sahelwatch").is_dir()


def test_without_xdg_the_default_is_under_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    settings = Settings.resolve(None, {})
    expected = tmp_path / ".local" / "share" / "sahelwatch" / "sahelwatch.db"
    assert settings.db_url == f"sqlite:///{expected}"


def test_a_bare_path_becomes_a_sqlite_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert Settings.resolve("events.db", {}).db_url == f"sqlite:///{tmp_path / 'events.db'}"


@pytest.mark.parametrize("url", ["mysql://h/db", "http://example.org/db", "  "])
def test_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(InputError, match="--db"):
        Settings.resolve(url, {})


def test_settings_are_frozen() -> None:
    settings = Settings("sqlite:///x.db")
    with pytest.raises(AttributeError):
        settings.db_url = "other"  # type: ignore[misc]
