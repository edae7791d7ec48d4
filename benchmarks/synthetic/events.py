"""Event kinds: who takes part (``cast``) and how German news copy tells of them.

Each kind has several templates per situation:

* ``past`` — a report's statement of the event (the gold evidence), ``today``
  for a same-day report in the present tense, ``future`` a preview,
  ``cancel``/``postpone`` the news that it will not take place as planned;
* ``minor_past``/``minor_future`` — a shorter mention inside an article about
  another event (often Plusquamperfekt: *hatte … gewarnt*);
* ``followup`` — the lead of a later article that names the event with a
  date attached to the noun (*nach dem Warnstreik vom Montag*);
* ``detail_*`` — sentences about the event that carry no date (not evidence);
* ``title_*`` — headlines.

Slots: ``{when}`` a temporal adverbial (``am Dienstag``), ``{fuer}`` its form
after *geplant* (``für Dienstag``), ``{nwhen}`` its form after a noun
(``vom Dienstag``, ``im Oktober``), ``{where}``/``{to}`` the place
(``in Kassel``/``nach Kassel``); actors by role (``{u.nom}``, ``{c.dat}``,
``{a.gen}``, ``{a.sur}``), other values by name.  A template whose slots
the mention cannot fill is skipped.
"""

from __future__ import annotations

import random
from datetime import date

from . import lexicon as lx
from .actors import T, Cast, Person, Place, Registry, river_np
from .german import NounPhrase, Title, np_def, number_word, thousands

ORDINALS = ("erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte")


class Kind:
    key = ""
    types: tuple[str, ...] = ()
    domain = ""
    plannable = True
    cancel_rate = 0.07
    postpone_rate = 0.04
    span = (1, 1)
    weekdays: tuple[int, ...] | None = None  # allowed weekdays of the first day
    weight = 1.0
    satellites: tuple[tuple[str, int, int, float], ...] = ()  # (kind, first offset, last offset, probability)
    dayparts = True  # "am Dienstagabend", "in der Nacht zu Mittwoch" make sense for it
    clock = False  # "am Samstag um 15 Uhr" makes sense for it
    T: dict[str, tuple[str, ...]] = {}

    def cast(self, reg: Registry, rng: random.Random, day: date, parent: "Cast | None") -> Cast | None:
        raise NotImplementedError

    def templates(self, cast: Cast, situation: str) -> tuple[str, ...]:
        """The templates for ``situation``; a kind may vary them with the cast (a match's result)."""
        return self.T.get(situation, ())

    def lasting(self, cast: Cast, days: int) -> None:
        """Adjust the cast to an event over ``days`` days (a two-day strike is not "ganztägig")."""


# --- politics -------------------------------------------------------------------------------------

def _two_leaders(reg: Registry, rng: random.Random, day: date) -> tuple[Person, Person, str] | None:
    """A German leader and a foreign counterpart holding office around ``day`` (from the KB)."""
    role = rng.choice(("HeadOfGovernment", "HeadOfGovernment", "ForeignMinister"))
    de = reg.real_person(role, "germany", day)
    found = reg.foreign_leader(rng, day, (role,) if role == "ForeignMinister" else ("HeadOfGovernment", "President"))
    if de is None or found is None:
        return None
    return de, found[0], found[1]


def _land_official(reg: Registry, rng: random.Random, city: Place, day: date, title: Title | None = None) -> Person:
    """The Land's real Ministerpräsident when the KB knows one for the day, else an invented minister."""
    if title is None and rng.random() < 0.6:
        real = reg.land_leader(city.land, day)
        if real is not None:
            return real
    land = reg.kb_land_adjective(city.land)
    t = title or T["land_minister"]
    return reg.role_person(rng, ("landmin", city.land, t.masc), title=t, adjective=land, since=rng.randrange(2016, 2025))


class PhoneCall(Kind):
    key, types, domain, weight = "phone_call", ("PhoneCall",), "politics", 1.2
    clock = True
    satellites = (("visit", 5, 40, 0.25),)
    T = {
        "past": ("{a.nom} hat {when} mit {b.dat} telefoniert.",
                 "{when} telefonierte {a.nom} mit {b.dat}.",
                 "{a.nom} und {b.nom} haben {when} miteinander telefoniert.",
                 "{a.nom} hat {when} ein längeres Telefongespräch mit {b.dat} geführt.",
                 "In einem Telefonat haben {a.nom} und {b.nom} {when} über {topic} gesprochen.",
                 "{when} sprachen {a.nom} und {b.nom} am Telefon über {topic}."),
        "future": ("{a.nom} will {when} mit {b.dat} telefonieren.",
                   "{when} ist ein Telefonat zwischen {a.dat} und {b.dat} geplant.",
                   "{a.nom} und {b.nom} wollen {when} miteinander telefonieren.",
                   "Ein Telefongespräch von {a.dat} mit {b.dat} ist {fuer} angesetzt."),
        "cancel": ("Das {fuer} geplante Telefonat zwischen {a.dat} und {b.dat} ist abgesagt worden.",
                   "Ein Telefonat von {a.dat} mit {b.dat}, das {when} stattfinden sollte, wurde kurzfristig abgesagt."),
        "postpone": ("Das {fuer} geplante Telefonat zwischen {a.dat} und {b.dat} ist verschoben worden.",
                     "Das Telefonat von {a.dat} mit {b.dat}, das {when} stattfinden sollte, wird verschoben."),
        "minor_past": ("Bereits {when} hatte {a.nom} mit {b.dat} telefoniert.",
                       "{a.nom} hatte {when} mit {b.dat} telefoniert.",
                       "Zuvor hatten {a.nom} und {b.nom} {when} miteinander telefoniert."),
        "minor_future": ("{when} wollen {a.nom} und {b.nom} zudem miteinander telefonieren.",
                         "Für die weitere Abstimmung ist {when} ein Telefonat von {a.dat} mit {b.dat} geplant."),
        "followup": ("Nach dem Telefonat {nwhen} zwischen {a.dat} und {b.dat} bemühen sich beide Regierungen um Schadensbegrenzung.",
                     "Das Telefongespräch von {a.dat} mit {b.dat} {nwhen} wirkt nach."),
        "detail_past": ("Das Gespräch dauerte nach Angaben aus Regierungskreisen rund {minutes} Minuten.",
                        "Über weitere Inhalte wurde Stillschweigen vereinbart.",
                        "Beide Seiten sprachen anschließend von einem [offenen|sachlichen|vertrauensvollen] Austausch.",
                        "Die Initiative für das Gespräch ging nach Angaben eines Regierungssprechers von {a.sur} aus.",
                        "Es ging nach Angaben [des Regierungssprechers|aus Regierungskreisen] vor allem um {topic}.",
                        "Auch die Lage in Europa kam nach Angaben von Diplomaten zur Sprache.",
                        "Ein Sprecher bestätigte das Gespräch am Abend.",
                        "{b.sur} informierte anschließend [die Partner in der EU|das eigene Kabinett] über den Inhalt.",
                        "Konkrete Vereinbarungen wurden nicht bekannt.",
                        "Es war das erste Telefonat der beiden seit Monaten.",
                        "Das Telefonat fand auf Wunsch von {b.sur} statt.",
                        "Anschließend unterrichtete {a.sur} die Fraktionsspitzen über das Gespräch.",
                        "Es ging nach Angaben beider Seiten auch um die Vorbereitung weiterer Treffen."),
        "detail_future": ("Sprechen wollen beide unter anderem über {topic}.",
                          "Ein Regierungssprecher bestätigte den Termin, nannte aber keine Einzelheiten.",
                          "Das Gespräch soll nach Angaben aus Regierungskreisen rund eine Stunde dauern.",
                          "Vorbereitet wird das Telefonat von den Beratern beider Seiten.",
                          "Beide Seiten wollen sich im Anschluss äußern.",
                          "Es wäre das erste Gespräch der beiden seit Wochen.",
                          "Anschließend will {a.sur} die Partner in der EU unterrichten."),
        "title_past": ("{a.sur} telefoniert mit {b.sur}", "Telefonat: {a.sur} und {b.sur} beraten über {topic}",
                       "{a.sur} spricht mit {b.sur} über {topic}"),
        "title_future": ("{a.sur} will mit {b.sur} telefonieren", "Telefonat zwischen {a.sur} und {b.sur} geplant"),
        "title_cancel": ("Telefonat zwischen {a.sur} und {b.sur} abgesagt",),
        "title_postpone": ("Telefonat zwischen {a.sur} und {b.sur} verschoben",),
    }

    def cast(self, reg, rng, day, parent):
        found = _two_leaders(reg, rng, day)
        if found is None:
            return None
        a, b, _ = found
        if rng.random() < 0.5:
            a, b = b, a
        return Cast({"a": a, "b": b}, None, {"topic": rng.choice(lx.TOPICS_POLITICS), "minutes": rng.choice((30, 40, 45, 60, 90))},
                    f"Telefonat zwischen {a.full} und {b.full}")


class Visit(Kind):
    key, types, domain, weight = "visit", ("Visit", "Meeting", "Travel"), "politics", 1.2
    clock = True
    span = (1, 3)
    satellites = (("agreement", 0, 0, 0.3), ("speech", 0, 0, 0.2))
    T = {
        "past": ("{host.nom} hat {guest.acc} {when} {where} empfangen.",
                 "{when} empfing {host.nom} {where} {guest.acc}.",
                 "{guest.nom} ist {when} zu einem Besuch {to} gereist und dort mit {host.dat} zusammengetroffen.",
                 "{guest.nom} hat {when} {host.acc} {where} besucht.",
                 "{when} war {guest.nom} {where} zu Gast bei {host.dat}."),
        "today": ("{when} ist {guest.nom} {where} zu Gast bei {host.dat}.",),
        "future": ("{host.nom} will {guest.acc} {when} {where} empfangen.",
                   "{guest.nom} will {when} {to} reisen und dort {host.acc} treffen.",
                   "{guest.nom} wird {when} {where} erwartet, wo {host.nom} den Gast empfangen will.",
                   "Ein Besuch von {guest.dat} bei {host.dat} ist {fuer} geplant."),
        "cancel": ("Der {fuer} geplante Besuch von {guest.dat} bei {host.dat} ist abgesagt worden.",
                   "{guest.nom} hat den Besuch bei {host.dat}, der {when} stattfinden sollte, kurzfristig abgesagt."),
        "postpone": ("Der {fuer} geplante Besuch von {guest.dat} bei {host.dat} wird verschoben.",
                     "{guest.nom} hat die Reise {to}, die {when} geplant war, auf einen späteren Zeitpunkt verschoben."),
        "minor_past": ("{when} hatte {host.nom} {guest.acc} {where} empfangen.",
                       "Bereits {when} war {guest.nom} {where} zu Gast gewesen."),
        "minor_future": ("{when} will {guest.nom} zudem {to} reisen.",
                         "Für {host.acc} ist {when} ein Treffen mit {guest.dat} {where} geplant."),
        "followup": ("Der Besuch von {guest.dat} {where} {nwhen} hat in {guest_country_dat} ein geteiltes Echo ausgelöst.",
                     "Nach dem Besuch {nwhen} wollen {host.nom} und {guest.nom} in engem Kontakt bleiben."),
        "detail_past": ("Bei den Gesprächen ging es vor allem um {topic}.",
                        "Der Gast wurde mit militärischen Ehren begrüßt.",
                        "Zum Programm gehörten auch Gespräche mit Vertretern der Wirtschaft.",
                        "Beide Seiten vereinbarten, die Zusammenarbeit zu vertiefen.",
                        "{guest.sur} wurde von einer [Wirtschaftsdelegation|Delegation aus Ministern und Unternehmern] begleitet.",
                        "Nach dem Gespräch traten {host.sur} und {guest.sur} gemeinsam vor die Presse.",
                        "Am Abend gab es ein Essen zu Ehren des Gastes.",
                        "Kritische Themen sprachen beide Seiten nach eigenen Angaben offen an.",
                        "Der Besuch war der erste auf dieser Ebene seit mehreren Jahren.",
                        "Die Innenstadt war wegen des Besuchs teilweise gesperrt.",
                        "Am zweiten Tag standen Gespräche mit Abgeordneten auf dem Programm.",
                        "{guest.sur} trug sich in das Goldene Buch ein.",
                        "Zum Abschluss besuchte {guest.sur} ein Unternehmen in der Region.",
                        "Die Gespräche dauerten länger als geplant."),
        "detail_future": ("Bei den Gesprächen soll es vor allem um {topic} gehen.",
                          "Geplant sind auch Gespräche mit Vertretern der Wirtschaft.",
                          "{guest.sur} wird von einer Wirtschaftsdelegation begleitet.",
                          "Ein gemeinsamer Auftritt vor der Presse ist vorgesehen.",
                          "Die Polizei kündigte Straßensperrungen an.",
                          "Zum Programm gehört auch ein Besuch in einem Unternehmen.",
                          "Am Abend ist ein Essen zu Ehren des Gastes geplant.",
                          "Der Besuch wird seit Wochen vorbereitet."),
        "title_past": ("{host.sur} empfängt {guest.sur}", "{guest.sur} zu Besuch bei {host.sur}", "Besuch von {guest.sur}: Gespräche über {topic}"),
        "title_future": ("{guest.sur} reist zu {host.sur}", "Besuch von {guest.sur} geplant"),
        "title_cancel": ("{guest.sur} sagt Besuch ab",), "title_postpone": ("Besuch von {guest.sur} verschoben",),
    }

    def cast(self, reg, rng, day, parent):
        if parent is not None and isinstance(parent.actors.get("a"), Person) and isinstance(parent.actors.get("b"), Person):
            a, b = parent.actors["a"], parent.actors["b"]
            german, foreign = (a, b) if a.bare else (b, a)
        else:
            found = _two_leaders(reg, rng, day)
            if found is None:
                return None
            german, foreign, _ = found
        if not foreign.country:
            return None
        if rng.random() < 0.55:  # the foreign guest comes to Germany
            host, guest = german, foreign
            if german.title is T["federal_president"]:
                place = reg.building("Schloss Bellevue")
            elif german.title is T["chancellor"] and rng.random() < 0.5:
                place = reg.building("Kanzleramt")
            else:
                place = reg.city_named("Berlin")
            guest_country = reg.country_dative(foreign.country)
        else:
            host, guest = foreign, german
            place = reg.capital(foreign.country)
            guest_country = "Deutschland"
            if place is None:
                return None
        topic = rng.choice(("die Energiepolitik", "Fragen der Sicherheit", "die Wirtschaftsbeziehungen",
                            "die Lage in Europa", "die Migrationspolitik"))
        return Cast({"host": host, "guest": guest}, place, {"topic": topic, "guest_country_dat": guest_country},
                    f"Besuch von {guest.full} bei {host.full}")


