"""Persons, organisations, places and groups in one article, typed and resolved.

No statistical German NER model can be installed offline, so names are found
from parts that work here and are fast:

1. the knowledge base — the longest run of capitalised tokens that is a known
   name or variant (``Wladimir Selenskij`` before ``Wladimir``), genitives
   tolerated (``Putins``), place adjectives and compound prefixes
   (``russischen``, ``US-Präsident``);
2. role titles before names, from the ontology's role labels and the KB's
   titles, also inside compounds (``Kremlsprecher Dmitri Peskow``,
   ``GDL-Chef Claus Weselsky``, ``Oberbürgermeisterin Anna Roth``);
3. a known given name followed by a capitalised word (``Jana Fluss``);
4. verbs of saying around a two-word name (``sagte Jan Petersen``,
   ``Petersen zufolge``).

Within the article, a surname alone (``Rubio``, ``Petersens``) resolves to the
one person already named with that surname; definite descriptions
(``der Kremlchef``) resolve through the KB's time-scoped roles.  Different
people who share a surname are never merged.  A bare surname that fits two
people is the one named with its title (``Landrat Lüders``), else the one the
article named first: news keep the surname alone for their protagonist and give
a namesake the full name (``Präsident Martín Ferreyra … seine Ehefrau Valentina
Ferreyra … mit Ferreyra sprechen``).  Before any of them is named in full (a
headline's ``Becker gegen Becker``) it is no one.  A noun for a nationality
(``mit dem Ukrainer``) is the person of that country named last.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

import simplemma

from ..knowledge import Entity, KnowledgeBase, load_kb, norm
from ..ontology import lexicon
from .doc import Doc, lazy_component
from .gazetteer import SMALL_PLACE_COUNTRIES, lookup_town
from .interning import reduce_shared
from .lexicon_de import (
    ATTRIBUTION_NOUNS, BARE_INSTITUTIONS, CLOSING_QUOTES, CLUB_ABBREVIATIONS, COMMON_NOUN_PLACES, DISTRICT_CUES,
    FIRST_NAMES, GROUP_CUES, INDEFINITE_ARTICLES, INSTITUTION_HEADS, LEGAL_FORMS, MUNICIPAL_BODIES, NOT_NAME_WORDS,
    BARE_INSTITUTION_HEADS, CHAMBER_COURTS, OPENING_QUOTES, ORGANISATION_KINDS, ORGANISATION_ORGANS,
    MONTH_NAMES, ORGANISATION_TYPE_KINDS, PLACE_CUES, WEEKDAYS,
    NOT_REGIONS, NOT_TOPONYMS, REGION_SUFFIXES, SAYING_AFTER, SAYING_BEFORE, SMALL_PLACE_PREPOSITIONS,
    TOPONYM_SUFFIXES,
)

# a dotted initialism ("I.S.A.R."), a capitalised word, a lower-case word, any other character
_WORD = re.compile(r"(?:[A-ZÄÖÜ]\.){2,}|[A-ZÄÖÜÁÉÍÓÚČŠŽ][\wÀ-ÿ'’.-]*[\wÀ-ÿ]|[A-ZÄÖÜ]|[a-zäöüß][\wäöüß-]*"
                   r"|\S")
_PLACE_PREPOSITIONS = frozenset({"in", "nach", "aus", "bei", "von", "im", "vom", "ins", "gen", "über"})
_NAME_TOKEN = re.compile(r"^[\wÀ-ÿ'’-]+$")
_AFTER_PLACE_PREPOSITION = re.compile(r"\b(?:in|nach|aus|bei|von|zwischen)\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b")
_CALENDAR_HEADS = ("anfang", "mitte", "ende")
_WEEKDAY_NAMES = tuple(WEEKDAYS)


def _parliament(word: str) -> bool:
    """A chamber a committee belongs to: "des Landtags", "der Bürgerschaft", "des Bundestages"."""
    low = word.lower()
    return low.rstrip("es").endswith(("landtag", "bundestag", "kreistag", "rat", "bürgerschaft", "parlament")) \
        or low == "abgeordnetenhauses"


def _calendar_word(word: str) -> bool:
    """A day or month the remit of "der Stadtrat für Freitag" cannot be ("Freitagabend", "Anfang")."""
    low = word.lower()
    return low.startswith(_WEEKDAY_NAMES) or low in MONTH_NAMES or low in _CALENDAR_HEADS


_ORG_CUES = frozenset({"Gewerkschaft", "Partei", "Konzern", "Unternehmen", "Firma", "Verein", "Klub", "Club",
                       "Verband", "Stiftung", "Bank", "Fluggesellschaft", "Airline", "Zeitung", "Sender",
                       "Agentur", "Nachrichtenagentur", "Hersteller", "Zulieferer", "Kette", "Maschinenbauer",
                       "Autobauer", "Versorger", "Anbieter", "Betreiber", "Mittelständler", "Versicherer", "Reederei",
                       "Brauerei", "Startup", "Start-up", "Discounter", "Händlerkette", "Modekette"})

#: "Westharz", "Südniedersachsen", "Nordostsyrien": compass point + place (see _compass_part)
_COMPASS_PART = re.compile(
    r"^(Nord|Süd|Ost|West|Mittel|Zentral|Nordost|Nordwest|Südost|Südwest)([a-zäöü][a-zäöüß]{3,})$")
#: a town must be this big for "Nord…" glued to it to be a region of it, not a word ("Nordwand": Wand?)
_COMPASS_BASE_POPULATION = 100_000
#: Compounds ending in a cue ("Technologiekonzern", "Autozulieferer") cue a name too.
_ORG_CUE_SUFFIXES = tuple(c.lower() for c in _ORG_CUES if len(c) >= 5)

_DEFINITE = frozenset({"der", "die", "das", "des", "dem", "den"})  # the definite article alone
_FOREIGN_LETTER = re.compile(r"[ãõçñåøłśżźńęąőűěřůýțșğıâêîôûàèìòù]")
_DEMONYM_PLACE_BEFORE = frozenset({"der", "dem", "den", "des", "im", "ins", "am", "vom", "beim", "zum", "zur"})
_COMPASS_PREFIX = re.compile(
    r"^(?:nordost|nordwest|südost|südwest|nord|süd|ost|west|mittel|zentral)(?=[a-zäöü]{5})")
#: Small words inside foreign place names: "Serra de Monchique", "Rio de la Plata", "Castel del Monte"
_NAME_CONNECTORS = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "la", "le", "el", "y"})


@dataclass(slots=True)
class ActorMention:
    """One mention of an actor, with the identity it resolved to within the article."""

    start: int
    end: int
    text: str
    kind: str  # person | organisation | place | group
    key: str  # identity within the article: a KB IRI, or "new:<kind>:<normalised name>"
    name: str  # canonical name
    entity: Entity | None = None
    role: str | None = None  # role type from a title before the name
    role_text: str | None = None
    affiliation: str | None = None  # IRI of a country from a demonym or prefix
    cue: str = "kb"  # kb | title | firstname | saying | surname | given-name | description | gazetteer | org-cue
    #                  | back-reference | demonym-reference | …
    organisation: str | None = None  # key of the organisation a title ties a person to ("VLP-Vorsitzender")

    __reduce__ = reduce_shared


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    cap: bool = False  # capitalised: set once, read for every name test

    def __post_init__(self) -> None:
        self.cap = self.text[:1].isupper()


def _surface(toks: list["_Tok"], i: int, end: int) -> str:
    """Tokens ``i:end`` as written: a space only where the text has one ("Ricardo V.", "1. FC Nürnberg")."""
    return "".join((" " if k > i and toks[k].start > toks[k - 1].end else "") + toks[k].text for k in range(i, end))


def lemma_like_noun(word: str) -> bool:
    """A capitalised word shaped like a common noun ("Umgebung", "Nähe"), not a name."""
    return word.lower().endswith(("ung", "heit", "keit", "schaft", "tion", "nähe", "mitte", "rand", "zentrum"))


def _declensions(span: list["_Tok"]) -> list[str]:
    """A name whose leading words are declined adjectives, in the other forms: "Technischem Hilfswerk" →
    "Technisches Hilfswerk", "Deutschen Roten Kreuz" → "Deutsches Rotes Kreuz"."""
    if len(span) < 2:
        return []
    *adjectives, head = [t.text for t in span]
    stems = []
    for word in adjectives:
        ending = next((e for e in ("em", "en", "er", "es", "e") if word.endswith(e)), None)
        if ending is None or len(word) <= len(ending) + 2 or not word[:1].isupper():
            return []
        stems.append(word[: -len(ending)])
    return [" ".join([*(stem + e for stem in stems), head]) for e in ("e", "er", "es", "en")]


def _strip_genitive(word: str) -> list[str]:
    out = [word]
    if word.endswith("'") or word.endswith("’"):
        out.append(word[:-1])
    elif word.endswith("s") and len(word) > 3:
        out.append(word[:-1])
    return out


_ACRONYM = re.compile(r"\(([A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,7}(?: [A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5})?)\)")
_LONG_FORM_WORD = re.compile(r"(?:[A-ZÄÖÜ][\wäöüß-]*|[a-zäöüß]+)$")
#: small words inside an organisation's long form: "Bundesamt für Sicherheit in der Informationstechnik"
_LONG_FORM_LINKS = frozenset({"für", "und", "in", "der", "die", "das", "des", "dem", "den", "von", "zur", "zum",
                              "im", "am", "an", "auf", "mit", "gegen"})


def _long_form(text: str, end: int, acronym: str) -> tuple[int | None, bool]:
    """Where the long form of ``acronym`` that ends at ``end`` starts: back over capitalised words and the
    small words between them, to the farthest capitalised word with the acronym's first letter
    ("Bundesamt für Sicherheit in der Informationstechnik (BSI)", not "Laut Bundesamt …"); without such a
    word the capitalised words right before it ("Vereinigung Cockpitpersonal (VCP)"), less sure: whether
    the start was found by the letter comes second."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[max(0, end - 160):end])]
    words = [(s + max(0, end - 160), w) for s, w in words]
    start, run, caps = None, None, 0
    for k, (pos, word) in enumerate(reversed(words)):
        if k >= 9 or not _LONG_FORM_WORD.match(word) or word.endswith("-") and k == 0:
            break
        if word[0].islower():
            if word not in _LONG_FORM_LINKS:
                break
            continue
        if run is None or run == k - 1:
            if k < 4 and word not in NOT_NAME_WORDS:
                run_start, run = pos, k
        caps += 1
        if word[0] == acronym[0] and word not in NOT_NAME_WORDS and caps <= len(acronym.replace(" ", "")):
            start = pos
    if start is None and run is not None:
        return run_start, False
    return start, start is not None


