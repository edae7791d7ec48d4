"""Events: the parse component on invented sentences, coreference across articles, and the measured floors.

The sentences below are made up for these tests (no seed facts); each checks one
rule of ``graph/parse/events.py`` or ``graph/merge`` that could silently break.
"""

from __future__ import annotations

import json

import pytest

from graph.build import read_and_parse
from graph.evaluate.events import score
from graph.merge.events import EventMerger
from graph.merge.identities import merge_actors
from graph.parse import parse_article
from graph.parse.article import Article
from graph.parse.articles import from_text

from .conftest import DATA, GOLD, SEEDS, run_cli

FLOORS = json.loads((DATA / "floors.json").read_text(encoding="utf-8"))


def parse(text: str, published: str = "2024-03-12", aid: str = "x"):
    return parse_article(Article(id=aid, text=text, published=published, published_from="header"))


def only(doc, cls: str):
    found = [m for m in doc.events if m.type == cls]
    assert found, [(m.text, m.type) for m in doc.events]
    return found[0]


def names(doc, m) -> set[str]:
    return {doc.actors[p.actor].name for p in m.participants}


@pytest.mark.parametrize("sentence, cls, status", [
    ("Der Landtag hat am Montag in Erfurt das Gesetz verabschiedet.", "Legislation", "occurred"),
    ("Die für Freitag geplante Kundgebung der Initiative Grünes Tal wurde abgesagt.", "Protest", "cancelled"),
    ("Das Derby gegen den FC Ostheim wurde auf den 30. März verschoben.", "SportsMatch", "postponed"),
    ("Nach Einschätzung der Polizei könnte es am Wochenende erneut zu einer Demonstration kommen.", "Protest", "possible"),
    ("Bürgermeisterin Jana Fluss will am Donnerstag die Kläranlage in Oberweiler besuchen.", "Visit", "planned"),
    ("Die Bahn hat die Strecke am Sonntag nicht geräumt.", "Evacuation", "negated"),
])
def test_status_from_cues(sentence, cls, status):
    assert only(parse(sentence), cls).status == status


def test_trigger_forms_compounds_and_separable_verbs():
    doc = parse("Der Minister rief am Dienstag seinen Amtskollegen Paul Wendel an. "
                "Beim Außenministertreffens in Riga ging es um Zölle.")
    call = only(doc, "PhoneCall")
    assert call.lemma == "anrufen" and call.time.value == "2024-03-12"
    assert only(doc, "Meeting").text == "Außenministertreffens"


def test_participants_place_time_and_attribution():
    doc = parse("Laut Polizeisprecherin Mara Olt trafen sich Ferdinand Kaul und Lisa Brenner "
                "am 3. März in der Stadthalle von Gera.")
    m = only(doc, "Meeting")
    assert names(doc, m) == {"Ferdinand Kaul", "Lisa Brenner"}
    assert {doc.actors[i].name for i in m.according_to} == {"Mara Olt"}
    assert m.time.value == "2024-03-03" and m.time_source == "clause" and m.status == "occurred"
    assert m.place is not None and doc.actors[m.place].name == "Gera"


def test_statement_is_an_event_only_when_dated_or_placed():
    doc = parse("„Wir bleiben hart“, sagte Gewerkschaftschef Jonas Reiter am Dienstag vor Journalisten. "
                "„Das ist falsch“, erklärte Reiter.")
    said = [m for m in doc.events if m.statement]
    assert [m.standalone for m in said] == [True, False]


def test_definite_mention_refers_back_and_order_links():
    doc = parse("Die Ministerin Anke Roloff hat am Montag mit dem Botschafter Olaf Brink telefoniert. "
                "Nach dem Telefonat reiste Roloff nach Wien.")
    call = only(doc, "PhoneCall")
    later = [m for m in doc.events if m.text == "Telefonat"][0]
    assert later.antecedent == doc.events.index(call)
    travel = only(doc, "Travel")
    assert (doc.events.index(later), doc.events.index(travel)) in doc.event_order


def test_topic_and_plural_mentions_are_not_timeline_events():
    doc = parse("Der Verband sprach über eine Lieferung von Panzern. Angriffe gibt es immer wieder.")
    assert all(m.generic for m in doc.events if m.type in ("Delivery", "Attack"))


def _merge(texts: list[tuple[str, str, str]]):
    docs = [parse(t, published=p, aid=a) for a, p, t in texts]
    actors = merge_actors(docs)
    return EventMerger(docs, {a["id"]: a["name"] for a in actors}).events()


def test_one_event_reported_by_two_articles_is_one_event():
    events = _merge([
        ("a", "2024-05-02", "Kanzlerin Petra Aumann hat am Mittwoch mit Präsident Luc Marchal telefoniert."),
        ("b", "2024-05-02", "Am Mittwoch führten Petra Aumann und Luc Marchal ein langes Telefonat."),
    ])
    calls = [e for e in events if e.type == "PhoneCall"]
    assert len(calls) == 1 and calls[0].sources == ["a", "b"] and calls[0].value == "2024-05-01"


def test_two_meetings_with_different_people_stay_apart():
    events = _merge([
        ("a", "2024-05-02", "Am Freitag trifft Petra Aumann in Lyon den Präsidenten Luc Marchal."),
        ("b", "2024-05-02", "Am Freitag trifft Petra Aumann in Turin die Ministerin Giulia Conti."),
    ])
    meetings = [e for e in events if "Meeting" in [e.type, *e.broader]]
    assert len(meetings) == 2 and all(e.status == "planned" for e in meetings)


def test_plan_and_happening_merge_and_the_latest_report_sets_the_status():
    events = _merge([
        ("a", "2024-05-01", "Am Freitag wollen sich Petra Aumann und Luc Marchal in Lyon treffen."),
        ("b", "2024-05-04", "Petra Aumann und Luc Marchal haben sich am Freitag in Lyon getroffen."),
    ])
    meetings = [e for e in events if "Meeting" in [e.type, *e.broader]]
    assert len(meetings) == 1
    m = meetings[0]
    assert m.status == "occurred" and m.value == "2024-05-03" and m.sources == ["a", "b"]
    assert {c["property"] for c in m.claims} == {"status"}  # the plan stays as a claim of article a


def test_nachdem_orders_the_timeline():
    events = _merge([
        ("a", "2024-05-01", "Die Gipfelkonferenz in Genf soll erst stattfinden, nachdem sich die Unterhändler "
                            "in der kommenden Woche in Bern getroffen haben."),
    ])
    order = [e.type for e in events]
    assert order.index("Meeting") < order.index("Summit")
    summit = next(e for e in events if e.type == "Summit")
    meeting = next(e for e in events if e.type == "Meeting")
    assert summit.iri in meeting.before


def _article_mentions_ok(doc, gold_event, lx) -> bool:
    """Rule of the events issue: a mention of an accepted type, dated inside accept, with the right status."""
    lo, hi = gold_event["accept"]
    for m in doc.events:
        if not ({m.type, *lx.ancestors(m.type)} & set(gold_event["types"])):
            continue
        if m.status != gold_event["status"]:
            continue
        if m.time is None or not m.time.earliest:
            if gold_event["value"] is None:
                return True
            continue
        if lo <= m.time.earliest <= m.time.latest <= hi:
            return True
    return False


def test_seed_articles_report_the_gold_events(seeds_gold):
    """Per (gold event, source article): the share whose article graph has a fitting mention (floor)."""
    from graph.ontology import lexicon

    docs, _ = read_and_parse([SEEDS])
    by_id = {d.article.id: d for d in docs}
    pairs = [(e, a) for e in seeds_gold["events"] for a in e["sources"]]
    ok = [(e["id"], a) for e, a in pairs if _article_mentions_ok(by_id[a], e, lexicon())]
    share = len(ok) / len(pairs)
    missing = sorted({(e["id"], a) for e, a in pairs} - set(ok))
    assert share >= FLOORS["seeds_article_mentions"], (share, missing)


@pytest.mark.parametrize("corpus", ["seeds", "topics", "streik", "unwetter", "heldout", "heldout2", "heldout3"])
def test_event_scores_hold_their_floors(tmp_path, corpus):
    """The whole chain — build, merge, evaluate — from the CLI, on every corpus with gold."""
    arts, gold = {
        "seeds": (SEEDS, GOLD),
        "topics": (DATA / "topics" / "articles", DATA / "topics" / "gold.json"),
        "streik": (DATA / "stories" / "streik" / "articles", DATA / "stories" / "streik" / "gold.json"),
        "unwetter": (DATA / "stories" / "unwetter" / "articles", DATA / "stories" / "unwetter" / "gold.json"),
        # written blind by a helper who saw neither the code nor a run; its first score (.54/.32) was the
        # honest measure of how the parser does on text it was not built on
        "heldout": (DATA / "heldout" / "articles", DATA / "heldout" / "gold.json"),
        # a second blind set (session 17), kept unread while the parser changes: .39/.25 at first
        "heldout2": (DATA / "heldout2" / "articles", DATA / "heldout2" / "gold.json"),
        # a third blind set (session 18), measured before and after that session's work (.35/.13 → .37/.13);
        # its gold lists every statement, the other sets only dated ones
        "heldout3": (DATA / "heldout3" / "articles", DATA / "heldout3" / "gold.json"),
    }[corpus]
    out = tmp_path / "out"
    assert run_cli("build", str(arts), "--out", str(out), "--quiet").returncode == 0
    res = run_cli("evaluate", str(out / "events.json"), "--gold", str(gold), "--json")
    assert res.returncode == 0, res.stderr
    got = json.loads(res.stdout)
    for metric, floor in FLOORS["events"][corpus].items():
        value = got[metric]
        if metric == "duplicates":
            assert value <= floor, (corpus, metric, value)
        else:
            assert value >= floor, (corpus, metric, value)
    assert got == score(json.loads(gold.read_text(encoding="utf-8")),
                        json.loads((out / "events.json").read_text(encoding="utf-8"))).as_dict()


