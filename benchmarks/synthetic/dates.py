"""Date phrases and the exact day window each one permits.

A phrase is chosen for an event mention given the true span of the event
(``start``..``end``), the article's publication day and the tense of the
sentence (a report looks back, a preview looks ahead).  Every candidate
carries the closed window of days a careful reader can infer from it,
resolved against the publication day by the rules of
``tests/data/timex/CONVENTIONS.md`` (the project's written contract for
temporal expressions); only candidates whose window contains the true span
are offered, so the true day always lies in the gold window.

Rules used here (a = the publication day):

* ``heute`` = a, ``gestern`` = a−1, ``vorgestern`` = a−2, ``morgen`` = a+1, ``übermorgen`` = a+2.
* ``am Dienstag`` in a past clause = the latest Tuesday on or before a; in a
  future clause the next Tuesday on or after a.  ``am vergangenen Dienstag``
  is strictly before a, ``am kommenden Dienstag`` strictly after.
* ``in der Nacht zu Dienstag`` = Monday..Tuesday.
* Weeks are ISO weeks: ``in dieser Woche`` = a's Monday..Sunday, ``Anfang der
  Woche`` Mon–Wed, ``Mitte der Woche`` Tue–Thu, ``Ende der Woche`` Thu–Sun;
  ``vergangene``/``kommende Woche`` the week before/after.
* ``am Wochenende``: in a past clause the last Saturday–Sunday before a, in a
  future clause the Saturday–Sunday of a's week (only used on weekdays).
* ``vor drei Tagen`` = a−3; ``vor einer Woche`` = a−7 ± 3 days; ``in zwei Wochen`` = a+14 ± 3.
* Months: ``Anfang`` = days 1–10, ``Mitte`` = 11–20, ``Ende`` = 21–last.
  A month or day without a year takes a's year; in a past clause a date after
  a moves to the year before (so ``im Dezember`` written in January is last
  December); in a future clause a date more than two months before a moves
  to the next year.  Where that rule would not give the true year, the
  phrase carries the year.
* Years: ``Anfang 2025`` = Jan–Mar, ``Mitte 2025`` = May–Aug, ``Ende 2025`` = Oct–Dec.
* Seasons: spring Mar–May, summer Jun–Aug, autumn Sep–Nov (winter, which
  spans two years, is not used).
* Forward windows: ``in den nächsten zwei Wochen`` = a..a+14, ``bis Ende Oktober`` = a..31 Oct.

The tense then cuts the window: a report cannot tell of a day after its
publication and a preview not of one before it, so ``in dieser Woche`` in a
report published on a Wednesday permits Monday..Wednesday.  A cut window's
value is written as the interval (``2025-10-13/2025-10-15``) instead of the
phrase's own value (``2025-W42``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .german import number_word

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
# parts of a day: (suffix for "Dienstagabend", word after "heute"/"gestern", TIMEX3 code)
DAY_PARTS = (("morgen", "früh", "MO"), ("vormittag", "Vormittag", "MO"), ("mittag", "Mittag", "MI"),
             ("nachmittag", "Nachmittag", "AF"), ("abend", "Abend", "EV"))
SEASONS = (("Frühjahr", 3, "SP"), ("Sommer", 6, "SU"), ("Herbst", 9, "FA"))
QUARTERS = ("ersten", "zweiten", "dritten", "vierten")
ONE = timedelta(days=1)
COARSE = frozenset({"yearpart", "year", "quarter", "season", "season-y"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """A temporal adverbial and what it permits.

    ``text`` works as an adverbial (``am Dienstag``, ``gestern``, ``Mitte Oktober``);
    ``fuer`` is the form after *geplant/angesetzt* (``für Dienstag``) and ``vom``
    the form after a noun (``der Streik vom Dienstag``), where German has them.
    ``kind`` groups phrases for the choice weights.
    """

    text: str
    value: str
    lo: date
    hi: date
    kind: str
    fuer: str | None = None
    vom: str | None = None


def month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1) - ONE)


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def day_text(d: date, year: bool) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


def numeric_text(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _interval(lo: date, hi: date) -> str:
    return lo.isoformat() if lo == hi else f"{lo.isoformat()}/{hi.isoformat()}"


def _month_phrases(y: int, m: int, bare: bool, future: bool) -> list[Phrase]:
    name = MONTHS[m - 1]
    last = month_end(y, m)
    out = []
    labels = [(name, "im", date(y, m, 1), last, "month"), (f"Anfang {name}", "", date(y, m, 1), date(y, m, 10), "monthpart"),
              (f"Mitte {name}", "", date(y, m, 11), date(y, m, 20), "monthpart"),
              (f"Ende {name}", "", date(y, m, 21), last, "monthpart")]
    for label, prep, lo, hi, kind in labels:
        for with_year in ((False, True) if bare else (True,)):
            text = label + (f" {y}" if with_year else "")
            value = f"{y}-{m:02d}" if kind == "month" else _interval(lo, hi)
            adverbial = f"{prep} {text}".strip()
            out.append(Phrase(adverbial, value, lo, hi, kind + ("-y" if with_year else ""),
                              fuer=f"für {text}" if future else None))
    return out


def _year_phrases(y: int, a: date, future: bool) -> list[Phrase]:
    out = [Phrase(f"Anfang {y}", f"{y}-01/{y}-03", date(y, 1, 1), date(y, 3, 31), "yearpart",
                  fuer=f"für Anfang {y}" if future else None),
           Phrase(f"Mitte {y}", f"{y}-05/{y}-08", date(y, 5, 1), date(y, 8, 31), "yearpart",
                  fuer=f"für Mitte {y}" if future else None),
           Phrase(f"Ende {y}", f"{y}-10/{y}-12", date(y, 10, 1), date(y, 12, 31), "yearpart",
                  fuer=f"für Ende {y}" if future else None),
           Phrase(f"im Jahr {y}", str(y), date(y, 1, 1), date(y, 12, 31), "year", fuer=f"für {y}" if future else None)]
    for i, q in enumerate(QUARTERS):
        lo = date(y, 3 * i + 1, 1)
        out.append(Phrase(f"im {q} Quartal {y}", f"{y}-Q{i + 1}", lo, month_end(y, 3 * i + 3), "quarter"))
    if future and y == a.year + 1:
        out.append(Phrase("im kommenden Jahr", str(y), date(y, 1, 1), date(y, 12, 31), "year", fuer="für das kommende Jahr"))
    if not future and y == a.year - 1:
        out.append(Phrase("im vergangenen Jahr", str(y), date(y, 1, 1), date(y, 12, 31), "year"))
    for name, m, code in SEASONS:
        lo, hi = date(y, m, 1), month_end(y, m + 2)
        bare = (y == a.year and (lo <= a if not future else hi >= a)) or (not future and y == a.year - 1 and date(a.year, m, 1) > a)
        out.append(Phrase(f"im {name} {y}", f"{y}-{code}", lo, hi, "season-y", fuer=f"für den {name} {y}" if future else None))
        if bare:
            out.append(Phrase(f"im {name}", f"{y}-{code}", lo, hi, "season", fuer=f"für den {name}" if future else None))
    return out


@lru_cache(maxsize=1024)
def past_phrases(start: date, end: date, a: date) -> tuple[Phrase, ...]:
    """Every candidate phrase for an event on ``start``..``end`` told in a past clause on day ``a``."""
    out: list[Phrase] = []
    if start == end:
        d = start
        delta = (a - d).days
        iso = d.isoformat()
        wd = WEEKDAYS[d.weekday()]
        if delta == 0:
            out.append(Phrase("heute", iso, d, d, "deictic", vom="von heute"))
            for _, word, code in DAY_PARTS[:3]:
                out.append(Phrase(f"heute {word}", f"{iso}T{code}", d, d, "daypart"))
        if delta == 1:
            out.append(Phrase("gestern", iso, d, d, "deictic", vom="von gestern"))
            for _, word, code in DAY_PARTS[1:]:
                out.append(Phrase(f"gestern {word}", f"{iso}T{code}", d, d, "daypart"))
        if delta == 2:
            out.append(Phrase("vorgestern", iso, d, d, "deictic"))
        if 0 <= delta <= 6:
            out.append(Phrase(f"am {wd}", iso, d, d, "weekday", vom=f"vom {wd}"))
            for suffix, _, code in DAY_PARTS:
                out.append(Phrase(f"am {wd}{suffix}", f"{iso}T{code}", d, d, "daypart", vom=f"vom {wd}{suffix}"))
        if 0 <= delta - 1 <= 6:
            nxt = WEEKDAYS[(d.weekday() + 1) % 7]
            out.append(Phrase(f"in der Nacht zu {nxt}", f"{iso}TNI", d, d + ONE, "night"))
        if 2 <= delta <= 7:
            out.append(Phrase(f"am vergangenen {wd}", iso, d, d, "weekday-rel", vom=f"vom vergangenen {wd}"))
            out.append(Phrase(f"vergangenen {wd}", iso, d, d, "weekday-rel", vom=f"vom vergangenen {wd}"))
        if 3 <= delta <= 6:
            out.append(Phrase(f"vor {number_word(delta)} Tagen", iso, d, d, "offset"))
        if delta <= 300 and (d.year == a.year or (d.year == a.year - 1 and (d.month, d.day) > (a.month, a.day))):
            out.append(Phrase(f"am {day_text(d, False)}", iso, d, d, "date", vom=f"vom {day_text(d, False)}"))
        out.append(Phrase(f"am {day_text(d, True)}", iso, d, d, "date-y", vom=f"vom {day_text(d, True)}"))
        out.append(Phrase(f"am {numeric_text(d)}", iso, d, d, "date-num", vom=f"vom {numeric_text(d)}"))
    else:
        out.extend(_range_phrases(start, end, a, future=False))
    # weeks
    mon = monday(a)
    if start >= mon:
        out.append(Phrase("in dieser Woche", week_value(a), mon, mon + 6 * ONE, "week"))
        out.append(Phrase("Anfang der Woche", _interval(mon, mon + 2 * ONE), mon, mon + 2 * ONE, "weekpart"))
        out.append(Phrase("Mitte der Woche", _interval(mon + ONE, mon + 3 * ONE), mon + ONE, mon + 3 * ONE, "weekpart"))
    prev = mon - 7 * ONE
    out.append(Phrase("in der vergangenen Woche", week_value(prev), prev, prev + 6 * ONE, "week"))
    out.append(Phrase("vergangene Woche", week_value(prev), prev, prev + 6 * ONE, "week"))
    out.append(Phrase("Anfang vergangener Woche", _interval(prev, prev + 2 * ONE), prev, prev + 2 * ONE, "weekpart"))
    out.append(Phrase("Ende vergangener Woche", _interval(prev + 3 * ONE, prev + 6 * ONE), prev + 3 * ONE, prev + 6 * ONE, "weekpart"))
    if a.weekday() <= 4:
        sat = mon - 2 * ONE
        we = f"{week_value(sat)}-WE"
        out.append(Phrase("am Wochenende", we, sat, sat + ONE, "weekend", vom="vom Wochenende"))
        out.append(Phrase("am vergangenen Wochenende", we, sat, sat + ONE, "weekend", vom="vom vergangenen Wochenende"))
    for weeks, word in ((1, "einer Woche"), (2, "zwei Wochen")):
        c = a - 7 * weeks * ONE
        out.append(Phrase(f"vor {word}", c.isoformat(), c - 3 * ONE, c + 3 * ONE, "offset-week"))
    # months
    y, m = start.year, start.month
    bare = (y == a.year and (y, m) <= (a.year, a.month)) or (y == a.year - 1 and m > a.month)
    out.extend(_month_phrases(y, m, bare, future=False))
    py, pm = (a.year, a.month - 1) if a.month > 1 else (a.year - 1, 12)
    if (y, m) == (py, pm):
        for text in ("im vergangenen Monat", "im Vormonat"):
            out.append(Phrase(text, f"{y}-{m:02d}", date(y, m, 1), month_end(y, m), "month-rel"))
    if (y, m) == (a.year, a.month):
        out.append(Phrase("Anfang des Monats", _interval(date(y, m, 1), date(y, m, 10)), date(y, m, 1), date(y, m, 10), "monthpart-rel"))
        out.append(Phrase("in diesem Monat", f"{y}-{m:02d}", date(y, m, 1), month_end(y, m), "month-rel"))
    out.extend(_year_phrases(y, a, future=False))
    if y == a.year:
        out.append(Phrase("Anfang des Jahres", f"{y}-01/{y}-03", date(y, 1, 1), date(y, 3, 31), "yearpart"))
    # a report does not call a day of the current year, season or quarter "im Jahr 2025"
    out = [p for p in out if p.hi <= a or p.kind not in COARSE]
    return _fit([_clip(p, p.lo, min(p.hi, a)) for p in out], start, end)


@lru_cache(maxsize=1024)
def future_phrases(start: date, end: date, a: date) -> tuple[Phrase, ...]:
    """Every candidate phrase for an event on ``start``..``end`` announced on day ``a`` (``a <= start``)."""
    out: list[Phrase] = []
    if start == end:
        d = start
        delta = (d - a).days
        iso = d.isoformat()
        wd = WEEKDAYS[d.weekday()]
        if delta == 0:
            out.append(Phrase("heute", iso, d, d, "deictic", fuer="für heute"))
            for _, word, code in DAY_PARTS[3:]:
                out.append(Phrase(f"heute {word}", f"{iso}T{code}", d, d, "daypart", fuer=f"für heute {word}"))
        if delta == 1:
            out.append(Phrase("morgen", iso, d, d, "deictic", fuer="für morgen"))
            out.append(Phrase("morgen Abend", f"{iso}TEV", d, d, "daypart", fuer="für morgen Abend"))
        if delta == 2:
            out.append(Phrase("übermorgen", iso, d, d, "deictic", fuer="für übermorgen"))
        if 1 <= delta <= 6:
            out.append(Phrase(f"am {wd}", iso, d, d, "weekday", fuer=f"für {wd}"))
            for suffix, _, code in DAY_PARTS:
                out.append(Phrase(f"am {wd}{suffix}", f"{iso}T{code}", d, d, "daypart", fuer=f"für {wd}{suffix}"))
            for hour in (10, 11, 14, 15, 18):
                out.append(Phrase(f"am {wd} um {hour} Uhr", f"{iso}T{hour}:00", d, d, "clock"))
        if 2 <= delta <= 7:
            out.append(Phrase(f"am kommenden {wd}", iso, d, d, "weekday-rel", fuer=f"für den kommenden {wd}"))
            out.append(Phrase(f"kommenden {wd}", iso, d, d, "weekday-rel", fuer=f"für den kommenden {wd}"))
            out.append(Phrase(f"am nächsten {wd}", iso, d, d, "weekday-rel", fuer=f"für den nächsten {wd}"))
        if 3 <= delta <= 6:
            out.append(Phrase(f"in {number_word(delta)} Tagen", iso, d, d, "offset"))
        same_year = d.year == a.year or (d.year == a.year + 1 and date(a.year, d.month, min(d.day, 28)) < a - timedelta(days=75))
        if same_year:
            out.append(Phrase(f"am {day_text(d, False)}", iso, d, d, "date", fuer=f"für den {day_text(d, False)}"))
        out.append(Phrase(f"am {day_text(d, True)}", iso, d, d, "date-y", fuer=f"für den {day_text(d, True)}"))
        out.append(Phrase(f"am {numeric_text(d)}", iso, d, d, "date-num", fuer=f"für den {numeric_text(d)}"))
    else:
        out.extend(_range_phrases(start, end, a, future=True))
    mon = monday(a)
    if end <= mon + 6 * ONE:
        out.append(Phrase("noch in dieser Woche", week_value(a), mon, mon + 6 * ONE, "week", fuer="für diese Woche"))
        out.append(Phrase("Ende der Woche", _interval(mon + 3 * ONE, mon + 6 * ONE), mon + 3 * ONE, mon + 6 * ONE, "weekpart",
                          fuer="für Ende der Woche"))
    nxt = mon + 7 * ONE
    for text in ("in der kommenden Woche", "kommende Woche", "nächste Woche", "in der nächsten Woche"):
        out.append(Phrase(text, week_value(nxt), nxt, nxt + 6 * ONE, "week", fuer="für die kommende Woche"))
    out.append(Phrase("Anfang kommender Woche", _interval(nxt, nxt + 2 * ONE), nxt, nxt + 2 * ONE, "weekpart",
                      fuer="für Anfang kommender Woche"))
    out.append(Phrase("Anfang nächster Woche", _interval(nxt, nxt + 2 * ONE), nxt, nxt + 2 * ONE, "weekpart",
                      fuer="für Anfang nächster Woche"))
    out.append(Phrase("Ende kommender Woche", _interval(nxt + 3 * ONE, nxt + 6 * ONE), nxt + 3 * ONE, nxt + 6 * ONE, "weekpart"))
    if a.weekday() <= 4:
        sat = mon + 5 * ONE
        we = f"{week_value(sat)}-WE"
        out.append(Phrase("am Wochenende", we, sat, sat + ONE, "weekend", fuer="für das Wochenende"))
        out.append(Phrase("am kommenden Wochenende", we, sat, sat + ONE, "weekend", fuer="für das kommende Wochenende"))
    for weeks, word in ((2, "zwei"), (3, "drei")):
        c = a + 7 * weeks * ONE
        out.append(Phrase(f"in {word} Wochen", c.isoformat(), c - 3 * ONE, c + 3 * ONE, "offset-week"))
    out.append(Phrase("in den nächsten zwei Wochen", _interval(a, a + 14 * ONE), a, a + 14 * ONE, "window"))
    out.append(Phrase("in den kommenden zwei Wochen", _interval(a, a + 14 * ONE), a, a + 14 * ONE, "window"))
    out.append(Phrase("innerhalb der nächsten zehn Tage", _interval(a, a + 10 * ONE), a, a + 10 * ONE, "window"))
    y, m = start.year, start.month
    out.extend(_month_phrases(y, m, y == a.year, future=True))
    ny, nm = (a.year, a.month + 1) if a.month < 12 else (a.year + 1, 1)
    if (y, m) == (ny, nm):
        for text in ("im kommenden Monat", "im nächsten Monat"):
            out.append(Phrase(text, f"{y}-{m:02d}", date(y, m, 1), month_end(y, m), "month-rel", fuer="für den kommenden Monat"))
    if (y, m) == (a.year, a.month):
        last = month_end(y, m)
        out.append(Phrase("bis Ende des Monats", _interval(a, last), a, last, "window"))
        out.append(Phrase(f"bis Ende {MONTHS[m - 1]}", _interval(a, last), a, last, "window"))
        out.append(Phrase("Ende des Monats", _interval(date(y, m, 21), last), date(y, m, 21), last, "monthpart-rel",
                          fuer="für Ende des Monats"))
    out.extend(_year_phrases(y, a, future=True))
    return _fit([_clip(p, max(p.lo, a), p.hi) for p in out], start, end)


def _clip(p: Phrase, lo: date, hi: date) -> Phrase:
    """The phrase's window cut to what the tense allows (a report cannot tell of a day after its
    publication, a preview not of one before it); a cut window is given as an interval value."""
    if (lo, hi) == (p.lo, p.hi):
        return p
    return Phrase(p.text, _interval(lo, hi), lo, hi, p.kind, p.fuer, p.vom)


def _fit(phrases: list[Phrase], start: date, end: date) -> tuple[Phrase, ...]:
    """The phrases whose window holds the whole true span, without duplicate texts."""
    seen: set[str] = set()
    out = []
    for p in phrases:
        if p.lo <= start and end <= p.hi and p.text not in seen:
            seen.add(p.text)
            out.append(p)
    return tuple(out)


def _range_phrases(start: date, end: date, a: date, future: bool) -> list[Phrase]:
    """Phrases for an event over several days."""
    out = []
    value = _interval(start, end)
    same_month = start.month == end.month and start.year == end.year
    if same_month:
        body = f"{start.day}. bis {day_text(end, False)}"
    else:
        body = f"{day_text(start, False)} bis {day_text(end, False)}"
    y_ok = start.year == a.year and end.year == a.year
    if y_ok:
        out.append(Phrase(f"vom {body}", value, start, end, "date", ))
    out.append(Phrase(f"vom {body} {end.year}", value, start, end, "date-y"))
    ws, we = WEEKDAYS[start.weekday()], WEEKDAYS[end.weekday()]
    span = (end - start).days
    if future:
        ok = 1 <= (start - a).days <= 6 and span < 7
    else:
        ok = 0 <= (a - end).days and (a - start).days <= 6
    if ok:
        out.append(Phrase(f"von {ws} bis {we}", value, start, end, "weekday"))
        if span == 1:
            out.append(Phrase(f"am {ws} und {we}", value, start, end, "weekday", fuer=f"für {ws} und {we}" if future else None))
    return out


# --- choosing ------------------------------------------------------------------------------------------

# weight of each kind of phrase for a precise (lead), mixed or vague (background) mention
WEIGHTS: dict[str, dict[str, float]] = {
    "precise": {"deictic": 6, "daypart": 3, "weekday": 10, "weekday-rel": 2, "night": 1, "clock": 1.5, "offset": 0.5,
                "date": 4, "date-y": 1, "date-num": 1, "week": 0.3, "weekpart": 0.2, "weekend": 0.5,
                "offset-week": 0.1, "window": 0.1, "month": 0.1, "monthpart": 0.2},
    "mixed": {"deictic": 2, "daypart": 1, "weekday": 4, "weekday-rel": 2, "night": 0.5, "clock": 0.5, "offset": 1,
              "date": 4, "date-y": 1, "date-num": 1, "week": 2, "weekpart": 1.5, "weekend": 1, "offset-week": 1,
              "window": 1, "month": 1.5, "monthpart": 2, "month-rel": 1, "monthpart-rel": 0.5},
    "vague": {"weekday": 1, "date": 2, "date-y": 1, "date-num": 0.5, "week": 3, "weekpart": 2, "weekend": 1,
              "offset-week": 1.5, "window": 2, "month": 4, "month-y": 1, "monthpart": 4, "monthpart-y": 1,
              "month-rel": 2, "monthpart-rel": 1, "season": 1, "season-y": 0.5, "yearpart": 0.7, "quarter": 0.3,
              "year": 0.3},
}


def choose(phrases: list[Phrase], preference: str, rng: random.Random, need: str = "") -> Phrase | None:
    """One phrase, weighted by ``preference``; ``need='fuer'``/``'vom'`` keeps phrases having that form."""
    if need:
        phrases = [p for p in phrases if getattr(p, need)]
    weights = WEIGHTS[preference]
    pool = [(p, weights.get(p.kind, 0.0)) for p in phrases]
    pool = [(p, w) for p, w in pool if w > 0]
    if not pool:
        pool = [(p, 1.0) for p in phrases if p.kind.startswith(("date", "month"))] or [(p, 1.0) for p in phrases]
    if not pool:
        return None
    total = sum(w for _, w in pool)
    x = rng.random() * total
    for p, w in pool:
        x -= w
        if x <= 0:
            return p
    return pool[-1][0]
