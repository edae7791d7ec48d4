"""Word lists for the invented part of the world: names, towns, firms, outlets.

Real actors and places come from the knowledge base (see ``world.py``);
everything here is invented or generic (German cities are real, with their
rivers and Länder, as world knowledge).  Transliterated names carry their
variants: the first spelling is the canonical (German) one, an outlet that
prefers English transliteration writes the second.
"""

from __future__ import annotations

GIVEN_M = (
    "Andreas", "Thomas", "Michael", "Stefan", "Markus", "Jan", "Tobias", "Florian", "Sebastian", "Matthias",
    "Christian", "Frank", "Jens", "Lars", "Henning", "Malte", "Jörg", "Uwe", "Dirk", "Holger", "Bernd", "Klaus",
    "Ralf", "Rainer", "Wolfgang", "Günter", "Heiko", "Sven", "Torsten", "Björn", "Kai", "Nils", "Lukas", "Felix",
    "Jonas", "Philipp", "Moritz", "Maximilian", "Till", "Hendrik", "Ole", "Timo", "Benedikt", "Volker", "Hartmut",
    "Reinhard", "Dieter", "Carsten", "Johannes", "Martin", "Peter", "Jürgen", "Alexander", "Daniel", "David",
    "Simon", "Fabian", "Leon", "Paul", "Niklas", "Julian", "Marco", "Steffen", "Tim", "Robert", "Norbert",
    "Gerd", "Helmut", "Arne", "Fiete", "Hauke", "Knut", "Mirko", "Sascha", "Detlef", "Ingo", "Gregor", "Konrad",
    "Benjamin", "Dominik", "Patrick", "Oliver", "Christoph", "Manuel", "Rene", "Marcel", "Kevin", "Dennis", "Erik",
    "Henrik", "Jakob", "Elias", "Noah", "Finn", "Luca", "Anton", "Emil", "Friedrich", "Georg", "Hans", "Heinz", "Horst",
    "Karl", "Manfred", "Otto", "Rolf", "Siegfried", "Ulrich", "Werner", "Wilhelm", "Axel", "Bastian", "Carsten",
    "Eike", "Falk", "Gunnar", "Hannes", "Jannik", "Lennart", "Matthis", "Pascal", "Quirin", "Raphael", "Sönke", "Tjark",
)
GIVEN_F = (
    "Anna", "Katrin", "Sabine", "Petra", "Claudia", "Andrea", "Susanne", "Julia", "Laura", "Lea", "Sarah",
    "Christina", "Martina", "Anja", "Silke", "Nicole", "Stefanie", "Birgit", "Heike", "Kerstin", "Ute", "Monika",
    "Ulrike", "Friederike", "Johanna", "Charlotte", "Marie", "Hannah", "Lena", "Miriam", "Nadine", "Tanja",
    "Yvonne", "Corinna", "Annette", "Franziska", "Jana", "Svenja", "Wiebke", "Insa", "Maren", "Britta", "Gesa",
    "Antje", "Imke", "Carolin", "Katharina", "Eva", "Sophie", "Clara", "Judith", "Melanie", "Sandra", "Kirsten",
    "Elke", "Renate", "Gabriele", "Barbara", "Doris", "Ines", "Ricarda", "Vanessa", "Jasmin", "Theresa", "Nina",
    "Alexandra", "Bettina", "Christiane", "Daniela", "Esther", "Frauke", "Gudrun", "Hanna", "Helga", "Ingrid", "Jutta",
    "Karin", "Lisa", "Mareike", "Nora", "Paula", "Regina", "Simone", "Tina", "Ursula", "Verena", "Anke", "Beate",
    "Carla", "Dorothea", "Emma", "Frieda", "Greta", "Ida", "Jule", "Klara", "Luisa", "Mia", "Nele", "Ronja", "Stine",
)
SURNAMES = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann",
    "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier",
    "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Möller",
    "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler",
    "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter",
    "Kraus", "Martin", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel",
    "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl",
    "Engel", "Horn", "Busch", "Bergmann", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Brodersen",
    "Petersen", "Hansen", "Jensen", "Carstens", "Thießen", "Ahrens", "Albers", "Behrens", "Brinkmann", "Dierks",
    "Hinrichs", "Janssen", "Lüders", "Meinert", "Oltmanns", "Rohlfs", "Siemers", "Tiedemann", "Ostermann",
    "Reimers", "Kortmann", "Behrendt", "Wendt", "Lenz", "Grabowski", "Kaminski", "Urbaniak", "Hesse",
    "Rademacher", "Vollmer", "Steinbach", "Hollmann", "Feldmann", "Lindemann", "Holtkamp", "Kerscher", "Ortner",
    "Haberl", "Steinberger", "Wittmann", "Gruber", "Moser", "Eberhardt", "Kretzschmar", "Schindler", "Bauer",
    "Ritter", "Marx", "Sauter", "Kessler", "Brenner", "Hauser", "Riedel", "Scholl", "Heller", "Pieper", "Landwehr",
    "Overbeck", "Terhorst", "Uhlig", "Gebauer", "Nitsche", "Zander", "Reinhardt", "Böttcher", "Kirchner",
    "Adam", "Beyer", "Brinkhoff", "Dahl", "Ebert", "Fink", "Franzen", "Gerlach", "Göbel", "Hartwig", "Heinemann",
    "Hennig", "Hildebrandt", "Jakobs", "Kamp", "Kempf", "Kluge", "Knoll", "Kolb", "Kunze", "Lindner", "Löffler",
    "Marquardt", "Menzel", "Michel", "Mohr", "Nagel", "Naumann", "Paulsen", "Pfeifer", "Rausch", "Reuter", "Riemer",
    "Rösler", "Runge", "Sander", "Scherer", "Schilling", "Schlüter", "Schrader", "Schwab", "Seifert", "Stark",
    "Steffens", "Strauß", "Thiel", "Vetter", "Wagenknecht", "Walther", "Wegener", "Weidner", "Wiegand", "Wilke",
    "Witt", "Wolter", "Zeller", "Ziemann", "Asmussen", "Bruhn", "Claussen", "Detlefsen", "Ehlers", "Feddersen",
    "Gosch", "Harms", "Iwersen", "Jürgensen", "Kähler", "Lorenzen", "Matthiesen", "Nissen", "Paulsen-Hagen",
    "Andresen", "Bauernfeind", "Eichinger", "Faltermeier", "Gschwendtner", "Hölzl", "Kirchmair", "Lechner",
    "Mayrhofer", "Niedermeier", "Obermaier", "Pichler", "Reisinger", "Stangl", "Unterberger", "Wimmer", "Zehetmair",
)
# International names by origin: given names as (canonical, variant) pairs, surnames as
# (canonical masc, variant masc, canonical fem, variant fem).  The canonical spelling is the German
# transliteration (Olexandr Kowalenko), the variant the English one (Oleksandr Kovalenko).
INTL = {
    "ukrainian": (
        (("Olexandr", "Oleksandr"), ("Andrij", "Andriy"), ("Mychajlo", "Mykhailo"), ("Wassyl", "Vasyl"), ("Jurij", "Yuriy")),
        (("Olena", "Olena"), ("Natalija", "Nataliya"), ("Tetjana", "Tetiana"), ("Julija", "Yuliya")),
        (("Kowalenko", "Kovalenko", "Kowalenko", "Kovalenko"), ("Schewtschenko", "Shevchenko", "Schewtschenko", "Shevchenko"),
         ("Tkatschenko", "Tkachenko", "Tkatschenko", "Tkachenko"), ("Kravtschuk", "Kravchuk", "Kravtschuk", "Kravchuk"),
         ("Melnyk", "Melnyk", "Melnyk", "Melnyk"), ("Bondarenko", "Bondarenko", "Bondarenko", "Bondarenko")),
    ),
    "russian": (
        (("Sergej", "Sergei"), ("Dmitri", "Dmitry"), ("Juri", "Yuri"), ("Alexej", "Alexei")),
        (("Jelena", "Yelena"), ("Natalja", "Natalya"), ("Swetlana", "Svetlana")),
        (("Iwanow", "Ivanov", "Iwanowa", "Ivanova"), ("Sokolow", "Sokolov", "Sokolowa", "Sokolova"),
         ("Morosow", "Morozov", "Morosowa", "Morozova"), ("Wolkow", "Volkov", "Wolkowa", "Volkova")),
    ),
    "turkish": (
        (("Mehmet", "Mehmet"), ("Emre", "Emre"), ("Murat", "Murat"), ("Can", "Can")),
        (("Ayşe", "Ayse"), ("Zeynep", "Zeynep"), ("Fatma", "Fatma"), ("Elif", "Elif")),
        (("Yılmaz", "Yilmaz", "Yılmaz", "Yilmaz"), ("Şahin", "Sahin", "Şahin", "Sahin"), ("Öztürk", "Ozturk", "Öztürk", "Ozturk"),
         ("Çelik", "Celik", "Çelik", "Celik"), ("Aydın", "Aydin", "Aydın", "Aydin")),
    ),
    "arabic": (
        (("Mohammed", "Muhammad"), ("Ahmed", "Ahmad"), ("Chalil", "Khalil"), ("Jussuf", "Yusuf")),
        (("Leila", "Layla"), ("Amira", "Amira"), ("Mariam", "Maryam")),
        (("Haddad", "Haddad", "Haddad", "Haddad"), ("Mansur", "Mansour", "Mansur", "Mansour"), ("Chalaf", "Khalaf", "Chalaf", "Khalaf")),
    ),
    "polish": (
        (("Piotr", "Piotr"), ("Tomasz", "Tomasz"), ("Paweł", "Pawel")),
        (("Agnieszka", "Agnieszka"), ("Magdalena", "Magdalena"), ("Katarzyna", "Katarzyna")),
        (("Nowak", "Nowak", "Nowak", "Nowak"), ("Wiśniewski", "Wisniewski", "Wiśniewska", "Wisniewska"),
         ("Kowalczyk", "Kowalczyk", "Kowalczyk", "Kowalczyk")),
    ),
    "greek": ((("Giorgos", "Georgios"), ("Nikos", "Nikolaos")), (("Eleni", "Eleni"), ("Sofia", "Sophia")),
              (("Papadopoulos", "Papadopoulos", "Papadopoulou", "Papadopoulou"), ("Georgiou", "Georgiou", "Georgiou", "Georgiou"))),
    "italian": ((("Luca", "Luca"), ("Marco", "Marco")), (("Giulia", "Giulia"), ("Chiara", "Chiara")),
                (("Rossi", "Rossi", "Rossi", "Rossi"), ("Esposito", "Esposito", "Esposito", "Esposito"))),
    "spanish": ((("José", "Jose"), ("Javier", "Javier")), (("María", "Maria"), ("Lucía", "Lucia")),
                (("García", "Garcia", "García", "Garcia"), ("Martínez", "Martinez", "Martínez", "Martinez"))),
    "balkan": ((("Nikola", "Nikola"), ("Arben", "Arben"), ("Dragan", "Dragan")), (("Jelena", "Jelena"), ("Ardita", "Ardita")),
               (("Jovanović", "Jovanovic", "Jovanović", "Jovanovic"), ("Krasniqi", "Krasniqi", "Krasniqi", "Krasniqi"),
                ("Petrović", "Petrovic", "Petrović", "Petrovic"))),
    "vietnamese": ((("Minh", "Minh"), ("Tuan", "Tuan")), (("Lan", "Lan"), ("Thao", "Thao")),
                   (("Nguyen", "Nguyen", "Nguyen", "Nguyen"), ("Tran", "Tran", "Tran", "Tran"))),
}

