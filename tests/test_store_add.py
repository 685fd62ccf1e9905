"""Storing articles and their events: idempotence, atomicity, deterministic ids."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from sahelwatch.errors import InputError
from sahelwatch.settings import Settings
from sahelwatch.store import ArticleMeta, EventFilter, Store, writes
from sahelwatch.store.schema import articles
from tests.storage_fixtures import fixed_clock
from tests.store_events import FAMA, JNIM, make_event

URL = "https://example.org/news/2024/05/15/attack-nampala"


def meta(
    text: str = "Attack at Nampala\n\nBody.", url: str | None = URL, **kw: object
) -> ArticleMeta:
    return ArticleMeta(text, url=url, outlet="Sahel Wire", published=dt.date(2024, 5, 15), **kw)  # type: ignore[arg-type]


def test_a_new_article_creates_its_events(store: Store) -> None:
    result = store.add_extraction(meta(), [make_event(), make_event(place="Goudourou")])
    assert result.status == "new"
    assert len(result.events_created) == 2 and result.events_merged == ()
    page = store.query_events(EventFilter())
    assert page.total == 2
    stored = store.get_event(result.events_created[0])
    assert stored is not None
    assert stored.fields["location"] == "Nampala"
    assert stored.source_count == 1
    assert stored.sources[0].url == URL
    assert stored.sources[0].evidence == ("Attack at Nampala.",)
    dump = store.dump()
    assert {a["name"] for a in dump["actors"]} == {JNIM, FAMA}
    assert [p["location"] for p in dump["places"]] == ["Goudourou", "Nampala"]


@pytest.mark.parametrize(
    "variant",
    [
        URL,
        URL + "/",
        URL + "?utm_source=twitter&utm_medium=social",
        URL.replace("https://", "http://www."),
        URL + "#comments",
    ],
)
def test_the_same_url_again_changes_nothing(store: Store, variant: str) -> None:
    first = store.add_extraction(meta(), [make_event()])
    before = store.dump()
    again = store.add_extraction(meta("A different text, same page", url=variant), [make_event()])
    assert again.status == "unchanged"
    assert again.article_id == first.article_id
    assert again.events_created == again.events_merged == ()
    assert store.dump() == before


def test_the_same_text_at_another_url_changes_nothing(store: Store) -> None:
    store.add_extraction(meta(), [make_event()])
    before = store.dump()
    again = store.add_extraction(
        meta("Attack at  Nampala\n\nBody. ", url="https://mirror.example/x"), [make_event()]
    )
    assert again.status == "unchanged"
    assert store.dump() == before


def test_a_failing_event_rolls_back_its_whole_article(store: Store) -> None:
    store.add_extraction(meta(), [make_event()])
    before = store.dump()
    bad = make_event(place="Kobadi", latitude=float("nan"))
    with pytest.raises(InputError, match="event #1"):
        store.add_extraction(meta("Another article", url=None), [make_event(place="Tolagie"), bad])
    assert store.dump() == before


def test_a_database_error_mid_article_rolls_everything_back(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = store.dump()
    events = [
        make_event(place="Tolagie"),
        make_event(place="Kobadi"),
        make_event(place="Goudourou"),
    ]
    original = writes.insert_source
    calls: list[int] = []

    def failing_third_write(*args: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full")  # the database write of the third event fails
        original(*args, **kwargs)

    monkeypatch.setattr(writes, "insert_source", failing_third_write)
    with pytest.raises(OSError, match="disk full"):
        store.add_extraction(meta("Third article", url=None), events)
    assert len(calls) == 3
    monkeypatch.undo()
    assert store.dump() == before
    assert store.add_extraction(meta("Third article", url=None), events).status == "new"


def test_two_runs_over_the_same_inputs_give_identical_databases(db_url: str) -> None:
    articles = [
        (meta("one", url="https://example.org/1"), [make_event(), make_event(place="Kobadi")]),
        (
            meta("two", url="https://example.org/2"),
            [make_event(actor1="Unidentified Armed Group (Mali)")],
        ),
        (meta("three", url="https://example.org/3"), [make_event(place="Mopti")]),
    ]
    dumps = []
    for run in range(2):
        with Store.open(Settings(db_url), clock=fixed_clock) as store:
            for m, evs in articles:
                store.add_extraction(m, evs)
            dumps.append(store.dump())
            if run == 0:
                _wipe(store)
    assert dumps[0] == dumps[1]
    assert len(dumps[0]["events"]) == 3 and len(dumps[0]["event_sources"]) == 4


def _wipe(store: Store) -> None:
    from sahelwatch.store.schema import metadata

    with store.engine.begin() as conn:
        for table in reversed(metadata.sorted_tables):
            conn.execute(table.delete())


def run_together(count: int, work: Callable[[int], None]) -> list[BaseException]:
    """Run ``work(i)`` on ``count`` threads released at the same moment; the errors raised."""
    barrier = threading.Barrier(count)
    errors: list[BaseException] = []

    def task(index: int) -> None:
        try:
            barrier.wait(timeout=60)
            work(index)
        except BaseException as error:  # returned to the test, which asserts on them
            errors.append(error)

    threads = [threading.Thread(target=task, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_concurrent_writers_store_an_article_once(db_url: str) -> None:
    results: list[str] = []

    def write(_: int) -> None:
        with Store.open(Settings(db_url), clock=fixed_clock) as store:
            results.append(store.add_extraction(meta(), [make_event()]).status)

    assert run_together(4, write) == []
    assert sorted(results) == ["new", "unchanged", "unchanged", "unchanged"]
    with Store.open(Settings(db_url)) as store:
        assert store.query_events(EventFilter()).total == 1


def test_readers_do_not_wait_for_a_writer(store: Store) -> None:
    store.add_extraction(meta(), [make_event()])
    with store.engine.begin() as writer:
        writer.execute(articles.update().values(title="being rewritten"))  # holds the write lock
        started = time.monotonic()
        assert store.query_events(EventFilter()).total == 1
        assert len(store.dump()["articles"]) == 1
    assert time.monotonic() - started < 5


def test_reports_merge_across_a_region_border_and_not_across_the_country(store: Store) -> None:
    first = store.add_extraction(meta(), [make_event()])
    across = make_event(admin1="Tombouctou", location="Near Nampala", latitude=15.30)
    second = store.add_extraction(meta("second", url="https://example.org/2"), [across])
    assert second.events_merged == first.events_created
    far = make_event(place="Mopti")
    third = store.add_extraction(meta("third", url="https://example.org/3"), [far])
    assert third.events_merged == () and len(third.events_created) == 1


def test_many_processes_opening_a_new_sqlite_file_at_once_all_connect(tmp_path: Path) -> None:
    """A new SQLite file is switched to WAL on first connection; openers that race for the
    switch must wait, not fail with "database is locked"."""
    from sahelwatch.store.migrate import make_engine

    for round_ in range(25):
        # one engine per opener, made before they start, as separate processes would have
        engines = [make_engine(f"sqlite:///{tmp_path / f'race{round_}.db'}") for _ in range(8)]

        def connect(index: int, engines: list[Engine] = engines) -> None:
            with engines[index].connect() as conn:
                conn.exec_driver_sql("SELECT 1")

        try:
            assert run_together(8, connect) == []
        finally:
            for engine in engines:
                engine.dispose()
