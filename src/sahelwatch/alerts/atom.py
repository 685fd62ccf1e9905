"""The Atom feed of alerts (RFC 4287), rendered from alert rows; no I/O."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_ID = "urn:sahelwatch:alerts"


@dataclass(frozen=True, slots=True)
class FeedEntry:
    alert_id: int
    watch: str
    title: str
    summary: str
    event_id: str | None
    created_at: dt.datetime
    updated_at: dt.datetime


def _stamp(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def render_atom(entries: Sequence[FeedEntry], base_url: str, now: dt.datetime) -> str:
    """Newest first. ``base_url`` (e.g. ``http://host:8000``) builds the event links."""
    ET.register_namespace("", ATOM_NS)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    sub(feed, "id", FEED_ID)
    sub(feed, "title", "sahelwatch alerts")
    newest = max((e.updated_at for e in entries), default=now)
    sub(feed, "updated", _stamp(newest))
    sub(feed, "link", rel="self", href=f"{base_url.rstrip('/')}/alerts.atom")
    author = sub(feed, "author")
    sub(author, "name", "sahelwatch")
    for entry in sorted(entries, key=lambda e: (e.updated_at, e.alert_id), reverse=True):
        item = sub(feed, "entry")
        sub(item, "id", f"{FEED_ID}:{entry.alert_id}")
        sub(item, "title", entry.title)
        sub(item, "published", _stamp(entry.created_at))
        sub(item, "updated", _stamp(entry.updated_at))
        sub(item, "category", term=entry.watch)
        sub(item, "summary", entry.summary)
        if entry.event_id:
            href = f"{base_url.rstrip('/')}/api/events/{entry.event_id}"
            sub(item, "link", rel="related", href=href)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"
