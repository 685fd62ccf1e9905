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

import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

from sahelwatch.settings import Settings
from sahelwatch.store import Store
from sahelwatch.web.synthetic import insert_rows, random_rows

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
TARGET_P95_MS = 100.0

# Typical dashboard/API queries: a date range within a region, an actor, a type, a radius.
QUERIES: dict[str, dict[str, str]] = {
    "dates+admin1": {"since": "2019-01-01", "until": "2019-12-31", "admin1": "Mopti"},
    "actor": {"actor": "wagner"},
    "type": {"type": "Battles"},
    "near": {"near": "14.49,-4.19", "radius_km": "25"},
    "type+page 10": {"type": "Violence against civilians", "offset": "1000"},
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


def _measure(report: Callable[[str], None], store: Store, label: str, repeats: int) -> None:
    from fastapi.testclient import TestClient

    from sahelwatch.web.app import create_app

    with TestClient(create_app(store)) as client:
        start = time.perf_counter()
        for path in FIRST_LOAD:
            client.get(path).raise_for_status()
        first_load = (time.perf_counter() - start) * 1000
        report(f"{label}: dashboard first load (7 requests) {first_load:.0f} ms")
        for name, params in QUERIES.items():
            client.get("/api/events", params=params).raise_for_status()  # warm caches
            samples = []
            for _ in range(repeats):
                t0 = time.perf_counter()
                client.get("/api/events", params=params).raise_for_status()
                samples.append((time.perf_counter() - t0) * 1000)
            p50, p95 = _percentiles(samples)
            flag = "ok" if p95 < TARGET_P95_MS else f"over the {TARGET_P95_MS:.0f} ms target"
            report(f"{label}: /api/events {name:<13} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  {flag}")


def measure_database(
    report: Callable[[str], None], backend: str, url: str, size: int, *, repeats: int
) -> None:
    """Fill the (empty) database at ``url`` with ``size`` invented events and measure it."""
    label = f"{backend} {size:>9,} events"
    with Store.open(Settings(url)) as store:
        start = time.perf_counter()
        insert_rows(store.engine, random_rows(size, seed=size))
        with store.engine.begin() as conn:
            conn.execute(sa.text("ANALYZE"))
        report(f"{label}: generated in {time.perf_counter() - start:.1f} s")
        _measure(report, store, label, repeats)
        store.engine.dispose()


def run(report: Callable[[str], None], quick: bool = False) -> None:
    sizes = (10_000,) if quick else (100_000, 1_000_000)
    repeats = 15 if quick else 40
    for size in sizes:
        with _sqlite() as url:
            measure_database(report, "sqlite", url, size, repeats=repeats)
        with _postgres() as pg_url:
            if pg_url is None:
                report("postgresql: no server at 127.0.0.1:5432, skipped")
            else:
                measure_database(report, "postgresql", pg_url, size, repeats=repeats)


if __name__ == "__main__":
    import sys

    def _print(line: str) -> None:
        sys.stdout.write(line + "\n")

    run(_print, quick="--quick" in sys.argv)
