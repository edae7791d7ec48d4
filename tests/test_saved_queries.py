"""Saved SPARQL queries (graph/queries/*.rq) on the seed build, in pyoxigraph and in rdflib.

The seeds are built once with the real CLI.  Every query runs with the example
parameters of its header and with its parameters unbound, in pyoxigraph (the
default graph kept separate, and as the union of all graphs, as Virtuoso
has it) and in rdflib (both ways too); all must give the same rows.
Parameters are bound the way the CLI binds them: pyoxigraph ``substitutions``,
rdflib ``initBindings``, and, for engines with neither (SPARQL servers), a
VALUES block put first in the WHERE clause by ``graph.store.saved.with_values``.  The expected rows were checked against the seed
articles in seeds/ and against events.json.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from graph.store.saved import with_values

from .conftest import ROOT, SEEDS, run_cli

# rdflib 7 warns about its own use of deprecated names on every query
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

QUERIES = ROOT / "graph" / "queries"
NAMES = sorted(p.stem for p in QUERIES.glob("*.rq"))

ID = "https://w3id.org/eventgraph/id/"
EVENT = ID + "event/"
ARTICLE = ID + "article/"
KB = "https://w3id.org/eventgraph/kb/"
EG = "https://w3id.org/eventgraph/ns#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"

PHONE_CALL_OCT = EVENT + "52778f1f3e7cab99"   # Trump and Putin on the phone, 2025-10-16
PHONE_CALL_AUG = EVENT + "0b736734c323e2c2"   # Trump rang Putin after the summit of 18 August
ANCHORAGE = EVENT + "833162601229cd0d"        # Trump received Putin in Alaska, August
BUDAPEST = EVENT + "3968cfbd057b5144"         # the planned summit in Budapest
SELENSKYJ_VISIT = EVENT + "6faf0d7cebafeac9"  # Selenskyj at the White House, Friday 17 October
NEGOTIATION = EVENT + "18ae92223081de79"      # the talks of Rubio's delegation next week
RUBIO_LAWROW = EVENT + "3bb1b587ad4721fe"     # the foreign ministers' planned call, no date
ANNOUNCEMENT = EVENT + "f7d466f78685f83e"     # Trump's announcement on Truth Social
ORBAN = EVENT + "129cb4126b69a45d"            # Orbán: "Wir sind bereit!"
EU_SUMMIT = EVENT + "b509015ce8e58e56"
TRAVEL = EVENT + "5a199afa6622835c"
INVASION = EVENT + "1ca7c210dcc3447f"
CEASEFIRE = EVENT + "e006ffb7656ae8a6"
KNESSET = EVENT + "afb5834bf42f4893"          # Trump hinted early in the week (in the Knesset), 13-15 October
A000, A001, A002, A003, A004 = (ARTICLE + a for a in ("000_662b71bdebc2066f", "001_cb12662a956c0717",
                                                      "002_b0860c380283c14f", "003_b3a5bad97396e84d",
                                                      "004_83fdf16379f5174a"))


# --------------------------------------------------------------------------- the .rq files

_HEADER = re.compile(r"# (title|description|param): (.*)")
_PARAM = re.compile(r"(?P<name>[a-z][a-z0-9_]*) = (?P<example>\S(?:.*?\S)?) — (?P<meaning>\S.*)")


def header(text: str) -> dict:
    """The comment header: title, description and params (name → example, meaning), in that order."""
    lines = text.splitlines()
    fields: list[tuple[str, str]] = []
    for line in lines:
        m = _HEADER.fullmatch(line)
        if not m:
            break
        fields.append((m.group(1), m.group(2).strip()))
    keys = [k for k, _ in fields]
    assert keys[:2] == ["title", "description"] and set(keys[2:]) <= {"param"}, keys
    params = {}
    for _, value in fields[2:]:
        m = _PARAM.fullmatch(value)
        assert m, f"param line not `name = example — meaning`: {value!r}"
        params[m["name"]] = (m["example"], m["meaning"])
    rest = lines[len(fields)]
    assert not rest.startswith("#"), f"stray header-like line after the header: {rest!r}"
    return {"title": fields[0][1], "description": fields[1][1], "params": params}


def body(text: str) -> str:
    """The query without its comments: a '#' outside an <IRI> starts one (no string here holds a '#')."""
    return "\n".join(re.sub(r"(<[^<>\s]*>)|#.*", lambda m: m.group(1) or "", line) for line in text.splitlines())


def projected(text: str) -> set[str]:
    """Variables the top-level SELECT projects (plain ones and `(… AS ?x)`)."""
    clause = re.search(r"\bSELECT\b(.*?)\bWHERE\b", body(text), re.S | re.I).group(1)
    out = set(re.findall(r"\bAS\s+\?(\w+)", clause, re.I))
    while "(" in clause:  # drop expressions, innermost first
        clause = re.sub(r"\([^()]*\)", " ", clause)
    return out | set(re.findall(r"\?(\w+)", clause))


def query_text(name: str) -> str:
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def example_params(name: str) -> dict[str, str]:
    return {k: example for k, (example, _) in header(query_text(name))["params"].items()}


def test_the_queries_are_there():
    assert set(NAMES) >= {"actors-by-events", "disputed-claims", "events-by-sources", "events-in-range",
                          "evidence-for-event", "known-on-date", "planned-not-happened", "timeline-of-actor",
                          "who-met-whom"}
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", n) for n in NAMES)
    assert not list(QUERIES.glob("*.py")), "graph/queries is package data, not a package"


@pytest.mark.parametrize("name", NAMES)
def test_header_and_parameters(name):
    text = query_text(name)
    h = header(text)
    assert h["title"] and h["description"].endswith(".")
    code = body(text)
    variables = set(re.findall(r"\?(\w+)", code))
    for param, (example, meaning) in h["params"].items():
        assert param in variables, f"{name}: param {param} is not a variable of the query"
        # pyoxigraph 0.5 substitutes only variables of the SELECT projection, and refuses the rest
        assert param in projected(text), f"{name}: param {param} must be projected"
        # pyoxigraph keeps BOUND(?x) false for a substituted ?x, and rdflib lets BIND(… AS ?x) override
        # an initBinding: both would make a parameter mean different things on the two engines
        assert not re.search(rf"BOUND\s*\(\s*\?{param}\b", code, re.I), f"{name}: BOUND(?{param})"
        assert not re.search(rf"\bAS\s+\?{param}\b", code, re.I), f"{name}: binds ?{param}"
        assert meaning


# --------------------------------------------------------------------------- engines


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds") / "out"
    res = run_cli("build", str(SEEDS), "--out", str(out), "-q")
    assert res.returncode == 0, res.stderr
    assert (out / "graph.trig").exists()
    return out


@pytest.fixture(scope="module")
def store(build) -> ox.Store:
    s = ox.Store()
    s.load(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG)
    return s


@pytest.fixture(scope="module")
def datasets(build) -> dict[bool, rdflib.Dataset]:
    out = {}
    for union in (False, True):
        ds = rdflib.Dataset(default_union=union)
        ds.parse(build / "graph.trig", format="trig")
        out[union] = ds
    return out


@pytest.fixture(scope="module")
def events_json(build) -> dict:
    return json.loads((build / "events.json").read_text(encoding="utf-8"))


def _is_date(value) -> bool:
    return isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None


def _ox_term(value):
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if _is_date(value):  # dates are bound as xsd:date
        return ox.Literal(value, datatype=ox.NamedNode(XSD_NS + "date"))
    return ox.Literal(value)


def _rd_term(value):
    if isinstance(value, ox.NamedNode):
        return rdflib.URIRef(value.value)
    if isinstance(value, ox.Literal):
        if value.language:
            return rdflib.Literal(value.value, lang=value.language)
        if value.datatype.value == XSD_NS + "string":
            # rdflib keeps "x"^^xsd:string and "x" apart; the parsed graph holds the latter
            return rdflib.Literal(value.value)
        return rdflib.Literal(value.value, datatype=rdflib.URIRef(value.datatype.value))
    if _is_date(value):
        return rdflib.Literal(value, datatype=rdflib.URIRef(XSD_NS + "date"))
    return rdflib.Literal(value)


def _norm_ox(t):
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return f"<{t.value}>"
    if t.language:
        return f'"{t.value}"@{t.language}'
    dt = t.datatype.value
    return f'"{t.value}"' if dt == XSD_NS + "string" else f'"{t.value}"^^<{dt}>'


def _norm_rd(t):
    if t is None:
        return None
    if isinstance(t, rdflib.URIRef):
        return f"<{t}>"
    if t.language:
        return f'"{t}"@{t.language}'
    dt = t.datatype
    return f'"{t}"' if dt is None or str(dt) == XSD_NS + "string" else f'"{t}"^^<{dt}>'


Rows = tuple[list[str], list[tuple]]


def run_ox(store: ox.Store, name: str, params: dict, union: bool = False, text: str | None = None) -> Rows:
    res = store.query(text or query_text(name), use_default_graph_as_union=union,
                      substitutions={ox.Variable(k): _ox_term(v) for k, v in params.items()})
    names = [v.value for v in res.variables]
    return names, [tuple(_norm_ox(sol[v]) for v in names) for sol in res]


def run_rd(ds: rdflib.Dataset, name: str, params: dict, text: str | None = None) -> Rows:
    res = ds.query(text or query_text(name), initBindings={k: _rd_term(v) for k, v in params.items()})
    return [str(v) for v in res.vars], [tuple(_norm_rd(x) for x in row) for row in res]


def dicts(rows: Rows) -> list[dict]:
    names, values = rows
    return [dict(zip(names, r)) for r in values]


def iri(value: str) -> str:
    return f"<{value}>"


def lit(value: str, lang: str | None = None, datatype: str | None = None) -> str:
    if lang:
        return f'"{value}"@{lang}'
    if datatype:
        return f'"{value}"^^<{XSD_NS}{datatype}>'
    return f'"{value}"'


def integer(n: int) -> str:
    return lit(str(n), datatype="integer")


def date(d: str) -> str:
    return lit(d, datatype="date")


def _group_concat_columns(text: str) -> dict[str, str]:
    """GROUP_CONCAT results (alias → separator): their order is the engine's, so compare them as sets."""
    return {m.group(2): m.group(1) for m in
            re.finditer(r'GROUP_CONCAT\([^;()]*;\s*separator\s*=\s*"([^"]*)"\)\s+AS\s+\?(\w+)', body(text), re.I)}


