"""The dashboard in Debian's chromium (playwright), against `sahelwatch serve` on localhost."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from sahelwatch.demo import sample_articles
from sahelwatch.extraction.api import extract_article
from sahelwatch.settings import Settings
from sahelwatch.store import ArticleMeta, EventFilter, Store

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

# `make test` installs chromium first (system-deps); on CI a missing browser is a failure,
# never a silent skip
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and not os.environ.get("CI"),
    reason="needs Debian's chromium: run `make system-deps`",
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _seed(url: str) -> int:
    """The bundled sample articles, extracted and stored as `ingest` would."""
    with Store.open(Settings(url)) as store:
        for sample in sample_articles():
            result = extract_article(sample.article)
            meta = ArticleMeta(
                text=sample.article.text,
                url=sample.article.url,
                outlet=sample.outlet,
                title=sample.article.title,
                published=result.published,
                language=result.lang,
                origin="extracted",
            )
            store.add_extraction(meta, result.events)
        total = store.query_events(EventFilter()).total
        store.engine.dispose()
    return total


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'dash.db'}"
    assert _seed(db) >= 5
    port = _free_port()
    command = [
        str(Path(sys.executable).parent / "sahelwatch"),
        "serve",
        "--db",
        db,
        "--port",
        str(port),
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "api/types", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the server did not start") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_filter_click_an_event_and_read_its_evidence(server: str) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    outside: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("request", lambda r: None if r.url.startswith(server) else outside.append(r.url))
        page.goto(server)
        page.wait_for_selector("body[data-ready='1']", timeout=30_000)
        assert page.locator("#map path.region").count() >= 10
        all_rows = page.locator("#events tbody tr").count()
        assert all_rows >= 5
        assert page.locator("#map circle.event-dot").count() >= 1

        page.select_option("#f-type", "Battles")
        page.click("#f-apply")
        page.wait_for_function(
            "() => [...document.querySelectorAll('#events tbody tr td:nth-child(2)')]"
            ".every(td => td.textContent === 'Battles')"
        )
        battles = page.locator("#events tbody tr").count()
        assert 1 <= battles < all_rows
        assert page.locator("#summary").inner_text() == f"{battles} events match."

        page.locator("#events tbody tr").first.click()
        page.wait_for_selector("#panel:not([hidden]) blockquote.evidence")
        evidence = page.locator("#panel blockquote.evidence").first.inner_text()
        assert len(evidence) > 20
        assert page.locator("#panel h2").inner_text().startswith("Battles")
        links = page.locator("#panel p.source a")
        assert links.count() >= 1
        page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

        # the dot drawn last lies on top (small dots are drawn over big ones); an earlier
        # one may sit under a neighbour, as on a real map
        top = page.locator("#map circle.event-dot").last
        place = top.locator("title").text_content().split(": ")[0].split(" ", 1)[1]
        top.click()
        page.wait_for_selector("#panel:not([hidden])")
        assert place in page.locator("#panel").inner_text()
        browser.close()
    assert outside == []
