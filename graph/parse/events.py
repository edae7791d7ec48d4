"""Event mentions: what happened (or is planned), who took part, where, when, who says so.

Per sentence:

1. **Triggers** from the ontology's labels (:mod:`graph.parse.triggers`);
   polysemous verbs need a sign of the event reading (``treffen`` needs
   ``sich`` or two parties; a match verb a score).
2. **Clauses** split at punctuation and subordinators; participants, place
   and time are looked for in the trigger's clause first.
3. **Participants**: persons, organisations, groups and countries (not as a
   location) in the clause; a statement's participant is its speaker.  Names
   in attribution phrases (``laut X``) are the source, not participants.
   A definite mention with no party of its own takes those of the article's
   last event of its family that named some; talks still without parties are
   between the article's two most named organisations (``parties_source``
   "discourse" for both).  Who declares an event (``rief einen Streik aus``)
   takes part in it.
4. **Place**: a place after a locative preposition, nearest trigger wins; an
   event with neither parties nor place in a sentence that names no place
   happens where the article last placed an event, else at the dateline's
   place (``place_source`` says which: clause, discourse, dateline).
5. **Time**: the clause's temporal expression nearest the trigger, else the
   sentence's (only for what already happened: a plan made on 18 August
   does not happen on 18 August), else for what happened the discourse's (a
   day inside the publication window that the next sentence gives one of its
   parties, or the day of the event told just before), else the publication
   day, recorded in ``time_source``.
6. **Status**: negated, cancelled, postponed, possible, planned from cue
   words, a time after publication means planned; else occurred.
7. **Anaphora**: ``das Gespräch`` without time or place refers back to the
   last compatible event; a dated verb right after an undated mention of its
   class tells when that one happens (``… Warnstreik aufgerufen. Die Fahrer
   sollen am Montag die Arbeit niederlegen``); ``nachdem``/``vor dem Besuch``/``im Anschluss an``
   give order links between mentions.

A statement (``sagte X``) is an event of its own only when the text dates or
places it (own time, platform or venue, or an order link such as ``nach der
Vereidigung``); otherwise it is the attribution of the events around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..ontology import lexicon
from .actors import ActorMention
from .doc import Doc, lazy_component
from .interning import reduce_shared
from .lexicon_de import (
    ATTRIBUTION_AFTER, ATTRIBUTION_BEFORE, ATTRIBUTION_NOUNS, DEFINITE_DETERMINERS, HABITUAL, INDEFINITE_ARTICLES,
    CLOSING_QUOTES, OPENING_QUOTES, CONDITIONALS, COURT_VERBS, COURT_WORDS, GOVERNS_ZU, LOCATIVE_PREPOSITIONS, NEGATIONS, NP_FILLERS, ORDER_AFTER,
    ORDER_BEFORE,
    NUMBER_WORDS, PAST_PASSIVE, PLACE_CUES, UNITS,
    PLUPERFECT_AUXILIARIES,
    PERFECT_INFINITIVE, PERSONAL_PRONOUNS_3SG, PLANNING_LEMMAS, SEPARABLE_PARTICLES, STATUS_CANCELLED,
    STATUS_CANCELLED_LEMMAS, STATUS_PLANNED, STATUS_POSSIBLE, STATUS_POSTPONED_LEMMAS, SUBORDINATORS,
    SEQUEL_ADVERBS, VENUE_WORDS, OCCASION_WORDS, GOVERNS_VOR, AGREEING_LEMMAS, DECIDING_LEMMAS, DECIDING_ON_LEMMAS,
    DECLARING_LEMMAS, PERFORMATIVE_LEMMAS, IMPLIED_AGENTS,
    DURATION_LEMMAS, FACILITY_HEADS, MEETING_VERBS, TALK_VERBS, PREPOSITIONAL_NOUNS, NEW_EVENT_MARKERS, NP_LINKS,
    NUMBER_WORDS,
    CLOSING_QUOTES, OPENING_QUOTES, SESSION_NOUNS,
    SPORT_CONTEXT, TOPIC_PREPOSITIONS, VEHICLES,
)
from .text import tokenize
from .timex import Timex, month_bounds
from .triggers import Trigger, TriggerLexicon, lemma

# German text opens a quote with „ and closes it with “ (which opens one in English text)
_OPENING_QUOTES = OPENING_QUOTES - {"“"}
_CLOSING_QUOTES = CLOSING_QUOTES - {"”"}
_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "„", "“", "\"", "»", "«", "‒"})
_SCORE = re.compile(r"\b\d{1,2}:\d{1,2}\b")
POSSIBLE_STEMS = ("möglich", "potenziell", "potentiell", "eventuell", "hypothetisch", "denkbar", "drohend")
PLANNED_STEMS = ("geplant", "anstehend", "bevorstehend", "angesetzt", "vorgesehen", "anberaumt", "angekündigt",
                 "vereinbart", "kommend", "künftig", "angemeldet", "avisiert", "nächst")
PLUPERFECT_DAYS = 7
_PART_OF_PLACE = ("stadt", "teil", "rand", "zentrum", "kern", "gebiet", "gemeinde", "viertel", "ufer", "hafen")
RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "dem", "den", "denen", "dessen", "deren", "welche", "welcher",
                              "welches", "welchem", "welchen"})


@dataclass(slots=True)
class Participant:
    actor: int  # index into doc.actors
    role: str  # participant | speaker | host | guest


@dataclass(slots=True)
class EventMention:
    """One mention of an event in one article, with everything the clause says about it."""

    start: int  # trigger span, offsets into article.text
    end: int
    text: str
    type: str  # ontology class local name
    lemma: str
    pos: str  # noun | verb
    sentence: int  # index into doc.sentences
    participants: list[Participant] = field(default_factory=list)
    place: int | None = None  # index into doc.actors
    place_source: str = "none"  # clause | discourse | dateline | none
    time: Timex | None = None
    time_source: str = "none"  # clause | sentence | discourse | publication | none
    status: str = "occurred"
    status_cue: str | None = None
    according_to: list[int] = field(default_factory=list)  # indices into doc.actors
    statement: bool = False
    standalone: bool = True  # a timeline event on its own (a statement: dated or placed)
    occasion: bool = False  # a statement made at a room or an occasion ("noch im Gerichtssaal")
    thread: bool = False  # a verb whose subject is a definite noun ("Der Roboter könnte … erscheinen")
    generic: bool = False  # plural or habitual without a time of its own: a topic, not an event
    definite: bool = False  # "das Gespräch", "dieses Gipfeltreffen": may refer back
    antecedent: int | None = None  # index of the earlier mention this one refers back to
    parties_source: str = "clause"  # clause | discourse (the parties of the article's last event of its family)

    __reduce__ = reduce_shared


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str


class EventRecognizer:
    """The events component: ``recognizer(doc) -> doc`` adds ``doc.events`` and ``doc.event_order``."""

    def __init__(self, triggers: TriggerLexicon | None = None):
        self.triggers = triggers or TriggerLexicon()
        lx = lexicon()
        self.statement_classes = {c for c in set(lx.triggers.values()) | set(lx.parents)
                                  if c == "Statement" or "Statement" in lx.ancestors(c)}
        self.lx = lx

    def __call__(self, doc: Doc) -> Doc:
        text = doc.article.content()
        pub = date.fromisoformat(doc.article.news_day) if doc.article.news_day else None
        actors = sorted(range(len(doc.actors)), key=lambda i: doc.actors[i].start)
        # "seit mehr als vier Jahren" measures a gap, it does not date an event; "seit den Morgenstunden",
        # "seit Montag" name the day it began, and it lasts until the news
        timexes = [_since(t, pub) if t.text.casefold().startswith("seit") else t for t in doc.timexes
                   if t.kind in ("date", "time") and t.earliest and t.latest
                   and not (t.text.casefold().startswith("seit") and t.earliest != t.latest)]
        events: list[EventMention] = []
        order: list[tuple[int, int]] = []
        dateline = next((i for i, m in enumerate(doc.actors) if m.cue == "dateline"), None)
        topic_person: int | None = None  # the subject of the last sentence that named a person: "er"
        scene: int | None = None  # the place of the last event a sentence placed
        free_times: dict[int, list[Timex]] = {}  # sentence → its days no mention of it took
        for si, sent in enumerate(doc.sentences):
            toks = [_Tok(t.start, t.end, t.text, t.text.lower()) for t in tokenize(text[sent.start:sent.end], sent.start)]
            if not toks:
                continue
            clauses = _clauses(toks)
            s_actors = [i for i in actors if sent.start <= doc.actors[i].start < sent.end and doc.actors[i].kind != "unknown"]
            s_times = [t for t in timexes if sent.start <= t.start < sent.end]
            found = self._triggers(toks, clauses, s_actors, doc)
            first = len(events)
            if found:
                sentence = _Sentence(doc, si, toks, clauses, s_actors, s_times, found, pub, topic_person)
                for k in range(len(found)):
                    m = self._mention(sentence, k)
                    if m is not None:
                        events.append(m)
                events[first:] = _performed(_decided(events[first:], sentence, self.lx), sentence)
                _speaker_attends(events[first:], sentence)
                attribution = _attribution(doc, toks, s_actors) + sentence.all_speakers()
                placed = any(doc.actors[i].kind == "place" for i in s_actors)
                for m in events[first:]:
                    if not m.statement:
                        m.according_to = sorted(set(attribution) - {p.actor for p in m.participants})
                    if m.place is None and not m.statement and not m.participants and not placed \
                            and not self.lx.subsumes("PhoneCall", m.type):  # a call happens nowhere
                        # "Am Montag trat die Zschopau über die Ufer. … Die Bewohner mussten ihre Häuser
                        # verlassen": an event with no place, party or name of its own happens where the
                        # story last placed one; before any, a local story's at its dateline
                        # ("Landshut. … Bei der Oberbürgermeisterwahl am Sonntag …")
                        if scene is not None:
                            m.place, m.place_source = scene, "discourse"
                        elif dateline is not None:
                            m.place, m.place_source = dateline, "dateline"
                scene = next((m.place for m in reversed(events[first:]) if m.place_source == "clause"), scene)
                order += _order_links(toks, clauses, events, first)
            taken = {m.time.start for m in events[first:] if m.time is not None
                     and m.time_source in ("clause", "sentence")}
            free_times[si] = [t for t in s_times if t.start not in taken and t.kind == "date"]
            persons = [i for i in s_actors if doc.actors[i].kind == "person"]
            if persons:
                topic_person = persons[0]
        _occasion_time(events, order)
        _resolve_anaphora(events, self.lx, [a.key for a in doc.actors])
        _resolve_elaboration(events)
        _talks_held(events, self.lx)
        _discourse_time(events, doc, free_times)
        _inherit_parties(events, self.lx)
        _bargaining_sides(events, doc, self.lx)
        _implied_agents(events, doc, self.lx)
        for i, m in enumerate(events):
            if m.statement and not m.standalone and any(i in pair for pair in order):
                m.standalone = True  # "sagte Steinmeier nach dem Gespräch": placed in time by the link
        doc.events = events
        doc.event_order = sorted(set(order))
        return doc

    # -- triggers -------------------------------------------------------------

    def _triggers(self, toks: list[_Tok], clauses: list[tuple[int, int]], s_actors: list[int],
                  doc: Doc) -> list[tuple[int, Trigger]]:
        out: list[tuple[int, Trigger]] = []
        actor_spans = [(doc.actors[i].start, doc.actors[i].end) for i in s_actors]
        for a, b in clauses:
            last = b - 1
            while last > a and not toks[last].text[:1].isalpha():
                last -= 1
            particle = toks[last].low if toks[last].low in SEPARABLE_PARTICLES and last > a else None
            # "Die Aktie legte um sechs Prozent zu und schloss …": a particle before "und" closes its verb
            inner = [(j, toks[j].low) for j in range(a + 1, last) if toks[j].low in SEPARABLE_PARTICLES
                     and toks[j + 1].low in ("und", "oder")]
            for ti in range(a, b):
                tok = toks[ti]
                if not tok.text[:1].isalpha() or any(s <= tok.start < e for s, e in actor_spans):
                    continue
                if tok.text[:1].isupper():
                    trig = self.triggers.noun(tok.text)
                    if trig is None and ti == a:  # a sentence-initial verb is capitalised too
                        trig = self.triggers.verb(tok.text, particle)
                elif _attributive(toks, ti, a, b):
                    continue  # "in einem überfluteten Haus": a participle describing a noun
                else:
                    closing = next((w for j, w in inner if j > ti), particle if ti < last else None)
                    trig = self.triggers.verb(tok.text, closing)
                scare_quoted = b - a == 1 and a > 0 and toks[a - 1].text in OPENING_QUOTES | {"‚", "'"}
                if trig is not None and not scare_quoted:
                    out.append((ti, trig))  # a word in scare quotes („Kompromiss“) names no event
            for end, closing in [(b, particle)] + [(j + 1, w) for j, w in inner]:
                for k, trig in self.triggers.idioms_in([t.text for t in toks[a:end]], closing):
                    # "brachten die Fahrgäste in Sicherheit"; the idiom outranks its verb alone ("Aktie verlor")
                    out = [(ti, t) for ti, t in out if ti != a + k] + [(a + k, trig)]
        out.sort(key=lambda x: x[0])
        return out

    # -- one mention ----------------------------------------------------------

    def _mention(self, s: "_Sentence", k: int) -> EventMention | None:
        ti, trig = s.found[k]
        toks, doc = s.toks, s.doc
        a, b = s.clause_of(ti)
        tok = toks[ti]
        statement = trig.cls in self.statement_classes
        definite = trig.pos == "noun" and _definite(toks, ti, a)
        roles = s.roles(a, b, self.statement_classes)
        if statement:
            speaker = roles.speakers.get(ti)
            if speaker is None:
                return None  # "der Finanzmarkt reagierte zuversichtlich": no speaker, no statement
            participants = [Participant(speaker, "speaker")]
        else:
            parties = list(roles.attached.get(ti, []))
            # a noun in a prepositional phrase ("zum Streik aufgerufen") takes the clause's subject and
            # objects, not names that sit in other phrases ("herrschte unter Trumps Amtsvorgänger Biden")
            pp = trig.pos == "noun" and _in_pp(toks, ti, a)
            # "Nach dem Telefonat reiste Roloff": an ordering phrase names another event than its clause's
            ordering = pp and _in_ordering_phrase(toks, ti, a)
            parties += [i for i in roles.free if i not in parties and not ordering
                        and not (pp and _name_in_pp(toks, _tok_at(toks, doc.actors[i].start), a))]
            if trig.pos == "noun" and roles.speakers and any(
                    toks[j].low.startswith(("sein", "ihr")) for j in _np_walk_back(toks, ti, a)):
                # "Wolff erklärte seinen Rücktritt": the possessive is the speaker, who is the party
                parties = sorted(set(parties) | set(roles.speakers.values()),
                                 key=lambda i: doc.actors[i].start)
            if trig.pos == "noun" and not parties and roles.speakers and not pp and not definite:
                # "Verdi rief einen Streik aus", "kündigte einen Besuch an": who declares it takes part
                by_token = dict(s.found)
                parties = sorted({sp for vi, sp in roles.speakers.items() if by_token[vi].lemma in DECLARING_LEMMAS})
            if not parties and trig.pos == "verb":
                rel = s.relative_subject(a)  # "Carsten Wolff, der am Montag zurückgetreten war"
                if rel is not None:
                    parties = [rel]
            # "dass er mit dem Ukrainer … sprechen werde": the one talked to is no subject, the pronoun is
            if trig.pos == "verb" and roles.pronoun and (not parties or (
                    any(t.low in PERSONAL_PRONOUNS_3SG for t in toks[a:b])
                    and all(_after_mit(toks, _tok_at(toks, doc.actors[i].start), a) for i in parties))):
                # "Steinmeier kündigte einen Gegenbesuch an: Er werde … reisen": a person named earlier in
                # the sentence is nearer than the last sentence's subject
                earlier = [i for i in s.actors
                           if doc.actors[i].kind == "person" and doc.actors[i].end <= toks[a].start]
                if earlier or s.topic_person is not None:
                    subject = earlier[0] if earlier else s.topic_person
                    parties = [subject] + [i for i in parties if i != subject]
            participants = [Participant(i, "participant") for i in parties]
            if trig.lemma in ("empfangen", "besuchen") and len(parties) >= 2:
                first, *rest = sorted(parties, key=lambda i: doc.actors[i].start)
                host_first = trig.lemma == "empfangen"
                participants = [Participant(first, "host" if host_first else "guest")] + [
                    Participant(i, "guest" if host_first else "host") for i in rest]
        if not self._verb_reading_ok(trig, toks, a, b, participants, doc):
            return None
        place = s.place_for(k, roles.locations)

        status, cue = _status(toks, a, b, ti, trig, statement)
        own = s.claimed.get(k)
        rest = _after_relative_clause(s.clauses, toks, b) if trig.pos == "noun" else None
        if rest is not None and status in ("planned", "occurred"):
            # "Eine für Freitag angesetzte Sitzung, auf der … entschieden werden sollte, wurde … verschoben":
            # the noun's verb comes after the relative clause
            later, later_cue = _status(toks, rest[0], rest[1], rest[0], trig)
            if later in ("cancelled", "postponed"):
                status, cue, (a2, b2) = later, later_cue, rest
                own = _new_slot(s.times, toks, a2, b2) or own
        if status == "postponed":  # "Die für Mittwoch geplante Versammlung wurde auf den 18. November verschoben"
            own = _new_slot(s.times, toks, a, b) or own
        time, source = own, "clause" if own else "none"
        topic = _topic(toks, ti, a, b)
        if time is None and not statement and not topic:
            # (what is talked about takes no day from the talking: "hat sich am Dienstagabend zu dem Angriff
            # bekannt")
            time, source = s.sentence_time(k, status)
        if time is None and trig.pos == "verb" and any(t.low in SEQUEL_ADVERBS for t in toks[a:b]):
            # "Vor einer Woche waren die Verhandlungen gescheitert, die VLP hatte daraufhin … angekündigt":
            # after the event dated before it in the sentence, by the day of the news
            time = s.after_earlier(ti)
            source = "clause" if time is not None else "none"
        if time is None and trig.pos == "noun":
            # "Drei Tage nach einem Hackerangriff arbeitet das Klinikum im Notbetrieb": counted back from
            # the clause's day, or from the day of the news
            time = _counted_from(toks, ti, a, [t for t in s.times if a <= _tok_at(toks, t.start) < b], s.pub)
            source = "clause" if time is not None else source
        if time is not None and trig.pos == "noun":
            time = _lasting(time, toks, ti, a)
        if time is not None and pub_after(time, s.pub) and status == "occurred" and cue is None:
            status, cue = "planned", "future time"
        elif time is not None and status == "planned" and trig.pos == "noun" and source == "clause" \
                and s.pub is not None and date.fromisoformat(time.latest) < s.pub and cue not in STATUS_PLANNED:
            # "hatte den Warnstreik vom Montag angekündigt": announced then, its day has passed since
            status, cue = "occurred", "past date"
        if time is None and s.pub is not None and status == "occurred":
            # "Wolff hatte seinen Rücktritt … erklärt", "Nach Rücktritt von Wolff: …": the past perfect
            # and an ordering phrase tell of what came before the news of the day, so a week back
            earlier = any(t.low in PLUPERFECT_AUXILIARIES for t in toks[a:b]) or (
                trig.pos == "noun" and any(toks[j].low in ORDER_AFTER for j in _np_walk_back(toks, ti, a)))
            days = 0 if statement else PLUPERFECT_DAYS if earlier else 1
            time, source = _publication_window(s.pub, days=days), "publication"

        clause_low = [t.low for t in toks[a:b]]
        habitual = any(w in HABITUAL for w in clause_low) or any(w in ("jede", "jeden", "jedes") for w in clause_low)
        explicit = source in ("clause", "sentence")
        generic = ((trig.plural or topic) and source != "clause") or (habitual and source != "clause") or (
            trig.pos == "noun" and not explicit and _indefinite(toks, ti, a) and not _in_pp(toks, ti, a)
            and _reported_present(toks[a:b]))
        # "Drei Männer wurden vorläufig festgenommen": a counted group is who it happened to
        anchored = bool(participants) or place is not None or explicit \
            or (trig.pos == "verb" and _counted_group(toks, a, b))
        if trig.pos == "verb" and not anchored:
            return None  # "um über das Ende zu beraten": a verb with nothing attached names no event
        standalone = anchored
        if statement:
            standalone = source == "clause" or place is not None or roles.venue
        cls = _reading(trig, toks, a, b, place is not None)
        if cls == "Recall" and any(doc.actors[p.actor].kind == "person" for p in participants):
            cls = "PhoneCall"  # "Merz rief Macron zurück": a call returned, no product called back
        return EventMention(
            start=tok.start, end=tok.end, text=tok.text, type=cls,
            lemma=trig.lemma,
            pos=trig.pos, sentence=s.index,
            participants=participants, place=place, place_source="clause" if place is not None else "none",
            time=time, time_source=source, status=status, status_cue=cue,
            statement=statement, standalone=standalone, generic=generic, definite=definite,
            occasion=statement and roles.occasion,
            thread=trig.pos == "verb" and not participants and _definite_subject(toks, a, ti, s),
        )

    def _verb_reading_ok(self, trig: Trigger, toks: list[_Tok], a: int, b: int,
                         participants: list[Participant], doc: Doc) -> bool:
        """Polysemous verbs need a sign that they name the event: "Entscheidungen treffen" is no meeting."""
        if trig.pos != "verb":
            return True
        words = {t.low for t in toks[a:b]}
        if trig.lemma == "treffen":
            return "sich" in words or len(participants) >= 2
        if trig.lemma == "liefern":
            return len(participants) >= 2
        if trig.lemma == "aufbrechen":  # "das Team will am Donnerstag aufbrechen", not "die Tür aufbrechen"
            return bool(participants)
        if trig.lemma in TALK_VERBS:
            # "in seinem Telefonat mit Putin gesprochen": the call is the talk; "über sein Telefonat sprechen"
            # talks about it
            talks = [j for j in range(a, b) if toks[j].text[:1].isupper()
                     and (n := self.triggers.noun(toks[j].text)) and self.lx.subsumes("Communication", n.cls)
                     and not _topic(toks, j, a, b)]
            return len(participants) >= 2 and "mit" in words and not talks
        if trig.cls == "Dismissal":  # "trennte sich von Trainer Reitmeier", not "aus der Klinik entlassen"
            return "aus" not in words and any(doc.actors[p.actor].kind == "person" for p in participants)
        if trig.cls == "Closure":  # "das Werk in Gotha zu schließen", not "die Lücke schließen"
            return any(t.text[:1].isupper() and t.low.endswith(FACILITY_HEADS) for t in toks[a:b])
        if trig.cls == "SportsMatch":
            return bool(_SCORE.search(" ".join(t.text for t in toks)))
        if trig.lemma == "bestellen":  # "bestellte Henning Lüdeke zum vorläufigen Sachwalter", not "bestellte Busse"
            return bool(words & {"zum", "zur"}) and any(doc.actors[p.actor].kind == "person" for p in participants)
        return True


# ---------------------------------------------------------------------------
# helpers over one sentence


def _clauses(toks: list[_Tok]) -> list[tuple[int, int]]:
    """Token ranges split at punctuation and subordinating conjunctions."""
    out: list[tuple[int, int]] = []
    start = 0
    skip: set[int] = set()
    for i, t in enumerate(toks):
        if t.text == "(":  # "Die Gewerkschaft … (GDL) hat …": a short aside does not end the clause
            close = _short_span(toks, i, {")"}, 5)
        elif t.text in _OPENING_QUOTES and not (i > 0 and toks[i - 1].low == "als"):
            # "räumte Kessler „schwere Fehler“ ein": a short quoted phrase the clause goes on after is a word
            # of it, not a quoted sentence (not "ein als „Kompromiss“ vorgeschlagener Plan": what something
            # is called is no event of it)
            close = _short_span(toks, i, _CLOSING_QUOTES, 7, ".!?")
            if close is not None and not (close + 1 < len(toks) and toks[close + 1].text[:1].isalnum()):
                close = None
        else:
            continue
        if close is not None:
            skip |= {i, close}
    for i, t in enumerate(toks):  # "mit einem 24-stündigen Warnstreik": a hyphen inside a word is no dash,
        # nor one that cuts a compound short ("mit Ultraschall- und Röntgentechnik")
        if t.text == "-" and 0 < i < len(toks) - 1 and toks[i - 1].end == t.start and (
                toks[i + 1].start == t.end or toks[i + 1].low in ("und", "oder", "sowie", ",")):
            skip.add(i)
    for i, t in enumerate(toks):  # "Feuerwehr, THW und DLRG bringen …": a comma in a list of names
        # ("mit Vertretern der Bezirksregierung Detmold, des Landeskriminalamts und der Kliniken beraten")
        n = i + 2 if i + 2 < len(toks) and toks[i + 1].low in DEFINITE_DETERMINERS else i + 1
        if t.text == "," and 0 < i and n < len(toks) - 1 and toks[i - 1].text[:1].isupper() \
                and toks[n].text[:1].isupper() and any(
                    toks[j].low in ("und", "oder") for j in range(n + 1, min(n + 3, len(toks)))
                    if all(toks[k].text[:1].isupper() for k in range(n, j))):
            skip.add(i)
    for i, t in enumerate(toks):
        if t.text in _CLAUSE_BREAKS and i not in skip:
            if i > start:
                out.append((start, i))
            start = i + 1
        elif t.low in SUBORDINATORS and i > start and t.low not in ("als", "wie", "bis", "um"):
            out.append((start, i))
            start = i
    if start < len(toks):
        out.append((start, len(toks)))
    return out or [(0, len(toks))]


def _short_span(toks: list[_Tok], i: int, closers: set[str] | frozenset[str], reach: int,
                also: str = "") -> int | None:
    """Where the bracket or quote opened at token ``i`` closes, at least one and fewer than ``reach - 1``
    tokens on, with no clause break (nor a character of ``also``) inside — or ``None``."""
    close = next((j for j in range(i + 2, min(i + reach, len(toks))) if toks[j].text in closers), None)
    if close is None or any(toks[j].text in _CLAUSE_BREAKS or (also and toks[j].text in also)
                            for j in range(i + 1, close)):
        return None
    return close


def _clause_of(clauses: list[tuple[int, int]], ti: int) -> int:
    for c, (a, b) in enumerate(clauses):
        if a <= ti < b:
            return c
    return len(clauses) - 1


def _tok_at(toks: list[_Tok], offset: int) -> int:
    for i, t in enumerate(toks):
        if t.end > offset:
            return i
    return len(toks) - 1


def _claim_times(found: list[tuple[int, Trigger]], s_times: list[Timex], toks: list[_Tok],
                 clauses: list[tuple[int, int]]) -> dict[int, Timex]:
    """Each temporal expression times the nearest trigger of its clause; a trigger keeps its nearest."""
    claimed: dict[int, Timex] = {}
    dist: dict[int, int] = {}
    for t in s_times:
        ti = _tok_at(toks, t.start)
        c = _clause_of(clauses, ti)
        # an expression at the start of a clause may also belong to a verb-final clause right after it
        local = [k for k, (i, _) in enumerate(found) if _clause_of(clauses, i) == c
                 and not (_topic(toks, i, *clauses[c]) and not 0 < ti - i <= 2)]  # "über sein Telefonat"
        seit = _seit_phrase(toks, ti)
        if seit is not None:
            local = [k for k in local if seit < found[k][0] < ti]
        # "Nach dem Scheitern der Verhandlungen hat die VLP am Donnerstag … angekündigt": the ordering
        # phrase names an earlier event; the date is the clause's unless it follows the noun
        # "Die Gegner für das Achtelfinale werden am Sonntag ausgelost": so does a purpose phrase
        # ("Nach dem Rücktritt zog die Fraktion ihren Antrag am Dienstag zurück": a verb no label names)
        def phrase_before(k: int, in_phrase) -> bool:
            return found[k][1].pos == "noun" and not _follows_noun(toks, found[k][0], ti) \
                and in_phrase(toks, found[k][0], clauses[c][0])
        local = [k for k in local if not phrase_before(k, _in_ordering_phrase)]
        local = [k for k in local if not phrase_before(k, _in_purpose_phrase)] or local
        # "hat heute in einer Sondersitzung ein Hilfspaket beschlossen": a time right before a phrase
        # of its own dates the clause, not the noun of that phrase
        end = _tok_at(toks, t.end - 1)
        local = [k for k in local if not (found[k][1].pos == "noun" and _pp_after(toks, end, found[k][0]))] or local
        if not local:
            continue
        k = min(local, key=lambda k: (abs(found[k][0] - ti), found[k][0]))
        d = abs(found[k][0] - ti)
        if k not in claimed or d < dist[k]:
            claimed[k], dist[k] = t, d
    return claimed


def _pp_after(toks: list[_Tok], end: int, ni: int) -> bool:
    """The noun at ``ni`` heads a prepositional phrase right after the token ``end``: "heute | in einer
    Sondersitzung"."""
    between = toks[end + 1:ni]
    return bool(between) and between[0].low in _PP_OPENERS and all(
        t.low in _ARTICLES or t.text[:1].islower() for t in between[1:])


