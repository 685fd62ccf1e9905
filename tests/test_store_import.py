"""`sahelwatch import acled|ucdp`: the user's own exports, repeat-safe, bad rows by line."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from sahelwatch.cli import main
from sahelwatch.errors import InputError
from sahelwatch.settings import Settings
from sahelwatch.store import ArticleMeta, EventFilter, Store
from sahelwatch.store.importers import import_file
from tests.store_events import make_event

ACLED_HEADER = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]


def acled_row(**values: str) -> dict[str, str]:
    row = {
        "event_id_cnty": "MLI1001",
        "event_date": "2024-05-14",
        "year": "2024",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "JNIM: Group for Support of Islam and Muslims",
        "inter1": "2",
        "actor2": "Military Forces of Mali (2021-)",
        "inter2": "1",
        "interaction": "12",
        "iso": "466",
        "region": "Western Africa",
        "country": "Mali",
        "admin1": "Segou",
        "admin2": "Niono",
        "location": "Nampala",
        "latitude": "15.2807",
        "longitude": "-5.5549",
        "geo_precision": "1",
        "source": "Sahel Wire",
        "notes": "On 14 May 2024, JNIM attacked the army camp at Nampala.",
        "fatalities": "16",
        "timestamp": "1716000000",
    }
    row.update(values)
    return row


def write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def acled_file(tmp_path: Path) -> Path:
    rows = [
        acled_row(),
        acled_row(event_id_cnty="MLI1002", event_date="16 May 2024", location="Kobadi",
                  latitude="15.3645", longitude="-5.4779", event_type="Violence against civilians",
                  sub_event_type="Attack", actor2="Civilians (Mali)", inter2="Civilians",
                  fatalities="3"),
        acled_row(event_id_cnty="MLI1003", event_date="2024-02-30"),  # line 4: no such day
        acled_row(event_id_cnty="MLI1004", sub_event_type="Air/drone strike"),  # line 5
        acled_row(event_id_cnty="MLI1005", latitude="north"),  # line 6
        acled_row(event_id_cnty="MLI1006", notes="multi-line\nnote", location="Mopti",
                  latitude="14.4843", longitude="-4.1827"),
        acled_row(event_id_cnty="MLI1007", fatalities=""),  # line 9, after the 2-line note
    ]  # fmt: skip
    return write_csv(tmp_path / "acled.csv", ACLED_HEADER, rows)


def test_acled_rows_are_stored_with_their_origin_and_bad_rows_reported(
    store: Store, tmp_path: Path
) -> None:
    report = import_file(store, "acled", str(acled_file(tmp_path)))
    assert (report.added, report.unchanged) == (3, 0)
    assert [line for line, _ in report.errors] == [4, 5, 6, 9]
    messages = dict(report.errors)
    assert "event_date" in messages[4] and "sub_event_type" in messages[5]
    assert "latitude" in messages[6] and "fatalities" in messages[9]
    page = store.query_events(EventFilter(origin="acled"))
    assert page.total == 3
    kobadi = next(e for e in page.events if e.fields["location"] == "Kobadi")
    assert kobadi.event_id == "acled-MLI1002"
    assert kobadi.external_id == "MLI1002"
    assert kobadi.fields["inter2"] == 7 and kobadi.fields["interaction"] == 27
    assert (kobadi.fatalities_low, kobadi.fatalities_best, kobadi.fatalities_high) == (3, 3, 3)
    assert kobadi.status == "confirmed"
    dump = store.dump()
    assert {a["name"]: a["inter"] for a in dump["actors"]}["Civilians (Mali)"] == 7
    assert {p["location"] for p in dump["places"]} == {"Nampala", "Kobadi", "Mopti"}


def test_reimporting_changes_nothing(store: Store, tmp_path: Path) -> None:
    path = str(acled_file(tmp_path))
    import_file(store, "acled", path)
    before = store.dump()
    again = import_file(store, "acled", path)
    assert (again.added, again.unchanged) == (0, 3)
    assert store.dump() == before


def test_imported_events_are_never_merged_with_extracted_ones(store: Store, tmp_path: Path) -> None:
    import_file(store, "acled", str(acled_file(tmp_path)))
    result = store.add_extraction(ArticleMeta("Nampala attack", "https://e.org/n"), [make_event()])
    assert result.events_merged == () and len(result.events_created) == 1
    nampala = store.query_events(EventFilter(location="Nampala")).events
    assert sorted(e.origin for e in nampala) == ["acled", "extracted"]


UCDP_HEADER = [
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
]


def ucdp_row(**values: str) -> dict[str, str]:
    row = {
        "id": "501",
        "year": "2024",
        "type_of_violence": "1",
        "side_a": "Government of Mali",
        "side_b": "JNIM",
        "source_headline": "Army camp attacked",
        "where_prec": "1",
        "where_coordinates": "Nampala town",
        "adm_1": "Segou region",
        "adm_2": "Niono cercle",
        "latitude": "15.2807",
        "longitude": "-5.5549",
        "country": "Mali",
        "date_prec": "1",
        "date_start": "2024-05-14 00:00:00.000",
        "date_end": "2024-05-14 00:00:00.000",
        "best": "16",
        "high": "40",
        "low": "7",
    }
    row.update(values)
    return row


def test_ucdp_rows_map_to_acled_fields(store: Store, tmp_path: Path) -> None:
    rows = [
        ucdp_row(),
        ucdp_row(id="502", type_of_violence="3", side_a="JNIM", side_b="Civilians",
                 where_prec="4", date_prec="4", best="3", low="3", high="3"),
        ucdp_row(id="503", type_of_violence="7"),  # line 4
        ucdp_row(id="504", low="20"),  # line 5: low above best
        ucdp_row(id="505", date_start=""),  # line 6
    ]  # fmt: skip
    path = write_csv(tmp_path / "ged.csv", UCDP_HEADER, rows)
    report = import_file(store, "ucdp", str(path))
    assert report.added == 2
    assert [line for line, _ in report.errors] == [4, 5, 6]
    battle = store.get_event("ucdp-501")
    assert battle is not None
    assert battle.fields["event_type"] == "Battles" and battle.fields["inter1"] == 1
    assert battle.fields["location"] == "Nampala town" and battle.fields["time_precision"] == 1
    assert (battle.fatalities_low, battle.fatalities_best, battle.fatalities_high) == (7, 16, 40)
    one_sided = store.get_event("ucdp-502")
    assert one_sided is not None
    assert one_sided.fields["event_type"] == "Violence against civilians"
    assert (one_sided.fields["geo_precision"], one_sided.fields["time_precision"]) == (3, 3)
    assert one_sided.fields["interaction"] == 27
    again = import_file(store, "ucdp", str(path))
    assert (again.added, again.unchanged) == (0, 2)


def test_a_file_that_is_not_the_export_is_refused(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "other.csv", ["a", "b"], [{"a": "1", "b": "2"}])
    with pytest.raises(InputError, match="columns missing: event_id_cnty"):
        import_file(store, "acled", str(path))
    with pytest.raises(InputError, match="no such file"):
        import_file(store, "ucdp", str(tmp_path / "missing.csv"))


def test_the_import_command_reports_lines_and_exits_1_on_bad_rows(
    db_url: str, tmp_path: Path
) -> None:
    runner = CliRunner()
    path = acled_file(tmp_path)
    result = runner.invoke(main, ["import", "acled", str(path), "--db", db_url])
    assert result.exit_code == 1
    assert "acled: 3 event(s) added, 0 already stored, 4 row(s) refused" in result.stdout
    assert f"{path}:4: event_date" in result.stderr
    good = write_csv(tmp_path / "good.csv", ACLED_HEADER, [acled_row(event_id_cnty="MLI9")])
    result = runner.invoke(main, ["import", "acled", str(good), "--db", db_url])
    assert result.exit_code == 0 and "1 event(s) added" in result.stdout
    ged = write_csv(tmp_path / "ged.csv", UCDP_HEADER, [ucdp_row()])
    result = runner.invoke(main, ["import", "ucdp", str(ged), "--db", db_url])
    assert result.exit_code == 0 and "ucdp: 1 event(s) added" in result.stdout
    with Store.open(Settings(db_url)) as store:
        assert store.query_events(EventFilter()).total == 5
    result = runner.invoke(main, ["import", "ucdp", str(tmp_path / "nope.csv"), "--db", db_url])
    assert result.exit_code == 2 and "no such file" in result.stderr
