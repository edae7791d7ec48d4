"""Which words name an event, and of which ontology class.

The ontology's German labels are the only source (see ``ontology/eventgraph.ttl``):
a capitalised label is a noun, matched on the token's lemma and as the head
of a compound (``Außenministertreffens`` → Treffen); a lower-case label is a
verb infinitive, matched on the lemma of any finite form, with a separable
particle joined back (``rief … an`` → anrufen).  Lemmas come from simplemma
(MIT, a dictionary lookup: measured at over a million tokens/s with its
cache), with two suffix rules for participles it does not list.

A label of several words is an idiom ending in its verb (``in Sicherheit
bringen``, ``über die Ufer treten``): it names the event when its verb and its
other words (articles aside; a noun also as a compound's head, ``Lumora-Aktie``)
stand in one clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import simplemma

from ..ontology import Lexicon, lexicon
from .lexicon_de import COMPOUND_HEADS_EXCLUDED, NOT_TRIGGERS, SEPARABLE_PARTICLES, VERB_FORMS


#: Prefixes that derive a word from a verb rather than join two words: "Ent|warnung", "Ver|einigung"
_INSEPARABLE_PREFIXES = frozenset({"ent", "ver", "zer", "miss", "emp"})


@dataclass(frozen=True, slots=True)
class Trigger:
    cls: str  # ontology class local name
    lemma: str  # the label it matched, as written in the ontology
    pos: str  # noun | verb
    plural: bool = False


@dataclass(frozen=True, slots=True)
class Idiom:
    words: frozenset[str]  # casefolded words besides the verb, articles left out
    verb: str  # infinitive
    label: str
    cls: str


_IDIOM_FILLERS = frozenset({"ein", "eine", "einen", "einem", "der", "die", "das", "den", "dem", "des", "von", "vom"})


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    return simplemma.lemmatize(word, lang="de")


class TriggerLexicon:
    """Lookups from word forms to event classes, built once from the ontology."""

    def __init__(self, lx: Lexicon | None = None):
        lx = lx or lexicon()
        single = {label: cls for label, cls in lx.triggers.items() if " " not in label}
        self.nouns = {label.casefold(): (label, cls) for label, cls in single.items() if label[:1].isupper()}
        self.verbs = {label: cls for label, cls in single.items() if label[:1].islower()}
        self.idioms = sorted(
            (Idiom(frozenset(w.casefold() for w in label.split()[:-1] if w.casefold() not in _IDIOM_FILLERS),
                   label.split()[-1], label, cls)
             for label, cls in lx.triggers.items() if " " in label),
            key=lambda i: (-len(i.words), i.label))
        self.heads = sorted((k for k in self.nouns if len(k) >= 4 and k not in COMPOUND_HEADS_EXCLUDED),
                            key=len, reverse=True)
        self._noun_cache: dict[str, Trigger | None] = {}

    def noun(self, word: str) -> Trigger | None:
        """The event class a capitalised word names, or ``None`` (memoised)."""
        if word not in self._noun_cache:
            self._noun_cache[word] = self._find_noun(word)
        return self._noun_cache[word]

    def _find_noun(self, word: str) -> Trigger | None:
        if "-" in word:  # "Tomahawk-Lieferungen", "Truth-Social-Account": the last part is the head
            head = word.rsplit("-", 1)[1]
            if not head[:1].isupper() or lemma(head).casefold() in COMPOUND_HEADS_EXCLUDED:
                return None
            return self._find_noun(head)
        base = lemma(word)
        plural = _is_plural(word, base)
        for form in (word.casefold(), base.casefold()):
            if form in NOT_TRIGGERS:
                return None
            if form in self.nouns:
                label, cls = self.nouns[form]
                return Trigger(cls, label, "noun", plural or form == word.casefold() != base.casefold())
        low = base.casefold()
        for head in self.heads:
            if low.endswith(head) and len(low) - len(head) >= 3:
                if not self._compound_of(low, head):
                    return None
                label, cls = self.nouns[head]
                return Trigger(cls, label, "noun", plural)
        return None

    def _compound_of(self, low: str, head: str) -> bool:
        """Whether the word is a compound with this head: not a derivation by an inseparable prefix
        ("Entwarnung" is no warning), nor a word whose real head is one letter longer and names no event
        ("Stadtreinigung" ends in "Reinigung", not "Einigung"; "Arbeitsvermittlung" in "Vermittlung")."""
        if low[: -len(head)] in _INSEPARABLE_PREFIXES:
            return False
        longer = low[-len(head) - 1:]
        return longer in self.nouns or not simplemma.is_known(longer.capitalize(), lang="de")

    def idioms_in(self, words: list[str], particle: str | None = None) -> list[tuple[int, Trigger]]:
        """Idioms whose words all stand in a clause (``words``: its tokens): (verb token, trigger)."""
        verbs: dict[str, int] = {}  # infinitive → first token that can be a form of it
        for i, w in enumerate(words):
            if w[:1].islower():
                for base in _verb_lemmas(w):
                    verbs.setdefault(base, i)
                    if particle:
                        verbs.setdefault(particle + base, i)
        candidates = [idiom for idiom in self.idioms if idiom.verb in verbs]
        if not candidates:
            return []
        low = [w.casefold() for w in words]
        present = set(low) | {w.rsplit("-", 1)[-1] for w in low if "-" in w}
        return [(verbs[idiom.verb], Trigger(idiom.cls, idiom.label, "verb")) for idiom in candidates
                if all(w in present or any(x.endswith(w) and len(x) > len(w) + 2 for x in low) for w in idiom.words)]

    def verb(self, word: str, particle: str | None = None) -> Trigger | None:
        """The event class of a verb form; ``particle`` is the clause-final separable particle, if any."""
        for base in _verb_lemmas(word):
            if particle:  # "räumte … ein" is einräumen (admit), not räumen
                if particle + base in self.verbs:
                    return Trigger(self.verbs[particle + base], particle + base, "verb")
                continue
            if base in self.verbs:
                return Trigger(self.verbs[base], base, "verb")
        return None


def _is_plural(word: str, base: str) -> bool:
    """A plural noun form ("Angriffe", "Lieferungen"); genitive singulars (-s, -es) are not."""
    w, b = word.casefold(), base.casefold()
    if w == b:
        return False
    suffix = w[len(b):] if w.startswith(b) else None
    if suffix is None:  # umlaut plurals: "Anschläge", "Unfälle"
        return True
    return suffix in ("e", "en", "n", "er", "ern", "nen")


#: "zurück" before "zu": the longest particle a participle starts with is its own
_PARTICLES_LONGEST_FIRST = sorted(SEPARABLE_PARTICLES, key=lambda p: (-len(p), p))


@lru_cache(maxsize=50_000)
def _verb_lemmas(word: str) -> tuple[str, ...]:
    low = word.lower()  # not casefold(): "äußerte" must keep its ß to meet "äußern"
    out = [lemma(low), *VERB_FORMS.get(low, ())]
    # participles and past forms simplemma does not list: "evakuiert", "vereidigt", "evakuierten"
    for suffix in ("ten", "te", "t"):
        if low.endswith(suffix) and len(low) > len(suffix) + 3:
            out.append(low[: -len(suffix)] + "en")
            break
    if low.startswith("ge") and low.endswith("t"):
        out.append(low[2:-1] + "en")
    # a separable verb's participle simplemma does not list: "angedeutet" is an|ge|deut|et
    particle = next((p for p in _PARTICLES_LONGEST_FIRST if low.startswith(p + "ge") and len(low) > len(p) + 5), None)
    if particle and low.endswith("t"):
        stem = low[len(particle) + 2:]
        stem = stem[:-2] if stem.endswith("et") and not stem.endswith("iert") else stem[:-1]
        out.append(particle + stem + "en")
    return tuple(dict.fromkeys(out))

