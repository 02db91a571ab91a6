"""German named-entity recognition: Lagebild's own spaCy model, shipped in the package.

The model (``lagebild/nlp/models/de_ner``) is trained by ``make train-ner`` from the
corpora in ``../shared/corpus``; nothing is downloaded at run time. :class:`NerTagger`
wraps it and applies a few post-rules, each measured on the held-out sets by
``bench/ner.py`` (which prints the model alone next to model + rules):

* spans are trimmed of punctuation and cut at sentence breaks;
* a role word is not part of a name, and is kept as the person's role
  (``US-Präsident Donald Trump`` → "Donald Trump", role ``US-Präsident``); a bare role is dropped;
* a capitalised -isch adjective joins the name after it ("Europäischen Union");
* within one text, the lone surname of a full PER name is that person ("Trump"),
  and two such surnames side by side are two people ("Putin Trumps Wunsch").

The model's matrix products run through numpy's BLAS instead of thinc's bundled
one (:func:`matmul_ops`): the same results, measured about 1.4× faster on one core.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path

from lagebild.errors import ModelMissingError
from lagebild.model import Mention
from lagebild.nlp.roles import is_role_word, role_before

MODEL_DIR = Path(__file__).resolve().parent / "models" / "de_ner"
LABELS = ("PER", "ORG", "LOC", "MISC")
# How the model's subword vectors (distilled from multilingual-e5-small by
# training/ner/vectors.py) are looked up: lower-cased words, character 3- to 5-grams.
FLORET_SETTINGS = {"minn": 3, "maxn": 5, "hash_count": 2, "hash_seed": 0, "attr": "NORM"}
# The most frequent words' vectors, precomputed from the table when the model is built,
# so the first articles read do not pay for hashing their common words.
FREQUENT_VECTORS = "frequent_vectors.npz"
_TRAILING = re.compile(r"[\s,.;:!?\"“”„«»()\[\]'’‘-]+$")
_LEADING = re.compile(r"[\s,.;:!?\"“”„«»()\[\]'’‘-]+")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-ZÄÖÜ\"„])|\n")
_ABBREVIATION = re.compile(r"(?:\b[A-ZÄÖÜ]\.|\b(?:Dr|St|Co|Inc|Prof|Jr|Sr)\.)$")  # "U.S.", "Dr.", "Co." keep their dot
_WORD = re.compile(r"\S+")
_NAME_WORD = r"[A-ZÄÖÜ][a-zäöüéèáíóúčćšžłńçğ’'-]+"
_ROLE_NAME = re.compile(
    r"(?<![\w-])(?P<role>(?:[A-ZÄÖÜ][\w]*-)?[A-ZÄÖÜ][\wäöüß-]*)[ \t]+"
    r"(?P<name>(?P<first>" + _NAME_WORD + r")[ \t]+" + _NAME_WORD + r")(?![\w-])"
)
# Capitalised words that follow a role but are no name ("Präsident Der ...", "Kanzler Am Montag").
NOT_NAMES = frozenset("Der Die Das Den Dem Des Ein Eine Einen Er Sie Es Wir Am Im In Auf Und Mit Von Zu Bei Nach Für Als Wie Ab Seit".split())
_PLACE_WORD = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?![\w-])")
GENITIVE_ENDINGS = ("s", "’", "'", "’s", "'s")
# A capitalised -isch adjective right before a name belongs to it ("Europäischen Union",
# "Arabische Emirate"): mid-sentence only names capitalise adjectives.
_NAME_ADJECTIVE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]*isch(?:e|en|er|es|em)?[ \t]+$")


class NerTagger:
    """Finds PER / ORG / LOC / MISC mentions with exact character offsets."""

    def __init__(self, nlp, post_rules: bool = True, places: frozenset[str] = frozenset()):
        self.nlp = nlp
        self.post_rules = post_rules  # False: the model's spans as they are (for measuring the rules)
        self.places = places  # city names (places.txt next to the model) the model may miss
        self.version = nlp.meta.get("version", "unknown")
        self._lock = threading.Lock()

    def mentions(self, text: str) -> list[Mention]:
        return self.mentions_batch([text])[0]

    def mentions_batch(self, texts: list[str], batch_size: int = 32) -> list[list[Mention]]:
        with self._lock:  # spaCy pipelines are not safe to share between threads
            docs = list(self.nlp.pipe(texts, batch_size=batch_size))
        return [self._from_doc(text, doc) for text, doc in zip(texts, docs)]

    def _from_doc(self, text: str, doc) -> list[Mention]:
        if not self.post_rules:
            return [Mention(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents if e.label_ in LABELS]
        found = [m for ent in doc.ents if ent.label_ in LABELS and (m := _clean(text, ent.start_char, ent.end_char, ent.label_))]
        found += _places(text, self.places)
        found = _names_after_roles(text, found)
        return _without_overlaps(_split_adjacent_people(_propagate_surnames(text, found)))


def _clean(text: str, start: int, end: int, label: str) -> Mention | None:
    """The model's span made tidy: no stray punctuation, no sentence break, no role word in the name."""
    lead = _LEADING.match(text, start, end)
    if lead:
        start = lead.end()
    for cut in _SENTENCE_BREAK.finditer(text, start, end):
        if text[cut.start()] == "\n" or not _ABBREVIATION.search(text, start, cut.start() + 1):
            end = cut.start()
            break
    trail = _TRAILING.search(text, start, end)
    if trail and not _ABBREVIATION.search(text, start, end):
        end = trail.start()
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, start, end)]
    if not words:
        return None
    role = None
    # A role word the model swallowed into the name ("Kremlchef Putin") is not part of it.
    while len(words) > 1 and is_role_word(words[0][1]):
        role = words[0][1]
        words = words[1:]
        start = words[0][0]
    if len(words) == 1 and is_role_word(words[0][1]):
        return None  # a bare role ("Kreml-Chef", "US-Präsidenten") is not a name
    if label != "PER":
        adjective = _NAME_ADJECTIVE.search(text, max(0, start - 40), start)
        if adjective:
            start = adjective.start()
    elif role is None:
        role = _role_before(text, start)
    return Mention(start, end, text[start:end], label, role if label == "PER" else None)


