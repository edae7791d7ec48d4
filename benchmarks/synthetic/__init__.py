"""A synthetic German news corpus with its gold reading, for benchmarks at scale.

Why: the hand-made gold corpora (``seeds/``, ``tests/data/topics``,
``tests/data/stories``) hold a few dozen articles; measuring speed and
extraction/merge quality at 1k, 10k and 100k articles needs a corpus whose
correct reading is known by construction.

How: ``world.py`` samples a world — a timeline of events over 2025–2026
(phone calls, summits, visits, speeches, strikes, floods, elections, court
verdicts, train accidents, product launches, football matches, sanctions,
aid deliveries, funerals, resignations, agreements, demonstrations …),
their actors (politicians from the knowledge base, invented people and
firms) and which articles tell of each event, before, on or after its day;
``writer.py``/``article.py`` write each article from templates
(``events.py`` for the event sentences, ``filler.py`` for the rest) and
record what each sentence states; ``dates.py`` gives every date phrase the
exact window of days it permits; ``corpus.py`` streams the articles and
assembles the gold (``tests/data/eval/FORMAT.md``).  Everything is drawn
from ``random.Random`` seeded by the caller, so a corpus is reproducible
byte for byte.

Usage::

    python -m benchmarks.synthetic --articles 1000 --out /tmp/syn1k [--seed 0]

    from benchmarks.synthetic import generate
    corpus = generate(1000, seed=0)
    for article_id, text in corpus.articles(): ...
    gold = corpus.gold()
"""

from .corpus import Corpus, generate, write_corpus

__all__ = ["Corpus", "generate", "write_corpus"]
