"""Laying out one article: header, lead, quotes, background, mentions of related events.

Styles: ``news`` (agency report), ``ticker`` (short paragraphs, same-day),
``analysis`` (longer, more voices and context), ``preview`` (before a
planned event), ``followup`` (days or weeks later), ``cancel`` (the news
that a planned event will not take place as planned).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import filler
from .actors import T, Person, Title
from .german import slug
from .world import ArticlePlan
from .writer import ArticleWriter, Mention

WORDS = {"news": (245, 300), "ticker": (245, 270), "analysis": (320, 460), "preview": (245, 285),
         "followup": (245, 300), "cancel": (245, 280)}  # body words, the header adds about a dozen
SPEAKERS = {"phone_call": ("a", "b"), "visit": ("host", "guest"), "summit": ("parts",), "meeting": ("a", "b"),
            "speech": ("s",), "agreement": ("a", "b"), "visit_disaster": ("v",), "election": ("winner", "second"),
            "swearing_in": ("p",), "resignation": ("p",), "appointment": ("p",), "verdict": ("judge",),
            "product_launch": ("p",), "match": ("coach", "striker")}
EXPERT_TITLES = {"diplomacy": T["expert"], "federal": T["expert"], "sanctions": T["expert"], "industry": T["economist"], "municipal": T["expert"], "labour": T["labour_expert"],
                 "business": T["economist"], "corporate": T["economist"], "rail": T["transport_expert"],
                 "weather": T["hydrologist"], "aid": Title("Katastrophenforscher", "Katastrophenforscherin"),
                 "courts": Title("Strafrechtler", "Strafrechtlerin"), "protest": Title("Soziologe", "Soziologin", "weak"),
                 "football": Title("Sportwissenschaftler", "Sportwissenschaftlerin"),
                 "club": Title("Sportwissenschaftler", "Sportwissenschaftlerin"),
                 "speech": T["expert"]}  # none for bombs and obituaries


@dataclass(slots=True)
class Written:
    """One written article and what the gold needs from it."""

    aid: str
    text: str
    title: str
    plan: ArticlePlan
    mentions: list[Mention]
    person_forms: list  # (Person, surface form)
    org_forms: list  # (Org, surface form)
    event_sentences: int = 0  # sentences about an event (evidence and details)
    other_sentences: int = 0  # context, quotes, numbers, reactions


# the voice of the event's own people, by topic (and by role where it differs)
TOPIC_VOICE = {"diplomacy": "official", "federal": "official", "sanctions": "official", "industry": "official_industry", "municipal": "official_local", "labour": "union",
               "weather": "official_crisis", "aid": "helper", "bomb": "official_crisis", "corporate": "company",
               "club": "sport", "courts": "judge", "rail": "official_crisis", "business": "company_product",
               "football": "sport", "protest": "organiser", "obituary": "mourner", "speech": "speaker"}
ROLE_VOICE = {("resignation", "p"): "resigning", ("appointment", "p"): "newcomer", ("meeting", "b"): "company"}


def _voices(w: ArticleWriter, plan: ArticlePlan) -> list[tuple[Person, str]]:
    """Who is quoted: the event's people first, then the usual voices of its topic."""
    reg, rng, ev = w.reg, w.rng, plan.lead
    future = plan.situation in ("future", "cancel", "postpone")
    topic = ev.cast.data.get("_topic") or filler.TOPIC[ev.kind.key]
    out: list[tuple[Person, str]] = []
    for role in SPEAKERS.get(ev.kind.key, ()):
        actor = ev.cast.actors.get(role)
        voice = ev.cast.data.get(f"_voice_{role}") or ROLE_VOICE.get((ev.kind.key, role), TOPIC_VOICE[topic])
        if voice.startswith("sport") and future:
            voice = "sport_pre"
        for p in actor if isinstance(actor, list) else [actor]:
            if isinstance(p, Person) and not (voice == "judge" and future):
                out.append((p, voice))
    actors = ev.cast.actors
    city = ev.cast.place if ev.cast.place is not None and ev.cast.place.kind in ("city", "town") else None

    def spokes(org, voice: str) -> None:
        out.append((reg.role_person(rng, ("spokes", org.oid), title=T["spokes"], prefix=org.bare + "-", bare=True), voice))

    if topic == "labour" and "u" in actors:
        out.append((reg.union_chief(rng, actors["u"]), "union"))
        for role in ("c", "b"):
            if role in actors and not isinstance(actors[role], Person):
                spokes(actors[role], "company_labour")
                break
    elif topic in ("weather", "bomb") and city is not None:
        out.append((reg.role_person(rng, ("fire", city.name), title=T["fire_chief"], bare=True), "emergency"))
        if not future:
            out.append((reg.new_person(rng, title=T["resident"] if rng.random() < 0.6 else T["pensioner"]), "resident"))
        out.append((reg.role_person(rng, ("mayor", city.name), title=T["mayor"], bare=True, since=rng.randrange(2009, 2019)),
                    "official_crisis"))
    elif topic == "aid" and "org" in actors:
        spokes(actors["org"], "helper")
    elif topic == "rail":
        if city is not None:
            out.append((reg.role_person(rng, ("police", city.name), title=T["police_spokes"], bare=True), "emergency"))
        out.append((reg.new_person(rng, title=T["passenger"]), "passenger"))
        if "op" in actors:
            spokes(actors["op"], "company_transport")
    elif topic == "courts":
        out.append((reg.role_person(rng, ("lawyer", ev.eid), title=T["lawyer"]), "lawyer"))
        court = actors.get("court")
        if court is not None and court.city is not None:
            out.append((reg.role_person(rng, ("prosecutor", court.city.name, rng.randrange(2)), title=T["prosecutor"]),
                        "prosecutor"))
    elif topic == "football" and "g" in actors:
        out.append((reg.coach(rng, actors["g"]), "sport_pre" if future else ev.cast.data.get("_voice_g", "sport")))
    elif topic == "obituary":
        out.append((reg.new_person(rng, title=Title("Weggefährte", "Weggefährtin", "weak")), "mourner"))
        if city is not None:
            out.append((reg.role_person(rng, ("mayor", city.name), title=T["mayor"], bare=True, since=rng.randrange(2009, 2019)),
                        "mourner"))
    elif topic == "protest":
        out.append((reg.new_person(rng, title=Title("Organisator", "Organisatorin")), "organiser"))
        if city is not None:
            out.append((reg.role_person(rng, ("police", city.name), title=T["police_spokes"], bare=True), "emergency"))
    elif topic in ("business", "corporate") and ("c" in actors or "org" in actors):
        org = actors.get("c") or actors.get("org")
        if org.kind == "company":
            spokes(org, "company_product" if topic == "business" else "company")
    if topic in EXPERT_TITLES:
        expert_city = reg.city(rng)
        out.append((reg.role_person(rng, ("expert", topic, rng.randrange(40)), title=EXPERT_TITLES[topic],
                                    suffix=f" von der Universität {expert_city.name}", intl=0.1),
                    filler.EXPERT_VOICE.get(topic) or filler.EXPERT_VOICE[filler.BROAD[topic]]))
    return out


