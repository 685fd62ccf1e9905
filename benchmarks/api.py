"""API latency at scale: p50/p95 of /api/events with typical filters, and the dashboard's
first load, over SQLite and PostgreSQL databases of invented events.

``run(report, quick=False)``: 100k and 1M events (quick: 10k). The events are bulk-inserted
straight into the store's tables (``sahelwatch.web.synthetic``); requests go through
FastAPI's TestClient, so the numbers include routing, validation and JSON encoding but no
socket. PostgreSQL runs only when the local server (127.0.0.1:5432, database ``test``)
answers; each run makes its own database and drops it.
"""

from __future__ import annotations

import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

from sahelwatch.settings import Settings
from sahelwatch.store import Store
from sahelwatch.web.synthetic import insert_rows, random_rows

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
TARGET_P95_MS = 100.0

# Typical dashboard/API queries: a date range within a region, an actor (common or
# rare), a type, a radius.
QUERIES: dict[str, dict[str, str]] = {
    "dates+admin1": {"since": "2019-01-01", "until": "2019-12-31", "admin1": "Mopti"},
    "actor": {"actor": "wagner"},
    "rare actor": {"actor": "ganda izo"},  # one event in 5,000 (synthetic.RARE_EVERY)
    "type": {"type": "Battles"},
    "near": {"near": "14.49,-4.19", "radius_km": "25"},
    "type+page 10": {"type": "Violence against civilians", "offset": "1000"},
}
# Analytics endpoints: timed too (a few runs each), they have no latency target.
STATS: dict[str, tuple[str, dict[str, str]]] = {
    "timeseries by type": ("/api/stats/timeseries", {"interval": "month", "split": "type"}),
    "spread 2020": ("/api/stats/spread", {"since": "2020-01-01", "until": "2020-12-31"}),
    "compare 2020-01-01": ("/api/stats/compare", {"at": "2020-01-01", "by": "both"}),
    "actors": ("/api/actors", {"limit": "50"}),
    "places Mopti": ("/api/places", {"admin1": "Mopti"}),
    "report 2020": ("/api/report", {"since": "2020-01-01", "until": "2020-12-31"}),
}
FIRST_LOAD = (
    "/",
    "/static/dashboard.js",
    "/static/dashboard.css",
    "/api/types",
    "/api/regions.geojson",
    "/api/events?limit=100&offset=0",
    "/api/stats/timeseries?interval=month&split=type",
)


@contextmanager
def _sqlite() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="sw-bench-") as folder:
        yield f"sqlite:///{Path(folder) / 'bench.db'}"


@contextmanager
def _postgres() -> Iterator[str | None]:
    admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    name = f"sw_bench_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except OperationalError:
        admin.dispose()
        yield None
        return
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def metric(name: str, value: float, unit: str, note: str = "") -> str:
    """``  name: value unit  (note)``: the line format ``make bench`` records as a metric."""
    line = f"  {name}: {value:.4g} {unit}"
    return f"{line}  ({note})" if note else line


def _timed(client: Any, path: str, params: dict[str, str], repeats: int) -> list[float]:
    client.get(path, params=params).raise_for_status()  # warm caches
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        client.get(path, params=params).raise_for_status()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _measure(
    report: Callable[[str], None], store: Store, label: str, repeats: int
) -> dict[str, float]:
    """Report the first load and each query's p50/p95; return the p95s by query."""
    from fastapi.testclient import TestClient

    from sahelwatch.web.app import create_app

    p95s: dict[str, float] = {}
    with TestClient(create_app(store)) as client:
        start = time.perf_counter()
        for path in FIRST_LOAD:
            client.get(path).raise_for_status()
        first_load = (time.perf_counter() - start) * 1000
        report(
            metric(f"{label} dashboard first load", first_load, "ms", f"{len(FIRST_LOAD)} requests")
        )
        base_p50, _ = _percentiles(_timed(client, "/api/types", {}, repeats))
        report(metric(f"{label} baseline /api/types p50", base_p50, "ms", "no database"))
        for name, params in QUERIES.items():
            p50, p95 = _percentiles(_timed(client, "/api/events", params, repeats))
            verdict = "ok" if p95 < TARGET_P95_MS else "over"
            report(
                metric(
                    f"{label} /api/events {name} p50",
                    p50,
                    "ms",
                    f"{p50 / max(base_p50, 1e-6):.1f}x baseline",
                )
            )
            report(
                metric(
                    f"{label} /api/events {name} p95",
                    p95,
                    "ms",
                    f"target {TARGET_P95_MS:.0f} ms: {verdict}",
                )
            )
            p95s[name] = p95
        for name, (path, params) in STATS.items():
            p50, _ = _percentiles(_timed(client, path, params, max(2, repeats // 10)))
            report(metric(f"{label} {name} p50", p50, "ms", path))
    return p95s


def measure_database(
    report: Callable[[str], None], backend: str, url: str, size: int, *, repeats: int
) -> dict[str, float]:
    """Fill the (empty) database at ``url`` with ``size`` invented events and measure it;
    return the p95 of each query."""
    label = f"{backend} {_size_label(size)}"
    with Store.open(Settings(url)) as store:
        start = time.perf_counter()
        insert_rows(store.engine, random_rows(size, seed=size), defer_indexes=True)
        _vacuum_analyze(store)
        report(metric(f"{label} generation", time.perf_counter() - start, "s"))
        p95s = _measure(report, store, label, repeats)
        store.engine.dispose()
    return p95s


def _vacuum_analyze(store: Store) -> None:
    """Statistics for the planner, and on PostgreSQL the visibility map that index-only
    scans need (what autovacuum does after a bulk load)."""
    command = "VACUUM ANALYZE" if store.engine.dialect.name == "postgresql" else "ANALYZE"
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text(command))


def _size_label(size: int) -> str:
    if size >= 1_000_000 and size % 1_000_000 == 0:
        return f"{size // 1_000_000}M"
    if size >= 1000 and size % 1000 == 0:
        return f"{size // 1000}k"
    return str(size)


def _growth(report: Callable[[str], None], backend: str, runs: dict[int, dict[str, float]]) -> None:
    """p95 at the largest size over p95 at the smallest, per query (same run)."""
    if len(runs) < 2:
        return
    small, large = min(runs), max(runs)
    for name in QUERIES:
        ratio = runs[large][name] / max(runs[small][name], 1e-6)
        report(
            metric(
                f"{backend} /api/events {name} p95 growth",
                ratio,
                "x",
                f"{_size_label(large)} over {_size_label(small)}, {large // small}x the events",
            )
        )


def run(report: Callable[[str], None], quick: bool = False) -> None:
    sizes = (10_000,) if quick else (100_000, 1_000_000)
    repeats = 15 if quick else 40
    runs: dict[str, dict[int, dict[str, float]]] = {"sqlite": {}, "postgresql": {}}
    for size in sizes:
        with _sqlite() as url:
            runs["sqlite"][size] = measure_database(report, "sqlite", url, size, repeats=repeats)
        with _postgres() as pg_url:
            if pg_url is None:
                report("postgresql: no server at 127.0.0.1:5432, skipped")
            else:
                runs["postgresql"][size] = measure_database(
                    report, "postgresql", pg_url, size, repeats=repeats
                )
    for backend, by_size in runs.items():
        _growth(report, backend, by_size)


if __name__ == "__main__":
    import sys

    def _print(line: str) -> None:
        sys.stdout.write(line + "\n")

    run(_print, quick="--quick" in sys.argv)
