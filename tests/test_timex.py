"""German temporal expressions: the seeds' expressions, the conventions, and the non-dates."""

from __future__ import annotations

import json

import pytest

from graph.parse.articles import read_articles
from graph.parse.timex import easter, find_timexes

from .conftest import SEEDS, run_cli


def tag(text: str, published: str | None) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(t.text, t.value, t.earliest, t.latest) for t in find_timexes(text, published)]


def one(text: str, published: str) -> tuple[str | None, str | None, str | None]:
    found = find_timexes(text, published)
    assert len(found) == 1, [t.text for t in found]
    return found[0].value, found[0].earliest, found[0].latest


@pytest.fixture(scope="module")
def seed_timexes() -> dict[str, dict[str, tuple]]:
    out = {}
    for a in read_articles([str(SEEDS)]):
        out[a.id] = {t.text: (t.value, t.earliest, t.latest) for t in find_timexes(a.text, a.published_day, a.content_ranges())}
    return out


# Every temporal expression the seed events hinge on, with the value the text supports.
SEED_EXPECTED = {
    "000_662b71bdebc2066f": {
        "Am 16. Oktober 2025": ("2025-10-16", "2025-10-16", "2025-10-16"),
        "seit beinahe zwei Monaten": ("2025-08-16/2025-10-16", "2025-08-16", "2025-10-16"),
        "in der kommenden Woche": ("2025-W43", "2025-10-20", "2025-10-26"),
        "den unmittelbar folgenden Tag": ("2025-10-17", "2025-10-17", "2025-10-17"),
        "den 17. Oktober 2025": ("2025-10-17", "2025-10-17", "2025-10-17"),
    },
    "001_cb12662a956c0717": {
        "in der kommenden Woche": ("2025-W43", "2025-10-20", "2025-10-26"),
        "Morgen": ("2025-10-17", "2025-10-17", "2025-10-17"),
        "am 18. August": ("2025-08-18", "2025-08-18", "2025-08-18"),
        "am 17. Oktober": ("2025-10-17", "2025-10-17", "2025-10-17"),
        "zu Wochenbeginn": ("2025-10-13/2025-10-15", "2025-10-13", "2025-10-15"),
    },
    "002_b0860c380283c14f": {
        "in den nächsten zwei Wochen": ("2025-10-16/2025-10-30", "2025-10-16", "2025-10-30"),
        "Kommende Woche": ("2025-W43", "2025-10-20", "2025-10-26"),
        "am Freitag": ("2025-10-17", "2025-10-17", "2025-10-17"),
        "rund zwei Monate zurück": ("2025-08", "2025-08-01", "2025-08-31"),
        "im August": ("2025-08", "2025-08-01", "2025-08-31"),
        "im Februar 2022": ("2022-02", "2022-02-01", "2022-02-28"),
    },
    "003_b3a5bad97396e84d": {
        "am Donnerstagabend": ("2025-10-16TEV", "2025-10-16", "2025-10-16"),
        "am Freitag": ("2025-10-17", "2025-10-17", "2025-10-17"),
        "am Donnerstag": ("2025-10-16", "2025-10-16", "2025-10-16"),
        "Mitte August": ("2025-08-11/2025-08-20", "2025-08-11", "2025-08-20"),
        "nächste Woche": ("2025-W43", "2025-10-20", "2025-10-26"),
    },
    "004_83fdf16379f5174a": {
        "Am Freitag um 17 Uhr deutscher Zeit": ("2025-10-17T17:00+02:00", "2025-10-17", "2025-10-17"),
        "In der kommenden Woche": ("2025-W43", "2025-10-20", "2025-10-26"),
        "innerhalb der nächsten zwei Wochen": ("2025-10-16/2025-10-30", "2025-10-16", "2025-10-30"),
        "am Donnerstag": ("2025-10-16", "2025-10-16", "2025-10-16"),
        "Anfang der Woche": ("2025-10-13/2025-10-15", "2025-10-13", "2025-10-15"),
        "Im August": ("2025-08", "2025-08-01", "2025-08-31"),
        "im März": ("2025-03", "2025-03-01", "2025-03-31"),
        "Vor drei Wochen": ("2025-09-25", "2025-09-22", "2025-09-28"),
        "In dieser Woche": ("2025-W42", "2025-10-13", "2025-10-19"),
        "in diesem Herbst": ("2025-FA", "2025-09-01", "2025-11-30"),
        "Anfang des Jahres": ("2025-01/2025-03", "2025-01-01", "2025-03-31"),
    },
}


