"""The article reader: seeds' metadata, formats, boilerplate, and every bad-input case."""

from __future__ import annotations

import hashlib
import json
import os

import pytest

from graph.parse.article import Article, Skipped
from graph.parse.articles import from_text, read_articles
from graph.parse.text import split_sentences

from .conftest import ROOT, SEEDS, run_cli

SEED_SHA256 = {
    "000_662b71bdebc2066f": "032b4523c7ab64c9f2e69577c261685112e527874d4d33496dc6432850c83569",
    "001_cb12662a956c0717": "c14161fdbf015d1c4f7f3fd7a7d7d5a89c6ede846f3131da7ca08c8071a2bc91",
    "002_b0860c380283c14f": "ba80435d9a22ff79f6684bbe185c9769ac8e5fb1e746f051a0de1d08163758d8",
    "003_b3a5bad97396e84d": "7ba77978cff70d67e71049be45fb214d8dcda0c500ebcdfff684664c12f4d7a2",
    "004_83fdf16379f5174a": "cd137d37a307590691136c6160776f39fc6af51c821aca77457072e2dfe4d017",
}

GERMAN = ("Die Gewerkschaft hat am Montag zu einem Streik aufgerufen. Der Vorsitzende sagte, "
          "die Verhandlungen mit dem Konzern seien gescheitert und es gebe keine Einigung. ")


def read(*paths, **kw) -> tuple[list[Article], list[Skipped]]:
    items = list(read_articles([str(p) for p in paths], **kw))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)]


def test_seeds_are_verbatim():
    for name, digest in SEED_SHA256.items():
        assert hashlib.sha256((SEEDS / f"{name}.txt").read_bytes()).hexdigest() == digest


def test_seed_publication_dates_match_gold(seeds_gold):
    articles, skipped = read(SEEDS)
    assert not skipped
    got = {a.id: a for a in articles}
    assert set(got) == set(seeds_gold["articles"])
    for article_id, gold in seeds_gold["articles"].items():
        expected = gold["published"] or "2025-10-16"  # 000: inferred from the text
        assert got[article_id].published == expected, article_id
    assert got["000_662b71bdebc2066f"].published_from == "inferred"
    assert got["001_cb12662a956c0717"].published_from == "dateline"
    assert got["002_b0860c380283c14f"].published_from == "header"
    assert got["003_b3a5bad97396e84d"].published_from == "byline"
    assert got["004_83fdf16379f5174a"].published_from == "byline"


def test_seed_authors_titles_and_datelines():
    got = {a.id: a for a in read(SEEDS)[0]}
    assert got["003_b3a5bad97396e84d"].author == "Thomas"
    assert got["003_b3a5bad97396e84d"].title == "Putin und Trump telefonieren"
    assert got["004_83fdf16379f5174a"].author == "Christoph Herwartz"
    assert got["004_83fdf16379f5174a"].title.startswith("Treffen mit Putin: Entscheidende Phase")
    assert got["004_83fdf16379f5174a"].dateline_place == "Düsseldorf"
    assert got["001_cb12662a956c0717"].dateline_place == "Washington"


def test_a_dateline_on_a_line_of_its_own_above_the_byline():
    text = ("Wahlabend im Rathaus: Knappes Ergebnis\n\nOffenburg.\n02.05.2024 - 10:00 Uhr\nVon Anna Beispiel\n\n"
            "Bei der Bürgermeisterwahl am Sonntag lag die Beteiligung bei 41 Prozent.")
    article = from_text("t", text)
    assert article.dateline_place == "Offenburg" and article.published.startswith("2024-05-02")
    assert "Offenburg." not in article.content()
    # a one-word line that is no place is no dateline
    assert from_text("t", text.replace("Offenburg.", "Ergebnis.")).dateline_place is None


def test_boilerplate_is_excluded_but_offsets_point_into_the_file():
    article = {a.id: a for a in read(SEEDS)[0]}["004_83fdf16379f5174a"]
    original = (SEEDS / "004_83fdf16379f5174a.txt").read_text(encoding="utf-8")
    assert article.text == original
    content = article.content()
    assert len(content) == len(original)
    for junk in ("Anzeige", "Homeday", "Verwandte Themen", "Mehr zum Thema", "1. Startseite",
                 "Foto: AFP", "Artikel anhören", "STELLENMARKT"):
        assert junk not in content, junk
    for kept in ("Am Freitag um 17 Uhr deutscher Zeit", "Im August empfing Trump Putin in Alaska"):
        assert kept in content
    sentences = split_sentences(article)
    assert sentences
    for s in sentences:
        assert original[s.start:s.end] == s.text
        assert "Anzeige" not in s.text


