"""``python -m benchmarks.run`` (``make bench``): run the benchmark sections, print a report.

Each section is a module ``benchmarks/<name>.py`` exposing
``run(report: Callable[[str], None], quick: bool = False) -> None``; it reports lines of
text, numbers through ``benchmarks.report.metric_line``. Sections are imported lazily: a
section whose module does not exist yet is skipped with a message. Adding a section is
one line in ``SECTIONS``. The report is also written as JSON to
``benchmarks/results/latest.json`` (git-ignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol, cast

from benchmarks.report import parse_metric

SECTIONS: dict[str, str] = {
    "extract": "benchmarks.extract",
    "merge": "benchmarks.merge",
    "ingest": "benchmarks.ingest",
    "api": "benchmarks.api",
}
RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"
Report = Callable[[str], None]
BUSY_LOAD = 1.0  # a higher load average before a run makes its numbers unreliable


class Section(Protocol):
    def __call__(self, report: Report, quick: bool = False) -> None: ...


@dataclass(slots=True)
class SectionResult:
    name: str
    status: str = "ok"  # ok, skipped (module missing) or failed
    seconds: float = 0.0
    lines: list[str] = field(default_factory=list)
    metrics: dict[str, dict[str, Any]] = field(default_factory=dict)


def load_section(name: str) -> Section | None:
    """The section's ``run`` function, or None when its module does not exist (yet)."""
    module_name = SECTIONS[name]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name == module_name:
            return None
        raise
    return cast(Section, module.run)


def run_section(name: str, quick: bool, echo: Report) -> SectionResult:
    """Run one section, echoing its lines; a failure is recorded with its traceback."""
    result = SectionResult(name)
    echo(f"== {name}")

    def report(line: str) -> None:
        result.lines.append(line)
        metric = parse_metric(line)
        if metric is not None:
            result.metrics[metric.name] = {"value": metric.value, "unit": metric.unit}
        echo(line)

    start = time.perf_counter()
    try:
        section = load_section(name)
        if section is None:
            result.status = "skipped"
            report(f"  skipped: {SECTIONS[name]} does not exist yet")
        else:
            section(report, quick=quick)
    except Exception:  # a broken section must not hide the others; its traceback is kept
        result.status = "failed"
        for line in traceback.format_exc().rstrip().splitlines():
            report(f"  ! {line}")
    result.seconds = round(time.perf_counter() - start, 3)
    echo(f"   ({result.status}, {result.seconds:.1f} s)")
    return result


def run_benchmarks(
    names: Sequence[str], quick: bool = False, echo: Report = lambda line: None
) -> dict[str, Any]:
    """Run the named sections; the JSON-ready report."""
    started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    load_before = load_average()
    if load_before > BUSY_LOAD:
        echo(
            f"warning: load average {load_before:.1f} before the run: other processes "
            "compete for the CPU, so rates are low and noisy; compare ratios"
        )
    sections = [run_section(name, quick, echo) for name in names]
    return {
        "started": started,
        "quick": quick,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "load_before": load_before,
        "load_after": load_average(),
        "sections": [asdict(s) for s in sections],
    }


def load_average() -> float:
    """The 1-minute load average, or 0 where the OS does not give one."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return 0.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument(
        "--only", action="append", choices=sorted(SECTIONS), metavar="SECTION",
        help=f"run only this section (repeatable); one of {', '.join(SECTIONS)}",
    )  # fmt: skip
    parser.add_argument("--quick", action="store_true", help="few articles: a smoke test")
    parser.add_argument(
        "--output", type=Path, default=RESULTS, help=f"JSON report (default {RESULTS})"
    )
    args = parser.parse_args(argv)
    try:
        return run_and_save(args.only or list(SECTIONS), args.quick, args.output)
    except BrokenPipeError:  # the reader went away (`make bench | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def run_and_save(names: Sequence[str], quick: bool, output: Path) -> int:
    """Run, print and save the report; 1 if a section failed."""

    def echo(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    mode = " (quick)" if quick else ""
    echo(f"sahelwatch benchmarks{mode}, Python {platform.python_version()}")
    results = run_benchmarks(names, quick, echo)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    echo(f"report written to {output}")
    return 1 if any(s["status"] == "failed" for s in results["sections"]) else 0


if __name__ == "__main__":
    sys.exit(main())
