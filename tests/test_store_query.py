"""Querying stored events: every filter, --near, paging, and filter parsing."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.errors import InputError
from sahelwatch.store import ArticleMeta, EventFilter, Store, parse_filter
from sahelwatch.store.store import ImportedEvent
from tests.store_events import CIVILIANS, UNIDENTIFIED, make_event

D = dt.date
ISSP = "Islamic State Sahel Province"


def seed(store: Store) -> None:
    """Five extracted events (one with two sources) and one imported ACLED event."""
    store.add_extraction(
        ArticleMeta("one", "https://example.org/1", "Sahel Wire", published=D(2024, 5, 15)),
        [make_event(), make_event(place="Mopti", event_date=D(2024, 6, 1), actor1=UNIDENTIFIED)],
    )
    store.add_extraction(
        ArticleMeta("two", "https://example.org/2", "Radio Sahel", published=D(2024, 5, 16)),
        [
            make_event(actor1=UNIDENTIFIED),
            make_event(
                place="Bandiagara",
                event_date=D(2024, 7, 10),
                actor1=ISSP,
                event_type="Violence against civilians",
                sub_event_type="Attack",
                actor2=CIVILIANS,
            ),
            make_event(
                place="Kobadi",
                location="Djibo",
                country="Burkina Faso",
                admin1="Sahel",
                latitude=14.1,
                longitude=-1.63,
                event_date=D(2024, 8, 2),
            ),
        ],
    )
    fields = make_event(place="Goudourou", event_date=D(2024, 4, 2)).to_record()
    for extra in ("evidence", "claims"):
        fields.pop(extra)
    fields["event_date"] = D(2024, 4, 2)
    fields["inter1"], fields["inter2"] = 2, 1
    store.add_imported("acled", [ImportedEvent("MLI0001", fields, 3, 3, 3)])


def locations(store: Store, **kw: object) -> list[str]:
    page = store.query_events(EventFilter(**kw))  # type: ignore[arg-type]
    return [e.fields["location"] for e in page.events]


def test_everything_newest_first_with_sources(store: Store) -> None:
    seed(store)
    page = store.query_events(EventFilter())
    assert page.total == 5
    assert [e.fields["location"] for e in page.events] == [
        "Djibo",
        "Bandiagara",
        "Mopti",
        "Nampala",
        "Goudourou",
    ]
    nampala = page.events[3]
    assert nampala.source_count == 2
    assert [s.outlet for s in nampala.sources] == ["Sahel Wire", "Radio Sahel"]
    assert nampala.to_record()["sources"][0]["url"] == "https://example.org/1"
    assert page.events[4].origin == "acled" and page.events[4].source_count == 0


def test_date_filters_include_both_ends(store: Store) -> None:
    seed(store)
    assert locations(store, since=D(2024, 6, 1)) == ["Djibo", "Bandiagara", "Mopti"]
    assert locations(store, until=D(2024, 6, 1)) == ["Mopti", "Nampala", "Goudourou"]
    assert locations(store, since=D(2024, 6, 1), until=D(2024, 7, 10)) == ["Bandiagara", "Mopti"]


def test_place_filters_ignore_case(store: Store) -> None:
    seed(store)
    assert locations(store, country="burkina faso") == ["Djibo"]
    assert locations(store, admin1="MOPTI") == ["Bandiagara", "Mopti"]
    assert locations(store, location="nampala") == ["Nampala"]
    assert locations(store, location="Nowhere") == []


def test_actor_type_and_origin_filters(store: Store) -> None:
    seed(store)
    assert locations(store, actor="islamic state") == ["Bandiagara"]
    assert locations(store, actor="civilians") == ["Bandiagara"]
    assert "Mopti" in locations(store, actor="Unidentified")
    assert locations(store, event_type="Violence against civilians") == ["Bandiagara"]
    assert locations(store, origin="acled") == ["Goudourou"]
    assert len(locations(store, origin="extracted")) == 4


def test_wildcards_in_an_actor_filter_are_plain_characters(store: Store) -> None:
    seed(store)
    assert locations(store, actor="%") == []
    assert locations(store, actor="_") == []
    assert locations(store, actor="ISLAMIC state") == ["Bandiagara"]


def test_near_selects_events_within_the_radius(store: Store) -> None:
    seed(store)
    mopti = (14.4843, -4.1827)  # Bandiagara is about 63 km away, Nampala about 190
    assert locations(store, near=mopti, radius_km=10) == ["Mopti"]
    assert locations(store, near=mopti, radius_km=70) == ["Bandiagara", "Mopti"]
    page = store.query_events(EventFilter(near=mopti, radius_km=250, limit=1, offset=1))
    assert page.total == 4
    assert [e.fields["location"] for e in page.events] == ["Mopti"]


def test_paging_is_stable_and_reports_the_total(store: Store) -> None:
    seed(store)
    pages = [store.query_events(EventFilter(limit=2, offset=o)) for o in (0, 2, 4, 6)]
    assert [p.total for p in pages] == [5, 5, 5, 5]
    seen = [e.event_id for p in pages for e in p.events]
    assert len(seen) == len(set(seen)) == 5
    assert pages[3].events == []
    assert (pages[1].limit, pages[1].offset) == (2, 2)


def test_a_capped_count_says_at_least_how_many_and_leaves_the_page_whole(store: Store) -> None:
    seed(store)
    capped = store.query_events(EventFilter(limit=2), count_cap=3)
    assert (capped.total_exact, capped.total, len(capped.events)) == (False, 3, 2)
    roomy = store.query_events(EventFilter(limit=2), count_cap=10)
    assert (roomy.total_exact, roomy.total) == (True, 5)
    later = store.query_events(EventFilter(limit=2, offset=4), count_cap=3)
    assert (later.total_exact, later.total, len(later.events)) == (False, 5, 1)
    exact = store.query_events(EventFilter(limit=2))
    assert (exact.total_exact, exact.total) == (True, 5)


def test_get_event_returns_sources_with_evidence_and_claims(store: Store) -> None:
    seed(store)
    nampala = store.query_events(EventFilter(location="Nampala")).events[0]
    again = store.get_event(nampala.event_id)
    assert again == nampala
    assert again is not None and again.sources[0].evidence == ("Attack at Nampala.",)
    assert store.get_event("ev-missing") is None


def test_to_record_has_acled_columns_then_the_store_columns(store: Store) -> None:
    from sahelwatch.model import ACLED_FIELDS

    seed(store)
    record = store.query_events(EventFilter(limit=1)).events[0].to_record()
    assert list(record)[: len(ACLED_FIELDS)] == list(ACLED_FIELDS)
    assert list(record)[len(ACLED_FIELDS) :] == [
        "event_id",
        "origin",
        "status",
        "source_count",
        "fatalities_low",
        "fatalities_best",
        "fatalities_high",
        "sources",
    ]
    assert record["status"] == "confirmed"


# ---------------------------------------------------------------- parsing filters


def test_parse_filter_reads_every_option() -> None:
    flt = parse_filter(
        since="2024-05-01",
        until="2024-06-30",
        country="Mali",
        admin1="Mopti",
        location="Sevare",
        actor="JNIM",
        type="Battles",
        origin="acled",
        near="14.5,-4.2",
        radius_km="30",
        limit="10",
        offset="20",
    )
    assert flt == EventFilter(
        D(2024, 5, 1),
        D(2024, 6, 30),
        "Mali",
        "Mopti",
        "Sevare",
        "JNIM",
        "Battles",
        "acled",
        (14.5, -4.2),
        30.0,
        10,
        20,
    )
    assert parse_filter(since=None, country="") == EventFilter()


@pytest.mark.parametrize(
    ("strings", "cli_name", "web_name"),
    [
        ({"since": "2024-13-01"}, "--since", "since"),
        ({"until": "yesterday"}, "--until", "until"),
        ({"since": "2024-06-02", "until": "2024-06-01"}, "--since", "since"),
        ({"near": "14.5"}, "--near", "near"),
        ({"near": "95,10"}, "--near", "near"),
        ({"near": "14,-4", "radius_km": "-3"}, "--radius-km", "radius_km"),
        ({"radius_km": "10"}, "--radius-km", "radius_km"),
        ({"limit": "0"}, "--limit", "limit"),
        ({"limit": "ten"}, "--limit", "limit"),
        ({"offset": "-1"}, "--offset", "offset"),
    ],
)
def test_bad_values_name_the_option(strings: dict[str, str], cli_name: str, web_name: str) -> None:
    with pytest.raises(InputError, match=f"^{cli_name}"):
        parse_filter("--", **strings)
    with pytest.raises(InputError, match=f"^{web_name}"):
        parse_filter("", **strings)
