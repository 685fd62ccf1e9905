"""The packaged word lists and actor lexicon, loaded once per language on first use."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from sahelwatch.errors import DataFileError, UnsupportedLanguageError
from sahelwatch.extraction.text import (
    exact_regex,
    fold,
    is_acronym,
    phrase_alternation,
    phrase_regex,
)

LANGUAGES = ("en", "fr")
COUNTRY_NAMES = {"ML": "Mali", "BF": "Burkina Faso", "NE": "Niger", "MR": "Mauritania"}


def _load_json(name: str) -> Any:
    try:
        text = resources.files("sahelwatch.data").joinpath(name).read_text(encoding="utf-8")
        return json.loads(text)
    except (OSError, ValueError) as error:
        raise DataFileError(
            f"packaged data file {name} is missing or corrupt ({error}); reinstall sahelwatch "
            "or run `python scripts/compile_lexicons.py` in a checkout"
        ) from error


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the lexicon; ``canonical`` gives its ACLED name for an event."""

    name: str
    inter: int
    kind: str
    periods: tuple[tuple[dt.date, str], ...] = ()
    parent: str = ""
    country: str = ""  # ISO code for state forces of one country
    generic: bool = False
    nationality: str = ""  # "China" for Civilians (China)
    ethnic: str = ""  # "Fulani" for Fulani civilians

    def canonical(self, on: dt.date, country: str) -> str:
        """ACLED name on a date, for an event in ``country`` (an ACLED country name)."""
        name = self.name
        for start, period_name in self.periods:
            if start <= on:
                name = period_name
        if self.nationality:
            return f"Civilians ({self.nationality})"
        return name.replace("{country}", country)

    @property
    def is_state(self) -> bool:
        return self.kind in ("state", "state_generic")

    @property
    def is_force(self) -> bool:
        """Government forces, foreign forces beside them, or their armed auxiliaries."""
        return self.kind in ("state", "state_generic", "external", "auxiliary")

    @property
    def is_armed_nonstate(self) -> bool:
        return self.kind in ("armed", "armed_vague", "militia_vague")

    @property
    def is_vague(self) -> bool:
        return self.kind in ("armed_vague", "militia_vague", "state_generic") or self.generic


@dataclass(frozen=True, slots=True)
class ActorPatterns:
    """Regexes that find actor mentions, and which entry each alias names."""

    folded: re.Pattern[str]  # case-insensitive aliases, run on folded text
    exact: re.Pattern[str]  # acronyms, run on the original text
    by_alias: dict[str, ActorEntry]  # folded alias (or exact acronym) -> entry
    nationality: re.Pattern[str]  # "Chinese nationals" on folded text
    nationality_by_word: dict[str, str]
    ethnic: re.Pattern[str]
    ethnic_by_word: dict[str, str]


@functools.cache
def load_language(lang: str) -> dict[str, Any]:
    """The compiled word lists of one language (see data-src/lexicon/)."""
    if lang not in LANGUAGES:
        raise UnsupportedLanguageError(lang)
    data: dict[str, Any] = _load_json(f"lexicon_{lang}.json")
    return data


@functools.cache
def speech_regex(lang: str) -> re.Pattern[str]:
    """Verbs of saying, on folded text; French participles match inflected ("publiée")."""
    words = phrase_alternation(load_language(lang)["speech_verbs"])
    return re.compile(rf"(?<![\w])(?:{words})(?:e?s?)(?![\w])")


@functools.cache
def actor_entries() -> tuple[ActorEntry, ...]:
    data = _load_json("actors.json")
    return tuple(
        ActorEntry(
            name=item["name"],
            inter=item["inter"],
            kind=item["kind"],
            periods=tuple((dt.date.fromisoformat(p["from"]), p["name"]) for p in item["periods"]),
            parent=item["parent"],
            country=item["country"],
            generic=item["generic"],
        )
        for item in data["actors"]
    )


@functools.cache
def actor_by_name(name: str) -> ActorEntry | None:
    return next((a for a in actor_entries() if a.name == name), None)


_ONE_OR_FEW = {
    "en": "an?|one|two|three|four",
    "fr": "un|une|deux|trois|quatre",
}


@functools.cache
def actor_patterns(lang: str) -> ActorPatterns:
    if lang not in LANGUAGES:
        raise UnsupportedLanguageError(lang)
    data = _load_json("actors.json")
    entries = {a.name: a for a in actor_entries()}
    by_alias: dict[str, ActorEntry] = {}
    folded_aliases, exact_aliases = [], []
    for item in data["actors"]:
        entry = entries[item["name"]]
        for alias in item[lang]:
            if is_acronym(alias):
                exact_aliases.append(alias)
                by_alias.setdefault(alias, entry)
            else:
                folded_aliases.append(alias)
                by_alias.setdefault(fold(alias), entry)
    nationality_by_word = {
        fold(word): country
        for country, words in data["nationalities"].items()
        for word in words[lang]
    }
    ethnic_by_word = {
        fold(word): group for group, words in data["ethnic_groups"].items() for word in words[lang]
    }
    nouns = data["nationality_nouns"][lang]
    nat = "|".join(re.escape(w) for w in sorted(nationality_by_word, key=len, reverse=True))
    noun = "|".join(re.escape(fold(n)) for n in sorted(nouns, key=len, reverse=True))
    nationality = (
        rf"(?<!\w)(?P<nat>{nat})\s+(?:{noun})(?!\w)"
        if lang == "en"
        else rf"(?<!\w)(?:{noun})\s+(?P<nat>{nat})(?!\w)"
    )
    # a person named by nationality alone: "un Italien et un Allemand", "an Italian"
    nationality += rf"|(?<!\w)(?:{_ONE_OR_FEW[lang]})\s+(?P<nat2>{nat})(?!\w)(?!\s+(?:{noun}))"
    return ActorPatterns(
        folded=phrase_regex(folded_aliases),
        exact=exact_regex(exact_aliases),
        by_alias=by_alias,
        nationality=re.compile(nationality),
        nationality_by_word=nationality_by_word,
        ethnic=phrase_regex(ethnic_by_word),
        ethnic_by_word=ethnic_by_word,
    )


@functools.cache
def nationality_lead_words(lang: str) -> tuple[str, ...]:
    """Folded words and phrases that may stand just before a nationality word in
    ``actor_patterns(lang).nationality`` (counts, nouns: "un Italien", "ressortissants
    chinois"): a scan for those mentions may start from the nationality words it finds."""
    counts = [word.replace("?", "") for word in _ONE_OR_FEW[lang].split("|")]  # "an?": "an"
    nouns = [fold(noun) for noun in _load_json("actors.json")["nationality_nouns"][lang]]
    return tuple(counts + nouns)