def comparable(name: str, rows: Rows) -> Rows:
    cols = _group_concat_columns(query_text(name))
    names, values = rows
    idx = {names.index(c): sep for c, sep in cols.items()}

    def fix(i, v):
        if i in idx and v is not None:
            return " | ".join(sorted(v.strip('"').split(idx[i])))
        return v
    return names, [tuple(fix(i, v) for i, v in enumerate(r)) for r in values]


# --------------------------------------------------------------------------- every engine, same rows


def _cases() -> list:
    """Every query with the example parameters of its header, again unbound if it has any, and a few more values."""
    out = []
    for name in NAMES:
        params = example_params(name)
        out.append(pytest.param(name, params, id=f"{name}-example"))
        if params:
            out.append(pytest.param(name, {}, id=f"{name}-unbound"))
    more = [("timeline-of-actor", {"actor": "Putin"}), ("who-met-whom", {"actor": "Selenskyj"}),
            ("events-in-range", {"from": "2025-08-15", "to": "2025-08-15"}), ("events-in-range", {"from": "2025-10-20"}),
            ("events-in-range", {"to": "2025-03-31"}), ("known-on-date", {"date": "2025-10-15"}),
            ("known-on-date", {"date": "2025-10-17"}), ("evidence-for-event", {"event": BUDAPEST})]
    out += [pytest.param(name, params, id=f"{name}-{'-'.join(params.values()).rsplit('/', 1)[-1]}")
            for name, params in more]
    return out


