"""RSS 2.0 and Atom feeds, parsed with the standard library behind defusedxml.

defusedxml rather than feedparser: feeds are plain XML we only need a few elements
from, and defusedxml keeps the stdlib parser safe from entity bombs and external
entities in untrusted feeds without another large dependency.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from sahelwatch.errors import InputError

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(rss|feed|RDF)\b")


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One feed entry: what the feed says about an article, and its text if it has any."""

    title: str
    link: str | None
    published: dt.date | None
    content: str | None
    content_is_html: bool


@dataclass(frozen=True, slots=True)
class Feed:
    title: str
    items: list[FeedItem]


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes of a document open an RSS or Atom root element."""
    for match in _FEED_ROOT.finditer(head[:4096]):
        before = head[: match.start()]
        if b"<html" not in before.lower():
            return True
    return False


def parse_feed(data: bytes, source_name: str) -> Feed:
    """Parse an RSS 2.0 or Atom document; InputError when it is neither."""
    try:
        root = fromstring(data)
    except (ET.ParseError, DefusedXmlException) as error:
        raise InputError(
            f"{source_name}: not a well-formed RSS or Atom feed ({error}). "
            "Check the file or URL, or give the articles as files."
        ) from error
    if root.tag == "rss":
        channel = root.find("channel")
        if channel is None:
            raise InputError(f"{source_name}: RSS feed without a <channel>; it cannot be read.")
        items = [_rss_item(item) for item in channel.iter("item")]
        return Feed(_text(channel.find("title")), items)
    if root.tag == f"{ATOM}feed":
        entries = [_atom_entry(entry) for entry in root.iter(f"{ATOM}entry")]
        return Feed(_text(root.find(f"{ATOM}title")), entries)
    raise InputError(
        f"{source_name}: the document is <{root.tag}>, not an RSS 2.0 <rss> or Atom <feed>."
    )


def _rss_item(item: ET.Element) -> FeedItem:
    content = _text(item.find(f"{CONTENT}encoded")) or _text(item.find("description"))
    date_text = _text(item.find("pubDate"))
    published = _rfc822_date(date_text) if date_text else _iso_date(_text(item.find(f"{DC}date")))
    return FeedItem(
        title=_text(item.find("title")),
        link=_text(item.find("link")) or _permalink(item),
        published=published,
        content=content or None,
        content_is_html=True,  # RSS text elements carry (escaped) HTML by definition
    )


def _permalink(item: ET.Element) -> str | None:
    guid = item.find("guid")
    if guid is not None and guid.get("isPermaLink", "true") == "true":
        return _text(guid) or None
    return None


def _atom_entry(entry: ET.Element) -> FeedItem:
    content, is_html = _atom_text(entry.find(f"{ATOM}content"))
    if not content:
        content, is_html = _atom_text(entry.find(f"{ATOM}summary"))
    published = _iso_date(_text(entry.find(f"{ATOM}published"))) or _iso_date(
        _text(entry.find(f"{ATOM}updated"))
    )
    title, _ = _atom_text(entry.find(f"{ATOM}title"))
    return FeedItem(
        title=title,
        link=_atom_link(entry),
        published=published,
        content=content or None,
        content_is_html=is_html,
    )


def _atom_link(entry: ET.Element) -> str | None:
    links = entry.findall(f"{ATOM}link")
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return None


def _atom_text(node: ET.Element | None) -> tuple[str, bool]:
    """An Atom text construct as (text, is_html); xhtml content is serialised back."""
    if node is None:
        return "", False
    kind = node.get("type", "text")
    if kind == "xhtml":
        parts = []
        for child in node:
            for element in child.iter():
                element.tag = element.tag.rsplit("}", 1)[-1]  # drop the XHTML namespace
            parts.append(ET.tostring(child, encoding="unicode"))
        return "".join(parts).strip(), True
    return _text(node), kind == "html"


def _text(node: ET.Element | None) -> str:
    return (node.text or "").strip() if node is not None else ""


def _rfc822_date(value: str) -> dt.date | None:
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return _iso_date(value)  # some feeds put ISO dates in pubDate


def _iso_date(value: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.strip()).date()
    except ValueError:
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
