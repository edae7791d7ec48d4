"""German temporal expressions → normalised values with day bounds.

Every expression becomes an interval of calendar days ``[earliest, latest]``
with a granularity, never a fake point (conventions:
``tests/data/timex/CONVENTIONS.md``).  Relative expressions are resolved
against an anchor — the publication date, or for anaphora the last date the
text mentioned — and weekdays and partial dates by the tense of their clause.

The tagger is a list of rules, each a regular expression with a resolver.
All rules run over the text; overlapping matches go to the longest, then to
the earlier rule; the survivors are resolved in text order.  Pure Python,
no model, no Java: a few milliseconds per article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, timedelta

import simplemma

from .interning import reduce_shared
from .lexicon_de import (
    DAY_PARTS, FUTURE_CUES, HOLIDAYS_EASTER, HOLIDAYS_FIXED, MONTH_NAMES, MONTHS, NUMBER_WORDS, ORDINAL_WORDS,
    RELATIVE_WORDS, SEASONS, UNITS, WEEKDAYS,
)

# ---------------------------------------------------------------------------
# The value of an expression


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression with its normalised value and day bounds."""

    start: int
    end: int
    text: str
    kind: str  # date | time | duration | set
    value: str | None
    earliest: str | None
    latest: str | None
    granularity: str
    anchor: str | None  # the ISO day it was resolved against
    anchored_by: str  # absolute | publication | previous | tense
    tense: str | None = None  # past | future | present, where the clause's tense decided

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def bounds(self) -> tuple[date, date] | None:
        if self.earliest is None or self.latest is None:
            return None
        return date.fromisoformat(self.earliest), date.fromisoformat(self.latest)

    __reduce__ = reduce_shared


@dataclass(frozen=True, slots=True)
class _Val:
    kind: str
    value: str | None
    earliest: date | None
    latest: date | None
    granularity: str
    anchored_by: str = "publication"
    tense: str | None = None
    last_day: date | None = None  # what anaphora may refer to afterwards


def _date_or_none(year: int | None, month: int, day: int) -> date | None:
    """The calendar day, or ``None`` when the text's numbers name none (31 April)."""
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day(d: date, by: str = "publication", tense: str | None = None) -> _Val:
    return _Val("date", d.isoformat(), d, d, "day", by, tense, d)


def _span(a: date, b: date, value: str | None = None, gran: str = "interval", by: str = "publication",
          tense: str | None = None, kind: str = "date") -> _Val:
    return _Val(kind, value or f"{a.isoformat()}/{b.isoformat()}", a, b, gran, by, tense, a if a == b else None)


def month_bounds(y: int, m: int) -> tuple[date, date]:
    """The first and last day of a month."""
    first = date(y, m, 1)
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def _month(y: int, m: int, by: str = "publication", tense: str | None = None) -> _Val:
    a, b = month_bounds(y, m)
    return _Val("date", f"{y:04d}-{m:02d}", a, b, "month", by, tense)


