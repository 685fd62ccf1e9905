"""HTTP endpoints for alerts and reports from the ground (a FastAPI router).

The web app includes it with ``app.include_router(alerts_router(store, ...))``:

- ``GET /alerts.atom`` and its JSON twin ``GET /api/alerts`` (reads);
- ``GET|POST /api/watches``, ``DELETE /api/watches/{name}`` (token);
- ``POST /api/reports`` (token, or open when ``open_reports``); never echoes the contact;
- ``GET /api/reports``, ``POST /api/reports/{id}/accept|reject`` (token: moderators).
"""

# No `from __future__ import annotations`: FastAPI must see the dependency annotations of
# the nested functions as objects, not as strings it cannot resolve.
import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from sahelwatch.alerts import feed, reports, state
from sahelwatch.alerts.delivery import DeliveryConfig
from sahelwatch.alerts.service import dispatch, run_alerts, utc_now
from sahelwatch.alerts.watches import watch_from_dict
from sahelwatch.errors import InputError

if TYPE_CHECKING:
    from sahelwatch.store import Store

_bearer = HTTPBearer(auto_error=False)
Clock = Callable[[], dt.datetime]


def reports_open_from_env() -> bool:
    """``SAHELWATCH_REPORTS_OPEN=1`` lets anyone post reports from the ground."""
    return os.environ.get("SAHELWATCH_REPORTS_OPEN", "") in ("1", "true", "yes")


class ReportBody(BaseModel):
    text: str = Field(description="What happened, in English or French.", max_length=20_000)
    place: str = Field("", description="Where (a town or village name).", max_length=500)
    time: str | None = Field(None, description="When, YYYY-MM-DD (default: today).")
    contact: str = Field(
        "", description="How moderators can reach you (never published).", max_length=500
    )


class ModerationBody(BaseModel):
    note: str = Field("", max_length=2000)


def _day(name: str, value: str | None) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{name}: {value!r} is not a date; use YYYY-MM-DD.") from None


@dataclass(frozen=True, slots=True)
class _Access:
    read: list[Any]
    moderate: list[Any]
    report: list[Any]


