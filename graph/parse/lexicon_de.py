"""German word lists that are not ontology labels: calendar words, numbers, tense cues.

Language data is data: the parse steps import these tables and never spell
German words inside their functions.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jan": 1,
    "februar": 2, "feber": 2, "feb": 2, "febr": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}
#: Full month names; every other key of MONTHS is an abbreviation that needs its period ("Okt.").
MONTH_NAMES = frozenset({
    "januar", "jänner", "februar", "feber", "märz", "maerz", "april", "mai", "juni", "juli",
    "august", "september", "oktober", "november", "dezember",
})

WEEKDAYS: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3,
    "freitag": 4, "samstag": 5, "sonnabend": 5, "sonntag": 6,
}

#: Parts of the day and their TIMEX3 codes.
DAY_PARTS: dict[str, str] = {
    "morgen": "MO", "früh": "MO", "vormittag": "MO",
    "mittag": "MI",
    "nachmittag": "AF",
    "abend": "EV",
    "nacht": "NI",
}

NUMBER_WORDS: dict[str, int] = {
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
    "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30,
    "vierzig": 40, "fünfzig": 50, "hundert": 100,
    "anderthalb": 2, "eineinhalb": 2, "zweieinhalb": 3,
}

#: Ordinals as words, for "im dritten Quartal", "am ersten Tag".
ORDINAL_WORDS: dict[str, int] = {
    "ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
    "vierten": 4, "vierte": 4, "letzten": -1, "letzte": -1,
}

#: Unit words → (unit code, ISO-8601 duration letter).
UNITS: dict[str, str] = {
    "tag": "D", "tage": "D", "tagen": "D", "tages": "D",
    "woche": "W", "wochen": "W",
    "monat": "M", "monate": "M", "monaten": "M", "monats": "M",
    "jahr": "Y", "jahre": "Y", "jahren": "Y", "jahres": "Y",
}

SEASONS: dict[str, str] = {
    "frühling": "SP", "frühjahr": "SP",
    "sommer": "SU", "herbst": "FA", "winter": "WI",
}

#: Words that move a relative unit: sign and whether it is the current unit.
RELATIVE_WORDS: dict[str, int] = {
    "diese": 0, "dieser": 0, "diesem": 0, "diesen": 0, "dieses": 0,
    "laufende": 0, "laufenden": 0, "aktuellen": 0,
    "kommende": 1, "kommenden": 1, "nächste": 1, "nächsten": 1, "folgende": 1,
    "folgenden": 1, "kommender": 1, "nächster": 1, "kommendes": 1, "nächstes": 1,
    "vergangene": -1, "vergangenen": -1, "letzte": -1, "letzten": -1,
    "vorige": -1, "vorigen": -1, "voriges": -1, "vergangener": -1, "letzter": -1,
    "vergangenes": -1, "letztes": -1,
}

#: Hedges that make a value approximate without changing it.
HEDGES = ("rund", "etwa", "ungefähr", "beinahe", "fast", "knapp", "gut", "mehr als",
          "über", "annähernd", "nahezu", "zirka", "ca.")

#: Tense and modality cues of a clause. Lower-case word forms.
FUTURE_CUES = frozenset({
    "soll", "sollen", "sollte", "sollten", "will", "wollen", "werde", "werden",
    "wird", "wirst", "geplant", "plant", "planen", "angesetzt", "anstehend",
    "anstehenden", "anstehende", "bevorstehend", "bevorstehenden", "bevorstehende",
    "vorgesehen", "angekündigt", "kündigte", "kündigt", "möchte", "möchten",
})
PAST_CUES = frozenset({
    "hatte", "hatten", "hat", "haben", "habe", "war", "waren", "ist", "sind",
    "wurde", "wurden", "worden", "gewesen", "hätte", "hätten",
})
#: Auxiliaries that only mark the past when a participle (ge-…-t/-en) follows.
PERFECT_AUXILIARIES = frozenset({"hat", "haben", "habe", "ist", "sind", "hatte", "hatten", "war", "waren"})

HOLIDAYS_FIXED: dict[str, tuple[int, int]] = {
    "heiligabend": (12, 24), "heiligen abend": (12, 24),
    "weihnachten": (12, 25), "weihnachtstag": (12, 25), "ersten weihnachtstag": (12, 25),
    "zweiten weihnachtstag": (12, 26),
    "silvester": (12, 31), "neujahr": (1, 1), "neujahrstag": (1, 1),
    "tag der deutschen einheit": (10, 3), "allerheiligen": (11, 1),
    "valentinstag": (2, 14), "reformationstag": (10, 31), "nikolaus": (12, 6),
    "dreikönigstag": (1, 6), "tag der arbeit": (5, 1), "maifeiertag": (5, 1),
}
#: Movable feasts as days after Easter Sunday.
HOLIDAYS_EASTER: dict[str, int] = {
    "rosenmontag": -48, "aschermittwoch": -46, "gründonnerstag": -3,
    "karfreitag": -2, "karsamstag": -1, "ostern": 0, "ostersonntag": 0,
    "ostermontag": 1, "christi himmelfahrt": 39, "himmelfahrt": 39,
    "pfingsten": 49, "pfingstsonntag": 49, "pfingstmontag": 50, "fronleichnam": 60,
}

#: Frequent German function words, for the cheap "is this German?" check.
GERMAN_STOPWORDS = frozenset({
    "der", "die", "das", "und", "in", "den", "von", "zu", "mit", "sich", "des",
    "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch",
    "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird",
    "bei", "einer", "um", "am", "sind", "noch", "wie", "einem", "über", "einen",
    "so", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur", "bis",
})

#: Common given names in German news (German, European, transliterated). Used as a
#: cue: a given name followed by a capitalised word is a person's name.
FIRST_NAMES = frozenset("""
Aaron Adam Adrian Agnes Ahmed Alexander Alexandra Alexej Ali Alice Alina Amelie Andrea Andreas Andrej Angela
Anja Anke Anna Anne Annalena Annette Anton Antonia Armin Arne Axel Barbara Bastian Beate Ben Benedikt Benjamin
Bernd Bernhard Bettina Birgit Björn Boris Brigitte Bruno Carl Carla Carlos Carmen Carolin Caroline Carsten Charlotte
Christa Christian Christiane Christina Christine Christoph Christopher Claudia Claus Clemens Cornelia Dagmar Daniel
Daniela David Denis Denise Dennis Dieter Dietmar Dirk Dmitri Dmitrij Dominik Doris Dorothea Edith Elena Elias Elisabeth
Elke Ella Emil Emilia Emily Emma Eric Erich Erik Erika Ernst Esther Eva Evelyn Fabian Falk Felix Florian Frank
Franz Franziska Frederik Friedrich Fritz Gabriele Georg Gerald Gerd Gerda Gerhard Gisela Greta Gregor Gudrun
Günter Günther Hanna Hannah Hannes Hans Harald Heike Heiko Heinrich Heinz Helga Helmut Hendrik Henning Henrik
Herbert Hermann Holger Horst Hubert Hugo Igor Ilse Ina Ines Ingo Ingrid Irina Iris Isabel Isabella Ivan Jakob
Jan Jana Janina Jannik Jasmin Jens Jessica Joachim Johann Johanna Johannes Jonas Jonathan Jörg Josef Joseph Julia
Julian Juliane Julius Jürgen Juri Jutta Kai Karin Karl Karla Karsten Katharina Kathrin Katja Katrin Kerstin Kevin
Kirill Klara Klaus Konrad Konstantin Kristina Lara Lars Laura Lea Lena Leni Leo Leon Leonie Lisa Lorenz Lothar
Louis Luca Lucas Luis Luisa Lukas Lutz Magdalena Maik Malte Manfred Manuel Manuela Marc Marcel Marco Marcus Margarete
Maria Marie Marina Mario Marion Mark Markus Marlene Martha Martin Martina Mathias Matthias Max Maxim Maximilian Mehmet
Melanie Mia Michael Michaela Michelle Mike Mirko Mohammed Monika Moritz Nadine Natalia Natalie Nico Nicole Niklas
Nikolai Nils Nina Noah Norbert Olaf Olga Oliver Olexandr Oleksandr Oskar Otto Patricia Patrick Paul Paula Peter
Petra Philipp Pia Rainer Ralf Ralph Regina Reinhard Renate Robert Roland Rolf Roman Ronja Rosa Rüdiger Ruslan
Ruth Sabine Sabrina Sandra Sara Sarah Sascha Sebastian Sergej Sergei Silke Simon Simone Sofia Sonja Sophie Stefan
Stefanie Steffen Stephan Stephanie Susanne Svenja Sven Swen Tanja Theo Thomas Thorsten Tilman Tim Timo Tobias Tom
Torsten Ulf Ulla Ulrich Ulrike Urs Ursula Uta Ute Uwe Valentin Valentina Vanessa Vera Viktor Viktoria Vladimir
Volker Walter Werner Wilhelm Wladimir Wolfgang Wolodymyr Yannick Yvonne Zoe
Abdul Ahmad Aisha Alejandro Amir Ana Aylin Ayşe Burak Can Cem Deniz Dragana Elif Emine Emre Fatima Fatma Giorgia
Giovanni Giuseppe Hakan Hassan Ibrahim Irena Ivana Jelena Jorge José Juan Kemal Leyla Luís Marija Marko Mateo Merve
Milan Miroslav Murat Mustafa Nikola Olena Oleh Omar Pablo Pavel Petro Pierre Piotr Selin Serhij Stanislaw Svetlana
Taras Tomasz Valentin Yusuf Zeynep Agnieszka Katarzyna Magdalena Małgorzata Jean François Jacques Antonio Francesco
Hannelore Gertrud Hildegard Irmgard Waltraud Erna Elfriede Friedhelm Gottfried Siegfried Reinhold Annegret
Roswitha Rosemarie Marianne Edeltraud Brunhilde Ingeborg Wilfried Detlef Detlev Eckhard Hartmut Ottmar Gunnar
Marta Lucía Sofía Mikhail Michail Aleksandr Alexandr Jewgeni Jekaterina Tatjana Natalja Ljudmila Oksana Halyna
""".split())
#: Nouns that make "X-s Angaben zufolge" an attribution to X, not a name "X Angaben".
ATTRIBUTION_NOUNS = frozenset({"Angaben", "Worten", "Aussage", "Aussagen", "Einschätzung", "Ansicht",
                               "Meinung", "Darstellung", "Schätzung", "Schätzungen", "Informationen",
                               "Berechnungen", "Prognose", "Auffassung", "Erkenntnissen"})
#: Quotation marks as German and English texts write them: „…“, »…«, "…", “…”.
OPENING_QUOTES = frozenset({"„", "»", "\"", "“"})
CLOSING_QUOTES = frozenset({"“", "«", "\"", "”"})
#: Verbs of saying and attribution cues that introduce or follow a name.
SAYING_BEFORE = frozenset({"sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "so", "laut",
                           "schrieb", "meinte", "warnte", "kritisierte", "forderte", "bestätigte",
                           "kündigte", "teilte", "berichtete", "ergänzte", "fügte", "versicherte"})
SAYING_AFTER = frozenset({"zufolge", "sagte", "sagt", "erklärte", "betonte", "meinte", "warnte",
                          "kritisierte", "forderte", "schrieb", "bestätigte", "kündigte", "teilte"})
#: Capitalised words that start sentences or name things but never start a person's name.
NOT_NAME_WORDS = frozenset("""
Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Im In Am An Auf Aus Bei Beim Mit Nach Von Vom Vor Zu Zum Zur
Und Oder Aber Doch Denn Auch Noch Nun Dann Wie Wenn Als Ob Dass Weil Seit Bis Für Gegen Ohne Um Über Unter
Es Er Sie Wir Ihr Ich Man Dies Diese Dieser Dieses Jener Alle Beide Viele Mehrere Einige Kein Keine
Herr Frau Dr Prof Präsident Präsidentin Minister Ministerin Kanzler Kanzlerin Montag Dienstag Mittwoch Donnerstag
Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli August September Oktober November Dezember
Laut Zudem Später Heute Gestern Morgen Demnach Damit Dabei Daher Deshalb Trotzdem Dennoch Allerdings Bereits
Zunächst Außerdem Inzwischen Jetzt Hier Dort Seitdem Stattdessen Zwischenzeitlich Weiterhin Parallel Insgesamt
Norden Süden Osten Westen Nordosten Nordwesten Südosten Südwesten Mitte Zentrum Innenstadt Altstadt Umgebung
""".split())

# ---------------------------------------------------------------------------
# Events: the words around a trigger that say whether, when and by whom.
# Lower-case word forms unless noted; lemmas where the name says so.

#: Particles of separable verbs, joined back to the finite verb ("rief … an" → anrufen).
SEPARABLE_PARTICLES = frozenset({
    "an", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "zu", "zurück", "zusammen", "bekannt",
    "fest", "frei", "statt", "ab", "los", "hin", "weg", "her", "fort", "weiter", "hinzu", "vorbei", "teil",
    "durch", "nieder",
})
#: Compounds whose last part looks like a trigger but is not an event ("Beispiel" is no match).
NOT_TRIGGERS = frozenset({
    "beispiel", "schauspiel", "glücksspiel", "zeitspiel", "vorspiel", "nachspiel", "auswahl", "vorwahl",
    "ausrede", "fehltritt", "auftritt", "eintritt", "zutritt", "austritt", "antritt",
    "zusammenhang", "brandschutz", "vertragspartner", "lagerfeuer", "hinweis", "prozessor",
    "datenschutzerklärung", "steuererklärung", "liebeserklärung", "vereinigung", "wiedervereinigung",
})
#: Heads too general to make a compound an event: "Friedensprozess" is no trial, "Grundgesetz" no law passed.
COMPOUND_HEADS_EXCLUDED = frozenset({"prozess", "gesetz", "rede", "partie", "bericht"})
#: Determiners and possessives that make a noun trigger refer back to an event already told.
DEFINITE_DETERMINERS = frozenset({
    "der", "die", "das", "den", "dem", "des", "dieser", "diese", "dieses", "diesem", "diesen",
    "sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres",
    "jenes", "jene", "jener", "beim", "vom", "zum", "zur", "im",
})
#: Indefinite and negative articles: "ein Bild" is a picture, not the newspaper; "in einem überfluteten Haus".
INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines",
                                 "kein", "keine", "keinen", "keinem", "keiner", "keines"})
#: Words between a determiner and its noun that keep the noun phrase open (adjectives are found by shape).
NP_FILLERS = frozenset({"nicht", "noch", "so", "sehr", "ersten", "erste", "erster", "zweiten", "letzten", "nächsten"})
#: Nouns that make a preposition with it of a genitive ("am Rande der Kundgebung", "im Vorfeld des Gipfels"):
#: the event noun after them sits in that phrase.
PREPOSITIONAL_NOUNS = frozenset({"Rande", "Rand", "Rahmen", "Vorfeld", "Zuge", "Verlauf", "Laufe", "Umfeld",
                                 "Nachgang", "Schatten", "Beginn", "Ende", "Anfang", "Mitte", "Auftakt"})
#: Heads of the nouns for what can be closed ("das Werk schließen", "das Hallenbad schließen"), unlike
#: a gap, a deal or a trading day ("die Lücke schließen", "einen Vertrag schließen", "die Aktie schloss").
FACILITY_HEADS = ("werk", "werke", "werks", "standort", "standorte", "filiale", "filialen", "fabrik", "fabriken",
                  "betrieb", "bad", "bads", "schule", "klinik", "krankenhaus", "kraftwerk", "zeche", "laden",
                  "niederlassung", "museum", "bibliothek", "theater", "kita", "bahnhof", "flughafen", "mine",
                  # routes and services, closed or halted for a while ("sperrte die Brücke", "stellte den
                  # Flugbetrieb ein")
                  # (a head ends its compounds: "betrieb" covers "Flugbetrieb", "verkehr" "Zugverkehr")
                  "brücke", "straße", "strecke", "autobahn", "tunnel", "fluss", "luftraum", "verkehr",
                  "produktion")
#: Prepositions that put a place after them as the event's location.
LOCATIVE_PREPOSITIONS = frozenset({"in", "im", "nach", "bei", "beim", "auf", "vor", "am", "an", "aus"})

# "abgebrochen" is not among them: a round of talks broken off did take place
STATUS_CANCELLED = frozenset({"abgesagt", "absagen", "gestrichen", "storniert", "abgeblasen",
                              "gecancelt", "annulliert"})
STATUS_CANCELLED_LEMMAS = frozenset({"absagen", "streichen", "stornieren", "abblasen", "canceln", "annullieren"})
STATUS_POSTPONED_LEMMAS = frozenset({"verschieben", "vertagen", "verlegen", "aufschieben"})
STATUS_POSSIBLE = frozenset({
    "könnte", "könnten", "würde", "würden", "möglich", "mögliche", "möglichen", "möglicher", "mögliches",
    "möglicherweise", "eventuell", "eventuelle", "eventuellen", "potenziell", "potenzielle", "potenziellen",
    "potentielle", "potentiellen", "denkbar", "womöglich", "vielleicht", "erwogen", "erwägt", "erwägen",
    "hypothetisch", "hypothetische", "hypothetischen", "drohende", "drohenden", "droht", "möglichkeit",
})
STATUS_PLANNED = frozenset({
    "soll", "sollen", "sollte", "sollten", "will", "wollen", "wolle", "wollten", "werde", "werden", "wird",
    "geplant", "geplante", "geplanten", "geplanter", "geplantes", "plant", "planen", "plane", "planten",
    "angesetzt", "angesetzte", "angesetzten", "anstehend", "anstehende", "anstehenden", "bevorstehend",
    "bevorstehende", "bevorstehenden", "vorgesehen", "vorgesehene", "vorgesehenen", "kommende", "kommenden",
    "kommender", "nächste", "nächsten", "anberaumt", "anberaumte", "anberaumten", "angekündigte",
    "angekündigten", "vereinbarte", "vereinbarten", "avisiert", "avisierte", "avisierten", "künftige",
    "künftigen", "angemeldete", "angemeldeten",
})
#: Verbs whose object is an event still to come ("kündigte ein Treffen an", "eine Zusammenkunft vereinbart").
PLANNING_LEMMAS = frozenset({"ankündigen", "vereinbaren", "planen", "vorschlagen", "anstreben", "verabreden",
                             "zusagen", "ansetzen", "anberaumen", "einladen", "vorbereiten", "aufrufen",
                             "anmelden", "beantragen", "fordern"})
#: Auxiliaries after a modal that turn "soll … angerufen haben" into a reported past.
PERFECT_INFINITIVE = frozenset({"haben", "sein"})
PAST_PASSIVE = frozenset({"wurde", "wurden", "worden"})
#: Adverbs that place a clause after the event before it ("die VLP hatte daraufhin … angekündigt").
SEQUEL_ADVERBS = frozenset({"daraufhin", "danach", "anschließend", "infolgedessen"})
#: Verbs of agreeing on something ("sich auf eine Schlichtung einigen"): what they agree on is to come.
AGREEING_LEMMAS = frozenset({"einigen", "verständigen"})
#: Verbs of deciding: with an event noun as object ("ein Hilfspaket beschließen") the decided event is the event.
DECIDING_LEMMAS = frozenset({"beschließen", "billigen", "genehmigen", "bewilligen", "verabschieden"})
#: Verbs that decide on something named in a phrase: "über Soforthilfen entscheiden".
DECIDING_ON_LEMMAS = frozenset({"entscheiden", "abstimmen"})
#: A session is where a body decides, not news of its own beside the decision ("in einer Sondersitzung").
SESSION_NOUNS = ("sitzung",)
#: Verbs that declare an event to come: who declares it takes part ("Verdi rief einen Streik aus").
DECLARING_LEMMAS = frozenset({"ankündigen", "ausrufen", "verkünden", "bekanntgeben"})
#: Who carries out an event of a class when the text leaves it out ("Drei Männer wurden festgenommen"):
#: the article's organisation whose name holds the word, if it names one.
IMPLIED_AGENTS = {"Arrest": "polizei"}
#: Verbs whose object comes about by saying it: "erklärte seinen Rücktritt", "rief den Notstand aus".
PERFORMATIVE_LEMMAS = frozenset({"erklären", "ausrufen"})
#: Verbs of how long something lasts: a modal with them ("soll bis Mitternacht dauern") is no plan.
DURATION_LEMMAS = frozenset({"dauern", "andauern", "anhalten", "fortdauern"})
NEGATIONS = frozenset({"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals"})
#: A habit, not an event: "greift regelmäßig an", "jede Woche".
HABITUAL = frozenset({"regelmäßig", "häufig", "oft", "immer", "mehrfach", "wiederholt", "jeweils",
                      "täglich", "wöchentlich", "jährlich", "monatlich", "meist", "meistens", "gewöhnlich",
                      "zunehmend", "ständig", "stets"})
#: Occasions and rooms a statement is made at: said there, it is an event of its own on the timeline
#: ("kündigte noch im Gerichtssaal an", "bei der Abschlusskundgebung", "im Gespräch mit dieser Redaktion");
#: compounds count by their head ("Abschlusskundgebung"). A medium or an audience (VENUE_WORDS) only says
#: where the words can be read ("schrieb auf der Plattform X").
OCCASION_WORDS = frozenset({
    "Interview", "Pressekonferenz", "Rede", "Fernsehinterview", "Gespräch", "Talkshow", "Parlament",
    "Bundestag", "Landtag", "Sitzung", "Veranstaltung", "Kundgebung", "Parteitag", "Gerichtssaal",
})
VENUE_WORDS = frozenset({
    "Plattform", "Netzwerk", "Account", "Kanal", "Journalisten", "Reportern",
    "Anhängern", "Pressemitteilung", "Mitteilung", "Erklärung", "Fernsehen",
    "Podcast", "Videobotschaft", "Botschaft", "Sender", "Telegram", "Facebook", "Instagram",
    "X", "Truth", "X-Account", "Truth-Social-Account", "Social-Media-Plattform",
}) | OCCASION_WORDS  # where a statement was made: a statement placed so stands on its own
#: Attribution phrases around a name: "laut X", "X zufolge", "nach Angaben von X", ", so X".
ATTRIBUTION_BEFORE = frozenset({"laut", "so"})
ATTRIBUTION_AFTER = frozenset({"zufolge"})
#: Prepositions that order an event noun after them relative to the clause's event.
ORDER_BEFORE = frozenset({"vor", "bevor"})  # main event before the one named here
ORDER_AFTER = frozenset({"nach", "seit", "nachdem", "anschluss"})  # main event after the one named here
SUBORDINATORS = frozenset({"dass", "nachdem", "bevor", "weil", "als", "wenn", "ob", "obwohl", "während",
                           "damit", "sodass", "falls", "sobald", "seitdem", "bis", "um", "wie", "wo", "worauf"})
#: Prepositions that make an event noun the topic of talk, not a reported event ("über eine Lieferung").
#: ... and "gegen": "eine Verfügung gegen den Streik" is directed at the strike, it does not report it.
TOPIC_PREPOSITIONS = frozenset({"über", "hinsichtlich", "bezüglich", "betreffend", "um", "gegen"})
#: Words that govern "vor" as an object, not as time ("warnte vor einer Lieferung").
GOVERNS_VOR = frozenset({"warnen", "warnung", "schützen", "fürchten", "angst", "sorge", "bewahren", "retten",
                         "flüchten", "fliehen", "drohen", "kapitulieren", "zurückschrecken"})
#: Words that make an event noun after "zu" what one speaks of ("sich zu dem Angriff bekannt", "äußerte sich
#: zum Unfall nicht"), not an event one goes to ("zu einem Treffen eingeladen").
GOVERNS_ZU = frozenset({"bekennen", "bekannt", "bekannte", "bekannten", "bekennt", "äußern", "stellung", "befragen",
                        "befragt", "schweigen", "schwieg"})
#: Words in a noun phrase after an event noun that still attach names to it ("Treffen von Trump und Putin").
NP_LINKS = frozenset({"zwischen", "mit", "von", "des", "der", "dem", "den", "die", "und", "sowie", "seines", "seiner",
                      "ihres", "ihrer", "eines", "einer", "gegen", "an", "vom", "zum", "beider", "beiden"})
#: Markers that introduce a new event rather than refer back ("der nächste Gipfel").
NEW_EVENT_MARKERS = frozenset({"nächste", "nächsten", "nächster", "neue", "neuen", "neuer", "weitere", "weiteren",
                               "weiterer", "erneute", "erneuten", "kommende", "kommenden", "zweite", "zweiten",
                               "dritte", "dritten", "letzte", "letzten", "vorige", "vorigen", "andere", "anderen",
                               # a place in a series names one of several: "die sechste Verhandlungsrunde"
                               # is not the arbitration the article spoke of last
                               *(f"{o}{e}" for o in ("viert", "fünft", "sechst", "siebt", "siebent", "acht",
                                                     "neunt", "zehnt", "elft", "zwölft") for e in ("e", "en"))})
PERSONAL_PRONOUNS_3SG = frozenset({"er"})
#: Prepositions without article before which a small town's name is read as a place ("in Gamburg",
#: "bei Wolkenstein"); a contracted article ("im", "vom") usually precedes a common noun instead.
SMALL_PLACE_PREPOSITIONS = frozenset({"in", "nach", "aus", "bei", "von", "nahe", "zwischen", "nördlich", "südlich",
                                      "östlich", "westlich", "unweit"})
#: Common nouns that villages are also named after and that follow a preposition without article
#: ("in Brand", "bei Regen", "nach Osten", "nach Übersee"): never read as a small place.
COMMON_NOUN_PLACES = frozenset("""
Acht Bann Bauen Besitz Bescheid Boden Bogen Brand Buch Court Elend Ende Fahren Gaming Graben Grund Haus Hause Horn
Kuchen Kummer Lachen Lauf Laufen Lehre Lohn Loop Markt Mitte Nebel Osten Pech Puls Regen Reich Ring Rolle Rosa Rot
Ruhe Salz Sand Schuld Schutz See Sinn Sommer Sonntag Stein Stelle Tal Train Treffen Ufer Wahl Wald Welle Welt
Wetter Winkel Wissen Zoo Übersee Altstadt Mauer Spitz Stall Schleife Platten Weiler Siedlung Stadtkern Vorstadt
""".split())
#: Place nouns that name a district of their own ("Landkreis Goslar" is not the town of Goslar).
DISTRICT_CUES = frozenset({"Landkreis", "Kreis"})
#: Nouns before a place's name that make it one ("der Stadt Zschopau", "im Ortsteil Oßweil").
PLACE_CUES = frozenset({"Stadt", "Gemeinde", "Ort", "Ortschaft", "Dorf", "Ortsteil", "Stadtteil", "Landkreis",
                        "Kreis", "Kreisstadt", "Kleinstadt", "Großstadt", "Hauptstadt", "Bezirk", "Stadtbezirk",
                        "Kanton", "Region", "Provinz", "Bundesland", "Insel", "Kurort", "Marktgemeinde",
                        "Dorfes", "Ortes", "Bahnhof", "Bahnhofs"})
#: Institutions named by their kind and seat ("Staatsanwaltschaft Mosbach", "Landgericht Köln",
#: "Gemeinderat Ludwigsburg"): a capitalised word ending in one of these, followed by a place.
INSTITUTION_HEADS = ("gericht", "anwaltschaft", "ministerium", "amt", "behörde", "polizei", "präsidium", "rat",
                     "landtag", "bundestag", "kreistag", "verwaltung", "kammer", "direktion", "dezernat", "feuerwehr", "kommission", "senat",
                     "inspektion", "ausschuss",
                     "regierung", "stelle", "zentrum", "institut", "universität", "klinikum", "werk", "werke")
#: Bodies a local story names by their kind alone ("die Polizei", "der Gemeinderat", "die Landesregierung"):
#: after a definite article an actor of the story, not a name shared by every story.
BARE_INSTITUTIONS = frozenset({"Polizei", "Landesregierung", "Staatsregierung", "Regierung", "Kabinett",
                               "Gemeinderat", "Stadtrat", "Kreistag", "Landtag", "Stadtverwaltung",
                               "Kreisverwaltung", "Staatsanwaltschaft", "Feuerwehr", "Strafkammer", "Bezirksregierung",
                               "Landesamt", "Gesundheitsamt", "Ordnungsamt", "Wasserwacht", "Bergwacht",
                               "Landeskriminalamt", "Landratsamt", "Jugendamt", "Bauamt", "Umweltamt"})
#: Compounds of these are bodies of the same kind ("die Wasserschutzpolizei", "die Kriminalpolizei").
BARE_INSTITUTION_HEADS = ("polizei",)
#: Of these, a town's own: in a story datelined there, named with the town ("Gemeinderat Ludwigsburg").
MUNICIPAL_BODIES = frozenset({"Gemeinderat", "Stadtrat", "Stadtverwaltung", "Ordnungsamt"})
#: Words that open a conditional clause ("Sollte die Schlichtung scheitern, …", "Falls …", "Wenn …"):
#: what it names takes no date from the main clause.
CONDITIONALS = frozenset({"sollte", "sollten", "falls", "wenn", "sofern"})
#: Verbs a court does ("Das Gericht will verhandeln und entscheiden") and the class they then name.
COURT_VERBS = {"verhandeln": "Trial", "entscheiden": "Verdict", "urteilen": "Verdict",
               "vorführen": "Trial"}  # "einem Haftrichter vorgeführt": brought before a judge, no product shown
#: Verbs of talking: an event only with the one talked to ("will mit Ferreyra sprechen"), not "sprach von
#: einem Erfolg"; in a clause with a talk's noun ("in seinem Telefonat mit Putin gesprochen") the noun is it.
TALK_VERBS = frozenset({"sprechen", "reden"})
#: Verbs that bring people together: a talk ("Gespräch") they govern is a meeting ("zu einem Gespräch
#: einladen", "zu Gesprächen empfangen"), not a call.
MEETING_VERBS = frozenset({"einladen", "empfangen", "zusammenkommen", "zusammentreffen"})
#: Words that put a visit on the pitch: "empfängt Darmstadt in der 2. Bundesliga den KSC" (any "…liga" too).
SPORT_CONTEXT = frozenset({"Spieltag", "Pokal", "Pokalrunde", "Anpfiff", "Heimspiel", "Tabellenführer", "Derby"})
#: Vehicles by their word's end: one that arrives or lands brings goods ("Löschflugzeuge", "Hilfskonvoi").
VEHICLES = ("flugzeug", "flugzeuge", "maschine", "maschinen", "konvoi", "konvois", "transporter", "lastwagen",
            "lkw", "frachter", "frachtschiff", "hubschrauber")
#: Words besides "…gericht" for a court in a clause.
COURT_WORDS = frozenset({"kammer", "strafkammer", "zivilkammer", "richter", "richterin", "richterinnen", "senat",
                         "haftrichter", "haftrichterin", "ermittlungsrichter", "ermittlungsrichterin"})
#: Legal forms after a company's name ("Hainbach Antriebstechnik GmbH").
LEGAL_FORMS = frozenset({"GmbH", "AG", "SE", "KG", "KGaA", "OHG", "eG", "e.V.", "mbH", "Ltd", "Ltd.", "Inc", "Inc.",
                         "S.A.", "SA", "NV", "N.V.", "Co.", "plc", "LLC", "Holding"})
#: Nouns that introduce a group by its quoted name ("das Bündnis „Mietenwahnsinn stoppen“", "die
#: Bürgerinitiative „Rettet das Stadionbad“"), also as the end of a compound.
GROUP_CUES = ("bündnis", "initiative", "kampagne", "netzwerk", "bewegung", "allianz", "aktion", "komitee", "gruppe")
#: The kind of organisation a noun names, for later references to one named before ("Lumora … der Konzern",
#: "„Rettet das Stadionbad“ … die Initiative"); a compound counts by its end ("Immobilienkonzern").
ORGANISATION_KINDS = {
    "konzern": "company", "unternehmen": "company", "firma": "company", "hersteller": "company",
    "zulieferer": "company", "maschinenbauer": "company", "autobauer": "company", "versorger": "company",
    "fluggesellschaft": "company", "airline": "company", "reederei": "company", "brauerei": "company",
    "gewerkschaft": "union", "partei": "party", "verein": "club", "klub": "club", "club": "club",
    # of GROUP_CUES only those that, alone, still name the group: "die Aktion", "die Bewegung" name no one
    "bündnis": "group", "initiative": "group", "allianz": "group", "komitee": "group", "gruppe": "group",
    "gericht": "court", "klinikum": "hospital", "krankenhaus": "hospital",
}
#: The KB's organisation types by the same kinds.
ORGANISATION_TYPE_KINDS = {"Company": "company", "Union": "union", "Party": "party", "Club": "club", "NGO": "group"}
#: Who runs an organisation of a kind, named without it ("Verhandlungen zwischen Vorstand und Betriebsrat",
#: "haben die Organisatoren abgesagt"): the organisation of that kind named last.
ORGANISATION_ORGANS = {"Vorstand": "company", "Konzernleitung": "company", "Unternehmensleitung": "company",
                       "Geschäftsführung": "company", "Management": "company", "Werk": "company",
                       "Organisatoren": "group", "Veranstalter": "group",
                       "Kammer": "chambers", "Strafkammer": "chambers", "Zivilkammer": "chambers",
                       "Jugendkammer": "chambers"}
#: Courts that sit in chambers ("Kammern"); the federal courts and the Oberlandesgerichte sit in "Senate".
CHAMBER_COURTS = ("landgericht", "arbeitsgericht", "verwaltungsgericht", "sozialgericht", "finanzgericht")
#: Landscapes by their ending, after "im" ("im Taubertal", "im Schwarzwald", "im Allgäu" is in the KB).
REGION_SUFFIXES = ("tal", "gebirge", "wald", "land", "gau", "kreis", "marsch", "heide")
NOT_REGIONS = frozenset("""
Ausland Inland Umland Bundesland Heimatland Hinterland Festland Flachland Grünland Ackerland Bauland Neuland
Landkreis Wahlkreis Freundeskreis Bekanntenkreis Teilnehmerkreis Kundenkreis Familienkreis Stadtkreis Landeskreis
Kreis Regenwald Urwald Bergwald Stadtwald Mischwald Nadelwald Laubwald Zeitgau Wiesental Flusstal Seitental
Jammertal Alpenland Ferienland Wunderland Traumland Partnerland Gastland Herkunftsland Nachbarland Mutterland
Vaterland Entwicklungsland Industrieland Schwellenland Drittland Mitgliedsland Agrarland Geburtsland Zielland
Transitland Erzeugerland Exportland Importland Lieferland Asylland Einwanderungsland Auswanderungsland
""".split())
#: Endings of German place names: a capitalised word no list knows, right after a preposition without
#: article ("in Brückenhagen", "bei Ellerstedt"), is taken for a village when it ends so.
TOPONYM_SUFFIXES = ("hagen", "stedt", "stätt", "burg", "dorf", "hausen", "heim", "ingen", "feld", "felde", "bach",
                    "berg", "rode", "leben", "furt", "stadt", "brück", "brücken", "kirchen", "born", "beuren",
                    "weiler", "zell", "hofen", "ried", "reuth", "grün", "walde", "büttel", "werder", "wedel",
                    "münde", "hütte", "mühle", "ow", "itz", "witz")
#: Common nouns with those endings that follow a preposition without article ("in Bahnhofsnähe" aside).
NOT_TOPONYMS = frozenset("""
Vorfeld Umfeld Spielfeld Hinterhalt Eigenheim Pflegeheim Altenheim Heim Medizin Disziplin Benzin Termin Magazin
Berlin Anlage Grundlage Vorlage Niederlage Notlage Lage Zulage Auflage Unterlage Ablage Einlage Schieflage
Nachfolge Umgebung Stadt Innenstadt Altstadt Hauptstadt Großstadt Kleinstadt Partnerstadt Heimatstadt Burg Berg
Dorf Feld Bach Mühle Hütte Vorlauf Übersicht
""".split())
#: Sports clubs' abbreviations before or after their town ("SV Darmstadt 98", "1. FC Nürnberg", "Karlsruher SC").
CLUB_ABBREVIATIONS = frozenset({"FC", "SV", "SC", "VfB", "VfL", "TSV", "TSG", "FSV", "SSV", "SpVgg", "SG", "BSC", "KFC",
                                "MSV", "TuS", "SSC", "RB", "BV", "HSV", "FCK", "TSC", "SVW", "ESV", "VfR", "SpVg",
                                "HC", "EHC", "THW", "HSG", "BBC", "ERC"})
#: Auxiliaries of the past perfect ("hatte … erklärt", "war … zurückgetreten"): an undated event told so
#: happened before the news of the day.
PLUPERFECT_AUXILIARIES = frozenset({"hatte", "hatten", "hattest", "hattet", "war", "waren", "warst", "wart"})

#: Verb forms the lemmatiser reads as another word: "brach" is also an adjective (fallow), but in
#: "brach der Deich" the past of brechen.
VERB_FORMS: dict[str, tuple[str, ...]] = {"brach": ("brechen",)}