@pytest.mark.parametrize(("name", "params"), _cases())
def test_engines_agree(name, params, store, datasets):
    reference = comparable(name, run_ox(store, name, params))
    assert reference[1] or params == {"date": "2025-10-15"}, f"{name} gives no rows"
    assert comparable(name, run_ox(store, name, params, union=True)) == reference
    for union, ds in datasets.items():
        assert comparable(name, run_rd(ds, name, params)) == reference, f"rdflib, default_union={union}"
    # an engine without substitutions: the parameters as a VALUES block at the start of WHERE
    text = with_values(query_text(name), {ox.Variable(k): _ox_term(v) for k, v in params.items()})
    assert comparable(name, run_ox(store, name, {}, text=text)) == reference
    assert comparable(name, run_rd(datasets[False], name, {}, text=text)) == reference


# --------------------------------------------------------------------------- expected rows


def test_timeline_of_actor(store):
    rows = dicts(run_ox(store, "timeline-of-actor", example_params("timeline-of-actor")))
    assert [r["event"] for r in rows] == [iri(ANCHORAGE), iri(PHONE_CALL_AUG), iri(PHONE_CALL_OCT), iri(BUDAPEST)]
    assert {r["actorIri"] for r in rows} == {iri(KB + "wladimir-putin")}
    call = rows[2]
    assert call["type"] == iri(EG + "PhoneCall") and call["status"] == lit("occurred")
    assert call["earliest"] == call["latest"] == date("2025-10-16") and call["timeValue"] == lit("2025-10-16TEV")
    assert call["sources"] == integer(5)  # all five seed articles report the call
    assert call["label"] == lit("Telefonat zwischen Wladimir Putin und Donald Trump", "de")
    assert rows[0]["type"] == iri(EG + "Visit") and rows[0]["earliest"] == date("2025-08-11")
    assert rows[0]["latest"] == date("2025-08-20") and rows[0]["sources"] == integer(3)
    assert rows[3]["type"] == iri(EG + "Summit") and rows[3]["status"] == lit("planned")
    assert rows[3]["earliest"] == date("2025-10-20") and rows[3]["latest"] == date("2025-10-30")
    # an alias names the same actor; an unknown name gives nothing
    assert dicts(run_ox(store, "timeline-of-actor", {"actor": "Putin"}))[0]["event"] == iri(ANCHORAGE)
    assert len(run_ox(store, "timeline-of-actor", {"actor": "Putin"})[1]) == 4
    assert run_ox(store, "timeline-of-actor", {"actor": "Wladimir"})[1] == []
    # a label bound with its language tag matches too
    assert len(run_ox(store, "timeline-of-actor", {"actor": ox.Literal("Wladimir Putin", language="de")})[1]) == 4
    # and so does the actor's IRI, bound as an IRI or written as a string
    for ref in (KB + "wladimir-putin", ox.NamedNode(KB + "wladimir-putin"), ox.Literal(KB + "wladimir-putin")):
        assert [r["event"] for r in dicts(run_ox(store, "timeline-of-actor", {"actor": ref}))] == [r["event"] for r in rows]
    # unbound: every actor's timeline, Trump's eight events among them
    everyone = dicts(run_ox(store, "timeline-of-actor", {}))
    trump = [r["event"] for r in everyone if r["actorIri"] == iri(KB + "donald-trump")]
    assert len(trump) == 8 and trump[0] == iri(ANCHORAGE) and iri(SELENSKYJ_VISIT) in trump and iri(KNESSET) in trump
    assert [r["event"] for r in everyone if r["actorIri"] == iri(KB + "wladimir-putin")] == [r["event"] for r in rows]
    assert all(r["actor"] is None for r in everyone)
    undated = [r for r in everyone if r["actorIri"] == iri(KB + "marco-rubio")]
    assert [r["event"] for r in undated] == [iri(NEGOTIATION), iri(RUBIO_LAWROW)]  # no time: last


