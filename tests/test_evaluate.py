"""The event scorer against FORMAT.md's scoring rules, on small hand-made gold and system documents."""

from __future__ import annotations

import json

from graph.evaluate.events import EventScore, format_report, score

METRICS = ("precision", "recall", "f1", "core_recall", "date_accuracy", "status_accuracy",
           "source_recall", "timeline_order")


def gold_event(id: str, types=("Summit", "Meeting"), actors=("Donald Trump", "Wladimir Putin"), place=None,
               value="2025-10-16", accept=("2025-10-16", "2025-10-16"), status="occurred", sources=("a1",),
               core=True) -> dict:
    return {"id": id, "types": list(types), "actors": list(actors), "place": place, "value": value,
            "accept": list(accept) if accept else None, "status": status, "sources": list(sources), "core": core}


def sys_event(id: str, type="Summit", broader=("Meeting",), actors=("Donald Trump", "Wladimir Putin"), place=None,
              time=("2025-10-16", "2025-10-16", "2025-10-16"), status="occurred", sources=("a1",)) -> dict:
    return {"id": id, "label": f"label of {id}", "type": type, "broader": list(broader),
            "actors": [a if isinstance(a, dict) else {"id": f"actor/{a}", "name": a, "wikidata": None} for a in actors],
            "place": place, "time": dict(zip(("value", "earliest", "latest"), time)),
            "status": status, "sources": list(sources), "evidence": []}


def gold(*events: dict, timeline=(), persons=()) -> dict:
    return {"events": list(events), "timeline": list(timeline), "persons": list(persons), "persons_ignored": []}


def system(*events: dict, actors=()) -> dict:
    return {"format": "eventgraph-events/1", "articles": [], "actors": list(actors), "events": list(events)}


def assert_perfect(s: EventScore) -> None:
    d = s.as_dict()
    assert {m: d[m] for m in METRICS} == {m: 1.0 for m in METRICS}
    assert d["duplicates"] == 0 and not s.missed and not s.unmatched


def test_perfect_match_scores_one_everywhere():
    g = gold(gold_event("summit"), gold_event("call", types=["PhoneCall"], sources=["a1", "a2"]),
             timeline=["summit", "call"])
    sysdoc = system(sys_event("s1"), sys_event("s2", type="PhoneCall", broader=["Communication"], sources=["a1", "a2"]))
    s = score(g, sysdoc)
    assert_perfect(s)
    assert s.matched == [("summit", "s1"), ("call", "s2")]
    json.dumps(s.as_dict())  # JSON-able


def test_empty_inputs_do_not_divide_by_zero():
    assert_perfect(score(gold(), system()))
    s = score(gold(gold_event("summit")), system())
    assert (s.precision, s.recall, s.f1, s.date_accuracy) == (0.0, 0.0, 0.0, 0.0)
    s = score(gold(), system(sys_event("s1")))
    assert (s.precision, s.recall) == (0.0, 0.0) and s.unmatched == ["s1"]


def test_wrong_type_is_not_a_match():
    s = score(gold(gold_event("summit")), system(sys_event("s1", type="PhoneCall", broader=["Communication"])))
    assert s.matched == [] and s.missed == ["summit"] and s.unmatched == ["s1"]
    assert s.precision == 0.0 and s.recall == 0.0


def test_broader_class_is_enough():
    s = score(gold(gold_event("talks", types=["Meeting"])), system(sys_event("s1", type="Summit", broader=["Meeting"])))
    assert s.matched == [("talks", "s1")]


def test_actor_matched_by_wikidata_id_despite_other_spelling():
    g = gold(gold_event("visit", actors=["Wolodymyr Selenskyj"]),
             persons=[{"name": "Wolodymyr Selenskyj", "wikidata": "Q3874799", "mentions": ["Selenskyj"]}])
    zelensky = {"id": "actor/z", "name": "Volodymyr Zelensky", "wikidata": "Q3874799"}
    assert score(g, system(sys_event("s1", actors=[zelensky]))).matched == [("visit", "s1")]
    stranger = {"id": "actor/x", "name": "Volodymyr Zelensky", "wikidata": "Q1"}
    assert score(g, system(sys_event("s1", actors=[stranger]))).matched == []


