"""Ingest throughput: articles per second serially and with ``--workers 2``, as a ratio.

``run(report)`` generates synthetic articles, ingests them into fresh SQLite databases in
a temporary folder, once in this process and once on two worker processes, and reports
both rates and their ratio (measured in the same run, so machines compare fairly).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.articlegen import generate, write_manifest
from benchmarks.report import metric_line
from sahelwatch.ingest.executors import ExecutorSpec
from sahelwatch.ingest.fetch import FetchLimits
from sahelwatch.ingest.inputs import expand_inputs
from sahelwatch.ingest.run import ingest
from sahelwatch.ingest.work import WorkOptions, process
from sahelwatch.settings import Settings
from sahelwatch.store import Store

ARTICLES, QUICK_ARTICLES = 600, 40


def _rate(manifest: Path, db: Path, spec: ExecutorSpec) -> float:
    items = list(expand_inputs([str(manifest)], FetchLimits()))
    with Store.open(Settings(f"sqlite:///{db}")) as store:
        started = time.perf_counter()
        summary = ingest(items, store, WorkOptions(), spec)
        elapsed = time.perf_counter() - started
    if summary.failed or summary.new != len(items):
        raise RuntimeError(f"benchmark ingest did not store every article:\n{summary.format()}")
    return len(items) / elapsed


def run(report: Callable[[str], None], quick: bool = False) -> None:
    """Report serial and two-worker ingest rates into SQLite, and their ratio."""
    articles = QUICK_ARTICLES if quick else ARTICLES
    with tempfile.TemporaryDirectory(prefix="sahelwatch-bench-") as tmp:
        folder = Path(tmp)
        manifest = write_manifest(folder / "articles", generate(articles))
        warm = next(iter(expand_inputs([str(manifest)], FetchLimits())))
        process(warm, WorkOptions())  # load the extraction resources before timing
        serial = _rate(manifest, folder / "serial.db", ExecutorSpec())
        pooled = _rate(manifest, folder / "workers2.db", ExecutorSpec(workers=2))
    report(f"  {articles} short generated articles into SQLite")
    report(metric_line("ingest serial", serial, "articles/s"))
    report(metric_line("ingest --workers 2", pooled, "articles/s", "worker start-up included"))
    report(metric_line("ingest --workers 2 / serial", pooled / serial, "x"))


if __name__ == "__main__":
    import logging

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    run(logging.getLogger("bench").info)