def test_who_met_whom(store):
    rows = dicts(run_ox(store, "who-met-whom", example_params("who-met-whom")))
    assert [(r["person2Label"], r["event"], r["status"]) for r in rows] == [
        (lit("Donald Trump", "de"), iri(ANCHORAGE), lit("occurred")),
        (lit("Donald Trump", "de"), iri(PHONE_CALL_AUG), lit("occurred")),
        (lit("Donald Trump", "de"), iri(PHONE_CALL_OCT), lit("occurred")),
        (lit("Donald Trump", "de"), iri(BUDAPEST), lit("planned")),
    ]
    assert {r["person1"] for r in rows} == {iri(KB + "wladimir-putin")}
    assert rows[2]["earliest"] == date("2025-10-16")
    # an alias, the IRI (as an IRI or a string) and a label with its language tag name the same person
    for ref in ("Putin", KB + "wladimir-putin", ox.NamedNode(KB + "wladimir-putin"),
                ox.Literal("Wladimir Putin", language="de")):
        assert dicts(run_ox(store, "who-met-whom", {"actor": ref})) == [{**r, "actor": _norm_ox(_ox_term(ref))}
                                                                        for r in rows], ref
    assert run_ox(store, "who-met-whom", {"actor": "Wladimir"})[1] == []
    pairs = [(r["person1Label"], r["person2Label"], r["event"], r["type"]) for r in
             dicts(run_ox(store, "who-met-whom", {}))]
    trump, putin = lit("Donald Trump", "de"), lit("Wladimir Putin", "de")
    assert pairs == [
        (trump, putin, iri(ANCHORAGE), iri(EG + "Visit")),
        (trump, putin, iri(PHONE_CALL_AUG), iri(EG + "PhoneCall")),
        (trump, putin, iri(PHONE_CALL_OCT), iri(EG + "PhoneCall")),
        (trump, lit("Wolodymyr Selenskyj", "de"), iri(SELENSKYJ_VISIT), iri(EG + "Visit")),
        (trump, putin, iri(BUDAPEST), iri(EG + "Summit")),
        (lit("Marco Rubio", "de"), lit("Sergej Lawrow", "de"), iri(RUBIO_LAWROW), iri(EG + "PhoneCall")),
    ]
    # the EU summit has one person only, and statements are one-sided: neither makes a pair
    assert iri(EU_SUMMIT) not in {p[2] for p in pairs} and iri(ORBAN) not in {p[2] for p in pairs}
    selenskyj = dicts(run_ox(store, "who-met-whom", {"actor": "Selenskyj"}))
    assert [(r["person1Label"], r["person2Label"]) for r in selenskyj] == [(lit("Wolodymyr Selenskyj", "de"), trump)]


