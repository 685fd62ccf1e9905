"""The packaged gazetteer: names to places, spelling-tolerant, with disambiguation.

Built by scripts/build_gazetteer.py from GeoNames (CC BY 4.0) and curated additions. A
name is looked up exactly (case, accents, hyphens and spaces ignored), or by its spelling
key, which forgives the ways news spells Sahelian names ("Tessett"/"Tessit",
"Boulkessy"/"Boulkessi", "Diallassago"/"Diallassagou", "Tin Zaouatene"/"Tinzaouaten").
"""

from __future__ import annotations

import functools
import gzip
import logging
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from importlib import resources

from sahelwatch.errors import DataFileError
from sahelwatch.geo.place import Place

log = logging.getLogger(__name__)

COUNTRY_NAMES = {"ML": "Mali", "BF": "Burkina Faso", "NE": "Niger", "MR": "Mauritania"}
EXACT, VARIANT, NEAR_VARIANT = 1.0, 0.8, 0.6
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_RANK = {"PPLC": 0, "PPLA": 1, "PPLA2": 2, "PPLA3": 3, "PPL": 4, "ADM1": 5, "ADM2": 5}


@functools.lru_cache(maxsize=1 << 16)  # articles repeat their names: key each spelling once
def name_key(text: str) -> str:
    """Exact-lookup key: lower case, no accents, words separated by one space."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(_NON_ALNUM.sub(" ", text).split())


_SPELLING_RULES = (
    (re.compile(r"[^a-z]"), ""),
    (re.compile(r"(?<=[a-z])h"), ""),  # Songho/Songo, Tombouctou/Timbuktu's "kh"
    (re.compile(r"ou"), "u"),
    (re.compile(r"y"), "i"),
    (re.compile(r"dj"), "j"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "u"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=.)[eo]$"), ""),  # Tin Zaouatene/-ten, Diallassago/-gou -> same ending
)


@functools.lru_cache(maxsize=1 << 16)
def spelling_key(text: str) -> str:
    """Key that forgives French/English transcription habits and doubled letters."""
    key = name_key(text)
    for pattern, replacement in _SPELLING_RULES:
        key = pattern.sub(replacement, key)
    return key


def _skeleton(key: str) -> str:
    return key[:1] + re.sub(r"[aeiou]", "", key[1:])


def _one_edit_apart(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


class Gazetteer:
    def __init__(
        self,
        exact: dict[str, list[Place]],
        spelled: dict[str, list[Place]],
        stopwords: frozenset[str],
        max_name_tokens: int,
    ) -> None:
        self.exact = exact
        self.spelled = spelled
        self.stopwords = stopwords
        self.max_name_tokens = max_name_tokens

    @functools.cached_property
    def skeletons(self) -> dict[str, tuple[str, ...]]:
        """Spelling keys by consonant skeleton: candidates one edit away (built on first use)."""
        index: dict[str, list[str]] = {}
        for key in self.spelled:
            if len(key) >= 5:
                index.setdefault(_skeleton(key), []).append(key)
        return {k: tuple(v) for k, v in index.items()}

    def lookup(self, text: str) -> tuple[Place, ...]:
        """Places one of whose names is ``text`` (case, accents, punctuation ignored)."""
        return tuple(self.exact.get(name_key(text), ()))

    def lookup_variant(self, text: str) -> tuple[tuple[Place, float], ...]:
        """Places whose name is spelled like ``text``, with a confidence below 1."""
        key = spelling_key(text)
        if len(key) < 4:
            return ()
        same = self.spelled.get(key)
        if same:
            return tuple((p, VARIANT) for p in same)
        if len(key) < 5:
            return ()
        return self._near_variants(key)

    @functools.lru_cache(maxsize=1 << 14)  # noqa: B019 -- one gazetteer per process, kept for good
    def _near_variants(self, key: str) -> tuple[tuple[Place, float], ...]:
        near = [k for k in self.skeletons.get(_skeleton(key), ()) if _one_edit_apart(k, key)]
        return tuple((p, NEAR_VARIANT) for k in near for p in self.spelled[k])

    def is_stopword(self, text: str) -> bool:
        return name_key(text) in self.stopwords

    def region(self, text: str) -> Place | None:
        """The first-level region named ``text`` ("Tombouctou", "Mopti region")."""
        key = name_key(re.sub(r"(?i)\b(?:region|r[ée]gion\s+de)\b", " ", text))
        return next((p for p in self.exact.get(key, ()) if p.is_region), None)

    def choose(
        self,
        candidates: Sequence[Place],
        *,
        admin1: Iterable[str] = (),
        admin2: Iterable[str] = (),
        near: Sequence[tuple[float, float]] = (),
        prefer_country: str = "ML",
        spelled: str = "",
        landmark: bool = False,
    ) -> Place | None:
        """The candidate an article means: a capital, then one in a region or cercle it
        names, then one in Mali, then one whose own name is as ``spelled`` ("Dori", not the
        village "Dori Yagha" that GeoNames also calls so), then one close to the other places
        it names, then the more important town, then the one in the cercle of its name.
        ``landmark``: the name locates something else ("au nord de Nara"); a place is named
        for that because it is known, so an administrative seat comes before the context."""
        if not candidates:
            return None
        regions, cercles = set(admin1), {name_key(c) for c in admin2}
        seats = _seats_over_hamlets(candidates, prefer_country)

        def named(place: Place) -> tuple[bool, bool, bool, bool, bool, bool]:
            return (
                place.feature_code != "PPLC",  # "Niamey" is the capital, not a hamlet nearby
                landmark and place.feature_code not in _SEAT_CODES,
                name_key(place.admin2) not in cercles,
                place.admin1 not in regions,
                bool(seats) and place not in seats,
                place.country_code != prefer_country,
            )

        # These first keys are cheap and often decide alone: the others (a distance to each
        # place named) are only worked out for the candidates they leave tied, in order.
        keys = [named(place) for place in candidates]
        best = min(keys)
        tied = [place for place, key in zip(candidates, keys, strict=True) if key == best]
        if len(tied) == 1:
            return tied[0]
        points = [(math.radians(lat), math.radians(lon)) for lat, lon in near]

        spelling = name_key(spelled)

        def rank(place: Place) -> tuple[bool, float, int, int, bool]:
            distance = _nearest_km(place, points)
            return (
                bool(spelling) and name_key(place.name) != spelling,
                round(distance, -1),
                _RANK.get(place.feature_code, 6),
                -place.population,
                # of two hamlets "Macina", the one in the cercle of that name
                name_key(place.admin2) != name_key(place.name),
            )

        return min(tied, key=rank)


_SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2", "PPLA3"})


def _seats_over_hamlets(candidates: Sequence[Place], home: str) -> list[Place]:
    """The regional capitals abroad a name means where the article's country has only
    hamlets of that name ("Dosso", the seat of a Nigerien region, not the hamlet Dossou
    near Mopti that GeoNames also calls so): none when the country has a town of it."""
    seats = [p for p in candidates if p.feature_code == "PPLA" and p.population > 0]
    if not seats or any(p.country_code == home for p in seats):
        return []
    at_home = [p for p in candidates if p.country_code == home]
    hamlets = all(p.population == 0 and p.feature_code in ("PPL", "PPLX") for p in at_home)
    return seats if at_home and hamlets else []


def _nearest_km(place: Place, points: Sequence[tuple[float, float]]) -> float:
    """Distance to the nearest of ``points`` (radians), flat-earth: ranking needs no more
    than 10 km resolution over a few hundred km, and this runs for every homonym."""
    if not points:
        return math.inf
    lat, lon = math.radians(place.latitude), math.radians(place.longitude)
    scale = math.cos(lat)
    nearest = min((lat - plat) ** 2 + ((lon - plon) * scale) ** 2 for plat, plon in points)
    return 6371.0 * math.sqrt(nearest)


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, read on first use."""
    data = resources.files("sahelwatch.data")
    try:
        raw = gzip.decompress(data.joinpath("gazetteer.tsv.gz").read_bytes()).decode("utf-8")
        stopwords = data.joinpath("place_stopwords.txt").read_text(encoding="utf-8").split("\n")
    except (OSError, ValueError) as error:
        raise DataFileError(
            f"the packaged gazetteer cannot be read ({error}); reinstall sahelwatch, or run "
            "`make gazetteer` in a checkout"
        ) from error
    return _index(raw.splitlines()[1:], stopwords)


def _index(lines: list[str], stopwords: list[str]) -> Gazetteer:
    exact: dict[str, list[Place]] = {}
    spelled: dict[str, list[Place]] = {}
    longest = 1
    for line in lines:
        f = line.split("\t")
        place = Place(
            int(f[0]),
            f[1],
            float(f[2]),
            float(f[3]),
            f[4],
            f[5],
            f[6],
            COUNTRY_NAMES[f[6]],
            f[7],
            f[8],
            int(f[9]),
        )
        for key in f[11].split("|"):  # name keys, computed by the build with name_key
            exact.setdefault(key, []).append(place)
            longest = max(longest, key.count(" ") + 1)
        for key in f[12].split("|"):  # spelling keys, from spelling_key
            spelled.setdefault(key, []).append(place)
    log.debug("gazetteer: %d names", len(exact))
    return Gazetteer(
        exact, spelled, frozenset(name_key(w) for w in stopwords if w.strip()), min(longest, 5)
    )
