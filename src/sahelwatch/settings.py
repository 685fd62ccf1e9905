"""Where sahelwatch keeps its data: resolved once, passed explicitly (no global settings)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sahelwatch.errors import InputError

ENV_DB = "SAHELWATCH_DB"
_SCHEMES = ("sqlite:///", "postgresql://", "postgresql+psycopg://")


def default_db_url(env: Mapping[str, str] | None = None) -> str:
    """``sqlite:///<XDG_DATA_HOME or ~/.local/share>/sahelwatch/sahelwatch.db`` (folder created)."""
    env = os.environ if env is None else env
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    folder = Path(base) / "sahelwatch"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'sahelwatch.db'}"


def normalise_db_url(value: str) -> str:
    """Accept a SQLite or PostgreSQL URL, or a bare file path (made a SQLite URL)."""
    value = value.strip()
    if not value:
        raise InputError(
            "--db: empty database URL; give sqlite:///PATH, postgresql://... or a path."
        )
    if value.startswith(_SCHEMES):
        return value
    if "://" in value:
        scheme = value.split("://", 1)[0]
        raise InputError(
            f"--db: unsupported database scheme {scheme!r}; use sqlite:///PATH, "
            "postgresql://USER@HOST/DB or a plain file path."
        )
    return f"sqlite:///{Path(value).expanduser().resolve()}"


@dataclass(frozen=True, slots=True)
class Settings:
    """The database sahelwatch reads and writes."""

    db_url: str

    @classmethod
    def resolve(cls, db: str | None = None, env: Mapping[str, str] | None = None) -> Settings:
        """``--db`` if given, else ``$SAHELWATCH_DB``, else the per-user SQLite file."""
        env = os.environ if env is None else env
        chosen = db or env.get(ENV_DB)
        if chosen:
            return cls(normalise_db_url(chosen))
        return cls(default_db_url(env))