def test_events_in_range(store, datasets):
    def events(**params):
        return [r["event"] for r in dicts(run_ox(store, "events-in-range", params))]

    assert events(**example_params("events-in-range")) == [iri(ANNOUNCEMENT), iri(PHONE_CALL_OCT), iri(ORBAN),
                                                           iri(SELENSKYJ_VISIT)]
    # overlap, not containment: the Alaska meeting (11 to 20 August) is in a one-day range inside it
    assert events(**{"from": "2025-08-15", "to": "2025-08-15"}) == [iri(ANCHORAGE)]
    assert events(**{"from": "2025-08-18", "to": "2025-08-18"}) == [iri(ANCHORAGE), iri(EU_SUMMIT), iri(PHONE_CALL_AUG)]
    assert events(**{"from": "2025-10-20"}) == [iri(NEGOTIATION), iri(BUDAPEST)]
    assert events(to="2025-03-31") == [iri(INVASION), iri(CEASEFIRE)]
    assert events(**{"from": "2025-10-15", "to": "2025-10-15"}) == [iri(TRAVEL), iri(KNESSET)]
    assert events(**{"from": "2026-01-01"}) == []
    assert len(events()) == 14  # every event with a time; the foreign ministers' call has none
    assert iri(RUBIO_LAWROW) not in events()
    # a date bound as a plain string gives the same rows as an xsd:date
    plain = {"from": ox.Literal("2025-10-16"), "to": ox.Literal("2025-10-17")}
    assert events(**plain) == events(**example_params("events-in-range"))
    assert [r[2] for r in run_rd(datasets[False], "events-in-range", plain)[1]] == \
        events(**example_params("events-in-range"))


def test_planned_not_happened(store):
    rows = dicts(run_ox(store, "planned-not-happened", {}))
    assert {r["event"] for r in rows} == {iri(ANNOUNCEMENT), iri(SELENSKYJ_VISIT), iri(NEGOTIATION), iri(BUDAPEST),
                                          iri(RUBIO_LAWROW)}
    positions = [int(r["position"].split('"')[1]) for r in rows]
    assert positions == sorted(positions)  # timeline order
    by = {r["event"]: r for r in rows}
    budapest = by[iri(BUDAPEST)]
    assert budapest["label"] == lit("Gipfel zwischen Wladimir Putin und Donald Trump in Budapest", "de")
    assert budapest["lastPlanned"] == date("2025-10-17")  # 003 was published 2025-10-17T00:16
    assert by[iri(RUBIO_LAWROW)]["earliest"] is None and by[iri(RUBIO_LAWROW)]["lastPlanned"] == date("2025-10-16")
    # the negotiation: one article of 2025-10-16 says the talks took place, but not on a later day
    assert by[iri(NEGOTIATION)]["lastPlanned"] == date("2025-10-17")


def test_last_reports_as_the_article_graphs_say(store):
    """eg:lastPlannedReport / eg:lastOccurredReport, written by the build, agree with the reports
    themselves: the last publication day of a mention with that status (a negated one is no report
    that the event happened), computed here from the article graphs."""
    from_reports = """
        SELECT ?event ?status (MAX(SUBSTR(STR(?published), 1, 10)) AS ?day) WHERE {
          ?event eg:sourceCount ?n .
          GRAPH ?article { ?m eg:mentionOf ?event ; eg:status ?status . ?article schema:datePublished ?published }
          FILTER NOT EXISTS { GRAPH ?article { ?m eg:negated true } }
          FILTER(?status IN ("planned", "occurred"))
        } GROUP BY ?event ?status"""
    written = """
        SELECT ?event ?status ?day WHERE {
          { ?event eg:lastPlannedReport ?d . BIND("planned" AS ?status) }
          UNION { ?event eg:lastOccurredReport ?d . BIND("occurred" AS ?status) }
          BIND(STR(?d) AS ?day)
        }"""
    prefixes = "PREFIX eg: <https://w3id.org/eventgraph/ns#> PREFIX schema: <https://schema.org/>\n"
    expected = {tuple(r) for r in run_ox(store, "", {}, text=prefixes + from_reports)[1]}
    got = {tuple(r) for r in run_ox(store, "", {}, text=prefixes + written)[1]}
    assert expected and got == expected


