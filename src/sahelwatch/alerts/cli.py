"""Commands ``watch add|load|list|remove``, ``alerts run|list``, ``reports list|accept|reject``.

Registered on the main group by ``register(main)`` at the end of ``sahelwatch.cli``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from sahelwatch.cli import reports_errors

if TYPE_CHECKING:
    from sahelwatch.store import Store

_DB_HELP = "Database URL or SQLite file (default: $SAHELWATCH_DB, else the per-user SQLite file)."
db_option = click.option("--db", "db", metavar="URL", help=_DB_HELP)


@contextmanager
def _open(db: str | None) -> Iterator[Store]:
    from sahelwatch.settings import Settings
    from sahelwatch.store import Store

    with Store.open(Settings.resolve(db)) as store:
        yield store


def _now() -> Any:
    from sahelwatch.alerts.service import utc_now

    return utc_now()


@click.group()
def watch() -> None:
    """Watches: what to be alerted about (see README, "Watches and alerts")."""


@watch.command("add")
@click.argument("name")
@click.option(
    "--kind", required=True, type=click.Choice(["proximity", "spread", "surge", "new_actor"])
)
@click.option("--point", metavar="LAT,LON", help="proximity: the point to watch.")
@click.option("--sites-file", metavar="CSV", help="proximity: sites as name,lat,lon rows.")
@click.option("--radius-km", type=float, default=25.0, show_default=True, help="proximity radius.")
@click.option(
    "--level", type=click.Choice(["admin1", "admin2"]), default="admin1", show_default=True
)
@click.option("--region", "regions", multiple=True, help="Only these admin1/admin2 names (repeat).")
@click.option("--country", default="", help="Only events in this country.")
@click.option("--quiet-days", type=int, default=90, show_default=True, help="spread, new_actor.")
@click.option("--measure", type=click.Choice(["events", "fatalities"]), default="events")
@click.option("--baseline-weeks", type=int, default=12, show_default=True, help="surge baseline.")
@click.option(
    "--sd", type=float, default=2.0, show_default=True, help="surge: standard deviations."
)
@click.option("--webhook", "webhooks", multiple=True, metavar="URL", help="POST alerts here.")
@click.option("--email", "emails", multiple=True, metavar="ADDRESS", help="Mail alerts here.")
@click.option("--replace", is_flag=True, help="Replace a watch of the same name.")
@db_option
@reports_errors
def watch_add(
    name: str,
    db: str | None,
    replace: bool,
    point: str | None,
    sites_file: str | None,
    **options: Any,
) -> None:
    """Add watch NAME from options."""
    from sahelwatch.alerts import state
    from sahelwatch.alerts.watches import parse_point, watch_from_dict

    raw: dict[str, Any] = {"name": name, **options}
    raw["regions"], raw["webhooks"], raw["emails"] = (
        list(options["regions"]), list(options["webhooks"]), list(options["emails"]),
    )  # fmt: skip
    if point:
        raw["point"] = list(parse_point(point, "--point"))
    if sites_file:
        raw["sites_file"] = str(Path(sites_file).resolve())
    item = watch_from_dict(raw)
    with _open(db) as store:
        state.save_watches(store.engine, [item], _now(), replace)
    click.echo(f"watch {item.name}: {item.describe()}")


@watch.command("load")
@click.argument("file")
@click.option("--replace", is_flag=True, help="Replace watches of the same names.")
@db_option
@reports_errors
def watch_load(file: str, replace: bool, db: str | None) -> None:
    """Add every watch in FILE (.toml, .yaml or .yml)."""
    from sahelwatch.alerts import state
    from sahelwatch.alerts.watches import read_watch_file

    items = read_watch_file(file)
    with _open(db) as store:
        state.save_watches(store.engine, items, _now(), replace)
    for item in items:
        click.echo(f"watch {item.name}: {item.describe()}")


@watch.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@db_option
@reports_errors
def watch_list(fmt: str, db: str | None) -> None:
    """List the stored watches."""
    from sahelwatch.alerts import state

    with _open(db) as store:
        items = state.load_watches(store.engine)
    for item in items:
        if fmt == "json":
            click.echo(json.dumps(item.to_dict(), ensure_ascii=False, sort_keys=True))
        else:
            targets = len(item.webhooks) + len(item.emails)
            click.echo(f"{item.name}\t{item.kind}\t{item.describe()}\t{targets} targets")


@watch.command("remove")
@click.argument("name")
@db_option
@reports_errors
def watch_remove(name: str, db: str | None) -> None:
    """Remove watch NAME (its past alerts stay)."""
    from sahelwatch.alerts import state
    from sahelwatch.alerts.watches import WatchError

    with _open(db) as store:
        if not state.remove_watch(store.engine, name):
            raise WatchError(f"no watch {name!r}: see `sahelwatch watch list`")
    click.echo(f"removed watch {name}")


@click.group("alerts")
def alerts_group() -> None:
    """Evaluate watches and deliver their alerts."""


@alerts_group.command("run")
@click.option("--since", metavar="DATE", help="Only events on or after this day (YYYY-MM-DD).")
@db_option
@reports_errors
def alerts_run(since: str | None, db: str | None) -> None:
    """Evaluate every watch over the stored events and deliver what is due."""
    from sahelwatch.alerts.delivery import DeliveryConfig
    from sahelwatch.alerts.reports import corroborate
    from sahelwatch.alerts.service import run_alerts
    from sahelwatch.extraction.api import parse_date

    day = parse_date(since, "--since")
    config = DeliveryConfig.from_env(os.environ)
    with _open(db) as store:
        corroborate(store, None, _now())
        report = run_alerts(store, since=day, config=config)
    click.echo(report.summary())


@alerts_group.command("list")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@db_option
@reports_errors
def alerts_list(limit: int, db: str | None) -> None:
    """The latest alerts, newest first, with their delivery state."""
    from sahelwatch.alerts.feed import latest_alerts

    with _open(db) as store:
        rows = latest_alerts(store.engine, limit)
    for row in rows:
        click.echo(f"{row.alert_id}\t{row.updated_at:%Y-%m-%d %H:%M}\t{row.watch}\t{row.title}")


@click.group("reports")
def reports_group() -> None:
    """Moderate reports from the ground."""


@reports_group.command("list")
@click.option("--status", type=click.Choice(["unverified", "corroborated", "accepted", "rejected"]))
@click.option("--limit", type=click.IntRange(1, 10_000), default=100, show_default=True)
@db_option
@reports_errors
def reports_list(status: str | None, limit: int, db: str | None) -> None:
    """List reports (JSON lines, with reporter contacts: for moderators only)."""
    from sahelwatch.alerts.reports import list_reports

    with _open(db) as store:
        items = list_reports(store, status, limit)
    for item in items:
        click.echo(json.dumps(item.to_dict(include_contact=True), ensure_ascii=False))


def _moderate(report_id: str, decision: str, note: str, db: str | None) -> None:
    from sahelwatch.alerts.delivery import DeliveryConfig
    from sahelwatch.alerts.reports import moderate
    from sahelwatch.alerts.service import run_alerts, utc_now

    with _open(db) as store:
        item = moderate(store, report_id, decision, note=note, clock=utc_now)
        click.echo(f"report {item.id}: {item.status}; events {', '.join(item.event_ids) or 'none'}")
        if decision == "accept" and item.event_ids:  # confirmed now: let the watches see them
            config = DeliveryConfig.from_env(os.environ)
            click.echo(run_alerts(store, event_ids=item.event_ids, config=config).summary())


@reports_group.command("accept")
@click.argument("report_id")
@click.option("--note", default="", help="Why (kept with the report).")
@db_option
@reports_errors
def reports_accept(report_id: str, note: str, db: str | None) -> None:
    """Accept REPORT_ID: its unverified events become confirmed."""
    _moderate(report_id, "accept", note, db)


@reports_group.command("reject")
@click.argument("report_id")
@click.option("--note", default="", help="Why (kept with the report).")
@db_option
@reports_errors
def reports_reject(report_id: str, note: str, db: str | None) -> None:
    """Reject REPORT_ID: its unverified events become rejected (never shown)."""
    _moderate(report_id, "reject", note, db)


def register(main: click.Group) -> None:
    main.add_command(watch)
    main.add_command(alerts_group)
    main.add_command(reports_group)