def _acronym_organisations(text: str, known: list[ActorMention], kb: KnowledgeBase) -> list[ActorMention]:
    """Organisations no list knows, from a definition "Vereinigung Luftfahrtpersonal (VLP)":
    the long form where it is defined, and every later bare "VLP" of the article.  What other rules found
    inside the long form ("Bundesamt für Sicherheit", "Nordrhein-Westfalen") is part of the name; the
    caller drops it."""
    out: list[ActorMention] = []
    covered = [(m.start, m.end, m.entity is None) for m in known if m.kind != "unknown"]

    def free(a: int, b: int) -> bool:
        """Nothing found overlaps ``a:b`` but guesses inside it ("ZAC NRW sagte" is no person)."""
        return not any(s < b and a < e and not (a <= s and e <= b and guess) for s, e, guess in covered)

    for m in _ACRONYM.finditer(text):
        end = len(text[:m.start()].rstrip())
        start, sure = _long_form(text, end, m.group(1))
        if start is None:
            continue
        name, acronym = " ".join(text[start:end].split()), m.group(1)
        if re.search(r"\b(?:des|eines)\s+$", text[max(0, start - 8):start]) and name.split()[0].endswith("s"):
            head, _, rest = name.partition(" ")  # "des Bundesamts für …" is "Bundesamt für …"
            name = f"{simplemma.lemmatize(head, lang='de')} {rest}".strip()
        # keyed by the acronym when it is distinctive: other articles may use it alone ("Pilotengewerkschaft VLP")
        key = f"new:organisation:{norm(acronym if len(acronym) >= 3 else name)}"
        long = next((k for k in known if k.kind == "organisation" and k.end == end), None)
        inside = [k for k in known if k.kind != "unknown" and k.start < end and start < k.end]
        if long is None and inside and (not sure or any(k.kind == "person" or k.start < start or k.end > end
                                                        for k in inside)):
            continue  # "Ministerin Clara Feddersen (SPD)": a party after a person, no long form
        listed = next((e for e in kb.candidates(acronym) if e.kind == "organisation"), None)
        if listed is not None and long is None:  # "des Deutschen Wetterdienstes (DWD)": the KB's DWD
            long = ActorMention(start, end, text[start:end], "organisation", listed.iri, listed.label, listed, cue="kb")
            out.append(long)
        if long is not None:
            # "Pilotengewerkschaft Vereinigung Luftfahrtpersonal (VLP)": the long form was found by its cue;
            # the acronym still names it
            if long.key.startswith("new:"):
                long.key = key
            key, name = long.key, long.name
        else:
            out.append(ActorMention(start, end, text[start:end], "organisation", key, name, cue="acronym"))
        for a in re.finditer(rf"\b{re.escape(acronym)}\b", text):
            if a.start() == m.start(1) or a.start() > end and free(a.start(), a.end()):
                out.append(ActorMention(a.start(), a.end(), acronym, "organisation", key, name, cue="acronym"))
    return out


