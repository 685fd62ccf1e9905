"""kill -9 in the middle of an ingest, run it again: the database equals an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.articlegen import generate, write_manifest
from tests.ingest_db import count_articles, database, dump

SAHELWATCH = str(Path(sys.executable).with_name("sahelwatch"))


def command(manifest: Path, db: str) -> list[str]:
    return [SAHELWATCH, "ingest", str(manifest), "--db", db, "--no-progress"]


def start(manifest: Path, db: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command(manifest, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def kill_when_stored(process: subprocess.Popen[str], db: str, threshold: int) -> int:
    """SIGKILL the ingest once ``threshold`` articles are stored; return how many are."""
    deadline = time.monotonic() + 120
    while count_articles(db) < threshold:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the ingest did not get far enough in 120 s"
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    return count_articles(db)


def finish(process: subprocess.Popen[str]) -> str:
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    return out


@pytest.mark.slow
@pytest.mark.parametrize(
    ("backend", "articles"),
    # PostgreSQL with fewer articles: the same code path, and the suite stays fast.
    [("sqlite", 1000), ("postgresql", 300)],
)
def test_a_killed_ingest_rerun_equals_an_uninterrupted_one(
    backend: str, articles: int, tmp_path: Path
) -> None:
    manifest = write_manifest(tmp_path / "articles", generate(articles, seed=2026))
    with (
        database(backend, tmp_path, "crashed") as crashed,
        database(backend, tmp_path, "clean") as clean,
    ):
        uninterrupted = start(manifest, clean)  # runs alongside the crash and the rerun
        stored = kill_when_stored(start(manifest, crashed), crashed, articles // 3)
        assert articles // 3 <= stored < articles
        rerun = finish(start(manifest, crashed))
        assert f"{articles - stored} new, {stored} unchanged, 0 failed" in rerun
        assert f"{articles} new, 0 unchanged, 0 failed" in finish(uninterrupted)
        assert dump(crashed) == dump(clean)