class Summit(Kind):
    key, types, domain, weight = "summit", ("Summit", "Meeting"), "politics", 1.0
    clock = True
    span = (1, 2)
    satellites = (("phone_call", -14, -2, 0.25), ("agreement", 0, 0, 0.25))
    T = {
        "past": ("{when} kamen {parts.nom} {where} zu {g.dat} zusammen.",
                 "{parts.nom} haben {when} {where} bei {g.dat} über {topic} beraten.",
                 "{g.nom} {where} hat {when} stattgefunden.",
                 "Beim {g_short} {when} {where} haben {parts.nom} über {topic} gesprochen."),
        "today": ("{when} beraten {parts.nom} {where} beim {g_short} über {topic}.",),
        "future": ("{when} soll {where} {g.nom} stattfinden.",
                   "{parts.nom} wollen {when} {where} zu {g.dat} zusammenkommen.",
                   "{g.nom} ist {fuer} {where} angesetzt.",
                   "Beim {g_short} {when} {where} wollen {parts.nom} über {topic} beraten."),
        "cancel": ("{g.nom}, der {when} {where} stattfinden sollte, ist abgesagt worden.",
                   "Der {fuer} geplante {g_short} mit {parts.dat} ist abgesagt."),
        "postpone": ("{g.nom}, der {when} {where} stattfinden sollte, wird verschoben.",
                     "Der {fuer} geplante {g_short} mit {parts.dat} ist verschoben worden."),
        "minor_past": ("Beim {g_short} {when} {where} hatten {parts.nom} über {topic} beraten.",
                       "{when} hatte {where} {g.nom} stattgefunden."),
        "minor_future": ("{when} steht {where} zudem {g.nom} an.", "{g.nom} ist {fuer} geplant."),
        "followup": ("Nach dem {g_short} {nwhen} {where} ist von Aufbruchstimmung wenig zu spüren.",
                     "Die Ergebnisse des {g_gen} {nwhen} werden unterschiedlich bewertet."),
        "detail_past": ("Eine gemeinsame Abschlusserklärung kam erst nach zähen Verhandlungen zustande.",
                        "Die Gespräche dauerten bis in die Nacht.",
                        "Konkrete Beschlüsse wurden nach Angaben von Teilnehmern nur in Einzelfragen gefasst.",
                        "Es ging vor allem um {topic}.",
                        "Am Ende einigten sich die Teilnehmer auf ein gemeinsames Papier.",
                        "Eine Arbeitsgruppe soll nun Einzelheiten ausarbeiten.",
                        "Mehrere Streitpunkte wurden vertagt.",
                        "Die Abschlusspressekonferenz begann mit mehr als einer Stunde Verspätung.",
                        "Die Teilnehmer verständigten sich auf einen gemeinsamen Zeitplan.",
                        "Am Rande kam es zu mehreren Einzelgesprächen.",
                        "Die Ergebnisse sollen in den kommenden Monaten umgesetzt werden."),
        "detail_future": ("Erwartet wird eine gemeinsame Abschlusserklärung.",
                          "Die Vorbereitungen laufen seit Wochen.",
                          "Es soll vor allem um {topic} gehen.",
                          "Ein Entwurf für die Abschlusserklärung liegt bereits vor.",
                          "Strittig ist vor allem die Finanzierung.",
                          "Die Teilnehmer wollen sich auf einen gemeinsamen Zeitplan verständigen.",
                          "Vorab sind mehrere Einzelgespräche geplant."),
        "title_past": ("{g_head}: Beratungen über {topic}", "{g_head} endet mit Kompromiss", "{g_head} {where}"),
        "title_future": ("{g_head} {where} geplant", "Vor dem {g_short}: Was auf dem Spiel steht"),
        "title_cancel": ("{g_head} abgesagt",), "title_postpone": ("{g_head} verschoben",),
    }

    def cast(self, reg, rng, day, parent):
        chancellor = reg.real_person("HeadOfGovernment", "germany", day)
        if chancellor is None:
            return None
        variant = rng.randrange(3)
        if variant == 0:
            found = reg.foreign_leader(rng, day, ("HeadOfGovernment",))
            if found is None:
                return None
            other, of = found
            adj = "deutsch-" + reg.countries[of][1].replace("US-amerikanisch", "amerikanisch")
            g = np_def("m", "Gipfel", gen_noun="Gipfels", adjective=adj)
            parts = [chancellor, other]
            place = reg.city_named("Berlin") if rng.random() < 0.5 else reg.capital(of)
            head, short = f"{adj[0].upper()}{adj[1:]}er Gipfel", "Gipfel"
        elif variant == 1:
            leaders = [p for p in (reg.land_leader(land, day) for land in ("Bayern", "Nordrhein-Westfalen", "Niedersachsen",
                                                                            "Sachsen", "Hessen", "Baden-Württemberg")) if p]
            if len(leaders) < 2:
                return None
            parts = [chancellor, *rng.sample(leaders, 2)]
            head = short = "Bund-Länder-Gipfel"
            g = np_def("m", head, gen_noun=head + "s")
            place = reg.building("Kanzleramt")
        else:
            sector = rng.choice(("auto", "energy", "tech"))
            c1, c2 = reg.company(rng, sector), reg.company(rng, sector)
            if c1 is c2:
                return None
            parts = [chancellor, reg.ceo(rng, c1), reg.ceo(rng, c2)]
            head = short = {"auto": "Autogipfel", "energy": "Energiegipfel", "tech": "Digitalgipfel"}[sector]
            g = np_def("m", head, gen_noun=head + "s")
            place = reg.building("Kanzleramt")
        if place is None:
            return None
        topic = rng.choice(("die Energiepreise", "die Lage der Industrie", "die Finanzierung der Infrastruktur",
                            "den Ausbau der Stromnetze", "die Migrationspolitik", "die Verteidigungsausgaben"))
        return Cast({"parts": parts}, place, {"g": g, "g_short": short, "g_head": head, "g_gen": short + "s", "topic": topic,
                                              "_topic": ("diplomacy", "federal", "industry")[variant]},
                    f"{head} {place.where}")


class Meeting(Kind):
    key, types, domain, weight = "meeting", ("Meeting",), "politics", 1.0
    clock = True
    T = {
        "past": ("{a.nom} ist {when} {where} mit {b.dat} zusammengekommen.",
                 "{when} traf {a.nom} {where} {b.acc}.",
                 "{a.nom} und {b.nom} haben sich {when} {where} zu einem Gespräch über {topic} getroffen.",
                 "Bei einem Treffen {where} haben {a.nom} und {b.nom} {when} über {topic} gesprochen."),
        "future": ("{a.nom} will sich {when} {where} mit {b.dat} treffen.",
                   "{when} ist {where} ein Treffen von {a.dat} mit {b.dat} geplant.",
                   "{a.nom} und {b.nom} wollen {when} {where} über {topic} sprechen.",
                   "Ein Treffen von {a.dat} mit {b.dat} ist {fuer} angesetzt."),
        "cancel": ("Das {fuer} geplante Treffen von {a.dat} mit {b.dat} ist abgesagt worden.",
                   "Ein Treffen von {a.dat} mit {b.dat}, das {when} {where} stattfinden sollte, wurde abgesagt."),
        "postpone": ("Das {fuer} geplante Treffen von {a.dat} mit {b.dat} wird verschoben.",
                     "Das Treffen von {a.dat} mit {b.dat}, das {when} {where} stattfinden sollte, ist verschoben worden."),
        "minor_past": ("Bereits {when} hatte sich {a.nom} mit {b.dat} getroffen.",
                       "{when} waren {a.nom} und {b.nom} {where} zu einem ersten Gespräch zusammengekommen."),
        "minor_future": ("{when} will sich {a.nom} zudem mit {b.dat} treffen.", "Ein weiteres Treffen mit {b.dat} ist {fuer} geplant."),
        "followup": ("Nach dem Treffen {nwhen} zwischen {a.dat} und {b.dat} bleiben viele Fragen offen.",),
        "detail_past": ("Über Ergebnisse wurde zunächst nichts bekannt.",
                        "Das Gespräch dauerte gut zwei Stunden.",
                        "Beide Seiten vereinbarten, im Gespräch zu bleiben.",
                        "Es ging vor allem um {topic}.",
                        "An dem Treffen nahmen auch Vertreter des Betriebsrats teil.",
                        "Eine Arbeitsgruppe soll bis zum Herbst Vorschläge vorlegen.",
                        "Konkrete Zusagen gab es nach Angaben von Teilnehmern nicht.",
                        "Das Treffen fand hinter verschlossenen Türen statt.",
                        "Anschließend äußerten sich beide Seiten vor der Presse.",
                        "Beide Seiten wollen sich künftig regelmäßig austauschen."),
        "detail_future": ("Konkrete Ergebnisse werden nicht erwartet.",
                          "Der Termin wurde am Rande einer Pressekonferenz bestätigt.",
                          "Es soll vor allem um {topic} gehen.",
                          "Auch Vertreter des Betriebsrats sollen teilnehmen.",
                          "Das Gespräch soll hinter verschlossenen Türen stattfinden.",
                          "Eine Pressekonferenz ist nicht geplant.",
                          "Beide Seiten haben ihre Teilnahme bestätigt.",
                          "Es soll vor allem um die Zukunft der Arbeitsplätze gehen."),
        "title_past": ("{a.sur} trifft {b.sur}", "Treffen mit {b.sur}: {a.sur} will über {topic} reden", "Gespräch über {topic}"),
        "title_future": ("{a.sur} will {b.sur} treffen", "Treffen zu {topic_dat} geplant"),
        "title_cancel": ("Treffen von {a.sur} und {b.sur} abgesagt",), "title_postpone": ("Treffen von {a.sur} und {b.sur} verschoben",),
    }

    def cast(self, reg, rng, day, parent):
        if parent is not None and "u" in parent.actors and "c" in parent.actors:
            u, c = parent.actors["u"], parent.actors["c"]
            b = reg.union_chief(rng, u)
            city = c.city or reg.city(rng)
        else:
            city = reg.city(rng)
            c = reg.company(rng)
            b = reg.ceo(rng, c)
        a = _land_official(reg, rng, city, day, T["economy_minister"] if rng.random() < 0.5 else None)
        topic, topic_dat = rng.choice((("die Zukunft des Standorts", "Zukunft des Standorts"), ("den geplanten Stellenabbau", "Stellenabbau"),
                                       ("die Ansiedlung eines neuen Werks", "Werksansiedlung"), ("die Energiekosten", "Energiekosten")))
        return Cast({"a": a, "b": b}, city, {"topic": topic, "topic_dat": topic_dat},
                    f"Treffen von {a.full} und {b.full} in {city.name}")


