"""Test helpers for ingest: a localhost HTTP server with fixed pages, and small feeds."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

NAMPALA_TEXT = (
    "Gunmen kill five soldiers in Nampala\n\n"
    "BAMAKO, May 15 (Sahel Wire) - Islamist militants attacked an army camp in Nampala, "
    "in central Mali's Segou region, on Tuesday night, killing five soldiers, the army said."
)
NAMPALA_HTML = (
    "<html><head><title>Army camp attacked in Nampala</title></head><body><article>"
    "<h1>Army camp attacked in Nampala</h1>"
    "<p>BAMAKO, May 15 (Sahel Wire) - Islamist militants attacked an army camp in Nampala, "
    "in central Mali's Segou region, on Tuesday night, killing five soldiers, the army said.</p>"
    "</article></body></html>"
)


def rss(items: list[str], title: str = "Sahel Wire") -> bytes:
    body = "".join(items)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{title}</title><link>https://example.org/</link>{body}</channel></rss>"
    ).encode()


def rss_item(title: str, link: str | None, pub: str | None, description: str | None = None) -> str:
    parts = [f"<title>{title}</title>"]
    if link:
        parts.append(f"<link>{link}</link>")
    if pub:
        parts.append(f"<pubDate>{pub}</pubDate>")
    if description is not None:
        parts.append(f"<description><![CDATA[{description}]]></description>")
    return "<item>" + "".join(parts) + "</item>"


class _Handler(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[int, str, bytes]]] = {}
    hits: ClassVar[dict[str, int]] = {}

    def do_GET(self) -> None:
        self.hits[self.path] = self.hits.get(self.path, 0) + 1
        status, kind, body = self.pages.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@contextmanager
def serve(
    pages: dict[str, tuple[int, str, bytes]], hits: dict[str, int] | None = None
) -> Iterator[str]:
    """Serve ``pages`` (path -> status, content type, body) on localhost; yield the base URL.

    ``hits`` (if given) counts the requests per path.
    """
    handler = type("Handler", (_Handler,), {"pages": pages, "hits": {} if hits is None else hits})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
