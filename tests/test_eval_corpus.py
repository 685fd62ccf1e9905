"""The eval corpus itself: enough articles, realistic ones, and gold a scorer can trust."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from sahelwatch import read_article
from sahelwatch.model import SUB_EVENT_TYPES
from tests.eval_gate import ALIASES_PATH, ARTICLES_DIR, GOLD_PATH, evaluate, language_of

SHARED_DEV_ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "articles"
DOC_KEYS = {"file", "published", "url", "events"}
EVENT_KEYS = {"id", "required", "window", "locations", "admin1", "types", "actors"}
FATALITY_KEYS = {"fatalities", "fatalities_any"}
SHINGLE = 10  # this many words in a row shared with a dev article would be copying


@cache
def gold_docs() -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = json.loads(GOLD_PATH.read_text(encoding="utf-8"))["docs"]
    return docs


def all_events() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(doc, event) for doc in gold_docs() for event in doc["events"]]


def article_files() -> list[Path]:
    return sorted(p for p in ARTICLES_DIR.iterdir() if p.suffix in {".txt", ".html"})


def test_enough_articles_in_each_language_and_some_html_pages() -> None:
    langs = Counter(language_of(p.name) for p in article_files())
    assert langs["en"] >= 16
    assert langs["fr"] >= 16
    html = [p for p in article_files() if p.suffix == ".html"]
    assert {language_of(p.name) for p in html} == {"en", "fr"}
    assert len(html) >= 3


def test_every_article_has_gold_and_every_gold_doc_an_article() -> None:
    assert sorted(d["file"] for d in gold_docs()) == [p.name for p in article_files()]


def test_article_names_say_language_number_style_and_place() -> None:
    pattern = re.compile(r"^(en|fr)_\d{2,3}_[a-z]+_[a-z0-9_]+\.(txt|html)$")  # en_07, en_100
    assert [p.name for p in article_files() if not pattern.match(p.name)] == []


@pytest.mark.parametrize("path", article_files(), ids=lambda p: p.name)
def test_articles_read_cleanly_with_a_headline_and_a_realistic_length(path: Path) -> None:
    article = read_article(str(path))
    words = len(article.text.split())
    assert 150 <= words <= 700, f"{path.name}: {words} words"
    assert 10 <= len(article.title) <= 200
    assert not article.title.startswith("<")


@pytest.mark.parametrize(
    "path", [p for p in article_files() if p.suffix == ".html"], ids=lambda p: p.name
)
def test_html_pages_give_the_publication_date_of_their_gold(path: Path) -> None:
    published = {d["file"]: d["published"] for d in gold_docs()}[path.name]
    assert read_article(str(path)).published == dt.date.fromisoformat(published)


def test_gold_uses_exactly_the_shared_schema() -> None:
    for doc, event in all_events():
        assert set(doc) == DOC_KEYS, doc["file"]
        extra = set(event) - EVENT_KEYS - FATALITY_KEYS
        assert not extra, f"{event['id']}: unknown keys {extra}"
        assert len(set(event) & FATALITY_KEYS) <= 1, f"{event['id']}: one fatalities key at most"
        assert isinstance(event["required"], bool)
        assert event["locations"] is None or all(isinstance(n, str) for n in event["locations"])


def test_gold_event_ids_are_unique() -> None:
    ids = Counter(event["id"] for _, event in all_events())
    assert [i for i, n in ids.items() if n > 1] == []


def test_gold_windows_are_ordered_and_end_before_publication() -> None:
    for doc, event in all_events():
        first, last = (dt.date.fromisoformat(d) for d in event["window"])
        published = dt.date.fromisoformat(doc["published"])
        assert first <= last <= published, event["id"]


def test_gold_types_and_actor_keys_exist() -> None:
    aliases = json.loads(ALIASES_PATH.read_text(encoding="utf-8"))
    for _, event in all_events():
        assert set(event["types"]) <= set(SUB_EVENT_TYPES), event["id"]
        assert set(event.get("actors") or ()) <= set(aliases), event["id"]


def test_every_article_has_a_required_event_with_a_place() -> None:
    for doc in gold_docs():
        assert any(e["required"] and e["locations"] for e in doc["events"]), doc["file"]


def test_required_violent_events_carry_a_toll_actors_and_admin1() -> None:
    violent = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
    for _, event in all_events():
        if event["required"] and set(event["types"]) <= violent:
            assert set(event) & FATALITY_KEYS, event["id"]
            assert event.get("actors") and event.get("admin1"), event["id"]


def _oracle_record(event: dict[str, Any], aliases: dict[str, list[str]]) -> dict[str, Any]:
    """What a perfect extractor would say about one gold event."""
    names = [aliases[key][0] for key in event.get("actors") or ()]
    return {
        "event_date": event["window"][0],
        "event_type": event["types"][0],
        "location": (event["locations"] or ["Mali"])[0],
        "admin1": (event.get("admin1") or [""])[0],
        "actor1": names[0] if names else "",
        "actor2": "; ".join(names[1:]),
        "fatalities": event.get("fatalities", (event.get("fatalities_any") or [0])[0]),
    }


def test_the_gold_is_coherent_enough_to_be_scored_perfectly() -> None:
    aliases = json.loads(ALIASES_PATH.read_text(encoding="utf-8"))
    docs = {doc["file"]: doc for doc in gold_docs()}

    def oracle(path: Path, published: str) -> list[dict[str, Any]]:
        assert published == docs[path.name]["published"]
        required = (e for e in docs[path.name]["events"] if e["required"])
        return [_oracle_record(event, aliases) for event in required]

    scores = evaluate(extractor=oracle).scores()
    assert scores == {scope: dict.fromkeys(metrics, 1.0) for scope, metrics in scores.items()}


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def test_no_sentence_is_copied_from_the_copyrighted_dev_articles() -> None:
    if not SHARED_DEV_ARTICLES.is_dir():
        pytest.skip(f"{SHARED_DEV_ARTICLES} is not on this machine")
    dev: set[tuple[str, ...]] = set()
    for path in SHARED_DEV_ARTICLES.iterdir():
        dev |= _shingles(path.read_text(encoding="utf-8"))
    overlap = sorted((ARTICLES_DIR.parents[1] / "fixtures" / "overlap").glob("*.txt"))
    for path in article_files() + overlap:
        copied = _shingles(read_article(str(path)).text) & dev
        assert not copied, f"{path.name} repeats a dev article: {' '.join(next(iter(copied)))}"
