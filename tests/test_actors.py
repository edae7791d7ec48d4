"""Actors: persons found and resolved on the seeds and on our own articles about people no list knows."""

from __future__ import annotations

import json

import pytest

from graph.build import read_and_parse
from graph.evaluate.persons import score_persons
from graph.merge.identities import merge_actors, translit_key
from graph.parse import parse_article
from graph.parse.articles import from_text

from .conftest import DATA, GOLD, SEEDS

CORPORA = {
    "seeds": (SEEDS, GOLD),
    "topics": (DATA / "topics" / "articles", DATA / "topics" / "gold.json"),
    "streik": (DATA / "stories" / "streik" / "articles", DATA / "stories" / "streik" / "gold.json"),
    "unwetter": (DATA / "stories" / "unwetter" / "articles", DATA / "stories" / "unwetter" / "gold.json"),
    "heldout": (DATA / "heldout" / "articles", DATA / "heldout" / "gold.json"),
    "heldout2": (DATA / "heldout2" / "articles", DATA / "heldout2" / "gold.json"),
    "heldout3": (DATA / "heldout3" / "articles", DATA / "heldout3" / "gold.json"),
}


def persons_of(text: str, published: str = "2025-10-16") -> dict[str, set[str]]:
    doc = parse_article(from_text("t", text, published=published))
    out: dict[str, set[str]] = {}
    for m in doc.actors:
        if m.kind == "person":
            out.setdefault(m.name, set()).add(m.text)
    return out


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_person_precision_and_recall(corpus):
    folder, gold_path = CORPORA[corpus]
    floors = json.loads((DATA / "floors.json").read_text(encoding="utf-8"))
    docs, skipped = read_and_parse([folder])
    assert not skipped
    score = score_persons(merge_actors(docs), json.loads(gold_path.read_text(encoding="utf-8")))
    assert score.precision >= floors["persons_precision"][corpus], score.as_dict()
    assert score.recall >= floors["persons_recall"][corpus], score.as_dict()


def test_topic_corpus_is_about_people_no_list_knows():
    gold = json.loads((DATA / "topics" / "gold.json").read_text(encoding="utf-8"))
    assert len(gold["articles"]) >= 8
    unknown = [p for p in gold["persons"] if "wikidata" not in p]
    assert len(unknown) >= 40


def test_family_members_and_namesakes_stay_apart():
    got = persons_of("Der russische Präsident habe der First Lady Melania für ihr Engagement gedankt. "
                     "Später sprach Donald Trump mit Wladimir Selenskij. Melania Trump lächelte.")
    assert got["Melania Trump"] == {"Melania", "Melania Trump"}
    assert got["Donald Trump"] == {"Donald Trump"}
    assert got["Wolodymyr Selenskyj"] == {"Wladimir Selenskij"}
    assert "Wladimir Putin" not in got


def test_a_shared_surname_alone_is_the_protagonist_once_named():
    """News give the protagonist the bare surname and a namesake the full name; before either is named in
    full (a headline) the surname is no one."""
    got = persons_of("Kessler gegen Kessler im Finale. Bürgermeisterin Anna Kessler trat mit ihrer Schwester "
                     "Mia Kessler auf. Danach sagte Kessler, sie sei müde.")
    assert got["Anna Kessler"] == {"Anna Kessler", "Kessler"}, got
    assert got["Mia Kessler"] == {"Mia Kessler"}, got
    doc = parse_article(from_text("t", "Kessler gegen Kessler im Finale. Bürgermeisterin Anna Kessler trat mit "
                                       "ihrer Schwester Mia Kessler auf.", published="2025-10-16"))
    assert not any(m.start == 0 and m.kind == "person" for m in doc.actors)
    # a title tells them apart, whoever came first
    got = persons_of("Die Nachbarin Mia Kessler kannte ihn. Bürgermeisterin Anna Kessler kam später. "
                     "Bürgermeisterin Kessler sprach von einem Unglück.")
    assert got["Anna Kessler"] == {"Anna Kessler", "Kessler"}, got