def test_actor_names_compare_without_case_or_accents():
    g = gold(gold_event("reaction", types=["Statement"], actors=["Viktor Orbán"]))
    s = score(g, system(sys_event("s1", type="Statement", broader=["Communication"], actors=["viktor orban"])))
    assert s.matched == [("reaction", "s1")]


def test_event_without_actors_matches_by_place_part_or_alias():
    g = gold(gold_event("arrival", types=["Travel"], actors=[], place="Anchorage, Alaska"))
    alaska = {"id": "place/ak", "name": "Alaska", "wikidata": "Q797"}
    assert score(g, system(sys_event("s1", type="Travel", actors=[], place=alaska))).matched == [("arrival", "s1")]

    g = gold(gold_event("arrival", types=["Travel"], actors=[], place="Washington"))
    dc = {"id": "place/dc", "name": "Washington, D.C. (Hauptstadt)", "wikidata": "Q61"}
    assert score(g, system(sys_event("s1", type="Travel", actors=[], place=dc))).matched == [("arrival", "s1")]

    g = gold(gold_event("arrival", types=["Travel"], actors=[], place="Weißes Haus"))
    wh = {"id": "place/wh", "name": "White House", "wikidata": "Q35525"}
    actors = [{**wh, "kind": "place", "aliases": ["Weisses Haus", "weißes haus"]}]
    assert score(g, system(sys_event("s1", type="Travel", actors=[], place=wh), actors=actors)).matched \
        == [("arrival", "s1")]
    assert score(g, system(sys_event("s1", type="Travel", actors=[], place=wh))).matched == []
    assert score(g, system(sys_event("s1", type="Travel", actors=[], place=None))).matched == []


def test_event_without_actors_or_place_matches_by_overlapping_dates():
    g = gold(gold_event("ceasefire", types=["Ceasefire"], actors=[], accept=["2025-03-01", "2025-03-31"]))
    inside = sys_event("s1", type="Ceasefire", broader=[], actors=[], time=("2025", "2025-01-01", "2025-12-31"))
    outside = sys_event("s2", type="Ceasefire", broader=[], actors=[], time=("2024", "2024-01-01", "2024-12-31"))
    assert score(g, system(outside, inside)).matched == [("ceasefire", "s1")]
    undated = gold(gold_event("ceasefire", types=["Ceasefire"], actors=[], value=None, accept=None))
    assert score(undated, system(outside)).matched == [("ceasefire", "s2")]


def test_date_outside_accept_is_wrong():
    g = gold(gold_event("summit", value="2025-10", accept=["2025-10-01", "2025-10-31"]))
    assert score(g, system(sys_event("s1", time=("2025-10-20", "2025-10-20", "2025-10-20")))).date_accuracy == 1.0
    s = score(g, system(sys_event("s1", time=("2025-10", "2025-10-01", "2025-11-02"))))
    assert s.date_accuracy == 0.0 and s.recall == 1.0
    assert s.wrong_dates == [{"gold": "summit", "system": "s1", "value": "2025-10",
                              "accept": ["2025-10-01", "2025-10-31"], "got": ["2025-10", "2025-10-01", "2025-11-02"]}]
    reversed_interval = sys_event("s1", time=("?", "2025-10-20", "2025-10-10"))
    assert score(g, system(reversed_interval)).date_accuracy == 0.0


def test_null_date_is_right_only_when_gold_value_is_null():
    null = sys_event("s1", time=(None, None, None))
    dated_gold = gold(gold_event("call", value="2025-10-16"))
    assert score(dated_gold, system(null)).date_accuracy == 0.0
    vague_gold = gold(gold_event("call", value=None, accept=["2025-10-16", "2025-10-31"]))
    assert score(vague_gold, system(null)).date_accuracy == 1.0
    assert score(vague_gold, system(sys_event("s1", time=("2025-10-20",) * 3))).date_accuracy == 1.0
    assert score(vague_gold, system(sys_event("s1", time=("2025-11-20",) * 3))).date_accuracy == 0.0


def test_status_mismatch():
    s = score(gold(gold_event("summit", status="planned")), system(sys_event("s1", status="occurred")))
    assert s.status_accuracy == 0.0 and s.recall == 1.0
    assert s.wrong_status == [{"gold": "summit", "system": "s1", "expected": "planned", "got": "occurred"}]