def _year(y: int, by: str = "publication") -> _Val:
    return _Val("date", f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year", by)


def _week(d: date, by: str = "publication") -> _Val:
    y, w, _ = d.isocalendar()
    monday = date.fromisocalendar(y, w, 1)
    return _Val("date", f"{y:04d}-W{w:02d}", monday, monday + timedelta(days=6), "week", by)


def _add_months(d: date, n: int) -> date:
    m0 = d.month - 1 + n
    y, m = d.year + m0 // 12, m0 % 12 + 1
    last = month_bounds(y, m)[1].day
    return date(y, m, min(d.day, last))


def _shift(d: date, n: int, unit: str) -> date:
    if unit == "D":
        return d + timedelta(days=n)
    if unit == "W":
        return d + timedelta(weeks=n)
    if unit == "M":
        return _add_months(d, n)
    return _add_months(d, 12 * n)


def easter(year: int) -> date:
    """Easter Sunday by the anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _german_offset(d: date) -> str:
    """+02:00 during German summer time (last Sunday of March to last Sunday of October), else +01:00."""
    def last_sunday(month: int) -> date:
        last = month_bounds(d.year, month)[1]
        return last - timedelta(days=(last.weekday() + 1) % 7)
    return "+02:00" if last_sunday(3) <= d < last_sunday(10) else "+01:00"


# ---------------------------------------------------------------------------
# Regular-expression vocabulary

def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MONTH_FULL = _alt(MONTH_NAMES)
_MONTH = rf"(?P<mon>(?:{_MONTH_FULL})\b|(?:{_alt(k for k in MONTHS if k not in MONTH_NAMES)})\.)"
_WD = rf"(?P<wd>{_alt(WEEKDAYS)})"
_NUMW = _alt(NUMBER_WORDS)
_NUM = rf"(?P<num>\d{{1,3}}(?:,\d)?|{_NUMW})"
_UNIT = rf"(?P<unit>{_alt(UNITS)})"
_HEDGE = r"(?:(?:rund|etwa|ungefähr|beinahe|fast|knapp|gut|mehr als|über|annähernd|nahezu|zirka|ca\.|weniger als)\s+)?"
_REL = rf"(?P<rel>{_alt(RELATIVE_WORDS)})"
_PART3 = r"(?P<part>Anfang|Mitte|Ende)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAYPART = rf"(?P<dp>{_alt(DAY_PARTS)})"
_ZONE = r"(?:\s+(?P<zone>deutscher Zeit|MESZ|MEZ|Ortszeit|UTC|GMT|mitteleuropäischer (?:Sommer)?zeit))?"
_CLOCK = r"(?P<hh>[01]?\d|2[0-3])(?:[.:](?P<mi>[0-5]\d))?\s*Uhr"
_TIME_SUFFIX = rf"(?:,?\s+(?:um|gegen|ab|von)\s+{_CLOCK}{_ZONE})?"
_DAY_WORDS = r"(?:Tag|Tage|Tagen|Tages)"

R = re.IGNORECASE


def _num(text: str) -> float:
    t = text.lower()
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    return float(t.replace(",", "."))


def _month_num(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


# ---------------------------------------------------------------------------
# Resolution context


class _Ctx:
    """Per-text resolution state: anchor, last mentioned day, clause tenses."""

    def __init__(self, text: str, anchor: date | None):
        self.text = text
        self.anchor = anchor
        self.last_day: date | None = None

    def clause(self, start: int, end: int) -> str:
        """The clause around a span: bounded by sentence ends and clause punctuation."""
        t = self.text
        left = max(t.rfind(c, 0, start) for c in (". ", "! ", "? ", "\n", ";", ": ", " – ", " - ")) + 1
        right_pos = [t.find(c, end) for c in (". ", "! ", "? ", "\n", ";", " – ")]
        right = min([p for p in right_pos if p >= 0], default=len(t))
        return t[left:right]

    def tense(self, start: int, end: int) -> str:
        """past | future | present, from cue words of the clause (then of the sentence)."""
        if _SCHEDULED.match(self.text, start) or (
                _ONTO.search(self.text, max(0, start - 5), start) and _RESCHEDULED.search(self.clause(start, end))):
            # "eine für den 4. Dezember geplante Versammlung wurde … auf Mitte Januar verschoben": the day a
            # thing is set for and the day it is moved to lie ahead whatever tense reports the setting
            return "future"
        comma = self._comma_clause(start, end)
        t = _tense_of(comma, own=True)
        if t != "present" or (len(comma.split()) >= 5 and not _ZU_INFINITIVE.search(comma)):
            return t  # a clause of its own: its present tense counts (an infinitive has none)
        return _tense_of(self.clause(start, end))

    def _comma_clause(self, start: int, end: int) -> str:
        c = self.clause(start, end)
        c_start = self.text.find(c, max(0, start - len(c)))
        rel_s, rel_e = start - c_start, end - c_start
        while rel_e > rel_s and c[rel_e - 1] in ", ":
            rel_e -= 1
        left = c.rfind(",", 0, rel_s) + 1
        right = c.find(",", rel_e)
        return c[left: right if right >= 0 else len(c)]


_PAST_FORMS = re.compile(
    r"\b(?:hatte|hatten|hattest|war|waren|wurde|wurden|worden|gewesen|traf|trafen|fand|fanden|gab|gaben|"
    r"kam|kamen|sprach|sprachen|empfing|empfingen|schrieb|schrieben|rief|riefen|ging|gingen|stand|standen|"
    r"lag|lagen|sah|sahen|hielt|hielten|begann|begannen|gewann|gewannen|verlor|verloren|stieg|stiegen|"
    r"fiel|fielen|brach|brachen|starb|starben|zog|zogen|nahm|nahmen|blieb|blieben|flog|flogen|fuhr|fuhren|"
    r"erschien|entschied|entschieden|beschloss|beschlossen|wies|trat|traten|schlug|schlugen|lief|liefen|"
    r"konnte|konnten|musste|mussten|durfte|durften|"
    r"[a-zäöüß]{2,}(?:ierte|ierten|elte|elten|erte|erten|chte|chten|ndete|ndeten|tete|gte|gten|"
    r"llte|kte|kten|hrte|hrten|pte|sste|ssten|ßte|ßten|rte|lte|nte|mte|bte|fte))\b"
)
_PARTICIPLE_AUX = re.compile(r"\b(?:hat|haben|habe|hätten?|sei|seien)\b.*\b[a-zäöüß]*ge[a-zäöüß]{3,}(?:t|en)\b|\b(?:hat|haben|habe)\b.*\b[a-zäöüß]+iert\b")
_NOT_PAST = frozenset({"heute", "erste", "ersten", "letzte", "letzten", "nächste", "nächsten", "beste", "besten",
                       "meiste", "meisten", "größte", "größten", "weiteste", "sollte", "sollten", "wollte",
                       "wollten", "möchte", "möchten", "könnte", "könnten", "würde", "würden", "hätte", "hätten",
                       "mehrfach", "zuerst", "geplante", "geplanten", "angekündigte", "angekündigten",
                       "jüngsten", "jüngste", "zweiten", "dritten", "vierten", "fünften", "gute", "guten",
                       "kommenden", "vergangenen", "erwartete", "erwarteten", "bevorstehenden", "anstehenden",
                       "geschätzte", "geschätzten", "rechte", "rechten", "echte", "echten", "leichte", "schlechte",
                       "beste", "feste", "festen", "Leute", "breite", "breiten", "zehnte", "weite", "weiten",
                       "kurzfristig", "offiziellen", "verletzten", "verletzte", "bekannte", "bekannten",
                       "sogenannte", "sogenannten", "gesamte", "gesamten", "bestätigte", "bestätigten"})


_SEIN_PERFECT = re.compile(r"\b(?:ist|sind|war|waren)\b(?:\s+\S+){0,8}?\s+(?!geschlossen\b|gelegen\b|gewesen\b)[a-zäöüß]*ge[a-zäöüß]{3,}en\b")
_REPORTED_PAST = re.compile(r"\b[a-zäöüß]*ge[a-zäöüß]+(?:t|en)\s+(?:haben|sein|worden)\b")


#: "für den 4. Dezember", "für Montag": the day something is set for (a day, not "für Juli": figures for a month)
_SCHEDULED = re.compile(r"für\s+(?:den\s+|das\s+|kommenden\s+|nächsten\s+)?(?:\d|[A-ZÄÖÜ][a-zäöü]+tag\b|Mittwoch\b)")
#: "auf Mitte Januar verschoben": the day something is moved to
_ONTO = re.compile(r"\bauf\s+$")
_RESCHEDULED = re.compile(r"\b(?:verschoben|verschiebt|verschieben|vertagt|vertagen|verlegt|verlegen)\b")
#: "…, am Montag nach Kiew zu reisen": a clause whose verb has no tense of its own
_ZU_INFINITIVE = re.compile(r"\bzu\s+(?!den\b|denen\b)[a-zäöüß]{3,}(?:en|ern|eln)\b")
#: "könnte im Sommer zu einem Bürgerentscheid kommen": what may happen lies ahead (a reported past,
#: "könnte am Montag gestohlen worden sein", is caught first)
_MODAL_AHEAD = frozenset({"könnte", "könnten", "dürfte", "dürften", "würde", "würden"})
_ANNOUNCED = frozenset({"angekündigt", "kündigte", "kündigt"})
_ANNOUNCED_PAST = frozenset({"kündigte"})


def _tense_of(clause: str, own: bool = False) -> str:
    """``own``: the clause is the time's own comma clause, not the sentence around it."""
    words = re.findall(r"[\wäöüß]+", clause.lower())
    wordset = set(words)
    if _REPORTED_PAST.search(clause.lower()):
        return "past"  # "soll … angerufen haben": a reported past, not a plan
    future = wordset & (FUTURE_CUES | _MODAL_AHEAD)
    announcing = future <= _ANNOUNCED and "für" not in wordset and (
        wordset & {"hatte", "hatten"} or (own and future <= _ANNOUNCED_PAST))
    if future and not announcing:
        # "Die Gewerkschaft hatte den Streik am Freitag angekündigt", "Roth kündigte am Montag einen
        # Besuch an": the past dates the announcing; "für Freitag angekündigt" still dates what was
        # announced, and so does a time in a clause of its own ("kündigte an, am Montag zu kommen")
        return "future"
    past = [m.group(0) for m in _PAST_FORMS.finditer(clause.lower()) if m.group(0) not in _NOT_PAST]
    if past or _PARTICIPLE_AUX.search(clause.lower()) or _SEIN_PERFECT.search(clause.lower()) \
            or any(_weak_past(w) for w in words if w not in _NOT_PAST):
        return "past"
    return "present"


def _weak_past(word: str) -> bool:
    """"entgleiste", "reisten", "kostete": the stem of a verb the lemmatiser knows, with -te/-ten
    (the endings above list the common stems only; "wichtigste" is an adjective's, not a verb's)."""
    if not word.endswith(("te", "ten")) or len(word) < 6:
        return False
    base = simplemma.lemmatize(word, lang="de")
    if base == word or not base.endswith("en"):
        return False
    stem = base[:-2]
    return word in (stem + "te", stem + "ten", stem + "ete", stem + "eten")


# ---------------------------------------------------------------------------
# Resolvers

def _year_shift(phrase: str) -> int:
    """``des Vorjahres``/``vergangenen Jahres`` → −1, ``kommenden``/``nächsten Jahres`` → +1, else 0."""
    w = phrase.lower()
    if "vor" in w or "vergangen" in w or "letzt" in w:
        return -1
    if "kommend" in w or "nächst" in w or "folgend" in w:
        return 1
    return 0


def _stated_year(gd: dict, ctx: _Ctx) -> tuple[int, str] | None:
    """A year the text states (``2025``, ``des Vorjahres``) and how it was resolved, else ``None``."""
    if gd.get("year"):
        return int(gd["year"]), "absolute"
    if gd.get("yrel") and ctx.anchor is not None:
        return ctx.anchor.year + _year_shift(gd["yrel"]), "publication"
    return None


def _pick_year(ctx: _Ctx, month: int, day: int | None, tense: str) -> int | None:
    """The year of a partial date, by the clause's tense (see CONVENTIONS.md)."""
    a = ctx.anchor
    if a is None:
        return None
    cands = []
    for y in (a.year - 1, a.year, a.year + 1):
        try:
            d = date(y, month, day or 15)
        except ValueError:
            continue
        cands.append(d)
    if tense == "future":
        ok = [d for d in cands if d >= a - timedelta(days=60)]
    elif tense == "past":
        ok = [d for d in cands if d <= a + timedelta(days=(1 if day else 31))]
    else:
        ok = cands
    ok = ok or cands
    best = min(ok, key=lambda d: (abs((d - a).days), d < a))
    return best.year


def _weekday(ctx: _Ctx, wd: int, tense: str, rel: str | None) -> date | None:
    a = ctx.anchor
    if a is None:
        return None
    delta = (wd - a.weekday()) % 7
    nxt = a + timedelta(days=delta)  # on or after the anchor
    prev = a - timedelta(days=(a.weekday() - wd) % 7)  # on or before the anchor
    sign = RELATIVE_WORDS.get(rel.lower()) if rel else None
    if sign == 1:
        return nxt if delta else a + timedelta(days=7)
    if sign == -1:
        return prev if prev != a else a - timedelta(days=7)
    if tense == "future":
        return nxt
    if tense == "past":
        return prev
    return nxt if (nxt - a) <= (a - prev) else prev


def _with_time(ctx: _Ctx, base: _Val, m: re.Match) -> _Val:
    """Attach ``um 17 Uhr deutscher Zeit`` to a resolved day."""
    gd = m.groupdict()
    if not gd.get("hh") or base.earliest is None or base.earliest != base.latest:
        return base
    d = base.earliest
    value = f"{d.isoformat()}T{int(gd['hh']):02d}:{int(gd.get('mi') or 0):02d}"
    zone = (gd.get("zone") or "").lower()
    if zone in ("deutscher zeit", "mez", "mesz") or zone.startswith("mitteleuropäischer"):
        value += _german_offset(d)
    elif zone in ("utc", "gmt"):
        value += "Z"
    return _Val("time", value, d, d, "time", base.anchored_by, base.tense, d)


def _part_of_day(base: _Val, code: str) -> _Val:
    d = base.earliest
    return _Val("time", f"{d.isoformat()}T{code}", d, d, "time", base.anchored_by, base.tense, d)


def _dp_code(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower()
    if w in DAY_PARTS:
        return DAY_PARTS[w]
    for k in sorted(DAY_PARTS, key=len, reverse=True):
        if w.endswith(k) or w.startswith(k):
            return DAY_PARTS[k]
    return None


Resolver = Callable[[re.Match, _Ctx], _Val | None]


def r_iso(m, ctx):
    d = _date_or_none(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    return _with_time(ctx, _day(d, "absolute"), m)


def r_numeric(m, ctx):
    y = m["y"]
    if y and len(y) == 2:
        y = "20" + y
    month, dd = int(m["m"]), int(m["d"])
    if not (1 <= month <= 12 and 1 <= dd <= 31):
        return None
    tense = ctx.tense(m.start(), m.end())
    d = _date_or_none(int(y) if y else _pick_year(ctx, month, dd, tense), month, dd)
    if d is None:
        return None
    return _with_time(ctx, _day(d, "absolute" if y else "tense", None if y else tense), m)


def r_day_month(m, ctx):
    month = _month_num(m["mon"])
    dd = int(m["d"])
    tense = ctx.tense(m.start(), m.end())
    gd = m.groupdict()
    stated = _stated_year(gd, ctx)
    if stated:
        year, by = stated
    elif gd.get("d1"):
        first_month = _month_num(gd["mon1"]) if gd.get("mon1") else month
        year = _pick_year(ctx, first_month, int(gd["d1"]), tense)
        if year is not None and first_month > month:
            year += 1  # "vom 26. Dezember bis 8. Januar": the end is in the next year
        by = "tense"
    else:
        year, by = _pick_year(ctx, month, dd, tense), "tense"
    d = _date_or_none(year, month, dd)
    if d is None:
        return None
    val = _day(d, by, tense if by == "tense" else None)
    if gd.get("d1"):  # "vom 20. bis 22. November"
        d1 = _date_or_none(year, month if not gd.get("mon1") else _month_num(gd["mon1"]), int(gd["d1"]))
        if d1 is None:
            return None
        if d1 > d:
            d1 = date(d1.year - 1, d1.month, d1.day)
        return _Val("date", f"{d1.isoformat()}/{d.isoformat()}", d1, d, "interval", by, val.tense, d)
    return _with_time(ctx, val, m)


def r_month_year(m, ctx):
    month = _month_num(m["mon"])
    gd = m.groupdict()
    tense = ctx.tense(m.start(), m.end())
    stated = _stated_year(gd, ctx)
    if stated:
        year, by = stated
    else:
        if ctx.anchor is None:
            return None
        year = _pick_month_year(ctx, month, tense)
        by = "tense"
    if gd.get("part"):
        a, b = month_bounds(year, month)
        lo, hi = {"anfang": (1, 10), "mitte": (11, 20), "ende": (21, b.day)}[gd["part"].lower()]
        return _span(date(year, month, lo), date(year, month, hi), by=by, tense=tense if by == "tense" else None)
    return _month(year, month, by, tense if by == "tense" else None)


def _pick_month_year(ctx: _Ctx, month: int, tense: str) -> int:
    a = ctx.anchor
    if tense == "past":
        return a.year if month <= a.month else a.year - 1
    if tense == "future":
        return a.year if month >= a.month - 1 else a.year + 1
    cands = [(abs((y * 12 + month) - (a.year * 12 + a.month)), -y, y) for y in (a.year - 1, a.year, a.year + 1)]
    return min(cands)[2]


def r_part_year(m, ctx):
    gd = m.groupdict()
    if gd.get("year"):
        y, by = int(gd["year"]), "absolute"
    else:
        if ctx.anchor is None:
            return None
        sign = RELATIVE_WORDS.get((gd.get("rel") or "diesem").lower(), 0)
        y, by = ctx.anchor.year + sign, "publication"
    part = gd["part"].lower()
    lo, hi = {"anfang": (1, 3), "mitte": (5, 8), "ende": (10, 12)}[part]
    return _Val("date", f"{y:04d}-{lo:02d}/{y:04d}-{hi:02d}", date(y, lo, 1), month_bounds(y, hi)[1], "interval", by)


def r_year(m, ctx):
    return _year(int(m["year"]), "absolute")


def r_rel_year(m, ctx):
    if ctx.anchor is None:
        return None
    gd = m.groupdict()
    word = (gd.get("rel") or gd.get("word") or "").lower()
    if word in ("neuen",):
        y = ctx.anchor.year + (1 if ctx.anchor.month == 12 else 0)
    elif word == "vorjahr" or word == "vorjahres":
        y = ctx.anchor.year - 1
    else:
        y = ctx.anchor.year + RELATIVE_WORDS.get(word, 0)
    return _year(y, "publication")


def r_rel_month(m, ctx):
    if ctx.anchor is None:
        return None
    gd = m.groupdict()
    sign = RELATIVE_WORDS.get((gd.get("rel") or "diesem").lower(), 0)
    d = _add_months(ctx.anchor.replace(day=1), sign)
    if gd.get("part"):
        last = month_bounds(d.year, d.month)[1].day
        lo, hi = {"anfang": (1, 10), "mitte": (11, 20), "ende": (21, last)}[gd["part"].lower()]
        return _span(d.replace(day=lo), d.replace(day=hi))
    return _month(d.year, d.month)


def r_rel_week(m, ctx):
    if ctx.anchor is None:
        return None
    gd = m.groupdict()
    sign = RELATIVE_WORDS.get((gd.get("rel") or "diese").lower(), 0)
    base = ctx.anchor + timedelta(weeks=sign)
    part = (gd.get("part") or "").lower()
    monday = base - timedelta(days=base.weekday())
    if part:
        lo, hi = {"anfang": (0, 2), "mitte": (1, 3), "ende": (3, 6)}[part]
        return _span(monday + timedelta(days=lo), monday + timedelta(days=hi))
    return _week(base)


def r_week_start(m, ctx):
    if ctx.anchor is None:
        return None
    monday = ctx.anchor - timedelta(days=ctx.anchor.weekday())
    return _span(monday, monday + timedelta(days=2))


def r_weekend(m, ctx):
    if ctx.anchor is None:
        return None
    gd = m.groupdict()
    a = ctx.anchor
    sign = RELATIVE_WORDS.get(gd["rel"].lower()) if gd.get("rel") else None
    saturday = a + timedelta(days=(5 - a.weekday()) % 7) if a.weekday() <= 5 else a - timedelta(days=1)
    if sign is None:
        tense = ctx.tense(m.start(), m.end())
        if tense == "past" and a.weekday() < 5:
            saturday -= timedelta(days=7)
    elif sign == -1:
        saturday -= timedelta(days=7) if a.weekday() < 5 or a.weekday() == 6 else 7
    elif sign == 1 and a.weekday() >= 5:
        saturday += timedelta(days=7)
    y, w, _ = saturday.isocalendar()
    return _Val("date", f"{y:04d}-W{w:02d}-WE", saturday, saturday + timedelta(days=1), "week", "publication")


def r_weekday(m, ctx):
    gd = m.groupdict()
    # "bis Freitag", "rief für Donnerstag zu einer Kundgebung auf": what is set for a day lies ahead
    ahead = _UNTIL_INSIDE.match(m.group(0)) or m.group(0).lower().startswith("für ")
    tense = "future" if ahead else ctx.tense(m.start(), m.end())
    d = _weekday(ctx, WEEKDAYS[gd["wd"].lower()], tense, gd.get("rel"))
    if d is None:
        return None
    base = _day(d, "tense" if not gd.get("rel") else "publication", tense if not gd.get("rel") else None)
    code = _dp_code(gd.get("dp"))
    if code:
        base = _part_of_day(base, code)
    return _with_time(ctx, base, m)


def r_night_to(m, ctx):
    tense = ctx.tense(m.start(), m.end())
    d = _weekday(ctx, WEEKDAYS[m["wd"].lower()], tense, None)
    if d is None:
        return None
    eve = d - timedelta(days=1)
    return _Val("time", f"{eve.isoformat()}TNI", eve, d, "time", "tense", tense, eve)


def r_night_to_date(m, ctx):
    """"in der Nacht zum 10. September": the night that ends on that day begins the evening before."""
    day = r_day_month(m, ctx)
    if day is None:
        return None
    eve = day.earliest - timedelta(days=1)
    return _Val("time", f"{eve.isoformat()}TNI", eve, day.earliest, "time", day.anchored_by, day.tense, eve)


_DEICTIC = {"heute": 0, "heutigen": 0, "heutige": 0, "heutigem": 0, "heutiger": 0, "gestern": -1, "gestrigen": -1,
            "gestrige": -1, "vorgestern": -2, "morgen": 1, "morgigen": 1, "morgige": 1, "übermorgen": 2}


def r_deictic(m, ctx):
    if ctx.anchor is None:
        return None
    word = m["deixis"].lower()
    d = ctx.anchor + timedelta(days=_DEICTIC[word])
    base = _day(d)
    code = _dp_code(m.groupdict().get("dp"))
    if code:
        base = _part_of_day(base, code)
    return _with_time(ctx, base, m)


def _day_last_named(ctx, shift: int = 0) -> _Val | None:
    """The day the text last named (``previous``), else the anchor (``publication``), moved by ``shift`` days."""
    ref = ctx.last_day or ctx.anchor
    if ref is None:
        return None
    return _day(ref + timedelta(days=shift), "previous" if ctx.last_day else "publication")


def r_anaphora(m, ctx):
    w = m.group(0).lower()
    if "selben" in w or "gleichen" in w or "demselben" in w:
        shift = 0
    elif "vortag" in w or "vorabend" in w or "tag zuvor" in w or "tag davor" in w:
        shift = -1
    else:
        shift = 1
    return _day_last_named(ctx, shift)


def r_part_of_day(m, ctx):
    """"Am Nachmittag besuchte sie …": the afternoon of the day the text last named, else of the news day."""
    day = _day_last_named(ctx)
    return _part_of_day(day, _dp_code(m["dp"])) if day is not None else None


def r_night_bare(m, ctx):
    """"noch in der Nacht": the night after the day the text last named; with none named, in a past
    clause the night before the news, else the coming one."""
    shift = -1 if ctx.last_day is None and ctx.tense(m.start(), m.end()) == "past" else 0
    day = _day_last_named(ctx, shift)
    return _part_of_day(day, "NI") if day is not None else None


def r_window(m, ctx):
    """in den nächsten zwei Wochen / innerhalb von zehn Tagen / binnen drei Tagen."""
    if ctx.anchor is None:
        return None
    n = _num(m["num"])
    unit = UNITS[m["unit"].lower()]
    end = _shift(ctx.anchor, int(round(n)), unit)
    return _span(ctx.anchor, end)


def r_since_span(m, ctx):
    """seit beinahe zwei Monaten → anchor − span .. anchor."""
    if ctx.anchor is None:
        return None
    n = _num(m["num"])
    unit = UNITS[m["unit"].lower()]
    start = _shift(ctx.anchor, -int(round(n)), unit)
    return _span(start, ctx.anchor)


def r_offset(m, ctx):
    """vor drei Wochen / in drei Tagen / rund zwei Monate zurück."""
    if ctx.anchor is None:
        return None
    n = int(round(_num(m["num"])))
    unit = UNITS[m["unit"].lower()]
    direction = m.groupdict().get("dir") or ""
    sign = 1 if direction.lower() == "in" else -1
    d = _shift(ctx.anchor, sign * n, unit)
    if unit == "D":
        return _day(d)
    if unit == "W":
        return _Val("date", d.isoformat(), d - timedelta(days=3), d + timedelta(days=3), "week", "publication", None, None)
    if unit == "M":
        return _month(d.year, d.month)
    return _year(d.year)


def r_since_year(m, ctx):
    y = int(m["year"])
    if ctx.anchor is None or y > ctx.anchor.year:
        return _year(y, "absolute")
    return _span(date(y, 1, 1), ctx.anchor, by="absolute")


def r_duration(m, ctx):
    n = _num(m["num"])
    unit = UNITS[m["unit"].lower()]
    amount = int(n) if float(n).is_integer() else n
    return _Val("duration", f"P{amount}{unit}", None, None, "duration", "absolute")


def r_season(m, ctx):
    gd = m.groupdict()
    code = SEASONS[gd["season"].lower()]
    if m.group(0).lower().startswith(gd["season"].lower()) and not gd.get("year") and not gd.get("yrel"):
        return None  # "sagte Herbert Winter", "Sommer, Sonne, Strand": a season names a time after "im", "diesen", …
    if gd.get("year"):
        y, by = int(gd["year"]), "absolute"
    else:
        if ctx.anchor is None:
            return None
        a = ctx.anchor
        rel = (gd.get("rel") or "").lower()
        yrel = (gd.get("yrel") or "").lower()
        if yrel:
            y = a.year + _year_shift(yrel)
        elif rel:
            sign = RELATIVE_WORDS.get(rel, 0)
            start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]

            def season_start(year: int) -> date:
                return date(year, start_month, 1)

            def season_end(year: int) -> date:
                return month_bounds(*((year + 1, 2) if code == "WI" else (year, start_month + 2)))[1]
            years = (a.year - 2, a.year - 1, a.year, a.year + 1)
            if sign < 0:
                y = max(yy for yy in years if season_end(yy) < a)
            elif sign > 0:
                y = min(yy for yy in years if season_start(yy) > a)
            else:
                y = next((yy for yy in years if season_start(yy) <= a <= season_end(yy)), a.year)
        else:
            tense = ctx.tense(m.start(), m.end())
            start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
            y = a.year
            if code == "WI" and a.month <= 2:
                y -= 1
            elif tense == "future" and start_month + 2 < a.month:
                y += 1
            elif tense == "past" and start_month > a.month:
                y -= 1
        by = "publication"
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    a = date(y, start_month, 1)
    b = month_bounds(*((y + 1, 2) if code == "WI" else (y, start_month + 2)))[1]
    return _Val("date", f"{y:04d}-{code}", a, b, "season", by)


def r_quarter(m, ctx):
    gd = m.groupdict()
    qword = (gd.get("qword") or "").lower()
    if qword == "laufenden" and ctx.anchor is not None:
        q, y, by = (ctx.anchor.month - 1) // 3 + 1, ctx.anchor.year, "publication"
    else:
        q = ORDINAL_WORDS.get(qword) or int(gd.get("qnum") or 0)
        if not 1 <= q <= 4:
            return None
        if gd.get("year"):
            y, by = int(gd["year"]), "absolute"
        elif ctx.anchor is None:
            return None
        elif gd.get("yrel"):
            y, by = ctx.anchor.year + RELATIVE_WORDS.get(gd["yrel"].split()[-2].lower() if len(gd["yrel"].split()) > 1 else "diesem", 0), "publication"
        else:
            y = _pick_year(ctx, 3 * q - 1, 15, ctx.tense(m.start(), m.end()))
            by = "tense"
    a = date(y, 3 * q - 2, 1)
    b = month_bounds(y, 3 * q)[1]
    return _Val("date", f"{y:04d}-Q{q}", a, b, "quarter", by)


def r_holiday(m, ctx):
    name = re.sub(r"\s+", " ", m["hol"].lower())
    gd = m.groupdict()
    tense = ctx.tense(m.start(), m.end())

    def on(y: int) -> date:
        if name in HOLIDAYS_EASTER:
            return easter(y) + timedelta(days=HOLIDAYS_EASTER[name])
        mo, dd = HOLIDAYS_FIXED[name]
        return date(y, mo, dd)

    if gd.get("year"):
        return _day(on(int(gd["year"])), "absolute")
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    cands = [on(y) for y in (a.year - 1, a.year, a.year + 1)]
    if tense == "future":
        ok = [d for d in cands if d >= a]
    elif tense == "past":
        ok = [d for d in cands if d <= a]
    else:
        ok = cands
    d = min(ok or cands, key=lambda d: abs((d - a).days))
    return _day(d, "tense", tense)


def r_clock(m, ctx):
    day = _day_last_named(ctx)
    return _with_time(ctx, day, m) if day is not None else None


def r_set(m, ctx):
    w = m.group(0).lower()
    gd = m.groupdict()
    if gd.get("wd"):
        return _Val("set", f"XXXX-WXX-{WEEKDAYS[gd['wd'].lower()] + 1}", None, None, "set", "absolute")
    if "täglich" in w or "tag" in w:
        v = "P1D"
    elif "woch" in w or "wöch" in w:
        v = "P1W"
    elif "monat" in w:
        v = "P1M"
    else:
        v = "P1Y"
    return _Val("set", v, None, None, "set", "absolute")


# ---------------------------------------------------------------------------
# The rules, most specific first (earlier wins among equally long matches)

_PREP = r"(?:(?:am|an|vom|ab|seit|bis|für|zum|um|von|dem|den|im|in|zu)\s+)?"
_ART_DAY = r"(?:(?:am|vom|ab dem|ab|seit dem|seit|bis zum|für den|zum|den|dem|an dem|an diesem)\s+)?"
_WD_PREFIX = rf"(?:{_alt(WEEKDAYS)}),?\s+(?:(?:den|dem)\s+)?"

RULES: list[tuple[str, re.Pattern, Resolver]] = [
    ("range", re.compile(
        rf"\b(?:vom|von|zwischen dem)\s+(?P<d1>\d{{1,2}})\.(?:\s*(?P<mon1>{_MONTH_FULL}))?\s+(?:bis(?: zum)?|und(?: dem)?|–|-)\s+"
        rf"(?P<d>\d{{1,2}})\.\s*{_MONTH}(?:\s+{_YEAR})?", R), r_day_month),
    ("numeric_range", re.compile(
        r"\b(?:vom|von|zwischen dem)\s+(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.(?P<y1>(?:19|20)\d\d)?\s+(?:bis(?: zum)?|und(?: dem)?|–|-)\s+"
        r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)?", R), lambda m, ctx: r_numeric_range(m, ctx)),
    ("iso_date", re.compile(rf"\b(?:am\s+)?(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b{_TIME_SUFFIX}", R), r_iso),
    ("numeric_date", re.compile(
        rf"\b{_ART_DAY}(?:{_WD_PREFIX})?(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>(?:19|20)\d\d|\d\d(?!\d))?(?![\d])(?:\s*,)?{_TIME_SUFFIX}", R),
     r_numeric),
    ("day_month", re.compile(
        rf"\b{_ART_DAY}(?:{_WD_PREFIX})?(?P<d>\d{{1,2}})\.\s*{_MONTH}(?:\s+{_YEAR}\b|\s+(?P<yrel>des (?:Vorjahres|vergangenen Jahres|kommenden Jahres|nächsten Jahres|laufenden Jahres|Folgejahres)|dieses Jahres|letzten Jahres|nächsten Jahres|vergangenen Jahres))?{_TIME_SUFFIX}", R),
     r_day_month),
    ("month_year", re.compile(
        rf"\b(?:(?:im|in|seit|ab|für|zum|vom)\s+)?(?:{_PART3}\s+)?{_MONTH}(?:\s+{_YEAR}\b|\s+(?P<yrel>(?:des )?(?:vergangenen|letzten|nächsten|kommenden|dieses|diesen) Jahres|des Vorjahres))?", R),
     r_month_year),
    ("night_to", re.compile(rf"\bin der Nacht (?:zum|zu|auf)(?:m)?\s+{_WD}\b", R), r_night_to),
    ("night_to_date", re.compile(
        rf"\bin der Nacht (?:vom\s+\d{{1,2}}\.\s+)?(?:zum|auf den)\s+(?P<d>\d{{1,2}})\.\s*{_MONTH}"
        rf"(?:\s+{_YEAR}\b)?", R),
     r_night_to_date),
    ("weekday", re.compile(
        rf"\b(?:(?:am|an|vom|ab|seit|bis|für|zum|diesen|diesem|dem)\s+)?(?:{_REL}\s+)?{_WD}(?P<dp>abend|morgen|vormittag|nachmittag|mittag|nacht|früh)?\b"
        rf"(?:\s+(?P<dp2>abend|morgen|vormittag|nachmittag|mittag|nacht))?{_TIME_SUFFIX}", R),
     lambda m, ctx: r_weekday(m, ctx)),
    ("deictic", re.compile(
        rf"\b(?P<deixis>heute|heutigen|heutige|heutigem|heutiger|gestern|gestrigen|gestrige|vorgestern|übermorgen|morgigen|morgige)\b"
        rf"(?:\s+(?P<dp>Abend|Morgen|Vormittag|Nachmittag|Mittag|Nacht|früh))?{_TIME_SUFFIX}", R), r_deictic),
    ("morgen", re.compile(rf"\b(?:ab\s+|bis\s+)?morgen\b(?:\s+(?P<dp>früh|Abend|Vormittag|Nachmittag|Mittag))?{_TIME_SUFFIX}"),
     lambda m, ctx: r_deictic_morgen(m, ctx)),
    ("morgen_start", re.compile(r"(?:(?<=^)|(?<=[.!?]\s)|(?<=[„\"»]))Morgen(?:\s+(?P<dp>früh|Abend|Vormittag|Nachmittag|Mittag))?(?=\s+[a-zäöü])"), lambda m, ctx: r_deictic_morgen(m, ctx)),
    ("anaphora", re.compile(
        r"\b(?:am|an dem|den|dem)\s+(?:(?:unmittelbar|direkt)\s+)?(?:folgenden|nächsten|darauffolgenden|selben|gleichen|Tag danach|Vortag|Vorabend)(?:\s+Tag)?\b|"
        r"\btags darauf\b|\bam Tag (?:danach|darauf|zuvor|davor)\b|\bam Vortag\b|\bam Vorabend\b|\bam darauffolgenden Tag\b", R), r_anaphora),
    ("part_of_day", re.compile(
        r"\b(?:am|gegen)\s+(?:frühen\s+|späten\s+)?(?P<dp>Vormittag|Nachmittag|Abend|Mittag)\b(?!\s+(?:des|vor|nach|zuvor|davor))",
        R), r_part_of_day),
    ("night_bare", re.compile(  # "brachten die Fahrgäste noch in der Nacht in Sicherheit"
        r"\b(?:noch\s+)?in der (?P<dp>Nacht)\b(?!\s+(?:zu|zum|zur|vom|von|auf|des|nach|vor|zuvor|davor|darauf)\b)",
        R), r_night_bare),
    ("part_of_day_hours", re.compile(
        r"\b(?:in|seit|bis in) den (?:frühen\s+|späten\s+)?(?P<dp>Morgen|Vormittags|Mittags|Nachmittags|Abend|Nacht)stunden\b",
        R), r_part_of_day),
    ("window", re.compile(
        rf"\b(?:in den|innerhalb (?:von|der)|binnen|während der|in den kommenden|in den nächsten)\s+(?:(?:nächsten|kommenden|folgenden)\s+)?{_HEDGE}{_NUM}\s+{_UNIT}\b", R), r_window),
    ("since_span", re.compile(rf"\bseit\s+{_HEDGE}{_NUM}\s+{_UNIT}\b", R), r_since_span),
    ("offset_ago", re.compile(rf"\b(?P<dir>vor|in)\s+{_HEDGE}{_NUM}\s+{_UNIT}\b(?!\s+(?:lang|Haft|Gefängnis))", R), r_offset),
    ("offset_back", re.compile(rf"\b{_HEDGE}{_NUM}\s+{_UNIT}\s+zurück\b", R), r_offset),
    ("rel_week_part", re.compile(rf"\b(?:zu\s+)?{_PART3}\s+(?:der\s+)?(?:(?P<rel>dieser|nächster|kommender|vergangener|letzter|kommenden|nächsten|vergangenen|letzten)\s+)?Woche\b", R), r_rel_week),
    ("week_start", re.compile(r"\b(?:zu|zum|am)?\s*Wochenbeginn\b|\bzu Beginn der Woche\b", R), r_week_start),
    ("weekend", re.compile(rf"\b(?:am|an diesem|übers?|dieses)\s+(?:{_REL}\s+)?Wochenende\b", R), r_weekend),
    ("rel_week", re.compile(rf"\b(?:(?:in der|in|der|die|für die|ab der|ab|bis zur|seit der)\s+)?{_REL}\s+Woche\b", R), r_rel_week),
    ("rel_month_part", re.compile(rf"\b{_PART3}\s+(?:(?:des|dieses)\s+)?(?:(?P<rel>kommenden|nächsten|vergangenen|laufenden|letzten)\s+)?Monats\b", R), r_rel_month),
    ("rel_month", re.compile(rf"\b(?:(?:im|in|am|für den|ab dem|seit dem)\s+)?{_REL}\s+Monat\b", R), r_rel_month),
    ("part_year", re.compile(rf"\b{_PART3}\s+(?:{_YEAR}\b|(?:(?:des|dieses)\s+)?(?:(?P<rel>kommenden|nächsten|vergangenen|laufenden|letzten)\s+)?Jahres\b)", R), r_part_year),
    ("new_year", re.compile(r"\bim (?P<rel>neuen) Jahr\b", R), r_rel_year),
    ("rel_year", re.compile(rf"\b(?:(?:im|in|für das|ab dem|seit dem)\s+)?{_REL}\s+Jahr\b|\b(?P<word>Vorjahr)\b", R), r_rel_year),
    ("season", re.compile(
        rf"\b(?:(?:im|in|diesen|diesem|dieser|ab|seit|bis|zum)\s+)?(?:{_REL}\s+)?(?P<season>{_alt(SEASONS)})"
        rf"(?:\s+(?:{_YEAR}\b|(?P<yrel>(?:des\s+)?(?:vergangenen|letzten|nächsten|kommenden|dieses|diesen) Jahres|des Vorjahres)))?", R), r_season),
    ("quarter", re.compile(rf"\b(?:(?:im|in|für das|seit dem|das|dem)\s+)?(?:(?P<qword>ersten|zweiten|dritten|vierten|erste|zweite|dritte|vierte|letzten|laufenden)|(?P<qnum>[1-4])\.)\s+Quartal(?:\s+(?:{_YEAR}\b|(?P<yrel>(?:des\s+)?(?:vergangenen|letzten|nächsten|kommenden|dieses|laufenden) Jahres)))?", R), r_quarter),
    ("holiday", re.compile(rf"\b(?:(?:an|zu|am|bis|seit|vor|nach|über)\s+)?(?P<hol>{_alt(list(HOLIDAYS_FIXED) + list(HOLIDAYS_EASTER))})(?:\s+{_YEAR}\b)?", R), r_holiday),
    ("since_year", re.compile(rf"\bseit\s+(?:dem\s+Jahr(?:e)?\s+)?{_YEAR}\b(?!\s+[A-ZÄÖÜ])"), r_since_year),
    ("year", re.compile(
        rf"\b(?:(?:im|ab|bis|von|vor|nach|in|für|um|Jahr|Jahres|Jahre)\s+(?:(?:dem|das)\s+)?(?:Jahre?s?\s+)?)?{_YEAR}\b(?!\s*[-–]?\s*(?:[A-ZÄÖÜ]|%|Prozent|Euro|Dollar|Kilo|Meter|km|Menschen|mal))"),
     lambda m, ctx: r_year_contextual(m, ctx)),
    ("duration", re.compile(rf"\b(?:für\s+|nach\s+)?{_HEDGE}{_NUM}\s+{_UNIT}\b(?:\s+lang\b)?", R), lambda m, ctx: r_duration_contextual(m, ctx)),
    ("set", re.compile(rf"\b(?:jeden|jeweils)\s+{_WD}\b|\b(?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags)\b|\b(?:täglich|wöchentlich|monatlich|jährlich|alljährlich)\b|\b(?:jede Woche|jeden Tag|jeden Monat|jedes Jahr)\b", R), r_set),
    ("clock", re.compile(rf"\b(?:(?:um|gegen|ab)\s+)?{_CLOCK}{_ZONE}", R), r_clock),
]


def r_deictic_morgen(m, ctx):
    # "morgen" lower-case is "tomorrow"; "am Morgen"/"jeden Morgen" were excluded by case and look-behind
    if ctx.anchor is None:
        return None
    base = _day(ctx.anchor + timedelta(days=1))
    code = _dp_code(m.groupdict().get("dp"))
    if code:
        base = _part_of_day(base, code)
    return _with_time(ctx, base, m)


def r_numeric_range(m, ctx):
    try:
        tense = ctx.tense(m.start(), m.end())
        y1 = int(m["y1"] or m["y"] or 0) or _pick_year(ctx, int(m["m1"]), int(m["d1"]), tense)
        if y1 is None:
            return None
        a = date(y1, int(m["m1"]), int(m["d1"]))
        b = date(int(m["y"]) if m["y"] else y1, int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if b < a:
        b = date(b.year + 1, b.month, b.day)
    return _span(a, b, by="absolute" if m["y"] else "tense")


_FINITE_BEFORE = re.compile(r"\b(?:soll|sollen|solle|sollte|sollten|will|wollen|wolle|wird|werden|werde|könnte|könnten|"
                            r"kann|können|dürfte|dürften|würde|würden|muss|müssen|müsse)\s+$")


def r_year_contextual(m, ctx):
    """A bare four-digit number is a year only in year-like context."""
    whole = m.group(0)
    if whole.strip() == m["year"]:
        before = ctx.text[max(0, m.start() - 25):m.start()]
        after = ctx.text[m.end():m.end() + 20]
        if re.search(r"[\d.,]\s*$", before) or re.match(r"\s*[.,]\d", after):
            return None
        starts_clause = re.search(r"(?:^|[.!?:]\s+|\n)$", before) is not None
        verb_after = re.match(r"\s+(?:soll|sollen|will|wird|werden|war|waren|hatte|hatten|ist|sind|kam|begann|gab|fand|folgte)\b", after)
        # "Der Roboter könnte 2026 auch … erscheinen": right after the finite verb, before the rest of the
        # clause, a bare number is when
        after_verb = _FINITE_BEFORE.search(before) is not None and re.match(r"\s+[a-zäöüß]", after) is not None
        if not (starts_clause and verb_after) and not after_verb \
                and not re.search(r"(?:Jahr|Jahre|Jahres|Sommer|Herbst|Winter|Frühjahr|Frühling|Saison|Ende|Anfang|Mitte)\s*$", before):
            return None
    y = int(m["year"])
    return _year(y, "absolute")


def r_duration_contextual(m, ctx):
    """A span of days or more: a duration only when it is not a measure of something else."""
    after = ctx.text[m.end():m.end() + 3]
    if after.startswith("-"):
        return None  # "zwei-Wochen-Frist"
    return r_duration(m, ctx)



# Each rule runs only near a hit of its key: a word or character every match of
# it must contain.  Most of a news text holds no date, so this skips most work.
_K_DIGIT = r"\d"
_K_MONTH = rf"(?:{_MONTH_FULL}|{_alt(k for k in MONTHS if k not in MONTH_NAMES)})"
_K_WEEKDAY = rf"(?:{_alt(WEEKDAYS)})"
_K_UNIT = rf"(?:{_alt(UNITS)})"
_RULE_KEYS: dict[str, str] = {
    "range": _K_DIGIT, "numeric_range": _K_DIGIT, "iso_date": _K_DIGIT, "numeric_date": _K_DIGIT,
    "day_month": _K_DIGIT, "month_year": _K_MONTH, "night_to": "nacht", "night_to_date": "nacht", "weekday": _K_WEEKDAY,
    "deictic": r"heut|gestr|gestern|morgen|morgig", "morgen": "morgen", "morgen_start": "morgen",
    "anaphora": r"folgend|nächst|selben|gleichen|tag|vorabend|darauf", "part_of_day": r"mittag|abend",
    "part_of_day_hours": "stunden", "night_bare": "nacht",
    "window": _K_UNIT, "since_span": _K_UNIT, "offset_ago": _K_UNIT, "offset_back": "zurück",
    "rel_week_part": "woche", "week_start": "woche", "weekend": "wochenende", "rel_week": "woche",
    "rel_month_part": "monat", "rel_month": "monat", "part_year": r"jahr|\d", "new_year": "jahr",
    "rel_year": "jahr", "season": rf"(?:{_alt(SEASONS)})", "quarter": "quartal",
    "holiday": rf"(?:{_alt(list(HOLIDAYS_FIXED) + list(HOLIDAYS_EASTER))})", "since_year": r"\d{4}",
    "year": r"\d{4}", "duration": _K_UNIT, "set": rf"jede|jeweils|lich\b|{_K_WEEKDAY}s\b", "clock": "uhr",
}
_KEY_SOURCES = [_RULE_KEYS[name].lower() for name, _, _ in RULES]
_KEY_PATTERNS = {src: re.compile(src) for src in set(_KEY_SOURCES)}
_WINDOW = 90  # characters on either side of a key hit; no expression is longer


def _windows(key: re.Pattern, lowered: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged windows around the key's hits, clipped to the content spans."""
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        for k in key.finditer(lowered, lo, hi):
            a, b = max(lo, k.start() - _WINDOW), min(hi, k.end() + _WINDOW)
            if out and a <= out[-1][1] and out[-1][0] >= lo:
                out[-1] = (out[-1][0], max(out[-1][1], b))
            else:
                out.append((a, b))
    return out


# ---------------------------------------------------------------------------
# Public API

def find_timexes(text: str, anchor: str | date | None, ranges: list[tuple[int, int]] | None = None) -> list[Timex]:
    """Every temporal expression in ``text``, resolved against ``anchor`` (the publication day).

    ``ranges`` limits the search to content stretches (offsets stay those of ``text``).
    """
    if isinstance(anchor, str):
        anchor = date.fromisoformat(anchor[:10])
    ctx = _Ctx(text, anchor)
    candidates: list[tuple[int, int, int, re.Match, Resolver]] = []
    spans = ranges or [(0, len(text))]
    lowered = text.lower()
    if len(lowered) != len(text):  # exotic case mappings change length: scan everything
        lowered = None
    window_cache: dict[str, list[tuple[int, int]]] = {}
    for idx, (name, pattern, resolver) in enumerate(RULES):
        seen: set[tuple[int, int]] = set()
        src = _KEY_SOURCES[idx]
        if lowered is None:
            windows = spans
        elif src in window_cache:
            windows = window_cache[src]
        else:
            windows = window_cache[src] = _windows(_KEY_PATTERNS[src], lowered, spans)
        for a, b in windows:
            for m in pattern.finditer(text, a, b):
                s, e = _trim(text, m.start(), m.end())
                if e > s and (s, e) not in seen:
                    seen.add((s, e))
                    candidates.append((s, e, idx, m, resolver))
    # leftmost-longest, then rule order
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, int, re.Match, Resolver]] = []
    occupied: list[tuple[int, int]] = []
    for c in candidates:
        if any(c[0] < e and s < c[1] for s, e in occupied):
            continue
        if _is_not_a_date(text, c[0], c[1]):
            continue
        taken.append(c)
        occupied.append((c[0], c[1]))
    taken.sort(key=lambda c: c[0])
    out: list[Timex] = []
    for s, e, idx, m, resolver in taken:
        val = resolver(m, ctx)
        if val is None:
            continue
        if val.last_day is not None and RULES[idx][0] not in ("clock",):
            ctx.last_day = val.last_day
        s, val = _until(text, s, val, ctx)
        out.append(Timex(
            start=s, end=e, text=text[s:e], kind=val.kind, value=val.value,
            earliest=val.earliest.isoformat() if val.earliest else None,
            latest=val.latest.isoformat() if val.latest else None,
            granularity=val.granularity,
            anchor=(ctx.anchor.isoformat() if ctx.anchor else None) if val.anchored_by != "previous" else (ctx.last_day.isoformat() if ctx.last_day else None),
            anchored_by=val.anchored_by, tense=val.tense,
        ))
    return out


_UNTIL_BEFORE = re.compile(r"\bbis\s+(?:(?:zum|zur|spätestens|Anfang|Mitte|Ende)\s+)*$", re.I)
_UNTIL_INSIDE = re.compile(r"bis\b", re.I)


def _until(text: str, s: int, val: _Val, ctx: _Ctx) -> tuple[int, _Val]:
    """``bis X``: a window from the anchor to the end of X (when X ends after the anchor)."""
    before = _UNTIL_BEFORE.search(text, max(0, s - 30), s)
    inside = _UNTIL_INSIDE.match(text, s)
    if not (before or inside) or val.kind not in ("date", "time") or val.latest is None or ctx.anchor is None:
        return s, val
    if val.latest < ctx.anchor or val.earliest == ctx.anchor == val.latest:
        return s, val
    if val.kind == "time" and val.anchored_by == "previous":
        return s, val  # "am Montag von 0 Uhr bis 23.59 Uhr": the end of a span within the day named before
    start = before.start() if before else s
    return start, _span(ctx.anchor, val.latest, by="publication")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " ,\t\n":
        s += 1
    while e > s and text[e - 1] in " ,\t\n":
        e -= 1
    return s, e


_NOT_DATE_CONTEXT = re.compile(r"(?:Linie|Nr\.|Nummer|Seite|Gleis|Bus|Tram|Platz|Zimmer|Artikel|Paragraf|§|Bundesstraße|B|A|Kapitel)\s*$")


def _is_not_a_date(text: str, s: int, e: int) -> bool:
    """Context vetoes: "1. FC Köln", "Linie 17", scores like "3:1"."""
    frag = text[s:e]
    after = text[e:e + 12]
    before = text[max(0, s - 14):s]
    if re.match(r"\d{1,2}\.\s*$", frag) and re.match(r"\s*(?:FC|FSV|SC|SV|VfB|VfL)\b", after):
        return True
    if re.match(r"\d", frag) and _NOT_DATE_CONTEXT.search(before):
        return True
    return False


def tag_article_text(text: str, anchor: str | None, ranges: list[tuple[int, int]] | None = None) -> list[dict]:
    """Plain dicts for JSON output (the CLI and the benchmark use this)."""
    return [t.to_dict() for t in find_timexes(text, anchor, ranges)]


__all__ = ["Timex", "find_timexes", "tag_article_text", "easter", "RULES"]