def test_a_nationality_noun_refers_to_the_person_of_that_country():
    got = persons_of("Der italienische Außenminister Paolo Greco traf in Wien ein. Die Ministerin Eva Lind "
                     "will mit dem Italiener über Zölle sprechen. Die Italiener im Saal jubelten, den "
                     "Italienern gefiel die Rede. Die Unterstützung der Italiener wächst.")
    assert got["Paolo Greco"] == {"Paolo Greco", "Italiener"}, got
    texts = [m.text for m in parse_article(from_text("t", "Der italienische Außenminister Paolo Greco traf ein. "
                                                          "Die Italiener jubelten.", published="2025-10-16")).actors]
    assert "Italiener" not in texts
    # no Italian named before: no one
    assert "Italiener" not in {t for ts in persons_of("Eva Lind will mit dem Italiener sprechen.").values() for t in ts}


def test_titles_cues_and_surnames():
    got = persons_of("Die Lokführer streiken. GDL-Chef Mario Reiß kündigte an, der Ausstand dauere bis Freitag. "
                     "„Wir sind bereit“, sagte Reiß. Laut Bahnsprecherin Petra Kolb fallen Züge aus. "
                     "Kolbs Angaben zufolge ist der Fernverkehr betroffen.")
    assert got == {"Mario Reiß": {"Mario Reiß", "Reiß"}, "Petra Kolb": {"Petra Kolb", "Kolbs"}}


def test_definite_description_uses_the_role_on_the_article_date():
    assert "Wladimir Putin" in persons_of("Der Kremlchef warnte den Westen.", published="2025-10-16")
    assert persons_of("Der Bundeskanzler reiste nach Paris.", published="2023-06-01").get("Olaf Scholz")
    assert persons_of("Der Bundeskanzler reiste nach Paris.", published="2025-10-16").get("Friedrich Merz")


def test_local_person_outranks_a_kb_namesake():
    got = persons_of("Nach Angaben von Kreisbrandmeister Uwe Lindner brannte es. Lindner zufolge gab es Verletzte.")
    assert got == {"Uwe Lindner": {"Uwe Lindner", "Lindner"}}


def test_places_and_organisations():
    doc = parse_article(from_text("t", "Ungarns Premierminister traf in den Vereinigten Staaten ein. Die USA und "
                                       "die NATO berieten im Weißen Haus in Washington über den Nahen Osten.",
                                  published="2025-10-16"))
    kinds = {(m.name, m.kind) for m in doc.actors}
    assert ("Vereinigte Staaten", "place") in kinds
    assert ("Weißes Haus", "place") in kinds
    assert ("Washington", "place") in kinds
    assert ("NATO", "organisation") in kinds or any(k == "organisation" and "NATO" in n for n, k in kinds)
    washington = next(m for m in doc.actors if m.text == "Washington")
    assert washington.entity is not None and washington.entity.cls == "City"


def test_transliteration_key():
    assert translit_key("Olexandr Kowalenko") == translit_key("Oleksandr Kovalenko")
    assert translit_key("Ruslan Tkatschenko") == translit_key("Ruslan Tkachenko")
    assert translit_key("Tim Becker") != translit_key("Lukas Becker")


