"""A place of the packaged gazetteer."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

# GeoNames feature codes for first- and second-order administrative units.
REGION_CODES = frozenset({"ADM1"})
CERCLE_CODES = frozenset({"ADM2"})


class Place(NamedTuple):
    """Immutable and cheap to build: the gazetteer makes some 40,000 of them at load."""

    geonameid: int  # GeoNames id; negative for places curated by this project, 0 if unknown
    name: str  # display name, as ACLED would spell it
    latitude: float
    longitude: float
    feature_class: str  # GeoNames class: P populated, A administrative, S spot, ...
    feature_code: str  # GeoNames code: PPL, PPLA2, ADM1, ADM2, MILB, ...
    country_code: str  # ISO: ML, BF, NE, MR
    country: str  # ACLED country name: Mali, Burkina Faso, Niger, Mauritania
    admin1: str  # ACLED-style first-order region ("Mopti", "Timbuktu", "Segou")
    admin2: str  # cercle / province / department; "" when unknown
    population: int = 0

    @property
    def is_region(self) -> bool:
        return self.feature_code in REGION_CODES

    @property
    def is_cercle(self) -> bool:
        return self.feature_code in CERCLE_CODES

    def holds(self, other: Place) -> bool:
        """Does this region or cercle contain ``other`` (False for any other kind of place)?"""
        same_region = self.admin1 == other.admin1 and self.country_code == other.country_code
        if self.is_region or (self.is_cercle and not other.admin2):
            return same_region  # GeoNames leaves many villages' cercle blank
        return self.is_cercle and _key(self.admin2 or self.name) == _key(other.admin2)


def _key(name: str) -> str:
    """A unit's name without case or accents ("Ténenkou" holds what "Tenenkou" holds)."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