_REL_PREPOSITIONS = frozenset({"an", "auf", "aus", "bei", "durch", "für", "gegen", "in", "mit", "nach", "über", "um",
                               "unter", "von", "vor", "während", "zu", "zwischen"})
_PP_OPENERS = frozenset({"in", "im", "bei", "beim", "auf", "während"})


def _seit_phrase(toks: list[_Tok], ti: int) -> int | None:
    """Where a "seit" phrase around a date starts: "seit der Gründung vor 19 Jahren", "seit ihrem
    Treffen Mitte August" — only an event named inside it is dated by it.  "Seit 0 Uhr streiken die
    Piloten" names none: the time is when the clause's event began."""
    for j in range(ti - 1, max(-1, ti - 7), -1):
        if toks[j].low == "seit":
            return j if j < ti - 1 else None
        if not toks[j].text[:1].isalnum():
            return None
    return None


def _announced_on(claimed: dict[int, Timex], found: list[tuple[int, Trigger]], toks: list[_Tok],
                  clauses: list[tuple[int, int]], pub: date | None) -> dict[int, Timex]:
    """"Verdi hatte den Streik am Freitag angekündigt": a past day next to the announced noun dates the
    announcing, not what was announced (which is still to come when it was announced); so does the day
    of publication before the noun ("hat am Donnerstagmorgen einen Streik angekündigt")."""
    if pub is None:
        return claimed
    out = dict(claimed)
    for k, t in claimed.items():
        ti, trig = found[k]
        last = date.fromisoformat(t.latest)
        if trig.pos != "noun" or last > pub or (last == pub and _tok_at(toks, t.start) > ti):
            continue
        c = _clause_of(clauses, ti)
        verbs = [j for j, (vi, vt) in enumerate(found) if vt.pos == "verb" and j not in out
                 and _clause_of(clauses, vi) == c and (vt.lemma in PLANNING_LEMMAS or vt.lemma in DECLARING_LEMMAS)]
        if verbs:
            out[verbs[0]] = out.pop(k)
    return out


