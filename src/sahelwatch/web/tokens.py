"""API tokens: created once, shown once, stored only as a SHA-256 hash.

Tokens are 256-bit random strings, so a plain SHA-256 (no salt, no slow hash) is enough:
nobody can guess one from its hash. Writes to the API need a live token; reads need one
only when the server runs with ``--private``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from sahelwatch.errors import InputError
from sahelwatch.store.schema import api_tokens

PREFIX = "sw_"
MAX_NAME = 80


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def hash_token(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class TokenInfo:
    id: int
    name: str
    hint: str  # the first characters, to recognise a token in a list
    created_at: dt.datetime
    revoked_at: dt.datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def _info(row: Any) -> TokenInfo:
    return TokenInfo(row[0], row[1], row[2], row[3], row[4])


_COLUMNS = (
    api_tokens.c.id,
    api_tokens.c.name,
    api_tokens.c.hint,
    api_tokens.c.created_at,
    api_tokens.c.revoked_at,
)


def create_token(
    engine: Engine, name: str = "", *, clock: Callable[[], dt.datetime] = _utc_now
) -> tuple[TokenInfo, str]:
    """Store a new token's hash; return its info and the secret (shown to the user once)."""
    name = name.strip()
    if len(name) > MAX_NAME:
        raise InputError(f"--name: at most {MAX_NAME} characters, not {len(name)}")
    secret = PREFIX + secrets.token_urlsafe(32)
    values = {"name": name, "hint": secret[:8], "token_hash": hash_token(secret)}
    with engine.begin() as conn:
        new_id = conn.execute(
            api_tokens.insert().values(**values, created_at=clock()).returning(api_tokens.c.id)
        ).scalar_one()
        row = conn.execute(sa.select(*_COLUMNS).where(api_tokens.c.id == new_id)).one()
    return _info(row), secret


def list_tokens(engine: Engine) -> list[TokenInfo]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(*_COLUMNS).order_by(api_tokens.c.id)).all()
    return [_info(r) for r in rows]


def revoke_token(
    engine: Engine, token_id: int, *, clock: Callable[[], dt.datetime] = _utc_now
) -> TokenInfo:
    """Revoke a token by its id (see ``token list``); revoking twice is harmless."""
    with engine.begin() as conn:
        conn.execute(
            api_tokens.update()
            .where(api_tokens.c.id == token_id, api_tokens.c.revoked_at.is_(None))
            .values(revoked_at=clock())
        )
        row = conn.execute(sa.select(*_COLUMNS).where(api_tokens.c.id == token_id)).first()
    if row is None:
        raise InputError(f"no token with id {token_id}; see `sahelwatch token list`")
    return _info(row)


def verify_token(engine: Engine, secret: str) -> TokenInfo | None:
    """The live token matching ``secret``, or None."""
    if not secret.startswith(PREFIX):
        return None
    digest = hash_token(secret)
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(*_COLUMNS, api_tokens.c.token_hash).where(
                api_tokens.c.token_hash == digest, api_tokens.c.revoked_at.is_(None)
            )
        ).first()
    if row is None or not hmac.compare_digest(row[5], digest):
        return None
    return TokenInfo(row[0], row[1], row[2], row[3], row[4])
