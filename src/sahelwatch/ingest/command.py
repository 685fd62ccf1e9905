"""``sahelwatch ingest``: a thin shell over :mod:`sahelwatch.ingest.run`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click

from sahelwatch.cli import reports_errors

SOME_FAILED_EXIT = 1


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--db", help="Database URL or SQLite file (default: $SAHELWATCH_DB, else local).")
@click.option("--published", help="Publication date, YYYY-MM-DD, for articles that give none.")
@click.option(
    "--lang", type=click.Choice(["en", "fr"]), help="Language of articles that do not say."
)
@click.option(
    "--workers", type=int, default=1, show_default=True, help="Local extraction processes."
)
@click.option("--executor", metavar="dask://HOST:PORT", help="Extract on a Dask cluster.")
@click.option("--no-progress", is_flag=True, help="No progress bar, even on a terminal.")
@reports_errors
def ingest_command(
    *,
    inputs: tuple[str, ...],
    db: str | None,
    published: str | None,
    lang: str | None,
    workers: int,
    executor: str | None,
    no_progress: bool,
) -> None:
    """Extract and store articles: .txt/.html files, folders, RSS/Atom feeds, JSONL manifests.

    Exit code 0 when every article went in, 1 when some items failed (each is listed),
    2 when the command line itself cannot be used.
    """
    from sahelwatch.extraction.api import parse_date
    from sahelwatch.ingest.executors import parse_executor
    from sahelwatch.ingest.inputs import expand_inputs
    from sahelwatch.ingest.run import IngestSummary, ingest
    from sahelwatch.ingest.work import WorkOptions
    from sahelwatch.settings import Settings
    from sahelwatch.store import Store

    options = WorkOptions(published=parse_date(published, "--published"), lang=lang)
    spec = parse_executor(workers, executor)
    summary = IngestSummary()
    with Store.open(Settings.resolve(db)) as store:
        items = list(expand_inputs(inputs, options.limits))
        show = not no_progress and sys.stderr.isatty()
        try:
            with _progress(len(items), show) as advance:
                ingest(items, store, options, spec, summary=summary, on_item=lambda _: advance())
        finally:
            click.echo(summary.format(), nl=False)
    if not summary.all_ingested:
        sys.exit(SOME_FAILED_EXIT)


@contextmanager
def _progress(length: int, show: bool) -> Iterator[Callable[[], None]]:
    if not show:
        yield lambda: None
        return
    with click.progressbar(length=length, label="ingesting", file=sys.stderr) as bar:
        yield lambda: bar.update(1)
