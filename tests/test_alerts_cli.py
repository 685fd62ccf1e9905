"""`sahelwatch watch`, `alerts` and `reports` commands over a real database."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner

from sahelwatch.alerts.reports import ReportIn, submit_report
from sahelwatch.cli import main
from sahelwatch.settings import Settings
from sahelwatch.store import Store
from tests.alerts_receivers import webhook_receiver
from tests.alerts_store import add, make_event

WATCHES = """
watch:
  - name: camp
    kind: proximity
    sites_file: sites.csv
    radius_km: 10
    webhooks: ["{hook}"]
  - name: spread
    kind: spread
"""


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def _jsonl(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def test_watch_commands_and_alerts_run(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "sites.csv").write_text("name,lat,lon\nCamp,14.36,-3.62\n")
    with webhook_receiver() as hook:
        (tmp_path / "w.yaml").write_text(WATCHES.format(hook=hook.url))
        code, out = _run("watch", "load", str(tmp_path / "w.yaml"), "--db", db_url)
        assert code == 0, out
        assert "camp: violent events within 10 km of Camp" in out
        code, out = _run("watch", "load", str(tmp_path / "w.yaml"), "--db", db_url)
        assert code == 2 and "--replace" in out
        code, out = _run(
            "watch", "add", "near-boni", "--kind", "proximity", "--point", "15.04,-1.97",
            "--radius-km", "15", "--db", db_url,
        )  # fmt: skip
        assert code == 0, out
        code, out = _run("watch", "list", "--format", "json", "--db", db_url)
        names = [json.loads(line)["name"] for line in out.splitlines()]
        assert names == ["camp", "near-boni", "spread"]
        with Store.open(Settings(db_url)) as store:
            event_id = add(store, make_event("Bandiagara", 10))
        code, out = _run("alerts", "run", "--db", db_url)
        assert code == 0, out
        assert "2 new alerts" in out and "1 delivered" in out
        code, out = _run("alerts", "run", "--db", db_url)
        assert "0 new alerts" in out and "deliveries: none" in out
        assert len(hook.bodies) == 1 and hook.bodies[0]["event"]["event_id"] == event_id
    code, out = _run("alerts", "list", "--db", db_url)
    assert code == 0 and "camp" in out and "spread" in out
    code, out = _run("watch", "remove", "near-boni", "--db", db_url)
    assert code == 0
    code, out = _run("watch", "remove", "near-boni", "--db", db_url)
    assert code == 2 and "watch list" in out


def test_bad_watch_options_exit_2(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    code, out = _run("watch", "add", "x", "--kind", "proximity", "--db", db)
    assert code == 2 and "needs point, sites or sites_file" in out
    code, out = _run("watch", "add", "x", "--kind", "proximity", "--point", "north", "--db", db)
    assert code == 2 and "--point" in out
    code, out = _run("alerts", "run", "--since", "soon", "--db", db)
    assert code == 2 and "--since" in out
    code, out = _run("watch", "load", str(tmp_path / "none.toml"), "--db", db)
    assert code == 2 and "cannot read watch file" in out


def test_reports_moderation_commands(db_url: str) -> None:
    with Store.open(Settings(db_url)) as store:
        report = submit_report(
            store,
            ReportIn(
                "Gunmen attacked the village of Boni this morning, killing four civilians.",
                reported_on=dt.date(2024, 5, 7),
                contact="amadou@example.org",
            ),
            clock=lambda: dt.datetime(2024, 5, 7, 18, tzinfo=dt.UTC),
        )
    code, out = _run("reports", "list", "--status", "unverified", "--db", db_url)
    (listed,) = [json.loads(line) for line in out.splitlines()]
    assert listed["id"] == report.id and listed["contact"] == "amadou@example.org"
    code, out = _run("events", "--db", db_url, "--format", "jsonl")
    assert code == 0 and _jsonl(out) == []  # unverified: not an event yet
    code, out = _run("reports", "accept", report.id, "--note", "called back", "--db", db_url)
    assert code == 0 and "accepted" in out
    code, out = _run("events", "--db", db_url, "--format", "jsonl")
    (event,) = _jsonl(out)
    assert event["location"] == "Boni" and event["status"] == "confirmed"
    assert "amadou" not in out
    code, out = _run("reports", "reject", "r-nope", "--db", db_url)
    assert code == 2 and "reports list" in out
