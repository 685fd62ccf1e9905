"""Watches run after every ingest: an article near a watched point raises an alert."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from sahelwatch.cli import main

OVERLAP = Path(__file__).parent / "fixtures" / "overlap"


def test_ingest_raises_the_alerts_of_a_proximity_watch_once(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    runner = CliRunner()
    added = runner.invoke(
        main,
        [
            "watch",
            "add",
            "nampala",
            "--kind",
            "proximity",
            "--point",
            "15.28,-5.55",
            "--radius-km",
            "40",
            "--db",
            db,
        ],
    )
    assert added.exit_code == 0, added.output
    first = runner.invoke(main, ["ingest", str(OVERLAP / "manifest.jsonl"), "--db", db])
    assert first.exit_code == 0, first.output
    assert "alerts:" in first.output
    listed = runner.invoke(main, ["alerts", "list", "--db", db])
    assert "Nampala" in listed.output or "Kobadi" in listed.output
    again = runner.invoke(main, ["ingest", str(OVERLAP / "manifest.jsonl"), "--db", db])
    assert again.exit_code == 0, again.output
    assert "alerts:" not in again.output  # nothing new: the same articles, unchanged
