"""`sahelwatch token ...` and `sahelwatch report` from the command line."""

from __future__ import annotations

import re
from pathlib import Path

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