def _later_article(store: ox.Store, datasets, *, day: str, negated: bool = False) -> None:
    """A sixth article, published on `day`, saying that the Budapest summit took place, and the
    summit's last report that it happened as the build writes it for such an article (checked
    against the article graphs by test_last_reports_as_the_article_graphs_say)."""
    art = ox.NamedNode(ARTICLE + "999_later")
    m = ox.NamedNode(ARTICLE + "999_later#char=0,6")
    t = ox.NamedNode
    quads = [(art, t(str(rdflib.RDF.type)), t("https://schema.org/NewsArticle")),
             (art, t("https://schema.org/datePublished"), ox.Literal(day, datatype=t(XSD_NS + "date"))),
             (m, t(str(rdflib.RDF.type)), t(EG + "EventMention")),
             (m, t(EG + "mentionOf"), t(BUDAPEST)),
             (m, t(EG + "status"), ox.Literal("occurred"))]
    if negated:
        quads.append((m, t(EG + "negated"), ox.Literal(True)))
    for s, p, o in quads:
        store.add(ox.Quad(s, p, o, art))
        for ds in datasets.values():
            ds.graph(rdflib.URIRef(art.value)).add((_rd_term(s), _rd_term(p), _rd_term(o)))
    if not negated:
        last = (t(BUDAPEST), t(EG + "lastOccurredReport"), ox.Literal(day, datatype=t(XSD_NS + "date")))
        for q in list(store.quads_for_pattern(last[0], last[1], None, ox.DefaultGraph())):
            if q.object.value < day:
                store.remove(q)
        store.add(ox.Quad(*last, ox.DefaultGraph()))
        for ds in datasets.values():
            ds.default_graph.remove((_rd_term(last[0]), _rd_term(last[1]), None))
            ds.default_graph.add(tuple(_rd_term(x) for x in last))


def _fresh(build) -> tuple[ox.Store, dict[bool, rdflib.Dataset]]:
    """Own copies of the graph, so the shared fixtures stay as built."""
    s = ox.Store()
    s.load(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG)
    ds = {u: rdflib.Dataset(default_union=u) for u in (False, True)}
    for d in ds.values():
        d.parse(build / "graph.trig", format="trig")
    return s, ds


def _budapest_listed(s: ox.Store, ds: dict[bool, rdflib.Dataset]) -> list[bool]:
    """Whether planned-not-happened lists the Budapest summit: pyoxigraph both ways, rdflib both ways."""
    out = [iri(BUDAPEST) in {r["event"] for r in dicts(run_ox(s, "planned-not-happened", {}, union=u))}
           for u in (False, True)]
    out += [iri(BUDAPEST) in {r["event"] for r in dicts(run_rd(d, "planned-not-happened", {}))} for d in ds.values()]
    return out


def test_planned_not_happened_after_a_later_report(build):
    s, ds = _fresh(build)
    _later_article(s, ds, day="2025-10-17")  # the day of the last plan: not later
    assert _budapest_listed(s, ds) == [True] * 4
    _later_article(s, ds, day="2025-10-31", negated=True)  # "did not take place" is no report that it did
    assert _budapest_listed(s, ds) == [True] * 4
    s, ds = _fresh(build)
    _later_article(s, ds, day="2025-10-31")  # a later day, and it took place
    assert _budapest_listed(s, ds) == [False] * 4


