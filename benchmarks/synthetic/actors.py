"""The people, organisations and places of the synthetic world.

Real ones come from the project's knowledge base (politicians with the
roles they held on the day, countries with their adjectives, Länder,
rivers, buildings, a few real organisations); the rest are invented from
``lexicon.py``, each with one stable role (a union's chief stays the same
person all through the corpus).  Every full name is unique in the world, so
the gold person list is unambiguous; surnames repeat, as they do in news.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from . import lexicon as lx
from .german import DEF_ART, WEAK_ADJ, NounPhrase, Title, np_bare, np_def

# --- titles ---------------------------------------------------------------------------------------
T = {
    "chancellor": Title("Bundeskanzler", "Bundeskanzlerin"),
    "federal_president": Title("Bundespräsident", "Bundespräsidentin", "weak"),
    "federal_fm": Title("Bundesaußenminister", "Bundesaußenministerin"),
    "head_gov": Title("Regierungschef", "Regierungschefin"),
    "president": Title("Präsident", "Präsidentin", "weak"),
    "fm": Title("Außenminister", "Außenministerin"),
    "mp": Title("Ministerpräsident", "Ministerpräsidentin", "weak"),
    "land_minister": Title("Umweltminister", "Umweltministerin"),
    "economy_minister": Title("Wirtschaftsminister", "Wirtschaftsministerin"),
    "mayor": Title("Oberbürgermeister", "Oberbürgermeisterin"),
    "chief": Title("Chef", "Chefin"),
    "ceo": Title("Vorstandschef", "Vorstandschefin"),
    "spokes": Title("Sprecher", "Sprecherin"),
    "judge": Title("Richter", "Richterin", adjective="Vorsitzend"),
    "prosecutor": Title("Oberstaatsanwalt", "Oberstaatsanwältin"),
    "lawyer": Title("Verteidiger", "Verteidigerin"),
    "coach": Title("Trainer", "Trainerin"),
    "striker": Title("Stürmer", "Stürmerin"),
    "police_spokes": Title("Polizeisprecher", "Polizeisprecherin"),
    "fire_chief": Title("Einsatzleiter", "Einsatzleiterin"),
    "expert": Title("Politikwissenschaftler", "Politikwissenschaftlerin"),
    "economist": Title("Ökonom", "Ökonomin", "weak"),
    "labour_expert": Title("Arbeitsmarktforscher", "Arbeitsmarktforscherin"),
    "transport_expert": Title("Verkehrsexperte", "Verkehrsexpertin", "weak"),
    "hydrologist": Title("Hydrologe", "Hydrologin", "weak"),
    "resident": Title("Anwohner", "Anwohnerin"),
    "pensioner": Title("Rentner", "Rentnerin"),
    "passenger": Title("Fahrgast", "Fahrgast"),
}


@dataclass(slots=True)
class Person:
    """A person of the world.  ``full``/``short`` are canonical; ``alt_full``/``alt_short``
    an English-style transliteration some outlets print instead."""

    pid: str
    full: str
    short: str
    gender: str
    title: Title | None = None
    prefix: str = ""  # compound: "GLV-" + "Chef"
    adjective: str = ""  # declined after the article: "polnisch", "47-jährig"
    bare: bool = False  # title without article before the name (nom/acc/dat)
    suffix: str = ""  # after the name on first mention: " (SPD)", " aus Lübeck"
    alt_full: str = ""
    alt_short: str = ""
    wikidata: str | None = None
    real: bool = False
    since: int = 0  # in office since (a year, for background sentences)
    country: str = ""  # KB key of a real foreign politician's country
    age: int = 0
    home: str = ""

    def forms(self, english: bool) -> tuple[str, str]:
        if english and self.alt_full:
            return self.alt_full, self.alt_short
        return self.full, self.short


@dataclass(slots=True)
class Org:
    """An organisation: the noun phrase for the first mention, a shorter one after."""

    oid: str
    name: str  # canonical
    intro: NounPhrase
    short: NounPhrase
    bare: str  # in compounds and headlines: "GLV", "Rheinwerk-Logistik"
    headline: str  # in headlines: "GLV", "Rheinwerk Logistik"
    kind: str
    aliases: tuple[str, ...] = ()
    real: bool = False
    founded: int = 0
    staff: int = 0
    city: "Place | None" = None
    sector: str = ""


@dataclass(slots=True)
class Place:
    name: str  # canonical (gold "place")
    where: str  # "in Kassel", "im Kanzleramt"
    to: str  # "nach Kassel"
    adjective: str = ""  # "Kasseler"
    land: str = ""
    river: str = ""
    kind: str = "city"  # city | town | land | building | capital
    country: str = ""  # for capitals: the country's label


def river_np(name: str) -> NounPhrase:
    """``die Elbe``/``der Elbe``, ``der Rhein``/``des Rheins``."""
    g = lx.RIVER_GENDER.get(name, "f")
    return np_def(g, name, gen_noun=name + ("s" if g == "m" else ""))


BUILDINGS = {  # KB label → (where, to, city)
    "Kanzleramt": ("im Kanzleramt", "ins Kanzleramt", "Berlin"),
    "Schloss Bellevue": ("im Schloss Bellevue", "ins Schloss Bellevue", "Berlin"),
    "Reichstagsgebäude": ("im Reichstagsgebäude", "ins Reichstagsgebäude", "Berlin"),
}
# countries used for foreign politicians: KB label → (in-phrase, to-phrase, article gender or "")
COUNTRIES = {
    "Frankreich": "", "Italien": "", "Spanien": "", "Polen": "", "Niederlande": "p", "Belgien": "", "Österreich": "",
    "Dänemark": "", "Schweden": "", "Finnland": "", "Norwegen": "", "Irland": "", "Portugal": "", "Griechenland": "",
    "Tschechien": "", "Slowakei": "f", "Slowenien": "", "Kroatien": "", "Rumänien": "", "Bulgarien": "", "Estland": "",
    "Lettland": "", "Litauen": "", "Vereinigtes Königreich": "n", "Kanada": "", "Japan": "", "Indien": "", "Ukraine": "f",
    "Türkei": "f", "Schweiz": "f", "Vereinigte Staaten": "p", "Luxemburg": "", "Moldau": "",
}


INTL_ORIGINS = tuple(lx.INTL)  # dict order is the source order: fixed


class Registry:
    """Creates and remembers the actors; all randomness comes from the caller's generator."""

    def __init__(self, kb_entities: dict):
        self.persons: dict[str, Person] = {}
        self.orgs: dict[str, Org] = {}
        self.used_names: set[str] = set()
        self.cache: dict[tuple, object] = {}
        self.kb = kb_entities
        self._real_roles = self._index_roles()
        self.countries = self._countries()
        self.cities = [self._city(*row) for row in lx.CITIES]
        self._city_by_name = {c.name: c for c in self.cities}
        self.kb_person_names = {e.label for e in kb_entities.values() if e.kind == "person"}
        self.used_names |= self.kb_person_names
        self.outlets = lx.OUTLETS

    # --- knowledge base ---------------------------------------------------------------------------
    def _index_roles(self) -> dict[tuple[str, str], list[tuple[object, object]]]:
        out: dict[tuple[str, str], list] = {}
        for iri in sorted(self.kb):
            e = self.kb[iri]
            if e.kind != "person":
                continue
            for r in e.roles:
                if r.of:
                    out.setdefault((r.type, r.of.rsplit("/", 1)[-1]), []).append((e, r))
        return out

    def _countries(self) -> dict[str, tuple[str, str, str]]:
        """KB country key → (label, adjective, capital label) for the countries we write about."""
        out = {}
        for iri in sorted(self.kb):
            e = self.kb[iri]
            if e.cls == "Country" and e.label in COUNTRIES and e.adjectives:
                adj = "US-amerikanisch" if e.label == "Vereinigte Staaten" else e.adjectives[-1] if e.label == "Niederlande" else e.adjectives[0]
                if e.label == "Schweiz":
                    adj = "schweizerisch"
                capital = ""
                for c in self.kb.values():
                    if c.cls == "City" and c.located_in == iri:
                        capital = c.label
                        break
                out[iri.rsplit("/", 1)[-1]] = (e.label, adj, capital)
        return out

    def real_person(self, role: str, of: str, day: date) -> Person | None:
        """The KB person holding ``role`` of ``of`` (a KB key like ``germany``) for weeks around ``day``."""
        hits = [(e, r) for e, r in self._real_roles.get((role, of), [])
                if r.holds_on(day - timedelta(days=45)) and r.holds_on(day + timedelta(days=45))]
        if len(hits) != 1:
            return None
        e, held = hits[0]
        key = ("real", e.iri, role, of)
        if key in self.cache:
            return self.cache[key]  # type: ignore[return-value]
        short = e.label.split()[-1]
        if short not in e.aliases:
            singles = [a for a in e.aliases if " " not in a and a in e.label.split()]
            short = singles[0] if singles else e.label
        p = Person(pid=e.iri.rsplit("/", 1)[-1], full=e.label, short=short, gender=e.gender or "m",
                   wikidata=e.wikidata, real=True, country=of if of in self.countries else "",
                   since=held.start.year if held.start else 0)
        if of == "germany":
            p.title = {"HeadOfGovernment": T["chancellor"], "President": T["federal_president"],
                       "ForeignMinister": T["federal_fm"]}.get(role)
            p.bare = True
        elif of in self.countries:
            p.title = {"HeadOfGovernment": T["head_gov"], "President": T["president"], "ForeignMinister": T["fm"]}.get(role)
            p.adjective = self.countries[of][1]
        else:  # a Land
            land = self.kb.get(f"https://w3id.org/eventgraph/kb/{of}")
            p.title = T["mp"]
            p.adjective = land.adjectives[0] if land and land.adjectives else ""
        if p.title is None:
            return None
        self.cache[key] = p
        return p

    def foreign_leader(self, rng: random.Random, day: date, roles: tuple[str, ...] = ("HeadOfGovernment", "President")) -> tuple[Person, str] | None:
        keys = sorted(self.countries)
        for _ in range(12):
            of = rng.choice(keys)
            p = self.real_person(rng.choice(roles), of, day)
            if p is not None:
                return p, of
        return None

    def country_dative(self, of: str) -> str:
        """``Polen``, ``der Türkei``, ``den Niederlanden``: the country after *in*."""
        label = self.countries[of][0]
        special = {"Niederlande": "den Niederlanden", "Vereinigte Staaten": "den USA",
                   "Vereinigtes Königreich": "Großbritannien"}
        if label in special:
            return special[label]
        return f"der {label}" if COUNTRIES.get(label) == "f" else label

    def kb_land_adjective(self, land: str) -> str:
        for iri in sorted(self.kb):
            e = self.kb[iri]
            if e.cls == "Region" and e.label == land and e.adjectives:
                return e.adjectives[0]
        return ""

    def land_leader(self, land: str, day: date) -> Person | None:
        for iri in sorted(self.kb):
            e = self.kb[iri]
            if e.cls == "Region" and e.label == land and land not in ("Hamburg", "Bremen", "Land Berlin"):
                return self.real_person("MinisterPresident", iri.rsplit("/", 1)[-1], day)
        return None


    # --- places -----------------------------------------------------------------------------------
    def _city(self, name: str, adj: str, land: str, river: str) -> Place:
        return Place(name=name, where=f"in {name}", to=f"nach {name}", adjective=adj, land=land, river=river)

    def city(self, rng: random.Random, river: bool = False) -> Place:
        pool = [c for c in self.cities if c.river] if river else self.cities
        return rng.choice(pool)

    def city_named(self, name: str) -> Place:
        return self._city_by_name[name]

    def town(self, rng: random.Random) -> Place:
        name = rng.choice(lx.TOWNS)
        return Place(name=name, where=f"in {name}", to=f"nach {name}", adjective=name + "er", kind="town")

    def land(self, name: str) -> Place:
        short = lx.LAND_SHORT.get(name, name)
        art = lx.LAND_ARTICLE.get(name, "")
        where = f"im {short}" if art else f"in {short}"
        return Place(name=short, where=where, to=f"ins {short}" if art else f"nach {short}", land=name, kind="land")

    def building(self, label: str) -> Place:
        where, to, city = BUILDINGS[label]
        return Place(name=label, where=where, to=to, kind="building", adjective=city)

    def capital(self, of: str) -> Place | None:
        label, _, capital = self.countries.get(of, ("", "", ""))
        if not capital:
            return None
        return Place(name=capital, where=f"in {capital}", to=f"nach {capital}", kind="capital", country=label)

    # --- invented persons -------------------------------------------------------------------------
    def new_person(self, rng: random.Random, *, gender: str | None = None, intl: float = 0.15, **attrs) -> Person:
        g = gender or ("f" if rng.random() < 0.45 else "m")
        for attempt in range(200):
            alt_full = alt_short = ""
            if rng.random() < intl:
                males, females, surnames = lx.INTL[rng.choice(INTL_ORIGINS)]
                given, given_alt = rng.choice(females if g == "f" else males)
                sm, sm_alt, sf, sf_alt = rng.choice(surnames)
                surname, surname_alt = (sf, sf_alt) if g == "f" else (sm, sm_alt)
                if (given, surname) != (given_alt, surname_alt):
                    alt_full, alt_short = f"{given_alt} {surname_alt}", surname_alt
            else:
                given = rng.choice(lx.GIVEN_F if g == "f" else lx.GIVEN_M)
                surname = rng.choice(lx.SURNAMES)
                if attempt >= 20:  # a crowded name space: a double surname, as many people have
                    second = rng.choice(lx.SURNAMES)
                    if "-" not in surname and "-" not in second and second != surname:
                        surname = f"{surname}-{second}"
            full = f"{given} {surname}"
            if full in self.used_names or (alt_full and alt_full in self.used_names):
                continue
            self.used_names.add(full)
            if alt_full:
                self.used_names.add(alt_full)
            p = Person(pid=f"p{len(self.persons):06d}", full=full, short=surname, gender=g,
                       alt_full=alt_full, alt_short=alt_short, **attrs)
            self.persons[p.pid] = p
            return p
        raise RuntimeError("name space exhausted")

    def role_person(self, rng: random.Random, key: tuple, **attrs) -> Person:
        """One stable person per role key (``("chief", org.oid)``), created on first use."""
        if key not in self.cache:
            self.cache[key] = self.new_person(rng, **attrs)
        return self.cache[key]  # type: ignore[return-value]

    def ceo(self, rng: random.Random, org: Org) -> Person:
        return self.role_person(rng, ("ceo", org.oid), title=T["ceo"], prefix=org.bare + "-", bare=True,
                                since=rng.randrange(2012, 2025))

    def union_chief(self, rng: random.Random, org: Org) -> Person:
        return self.role_person(rng, ("chief", org.oid), title=T["chief"], prefix=org.bare + "-", bare=True,
                                since=rng.randrange(2010, 2025))

    def coach(self, rng: random.Random, club: Org) -> Person:
        return self.role_person(rng, ("coach", club.oid), title=T["coach"], prefix=club.bare + "-", bare=True,
                                since=rng.randrange(2019, 2025))

    def defendant(self, rng: random.Random, gender: str) -> Person:
        """A defendant as German courts reports name them: given name and initial (``Markus R.``)."""
        age = rng.randrange(24, 68)
        for _ in range(50):
            given = rng.choice(lx.GIVEN_F if gender == "f" else lx.GIVEN_M)
            full = f"{given} {rng.choice(lx.SURNAMES)[0]}."
            if full not in self.used_names:
                self.used_names.add(full)
                p = Person(pid=f"p{len(self.persons):06d}", full=full, short="", gender=gender, adjective=f"{age}-jährig", age=age)
                self.persons[p.pid] = p
                return p
        # every "Markus R." is taken: a defendant known by full name (a public figure, as courts reports name them)
        return self.new_person(rng, gender=gender, adjective=f"{age}-jährig", age=age)

    def author(self, rng: random.Random, outlet: str) -> str:
        key = ("authors", outlet)
        if key not in self.cache:
            names = []
            while len(names) < 6:
                g = "f" if rng.random() < 0.5 else "m"
                name = f"{rng.choice(lx.GIVEN_F if g == 'f' else lx.GIVEN_M)} {rng.choice(lx.SURNAMES)}"
                if name not in self.used_names:
                    self.used_names.add(name)
                    names.append(name)
            self.cache[key] = names
        return rng.choice(self.cache[key])  # type: ignore[arg-type]

    # --- organisations ----------------------------------------------------------------------------
    def _add_org(self, org: Org) -> Org:
        self.orgs[org.oid] = org
        return org

    def company(self, rng: random.Random, sector: str | None = None) -> Org:
        sector = sector or rng.choice(sorted(lx.SECTORS))
        key = ("company", sector, rng.randrange(24))
        if key in self.cache:
            return self.cache[key]  # type: ignore[return-value]
        suffix = {"auto": "Fahrzeugwerke", "tech": "Digital", "energy": "Energie", "logistics": "Logistik",
                  "rail": "Bahn", "air": "Air", "health": "Kliniken", "retail": "Handel", "bike": "Bikes",
                  "pharma": "Pharma"}[sector]
        while True:
            stem = rng.choice(lx.COMPANY_STEMS)
            short = f"{stem} {suffix}"
            if all(o.headline != short for o in self.orgs.values()):
                break
        form = rng.choice(lx.COMPANY_FORMS)
        name = f"{short} {form}"  # die AG, die GmbH, die SE: feminine
        intro = NounPhrase(f"die {name}", f"die {name}", f"der {name}", f"der {name}")
        org = Org(oid=f"o{len(self.orgs):05d}", name=name, intro=intro, short=np_bare(short), bare=short.replace(" ", "-"),
                  headline=short, kind="company", aliases=(short,), founded=rng.randrange(1950, 2016),
                  staff=rng.choice((800, 1200, 2400, 3500, 5200, 8000, 12500, 21000)), city=self.city(rng), sector=sector)
        self.cache[key] = org
        return self._add_org(org)

    def union(self, rng: random.Random, sector: str | None = None) -> Org:
        pool = [u for u in lx.UNIONS if sector is None or u[3] == sector] or list(lx.UNIONS)
        name, abbr, g, sec = rng.choice(pool)
        key = ("union", abbr)
        if key in self.cache:
            return self.cache[key]  # type: ignore[return-value]
        art = DEF_ART[g]
        intro = NounPhrase(*(f"{art[c]} {name}" + ("s" if c == 3 and g == "m" else "") + f" ({abbr})" for c in range(4)))
        if g == "m":  # der Verband → des Verbands; "Bund" → "des Bundes"
            head, rest = name.split(" ", 1)
            gen_head = head + ("es" if head == "Bund" else "s")
            intro = NounPhrase(f"der {name} ({abbr})", f"den {name} ({abbr})", f"dem {name} ({abbr})", f"des {gen_head} {rest} ({abbr})")
        short = NounPhrase(f"{art[0]} {abbr}", f"{art[1]} {abbr}", f"{art[2]} {abbr}", f"{art[3]} {abbr}")
        org = Org(oid=f"o{len(self.orgs):05d}", name=name, intro=intro, short=short, bare=abbr, headline=abbr,
                  kind="union", aliases=(abbr,), founded=rng.randrange(1949, 2005), staff=rng.randrange(4, 90) * 1000,
                  sector=sec)
        self.cache[key] = org
        return self._add_org(org)

    def fixed_org(self, key: str, name: str, intro: NounPhrase, short: NounPhrase, bare: str, headline: str,
                  kind: str, aliases: tuple[str, ...] = (), real: bool = True, city: Place | None = None) -> Org:
        if ("fixed", key) not in self.cache:
            org = Org(oid=f"o{len(self.orgs):05d}", name=name, intro=intro, short=short, bare=bare, headline=headline,
                      kind=kind, aliases=aliases, real=real, city=city)
            self.cache[("fixed", key)] = self._add_org(org)
        return self.cache[("fixed", key)]  # type: ignore[return-value]

    def court(self, rng: random.Random, city: Place, kind: str | None = None) -> Org:
        kind = kind or rng.choice(("Landgericht", "Landgericht", "Amtsgericht", "Verwaltungsgericht", "Arbeitsgericht"))
        name = f"{kind} {city.name}"
        return self.fixed_org(name, name, np_def("n", kind, gen_noun=kind + "s", rest=city.name),
                              np_def("n", "Gericht", gen_noun="Gerichts"), kind + "-" + city.name, name, "court",
                              real=False, city=city)

    def prosecutor_office(self, city: Place) -> Org:
        name = f"Staatsanwaltschaft {city.name}"
        return self.fixed_org(name, name, np_def("f", "Staatsanwaltschaft", rest=city.name),
                              np_def("f", "Staatsanwaltschaft"), name.replace(" ", "-"), name, "authority", real=False, city=city)

    def club(self, rng: random.Random) -> Org:
        key = ("club", rng.randrange(60))
        if key in self.cache:
            return self.cache[key]  # type: ignore[return-value]
        while True:
            town = rng.choice(lx.TOWNS)
            name = rng.choice(lx.CLUB_PATTERNS).format(t=town)
            if all(o.name != name for o in self.orgs.values()):
                break
        city = Place(name=town, where=f"in {town}", to=f"nach {town}", adjective=town + "er", kind="town")
        org = Org(oid=f"o{len(self.orgs):05d}", name=name, intro=np_bare(name), short=np_bare(name), bare=name.replace(" ", "-"),
                  headline=name, kind="club", founded=rng.randrange(1890, 1975), city=city)
        self.cache[key] = org
        return self._add_org(org)


def person_np(p: Person, case: int, name: str, article: bool) -> str:
    """The first-mention noun phrase of ``p`` in ``case``: title and name."""
    g = "f" if p.gender == "f" else "m"
    if p.title is None and not p.adjective:
        return name + p.suffix
    if p.title is None:  # "der 47-jährige Markus R."
        return f"{DEF_ART[g][case]} {p.adjective}{WEAK_ADJ[g][case]} {name}{p.suffix}"
    from .german import title_phrase

    return f"{title_phrase(p.title, g, case, prefix=p.prefix, adjective=p.adjective, article=article)} {name}{p.suffix}"


@dataclass(slots=True)
class Cast:
    """Who and where: what an event kind's ``cast`` returns."""

    actors: dict[str, object]
    place: Place | None
    data: dict = field(default_factory=dict)
    label: str = ""