def test_statements_can_be_hidden(tmp_path):
    out = tmp_path / "out"
    assert run_cli("build", str(SEEDS), "--out", str(out), "--quiet", "--no-statements").returncode == 0
    events = json.loads((out / "events.json").read_text(encoding="utf-8"))["events"]
    assert events and not any(e["statement"] for e in events)


def test_talking_with_someone_is_a_talk_and_in_a_room_a_meeting():
    doc = parse("Ministerin Eva Lind will am Freitag in Kassel mit Landrat Ole Brandt über den Haushalt sprechen. "
                "Lind habe in ihrem Telefonat mit Brandt über die Kosten gesprochen. "
                "Brandt sprach von einem Erfolg. Lind redete am Abend mit Brandt.")
    meeting = only(doc, "Meeting")
    assert meeting.lemma == "sprechen" and meeting.status == "planned" and meeting.time.value == "2024-03-15"
    assert names(doc, meeting) == {"Eva Lind", "Ole Brandt"} and doc.actors[meeting.place].name == "Kassel"
    # the call is the talk; "sprach von" talks to no one; unplaced, a talk is any exchange (a call, too)
    assert [m.type for m in doc.events if m.lemma in ("sprechen", "reden")] == ["Meeting", "Communication"]


def test_a_talk_right_after_talks_with_no_parties_says_who_holds_them():
    doc = parse("Am Mittwoch stehen Gespräche in Kassel auf dem Programm. Ministerin Eva Lind will mit "
                "Landrat Ole Brandt vor allem über den Streik der Busfahrer sprechen.")
    talk = next(m for m in doc.events if m.lemma == "sprechen")
    held = doc.events[talk.antecedent]
    assert held.text == "Gespräche" and talk.type == "Meeting" and talk.time.value == "2024-03-13"
    assert doc.actors[talk.place].name == "Kassel" and names(doc, talk) == {"Eva Lind", "Ole Brandt"}
    assert doc.event_order == []  # "vor allem" is no "vor dem Streik"
    # with talks of their own parties, a later talk is its own
    doc = parse("Am Mittwoch führen Lind und Brandt Gespräche in Kassel. Ministerin Eva Lind will mit "
                "Landrat Ole Brandt über den Haushalt sprechen.")
    assert next(m for m in doc.events if m.lemma == "sprechen").antecedent is None


def test_what_a_talk_is_about_takes_neither_its_room_nor_a_pronoun_for_a_subject():
    doc = parse("Landrat Ole Brandt traf in Kassel ein. Der italienische Minister Paolo Greco reiste an. "
                "Brandt schrieb, dass er mit dem Italiener am Freitag in Kassel über sein Telefonat "
                "mit Ministerin Eva Lind sprechen werde.")
    talk = next(m for m in doc.events if m.lemma == "sprechen")
    assert talk.type == "Meeting" and names(doc, talk) == {"Ole Brandt", "Paolo Greco"}
    call = only(doc, "PhoneCall")
    assert call.place is None


def test_a_comma_in_a_list_of_bodies_keeps_the_subject_in_the_clause():
    doc = parse("Am Montag will Landrätin Ute Brandl mit Vertretern der Stadt Kassel, des Landesamts und der "
                "Feuerwehr beraten.")
    assert "Ute Brandl" in names(doc, only(doc, "Meeting"))


@pytest.mark.parametrize("sentence, cls", [
    ("Der SC Oststadt hat sich am Montag von Trainer Jonas Pfeil getrennt.", "Dismissal"),
    ("Der Versandhändler Kaufstern hat am Mittwoch beim Amtsgericht Kassel Insolvenz angemeldet.", "Insolvency"),
    ("Die Stadt Kassel sperrte die Fuldabrücke am Freitag für den gesamten Verkehr.", "Closure"),
    ("Am Samstag stellte die Fluglinie Nordair den Flugbetrieb ein.", "Closure"),
    ("Am Dienstag stellte der SC Oststadt Mia Roth als neue Cheftrainerin vor.", "Appointment"),
    ("Zwei Frachter sind am Donnerstag auf der Elbe bei Hamburg zusammengestoßen.", "Accident"),
    ("Auf dem Landesparteitag in Erfurt stimmten am Samstag 300 Delegierte ab.", "Meeting"),
    ("Am Donnerstag will die Ministerin in Kiel die Werft der Firma Nordhaf besichtigen.", "Visit"),
    ("Ein Grußwort des Bundespräsidenten ist für Sonntag geplant.", "Speech"),
    ("Das Amtsgericht Kassel bestellte am Freitag die Anwältin Petra Lorenz zur vorläufigen Sachwalterin.",
     "Appointment"),
])
def test_more_kinds_of_events(sentence, cls):
    assert only(parse(sentence), cls)


@pytest.mark.parametrize("sentence", [
    "Die Patientin Jana Ehlert wurde am Dienstag aus der Klinik entlassen.",  # discharged, not dismissed
    "Die Firma Kaufstern trennt sich von ihrer Möbelsparte.",  # no one removed from a post
    "Die Firma Kaufstern stellte am Montag zehn neue Mitarbeiter ein.",  # hired, nothing halted
    "Der SC Oststadt stellte am Montag sein neues Trikot vor.",  # a launch, no appointment
])
def test_no_dismissal_closure_or_appointment_without_its_object(sentence):
    assert not [m for m in parse(sentence).events if m.type in ("Dismissal", "Closure", "Appointment")]


def test_a_short_aside_in_parentheses_keeps_the_subject_in_the_clause():
    doc = parse("Die Vereinigung Cockpit-Personal (VCP) hat ihre Mitglieder bei der Fluglinie Nordair zum Streik "
                "aufgerufen.")
    strike = only(doc, "LabourStrike")
    assert "Vereinigung Cockpit-Personal" in names(doc, strike), names(doc, strike)


def test_place_after_a_place_noun_without_preposition():
    doc = parse("Ein schweres Unwetter hat am Montag die Gemeinde Oberharmersbach verwüstet.")
    storm = only(doc, "NaturalDisaster") if any(m.type == "NaturalDisaster" for m in doc.events) else only(doc, "Storm")
    assert storm.place is not None and doc.actors[storm.place].text == "Oberharmersbach"
    assert storm.place_source == "clause"


@pytest.mark.parametrize("sentence, cls", [
    ("Helfer brachten am Dienstag 80 Bewohner des Altenheims in Sicherheit.", "Evacuation"),
    ("Am Sonntagmorgen trat die Kinzig bei Gengenbach über die Ufer.", "Flood"),
    ("Die Ministerin will sich am Freitag in Gengenbach ein Bild von der Lage machen.", "Visit"),
    ("Die Fendrich-Aktie verlor am Montag neun Prozent.", "MarketMovement"),
    ("Bei dem Brand am Samstag kamen zwei Menschen ums Leben.", "Death"),
])
def test_idioms_from_multiword_labels(sentence, cls):
    """A label of several words ("in Sicherheit bringen") names the event when its words share a clause."""
    m = only(parse(sentence), cls)
    assert m.pos == "verb" and " " in m.lemma


def test_an_idiom_needs_all_its_words():
    doc = parse("Helfer brachten am Dienstag Decken und Tee in die Turnhalle.")
    assert not [m for m in doc.events if m.type == "Evacuation"]


def test_a_separable_particle_changes_the_verb():
    """"räumte … ein" is einräumen (to admit), not räumen (to clear)."""
    doc = parse("Der Vorstand räumte am Montag Fehler bei der Planung ein.")
    assert not [m for m in doc.events if m.type == "Evacuation"], [(m.text, m.type) for m in doc.events]
    assert only(parse("Die Polizei räumte am Montag das besetzte Haus in der Hafenstraße."), "Evacuation")


def test_place_as_part_of_a_town():
    doc = parse("In der Nacht zu Mittwoch überflutete die Murg die Altstadt von Mölkenhagen.")
    flood = only(doc, "Flood")
    assert flood.place is not None and doc.actors[flood.place].text == "Mölkenhagen"


def test_candidate_edges_are_unique_and_heaviest_first(tmp_path):
    """The merge's compatible pairs, gathered in arrays: each pair once, ordered by weight then ids, and
    exactly the pairs that pass the checks (recomputed here pair by pair from the blocks)."""
    from graph.build import read_and_parse
    from graph.merge.coreference import Coreference

    docs, _ = read_and_parse([DATA / "stories" / "streik" / "articles", DATA / "stories" / "unwetter" / "articles"])
    co = Coreference(docs)
    edges = list(co.candidate_edges())
    assert edges == sorted(edges) and len({(a, b) for _, a, b in edges}) == len(edges)
    expected = set()
    for key, members in co._blocks().items():
        for i, j in co._block_pairs(key, members):
            a, b = sorted((co.nodes[i], co.nodes[j]), key=lambda n: n.id)
            if co.pair_ok(a, b) and co.score(a, b) > 0:
                expected.add((-co.score(a, b), a.id, b.id))
    assert set(edges) == expected and len(edges) > 10


