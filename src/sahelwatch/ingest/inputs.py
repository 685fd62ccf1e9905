"""Turning the command line's INPUTs into work items, one per article, in a fixed order.

An INPUT is a ``.txt`` / ``.html`` file, a folder (searched recursively, sorted), an RSS
or Atom feed (file or http(s) URL) or a JSONL manifest. Whatever cannot be used becomes
an item that carries its error, so it is reported in its place and the rest goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sahelwatch.errors import InputError
from sahelwatch.extraction.api import parse_date
from sahelwatch.ingest.feeds import Feed, FeedItem, looks_like_feed, parse_feed
from sahelwatch.ingest.fetch import FetchLimits, fetch, is_url

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
MANIFEST_SUFFIXES = frozenset({".jsonl"})


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One article to ingest, as the input describes it (read and extracted later).

    Exactly one of ``path``, ``text`` and ``fetch_url`` says where the text is, unless
    ``error`` says why there is none.
    """

    name: str
    path: str | None = None
    text: str | None = None
    html: bool = False
    fetch_url: str | None = None
    url: str | None = None
    title: str = ""
    published: dt.date | None = None
    outlet: str = ""
    lang: str | None = None
    origin: str = "file"
    error: str | None = None
    stored_as: str | None = None  # the id of the article already stored under this URL


def expand_inputs(inputs: Sequence[str], limits: FetchLimits) -> Iterator[WorkItem]:
    """Every article the inputs name, in command-line order (folders sorted)."""
    for value in inputs:
        try:
            yield from _expand_one(value, limits)
        except InputError as error:
            yield WorkItem(name=value, error=str(error))


def _expand_one(value: str, limits: FetchLimits) -> Iterator[WorkItem]:
    if is_url(value):
        yield from feed_items(parse_feed(fetch(value, limits), value), value)
        return
    path = Path(value)
    if not path.exists():
        raise InputError(f"{value}: no such file or folder. Check the path.")
    if path.is_dir():
        yield from _folder_items(path)
        return
    suffix = path.suffix.lower()
    if suffix in MANIFEST_SUFFIXES:
        yield from manifest_items(path)
    elif suffix in FEED_SUFFIXES or (suffix not in ARTICLE_SUFFIXES and _sniff_feed(path)):
        yield from feed_items(parse_feed(_read(path), value), value)
    else:
        yield WorkItem(name=value, path=value)


def _folder_items(folder: Path) -> Iterator[WorkItem]:
    files = sorted(
        (p for p in folder.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()),
        key=lambda p: p.relative_to(folder).as_posix(),
    )
    if not files:
        log.warning("%s: no .txt, .html or .htm files in this folder", folder)
    for file in files:
        yield WorkItem(name=str(file), path=str(file))


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror}).") from error


def _sniff_feed(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return looks_like_feed(stream.read(4096))
    except OSError:
        return False  # reading it as an article reports the problem


def feed_items(feed: Feed, source: str) -> Iterator[WorkItem]:
    for number, item in enumerate(feed.items, start=1):
        yield _feed_item(item, f"{source} item {number}", feed.title)


def _feed_item(item: FeedItem, name: str, outlet: str) -> WorkItem:
    name = f"{name} ({item.link})" if item.link else name
    common: dict[str, Any] = {
        "name": name,
        "url": item.link,
        "title": item.title,
        "published": item.published,
        "outlet": outlet,
        "origin": "feed",
    }
    if item.content:
        return WorkItem(text=item.content, html=item.content_is_html, **common)
    if item.link and is_url(item.link):
        return WorkItem(fetch_url=item.link, **common)
    return WorkItem(error=f"{name}: the item has no text and no http(s) link to fetch.", **common)


def manifest_items(manifest: Path) -> Iterator[WorkItem]:
    """Items of a JSONL manifest: ``{"path": ...}`` or ``{"text": ...}`` per line."""
    try:
        lines = manifest.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(
            f"{manifest}: cannot be read as a UTF-8 JSONL manifest ({error})."
        ) from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        name = f"{manifest} line {number}"
        try:
            yield _manifest_item(line, manifest.parent, name)
        except InputError as error:
            yield WorkItem(name=name, error=f"{name}: {error}")


def _manifest_item(line: str, folder: Path, name: str) -> WorkItem:
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(
            f"not valid JSON ({error.msg}); write one JSON object per line."
        ) from error
    if not isinstance(entry, dict):
        raise InputError('each line must be a JSON object with "path" or "text".')
    for key in ("path", "text", "url", "title", "published", "source", "lang"):
        if entry.get(key) is not None and not isinstance(entry[key], str):
            raise InputError(f'"{key}" must be a string.')
    common: dict[str, Any] = {
        "url": entry.get("url"),
        "title": entry.get("title") or "",
        "published": parse_date(entry.get("published"), '"published"'),
        "outlet": entry.get("source") or "",
        "lang": entry.get("lang"),
        "origin": "manifest",
    }
    if entry.get("path"):
        path = folder / entry["path"]
        return WorkItem(name=f"{name} ({entry['path']})", path=str(path), **common)
    if entry.get("text"):
        return WorkItem(name=name, text=entry["text"], **common)
    raise InputError('the line has neither "path" nor "text".')
