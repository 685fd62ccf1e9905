"""Near pages through the grid cells (store.geocell): the same events, in the same order,
as the circle itself, on both backends."""

from __future__ import annotations

import datetime as dt
import math
import random

import pytest
from sqlalchemy import select

from sahelwatch.settings import Settings
from sahelwatch.store import EventFilter, Store
from sahelwatch.store.geocell import MAX_CELLS, cell_of, covering_cells
from sahelwatch.store.query import KM_PER_DEGREE
from sahelwatch.store.schema import events
from sahelwatch.web.synthetic import PLACES, event_row, insert_rows

CENTRE = (14.49, -4.19)  # Mopti: the 25 km box meets nine cells


def _scatter(count: int, seed: int) -> list[dict[str, object]]:
    """Events within ~60 km of the centre (across cell edges), with many shared dates."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        lat = CENTRE[0] + rng.uniform(-0.55, 0.55)
        lon = CENTRE[1] + rng.uniform(-0.55, 0.55)
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(40))
        rows.append(event_row(f"n-{i:04d}", event_date=day, location=(*PLACES[0][:3], lat, lon)))
    return rows


def _within(rows: list[dict[str, object]], radius_km: float) -> list[str]:
    """The expected page order: the circle (as the SQL measures it), newest first, then id."""
    kx = KM_PER_DEGREE * math.cos(math.radians(CENTRE[0]))

    def inside(row: dict[str, object]) -> bool:
        dy = (float(row["latitude"]) - CENTRE[0]) * KM_PER_DEGREE  # type: ignore[arg-type]
        dx = (float(row["longitude"]) - CENTRE[1]) * kx  # type: ignore[arg-type]
        return dx * dx + dy * dy <= radius_km * radius_km

    chosen = sorted((r for r in rows if inside(r)), key=lambda r: str(r["id"]))
    chosen.sort(key=lambda r: r["event_date"], reverse=True)  # type: ignore[arg-type,return-value]
    return [str(r["id"]) for r in chosen]


@pytest.mark.parametrize("radius_km", [25.0, 40.0, 400.0])
def test_near_pages_are_the_circle_newest_first(store: Store, radius_km: float) -> None:
    rows = _scatter(600, seed=7)
    insert_rows(store.engine, rows, with_sources=False)
    expected = _within(rows, radius_km)
    assert len(expected) > 30
    seen: list[str] = []
    for offset in range(0, len(expected) + 20, 20):
        page = store.query_events(
            EventFilter(near=CENTRE, radius_km=radius_km, limit=20, offset=offset)
        )
        assert page.total == len(expected)
        seen.extend(e.event_id for e in page.events)
    assert seen == expected


def test_the_database_puts_each_event_in_the_cell_python_computes(store: Store) -> None:
    rng = random.Random(3)
    points = [(rng.uniform(-89.9, 89.9), rng.uniform(-179.9, 179.9)) for _ in range(200)]
    points += [(14.25, -4.0), (0.0, 0.0), (-0.25, -0.5), (15.0, 2.75)]  # on cell edges
    rows = [
        event_row(f"c-{i:03d}", event_date=dt.date(2024, 1, 1), location=("Mali", "", "", *p))
        for i, p in enumerate(points)
    ]
    insert_rows(store.engine, rows, with_sources=False)
    with store.engine.connect() as conn:
        stored = dict(conn.execute(select(events.c.id, events.c.geo_cell)).all())
    assert stored == {r["id"]: cell_of(r["latitude"], r["longitude"]) for r in rows}


def test_covering_cells_meet_the_box_and_give_up_past_the_limit() -> None:
    cells = covering_cells(14.2, 14.7, -4.4, -3.9)
    assert cells is not None and len(cells) == 9
    corners = [(14.2, -4.4), (14.7, -3.9), (14.2, -3.9), (14.7, -4.4), (14.49, -4.19)]
    assert {cell_of(lat, lon) for lat, lon in corners} <= set(cells)
    assert covering_cells(10.0, 20.0, -10.0, 0.0) is None
    assert len(covering_cells(10.0, 11.99, -10.0, -8.01) or []) == MAX_CELLS


def test_upgrading_a_database_with_events_gives_them_their_cells(db_url: str) -> None:
    from alembic import command

    from sahelwatch.store.migrate import _alembic_config, make_engine

    engine = make_engine(db_url)
    try:
        with engine.begin() as conn, _alembic_config(conn) as config:
            command.upgrade(config, "0103_covering_geo_index")
            row = event_row("old-1", event_date=dt.date(2023, 5, 1), location=PLACES[0])
            conn.execute(events.insert().values({k: v for k, v in row.items()}))
    finally:
        engine.dispose()
    with Store.open(Settings(db_url)) as store:
        page = store.query_events(EventFilter(near=CENTRE, radius_km=5))
        assert [e.event_id for e in page.events] == ["old-1"]
        with store.engine.connect() as conn:
            assert conn.execute(select(events.c.geo_cell)).scalar_one() == cell_of(*CENTRE)