class Layout:
    """The body of one article, paragraph by paragraph, in reading order (so that names are
    introduced where they first appear)."""

    def __init__(self, w: ArticleWriter, lead: Mention):
        plan = w.plan
        self.w, self.rng, self.ev, self.plan = w, w.rng, plan.lead, plan
        self.topic = self.ev.cast.data.get("_topic") or filler.TOPIC[self.ev.kind.key]
        self.ctx = w.ctx_for(self.ev)
        self.ticker = plan.style == "ticker"
        self.mentions = [lead]
        self.details = w.details(self.ev, plan.situation, 14)
        self.voices = _voices(w, plan)
        self.spoken: list[tuple[Person, str]] = []
        self.minors = list(plan.minors)
        self.paragraphs: list[list[str]] = []
        self.words = 0
        self.generic_left = 3
        self.about_events = {lead.evidence + "."}

    def add(self, *sentences: str | None) -> None:
        par = [x for x in sentences if x]
        if par:
            self.paragraphs.append(par)
            self.words += sum(x.count(" ") + 1 for x in par)

    def bg(self, pool: str = "background") -> str | None:
        """Background from the topic, then the broader pool, then (a few) generic sentences."""
        found = self.w.background(self.topic, self.ctx, pool)
        if found is None and pool == "background":
            found = self.w.background(self.topic, self.ctx, "broad")
        if found is None and pool == "background" and self.generic_left:
            self.generic_left -= 1
            found = self.w.background(self.topic, self.ctx, "generic")
        return found

    def detail(self) -> str | None:
        if not self.details:
            return None
        self.about_events.add(self.details[0])
        return self.details.pop(0)

    def voice(self, indirect: bool = True) -> str | None:
        """A quote from the next voice; when all have spoken, a second quote from one of them."""
        if self.voices:
            p, kind = self.voices.pop(0)
            self.spoken.append((p, kind))
            q = self.w.quote(p, kind)
        elif self.spoken:
            p, kind = self.spoken.pop(0)
            q = self.w.quote(p, kind, again=True)
        else:
            return None
        if indirect and not self.ticker and self.rng.random() < 0.3:
            q = " ".join(x for x in (q, self.w.quote(p, kind, indirect=True)) if x) or None
        return q

    def minor(self) -> None:
        """The next related event, in passing; events of the same story get a detail or two."""
        while self.minors:
            other, situation = self.minors.pop(0)
            m = self.w.mention(other, situation, False)
            if m is None:
                continue
            self.mentions.append(m)
            more = self.w.details(other, situation, 1 if self.ticker else 2) if other.story == self.ev.story else []
            self.about_events.update([m.evidence + ".", *more])
            self.add(m.evidence + ".", *more)
            return

    def ticker_body(self, target: int) -> None:
        """Short paragraphs, one or two sentences each, and a closing line."""
        self.add(self.detail(), self.detail())
        self.add(self.voice(False))
        self.minor()
        self.add(self.detail(), self.bg())
        self.add(self.voice(False))
        self.add(self.detail())
        while self.minors:
            self.minor()
        for _ in range(24):
            if self.words >= target:
                break
            self.add(self.detail() or (self.bg() if self.rng.random() < 0.6 else self.voice(False) or self.bg()))
        self.add(self.rng.choice(filler.TICKER_CLOSERS))

    def report_body(self, target: int) -> None:
        """Details and quotes first, related events, then context until the length is reached."""
        first = self.detail()
        if first:
            self.paragraphs[0].append(first)
            self.words += first.count(" ") + 1
        self.add(self.detail(), self.detail())
        self.add(self.voice(), self.detail())
        self.add(self.detail(), self.bg(), self.bg("distractor") if self.rng.random() < 0.6 else None)
        self.minor()
        self.add(self.voice(), self.detail())
        while self.minors:
            self.minor()
        quotes_left = 3 if self.plan.style == "analysis" else 1
        for step in range(1, 21):
            if self.words >= target - 20:
                break
            if step % 2:
                self.add(self.detail() or self.bg(), self.detail() or self.bg(), self.bg("distractor") if step == 3 else None)
            else:
                quote = self.voice() if quotes_left > 0 else None
                quotes_left -= 1
                self.add(quote or self.detail() or self.bg(), self.detail() or self.bg())
        self.add(self.bg("outlook"))