# Real German cities: name, inhabitants' adjective, Land (KB label), river (KB label) or "".
CITIES = (
    ("Hamburg", "Hamburger", "Hamburg", "Elbe"), ("München", "Münchner", "Bayern", "Isar"),
    ("Köln", "Kölner", "Nordrhein-Westfalen", "Rhein"), ("Frankfurt", "Frankfurter", "Hessen", "Main"),
    ("Stuttgart", "Stuttgarter", "Baden-Württemberg", "Neckar"), ("Düsseldorf", "Düsseldorfer", "Nordrhein-Westfalen", "Rhein"),
    ("Leipzig", "Leipziger", "Sachsen", ""), ("Dresden", "Dresdner", "Sachsen", "Elbe"),
    ("Hannover", "Hannoveraner", "Niedersachsen", ""), ("Nürnberg", "Nürnberger", "Bayern", ""),
    ("Bremen", "Bremer", "Bremen", "Weser"), ("Kassel", "Kasseler", "Hessen", ""), ("Erfurt", "Erfurter", "Thüringen", ""),
    ("Magdeburg", "Magdeburger", "Sachsen-Anhalt", "Elbe"), ("Rostock", "Rostocker", "Mecklenburg-Vorpommern", ""),
    ("Kiel", "Kieler", "Schleswig-Holstein", ""), ("Lübeck", "Lübecker", "Schleswig-Holstein", ""),
    ("Mainz", "Mainzer", "Rheinland-Pfalz", "Rhein"), ("Wiesbaden", "Wiesbadener", "Hessen", "Rhein"),
    ("Saarbrücken", "Saarbrücker", "Saarland", ""), ("Potsdam", "Potsdamer", "Brandenburg", ""),
    ("Schwerin", "Schweriner", "Mecklenburg-Vorpommern", ""), ("Freiburg", "Freiburger", "Baden-Württemberg", ""),
    ("Augsburg", "Augsburger", "Bayern", ""), ("Regensburg", "Regensburger", "Bayern", "Donau"),
    ("Würzburg", "Würzburger", "Bayern", "Main"), ("Passau", "Passauer", "Bayern", "Donau"),
    ("Münster", "Münsteraner", "Nordrhein-Westfalen", ""), ("Bielefeld", "Bielefelder", "Nordrhein-Westfalen", ""),
    ("Bonn", "Bonner", "Nordrhein-Westfalen", "Rhein"), ("Dortmund", "Dortmunder", "Nordrhein-Westfalen", ""),
    ("Essen", "Essener", "Nordrhein-Westfalen", ""), ("Göttingen", "Göttinger", "Niedersachsen", ""),
    ("Jena", "Jenaer", "Thüringen", "Saale"), ("Chemnitz", "Chemnitzer", "Sachsen", ""),
    ("Cottbus", "Cottbuser", "Brandenburg", "Spree"), ("Osnabrück", "Osnabrücker", "Niedersachsen", ""),
    ("Oldenburg", "Oldenburger", "Niedersachsen", ""), ("Trier", "Trierer", "Rheinland-Pfalz", "Mosel"),
    ("Koblenz", "Koblenzer", "Rheinland-Pfalz", "Rhein"), ("Heidelberg", "Heidelberger", "Baden-Württemberg", "Neckar"),
    ("Ulm", "Ulmer", "Baden-Württemberg", "Donau"), ("Karlsruhe", "Karlsruher", "Baden-Württemberg", "Rhein"),
    ("Braunschweig", "Braunschweiger", "Niedersachsen", ""), ("Paderborn", "Paderborner", "Nordrhein-Westfalen", ""),
    ("Flensburg", "Flensburger", "Schleswig-Holstein", ""), ("Berlin", "Berliner", "Land Berlin", "Spree"),
    ("Bamberg", "Bamberger", "Bayern", ""), ("Ingolstadt", "Ingolstädter", "Bayern", "Donau"),
    ("Meißen", "Meißner", "Sachsen", "Elbe"), ("Pirna", "Pirnaer", "Sachsen", "Elbe"), ("Görlitz", "Görlitzer", "Sachsen", "Neiße"),
    ("Heilbronn", "Heilbronner", "Baden-Württemberg", "Neckar"), ("Landshut", "Landshuter", "Bayern", "Isar"),
    ("Rosenheim", "Rosenheimer", "Bayern", "Inn"), ("Halle", "Hallenser", "Sachsen-Anhalt", "Saale"),
    ("Wittenberge", "Wittenberger", "Brandenburg", "Elbe"), ("Frankfurt (Oder)", "Frankfurter", "Brandenburg", "Oder"),
)
# rivers: KB label → grammatical gender
RIVER_GENDER = {"Elbe": "f", "Isar": "f", "Rhein": "m", "Main": "m", "Neckar": "m", "Weser": "f", "Donau": "f",
                "Saale": "f", "Spree": "f", "Mosel": "f", "Neiße": "f", "Inn": "m", "Oder": "f"}
