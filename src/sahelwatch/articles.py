"""Reading articles: any bytes in, clean text out, or an InputError that says why not.

A ``.txt`` article is its headline on the first line and the body below. An HTML page
is reduced to its headline and body paragraphs: navigation, captions, bylines,
share and subscription blocks and embedded posts are dropped here, before any
extraction sees them.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from sahelwatch.errors import InputError
from sahelwatch.htmltext import html_to_article_parts

MAX_BYTES = 20_000_000  # larger inputs are not articles; refuse them with a clear message
_BINARY_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<article|<\?xml)", re.I)
_HTML_TAGS = re.compile(rb"</?(?:p|div|span|a|h1|h2|br|article|section|body)\b", re.I)


@dataclass(frozen=True, slots=True)
class Article:
    """Clean article text (headline on the first line) and what is known about it."""

    text: str
    title: str
    published: dt.date | None = None
    url: str | None = None
    lang: str | None = None
    source_name: str = "<text>"
    outlet: str | None = None

    def with_defaults(
        self, *, published: dt.date | None = None, lang: str | None = None
    ) -> Article:
        """Fill what the caller knows and the article does not say itself."""
        return replace(self, published=self.published or published, lang=self.lang or lang)


def read_article(path: str, *, url: str | None = None) -> Article:
    """Read a ``.txt`` or ``.html`` file, or standard input for ``-``."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return article_from_bytes(data, source_name="<stdin>", url=url)
    file = Path(path)
    if not file.exists():
        raise InputError(f"{path}: no such file. Check the path.")
    if file.is_dir():
        raise InputError(f"{path}: is a directory; give a .txt or .html file.")
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{path}: {size:,} bytes is larger than any article ({MAX_BYTES:,} at most); "
                "split it into one file per article."
            )
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror}).") from error
    html = file.suffix.lower() in {".html", ".htm", ".xhtml"} or None
    return article_from_bytes(data, source_name=path, html=html, url=url)


def article_from_bytes(
    data: bytes, *, source_name: str = "<bytes>", html: bool | None = None, url: str | None = None
) -> Article:
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{source_name}: larger than any article ({MAX_BYTES:,} bytes at most); "
            "split it into one file per article."
        )
    text = decode_bytes(data, source_name)
    if html is None:
        html = looks_like_html(data[:4096])
    return article_from_text(text, source_name=source_name, html=html, url=url)


def article_from_text(
    text: str, *, source_name: str = "<text>", html: bool = False, url: str | None = None
) -> Article:
    published = None
    if html:
        title, body, published = html_to_article_parts(text)
        text = f"{title}\n\n{body}" if title else body
    text = normalise_text(text)
    if not text.strip():
        raise InputError(f"{source_name}: no article text found (the input is empty).")
    title = text.lstrip().split("\n", 1)[0].strip()
    return Article(text=text, title=title, published=published, url=url, source_name=source_name)


def decode_bytes(data: bytes, source_name: str) -> str:
    """Decode with the encoding the bytes declare or imply; refuse what is not text."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    sample = data[:65536]
    if sample and len(_BINARY_CONTROL.findall(sample)) > max(8, len(sample) // 200):
        raise InputError(
            f"{source_name}: looks like binary data, not text. Give a .txt or .html article."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: West African French sites still serve Windows-1252 / Latin-1.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def looks_like_html(head: bytes) -> bool:
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")


def normalise_text(text: str) -> str:
    """Unify line ends and drop control characters; offsets refer to this text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_CHARS.sub("", text)
    return text.replace("\xa0", " ").replace("\u202f", " ")