class ActorRecognizer:
    """The actors component: ``recognizer(doc) -> doc`` adds ``doc.actors``."""

    def __init__(self, kb: KnowledgeBase | None = None):
        self.kb = kb or load_kb()
        lx = lexicon()
        self.roles = dict(lx.role_titles)
        self.role_suffixes = sorted((t for t in self.roles if len(t) >= 4), key=len, reverse=True)
        self.role_suffixes_low = tuple(t.lower() for t in self.role_suffixes)
        self.first_names = {norm(n) for n in FIRST_NAMES} | {norm(e.label.split()[0]) for e in self.kb.entities.values()
                                                             if e.kind == "person" and len(e.label.split()) > 1}
        self.demonyms = _demonyms(self.kb)
        self.max_ngram = 5
        self._role_cache: dict[str, tuple[str, str | None] | None] = {}
        self._cand_cache: dict[str, list[Entity]] = {}

    # -- public -------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        published = date.fromisoformat(doc.article.published_day) if doc.article.published_day else None
        text = doc.article.content()
        mentions: list[ActorMention] = []
        for sent in doc.sentences:
            toks = [_Tok(m.start() + sent.start, m.end() + sent.start, m.group())
                    for m in _WORD.finditer(text[sent.start:sent.end])]
            mentions.extend(self._sentence(toks, published))
        place_words = frozenset(norm(w) for w in _AFTER_PLACE_PREPOSITION.findall(text))
        acronyms = _acronym_organisations(text, mentions, self.kb)
        if acronyms:  # "von der Vereinigung Luftfahrtpersonal (VLP)": no bare "Vereinigung" inside the name
            mentions = [m for m in mentions if not any(a.start <= m.start and m.end <= a.end for a in acronyms)
                        and (m.kind != "unknown" or not any(a.start < m.end and m.start < a.end for a in acronyms))
                        ] + acronyms
        mentions.sort(key=lambda m: (m.start, m.end))
        mentions = _short_club_names(_recurring_organisations(mentions, text))
        actors = self._resolve(mentions, place_words)
        actors = _person_back_references(_back_references(actors, text), text)
        actors = _demonym_references(actors, text, self.demonyms, published)
        _tie_titles_to_organisations(actors)
        dateline = self._dateline_place(doc.article)
        if dateline is not None and self._abroad(actors, dateline):
            dateline = None  # "Düsseldorf." over a story on Moscow and Washington: the newsroom, not the scene
        if dateline is not None:
            actors = sorted([*actors, dateline], key=lambda m: (m.start, m.end))
        scene = dateline.key if dateline is not None else doc.article.id
        bodies = {m.key for m in actors if m.cue == "bare-institution"}  # with later references to them
        for m in actors:
            if m.key in bodies:
                m.key = f"{m.key}@{scene}"
                if dateline is not None and m.name in MUNICIPAL_BODIES:
                    m.name = f"{m.name} {dateline.name}"
        doc.actors = actors
        return doc

    def _dateline_place(self, article) -> ActorMention | None:
        """The dateline's place ("Landshut." before the text) as a mention: where a local story happens
        when a sentence names no place (see ``EventMention.place_source``)."""
        name = article.dateline_place
        span = next((s for s in article.excluded if s.label == "dateline"), None)
        if not name or span is None:
            return None
        surface = article.text[span.start:span.start + len(name)]
        if surface.casefold() != name.casefold():
            return None
        found = self._place_at([_Tok(0, len(w), w) for w in name.split()], 0, small=True)
        if found is None or found[0] != len(name.split()):
            return None
        _, label, key = found
        place = lookup_town(label)
        if place is None or place.country not in SMALL_PLACE_COUNTRIES:
            return None  # "Lissabon." heads a correspondent's report, not a local story
        ent = self.kb.entities.get(key)
        return ActorMention(span.start, span.start + len(name), surface, "place", key, label, ent, cue="dateline")

    def _country_of(self, m: ActorMention) -> str | None:
        """The ISO code of the country a place mention lies in, when the KB or the gazetteer says."""
        if m.kind != "place":
            return None
        ent, seen = m.entity, set()
        while ent is not None and ent.iri not in seen:  # a KB place: up its located-in chain to a country
            seen.add(ent.iri)
            if ent.cls == "Country":
                return ent.iso
            ent = self.kb.entities.get(ent.located_in) if ent.located_in else None
        if m.key.startswith("geonames:"):
            place = lookup_town(m.name)
            return place.country if place is not None else None
        return None

    def _abroad(self, actors: list[ActorMention], dateline: ActorMention) -> bool:
        """The story names a place in another country than its dateline's."""
        home = self._country_of(dateline)
        return any(c is not None and c != home for c in map(self._country_of, actors))

    # -- recognition ----------------------------------------------------------

    def _role_of(self, word: str) -> tuple[str, str | None] | None:
        """Role type (and country/org affiliation) of a title word or compound, or ``None`` (memoised)."""
        if word not in self._role_cache:
            self._role_cache[word] = self._find_role(word)
        return self._role_cache[word]

    def _candidates(self, name: str) -> list[Entity]:
        if name not in self._cand_cache:
            self._cand_cache[name] = self.kb.candidates(name)
        return self._cand_cache[name]

    def _find_role(self, word: str) -> tuple[str, str | None] | None:
        title = self.kb.by_title.get(norm(word))
        if title:
            return title.role, title.of
        base = word
        affiliation = None
        if "-" in word:
            prefix, _, base = word.rpartition("-")
            affiliation = self.kb.by_prefix.get(prefix)
            if affiliation is None:
                cands = [e for e in self.kb.candidates(prefix) if e.kind in ("place", "organisation")]
                affiliation = cands[0].iri if cands else None
            t = self.kb.by_title.get(norm(base))
            if t:
                return t.role, t.of or affiliation
        for form in (base, base[:-1] if base.endswith(("n", "s")) else None, base[:-2] if base.endswith(("en", "es")) else None):
            if form and form in self.roles:  # "Präsidenten", "Ministers"
                return self.roles[form], affiliation
        forms = (base, base[:-1] if base.endswith(("n", "s")) else base)
        if not any(form.endswith(self.role_suffixes_low) for form in forms):
            return None  # one test before the longest-first search below
        for suffix, low in zip(self.role_suffixes, self.role_suffixes_low):  # "Präsidentenberater"
            for form in forms:
                if form.endswith(low) and len(form) > len(suffix) + 2:
                    return self.roles[suffix], affiliation
        return None

    def _kb_match(self, toks: list[_Tok], i: int) -> tuple[int, list[Entity], str] | None:
        """The longest KB name starting at token ``i``: (end index, entities, surface)."""
        if not toks[i].cap:
            return None
        for n in range(min(self.max_ngram, len(toks) - i), 0, -1):
            span = toks[i:i + n]
            if not span[-1].cap and not (n > 1 and span[-1].text.lower() in ("haus", "hause")):
                continue
            if any(t.text in ",.;:!?()„“\"" for t in span):
                continue
            surface = " ".join(t.text for t in span)
            for variant in _strip_genitive(surface) + _declensions(span):
                ents = self._candidates(variant)
                if ents:
                    if n == 1 and i > 0 and toks[i - 1].text.lower() in INDEFINITE_ARTICLES and ents[0].kind == "organisation":
                        return None  # "ein Bild von der Lage": a common noun, not the newspaper
                    return i + n, ents, variant
        return None

    def _name_after(self, toks: list[_Tok], i: int, max_len: int = 3) -> int:
        """How many capitalised name tokens start at ``i`` (0 when none)."""
        n = 0
        while i + n < len(toks) and n < max_len:
            t = toks[i + n]
            if not t.cap or t.text in NOT_NAME_WORDS or not _NAME_TOKEN.match(t.text):
                break
            if self._role_of(t.text) and n == 0:
                break
            n += 1
        return n

    def _sentence(self, toks: list[_Tok], published: date | None) -> list[ActorMention]:
        out: list[ActorMention] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            named = self._institution(toks, i) or self._company(toks, i) or self._club(toks, i) \
                or self._cued_place(toks, i) or _quoted_group(toks, i)
            if named:
                while out and out[-1].end > named[0].start:
                    out.pop()  # "Wasserstraßen- und Schifffahrtsamt": the name began before its head
                out.append(named[0])
                i = named[1]
                continue
            bare = self._bare_institution(toks, i) if tok.cap else None
            if bare:
                out.append(bare)
                i += 1
                continue
            # demonyms before a role: "der russische Präsident", "Ungarns Premierminister"
            role = self._role_of(tok.text) if tok.cap else None
            if role:
                affiliation = role[1]
                if i > 0:
                    prev = toks[i - 1].text
                    place = self.kb.place_of_adjective(prev) if not toks[i - 1].cap else None
                    if place is None and toks[i - 1].cap:
                        for v in _strip_genitive(prev)[1:]:
                            cands = [e for e in self._candidates(v) if e.kind == "place"]
                            place = cands[0] if cands else None
                    if place:
                        affiliation = affiliation or place.iri
                title_role = (role[0], affiliation, tok.text)
                initial = self._initial_name(toks, i + 1) if i + 1 < len(toks) and toks[i + 1].cap else 0
                if initial:  # "der Angeklagte Dominik K."
                    out.append(self._new_person(toks, i + 1, initial, cue="title", role=title_role))
                    i = initial
                    continue
                n = self._name_after(toks, i + 1)
                kb_hit = self._kb_match(toks, i + 1) if n else None
                if kb_hit and kb_hit[1][0].kind == "person":
                    end, ents, surface = kb_hit
                    out.append(self._mention(toks, i + 1, end, "person", ents[0], surface, cue="title",
                                             role=title_role))
                    i = end
                    continue
                if n == 1 and not kb_hit:  # "Meteorologin Brettschneider": a surname, resolved in context
                    t = toks[i + 1]
                    out.append(ActorMention(t.start, t.end, t.text, "unknown", "", t.text, None, role[0], tok.text,
                                            affiliation, cue="title-surname"))
                    i += 2
                    continue
                if n and not (kb_hit and kb_hit[1][0].kind != "person"):
                    out.append(self._new_person(toks, i + 1, i + 1 + n, cue="title", role=title_role))
                    i += 1 + n
                    continue
                # a definite description: "der Kremlchef", "des US-Präsidenten"
                definite = i > 0 and toks[i - 1].text.lower() in _DEFINITE or (  # "dem russischen Präsidenten"
                    i > 1 and toks[i - 2].text.lower() in _DEFINITE and not toks[i - 1].cap and affiliation)
                if definite or tok.text in self.kb.by_title or norm(tok.text) in self.kb.by_title:
                    holder = self.kb.holder(role[0], affiliation, published) if affiliation else None
                    if holder is not None:
                        out.append(ActorMention(tok.start, tok.end, tok.text, "person", holder.iri, holder.label,
                                                holder, role[0], tok.text, affiliation, cue="description"))
                i += 1
                continue
            hit = self._kb_match(toks, i)
            if hit:
                end, ents, surface = hit
                ent = self._choose(ents, toks, i)
                out.append(self._mention(toks, i, end, ent.kind, ent, surface, cue="kb"))
                i = end
                continue
            initial = self._initial_name(toks, i) if tok.cap else 0
            if initial:  # "Ricardo V.", "Kevin de J.": a suspect's name as the German press shortens it
                out.append(self._new_person(toks, i, initial, cue="initial"))
                i = initial
                continue
            if tok.cap and norm(tok.text) in self.first_names and i + 1 < len(toks):
                n = self._name_after(toks, i + 1, max_len=2)
                if n:
                    out.append(self._new_person(toks, i, i + 1 + n, cue="firstname"))
                    i += 1 + n
                    continue
            if tok.text in SAYING_BEFORE and i + 2 < len(toks) and toks[i + 1].cap and toks[i + 2].cap \
                    and toks[i + 1].text not in NOT_NAME_WORDS and toks[i + 2].text not in NOT_NAME_WORDS \
                    and not self._role_of(toks[i + 1].text) and not self._kb_match(toks, i + 1) \
                    and norm(toks[i + 2].text) not in self.first_names and toks[i + 2].text not in ATTRIBUTION_NOUNS:
                out.append(self._new_person(toks, i + 1, i + 3, cue="saying"))
                i += 3
                continue
            if tok.cap and i + 2 < len(toks) and toks[i + 1].cap and toks[i + 2].text in SAYING_AFTER \
                    and toks[i + 1].text not in ATTRIBUTION_NOUNS \
                    and tok.text not in NOT_NAME_WORDS and toks[i + 1].text not in NOT_NAME_WORDS \
                    and (i == 0 or toks[i - 1].text in (",", "und", "„", "\"")):
                out.append(self._new_person(toks, i, i + 2, cue="saying"))
                i += 2
                continue
            if (tok.text in _ORG_CUES or tok.text.endswith(_ORG_CUE_SUFFIXES)) and i + 1 < len(toks) \
                    and toks[i + 1].cap and toks[i + 1].text not in NOT_NAME_WORDS \
                    and not (norm(toks[i + 1].text) in self.first_names and i + 2 < len(toks) and toks[i + 2].cap):
                # "stellte der Club Sven Kowalczyk als Trainer vor": a person's name is no club's
                n = self._name_after(toks, i + 1, max_len=3)
                if n:
                    name = " ".join(t.text for t in toks[i + 1:i + 1 + n])
                    out.append(ActorMention(toks[i + 1].start, toks[i + n].end, name, "organisation",
                                            f"new:organisation:{norm(name)}", name, cue="org-cue"))
                    i += 1 + n
                    continue
            if tok.cap and i > 0 and tok.text not in NOT_NAME_WORDS:
                found = self._gazetteer_place(toks, i, out)
                if found:
                    out.append(found[0])
                    i = found[1]
                    continue
            if not tok.cap and i > 0:
                found = self._demonym_place(toks, i)
                if found:
                    out.append(found[0])
                    i = found[1]
                    continue
            # a capitalised token that may be a bare surname: decided in _resolve
            if tok.cap and tok.text not in NOT_NAME_WORDS:
                out.append(ActorMention(tok.start, tok.end, tok.text, "unknown", "", tok.text, cue="surname"))
            i += 1
        return out

    def _place_at(self, toks: list[_Tok], i: int, small: bool) -> tuple[int, str, str] | None:
        """A place name of one or two tokens at ``i``: (end index, name, key), from the KB or the gazetteer."""
        for n in (2, 1):  # "Bad Mergentheim", "Frankfurt (Oder)"
            span = toks[i:i + n]
            if len(span) < n or not all(t.cap or t.text.startswith("(") for t in span):
                continue
            name = " ".join(t.text for t in span)
            if name in COMMON_NOUN_PLACES or name in NOT_NAME_WORDS:
                continue
            ents = [e for v in _strip_genitive(name) for e in self._candidates(v) if e.kind == "place"]
            if ents:
                return i + n, ents[0].label, ents[0].iri
            place = lookup_town(name, small)
            if place is not None and place.geonames:
                return i + n, name, f"geonames:{place.geonames}"
        return None

    def _institution(self, toks: list[_Tok], i: int) -> tuple[ActorMention, int] | None:
        """"Staatsanwaltschaft Mosbach", "Landgericht Köln", "Behörde für Stadtentwicklung und Wohnen":
        an institution's kind with its seat or remit is its name."""
        tok = toks[i]
        low = tok.text.lower()
        if not tok.cap or i + 1 >= len(toks) or "-" in tok.text:
            return None
        word = tok.text  # the name's first word, a genitive in its base form ("des Landgerichts Köln")
        if not low.endswith(INSTITUTION_HEADS):
            word = next((tok.text[:-len(e)] for e in ("es", "s") if low.endswith(e)
                         and low[:-len(e)].endswith(INSTITUTION_HEADS)), "")
            if not word or (i >= 2 and self._role_of(toks[i - 2].text)):
                return None  # "der frühere Präsident des Landesarbeitsgerichts Hamburg": who someone was
        end = None
        if toks[i + 1].text == "für" and i + 2 < len(toks) and toks[i + 2].cap and not _calendar_word(toks[i + 2].text):
            end = i + 3
            if end + 1 < len(toks) and toks[end].text == "und" and toks[end + 1].cap:
                end += 2
        elif word.lower().endswith(("ausschuss", "kommission")) and i + 2 < len(toks) \
                and toks[i + 1].text in ("des", "der") and _parliament(toks[i + 2].text):
            end = i + 3  # "der Innenausschuss des Landtags", "des Innenausschusses der Bürgerschaft"
        else:
            seat = self._place_at(toks, i + 1, small=True)
            if seat is not None:
                end = seat[0]
            elif self._proper_name(toks[i + 1].text) and not self._kb_match(toks, i + 1):  # "Netzwerk Truth Social"
                end = i + 2  # "Klinikum Lippe-Nord", "Klinikum Großhadern"
        if end is None:
            return None
        if end == i + 2 and len(toks[i + 1].text) >= 3 and toks[i + 1].text.isupper() and "-" not in tok.text:
            # "die Zivilschutzbehörde INDECI": the kind describes the body its acronym names
            acronym = toks[i + 1]
            hit = self._candidates(acronym.text)
            if hit:
                return self._mention(toks, i + 1, end, hit[0].kind, hit[0], acronym.text, cue="kb"), end
            return ActorMention(acronym.start, acronym.end, acronym.text, "organisation",
                                f"new:organisation:{norm(acronym.text)}", acronym.text, cue="institution"), end
        start = i
        if i > 2 and toks[i - 1].text == "und" and toks[i - 2].text == "-" and toks[i - 3].cap \
                and toks[i - 3].end == toks[i - 2].start:
            start = i - 3  # "Wasserstraßen- und Schifffahrtsamt Rhein": one name
        surface = name = _surface(toks, start, end)
        if word != tok.text:
            name = name[:tok.start - toks[start].start] + word + name[tok.end - toks[start].start:]
        hit = self._candidates(name)
        if hit:
            return self._mention(toks, i, end, hit[0].kind, hit[0], name, cue="kb"), end
        return ActorMention(toks[start].start, toks[end - 1].end, surface, "organisation",
                            f"new:organisation:{norm(name)}", name, cue="institution"), end

    def _initial_name(self, toks: list[_Tok], i: int) -> int:
        """The end of a given name shortened by a surname's initial ("Ricardo V.", "Kevin de J."), or 0."""
        word = toks[i].text
        j = i + 2 if i + 1 < len(toks) and toks[i + 1].text in ("de", "van", "von", "el", "al") else i + 1
        if j + 1 >= len(toks) or len(toks[j].text) != 1 or not toks[j].cap or toks[j + 1].text != "." \
                or toks[j + 1].start != toks[j].end:
            return 0
        if norm(word) not in self.first_names and not self._proper_name(word):
            return 0
        return j + 2

    def _proper_name(self, word: str) -> bool:
        """A word only a name is: no dictionary knows it ("Großhadern"), or a region of a place written
        with its compass point ("Lippe-Nord", "Nürnberg-Süd")."""
        if word in NOT_NAME_WORDS or not _NAME_TOKEN.match(word) or norm(word) in self.first_names \
                or self._role_of(word):
            return False
        if re.search(r"-(?:Nord|Süd|Ost|West|Mitte)$", word):
            return True
        return "-" not in word and not simplemma.is_known(word, lang="de") and not lemma_like_noun(word)

    def _bare_institution(self, toks: list[_Tok], i: int) -> ActorMention | None:
        """"die Polizei", "der peruanischen Regierung": a body named by its kind after a definite article.
        A demonym makes it one body everywhere ("peruanische Regierung"); without one it is the body of
        the article's story, keyed by the story's scene in ``__call__`` — every town has "die Polizei"."""
        word = toks[i].text
        noun = word if word in BARE_INSTITUTIONS else word[:-1] if word[:-1] in BARE_INSTITUTIONS else \
            word[:-2] if word.endswith("es") and word[:-2] in BARE_INSTITUTIONS else None
        if noun is None and word.endswith(BARE_INSTITUTION_HEADS) and word.isalpha() and len(word) > 9 \
                and not self._candidates(word):
            noun = word  # "die Wasserschutzpolizei", "die Kriminalpolizei"; the Bundespolizei is the KB's
        if noun is None or i == 0:
            return None
        listed = i + 2 < len(toks) and toks[i + 1].text in (",", "und") and toks[i + 2].cap \
            and not toks[i - 1].cap  # "Feuerwehr, THW und DLRG": a list of bodies needs no article
        if not listed:
            before, start = toks[i - 1].text, i
            adjective = None
            if not toks[i - 1].cap and before.lower() not in _DEFINITE and i > 1:
                adjective, before, start = before, toks[i - 2].text, i - 1
            if before.lower() not in _DEFINITE:
                return None
            if adjective is not None and self.kb.place_of_adjective(adjective) is not None:
                name = f"{re.sub(r'(en|er|es|em)$', 'e', adjective)} {noun}"
                return ActorMention(toks[start].start, toks[i].end, " ".join(t.text for t in toks[start:i + 1]),
                                    "organisation", f"new:organisation:{norm(name)}", name, cue="institution")
        return ActorMention(toks[i].start, toks[i].end, word, "organisation", f"new:organisation:{norm(noun)}",
                            noun, cue="bare-institution")

    def _company(self, toks: list[_Tok], i: int) -> tuple[ActorMention, int] | None:
        """"Hainbach Antriebstechnik GmbH": capitalised words before a legal form name a company."""
        n = 0
        while i + n < len(toks) and n < 4 and toks[i + n].cap and toks[i + n].text not in LEGAL_FORMS \
                and toks[i + n].text not in NOT_NAME_WORDS:
            n += 1
        if not n or i + n >= len(toks) or toks[i + n].text not in LEGAL_FORMS:
            return None
        if i > 0 and toks[i - 1].cap and toks[i - 1].text not in NOT_NAME_WORDS:
            return None  # the name began earlier; it is found from there
        words = [t.text for t in toks[i:i + n + 1]]
        if n > 1:  # "der Hanseatischen Wohnbau AG": a name is in the nominative, with its legal form
            words[0] = re.sub(r"(isch|sch|ig|lich)(?:en|er|es|em)$", r"\1e", words[0])
        name = " ".join(words)  # keyed without the form: "Kellerbau Schmieder" elsewhere is the same firm
        return ActorMention(toks[i].start, toks[i + n].end, " ".join(t.text for t in toks[i:i + n + 1]),
                            "organisation", f"new:organisation:{norm(' '.join(words[:-1]))}", name,
                            cue="legal-form"), i + n + 1

    def _club(self, toks: list[_Tok], i: int) -> tuple[ActorMention, int] | None:
        """"SV Darmstadt 98", "1. FC Nürnberg", "Karlsruher SC": a club abbreviation with its town."""
        start, j = i, i
        if toks[i].text.isdigit() and i + 2 < len(toks) and toks[i + 1].text == "." \
                and toks[i + 2].text in CLUB_ABBREVIATIONS:
            j = i + 2  # "1. FC"
        if toks[j].text in CLUB_ABBREVIATIONS:
            n = self._name_after(toks, j + 1, max_len=2)
            if not n:
                return None
            end = j + 1 + n
            digits = end
            while digits < len(toks) and toks[digits].text.isdigit() and digits - end < 4 and (
                    digits == end or toks[digits].start == toks[digits - 1].end):
                digits += 1  # "Darmstadt 98", "Hannover 96" (one token per digit)
            end = digits
        elif toks[i].cap and toks[i].text.endswith("er") and i + 1 < len(toks) \
                and toks[i + 1].text in CLUB_ABBREVIATIONS and toks[i].text not in NOT_NAME_WORDS:
            end = i + 2  # "Karlsruher SC", "Hamburger SV"
        else:
            return None
        name = _surface(toks, start, end)  # as written: "SV Darmstadt 98", "1. FC Nürnberg"
        hit = self._candidates(name)
        if hit:
            return self._mention(toks, start, end, hit[0].kind, hit[0], name, cue="kb"), end
        return ActorMention(toks[start].start, toks[end - 1].end, name, "organisation",
                            f"new:organisation:{norm(name)}", name, cue="club"), end

    def _cued_place(self, toks: list[_Tok], i: int) -> tuple[ActorMention, int] | None:
        """"der Stadt Zschopau", "im Ortsteil Oßweil": a place noun before a name makes the name a place."""
        if toks[i].text not in PLACE_CUES or i + 1 >= len(toks) or not toks[i + 1].cap:
            return None
        known = self._place_at(toks, i + 1, small=True)
        if toks[i].text in DISTRICT_CUES and known is not None:
            # "im Landkreis Goslar" is the district, not its seat: a place of its own, named with its cue
            end = known[0]
            name = " ".join(t.text for t in toks[i:end])
            hit = [e for e in self._candidates(name) if e.kind == "place"]
            if hit:
                return self._mention(toks, i, end, "place", hit[0], name, cue="kb"), end
            return ActorMention(toks[i].start, toks[end - 1].end, name, "place", f"new:place:{norm(name)}", name,
                                cue="district"), end
        if known is not None and toks[i].text in ("Stadt", "Gemeinde") and i > 0 and toks[i - 1].text == "Die" \
                and (i == 1 or toks[i - 2].text in (",", "und", "„")):
            # "Die Stadt Heilbronn sperrte die Brücke": the town as the subject is its administration
            end = known[0]
            name = " ".join(t.text for t in toks[i:end])
            return ActorMention(toks[i].start, toks[end - 1].end, name, "organisation",
                                f"new:organisation:{norm(name)}", name, cue="municipality"), end
        if known is not None:
            end, label, key = known
            name = " ".join(t.text for t in toks[i + 1:end])
            ent = self.kb.entities.get(key)
            return ActorMention(toks[i + 1].start, toks[end - 1].end, name, "place", key, label, ent,
                                cue="kb" if ent else "gazetteer"), end
        nxt = toks[i + 1]
        if nxt.text in NOT_NAME_WORDS or not _NAME_TOKEN.match(nxt.text) or self._role_of(nxt.text) \
                or lemma_like_noun(nxt.text):
            return None
        return ActorMention(nxt.start, nxt.end, nxt.text, "place", f"new:place:{norm(nxt.text)}", nxt.text,
                            cue="place-cue"), i + 2

    def _demonym_place(self, toks: list[_Tok], i: int) -> tuple[ActorMention, int] | None:
        """"in der südportugiesischen Serra de Monchique", "im peruanischen Colca-Tal": a country's adjective
        before a name no dictionary knows makes the name a place there ("der peruanischen Regierung" is a
        common noun; "der ungarischen Hauptstadt Budapest" goes by its cue)."""
        if toks[i - 1].text.lower() not in _DEMONYM_PLACE_BEFORE or i + 1 >= len(toks):
            return None
        word = _COMPASS_PREFIX.sub("", toks[i].text)
        country = self.kb.place_of_adjective(word)
        if country is None or country.cls != "Country":
            return None
        j = i + 1
        while j < len(toks) and j - i <= 4 and ((toks[j].cap and _NAME_TOKEN.match(toks[j].text)) or (
                toks[j].text in _NAME_CONNECTORS and j + 1 < len(toks) and toks[j + 1].cap)):
            j += 1
        first = toks[i + 1]
        joined = any(t.text in _NAME_CONNECTORS for t in toks[i + 1:j])  # "Sierra de Gredos", whatever "Sierra" is
        if j == i + 1 or first.text in NOT_NAME_WORDS or self._role_of(first.text) or self._kb_match(toks, i + 1) \
                or (not joined and simplemma.is_known(first.text.split("-")[0], lang="de")):
            return None
        name = " ".join(t.text for t in toks[i + 1:j])
        return ActorMention(first.start, toks[j - 1].end, name, "place", f"new:place:{norm(name)}", name,
                            affiliation=country.iri, cue="demonym"), j

    def _compass_part(self, word: str) -> bool:
        """"Westharz", "Nordhessen", "Ostukraine": a compass point glued to a known place names a part of it.
        German writes such parts as one word, and no list holds them all."""
        m = _COMPASS_PART.match(word)
        if m is None:
            return False
        rest = m.group(2)
        base = rest[0].upper() + rest[1:]
        for variant in _strip_genitive(base):
            if any(e.kind == "place" for e in self._candidates(variant)):
                return True
            place = lookup_town(variant, False)
            if place is not None and place.population >= _COMPASS_BASE_POPULATION:
                return True
        return False

    def _toponym_shaped(self, toks: list[_Tok], i: int, out: list[ActorMention]) -> bool:
        """"in Brückenhagen", "die Altstadt von Ellerstedt": a village no list knows, by its ending."""
        word = toks[i].text
        if not _NAME_TOKEN.match(word) or "-" in word or len(word) < 6 or word in NOT_TOPONYMS \
                or word in NOT_NAME_WORDS or word in COMMON_NOUN_PLACES:
            return False
        if not word.endswith(TOPONYM_SUFFIXES) and not (
                _FOREIGN_LETTER.search(word) and toks[i - 1].text.lower() in ("in", "nach", "bei", "nahe", "unweit")):
            return False  # "in Portimão": a letter German lacks marks a foreign name, here a place
        if i + 1 < len(toks) and toks[i + 1].cap and toks[i + 1].text not in NOT_NAME_WORDS:
            return False  # "in Ellerstedt Süd"? more likely a longer name: left to the KB
        if toks[i - 1].text.lower() == "von" and out and out[-1].kind == "person" and out[-1].end >= toks[i - 2].end:
            return False  # "Marie von Ebner": a noble particle
        if norm(word) in self.first_names or self._role_of(word) or lemma_like_noun(word):
            return False
        return True

    def _gazetteer_place(self, toks: list[_Tok], i: int, out: list[ActorMention]) -> tuple[ActorMention, int] | None:
        """A place no KB entry names, after a place preposition: a city of the world ("in Arequipa"), or a
        small German-speaking town right after a preposition without article ("in Gamburg"), also as the
        next item of a list of places ("in Tauberbischofsheim, Würzburg und Bad Mergentheim")."""
        prev = toks[i - 1].text.lower()
        word = toks[i].text
        after_article = prev in ("der", "dem") and i > 1 and toks[i - 2].text.lower() in _PLACE_PREPOSITIONS
        if prev in _PLACE_PREPOSITIONS or prev in SMALL_PLACE_PREPOSITIONS or after_article:
            if self._compass_part(word):  # "im Westharz", "in Nordhessen", "in der Ostukraine"
                return ActorMention(toks[i].start, toks[i].end, word, "place", f"new:place:{norm(word)}", word,
                                    cue="region"), i + 1
        if prev in ("im", "ins", "vom") and word.endswith(REGION_SUFFIXES) and word not in NOT_REGIONS \
                and len(word) >= 8 and _NAME_TOKEN.match(word) and "-" not in word:
            known = self._place_at(toks, i, small=False)  # "im Erzgebirge" is in the KB: matched before
            if known is None:  # "im Taubertal", "im Schwarzwald": a landscape no list knows
                return ActorMention(toks[i].start, toks[i].end, word, "place", f"new:place:{norm(word)}", word,
                                    cue="region"), i + 1
        listed = prev in (",", "und", "oder") and i > 1 and bool(out) and out[-1].kind == "place" \
            and out[-1].end == toks[i - 2].end
        if not (prev in _PLACE_PREPOSITIONS or prev in SMALL_PLACE_PREPOSITIONS or listed):
            return None
        small = prev in SMALL_PLACE_PREPOSITIONS or listed
        found = self._place_at(toks, i, small=small)
        if found is None and small and self._toponym_shaped(toks, i, out):
            return ActorMention(toks[i].start, toks[i].end, word, "place", f"new:place:{norm(word)}", word,
                                cue="toponym"), i + 1
        if found is None or not found[2].startswith("geonames:"):
            return None  # KB places are matched before
        end, name, key = found
        return ActorMention(toks[i].start, toks[end - 1].end, name, "place", key, name, cue="gazetteer"), end

    def _choose(self, ents: list[Entity], toks: list[_Tok], i: int) -> Entity:
        """Among entities sharing a name, prefer a place after a place preposition, else a person or organisation."""
        if len(ents) == 1:
            return ents[0]
        prev = toks[i - 1].text.lower() if i > 0 else ""
        if prev in _PLACE_PREPOSITIONS:
            places = [e for e in ents if e.kind == "place"]
            if places:
                return places[0]
        order = {"person": 0, "organisation": 1, "place": 2, "group": 3}
        return sorted(ents, key=lambda e: (order[e.kind], e.iri))[0]

    def _mention(self, toks, i, end, kind, ent: Entity, surface: str, cue: str, role=None) -> ActorMention:
        start, stop = toks[i].start, toks[end - 1].end
        text = " ".join(t.text for t in toks[i:end])
        return ActorMention(start, stop, text, kind, ent.iri, ent.label, ent,
                            role[0] if role else None, role[2] if role else None, role[1] if role else None, cue)

    def _new_person(self, toks, i, end, cue: str, role=None) -> ActorMention:
        words = [t.text for t in toks[i:end]]
        name = _surface(toks, i, end)  # "Ricardo V."
        key, ent = f"new:person:{norm(name)}", None
        if len(words) > 1:  # "Kirill Alexandrowitsch Dmitrijew" is the KB's "Kirill Dmitrijew"
            for cand in self._candidates(words[-1]):
                parts = cand.label.split()
                if cand.kind == "person" and norm(parts[0]) == norm(words[0]) and norm(parts[-1]) == norm(words[-1]):
                    key, ent = cand.iri, cand
                    break
        return ActorMention(toks[i].start, toks[end - 1].end, name, "person", key, ent.label if ent else name,
                            ent, role[0] if role else None, role[2] if role else None, role[1] if role else None, cue)

    # -- resolution -------------------------------------------------------------

    def _resolve(self, mentions: list[ActorMention], place_words: frozenset[str] = frozenset()) -> list[ActorMention]:
        """Link bare surnames to the person named before; drop capitalised words that are no one."""
        persons: dict[str, list[str]] = {}  # surname key → person keys
        given: dict[str, set[str]] = {}  # given name → person keys
        names: dict[str, str] = {}
        first_named: dict[str, int] = {}  # person key → where the article first names them in full
        titled: dict[str, set[str]] = {}  # person key → the titles they were named with
        for m in mentions:
            if m.kind == "person" and m.key and " " in m.text:
                first_named.setdefault(m.key, m.start)
            if m.kind == "person" and m.key and m.role_text:
                titled.setdefault(m.key, set()).add(m.role_text)
            if m.kind == "person" and m.key:
                last = norm(m.name.split()[-1])
                if m.key not in persons.setdefault(last, []):
                    persons[last].append(m.key)
                if " " in m.name:
                    given.setdefault(norm(m.name.split()[0]), set()).add(m.key)
                names[m.key] = m.name
        orgs: dict[str, ActorMention] = {}  # an organisation named once in full, later by its first word
        for m in mentions:
            if m.kind == "organisation" and m.key.startswith("new:"):
                orgs.setdefault(norm(m.name), m)
                orgs.setdefault(norm(m.name.split()[0]), m)
        places = {norm(m.text) for m in mentions if m.kind == "place"} | place_words
        full_named = {m.key for m in mentions if m.kind == "person" and " " in m.text}
        out: list[ActorMention] = []
        for m in mentions:
            if m.kind == "person" and m.cue == "kb" and " " not in m.text:
                # a bare surname the KB knows ("Lindner") is the article's own Uwe Lindner when it named one
                local = [k for v in _strip_genitive(m.text) for k in persons.get(norm(v), []) if k != m.key]
                if len(local) == 1 and local[0].startswith("new:") and m.key not in full_named:
                    out.append(ActorMention(m.start, m.end, m.text, "person", local[0], names[local[0]], None, cue="surname"))
                    continue
            if m.kind != "unknown":
                out.append(m)
                continue
            head = m.text.split("-")[0] if "-" in m.text else m.text  # "Lumora-Aktie"
            org = next((orgs[norm(v)] for v in _strip_genitive(head) if norm(v) in orgs), None)
            if org is not None and m.cue == "surname" and norm(head) not in persons:
                end = m.start + len(head)
                out.append(ActorMention(m.start, end, m.text[:len(head)], "organisation", org.key, org.name, org.entity,
                                        cue="org-name"))
                continue
            keys = None
            for variant in _strip_genitive(m.text):
                keys = persons.get(norm(variant))
                if keys:
                    break
            if keys and len(keys) > 1:
                by_title = [k for k in keys if m.role_text and m.role_text in titled.get(k, ())]
                named = sorted((first_named[k], k) for k in keys if k in first_named)
                if len(by_title) == 1:  # "Landrat Lüders" after "Gisela Lüders … Landrat Henning Lüders"
                    keys = by_title
                else:
                    keys = [named[0][1]] if named and named[0][0] < m.start else None
            if keys and len(keys) == 1:
                key = keys[0]
                ent = self.kb.entities.get(key)
                out.append(ActorMention(m.start, m.end, m.text, "person", key, names[key], ent, m.role, m.role_text,
                                        m.affiliation, cue="surname"))
            elif not keys and m.cue == "surname" and norm(m.text) in self.first_names \
                    and len(given.get(norm(m.text), ())) == 1:
                # "sagte Tim nach dem Abpfiff" in a story on the brothers Lukas and Tim Becker: a given name
                # alone is the one person of the article who bears it
                key = next(iter(given[norm(m.text)]))
                out.append(ActorMention(m.start, m.end, m.text, "person", key, names[key], self.kb.entities.get(key),
                                        cue="given-name"))
            elif m.cue == "title-surname" and not keys and norm(m.text) not in places:
                # "Trainer Müller" with no full name anywhere: a person known by surname
                out.append(ActorMention(m.start, m.end, m.text, "person", f"new:person:{norm(m.text)}", m.text, None,
                                        m.role, m.role_text, m.affiliation, cue="title"))
        return out


