"""Extraction on a process pool or a Dask cluster gives what a serial run gives, in order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from benchmarks.articlegen import generate, write_manifest
from sahelwatch.errors import InputError
from sahelwatch.ingest.executors import ExecutorSpec, ordered_map, parse_executor
from sahelwatch.ingest.fetch import FetchLimits
from sahelwatch.ingest.inputs import WorkItem, expand_inputs
from sahelwatch.ingest.work import Outcome, WorkOptions, process


def test_executor_options_are_checked_and_named() -> None:
    assert parse_executor(1, None) == ExecutorSpec()
    assert parse_executor(3, None) == ExecutorSpec(workers=3)
    assert parse_executor(1, "dask://10.0.0.5:8786") == ExecutorSpec(
        dask_address="tcp://10.0.0.5:8786"
    )
    for workers, executor, option in [
        (0, None, "--workers"),
        (1, "tcp://h:1", "--executor"),
        (1, "dask://host", "--executor"),
        (1, "dask://host:99999", "--executor"),
        (2, "dask://host:8786", "--workers and --executor"),
    ]:
        with pytest.raises(InputError, match=option):
            parse_executor(workers, executor)


@pytest.fixture(scope="module")
def work_items(tmp_path_factory: pytest.TempPathFactory) -> list[WorkItem]:
    folder = tmp_path_factory.mktemp("articles")
    manifest = write_manifest(folder, generate(40, seed=11))
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    items = list(expand_inputs([str(manifest), str(folder / "broken.txt")], FetchLimits()))
    assert len(items) == 41
    return items


def run(items: list[WorkItem], spec: ExecutorSpec) -> list[Outcome]:
    with ordered_map(process, items, WorkOptions(), spec) as outcomes:
        return list(outcomes)


def test_a_process_pool_returns_the_serial_results_in_input_order(
    work_items: list[WorkItem],
) -> None:
    serial = run(work_items, ExecutorSpec())
    assert serial[-1].error is not None and "binary" in serial[-1].error
    assert sum(bool(o.extracted and o.extracted.events) for o in serial) >= 38
    assert run(work_items, ExecutorSpec(workers=2)) == serial


@pytest.fixture(scope="module")
def dask_address() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        yield str(cluster.scheduler_address).replace("tcp://", "dask://")


def test_a_dask_cluster_returns_the_serial_results_in_input_order(
    work_items: list[WorkItem], dask_address: str
) -> None:
    serial = run(work_items, ExecutorSpec())
    assert run(work_items, parse_executor(1, dask_address)) == serial


def test_an_unreachable_dask_scheduler_is_an_input_error() -> None:
    spec = replace(parse_executor(1, "dask://127.0.0.1:9"), connect_timeout_s=1.0)
    with pytest.raises(InputError, match="cannot reach a Dask scheduler"):
        run([], spec)
