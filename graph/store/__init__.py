"""Where the graph lives after a build, and how it is asked questions (SPARQL).

- :mod:`.embedded` — the default store: Oxigraph (pyoxigraph) on disk, or an
  RDF file loaded into memory for a quick look;
- :mod:`.saved` — the saved queries shipped in ``graph/queries/*.rq``, with
  their parameters bound, never pasted into the text;
- :mod:`.results` — results as a table, CSV, TSV or SPARQL JSON, Turtle for graphs.
"""
