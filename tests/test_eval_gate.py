"""The eval gate: extraction quality on the project's own articles may only go up.

``tests/eval/floors.json`` is a ratchet. To raise the floors, append an entry with higher
numbers; to lower one, the new entry's reason must start with ``LOWERED:``.
``MINIMUM_FLOORS`` below is the lead's hard minimum: the file may never go under it.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.eval_gate import (
    LANGUAGES,
    METRICS,
    GateFileError,
    GoldDoc,
    GoldEvent,
    Report,
    actors_ok,
    evaluate,
    fatalities_ok,
    floor_table,
    floor_violations,
    load_aliases,
    load_floors,
    matches,
    norm,
    score_doc,
    silent_lowerings,
)

# The lowest floors the file may hold (raise these as the extractor improves).
MINIMUM_FLOORS: dict[str, dict[str, float]] = {
    "all": {"recall": 0.92, "precision": 0.87, "actors": 0.95, "fatalities": 0.88, "admin1": 0.98},
    "en": {"recall": 0.9, "precision": 0.87, "actors": 0.95, "fatalities": 0.95, "admin1": 0.98},
    "fr": {"recall": 0.93, "precision": 0.85, "actors": 0.93, "fatalities": 0.77, "admin1": 0.98},
}

SHARED_SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate()


# ---------------------------------------------------------------- the gate itself


def test_scores_meet_the_latest_floors(report: Report) -> None:
    floors = floor_table(load_floors()[-1])
    violations = floor_violations(report.scores(), floors)
    assert not violations, "\n".join(
        [*violations, "misses and false positives:", *map(str, report.findings)]
    )


def test_every_language_of_the_corpus_is_scored(report: Report) -> None:
    assert set(report.by_lang) == set(LANGUAGES)
    for lang in LANGUAGES:
        assert report.by_lang[lang].required >= 25, f"too few required {lang} events to score"


def test_floors_are_never_lowered_silently() -> None:
    assert silent_lowerings(load_floors()) == []


def test_floors_are_at_least_the_hard_minimum() -> None:
    latest = floor_table(load_floors()[-1])
    below = [
        f"{scope} {metric}: {latest[scope][metric]} < {minimum}"
        for scope, metrics in MINIMUM_FLOORS.items()
        for metric, minimum in metrics.items()
        if latest[scope][metric] < minimum
    ]
    assert not below


def test_floor_entries_are_dated_in_order_and_explained() -> None:
    entries = load_floors()
    dates = [dt.date.fromisoformat(entry["date"]) for entry in entries]
    assert dates == sorted(dates)
    for entry in entries:
        assert str(entry.get("reason", "")).strip(), f"{entry['date']}: give a reason"
        for scope, metrics in floor_table(entry).items():
            assert all(0.0 <= v <= 1.0 for v in metrics.values()), f"{entry['date']} {scope}"


# ---------------------------------------------------------------- the ratchet's rules


def _entry(date: str, value: float, reason: str = "raised", fr_recall: float | None = None) -> Any:
    scores = dict.fromkeys(METRICS, value)
    entry: dict[str, Any] = {"date": date, **scores, "reason": reason}
    entry["en"] = dict(scores)
    entry["fr"] = dict(scores) | ({"recall": fr_recall} if fr_recall is not None else {})
    return entry


def test_a_lowered_floor_without_reason_is_reported() -> None:
    entries = [_entry("2026-01-01", 0.5), _entry("2026-02-01", 0.5, fr_recall=0.4)]
    problems = silent_lowerings(entries)
    assert len(problems) == 1
    assert "fr recall" in problems[0]


def test_a_lowered_floor_with_a_lowered_reason_is_accepted() -> None:
    entries = [_entry("2026-01-01", 0.5), _entry("2026-02-01", 0.3, "LOWERED: new harder docs")]
    assert silent_lowerings(entries) == []


def test_raising_floors_needs_no_special_reason() -> None:
    assert silent_lowerings([_entry("2026-01-01", 0.2), _entry("2026-02-01", 0.6)]) == []


def test_a_score_below_its_floor_is_a_violation() -> None:
    floors = {"all": {"recall": 0.8, "precision": 0.5}, "fr": {"recall": 0.7}}
    scores = {"all": {"recall": 0.81, "precision": 0.49}, "fr": {"recall": 0.7}}
    assert floor_violations(scores, floors) == ["all precision 0.490 < floor 0.500"]


# ---------------------------------------------------------------- scoring rules (as score.py)

ALIASES = {"NONSTATE": ("gunmen", "jnim"), "CIVILIANS": ("civilian",), "FAMA": ("malian army",)}


def _gold(**overrides: Any) -> GoldEvent:
    raw: dict[str, Any] = {
        "id": "g1",
        "required": True,
        "window": ["2024-05-14", "2024-05-15"],
        "locations": ["Ségou", "Segou"],
        "admin1": ["Segou"],
        "types": ["Violence against civilians"],
        "actors": ["NONSTATE", "CIVILIANS"],
        "fatalities": 5,
    }
    raw.update(overrides)
    return GoldEvent.from_json({k: v for k, v in raw.items() if v is not None}, "test")


def _record(**overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "event_date": "2024-05-14",
        "event_type": "Violence against civilians",
        "location": "SEGOU",
        "admin1": "Ségou",
        "actor1": "Unidentified Gunmen (Mali)",
        "actor2": "Civilians (Mali)",
        "fatalities": 5,
    }
    record.update(overrides)
    return record


def _score(events: list[GoldEvent], records: list[dict[str, Any]]) -> dict[str, float]:
    tally, _ = score_doc(
        GoldDoc("en_01_x.txt", "2024-05-16", "en", tuple(events)), records, ALIASES
    )
    return tally.scores()


def test_a_matching_event_scores_on_every_metric() -> None:
    assert _score([_gold()], [_record()]) == dict.fromkeys(METRICS, 1.0)


@pytest.mark.parametrize(
    "change",
    [
        {"event_date": "2024-05-16"},
        {"event_type": "Battles"},
        {"location": "Sokolo"},
        {"event_date": "not a date"},
    ],
)
def test_date_type_and_place_must_all_match(change: dict[str, Any]) -> None:
    scores = _score([_gold()], [_record(**change)])
    assert scores["recall"] == 0.0


def test_an_optional_event_excuses_a_system_event_but_is_not_recalled() -> None:
    optional = _gold(id="g2", required=False, window=["2012-01-01", "2012-12-31"], locations=None)
    scores = _score([_gold(), optional], [_record(), _record(event_date="2012-03-22")])
    assert scores["precision"] == 1.0
    assert _score([_gold()], [_record(), _record(event_date="2012-03-22")])["precision"] == 0.5


def test_precision_ignores_events_of_non_violent_types() -> None:
    scores = _score([_gold()], [_record(), _record(event_type="Protests", location="Bamako")])
    assert scores["precision"] == 1.0


def test_fatalities_accept_the_sum_or_any_single_event() -> None:
    gold = _gold(fatalities=None, fatalities_any=[9])
    assert _score([gold], [_record(fatalities=4), _record(fatalities=5)])["fatalities"] == 1.0
    assert _score([gold], [_record(fatalities=9), _record(fatalities=2)])["fatalities"] == 1.0
    assert _score([gold], [_record(fatalities=4), _record(fatalities=6)])["fatalities"] == 0.0


def test_actors_need_every_key_among_the_four_actor_fields() -> None:
    gold = _gold()
    assert _score([gold], [_record(actor2="", assoc_actor_2="Civilians (Mali)")])["actors"] == 1.0
    assert _score([gold], [_record(actor2="Military Forces of Mali")])["actors"] == 0.0


def test_admin1_is_compared_without_accents() -> None:
    assert _score([_gold()], [_record(admin1="SÉGOU")])["admin1"] == 1.0
    assert _score([_gold()], [_record(admin1="Mopti")])["admin1"] == 0.0


def test_misses_false_positives_and_wrong_fields_are_listed() -> None:
    doc = GoldDoc("en_01_x.txt", "2024-05-16", "en", (_gold(), _gold(id="g2")))
    records = [_record(fatalities=1), _record(location="Gao")]
    _, findings = score_doc(doc, records, ALIASES)
    kinds = sorted(f.kind for f in findings)
    assert kinds == ["FP", "WRONG", "WRONG"]
    missing = score_doc(doc, [], ALIASES)[1]
    assert [f.kind for f in missing] == ["MISS", "MISS"]


def test_an_unknown_actor_key_in_the_gold_is_an_error(tmp_path: Path) -> None:
    gold = {"docs": [{"file": "en_01_x.txt", "published": "2024-05-16", "events": [
        {"id": "g", "required": True, "window": ["2024-05-14", "2024-05-14"],
         "locations": None, "types": ["Battles"], "actors": ["NOSUCHKEY"]}]}]}  # fmt: skip
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "aliases.json").write_text(json.dumps({"FAMA": ["fama"]}), encoding="utf-8")
    with pytest.raises(GateFileError, match="NOSUCHKEY"):
        evaluate(tmp_path / "gold.json", tmp_path, tmp_path / "aliases.json", lambda p, d: [])


def test_the_gate_passes_each_article_its_gold_publication_date(tmp_path: Path) -> None:
    calls: list[tuple[str, str]] = []

    def extractor(path: Path, published: str) -> list[dict[str, Any]]:
        calls.append((path.name, published))
        return [_record(event_date="2024-05-14", location="Segou")]

    gold = {"docs": [{"file": "fr_01_x.txt", "published": "2024-05-16", "events": [
        {"id": "g", "required": True, "window": ["2024-05-14", "2024-05-14"],
         "locations": ["Ségou"], "types": ["Violence against civilians"]}]}]}  # fmt: skip
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "aliases.json").write_text("{}", encoding="utf-8")
    result = evaluate(tmp_path / "gold.json", tmp_path, tmp_path / "aliases.json", extractor)
    assert calls == [("fr_01_x.txt", "2024-05-16")]
    assert result.scores()["fr"]["recall"] == 1.0


# ---------------------------------------------------------------- parity with the shared scorer


def _shared_scorer() -> ModuleType:
    if not SHARED_SCORER.exists():
        pytest.skip(f"{SHARED_SCORER} is not on this machine")
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PARITY_CASES = [
    _record(),
    _record(location="Ségou "),
    _record(event_date="2024-05-15T23:00:00"),
    _record(event_date="2024-05-16"),
    _record(event_type="violence against CIVILIANS"),
    _record(event_type="Battles"),
    _record(actor1="JNIM", actor2=""),
    _record(fatalities=None),
    _record(fatalities="7"),
]


@pytest.mark.parametrize("record", PARITY_CASES)
def test_matching_agrees_with_the_shared_scorer(record: dict[str, Any]) -> None:
    shared = _shared_scorer()
    raw = {
        "id": "g1",
        "required": True,
        "window": ["2024-05-14", "2024-05-15"],
        "locations": ["Ségou"],
        "types": ["Violence against civilians"],
        "actors": ["NONSTATE", "CIVILIANS"],
        "fatalities_any": [5, 7],
    }
    gold = GoldEvent.from_json(raw, "test")
    shared_aliases = {k: list(v) for k, v in ALIASES.items()}
    assert matches(gold, record) == shared.matches(raw, record)
    assert actors_ok(gold.actors, record, ALIASES) == shared.actors_ok(
        raw["actors"], record, shared_aliases
    )
    assert fatalities_ok(gold, [record]) == shared.fatalities_ok(raw, [record])
    assert norm(record["location"]) == shared.norm(record["location"])


def test_the_alias_file_is_normalised_on_load() -> None:
    aliases = load_aliases()
    assert all(alias == norm(alias) for spellings in aliases.values() for alias in spellings)