def test_cli_build_with_user_kb(tmp_path):
    from .conftest import run_cli

    article = tmp_path / "a.txt"
    article.write_text("published: 2025-03-14\n\nIn Ellerstedt stieg das Wasser. Die Regierungschefin will Ellerstedt "
                       "besuchen, sagte Landrat Henning Lüders am Freitag.", encoding="utf-8")
    kb = tmp_path / "mine.ttl"
    kb.write_text("@prefix eg: <https://w3id.org/eventgraph/ns#> .\n@prefix kb: <https://w3id.org/eventgraph/kb/> .\n"
                  "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                  'kb:ellerstedt a eg:City ; rdfs:label "Ellerstedt"@de .\n', encoding="utf-8")
    res = run_cli("build", str(article), "--out", str(tmp_path / "out"), "--kb", str(kb))
    assert res.returncode == 0, res.stderr
    actors = json.loads((tmp_path / "out" / "events.json").read_text(encoding="utf-8"))["actors"]
    kinds = {(a["name"], a["kind"]) for a in actors}
    assert ("Ellerstedt", "place") in kinds and ("Henning Lüders", "person") in kinds
    assert all(a["kind"] != "person" or a["name"] != "Ellerstedt" for a in actors)
    bad = tmp_path / "bad.ttl"
    bad.write_text("not turtle", encoding="utf-8")
    res = run_cli("build", str(article), "--out", str(tmp_path / "out"), "--kb", str(bad))
    assert res.returncode == 2 and "not valid Turtle" in res.stderr


def _kinds(text: str, published: str = "2024-05-02") -> dict[str, str]:
    doc = parse_article(from_text("t", text, published=published))
    return {m.text: m.kind for m in doc.actors}


def test_small_towns_after_a_preposition_without_article():
    """Villages no KB lists come from the gazetteer's small places, only where a name is expected."""
    kinds = _kinds("Ein Lastwagen ist am Morgen bei Wolfach umgestürzt. Die Umleitung führt von Hausach "
                   "nach Gutach, Hornberg und Triberg. Wegen Regen sperrte die Polizei die Strecke.")
    for town in ("Wolfach", "Hausach", "Gutach", "Hornberg", "Triberg"):
        assert kinds.get(town) == "place", (town, kinds)
    assert "Regen" not in kinds  # a town in Bavaria, here the weather


def test_common_nouns_that_name_villages_stay_nouns():
    kinds = _kinds("Das Haus geriet in Brand. Nach Osten hin blieb es bei Regen ruhig, bis Ende April.")
    assert not {"Brand", "Osten", "Regen", "Ende"} & set(kinds), kinds


def test_institutions_companies_and_cued_places():
    kinds = _kinds("Die Staatsanwaltschaft Offenburg ermittelt gegen die Kellerbau Schmieder GmbH. "
                   "Das Amtsgericht Wolfach und die Behörde für Umwelt und Verbraucherschutz wurden informiert. "
                   "Der Maschinenbauer Fendrich Werkzeugtechnik bestätigte den Vorfall; die Fendrich-Aktie fiel. "
                   "Betroffen ist die Gemeinde Oberharmersbach. Fendrich kündigte Hilfe an.")
    assert kinds.get("Staatsanwaltschaft Offenburg") == "organisation", kinds
    assert kinds.get("Kellerbau Schmieder GmbH") == "organisation", kinds  # named with its legal form
    assert kinds.get("Amtsgericht Wolfach") == "organisation", kinds
    assert kinds.get("Behörde für Umwelt und Verbraucherschutz") == "organisation", kinds
    assert kinds.get("Fendrich Werkzeugtechnik") == "organisation", kinds
    assert kinds.get("Fendrich") == "organisation", kinds  # the company by its first word, not a person
    assert kinds.get("Oberharmersbach") == "place", kinds
    # a day after "für" is when, not the body's remit
    assert "Stadtrat" in _kinds("Nun hat der Stadtrat für Freitagabend eine Sondersitzung einberufen.")


def test_declined_names_and_indefinite_common_nouns():
    doc = parse_article(from_text("t", "Helfer vom Technischen Hilfswerk und vom Deutschen Roten Kreuz waren im "
                                       "Einsatz. Der Minister will sich ein Bild von der Lage machen.",
                                  published="2024-05-02"))
    names = {m.name for m in doc.actors}
    assert "Technisches Hilfswerk" in names and "Deutsches Rotes Kreuz" in names, names
    assert "Bild" not in names  # "ein Bild": a picture, not the newspaper


def test_dateline_place_of_a_local_story_and_not_of_a_correspondent():
    local = parse_article(from_text("t", "Offenburg. Bei der Bürgermeisterwahl am Sonntag lag die Beteiligung "
                                         "bei 41 Prozent.", published="2024-05-02"))
    wahl = next(e for e in local.events if e.type == "Election")
    assert wahl.place_source == "dateline" and local.actors[wahl.place].text == "Offenburg"
    foreign = parse_article(from_text("t", "Lissabon. Bei einem Waldbrand am Sonntag wurden drei Häuser zerstört.",
                                      published="2024-05-02"))
    brand = next(e for e in foreign.events if e.type == "Wildfire")
    assert brand.place is None  # a correspondent's city is not where the fire was
    named = parse_article(from_text("t", "Offenburg. Bei der Wahl am Sonntag in Kehl lag die Beteiligung bei 41 "
                                         "Prozent.", published="2024-05-02"))
    wahl = next(e for e in named.events if e.type == "Election")
    assert wahl.place_source == "clause" and named.actors[wahl.place].text == "Kehl"


def test_an_event_with_no_place_of_its_own_happens_where_the_story_last_placed_one():
    doc = parse_article(from_text("t", "Offenburg. Am Montag trat die Kinzig in Gengenbach über die Ufer. Am "
                                       "Dienstagabend mussten rund 200 Bewohner ihre Häuser verlassen.", published="2024-05-02"))
    flood = next(e for e in doc.events if e.type == "Flood")
    evacuation = next(e for e in doc.events if e.type == "Evacuation")
    assert flood.place_source == "clause" and doc.actors[flood.place].text == "Gengenbach"
    assert evacuation.place_source == "discourse" and evacuation.place == flood.place
    # a phone call takes no place from the story
    doc = parse_article(from_text("t", "Am Montag trat die Kinzig in Gengenbach über die Ufer. Das Telefonat am "
                                       "Dienstag dauerte eine Stunde.", published="2024-05-02"))
    assert next(e for e in doc.events if e.type == "PhoneCall").place is None


def test_small_places_file_is_derived_from_the_installed_gazetteer():
    """``graph/data/places-small-dach.tsv`` is what ``python -m graph.parse.gazetteer`` writes today."""
    from graph.parse.gazetteer import SMALL_PLACES_FILE, small_places_table

    assert SMALL_PLACES_FILE.read_text(encoding="utf-8") == small_places_table()


def test_villages_no_list_knows_by_their_ending():
    kinds = _kinds("Der Bach trat bei Mölkenhagen über die Ufer, auch in Sandersrode stand Wasser. Der Einsatz "
                   "in Vorfeld und Umfeld lief an; Marie von Ebner-Klausenbach half. Die Straße nach Termin blieb frei.")
    assert kinds.get("Mölkenhagen") == "place" and kinds.get("Sandersrode") == "place", kinds
    assert not {"Vorfeld", "Umfeld", "Termin"} & set(kinds), kinds


def test_sports_clubs_by_their_abbreviation():
    kinds = _kinds("Der VfL Gerstetten 09 verlor gegen den 1. FC Mühlental, der Sandhausener SC gewann.")
    assert kinds.get("VfL Gerstetten 09") == "organisation", kinds
    assert kinds.get("1. FC Mühlental") == "organisation", kinds
    assert kinds.get("Sandhausener SC") == "organisation", kinds


def test_a_newsroom_dateline_over_a_story_abroad_places_nothing():
    doc = parse_article(from_text("t", "Düsseldorf. Die Waffenruhe gilt seit Sonntag. In Moskau und Kiew "
                                       "wurde sie begrüßt.", published="2024-05-02"))
    truce = next(e for e in doc.events if e.type == "Ceasefire")
    assert truce.place is None and not any(m.cue == "dateline" for m in doc.actors)


def test_a_district_is_not_its_seat_town():
    doc = parse_article(from_text("t", "Die Kinzig trat im Landkreis Goslar über die Ufer. In Goslar regnete es.",
                                  published="2024-05-02"))
    places = {m.text: m.key for m in doc.actors if m.kind == "place"}
    assert "Landkreis Goslar" in places and "Goslar" in places, places
    assert places["Landkreis Goslar"] != places["Goslar"]


def test_an_acronym_names_the_organisation_its_cue_found():
    doc = parse_article(from_text("t", "Die Pilotengewerkschaft Vereinigung Cockpitpersonal (VCP) ruft zum Streik. "
                                       "Die VCP fordert mehr Geld. Der von der Vereinigung Cockpitpersonal (VCP) "
                                       "geplante Ausstand beginnt am Montag.", published="2024-05-02"))
    orgs = {(m.text, m.key) for m in doc.actors if m.kind == "organisation"}
    assert {k for _, k in orgs} == {"new:organisation:vcp"}, orgs  # keyed by its acronym
    assert "Vereinigung" not in {t for t, _ in orgs}


def test_an_acronym_defined_in_one_article_is_the_same_actor_alone_in_another():
    docs = [parse_article(from_text("a", "Die Vereinigung Cockpitpersonal (VCP) ruft zum Streik.", published="2024-05-02")),
            parse_article(from_text("b", "Die Pilotengewerkschaft VCP fordert mehr Geld.", published="2024-05-03"))]
    orgs = [r for r in merge_actors(docs) if r["kind"] == "organisation"]
    assert len(orgs) == 1 and orgs[0]["name"] == "Vereinigung Cockpitpersonal", orgs


def test_a_body_named_by_its_kind_is_an_actor_of_its_story():
    """"Die Polizei", "der Gemeinderat": actors of the story told, one per story — not one police for every
    article; a demonym ("der chilenischen Regierung") makes the body the same wherever it is named."""
    text = ("Der Gemeinderat hat am Montag beschlossen, das Freibad zu schließen. Die Polizei nahm zwei Männer fest. "
            "Ein Sprecher der chilenischen Regierung bestätigte den Bericht.")
    docs = [parse_article(from_text(aid, text, published="2024-05-02")) for aid in ("a", "b")]
    bodies = {(m.name, m.key) for m in docs[0].actors if m.kind == "organisation"}
    assert {n for n, _ in bodies} == {"Gemeinderat", "Polizei", "chilenische Regierung"}, bodies
    merged = [r for r in merge_actors(docs) if r["kind"] == "organisation"]
    assert sorted(r["name"] for r in merged) == ["Gemeinderat", "Gemeinderat", "Polizei", "Polizei",
                                                 "chilenische Regierung"], merged
    assert not any(m.kind == "organisation" for m in parse_article(from_text(
        "c", "Eine Polizei gibt es dort nicht.", published="2024-05-02")).actors)


def test_a_name_used_bare_again_and_again_is_an_organisation():
    """No cue, no list: "Fernwind" used as names are used — without article, as a subject — is a firm;
    a common noun that recurs ("in der 90. Minute", "seit Wochen") is not."""
    text = ("Fernwind streicht 300 Stellen. Die Beschäftigten der Fernwind sind empört. Betroffen sind Werke, "
            "die für Fernwind Rotorblätter bauen. Ein Sprecher sagte, bei Fernwind gebe es keine Alternative. "
            "Seit Wochen wird verhandelt, in der 90. Minute fiel ein Tor, nach der 91. Minute keines.")
    doc = parse_article(from_text("t", text, published="2024-05-02"))
    orgs = {(m.name, m.key) for m in doc.actors if m.kind == "organisation"}
    assert orgs == {("Fernwind", "new:organisation:fernwind")}, orgs
    assert not any(m.text in ("Wochen", "Minute") for m in doc.actors)


def test_a_body_and_a_later_reference_to_it_are_one_actor_of_the_story():
    """"Die Große Strafkammer …" refers to the story's "die Strafkammer": one key, scoped to the story like
    the body itself (not a key shared by every article's Strafkammer)."""
    doc = parse_article(from_text("t", "Die Große Strafkammer sah den Betrug als erwiesen an. Die Strafkammer "
                                       "setzte den Haftbefehl außer Vollzug.", published="2024-05-02"))
    keys = {m.key for m in doc.actors if m.kind == "organisation"}
    assert keys == {"new:organisation:strafkammer@t"}, keys


def test_a_compass_point_glued_to_a_known_place_is_a_region():
    """"im Westharz", "in Nordhessen", "in der Ostukraine": parts of a known place, one word in German
    that no list holds; "an der Nordwand" and "im Westwind" name no place."""
    doc = parse_article(from_text("t", "Unwetter im Westharz, Kämpfe in der Ostukraine, Regen in Nordhessen. "
                                       "Schnee an der Nordwand, Sturm im Westwind.", published="2024-05-02"))
    places = {a.name for a in doc.actors if a.kind == "place"}
    assert {"Westharz", "Ostukraine", "Nordhessen"} <= places
    assert not places & {"Nordwand", "Westwind"}


def organisations_of(text: str, published: str = "2025-10-16") -> list[tuple[str, str]]:
    doc = parse_article(from_text("t", text, published=published))
    return [(m.text, m.name) for m in doc.actors if m.kind == "organisation"]


def test_a_group_named_in_quotes_and_referred_to_by_its_kind():
    """"das Bündnis „…“" names a group; "die Initiative", "die Organisatoren" later are that group, and
    "des Möbelkonzerns" the company named with a legal form (these were no actors at all)."""
    text = ("Die Bürgerinitiative „Rettet den Lindenpark“ hat am Samstag in Kassel demonstriert. "
            "Anlass ist ein Neubau der Hessischen Möbel AG. Die Initiative will weiter protestieren. "
            "Eine Mahnwache vor der Zentrale des Möbelkonzerns haben die Organisatoren abgesagt. "
            "Mit dem „Smart Chair“ will der Konzern neue Kunden gewinnen.")
    got = organisations_of(text)
    assert ("Rettet den Lindenpark", "Rettet den Lindenpark") in got
    assert ("Initiative", "Rettet den Lindenpark") in got
    assert ("Organisatoren", "Rettet den Lindenpark") in got
    assert ("Hessischen Möbel AG", "Hessische Möbel AG") in got  # the name in the nominative
    assert ("Möbelkonzerns", "Hessische Möbel AG") in got
    assert ("Konzern", "Hessische Möbel AG") in got
    assert not any("Smart" in name for _, name in got)  # a product in quotes is no group


def test_a_board_is_its_company_and_an_introduction_is_no_back_reference():
    text = ("Der Maschinenbauer Kestrel Antriebe streicht 900 Stellen. "
            "Die Verhandlungen zwischen Vorstand und Betriebsrat sollen im Mai beginnen. "
            "Der Vorstand der Gewerkschaft tagt morgen.")
    got = organisations_of(text)
    assert got.count(("Vorstand", "Kestrel Antriebe")) == 1  # "der Vorstand der Gewerkschaft" is another's


def test_places_no_list_knows_by_a_country_adjective_a_foreign_letter_or_a_cue():
    """"in der südportugiesischen Serra de Monchique", "in Portimão", "des Dorfes Alferce", "hinter dem
    Bahnhof Gamburg" were no places; a country's adjective before a common noun still makes none."""
    kinds = _kinds("Ein Feuer wütet in der nordspanischen Sierra de Gredos. Zwei Flugzeuge landen in Cañamero. "
                   "Es brach nahe des Dorfes Valdeverdeja aus, kurz hinter dem Bahnhof Oropesa. "
                   "Die spanische Regierung und die spanischen Behörden beraten in Madrid.")
    for place in ("Sierra de Gredos", "Cañamero", "Valdeverdeja", "Oropesa"):
        assert kinds.get(place) == "place", (place, kinds)
    assert "Behörden" not in kinds and "Regierung" not in kinds


def test_an_action_is_no_back_reference_to_a_group():
    """Of the nouns that introduce a quoted group only those that still name it alone refer back:
    "die Aktion" after "das Bündnis „…“" is something the group does."""
    got = organisations_of("Das Bündnis „Grüne Mitte“ protestierte am Samstag in Kassel. "
                           "Die Aktion dauerte zwei Stunden. Das Bündnis will weitermachen.")
    assert ("Bündnis", "Grüne Mitte") in got and not any(text == "Aktion" for text, _ in got)


def test_a_definite_title_noun_refers_to_the_person_it_introduced():
    """"den Bauunternehmer Ralf Steiner … wurde der Unternehmer festgenommen": the compound's head names
    the same person; a name after the noun is a new introduction, a plural no one person."""
    doc = parse_article(from_text("x", "Das Gericht hat den Bauunternehmer Karl Wendling verurteilt. Im Mai wurde der Unternehmer "
                     "festgenommen. Der Unternehmer Paul Reiß sagte aus. Das Treffen mit den Bauunternehmern "
                     "blieb ohne Ergebnis, sagte einer der Unternehmer."))
    refs = [(m.text, m.name) for m in doc.actors if m.cue == "back-reference" and m.kind == "person"]
    assert refs == [("Unternehmer", "Karl Wendling")]


def test_a_chamber_is_the_court_that_sits_in_chambers():
    """"Die Strafkammer setzte den Haftbefehl außer Vollzug": the chamber of the Landgericht named before,
    not a body of its own, and not the federal court named last (which sits in senates)."""
    text = ("Das Landgericht Bonn hat den Händler Uwe Kranz verurteilt. Sein Anwalt will beim Bundesgerichtshof "
            "Revision einlegen. Die Strafkammer setzte den Haftbefehl außer Vollzug.")
    assert ("Strafkammer", "Landgericht Bonn") in organisations_of(text)


def test_the_plant_is_its_company():
    """"Das Werk in Eisenach habe eine Standortgarantie erhalten": the plant of the company named before."""
    text = ("Der Autozulieferer Kronfeld Getriebebau will 900 Stellen streichen. "
            "Das Werk in Eisenach habe noch vor zwei Jahren eine Standortgarantie erhalten.")
    assert ("Werk", "Kronfeld Getriebebau") in organisations_of(text)


def test_a_back_reference_is_no_alias():
    """"der Unternehmer", "das Unternehmen" refer to an actor; they are not its names (skos:altLabel)."""
    doc = parse_article(from_text("x", "Der Technologiekonzern Lumitec hat den Bauunternehmer Karl Wendling "
                                       "verklagt. Das Unternehmen fordert Geld. Der Unternehmer schweigt."))
    aliases = {a["name"]: a["aliases"] for a in merge_actors([doc])}
    assert "Unternehmen" not in aliases["Lumitec"] and "Unternehmer" not in aliases["Karl Wendling"]
    assert any(m.cue == "back-reference" for m in doc.actors)


def test_a_given_name_alone_is_the_one_person_who_bears_it():
    """"sagte Tim nach dem Abpfiff" in a story on the brothers Lukas and Tim Becker (the surname fits both)."""
    persons = persons_of("Lukas Becker traf für Nürnberg, sein Bruder Tim Becker glich aus. "
                         "„Ich rufe ihn heute an“, sagte Tim nach dem Abpfiff.")
    assert persons["Tim Becker"] == {"Tim Becker", "Tim"}
    # two people of that given name: it stays no one
    persons = persons_of("Tim Becker und Tim Vogel trafen. „Ich rufe ihn an“, sagte Tim danach.")
    assert "Tim" not in persons.get("Tim Becker", set()) | persons.get("Tim Vogel", set())


def test_a_dotted_initialism_is_one_name():
    """"der Hilfsorganisation I.S.A.R. Germany": the letters were split at their dots, and "Germany" alone
    was read as the country."""
    doc = parse_article(from_text("t", "Zudem soll ein Team der Hilfsorganisation I.S.A.R. Germany am "
                                       "Donnerstag aufbrechen.", published="2026-04-21"))
    assert [(m.kind, m.name) for m in doc.actors] == [("organisation", "I.S.A.R. Germany")]


def test_an_acronym_names_a_long_form_with_small_words_and_not_a_party_after_a_person():
    """"des Landesamts für Denkmalpflege in der Uckermark (LDU)" is one body (only "Uckermark" was found);
    "(SPD)" after a person names the party, not a long form made of the person's name."""
    text = ("Nach Einschätzung des Landesamts für Denkmalpflege in der Uckermark (LDU) ist die Kirche gefährdet. "
            "Die LDU prüft Zuschüsse. Landrätin Petra Lindqvist (SPD) begrüßte das.")
    orgs = organisations_of(text)
    assert ("Landesamts für Denkmalpflege in der Uckermark", "Landesamt für Denkmalpflege in der Uckermark") \
        in orgs, orgs
    assert ("LDU", "Landesamt für Denkmalpflege in der Uckermark") in orgs
    assert persons_of(text).get("Petra Lindqvist") == {"Petra Lindqvist"}


def test_bodies_named_by_their_kind_with_a_name_no_list_knows():
    """An institution's kind before a word only a name is ("Klinikum Rhön-Süd"), a coordinated compound
    ("Hafen- und Schifffahrtsamt"), a police of any kind, a body after its descriptor ("die
    Katastrophenschutzbehörde ONEMI") and a group "namens „…“" referred to later by its kind."""
    text = ("Das Klinikum Rhön-Süd in Fulda meldete sich ab. Das Hafen- und Schifffahrtsamt Wesermünde sperrte "
            "die Zufahrt. Die Wasserschutzpolizei ermittelt, die Katastrophenschutzbehörde ONEMI zählte Tote. "
            "Eine Gruppe namens „Nachtfalke“ bekannte sich. Die Gruppe drohte mit weiteren Taten.")
    orgs = organisations_of(text)
    for found in [("Klinikum Rhön-Süd", "Klinikum Rhön-Süd"), ("Wasserschutzpolizei", "Wasserschutzpolizei"),
                  ("Hafen- und Schifffahrtsamt Wesermünde", "Hafen- und Schifffahrtsamt Wesermünde"),
                  ("ONEMI", "ONEMI"), ("Nachtfalke", "Nachtfalke"), ("Gruppe", "Nachtfalke")]:
        assert found in orgs, (found, orgs)
    assert ("Bundespolizei", "Bundespolizei") in organisations_of("Die Bundespolizei kontrolliert die Grenze.")
    # a name the KB knows after a kind's noun stays the KB's ("Netzwerk" ends in "werk")
    assert organisations_of("Er schrieb in seinem Netzwerk Truth Social, er sei zuversichtlich.") == [
        ("Truth Social", "Truth Social")]


def test_a_suspect_named_by_initial_a_club_without_its_town_and_a_town_as_subject():
    """Court reports shorten a surname to its initial ("Dominik K."); "der Verein Jonas Albrecht" is a person
    the club presents; a club's short name in the headline is the club; "Die Stadt Rosenheim sperrte"
    is the town's administration, "in der Stadt Rosenheim" the place."""
    persons = persons_of("Der Angeklagte Dominik K. schwieg. Die Anwältin von Dominik K. und Sven de J. sprach.")
    assert persons.get("Dominik K.") == {"Dominik K."} and "Sven de J." in persons, persons
    doc = parse_article(from_text("t", "TSV Auetal trennt sich von Trainer Lenz\n\nDer TSV Auetal Rinteln hat "
                                       "am Montag seinen Trainer entlassen. Am Dienstag stellte der Verein Jonas "
                                       "Albrecht als Nachfolger vor.", published="2025-10-16"))
    clubs = {m.key for m in doc.actors if m.kind == "organisation"}
    assert len(clubs) == 1, clubs
    assert any(m.kind == "person" and m.name == "Jonas Albrecht" for m in doc.actors)
    orgs = organisations_of("Die Stadt Rosenheim sperrte den Park. Es regnete in der Stadt Rosenheim.")
    assert orgs == [("Stadt Rosenheim", "Stadt Rosenheim")], orgs


def test_the_police_of_a_lead_is_the_body_the_story_names_and_genitive_bodies():
    """The lead's "die Polizei" is the police body named later; "des Landgerichts Köln", "des
    Innenausschusses der Bürgerschaft" name their bodies, a title's genitive ("der Präsident des
    Landgerichts") does not make the court a party."""
    text = ("Die Polizei hat einen Tatverdächtigen festgenommen, wie die Polizeiinspektion Coburg mitteilte. "
            "Das Urteil des Amtsgerichts Coburg ist rechtskräftig, eine Sitzung des Rechtsausschusses des Landtags "
            "wurde verschoben. Der frühere Präsident des Landgerichts Bamberg schwieg.")
    orgs = organisations_of(text)
    assert ("Polizei", "Polizeiinspektion Coburg") in orgs, orgs
    assert ("Amtsgerichts Coburg", "Amtsgericht Coburg") in orgs, orgs
    assert ("Rechtsausschusses des Landtags", "Rechtsausschuss des Landtags") in orgs, orgs
    assert not [o for o in orgs if "Bamberg" in o[1]], orgs