def _tie_titles_to_organisations(actors: list[ActorMention]) -> None:
    """"VLP-Vorsitzender Malte Brodersen": the title's prefix names an organisation of the article, for
    which the person speaks."""
    orgs: dict[str, str] = {}
    for m in actors:
        if m.kind == "organisation":
            orgs.setdefault(norm(m.text), m.key)
            orgs.setdefault(norm(m.name), m.key)
    for m in actors:
        if m.kind == "person" and m.role_text and "-" in m.role_text:
            m.organisation = orgs.get(norm(m.role_text.split("-")[0]))


def _quoted_group(toks: list[_Tok], i: int) -> tuple[ActorMention, int] | None:
    """"das Bündnis „Mietenwahnsinn stoppen“", "die Bürgerinitiative „Rettet das Stadionbad“", "eine Gruppe
    namens „BlackVault“": a group's name is any words in quotes after the noun of its kind (the noun alone
    is no name: "Mit dem „Home One“" is a product)."""
    if not (toks[i].cap and toks[i].text.lower().endswith(GROUP_CUES)):
        return None
    q = i + 2 if i + 1 < len(toks) and toks[i + 1].text == "namens" else i + 1  # "eine Gruppe namens „…“"
    if q + 1 >= len(toks) or toks[q].text not in OPENING_QUOTES:
        return None
    end = next((j for j in range(q + 1, min(len(toks), q + 8)) if toks[j].text in CLOSING_QUOTES), None)
    if end is None or end == q + 1 or not toks[q + 1].cap:
        return None
    inner = toks[q + 1:end]
    name = _surface(toks, q + 1, end)
    return ActorMention(inner[0].start, inner[-1].end, name, "organisation", f"new:organisation:{norm(name)}",
                        name, cue="org-cue"), end + 1