def _is_location(m: ActorMention, toks: list[_Tok], clause_start: int) -> bool:
    """A place preceded (within four words, no verb in between) by a locative preposition."""
    if m.kind != "place":
        return False
    i = _tok_at(toks, m.start)
    if i > clause_start and toks[i - 1].text in PLACE_CUES:
        return True  # "erschütterte die Region Arequipa", "zwischen Wolkenstein und der Stadt Zschopau"
    if i > clause_start + 1 and toks[i - 1].low in ("von", "des") and toks[i - 2].low.endswith(_PART_OF_PLACE):
        return True  # "überflutete die Altstadt von Ellerstedt"
    coordinated = False
    for j in range(i - 1, max(clause_start, i - 9) - 1, -1):
        w = toks[j].low
        if w in LOCATIVE_PREPOSITIONS:
            return True
        if w in ("und", "oder", ","):
            coordinated = True  # "in Deutschland, Österreich und der Schweiz": each is where
            continue
        if not toks[j].text[:1].isalpha() or (coordinated and not (toks[j].text[:1].isupper()
                                                                   or w in DEFINITE_DETERMINERS)):
            return False
        if not coordinated and j < i - 4:
            return False
    return False


def _is_party(m: ActorMention) -> bool:
    """Persons, organisations and groups take part; of places only countries (as states)."""
    if m.kind in ("person", "organisation", "group"):
        return True
    return m.kind == "place" and m.entity is not None and m.entity.cls == "Country"


def _nearest(candidates: list[int], doc: Doc, offset: int) -> int:
    return min(candidates, key=lambda i: (abs(doc.actors[i].start - offset), doc.actors[i].start))


def _attribution(doc: Doc, toks: list[_Tok], s_actors: list[int]) -> list[int]:
    """Actors named as the source: "laut X", "X zufolge", "nach Angaben von X", ", so X"."""
    out = []
    for i in s_actors:
        m = doc.actors[i]
        if m.kind not in ("person", "organisation", "group"):
            continue
        ti = _tok_at(toks, m.start)
        before = [toks[j].low for j in range(max(0, ti - 4), ti)]
        after_i = _tok_at(toks, m.end - 1) + 1
        after = toks[after_i].low if after_i < len(toks) else ""
        # "nach Albers' Angaben", "nach Polizeis Schätzung": a possessive before the noun
        nxt = after_i + 1 if after_i < len(toks) and toks[after_i].text in ("'", "’") else after_i
        owner = nxt < len(toks) and toks[nxt].text in ATTRIBUTION_NOUNS and (nxt > after_i or m.text.endswith("s"))
        if any(w in ATTRIBUTION_BEFORE for w in before[-3:]) or after in ATTRIBUTION_AFTER or owner \
                or any(toks[j].text in ATTRIBUTION_NOUNS for j in range(max(0, ti - 4), ti)):
            out.append(i)
    return out


