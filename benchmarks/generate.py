"""Deterministic generator of realistic news articles about conflict in Mali, EN and FR.

``generate(n, lang, seed)`` gives ``n`` articles of 300-900 words: a headline, sometimes a
byline, a dateline, 4-12 paragraphs mixing event sentences, quotes and background, a
photo caption and boilerplate ("Read more", "Lire aussi"). Places are real Malian
places of the packaged gazetteer; actors are phrases around aliases of the packaged actor
lexicon; tolls come in digits and in words. The same (n, lang, seed) always gives the
same articles.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources

from benchmarks import templates_en as en
from benchmarks import templates_fr as fr
from sahelwatch.geo.gazetteer import load_gazetteer
from sahelwatch.geo.place import Place

LANGS = ("en", "fr")
MIN_WORDS, MAX_WORDS = 300, 900
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 4, 12
CONFLICT_REGIONS = frozenset({"Mopti", "Segou", "Timbuktu", "Gao", "Kidal", "Menaka"})
FIRST_DAY, LAST_DAY = dt.date(2019, 1, 1), dt.date(2025, 6, 30)


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    text: str  # headline on the first line, as sahelwatch reads .txt articles
    published: dt.date
    lang: str


@dataclass(frozen=True, slots=True)
class Templates:
    """One language's templates and vocabulary."""

    attackers: tuple[tuple[str, bool], ...]  # (phrase, plural)
    verbs: dict[str, tuple[str, str]]  # slot -> (singular, plural)
    army: tuple[str, ...]
    russians: tuple[str, ...]
    victims: tuple[str, ...]
    outlets: tuple[str, ...]
    cities: tuple[str, ...]
    weekdays: tuple[str, ...]
    months: tuple[str, ...]
    when: tuple[str, ...]
    headlines: tuple[str, ...]
    leads: tuple[str, ...]
    details: tuple[str, ...]
    quotes: tuple[str, ...]
    background: tuple[str, ...]
    captions: tuple[str, ...]
    boilerplate: tuple[str, ...]
    bylines: tuple[str, ...]
    dateline: str
    number_words: Callable[[int], str]


TEMPLATES = {
    "en": Templates(
        tuple((a, True) for a in en.ATTACKERS), {}, en.ARMY, en.RUSSIANS, en.VICTIMS,
        en.OUTLETS, en.CITIES, en.WEEKDAYS, en.MONTHS, en.WHEN, en.HEADLINES, en.LEADS,
        en.DETAILS, en.QUOTES, en.BACKGROUND, en.CAPTIONS, en.BOILERPLATE, en.BYLINES,
        en.DATELINE, en.number_words,
    ),
    "fr": Templates(
        fr.ATTACKERS, fr.VERBS, fr.ARMY, fr.RUSSIANS, fr.VICTIMS, fr.OUTLETS, fr.CITIES,
        fr.WEEKDAYS, fr.MONTHS, fr.WHEN, fr.HEADLINES, fr.LEADS, fr.DETAILS, fr.QUOTES,
        fr.BACKGROUND, fr.CAPTIONS, fr.BOILERPLATE, fr.BYLINES, fr.DATELINE, fr.number_words,
    ),
}  # fmt: skip


def generate(n: int, lang: str, seed: int = 0) -> list[GeneratedArticle]:
    """``n`` articles in ``lang`` ("en" or "fr"), the same for the same seed."""
    if lang not in TEMPLATES:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    rng = random.Random(f"{lang}:{seed}")
    towns, villages = places()
    return [_article(rng, TEMPLATES[lang], lang, towns, villages) for _ in range(n)]


@functools.cache
def places() -> tuple[tuple[Place, ...], tuple[Place, ...]]:
    """Malian towns (admin seats, curated or populous) and villages of conflict regions."""
    unique = {p for candidates in load_gazetteer().exact.values() for p in candidates}
    malian = sorted(
        (p for p in unique if p.country_code == "ML" and p.feature_class == "P"),
        key=lambda p: (p.name, p.geonameid),
    )
    towns = tuple(
        p
        for p in malian
        if p.feature_code.startswith("PPLA") or p.population >= 5000 or p.geonameid < 0
    )
    villages = tuple(
        p
        for p in malian
        if p not in towns and p.admin1 in CONFLICT_REGIONS and len(p.name) >= 4 and p.admin2
    )
    return towns, villages


