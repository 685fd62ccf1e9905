"""Reports from the ground: free text from people on the spot, held apart until confirmed.

A report goes through the same extractor and into the store with origin ``report``; the
events it creates are ``unverified`` (left out of public queries and of watches). An event
becomes ``corroborated`` once an article of another origin is merged into it (the store's
merge matching decides), or ``confirmed`` when a moderator accepts the report; a rejected
report's unverified events become ``rejected``. The reporter's contact is kept in
``ground_reports.contact`` only and never leaves through public outputs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from sahelwatch.alerts.schema import ground_reports
from sahelwatch.errors import InputError, SahelwatchError
from sahelwatch.store.schema import articles, event_sources, events

if TYPE_CHECKING:
    from sahelwatch.store import Store

log = logging.getLogger(__name__)

REPORT_ORIGIN = "report"
UNVERIFIED, CORROBORATED, CONFIRMED, REJECTED = (
    "unverified",
    "corroborated",
    "confirmed",
    "rejected",
)
REPORT_STATUSES = ("unverified", "corroborated", "accepted", "rejected")
MAX_TEXT = 20_000
MAX_FIELD = 500


class ReportNotFoundError(SahelwatchError):
    def __init__(self, report_id: str) -> None:
        super().__init__(f"no report {report_id!r}: list them with `sahelwatch reports list`")


@dataclass(frozen=True, slots=True)
class ReportIn:
    """A report as submitted. ``contact`` is private to moderators."""

    text: str
    place: str = ""
    reported_on: dt.date | None = None
    contact: str = ""

    def checked(self, prefix: str = "") -> ReportIn:
        text = self.text.strip()
        if not text:
            raise InputError(f"{prefix}text: the report is empty; describe what happened.")
        if len(text) > MAX_TEXT:
            raise InputError(f"{prefix}text: at most {MAX_TEXT} characters, got {len(text)}.")
        for name in ("place", "contact"):
            if len(getattr(self, name)) > MAX_FIELD:
                raise InputError(f"{prefix}{name}: at most {MAX_FIELD} characters.")
        return ReportIn(text, self.place.strip(), self.reported_on, self.contact.strip())


@dataclass(frozen=True, slots=True)
class GroundReport:
    id: str
    text: str
    place: str
    reported_on: dt.date | None
    contact: str
    status: str
    event_ids: tuple[str, ...]
    note: str
    received_at: dt.datetime
    moderated_at: dt.datetime | None

    def to_dict(self, *, include_contact: bool) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "status": self.status,
            "text": self.text,
            "place": self.place,
            "reported_on": self.reported_on.isoformat() if self.reported_on else None,
            "event_ids": list(self.event_ids),
            "note": self.note,
            "received_at": self.received_at.isoformat(),
            "moderated_at": self.moderated_at.isoformat() if self.moderated_at else None,
        }
        if include_contact:
            data["contact"] = self.contact
        return data


def _report_text(report: ReportIn, lang: str) -> str:
    body = report.text
    if report.place and report.place.lower() not in body.lower():
        body = (f"À {report.place} : " if lang == "fr" else f"In {report.place}: ") + body
    return f"Report from the ground\n\n{body}\n"


def _extract(report: ReportIn, published: dt.date) -> tuple[str, str, list[Any]]:
    from sahelwatch.articles import article_from_text
    from sahelwatch.extraction.api import extract_article

    first = extract_article(article_from_text(_report_text(report, "en")), published=published)
    if first.lang == "en":
        return _report_text(report, "en"), first.lang, list(first.events)
    text = _report_text(report, first.lang)
    again = extract_article(article_from_text(text), published=published, lang=first.lang)
    return text, again.lang, list(again.events)


def submit_report(
    store: Store, report: ReportIn, *, clock: Callable[[], dt.datetime], prefix: str = ""
) -> GroundReport:
    """Extract, store (events unverified unless they match a stored event), and record."""
    from sahelwatch.store import ArticleMeta

    report = report.checked(prefix)
    now = clock()
    published = report.reported_on or now.date()
    text, lang, found = _extract(report, published)
    meta = ArticleMeta(
        text=text,
        outlet="Report from the ground",
        title="Report from the ground",
        published=published,
        language=lang,
        origin=REPORT_ORIGIN,
        new_event_status=UNVERIFIED,
    )
    result = store.add_extraction(meta, found)
    event_ids = _events_of_article(store, result.article_id)
    status = CORROBORATED if _any_independent(store, event_ids) else UNVERIFIED
    seed = f"{text}\x00{report.contact}\x00{now.isoformat()}"
    report_id = "r" + hashlib.sha256(seed.encode()).hexdigest()[:15]
    with store.engine.begin() as conn:
        conn.execute(
            ground_reports.insert().values(
                id=report_id,
                text=report.text,
                place=report.place,
                reported_on=report.reported_on,
                contact=report.contact,
                status=status,
                article_id=result.article_id,
                event_ids=list(event_ids),
                note="" if found else "the extractor found no event in this report",
                received_at=now,
                moderated_at=None,
            )
        )
    log.info("report %s stored: %s, events %s", report_id, status, event_ids)
    return get_report(store, report_id)


def _events_of_article(store: Store, article_id: str) -> tuple[str, ...]:
    query = select(event_sources.c.event_id).where(event_sources.c.article_id == article_id)
    with store.engine.connect() as conn:
        return tuple(sorted({row.event_id for row in conn.execute(query)}))


def _any_independent(store: Store, event_ids: Iterable[str]) -> bool:
    """Does any of the events have a source that is not a report from the ground?"""
    ids = list(event_ids)
    if not ids:
        return False
    query = (
        select(event_sources.c.event_id)
        .join(articles, articles.c.id == event_sources.c.article_id)
        .where(event_sources.c.event_id.in_(ids), articles.c.origin != REPORT_ORIGIN)
        .limit(1)
    )
    with store.engine.connect() as conn:
        return conn.execute(query).first() is not None


def corroborate(store: Store, event_ids: Iterable[str] | None, now: dt.datetime) -> list[str]:
    """Mark unverified events (all of them when ``event_ids`` is None) that an independent
    source now reports as corroborated, and their reports too; returns the event ids."""
    query = (
        select(events.c.id)
        .join(event_sources, event_sources.c.event_id == events.c.id)
        .join(articles, articles.c.id == event_sources.c.article_id)
        .where(events.c.status == UNVERIFIED, articles.c.origin != REPORT_ORIGIN)
    )
    if event_ids is not None:
        query = query.where(events.c.id.in_(sorted(set(event_ids))))
    with store.engine.begin() as conn:
        ids = sorted({row.id for row in conn.execute(query)})
        if not ids:
            return []
        conn.execute(
            update(events).where(events.c.id.in_(ids)).values(status=CORROBORATED, updated_at=now)
        )
        pending = conn.execute(
            select(ground_reports.c.id, ground_reports.c.event_ids).where(
                ground_reports.c.status == UNVERIFIED
            )
        ).all()
        for row in pending:
            if set(row.event_ids) & set(ids):
                conn.execute(
                    update(ground_reports)
                    .where(ground_reports.c.id == row.id)
                    .values(status=CORROBORATED)
                )
    log.info("corroborated %d events reported from the ground", len(ids))
    return ids


def _row_to_report(row: Any) -> GroundReport:
    return GroundReport(
        id=row.id,
        text=row.text,
        place=row.place,
        reported_on=row.reported_on,
        contact=row.contact,
        status=row.status,
        event_ids=tuple(row.event_ids),
        note=row.note,
        received_at=row.received_at,
        moderated_at=row.moderated_at,
    )


def get_report(store: Store, report_id: str) -> GroundReport:
    with store.engine.connect() as conn:
        row = conn.execute(select(ground_reports).where(ground_reports.c.id == report_id)).first()
    if row is None:
        raise ReportNotFoundError(report_id)
    return _row_to_report(row)


def list_reports(
    store: Store, status: str | None = None, limit: int = 100, offset: int = 0
) -> list[GroundReport]:
    """Newest first; ``status`` one of REPORT_STATUSES."""
    if status is not None and status not in REPORT_STATUSES:
        raise InputError(f"status: use one of {', '.join(REPORT_STATUSES)}, got {status!r}")
    query = select(ground_reports).order_by(
        ground_reports.c.received_at.desc(), ground_reports.c.id
    )
    if status is not None:
        query = query.where(ground_reports.c.status == status)
    with store.engine.connect() as conn:
        rows = conn.execute(query.limit(limit).offset(offset)).all()
    return [_row_to_report(row) for row in rows]


def moderate(
    store: Store, report_id: str, decision: str, *, note: str = "", clock: Callable[[], dt.datetime]
) -> GroundReport:
    """``accept``: its unverified events become confirmed; ``reject``: they become rejected.

    Corroborated or confirmed events keep their status: other sources back them.
    """
    if decision not in ("accept", "reject"):
        raise InputError(f"decision: use accept or reject, got {decision!r}")
    report = get_report(store, report_id)
    now = clock()
    new_event_status = CONFIRMED if decision == "accept" else REJECTED
    with store.engine.begin() as conn:
        if report.event_ids:
            conn.execute(
                update(events)
                .where(events.c.id.in_(report.event_ids), events.c.status == UNVERIFIED)
                .values(status=new_event_status, updated_at=now)
            )
        conn.execute(
            update(ground_reports)
            .where(ground_reports.c.id == report_id)
            .values(
                status="accepted" if decision == "accept" else "rejected",
                note=note or report.note,
                moderated_at=now,
            )
        )
    return get_report(store, report_id)
