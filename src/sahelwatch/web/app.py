"""The JSON API and the offline dashboard (FastAPI). Handlers stay thin: the work is in
``sahelwatch.store``, ``sahelwatch.web.stats`` and ``sahelwatch.web.briefing``.

No ``from __future__ import annotations`` here: FastAPI reads the handlers' annotations,
which refer to dependencies built inside the factory functions.
"""

import logging
from dataclasses import asdict, dataclass
from importlib import resources
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Depends, FastAPI, HTTPException, Query, Request
from fastapi.params import Depends as DependsParam
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sahelwatch.errors import InputError, SahelwatchError
from sahelwatch.store import EventFilter, Store
from sahelwatch.store.records import HIDDEN_STATUSES
from sahelwatch.web import stats, tokens
from sahelwatch.web.briefing import build_briefing
from sahelwatch.web.mapsvg import TYPE_COLOURS, regions_geojson
from sahelwatch.web.report import render_briefing
from sahelwatch.web.requests import ArticleIn, event_filter, parse_day, parse_int
from sahelwatch.web.service import ingest_text, watch_after_ingest

log = logging.getLogger(__name__)
_STATIC = {"dashboard.js": "text/javascript", "dashboard.css": "text/css"}
_bearer = HTTPBearer(auto_error=False)
Filter = Annotated[EventFilter, Depends(event_filter)]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


@dataclass(frozen=True, slots=True)
class WebConfig:
    """How the server behaves: ``private`` closes reads to callers without a token."""

    private: bool = False
    open_reports: bool = False  # anyone may POST /api/reports (sahelwatch.alerts.api)


def create_app(store: Store, config: WebConfig = WebConfig()) -> FastAPI:
    """The whole web app over an open store."""
    app = FastAPI(
        title="sahelwatch",
        summary="ACLED-style conflict events from news about Mali and the Sahel",
        version="0.1.0",
    )
    app.add_exception_handler(InputError, _bad_input)  # type: ignore[arg-type]
    app.add_exception_handler(SahelwatchError, _failure)  # type: ignore[arg-type]
    reader, writer = _auth(store, config)
    read = [reader]
    app.include_router(_page_routes(store), dependencies=read)
    app.include_router(_event_routes(store), dependencies=read)
    app.include_router(_stats_routes(store), dependencies=read)
    app.include_router(_write_routes(store, writer))
    app.include_router(_alert_routes(store, config))

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in _STATIC:
            raise HTTPException(404, f"no static file {name!r}")
        return Response(_static_text(name), media_type=_STATIC[name])

    return app


async def _bad_input(_request: Request, error: InputError) -> JSONResponse:
    return JSONResponse({"detail": str(error)}, status_code=400)


async def _failure(_request: Request, error: SahelwatchError) -> JSONResponse:
    log.error("request failed: %s", error)
    return JSONResponse({"detail": str(error)}, status_code=503)


def _unauthorised(message: str) -> HTTPException:
    return HTTPException(401, message, {"WWW-Authenticate": "Bearer"})


def _auth(store: Store, config: WebConfig) -> tuple[DependsParam, DependsParam]:
    """Dependencies for reading (open unless private) and writing (a live token)."""

    def token(credentials: Credentials) -> tokens.TokenInfo | None:
        if credentials is None:
            return None
        info = tokens.verify_token(store.engine, credentials.credentials)
        if info is None:
            raise _unauthorised("invalid or revoked token")
        return info

    def reader(info: Annotated[tokens.TokenInfo | None, Depends(token)]) -> None:
        if config.private and info is None:
            raise _unauthorised(
                "this server is private: send 'Authorization: Bearer TOKEN' "
                "(create one with `sahelwatch token create`)"
            )

    def writer(info: Annotated[tokens.TokenInfo | None, Depends(token)]) -> tokens.TokenInfo:
        if info is None:
            raise _unauthorised(
                "writing needs 'Authorization: Bearer TOKEN' (`sahelwatch token create`)"
            )
        return info

    return Depends(reader), Depends(writer)


def _page_routes(store: Store) -> APIRouter:
    router = APIRouter()

    @router.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard() -> HTMLResponse:
        return HTMLResponse(_static_text("index.html"))

    @router.get("/report", response_class=HTMLResponse)
    def report_html(flt: Filter) -> HTMLResponse:
        """The briefing as a self-contained HTML page (same data as /api/report)."""
        return HTMLResponse(render_briefing(build_briefing(store, flt)))

    @router.get("/api/report")
    def report_json(flt: Filter) -> dict[str, Any]:
        """The briefing's data: the JSON twin of /report."""
        return build_briefing(store, flt).to_dict()

    @router.get("/api/types")
    def event_types() -> dict[str, Any]:
        """ACLED event types and the colour the dashboard and report draw them in."""
        return {"types": [{"name": n, "colour": c} for n, c in TYPE_COLOURS.items()]}

    @router.get("/api/regions.geojson")
    def regions() -> dict[str, Any]:
        """The packaged admin-1 polygons the map is drawn from."""
        return regions_geojson()

    return router


# Above this many matches a page says "1000+" rather than counting them all: the count,
# not the page, is what costs at a million events (see benchmarks/api.py).
COUNT_CAP = 1_000