def test_an_event_with_one_day_only(build):
    """An event's first and last day go together: with only one of them the event has no time.

    The build always writes both, but the queries read them as a pair (each only when the
    other is there, for speed), so a graph from elsewhere with only a first day must give
    what one OPTIONAL of both patterns gives: neither day, and no place in a date range."""
    s, ds = _fresh(build)
    t = ox.NamedNode
    event, graph = t(EVENT + "half-dated"), ox.DefaultGraph()
    for p, o in [(str(rdflib.RDF.type), t(EG + "Meeting")),
                 ("http://www.w3.org/2000/01/rdf-schema#label", ox.Literal("Treffen ohne Ende", language="de")),
                 (EG + "status", ox.Literal("planned")),
                 (EG + "sourceCount", ox.Literal("1", datatype=t(XSD_NS + "integer"))),
                 (EG + "timelinePosition", ox.Literal("99", datatype=t(XSD_NS + "integer"))),
                 ("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor", t(KB + "wladimir-putin")),
                 ("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor", t(KB + "donald-trump")),
                 ("http://semanticweb.cs.vu.nl/2009/11/sem/hasEarliestBeginTimeStamp",
                  ox.Literal("2025-10-16", datatype=t(XSD_NS + "date")))]:
        s.add(ox.Quad(event, t(p), o, graph))
        for d in ds.values():
            d.default_graph.add((_rd_term(event), _rd_term(t(p)), _rd_term(o)))
    engines = [lambda n, p: run_ox(s, n, p), lambda n, p: run_ox(s, n, p, union=True)]
    engines += [lambda n, p, d=d: run_rd(d, n, p) for d in ds.values()]
    for run in engines:
        for params in ({}, {"from": "2025-10-16", "to": "2025-10-16"}):
            assert iri(event.value) not in {r["event"] for r in dicts(run("events-in-range", params))}
        for name, params in [("timeline-of-actor", {"actor": "Putin"}), ("who-met-whom", {"actor": "Putin"}),
                             ("planned-not-happened", {})]:
            rows = [r for r in dicts(run(name, params)) if r["event"] == iri(event.value)]
            assert len(rows) == 1 and rows[0]["earliest"] is None and rows[0]["latest"] is None, (name, rows)


