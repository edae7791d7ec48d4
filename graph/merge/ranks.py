"""Sort keys written into the canonical graph, so that listings need not sort in SPARQL.

A listing ordered by several keys (sources, then mentions, then label) makes
an embedded Oxigraph store decode and compare every row's terms: at a million
quads that sort alone is several hundred milliseconds, however few rows are
asked for.  With one integer rank per node the store reads a single number,
keeps the rows up to the rank asked for, and sorts only those.

The ranks are derived from counts the graph already states, in one fixed
order each, so they are as deterministic as the rest of the build:

- ``eg:timelinePosition`` — an event's place in the timeline (``events.json``
  order), 1 for the first;
- ``eg:sourceRank`` — events by number of sources, then of mentions, then
  timeline position (1 = the most widely reported);
- ``eg:eventRank`` — actors by number of events, then of mentions, then name
  and IRI (1 = the most involved); only actors that take part in an event
  have one.
"""

from __future__ import annotations

from collections.abc import Iterable


def source_ranks(events: Iterable[tuple[str, int, int, int]]) -> dict[str, int]:
    """Rank of each event given as (iri, sources, mentions, timeline position)."""
    ordered = sorted(events, key=lambda e: (-e[1], -e[2], e[3], e[0]))
    return {e[0]: rank for rank, e in enumerate(ordered, 1)}


def event_ranks(actors: Iterable[tuple[str, str, int, int]]) -> dict[str, int]:
    """Rank of each actor given as (iri, name, events, mentions); actors in no event get none."""
    ordered = sorted((a for a in actors if a[2] > 0), key=lambda a: (-a[2], -a[3], a[1], a[0]))
    return {a[0]: rank for rank, a in enumerate(ordered, 1)}
