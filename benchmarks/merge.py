"""Benchmark: batch deduplication cost as the number of events grows.

``run(report, sizes=..., quick=False)`` generates synthetic reports (incidents across
the Sahel over three years, each reported by one to three sources with small disagreements), times
``sahelwatch.store.dedup.dedup`` per size and reports the growth ratio against
n log n relative to the smallest size (1.0 = grows like n log n; quadratic would grow
like n / n0). Wired into ``make bench`` by benchmarks/run.py.
"""

from __future__ import annotations

import datetime as dt
import gc
import math
import random
import time
from collections.abc import Callable, Sequence

from benchmarks.report import metric_line
from sahelwatch.model import Event
from sahelwatch.store.dedup import dedup

_TYPES = (
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
)
_ACTORS = (
    "JNIM: Group for Support of Islam and Muslims",
    "Islamic State Sahel Province",
    "Military Forces of Mali (2021-)",
    "Unidentified Armed Group (Mali)",
)
_START = dt.date(2021, 1, 1)


def synthetic_events(n: int, seed: int = 7) -> tuple[list[Event], list[str]]:
    """``n`` reports and the article each comes from."""
    rng = random.Random(seed)
    events: list[Event] = []
    articles: list[str] = []
    incident = 0
    while len(events) < n:
        incident += 1
        lat, lon = rng.uniform(10.0, 25.0), rng.uniform(-12.0, 4.0)
        day = _START + dt.timedelta(days=rng.randrange(3 * 365))
        event_type, sub = rng.choice(_TYPES)
        actor1 = rng.choice(_ACTORS)
        admin1 = f"R{int(lat) % 9}{int(lon) % 7}"
        for source in range(min(rng.randint(1, 3), n - len(events))):
            precision = rng.choices((1, 2, 3), weights=(85, 10, 5))[0]
            events.append(
                Event(
                    event_date=day + dt.timedelta(days=rng.choice((0, 0, 1))),
                    time_precision=precision,
                    event_type=event_type,
                    sub_event_type=sub,
                    actor1=actor1 if source == 0 else rng.choice((actor1, _ACTORS[3])),
                    inter1=2,
                    actor2="Military Forces of Mali (2021-)",
                    inter2=1,
                    country="Mali",
                    location=f"P{incident}",
                    admin1=admin1,
                    latitude=lat + rng.uniform(-0.01, 0.01),
                    longitude=lon + rng.uniform(-0.01, 0.01),
                    geo_precision=1,
                    fatalities=rng.randrange(20),
                )
            )
            articles.append(f"a{incident}-{source}")
    return events, articles


QUICK_SIZES = (1_000, 4_000)


def run(
    report: Callable[[str], None],
    sizes: Sequence[int] = (10_000, 100_000, 1_000_000),
    quick: bool = False,
) -> None:
    """Time ``dedup`` per size; report seconds and growth against n log n.

    ``quick`` (``make bench BENCH_ARGS=--quick``) uses QUICK_SIZES: a smoke test only.
    """
    sizes = QUICK_SIZES if quick else sizes
    baseline: tuple[int, float] | None = None
    for n in sizes:
        events, articles = synthetic_events(n)
        gc.collect()
        gc.freeze()  # the generated inputs are not garbage: keep the collector off them
        try:
            started = time.perf_counter()
            clusters = dedup(events, articles)
            seconds = time.perf_counter() - started
        finally:
            gc.unfreeze()
        report(metric_line(f"dedup {n} events", seconds, "s", f"{len(clusters):,} clusters"))
        if baseline is None:
            baseline = (n, seconds)
            continue
        n0, s0 = baseline
        observed = seconds / s0 if s0 else float("inf")
        nlogn = (n * math.log(n)) / (n0 * math.log(n0))
        note = (
            f"time x{observed:.1f} vs n log n x{nlogn:.1f} from n={n0:,}; "
            f"quadratic would be x{(n / n0) ** 2:.0f}"
        )
        report(metric_line(f"dedup growth / n log n, {n0}->{n}", observed / nlogn, "x", note))
