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
from tests.ingest_db import BACKENDS, count_articles, database, dump

ARTICLES = 1000
SAHELWATCH = str(Path(sys.executable).with_name("sahelwatch"))


def command(manifest: Path, db: str) -> list[str]:
    return [SAHELWATCH, "ingest", str(manifest), "--db", db, "--no-progress"]


def kill_midway(manifest: Path, db: str) -> int:
    """Start an ingest, SIGKILL it once some (not all) articles are stored; return how many."""
    process = subprocess.Popen(
        command(manifest, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while count_articles(db) < ARTICLES // 10:
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "the ingest stored nothing within 60 s"
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL
    return count_articles(db)


@pytest.mark.slow
@pytest.mark.parametrize("backend", BACKENDS)
def test_a_killed_ingest_rerun_equals_an_uninterrupted_one(backend: str, tmp_path: Path) -> None:
    manifest = write_manifest(tmp_path / "articles", generate(ARTICLES, seed=2026))
    with (
        database(backend, tmp_path, "crashed") as crashed,
        database(backend, tmp_path, "clean") as clean,
    ):
        stored = kill_midway(manifest, crashed)
        assert ARTICLES // 10 <= stored < ARTICLES
        rerun = subprocess.run(command(manifest, crashed), capture_output=True, text=True)
        assert rerun.returncode == 0, rerun.stderr
        assert f"{ARTICLES - stored} new, {stored} unchanged, 0 failed" in rerun.stdout
        whole = subprocess.run(command(manifest, clean), capture_output=True, text=True)
        assert whole.returncode == 0, whole.stderr
        assert dump(crashed) == dump(clean)