def test_two_system_events_for_one_gold_event_are_a_duplicate():
    g = gold(gold_event("summit", sources=["a1", "a2"]))
    s = score(g, system(sys_event("s1", sources=["a1"]), sys_event("s2", sources=["a1", "a2"])))
    assert s.matched == [("summit", "s2")]  # the larger source overlap wins
    assert s.duplicates == 1 and s.duplicate_events == [("summit", "s1")]
    assert s.precision == 0.5 and s.recall == 1.0


def test_wrong_merge_matches_only_one_gold_event():
    g = gold(gold_event("alaska", value="2025-08", accept=["2025-08-01", "2025-08-31"], sources=["a1"]),
             gold_event("budapest", sources=["a2"]))
    merged = sys_event("s1", sources=["a1", "a2"])  # dated 2025-10-16: agrees with budapest
    s = score(g, system(merged))
    assert s.matched == [("budapest", "s1")] and s.missed == ["alaska"]
    assert s.recall == 0.5 and s.precision == 1.0 and s.duplicates == 0


def test_source_recall_counts_gold_event_article_pairs():
    g = gold(gold_event("summit", sources=["a1", "a2", "a3"]),
             gold_event("call", types=["PhoneCall"], sources=["a4"]))  # unmatched: its pair is a miss
    s = score(g, system(sys_event("s1", sources=["a1", "a3", "zz"])))
    assert s.source_recall == 0.5


def test_timeline_order_with_one_inverted_pair():
    g = gold(gold_event("e1", sources=["a1"]), gold_event("e2", sources=["a2"]), gold_event("e3", sources=["a3"]),
             timeline=["e1", "e2", "e3"])
    sysdoc = system(sys_event("s2", sources=["a2"]), sys_event("s1", sources=["a1"]), sys_event("s3", sources=["a3"]))
    s = score(g, sysdoc)
    assert len(s.matched) == 3
    assert round(s.timeline_order, 4) == round(2 / 3, 4) and s.as_dict()["timeline_order"] == 0.6667


def test_persons_are_scored_by_rule_seven():
    g = gold(persons=[{"name": "Donald Trump", "mentions": ["Trump"]}, {"name": "Marco Rubio", "mentions": []}])
    actors = [{"id": "p1", "name": "Trump", "kind": "person", "aliases": [], "wikidata": None},
              {"id": "p2", "name": "Unbekannt", "kind": "person", "aliases": [], "wikidata": None}]
    persons = score(g, system(actors=actors)).as_dict()["persons"]
    assert persons["precision"] == 0.5 and persons["recall"] == 0.5


def test_report_lists_metrics_then_diagnostics():
    g = gold(gold_event("summit", status="planned"), gold_event("call", types=["PhoneCall"]))
    report = format_report(score(g, system(sys_event("s1", status="occurred"))))
    assert "precision 1.000" in report and "recall 0.500" in report
    assert report.index("precision") < report.index("missed gold events (1):")
    assert "  - call" in report and "summit: got occurred, expected planned" in report


def test_seed_gold_scores_perfectly_against_itself(seeds_gold):
    wikidata = {p["name"]: p.get("wikidata") for p in seeds_gold["persons"]}
    events = []
    for g in seeds_gold["events"]:
        earliest, latest = g["accept"] or (None, None)
        events.append({
            "id": f"sys/{g['id']}", "label": g["label"], "type": g["types"][0], "broader": [],
            "status": g["status"], "time": {"value": g["value"], "earliest": earliest, "latest": latest},
            "actors": [{"id": f"actor/{a}", "name": a, "wikidata": wikidata.get(a)} for a in g["actors"]],
            "place": {"id": f"place/{g['place']}", "name": g["place"], "wikidata": None} if g["place"] else None,
            "sources": g["sources"], "evidence": []})
    actors = [{"id": f"actor/{p['name']}", "name": p["name"], "kind": "person", "aliases": p["mentions"],
               "wikidata": p.get("wikidata")} for p in seeds_gold["persons"]]
    s = score(seeds_gold, system(*events, actors=actors))
    assert_perfect(s)
    assert s.matched == [(g["id"], f"sys/{g['id']}") for g in seeds_gold["events"]]
    assert s.persons.precision == 1.0 and s.persons.recall == 1.0
