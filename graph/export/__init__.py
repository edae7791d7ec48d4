"""Stage 3 — export: one module per output format."""