class Speech(Kind):
    key, types, domain, weight = "speech", ("Speech", "Statement"), "politics", 0.9
    clock = True
    T = {
        "past": ("{s.nom} hat {when} {occasion} {where} eine Rede gehalten.",
                 "In einer Rede {occasion} {where} hat {s.nom} {when} {demand}.",
                 "{when} sprach {s.nom} {occasion} {where}.",
                 "{s.nom} hat {when} in einer Rede {occasion} {demand}."),
        "future": ("{s.nom} wird {when} {occasion} {where} sprechen.",
                   "{when} will {s.nom} {occasion} {where} eine Rede halten.",
                   "{s.nom} soll {when} {occasion} {where} die Festrede halten.",
                   "Eine Rede von {s.dat} {occasion} ist {fuer} angekündigt."),
        "cancel": ("Die {fuer} geplante Rede von {s.dat} {occasion} fällt aus.",
                   "{s.nom} hat die Rede, die {s.er} {when} {occasion} halten sollte, abgesagt."),
        "postpone": ("Die {fuer} geplante Rede von {s.dat} {occasion} wird verschoben.",
                     "{s.nom} hat die Rede, die {s.er} {when} {occasion} halten sollte, verschoben."),
        "minor_past": ("{when} hatte {s.nom} {occasion} eine viel beachtete Rede gehalten.",
                       "Bereits {when} hatte {s.nom} in einer Rede {demand}."),
        "minor_future": ("{when} will {s.nom} zudem {occasion} sprechen.",),
        "followup": ("Die Rede von {s.dat} {nwhen} {occasion} sorgt weiter für Diskussionen.",),
        "detail_past": ("Die Zuhörer reagierten mit langem Applaus.",
                        "Die Rede dauerte knapp eine Stunde.",
                        "Kritiker warfen dem Redner vor, konkrete Vorschläge schuldig geblieben zu sein.",
                        "In der Rede ging es auch um mehr Investitionen in die Infrastruktur.",
                        "Mehrfach wurde {s.sur} von Zwischenrufen unterbrochen.",
                        "Für einige Passagen gab es stehende Ovationen.",
                        "Einen großen Teil der Rede widmete {s.sur} dem Thema Fachkräfte.",
                        "Die Rede wurde mehrfach von Beifall unterbrochen.",
                        "Auch die Opposition kam in der Rede nicht zu kurz."),
        "detail_future": ("Erwartet werden mehrere Hundert Gäste.",
                          "Das Manuskript lag vorab nicht vor.",
                          "Nach Angaben der Veranstalter soll die Rede rund 45 Minuten dauern.",
                          "Im Anschluss ist eine Diskussion geplant.",
                          "Die Rede soll im Internet übertragen werden.",
                          "Mit Spannung wird erwartet, ob {s.sur} sich zur Standortpolitik äußert."),
        "title_past": ("{s.sur}: Rede mit Appell", "{s.sur} wirbt für Reformen", "Rede von {s.sur} {occasion}"),
        "title_future": ("{s.sur} spricht {occasion}",), "title_cancel": ("{s.sur} sagt Rede ab",),
        "title_postpone": ("Rede von {s.sur} verschoben",),
    }

    def cast(self, reg, rng, day, parent):
        if parent is not None and "guest" in parent.actors:
            s = parent.actors["guest"]
            place = parent.place
        else:
            place = reg.city(rng)
            if rng.random() < 0.5:
                s = _land_official(reg, rng, place, day)
            else:
                s = reg.ceo(rng, reg.company(rng))
        occasion = rng.choice(lx.SPEECH_OCCASIONS)
        demand = rng.choice(("mehr Tempo beim Ausbau der Stromnetze gefordert", "für einen Abbau der Bürokratie geworben",
                             "vor einer Spaltung der Gesellschaft gewarnt", "mehr Geld für Schulen und Kitas gefordert",
                             "eine Reform der Schuldenbremse angemahnt", "für mehr europäische Zusammenarbeit geworben"))
        return Cast({"s": s}, place, {"occasion": occasion, "demand": demand, "_topic": "speech"},
                    f"Rede von {s.full} {occasion}")


class Agreement(Kind):
    key, types, domain, weight = "agreement", ("Agreement",), "politics", 0.6
    cancel_rate = 0.05
    T = {
        "past": ("{a.nom} und {b.nom} haben {when} {where} {deal.acc} unterzeichnet.",
                 "{when} unterzeichneten {a.nom} und {b.nom} {where} {deal.acc}.",
                 "{deal.nom} ist {when} {where} von {a.dat} und {b.dat} unterzeichnet worden."),
        "future": ("{a.nom} und {b.nom} wollen {when} {where} {deal.acc} unterzeichnen.",
                   "{deal.nom} soll {when} {where} unterzeichnet werden.",
                   "Die Unterzeichnung ist {fuer} {where} geplant."),
        "cancel": ("Die {fuer} geplante Unterzeichnung durch {a.acc} und {b.acc} ist abgesagt worden.",
                   "{a.nom} und {b.nom} haben die Unterzeichnung, die {when} stattfinden sollte, abgesagt."),
        "postpone": ("Die {fuer} geplante Unterzeichnung durch {a.acc} und {b.acc} wird verschoben.",
                     "{a.nom} und {b.nom} haben die Unterzeichnung, die {when} stattfinden sollte, verschoben."),
        "minor_past": ("{when} hatten {a.nom} und {b.nom} {deal.acc} unterzeichnet.",
                       "Bereits {when} war {deal.nom} unterzeichnet worden."),
        "minor_future": ("{when} wollen {a.nom} und {b.nom} zudem {deal.acc} unterzeichnen.",
                         "{deal.nom} soll {when} unterzeichnet werden."),
        "followup": ("{deal.nom} {nwhen} soll jetzt rasch umgesetzt werden.",),
        "detail_past": ("Die Vereinbarung tritt nach Angaben beider Seiten zum Monatsbeginn in Kraft.",
                        "Der Unterzeichnung waren monatelange Verhandlungen vorausgegangen.",
                        "Die Unterzeichnung fand im kleinen Kreis statt.",
                        "Beide Seiten sprachen von einem wichtigen Schritt.",
                        "Die Einzelheiten sollen in den kommenden Wochen veröffentlicht werden."),
        "detail_future": ("Die Einzelheiten wurden vorab nicht veröffentlicht.",
                          "Beide Seiten hatten sich nach langen Verhandlungen geeinigt.",
                          "Eine feierliche Unterzeichnung ist geplant."),
        "title_past": ("{a_head} und {b_head} besiegeln Vereinbarung", "Unterschrift unter {deal_head}"),
        "title_future": ("{deal_head} soll unterzeichnet werden",), "title_cancel": ("Unterzeichnung abgesagt: {deal_head} auf Eis",),
        "title_postpone": ("Unterzeichnung von {deal_head} verschoben",),
    }

    def cast(self, reg, rng, day, parent):
        if parent is not None and "u" in parent.actors:
            a, b = parent.actors["u"], parent.actors["c"]
            deal = np_def("m", "Tarifvertrag", gen_noun="Tarifvertrags", adjective="neu")
            return Cast({"a": a, "b": b}, parent.place or b.city, {"deal": deal, "deal_head": "Tarifvertrag", "_topic": "labour",
                                                       "a_head": a.headline, "b_head": b.headline},
                        f"Unterzeichnung des Tarifvertrags zwischen {a.name} und {b.name}")
        if parent is not None and "host" in parent.actors:
            a, b = parent.actors["host"], parent.actors["guest"]
            place = parent.place
        elif parent is not None and parent.data.get("_topic") in ("federal", "industry"):
            return None  # no treaty at a Bund-Länder or industry summit
        elif parent is not None and "parts" in parent.actors:
            a, b = parent.actors["parts"][0], parent.actors["parts"][1]
            place = parent.place
        else:
            found = _two_leaders(reg, rng, day)
            if found is None:
                return None
            a, b, _ = found
            place = reg.city_named("Berlin")
        subject, head = rng.choice((("über die Zusammenarbeit in der Wasserstoffwirtschaft", "Wasserstoffabkommen"),
                                    ("über eine engere Rüstungskooperation", "Rüstungsabkommen"),
                                    ("zur Zusammenarbeit in der Migrationspolitik", "Migrationsabkommen"),
                                    ("über den Ausbau grenzüberschreitender Bahnverbindungen", "Bahnabkommen")))
        deal = np_def("n", "Abkommen", gen_noun="Abkommens", rest=subject)
        return Cast({"a": a, "b": b}, place, {"deal": deal, "deal_head": head,
                                              "a_head": a.short, "b_head": b.short},
                    f"Unterzeichnung eines {head}s durch {a.full} und {b.full}")


class Sanction(Kind):
    key, types, domain, weight = "sanction", ("Sanction", "Decision"), "politics", 0.5
    dayparts = False
    cancel_rate, postpone_rate = 0.0, 0.08
    T = {
        "past": ("{eu.nom} hat {when} neue Sanktionen gegen {target} beschlossen.",
                 "{when} verhängte {eu.nom} weitere Strafmaßnahmen gegen {target}.",
                 "Die Außenminister der EU-Staaten haben {when} {where} ein neues Sanktionspaket gegen {target} verabschiedet."),
        "future": ("{eu.nom} will {when} neue Sanktionen gegen {target} beschließen.",
                   "Das neue Sanktionspaket gegen {target} soll {when} {where} beschlossen werden."),
        "cancel": ("Die {fuer} geplanten Sanktionen gegen {target} sind vorerst vom Tisch.",
                   "Neue Sanktionen gegen {target}, die {when} beschlossen werden sollten, sind vorerst vom Tisch."),
        "postpone": ("Der Beschluss über neue Sanktionen gegen {target}, der {when} fallen sollte, ist vertagt worden.",),
        "minor_past": ("{when} hatte {eu.nom} neue Sanktionen gegen {target} verhängt.",),
        "minor_future": ("{when} will {eu.nom} zudem über weitere Sanktionen gegen {target} entscheiden.",),
        "followup": ("Die Sanktionen {nwhen} gegen {target} zeigen nach Einschätzung von Diplomaten erste Wirkung.",),
        "detail_past": ("Das Paket umfasst Einreiseverbote gegen {n_persons} Personen und Exportbeschränkungen für {n_firms} Unternehmen.",
                        "Die Vermögen der Betroffenen in der EU werden eingefroren.",
                        "Ungarn hatte die Entscheidung lange blockiert.",
                        "Betroffen sind auch mehrere Banken und Reedereien.",
                        "Die Maßnahmen treten mit der Veröffentlichung im Amtsblatt in Kraft.",
                        "Der Beschluss fiel einstimmig.",
                        "Die Liste der Betroffenen wurde noch am selben Tag veröffentlicht."),
        "detail_future": ("Geplant sind Einreiseverbote und das Einfrieren von Vermögenswerten.",
                          "Betroffen sein sollen rund {n_persons} Personen und {n_firms} Unternehmen.",
                          "Für den Beschluss ist Einstimmigkeit nötig.",
                          "Die Vorbereitungen in Brüssel laufen seit Wochen.",
                          "Mehrere Mitgliedstaaten drängen auf eine rasche Einigung."),
        "title_past": ("EU verhängt neue Sanktionen gegen {target}", "Neues Sanktionspaket gegen {target}"),
        "title_future": ("EU will Sanktionen gegen {target} verschärfen",), "title_cancel": ("Sanktionen gegen {target} vom Tisch",),
        "title_postpone": ("EU vertagt Sanktionen gegen {target}",),
    }

    def cast(self, reg, rng, day, parent):
        eu = reg.fixed_org("eu", "Europäische Union", NounPhrase("die Europäische Union", "die Europäische Union",
                                                                     "der Europäischen Union", "der Europäischen Union"),
                           NounPhrase("die EU", "die EU", "der EU", "der EU"), "EU", "EU", "international", ("EU",))
        target, _ = rng.choice(lx.SANCTION_TARGETS)
        target_np = "den Iran" if target == "Iran" else target
        place = Place("Brüssel", "in Brüssel", "nach Brüssel", kind="capital", country="Belgien")
        return Cast({"eu": eu}, place, {"target": target_np, "n_persons": rng.randrange(8, 60), "n_firms": rng.randrange(5, 40)},
                    f"EU-Sanktionen gegen {target}")


# --- labour ---------------------------------------------------------------------------------------

IMPACT = {  # sector → (past impact, future impact) with {n}
    "auto": ("In den Werken standen die Bänder still; rund {n} Fahrzeuge konnten nicht gebaut werden.",
             "In den Werken könnten die Bänder stillstehen."),
    "tech": ("Rund {n} Auslieferungen verzögerten sich.", "Kunden müssen mit Verzögerungen rechnen."),
    "energy": ("Rund {n} Wartungstermine fielen aus.", "Rund {n} Wartungstermine könnten ausfallen."),
    "logistics": ("Rund {n} Pakete blieben in den Verteilzentren liegen.", "Rund {n} Pakete könnten liegen bleiben."),
    "rail": ("Rund {n} Zugverbindungen fielen aus.", "Rund {n} Zugverbindungen könnten ausfallen."),
    "air": ("Rund {n} Flüge fielen aus.", "Rund {n} Flüge könnten ausfallen."),
    "health": ("Rund {n} planbare Operationen wurden verschoben.", "Planbare Operationen sollen verschoben werden."),
    "retail": ("Rund {n} Filialen blieben geschlossen.", "Rund {n} Filialen könnten geschlossen bleiben."),
    "bike": ("Die Produktion stand weitgehend still.", "Die Produktion könnte weitgehend stillstehen."),
    "pharma": ("In den Labors ruhte die Arbeit weitgehend.", "In den Labors dürfte die Arbeit weitgehend ruhen."),
}
WORKERS = {"auto": "Beschäftigten", "tech": "Beschäftigten", "energy": "Monteure", "logistics": "Paketzusteller",
           "rail": "Lokführer", "air": "Piloten", "health": "Pflegekräfte", "retail": "Verkäuferinnen und Verkäufer",
           "bike": "Beschäftigten", "pharma": "Laborbeschäftigten"}


