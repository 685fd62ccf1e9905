"""Fetching a feed or an article page over http(s), with a timeout and a size cap."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from sahelwatch.errors import InputError

USER_AGENT = "sahelwatch (+https://github.com/sahelwatch; news ingest)"


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How long to wait for a server and how much of an answer to accept."""

    timeout_s: float = 20.0
    max_bytes: int = 5_000_000


def is_url(value: str) -> bool:
    return urlsplit(value).scheme.lower() in {"http", "https"}


def fetch(url: str, limits: FetchLimits) -> bytes:
    """The body at ``url``; InputError (naming the URL) on any failure."""
    if not is_url(url):
        raise InputError(f"{url}: only http:// and https:// links can be fetched.")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=limits.timeout_s) as response:
            data: bytes = response.read(limits.max_bytes + 1)
    except urllib.error.HTTPError as error:
        raise InputError(f"{url}: the server answered HTTP {error.code} {error.reason}.") from error
    except urllib.error.URLError as error:
        raise InputError(f"{url}: cannot be fetched ({error.reason}).") from error
    except (TimeoutError, OSError) as error:
        raise InputError(f"{url}: cannot be fetched ({error}).") from error
    if len(data) > limits.max_bytes:
        raise InputError(
            f"{url}: larger than {limits.max_bytes:,} bytes; it is not an article or feed."
        )
    return data