def test_events_by_sources(store, events_json):
    rows = dicts(run_ox(store, "events-by-sources", {}))
    counts = [int(r["sources"].split('"')[1]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    expected = {e["id"]: len(e["sources"]) for e in events_json["events"]}
    assert {r["event"].strip("<>"): int(r["sources"].split('"')[1]) for r in rows} == expected
    assert rows[0]["event"] == iri(PHONE_CALL_OCT) and rows[0]["mentions"] == integer(27)
    assert {r["event"] for r in rows[:5]} == {iri(PHONE_CALL_OCT), iri(NEGOTIATION), iri(ANNOUNCEMENT),
                                              iri(BUDAPEST), iri(SELENSKYJ_VISIT)}
    assert [r["event"] for r in rows[5:7]] == [iri(ANCHORAGE), iri(ORBAN)]  # three articles each
    assert all(r["sources"] == integer(1) for r in rows[7:])


def test_disputed_claims(store, events_json):
    names, values = comparable("disputed-claims", run_ox(store, "disputed-claims", {}))
    rows = [dict(zip(names, r)) for r in values]
    ids = {a: a.rsplit("/", 1)[1] for a in (A000, A001, A002, A003, A004)}
    assert [(r["event"], r["property"], r["value"], r["sources"], r["articles"], r["graphValue"]) for r in rows] == [
        (iri(ANNOUNCEMENT), lit("status"), lit("occurred"), integer(4),
         " | ".join(ids[a] for a in (A000, A001, A002, A004)), lit("planned")),
        (iri(ANNOUNCEMENT), lit("status"), lit("planned"), integer(1), ids[A003], lit("planned")),
        (iri(NEGOTIATION), lit("status"), lit("planned"), integer(4),
         " | ".join(ids[a] for a in (A000, A002, A003, A004)), lit("planned")),
        (iri(NEGOTIATION), lit("status"), lit("occurred"), integer(1), ids[A001], lit("planned")),
    ]
    claimed = {e["id"] for e in events_json["events"] if e["claims"]}
    assert {r["event"].strip("<>") for r in rows} == claimed


def test_known_on_date(store, datasets):
    def run(day):
        return dicts(run_ox(store, "known-on-date", {"date": day} if day else {}))

    assert run("2025-10-15") == []  # before every article
    for ds in datasets.values():
        assert run_rd(ds, "known-on-date", {"date": "2025-10-15"})[1] == []
    rows = run(example_params("known-on-date")["date"])
    # published on 2025-10-16 (three as dates, one at 23:08); 003 came out at 00:16 the next day
    assert {r["article"] for r in rows} == {iri(A000), iri(A001), iri(A002), iri(A004)}
    # in timeline order, and within one event by publication
    keys = [(int(r["position"].split('"')[1]), r["published"]) for r in rows]
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)
    # the announcement was reported as made on the 16th; the graph's status now is the later 'planned'
    announced = [r for r in rows if r["eventIri"] == iri(ANNOUNCEMENT)]
    assert announced and {r["status"] for r in announced} == {lit("occurred")}
    assert {r["statusNow"] for r in announced} == {lit("planned")}
    # "Am 16. Oktober 2025 führten die Präsidenten … ein ausgedehntes Telefongespräch."
    call = [r for r in rows if r["article"] == iri(A000) and r["eventIri"] == iri(PHONE_CALL_OCT)
            and r["trigger"] == lit("Telefongespräch", "de")][0]
    assert call["status"] == lit("occurred") and call["earliest"] == date("2025-10-16")
    assert call["negated"] == lit("false", datatype="boolean")
    budapest = {r["status"] for r in rows if r["eventIri"] == iri(BUDAPEST)}
    assert lit("planned") in budapest
    assert all(r["eventIri"] for r in rows)  # passages merged into no timeline event are left out
    # one event: its reports only, the same rows as in the whole listing
    one = dicts(run_ox(store, "known-on-date", example_params("known-on-date")))
    assert one and {r["eventIri"] for r in one} == {iri(BUDAPEST)}
    assert [{**r, "event": None} for r in one] == [{**r, "event": None} for r in rows if r["eventIri"] == iri(BUDAPEST)]
    # the next day adds article 003; unbound gives every report
    later = run("2025-10-17")
    assert {r["article"] for r in later} == {iri(a) for a in (A000, A001, A002, A003, A004)}
    assert len(later) == len(run(None)) > len(rows)
    assert len(rows) + len([r for r in later if r["article"] == iri(A003)]) == len(later)
    # a date bound as a plain string gives the same reports
    assert [{**r, "date": None} for r in run(ox.Literal("2025-10-16"))] == [{**r, "date": None} for r in rows]


def test_evidence_for_event(store, datasets):
    rows = dicts(run_ox(store, "evidence-for-event", example_params("evidence-for-event")))
    assert {r["eventIri"] for r in rows} == {iri(BUDAPEST)}
    assert len(rows) == 10
    assert [r["article"] for r in rows] == [iri(a) for a in (A000, A000, A000, A000, A001, A002, A002, A004, A004,
                                                              A003)]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for r in rows:
        art = r["article"].strip("<>").rsplit("/", 1)[1]
        start, end = (int(r[k].split('"')[1]) for k in ("start", "end"))
        evidence = r["evidence"].rsplit("@", 1)[0][1:-1]
        assert texts[art][start:end] == evidence
        t0, t1 = map(int, re.search(r"#char=(\d+),(\d+)>$", r["mention"]).groups())
        assert texts[art][t0:t1] == r["trigger"].rsplit("@", 1)[0][1:-1]
        assert start <= t0 < t1 <= end
    assert rows[4]["evidence"].startswith('"US-Präsident Donald Trump bezeichnete ein Telefongespräch')
    assert rows[-1]["published"] == lit("2025-10-17T00:16:00", datatype="dateTime")
    # the IRI finds the same rows, as a string or as an IRI
    for ref in (BUDAPEST, ox.NamedNode(BUDAPEST)):
        other = run_ox(store, "evidence-for-event", {"event": ref})[1]
        assert [r[1:] for r in other] == [r[1:] for r in run_ox(store, "evidence-for-event",
                                                                 example_params("evidence-for-event"))[1]]
    assert run_rd(datasets[False], "evidence-for-event", {"event": ox.NamedNode(BUDAPEST)})[1][0][1] == iri(BUDAPEST)
    assert run_ox(store, "evidence-for-event", {"event": "Gipfel"})[1] == []
    tagged = run_ox(store, "evidence-for-event", {"event": ox.Literal(example_params("evidence-for-event")["event"],
                                                                      language="de")})[1]
    assert [r[1:] for r in tagged] == [r[1:] for r in run_ox(store, "evidence-for-event",
                                                             example_params("evidence-for-event"))[1]]
    everything = dicts(run_ox(store, "evidence-for-event", {}))
    assert len(everything) == 92 and len({r["eventIri"] for r in everything}) == 15


def test_actors_by_events(store):
    rows = dicts(run_ox(store, "actors-by-events", {}))
    assert [(r["label"], r["events"]) for r in rows[:4]] == [
        (lit("Donald Trump", "de"), integer(8)), (lit("Wladimir Putin", "de"), integer(4)),
        (lit("Wolodymyr Selenskyj", "de"), integer(2)), (lit("Marco Rubio", "de"), integer(2))]
    assert rows[0]["kind"] == iri(EG + "Person")
    assert all(r["events"] == integer(1) for r in rows[4:]) and len(rows) == 9
    assert {r["label"] for r in rows[4:]} == {lit(n, "de") for n in ("Russland", "Vereinigte Staaten", "Viktor Orbán",
                                                                     "Europäische Union", "Sergej Lawrow")}