class Strike(Kind):
    key, types, domain, weight = "strike", ("LabourStrike",), "labour", 1.6
    dayparts = False
    span = (1, 3)
    satellites = (("negotiation", -12, -2, 0.6), ("negotiation", 3, 14, 0.4), ("agreement", 8, 30, 0.2))
    T = {
        "past": ("{when} haben die {workers} {c.gen} die Arbeit niedergelegt.",
                 "{u.nom} hat {when} {c.acc} bestreikt.",
                 "{when} hat ein {strike_adj} {strike} {c.acc} weitgehend lahmgelegt.",
                 "Bei {c.dat} ist {when} gestreikt worden.",
                 "{when} streikten die {workers} {c.gen}.",
                 "Mit einem {strike_adj_dat} {strike} haben die {workers} {c.gen} {when} ihren Forderungen Nachdruck verliehen."),
        "today": ("{when} streiken die {workers} {c.gen}.", "{when} legen die {workers} {c.gen} die Arbeit nieder."),
        "future": ("{when} sollen die {workers} {c.gen} die Arbeit niederlegen.",
                   "{u.nom} hat die {workers} {c.gen} {fuer} zu einem {strike_adj_dat} {strike} aufgerufen.",
                   "{when} wollen die {workers} {c.gen} streiken.",
                   "{u.nom} will {c.acc} {when} bestreiken.",
                   "{c.nom} wird {when} bestreikt."),
        "cancel": ("{u.nom} hat den {fuer} geplanten {strike} bei {c.dat} abgesagt.",
                   "Der {strike}, der {when} bei {c.dat} stattfinden sollte, ist abgesagt."),
        "postpone": ("{u.nom} hat den {fuer} angekündigten {strike} bei {c.dat} verschoben.",
                     "Der {strike} bei {c.dat}, der {when} stattfinden sollte, ist verschoben worden."),
        "minor_past": ("Bereits {when} hatte {u.nom} {c.acc} bestreikt.",
                       "{when} hatten die {workers} {c.gen} schon einmal die Arbeit niedergelegt.",
                       "Schon {when} hatte ein {strike} den Betrieb bei {c.dat} lahmgelegt."),
        "minor_future": ("{when} will {u.nom} {c.acc} erneut bestreiken.", "Für {c.acc} ist {when} ein weiterer {strike} angekündigt."),
        "followup": ("Nach dem {strike} {nwhen} bei {c.dat} ringen beide Seiten um einen Ausweg.",
                     "Der {strike} {nwhen} hat {c.acc} nach eigenen Angaben einen zweistelligen Millionenbetrag gekostet."),
        "detail_past": ("{impact_past}",
                        "Nach Angaben {u.gen} beteiligten sich rund {n_strikers} Beschäftigte.",
                        "Der Ausstand endete planmäßig um Mitternacht.",
                        "Die Gewerkschaft fordert {demand} Prozent mehr Lohn, {c.nom} bietet bislang {offer} Prozent.",
                        "Vor mehreren Standorten versammelten sich Streikende mit Fahnen und Trillerpfeifen.",
                        "Ein Notdienst sei gewährleistet gewesen, teilte die Gewerkschaft mit.",
                        "Das Unternehmen sprach von einem Schaden in Millionenhöhe.",
                        "Betroffen waren alle Standorte {c.gen} in Deutschland.",
                        "Kunden mussten sich auf [lange Wartezeiten|Ausfälle und Verzögerungen] einstellen.",
                        "Die Beteiligung lag nach Gewerkschaftsangaben bei nahezu hundert Prozent.",
                        "Aufgerufen waren die Beschäftigten an allen Standorten.",
                        "Viele Kunden waren vorab informiert worden.",
                        "Die Streikenden zogen am Mittag vor die Unternehmenszentrale."),
        "detail_future": ("{impact_future}",
                          "Die Gewerkschaft fordert {demand} Prozent mehr Lohn, {c.nom} bietet bislang {offer} Prozent.",
                          "Betroffen wären nach Gewerkschaftsangaben rund {n_strikers} Beschäftigte.",
                          "{c.nom} will einen Notfallplan veröffentlichen.",
                          "Aufgerufen sind die Beschäftigten aller Standorte.",
                          "Ein Notdienst soll gewährleistet bleiben.",
                          "Die Gewerkschaft hat Streikposten vor den Standorten angekündigt.",
                          "Kunden sollen sich vorab über die Internetseite des Unternehmens informieren.",
                          "Die Gewerkschaft rechnet mit einer hohen Beteiligung.",
                          "Der Ausstand soll um 0 Uhr beginnen."),
        "title_past": ("{strike} legt {c_head} lahm", "{u_head} bestreikt {c_head}", "Streik bei {c_head}: Stillstand an vielen Standorten"),
        "title_today": ("{strike} bei {c_head}: Das müssen Kunden wissen",),
        "title_future": ("{u_head} ruft zum {strike} bei {c_head} auf", "{strike} bei {c_head} angekündigt"),
        "title_cancel": ("{u_head} sagt {strike} bei {c_head} ab",), "title_postpone": ("{u_head} verschiebt {strike} bei {c_head}",),
    }

    def cast(self, reg, rng, day, parent):
        u = reg.union(rng)
        if rng.random() < 0.25 and u.sector in ("rail", "air"):
            c = reg.fixed_org("db", "Deutsche Bahn", NounPhrase("die Deutsche Bahn", "die Deutsche Bahn", "der Deutschen Bahn", "der Deutschen Bahn"),
                              NounPhrase("die Bahn", "die Bahn", "der Bahn", "der Bahn"), "Bahn", "Bahn", "company", ("DB", "Bahn")) \
                if u.sector == "rail" else reg.fixed_org("lh", "Lufthansa", NounPhrase("die Lufthansa", "die Lufthansa", "der Lufthansa", "der Lufthansa"),
                                                          NounPhrase("die Lufthansa", "die Lufthansa", "der Lufthansa", "der Lufthansa"),
                                                          "Lufthansa", "Lufthansa", "company")
            c.sector = u.sector
            if c.city is None:
                c.city = reg.city_named("Berlin" if u.sector == "rail" else "Frankfurt")
        else:
            c = reg.company(rng, u.sector)
        warning = rng.random() < 0.6
        strike = "Warnstreik" if warning else rng.choice(("Streik", "Ausstand"))
        adj, adj_dat = rng.choice((("ganztägiger", "ganztägigen"), ("bundesweiter", "bundesweiten"), ("mehrstündiger", "mehrstündigen")))
        demand = rng.choice((6, 7, 8, 9, 10, 12))
        return Cast({"u": u, "c": c}, None,
                    {"workers": "Bodenbeschäftigten" if u.bare == "VBP" else WORKERS[c.sector], "strike": strike, "strike_adj": adj, "strike_adj_dat": adj_dat,
                     "impact_past": IMPACT[c.sector][0].format(n=thousands(rng.randrange(2, 90) * 10)),
                     "impact_future": IMPACT[c.sector][1].format(n=thousands(rng.randrange(2, 90) * 10)),
                     "n_strikers": thousands(rng.randrange(3, 60) * 100), "demand": demand,
                     "offer": rng.choice(("3,5", "4", "4,5", "5")), "u_head": u.headline, "c_head": c.headline},
                    f"{strike} der {u.headline} bei {c.headline}")


    def lasting(self, cast: Cast, days: int) -> None:
        if days > 1:
            word = ("zwei", "drei", "vier")[days - 2]
            cast.data["strike_adj"], cast.data["strike_adj_dat"] = f"{word}tägiger", f"{word}tägigen"


class Negotiation(Kind):
    key, types, domain, weight = "negotiation", ("Negotiation", "Meeting"), "labour", 0.5
    clock = True
    T = {
        "past": ("{when} ist die {round} Verhandlungsrunde zwischen {u.dat} und {c.dat} {where} ohne Ergebnis zu Ende gegangen.",
                 "{u.nom} und {c.nom} haben {when} {where} erneut verhandelt, aber keine Einigung erzielt.",
                 "Die {round} Tarifrunde {when} {where} brachte keine Einigung.",
                 "{when} verhandelten {u.nom} und {c.nom} {where} zum {round_n} Mal."),
        "future": ("{when} wollen sich {u.nom} und {c.nom} {where} erneut an den Verhandlungstisch setzen.",
                   "Die {round} Verhandlungsrunde ist {fuer} {where} angesetzt.",
                   "{u.nom} und {c.nom} wollen {when} {where} weiterverhandeln."),
        "cancel": ("Die {fuer} angesetzte Verhandlungsrunde zwischen {u.dat} und {c.dat} ist abgesagt worden.",
                   "Die Verhandlungsrunde zwischen {u.dat} und {c.dat}, die {when} stattfinden sollte, fällt aus."),
        "postpone": ("Die {fuer} angesetzte Verhandlungsrunde zwischen {u.dat} und {c.dat} wird verschoben.",
                     "Die Verhandlungsrunde zwischen {u.dat} und {c.dat}, die {when} stattfinden sollte, ist verschoben worden."),
        "minor_past": ("Zuvor war {when} die {round} Verhandlungsrunde ohne Ergebnis geblieben.",
                       "Die Gespräche zwischen {u.dat} und {c.dat} waren {when} ergebnislos abgebrochen worden.",
                       "{when} hatten {u.nom} und {c.nom} {where} vergeblich verhandelt."),
        "minor_future": ("Die nächste Verhandlungsrunde ist {fuer} angesetzt.",
                         "{when} wollen beide Seiten {where} erneut verhandeln."),
        "followup": ("Nach der gescheiterten Verhandlungsrunde {nwhen} verhärten sich die Fronten.",),
        "detail_past": ("Die Gespräche dauerten rund neun Stunden.",
                        "Beide Seiten warfen sich anschließend gegenseitig Blockade vor.",
                        "{c.nom} hatte zuvor ein leicht verbessertes Angebot vorgelegt.",
                        "Einen neuen Termin gibt es bislang nicht.",
                        "Über Einzelheiten vereinbarten beide Seiten Stillschweigen.",
                        "Die Gespräche fanden in einem Hotel statt.",
                        "Beide Seiten legten neue Berechnungen vor.",
                        "Am Ende lagen die Positionen weiter auseinander als erwartet."),
        "detail_future": ("Beobachter rechnen mit schwierigen Gesprächen.",
                          "{c.nom} hat ein verbessertes Angebot angekündigt.",
                          "Die Gewerkschaft erwartet ein deutlich höheres Angebot.",
                          "Die Gespräche sollen am Vormittag beginnen.",
                          "Beide Seiten haben Stillschweigen vereinbart."),
        "title_past": ("Tarifgespräche bei {c_head} ohne Ergebnis", "Keine Einigung zwischen {u_head} und {c_head}"),
        "title_future": ("{u_head} und {c_head} verhandeln erneut",), "title_cancel": ("Tarifrunde bei {c_head} abgesagt",),
        "title_postpone": ("Tarifrunde bei {c_head} verschoben",),
    }

    def cast(self, reg, rng, day, parent):
        if parent is not None and "u" in parent.actors:
            u, c = parent.actors["u"], parent.actors["c"]
        else:
            u = reg.union(rng)
            c = reg.company(rng, u.sector)
        n = rng.randrange(2, 7)
        return Cast({"u": u, "c": c}, c.city, {"round": ORDINALS[n], "round_n": ORDINALS[n] + "n", "u_head": u.headline, "c_head": c.headline},
                    f"Tarifverhandlung zwischen {u.headline} und {c.headline}")


# --- disasters ------------------------------------------------------------------------------------

class Flood(Kind):
    key, types, domain, weight = "flood", ("Flood", "NaturalDisaster"), "disaster", 0.8
    plannable = False
    satellites = (("visit_disaster", 1, 4, 0.4), ("aid", 1, 6, 0.35), ("warning", -2, -1, 0.4))
    T = {
        "past": ("{when} ist {river.nom} {where} über die Ufer getreten.",
                 "{when} hat das Hochwasser {river.gen} weite Teile der {city_adj} Altstadt überflutet.",
                 "Durch das Hochwasser {river.gen} stand {when} die {city_adj} Altstadt unter Wasser.",
                 "Der Pegel {river.gen} erreichte {when} {where} einen Höchststand von {level} Metern.",
                 "{when} überschwemmte {river.nom} {where} zahlreiche Straßen und Keller."),
        "today": ("{when} steht die {city_adj} Altstadt unter Wasser.",),
        "minor_past": ("{when} war {river.nom} {where} über die Ufer getreten.",
                       "Beim Hochwasser {nwhen} hatte {river.nom} weite Teile der {city_adj} Altstadt überflutet."),
        "followup": ("Nach dem Hochwasser {nwhen} laufen {where} die Aufräumarbeiten.",
                     "Das Hochwasser {river.gen} {nwhen} hat {where} Schäden in Millionenhöhe hinterlassen."),
        "detail_past": ("Rund {evacuated} Menschen mussten ihre Wohnungen verlassen.",
                        "Feuerwehr und Technisches Hilfswerk waren mit mehreren Hundert Kräften im Einsatz.",
                        "Mehrere Straßen und eine Brücke wurden gesperrt.",
                        "Verletzt wurde nach Angaben der Polizei niemand.",
                        "Der Pegel lag zeitweise bei mehr als {level} Metern.",
                        "Sandsäcke und mobile Schutzwände hielten das Wasser nur teilweise zurück.",
                        "Helfer brachten ältere Menschen mit Booten in Sicherheit.",
                        "In der Altstadt liefen zahlreiche Keller voll.",
                        "Die Schulen in den betroffenen Stadtteilen blieben geschlossen.",
                        "Der Schiffsverkehr wurde eingestellt.",
                        "Auch mehrere Dörfer im Umland waren betroffen.",
                        "In einigen Straßen stand das Wasser mehr als einen Meter hoch.",
                        "Die Feuerwehr pumpte die ganze Nacht über Keller leer.",
                        "Der Pegel fiel erst im Laufe des folgenden Tages."),
        "title_past": ("Hochwasser: {river_name} tritt über die Ufer", "Land unter in {city}", "Hochwasser {where}: Altstadt überflutet"),
        "title_today": ("Hochwasser {where}: Die Lage am Morgen",),
    }

    def cast(self, reg, rng, day, parent):
        city = reg.city(rng, river=True)
        return Cast({}, city, {"river": river_np(city.river), "river_name": city.river, "city": city.name,
                               "city_adj": city.adjective, "level": f"{rng.randrange(6, 11)},{rng.randrange(10, 99)}",
                               "evacuated": thousands(rng.randrange(2, 60) * 50)},
                    f"Hochwasser der {city.river} in {city.name}" if lx.RIVER_GENDER.get(city.river) == "f"
                    else f"Hochwasser des {city.river}s in {city.name}")


