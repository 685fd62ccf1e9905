"""sahelwatch: news reports about armed conflict in the Sahel in, ACLED-style events out.

Library use::

    import sahelwatch
    events = sahelwatch.extract(text, published="2024-07-03")
"""

from sahelwatch.articles import Article, read_article
from sahelwatch.extraction.api import Extraction, extract, extract_article
from sahelwatch.model import Claim, Event, Evidence

__all__ = [
    "Article",
    "Claim",
    "Event",
    "Evidence",
    "Extraction",
    "extract",
    "extract_article",
    "read_article",
]
__version__ = "0.1.0"
