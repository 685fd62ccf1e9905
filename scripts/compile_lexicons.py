#!/usr/bin/env python3
"""Compile the hand-edited word lists in data-src/lexicon/ into packaged JSON.

    python scripts/compile_lexicons.py            # write src/sahelwatch/data/*.json
    python scripts/compile_lexicons.py --check    # exit 1 if the packaged copy drifted

The YAML sources are validated here (unknown sections, wrong types, ACLED types that do
not exist, duplicate aliases) so the runtime can trust the compiled files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "data-src" / "lexicon"
TARGET_DIR = ROOT / "src" / "sahelwatch" / "data"
LANGUAGES = ("en", "fr")

sys.path.insert(0, str(ROOT / "src"))
from sahelwatch.model import SUB_EVENT_TYPES  # noqa: E402

LANGUAGE_SECTIONS = {
    "months": dict,
    "month_abbreviations": dict,
    "weekdays": dict,
    "numbers": dict,
    "vague_numbers": dict,
    "approximators": list,
    "outcomes": dict,
    "victims": dict,
    "military_targets": list,
    "civilian_targets": list,
    "aircraft": list,
    "triggers": list,
    "speech_verbs": list,
    "sources": dict,
    "background_cues": list,
    "function_words": list,
    "country_names": list,
    "relative_days": dict,
    "durations": dict,
    "day_parts": list,
    "furniture_lines": list,
    "furniture_tails": list,
}
OUTCOMES = {"killed", "wounded", "missing", "dead_or_missing", "captured"}
VICTIMS = {"soldiers", "peacekeepers", "foreign_troops", "civilians", "attackers", "people"}
ACTOR_KINDS = {
    "state",
    "state_generic",
    "armed",
    "armed_vague",
    "militia_vague",
    "external",
    "auxiliary",
    "civilians",
    "protesters",
    "rioters",
}
# Trigger sub-types that are resolved at extraction time rather than fixed in the list.
RESOLVED_SUB_TYPES = {"territory"}


class LexiconError(ValueError):
    """A source file breaks the lexicon schema; the message names the file and entry."""


def _words(values: Any, where: str) -> list[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise LexiconError(f"{where}: expected a list of non-empty strings")
    return sorted({v.strip() for v in values})


def compile_language(lang: str, source: dict[str, Any]) -> dict[str, Any]:
    where = f"data-src/lexicon/{lang}.yaml"
    unknown = set(source) - set(LANGUAGE_SECTIONS)
    missing = set(LANGUAGE_SECTIONS) - set(source)
    if unknown or missing:
        raise LexiconError(
            f"{where}: unknown sections {sorted(unknown)}, missing {sorted(missing)}"
        )
    for name, kind in LANGUAGE_SECTIONS.items():
        if not isinstance(source[name], kind):
            raise LexiconError(f"{where}: section {name} must be a {kind.__name__}")
    out: dict[str, Any] = {"language": lang}
    out["months"] = _int_map(source["months"], f"{where} months", 1, 12)
    out["month_abbreviations"] = _int_map(
        source["month_abbreviations"], f"{where} month_abbreviations", 1, 12
    )
    out["weekdays"] = _int_map(source["weekdays"], f"{where} weekdays", 0, 6)
    out["numbers"] = _int_map(source["numbers"], f"{where} numbers", 1, 10_000)
    out["vague_numbers"] = _int_map(source["vague_numbers"], f"{where} vague_numbers", 1, 1000)
    out["durations"] = _int_map(source["durations"], f"{where} durations", 1, 366)
    for name in (
        "approximators",
        "military_targets",
        "civilian_targets",
        "aircraft",
        "speech_verbs",
        "background_cues",
        "function_words",
        "country_names",
        "day_parts",
    ):
        out[name] = _words(source[name], f"{where} {name}")
    out["furniture_lines"] = list(source["furniture_lines"])
    out["furniture_tails"] = list(source["furniture_tails"])
    out["outcomes"] = _keyed_words(source["outcomes"], OUTCOMES, f"{where} outcomes")
    out["victims"] = _keyed_words(source["victims"], VICTIMS, f"{where} victims")
    out["sources"] = {
        k: _words(v, f"{where} sources.{k}") for k, v in sorted(source["sources"].items())
    }
    out["relative_days"] = _relative_days(source["relative_days"], f"{where} relative_days")
    out["triggers"] = [
        _trigger(t, f"{where} triggers[{i}]") for i, t in enumerate(source["triggers"])
    ]
    return out


def _int_map(values: dict[str, Any], where: str, low: int, high: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, value in values.items():
        if not isinstance(value, int) or not low <= value <= high:
            raise LexiconError(f"{where}: {key!r} must map to a whole number {low}..{high}")
        out[str(key).strip()] = value
    return dict(sorted(out.items()))


def _keyed_words(values: dict[str, Any], allowed: set[str], where: str) -> dict[str, list[str]]:
    unknown = set(values) - allowed
    if unknown:
        raise LexiconError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(allowed)}")
    return {k: _words(v, f"{where}.{k}") for k, v in sorted(values.items())}


def _relative_days(values: dict[str, Any], where: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for key, value in values.items():
        if not (
            isinstance(value, list)
            and len(value) in (2, 3)
            and value[1] in (1, 2, 3)
            and (len(value) == 2 or value[2] in range(7))
        ):
            raise LexiconError(
                f"{where}: {key!r} must be [offset_days, time_precision 1..3(, weekday 0..6)]"
            )
        out[str(key)] = [int(v) for v in value]
    return dict(sorted(out.items()))


def _trigger(entry: dict[str, Any], where: str) -> dict[str, Any]:
    event_type, sub_type = entry.get("type"), entry.get("sub_type")
    if event_type not in SUB_EVENT_TYPES:
        raise LexiconError(f"{where}: unknown ACLED event type {event_type!r}")
    if sub_type not in SUB_EVENT_TYPES[event_type] and sub_type not in RESOLVED_SUB_TYPES:
        raise LexiconError(f"{where}: {sub_type!r} is not a sub-event type of {event_type}")
    return {
        "words": _words(entry.get("words"), f"{where}.words"),
        "type": event_type,
        "sub_type": sub_type,
        "by_target": bool(entry.get("by_target", False)),
    }


def compile_actors(source: dict[str, Any]) -> dict[str, Any]:
    where = "data-src/lexicon/actors.yaml"
    actors = []
    names: set[str] = set()
    for i, entry in enumerate(source["actors"]):
        name = entry.get("name")
        if not isinstance(name, str) or name in names:
            raise LexiconError(f"{where}: actors[{i}] has a missing or duplicate name {name!r}")
        names.add(name)
        if entry.get("kind") not in ACTOR_KINDS:
            raise LexiconError(f"{where}: {name}: kind must be one of {sorted(ACTOR_KINDS)}")
        if entry.get("inter") not in range(1, 9):
            raise LexiconError(f"{where}: {name}: inter must be an ACLED inter code 1..8")
        periods = [
            {"from": _iso(p["from"], f"{where}: {name}"), "name": str(p["name"])}
            for p in entry.get("periods", [])
        ]
        if [p["from"] for p in periods] != sorted(p["from"] for p in periods):
            raise LexiconError(f"{where}: {name}: periods must be in date order")
        actors.append(
            {
                "name": name,
                "inter": entry["inter"],
                "kind": entry["kind"],
                "periods": periods,
                "parent": entry.get("parent", ""),
                "country": entry.get("country", ""),
                "generic": bool(entry.get("generic", False)),
                "en": _words(entry.get("en", []), f"{where}: {name}.en") if entry.get("en") else [],
                "fr": _words(entry.get("fr", []), f"{where}: {name}.fr") if entry.get("fr") else [],
            }
        )
    for actor in actors:
        if actor["parent"] and actor["parent"] not in names:
            raise LexiconError(f"{where}: {actor['name']}: unknown parent {actor['parent']!r}")
    return {
        "actors": actors,
        "nationalities": _by_language(source["nationalities"], f"{where} nationalities"),
        "nationality_nouns": {
            lang: _words(source["nationality_nouns"][lang], f"{where} nationality_nouns.{lang}")
            for lang in LANGUAGES
        },
        "ethnic_groups": _by_language(source["ethnic_groups"], f"{where} ethnic_groups"),
    }


def _iso(value: Any, where: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError as error:
        raise LexiconError(f"{where}: {value!r} is not a YYYY-MM-DD date") from error


def _by_language(values: dict[str, Any], where: str) -> dict[str, dict[str, list[str]]]:
    return {
        key: {lang: _words(entry[lang], f"{where}.{key}.{lang}") for lang in LANGUAGES}
        for key, entry in sorted(values.items())
    }


def compiled_files() -> dict[str, str]:
    """File name -> the exact text the packaged copy must have."""
    files: dict[str, Any] = {}
    for lang in LANGUAGES:
        source = yaml.safe_load((SOURCE_DIR / f"{lang}.yaml").read_text(encoding="utf-8"))
        files[f"lexicon_{lang}.json"] = compile_language(lang, source)
    actors = yaml.safe_load((SOURCE_DIR / "actors.yaml").read_text(encoding="utf-8"))
    files["actors.json"] = compile_actors(actors)
    return {
        name: json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        for name, data in files.items()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the packaged copy drifted")
    args = parser.parse_args()
    drifted = []
    for name, text in compiled_files().items():
        target = TARGET_DIR / name
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == text:
            continue
        drifted.append(name)
        if not args.check:
            target.write_text(text, encoding="utf-8")
    if args.check and drifted:
        sys.stderr.write(f"drifted: {', '.join(drifted)}; run python scripts/compile_lexicons.py\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
