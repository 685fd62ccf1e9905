"""`sahelwatch token ...` and `sahelwatch report` from the command line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sahelwatch.cli import main
from sahelwatch.settings import Settings
from sahelwatch.store import Store
from sahelwatch.web.synthetic import insert_rows
from tests.web.conftest import SEED


def test_token_create_list_revoke(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    created = runner.invoke(main, ["token", "create", "--db", db, "--name", "desk"])
    assert created.exit_code == 0, created.output
    secret = created.stdout.strip()
    assert secret.startswith("sw_")
    listed = runner.invoke(main, ["token", "list", "--db", db])
    assert re.match(rf"1\tactive\t.*\t{re.escape(secret[:8])}…\tdesk", listed.stdout)
    assert secret not in listed.stdout
    revoked = runner.invoke(main, ["token", "revoke", "--db", db, "1"])
    assert revoked.exit_code == 0 and "revoked" in revoked.stdout
    assert "\trevoked\t" in runner.invoke(main, ["token", "list", "--db", db]).stdout
    missing = runner.invoke(main, ["token", "revoke", "--db", db, "9"])
    assert missing.exit_code == 2 and "no token with id 9" in missing.stderr


def test_report_writes_a_self_contained_brief(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'report.db'}"
    with Store.open(Settings(db)) as store:
        insert_rows(store.engine, SEED)
    out = tmp_path / "brief.html"
    result = CliRunner().invoke(
        main,
        ["report", "--db", db, "--since", "2023-06-01", "--region", "Mopti", "--out", str(out)],
    )
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "— Bandiagara, Mopti" in html and "— Tillaberi" not in html
    assert "<svg" in html and not re.search(r"<(script|link|img)\b", html)
    bad = CliRunner().invoke(main, ["report", "--db", db, "--since", "June", "--out", str(out)])
    assert bad.exit_code == 2 and "--since" in bad.stderr


def test_serve_refuses_a_bad_database_url() -> None:
    result = CliRunner().invoke(main, ["serve", "--db", "mysql://x/y"])
    assert result.exit_code == 2 and "--db" in result.stderr


def test_serve_closes_reads_when_the_environment_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`serve` builds the app it hands to uvicorn (replaced here: no socket in this test)."""
    import uvicorn
    from fastapi.testclient import TestClient

    served: list[tuple[int, int]] = []

    def fake_run(app: Any, host: str, port: int, log_level: str) -> None:
        with TestClient(app) as client:
            served.append((client.get("/api/events").status_code, port))

    monkeypatch.setattr(uvicorn, "run", fake_run)
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    result = CliRunner().invoke(main, ["serve", "--db", db, "--port", "8123"])
    assert result.exit_code == 0, result.output
    monkeypatch.setenv("SAHELWATCH_READ_TOKEN_REQUIRED", "1")
    assert CliRunner().invoke(main, ["serve", "--db", db, "--port", "8124"]).exit_code == 0
    monkeypatch.delenv("SAHELWATCH_READ_TOKEN_REQUIRED")
    assert CliRunner().invoke(main, ["serve", "--db", db, "--private"]).exit_code == 0
    assert served == [(200, 8123), (401, 8124), (401, 8000)]
