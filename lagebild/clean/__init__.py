"""Clean: strip page furniture from scraped text and read the metadata its header carries.

:func:`clean_article` turns an ingested article's draft text into the cleaned
``text`` every later stage indexes into, fills title, publication date, outlet,
author and language where the input left them open, and records every removed
line with the rule that removed it.
"""

from lagebild.clean.cleaner import clean_article, clean_articles, clean_text

__all__ = ["clean_article", "clean_articles", "clean_text"]