@pytest.mark.parametrize("article_id", sorted(SEED_EXPECTED))
def test_seed_expressions(seed_timexes, article_id):
    got = seed_timexes[article_id]
    for text, expected in SEED_EXPECTED[article_id].items():
        assert got.get(text) == expected, (text, got.get(text))


def test_seed_non_dates_are_not_tagged(seed_timexes):
    every = {t for found in seed_timexes.values() for t in found}
    for not_a_date in ("2500 Kilometern", "2,5 Stunden", "zweieinhalb Stunden", "2500"):
        assert not any(not_a_date in t for t in every), not_a_date


@pytest.mark.parametrize("text", [
    "Die Raketen haben eine Reichweite von bis zu 2500 Kilometern.",
    "Das Gespräch habe 2,5 Stunden gedauert.",
    "Die Inflation lag bei 16,5 Prozent.",
    "Der FC gewann das Spiel 3:1.",
    "Die Linie 17 fällt aus.",
    "Der 1. FC Köln verlor in Mainz.",
    "Die Frau sprach mit dem Mann, so hieß es.",
    "Rund 2000 Menschen demonstrierten vor dem Rathaus.",
])
def test_non_dates(text):
    assert tag(text, "2025-10-16") == []


@pytest.mark.parametrize("text,published,expected", [
    # tense decides the weekday
    ("Am Dienstag hatte der Rat abgestimmt.", "2025-10-16", ("2025-10-14", "2025-10-14", "2025-10-14")),
    ("Am Dienstag soll der Rat abstimmen.", "2025-10-16", ("2025-10-21", "2025-10-21", "2025-10-21")),
    ("Am kommenden Dienstag tagt der Rat.", "2025-10-14", ("2025-10-21", "2025-10-21", "2025-10-21")),
    ("Vergangenen Freitag kam es zum Eklat.", "2025-10-17", ("2025-10-10", "2025-10-10", "2025-10-10")),
    ("in der Nacht zu Freitag brannte es", "2025-10-17", ("2025-10-16TNI", "2025-10-16", "2025-10-17")),
    # partial dates take their year from the tense
    ("Die Neuwahl ist für den 23. Februar angesetzt.", "2024-12-28", ("2025-02-23", "2025-02-23", "2025-02-23")),
    ("Der Verein hatte am 20. Dezember gewonnen.", "2025-01-05", ("2024-12-20", "2024-12-20", "2024-12-20")),
    # formats
    ("Das Urteil fiel am 16.10.2025.", "2025-10-20", ("2025-10-16", "2025-10-16", "2025-10-16")),
    ("Die Frist endet am 16.10.", "2025-10-01", ("2025-10-16", "2025-10-16", "2025-10-16")),
    ("Im Okt. 2025 stieg der Kurs.", "2025-11-01", ("2025-10", "2025-10-01", "2025-10-31")),
    ("Anfang 2022 begann der Bau.", "2025-11-01", ("2022-01/2022-03", "2022-01-01", "2022-03-31")),
    ("Die Messe läuft vom 20. bis 22. November.", "2025-10-01", ("2025-11-20/2025-11-22", "2025-11-20", "2025-11-22")),
    ("Das Fest war am 14. Februar des Vorjahres.", "2025-06-01", ("2024-02-14", "2024-02-14", "2024-02-14")),
    ("Der Anpfiff ist um 20.45 Uhr.", "2025-10-16", ("2025-10-16T20:45", "2025-10-16", "2025-10-16")),
    ("Er landete um 23:08 Uhr MEZ.", "2025-01-16", ("2025-01-16T23:08+01:00", "2025-01-16", "2025-01-16")),
    # deictics, offsets, windows
    ("Übermorgen beginnt die Messe, sagte er heute Abend.", "2025-10-16", None),
    ("innerhalb von zehn Tagen", "2025-10-16", ("2025-10-16/2025-10-26", "2025-10-16", "2025-10-26")),
    ("bis Ende Oktober", "2025-10-16", ("2025-10-16/2025-10-31", "2025-10-16", "2025-10-31")),
    ("in drei Tagen", "2025-10-16", ("2025-10-19", "2025-10-19", "2025-10-19")),
    ("vor einem Jahr", "2025-10-16", ("2024", "2024-01-01", "2024-12-31")),
    ("im Herbst vergangenen Jahres", "2025-06-16", ("2024-FA", "2024-09-01", "2024-11-30")),
    ("im dritten Quartal", "2025-06-16", ("2025-Q3", "2025-07-01", "2025-09-30")),
    ("am Wochenende", "2025-10-16", ("2025-W42-WE", "2025-10-18", "2025-10-19")),
    ("an Ostern", "2025-03-01", ("2025-04-20", "2025-04-20", "2025-04-20")),
    ("im neuen Jahr", "2025-12-20", ("2026", "2026-01-01", "2026-12-31")),
])
def test_conventions(text, published, expected):
    if expected is None:
        got = tag(text, published)
        assert [(t, v) for t, v, _, _ in got] == [("Übermorgen", "2025-10-18"), ("heute Abend", "2025-10-16TEV")]
    else:
        assert one(text, published) == expected