def test_the_name_before_a_relative_clause_is_its_subject():
    doc = parse("Die Ministerin folgt auf Bernd Kolbe, der am Montag zurückgetreten war.")
    m = only(doc, "Resignation")
    assert names(doc, m) == {"Bernd Kolbe"}, names(doc, m)


def test_an_undated_event_told_as_earlier_meets_its_dated_report():
    """"Nach Rücktritt von X" in a headline, "X hatte … erklärt": before the news of the day, not the day
    before publication — so it merges with the text's dated mention instead of standing beside it."""
    doc = parse("Nach Rücktritt von Bernd Kolbe: Anna Roth als Ministerin vereidigt\n\n"
                "Anna Roth ist am Donnerstag vereidigt worden. Sie folgt auf Bernd Kolbe, der am Montag "
                "zurückgetreten war.", published="2026-01-15")
    headline = next(m for m in doc.events if m.type == "Resignation" and m.pos == "noun")
    assert (headline.time.earliest, headline.time.latest) == ("2026-01-08", "2026-01-15")
    events = _merge([("a", "2026-01-15", doc.article.text)])
    resignations = [e for e in events if e.type == "Resignation"]
    assert len(resignations) == 1 and resignations[0].value == "2026-01-12", [(e.label, e.value) for e in events]


def test_a_possessive_makes_the_speaker_the_party():
    """"X erklärte seinen Rücktritt": the one who speaks is the one who resigns."""
    doc = parse("Bürgermeister Jens Kolbinger erklärte am Montag seinen Rücktritt.")
    assert names(doc, only(doc, "Resignation")) == {"Jens Kolbinger"}


def test_a_hyphenated_number_word_does_not_split_the_clause():
    doc = parse("Schon im Mai hatte die Gewerkschaft Verdi den Nahverkehr mit einem 12-stündigen Warnstreik "
                "weitgehend lahmgelegt.")
    strike = only(doc, "LabourStrike")
    assert any("Verdi" in n for n in names(doc, strike)), names(doc, strike)


def test_a_dated_definite_mention_refers_back_to_an_undated_one_of_its_status():
    doc = parse("Die Gewerkschaft Verdi hat die Beschäftigten der Stadtwerke Ulm zum Streik aufgerufen. "
                "Der Ausstand soll am Mittwoch um 6 Uhr beginnen.")
    call, strike = [m for m in doc.events if m.type == "LabourStrike"]
    assert strike.time_source == "clause" and strike.antecedent == doc.events.index(call)
    # dated to other days, or another status: a different strike
    doc = parse("Die Gewerkschaft Verdi hat für Mai einen Streik angekündigt. "
                "Der Streik im Januar war friedlich verlaufen.")
    assert [m.antecedent for m in doc.events if m.type == "LabourStrike"] == [None, None]


def test_a_conditional_clause_is_not_a_relative_clause_of_the_noun():
    doc = parse("Laut Verdi könnte der Streik ab Freitag ausgeweitet werden, falls die Stadtwerke Ulm "
                "kein neues Angebot vorlegen.")
    strike = only(doc, "LabourStrike")
    assert not any("Stadtwerke" in n for n in names(doc, strike)), names(doc, strike)


def test_a_participle_between_article_and_noun_is_no_event():
    doc = parse("Taucher fanden am Freitag in einem überfluteten Keller in Gengenbach eine Katze.")
    assert not [m for m in doc.events if m.type == "Flood"], [(m.text, m.type) for m in doc.events]
    # a finite verb after a pronoun "das" still is one
    doc = parse("Das kündigte Bürgermeisterin Jana Fluss am Dienstag an.")
    assert [m.lemma for m in doc.events if m.type == "Announcement"] == ["ankündigen"]


def test_a_default_place_is_only_for_an_event_with_no_party():
    events = _merge([("a", "2024-05-02", "Am Montag trat die Kinzig in Gengenbach über die Ufer. Am Dienstagabend "
                                         "mussten rund 200 Bewohner ihre Häuser verlassen. Am Mittwoch telefonierte "
                                         "Bürgermeisterin Jana Fluss mit Landrat Paul Wendel. Das Gespräch dauerte "
                                         "eine Stunde.")])
    by_type = {e.type: e for e in events}
    assert by_type["Evacuation"].place == by_type["Flood"].place is not None  # where the story last placed one
    call = by_type["PhoneCall"]
    assert call.actors and call.place is None  # the story's scene is no default for an event with parties


def test_an_event_with_no_party_takes_those_of_the_last_event_of_its_family():
    doc = parse("Die Gewerkschaft Verdi und die Stadtwerke Ulm haben am Montag in Ulm verhandelt. "
                "Die Verhandlungen am Dienstag scheiterten. Am Mittwoch trat die Donau in Ulm über die Ufer.")
    first, second = [m for m in doc.events if m.type == "Negotiation"]
    assert first.parties_source == "clause" and len(first.participants) == 2
    assert second.parties_source == "discourse"
    assert {p.actor for p in second.participants} == {p.actor for p in first.participants}
    assert not only(doc, "Flood").participants  # another family: no parties from the negotiation
    # inherited parties are no evidence for merging: the second round stays apart from the first
    events = _merge([("a", "2024-03-12", doc.article.text)])
    rounds = [e for e in events if e.type == "Negotiation"]
    assert len(rounds) == 2 and all(e.actors for e in rounds)


def test_broken_off_talks_took_place():
    doc = parse("Die Tarifverhandlungen zwischen Verdi und der Stadtwerke Ulm GmbH wurden am Montag ohne Ergebnis "
                "abgebrochen.")
    assert only(doc, "Negotiation").status == "occurred"


def test_idioms_for_a_breached_dike_and_a_walkout():
    doc = parse("In der Nacht zu Donnerstag ist der Deich an der Kinzig bei Gengenbach gebrochen.")
    assert only(doc, "Flood").place is not None
    doc = parse("Die Busfahrer sollen am Montag die Arbeit niederlegen, wie Verdi mitteilte.")
    strike = only(doc, "LabourStrike")
    assert strike.status == "planned" and strike.time.value == "2024-03-18"


def test_who_judges_an_event_is_not_its_party():
    doc = parse("Personalvorständin Karla Imhof nannte den Ausstand völlig unverhältnismäßig.")
    assert not only(doc, "LabourStrike").participants
    assert [m.type for m in doc.events if m.statement] == ["Statement"]


def test_an_event_something_is_directed_against_is_a_topic():
    doc = parse("Am Freitag hatte das Amtsgericht Lahr eine Klage der Stadt Lahr gegen den Streik abgewiesen.")
    verdict = only(doc, "Verdict")
    assert verdict.time.value == "2024-03-08" and "Amtsgericht Lahr" in names(doc, verdict)
    assert only(doc, "LabourStrike").time_source != "clause"


def test_a_past_day_by_an_announced_event_dates_the_announcement():
    doc = parse("Die Gewerkschaft Verdi hatte den Ausstand am Freitag angekündigt.")
    assert only(doc, "Announcement").time.value == "2024-03-08"
    assert only(doc, "LabourStrike").time is None  # still to come on Friday


def test_how_long_an_event_lasts_is_no_plan():
    doc = parse("Seit 4 Uhr streiken die Busfahrer der Stadtwerke Ulm. Der Warnstreik soll bis Mitternacht dauern.")
    second = [m for m in doc.events if m.type == "LabourStrike"][1]
    assert second.status == "occurred" and second.status_cue is None


def test_a_warning_governs_a_noun_before_a_final_verb():
    doc = parse("Der Wetterdienst DWD hatte bereits am Montag vor extremem Unwetter gewarnt.")
    assert only(doc, "Warning").time.value == "2024-03-11"
    assert only(doc, "Storm").generic  # "Unwetter" is a storm


def test_talks_with_no_sides_named_are_between_the_articles_two_protagonists():
    doc = parse("Die Gewerkschaft Verdi hat die Beschäftigten der Stadtwerke Ulm GmbH zum Streik aufgerufen. "
                "Verdi fordert acht Prozent mehr Lohn, die Stadtwerke Ulm GmbH bietet fünf. "
                "Die dritte Verhandlungsrunde war am Freitag ohne Ergebnis zu Ende gegangen.")
    talks = only(doc, "Negotiation")
    assert talks.parties_source == "discourse"
    assert names(doc, talks) == {"Verdi", "Stadtwerke Ulm"}, names(doc, talks)
    # one organisation named twice and another once: no clear second side, no parties
    doc = parse("Verdi fordert acht Prozent mehr Lohn. Verdi droht mit Streik. Die Stadtwerke Ulm GmbH schweigt. "
                "Die dritte Verhandlungsrunde war am Freitag ohne Ergebnis zu Ende gegangen.")
    assert not only(doc, "Negotiation").participants


def test_a_cancelled_plan_and_a_counterfactual():
    doc = parse("Die Gewerkschaft Verdi sagte den geplanten Streik daraufhin ab.")
    assert only(doc, "LabourStrike").status == "cancelled"  # the particle before the full stop counts
    doc = parse("Eigentlich hätten die Busfahrer der Stadtwerke Ulm an diesem Dienstag gestreikt.")
    assert only(doc, "LabourStrike").status == "cancelled"


