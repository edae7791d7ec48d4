"""The knowledge base: names, variants, time-scoped roles, and users' own files."""

from __future__ import annotations

from datetime import date

from graph.knowledge import load_kb, norm


def test_variants_resolve_to_one_person():
    kb = load_kb()
    assert len(kb) >= 300
    for name in ("Selenskyj", "Selenskij", "Wladimir Selenskij", "Zelensky"):
        assert [e.label for e in kb.candidates(name)] == ["Wolodymyr Selenskyj"], name
    assert [e.label for e in kb.candidates("Orban")] == ["Viktor Orbán"]
    assert norm("Orbán") == norm("orban")


def test_family_members_stay_apart():
    kb = load_kb()
    melania = kb.candidates("Melania Trump")
    assert [e.label for e in melania] == ["Melania Trump"]
    assert "Trump" not in melania[0].aliases


def test_roles_are_time_scoped():
    kb = load_kb()
    title = kb.by_title[norm("Kremlchef")]
    assert kb.holder(title.role, title.of, date(2025, 10, 16)).label == "Wladimir Putin"
    germany = kb.candidates("Deutschland")[0].iri
    assert kb.holder("HeadOfGovernment", germany, date(2023, 6, 1)).label == "Olaf Scholz"
    assert kb.holder("HeadOfGovernment", germany, date(2025, 10, 16)).label == "Friedrich Merz"


def test_adjectives_give_places():
    kb = load_kb()
    assert kb.place_of_adjective("russischen").label == "Russland"
    assert kb.place_of_adjective("ungarische").label == "Ungarn"


def test_user_kb_file_adds_actors(tmp_path):
    extra = tmp_path / "mine.ttl"
    extra.write_text("""@prefix eg: <https://w3id.org/eventgraph/ns#> .
@prefix kb: <https://w3id.org/eventgraph/kb/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
kb:erika-beispiel a eg:Person ; rdfs:label "Erika Beispiel"@de ; skos:altLabel "Beispiel"@de .
""", encoding="utf-8")
    kb = load_kb([extra])
    assert [e.label for e in kb.candidates("Beispiel")] == ["Erika Beispiel"]
    assert not load_kb().candidates("Erika Beispiel")
