"""benchmarks/merge.py keeps its interface: run(report, sizes) reports one line per size."""

from __future__ import annotations

from benchmarks.merge import run, synthetic_events
from sahelwatch.store.dedup import dedup


def test_run_reports_time_and_growth_against_n_log_n() -> None:
    lines: list[str] = []
    run(lines.append, sizes=(300, 600))
    assert len(lines) == 2
    assert lines[0].startswith("merge.dedup n=300:")
    assert "vs n log n" in lines[1] and "ratio" in lines[1]


def test_synthetic_reports_of_one_incident_are_merged() -> None:
    events, articles = synthetic_events(500)
    assert len(events) == len(articles) == 500
    clusters = dedup(events, articles)
    incidents = {a.split("-")[0] for a in articles}
    assert len(clusters) == len(incidents)