# Länder that take an article ("im Saarland")
LAND_ARTICLE = {"Saarland": "n"}
LAND_SHORT = {"Land Berlin": "Berlin"}

# invented small towns (sports clubs, accidents "bei …")
TOWNS = ("Ellerstedt", "Mühlbach", "Altenhagen", "Eichenfeld", "Lindenau", "Borstelde", "Hohenau", "Wiesenbach",
         "Kaltenbrunn", "Sandkrug", "Ober-Ronnau", "Tegelfeld", "Hollern", "Rehwinkel", "Falkenhorst", "Grünhagen",
         "Birkenwerder-Süd", "Steinhude-Ost", "Westerhusen", "Bergfelde", "Rottmannshagen", "Kirchwalde",
         "Dornstedt", "Lauterbeck", "Espelkamp-Nord", "Haselünne-West", "Wendenbruch", "Mörslingen")

COMPANY_STEMS = ("Rheinwerk", "Elbtec", "Nordlicht", "Vireon", "Alvara", "Brenntal", "Quellmann", "Lindholm",
                 "Tessmar", "Auralis", "Weserstahl", "Harzmetall", "Solvion", "Mobilis", "Datenwerk", "Falkenried",
                 "Ostwind", "Sonnfeld", "Korvat", "Veltrix", "Nexora", "Greifmann", "Isartal", "Moselwerk",
                 "Trimbach", "Altmühl", "Heliova", "Kranich", "Vantor", "Lumeno", "Brückner", "Senfeld", "Ardento",
                 "Calvos", "Merwig", "Tannhoff", "Ruhrlicht", "Nordkap", "Seewerk", "Optera")
