"""The API benchmark runs end to end on a tiny database (its numbers come from `make bench`)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.api import QUERIES, measure_database


def test_the_api_benchmark_reports_every_query(tmp_path: Path) -> None:
    lines: list[str] = []
    measure_database(lines.append, "sqlite", f"sqlite:///{tmp_path / 'b.db'}", 300, repeats=3)
    assert lines[0].startswith("sqlite       300 events: generated in")
    assert "dashboard first load" in lines[1]
    assert len(lines) == 2 + len(QUERIES)
    for line, name in zip(lines[2:], QUERIES, strict=True):
        assert name in line and "p95" in line