#: the head of a compound naming an occasion: "Abschlusskundgebung", "Sondersitzung"
_OCCASION_HEAD = re.compile("(?:" + "|".join(sorted((w.lower() for w in OCCASION_WORDS if len(w) > 4),
                                                    key=len, reverse=True)) + ")$")


def _has_venue(toks: list[_Tok], a: int, b: int, occasions: bool = False) -> bool:
    """A platform or venue in the clause: "auf X", "vor Journalisten", "bei einer Pressekonferenz" — with
    ``occasions``, only a room or an occasion, also by a compound's head ("bei der Abschlusskundgebung")."""
    for j in range(a, b):
        t = toks[j]
        if occasions:
            named = t.text in OCCASION_WORDS or (t.text[:1].isupper() and _OCCASION_HEAD.search(t.low) is not None)
        else:
            named = t.text in VENUE_WORDS or t.text.rsplit("-", 1)[-1] in VENUE_WORDS
        if named and any(toks[k].low in ("auf", "in", "im", "vor", "bei", "beim", "gegenüber", "über")
                         for k in range(max(a, j - 4), j)):
            return True
    return False


def _status(toks: list[_Tok], a: int, b: int, ti: int, trig: Trigger,
            statement: bool = False) -> tuple[str, str | None]:
    """Status from the clause's cue words; noun-phrase cues ("die mögliche Lieferung") come first."""
    words = [t.low for t in toks[a:b]]
    lemmas = [lemma(t.low) for t in toks[a:b]]
    last_word = next((w for w in reversed(words) if w[:1].isalpha()), None)  # "sagte den Streik ab."
    particle = last_word if last_word in SEPARABLE_PARTICLES else None
    joined = " ".join(words)
    local = ti - a
    if trig.pos == "noun" and particle == "statt" and "nicht" in words[-4:-1] and not _in_pp(toks, ti, a):
        return "cancelled", "findet nicht statt"  # "die Sitzung findet nicht statt": what was to be, won't be
    if any(w in NEGATIONS for w in words[max(0, local - 3):local]) or (
            trig.pos == "verb" and "nicht" in words and "nur" not in words):
        return "negated", "nicht"
    if "auf eis" in joined or any(w in STATUS_CANCELLED for w in words) or any(
            l in STATUS_CANCELLED_LEMMAS for l in lemmas) or (particle == "ab" and "sagen" in lemmas):
        return "cancelled", "abgesagt"
    falls_out = particle == "aus" and any(w in ("fällt", "fallen", "fiel", "fielen") for w in words)
    if trig.pos == "noun" and not _in_pp(toks, ti, a) and ("ausgefallen" in words or falls_out):
        # "Ein für Sonntag vorgesehenes Grußwort fällt aus" (the lemmatiser reads "fällt" as "fällen"); not
        # "Beim Warnstreik waren 430 Flüge ausgefallen": what falls out is the clause's subject
        return "cancelled", "fällt aus"
    if any(l in STATUS_POSTPONED_LEMMAS for l in lemmas) or "verschoben" in words or "vertagt" in words:
        return "postponed", "verschoben"
    if any(w in ("eigentlich", "ursprünglich") for w in words) and any(
            w in ("hätte", "hätten", "wäre", "wären") for w in words):
        return "cancelled", "hätte"  # "Eigentlich hätten die Piloten an diesem Dienstag gestreikt"
    np_before = words[max(0, local - 3):local] if trig.pos == "noun" else []
    for w in np_before:  # "die mögliche Lieferung", "vor Trumps bevorstehendem Treffen"
        if w.startswith(POSSIBLE_STEMS) or w in STATUS_POSSIBLE:
            return "possible", w
    for w in np_before:
        if w.startswith(PLANNED_STEMS) or w in STATUS_PLANNED:
            return "planned", w
    modal_possible = next((w for w in words if w in ("könnte", "könnten", "würde", "würden", "möglicherweise",
                                                     "eventuell", "womöglich", "vielleicht")), None)
    if modal_possible and not (words[-1:] and words[-1] in PERFECT_INFINITIVE) and not (
            trig.pos == "noun" and any(w in DEFINITE_DETERMINERS for w in words[max(0, local - 3):local])):
        # "Das Gespräch … könnte neue Dynamik bringen": the consequence is possible, not the talk
        return "possible", modal_possible
    if any(w in PAST_PASSIVE for w in words):
        return "occurred", None
    planned = next((w for w in words if w in STATUS_PLANNED), None)
    if planned and trig.pos == "noun" and any(l in DURATION_LEMMAS for l in lemmas):
        return "occurred", None  # "Der Warnstreik soll bis Mitternacht dauern": how long, not whether
    if planned:
        if words and words[-1] in PERFECT_INFINITIVE and planned in ("soll", "sollen", "will", "wollen"):
            return "occurred", "reported"  # "soll Trump Putin angerufen haben"
        return "planned", planned
    if trig.pos == "verb" and (local > 0 and words[local - 1] == "zu" or "zu" in toks[ti].low[2:-3]
                               and lemma(toks[ti].low) != toks[ti].low):
        return "planned", "zu"  # "die Zusage, sich in Budapest zu treffen", "anzurufen"
    if trig.pos == "noun" and trig.cls != "Agreement" and any(l in AGREEING_LEMMAS for l in lemmas) \
            and any(toks[j].low == "auf" for j in _np_walk_back(toks, ti, a)):
        # "einigten sich auf eine Schlichtung": what the sides agree on is still to come
        return "planned", "einigten"
    if trig.pos == "noun" and _pp_head(toks, ti, a) not in OCCASION_PREPOSITIONS:
        # the object of a planning verb: "kündigte ein Treffen an", "eine Zusammenkunft vereinbart" (not
        # the occasion it was planned at: "kündigte nach einem Telefonat an", "in einem Telefonat vereinbart")
        for j in range(a, b):
            if j == ti:
                continue
            lem = lemma(toks[j].low)
            full = (particle + lem) if particle and toks[j].low[:1].islower() else lem
            # "rief den Streik aus" declares what is to come; "rief den Notstand aus" is itself the act
            if full in PLANNING_LEMMAS or lem in PLANNING_LEMMAS or (full == "ausrufen" and not statement):
                finite_before = j < ti and particle is not None
                # not "bezeichnete ein Telefongespräch als „produktiv“ und kündigte ein Treffen an": a verb
                # right after "und" opens a clause of its own
                verb_final = j > ti and toks[j - 1].low not in ("und", "oder")
                if finite_before or verb_final:
                    return "planned", toks[j].low
    return "occurred", None


def _decided(mentions: list[EventMention], s: "_Sentence", lx) -> list[EventMention]:
    """"Die Landesregierung hat ein Hilfspaket beschlossen", "Das Kabinett soll über Soforthilfen
    entscheiden": what is decided is the event — the decision is how it came about, not a second event
    beside it.  A deciding verb whose clause has an event noun as its object (not in a phrase of its
    own: "in einer Sondersitzung", but "über" after a verb deciding on something) gives that noun its
    place and parties where it has none and is dropped.  So is the session it is decided in: "in einer
    Sondersitzung" is where the decision fell, its day and place are the decided event's."""
    out = list(mentions)
    for m in mentions:
        on = m.lemma in DECIDING_ON_LEMMAS
        if m.pos != "verb" or not (on or m.lemma in DECIDING_LEMMAS) or m.statement:
            continue
        vi = _tok_at(s.toks, m.start)
        a, b = s.clause_of(vi)
        nouns = [(o, _pp_head(s.toks, oi, a)) for o in mentions
                 if o is not m and o.pos == "noun" and not o.statement and a <= (oi := _tok_at(s.toks, o.start)) < b]
        objects = [o for o, head in nouns if not lx.subsumes("Decision", o.type)
                   and (head is None or (on and head == "über")) and not o.lemma.lower().endswith(SESSION_NOUNS)]
        if not objects:
            continue
        o = objects[0]
        sessions = [x for x, head in nouns if head is not None and x.lemma.lower().endswith(SESSION_NOUNS)]
        for x in [m] + sessions:
            if not o.participants:
                o.participants = list(x.participants)
            if o.place is None and x.place is not None:
                o.place, o.place_source = x.place, x.place_source
            if o.time is None and x.time is not None:
                o.time, o.time_source = x.time, x.time_source
            if x in out:  # two deciding verbs may share the session
                out.remove(x)
        o.generic = False  # "über Soforthilfen entscheiden": these aids, not aid in general
    return out


def _performed(mentions: list[EventMention], s: "_Sentence") -> list[EventMention]:
    """"Wolff hatte seinen Rücktritt auf einer Pressekonferenz erklärt", "Die Regierung rief den Notstand
    aus": saying it is what makes the object happen, so the saying is no second event beside it.  The
    object noun (not in a phrase of its own) takes the verb's speaker, time and occasion; the verb goes."""
    out = list(mentions)
    for m in mentions:
        if m.pos != "verb" or m.lemma not in PERFORMATIVE_LEMMAS or not m.statement:
            continue
        vi = _tok_at(s.toks, m.start)
        a, b = s.clause_of(vi)
        if any(s.toks[j].low == "für" and s.toks[j + 1].text[:1].islower()
               and (j + 2 >= b or j + 2 == vi or not s.toks[j + 2].text[:1].isalpha()) for j in range(a, b - 1)):
            continue  # "erklärte die Gespräche für gescheitert": says what became of them
        # "rief den Notstand aus" declares a state; "rief den Streik aus" calls a strike that is still to come
        objects = [o for o in mentions if o is not m and o.pos == "noun" and not o.generic
                   and (o.statement or m.lemma == "erklären")
                   and a <= (oi := _tok_at(s.toks, o.start)) < b and _pp_head(s.toks, oi, a) is None]
        if not objects:
            continue
        o = objects[0]
        if not o.participants:
            o.participants = [Participant(p.actor, "participant" if not o.statement else p.role)
                              for p in m.participants]
        if m.time_source in ("clause", "sentence") and o.time_source not in ("clause", "sentence"):
            o.time, o.time_source = m.time, m.time_source
        if o.place is None and m.place is not None:
            o.place, o.place_source = m.place, m.place_source
        o.occasion = o.occasion or (o.statement and m.occasion)
        o.standalone = o.standalone or m.standalone
        out.remove(m)
    return out


def _speaker_attends(mentions: list[EventMention], s: "_Sentence") -> None:
    """"rief Bündnissprecherin Leonie Hartmann bei der Abschlusskundgebung": who speaks at an occasion
    takes part in it, when the text names no one else for it."""
    for m in mentions:
        if not (m.statement and m.occasion):
            continue
        a, b = s.clause_of(_tok_at(s.toks, m.start))
        for o in mentions:
            if o is m or o.pos != "noun" or o.statement or o.participants:
                continue
            oi = _tok_at(s.toks, o.start)
            if a <= oi < b and _pp_head(s.toks, oi, a) in ("bei", "beim", "auf", "in", "im", "während"):
                o.participants = [Participant(p.actor, "participant")
                                  for p in m.participants if p.role == "speaker"]


