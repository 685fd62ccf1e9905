"""The API benchmark runs end to end on a tiny database (its numbers come from `make bench`)."""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.api import QUERIES, STATS, measure_database


def test_the_api_benchmark_reports_every_query(tmp_path: Path) -> None:
    lines: list[str] = []
    p95s = measure_database(
        lines.append, "sqlite", f"sqlite:///{tmp_path / 'b.db'}", 300, repeats=3
    )
    assert set(p95s) == set(QUERIES) and all(v > 0 for v in p95s.values())
    metric = re.compile(r"^  (?P<name>[^:]+): (?P<value>[\d.e+-]+) (?P<unit>ms|s)(  \(.*\))?$")
    names = [m["name"] for m in map(metric.match, lines) if m]
    assert len(names) == len(lines) == 3 + 2 * len(QUERIES) + len(STATS)
    assert names[:3] == [
        "sqlite 300 generation",
        "sqlite 300 dashboard first load",
        "sqlite 300 baseline /api/types p50",
    ]
    for name in QUERIES:
        assert f"sqlite 300 /api/events {name} p95" in names
