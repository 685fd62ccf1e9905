"""The ``sahelwatch`` command: a thin shell over the library."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from sahelwatch.errors import SahelwatchError
from sahelwatch.output import FORMATS, write_records

F = TypeVar("F", bound=Callable[..., Any])
INPUT_ERROR_EXIT = 2


def reports_errors(command: F) -> F:
    """Turn sahelwatch's named errors into a one-line message and exit code 2."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except SahelwatchError as error:
            click.echo(f"error: {error}", err=True)
            sys.exit(INPUT_ERROR_EXIT)

    return wrapper  # type: ignore[return-value]


@click.group()
@click.version_option(package_name="sahelwatch")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def main(verbose: int) -> None:
    """Conflict events in Mali and the Sahel, from news reports."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.argument("file")
@click.option("--published", help="Publication date, YYYY-MM-DD (default: from the article).")
@click.option("--lang", type=click.Choice(["en", "fr"]), help="Article language (default: detect).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@reports_errors
def extract(file: str, published: str | None, lang: str | None, fmt: str) -> None:
    """Print the events one article reports. FILE is .txt, .html, or - for stdin."""
    from sahelwatch.articles import read_article
    from sahelwatch.extraction.api import extract_article, parse_date

    date = parse_date(published, "--published")  # refuse a bad option before reading input
    result = extract_article(read_article(file), published=date, lang=lang)
    write_records((e.to_record() for e in result.events), sys.stdout, fmt)


@main.command()
@click.option("--db", help="Database URL or SQLite file (default: $SAHELWATCH_DB, else local).")
@click.option(
    "--report",
    "briefing",
    type=click.Path(dir_okay=False),
    help="Also write the HTML briefing here.",
)
@click.option("--serve", is_flag=True, help="Then serve the dashboard over it (Ctrl-C stops).")
@click.option("--port", type=int, default=8000, show_default=True, help="Port for --serve.")
@reports_errors
def demo(db: str | None, briefing: str | None, serve: bool, port: int) -> None:
    """Ingest the bundled sample articles into the database and show the stored events."""
    from pathlib import Path

    from sahelwatch.demo import run_demo
    from sahelwatch.settings import Settings

    settings = Settings.resolve(db)
    run_demo(sys.stdout, settings, Path(briefing) if briefing else None)
    if serve:
        from sahelwatch.web.commands import serve_dashboard

        click.echo(f"Dashboard at http://127.0.0.1:{port}/ (Ctrl-C stops)")
        serve_dashboard(settings, "127.0.0.1", port)


def _ingest_command() -> click.Command:
    from sahelwatch.ingest.command import ingest_command  # it uses reports_errors above

    return ingest_command


main.add_command(_ingest_command())


from sahelwatch.store_cli import register as _register_store_commands  # noqa: E402

_register_store_commands(main)

# The web API, dashboard, tokens and briefing report (sahelwatch.web.commands).
from sahelwatch.web.commands import register as _register_web  # noqa: E402

_register_web(main)

# Watches, alerts and reports from the ground (sahelwatch.alerts.cli).
from sahelwatch.alerts.cli import register as _register_alerts  # noqa: E402

_register_alerts(main)