def _article(
    rng: random.Random,
    t: Templates,
    lang: str,
    towns: Sequence[Place],
    villages: Sequence[Place],
) -> GeneratedArticle:
    published = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
    slots = _slots(rng, t, published, towns, villages)

    def fill(template: str) -> str:
        return template.format_map(slots)

    headline = fill(rng.choice(t.headlines))
    paragraphs = [fill(rng.choice(t.leads))]
    pool = [*t.details, *t.quotes, *t.background]
    rng.shuffle(pool)
    words = len(headline.split()) + len(paragraphs[0].split())
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    while pool and len(paragraphs) < MAX_PARAGRAPHS:
        size = 1 if pool[-1] in t.quotes else rng.randint(2, 4)
        paragraph = " ".join(fill(pool.pop()) for _ in range(min(size, len(pool))))
        grown = words + len(paragraph.split())
        if grown > MAX_WORDS or (words >= target and len(paragraphs) >= MIN_PARAGRAPHS):
            break
        paragraphs.append(paragraph)
        words = grown
    paragraphs.insert(rng.randint(1, len(paragraphs)), fill(rng.choice(t.captions)))
    extras = rng.sample(t.boilerplate, rng.randint(1, 2))
    byline = fill(rng.choice(t.bylines))
    blocks = [headline, *([byline] if byline else []), *paragraphs, *map(fill, extras)]
    return GeneratedArticle(text="\n\n".join(blocks) + "\n", published=published, lang=lang)


def _slots(
    rng: random.Random,
    t: Templates,
    published: dt.date,
    towns: Sequence[Place],
    villages: Sequence[Place],
) -> dict[str, str]:
    place = rng.choice(towns) if rng.random() < 0.6 else rng.choice(villages)
    place2 = rng.choice(towns)
    event_day = published - dt.timedelta(days=rng.randint(0, 5))
    attacker, plural = rng.choice(t.attackers)
    toll, n = rng.choice((rng.randint(2, 20), rng.randint(2, 70))), rng.randint(2, 15)
    city = rng.choice(t.cities)
    date_words = {
        "weekday": t.weekdays[event_day.weekday()],
        "month": t.months[event_day.month - 1],
        "day": str(event_day.day),
    }
    slots = {
        "place": place.name,
        "place2": place2.name,
        "region": place.admin1,
        "when": rng.choice(t.when).format_map(date_words),
        "toll": str(toll),
        "toll_words": t.number_words(toll),
        "n": str(n),
        "n_words": t.number_words(n),
        "attacker": attacker,
        "army": rng.choice(t.army),
        "russians": rng.choice(t.russians),
        "victims": rng.choice(t.victims),
        "outlet": rng.choice(t.outlets),
        "year": str(rng.randint(2015, published.year)),
        "city": city,
        "city_title": city.title(),
        "month": t.months[published.month - 1],
        "day": str(published.day),
    }
    slots["dateline"] = t.dateline.format_map(slots)
    for name in ("attacker", "army", "russians", "n_words"):
        slots[f"{name}_cap"] = slots[name][:1].upper() + slots[name][1:]
    for slot, (singular, plural_form) in t.verbs.items():
        slots[slot] = plural_form if plural else singular
    return slots


def actor_phrases_without_alias(lang: str) -> list[str]:
    """Actor phrases of the templates that contain no alias of the packaged lexicon."""
    raw = resources.files("sahelwatch.data").joinpath("actors.json").read_text(encoding="utf-8")
    aliases = {alias for actor in json.loads(raw)["actors"] for alias in actor[lang]}
    t = TEMPLATES[lang]
    phrases = [a for a, _ in t.attackers] + [*t.army, *t.russians, *t.victims]
    return [p for p in phrases if not any(alias in p for alias in aliases)]
