"""Scoring against gold files: events (FORMAT.md) and temporal expressions (the timex table)."""
