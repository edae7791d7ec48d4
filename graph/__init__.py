"""eventgraph: German news articles in, one event knowledge graph and a timeline out.

The package is laid out as the data flows: ``parse`` (one article at a time)
→ ``merge`` (all articles into one graph) → ``export`` (files and stores).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("eventgraph")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"

__all__ = ["__version__"]
