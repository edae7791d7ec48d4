"""``python -m graph`` runs the eventgraph command line."""

from .cli import main

main()
