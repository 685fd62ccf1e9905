"""API tokens: stored hashed, needed to write, revocable; POST /api/articles end to end."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from sahelwatch.errors import InputError
from sahelwatch.store import Store
from sahelwatch.store.schema import api_tokens
from sahelwatch.web.app import create_app
from sahelwatch.web.tokens import create_token, list_tokens, revoke_token, verify_token

FIXED = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)


def test_tokens_are_stored_hashed_and_can_be_revoked(empty_store: Store) -> None:
    engine = empty_store.engine
    info, secret = create_token(engine, "newsroom", clock=lambda: FIXED)
    assert secret.startswith("sw_") and len(secret) > 40
    with engine.connect() as conn:
        stored = conn.execute(sa.select(api_tokens)).mappings().one()
    assert secret not in {str(v) for v in stored.values()}
    assert stored["hint"] == secret[:8]
    assert verify_token(engine, secret) == info
    assert verify_token(engine, secret + "x") is None
    assert verify_token(engine, "not-even-prefixed") is None
    other, _ = create_token(engine)
    assert [t.name for t in list_tokens(engine)] == ["newsroom", ""]
    revoked = revoke_token(engine, info.id, clock=lambda: FIXED)
    assert not revoked.active and revoked.revoked_at is not None
    assert verify_token(engine, secret) is None
    assert [t.active for t in list_tokens(engine)] == [False, True]
    assert revoke_token(engine, info.id).revoked_at == revoked.revoked_at  # twice: harmless
    with pytest.raises(InputError, match="token list"):
        revoke_token(engine, other.id + 100)
    with pytest.raises(InputError, match="--name"):
        create_token(engine, "n" * 200)


def _sample_text() -> str:
    folder = resources.files("sahelwatch.data").joinpath("sample")
    return folder.joinpath("o1_en_wire_nampala.txt").read_text(encoding="utf-8")


def test_posting_an_article_needs_a_live_token_and_stores_its_events(empty_store: Store) -> None:
    body = {
        "text": _sample_text(),
        "url": "https://wire.example/nampala",
        "outlet": "Wire",
        "published": "2024-07-03",
    }
    with TestClient(create_app(empty_store)) as client:
        assert client.post("/api/articles", json=body).status_code == 401
        info, secret = create_token(empty_store.engine, "test")
        auth = {"Authorization": f"Bearer {secret}"}
        created = client.post("/api/articles", json=body, headers=auth)
        assert created.status_code == 201, created.text
        result = created.json()
        assert result["status"] == "new" and result["events_created"]
        stored = client.get("/api/events").json()
        assert stored["total"] == len(result["events_created"])
        event = client.get(f"/api/events/{result['events_created'][0]}").json()
        assert event["sources"][0]["url"] == "https://wire.example/nampala"
        assert event["sources"][0]["evidence"]
        again = client.post("/api/articles", json=body, headers=auth).json()
        assert again["status"] == "unchanged"
        assert client.get("/api/events").json()["total"] == stored["total"]
        bad = client.post("/api/articles", json={"text": ""}, headers=auth)
        assert bad.status_code == 422 and "text" in bad.text
        bad_date = client.post(
            "/api/articles", json={**body, "published": "2024-02-31"}, headers=auth
        )
        assert bad_date.status_code == 422 and "published" in bad_date.text
        nul = client.post("/api/articles", json={**body, "title": "a\x00b"}, headers=auth)
        assert nul.status_code == 422 and "title" in nul.text
        no_date = client.post("/api/articles", json={"text": "Headline\n\nNo date."}, headers=auth)
        assert no_date.status_code == 400 and "published" in no_date.text.lower()
        revoke_token(empty_store.engine, info.id)
        assert client.post("/api/articles", json=body, headers=auth).status_code == 401
