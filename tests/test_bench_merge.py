"""benchmarks/merge.py keeps its interface: run(report, sizes) reports one line per size."""

from __future__ import annotations

from benchmarks.merge import run, synthetic_events
from benchmarks.report import parse_metric
from sahelwatch.store.dedup import dedup


def test_run_reports_time_and_growth_against_n_log_n() -> None:
    lines: list[str] = []
    run(lines.append, sizes=(300, 600))
    assert len(lines) == 3
    metrics = [parse_metric(line) for line in lines]
    assert [m.name for m in metrics if m] == [
        "dedup 300 events",
        "dedup 600 events",
        "dedup growth / n log n, 300->600",
    ]
    assert "vs n log n" in lines[2]


def test_quick_mode_is_a_small_smoke_test() -> None:
    lines: list[str] = []
    run(lines.append, quick=True)
    assert "dedup 1000 events" in lines[0] and len(lines) == 3


def test_synthetic_reports_of_one_incident_are_merged() -> None:
    events, articles = synthetic_events(500)
    assert len(events) == len(articles) == 500
    clusters = dedup(events, articles)
    incidents = {a.split("-")[0] for a in articles}
    assert len(clusters) == len(incidents)