class Storm(Kind):
    key, types, domain, weight = "storm", ("Storm", "NaturalDisaster"), "disaster", 0.7
    plannable = False
    satellites = (("warning", -2, -1, 0.6),)
    T = {
        "past": ("{when} ist Sturmtief „{name}“ über {land_acc} hinweggezogen.",
                 "Ein schweres Unwetter hat {when} {where} große Schäden angerichtet.",
                 "{when} fegte Sturmtief „{name}“ mit Orkanböen über {land_acc}.",
                 "Heftige Gewitter mit Starkregen und Hagel haben {when} {where} zahlreiche Keller und Straßen überflutet."),
        "minor_past": ("{when} hatte Sturmtief „{name}“ {where} schwere Schäden angerichtet.",
                       "Bereits {when} war ein Unwetter über {land_acc} hinweggezogen."),
        "followup": ("Nach dem Sturm {nwhen} sind {where} noch immer Straßen gesperrt.",
                     "Die Schäden des Unwetters {nwhen} gehen {where} in die Millionen."),
        "detail_past": ("Der Deutsche Wetterdienst maß Windgeschwindigkeiten von bis zu {gusts} Kilometern pro Stunde.",
                        "Umstürzende Bäume beschädigten Autos und Oberleitungen.",
                        "Die Feuerwehren rückten zu mehr als {calls} Einsätzen aus.",
                        "{injured_text}",
                        "Auf mehreren Autobahnen kam es zu Behinderungen.",
                        "Der Bahnverkehr wurde auf einigen Strecken eingestellt.",
                        "Zahlreiche Dächer wurden abgedeckt.",
                        "Tausende Haushalte waren zeitweise ohne Strom.",
                        "In mehreren Städten fiel der Unterricht aus.",
                        "Auf einer Landstraße wurde ein Auto von einem Baum getroffen.",
                        "Der Sturm zog in der Nacht weiter nach Osten."),
        "title_past": ("Sturmtief „{name}“ wütet {where}", "Unwetter {where}: Bäume entwurzelt, Straßen gesperrt"),
    }

    def cast(self, reg, rng, day, parent):
        city = reg.city(rng)
        land = reg.land(city.land)
        injured = rng.randrange(0, 12)
        return Cast({}, land, {"name": rng.choice(lx.STORM_NAMES), "land_acc": ("das " if land.where.startswith("im") else "") + land.where.split(" ", 1)[1],
                               "gusts": rng.randrange(90, 150), "calls": rng.randrange(2, 9) * 100,
                               "injured_text": "Mehrere Menschen wurden leicht verletzt." if injured else "Verletzt wurde nach ersten Erkenntnissen niemand."},
                    f"Unwetter {land.where}")


class Warning(Kind):
    key, types, domain, weight = "warning", ("Warning", "Statement"), "disaster", 0.0
    plannable = False
    T = {
        "past": ("{dwd.nom} hat {when} vor {hazard} {where} gewarnt.",
                 "{when} gab {dwd.nom} eine Unwetterwarnung für {land_acc} heraus."),
        "minor_past": ("{dwd.nom} hatte {when} vor {hazard} gewarnt.",
                       "Bereits {when} hatte {dwd.nom} eine Unwetterwarnung herausgegeben."),
        "followup": ("Die Warnung {dwd.gen} {nwhen} erwies sich als berechtigt.",),
        "detail_past": ("Es galt die zweithöchste von vier Warnstufen.",),
        "title_past": ("Wetterdienst warnt vor {hazard}",),
    }

    def cast(self, reg, rng, day, parent):
        dwd = reg.fixed_org("dwd", "Deutscher Wetterdienst", NounPhrase("der Deutsche Wetterdienst (DWD)", "den Deutschen Wetterdienst (DWD)",
                                                                          "dem Deutschen Wetterdienst (DWD)", "des Deutschen Wetterdienstes (DWD)"),
                            NounPhrase("der DWD", "den DWD", "dem DWD", "des DWD"), "DWD", "DWD", "authority", ("DWD",))
        place = parent.place if parent is not None else reg.land(reg.city(rng).land)
        land_acc = ("das " if place.where.startswith("im") else "") + place.where.split(" ", 1)[1]
        return Cast({"dwd": dwd}, place, {"hazard": rng.choice(("Orkanböen", "Starkregen", "Dauerregen", "schweren Gewittern")),
                                          "land_acc": land_acc}, f"Unwetterwarnung des DWD {place.where}")


class VisitDisaster(Kind):
    key, types, domain, weight = "visit_disaster", ("Visit", "Travel"), "disaster", 0.0
    T = {
        "past": ("{v.nom} hat sich {when} {where} ein Bild von der Lage gemacht.",
                 "{when} besuchte {v.nom} das Hochwassergebiet {where}.",
                 "{v.nom} ist {when} {to} gereist, um sich über die Schäden zu informieren."),
        "future": ("{v.nom} will sich {when} {where} ein Bild von der Lage machen.",
                   "{when} wird {v.nom} {where} erwartet."),
        "cancel": ("Der {fuer} geplante Besuch von {v.dat} {where} ist abgesagt worden.",
                   "{v.nom} hat den Besuch {where}, der {when} stattfinden sollte, abgesagt."),
        "postpone": ("Der {fuer} geplante Besuch von {v.dat} {where} wird verschoben.",
                     "{v.nom} hat den Besuch {where}, der {when} stattfinden sollte, verschoben."),
        "minor_past": ("{when} hatte {v.nom} {where} die Schäden begutachtet.",),
        "minor_future": ("{when} will {v.nom} {where} die Schäden begutachten.",
                         "Für {v.acc} ist {when} ein Besuch {where} geplant."),
        "followup": ("Beim Besuch {nwhen} hatte {v.nom} rasche Hilfe versprochen.",),
        "detail_past": ("Dabei sagte {v.sur} den Betroffenen schnelle und unbürokratische Hilfe zu.",),
        "detail_future": ("Geplant ist auch ein Gespräch mit Einsatzkräften.",),
        "title_past": ("{v.sur} besucht Hochwassergebiet",), "title_future": ("{v.sur} will Hochwassergebiet besuchen",),
        "title_cancel": ("{v.sur} sagt Besuch im Hochwassergebiet ab",), "title_postpone": ("Besuch von {v.sur} verschoben",),
    }

    def cast(self, reg, rng, day, parent):
        city = parent.place if parent is not None else reg.city(rng, river=True)
        v = _land_official(reg, rng, city, day)
        return Cast({"v": v}, city, {}, f"Besuch von {v.full} im Hochwassergebiet {city.where}")


class Aid(Kind):
    key, types, domain, weight = "aid", ("Aid", "Delivery"), "disaster", 0.4
    T = {
        "past": ("{org.nom} hat {when} {trucks} Lastwagen mit {goods_dat} {to} geschickt.",
                 "{when} ist ein Hilfskonvoi {org.gen} mit {goods_dat} {where} eingetroffen.",
                 "{when} brachte {org.nom} {goods} {to}."),
        "future": ("{org.nom} will {when} weitere Hilfsgüter {to} bringen.",
                   "{when} soll ein Hilfskonvoi {org.gen} {to} aufbrechen."),
        "cancel": ("Der {fuer} geplante Hilfstransport {org.gen} {to} ist abgesagt worden.",
                   "{org.nom} hat den Hilfstransport {to}, der {when} starten sollte, abgesagt."),
        "postpone": ("Der {fuer} geplante Hilfstransport {org.gen} {to} verzögert sich.",
                     "Der Hilfstransport {org.gen} {to}, der {when} starten sollte, verzögert sich."),
        "minor_past": ("{when} hatte {org.nom} bereits {goods} {to} gebracht.",),
        "minor_future": ("{when} will {org.nom} zudem {goods} {to} bringen.",),
        "followup": ("Der Hilfskonvoi {nwhen} war nach Angaben {org.gen} erst der Anfang.",),
        "detail_past": ("Die Güter wurden in einer Halle am Stadtrand verteilt.",
                        "Ehrenamtliche halfen beim Entladen.",
                        "An Bord waren nach Angaben der Helfer rund {tons} Tonnen Hilfsgüter.",
                        "Die Lieferung war über Spenden finanziert worden.",
                        "Die Fahrer waren mehr als [20|30|40] Stunden unterwegs.",
                        "Mit der Verteilung begannen die Helfer noch am selben Tag.",
                        "Die Hilfsgüter sollen vor allem Familien mit Kindern zugutekommen.",
                        "Weitere Lastwagen stehen bereit."),
        "detail_future": ("Die Spenden werden derzeit in einem Lager sortiert.",
                          "Geplant ist der Transport von rund {tons} Tonnen Hilfsgütern.",
                          "Die Fahrer sollen mehr als einen Tag unterwegs sein.",
                          "Die Hilfsgüter sollen an Familien mit Kindern verteilt werden.",
                          "Geplant sind mehrere Fahrten."),
        "title_past": ("{org_head} bringt Hilfsgüter {to}",), "title_future": ("Hilfskonvoi {to} geplant",),
        "title_cancel": ("Hilfstransport {to} abgesagt",), "title_postpone": ("Hilfstransport {to} verzögert sich",),
    }

    def cast(self, reg, rng, day, parent):
        which = rng.randrange(3)
        if which == 0:
            org = reg.fixed_org("thw", "Technisches Hilfswerk", NounPhrase("das Technische Hilfswerk (THW)", "das Technische Hilfswerk (THW)",
                                                                           "dem Technischen Hilfswerk (THW)", "des Technischen Hilfswerks (THW)"),
                                NounPhrase("das THW", "das THW", "dem THW", "des THW"), "THW", "THW", "authority", ("THW",))
        elif which == 1:
            org = reg.fixed_org("drk", "Deutsches Rotes Kreuz", NounPhrase("das Deutsche Rote Kreuz (DRK)", "das Deutsche Rote Kreuz (DRK)",
                                                                           "dem Deutschen Roten Kreuz (DRK)", "des Deutschen Roten Kreuzes (DRK)"),
                                NounPhrase("das DRK", "das DRK", "dem DRK", "des DRK"), "DRK", "DRK", "ngo", ("DRK",))
        else:
            org = reg.fixed_org("caritas", "Caritas", np_def("f", "Caritas"), np_def("f", "Caritas"), "Caritas", "Caritas", "ngo")
        if parent is not None and parent.place is not None:
            place = parent.place
        else:
            place = rng.choice((Place("Ukraine", "in der Ukraine", "in die Ukraine", kind="country"),
                                Place("Türkei", "in der Türkei", "in die Türkei", kind="country"),
                                Place("Libanon", "im Libanon", "in den Libanon", kind="country")))
        goods, goods_dat = rng.choice(lx.AID_GOODS)
        return Cast({"org": org}, place, {"goods": goods, "goods_dat": goods_dat, "tons": rng.randrange(8, 60), "trucks": number_word(rng.randrange(3, 12)),
                                          "org_head": org.headline},
                    f"Hilfslieferung von {org.name} {place.to}")


class Evacuation(Kind):
    key, types, domain, weight = "evacuation", ("Evacuation",), "disaster", 0.5
    clock = True
    weekdays = (6,)
    cancel_rate, postpone_rate = 0.04, 0.06
    T = {
        "past": ("Wegen der Entschärfung einer Weltkriegsbombe mussten {when} {where} rund {n} Menschen ihre Wohnungen verlassen.",
                 "{when} ist {where} ein Gebiet rund um den Fundort einer Fliegerbombe geräumt worden.",
                 "Für die Entschärfung einer Fliegerbombe wurde {when} {where} ein Sperrkreis von {radius} Metern evakuiert."),
        "future": ("{when} müssen {where} rund {n} Anwohner wegen der Entschärfung einer Weltkriegsbombe ihre Wohnungen verlassen.",
                   "Die Räumung des Sperrgebiets {where} ist {fuer} geplant.",
                   "{where_cap} soll {when} ein Gebiet rund um den Fundort einer Fliegerbombe evakuiert werden."),
        "cancel": ("Die {fuer} geplante Evakuierung {where} ist abgesagt worden, weil die Bombe abtransportiert werden konnte.",
                   "Die Evakuierung {where}, die {when} stattfinden sollte, fällt aus."),
        "postpone": ("Die {fuer} geplante Evakuierung {where} wird verschoben.",
                     "Die Evakuierung {where}, die {when} stattfinden sollte, ist verschoben worden."),
        "minor_past": ("{when} hatten {where} rund {n} Menschen wegen einer Fliegerbombe ihre Wohnungen verlassen müssen.",),
        "minor_future": ("{when} steht {where} zudem die Räumung eines Wohngebiets wegen einer Fliegerbombe an.",),
        "followup": ("Nach der Evakuierung {nwhen} kehrt {where} wieder Alltag ein.",),
        "detail_past": ("Die Entschärfung dauerte rund zwei Stunden.",
                        "Der Kampfmittelräumdienst machte den Zünder unschädlich.",
                        "Für Betroffene wurde eine Notunterkunft in einer Schule eingerichtet.",
                        "Der Sperrkreis hatte einen Radius von {radius} Metern.",
                        "Rund {n} Menschen waren von der Räumung betroffen.",
                        "Am Nachmittag durften die Anwohner in ihre Wohnungen zurückkehren.",
                        "Mehrere Bus- und Straßenbahnlinien wurden umgeleitet.",
                        "Die Polizei kontrollierte, ob alle Wohnungen verlassen waren.",
                        "Die Entschärfung begann mit Verzögerung, weil sich noch Menschen im Sperrgebiet aufhielten."),
        "detail_future": ("Für Betroffene wird eine Notunterkunft in einer Schule eingerichtet.",
                          "Die Bombe war bei Bauarbeiten entdeckt worden.",
                          "Der Sperrkreis soll einen Radius von {radius} Metern haben.",
                          "Betroffen sind rund {n} Menschen.",
                          "Die Anwohner müssen ihre Wohnungen bis zum Morgen verlassen haben.",
                          "Die Entschärfung soll am Vormittag beginnen.",
                          "Für Bettlägerige stehen Krankentransporte bereit."),
        "title_past": ("Fliegerbombe entschärft: {n} Menschen evakuiert", "Bombenentschärfung {where}"),
        "title_future": ("Weltkriegsbombe: Evakuierung {where} geplant",), "title_cancel": ("Evakuierung {where} abgesagt",),
        "title_postpone": ("Evakuierung {where} verschoben",),
    }

    def cast(self, reg, rng, day, parent):
        city = reg.city(rng)
        return Cast({}, city, {"n": thousands(rng.randrange(10, 160) * 100), "radius": rng.choice((300, 500, 800, 1000)),
                               "where_cap": city.where[:1].upper() + city.where[1:]}, f"Evakuierung wegen Fliegerbombe {city.where}")