def test_a_bare_part_of_day_is_on_the_day_last_named():
    got = tag("Am Donnerstag brach der Deich. Am Nachmittag kam die Ministerin, am Abend der Kanzler.", "2024-03-16")
    assert [v for _, v, _, _ in got] == ["2024-03-14", "2024-03-14TAF", "2024-03-14TEV"]
    assert [v for _, v, _, _ in tag("Am Vormittag tagte der Rat.", "2024-03-16")] == ["2024-03-16TMO"]


def test_the_hours_of_a_part_of_day():
    assert [v for _, v, _, _ in tag("Seit den frühen Morgenstunden räumt die Feuerwehr.", "2024-03-16")] \
        == ["2024-03-16TMO"]
    assert [v for _, v, _, _ in tag("Am Freitag regnete es. In den Abendstunden stieg der Pegel.", "2024-03-16")] \
        == ["2024-03-15", "2024-03-15TEV"]


def test_a_pluperfect_announcement_dates_the_announcing():
    assert one("Verdi hatte den Streik am Freitag angekündigt.", "2024-03-12")[0] == "2024-03-08"
    assert one("Verdi hatte den Streik für Freitag angekündigt.", "2024-03-12")[0] == "2024-03-15"
    assert one("Die IG Metall rief für Donnerstag zu einer Kundgebung auf.", "2024-03-12")[0] == "2024-03-14"


def test_until_a_clock_time_ends_a_span_within_the_day_named():
    got = tag("Die Piloten sollen am Montag von 0 Uhr bis 23.59 Uhr streiken.", "2025-11-07")
    assert [v for _, v, _, _ in got] == ["2025-11-10T00:00", "2025-11-10T23:59"]


def test_anaphora_follow_the_last_date():
    got = tag("Am 3. März 2024 brach der Deich. Am folgenden Tag kam der Minister, tags darauf die Armee.", "2024-03-10")
    assert [v for _, v, _, _ in got] == ["2024-03-03", "2024-03-04", "2024-03-05"]


def test_easter():
    assert [easter(y).isoformat() for y in (2024, 2025, 2026)] == ["2024-03-31", "2025-04-20", "2026-04-05"]