COMPANY_FORMS = ("AG", "AG", "GmbH", "SE")
# sector: (noun for the firm, products, workers (plural nom), what a strike stops)
SECTORS = {
    "auto": ("Autobauer", ("Elektroauto", "n"), "die Beschäftigten in der Produktion", "die Bänder"),
    "tech": ("Technologiekonzern", ("Smartphone", "n"), "die Beschäftigten", "Auslieferungen"),
    "energy": ("Energieversorger", ("Wärmepumpe", "f"), "die Monteure", "Wartungseinsätze"),
    "logistics": ("Logistikkonzern", ("Lieferroboter", "m"), "die Paketzusteller", "Paketzustellungen"),
    "rail": ("Bahnbetreiber", ("Regionalzug", "m"), "die Lokführer", "Zugverbindungen"),
    "air": ("Fluggesellschaft", ("Langstreckenjet", "m"), "die Piloten", "Flüge"),
    "health": ("Klinikbetreiber", ("Diagnosegerät", "n"), "die Pflegekräfte", "planbare Operationen"),
    "retail": ("Handelskonzern", ("Kassensystem", "n"), "die Verkäuferinnen und Verkäufer", "Filialen"),
    "bike": ("Fahrradhersteller", ("E-Lastenrad", "n"), "die Beschäftigten", "die Produktion"),
    "pharma": ("Pharmakonzern", ("Medikament", "n"), "die Beschäftigten im Labor", "die Produktion"),
}
PRODUCT_NAMES = ("Nova", "Aero", "Pulse", "Terra", "Vita", "Orbit", "Flux", "Atlas", "Luma", "Vento", "Kairo",
                 "Sigma", "Polar", "Zenit", "Tara", "Mira", "Volta", "Ember")

