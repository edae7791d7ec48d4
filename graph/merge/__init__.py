"""Stage 2 — merge: all article graphs into one (networkx)."""