def test_who_declares_an_event_takes_part_in_it():
    doc = parse("Am Donnerstag rief die Gewerkschaft Verdi einen zweitägigen Streik aus.")
    strike = only(doc, "LabourStrike")
    assert strike.status == "planned" and names(doc, strike) == {"Verdi"}
    assert only(doc, "Declaration").time.value == "2024-03-07"
    # an event in a phrase of the clause is not what was declared
    doc = parse("Nach dem Treffen mit Landrat Paul Wendel kündigte Bürgermeisterin Jana Fluss einen Besuch an.")
    assert "Jana Fluss" not in names(doc, only(doc, "Meeting"))


def test_a_dated_verb_tells_when_the_undated_event_before_it_happens():
    doc = parse("Die Gewerkschaft Verdi hat die Busfahrer zu einem Warnstreik aufgerufen. "
                "Die Fahrer sollen am Montag die Arbeit niederlegen.")
    first, second = [m for m in doc.events if m.type == "LabourStrike"]
    assert second.antecedent == doc.events.index(first) and second.time.value == "2024-03-18"


def test_an_announced_day_that_has_passed_makes_the_event_one_that_happened():
    doc = parse("Schon den Warnstreik vom Montag hatte die Gewerkschaft Verdi am vergangenen Freitag angekündigt.")
    strike = only(doc, "LabourStrike")
    assert strike.status == "occurred" and strike.time.value == "2024-03-11"


def test_a_mention_whose_clause_gives_another_status_refers_to_another_event():
    doc = parse("Am Montag streikten die Busfahrer der Stadtwerke Ulm. "
                "Am Donnerstag rief die Gewerkschaft Verdi den zweitägigen Streik aus.")
    first, second = [m for m in doc.events if m.type == "LabourStrike"]
    assert second.status == "planned" and second.antecedent is None


def test_a_date_in_a_seit_phrase_dates_only_an_event_inside_it():
    doc = parse("Es ist der erste Streik bei den Stadtwerken Ulm seit der Gründung vor 19 Jahren.")
    assert only(doc, "LabourStrike").time_source == "publication"
    doc = parse("Es ist der erste Kontakt seit ihrem Treffen Mitte Februar in Ulm.")
    assert only(doc, "Meeting").time.value == "2024-02-11/2024-02-20"


def test_articles_that_share_no_one_tell_different_stories():
    """Two decisions in the same week, one with a party and one without: only days in common. When the
    articles name someone in common they may be one story (the second article reports the first's
    decision); when they name no one in common they are two stories and the decisions stay apart."""
    first = ("a", "2025-11-28", "Der Stadtrat von Wiesental hat am Donnerstag mit knapper Mehrheit beschlossen, "
             "das Freibad zu schließen. Bürgermeisterin Jana Roth sprach von einem schweren Schritt.")
    # the second decision names no party of its own ("Kommission Ostwerk" would be one since session 17)
    other = ("b", "2025-11-28", "Eine Entscheidung über das Gelände soll im Herbst fallen, sagte "
             "Sprecher Karl Henning. Die Kommission tagt dazu mehrmals.")
    same = ("b", "2025-11-28", "Eine Entscheidung über das Gelände soll im Herbst fallen, sagte "
            "Jana Roth. Die Kommission tagt dazu mehrmals.")
    apart = [e for e in _merge([first, other]) if e.type == "Decision"]
    assert len(apart) == 2 and sorted(len(e.sources) for e in apart) == [1, 1]
    together = [e for e in _merge([first, same]) if e.type == "Decision"]
    assert len(together) == 1 and together[0].sources == ["a", "b"]


def test_a_body_named_by_its_kind_takes_part_and_a_list_of_names_is_one_clause():
    doc = parse("Der Gemeinderat hat am Donnerstag beschlossen, das Hallenbad zu schließen. Am Montag "
                "bringen Bergwacht, THW und DLRG die Bewohner des Ortsteils in Sicherheit.")
    assert names(doc, only(doc, "Decision")) == {"Gemeinderat"}
    assert names(doc, only(doc, "Evacuation")) >= {"Bergwacht", "Technisches Hilfswerk"}


def test_an_event_after_nach_dem_scheitern_der_does_not_take_the_clauses_date():
    """The genitive after the head of an ordering phrase names the earlier event; the day of publication
    before an announced noun dates the announcing (the strike is still to come)."""
    doc = parse("Nach dem Scheitern der Tarifgespräche hat die Gewerkschaft Nordbahn am Dienstagmorgen einen "
                "zweitägigen Streik angekündigt.", published="2024-03-12")
    talks, strike, announcing = only(doc, "Negotiation"), only(doc, "LabourStrike"), only(doc, "Announcement")
    assert talks.time_source != "clause" and strike.time_source != "clause", (talks.time, strike.time)
    assert announcing.time is not None and announcing.time.value.startswith("2024-03-12")
    doc = parse("Der Streik kommt kurz vor dem Treffen mit Ole Brandt am Freitag.", published="2024-03-12")
    assert only(doc, "Meeting").time is not None and only(doc, "Meeting").time.value.startswith("2024-03-15")


def test_an_event_brought_in_by_nach_einem_is_the_occasion_right_before_the_act():
    """"Nach einem Treffen mit X sagte Y am Montag": the meeting is the same day's, and it happened —
    the planning verb's object is what was announced, not the occasion it was announced at."""
    doc = parse("Nach einem Treffen mit Landrätin Ute Kessel sei er zuversichtlich, sagte Bürgermeister "
                "Jens Hollmann am Montag.", published="2024-03-12")
    meeting = only(doc, "Meeting")
    assert meeting.status == "occurred" and meeting.time.value == "2024-03-11", (meeting.status, meeting.time)
    doc = parse("Die Fusion kündigte der Vorstand nach einem Gespräch mit dem Betriebsrat an.", published="2024-03-12")
    assert only(doc, "Communication").status == "occurred"
    doc = parse("Eine Kooperation haben beide Vereine in einem Telefonat vereinbart.", published="2024-03-12")
    assert only(doc, "PhoneCall").status == "occurred"
    # a definite one refers back or keeps its own day; a later act does not date an earlier occasion
    doc = parse("Nach dem Treffen am Freitag sagte Bürgermeister Jens Hollmann am Montag, er sei zuversichtlich.",
                published="2024-03-12")
    assert only(doc, "Meeting").time.value == "2024-03-08"
    doc = parse("Nach einem Unfall an der Kreuzung Lindenplatz hat der Stadtrat für Freitag eine Sondersitzung "
                "einberufen.", published="2024-03-12")
    assert only(doc, "Accident").time.latest == "2024-03-12", only(doc, "Accident").time


def test_a_court_hears_and_rules():
    doc = parse("Das Arbeitsgericht will am Freitag über den Antrag verhandeln und noch am selben Tag entscheiden.")
    assert {m.type for m in doc.events} >= {"Trial", "Verdict"}, [(m.text, m.type) for m in doc.events]
    doc = parse("Die Gewerkschaft Nordbahn will am Freitag mit dem Vorstand verhandeln.")
    assert only(doc, "Negotiation")


def test_a_title_ties_a_speaker_to_the_body_she_speaks_for():
    """"wie GFL-Vorsitzende Lea Brandt am Freitag mitteilte" and "Die GFL hatte den Ausstand am Freitag
    angekündigt": one announcement, by the union and through its chair; another person's words stay apart."""
    first = ("a", "2024-05-04", "Die Gewerkschaft Fluglotsen (GFL) ruft zum Streik auf. Die Lotsen sollen am Montag "
             "die Arbeit niederlegen, wie GFL-Vorsitzende Lea Brandt am Freitag in Bremen mitteilte.")
    second = ("b", "2024-05-06", "Die Gewerkschaft GFL hatte den Ausstand am Freitag angekündigt. Die GFL fordert mehr Geld.")
    said = [e for e in _merge([first, second]) if e.statement]
    assert len(said) == 1 and said[0].sources == ["a", "b"], [(e.label, e.sources) for e in said]
    other = ("a", "2024-05-04", "Die Gewerkschaft Fluglotsen (GFL) ruft zum Streik auf. Die Lotsen sollen am Montag "
             "die Arbeit niederlegen, wie Flughafensprecher Ole Brandt am Freitag in Bremen mitteilte.")
    said = [e for e in _merge([other, second]) if e.statement]
    assert len(said) == 2, [(e.label, e.sources) for e in said]


def test_a_conditional_clause_takes_no_date_from_its_main_clause():
    doc = parse("Die Airline hält an ihrem Plan fest: Sollte die Schlichtung scheitern, würden am Montag mehr "
                "als 800 Flüge ausfallen.", published="2025-11-14")
    talks = only(doc, "Negotiation")
    assert talks.time_source != "sentence", talks.time


def test_an_ordinal_round_is_not_the_talks_mentioned_last():
    doc = parse("Die Gewerkschaft Kombi und der Versandhändler Paketwerk einigten sich auf eine Schlichtung. "
                "Am Dienstag war die siebte Verhandlungsrunde gescheitert.", published="2024-03-14")
    rnd = next(m for m in doc.events if m.text == "Verhandlungsrunde")
    assert not rnd.definite and rnd.antecedent is None