# invented unions: (name, abbreviation, gender of the head noun, sector)
UNIONS = (
    ("Gewerkschaft Logistik und Verkehr", "GLV", "f", "logistics"),
    ("Vereinigung Bodenpersonal", "VBP", "f", "air"),
    ("Gewerkschaft Nahverkehr", "GNV", "f", "rail"),
    ("Verband der Klinikbeschäftigten", "VKB", "m", "health"),
    ("Bund der Lokführer und Zugbegleiter", "BLZ", "m", "rail"),
    ("Industriegewerkschaft Fahrzeugbau", "IGF", "f", "auto"),
    ("Gewerkschaft Handel und Service", "GHS", "f", "retail"),
    ("Vereinigung Technik und Energie", "VTE", "f", "energy"),
    ("Gewerkschaft Chemie und Labor", "GCL", "f", "pharma"),
    ("Verband Digitale Arbeit", "VDA", "m", "tech"),
    ("Vereinigung Luftfahrt und Cockpit", "VLC", "f", "air"),
    ("Gewerkschaft Fahrrad und Metall", "GFM", "f", "bike"),
)

CLUB_PATTERNS = ("SV {t}", "TuS {t}", "1. FC {t}", "Rot-Weiß {t}", "SC {t}", "VfR {t}", "Eintracht {t}", "FSV {t}",
                 "Viktoria {t}", "SpVgg {t}", "Germania {t}", "BSC {t}", "TSV {t}", "VfB {t}")