#: a kind's noun alone or as the end of a compound of three letters or more before it, in any case form
_KIND_NOUN = re.compile(rf"^(?:.{{3,}})?({'|'.join(map(re.escape, ORGANISATION_KINDS))})(?:s|es|ses|n)?$")


def _kind_noun(word: str) -> str | None:
    """The kind of organisation a noun (or a compound's end) names: "Immobilienkonzerns" → company.
    Asked of every capitalised word after an article, so one expression, not a loop over the kinds."""
    hit = _KIND_NOUN.match(word.lower())
    return ORGANISATION_KINDS[hit.group(1)] if hit else None


#: Names of police bodies ("Landespolizeiinspektion Gotha", "Landeskriminalamt Hamburg") that "die Polizei"
#: of the same story refers to
_POLICE_BODIES = ("polizei", "landespolizei", "landeskriminalamt", "kriminalpolizei")

_BACK_REFERENCE = re.compile(r"\b(?:([Dd]er|[Dd]ie|[Dd]as|[Dd]es|[Dd]em|[Dd]en)\s+)?([A-ZÄÖÜ][a-zäöüß]+)\b")


def _back_references(actors: list[ActorMention], text: str) -> list[ActorMention]:
    """"der Münchner Technologiekonzern Lumora … das Unternehmen", "die Bürgerinitiative „Rettet das
    Stadionbad“ … die Initiative", "Verhandlungen zwischen Vorstand und Betriebsrat": a definite noun of an
    organisation's kind, or one of its organs, refers to the organisation of that kind named last.  The kind
    comes from the noun that introduced the name or from the KB's type."""
    named: list[tuple[int, str, ActorMention]] = []  # (start, kind, mention) of each organisation of a kind
    for m in actors:
        if m.kind != "organisation":
            continue
        kind = ORGANISATION_TYPE_KINDS.get(m.entity.org_type or "") if m.entity is not None else None
        if kind is None and m.cue == "legal-form":
            kind = "company"
        if kind is None:
            before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
            if before is not None and set(text[before.end(1):m.start]) <= {" ", "„", "\"", "»"}:
                if before.group(1) == "namens":  # "eine Gruppe namens „BlackVault“"
                    before = _WORD_BEFORE.search(text, max(0, before.start(1) - 40), before.start(1))
                kind = _kind_noun(before.group(1)) if before is not None else None
        if kind is None and m.cue in ("institution", "club"):  # "das Amtsgericht Bremen … das Gericht"
            kind = "club" if m.cue == "club" else _kind_noun(m.name.split()[0])
        if m.cue == "institution" and m.name.split()[0].lower().startswith(_POLICE_BODIES):
            kind = "police"  # "Landespolizeiinspektion Gotha", "Polizeipräsidium Mittelfranken"
        if kind is not None:
            named.append((m.start, kind, m))
        if m.name.split()[0].lower().endswith(CHAMBER_COURTS):
            named.append((m.start, "chambers", m))  # "Die Strafkammer" of "das Landgericht Köln"
    if not named:
        return actors
    # an organ the recognizer took for a body of its own ("Die Strafkammer setzte …") is its organisation's
    organs = {(m.start, m.end): m for m in actors
              if (m.text in ORGANISATION_ORGANS or m.text == "Polizei") and m.cue in ("bare-institution", "org-name")}
    taken = [(m.start, m.end) for m in actors if (m.start, m.end) not in organs]
    starts: dict[str, list[int]] = {}  # where each organisation is named, in text order
    for m in actors:
        starts.setdefault(m.key, []).append(m.start)
    out = list(actors)
    for hit in _BACK_REFERENCE.finditer(text):
        article, word = hit.group(1), hit.group(2)
        kind = ORGANISATION_ORGANS.get(word) or (_kind_noun(word) if article else None) or (
            "police" if word == "Polizei" and article else None)
        if kind is None or any(a < hit.end(2) and hit.start(2) < b for a, b in taken):
            continue
        rest = text[hit.end(2):hit.end(2) + 6]
        if rest.lstrip()[:1] in OPENING_QUOTES or re.match(r"\s+(?:der|des)\s", rest) \
                or any(0 < m.start - hit.end(2) <= 2 and not text[hit.end(2):m.start].strip() for m in actors):
            continue  # "der Konzern Lumora", "das Bündnis „…“": an introduction; "der Vorstand der IG Metall"
        before = [m for start, k, m in named if k == kind and start < hit.start()]
        if not before and kind == "police":
            # "hat die Polizei einen Tatverdächtigen festgenommen …, wie die Landespolizeiinspektion Gotha
            # mitteilte": the lead says "die Polizei", the story names which
            before = [m for start, k, m in named if k == kind][:1]
        if before:
            # the one of that kind named most often so far, the story's own ("der Verein" after a match
            # report that named the opponent last); of equals the one named last
            times = {m.key: bisect_left(starts[m.key], hit.start()) for m in before}
            org = max(reversed(before), key=lambda m: times[m.key])
            replaced = organs.pop((hit.start(2), hit.end(2)), None)
            if replaced is not None:
                out.remove(replaced)
            out.append(ActorMention(hit.start(2), hit.end(2), word, "organisation", org.key, org.name, org.entity,
                                    cue="back-reference"))
    return sorted(out, key=lambda m: (m.start, m.end))