def _spanning(t: Timex, first: str, last: str, kind: str | None = None) -> Timex:
    """The expression ``t``, read as the days from ``first`` to ``last``."""
    return Timex(t.start, t.end, t.text, kind or t.kind, f"{first}/{last}", first, last, "interval", t.anchor,
                 t.anchored_by, t.tense)


def _counted_from(toks: list[_Tok], ti: int, a: int, clause_times: list[Timex], pub: date | None) -> Timex | None:
    """"Drei Tage nach dem Anschlag", "zwei Wochen vor der Wahl": the noun's day counted from the clause's
    day (its one-day expression, else the day of the news) — a day exactly, weeks give or take three days,
    months and years as the month or year."""
    head = next((j for j in _np_walk_back(toks, ti, a) if toks[j].low in ("nach", "vor")), None)
    if head is None or head < a + 2:
        return None
    unit = UNITS.get(toks[head - 1].low)
    word = toks[head - 2].low
    n = NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else None)
    if unit is None or not n or n > 100:
        return None
    days = [t for t in clause_times if t.earliest and t.earliest == t.latest]
    anchor = date.fromisoformat(days[0].earliest) if days else pub
    if anchor is None:
        return None
    sign = -1 if toks[head].low == "nach" else 1
    if unit == "D":
        first = last = anchor + timedelta(days=sign * n)
    elif unit == "W":
        mid = anchor + timedelta(days=sign * 7 * n)
        first, last = mid - timedelta(days=3), mid + timedelta(days=3)
    elif unit == "M":
        m = anchor.year * 12 + anchor.month - 1 + sign * n
        first, last = month_bounds(m // 12, m % 12 + 1)
    else:
        first, last = date(anchor.year + sign * n, 1, 1), date(anchor.year + sign * n, 12, 31)
    tok = toks[head - 2]
    value = first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
    return Timex(tok.start, toks[head].end, " ".join(t.text for t in toks[head - 2:head + 1]), "date", value,
                 first.isoformat(), last.isoformat(), "day" if first == last else "interval", anchor.isoformat(),
                 "previous" if days else "publication")


def _since(t: Timex, pub: date | None) -> Timex:
    """"Die Piloten streiken seit Montag": from that day to the day of the news."""
    if pub is None or date.fromisoformat(t.latest) >= pub:
        return t
    return _spanning(t, t.earliest, pub.isoformat())


def _publication_window(pub: date, days: int = 1) -> Timex:
    """What happened with no date in the text: the publication day or the day before
    (a statement: the day it is reported)."""
    a, b = pub - timedelta(days=days), pub
    value = b.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}"
    return Timex(0, 0, "", "date", value, a.isoformat(), b.isoformat(), "day" if a == b else "interval",
                 pub.isoformat(), "publication")


def _order_links(toks: list[_Tok], clauses: list[tuple[int, int]], events: list[EventMention],
                 first: int) -> list[tuple[int, int]]:
    """(i, j): mention i happened before mention j, from "nachdem", "vor dem Besuch", "im Anschluss an"."""
    here = list(range(first, len(events)))
    if len(here) < 2:
        return []
    pos = {i: _tok_at(toks, events[i].start) for i in here}
    links: list[tuple[int, int]] = []
    for i in here:
        m = events[i]
        ti = pos[i]
        rel = None
        if m.pos == "noun":
            for j in range(ti - 1, max(-1, ti - 5), -1):
                w = toks[j].low
                if w in ORDER_BEFORE or w in ORDER_AFTER:
                    rel = "before" if w in ORDER_BEFORE else "after"
                    break
                if w in _REL_PREPOSITIONS and w != "an":
                    break  # "vor allem über das Handelsabkommen": the noun's phrase is another one
                if not (w in DEFINITE_DETERMINERS or w in NP_FILLERS or w in ("einem", "einer", "ein", "eine", "an")
                        or toks[j].text[:1].islower()):
                    break
        c = _clause_of(clauses, ti)
        if rel is None and toks[clauses[c][0]].low in ("nachdem", "bevor"):
            rel = "after" if toks[clauses[c][0]].low == "nachdem" else "before"
        if rel is None:
            continue
        others = [o for o in here if o != i]
        if not others:
            continue
        # "verteidigte die Entscheidung nach der Sitzung": the phrase tells when the clause's verb
        # happened, not its object
        verbs = [o for o in others if events[o].pos == "verb" and _clause_of(clauses, pos[o]) == c]
        main = min(verbs or others, key=lambda o: (abs(pos[o] - ti), pos[o]))
        links.append((main, i) if rel == "before" else (i, main))
    return links


def _occasion_time(events: list[EventMention], order: list[tuple[int, int]]) -> None:
    """"Nach einem Telefonat mit Putin sei er zuversichtlich, sagte Trump am Donnerstag": an event the
    sentence brings in with "nach einem …" and no date of its own is the occasion of the act it precedes,
    told as what came right before it — the same day.  It takes that act's day when the day lies in the
    window it would otherwise get (a definite "nach dem Telefonat" refers back instead)."""
    for i, j in order:
        m, o = events[i], events[j]
        if m.pos != "noun" or m.definite or m.statement or m.generic or m.sentence != o.sentence \
                or m.time_source != "publication" or m.status != "occurred" or o.time is None:
            continue
        if m.time is None or m.time.bounds is None or o.time.bounds is None or o.time.bounds[0] != o.time.bounds[1]:
            continue
        lo, hi = m.time.bounds
        if lo <= o.time.bounds[0] <= hi:
            m.time = o.time
            m.time_source = "sentence" if o.time_source in ("clause", "sentence") else o.time_source


def _resolve_anaphora(events: list[EventMention], lx, keys: list[str]) -> None:
    """A bare definite mention ("das Gespräch": no party or place of its own) refers back to the last
    event of the same class or a more or less specific one; one with a time of its own to the last one
    named by the same word, if any, and only to an event of the same status that is not dated to
    other days.  An undated one whose parties all took part in an earlier one of its class ("Das Gericht
    sei der Anklage gefolgt" after "Im Prozess … hat das Landgericht Köln …") refers back to that one."""
    who = lambda e: {keys[p.actor] for p in e.participants}  # noqa: E731
    for i, m in enumerate(events):
        if not m.definite or m.statement or m.place_source == "clause" or m.status == "negated":
            continue
        if m.participants and not m.generic:
            mine = who(m)
            j = next((j for j in range(i - 1, -1, -1) if events[j].type == m.type and not events[j].statement
                      and not events[j].generic and _same_plan(events[j], m) and mine <= who(events[j])),
                     None)
            if j is not None and m.time_source not in ("clause", "sentence"):
                m.antecedent = j
            continue
        dated = m.time_source in ("clause", "sentence")
        nearest = None
        for j in range(i - 1, -1, -1):
            o = events[j]
            if o.statement or o.generic or o.status == "negated":
                continue
            if m.status_cue and not _same_plan(o, m) and (o.status_cue or o.time_source in ("clause", "sentence")):
                # "die VLP rief den zweitägigen Streik aus" after a strike dated to the past: another one
                # (an undated earlier mention with no cue has its status only by default)
                continue
            if dated and o.time_source == "publication" and o.lemma != m.lemma and _long_before(m.time, o.time):
                # "Die Innerste ist über die Ufer getreten … das Hochwasser im Juli 2017": the news of
                # the day is recent, a flood dated years back is another one (the same word may still
                # date when it began: "Der Prozess hatte Anfang Januar begonnen")
                continue
            if lx.subsumes(m.type, o.type) or lx.subsumes(o.type, m.type):
                if nearest is None or (o.type == m.type and events[nearest].type != m.type):
                    # "das Urteil" after "Urteilsverkündung … der Anklage gefolgt": its own class first
                    nearest = j
                if dated and o.lemma == m.lemma and (not m.status_cue or o.status == m.status):
                    # "Der Prozess hatte Anfang Januar begonnen" after "Im Prozess um … hat das Gericht …
                    # verurteilt": a dated mention names which of the article's events it dates by its
                    # word ("dem anstehenden Telefonat" is still not the call that took place)
                    nearest = j
                    break
        if nearest is not None:
            o = events[nearest]
            # "Die GDL hat zum Streik aufgerufen. Der Ausstand läuft seit Dienstag …": a dated
            # reference still refers back, when the earlier event has its status and is not dated
            # to other days
            if not dated or (o.status == m.status and (o.time_source not in ("clause", "sentence")
                                                       or _overlap(m.time, o.time))):
                m.antecedent = nearest


def _same_plan(earlier: EventMention, later: EventMention) -> bool:
    """The later mention can tell of the earlier one's event: the same status, or a plan called off or
    moved since ("Die CDU hatte eine Sondersitzung beantragt. … die Sitzung findet nicht statt")."""
    return earlier.status == later.status or (
        earlier.status == "planned" and later.status in ("cancelled", "postponed"))


def _resolve_elaboration(events: list[EventMention]) -> None:
    """"Verdi hat zu einem Warnstreik aufgerufen. Die Busfahrer sollen am Montag die Arbeit niederlegen":
    a dated verb right after an undated mention of the same class and status, naming no party of its
    own, tells when that one happens; so does a dated definite noun ("Ein Waldbrand in der Serra ist
    außer Kontrolle. Das Feuer war am Sonntag … ausgebrochen")."""
    for i, m in enumerate(events):
        if m.antecedent is not None or m.statement or m.generic or not (m.pos == "verb" or m.definite) \
                or m.participants \
                or m.time_source not in ("clause", "sentence"):
            continue
        noun = m.pos == "noun"
        for j in range(i - 1, -1, -1):
            o = events[j]
            if m.sentence - o.sentence > (_ELABORATION_SENTENCES if noun else 1):
                break
            if o.statement or o.generic or (noun and o.type != m.type):
                continue  # a definite noun names its class: it looks past other events for its own
            if o.type == m.type and o.status == m.status and o.time_source in ("none", "publication") \
                    and not (noun and _long_before(m.time, o.time)):  # "das Hochwasser im Mai 2013": another
                m.antecedent = j
            break


def _talks_held(events: list[EventMention], lx) -> None:
    """"Am Mittwoch stehen politische Gespräche im Kanzleramt auf dem Programm. Scholz will mit Ferreyra
    … sprechen": an undated talk right after talks with no parties of their own says who holds them; it is
    that meeting, with its day and room."""
    for i, m in enumerate(events):
        if m.lemma not in TALK_VERBS or m.pos != "verb" or m.type != "Communication" or m.antecedent is not None \
                or m.time_source not in ("none", "publication"):
            continue
        for j in range(i - 1, -1, -1):
            o = events[j]
            if o.sentence < m.sentence - 1:
                break
            if o.statement or o.generic or o.status == "negated":
                continue
            if lx.subsumes("Meeting", o.type) and o.status == m.status and not o.participants:
                m.type, m.antecedent = o.type, j
                if o.time is not None:
                    m.time, m.time_source = o.time, "discourse"
                if m.place is None and o.place is not None:
                    m.place, m.place_source = o.place, "discourse"
            break


