"""German grammar the generator needs: articles, adjective endings, titles, names.

Everything here is small and table-driven on purpose: the generator writes
hundreds of thousands of sentences, and each noun phrase is looked up, not
computed by a morphological analyser.  Cases are indexed 0..3 in the order
nominative, accusative, dative, genitive.
"""

from __future__ import annotations

from dataclasses import dataclass

NOM, ACC, DAT, GEN = 0, 1, 2, 3

DEF_ART = {"m": ("der", "den", "dem", "des"), "f": ("die", "die", "der", "der"),
           "n": ("das", "das", "dem", "des"), "p": ("die", "die", "den", "der")}
# adjective endings after the definite article (weak declension)
WEAK_ADJ = {"m": ("e", "en", "en", "en"), "f": ("e", "e", "en", "en"),
            "n": ("e", "e", "en", "en"), "p": ("en", "en", "en", "en")}

NUMBER_WORDS = ("null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
                "elf", "zwölf")

PRONOUNS = {"m": ("er", "ihn", "ihm", "sein"), "f": ("sie", "sie", "ihr", "ihr")}


def cap(text: str) -> str:
    """First letter upper-cased (sentence start); the rest unchanged."""
    return text[:1].upper() + text[1:] if text else text


def number_word(n: int) -> str:
    """``3`` → ``drei`` from two to twelve, digits otherwise (agency style)."""
    return NUMBER_WORDS[n] if 2 <= n < len(NUMBER_WORDS) else str(n)


def thousands(n: int) -> str:
    """``12500`` → ``12.500`` (German digit grouping; four-digit numbers stay ungrouped)."""
    return str(n) if n < 10000 else f"{n:,}".replace(",", ".")


@dataclass(frozen=True, slots=True)
class Title:
    """A person's title or job noun, masculine and feminine.

    ``kind``: ``strong`` (Minister, des Ministers), ``weak`` (Präsident, des
    Präsidenten), ``adj`` (Vorsitzender, an adjective used as a noun).
    ``adjective`` is an optional fixed capitalised adjective (``Vorsitzende Richterin``).
    """

    masc: str
    fem: str
    kind: str = "strong"
    adjective: str = ""

    def noun(self, gender: str, case: int, article: bool) -> str:
        """The title noun (with its fixed adjective) in ``case``, with or without a definite article before it."""
        g = "f" if gender == "f" else "m"
        adj = ""
        if self.adjective:  # bare only in the nominative: "Vorsitzender Richter", "Vorsitzende Richterin"
            ending = WEAK_ADJ[g][case] if article else ("er" if g == "m" else "e")
            adj = self.adjective + ending + " "
        if g == "f":
            base = self.fem
            if self.kind == "adj":
                return adj + base + ("" if case in (NOM, ACC) else "n")
            return adj + base
        base = self.masc
        if self.kind == "adj":  # "Vorsitzende": der Vorsitzende / Vorsitzender / den Vorsitzenden
            stem = base
            if article:
                return adj + stem + ("" if case == NOM else "n")
            return adj + stem + ("r" if case == NOM else "n" if case != DAT else "m")
        if case == NOM:
            return adj + base
        if self.kind == "weak":
            return adj + base + ("en" if not base.endswith("e") else "n")
        if case == GEN:
            return adj + base + ("es" if base.endswith(("s", "ß", "x", "z")) else "s")
        return adj + base


def title_phrase(title: Title, gender: str, case: int, *, prefix: str = "", adjective: str = "",
                 article: bool = True) -> str:
    """``der polnische Regierungschef``, ``dem GLV-Vorsitzenden``, ``Bundeskanzler`` (bare).

    ``prefix`` makes a compound (``GLV-`` + ``Chef``); ``adjective`` is a stem
    (``polnisch``) declined after the article.  A bare title (``article=False``)
    is only used where German leaves it uninflected (nom/acc/dat of a noun
    title before a name) — callers ask for the article otherwise.
    """
    g = "f" if gender == "f" else "m"
    noun = prefix + title.noun(g, case, article)
    parts = []
    if article:
        parts.append(DEF_ART[g][case])
    if adjective:
        parts.append(adjective + WEAK_ADJ[g][case])
    parts.append(noun)
    return " ".join(parts)


def genitive_name(name: str) -> str | None:
    """``Müller`` → ``Müllers``; ``None`` for names ending in a sibilant (the text then says ``von Merz``)."""
    if name.endswith(("s", "ß", "x", "z", "ce", "sch")) or not name[-1:].isalpha():
        return None
    return name + "s"


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """A fixed noun phrase in four cases (an organisation, a building)."""

    nom: str
    acc: str
    dat: str
    gen: str

    def case(self, c: int) -> str:
        return (self.nom, self.acc, self.dat, self.gen)[c]


def np_def(gender: str, noun: str, gen_noun: str | None = None, dat_noun: str | None = None, rest: str = "",
           adjective: str = "") -> NounPhrase:
    """A definite noun phrase: ``np_def("n", "Landgericht", "Landgerichts", rest="Kassel")``."""
    arts = DEF_ART[gender]
    forms = []
    for c in range(4):
        word = noun
        if c == GEN and gen_noun:
            word = gen_noun
        if c == DAT and dat_noun:
            word = dat_noun
        adj = (adjective + WEAK_ADJ[gender][c] + " ") if adjective else ""
        forms.append(f"{arts[c]} {adj}{word}" + (f" {rest}" if rest else ""))
    return NounPhrase(*forms)


def np_bare(name: str, gen: str | None = None) -> NounPhrase:
    """A name used without an article in every case (``Rheinwerk``, ``Verdi``); genitive as ``von …``."""
    return NounPhrase(name, name, name, gen or f"von {name}")


def join_names(items: list[str]) -> str:
    """``A``, ``A und B``, ``A, B und C``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " und " + items[-1]


def slug(text: str, limit: int = 40) -> str:
    """ASCII file-name slug: ``Warnstreik legt Rheinwerk lahm`` → ``warnstreik-legt-rheinwerk-lahm``."""
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
    out = []
    for ch in text.translate(table).lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    s = "".join(out).strip("-")
    if len(s) > limit:
        s = s[:limit].rsplit("-", 1)[0]
    return s or "artikel"