# --- elections ------------------------------------------------------------------------------------

class Election(Kind):
    key, types, domain, weight = "election", ("Election",), "elections", 0.6
    dayparts = False
    weekdays = (6,)
    cancel_rate = postpone_rate = 0.0
    satellites = (("swearing_in", 20, 60, 0.5),)
    T = {
        "past": ("{when} haben die {city_adj} {winner.acc} {to_office}.",
                 "Bei der Oberbürgermeisterwahl {where} hat sich {when} {winner.nom} durchgesetzt.",
                 "{winner.nom} hat {when} die Oberbürgermeisterwahl {where} gewonnen.",
                 "{when} wurde {where} ein neues Stadtoberhaupt gewählt."),
        "future": ("{when} wählen die {city_adj} ein neues Stadtoberhaupt.",
                   "Die Oberbürgermeisterwahl {where} findet {when} statt.",
                   "{when} entscheiden rund {voters} Wahlberechtigte {where} über die Nachfolge von {incumbent.dat}."),
        "minor_past": ("{when} war {winner.nom} {where} zum neuen Stadtoberhaupt gewählt worden.",
                       "Bei der Wahl {nwhen} hatte {winner.nom} {pct} Prozent der Stimmen erhalten."),
        "minor_future": ("Die Oberbürgermeisterwahl {where} ist {fuer} angesetzt.",
                         "{when} wählen die {city_adj} ihr neues Stadtoberhaupt."),
        "followup": ("Nach der Oberbürgermeisterwahl {nwhen} beginnt {where} die Übergabe der Amtsgeschäfte.",),
        "detail_past": ("{winner.sur} erhielt {pct} Prozent der Stimmen, {second.nom} kam auf {pct2} Prozent.",
                        "Die Wahlbeteiligung lag bei {turnout} Prozent.",
                        "{incumbent.nom} war nach {years} Jahren im Amt nicht mehr angetreten.",
                        "Eine Stichwahl ist damit nicht nötig.",
                        "Die Auszählung zog sich bis in den späten Abend.",
                        "Wahlberechtigt waren rund {voters} Menschen.",
                        "{winner.sur} setzte sich in fast allen Stadtteilen durch.",
                        "Das Ergebnis fiel deutlicher aus als in den Umfragen erwartet.",
                        "Die übrigen Bewerber blieben deutlich zurück.",
                        "Noch am Wahlabend gratulierte {second.sur} zum Sieg."),
        "detail_future": ("Um das Amt bewerben sich {cands.nom}.",
                          "Amtsinhaber {incumbent.sur} tritt nicht mehr an.",
                          "Erreicht niemand mehr als die Hälfte der Stimmen, kommt es zur Stichwahl.",
                          "Wahlberechtigt sind rund {voters} Menschen.",
                          "Die Wahllokale sind von 8 bis 18 Uhr geöffnet.",
                          "Die Briefwahlunterlagen wurden bereits verschickt.",
                          "Das vorläufige Ergebnis wird am späten Abend erwartet.",
                          "In Umfragen liegen {winner.sur} und {second.sur} nahezu gleichauf."),
        "title_past": ("{winner.sur} gewinnt OB-Wahl {where}", "Neues Stadtoberhaupt {where}: {winner.sur} setzt sich durch"),
        "title_future": ("OB-Wahl {where}: Wer folgt auf {incumbent.sur}?", "{city} wählt ein neues Stadtoberhaupt"),
    }

    def cast(self, reg, rng, day, parent):
        city = reg.city(rng)
        if city.land in ("Hamburg", "Bremen", "Land Berlin"):  # city-states elect no Oberbürgermeister
            return None
        parties = rng.sample(lx.PARTIES[:7], 3)
        cands = []
        for party in parties:
            cands.append(reg.new_person(rng, suffix=f" ({party})", intl=0.08))
        winner, second = cands[0], cands[1]
        incumbent = reg.role_person(rng, ("mayor", city.name), title=T["mayor"], bare=True, since=rng.randrange(2009, 2019))
        pct = rng.randrange(51, 64)
        to_office = "zur neuen Oberbürgermeisterin gewählt" if winner.gender == "f" else "zum neuen Oberbürgermeister gewählt"
        return Cast({"winner": winner, "second": second, "cands": cands, "incumbent": incumbent}, city,
                    {"city_adj": city.adjective, "city": city.name, "to_office": to_office, "pct": f"{pct},{rng.randrange(10)}",
                     "pct2": f"{rng.randrange(22, 100 - pct)},{rng.randrange(10)}", "turnout": f"{rng.randrange(38, 61)},{rng.randrange(10)}",
                     "voters": thousands(rng.randrange(60, 900) * 1000), "years": rng.choice((8, 12, 16)),
                     "office": "Oberbürgermeisterin" if winner.gender == "f" else "Oberbürgermeister"},
                    f"Oberbürgermeisterwahl in {city.name}")


class SwearingIn(Kind):
    key, types, domain, weight = "swearing_in", ("SwearingIn", "Appointment"), "elections", 0.0
    clock = True
    cancel_rate = postpone_rate = 0.0
    T = {
        "past": ("{p.nom} ist {when} {where} als {office} vereidigt worden.",
                 "{when} legte {p.nom} im {city_adj} Rathaus den Amtseid ab.",
                 "{when} wurde {p.nom} im Rathaus feierlich vereidigt."),
        "future": ("{p.nom} soll {when} im Rathaus vereidigt werden.",
                   "Die Vereidigung von {p.dat} ist {fuer} geplant.",
                   "{when} will {p.nom} im {city_adj} Rathaus den Amtseid ablegen."),
        "minor_past": ("{when} war {p.nom} als {office} vereidigt worden.",),
        "minor_future": ("Die Vereidigung ist {fuer} geplant.", "{when} soll {p.nom} im Rathaus vereidigt werden."),
        "followup": ("Seit der Vereidigung {nwhen} führt {p.nom} die Amtsgeschäfte.",),
        "detail_past": ("An der Feierstunde nahmen rund {guests} Gäste teil.", "In der anschließenden Rede versprach {p.sur} einen neuen Stil."),
        "detail_future": ("Zur Feierstunde werden rund {guests} Gäste erwartet.",),
        "title_past": ("{p.sur} als {office} vereidigt",), "title_future": ("{p.sur} wird vereidigt",),
    }

    def cast(self, reg, rng, day, parent):
        if parent is None or "winner" not in parent.actors:
            return None
        p = parent.actors["winner"]
        return Cast({"p": p}, parent.place, {"office": parent.data["office"], "city_adj": parent.data["city_adj"],
                                             "guests": rng.randrange(1, 5) * 100},
                    f"Vereidigung von {p.full} als {parent.data['office']}")


class Resignation(Kind):
    key, types, domain, weight = "resignation", ("Resignation",), "elections", 0.6
    plannable = False
    satellites = (("appointment", 5, 40, 0.5),)
    T = {
        "past": ("{p.nom} ist {when} {from_post} zurückgetreten.",
                 "{when} hat {p.nom} {p.sein}en Rücktritt erklärt.",
                 "{when} trat {p.nom} überraschend {from_post} zurück.",
                 "{p.nom} hat {when} {p.sein}en Rückzug {from_post_dat} angekündigt und ist mit sofortiger Wirkung zurückgetreten."),
        "minor_past": ("{when} war {p.nom} {from_post} zurückgetreten.",
                       "Nach dem Rücktritt {p.gen} {nwhen} sucht {org.nom} einen Nachfolger."),
        "followup": ("Nach dem Rücktritt {p.gen} {nwhen} ist die Zukunft {org.gen} offen.",),
        "detail_past": ("{p.sur} begründete den Schritt mit persönlichen Gründen.",
                        "Der Rücktritt kam für viele überraschend.",
                        "Der Schritt war zuletzt immer wieder spekuliert worden.",
                        "Der Rücktritt gilt mit sofortiger Wirkung.",
                        "Zuvor hatte es Berichte über Differenzen mit dem Aufsichtsgremium gegeben.",
                        "{p.sur} hatte das Amt erst vor wenigen Jahren übernommen.",
                        "Über eine Abfindung wurde zunächst nichts bekannt.",
                        "Die Nachfolge soll zügig geregelt werden."),
        "title_past": ("{p.sur} tritt zurück", "Rücktritt: {p.sur} gibt auf", "{org_head}: {p.sur} wirft hin"),
    }

    def cast(self, reg, rng, day, parent):
        if rng.random() < 0.5:
            org = reg.company(rng)
            p = reg.ceo(rng, org)
            from_post_dat = "von der Konzernspitze"
            reg.cache.pop(("ceo", org.oid))  # the post is vacant now
        else:
            org = reg.club(rng)
            p = reg.coach(rng, org)
            from_post_dat = "von der Trainerbank"
            reg.cache.pop(("coach", org.oid))
        from_post = "von ihrem Amt" if p.gender == "f" else "von seinem Amt"
        return Cast({"p": p, "org": org}, None, {"from_post": from_post, "from_post_dat": from_post_dat,
                                                "org_head": org.headline, "_topic": "club" if org.kind == "club" else "corporate"},
                    f"Rücktritt von {p.full}")


class Appointment(Kind):
    key, types, domain, weight = "appointment", ("Appointment",), "elections", 0.0
    dayparts = False
    cancel_rate, postpone_rate = 0.0, 0.1
    T = {
        "past": ("{org.nom} hat {when} {p.acc} {to_post} berufen.",
                 "{when} wurde {p.nom} {to_post} ernannt."),
        "future": ("{when} will {org.nom} über die Nachfolge entscheiden.",
                   "Die Entscheidung über die Nachfolge soll {when} fallen."),
        "postpone": ("Die {fuer} geplante Entscheidung über die Nachfolge bei {org.dat} ist vertagt worden.",
                     "Die Entscheidung über die Nachfolge bei {org.dat}, die {when} fallen sollte, ist vertagt worden."),
        "minor_past": ("{when} war {p.nom} {to_post} berufen worden.",),
        "minor_future": ("{when} will {org.nom} über die Nachfolge entscheiden.",),
        "followup": ("Seit der Berufung {nwhen} arbeitet sich {p.nom} in das neue Amt ein.",),
        "detail_past": ("{p.sur} soll das Amt zum Monatsende antreten.",),
        "detail_future": ("Mehrere Kandidaten sind im Gespräch.",),
        "title_past": ("{p.sur} übernimmt bei {org_head}",), "title_future": ("{org_head} sucht Nachfolge",),
        "title_postpone": ("{org_head} vertagt Entscheidung über Nachfolge",),
    }

    def cast(self, reg, rng, day, parent):
        if parent is None or "org" not in parent.actors:
            return None
        org = parent.actors["org"]
        p = reg.new_person(rng, intl=0.1)
        is_club = org.kind == "club"
        post = ("zur neuen Trainerin" if p.gender == "f" else "zum neuen Trainer") if is_club else \
               ("zur neuen Vorstandschefin" if p.gender == "f" else "zum neuen Vorstandschef")
        return Cast({"p": p, "org": org}, None, {"to_post": post, "org_head": org.headline, "_topic": "club" if is_club else "corporate"},
                    f"Berufung von {p.full} bei {org.headline}")


# --- courts, transport, business, sport, society ------------------------------------------------