OUTLETS = (
    # name, domain, home city, prefers English transliteration
    ("Nordpost", "nordpost-online.de", "Hamburg", False),
    ("Elbkurier", "elbkurier.de", "Dresden", False),
    ("Rheinblatt", "rheinblatt.de", "Köln", True),
    ("Weserland Online", "weserland-online.de", "Bremen", False),
    ("Landesecho", "landesecho.de", "Hannover", False),
    ("Hanse-Depesche", "hanse-depesche.de", "Lübeck", True),
    ("Mainblick", "mainblick.de", "Frankfurt", True),
    ("Saaletaler Nachrichten", "saaletaler-nachrichten.de", "Jena", False),
    ("Isarbote", "isarbote.de", "München", False),
    ("Spreewacht", "spreewacht.de", "Berlin", True),
    ("Moselanzeiger", "moselanzeiger.de", "Trier", False),
    ("Lausitzer Morgen", "lausitzer-morgen.de", "Cottbus", False),
    ("Neckar-Echo", "neckar-echo.de", "Heidelberg", True),
    ("Reiseticker", "reiseticker.de", "Frankfurt", True),
    ("Wirtschaftsdienst Aktuell", "wirtschaftsdienst-aktuell.de", "Düsseldorf", True),
    ("Sportecho", "sportecho.de", "Dortmund", False),
    ("Förde-Kurier", "foerde-kurier.de", "Kiel", False),
    ("Donaupost", "donaupost.de", "Regensburg", False),
)

STORM_NAMES = ("Zora", "Ingmar", "Fenja", "Bruno", "Mareike", "Jakob", "Hilde", "Ortwin", "Leni", "Quentin", "Wanda",
               "Egon", "Thekla", "Anatol", "Gundula", "Zeno")