def test_cli_timex_json_and_batch(tmp_path):
    res = run_cli("timex", "Am Freitag um 17 Uhr deutscher Zeit will Trump Selenskyj empfangen.", "--published", "2025-10-16", "--json")
    assert res.returncode == 0, res.stderr
    [expr] = json.loads(res.stdout)["expressions"]
    assert expr["value"] == "2025-10-17T17:00+02:00" and expr["kind"] == "time"
    assert expr["start"] == 0 and expr["end"] == len("Am Freitag um 17 Uhr deutscher Zeit")
    batch = tmp_path / "in.jsonl"
    batch.write_text(json.dumps({"text": "Kommende Woche soll es ein Treffen geben.", "published": "2025-10-16"}) + "\n"
                     + "{broken\n" + json.dumps({"text": "Im August 2024 regnete es."}) + "\n", encoding="utf-8")
    res = run_cli("timex", "--batch", str(batch))
    assert res.returncode == 1
    lines = [json.loads(l) for l in res.stdout.splitlines()]
    assert len(lines) == 3
    assert lines[0]["expressions"][0]["value"] == "2025-W43"
    assert lines[1]["expressions"] == [] and "broken JSON" in lines[1]["error"]
    assert lines[2]["expressions"][0]["value"] == "2024-08"
    res = run_cli("timex", "heute", "--published", "gestern")
    assert res.returncode == 2 and "not a date" in res.stderr


def test_timex_table_quality_gate():
    """The 400-expression table from many kinds of news: accuracy over the floor, no tags on non-dates."""
    from graph.evaluate.timex_table import eventgraph_tagger, load_table, score_table

    from .conftest import DATA

    floors = json.loads((DATA / "floors.json").read_text(encoding="utf-8"))
    rows = load_table(DATA / "timex" / "timex_table.jsonl")
    assert len(rows) >= 250
    assert len({r["topic"] for r in rows}) >= 8
    score = score_table(rows, eventgraph_tagger)
    wrong = [e for e in score.errors if e["kind"] != "spurious"]
    assert score.accuracy >= floors["timex_table_accuracy"], wrong
    assert score.false_positives <= floors["timex_table_false_positives_max"]
    assert score.spurious <= floors["timex_table_spurious_max"]


def test_a_season_needs_a_word_before_it_or_a_year():
    """"sagte Herbert Winter": a surname, no winter; "im Winter", "Sommer 2023" are times."""
    anchor = "2024-05-02"
    assert not [t for t in find_timexes("Das sagte Herbert Winter dem Sender.", anchor) if "WI" in t.value]
    assert [t for t in find_timexes("Im Winter soll gebaut werden.", anchor) if "WI" in t.value]
    assert [t for t in find_timexes("Der Sommer 2023 war heiß.", anchor) if t.value.startswith("2023-SU")]


@pytest.mark.parametrize("text, value, bounds", [
    ("In der Nacht zum 4. Juni trat der Bach über die Ufer.", "2024-06-03TNI", ("2024-06-03", "2024-06-04")),
    ("in der Nacht auf den 1. Januar 2025", "2024-12-31TNI", ("2024-12-31", "2025-01-01")),
    ("in der Nacht vom 3. auf den 4. Juni", "2024-06-03TNI", ("2024-06-03", "2024-06-04")),
])
def test_the_night_to_a_date_begins_the_evening_before(text, value, bounds):
    """"In der Nacht zum 4. Juni" is the night of the 3rd, as "in der Nacht zu Mittwoch" is Tuesday's
    (it was read as the 4th, which put the flood after the evacuation that followed it)."""
    found = find_timexes(text, "2024-06-10")
    assert [(t.value, (t.earliest, t.latest)) for t in found] == [(value, bounds)]