def test_sentence_splitter_keeps_ordinals_and_abbreviations():
    art = from_text("x", "Am 17. Oktober trifft er z. B. Dr. Müller. Danach reist er ab. Es war 2022. Dann kam es anders.")
    texts = [s.text for s in split_sentences(art)]
    assert texts == ["Am 17. Oktober trifft er z. B. Dr. Müller.", "Danach reist er ab.", "Es war 2022.", "Dann kam es anders."]


def test_header_block_and_unknown_values(tmp_path):
    p = tmp_path / "a1.md"
    p.write_text("title: Streik bei der Bahn\npublished: 2025-03-14\nsource: https://example.org/a\nauthor: unknown\n\n" + GERMAN,
                 encoding="utf-8")
    [a], _ = read(p)
    assert (a.id, a.published, a.published_from, a.title, a.source, a.author) == (
        "a1", "2025-03-14", "header", "Streik bei der Bahn", "https://example.org/a", None)
    assert "Streik bei der Bahn" not in a.content()


def test_byline_with_author_before_date(tmp_path):
    p = tmp_path / "b.txt"
    p.write_text("Köln.\nAnna Beispiel 03.02.2024 - 18:30 Uhr\n\n" + GERMAN, encoding="utf-8")
    [a], _ = read(p)
    assert (a.published, a.published_from, a.author) == ("2024-02-03T18:30", "byline", "Anna Beispiel")


def test_inferred_date_when_nothing_states_it(tmp_path):
    p = tmp_path / "c.txt"
    p.write_text("Am 3. März 2024 stimmte der Stadtrat über den Haushalt ab. Die nächste Sitzung ist für den "
                 "10. März 2024 geplant. " + GERMAN, encoding="utf-8")
    [a], _ = read(p)
    assert (a.published, a.published_from) == ("2024-03-03", "inferred")


def test_html_main_text(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><title>Hochwasser an der Elbe</title><meta name='author' content='Jana Fluss'>"
        "<meta property='article:published_time' content='2024-06-02T08:00:00+02:00'></head><body>"
        "<nav><a href='/'>Startseite</a> &gt; <a>Panorama</a></nav><article><h1>Hochwasser an der Elbe</h1>"
        f"<p>{GERMAN}</p><p>{GERMAN}</p></article><footer>© 2024 Beispielzeitung</footer></body></html>",
        encoding="utf-8")
    [a], skipped = read(p)
    assert not skipped
    assert a.id == "page" and a.published == "2024-06-02" and a.title == "Hochwasser an der Elbe"
    assert a.author == "Jana Fluss"
    assert "Gewerkschaft" in a.text and "Startseite" not in a.text and "©" not in a.text


def test_jsonl_with_a_broken_line(tmp_path):
    p = tmp_path / "news.jsonl"
    good = {"id": "n1", "text": GERMAN, "published": "2025-01-02", "url": "https://e.org/1", "title": "T", "author": "A B"}
    p.write_text(json.dumps(good) + "\n{broken\n" + json.dumps({**good, "id": "n2"}) + "\n", encoding="utf-8")
    articles, skipped = read(p)
    assert [a.id for a in articles] == ["n1", "n2"]
    assert articles[0].published == "2025-01-02" and articles[0].source == "https://e.org/1"
    assert len(skipped) == 1 and skipped[0].path.endswith("news.jsonl:2") and "broken JSON" in skipped[0].reason


