"""Where extraction runs: in this process, on a local process pool, or on a Dask cluster.

Whatever runs the work, results come back in input order through a bounded window of
pending tasks, so the main process can write them to the store exactly as a serial run
would, without holding every result in memory.
"""

from __future__ import annotations

import multiprocessing
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from sahelwatch.errors import InputError

T = TypeVar("T")
R = TypeVar("R")
_DASK_ADDRESS = re.compile(r"^dask://(?P<host>[^:/\s]+|\[[0-9a-fA-F:]+\]):(?P<port>\d{1,5})/?$")


class _Pending(Protocol):
    def result(self) -> Any: ...


class _Submitter(Protocol):
    def __call__(self, fn: Callable[..., Any], /, *args: Any) -> _Pending: ...


@dataclass(frozen=True, slots=True)
class ExecutorSpec:
    """``workers`` local processes (1 = in this process), or a Dask scheduler address."""

    workers: int = 1
    dask_address: str | None = None
    connect_timeout_s: float = 10.0

    def describe(self) -> str:
        if self.dask_address is not None:
            return f"Dask cluster at {self.dask_address}"
        return "this process" if self.workers == 1 else f"{self.workers} local processes"


def parse_executor(workers: int, executor: str | None) -> ExecutorSpec:
    """Check ``--workers`` / ``--executor``; InputError naming the option otherwise."""
    if workers < 1:
        raise InputError(f"--workers: {workers} is not a number of processes; give 1 or more.")
    if executor is None:
        return ExecutorSpec(workers=workers)
    match = _DASK_ADDRESS.match(executor.strip())
    if match is None or not 0 < int(match["port"]) < 65536:
        raise InputError(
            f"--executor: {executor!r} is not a Dask scheduler address; "
            "write it as dask://HOST:PORT (e.g. dask://127.0.0.1:8786)."
        )
    if workers != 1:
        raise InputError("--workers and --executor exclude each other; give one of them.")
    return ExecutorSpec(dask_address=f"tcp://{match['host']}:{match['port']}")


def ordered_map(
    fn: Callable[[T, Any], R], items: Iterable[T], extra: Any, spec: ExecutorSpec
) -> AbstractContextManager[Iterator[R]]:
    """``fn(item, extra)`` for every item, results in input order (a context manager)."""
    return _ordered_map(fn, items, extra, spec)


@contextmanager
def _ordered_map(
    fn: Callable[[T, Any], R], items: Iterable[T], extra: Any, spec: ExecutorSpec
) -> Iterator[Iterator[R]]:
    if spec.dask_address is not None:
        with _dask_submitter(spec.dask_address, spec.connect_timeout_s) as (submit, window):
            yield _windowed(submit, fn, items, extra, window)
    elif spec.workers > 1:
        context = multiprocessing.get_context("spawn")  # safe with threads, same on every OS
        with ProcessPoolExecutor(max_workers=spec.workers, mp_context=context) as pool:
            try:
                yield _windowed(pool.submit, fn, items, extra, 4 * spec.workers)
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
    else:
        yield (fn(item, extra) for item in items)


def _windowed(
    submit: _Submitter, fn: Callable[[T, Any], R], items: Iterable[T], extra: Any, window: int
) -> Iterator[R]:
    pending: deque[_Pending] = deque()
    for item in items:
        pending.append(submit(fn, item, extra))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


@contextmanager
def _dask_submitter(address: str, timeout_s: float) -> Iterator[tuple[_Submitter, int]]:
    from distributed import Client

    try:
        client = Client(address, timeout=f"{timeout_s}s", set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as error:
        raise InputError(
            f"--executor: cannot reach a Dask scheduler at {address} ({error}). "
            "Start one (`dask scheduler`, then `dask worker ADDRESS`) or check HOST:PORT."
        ) from error
    try:
        workers = max(1, sum(client.nthreads().values()))  # type: ignore[no-untyped-call]

        def submit(fn: Callable[..., Any], /, *args: Any) -> _Pending:
            future: _Pending = client.submit(fn, *args, pure=False)
            return future

        yield submit, 4 * workers
    finally:
        client.close()  # type: ignore[no-untyped-call]
