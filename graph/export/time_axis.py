"""A time axis that leaves out long empty stretches, for timeline images.

A story often has a dense present and a few anchors in the past (an invasion
in February 2022, a summit in August, talks in October).  On a linear axis
the present shrinks to a point.  This axis keeps the stretches that hold
events, each by its length and by how many events it holds, never narrower
than a readable minimum, and replaces each long empty stretch by a fixed-width break that
the image draws as ``//`` with the length of the gap.

A gap is long when it exceeds three weeks and either three times the median
spacing of consecutive events or half the whole span, so a story with an
event every month keeps one continuous axis while one with a years-long
silence gets a break.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS_DE = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
MIN_GAP_DAYS = 21


@dataclass(frozen=True, slots=True)
class Segment:
    """Days ``first``..``last`` (inclusive) drawn from ``x0`` to ``x1`` (inches); events fill ``core``."""

    first: date
    last: date
    x0: float
    x1: float
    core: tuple[date, date]

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def x(self, t: float) -> float:
        """Position of ordinal time ``t`` (a day's ordinal, fractions within the day)."""
        return self.x0 + (t - self.first.toordinal()) / self.days * (self.x1 - self.x0)


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


class TimeAxis:
    """Maps days to inches across segments separated by breaks."""

    def __init__(self, intervals: list[tuple[date, date]], width: float, break_width: float = 0.35,
                 min_share: float = 0.12):
        if not intervals:
            raise ValueError("a time axis needs at least one dated interval")
        self.width = width
        spans = _segments(intervals)
        n_breaks = len(spans) - 1
        usable = width - n_breaks * break_width
        total = sum((b - a).days + 1 for a, b, _ in spans)
        # room by length, a readable minimum, and a share by how many events a stretch holds
        counts = [sum(1 for a, _ in intervals if core[0] <= a <= core[1]) for _, _, core in spans]
        weights = [max((b - a).days + 1, min_share * total) + total * c / len(intervals)
                   for (a, b, _), c in zip(spans, counts)]
        scale = usable / sum(weights)
        self.segments: list[Segment] = []
        x = 0.0
        for (a, b, core), w in zip(spans, weights):
            self.segments.append(Segment(a, b, x, x + w * scale, core))
            x += w * scale + break_width
        self.breaks: list[tuple[float, float, int]] = [
            (s.x1, t.x0, (t.first - s.last).days - 1) for s, t in zip(self.segments, self.segments[1:])
        ]

    def x(self, t: float) -> float:
        """Position of ordinal time ``t``; inside a break, its middle."""
        for k, seg in enumerate(self.segments):
            if t <= seg.last.toordinal() + 1:
                if t >= seg.first.toordinal():
                    return seg.x(t)
                return (self.segments[k - 1].x1 + seg.x0) / 2 if k else seg.x0
        return self.segments[-1].x1

    def day_span(self, first: date, last: date) -> tuple[float, float]:
        """Inches covered from the start of ``first`` to the end of ``last``."""
        return self.x(first.toordinal()), self.x(last.toordinal() + 1)

    def ticks(self, inches_per_tick: float = 0.55) -> tuple[list[Tick], list[Tick]]:
        """Minor ticks (days, months or years) and one caption per segment (month and year, or year)."""
        minor: list[Tick] = []
        captions: list[Tick] = []
        for seg in self.segments:
            room = max(1, int((seg.x1 - seg.x0) / inches_per_tick))
            if seg.days <= 62:
                step = next((k for k in (1, 2, 3, 7, 14) if seg.days / k <= room), 14)
                d = seg.first
                while d <= seg.last:
                    if step < 7 or d.weekday() == 0:
                        minor.append(Tick(seg.x(d.toordinal() + 0.5), f"{d.day}."))
                    d += timedelta(days=step if step < 7 else 1)
                captions.append(Tick((seg.x0 + seg.x1) / 2, _month_range(*seg.core)))
            elif seg.days <= 800:
                months = _months(seg.first, seg.last)
                step = next((k for k in (1, 2, 3, 6) if len(months) / k <= room), 12)
                for m in months[::step]:
                    mid = m.toordinal() + 15
                    if seg.first.toordinal() <= mid <= seg.last.toordinal():
                        minor.append(Tick(seg.x(mid), MONTHS_DE[m.month - 1]))
                years = sorted({seg.core[0].year, seg.core[1].year})
                captions.append(Tick((seg.x0 + seg.x1) / 2, "–".join(str(y) for y in years)))
            else:
                years = list(range(seg.first.year, seg.last.year + 1))
                step = next((k for k in (1, 2, 5, 10, 20, 50) if len(years) / k <= room), 100)
                for y in years[::step]:
                    mid = date(y, 7, 1).toordinal()
                    if seg.first.toordinal() <= mid <= seg.last.toordinal():
                        minor.append(Tick(seg.x(mid), str(y)))
        return minor, captions


def _segments(intervals: list[tuple[date, date]]) -> list[tuple[date, date, tuple[date, date]]]:
    """Merge the event intervals into the stretches the axis keeps, padded a little on each side."""
    ivs = sorted(intervals)
    starts = [a.toordinal() for a, _ in ivs]
    spacing = [b - a for a, b in zip(starts, starts[1:])]
    span = (max(b for _, b in ivs) - ivs[0][0]).days
    typical = 3 * statistics.median(spacing) if spacing else 0

    def long(gap: int) -> bool:
        return gap > MIN_GAP_DAYS and (gap > typical or gap > span / 2)

    merged: list[list[date]] = []
    for a, b in ivs:
        if merged and not long((a - merged[-1][1]).days):
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out: list[tuple[date, date, tuple[date, date]]] = []
    for a, b in merged:
        pad = max(1, ((b - a).days + 1) // 10)
        lo, hi = a - timedelta(days=pad), b + timedelta(days=pad)
        if out:
            lo = max(lo, out[-1][1] + timedelta(days=1))
        out.append((lo, hi, (a, b)))
    return out


def _months(first: date, last: date) -> list[date]:
    out, d = [], date(first.year, first.month, 1)
    while d <= last:
        out.append(d)
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


def _month_range(first: date, last: date) -> str:
    if (first.year, first.month) == (last.year, last.month):
        return f"{MONTHS_DE[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{MONTHS_DE[first.month - 1]}–{MONTHS_DE[last.month - 1]} {first.year}"
    return f"{MONTHS_DE[first.month - 1]} {first.year}–{MONTHS_DE[last.month - 1]} {last.year}"


def gap_label(days: int) -> str:
    """How much time a break leaves out, in German: "8 Wochen", "3 Jahre"."""
    if days >= 730:
        return f"{round(days / 365.25)} Jahre"
    if days >= 60:
        return f"{round(days / 30.44)} Monate"
    return f"{round(days / 7)} Wochen"