def test_a_dated_definite_mention_refers_back_to_the_last_one_named_by_its_word():
    doc = parse("Im Prozess um den Betrug hat das Landgericht Kassel den Makler Holger Brandl verurteilt. "
                "Das Urteil ist nicht rechtskräftig. Der Prozess hatte Anfang Januar begonnen.",
                published="2024-05-14")
    trial = [m for m in doc.events if m.text == "Prozess"]
    assert trial[1].antecedent is not None and doc.events[trial[1].antecedent].text == "Prozess", \
        [(m.text, m.antecedent) for m in doc.events]
    # undated, it refers back to the nearest: "Der genaue Ort der Treffen" after "Beratungen" are those
    doc = parse("Anna Roth kündigte ein Treffen mit Paul Weber an. Beide Seiten wollen in der kommenden Woche "
                "Beratungen beginnen. Der genaue Ort der Treffen sei noch offen.", published="2024-05-14")
    last = doc.events[-1]
    assert last.text == "Treffen" and doc.events[last.antecedent].text == "Beratungen"


def test_a_called_off_strike_meets_the_dated_plan_it_cancels():
    events = _merge([
        ("a", "2024-03-14", "Die Gewerkschaft Kombi hat einen 48-stündigen Streik ab Montag angekündigt."),
        ("b", "2024-03-19", "Die Gewerkschaft Kombi sagte den geplanten Streik ab. Eigentlich hätten die "
                            "Kombi-Fahrer an diesem Dienstag den zweiten Tag in Folge gestreikt."),
    ])
    strikes = [e for e in events if e.type == "LabourStrike"]
    assert len(strikes) == 1, [(e.label, e.value, e.sources) for e in strikes]
    s = strikes[0]
    # the plan's two days (18–19 March) meet "an diesem Dienstag" (19 March)
    assert s.sources == ["a", "b"] and s.status == "cancelled" and s.latest.isoformat() == "2024-03-19"


@pytest.mark.parametrize("phrase, last", [
    ("einen 48-stündigen Streik am Montag", "2024-03-19"),
    ("einen zweitägigen Streik ab Montag", "2024-03-19"),
    ("einen dreitägigen Streik ab Montag", "2024-03-20"),
    ("einen ganztägigen Streik am Montag", "2024-03-18"),
    ("einen Streik am Montag", "2024-03-18"),
])
def test_how_long_an_event_lasts_from_its_first_day(phrase, last):
    doc = parse(f"Die Gewerkschaft Kombi hat {phrase} angekündigt.", published="2024-03-14")
    m = only(doc, "LabourStrike")
    assert (m.time.earliest, m.time.latest) == ("2024-03-18", last)


def test_the_undated_news_of_the_lead_stands_on_the_timeline():
    text = ("Urteil in Kassel\n\nDas Landgericht Kassel hat den Bauunternehmer Holger Brandl zu drei Jahren Haft "
            "verurteilt. Brandl hatte Fördergelder veruntreut.\n\nIm vergangenen Jahr war Brandl "
            "mit dem Bürgermeister Jens Ruppert nach Wien geflogen. Später traf sich Brandl mit Gläubigern.")
    events = _merge([("a", "2024-03-14", text)])
    assert [e.type for e in events if e.type == "Verdict"] == ["Verdict"], [(e.type, e.label) for e in events]
    assert not [e for e in events if e.type == "Meeting"]  # an undated event further down stays off


def test_what_is_decided_is_the_event():
    doc = parse("Die Landesregierung Thüringen hat heute in einer Sondersitzung ein Hilfspaket für die "
                "Waldbesitzer beschlossen.", published="2024-03-14")
    assert not [m for m in doc.events if m.type == "Decision"], [(m.text, m.type) for m in doc.events]
    aid = only(doc, "Aid")
    assert names(doc, aid) and aid.status == "occurred" and (aid.time.value, aid.time_source) == ("2024-03-14", "clause")
    # the session is where it was decided: no meeting of its own beside the aid (see the next tests)
    assert not [m for m in doc.events if m.type == "Meeting"]
    doc = parse("Der Stadtrat von Weimar beschloss am Montag nach langer Debatte.", published="2024-03-14")
    assert only(doc, "Decision")  # with no event as its object the decision is the event


def test_an_event_going_on_since_a_day_is_dated_from_that_day():
    doc = parse("Seit den Morgenstunden bringen Feuerwehr und THW die Bewohner von Lindau in Sicherheit.",
                published="2024-03-14")
    assert only(doc, "Evacuation").time.value == "2024-03-14TMO"
    doc = parse("Die Busfahrer der Stadtwerke Kassel streiken seit Montag.", published="2024-03-14")
    assert only(doc, "LabourStrike").time.value == "2024-03-11/2024-03-14"
    doc = parse("Seit mehr als vier Jahren streiken die Busfahrer der Stadtwerke Kassel immer wieder.",
                published="2024-03-14")
    assert all(m.time_source != "clause" for m in doc.events)  # a gap, not a date


def test_a_dike_broke_and_a_man_was_found_dead():
    doc = parse("Am Mittwoch brach der Deich bei Lindau. Am Freitag fanden Taucher in einem Haus einen toten "
                "Mann.", published="2024-03-16")
    assert only(doc, "Flood").time.value == "2024-03-13"
    assert only(doc, "Death").time.value == "2024-03-15"


def test_a_storm_and_the_flood_it_brings_are_two_events():
    events = _merge([
        ("a", "2024-03-14", "Das Unwetter hatte am Dienstag in Lindau eingesetzt. Am Dienstag trat die Ach in "
                            "Lindau über die Ufer."),
        ("b", "2024-03-15", "Am Dienstag überschwemmte die Ach in Lindau die Altstadt. Das Unwetter vom Dienstag "
                            "hatte in Lindau schwere Schäden angerichtet."),
    ])
    kinds = sorted(e.type for e in events)
    assert kinds == ["Flood", "Storm"], [(e.type, e.label, e.sources) for e in events]
    assert all(e.sources == ["a", "b"] for e in events)


def test_a_comma_and_an_article_do_not_open_a_relative_clause():
    doc = parse("Auch Zölle seien Teil der Gespräche gewesen, insbesondere die Handelsbeziehungen zwischen "
                "Frankreich und Chile.")
    assert not names(doc, only(doc, "Meeting"))
    doc = parse("Am Montag begann ein Treffen, an dem Emmanuel Macron und Gabriel Boric teilnahmen.")
    assert names(doc, only(doc, "Meeting")) == {"Emmanuel Macron", "Gabriel Boric"}


def test_a_bare_time_after_seit_is_when_the_event_began():
    doc = parse("Seit 6 Uhr streiken die Busfahrer der Stadtwerke Kassel.", published="2024-03-14")
    assert only(doc, "LabourStrike").time.value == "2024-03-14T06:00"


def test_sitting_down_at_the_negotiating_table():
    doc = parse("Am Mittwoch wollen sich Verdi und die Stadtwerke Kassel in Kassel erneut an den "
                "Verhandlungstisch setzen.", published="2024-03-11")
    m = only(doc, "Negotiation")
    assert m.status == "planned" and m.time.value == "2024-03-13" and names(doc, m) == {"Verdi", "Stadtwerke Kassel"}


def test_what_the_sides_agree_on_is_still_to_come():
    doc = parse("Am Freitag einigten sich Verdi und die Stadtwerke Kassel auf eine Schlichtung.")
    assert only(doc, "Negotiation").status == "planned"
    doc = parse("Am Freitag einigten sich Verdi und die Stadtwerke Kassel auf einen Kompromiss.")
    assert only(doc, "Agreement").status == "occurred"


def test_daraufhin_places_a_clause_after_the_event_before_it():
    doc = parse("Am Montag waren die Verhandlungen gescheitert, Verdi hatte daraufhin einen Streik angekündigt.",
                published="2024-03-14")
    ann = only(doc, "Announcement")
    assert (ann.time.earliest, ann.time.latest) == ("2024-03-11", "2024-03-14") and ann.standalone
    assert only(doc, "LabourStrike").time is None or only(doc, "LabourStrike").time_source != "clause"



def test_a_dated_reference_long_before_the_news_is_another_event():
    """"… das Hochwasser im Mai 2013": the flood of the day is recent, a definite mention dated
    eleven years back does not refer to it (it took the old flood's date into today's)."""
    doc = parse("Der Ahrbach ist in Wendelstedt über die Ufer getreten und hat weite Teile der Altstadt "
                "überflutet. Viele Anwohner haben schon das Hochwasser im Mai 2013 erlebt.", published="2024-06-05")
    old = [m for m in doc.events if m.text == "Hochwasser"]
    assert old and old[0].antecedent is None and old[0].time.value == "2013-05"


def test_a_session_deciding_on_an_event_is_the_decided_event():
    """"soll … in einer Sondersitzung über Nothilfen entscheiden": one planned aid, with the council,
    the place and the day of the session — not a meeting, a decision and an aid in general."""
    doc = parse("Am kommenden Montag soll der Stadtrat in Ulm in einer Sondersitzung über Nothilfen für "
                "betroffene Familien entscheiden.", published="2024-06-05")
    assert [m.type for m in doc.events] == ["Aid"]
    aid = doc.events[0]
    assert names(doc, aid) == {"Stadtrat"} and doc.actors[aid.place].name == "Ulm"
    assert (aid.time.value, aid.status, aid.generic) == ("2024-06-10", "planned", False)


