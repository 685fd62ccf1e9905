"""``sahelwatch ingest`` end to end on SQLite and PostgreSQL: counts, idempotence, failures,
exit codes and parallel runs equal to serial ones."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from benchmarks.articlegen import generate, write_manifest
from sahelwatch.cli import main
from tests.ingest_db import BACKENDS, database, dump
from tests.ingest_helpers import NAMPALA_HTML, NAMPALA_TEXT, rss, rss_item, serve


def ingest(*args: str) -> Result:
    return CliRunner().invoke(main, ["ingest", "--no-progress", *args])


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="module")
def manifest(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_manifest(tmp_path_factory.mktemp("gen"), generate(30, seed=7))


def test_ingest_twice_stores_once_and_leaves_the_same_database(db: str, manifest: Path) -> None:
    first = ingest(str(manifest), "--db", db)
    assert first.exit_code == 0, first.output
    assert "articles: 30 new, 0 unchanged, 0 failed" in first.output
    created = int(first.output.split("events: ")[1].split(" created")[0])
    assert created >= 20
    before = dump(db)
    second = ingest(str(manifest), "--db", db)
    assert second.exit_code == 0, second.output
    assert "articles: 0 new, 30 unchanged, 0 failed" in second.output
    assert "events: 0 created, 0 merged" in second.output
    assert dump(db) == before


def test_the_same_article_by_another_route_is_unchanged(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    (tmp_path / "a.txt").write_text(NAMPALA_TEXT)
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"text": NAMPALA_TEXT, "published": "2024-05-15"}) + "\n")
    assert "1 new" in ingest(str(manifest), "--db", db).output
    again = ingest(str(tmp_path / "a.txt"), "--db", db, "--published", "2024-05-15")
    assert again.exit_code == 0, again.output
    assert "articles: 0 new, 1 unchanged, 0 failed" in again.output


def test_bad_items_are_listed_the_rest_is_stored_and_the_exit_code_is_1(
    tmp_path: Path, manifest: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 50)
    (tmp_path / "empty.html").write_text("   ")
    (tmp_path / "undated.txt").write_text("Attack in Nampala\n\nGunmen attacked Nampala.")
    (tmp_path / "broken.xml").write_text("<rss><channel><item>")
    missing = tmp_path / "missing.txt"
    result = ingest(
        str(tmp_path / "binary.txt"),
        str(tmp_path / "empty.html"),
        str(manifest),
        str(tmp_path / "undated.txt"),
        str(tmp_path / "broken.xml"),
        str(missing),
        "--db",
        db,
    )
    assert result.exit_code == 1, result.output
    assert "articles: 30 new, 0 unchanged, 5 failed" in result.output
    failed = result.output.split("failed:\n")[1].splitlines()
    assert len(failed) == 5
    for name, reason in [
        ("binary.txt", "binary"),
        ("empty.html", "empty"),
        ("undated.txt", "--published"),
        ("broken.xml", "feed"),
        ("missing.txt", "no such file"),
    ]:
        assert any(name in line and reason in line for line in failed), (name, failed)
    assert len(dump(db)["articles"]) == 30


def test_published_fills_undated_articles(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    (tmp_path / "undated.txt").write_text(
        NAMPALA_TEXT.split("\n\n")[0] + "\n\nGunmen killed "
        "five soldiers in Nampala on Tuesday, the army said."
    )
    result = ingest(str(tmp_path / "undated.txt"), "--db", db, "--published", "2024-05-16")
    assert result.exit_code == 0, result.output
    (article,) = dump(db)["articles"]
    assert "2024-05-16" in json.dumps(article, default=str)


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["--published", "16/05/2024"], "--published"),
        (["--workers", "0"], "--workers"),
        (["--executor", "spark://h:1"], "--executor"),
        (["--lang", "de"], "--lang"),
        (["--db", "mysql://h/db"], "--db"),
    ],
)
def test_an_unusable_command_line_exits_2_naming_the_option(
    tmp_path: Path, args: list[str], option: str
) -> None:
    (tmp_path / "a.txt").write_text(NAMPALA_TEXT)
    db = ["--db", f"sqlite:///{tmp_path / 'x.db'}"] if "--db" not in args else []
    result = ingest(str(tmp_path / "a.txt"), *db, *args)
    assert result.exit_code == 2, result.output
    assert option in result.output


def test_no_input_is_a_usage_error() -> None:
    assert ingest().exit_code == 2


def test_a_feed_url_is_ingested_and_stored_links_are_not_fetched_again(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    pages = {"/a": (200, "text/html", NAMPALA_HTML.encode())}
    hits: dict[str, int] = {}
    with serve(pages, hits) as base:
        pages["/feed"] = (
            200,
            "application/rss+xml",
            rss(
                [
                    rss_item("Camp attacked", f"{base}/a", "Wed, 15 May 2024 08:00:00 +0000"),
                    rss_item("Gone", f"{base}/gone", "Wed, 15 May 2024 08:00:00 +0000"),
                ]
            ),
        )
        result = ingest(f"{base}/feed", "--db", db)
        assert hits == {"/feed": 1, "/a": 1, "/gone": 1}
        again = ingest(f"{base}/feed", "--db", db)
        assert hits == {"/feed": 2, "/a": 1, "/gone": 2}
    assert result.exit_code == 1, result.output
    assert "articles: 1 new, 0 unchanged, 1 failed" in result.output
    assert f"{base}/gone" in result.output and "404" in result.output
    (article,) = dump(db)["articles"]
    assert "Sahel Wire" in json.dumps(article)
    assert "articles: 0 new, 1 unchanged, 1 failed" in again.output


def test_workers_give_the_serial_database(tmp_path: Path, manifest: Path) -> None:
    serial, pooled = (f"sqlite:///{tmp_path / n}" for n in ("serial.db", "pooled.db"))
    assert ingest(str(manifest), "--db", serial).exit_code == 0
    result = ingest(str(manifest), "--db", pooled, "--workers", "2")
    assert result.exit_code == 0, result.output
    assert dump(pooled) == dump(serial)


def test_a_dask_cluster_gives_the_serial_database(tmp_path: Path, manifest: Path) -> None:
    from distributed import LocalCluster

    serial, clustered = (f"sqlite:///{tmp_path / n}" for n in ("serial.db", "dask.db"))
    assert ingest(str(manifest), "--db", serial).exit_code == 0
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        address = str(cluster.scheduler_address).replace("tcp://", "dask://")
        result = ingest(str(manifest), "--db", clustered, "--executor", address)
    assert result.exit_code == 0, result.output
    assert dump(clustered) == dump(serial)


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NAMPALA_TEXT)
    runner = CliRunner()
    db = f"sqlite:///{tmp_path / 'x.db'}"
    args = ["ingest", str(tmp_path / "a.txt"), "--db", db, "--published", "2024-05-15"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "ingesting" not in result.stderr


def test_an_unreachable_database_exits_2_before_reading_anything(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NAMPALA_TEXT)
    result = ingest(str(tmp_path / "a.txt"), "--db", "postgresql://postgres@127.0.0.1:1/none")
    assert result.exit_code == 2, result.output
    assert result.output.startswith("error: ")
    assert "articles:" not in result.output


def _run_on_a_terminal(args: list[str]) -> tuple[int, str]:
    """Run the real command with its standard error on a pseudo-terminal; return its output."""
    import os
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    command = [str(Path(sys.executable).with_name("sahelwatch")), *args]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(timeout=60), b"".join(chunks).decode(errors="replace")


def test_the_progress_bar_shows_on_a_terminal_unless_disabled(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NAMPALA_TEXT)
    args = ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.db")]
    args += ["--published", "2024-05-15"]
    code, terminal = _run_on_a_terminal(args)
    assert code == 0 and "ingesting" in terminal, terminal
    code, terminal = _run_on_a_terminal([*args, "--no-progress"])
    assert code == 0 and "ingesting" not in terminal, terminal