def _propagate_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """Within one text, a lone surname (or its genitive) of a full PER name is that person.

    The model sometimes reads a bare "Trump" after "Donald Trump" as a place; news
    style introduces the full name first and then uses the surname alone.
    """
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PER" and len(m.text.split()) > 1}
    surnames |= {name + ending for name in surnames for ending in GENITIVE_ENDINGS}
    return [
        Mention(m.start, m.end, m.text, "PER", _role_before(text, m.start)) if m.label != "PER" and m.text in surnames else m
        for m in mentions
    ]


def _bare_surname(word: str) -> str:
    for ending in sorted(GENITIVE_ENDINGS, key=len, reverse=True):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


def _split_adjacent_people(mentions: list[Mention]) -> list[Mention]:
    """Two surnames of different people of the text side by side are two people, not one name.

    "dass Putin Trumps Wunsch … nutzen könnte": the model reads the pair as one name;
    where the text has introduced both by full name (Wladimir Putin, Donald Trump),
    each word is its own mention. Names of three words or more are left alone.
    """
    full_names = {m.text for m in mentions if m.label == "PER" and len(m.text.split()) > 1}
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        pair = m.label == "PER" and len(words) == 2 and _bare_surname(words[0]) != _bare_surname(words[1])
        if pair and all(_bare_surname(w) in {name.split()[-1] for name in full_names - {m.text}} for w in words):
            second = m.start + len(words[0]) + 1
            out += [Mention(m.start, m.start + len(words[0]), words[0], "PER", m.role), Mention(second, m.end, words[1], "PER")]
        else:
            out.append(m)
    return out


def _names_after_roles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two capitalised words right after a role word are a person ("Staatschef Wolodymyr Selenskyj").

    Fires only where the model found nothing there, or a PER that starts one word
    late (then it is widened to the first name).
    """
    out = list(mentions)
    for match in _ROLE_NAME.finditer(text):
        role, start, end = match.group("role"), match.start("name"), match.end("name")
        if not is_role_word(role) or match.group("first") in NOT_NAMES or is_role_word(match.group("first")):
            continue
        inside = [m for m in out if m.start < end and start < m.end]
        if not inside:
            out.append(Mention(start, end, text[start:end], "PER", role))
        elif len(inside) == 1 and inside[0].label == "PER" and inside[0].start > start:
            person = inside[0]
            out[out.index(person)] = Mention(start, person.end, text[start : person.end], "PER", role)
    return out


def _places(text: str, places: frozenset[str]) -> list[Mention]:
    """Gazetteer cities as LOC candidates; the model's own mentions win where they overlap."""
    if not places:
        return []
    return [Mention(m.start(), m.end(), m.group(), "LOC") for m in _PLACE_WORD.finditer(text) if m.group() in places]


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """In text order; where two overlap (after widening), the one that starts first wins."""
    kept: list[Mention] = []
    # Model mentions before gazetteer ones: a stable sort keeps their order among equals.
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def _role_before(text: str, start: int) -> str | None:
    before = role_before(text, start)
    return before[1] if before else None


