"""`sahelwatch events`, `db` and exports through the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from sahelwatch.cli import main
from sahelwatch.model import ACLED_FIELDS
from sahelwatch.settings import Settings
from sahelwatch.store import EventFilter, Store, export_events
from sahelwatch.store.records import EXTRA_COLUMNS
from tests.test_store_query import seed


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def seeded(db_url: str) -> str:
    with Store.open(Settings(db_url)) as store:
        seed(store)
    return db_url


def test_events_jsonl_carries_sources(seeded: str) -> None:
    code, out, err = run("events", "--db", seeded, "--format", "jsonl", "--location", "Nampala")
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 1
    assert records[0]["source_count"] == 2
    assert {s["outlet"] for s in records[0]["sources"]} == {"Sahel Wire", "Radio Sahel"}
    assert set(records[0]["sources"][0]) >= {"outlet", "url", "published"}
    assert "1 event(s) shown (1-1 of 1)" in err


def test_events_csv_uses_acled_columns_in_order_then_the_extras(seeded: str) -> None:
    code, out, _ = run("events", "--db", seeded, "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == [*ACLED_FIELDS, *EXTRA_COLUMNS]
    assert len(rows) == 6
    by_location = {r[ACLED_FIELDS.index("location")]: r for r in rows[1:]}
    sources = json.loads(by_location["Nampala"][rows[0].index("sources")])
    assert len(sources) == 2


def test_events_geojson_is_a_feature_collection_of_points(seeded: str, tmp_path: Path) -> None:
    out_file = tmp_path / "events.geojson"
    code, _, err = run("events", "--db", seeded, "--format", "geojson", "--out", str(out_file))
    assert code == 0, err
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 5
    mopti = next(f for f in data["features"] if f["properties"]["location"] == "Mopti")
    assert mopti["geometry"] == {"type": "Point", "coordinates": [-4.1827, 14.4843]}


def test_events_parquet_round_trips(seeded: str, tmp_path: Path) -> None:
    out_file = tmp_path / "events.parquet"
    code, _, err = run("events", "--db", seeded, "--format", "parquet", "--out", str(out_file))
    assert code == 0, err
    table = pq.read_table(out_file)
    assert table.column_names == [*ACLED_FIELDS, *EXTRA_COLUMNS]
    rows = table.to_pylist()
    assert [r["location"] for r in rows][:2] == ["Djibo", "Bandiagara"]
    nampala = next(r for r in rows if r["location"] == "Nampala")
    assert nampala["source_count"] == 2 and isinstance(nampala["latitude"], float)
    assert len(json.loads(nampala["sources"])) == 2


def test_parquet_needs_an_output_file(seeded: str) -> None:
    code, _, err = run("events", "--db", seeded, "--format", "parquet")
    assert code == 2 and "--out" in err


def test_events_table_and_paging(seeded: str) -> None:
    code, out, err = run("events", "--db", seeded, "--limit", "2", "--offset", "1")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("event_date") and len(lines) == 4
    assert "Bandiagara" in lines[2] and "Mopti" in lines[3]
    assert "2 event(s) shown (2-3 of 5)" in err


def test_events_filters_from_the_command_line(seeded: str) -> None:
    code, out, _ = run(
        "events", "--db", seeded, "--format", "jsonl", "--near", "14.4843,-4.1827",
        "--radius-km", "70", "--type", "Violence against civilians", "--actor", "islamic",
        "--since", "2024-07-01", "--until", "2024-07-31", "--country", "Mali",
        "--admin1", "Mopti", "--origin", "extracted",
    )  # fmt: skip
    assert code == 0
    assert [json.loads(line)["location"] for line in out.splitlines()] == ["Bandiagara"]


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["--since", "May"], "--since"),
        (["--near", "north"], "--near"),
        (["--limit", "-5"], "--limit"),
        (["--radius-km", "5"], "--radius-km"),
    ],
)
def test_bad_option_values_exit_2_naming_the_option(
    seeded: str, args: list[str], option: str
) -> None:
    code, _, err = run("events", "--db", seeded, *args)
    assert code == 2
    assert err.startswith(f"error: {option}")


def test_explain_shows_the_sources_and_why(seeded: str) -> None:
    with Store.open(Settings(seeded)) as store:
        nampala = store.query_events(EventFilter(location="Nampala")).events[0]
    code, out, err = run("events", "--db", seeded, "--explain", nampala.event_id)
    assert code == 0, err
    assert f"event {nampala.event_id}" in out
    assert "2 source(s)" in out
    assert "first report of this event" in out
    assert "same place Nampala" in out and "score" in out
    code, _, err = run("events", "--db", seeded, "--explain", "ev-nope")
    assert code == 2 and "no event 'ev-nope'" in err


def test_the_database_comes_from_the_environment(seeded: str) -> None:
    code, out, _ = run("events", "--format", "jsonl", env={"SAHELWATCH_DB": seeded})
    assert code == 0 and len(out.splitlines()) == 5


def test_export_events_writes_every_format(seeded: str) -> None:
    with Store.open(Settings(seeded)) as store:
        events = store.query_events(EventFilter()).events
    for fmt in ("jsonl", "csv", "geojson", "table"):
        stream = io.StringIO()
        assert export_events(events, fmt, stream) == 5
        assert "Bandiagara" in stream.getvalue()
    binary = io.BytesIO()
    assert export_events(events, "parquet", binary) == 5
    binary.seek(0)
    assert pq.read_table(binary).num_rows == 5
    with pytest.raises(ValueError, match="unknown format"):
        export_events(events, "xml", io.StringIO())


# ---------------------------------------------------------------- unreachable databases


def test_an_unreachable_server_is_a_clear_error_exit_2() -> None:
    code, _, err = run("events", "--db", "postgresql://postgres@127.0.0.1:1/nothing")
    assert code == 2
    assert err.startswith("error: cannot connect to postgresql")
    assert "Check that the server is running" in err


def test_a_sqlite_file_in_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = run("db", "status", "--db", str(tmp_path / "missing" / "x.db"))
    assert code == 2 and "does not exist" in err


def test_an_unsupported_scheme_is_refused() -> None:
    code, _, err = run("events", "--db", "mysql://localhost/x")
    assert code == 2 and "unsupported database scheme 'mysql'" in err
