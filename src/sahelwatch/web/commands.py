"""CLI commands of the web part: ``serve``, ``token create|list|revoke`` and ``report``.

Registered on the main group by ``register``; libraries are imported inside the commands
so that ``sahelwatch --help`` stays fast.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from sahelwatch.cli import reports_errors

if TYPE_CHECKING:
    from sahelwatch.settings import Settings

ENV_PRIVATE = "SAHELWATCH_READ_TOKEN_REQUIRED"
_DB_HELP = "Database URL or SQLite path (default: $SAHELWATCH_DB, else the per-user SQLite file)."


def _private_from_env() -> bool:
    return os.environ.get(ENV_PRIVATE, "").strip().lower() in {"1", "true", "yes", "on"}


@click.command()
@click.option("--db", help=_DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--private",
    is_flag=True,
    help=f"Reads need a token too (also when ${ENV_PRIVATE}=1). Writes always do.",
)
@reports_errors
def serve(db: str | None, host: str, port: int, private: bool) -> None:
    """Serve the JSON API (docs at /docs) and the offline dashboard (at /)."""
    from sahelwatch.settings import Settings

    serve_dashboard(Settings.resolve(db), host, port, private=private)


def serve_dashboard(settings: Settings, host: str, port: int, *, private: bool = False) -> None:
    """Run the API and dashboard over a database until interrupted."""
    import uvicorn

    from sahelwatch.alerts.api import reports_open_from_env
    from sahelwatch.store import Store
    from sahelwatch.web.app import WebConfig, create_app

    with Store.open(settings) as store:
        config = WebConfig(
            private=private or _private_from_env(), open_reports=reports_open_from_env()
        )
        uvicorn.run(create_app(store, config), host=host, port=port, log_level="info")


@click.group()
def token() -> None:
    """Create, list and revoke the API tokens that writing to the API needs."""


@token.command("create")
@click.option("--db", help=_DB_HELP)
@click.option("--name", default="", help="A label to recognise the token by.")
@reports_errors
def token_create(db: str | None, name: str) -> None:
    """Create a token and print it (only its hash is stored: keep it now)."""
    from sahelwatch.settings import Settings
    from sahelwatch.store import Store
    from sahelwatch.web.tokens import create_token

    with Store.open(Settings.resolve(db)) as store:
        info, secret = create_token(store.engine, name)
    click.echo(secret)
    click.echo(
        f"token {info.id} created ({info.name or 'no name'}); it is shown only once", err=True
    )


@token.command("list")
@click.option("--db", help=_DB_HELP)
@reports_errors
def token_list(db: str | None) -> None:
    """List tokens: id, state, creation time, first characters and name."""
    from sahelwatch.settings import Settings
    from sahelwatch.store import Store
    from sahelwatch.web.tokens import list_tokens

    with Store.open(Settings.resolve(db)) as store:
        for info in list_tokens(store.engine):
            state = "active" if info.active else "revoked"
            created = info.created_at.strftime("%Y-%m-%d %H:%M")
            click.echo(f"{info.id}\t{state}\t{created}\t{info.hint}…\t{info.name}")


@token.command("revoke")
@click.option("--db", help=_DB_HELP)
@click.argument("token_id", type=int)
@reports_errors
def token_revoke(db: str | None, token_id: int) -> None:
    """Revoke the token with id TOKEN_ID (see `token list`)."""
    from sahelwatch.settings import Settings
    from sahelwatch.store import Store
    from sahelwatch.web.tokens import revoke_token

    with Store.open(Settings.resolve(db)) as store:
        info = revoke_token(store.engine, token_id)
    click.echo(f"token {info.id} revoked")


@click.command()
@click.option("--db", help=_DB_HELP)
@click.option("--since", help="First day, YYYY-MM-DD.")
@click.option("--until", help="Last day, YYYY-MM-DD.")
@click.option("--region", help="Only this region (admin1), e.g. Mopti.")
@click.option("--title", default="Sahel conflict briefing", show_default=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@reports_errors
def report(
    *,
    db: str | None,
    since: str | None,
    until: str | None,
    region: str | None,
    title: str,
    out: str,
) -> None:
    """Write a self-contained HTML briefing (map, trends, new areas, actors, events)."""
    from sahelwatch.settings import Settings
    from sahelwatch.store import Store, parse_filter
    from sahelwatch.web.briefing import build_briefing
    from sahelwatch.web.report import render_briefing

    strings = {"since": since, "until": until, "admin1": region}
    flt = parse_filter(prefix="--", **{k: v for k, v in strings.items() if v})
    with Store.open(Settings.resolve(db)) as store:
        html = render_briefing(build_briefing(store, flt, title=title))
    Path(out).write_text(html, encoding="utf-8")
    click.echo(f"briefing written to {out}", err=True)


def register(main: click.Group) -> None:
    """Add the web commands to the ``sahelwatch`` group."""
    for command in (serve, token, report):
        main.add_command(command)
