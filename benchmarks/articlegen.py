"""Synthetic news articles (English and French) naming real Malian towns, for ingest tests
and benchmarks. Deterministic: the same count and seed give the same articles."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

# (town, region) pairs the packaged gazetteer knows.
TOWNS = (
    ("Nampala", "Segou"),
    ("Niono", "Segou"),
    ("Macina", "Segou"),
    ("Diabaly", "Segou"),
    ("Sokolo", "Segou"),
    ("Bandiagara", "Mopti"),
    ("Douentza", "Mopti"),
    ("Boni", "Mopti"),
    ("Bankass", "Mopti"),
    ("Koro", "Mopti"),
    ("Djenne", "Mopti"),
    ("Tenenkou", "Mopti"),
    ("Hombori", "Mopti"),
    ("Ansongo", "Gao"),
    ("Bourem", "Gao"),
    ("Goundam", "Tombouctou"),
)
_EN = (
    "Gunmen kill {n} civilians in {town}\n\n"
    "BAMAKO, {date_en} (Sahel Wire) - Gunmen on motorbikes killed {n} civilians in the village "
    "of {town}, in Mali's {region} region, on {weekday_en}, a local official said. "
    "Houses were burned and cattle taken. (Desk {ref})",
    "Militants attack army post in {town}, {n} soldiers dead\n\n"
    "BAMAKO, {date_en} (Sahel Wire) - Islamist militants attacked the army post in {town}, "
    "in central Mali's {region} region, on {weekday_en}, killing {n} soldiers, the army said "
    "in a statement. (Desk {ref})",
)
_FR = (
    "{town} : {n} civils tués par des hommes armés\n\n"
    "BAMAKO, {date_fr} - Des hommes armés ont tué {n} civils dans le village de {town}, "
    "dans la région de {region}, {weekday_fr}, a indiqué un élu local. (Réf. {ref})",
    "Attaque contre le poste militaire de {town} : {n} soldats tués\n\n"
    "BAMAKO, {date_fr} - Des jihadistes ont attaqué le poste militaire de {town}, dans la "
    "région de {region}, {weekday_fr}, tuant {n} soldats, selon un communiqué de l'armée. "
    "(Réf. {ref})",
)
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip


@dataclass(frozen=True, slots=True)
class SyntheticArticle:
    text: str
    url: str
    published: dt.date
    lang: str
    outlet: str


def generate(count: int, seed: int = 4) -> list[SyntheticArticle]:
    """``count`` short articles, about half in French, each reporting one event."""
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    articles = []
    for index in range(count):
        town, region = rng.choice(TOWNS)
        published = start + dt.timedelta(days=rng.randrange(365))
        event_day = published - dt.timedelta(days=1)
        lang = "fr" if rng.random() < 0.5 else "en"
        template = rng.choice(_FR if lang == "fr" else _EN)
        text = template.format(
            n=rng.randrange(2, 30),
            town=town,
            region=region,
            ref=f"{index:05d}",
            date_en=f"{_MONTHS_EN[published.month - 1]} {published.day}",
            date_fr=f"{published.day} {_MONTHS_FR[published.month - 1]}",
            weekday_en=_WEEKDAYS_EN[event_day.weekday()],
            weekday_fr=_WEEKDAYS_FR[event_day.weekday()],
        )
        outlet = "Sahel Wire" if lang == "en" else "L'Écho du Sahel"
        url = f"https://news.example.org/{published.isoformat()}/{index:05d}"
        articles.append(SyntheticArticle(text, url, published, lang, outlet))
    return articles


def write_manifest(folder: Path, articles: list[SyntheticArticle]) -> Path:
    """Write the articles as .txt files plus a manifest.jsonl listing them; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for index, article in enumerate(articles):
        name = f"a{index:05d}.txt"
        (folder / name).write_text(article.text, encoding="utf-8")
        entry = {
            "path": name,
            "url": article.url,
            "published": article.published.isoformat(),
            "lang": article.lang,
            "source": article.outlet,
        }
        lines.append(json.dumps(entry, ensure_ascii=False))
    manifest = folder / "manifest.jsonl"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest
