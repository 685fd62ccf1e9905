"""The packaged demo sample and the overlapping-reports fixture for cross-source merging."""

from __future__ import annotations

import datetime as dt
import importlib.resources
import importlib.util
import json
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.eval_gate import norm

ROOT = Path(__file__).resolve().parents[1]
OVERLAP_DIR = ROOT / "tests" / "fixtures" / "overlap"
MANIFEST_KEYS = {"path", "url", "title", "published", "source", "lang"}


def read_jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@cache
def build_sample_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_sample", ROOT / "scripts/build_sample.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sample_manifest() -> list[dict[str, Any]]:
    resource = importlib.resources.files("sahelwatch") / "data" / "sample" / "manifest.jsonl"
    return read_jsonl(resource.read_text(encoding="utf-8"))


def overlap_manifest() -> list[dict[str, Any]]:
    return read_jsonl((OVERLAP_DIR / "manifest.jsonl").read_text(encoding="utf-8"))


def expected_merge() -> dict[str, Any]:
    expected: dict[str, Any] = json.loads((OVERLAP_DIR / "expected.json").read_text("utf-8"))
    return expected


# ---------------------------------------------------------------- the demo sample


def test_the_packaged_sample_is_what_the_build_script_writes() -> None:
    script = build_sample_script()
    assert script.stale_files(script.sample_files()) == []


def test_the_sample_has_8_to_10_articles_in_both_languages_with_the_overlap_set() -> None:
    manifest = sample_manifest()
    assert 8 <= len(manifest) <= 10
    assert Counter(entry["lang"] for entry in manifest).keys() == {"en", "fr"}
    paths = {entry["path"] for entry in manifest}
    assert {entry["path"] for entry in overlap_manifest()} <= paths


def test_every_sample_entry_is_complete_and_readable_as_package_data() -> None:
    sample = importlib.resources.files("sahelwatch") / "data" / "sample"
    for entry in sample_manifest():
        assert set(entry) == MANIFEST_KEYS, entry["path"]
        assert entry["url"].startswith("https://example.org/"), entry["path"]
        dt.date.fromisoformat(entry["published"])
        assert entry["source"].strip() and entry["title"].strip()
        assert entry["title"] in (sample / entry["path"]).read_text(encoding="utf-8")


# ---------------------------------------------------------------- the overlapping reports


def test_overlap_manifest_entries_point_at_their_articles() -> None:
    for entry in overlap_manifest():
        text = (OVERLAP_DIR / entry["path"]).read_text(encoding="utf-8")
        assert set(entry) == MANIFEST_KEYS
        assert text.splitlines()[0] == entry["title"]
        assert entry["path"].split("_")[1] == entry["lang"]


def test_one_incident_is_reported_by_three_english_and_two_french_outlets_over_four_days() -> None:
    manifest = {entry["path"]: entry for entry in overlap_manifest()}
    camp = next(e for e in expected_merge()["events"] if e["id"] == "nampala-camp")
    reports = [manifest[path] for path in camp["sources"]]
    assert Counter(r["lang"] for r in reports) == {"en": 3, "fr": 2}
    assert len({r["source"] for r in reports}) == 5
    days = sorted(dt.date.fromisoformat(r["published"]) for r in reports)
    assert (days[-1] - days[0]).days == 3


def test_expected_events_are_consistent_with_their_sources() -> None:
    manifest = {entry["path"]: entry for entry in overlap_manifest()}
    for event in expected_merge()["events"]:
        low, best, high = (event["fatalities"][k] for k in ("low", "best", "high"))
        assert low <= best <= high, event["id"]
        first, last = (dt.date.fromisoformat(d) for d in event["window"])
        assert first <= dt.date.fromisoformat(event["event_date"]) <= last, event["id"]
        assert event["source_count"] == len(event["sources"]), event["id"]
        for path in event["sources"]:
            assert dt.date.fromisoformat(manifest[path]["published"]) >= first, (event, path)


def test_each_source_names_the_place_in_its_own_spelling_except_the_region_only_one() -> None:
    for event in expected_merge()["events"]:
        spellings = {norm(name) for name in event["locations"]}
        for path in event["sources"]:
            text = f" {norm((OVERLAP_DIR / path).read_text(encoding='utf-8'))} "
            named = any(f" {spelling} " in text for spelling in spellings)
            assert named == (path != "o4_fr_radio_region.txt"), (event["id"], path)


def test_the_village_names_are_spelt_differently_across_outlets() -> None:
    for event_id in ("goudourou", "tolagie"):
        event = next(e for e in expected_merge()["events"] if e["id"] == event_id)
        used = {
            spelling
            for path in event["sources"]
            for spelling in event["locations"]
            if f" {norm(spelling)} " in f" {norm((OVERLAP_DIR / path).read_text('utf-8'))} "
        }
        assert len({norm(s) for s in used}) >= 2, event_id


def test_events_that_must_not_merge_exist() -> None:
    expected = expected_merge()
    ids = {event["id"] for event in expected["events"]}
    assert all(set(pair) <= ids for pair in expected["must_not_merge"])