def _discourse_time(events: list[EventMention], doc: Doc, free_times: dict[int, list[Timex]]) -> None:
    """What happened with no date of its own takes the day the story tells around it, when that day lies
    in the publication window it would otherwise get (so it narrows the window, never moves it):

    - the next sentence names one of its parties and a day no event of it took: "hat das Landgericht
      Steiner verurteilt. Die Strafkammer sah es am Donnerstag als erwiesen an, …";
    - else the event told right before it, in its sentence or the one before, has that day: "Am Rande der
      Abschlusskundgebung warfen Vermummte Flaschen. Drei Männer wurden vorläufig festgenommen."

    ``time_source`` is "discourse" for either."""
    for i, m in enumerate(events):
        if m.time_source != "publication" or m.pos != "verb" or m.statement or m.generic or m.status != "occurred" \
                or m.antecedent is not None or m.time is None or m.time.bounds is None:
            continue
        lo, hi = m.time.bounds
        inside = [t for t in free_times.get(m.sentence + 1, []) if t.bounds and lo <= t.bounds[0] <= t.bounds[1] <= hi]
        parties = {doc.actors[p.actor].name for p in m.participants} if m.parties_source == "clause" else set()
        if inside and parties & _names_in(doc, m.sentence + 1):
            m.time, m.time_source = inside[0], "discourse"
            continue
        for j in range(i - 1, -1, -1):
            o = events[j]
            if o.sentence < m.sentence - 1:
                break
            if o.statement or o.generic:
                continue
            while o.antecedent is not None and o.time_source not in ("clause", "sentence", "discourse"):
                o = events[o.antecedent]
            if o.time_source in ("clause", "sentence", "discourse") and o.time is not None and o.time.bounds \
                    and lo <= o.time.bounds[0] <= o.time.bounds[1] <= hi and o.time.bounds != (lo, hi):
                m.time, m.time_source = o.time, "discourse"
                if events[j].type == m.type and events[j].status == m.status:
                    # "hat Lumora am Mittwochabend den Roboter vorgestellt. Konzernchefin Albers präsentierte
                    # das Gerät vor 600 Gästen": the same act told again, in more detail
                    m.antecedent = j
            break


def _names_in(doc: Doc, si: int) -> set[str]:
    """The names of the actors sentence ``si`` mentions."""
    sent = doc.sentences[si]
    return {a.name for a in doc.actors if sent.start <= a.start < sent.end and a.kind != "unknown"}


#: How far back a dated definite noun looks for the undated mention it elaborates ("Ein Waldbrand … ist
#: außer Kontrolle. [two sentences on the firefighters] Das Feuer war am Sonntag ausgebrochen")
_ELABORATION_SENTENCES = 3


def _inherit_parties(events: list[EventMention], lx) -> None:
    """A definite mention with no party of its own ("Die Verhandlungen in Hamburg scheiterten") is
    between the parties of the article's last event of its family that named some: a story's
    negotiations, strikes or meetings are those of its protagonists."""
    last: dict[str, list[Participant]] = {}
    every: dict[str, dict[int, Participant]] = {}
    for m in events:
        if m.statement:
            continue
        fam = family(m.type, lx)
        if m.participants:
            if not m.generic and m.status != "negated" and m.parties_source == "clause":
                last[fam] = m.participants
                for p in m.participants:
                    every.setdefault(fam, {}).setdefault(p.actor, p)
        elif fam in last and (m.definite or m.thread) and not m.generic and m.status != "negated":
            # only a definite mention ("die Verhandlungen") continues the story's thread; "ein
            # Waffenstillstand im März" after another ceasefire is a new one, of other parties.  A thing
            # told of before ("Der Roboter könnte … erscheinen") is all who brought it out so far.
            parties = list(every[fam].values()) if m.thread else last[fam]
            m.participants = [Participant(p.actor, p.role) for p in parties]
            m.parties_source = "discourse"


def _implied_agents(events: list[EventMention], doc: Doc, lx) -> None:
    """"Drei Männer wurden vorläufig festgenommen": an arrest with no party is the police's, when the
    article names the police (the last named before it, else the first after)."""
    for m in events:
        if m.participants or m.statement or m.generic:
            continue
        word = next((w for cls, w in IMPLIED_AGENTS.items() if lx.subsumes(cls, m.type)), None)
        if word is None:
            continue
        agents = [i for i, a in enumerate(doc.actors) if a.kind == "organisation" and word in a.name.casefold()]
        if agents:
            before = [i for i in agents if doc.actors[i].start < m.start]
            m.participants = [Participant(before[-1] if before else agents[0], "participant")]
            m.parties_source = "discourse"


def _bargaining_sides(events: list[EventMention], doc: Doc, lx) -> None:
    """Talks no clause names the sides of ("Die sechste Verhandlungsrunde scheiterte") are between the
    article's two protagonists: the two organisations it names most often, each at least twice
    (a union and an employer, a council and an investor).  Marked as discourse parties, like inherited ones."""
    talks = [m for m in events if not m.participants and not m.statement and not m.generic
             and m.status != "negated" and lx.subsumes("Negotiation", m.type)]
    if not talks:
        return
    first: dict[str, int] = {}
    count: dict[str, int] = {}
    for i, a in enumerate(doc.actors):
        if a.kind == "organisation":
            name = a.name.casefold()  # "Gewerkschaft Verdi" (by its cue) and "Verdi" (in the KB) are one side
            first.setdefault(name, i)
            count[name] = count.get(name, 0) + 1
    ranked = sorted(count, key=lambda k: (-count[k], first[k]))[:3]
    if len(ranked) < 2 or count[ranked[1]] < 2 or (len(ranked) == 3 and count[ranked[2]] == count[ranked[1]]):
        return  # no clear two sides
    sides = sorted((first[k] for k in ranked[:2]))
    for m in talks:
        m.participants = [Participant(i, "participant") for i in sides]
        m.parties_source = "discourse"


def _long_before(a: Timex | None, b: Timex | None) -> bool:
    """``a`` ended more than the reach of a past perfect (a week) before ``b`` began."""
    if a is None or b is None or a.bounds is None or b.bounds is None:
        return False
    return a.bounds[1] < b.bounds[0] - timedelta(days=PLUPERFECT_DAYS)


def _overlap(a: Timex | None, b: Timex | None) -> bool:
    if a is None or b is None or a.bounds is None or b.bounds is None:
        return False
    return a.bounds[0] <= b.bounds[1] and b.bounds[0] <= a.bounds[1]


def family(cls: str, lx=None) -> str:
    """The class just below sem:Event — or below Communication, whose children are different acts."""
    lx = lx or lexicon()
    chain = [cls, *lx.ancestors(cls)]
    top = chain[-1]
    if top == "Communication" and len(chain) >= 2:
        return chain[-2]
    return top



# ---------------------------------------------------------------------------
# one sentence: who is where in which clause


@dataclass(slots=True)
class _Roles:
    speakers: dict[int, int]  # statement trigger token → speaker actor
    attached: dict[int, list[int]]  # noun trigger token → actors in its noun phrase
    free: list[int]  # subjects and objects of the clause: parties attached to no noun
    locations: list[int]
    pronoun: bool  # the clause has "er" (or "ich" in a quote) and may mean the topic person
    venue: bool  # a platform, medium or venue: a statement made there is an event
    occasion: bool  # a room or an occasion ("im Gerichtssaal"): a statement made there is on the timeline