def _event_routes(store: Store) -> APIRouter:
    router = APIRouter()

    @router.get("/api/events")
    def list_events(flt: Filter) -> JSONResponse:
        """Events matching the filters (same as `sahelwatch events`), one page at a time."""
        page = store.query_events(flt, count_cap=COUNT_CAP)
        events = [e.to_record() for e in page.events]
        body = {
            "total": page.total,
            "total_exact": page.total_exact,
            "limit": page.limit,
            "offset": page.offset,
            "events": events,
        }
        return _json(body)

    @router.get("/api/events.geojson")
    def events_geojson(flt: Filter) -> JSONResponse:
        """The same page of events as a GeoJSON FeatureCollection of points."""
        page = store.query_events(flt, count_cap=COUNT_CAP)
        features = []
        for event in page.events:
            record = event.to_record()
            lon, lat = record.pop("longitude"), record.pop("latitude")
            geometry = {"type": "Point", "coordinates": [lon, lat]}
            features.append({"type": "Feature", "geometry": geometry, "properties": record})
        body = {"type": "FeatureCollection", "total": page.total, "total_exact": page.total_exact}
        return _json({**body, "features": features})

    @router.get("/api/events/{event_id}")
    def one_event(event_id: str) -> JSONResponse:
        """One event with its sources, their evidence quotes and claims."""
        if not 0 < len(event_id) <= 80 or not event_id.isprintable():
            raise HTTPException(404, "event_id: no such event")
        event = store.get_event(event_id)
        if event is None or event.status in HIDDEN_STATUSES:  # unverified reports: not yet
            raise HTTPException(404, f"event_id: no event {event_id!r}")
        return _json(event.to_record())

    @router.get("/api/actors")
    def actors(flt: Filter) -> dict[str, Any]:
        """Actors on either side of the matching events, most active first (``limit``)."""
        return {"actors": stats.actors(store.engine, flt, limit=flt.limit)}

    @router.get("/api/places")
    def places(flt: Filter) -> dict[str, Any]:
        """Places of the matching events, most active first (``limit``)."""
        return {"places": stats.places(store.engine, flt, limit=flt.limit)}

    return router


def _stats_routes(store: Store) -> APIRouter:
    router = APIRouter(prefix="/api/stats")

    @router.get("/timeseries")
    def timeseries(
        flt: Filter,
        interval: Annotated[str, Query(description="week or month")] = "month",
        split: Annotated[str, Query(description="type, actor, region or none")] = "type",
    ) -> dict[str, Any]:
        """Events and fatalities per week or month, split by type, actor or region."""
        result = stats.timeseries(store.engine, flt, interval=interval, split=split)
        out: dict[str, Any] = asdict(result)
        return out

    @router.get("/spread")
    def spread(
        flt: Filter,
        quiet_days: Annotated[str, Query(description="days without violence before")] = "90",
        level: Annotated[str, Query(description="location or admin1")] = "location",
    ) -> dict[str, Any]:
        """Places with a violent event after a quiet period: violence spreading."""
        quiet = parse_int("quiet_days", quiet_days, 1, 3660)
        rows = stats.spread(store.engine, flt, quiet_days=quiet, level=level)
        return {"quiet_days": quiet, "level": level, "places": [r.to_dict() for r in rows]}

    @router.get("/compare")
    def compare(
        flt: Filter,
        at: Annotated[str, Query(description="the date to compare around, YYYY-MM-DD")],
        window_days: Annotated[str, Query(description="days before and after")] = "180",
        by: Annotated[str, Query(description="region, type or both")] = "both",
    ) -> dict[str, Any]:
        """Events and fatalities over equal windows before and after a date."""
        day = parse_day("at", at)
        window = parse_int("window_days", window_days, 1, 3660)
        return stats.compare(store.engine, flt, day, window_days=window, by=by)

    return router


def _write_routes(store: Store, writer: DependsParam) -> APIRouter:
    router = APIRouter()

    @router.post("/api/articles", status_code=201, dependencies=[writer])
    def post_article(article: ArticleIn, background: BackgroundTasks) -> dict[str, Any]:
        """Extract the events of one article's text and store them (needs a token); the
        watches see them after the response, as after any ingest."""
        added = ingest_text(store, article)
        touched = [*added["events_created"], *added["events_merged"]]
        if touched:
            background.add_task(watch_after_ingest, store, touched)
        return added

    return router


def _json(content: dict[str, Any]) -> JSONResponse:
    """A response serialised by ``json.dumps`` directly: the records are plain JSON values
    already, and FastAPI's generic encoder costs more than the query on a page of 100."""
    return JSONResponse(content)


def _alert_routes(store: Store, config: WebConfig) -> APIRouter:
    """/alerts.atom, watches and reports from the ground (sahelwatch.alerts.api)."""
    from sahelwatch.alerts.api import alerts_router

    def live(secret: str) -> bool:
        return tokens.verify_token(store.engine, secret) is not None

    return alerts_router(store, live, private=config.private, open_reports=config.open_reports)


def _static_text(name: str) -> str:
    return resources.files("sahelwatch.web").joinpath("static", name).read_text("utf-8")