def write_article(w: ArticleWriter) -> Written:
    """The article's text (header and body) with its mentions of events."""
    plan, ev = w.plan, w.plan.lead
    lead = w.mention(ev, plan.situation, True)
    if lead is None and plan.situation in ("today", "followup"):
        lead = w.mention(ev, "past", True)
    if lead is None:
        raise RuntimeError(f"no lead sentence for {ev.eid} ({plan.situation})")
    title = w.title(ev, plan.situation)
    layout = Layout(w, lead)
    layout.add(lead.evidence + ".")
    target = w.rng.randint(*WORDS[plan.style])
    if layout.ticker:
        layout.ticker_body(target)
    else:
        layout.report_body(target)
    paragraphs = layout.paragraphs

    body = "\n\n".join(" ".join(par) for par in paragraphs)
    body = f"{plan.dateline} – {body}"
    aid = f"s{plan.index:06d}_{slug(title)}"
    ressort = {"diplomacy": "politik", "speech": "politik", "municipal": "politik", "industry": "wirtschaft",
               "labour": "wirtschaft", "business": "wirtschaft", "corporate": "wirtschaft", "football": "sport",
               "club": "sport"}.get(layout.topic, "panorama")
    source = f"https://www.{plan.outlet[1]}/{ressort}/{slug(title, 60)}-{1000000 + plan.seed % 9000000}"
    header = f"title: {title}\npublished: {plan.published_text}\nsource: {source}\nauthor: {plan.author}\n\n"
    text = header + body + "\n"
    for m in layout.mentions:
        assert m.evidence in text, (aid, m.evidence)
    persons = [(p, form) for p, form in w.st.person_forms + w.title_st.person_forms if form in text]
    n_event = sum(1 for par in paragraphs for x in par if x in layout.about_events)
    n_other = sum(_sentences(x) for par in paragraphs for x in par if x not in layout.about_events)
    return Written(aid, text, title, plan, layout.mentions, persons, list(w.st.org_forms), n_event, n_other)


def _sentences(item: str) -> int:
    """Sentences in a paragraph item (a quote and its indirect follow-up are two)."""
    return max(1, item.count(". ") + item.count("“ ") + item.count(".“ "))