PARTIES = ("CDU", "SPD", "Grüne", "FDP", "Freie Wähler", "Linke", "CSU", "AfD", "parteilos")
DECEASED_ROLES = (("Schauspieler", "Schauspielerin", "strong"), ("Schriftsteller", "Schriftstellerin", "strong"),
                  ("Unternehmer", "Unternehmerin", "strong"), ("Altbürgermeister", "Altbürgermeisterin", "strong"),
                  ("Fußballtrainer", "Fußballtrainerin", "strong"), ("Komponist", "Komponistin", "weak"))
# protest organisers: name, gender, genitive, head noun (short form), cause
PROTEST_CAUSES = (
    ("Bündnis für bezahlbares Wohnen", "n", "Bündnisses für bezahlbares Wohnen", "Bündnis", "für bezahlbare Mieten"),
    ("Klimabündnis {city}", "n", "Klimabündnisses {city}", "Bündnis", "für mehr Klimaschutz"),
    ("Initiative Stadtgrün", "f", "Initiative Stadtgrün", "Initiative", "gegen die Bebauung des Stadtparks"),
    ("Elternbündnis Gute Schule", "n", "Elternbündnisses Gute Schule", "Bündnis", "gegen Unterrichtsausfall"),
    ("Aktionsbündnis Klinik bleibt", "n", "Aktionsbündnisses Klinik bleibt", "Bündnis", "gegen die Schließung des Krankenhauses"),
    ("Landesbauernverband", "m", "Landesbauernverbands", "Verband", "gegen Kürzungen beim Agrardiesel"),
    ("Bündnis Offene Stadt {city}", "n", "Bündnisses Offene Stadt {city}", "Bündnis", "gegen Rechtsextremismus"),
    ("Fahrgastverband Pro Schiene", "m", "Fahrgastverbands Pro Schiene", "Verband", "gegen Streckenstilllegungen"),
)
CHARGES = (  # after "wegen", as a headline noun, after "der Vorwurf"
    ("Betrugs", "Betrug", "des Betrugs"), ("Untreue", "Untreue", "der Untreue"),
    ("Brandstiftung", "Brandstiftung", "der Brandstiftung"),
    ("gefährlicher Körperverletzung", "gefährliche Körperverletzung", "der gefährlichen Körperverletzung"),
    ("Steuerhinterziehung", "Steuerhinterziehung", "der Steuerhinterziehung"),
    ("Bestechlichkeit", "Bestechlichkeit", "der Bestechlichkeit"), ("Subventionsbetrugs", "Subventionsbetrug", "des Subventionsbetrugs"))
SPEECH_OCCASIONS = ("beim Neujahrsempfang der Industrie- und Handelskammer", "beim Wirtschaftsforum",
                    "vor Studierenden der Universität", "bei der Eröffnung der Messe", "beim Festakt zum Stadtjubiläum",
                    "auf einer Konferenz zur Energiewende", "auf dem Gewerkschaftstag", "beim Jahresempfang der Handwerkskammer")
TOPICS_POLITICS = ("die Lage in der Ukraine", "Handelsfragen", "die Energieversorgung", "den Konflikt im Nahen Osten",
                   "die Zusammenarbeit in der Migrationspolitik", "die Verteidigungsausgaben", "den Klimaschutz",
                   "die wirtschaftliche Zusammenarbeit", "Fragen der europäischen Sicherheit", "die Rüstungskooperation")
AID_GOODS = (  # accusative, dative
    ("Decken, Feldbetten und Trinkwasser", "Decken, Feldbetten und Trinkwasser"),
    ("Stromgeneratoren und Pumpen", "Stromgeneratoren und Pumpen"),
    ("Medikamente und Verbandsmaterial", "Medikamenten und Verbandsmaterial"),
    ("Lebensmittel und Hygieneartikel", "Lebensmitteln und Hygieneartikeln"),
    ("Zelte und Heizgeräte", "Zelten und Heizgeräten"),
)
SANCTION_TARGETS = (("Russland", "russisch"), ("Iran", "iranisch"), ("Belarus", "belarussisch"), ("Nordkorea", "nordkoreanisch"))
