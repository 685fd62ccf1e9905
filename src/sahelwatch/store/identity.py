"""Recognising the same article again: normalised URLs and text hashes."""

from __future__ import annotations

import hashlib
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = {"fbclid", "gclid", "mc_cid", "mc_eid", "ref", "ocid", "cmpid", "igshid"}


def normalise_url(url: str) -> str:
    """Scheme and host folded, tracking parameters, fragment and trailing slash dropped.

    ``http://www.Example.org/a/?utm_source=x#top`` and ``https://example.org/a`` are equal.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in _TRACKING
    )
    path = parts.path.rstrip("/") or "/"
    scheme = "https" if parts.scheme.lower() in ("http", "https", "") else parts.scheme.lower()
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def text_hash(text: str) -> str:
    """SHA-256 of the text with Unicode and whitespace normalised."""
    canonical = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def article_id(hash_: str) -> str:
    return f"ar-{hash_[:20]}"


def extracted_event_id(hash_: str, position: int) -> str:
    """Deterministic: the same article gives the same event ids on every run."""
    return f"ev-{hash_[:20]}-{position}"