class Verdict(Kind):
    key, types, domain, weight = "verdict", ("Verdict", "Trial", "Decision"), "courts", 0.9
    clock = True
    weekdays = (0, 1, 2, 3, 4)
    cancel_rate, postpone_rate = 0.0, 0.08
    satellites = (("trial", -120, -20, 0.5),)
    T = {
        "past": ("{court.nom} hat {d.acc} {when} wegen {charge} zu {sentence} verurteilt.",
                 "{when} verurteilte {court.nom} {d.acc} wegen {charge} zu {sentence}.",
                 "Im Prozess gegen {d.acc} ist {when} vor {court.dat} das Urteil gefallen: {sentence_nom}.",
                 "{court.nom} hat {when} das Urteil gegen {d.acc} verkündet."),
        "future": ("{court.nom} will {when} das Urteil gegen {d.acc} verkünden.",
                   "Das Urteil im Prozess gegen {d.acc} wird {when} erwartet.",
                   "{when} soll im Prozess gegen {d.acc} vor {court.dat} das Urteil fallen."),
        "postpone": ("Die {fuer} geplante Urteilsverkündung im Prozess gegen {d.acc} ist verschoben worden.",
                     "Das Urteil gegen {d.acc}, das {when} fallen sollte, verzögert sich."),
        "minor_past": ("{when} war {d.nom} von {court.dat} zu {sentence} verurteilt worden.",),
        "minor_future": ("Das Urteil wird {when} erwartet.",),
        "followup": ("Nach dem Urteil {nwhen} gegen {d.acc} hat die Verteidigung Revision eingelegt.",),
        "detail_past": ("Die Staatsanwaltschaft hatte eine höhere Strafe gefordert.",
                        "Das Urteil ist noch nicht rechtskräftig.",
                        "{judge.nom} sprach in der Urteilsbegründung von einem „erheblichen Schaden“.",
                        "Die Verteidigung kündigte an, Rechtsmittel zu prüfen.",
                        "Die Kammer sah den Vorwurf {charge_article} als erwiesen an.",
                        "Das Gericht blieb damit unter der Forderung der Staatsanwaltschaft.",
                        "Der Haftbefehl bleibt in Vollzug.",
                        "Die Urteilsverkündung dauerte knapp eine Stunde.",
                        "Im Saal waren auch Angehörige der Geschädigten.",
                        "Das Gericht ordnete zudem die Einziehung von Vermögen an."),
        "detail_future": ("Die Staatsanwaltschaft fordert {sentence_demand}.",
                          "Die Verteidigung plädiert auf Freispruch.",
                          "{d_nom} hat sich im Prozess nicht zu den Vorwürfen geäußert.",
                          "Die Kammer hat an mehreren Verhandlungstagen Zeugen gehört.",
                          "Der Prozess läuft seit mehreren Monaten.",
                          "Das Urteil soll am Nachmittag verkündet werden."),
        "title_past": ("{sentence_head} für {d_head}", "Urteil im Prozess um {case}", "Gericht verurteilt {d_head}"),
        "title_future": ("Urteil im Prozess um {case} erwartet",), "title_postpone": ("Urteil im Prozess um {case} verschoben",),
    }

    def cast(self, reg, rng, day, parent):
        city = reg.city(rng)
        court = reg.court(rng, city, "Landgericht")
        judge = reg.role_person(rng, ("judge", court.oid, rng.randrange(3)), title=T["judge"], since=rng.randrange(2005, 2022))
        g = "f" if rng.random() < 0.3 else "m"
        d = reg.defendant(rng, g)
        charge_gen, charge_nom, charge_article = rng.choice(lx.CHARGES)
        years, months = rng.randrange(1, 8), rng.choice((0, 3, 6, 9))
        sent = f"{number_word(years) if years > 1 else 'einem'} Jahr{'en' if years > 1 else ''}" + (f" und {number_word(months)} Monaten" if months else "")
        sentence = f"einer Haftstrafe von {sent}"
        head = "Haftstrafe"
        if years == 1 and rng.random() < 0.6:
            sentence = f"einer Bewährungsstrafe von {sent}"
            head = "Bewährungsstrafe"
        return Cast({"court": court, "d": d, "judge": judge}, city,
                    {"d_nom": "die Angeklagte" if g == "f" else "der Angeklagte",
                     "d_dat": "der Angeklagten" if g == "f" else "dem Angeklagten",
                     "d_gen": "der Angeklagten" if g == "f" else "des Angeklagten", "charge": charge_gen,
                     "charge_article": charge_article, "sentence": sentence, "sentence_nom": sentence.replace("einer ", "eine ", 1),
                     "sentence_head": head, "d_head": f"{d.age}-Jährige{'n' if g == 'm' else ''}",
                     "sentence_demand": f"{number_word(years + 1)} Jahre Haft", "case": charge_nom},
                    f"Urteil gegen {d.full} ({charge_nom}) am {court.name}")


class Trial(Kind):
    key, types, domain, weight = "trial", ("Trial",), "courts", 0.0
    plannable = False
    T = {
        "past": ("Der Prozess gegen {d.acc} hatte {when} vor {court.dat} begonnen.",),
        "minor_past": ("Der Prozess hatte {when} begonnen.", "{when} hatte vor {court.dat} der Prozess gegen {d.acc} begonnen."),
        "followup": ("Seit dem Prozessauftakt {nwhen} hat das Gericht mehr als 20 Zeugen gehört.",),
        "detail_past": ("Zum Auftakt hatte {d.nom} geschwiegen.",),
        "title_past": ("Prozessauftakt vor dem {court_head}",),
    }

    def cast(self, reg, rng, day, parent):
        if parent is None or "d" not in parent.actors:
            return None
        return Cast({"d": parent.actors["d"], "court": parent.actors["court"]}, parent.place,
                    {**parent.data, "court_head": parent.actors["court"].headline}, f"Prozessbeginn gegen {parent.actors['d'].full}")


