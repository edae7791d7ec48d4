"""The synthetic corpus generator (benchmarks/synthetic): reproducible, self-consistent gold, readable articles."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from benchmarks.synthetic import generate, write_corpus
from benchmarks.synthetic.dates import WEEKDAYS, future_phrases, past_phrases
from graph.parse.article import Skipped
from graph.parse.articles import read_articles

N = 160


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A small corpus written twice with seed 0 and once with seed 1."""
    base = tmp_path_factory.mktemp("synthetic")
    for name, seed in (("a", 0), ("b", 0), ("c", 1)):
        write_corpus(N, base / name, seed=seed)
    return base


def _files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def gold(corpus) -> dict:
    return json.loads((corpus / "a" / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def texts(corpus) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((corpus / "a" / "articles").glob("*.txt"))}


def test_same_seed_same_bytes_other_seed_other_corpus(corpus):
    a, b, c = (_files(corpus / n) for n in "abc")
    assert len([k for k in a if k.startswith("articles/")]) == N
    assert a == b
    assert a["gold.json"] != c["gold.json"]
    assert set(a) != set(c)


def test_streaming_api_matches_the_written_files(texts):
    corpus = generate(N, seed=0)
    streamed = dict(corpus.articles())
    assert streamed == texts
    assert set(corpus.gold()["articles"]) == set(texts)


def test_ids_sort_in_publication_order(gold, texts):
    ids = sorted(texts)
    published = [gold["articles"][i]["published"] for i in ids]
    assert published == sorted(published)
    assert all(i.startswith(f"s{n:06d}_") for n, i in enumerate(ids))


def test_every_article_is_read_with_its_header_date(corpus, gold):
    items = list(read_articles([corpus / "a" / "articles"]))
    assert not [i for i in items if isinstance(i, Skipped)]
    assert len(items) == N
    for article in items:
        assert article.published == gold["articles"][article.id]["published"]
        assert article.published_from == "header"
        assert article.title == gold["articles"][article.id]["title"]


def test_evidence_and_sources(gold, texts):
    for ev in gold["events"]:
        assert 1 <= len(ev["sources"]) <= 5, ev["id"]
        assert len(ev["sources"]) == len(set(ev["sources"])) == len(ev["evidence"]) == len(ev["source_status"])
        for source, evidence in zip(ev["sources"], ev["evidence"]):
            assert source in texts, (ev["id"], source)
            assert evidence and evidence in texts[source], (ev["id"], source, evidence)
        assert ev["types"] and ev["status"] in ("occurred", "planned", "cancelled", "postponed")
        assert ev["status"] == ev["source_status"][-1]
    assert any(len(ev["sources"]) >= 3 for ev in gold["events"])
    assert any(ev["core"] for ev in gold["events"]) and any(not ev["core"] for ev in gold["events"])


def test_accept_windows_are_valid_day_ranges(gold):
    for ev in gold["events"]:
        lo, hi = (date.fromisoformat(d) for d in ev["accept"])
        assert lo <= hi, ev["id"]
        assert ev["value"] is not None
        if lo == hi:
            assert ev["value"][:10] == lo.isoformat(), ev["id"]
    ids = {ev["id"]: ev for ev in gold["events"]}
    days = [ids[t]["accept"][0] for t in gold["timeline"]]
    assert days == sorted(days) and len(days) == len(set(days))
    assert all(ids[t]["accept"][0] == ids[t]["accept"][1] for t in gold["timeline"])


def test_planned_events_later_occur_or_are_called_off():
    gold = generate(600, seed=0).gold()
    histories = [ev["source_status"] for ev in gold["events"]]
    assert any(h[0] == "planned" and h[-1] == "occurred" for h in histories)
    assert any(h[0] == "planned" and h[-1] == "cancelled" for h in histories)
    assert any(h[-1] == "planned" for h in histories)


def test_persons_are_named_as_the_gold_says(gold, texts):
    every = "\n".join(texts.values())
    names = [p["name"] for p in gold["persons"]]
    assert len(names) == len(set(names))
    for person in gold["persons"]:
        assert person["mentions"]
        for form in person["mentions"]:
            assert form in every, (person["name"], form)
    authors = set(gold["persons_ignored"])
    assert authors == {a["author"] for a in gold["articles"].values()}
    assert not authors & set(names)


def test_weekday_phrases_resolve_by_tense():
    day = date(2025, 10, 14)  # a Tuesday
    for offset in range(0, 7):
        published = day + timedelta(days=offset)
        texts = {p.text: p for p in past_phrases(day, day, published)}
        assert texts["am Dienstag"].lo == texts["am Dienstag"].hi == day
        if offset >= 2:
            assert texts["am vergangenen Dienstag"].lo == day
        if offset == 1:
            assert texts["gestern"].lo == day
    for offset in range(1, 7):
        published = day - timedelta(days=offset)
        texts = {p.text: p for p in future_phrases(day, day, published)}
        assert texts["am Dienstag"].lo == texts["am Dienstag"].hi == day
        assert texts["am Dienstag"].fuer == "für Dienstag"
    # a week-old Tuesday is not "am Dienstag" any more, and a report never tells of a later day
    assert "am Dienstag" not in {p.text for p in past_phrases(day, day, day + timedelta(days=7))}
    assert all(p.hi <= day + timedelta(days=3) for p in past_phrases(day, day, day + timedelta(days=3)))
    assert WEEKDAYS[day.weekday()] == "Dienstag"


def test_month_parts_and_weeks():
    published = date(2025, 10, 16)  # Thursday of ISO week 42
    texts = {p.text: p for p in past_phrases(date(2025, 10, 14), date(2025, 10, 14), published)}
    assert (texts["Mitte Oktober"].lo, texts["Mitte Oktober"].hi) == (date(2025, 10, 11), date(2025, 10, 16))
    assert (texts["Anfang der Woche"].lo, texts["Anfang der Woche"].hi) == (date(2025, 10, 13), date(2025, 10, 15))
    ahead = {p.text: p for p in future_phrases(date(2025, 10, 21), date(2025, 10, 21), published)}
    assert ahead["in der kommenden Woche"].value == "2025-W43"
    assert (ahead["in der kommenden Woche"].lo, ahead["in der kommenden Woche"].hi) == (date(2025, 10, 20), date(2025, 10, 26))
    december = {p.text for p in past_phrases(date(2024, 12, 20), date(2024, 12, 20), date(2025, 1, 5))}
    assert "am 20. Dezember" in december  # a partial date after the publication day means last year


def test_templates_are_well_formed():
    import string

    from benchmarks.synthetic.events import KINDS
    from benchmarks.synthetic.filler import BACKGROUND, BROAD_BACKGROUND, DISTRACTORS, KIND_DISTRACTORS, OUTLOOK, QUOTES

    pools = [t for k in KINDS.values() for ts in k.T.values() for t in ts]
    for source in (BACKGROUND, BROAD_BACKGROUND, DISTRACTORS, KIND_DISTRACTORS, OUTLOOK, QUOTES):
        pools += [t for ts in source.values() for t in ts]
    for kind in KINDS.values():
        assert all(isinstance(ts, tuple) for ts in kind.T.values()), kind.key
    for t in pools:
        assert isinstance(t, str) and len(t) > 3
        list(string.Formatter().parse(t))  # raises on a stray brace
        assert t.count("[") == t.count("]") and t.count("„") == t.count("“"), t
