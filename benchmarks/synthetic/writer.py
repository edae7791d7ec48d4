"""Writing the sentences of one article: references that know what the reader has already
been told, template filling, date phrases for event mentions, filler drawn without repetition.

A person is introduced once per article with title and full name
(``GLV-Chef Malte Brodersen``) and called by surname after that
(``Brodersen``, genitive ``Brodersens``); an organisation is introduced
with its full name (``die Gewerkschaft Logistik und Verkehr (GLV)``) and
shortened after (``die GLV``).  Every name form written is recorded, which
gives the gold ``persons`` list its exact surface forms.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass, field

from . import filler
from .actors import Org, Person, Registry, person_np
from .dates import Phrase, choose, future_phrases, past_phrases
from .events import Kind
from .german import ACC, DAT, GEN, NOM, PRONOUNS, cap, genitive_name, join_names, number_word, thousands

PLACE_SLOTS = frozenset({"where", "to", "place_name", "city", "city_adj", "where_cap", "land_acc"})


class ArticleState:
    """What one article has said so far."""

    def __init__(self, english: bool, headline: bool = False):
        self.english = english
        self.headline = headline
        self.introduced: set[str] = set()
        self.surname_owner: dict[str, str] = {}
        self.person_forms: list[tuple[Person, str]] = []
        self.org_forms: list[tuple[Org, str]] = []
        self.used: list[object] = []  # actors named in the sentence being written

    def short_ok(self, p: Person, short: str) -> bool:
        if not short:
            return False
        owner = self.surname_owner.setdefault(short, p.pid)
        return owner == p.pid


class _Declined:
    """``{x.nom}``, ``{x.acc}``, ``{x.dat}``, ``{x.gen}``: a reference's four cases from its ``_form``."""

    def _form(self, case: int) -> str:
        raise NotImplementedError

    nom = property(lambda self: self._form(NOM))
    acc = property(lambda self: self._form(ACC))
    dat = property(lambda self: self._form(DAT))
    gen = property(lambda self: self._form(GEN))


class PersonRef(_Declined):
    """``{a.nom}``, ``{a.dat}``, ``{a.gen}``, ``{a.sur}``, ``{a.er}`` … for one person in one article."""

    def __init__(self, state: ArticleState, person: Person):
        self.st, self.p = state, person

    def _form(self, case: int) -> str:
        st, p = self.st, self.p
        full, short = p.forms(st.english)
        st.used.append(p)
        if p.pid not in st.introduced and not st.headline:
            st.introduced.add(p.pid)
            st.short_ok(p, short)
            st.person_forms.append((p, full))
            if p.title is None and not p.adjective:
                return ("von " if case == GEN else "") + full + p.suffix
            article = (not p.bare or case == GEN or (p.title is not None and p.title.kind == "adj" and case != NOM))
            return person_np(p, case, full, article)
        name = short if st.short_ok(p, short) or (st.headline and short) else full
        if case == GEN:
            g = genitive_name(name)
            if g:
                st.person_forms.append((p, g))
                return g
            st.person_forms.append((p, name))
            return "von " + name
        st.person_forms.append((p, name))
        return name

    @property
    def sur(self) -> str:
        """The surname when the reader knows the person (always in a headline), else the full name."""
        st, p = self.st, self.p
        full, short = p.forms(st.english)
        st.used.append(p)
        if st.headline or p.pid in st.introduced:
            name = short if short and (st.headline or st.short_ok(p, short)) else full
        else:
            st.introduced.add(p.pid)
            st.short_ok(p, short)
            name = full
        st.person_forms.append((p, name))
        return name

    er = property(lambda self: PRONOUNS[self.p.gender][0])
    ihn = property(lambda self: PRONOUNS[self.p.gender][1])
    ihm = property(lambda self: PRONOUNS[self.p.gender][2])
    sein = property(lambda self: PRONOUNS[self.p.gender][3])