def test_the_night_before_the_morning_comes_first_on_the_timeline():
    """"In der Nacht zu Mittwoch" and "am Mittwoch" meet in the night's early hours, so the flood keeps
    the night and stands before the evacuation of Wednesday morning (both were 'Wednesday', and the
    label decided)."""
    events = _merge([
        ("a", "2024-06-05", "In der Nacht zu Mittwoch hat der Ahrbach die Altstadt von Wendelstedt überflutet. "
                            "Am Mittwochmorgen evakuierte die Feuerwehr die Bewohner der Altstadt."),
        ("b", "2024-06-06", "Der Ahrbach hatte am Mittwoch die Altstadt von Wendelstedt überschwemmt."),
    ])
    assert [(e.type, e.value) for e in events] == [("Flood", "2024-06-04TNI"), ("Evacuation", "2024-06-05TMO")]


@pytest.mark.parametrize("sentence, cls", [
    ("Der VfL Bochum setzte sich am Samstag mit 3:1 gegen Hertha BSC durch.", "SportsMatch"),  # durch: a particle
    ("Die Aktie der Firma Lumex legte am Donnerstag in Frankfurt um drei Prozent zu und schloss im Plus.",
     "MarketMovement"),  # the particle before "und" closes its verb
    ("Das neue Modell der Firma Lumex soll im Mai in Italien auf den Markt kommen.", "ProductLaunch"),
    ("Fraktionschefin Anna Roth forderte am Montag in Kiel einen Untersuchungsausschuss.", "Statement"),
    ("Am 9. März findet in Ulm ein Bürgerentscheid über das Hallenbad statt.", "Election"),
])
def test_more_ways_to_name_an_event(sentence, cls):
    """Words the invented topic articles use and the lexicon lacked (recall on them .47 -> .56)."""
    assert only(parse(sentence), cls)


def test_a_win_needs_a_score():
    """"setzte sich … durch" is a match only with a result: a minister's proposal is none."""
    doc = parse("Die Ministerin setzte sich am Samstag in Bonn mit ihrem Vorschlag durch.")
    assert not [m for m in doc.events if m.type == "SportsMatch"]


def test_two_deciding_verbs_share_one_session():
    """"hat in einer Sondersitzung ein Hilfspaket beschlossen und genehmigt": the session goes to the
    decided aid once (dropping it for the second verb again raised a ValueError)."""
    doc = parse("Der Stadtrat hat am Montag in einer Sondersitzung ein Hilfspaket beschlossen und genehmigt.")
    assert [m.type for m in doc.events] == ["Aid"]


def test_what_any_such_event_would_do_is_no_event():
    """"Ein zweitägiger Streik koste das Unternehmen …": reported speech in the present about an
    indefinite event is a claim, not a strike (once "das Unternehmen" resolved to the airline, this
    became a strike of the airline); the same noun with a date or a past stays an event."""
    claim = parse("Die Firma Lumex warnte. Ein zweitägiger Streik koste das Unternehmen 30 Millionen Euro.")
    assert all(m.generic for m in claim.events if m.type == "LabourStrike")
    dated = parse("Ein zweitägiger Streik am Montag koste das Unternehmen 30 Millionen Euro, sagte er.")
    assert not only(dated, "LabourStrike").generic
    past = parse("Ein Streik habe das Unternehmen im Mai gelähmt, sagte er.")
    assert not only(past, "LabourStrike").generic


def test_a_talk_one_is_invited_to_is_a_meeting():
    doc = parse("Die Behörde kündigte an, Vertreter des Vereins Lindenfreunde zu einem Gespräch einzuladen.")
    assert only(doc, "Meeting").text == "Gespräch"
    assert only(parse("Merz führte am Montag ein Gespräch mit Macron."), "Communication")


def test_a_dated_definite_noun_tells_when_the_undated_one_before_happened():
    """"Ein Waldbrand … ist außer Kontrolle. [two sentences] Das Feuer war am Sonntag … ausgebrochen": one
    fire, which began on Sunday (the first mention was undated and never reached the timeline)."""
    doc = parse("Ein Waldbrand in der südportugiesischen Serra de Monchique ist außer Kontrolle. Mehr als 900 "
                "Feuerwehrleute sind im Einsatz. Sie werden von Flugzeugen unterstützt. Das Feuer war am "
                "Sonntagnachmittag in der Nähe des Dorfes Alferce ausgebrochen.", "2024-08-13")
    fires = [m for m in doc.events if m.type == "Wildfire"]
    assert len(fires) == 2 and fires[1].antecedent == doc.events.index(fires[0])
    assert doc.actors[fires[0].place].name == "Serra de Monchique"


@pytest.mark.parametrize("sentence, cls", [
    ("Am Samstag empfängt der VfB Lübeck in der Regionalliga den SC Weiche Flensburg.", "SportsMatch"),
    ("Ein Flugzeug der Bundeswehr mit Zelten und Decken soll am Freitag in Arequipa landen.", "Delivery"),
    ("Italien schickt zwei Löschflugzeuge, die am Mittwoch in Portimão eintreffen sollen.", "Delivery"),
])
def test_the_clause_decides_what_a_visit_or_an_arrival_is(sentence, cls):
    """A club received in a league is a home game; a plane or convoy that arrives brings goods (both were
    a Visit and a Travel)."""
    assert only(parse(sentence), cls)
    assert only(parse("Ministerin Anna Roth soll am Freitag in Arequipa landen."), "Travel")


def test_a_possessor_before_a_title_is_not_the_speaker():
    doc = parse("Der Unternehmer Ralf Steiner wurde verurteilt. "
                "Steiners Verteidiger Marc Lindemann kündigte am Donnerstag an, Revision einzulegen.")
    m = only(doc, "Announcement")
    assert names(doc, m) == {"Marc Lindemann"}


def test_a_reported_plan_is_still_an_event():
    doc = parse("Zuvor hatten Medien berichtet, Merz plane ein Gespräch mit Macron vor dem Gipfel in Paris.")
    assert not only(doc, "Communication").generic


def test_a_reported_past_with_a_separable_participle_is_no_claim():
    """"habe einen Streik ausgerufen": a participle after a particle is still a past (the first
    version only knew participles that begin with "ge")."""
    doc = parse("Die Gewerkschaft Verdi habe einen Streik ausgerufen, sagte er.")
    assert not only(doc, "LabourStrike").generic


# not in the article's lead, where a quote with a named speaker is its news
_NOT_THE_LEAD = "Der Hamburger Hafen baut ein neues Terminal. Es soll 2027 fertig sein. Die Kosten steigen. "


@pytest.mark.parametrize("text", [
    # ordered against an event the text tells of, even one with no party of its own
    "„Das Hafenprojekt kommt voran“, sagte Senatorin Ilka Brand nach einem langen Gespräch mit ihrem Gast.",
    # ordered by a phrase after the verb's object: the phrase dates the verb
    "Der Kreistag hat das Kulturzentrum geschlossen. Landrätin Ilka Brand verteidigte die Entscheidung "
    "nach der Sitzung.",
    # said at an occasion or in a room: a compound names it by its head
    "„Das ist ein guter Tag“, rief Vereinssprecherin Ilka Brand bei der Schlusskundgebung.",
    "Anwältin Ilka Brand kündigte noch im Gerichtssaal an, Berufung einzulegen.",
    "Technikchefin Ilka Brand räumte im Gespräch mit dieser Redaktion ein, dass der Zeitplan wackelt.",
])
def test_a_statement_ordered_or_made_at_an_occasion_stands_on_the_timeline(text):
    """The rule of the seeds' gold: a statement is an event when the text dates it, places it, or orders it
    against another event; a bare "sagte X" is attribution (merge dropped all of these, single-article and
    dated by the publication only)."""
    events = _merge([("a", "2024-05-02", _NOT_THE_LEAD + text)])
    said = [e for e in events if e.statement and "Ilka Brand" in e.label]
    assert len(said) == 1, [(e.type, e.label) for e in events]


@pytest.mark.parametrize("text", [
    "„Das Hafenprojekt kommt voran“, sagte Senatorin Ilka Brand.",
    # a platform is where the words can be read, not an occasion
    "Senatorin Ilka Brand schrieb auf der Plattform X: „Der Hafen kommt.“",
    # "warnen vor" names a topic, not an event before which she spoke
    "Senatorin Ilka Brand warnte die Reederei vor einer solchen Lieferung.",
])
def test_a_bare_or_posted_statement_stays_attribution(text):
    events = _merge([("a", "2024-05-02", _NOT_THE_LEAD + text)])
    assert not [e for e in events if e.statement], [(e.type, e.label) for e in events]


@pytest.mark.parametrize("text, cls", [
    ("Minister Olaf Kern hatte seinen Rücktritt am Montag auf einer Pressekonferenz erklärt.", "Resignation"),
    ("Die Regierung von Chile rief am Dienstag für die Region Maule den Notstand aus.", "Declaration"),
])
def test_saying_what_it_makes_happen_is_one_event(text, cls):
    """"erklärte seinen Rücktritt": the declaration is the resignation, not a statement beside it; its
    day is the verb's."""
    doc = parse(text, "2024-05-02")
    said = [m for m in doc.events if m.type in (cls, "Statement")]
    assert [m.type for m in said] == [cls]
    assert said[0].time_source == "clause" and said[0].standalone


def test_declaring_a_talk_failed_or_calling_a_strike_is_no_performance():
    doc = parse("Die Gewerkschaft Verdi hatte die Tarifgespräche am Montag für gescheitert erklärt. "
                "Am Dienstag rief die Gewerkschaft Verdi einen Streik aus.", "2024-05-02")
    assert only(doc, "Statement") and only(doc, "Negotiation")  # the saying stays beside the talks
    assert only(doc, "LabourStrike").status == "planned"
    assert only(doc, "Declaration").time_source == "clause"