class Accident(Kind):
    key, types, domain, weight = "accident", ("Accident",), "transport", 0.8
    plannable = False
    satellites = (("investigation", 0, 3, 0.5),)
    T = {
        "past": ("{when} ist ein {train} {op.gen} bei {place_name} entgleist.",
                 "Bei einem Zugunglück nahe {place_name} sind {when} {injured} Menschen verletzt worden.",
                 "{when} ist bei {place_name} ein {train} {op.gen} mit einem Lastwagen zusammengestoßen.",
                 "Ein {train} {op.gen} ist {when} bei {place_name} aus den Gleisen gesprungen."),
        "minor_past": ("Bei der Entgleisung {nwhen} waren {injured} Menschen verletzt worden.",
                       "{when} war bei {place_name} ein {train} entgleist."),
        "followup": ("Nach dem Zugunglück {nwhen} bei {place_name} ist die Strecke wieder freigegeben.",
                     "Die Entgleisung {nwhen} bei {place_name} wirft Fragen nach dem Zustand der Strecke auf."),
        "detail_past": ("{injured_cap} Fahrgäste erlitten Verletzungen, {severe} von ihnen schwere.",
                        "Die Strecke wurde in beide Richtungen gesperrt.",
                        "Rettungskräfte waren mit einem Großaufgebot im Einsatz.",
                        "Ein Hubschrauber brachte Verletzte in umliegende Krankenhäuser.",
                        "Mehrere Waggons kippten zur Seite.",
                        "Der Lokführer wurde leicht verletzt.",
                        "Die Fahrgäste wurden in eine nahe gelegene Turnhalle gebracht.",
                        "Die Bergung der Waggons dauerte bis in die Nacht.",
                        "Die Bundespolizei sicherte die Unglücksstelle.",
                        "Der Zug war auf dem Weg nach {dest}.",
                        "Die Strecke bleibt voraussichtlich mehrere Tage gesperrt."),
        "title_past": ("Zugunglück bei {place_name}: {injured} Verletzte", "{train} bei {place_name} entgleist"),
    }

    def cast(self, reg, rng, day, parent):
        if rng.random() < 0.4:
            op = reg.fixed_org("db", "Deutsche Bahn", NounPhrase("die Deutsche Bahn", "die Deutsche Bahn", "der Deutschen Bahn", "der Deutschen Bahn"),
                               NounPhrase("die Bahn", "die Bahn", "der Bahn", "der Bahn"), "Bahn", "Bahn", "company", ("DB", "Bahn"))
        else:
            op = reg.company(rng, "rail")
        place = reg.city(rng) if rng.random() < 0.6 else reg.town(rng)
        injured = rng.randrange(3, 40)
        dest = rng.choice([c for c in reg.cities if c.name != place.name]).name
        return Cast({"op": op}, place, {"train": rng.choice(("Regionalzug", "Regionalexpress", "Intercity", "Güterzug")), "dest": dest,
                                        "place_name": place.name, "injured": number_word(injured), "injured_cap": number_word(injured).capitalize(),
                                        "severe": number_word(max(2, injured // 5))},
                    f"Zugunglück bei {place.name}")


class Investigation(Kind):
    key, types, domain, weight = "investigation", ("Investigation",), "transport", 0.0
    plannable = False
    T = {
        "past": ("{so.nom} hat {when} Ermittlungen aufgenommen.", "{when} leitete {so.nom} ein Ermittlungsverfahren ein."),
        "minor_past": ("{so.nom} hatte {when} Ermittlungen wegen fahrlässiger Körperverletzung aufgenommen.",),
        "followup": ("Die Ermittlungen {nwhen} dauern an.",),
        "detail_past": ("Ermittelt wird wegen des Verdachts der fahrlässigen Körperverletzung.",),
        "title_past": ("Staatsanwaltschaft ermittelt nach Unglück",),
    }

    def cast(self, reg, rng, day, parent):
        if parent is None or parent.place is None:
            return None
        city = parent.place if parent.place.kind == "city" else reg.city(rng)
        so = reg.prosecutor_office(city)
        return Cast({"so": so}, city, {}, f"Ermittlungen der {so.name}")


class ProductLaunch(Kind):
    key, types, domain, weight = "product_launch", ("ProductLaunch", "Announcement"), "business", 0.8
    clock = True
    satellites = (("market_launch", 30, 100, 0.4),)
    T = {
        "past": ("{c.nom} hat {when} {where} {prod.acc} vorgestellt.",
                 "{when} präsentierte {p.nom} {where} {prod.acc}.",
                 "{c.nom} hat {when} {where} {prod.acc} der Öffentlichkeit präsentiert."),
        "future": ("{c.nom} will {when} {where} {prod.acc} vorstellen.",
                   "{when} soll {where} {prod.nom} vorgestellt werden.",
                   "Die Vorstellung {prod.gen} ist {fuer} {where} geplant."),
        "cancel": ("Die {fuer} geplante Vorstellung {prod.gen} ist abgesagt worden.",
                   "{c.nom} hat die Vorstellung {prod.gen}, die {when} stattfinden sollte, abgesagt."),
        "postpone": ("{c.nom} hat die {fuer} geplante Vorstellung {prod.gen} verschoben.",
                     "{c.nom} hat die Vorstellung {prod.gen}, die {when} stattfinden sollte, verschoben."),
        "minor_past": ("{when} hatte {c.nom} {prod.acc} vorgestellt.",),
        "minor_future": ("{when} will {c.nom} {prod.acc} vorstellen.",),
        "followup": ("Seit der Vorstellung {nwhen} hat {c.nom} nach eigenen Angaben Tausende Vorbestellungen erhalten.",),
        "detail_past": ("Der Preis liegt nach Unternehmensangaben bei {price} Euro.",
                        "Die Präsentation wurde live im Internet übertragen.",
                        "Analysten reagierten verhalten.",
                        "Das Modell soll vor allem jüngere Kunden ansprechen.",
                        "Entwickelt wurde es nach Unternehmensangaben in nur zwei Jahren.",
                        "Zur Vorstellung kamen mehrere Hundert Gäste.",
                        "{p.sur} sprach von einem „neuen Kapitel“ für das Unternehmen.",
                        "In den Handel kommen soll das Produkt nach Unternehmensangaben in den kommenden Monaten.",
                        "Das Unternehmen setzt große Hoffnungen in das neue Modell.",
                        "Vorbestellungen sind ab sofort möglich."),
        "detail_future": ("Zum Preis machte das Unternehmen noch keine Angaben.",
                          "Erwartet werden mehrere Hundert Gäste aus der Branche.",
                          "Die Vorstellung soll live im Internet übertragen werden.",
                          "Einzelheiten hält das Unternehmen bislang geheim.",
                          "Das Unternehmen hat zu der Präsentation Hunderte Gäste eingeladen.",
                          "Branchenkenner rechnen mit einem Preis im oberen Segment."),
        "title_past": ("{c_head} stellt {prod_head} vor", "{c_head} zeigt {prod_head}"),
        "title_future": ("{c_head} will {prod_head} vorstellen",), "title_cancel": ("{c_head} sagt Vorstellung ab",),
        "title_postpone": ("{c_head} verschiebt Vorstellung",),
    }

    def cast(self, reg, rng, day, parent):
        c = reg.company(rng)
        noun, g = lx.SECTORS[c.sector][1]
        model = f"{rng.choice(lx.PRODUCT_NAMES)} {rng.randrange(2, 9)}"
        prod = np_def(g, noun, gen_noun=noun + ("s" if g != "f" and not noun.endswith("e") else ""), adjective="neu", rest=f"„{model}“")
        p = reg.ceo(rng, c)
        place = rng.choice((reg.city(rng), c.city or reg.city(rng)))
        return Cast({"c": c, "p": p}, place, {"prod": prod, "prod_head": model, "noun": noun, "c_head": c.headline,
                                              "price": thousands(rng.randrange(3, 400) * 10 + 9), "model": model},
                    f"Vorstellung von {c.headline} {model}")


class MarketLaunch(Kind):
    key, types, domain, weight = "market_launch", ("ProductLaunch",), "business", 0.0
    dayparts = False
    T = {
        "past": ("{prod.nom} ist {when} in den Handel gekommen.", "{when} brachte {c.nom} {prod.acc} auf den Markt."),
        "future": ("{prod.nom} soll {when} in den Handel kommen.", "Die Markteinführung ist {fuer} geplant."),
        "cancel": ("Die {fuer} geplante Markteinführung {prod.gen} ist abgesagt.",
                   "{c.nom} hat die Markteinführung {prod.gen}, die {when} erfolgen sollte, abgesagt."),
        "postpone": ("Die {fuer} geplante Markteinführung {prod.gen} verzögert sich.",
                     "{c.nom} hat die Markteinführung {prod.gen}, die {when} erfolgen sollte, verschoben."),
        "minor_past": ("{when} war {prod.nom} in den Handel gekommen.",),
        "minor_future": ("In den Handel kommen soll {prod.nom} {when}.", "Die Markteinführung ist {fuer} geplant."),
        "followup": ("Seit der Markteinführung {nwhen} ist {prod.nom} vielerorts ausverkauft.",),
        "detail_past": ("Die Nachfrage übertraf nach Angaben des Herstellers die Erwartungen.",),
        "detail_future": ("Vorbestellungen sind bereits möglich.",),
        "title_past": ("{prod_head} jetzt im Handel",), "title_future": ("{prod_head}: Marktstart geplant",),
        "title_cancel": ("Marktstart für {prod_head} abgesagt",), "title_postpone": ("Marktstart für {prod_head} verschoben",),
    }

    def cast(self, reg, rng, day, parent):
        if parent is None or "prod" not in parent.data:
            return None
        return Cast({"c": parent.actors["c"]}, None, dict(parent.data), f"Markteinführung von {parent.data['model']}")


class Match(Kind):
    key, types, domain, weight = "match", ("SportsMatch",), "sport", 1.0
    clock = True
    weekdays = (2, 5, 6)
    cancel_rate, postpone_rate = 0.03, 0.05
    T = {
        "past": (),
        "future": ("{when} empfängt {h.nom} {g.acc}.",
                   "Das Spiel zwischen {h.dat} und {g.dat} ist {fuer} angesetzt.",
                   "{h.nom} trifft {when} auf {g.acc}.",
                   "Anstoß der Partie zwischen {h.dat} und {g.dat} ist {when}."),
        "cancel": ("Die {fuer} geplante Partie zwischen {h.dat} und {g.dat} ist abgesagt worden.",
                   "Das Spiel zwischen {h.dat} und {g.dat}, das {when} stattfinden sollte, fällt aus."),
        "postpone": ("Das Spiel zwischen {h.dat} und {g.dat}, das {when} stattfinden sollte, ist wegen eines unbespielbaren Platzes verschoben worden.",),
        "minor_past": (),
        "minor_future": ("{when} trifft {h.nom} auf {g.acc}.", "Das nächste Spiel gegen {g.acc} ist {fuer} angesetzt."),
        "followup": ("Nach dem {score} {nwhen} gegen {g.acc} herrscht bei {h.dat} {mood}.",),
        "detail_past": (),
        "detail_future": ("Erwartet werden rund {crowd} Zuschauer.", "{coach.nom} kann personell fast aus dem Vollen schöpfen.",
                          "Beide Mannschaften gehen mit Personalsorgen in die Partie.",
                          "Für beide Teams geht es um wichtige Punkte im Abstiegskampf.",
                          "Der Gastgeber hat drei der vergangenen vier Heimspiele gewonnen.",
                          "Anpfiff ist am Nachmittag.",
                          "Die Gastgeber sind seit [drei|vier|fünf] Spielen ungeschlagen.",
                          "Der Gegner reist mit breiter Brust an."),
        "title_past": (), "title_future": ("{h_head} gegen {g_head}: Vorschau auf das Spitzenspiel", "{h_head} empfängt {g_head}"),
        "title_cancel": ("Spiel {h_head} gegen {g_head} abgesagt",), "title_postpone": ("Spiel {h_head} gegen {g_head} verschoben",),
    }

    def cast(self, reg, rng, day, parent):
        h, g = reg.club(rng), reg.club(rng)
        if h is g:
            return None
        a, b = rng.randrange(0, 5), rng.randrange(0, 4)
        score = f"{a}:{b}"
        if a > b:
            results = [f"{{h.nom}} hat {{when}} gegen {{g.acc}} mit {score} gewonnen.", f"{{when}} gewann {{h.nom}} gegen {{g.acc}} mit {score}."]
            minor = f"{{when}} hatte {{h.nom}} gegen {{g.acc}} mit {score} gewonnen."
            head = f"{h.headline} schlägt {g.headline} {score}"
            mood = "Erleichterung"
        elif a < b:
            results = [f"{{g.nom}} hat {{when}} bei {{h.dat}} mit {b}:{a} gewonnen.", f"{{h.nom}} hat {{when}} gegen {{g.acc}} mit {score} verloren."]
            minor = f"{{when}} hatte {{h.nom}} gegen {{g.acc}} mit {score} verloren."
            head = f"{g.headline} gewinnt bei {h.headline}"
            mood = "Ernüchterung"
        else:
            results = [f"{{when}} trennten sich {{h.nom}} und {{g.nom}} {score} unentschieden.",
                       f"Im Spiel gegen {{g.acc}} kam {{h.nom}} {{when}} nicht über ein {score} hinaus."]
            minor = f"{{when}} hatten sich {{h.nom}} und {{g.nom}} {score} unentschieden getrennt."
            head = f"{score} zwischen {h.headline} und {g.headline}"
            mood = "gemischte Stimmung"
        home_voice = "sport_win" if a > b else "sport_loss" if a < b else "sport_draw"
        guest_voice = {"sport_win": "sport_loss", "sport_loss": "sport_win"}.get(home_voice, "sport_draw")
        striker = reg.role_person(rng, ("striker", h.oid), title=T["striker"], gender="m", intl=0.3)
        coach = reg.coach(rng, h)
        details = ["Vor {crowd} Zuschauern fiel die Entscheidung in der Schlussphase.",
                   "Die Gäste spielten ab der 60. Minute in Unterzahl.",
                   "Die erste Halbzeit verlief weitgehend ereignislos.",
                   "Nach der Pause erhöhten die Gastgeber den Druck.",
                   "Der Schiedsrichter zeigte insgesamt [fünf|sechs|sieben] Gelbe Karten.",
                   "In der Nachspielzeit hatten beide Teams noch Chancen.",
                   "{coach.nom} wechselte zur Pause zweimal."]
        if a:
            details.append("Das erste Tor für die Gastgeber erzielte {striker.nom}.")
        return Cast({"h": h, "g": g, "striker": striker, "coach": coach}, h.city,
                    {"T_past": tuple(results), "T_minor_past": (minor,), "T_title_past": (head,), "T_detail_past": tuple(details),
                     "_voice_coach": home_voice, "_voice_striker": home_voice, "_voice_g": guest_voice,
                     "score": score, "mood": mood,
                     "crowd": thousands(rng.randrange(8, 120) * 100), "h_head": h.headline, "g_head": g.headline},
                    f"Spiel {h.name} gegen {g.name}")

    def templates(self, cast: Cast, situation: str) -> tuple[str, ...]:
        return cast.data.get("T_" + situation) or self.T.get(situation, ())


class Protest(Kind):
    key, types, domain, weight = "protest", ("Protest",), "society", 1.0
    clock = True
    weekdays = (5, 5, 6, 0, 3)
    T = {
        "past": ("{when} haben {where} nach Polizeiangaben rund {n_police} Menschen {cause} demonstriert.",
                 "Zu einer Kundgebung {org.gen} kamen {when} {where} mehrere Tausend Menschen.",
                 "{when} zogen {where} Tausende Demonstrierende durch die Innenstadt, um {cause} zu demonstrieren.",
                 "{org.nom} hat {when} {where} eine Großdemonstration {cause} veranstaltet."),
        "today": ("{when} demonstrieren {where} Tausende Menschen {cause}.",),
        "future": ("{org.nom} hat {fuer} zu einer Großdemonstration {where} aufgerufen.",
                   "{when} wollen {where} Tausende Menschen {cause} auf die Straße gehen.",
                   "Für die Demonstration {org.gen} {when} {where} werden mehrere Tausend Teilnehmer erwartet."),
        "cancel": ("Die {fuer} geplante Demonstration {org.gen} {where} ist abgesagt worden.",
                   "{org.nom} hat die Demonstration, die {when} {where} stattfinden sollte, abgesagt."),
        "postpone": ("Die {fuer} geplante Demonstration {org.gen} {where} wird verschoben.",
                     "{org.nom} hat die Demonstration, die {when} {where} stattfinden sollte, verschoben."),
        "minor_past": ("Bereits {when} hatten {where} Tausende Menschen {cause} demonstriert.",),
        "minor_future": ("{when} ist {where} eine weitere Demonstration geplant.",),
        "followup": ("Nach der Großdemonstration {nwhen} {where} will {org.nom} den Druck aufrechterhalten.",),
        "detail_past": ("Die Veranstalter sprachen von {n_org} Teilnehmern.",
                        "Die Polizei meldete einen weitgehend friedlichen Verlauf.",
                        "Auf Transparenten hieß es: „Wir sind nicht zu überhören“.",
                        "Der Zug führte vom Hauptbahnhof durch die Innenstadt.",
                        "Auf der Abschlusskundgebung sprachen Vertreter mehrerer Initiativen.",
                        "Der Verkehr in der Innenstadt kam zeitweise zum Erliegen.",
                        "Aufgerufen hatte {org.nom}.",
                        "Die Teilnehmenden forderten ein Umdenken der Stadtspitze.",
                        "Viele trugen selbst gemalte Schilder.",
                        "Die Kundgebung endete am frühen Nachmittag."),
        "detail_future": ("Die Polizei rechnet mit Verkehrsbehinderungen in der Innenstadt.",
                          "Angemeldet sind {n_org} Teilnehmer.",
                          "Aufgerufen hat {org.nom}.",
                          "Die Route soll durch die Innenstadt führen.",
                          "Die Veranstalter rechnen mit großer Beteiligung.",
                          "Zum Abschluss ist eine Kundgebung vor dem Rathaus geplant.",
                          "Die Teilnehmenden wollen am Hauptbahnhof starten.",
                          "Zahlreiche Organisationen haben ihre Unterstützung zugesagt."),
        "title_past": ("Tausende demonstrieren {where}", "Großdemo {where}: Protest {cause}"),
        "title_today": ("Demonstration {where}: Innenstadt gesperrt",),
        "title_future": ("Großdemonstration {where} angekündigt",), "title_cancel": ("Demonstration {where} abgesagt",),
        "title_postpone": ("Demonstration {where} verschoben",),
    }

    def cast(self, reg, rng, day, parent):
        city = reg.city(rng)
        name, g, gen, head, cause = rng.choice(lx.PROTEST_CAUSES)
        name, gen = name.format(city=city.name), gen.format(city=city.name)
        org = reg.fixed_org(f"protest:{name}", name, np_def(g, name, gen_noun=gen), np_def(g, head, gen_noun=head + ("ses" if head.endswith("nis") else "s" if g != "f" else "")),
                            name.replace(" ", "-"), name, "ngo", real=False, city=city)
        police = rng.randrange(15, 200) * 100
        return Cast({"org": org}, city, {"cause": cause, "n_police": thousands(police), "n_org": thousands(police * rng.choice((2, 3)))},
                    f"Demonstration {cause} in {city.name}")


class Death(Kind):
    key, types, domain, weight = "death", ("Death",), "society", 0.5
    plannable = False
    satellites = (("funeral", 5, 16, 0.7),)
    T = {
        "past": ("{p.nom} ist {when} im Alter von {age} Jahren {where} gestorben.",
                 "{when} starb {p.nom} {where} im Alter von {age} Jahren.",
                 "{p.nom} ist {when} nach kurzer, schwerer Krankheit gestorben."),
        "minor_past": ("{p.nom} war {when} im Alter von {age} Jahren gestorben.",),
        "followup": ("Nach dem Tod {p.gen} {nwhen} erinnert {where} eine Ausstellung an {p.ihn}.",),
        "detail_past": ("{p.sur} hinterlässt {family}.",
                        "Die Nachricht löste große Anteilnahme aus.",
                        "{p.sur} wurde {born} in {birthplace} geboren.",
                        "Die Familie bestätigte den Tod.",
                        "Bis zuletzt war {p.sur} öffentlich aufgetreten.",
                        "Das Werk umfasst Hunderte Arbeiten.",
                        "Über die Todesursache wurde zunächst nichts bekannt.",
                        "{p.sur} galt als eine der prägenden Persönlichkeiten der Region."),
        "title_past": ("{p.sur} ist tot", "Trauer um {p.sur}", "{p_role} {p.sur} mit {age} Jahren gestorben"),
    }

    def cast(self, reg, rng, day, parent):
        city = reg.city(rng)
        masc, fem, kind = rng.choice(lx.DECEASED_ROLES)
        title = Title(masc, fem, kind)
        age = rng.randrange(62, 97)
        p = reg.new_person(rng, title=title, age=age, intl=0.05)
        return Cast({"p": p}, city, {"age": age, "family": rng.choice(("zwei Kinder", "drei Enkel", "eine Tochter")),
                                     "born": day.year - age, "birthplace": reg.city(rng).name,
                                     "p_role": fem if p.gender == "f" else masc},
                    f"Tod von {p.full}")


class Funeral(Kind):
    key, types, domain, weight = "funeral", ("Funeral",), "society", 0.0
    clock = True
    cancel_rate = postpone_rate = 0.0
    T = {
        "past": ("{when} haben {where} Hunderte Menschen Abschied von {p.dat} genommen.",
                 "{p.nom} ist {when} {where} beigesetzt worden.",
                 "Bei einer Trauerfeier {where} wurde {when} an {p.acc} erinnert."),
        "future": ("Die Trauerfeier für {p.acc} soll {when} {where} stattfinden.",
                   "{p.nom} wird {when} {where} beigesetzt."),
        "minor_past": ("{when} war {p.nom} {where} beigesetzt worden.",),
        "minor_future": ("Die Trauerfeier ist {fuer} geplant.", "{when} soll {p.nom} {where} beigesetzt werden."),
        "followup": ("Nach der Trauerfeier {nwhen} ist das Grab {p.gen} zu einem Ort der Erinnerung geworden.",),
        "detail_past": ("Unter den Trauergästen waren zahlreiche Weggefährten.", "Die Trauerrede hielt ein langjähriger Freund."),
        "detail_future": ("Die Familie bittet statt Blumen um Spenden.",),
        "title_past": ("Abschied von {p.sur}",), "title_future": ("Trauerfeier für {p.sur} geplant",),
    }

    def cast(self, reg, rng, day, parent):
        if parent is None or "p" not in parent.actors:
            return None
        return Cast({"p": parent.actors["p"]}, parent.place, {}, f"Trauerfeier für {parent.actors['p'].full}")


KINDS: dict[str, Kind] = {k.key: k for k in (
    PhoneCall(), Visit(), Summit(), Meeting(), Speech(), Agreement(), Sanction(), Strike(), Negotiation(), Flood(),
    Storm(), Warning(), VisitDisaster(), Aid(), Evacuation(), Election(), SwearingIn(), Resignation(), Appointment(),
    Verdict(), Trial(), Accident(), Investigation(), ProductLaunch(), MarketLaunch(), Match(), Protest(), Death(), Funeral())}
