"""HTML page to headline, body paragraphs and publication date.

Keeps the paragraphs of the article body and drops the furniture real news pages
carry: navigation, photo captions, bylines, share and subscription blocks,
donation appeals and embedded social-media posts.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "figure",
    "figcaption",
    "iframe",
    "svg",
    "button",
    "template",
    "select",
)
# class / id fragments of page furniture (English and French sites)
_FURNITURE = re.compile(
    r"share|social|newsletter|subscri|abonn|donat|don-|related|recommend|comment|caption"
    r"|byline|author|promo|advert|publicit|sidebar|cookie|breadcrumb|tags|twitter-tweet"
    r"|instagram|facebook|embed|paywall|read-more|lire-aussi|credit|legende",
    re.I,
)
_BLOCKS = "h1, h2, h3, p, li, blockquote"
_META_DATES = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="DC.date.issued"]',
    'meta[property="og:published_time"]',
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def html_to_article_parts(html: str) -> tuple[str, str, dt.date | None]:
    """Return (headline, body text with paragraphs separated by blank lines, date)."""
    tree = HTMLParser(html)
    published = _published_date(tree)
    headline = _headline(tree)
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    for node in tree.css("[class], [id]"):
        marker = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _FURNITURE.search(marker) and node.tag not in ("html", "body", "main", "article"):
            node.decompose()
    root = _body_root(tree)
    paragraphs: list[str] = []
    seen: set[str] = set()
    if root is not None:
        for node in root.css(_BLOCKS):
            if node.tag in ("p", "li") and _inside_block(node, root):
                continue  # its text is already part of an enclosing block
            text = _clean(node.text(separator=" "))
            if text and text not in seen and text != headline:
                seen.add(text)
                paragraphs.append(text)
        if not paragraphs:
            text = _clean(root.text(separator="\n"))
            paragraphs = [line for line in (p.strip() for p in text.split("\n")) if line]
    return headline, "\n\n".join(paragraphs), published


def _headline(tree: HTMLParser) -> str:
    for selector in ("article h1", "h1", 'meta[property="og:title"]', "title"):
        node = tree.css_first(selector)
        if node is None:
            continue
        text = node.attributes.get("content") if node.tag == "meta" else node.text()
        text = _clean(text or "")
        if text:
            return text
    return ""


def _body_root(tree: HTMLParser) -> Node | None:
    for selector in ("article", "main", '[itemprop="articleBody"]', "body"):
        nodes = tree.css(selector)
        if nodes:
            return max(nodes, key=lambda n: len(n.text()))
    return tree.root


def _inside_block(node: Node, root: Node) -> bool:
    parent = node.parent
    while parent is not None and parent is not root and parent.tag not in ("html", "body"):
        if parent.tag in ("p", "li", "blockquote"):
            return True
        parent = parent.parent
    return False


def _published_date(tree: HTMLParser) -> dt.date | None:
    candidates: list[str] = []
    for selector in _META_DATES:
        node = tree.css_first(selector)
        if node is not None and node.attributes.get("content"):
            candidates.append(node.attributes.get("content") or "")
    for node in tree.css('script[type="application/ld+json"]'):
        candidates.extend(_json_ld_dates(node.text()))
    time_node = tree.css_first("time[datetime]")
    if time_node is not None:
        candidates.append(time_node.attributes.get("datetime") or "")
    for value in candidates:
        match = _ISO_DATE.search(value)
        if match:
            try:
                return dt.date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                continue
    return None


def _json_ld_dates(raw: str) -> list[str]:
    try:
        data = json.loads(raw)
    except ValueError:
        return []
    found: list[str] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str):
                found.append(value)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


_SPACES = re.compile(r"[ \t\u00a0\u202f]+")


# Text nodes are joined with a space (so blocks never glue words together); an inline
# tag then leaves one before punctuation: "<b>Nampala</b>." would read "Nampala ."
_SPACE_BEFORE_STOP = re.compile(r" (?=[.,)])|(?<=\() ")


def _clean(text: str) -> str:
    return _SPACE_BEFORE_STOP.sub("", _SPACES.sub(" ", text)).strip()