def _access(verify_token: Callable[[str], bool], private: bool, open_reports: bool) -> _Access:
    def has_token(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> bool:
        if credentials is None:
            return False
        if not verify_token(credentials.credentials):
            raise HTTPException(401, "invalid or revoked token", {"WWW-Authenticate": "Bearer"})
        return True

    def need(allowed: bool, what: str) -> None:
        if not allowed:
            raise HTTPException(
                401,
                f"{what} needs 'Authorization: Bearer TOKEN' (`sahelwatch token create`)",
                {"WWW-Authenticate": "Bearer"},
            )

    def reader(token: Annotated[bool, Depends(has_token)]) -> None:
        need(token or not private, "reading this private server")

    def moderator(token: Annotated[bool, Depends(has_token)]) -> None:
        need(token, "this endpoint")

    def reporter(token: Annotated[bool, Depends(has_token)]) -> None:
        need(token or open_reports, "posting a report")

    return _Access([Depends(reader)], [Depends(moderator)], [Depends(reporter)])


def _input_errors() -> Iterator[None]:
    """Bad input anywhere in a handler: a 400 whose message names the parameter."""
    try:
        yield
    except InputError as error:
        raise HTTPException(400, str(error)) from None


def alerts_router(
    store: "Store",
    verify_token: Callable[[str], bool],
    *,
    private: bool = False,
    open_reports: bool = False,
    clock: Clock = utc_now,
) -> APIRouter:
    """Endpoints over ``store``; ``verify_token(secret)`` says whether a bearer token is live."""
    router = APIRouter(dependencies=[Depends(_input_errors)])
    access = _access(verify_token, private, open_reports)
    _alert_routes(router, store, access, clock)
    _watch_routes(router, store, access, clock)
    _report_routes(router, store, access, clock)
    return router


def _alert_routes(router: APIRouter, store: "Store", access: _Access, clock: Clock) -> None:
    @router.get("/alerts.atom", dependencies=access.read, response_class=Response)
    def alerts_atom(request: Request) -> Response:
        """The latest alerts as an Atom feed."""
        base = str(request.base_url).rstrip("/")
        xml = feed.atom_feed(store.engine, base, clock())
        return Response(xml, media_type="application/atom+xml")

    @router.get("/api/alerts", dependencies=access.read)
    def list_alerts(limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
        """The JSON twin of /alerts.atom."""
        out = []
        for row in feed.latest_alerts(store.engine, limit):
            item = asdict(row)
            item["created_at"] = row.created_at.isoformat()
            item["updated_at"] = row.updated_at.isoformat()
            out.append(item)
        return {"alerts": out}


def _watch_routes(router: APIRouter, store: "Store", access: _Access, clock: Clock) -> None:
    @router.get("/api/watches", dependencies=access.moderate)
    def list_watches() -> dict[str, Any]:
        """Stored watches (with their delivery targets, hence a token)."""
        return {"watches": [w.to_dict() for w in state.load_watches(store.engine)]}

    @router.post("/api/watches", dependencies=access.moderate, status_code=201)
    def add_watch(body: dict[str, Any], replace: bool = False) -> dict[str, Any]:
        """Add a watch: the same keys as a watch file entry (sites_file is not allowed)."""
        if "sites_file" in body:
            raise InputError("sites_file: not over the API; send the sites as a list")
        item = watch_from_dict(body)
        state.save_watches(store.engine, [item], clock(), replace)
        return {"watch": item.to_dict(), "description": item.describe()}

    @router.delete("/api/watches/{name}", dependencies=access.moderate)
    def remove_watch(name: str) -> dict[str, Any]:
        """Remove a watch (its past alerts stay)."""
        if not state.remove_watch(store.engine, name):
            raise HTTPException(404, f"name: no watch {name!r}")
        return {"removed": name}


def _report_routes(router: APIRouter, store: "Store", access: _Access, clock: Clock) -> None:
    @router.post("/api/reports", dependencies=access.report, status_code=201)
    def post_report(body: ReportBody) -> dict[str, Any]:
        """Send a report from the ground. It stays unverified until an independent source
        reports the same event or a moderator accepts it."""
        item = reports.ReportIn(body.text, body.place, _day("time", body.time), body.contact)
        stored = reports.submit_report(store, item, clock=clock)
        return stored.to_dict(include_contact=False)

    @router.get("/api/reports", dependencies=access.moderate)
    def list_reports(
        status: str | None = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        """Reports for moderators, with reporter contacts."""
        items = reports.list_reports(store, status, limit, offset)
        return {"reports": [r.to_dict(include_contact=True) for r in items]}

    def decide(report_id: str, decision: str, body: ModerationBody | None) -> dict[str, Any]:
        note = body.note if body else ""
        try:
            item = reports.moderate(store, report_id, decision, note=note, clock=clock)
        except reports.ReportNotFoundError as error:
            raise HTTPException(404, f"report_id: {error}") from None
        return item.to_dict(include_contact=True)

    @router.post("/api/reports/{report_id}/accept", dependencies=access.moderate)
    def accept(
        report_id: str, background: BackgroundTasks, body: ModerationBody | None = None
    ) -> dict[str, Any]:
        """Accept a report: its unverified events become confirmed, and watches see them
        (alerts are delivered after the response)."""
        decided = decide(report_id, "accept", body)
        no_delivery = DeliveryConfig(tries_per_run=0)
        run_alerts(store, event_ids=decided["event_ids"], config=no_delivery, clock=clock)
        background.add_task(dispatch, store, DeliveryConfig.from_env(os.environ), clock=clock)
        return decided

    @router.post("/api/reports/{report_id}/reject", dependencies=access.moderate)
    def reject(report_id: str, body: ModerationBody | None = None) -> dict[str, Any]:
        """Reject a report: its unverified events become rejected."""
        return decide(report_id, "reject", body)