class _Sentence:
    """What the mentions of one sentence share: tokens, clauses, actors, times, triggers."""

    def __init__(self, doc: Doc, index: int, toks: list[_Tok], clauses: list[tuple[int, int]], actors: list[int],
                 times: list[Timex], found: list[tuple[int, Trigger]], pub: date | None, topic_person: int | None):
        self.doc, self.index, self.toks, self.clauses = doc, index, toks, clauses
        self.actors, self.times, self.found, self.pub, self.topic_person = actors, times, found, pub, topic_person
        self.claimed = _announced_on(_claim_times(found, times, toks, clauses), found, toks, clauses, pub)
        # a date in a "seit" phrase dates only what the phrase names (_claim_times): no sentence time
        self._in_seit = {id(t) for t in times if _seit_phrase(toks, _tok_at(toks, t.start)) is not None}
        self._roles: dict[tuple[int, int], _Roles] = {}
        self._quotes = _quotes(toks)

    def quote_of(self, ti: int) -> tuple[int, int] | None:
        """The direct quote token ``ti`` stands in, as a token range, if any."""
        return next(((a, b) for a, b in self._quotes if a <= ti < b), None)

    def clause_of(self, ti: int) -> tuple[int, int]:
        return self.clauses[_clause_of(self.clauses, ti)]

    def after_earlier(self, ti: int) -> Timex | None:
        """From the day of the last event dated before token ``ti`` in another clause to the day of the news."""
        c = _clause_of(self.clauses, ti)
        before = [(self.found[k][0], t) for k, t in self.claimed.items()
                  if self.found[k][0] < ti and _clause_of(self.clauses, self.found[k][0]) != c]
        if not before or self.pub is None:
            return None
        t = max(before, key=lambda x: x[0])[1]
        last = self.pub.isoformat()
        return _spanning(t, t.earliest, last, "date") if t.earliest <= last else None

    def all_speakers(self) -> list[int]:
        return sorted({sp for r in self._roles.values() for sp in r.speakers.values()})

    def roles(self, a: int, b: int, statement_classes: set[str]) -> _Roles:
        if (a, b) in self._roles:
            return self._roles[(a, b)]
        doc, toks = self.doc, self.toks
        lo, hi = toks[a].start, toks[b - 1].end
        here = [i for i in self.actors if lo <= doc.actors[i].start < hi]
        venues = [i for i in here if _is_venue(doc.actors[i])]
        locations = [i for i in here if _is_location(doc.actors[i], toks, a)]
        attribution = set(_attribution(doc, toks[a:b], here))
        persons_at = [doc.actors[i].start for i in here if doc.actors[i].kind == "person"]
        parties = [i for i in here if i not in attribution and i not in locations and i not in venues
                   and _is_party(doc.actors[i])
                   # "Russlands Präsident Wladimir Putin": the country qualifies the person
                   and not (doc.actors[i].kind == "place" and any(0 < p - doc.actors[i].end <= 30 for p in persons_at))]
        words = {t.low for t in toks[a:b]}
        pronoun = bool(words & PERSONAL_PRONOUNS_3SG) or "ich" in words
        speakers: dict[int, int] = {}
        nouns = [ti for ti, trig in self.found if a <= ti < b and trig.pos == "noun" and trig.cls not in statement_classes]
        # "Das Gespräch mit Putin nannte Trump …": a name inside an event noun's phrase does not speak
        in_np = {i for n, ti in enumerate(nouns) for i in parties if toks[ti].end <= doc.actors[i].start
                 < toks[_np_end(toks, ti, nouns[n + 1] if n + 1 < len(nouns) else b) - 1].end}
        for ti, trig in self.found:
            if a <= ti < b and trig.cls in statement_classes:
                sp = _speaker(doc, [i for i in parties if i not in in_np] or parties, toks[ti].start, toks[ti].end)
                if sp is None and pronoun and self.topic_person is not None:
                    sp = self.topic_person
                if sp is None:
                    sp = self.relative_subject(a)
                if sp is not None:
                    speakers[ti] = sp
        taken = set(speakers.values())
        attached: dict[int, list[int]] = {}
        for n, ti in enumerate(nouns):
            stop = nouns[n + 1] if n + 1 < len(nouns) else b
            span_end = _np_end(toks, ti, stop)
            mine = [i for i in parties if i not in taken and toks[ti].end <= doc.actors[i].start < toks[span_end - 1].end]
            # a possessor right before the noun: "Trumps Treffen", "Trumps bevorstehendem Treffen"
            mine += [i for i in parties if i not in taken and i not in mine and doc.actors[i].end <= toks[ti].start
                     and _tok_at(toks, doc.actors[i].end - 1) >= ti - 2 and doc.actors[i].text.endswith("s")]
            attached[ti] = mine
        rc = _relative_clause_after(self.clauses, toks, b) if nouns else None  # ", an dem Selenskyj … teilnahmen"
        if rc is not None:
            ra, rb = self.clauses[rc]
            # ", falls die Bahn …" is a conditional clause, not a relative one, ", während der …" neither
            if toks[ra].low not in SUBORDINATORS and not any(ra <= ti < rb for ti, _ in self.found):
                lo2, hi2 = toks[ra].start, toks[rb - 1].end
                attached[nouns[-1]] = attached[nouns[-1]] + [
                    i for i in self.actors if lo2 <= doc.actors[i].start < hi2 and _is_party(doc.actors[i])]
        attached_all = {i for v in attached.values() for i in v}
        free = [i for i in parties if i not in taken and i not in attached_all]
        occasion = _has_venue(toks, a, b, occasions=True)
        venue = occasion or bool(venues) or _has_venue(toks, a, b)
        r = _Roles(speakers, attached, free, locations, pronoun, venue, occasion)
        self._roles[(a, b)] = r
        return r

    def relative_subject(self, a: int) -> int | None:
        """"Donald Trump, der das Gespräch … bestätigte": a relative clause's speaker is the name before it."""
        toks, doc = self.toks, self.doc
        if a < 2 or toks[a - 1].text != "," or toks[a].low not in RELATIVE_PRONOUNS:
            return None
        before = [i for i in self.actors if doc.actors[i].kind == "person" and doc.actors[i].end <= toks[a - 1].start
                  and _tok_at(toks, doc.actors[i].end - 1) == a - 2]
        return before[0] if before else None

    def place_for(self, k: int, locations: list[int]) -> int | None:
        """The first location of the clause, when this trigger is the one nearest to it."""
        if not locations:
            return None
        doc, toks = self.doc, self.toks
        ca, cb = self.clause_of(self.found[k][0])
        local = [j for j, (ti, _) in enumerate(self.found) if ca <= ti < cb]
        # "im Weißen Haus über sein Telefonat … sprechen": what is talked about happened elsewhere
        local = [j for j in local if self.found[j][1].pos != "noun" or not _topic(toks, self.found[j][0], ca, cb)] \
            or local
        def owner(p: int) -> int:
            pi = _tok_at(toks, doc.actors[p].start)
            nouns_before = [j for j in local if self.found[j][1].pos == "noun" and 0 < pi - self.found[j][0] <= 7
                            and not any(self.found[j][0] < self.found[o][0] < pi for o in local)
                            and not (_in_purpose_phrase(toks, self.found[j][0], ca)
                                     and not _follows_noun(toks, self.found[j][0], pi))]
            if nouns_before:  # "die Vereinbarung eines Gipfeltreffens in Budapest bestätigte …"
                return max(nouns_before, key=lambda j: self.found[j][0])
            return min(local, key=lambda j: (abs(self.found[j][0] - pi), -self.found[j][0]))
        mine = [p for p in locations if owner(p) == k]
        return min(mine, key=lambda p: doc.actors[p].start) if mine else None

    def sentence_time(self, k: int, status: str) -> tuple[Timex | None, str]:
        """A time from elsewhere in the sentence: an unclaimed one, or for the past any past one."""
        ti = self.found[k][0]
        if self.toks[self.clause_of(ti)[0]].low in CONDITIONALS:
            return None, "none"  # "Sollte die Schlichtung scheitern, würden am Montag Flüge ausfallen"
        taken = {id(t) for t in self.claimed.values()}
        pool = [t for t in self.times if id(t) not in taken and id(t) not in self._in_seit]
        if status == "occurred":
            pool += [t for t in self.times if id(t) in taken and self.pub is not None
                     and date.fromisoformat(t.latest) < self.pub]
        if status in ("planned", "possible"):
            pool = [t for t in pool if self.pub is None or date.fromisoformat(t.latest) >= self.pub]
        a, b = self.clause_of(ti)
        if self.found[k][1].pos == "noun" and _in_ordering_phrase(self.toks, ti, a):
            # "Nach dem Rücktritt zog die Fraktion ihren Antrag am Dienstag zurück": the day of what came after
            pool = [t for t in pool if not a <= _tok_at(self.toks, t.start) < b]
        if status in ("cancelled", "postponed"):
            # "zog die Fraktion ihren Antrag am Dienstag zurück; die Sitzung findet nicht statt": the day
            # elsewhere in the sentence is the calling off's, the event's own day is the plan's
            pool = [t for t in pool if a <= _tok_at(self.toks, t.start) < b]
        quote = self.quote_of(ti)
        if quote is not None:  # "„… zur Vollsperrung keine Alternative“, sagte er am Montag": the day he said it
            pool = [t for t in pool if quote[0] <= _tok_at(self.toks, t.start) < quote[1]]
        if not pool:
            return None, "none"
        return min(pool, key=lambda t: (abs(_tok_at(self.toks, t.start) - ti), t.start)), "sentence"


def _relative_clause_after(clauses: list[tuple[int, int]], toks: list[_Tok], b: int) -> int | None:
    """The clause right after the comma at token ``b``, when a relative pronoun opens it (", der …", ", an
    dem …"; ", insbesondere die Handelsbeziehungen …" is none)."""
    if b + 1 >= len(toks) or toks[b].text != ",":
        return None
    c = _clause_of(clauses, b + 1)
    ra, rb = clauses[c]
    rel = [t.low for t in toks[ra:min(rb, ra + 2)]]
    if ra != b + 1 or not (rel[0] in RELATIVE_PRONOUNS or (
            len(rel) > 1 and rel[1] in RELATIVE_PRONOUNS and rel[0] in _REL_PREPOSITIONS)):
        return None
    return c


def _after_relative_clause(clauses: list[tuple[int, int]], toks: list[_Tok], b: int) -> tuple[int, int] | None:
    """The clause that goes on after a relative clause right behind a noun's clause (", auf der …, wurde
    verschoben"), when it opens with a finite verb."""
    c = _relative_clause_after(clauses, toks, b)
    if c is None:
        return None
    rb = clauses[c][1]
    if c + 1 >= len(clauses) or rb >= len(toks) or toks[rb].text != ",":
        return None
    na, nb = clauses[c + 1]
    if na != rb + 1 or not toks[na].text[:1].islower() or toks[na].low in SUBORDINATORS:
        return None
    return na, nb


def _new_slot(times: list[Timex], toks: list[_Tok], a: int, b: int) -> Timex | None:
    """The time a postponed event moved to: the clause's date after "auf" ("auf den 18. November", "auf
    Anfang April"); the event now happens then, the day it was planned for is history."""
    for t in times:
        ti = _tok_at(toks, t.start)
        if a <= ti < b and any(toks[j].low == "auf" for j in range(max(a, ti - 2), ti + 1)):
            return t
    return None


def _quotes(toks: list[_Tok]) -> list[tuple[int, int]]:
    """The direct quotes of a sentence as token ranges.  A mark glued to the word after it opens a quote
    ("„Wir"), any other closes one ("Alternative“,"); a sentence whose first mark closes a quote
    continues one opened in a sentence before."""
    out: list[tuple[int, int]] = []
    start: int | None = 0
    tentative = True  # open from the sentence's start until its first mark says otherwise
    for k, t in enumerate(toks):
        if t.text not in OPENING_QUOTES and t.text not in CLOSING_QUOTES:
            continue
        glued = k + 1 < len(toks) and toks[k + 1].start == t.end and toks[k + 1].text[:1].isalnum()
        if t.text in OPENING_QUOTES and glued and (start is None or tentative):
            start = k + 1
        elif start is not None:
            if k > start:
                out.append((start, k))
            start = None
        tentative = False
    return out


def pub_after(t: Timex, pub: date | None) -> bool:
    return pub is not None and date.fromisoformat(t.earliest) > pub


def _is_venue(m: ActorMention) -> bool:
    return m.kind == "organisation" and m.entity is not None and m.entity.org_type in ("Platform", "Media")


def _speaker(doc: Doc, parties: list[int], offset: int, end: int) -> int | None:
    """Who speaks: a name right after the verb ("sagte Peskow"), else the clause's first person
    (its subject: "Der US-Präsident hat ein Treffen mit … angekündigt"), else an organisation or country."""
    rank = {"person": 0, "organisation": 1, "group": 1, "place": 2}
    # "Steiners Verteidiger Marc Lindemann kündigte an": a possessor before another's title does not speak
    parties = [i for i in parties if not (
        doc.actors[i].text.endswith(("s", "'", "’")) and doc.actors[i].kind == "person" and any(
            doc.actors[j].kind == "person" and 0 < doc.actors[j].start - doc.actors[i].end <= 25
            for j in parties if j != i))] or parties
    if not parties:
        return None
    right_after = [i for i in parties if end <= doc.actors[i].start <= end + 40 and doc.actors[i].kind == "person"]
    if right_after and not any(offset > doc.actors[i].start for i in parties if doc.actors[i].kind == "person"):
        return min(right_after, key=lambda i: doc.actors[i].start)
    return min(parties, key=lambda i: (rank.get(doc.actors[i].kind, 3), doc.actors[i].start))


def _np_end(toks: list[_Tok], ti: int, stop: int) -> int:
    """Where the noun phrase after an event noun ends: "Treffen von Trump und Putin | in Budapest"."""
    j = ti + 1
    while j < stop:
        t = toks[j]
        if t.low in NP_LINKS or t.text[:1].isupper() or (t.text[:1].islower() and t.low.endswith(("en", "er", "em", "es"))
                                                          and j + 1 < stop and toks[j + 1].text[:1].isupper()):
            j += 1
            continue
        break
    return max(j, ti + 1)


def _counted_group(toks: list[_Tok], a: int, b: int) -> bool:
    """The clause counts people or things: "Drei Männer", "rund 300 Menschen" (not "ein Mann")."""
    return any((toks[j].low.isdigit() or NUMBER_WORDS.get(toks[j].low, 1) > 1) and toks[j + 1].text[:1].isupper()
               for j in range(a, b - 1))


def _definite_subject(toks: list[_Tok], a: int, ti: int, s: "_Sentence") -> bool:
    """The clause's first definite noun outside a phrase names no actor ("Der Roboter könnte …", "soll der
    Roboter … auf den Markt kommen"): a thing the story has told of, so the verb continues its thread."""
    for j in range(a, ti - 1):
        if toks[j].low in ("der", "die", "das") and toks[j + 1].text[:1].isupper() \
                and (j == a or toks[j - 1].low not in _NOUN_PP_HEADS):
            return not any(s.doc.actors[i].start <= toks[j + 1].start < s.doc.actors[i].end for i in s.actors)
    return False


def _np_walk_back(toks: list[_Tok], ti: int, a: int):
    """Tokens before a noun inside its noun phrase, nearest first, ending at the first word outside it."""
    for j in range(ti - 1, max(a, ti - 5) - 1, -1):
        yield j
        w = toks[j].low
        if not (w in DEFINITE_DETERMINERS or w in NP_FILLERS or w in ("einem", "einer", "ein", "eine", "einen", "eines", "solchen", "solche")
                or (toks[j].text[:1].islower() and w.endswith(("e", "en", "er", "em", "es")))
                or toks[j].text.endswith("s")):
            return