_APPOSITION = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]es|[Dd]em|[Dd]en|[Ee]ine?[mnrs]?)\s+([A-ZÄÖÜ][a-zäöüß]{4,})\s+$")
_PERSON_NOUN = re.compile(r"\b(?:[Dd]er|[Dd]ie|[Dd]es|[Dd]em|[Dd]en)\s+([A-ZÄÖÜ][a-zäöüß]{4,})\b")


_PARTITIVES = frozenset({"einer", "eines", "eine", "einem", "keiner", "keine", "keines", "viele", "vielen", "einige",
                         "mehrere", "alle", "allen", "jeder", "jede", "jedes", "beide", "beiden", "zwei", "drei"})


def _stem(noun: str) -> str:
    """"Unternehmers", "Angeklagten" → the form to compare with the title a person was introduced by."""
    low = noun.lower()
    for ending in ("en", "s", "n"):
        if low.endswith(ending) and len(low) - len(ending) >= 5:
            return low[: -len(ending)]
    return low


def _person_back_references(actors: list[ActorMention], text: str) -> list[ActorMention]:
    """"den Bauunternehmer Ralf Steiner … wurde der Unternehmer festgenommen", "Bundespräsident Frank-Walter
    Steinmeier … sagte der Bundespräsident": a definite noun that ends the way a person's title or
    apposition does refers to the person last introduced by it (not when a name follows: that is a new
    introduction, "der Unternehmer Karl Brenner")."""
    described: list[tuple[int, str, ActorMention]] = []  # (start, stem of the title, person)
    for m in actors:
        if m.kind != "person" or m.cue == "back-reference":
            continue
        title = m.role_text
        if title is None:
            hit = _APPOSITION.search(text, max(0, m.start - 40), m.start)
            title = hit.group(1) if hit is not None and not any(
                a.start <= hit.start(1) < a.end for a in actors) else None
        if title is not None:
            described.append((m.start, _stem(title), m))
    if not described:
        return actors
    taken = [(m.start, m.end) for m in actors]
    out = list(actors)
    for hit in _PERSON_NOUN.finditer(text):
        word = hit.group(1)
        # the cheap test first: most definite nouns end like no title of the article
        stem = _stem(word)
        before = [m for start, t, m in described if start < hit.start() and t.endswith(stem)]
        if not before:
            continue
        if any(a < hit.end(1) and hit.start(1) < b for a, b in taken) \
                or any(0 < m.start - hit.end(1) <= 2 for m in actors if m.kind == "person"):
            continue
        if (hit.group(0)[:3].lower() in ("der", "die") and word.endswith("en")) or word.endswith("ern"):
            continue  # "das Gipfeltreffen der Präsidenten", "die Angeklagten", "den Unternehmern": more than one
        before_article = _WORD_BEFORE.search(text, max(0, hit.start() - 20), hit.start())
        if before_article is not None and before_article.group(1).lower() in _PARTITIVES:
            continue  # "einer der Unternehmer"
        p = before[-1]
        out.append(ActorMention(hit.start(1), hit.end(1), word, "person", p.key, p.name, p.entity,
                                p.role, p.role_text, p.affiliation, cue="back-reference",
                                organisation=p.organisation))
    return sorted(out, key=lambda m: (m.start, m.end))