def test_who_speaks_at_an_occasion_takes_part_in_it():
    doc = parse("„Wir sind viele“, rief Vereinssprecherin Ilka Brand am Samstag bei der Schlusskundgebung.")
    assert names(doc, only(doc, "Protest")) == {"Ilka Brand"}
    assert names(doc, only(doc, "Statement")) == {"Ilka Brand"}


def test_a_pronoun_means_the_person_named_earlier_in_its_sentence():
    """"Roth kündigte einen Gegenbesuch an: Er werde im Herbst nach Lima reisen": not the subject of the
    sentence before (who was the party of the trip before)."""
    doc = parse("Ministerin Anna Roth empfing Präsident Luis Ortega. Ortega lobte die Gespräche. "
                "Ministerpräsident Karl Roth kündigte einen Gegenbesuch an: Er werde im Herbst nach Lima reisen.")
    assert names(doc, only(doc, "Travel")) == {"Karl Roth"}


def test_coordinated_places_and_a_possessive_source_are_no_parties():
    """"Nach Albers' Angaben soll der Roboter in Deutschland, Österreich und der Schweiz auf den Markt
    kommen": Albers is the source and the countries are where, not who launches it (all three were parties)."""
    doc = parse("Konzernchefin Katrin Albers lachte. Nach Albers' Angaben soll der Roboter Anfang März in "
                "Deutschland, Österreich und der Schweiz auf den Markt kommen.", "2024-09-05")
    m = only(doc, "ProductLaunch")
    assert names(doc, m) == set() and {doc.actors[i].name for i in m.according_to} == {"Katrin Albers"}


def test_a_thing_told_of_before_continues_the_story_of_who_brought_it_out():
    """"Der Roboter könnte 2026 auch auf dem amerikanischen Markt erscheinen": launched by whoever launched
    it before in the article (the maker and its chief), not by no one."""
    doc = parse("Mit dem „Robo X“ hat der Technologiekonzern Lumitec am Mittwoch in Köln einen Roboter "
                "vorgestellt. Konzernchefin Katrin Albers präsentierte das Gerät vor 600 Gästen. Der Roboter "
                "könnte 2026 auch auf dem amerikanischen Markt erscheinen, sagte Albers.", "2024-09-05")
    later = [m for m in doc.events if m.type == "ProductLaunch" and m.time and m.time.value == "2026"]
    assert len(later) == 1 and names(doc, later[0]) == {"Lumitec", "Katrin Albers"}
    assert later[0].parties_source == "discourse"


def test_a_counted_group_anchors_a_verb_and_an_arrest_is_the_polices():
    """"Drei Männer wurden vorläufig festgenommen": no name, but a counted group it happened to (the verb
    was dropped as naming nothing), and the arrest is the police's that the article names."""
    doc = parse("Nach Angaben der Polizei verlief die Demonstration friedlich. "
                "Drei Männer wurden vorläufig festgenommen.")
    m = only(doc, "Arrest")
    assert names(doc, m) == {"Polizei"} and m.parties_source == "discourse"


@pytest.mark.parametrize("sentence, cls", [
    ("Die Strafkammer setzte den Haftbefehl am Donnerstag unter Auflagen außer Vollzug.", "Decision"),
    ("Die Initiative will ab Montag Unterschriften für ein Bürgerbegehren sammeln.", "Protest"),
    ("Das Werk hatte im Jahr 2022 eine Standortgarantie erhalten.", "Agreement"),
    ("Vorbestellungen sind ab dem 1. Oktober über die Website möglich.", "ProductLaunch"),
])
def test_labels_for_a_suspension_a_petition_a_guarantee_and_preorders(sentence, cls):
    assert only(parse(sentence, "2024-09-05"), cls)


def test_a_lead_event_takes_its_day_from_the_next_sentence_that_names_its_party():
    """"hat das Landgericht Steiner verurteilt. Die Strafkammer sah es am Donnerstag als erwiesen an": the
    day the next sentence gives its party narrows the publication window (it was 11–12 March)."""
    doc = parse("Das Amtsgericht Kiel hat den Spediteur Jonas Brandt wegen Betrugs verurteilt. "
                "Das Amtsgericht Kiel sah es am Dienstag als erwiesen an, dass Brandt Rechnungen fälschte.")
    m = only(doc, "Verdict")
    assert m.time.value == "2024-03-12" and m.time_source == "discourse"
    # another party's day does not date it
    doc = parse("Das Amtsgericht Kiel hat den Spediteur Jonas Brandt wegen Betrugs verurteilt. "
                "Die Firma Nordwind AG teilte am Dienstag mit, dass sie Brandt entlassen hat.")
    assert only(doc, "Verdict").time_source == "publication"


def test_what_happened_undated_takes_the_day_of_the_event_told_before_it():
    doc = parse("Am Montag protestierten in Kiel rund 500 Menschen gegen die Schließung der Werft. "
                "Zwei Männer wurden vorläufig festgenommen.")
    m = only(doc, "Arrest")
    assert m.time.value == "2024-03-11" and m.time_source == "discourse"
    # a day outside the window the publication gives is another story's: the arrest stays recent
    doc = parse("Am 2. Februar protestierten in Kiel rund 500 Menschen gegen die Schließung der Werft. "
                "Zwei Männer wurden vorläufig festgenommen.")
    assert only(doc, "Arrest").time_source == "publication"


def test_the_same_act_told_again_in_more_detail_is_one_event():
    """"hat Lumora am Mittwochabend in Berlin vorgestellt. Konzernchefin Albers präsentierte das Gerät …":
    the chief and the company in two sentences, one launch (they were two timeline events)."""
    events = _merge([("a", "2024-09-05", "Die Firma Nordlicht hat am Mittwochabend in Kiel ihr erstes "
                      "Elektroboot vorgestellt. Firmenchef Jan Petersen präsentierte das Boot vor 300 Gästen "
                      "im Stadtteil Gaarden.")])
    launches = [e for e in events if e.type == "ProductLaunch"]
    assert len(launches) == 1 and launches[0].value.startswith("2024-09-04")


def test_an_event_noun_after_am_rande_der_sits_in_a_phrase():
    """"Am Rande der Abschlusskundgebung warfen Vermummte Flaschen in Richtung eines Gebäudes der X AG":
    the rally is the one told before, not one held by the company."""
    doc = parse("Am Samstag hielt das Bündnis Mietenstopp eine Kundgebung in Kiel ab. Am Rande der "
                "Kundgebung warfen Vermummte Flaschen in Richtung eines Bürogebäudes der Nordwind AG.")
    rallies = [m for m in doc.events if m.type == "Protest"]
    assert len(rallies) == 2 and not rallies[1].participants and rallies[1].antecedent == 0


@pytest.mark.parametrize("sentence, cls, found", [
    ("Zudem soll ein Team der Hilfsorganisation I.S.A.R. Germany am Donnerstag aufbrechen.", "Travel", True),
    ("Unbekannte haben in der Nacht die Tür eines Kiosks aufgebrochen.", "Travel", False),
    ("Der Konzern will das Werk in Gotha Ende 2026 schließen.", "Closure", True),
    ("Die Stadt beschloss die Schließung des Hallenbads.", "Closure", True),
    ("Die Helfer versuchten am Donnerstag, die Lücke im Deich zu schließen.", "Closure", False),
    ("Die Aktie der Firma Nordwind schloss am Dienstag mit einem Minus.", "Closure", False),
])
def test_departures_and_closures_need_a_party_or_a_facility(sentence, cls, found):
    doc = parse(sentence, "2026-04-21")
    assert any(m.type == cls for m in doc.events) is found, [(m.text, m.type) for m in doc.events]


def test_a_purpose_phrase_leaves_the_day_and_place_to_the_verb():
    """"Die Gegner für das Achtelfinale werden am Sonntag in Dortmund ausgelost": the draw is on Sunday in
    Dortmund, not the round of 16 (which took both, and the verb was dropped as naming nothing)."""
    doc = parse("Die Gegner für das Achtelfinale werden am Sonntag im Fußballmuseum in Dortmund ausgelost.",
                "2024-10-31")
    draw = only(doc, "Draw")
    assert draw.time.value == "2024-11-03" and doc.actors[draw.place].name == "Dortmund"
    assert only(doc, "SportsMatch").time is None


def test_a_statement_after_the_final_whistle_is_on_the_timeline():
    events = _merge([("a", "2024-10-31", "Der SV Darmstadt 98 besiegte am Mittwoch den 1. FC Nürnberg mit 2:1. "
                      "„Ich rufe ihn heute an“, sagte Trainer Sven Hollmann nach dem Abpfiff.")])
    said = [e for e in events if e.statement]
    assert len(said) == 1 and len(said[0].actors) == 1, [(e.type, e.actors) for e in events]


def test_a_separable_participle_meets_its_verb():
    """"Trump hatte Anfang der Woche angedeutet": an|ge|deut|et is andeuten, which simplemma does not list."""
    doc = parse("Kanzlerin Petra Aumann hatte Anfang der Woche angedeutet, dass sie verhandeln will.", "2024-05-02")
    m = only(doc, "Statement")
    assert m.lemma == "andeuten" and m.time_source == "clause" and m.time.earliest == "2024-04-29"