def _follows_noun(toks: list[_Tok], ni: int, ti: int) -> bool:
    """The time expression at ``ti`` is inside the phrase of the noun at ``ni`` ("vor dem Treffen mit
    Selenskyj am Freitag"), not after the phrase in its clause ("Nach dem Scheitern … hat die VLP am …")."""
    return ni < ti and all(t.text[:1].isupper() or t.low in _NOUN_COMPLEMENT for t in toks[ni + 1:ti])


_NOUN_COMPLEMENT = frozenset({"mit", "zwischen", "und", "von", "in", "im", "der", "des", "dem", "den", "die"})


def _reading(trig: Trigger, toks: list[_Tok], a: int, b: int, placed: bool = False) -> str:
    """The class a trigger names in its clause.  "Das Gericht will verhandeln und entscheiden": a court
    hears a case and rules on it, it does not negotiate or take a decision of its own.  "Vertreter zu
    einem Gespräch einladen": a talk one is invited to is a meeting, not any exchange (a call, a letter)."""
    court = COURT_VERBS.get(trig.lemma) if trig.pos == "verb" else None
    if court and any(t.low.endswith("gericht") or t.low in COURT_WORDS for t in toks[a:b]):
        return court
    if trig.cls == "Communication" and trig.pos == "noun" and any(
            t.low.isalpha() and t.low[:1].islower() and lemma(t.low) in MEETING_VERBS for t in toks[a:b]):
        return "Meeting"
    if trig.lemma == "vorstellen" and any(
            toks[j].low == "als" and any(_role_title(t.text) for t in toks[j + 1:j + 4]) for j in range(a, b)):
        return "Appointment"  # "stellte der Club Sven Kowalczyk als neuen Cheftrainer vor"
    if trig.lemma in TALK_VERBS and trig.pos == "verb" and placed:
        return "Meeting"  # "am Freitag im Weißen Haus mit ihm sprechen": talks in a room, not a call
    if trig.cls == "Visit" and trig.pos == "verb" and any(t.text in SPORT_CONTEXT or t.low.endswith("liga")
                                                          for t in toks[a:b]):
        return "SportsMatch"  # "empfängt Darmstadt in der 2. Bundesliga den Karlsruher SC": a home game
    if trig.cls == "Travel" and trig.pos == "verb" and any(
            t.low.endswith(VEHICLES) for t in toks[max(0, a - _VEHICLE_REACH):b]):
        # "Ein Flugzeug der Bundeswehr mit Zelten soll in Arequipa landen", "schickt zwei Löschflugzeuge,
        # die in Portimão eintreffen sollen": a vehicle that arrives brings something
        return "Delivery"
    return trig.cls


def _role_title(word: str) -> bool:
    """A title for a post ("Cheftrainer", "Sachwalterin"), also as a compound's end ("Interimstrainer")."""
    titles = lexicon().role_titles
    return word[:1].isupper() and (word in titles or any(word.endswith(t.lower()) for t in titles if len(t) >= 5))


#: Tokens before the clause a vehicle may stand in ("schickt zwei Löschflugzeuge vom Typ X, die … eintreffen")
_VEHICLE_REACH = 6


def _in_ordering_phrase(toks: list[_Tok], ti: int, a: int) -> bool:
    """A noun after "nach", "vor", "im Anschluss an" — also as the genitive of the phrase's head
    ("Nach dem Scheitern der Verhandlungen"): it names another event than its clause's."""
    last = None
    for j in _np_walk_back(toks, ti, a):
        last = j
        if toks[j].low in ORDER_AFTER or toks[j].low in ORDER_BEFORE:
            return True
    if last is not None and last > a and toks[last].text[:1].isupper() and toks[last + 1].low in ("der", "des"):
        return any(toks[j].low in ORDER_AFTER or toks[j].low in ORDER_BEFORE for j in _np_walk_back(toks, last, a))
    return False


_PP_HEADS = LOCATIVE_PREPOSITIONS | ORDER_AFTER | ORDER_BEFORE | TOPIC_PREPOSITIONS | {
    "zu", "zur", "zum", "für", "gegen", "unter", "durch"}
_NOUN_PP_HEADS = _PP_HEADS | {"wegen", "trotz", "während", "bis"}
_NAME_PP_HEADS = _PP_HEADS | {"mit", "von", "vom", "zwischen"}


_ARTICLES = DEFINITE_DETERMINERS | INDEFINITE_ARTICLES
#: Prepositions of the occasion an act took place at: "in einem Telefonat vereinbart", "beim Gipfel angekündigt"
OCCASION_PREPOSITIONS = ORDER_AFTER | {"in", "im", "bei", "beim", "während"}


def _attributive(toks: list[_Tok], ti: int, a: int, b: int) -> bool:
    """An inflected word between an article and a noun is an adjective ("die geräumten Straßen"), unless the
    article stands alone as the clause's subject ("Das kündigten die Vorstände an"); a bare -e is left
    alone, as it ends the past tense too ("Das kündigte Brandner an")."""
    return (a < ti and ti + 1 < b and toks[ti - 1].low in _ARTICLES and toks[ti + 1].text[:1].isupper()
            and toks[ti].low.endswith(("en", "em", "er", "es"))
            and not (ti - 1 == a and toks[ti - 1].low in ("das", "dies", "der", "die")))


def _in_purpose_phrase(toks: list[_Tok], ti: int, a: int) -> bool:
    """"Die Gegner für das Achtelfinale werden am Sonntag ausgelost": what the clause's act is for, which
    takes the clause's day and place only when they stand in its own phrase."""
    return _pp_head(toks, ti, a) == "für"


def _in_pp(toks: list[_Tok], ti: int, a: int) -> bool:
    """The noun sits in a prepositional phrase ("nach der Invasion"): the clause's subject is not its party."""
    return _pp_head(toks, ti, a) is not None


def _pp_head(toks: list[_Tok], ti: int, a: int) -> str | None:
    """The preposition of the phrase the noun sits in, if it sits in one — also as the genitive of the
    phrase's head ("Am Rande der Abschlusskundgebung", "im Vorfeld des Gipfels")."""
    last = None
    for j in _np_walk_back(toks, ti, a):
        if toks[j].low in _NOUN_PP_HEADS:
            return toks[j].low
        last = j
    if last is not None and last > a and toks[last].text in PREPOSITIONAL_NOUNS \
            and toks[last + 1].low in ("der", "des") and toks[last - 1].low in _NOUN_PP_HEADS:
        return toks[last - 1].low
    return None


def _after_mit(toks: list[_Tok], ti: int, a: int) -> bool:
    """The name is the one something is done with ("mit dem Ukrainer", "mit Kremlchef Putin")."""
    for j in range(ti - 1, max(a, ti - 4) - 1, -1):
        if toks[j].low == "mit":
            return True
        if not (toks[j].text[:1].isupper() or toks[j].low in DEFINITE_DETERMINERS):
            return False
    return False


def _name_in_pp(toks: list[_Tok], ti: int, a: int) -> bool:
    """A name inside a prepositional phrase, across its titles: "unter Trumps Amtsvorgänger Joe Biden"."""
    for j in range(ti - 1, max(a, ti - 6) - 1, -1):
        t = toks[j]
        if t.low in _NAME_PP_HEADS:
            return True
        if not (t.text[:1].isupper() or t.low in DEFINITE_DETERMINERS or t.low.endswith(("e", "en", "er", "em", "es"))):
            return False
    return False


def _topic(toks: list[_Tok], ti: int, a: int, b: int | None = None) -> bool:
    """The noun is what people talk about ("über die Lieferung", "warnte vor einer Lieferung", "hatte vor
    Unwetter gewarnt": the governing word may stand before or, verb-final, after the noun)."""
    for j in _np_walk_back(toks, ti, a):
        w = toks[j].low
        if w in TOPIC_PREPOSITIONS:
            return True
        governing = GOVERNS_VOR if w == "vor" else GOVERNS_ZU if w in ("zu", "zum", "zur") else None
        # "hat sich am Dienstagabend zu dem Angriff bekannt"
        if governing and any(lemma(toks[i].low) in governing or toks[i].low in governing
                             for i in [*range(a, ti), *range(ti + 1, b or ti)]):
            return True
    return False


_LASTING = re.compile(r"(\d+|ein|zwei|drei|vier|fünf|sechs|sieben|ganz)-?(stündig|tägig)(e|en|er|es|em)?")


def _lasting(time: Timex, toks: list[_Tok], ti: int, a: int) -> Timex:
    """A day and a length in the noun phrase ("der 48-stündige Ausstand ab Montag", "ein zweitägiger
    Gipfel am Montag"): the event starts that day and runs as many days as it lasts."""
    if time.earliest is None or time.earliest != time.latest:
        return time
    for j in _np_walk_back(toks, ti, a):
        word = toks[j].low
        if j - 2 >= a and toks[j - 1].low == "-" and toks[j - 1].start == toks[j - 2].end:
            word = toks[j - 2].low + word  # the tokenizer splits "48-stündige"
        m = _LASTING.fullmatch(word)
        if m is None:
            continue
        n = int(m[1]) if m[1].isdigit() else 1 if m[1] in ("ein", "ganz") else NUMBER_WORDS[m[1]]
        days = -(-n // 24) if m[2] == "stündig" else n
        if not 1 < days <= 31:
            return time
        last = date.fromisoformat(time.earliest) + timedelta(days=days - 1)
        return _spanning(time, time.earliest, last.isoformat())
    return time


def _definite(toks: list[_Tok], ti: int, a: int) -> bool:
    """A definite noun phrase that may refer back ("das Gespräch"); "der nächste Gipfel" introduces one."""
    words = [toks[j].low for j in _np_walk_back(toks, ti, a)]
    if any(w in NEW_EVENT_MARKERS for w in words):
        return False
    return any(w in DEFINITE_DETERMINERS for w in words)


def _indefinite(toks: list[_Tok], ti: int, a: int) -> bool:
    """"ein zweitägiger Streik": any such event, unless the text dates or places it."""
    return any(toks[j].low in INDEFINITE_ARTICLES for j in _np_walk_back(toks, ti, a))


_PARTICIPLE = re.compile(r"^(?:ab|an|auf|aus|bei|ein|fest|mit|nach|vor|weg|zu|zurück|durch|um)?ge[a-zäöüß]{2,}(?:t|en)$"
                         r"|^[a-zäöüß]{3,}iert$")
#: Subjunctive forms of planning and future: what they report is planned, not a claim about any such event
_SUBJUNCTIVE_PLANS = frozenset({"werde", "solle", "wolle", "möge"})


def _reported_present(toks: list[_Tok]) -> bool:
    """"Ein zweitägiger Streik koste das Unternehmen 30 Millionen Euro": a present subjunctive (reported
    speech) with no participle after it says what any such event does, not that one happened."""
    words = [t.text for t in toks]
    if any(w.islower() and len(w) > 5 and _PARTICIPLE.match(w) for w in words):
        return False  # "sei … gestiegen", "habe … ausgeschlossen", "sei … informiert": a reported past
    for w in words:
        if not w.islower() or w in _SUBJUNCTIVE_PLANS or len(w) < 3:
            continue
        if w == "sei" or (w.endswith("e") and lemma(w) == w[:-1] + "en" and lemma(w) not in PLANNING_LEMMAS):
            return True  # "Trump plane ein Gespräch mit Putin": a reported plan is a planned event
    return False


recognize_events = lazy_component(EventRecognizer)
