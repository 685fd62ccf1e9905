"""The actor filter through the event-actor index (migration 0106): every event that
names the actor on either side, associated actors included, in page order, on both
backends; the index follows merges and imports."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import select

from sahelwatch.store import ArticleMeta, EventFilter, Store, query
from sahelwatch.store.schema import event_actors
from sahelwatch.web.synthetic import ACTORS, PLACES, event_row, insert_rows
from tests.store_events import make_event

RARE = "Ganda Izo"


def _rows(count: int, seed: int) -> list[dict[str, object]]:
    """Mostly common actors; a few events name the rare one, on each side or as an
    associated actor (alone or among others)."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        extra: dict[str, object] = {}
        actor1, actor2 = rng.choice(ACTORS)[0], rng.choice(ACTORS)[0]
        slot = i % 40
        if slot == 0:
            actor1 = RARE
        elif slot == 1:
            actor2 = RARE
        elif slot == 2:
            extra["assoc_actor_1"] = f"{RARE}; Wagner Group"
        elif slot == 3:
            extra["assoc_actor_2"] = f"Dozo Militia; {RARE}"
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(30))
        rows.append(
            event_row(
                f"a-{i:04d}", event_date=day, location=PLACES[i % 5], actor1=actor1,
                actor2=actor2, **extra,
            )
        )  # fmt: skip
    return rows


def _expected(rows: list[dict[str, object]], text: str) -> list[str]:
    columns = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
    chosen = [r for r in rows if any(text.lower() in str(r.get(c, "")).lower() for c in columns)]
    chosen.sort(key=lambda r: str(r["id"]))
    chosen.sort(key=lambda r: r["event_date"], reverse=True)  # type: ignore[arg-type,return-value]
    return [str(r["id"]) for r in chosen]


def _all_pages(store: Store, flt_args: dict[str, object], size: int) -> tuple[list[str], int]:
    seen, offset, total = [], 0, -1
    while True:
        page = store.query_events(EventFilter(limit=size, offset=offset, **flt_args))  # type: ignore[arg-type]
        total = page.total
        if not page.events:
            return seen, total
        seen.extend(e.event_id for e in page.events)
        offset += size


@pytest.mark.parametrize("few", [5000, 10])  # 10: every actor here reads by walking dates
def test_rare_and_common_actors_page_like_the_whole_table(
    store: Store, few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(query, "FEW_ACTOR_EVENTS", few)
    rows = _rows(800, seed=11)
    insert_rows(store.engine, rows, with_sources=False)
    for text in ("ganda izo", "IZO", "wagner", "mali", "nobody"):
        expected = _expected(rows, text)
        assert _all_pages(store, {"actor": text}, 37) == (expected, len(expected))


def test_merges_and_imports_keep_the_index(store: Store) -> None:
    meta = ArticleMeta(
        "first report", "https://example.org/a", "Wire", published=dt.date(2024, 5, 15)
    )
    store.add_extraction(meta, [make_event(actor1="Unidentified Armed Group (Mali)")])
    later = ArticleMeta(
        "second report", "https://example.org/b", "Radio", published=dt.date(2024, 5, 16)
    )
    store.add_extraction(
        later, [make_event(actor1="Unidentified Armed Group (Mali)", assoc_actor_1=RARE)]
    )
    page = store.query_events(EventFilter(actor="ganda"))
    assert page.total == 1 and RARE in page.events[0].fields["assoc_actor_1"]
    with store.engine.connect() as conn:
        names = set(conn.execute(select(event_actors.c.name)).scalars())
    assert RARE in names and "Unidentified Armed Group (Mali)" in names