@pytest.mark.parametrize("text, value", [
    ("Ein Güterzug entgleiste am Freitag bei Fulda.", "2024-03-08"),  # a weak past the endings did not list
    ("Am Freitag testeten die Ingenieure den Motor.", "2024-03-08"),
    ("Die wichtigste Prüfung steht am Freitag an.", "2024-03-15"),  # a superlative is no past
    ("Ministerin Roth kündigte am Montag einen Besuch in Kiew an.", "2024-03-11"),  # the day she announced it
    ("Ministerin Roth kündigte an, am Montag nach Kiew zu reisen.", "2024-03-18"),  # the day announced
    ("Ministerin Roth kündigte für Montag einen Besuch an.", "2024-03-18"),
])
def test_the_past_tense_of_the_clause_dates_a_weekday_back(text, value):
    """Published on a Tuesday: a weekday in a past clause is the one before (the derailment was
    dated to the coming Friday, and 'kündigte am Montag … an' to the coming Monday)."""
    assert [t.value for t in find_timexes(text, "2024-03-12")] == [value]


@pytest.mark.parametrize("text, value", [
    # the day a thing is set for lies ahead, though the setting is told in the past
    ("Eine für den 4. Dezember geplante Versammlung wurde abgesagt.", "2025-12-04"),
    ("Die für Montag angesetzte Probe fiel aus.", "2025-12-01"),
    # the day it is moved to, too
    ("Das Konzert wurde auf Mitte Januar verschoben.", "2026-01-11/2026-01-20"),
    # what may happen lies ahead
    ("Kommt das Begehren zustande, könnte es im Sommer zu einer Abstimmung kommen.", "2026-SU"),
    # … but not a reported past, nor a month's figures, nor a plain past date
    ("Der Täter könnte am Montag eingebrochen sein.", "2025-11-24"),
    ("Die Zahlen für Juli wurden veröffentlicht.", "2025-07"),
    ("Am 4. Dezember traf er den Minister.", "2024-12-04"),
])
def test_a_scheduled_or_possible_day_lies_ahead(text, value):
    """Published on Thursday 27 November 2025: these were read back into the past (a residents'
    meeting 'für den 4. Dezember geplant' was dated 2024, a possible referendum to last summer)."""
    assert [t.value for t in find_timexes(text, "2025-11-27")] == [value]


def test_a_bare_night_is_the_night_after_the_day_last_named():
    """"Am Mittwochabend entgleiste ein Zug. … noch in der Nacht": the night that evening began; with no
    day named, a past clause means the night before the news. "In der Nacht zu Freitag" keeps its rule."""
    text = "Am Mittwochabend entgleiste ein Zug. Helfer brachten die Fahrgäste noch in der Nacht in Sicherheit."
    assert [t.value for t in find_timexes(text, "2026-02-12")] == ["2026-02-11TEV", "2026-02-11TNI"]
    assert [t.value for t in find_timexes("In der Nacht brannte eine Scheune.", "2026-02-12")] == ["2026-02-11TNI"]
    assert [t.value for t in find_timexes("In der Nacht soll es regnen.", "2026-02-12")] == ["2026-02-12TNI"]
    assert [t.value for t in find_timexes("In der Nacht zu Freitag brannte es.", "2026-02-14")] == ["2026-02-12TNI"]


@pytest.mark.parametrize("text, values", [
    # a year right after the finite verb is when
    ("Der Roboter könnte 2026 auch in den USA erscheinen.", ["2026"]),
    ("Die Brücke soll 2028 fertig sein.", ["2028"]),
    # … not a count, nor a sum
    ("Der Konzern will 2500 neue Stellen schaffen.", []),
    ("Der Verein muss 2026 Euro zahlen.", []),
    ("Das Dorf hat 2026 Einwohner.", []),
])
def test_a_bare_year_after_the_finite_verb(text, values):
    """"Der Roboter könnte 2026 … erscheinen" had no date at all (a bare year counted only at the start of a
    clause or after a word of time)."""
    assert [t.value for t in find_timexes(text, "2024-09-05")] == values