def test_json_file_and_glob_and_recursive_folder(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "x.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "sub" / "y.json").write_text(json.dumps({"text": GERMAN, "published": "2025-02-03"}), encoding="utf-8")
    (tmp_path / "sub" / ".hidden.txt").write_text(GERMAN, encoding="utf-8")
    articles, skipped = read(tmp_path)
    assert sorted(a.id for a in articles) == ["x", "y"] and not skipped
    articles, _ = read(tmp_path / "sub" / "**" / "*.txt")
    assert [a.id for a in articles] == ["x"]


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("binary.txt", b"\x89PNG\x00\x00\x01\x02" * 20, "binary"),
    ("paper.pdf", b"%PDF-1.4 whatever", "unsupported file type '.pdf'"),
    ("only_ads.txt", b"Anzeige\nHomeday\nAnzeige\nremind.me\n", "no article text"),
])
def test_bad_files_are_skipped_with_a_reason(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    articles, skipped = read(p)
    assert not articles
    assert len(skipped) == 1 and skipped[0].path == str(p) and reason in skipped[0].reason


def test_missing_and_unreadable_paths(tmp_path):
    from graph.parse.articles import read_file

    _, skipped = read(tmp_path / "nope.txt")
    assert skipped[0].reason == "no such file or folder"
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    _, skipped = read(fifo)
    assert skipped[0].reason == "not a regular file"
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    [item] = list(read_file(folder))
    assert isinstance(item, Skipped) and item.reason.startswith("cannot be read")
    _, skipped = read(tmp_path / "*.html")
    assert skipped[0].reason == "the pattern matches no file"


def test_cp1252_fallback_and_size_limit_and_non_german(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes(GERMAN.replace("Gewerkschaft", "Gewerkschäft").encode("cp1252"))
    big = tmp_path / "big.txt"
    big.write_text(GERMAN * 50, encoding="utf-8")
    english = tmp_path / "english.txt"
    english.write_text("The union called a strike on Monday. The chairman said the talks with the company had failed "
                       "and there was no agreement in sight for the workers of the railway.", encoding="utf-8")
    articles, skipped = read(latin, big, english, max_bytes=2000)
    by_id = {a.id: a for a in articles}
    assert "Gewerkschäft" in by_id["latin"].text
    assert any("cp1252" in w for w in by_id["latin"].warnings)
    assert any("not look German" in w for w in by_id["english"].warnings)
    assert not any("German" in w for w in by_id["latin"].warnings)
    assert len(skipped) == 1 and skipped[0].path == str(big) and "over the limit" in skipped[0].reason


def test_cli_articles_json_and_exit_codes(tmp_path):
    res = run_cli("articles", "seeds", "--json")
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    assert set(rows[0]) == {"id", "published", "published_from", "title", "source", "author", "chars"}
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    res = run_cli("articles", "seeds", str(tmp_path / "empty.txt"), "--json")
    assert res.returncode == 1
    assert "empty.txt" in res.stderr and "empty" in res.stderr
    res = run_cli("articles", str(tmp_path / "empty.txt"))
    assert res.returncode == 2
    res = run_cli("articles", "--no-such-option")
    assert res.returncode == 2


def test_cli_build_goes_on_after_bad_input_and_writes_atomically(tmp_path):
    bad = tmp_path / "in" / "bad.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    res = run_cli("build", str(SEEDS), str(bad), "--out", str(out))
    assert res.returncode == 1, res.stderr
    assert "bad.txt" in res.stderr and "binary" in res.stderr
    doc = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert doc["format"] == "eventgraph-events/1" and len(doc["articles"]) == 5
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["skipped"] == 1 and manifest["skipped"][0]["path"] == str(bad)
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no staging left behind
    before = (out / "events.json").read_bytes()
    res = run_cli("build", str(bad), "--out", str(out))
    assert res.returncode == 2
    assert (out / "events.json").read_bytes() == before  # nothing usable: previous exports intact


def test_staged_output_keeps_old_files_when_interrupted(tmp_path):
    from graph.export.files import staged_output

    (tmp_path / "events.json").write_text("old", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with staged_output(tmp_path) as stage:
            (stage / "events.json").write_text("new", encoding="utf-8")
            raise KeyboardInterrupt
    assert (tmp_path / "events.json").read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["events.json"]


def test_cli_version_and_help():
    res = run_cli("--version")
    assert res.returncode == 0 and res.stdout.startswith("eventgraph ")
    for command in ("articles", "build"):
        res = run_cli(command, "-h")
        assert res.returncode == 0 and "Example" in res.stdout
    assert (ROOT / "README.md").exists()