def _demonyms(kb: KnowledgeBase) -> dict[str, str]:
    """A country's people by the noun German forms from its adjective ("ukrainisch" → Ukrainer, "russisch" →
    Russe, "spanisch" → Spanier, "israelisch" → Israeli), masculine and feminine, lower-cased → country IRI.
    Only forms the German dictionary knows, and never a place's own name ("Ukraine")."""
    place_names = {norm(n) for e in kb.entities.values() if e.kind == "place" for n in (e.label, *e.aliases)}
    out: dict[str, str] = {}
    for e in sorted(kb.entities.values(), key=lambda e: e.iri):
        if e.cls != "Country":
            continue
        for adj in e.adjectives:
            if not adj.endswith("isch"):
                continue
            stem = adj[:-4]
            for form in (stem + "er", stem + "e", stem + "ier", stem + "i", stem + "aner"):
                noun = form[:1].upper() + form[1:]
                if len(form) < 4 or norm(form) in place_names or not simplemma.is_known(noun, lang="de") \
                        or simplemma.lemmatize(noun, lang="de") != noun:
                    continue
                out.setdefault(form.lower(), e.iri)
                out.setdefault((form[:-1] if form.endswith(("e", "i")) else form).lower() + "in", e.iri)
    return out


#: "dem Ukrainer", "den Amerikaner", "des Russen", "die Ukrainerin": one person by nationality
_DEMONYM_NOUN = re.compile(r"\b([Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]es)\s+([A-ZÄÖÜ][a-zäöüß]{3,})\b")