def test_a_quote_takes_no_date_from_the_words_that_attribute_it():
    """"„… zur Vollsperrung gab es keine Alternative“, sagte er am Montag": Monday is when he said it; the
    closure (Friday) is the one reported before, not a second one on Monday."""
    doc = parse("Die Gemeinde Kaltensund sperrte die Talbrücke am Freitag. „Die Risse sind tief. Zur "
                "Vollsperrung gab es keine Alternative“, sagte Bürgermeister Olaf Brinck am Montag.",
                published="2025-11-04")
    closure = next(m for m in doc.events if m.text == "Vollsperrung")
    assert closure.time_source != "sentence", (closure.time, closure.time_source)
    assert closure.antecedent is not None and doc.events[closure.antecedent].text == "sperrte"
    said = only(doc, "Statement")
    assert said.time is not None and said.time.value == "2025-11-03"


def test_status_and_date_of_what_was_postponed_or_called_off():
    """A postponed event happens at its new slot ("auf den 18. November"), also when a relative clause
    stands between the noun and its verb; "fällt aus" calls off its subject, not a strike in a phrase
    ("Beim Warnstreik waren 430 Flüge ausgefallen"); a hyphen that cuts a compound short ("Ultraschall-
    und Röntgentechnik") does not end the clause with the modal that makes the plan."""
    doc = parse("Die für Mittwoch geplante Bürgerversammlung wurde auf den 18. November verschoben. Eine für "
                "Freitag angesetzte Sitzung des Vorstands, auf der über den Neubau entschieden werden sollte, wurde "
                "auf Anfang Dezember verschoben.", published="2025-11-04")
    meetings = [m for m in doc.events if m.type == "Meeting"]
    assert [(m.status, m.time.value) for m in meetings] == [("postponed", "2025-11-18"),
                                                             ("postponed", "2025-12-01/2025-12-10")], meetings
    doc = parse("Ein für Sonntag vorgesehenes Grußwort der Ministerin fällt aus. Beim Warnstreik am Montag "
                "waren 430 Flüge ausgefallen.", published="2025-11-04")
    assert only(doc, "Speech").status == "cancelled" and only(doc, "LabourStrike").status == "occurred"
    doc = parse("In den nächsten zwei Wochen sollen Gutachter die Pfeiler mit Ultraschall- und Röntgentechnik "
                "untersuchen.", published="2025-11-04")
    assert only(doc, "Investigation").status == "planned"
    assert not any(m.type == "Appointment" for m in parse("Die Stadt bestellte am Montag zwölf Busse.").events)


def test_a_court_or_club_named_by_its_kind_and_a_definite_noun_of_its_parties():
    """"Das Gericht" is the court named before, "der Verein" the club the story is about (not the opponent
    named last); a definite noun whose parties took part in an earlier event of its class is that event
    ("Das Gericht sei der Anklage gefolgt" after "Im Prozess … hat das Landgericht Köln …")."""
    doc = parse("Das Amtsgericht Bremen hat das Verfahren eröffnet. Das Gericht bestellte am Freitag die Anwältin "
                "Petra Lorenz zur Sachwalterin.", published="2024-10-14")
    assert names(doc, only(doc, "Appointment")) == {"Amtsgericht Bremen", "Petra Lorenz"}
    doc = parse("Der FSV Altmühl Eichstätt trennt sich von Trainer Jonas Pfeil. Der FSV Altmühl Eichstätt hatte "
                "zuletzt fünfmal verloren. Ein Testspiel gegen den SC Kelheim sagte der Verein ab. Über den "
                "Co-Trainer will der Verein bis Freitag entscheiden.", published="2026-02-17")
    assert names(doc, only(doc, "Decision")) == {"FSV Altmühl Eichstätt"}
    doc = parse("Im Prozess um Betrug hat das Landgericht Köln den Unternehmer Ralf Steiner am Donnerstag "
                "verurteilt. Der Anwalt sagte, das Gericht sei der Anklage gefolgt.", published="2025-05-22")
    charge = next(m for m in doc.events if m.text == "Anklage")
    assert charge.antecedent is not None and doc.events[charge.antecedent].text == "Prozess"


def test_events_with_nothing_in_common_but_days_in_two_towns_stay_apart():
    """A residents' meeting in Ludwigsburg (the dateline's town) put off to mid-January and a visit in
    Frankfurt called off for 16 January: the two articles share a party (the SPD), but the events share
    no one and happen in two towns — two stories, not one event."""
    docs = [parse_article(from_text("a", "LUDWIGSBURG, 28. November 2025 – Eine für den 4. Dezember geplante "
                                         "Einwohnerversammlung zur Zukunft der Bäder wurde auf Mitte Januar "
                                         "verschoben. Die SPD im Gemeinderat kritisierte das.",
                                    published="2025-11-28")),
            parse_article(from_text("b", "14. Januar 2026 – Ein für Freitag geplanter Besuch der Innenministerin "
                                         "Jana Roth bei der Bundespolizei in Frankfurt wurde abgesagt. Die SPD "
                                         "bedauerte die Absage.", published="2026-01-14"))]
    names_by_id = {a["id"]: a["name"] for a in merge_actors(docs)}
    events = [e for e in EventMerger(docs, names_by_id).events() if e.type in ("Meeting", "Visit")]
    days = [(e.earliest, e.latest) for e in events]
    assert all(a is not None and a.isoformat() >= "2026-01-01" for a, _ in days), days  # both in January
    assert sorted(len(e.sources) for e in events) == [1, 1], [(e.type, e.sources) for e in events]


def test_a_specific_role_outweighs_plain_participation():
    """"hatte den Kremlchef empfangen" (guest) beside two mentions that only say he was there."""
    from collections import Counter

    from graph.merge.events import _role
    assert _role(Counter({"participant": 2, "guest": 1})) == "guest"
    assert _role(Counter({"participant": 1, "host": 1, "guest": 2})) == "guest"
    assert _role(Counter({"participant": 3})) == "participant"


@pytest.mark.parametrize("word", ["Verunreinigung", "Entwarnung", "Arbeitsvermittlung", "Stadtreinigung"])
def test_a_word_that_only_ends_like_an_event_is_none(word):
    """A compound's head is a word of its own: "Stadt|reinigung" does not end in "Einigung", "Ent|warnung"
    is derived, not a warning."""
    doc = parse(f"Die {word} in Wendelstein wurde am Montag bekannt.")
    assert not [m for m in doc.events if m.text == word], [(m.text, m.type) for m in doc.events]


def test_theft_recall_and_festival_are_events_of_their_own():
    doc = parse("Unbekannte stahlen in der Nacht zu Sonntag zwei Gemälde aus dem Heimatmuseum Wendelstein. "
                "Der Hersteller Brauner Feinkost ruft bundesweit drei Chargen Senf zurück. "
                "Das Festival am Rabensee hatte am Freitag begonnen. "
                "Bürgermeisterin Jana Fluss rief den Landrat Peter Kolbe am Abend zurück.", published="2024-08-05")
    assert only(doc, "Theft").time.value.startswith("2024-08-03")
    assert "Brauner Feinkost" in names(doc, only(doc, "Recall"))
    assert only(doc, "CulturalEvent").time.value == "2024-08-02"
    assert names(doc, only(doc, "PhoneCall")) >= {"Jana Fluss", "Peter Kolbe"}  # a call returned


def test_a_suspect_brought_before_a_judge_is_a_hearing():
    doc = parse("Die Festgenommenen sollen am Donnerstag einem Haftrichter am Amtsgericht Gera vorgeführt werden.")
    hearing = only(doc, "Trial")
    assert hearing.status == "planned" and hearing.time.value == "2024-03-14"
    assert not [m for m in doc.events if m.type == "ProductLaunch"]


def test_a_plan_that_will_not_take_place_and_the_day_of_calling_it_off():
    """"die Sitzung findet nicht statt" calls off the session asked for before; the day the request was
    withdrawn (in another clause) is not the session's, nor is it the resignation's before it."""
    doc = parse("Die Fraktion hatte für Freitag eine Sondersitzung des Kreistags beantragt. Nach dem Rücktritt "
                "zog die Fraktion ihren Antrag am Dienstag zurück; die Sitzung findet nicht statt.",
                published="2024-03-13")
    called_off = [m for m in doc.events if m.text == "Sitzung"][0]
    assert called_off.status == "cancelled" and called_off.time is None
    assert doc.events[called_off.antecedent].text == "Sondersitzung"
    assert only(doc, "Resignation").time_source == "publication"


def test_a_short_quoted_phrase_keeps_its_clause_and_its_verb_particle():
    doc = parse("Auf einer Pressekonferenz räumte Landrat Peter Kolbe am Freitag „schwere Versäumnisse“ ein.")
    assert not [m for m in doc.events if m.type == "Evacuation"], [(m.text, m.type) for m in doc.events]
    assert any(m.statement and m.text == "räumte" for m in doc.events)


def test_days_counted_back_from_the_news_and_what_a_claim_is_about():
    doc = parse("Drei Tage nach einem Hackerangriff arbeitet die Stadtverwaltung Wendelstein weiter im Notbetrieb. "
                "Am Montagabend hat sich eine Gruppe namens „Nachtfalke“ zu dem Angriff bekannt.",
                published="2024-03-13")
    attack = only(doc, "Attack")
    assert attack.time.value == "2024-03-10", attack.time
    claim_about = [m for m in doc.events if m.text == "Angriff"][0]
    assert claim_about.time_source != "sentence"  # the Monday is the claim's, not the attack's
