"""Commands over the event store: ``events``, ``import acled|ucdp``, ``db upgrade|status``.

Registered on the main group by ``register(main)`` at the end of cli.py.
"""

from __future__ import annotations

import sys

import click

from sahelwatch.cli import reports_errors
from sahelwatch.errors import InputError

_DB_HELP = "Database URL or SQLite file (default: $SAHELWATCH_DB, else the per-user SQLite file)."
db_option = click.option("--db", "db", metavar="URL", help=_DB_HELP)
FORMAT_CHOICES = ("jsonl", "csv", "geojson", "parquet", "table")


@click.command()
@db_option
@click.option("--since", metavar="DATE", help="Events on or after this day (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Events on or before this day (YYYY-MM-DD).")
@click.option("--country", help="Country name, e.g. Mali.")
@click.option("--admin1", help="First-level region, e.g. Mopti.")
@click.option("--location", help="Location name, e.g. Nampala.")
@click.option("--actor", help="Text found in an actor or associated actor name.")
@click.option("--type", "event_type", metavar="TYPE", help="ACLED event type, e.g. Battles.")
@click.option("--origin", help="Where events come from: extracted, acled or ucdp.")
@click.option("--near", metavar="LAT,LON", help="Events within --radius-km of this point.")
@click.option("--radius-km", metavar="KM", help="Radius for --near (default 25).")
@click.option("--limit", default="100", show_default=True, help="At most this many events.")
@click.option("--offset", default="0", show_default=True, help="Skip this many events first.")
@click.option(
    "--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="table", show_default=True
)
@click.option("--out", "out", metavar="PATH", help="Write to this file instead of stdout.")
@click.option("--explain", metavar="ID", help="Show which sources event ID merges, and why.")
@reports_errors
def events(db: str | None, fmt: str, out: str | None, explain: str | None, **strings: str) -> None:
    """List stored events (newest first), filtered; or explain one event's merge."""
    from sahelwatch.settings import Settings
    from sahelwatch.store import Store, export_events, format_explanation, parse_filter

    flt = parse_filter("--", **strings)  # refuse bad options before opening the database
    with Store.open(Settings.resolve(db)) as store:
        if explain:
            click.echo(format_explanation(store.explain(explain)), nl=False)
            return
        page = store.query_events(flt)
    if fmt == "parquet" and not out:
        raise InputError("--format parquet: give --out FILE.parquet (Parquet is binary).")
    if out:
        try:
            if fmt == "parquet":
                with open(out, "wb") as binary:
                    export_events(page.events, fmt, binary)
            else:
                with open(out, "w", encoding="utf-8", newline="") as stream:
                    export_events(page.events, fmt, stream)
        except OSError as error:
            raise InputError(f"--out {out}: cannot be written ({error.strerror}).") from error
    else:
        export_events(page.events, fmt, sys.stdout)
    first = page.offset + 1 if page.events else page.offset
    click.echo(
        f"{len(page.events)} event(s) shown ({first}-{page.offset + len(page.events)} "
        f"of {page.total})",
        err=True,
    )


@click.group("import")
def import_group() -> None:
    """Load your own ACLED or UCDP GED exports (CSV) into the database."""


def _import(origin: str, file: str, db: str | None) -> None:
    from sahelwatch.settings import Settings
    from sahelwatch.store import Store
    from sahelwatch.store.importers import import_file

    with Store.open(Settings.resolve(db)) as store:
        report = import_file(store, origin, file)
    for line, message in report.errors:
        click.echo(f"{file}:{line}: {message}; row skipped", err=True)
    click.echo(
        f"{origin}: {report.added} event(s) added, {report.unchanged} already stored, "
        f"{len(report.errors)} row(s) refused"
    )
    if report.errors:
        sys.exit(1)


@import_group.command("acled")
@click.argument("file")
@db_option
@reports_errors
def import_acled(file: str, db: str | None) -> None:
    """Import an ACLED export (CSV with ACLED's column names)."""
    _import("acled", file, db)


@import_group.command("ucdp")
@click.argument("file")
@db_option
@reports_errors
def import_ucdp(file: str, db: str | None) -> None:
    """Import a UCDP GED export (CSV with GED's column names)."""
    _import("ucdp", file, db)


@click.group("db")
def db_group() -> None:
    """Database schema: apply migrations, show where it stands."""


@db_group.command("upgrade")
@db_option
@reports_errors
def db_upgrade(db: str | None) -> None:
    """Apply every pending schema migration."""
    from sahelwatch.settings import Settings
    from sahelwatch.store import migrate

    settings = Settings.resolve(db)
    engine = migrate.make_engine(settings.db_url)
    try:
        status = migrate.upgrade(engine)
    finally:
        engine.dispose()
    click.echo(f"{settings.db_url}: schema at {status.current} (up to date)")


@db_group.command("status")
@db_option
@reports_errors
def db_status(db: str | None) -> None:
    """Show the schema revision and the migrations not yet applied."""
    from sahelwatch.settings import Settings
    from sahelwatch.store import migrate

    settings = Settings.resolve(db)
    engine = migrate.make_engine(settings.db_url)
    try:
        status = migrate.schema_status(engine)
    finally:
        engine.dispose()
    click.echo(f"database: {settings.db_url}")
    click.echo(f"current:  {status.current or '(empty: no migrations applied)'}")
    click.echo(f"head:     {status.head}")
    pending = ", ".join(status.pending) if status.pending else "none"
    click.echo(f"pending:  {pending}")


def register(main: click.Group) -> None:
    main.add_command(events)
    main.add_command(import_group)
    main.add_command(db_group)