class OrgRef(_Declined):
    """``{u.nom}`` … for one organisation in one article: full name first, short form after."""

    def __init__(self, state: ArticleState, org: Org):
        self.st, self.o = state, org

    def _form(self, case: int) -> str:
        st, o = self.st, self.o
        st.used.append(o)
        if o.oid not in st.introduced and not st.headline:
            st.introduced.add(o.oid)
            text = o.intro.case(case)
        else:
            text = o.short.case(case)
        st.org_forms.append((o, text))
        return text

    @property
    def head(self) -> str:
        self.st.used.append(self.o)
        return self.o.headline


class GroupRef:
    """Several actors joined with commas and *und*."""

    def __init__(self, refs: list):
        self.refs = refs

    nom = property(lambda self: join_names([r.nom for r in self.refs]))
    acc = property(lambda self: join_names([r.acc for r in self.refs]))
    dat = property(lambda self: join_names([r.dat for r in self.refs]))


class Ctx(dict):
    """Template slots; ``rnd_*`` keys give a fresh random value each time they are read."""

    RANDOM = ("rnd_pct", "rnd_pct_small", "rnd_k", "rnd_n", "rnd_n0", "rnd_year", "rnd_year_recent", "rnd_n_ord")

    def __init__(self, rng: random.Random, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rng = rng

    def __contains__(self, key: object) -> bool:
        return key in self.RANDOM or dict.__contains__(self, key)

    def __missing__(self, key: str):
        r = self.rng
        if key == "rnd_pct":
            return f"{r.randrange(12, 76)},{r.randrange(10)}"
        if key == "rnd_pct_small":
            return f"{r.randrange(1, 4)},{r.randrange(10)}"
        if key == "rnd_k":
            return thousands(r.randrange(12, 900) * 100)
        if key == "rnd_n":
            return number_word(r.randrange(2, 13))
        if key == "rnd_n0":
            return str(r.randrange(20, 400))
        if key == "rnd_year":
            return str(r.randrange(1952, 2020))
        if key == "rnd_year_recent":
            return str(r.randrange(2014, 2023))
        if key == "rnd_n_ord":
            return r.choice(("dritten", "fünften", "siebten", "neunten", "zwölften", "vierzehnten"))
        raise KeyError(key)


_ROOTS: dict[str, tuple[str, ...]] = {}
_has = dict.__contains__
RANDOM_KEYS = frozenset(Ctx.RANDOM)
_SPACES = re.compile(r" {2,}")
_CONTRACT = re.compile(r"\b(von|zu|bei) (dem|der) ")
_CONTRACTED = {("von", "dem"): "vom", ("zu", "dem"): "zum", ("zu", "der"): "zur", ("bei", "dem"): "beim"}


def _contract(m: re.Match) -> str:
    short = _CONTRACTED.get((m.group(1), m.group(2)))
    return short + " " if short else m.group(0)


def roots(template: str) -> tuple[str, ...]:
    """The slot names a template reads (``{a.nom}`` → ``a``), cached."""
    found = _ROOTS.get(template)
    if found is None:
        found = tuple(dict.fromkeys(re.split(r"[.\[]", f)[0] for _, f, _, _ in string.Formatter().parse(template) if f))
        _ROOTS[template] = found
    return found


_ALTERNATIVE = re.compile(r"\[([^\[\]]*)\]")


def render(template: str, ctx: Ctx, state: ArticleState) -> str | None:
    """The filled, capitalised sentence, or ``None`` when a slot is missing.

    ``[a|b|c]`` in a template is one of the alternatives, drawn with the context's generator.
    """
    for r in _ROOTS.get(template) or roots(template):
        if not _has(ctx, r) and r not in RANDOM_KEYS:
            return None
    state.used = []
    if "[" in template:
        template = _ALTERNATIVE.sub(lambda m: ctx.rng.choice(m.group(1).split("|")), template)
    text = template.format_map(ctx)
    if "  " in text or " ," in text or " ." in text or " :" in text or text.endswith(" ") or text.startswith(" "):
        text = _SPACES.sub(" ", text).replace(" ,", ",").replace(" .", ".").replace(" :", ":").strip()
    if " dem " in text or " der " in text:
        text = _CONTRACT.sub(_contract, text)
    return cap(text)


def tagged(pool, future: bool) -> list[str]:
    """A pool's entries usable in a preview (``future``) or a report: ``past:``/``future:`` tags removed."""
    out = []
    for t in pool:
        if t.startswith("past:"):
            if not future:
                out.append(t[5:])
        elif t.startswith("future:"):
            if future:
                out.append(t[7:])
        else:
            out.append(t)
    return out


@dataclass(slots=True)
class Memory:
    """What earlier articles did, for the ones after: which events they dated, which templates they used."""

    dated: set[str] = field(default_factory=set)
    templates: dict[str, set[str]] = field(default_factory=dict)


# --- one mention of an event ------------------------------------------------------------------------

@dataclass(slots=True)
class Mention:
    """An event as one article tells of it: the gold evidence and what it permits."""

    event: object
    situation: str  # past | today | followup | future | cancel | postpone | minor_past | minor_future
    lead: bool
    phrase: Phrase | None = None
    evidence: str = ""
    actors: list = field(default_factory=list)
    place: bool = False

    @property
    def status(self) -> str:
        return {"future": "planned", "minor_future": "planned", "cancel": "cancelled", "postpone": "postponed"}.get(
            self.situation, "occurred")


FUTURE_SITUATIONS = frozenset({"future", "minor_future", "cancel", "postpone"})
PREFERENCE = {"past": "precise", "today": "precise", "future": "precise", "cancel": "mixed", "postpone": "mixed",
              "followup": "mixed", "minor_past": "vague", "minor_future": "mixed"}


def _fits_time(p: Phrase, event) -> bool:
    """A part of the day or a clock time only where the kind has them, and the same in every article."""
    if p.kind in ("daypart", "night"):
        return event.kind.dayparts and p.value.endswith("T" + event.daypart)
    if p.kind == "clock":
        return event.kind.clock and event.daypart != "NI" and p.value.endswith(f"T{event.hour}:00")
    return True


def _undated_ok(template: str) -> bool:
    return (not template.startswith("{when}") and "Bereits {when}" not in template and "Schon {when}" not in template
            and "{fuer}" not in template)


class ArticleWriter:
    """Writes one article from its plan; returns the text and the mentions it made."""

    def __init__(self, reg: Registry, plan, memory: Memory):
        self.reg = reg
        self.plan = plan
        self.rng = random.Random(plan.seed)
        self.st = ArticleState(english=plan.outlet[3])
        self.title_st = ArticleState(english=plan.outlet[3], headline=True)
        self.memory = memory
        self.future = plan.situation in FUTURE_SITUATIONS
        self.refs: dict[str, object] = {}
        self.title_refs: dict[str, object] = {}
        self.remaining: dict[tuple[str, str], list[str]] = {}  # filler pools not yet drawn from
        self.written: set[str] = set()  # sentences already in this article
        self.used_quotes: set[str] = set()

    # references ------------------------------------------------------------------------------------
    def ref(self, actor, headline: bool = False):
        cache, st = (self.title_refs, self.title_st) if headline else (self.refs, self.st)
        if isinstance(actor, list):
            return GroupRef([self.ref(a, headline) for a in actor])
        key = actor.pid if isinstance(actor, Person) else actor.oid
        if key not in cache:
            cache[key] = PersonRef(st, actor) if isinstance(actor, Person) else OrgRef(st, actor)
        return cache[key]

    def ctx_for(self, event, headline: bool = False) -> Ctx:
        cast = event.cast
        ctx = Ctx(self.rng, cast.data)
        for role, actor in cast.actors.items():
            ctx[role] = self.ref(actor, headline)
            if isinstance(actor, Org):
                if actor.founded:
                    ctx[f"{role}_founded"] = actor.founded
                if actor.staff:
                    ctx[f"{role}_staff" if actor.kind != "union" else f"{role}_members"] = thousands(actor.staff)
            elif isinstance(actor, Person) and actor.since:
                ctx[f"{role}_since"] = actor.since
        place = cast.place
        if place is not None:
            ctx.setdefault("where", place.where)
            ctx.setdefault("to", place.to)
            ctx.setdefault("place_name", place.name)
            ctx.setdefault("where_cap", cap(place.where))
            if place.adjective and place.kind in ("city", "town"):
                ctx.setdefault("city_adj", place.adjective)
                ctx.setdefault("city", place.name)
        ctx.setdefault("where", "")
        ctx.setdefault("city", self.plan.dateline)
        return ctx

    # event sentences --------------------------------------------------------------------------------
    def mention(self, event, situation: str, lead: bool) -> Mention | None:
        """Write the sentence that states ``event``; ``None`` when no template fits."""
        kind: Kind = event.kind
        pub = self.plan.published
        future = situation in FUTURE_SITUATIONS
        templates = list(kind.templates(event.cast, situation))
        if not templates and situation.startswith("minor_"):
            templates = list(kind.templates(event.cast, situation[6:]))
        if not templates and situation == "followup":
            situation, templates = "past", list(kind.templates(event.cast, "past"))
        if not templates and situation in ("cancel", "postpone"):
            return None
        if not templates:
            return None
        phrases = future_phrases(event.start, event.end, pub) if future else past_phrases(event.start, event.end, pub)
        pref = PREFERENCE[situation]
        phrases = [p for p in phrases if _fits_time(p, event)]
        if situation == "today":
            phrases = [p for p in phrases if p.kind in ("deictic", "daypart")] or phrases
        undated = (not future and situation in ("followup", "minor_past") and event.eid in self.memory.dated
                   and self.rng.random() < 0.3)
        seen = self.memory.templates.setdefault(event.eid, set())
        for attempt in range(6):
            # a later attempt insists on a phrase that has the forms the templates ask for
            need = "" if attempt < 2 else ("fuer" if future else "vom")
            phrase = None if undated else (choose(phrases, pref, self.rng, need) or choose(phrases, pref, self.rng))
            ctx = self.ctx_for(event)
            if phrase is not None:
                ctx["when"] = phrase.text
                if phrase.fuer:
                    ctx["fuer"] = phrase.fuer
                if phrase.vom and (self.rng.random() < 0.6 or phrase.kind == "deictic"):
                    ctx["nwhen"] = phrase.vom
                elif phrase.kind != "deictic":
                    ctx["nwhen"] = phrase.text
            else:
                ctx["when"] = ctx["nwhen"] = ""
            usable = [t for t in templates if all(r in ctx for r in roots(t))
                      and (phrase is not None or _undated_ok(t))]
            if not usable:
                undated = False
                continue
            template = self.rng.choice([t for t in usable if t not in seen] or usable)
            text = render(template, ctx, self.st)
            if text is None:
                continue
            seen.add(template)
            used = [a for a in self.st.used]
            m = Mention(event, situation, lead, phrase, text.rstrip("."), used,
                        place=bool(PLACE_SLOTS.intersection(roots(template))))
            if phrase is not None:
                self.memory.dated.add(event.eid)
            return m
        return None

    def details(self, event, situation: str, n: int) -> list[str]:
        """Up to ``n`` undated sentences about ``event`` (numbers, circumstances), none repeated in the article."""
        key = "detail_future" if situation in FUTURE_SITUATIONS else "detail_past"
        pool = list(event.kind.templates(event.cast, key))
        self.rng.shuffle(pool)
        if situation in ("cancel", "postpone"):  # why it was called off first, then what was planned
            pool = self.rng.sample(CANCEL_DETAILS, 2) + pool
        out = []
        ctx = self.ctx_for(event)
        for t in pool:
            if len(out) >= n:
                break
            s = render(t, ctx, self.st)
            if s and s not in out and s not in self.written:
                out.append(s)
                self.written.add(s)
        return out

    def title(self, event, situation: str) -> str:
        """A headline for an article leading with ``event`` (surnames only, as headlines do)."""
        keys = {"past": "title_past", "today": "title_today", "followup": "title_past", "future": "title_future",
                "cancel": "title_cancel", "postpone": "title_postpone"}
        templates = list(event.kind.templates(event.cast, keys[situation])) or list(event.kind.templates(event.cast, "title_past"))
        ctx = self.ctx_for(event, headline=True)
        self.rng.shuffle(templates)
        for t in templates:
            s = render(t, ctx, self.title_st)
            if s:
                return s
        return event.cast.label

    # non-event sentences ---------------------------------------------------------------------------
    def background(self, topic: str, ctx: Ctx, pool_name: str = "background") -> str | None:
        """A sentence from ``topic``'s background, distractor, outlook, broad or generic pool, not used before here."""
        key = f"{self.plan.lead.kind.key}:{topic}" if pool_name == "distractor" else topic
        candidates = self.remaining.get((pool_name, key))
        if candidates is None:
            candidates = self.remaining[(pool_name, key)] = list(_pool(pool_name, key, self.future))
        while candidates:
            t = candidates.pop(self.rng.randrange(len(candidates)))
            s = render(t, ctx, self.st)
            if s and s not in self.written:
                self.written.add(s)
                return s
        return None

    def quote(self, speaker: Person, voice: str, indirect: bool = False, again: bool = False) -> str | None:
        ctx = Ctx(self.rng, {"s": self.ref(speaker)})
        if indirect:
            pool = list(_quotes("indirect", voice, self.future))
            self.rng.shuffle(pool)
            for t in pool:
                if t not in self.used_quotes:
                    self.used_quotes.add(t)
                    return render(t, ctx, self.st)
            return None
        pool = [q for q in _quotes("direct", voice, self.future) if q not in self.used_quotes]
        if not pool:
            return None
        q = self.rng.choice(pool)
        self.used_quotes.add(q)
        ctx["q"] = q
        return render(self.rng.choice(filler.QUOTE_AGAIN if again else filler.QUOTE_FORMS), ctx, self.st)


_POOLS: dict[tuple[str, str, bool], tuple[str, ...]] = {}  # also quotes, keyed (kind, voice, future)


def _pool(name: str, topic: str, future: bool) -> tuple[str, ...]:
    """A filler pool for a topic and tense, tags removed (cached)."""
    key = (name, topic, future)
    if key not in _POOLS:
        source = {"background": filler.BACKGROUND, "distractor": filler.DISTRACTORS, "outlook": filler.OUTLOOK}
        if name == "distractor":
            kind, _, topic_key = topic.partition(":")
            entries = filler.KIND_DISTRACTORS.get(kind, ()) + filler.DISTRACTORS.get(topic_key, ())
        elif name in source:
            entries = source[name].get(topic, ())
        elif name == "broad":
            entries = filler.BROAD_BACKGROUND[filler.BROAD[topic]]
        else:
            entries = filler.GENERIC
        _POOLS[key] = tuple(tagged(entries, future))
    return _POOLS[key]


def _quotes(kind: str, voice: str, future: bool) -> tuple[str, ...]:
    key = (kind, voice, future)
    if key not in _POOLS:
        _POOLS[key] = tuple(tagged((filler.QUOTES if kind == "direct" else filler.INDIRECT).get(voice, ()), future))
    return _POOLS[key]


CANCEL_DETAILS = ("Als Grund wurden Terminschwierigkeiten genannt.", "Ein neuer Termin steht noch nicht fest.",
                  "Gründe wurden zunächst nicht genannt.", "Die Absage kam für viele Beteiligte überraschend.",
                  "Die Entscheidung fiel nach Angaben von Beteiligten kurzfristig.")