def _demonym_references(actors: list[ActorMention], text: str, demonyms: dict[str, str],
                        published: date | None) -> list[ActorMention]:
    """"der ukrainische Präsident Wolodymyr Selenskyj … dass er mit dem Ukrainer sprechen werde": a definite
    singular noun for a nationality refers to the person of that country named last before it (by the
    description that introduced them, or the office the KB says they hold)."""
    if not demonyms:
        return actors
    taken = [(m.start, m.end) for m in actors]
    out = list(actors)
    for hit in _DEMONYM_NOUN.finditer(text):
        article, word = hit.group(1).lower(), hit.group(2)
        low = word.lower()
        country, base = demonyms.get(low), low
        if country is None and low.endswith(("s", "n")):
            base = low[:-1]
            country = demonyms.get(base)
        # the cheap test first: most definite nouns are no nationality
        if country is None or not _singular_demonym(article, low, base) \
                or any(a < hit.end(2) and hit.start(2) < b for a, b in taken):
            continue
        if article == "der" and low == base and not low.endswith("in"):
            before = _WORD_BEFORE.search(text, max(0, hit.start() - 30), hit.start())
            if before is not None and before.group(1)[:1].isupper():
                continue  # "die Unterstützung der Ukrainer": a genitive plural
        if any(0 < m.start - hit.end(2) <= 2 for m in actors if m.kind == "person"):
            continue  # "der Ukrainer Oleh Petrenko": an introduction
        named = [m for m in actors if m.kind == "person" and m.end <= hit.start() and m.cue != "back-reference"
                 and (m.affiliation == country or (m.entity is not None and any(
                     r.of == country and r.holds_on(published) for r in getattr(m.entity, "roles", ()))))]
        if named:
            p = named[-1]
            out.append(ActorMention(hit.start(2), hit.end(2), word, "person", p.key, p.name, p.entity,
                                    p.role, p.role_text, p.affiliation, cue="demonym-reference",
                                    organisation=p.organisation))
    return sorted(out, key=lambda m: (m.start, m.end))


def _singular_demonym(article: str, word: str, base: str) -> bool:
    """"die Ukrainerin", "dem Ukrainer", "des Ukrainers", "den Russen" name one; "die Ukrainer", "den
    Ukrainern", "der Russen" many ("der Ukrainer" is either: the caller checks for a genitive)."""
    if word != base:  # an ending: "-s" of one ("des Ukrainers"), "-n" of one Russe, of many Ukrainer
        return article == "des" if word.endswith("s") else base.endswith("e") and article in ("dem", "den", "des")
    if word.endswith("in"):
        return article in ("die", "der")
    return article in ("der", "dem", "den")


_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_NOT_BARE = _DEFINITE | INDEFINITE_ARTICLES | {"zum", "zur", "im", "am", "vom", "beim", "ins", "jeder", "jede", "alle"}


def _recurring_organisations(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """"Hanseflug hatte … angeboten. Hanseflug reagierte scharf. … bei Hanseflug": a capitalised word no
    list knows, never with a given name, that the article uses at least three times as a name is used —
    without article or adjective before it (German nouns take one; names of firms and bodies need none)
    — is an organisation."""
    persons = {norm(m.name.split()[-1]) for m in mentions if m.kind == "person"}
    bare: dict[str, int] = {}
    subject: set[str] = set()
    for m in mentions:
        if m.kind != "unknown" or m.cue != "surname" or not m.text.isalpha() or len(m.text) < 4:
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
        word = before.group(1) if before and text[before.end(1):m.start].strip() == "" else None
        if word is not None and (word.lower() in _NOT_BARE or not word.isalpha()
                                 or (word.islower() and word.endswith(("e", "en", "er", "es", "em")))):
            continue
        if before is not None and word is None and before.group(1).isdigit():
            continue  # "in der 108. Minute"
        key = norm(m.text)
        bare[key] = bare.get(key, 0) + 1
        after = text[m.end:m.end + 2]
        if word is None and after[:1] == " " and after[1:2].islower():
            subject.add(key)  # "Hanseflug reagierte scharf": a sentence begins with the name as its subject
    names = {k for k, n in bare.items() if n >= 3 and k in subject and k not in persons}
    if not names:
        return mentions
    return [ActorMention(m.start, m.end, m.text, "organisation", f"new:organisation:{norm(m.text)}", m.text,
                         cue="recurring")
            if m.kind == "unknown" and m.cue == "surname" and norm(m.text) in names else m for m in mentions]


def _short_club_names(mentions: list[ActorMention]) -> list[ActorMention]:
    """"FSV Mainfranken" in a headline over "der FSV Mainfranken Würzburg": a club's name without its town
    is the club the article names in full."""
    clubs = [m for m in mentions if m.cue == "club"]
    for m in clubs:
        full = [c for c in clubs if c.name.startswith(m.name + " ")]
        if len({c.key for c in full}) == 1:
            m.key, m.name = full[0].key, full[0].name
    return mentions


recognize_actors = lazy_component(ActorRecognizer)