def floret_vectors(table, strings=None, settings: dict | None = None):
    """A spaCy floret vectors table over ``table`` (rows × dims), with Lagebild's settings unless given."""
    return _cached_floret_class()(strings=strings, data=table, mode="floret", **(settings or FLORET_SETTINGS))


@lru_cache(maxsize=1)
def _cached_floret_class():
    import numpy as np
    from spacy.vectors import Vectors

    class CachedFloretVectors(Vectors):
        """Floret vectors that remember each word's vector once computed.

        spaCy recomputes a word's n-gram hashes in Python on every call; news repeats
        its words, so a per-word cache makes the lookup cheap after the first articles.
        The table may be stored as float16 (half the size in the package); each
        word's mean is computed in float32.
        """

        cache_limit = 200_000

        def word_vector(self, word: str):
            if not word:
                return np.zeros(self.data.shape[1], dtype="float32")
            rows = self.data.shape[0]
            buckets = [h % rows for ngram in self._get_ngrams(word) for h in self._get_ngram_hashes(ngram)]
            return self.data[buckets].astype("float32").mean(axis=0)

        def preload(self, words: list[str], table) -> None:
            """Fill the cache with the vectors of ``words`` (rows of ``table``), as shipped next to the model."""
            cache = self.__dict__.setdefault("_cache", {})
            for word, vector in zip(words, table.astype("float32")):
                cache[self.strings.add(word)] = vector

        def get_batch(self, keys):
            cache = self.__dict__.setdefault("_cache", {})
            keys = [int(k) for k in keys]
            missing = {k for k in keys if k not in cache}
            if len(cache) + len(missing) > self.cache_limit:
                cache.clear()
            for key in missing:
                cache[key] = self.word_vector(self.strings.as_string(key))
            if not keys:
                return np.zeros((0, self.data.shape[1]), dtype="float32")
            return np.ascontiguousarray(np.stack([cache[k] for k in keys]))

    return CachedFloretVectors


@lru_cache(maxsize=1)
def matmul_ops():
    """Thinc CPU ops whose ``gemm`` is numpy's ``matmul``.

    Thinc multiplies matrices with its bundled BLIS kernels; on the machines we measured,
    numpy's OpenBLAS does the tok2vec and NER layers' products 3–4× faster, and the
    tagger as a whole about 1.4× faster. Only the product changes, not the model, so
    the mentions are the same (a test checks this). The parser's per-step scoring is
    compiled code that keeps thinc's kernels.
    """
    import numpy as np
    from thinc.api import NumpyOps

    class MatmulOps(NumpyOps):
        name = "numpy-matmul"

        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            a = x.T if trans1 else x
            b = y.T if trans2 else y
            if out is None:
                return np.matmul(a, b)
            np.matmul(a, b, out=out)
            return out

    return MatmulOps()


def use_matmul_ops(nlp) -> None:
    """Make every layer of ``nlp``'s trained components multiply with :func:`matmul_ops`."""
    ops = matmul_ops()
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops


@lru_cache(maxsize=2)
def load_ner(path: Path | None = None) -> NerTagger:
    """Load the shipped model (cached). Raises ModelMissingError naming the path if it is absent."""
    import numpy as np
    import spacy

    path = Path(path) if path else MODEL_DIR
    if not (path / "meta.json").exists():
        raise ModelMissingError(f"the NER model is missing at {path}; run `make train-ner` to build it")
    places_file = path / "places.txt"
    places = frozenset(places_file.read_text(encoding="utf-8").split("\n")) - {""} if places_file.exists() else frozenset()
    nlp = spacy.load(path)
    vectors = nlp.vocab.vectors
    if vectors.mode == "floret":
        settings = {"minn": vectors.minn, "maxn": vectors.maxn, "hash_count": vectors.hash_count, "hash_seed": vectors.hash_seed, "attr": vectors.attr}
        nlp.vocab.vectors = floret_vectors(vectors.data, nlp.vocab.strings, settings)
        frequent = path / FREQUENT_VECTORS
        if frequent.exists():
            with np.load(frequent) as stored:
                nlp.vocab.vectors.preload(str(stored["words"]).split("\n"), stored["vectors"])
    use_matmul_ops(nlp)
    return NerTagger(nlp, places=places)
