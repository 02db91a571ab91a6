"""German named-entity recognition: Lagebild's own spaCy model, shipped in the package.

The model (``lagebild/nlp/models/de_ner``) is trained by ``make train-ner`` from the
corpora in ``../shared/corpus``; nothing is downloaded at run time. :class:`NerTagger`
wraps it and adds, for each person, the role word that stands before the name
(``US-Präsident Donald Trump`` → role ``US-Präsident``).
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
_TRAILING = re.compile(r"[\s,.;:!?\"“”„«»()\[\]'’‘-]+$")
_LEADING = re.compile(r"^[\s,.;:!?\"“”„«»()\[\]'’‘-]+")


class NerTagger:
    """Finds PER / ORG / LOC / MISC mentions with exact character offsets."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.version = nlp.meta.get("version", "unknown")
        self._lock = threading.Lock()

    def mentions(self, text: str) -> list[Mention]:
        return self.mentions_batch([text])[0]

    def mentions_batch(self, texts: list[str], batch_size: int = 32) -> list[list[Mention]]:
        with self._lock:  # spaCy pipelines are not safe to share between threads
            docs = list(self.nlp.pipe(texts, batch_size=batch_size))
        return [self._from_doc(text, doc) for text, doc in zip(texts, docs)]

    @staticmethod
    def _from_doc(text: str, doc) -> list[Mention]:
        found: list[Mention] = []
        for ent in doc.ents:
            if ent.label_ not in LABELS:
                continue
            start, end = ent.start_char, ent.end_char
            surface = text[start:end]
            # Trim stray punctuation the tokenizer left on the span.
            lead = _LEADING.match(surface)
            if lead:
                start += lead.end()
            trail = _TRAILING.search(text[start:end])
            if trail:
                end = start + trail.start()
            if end <= start:
                continue
            label = ent.label_
            words = text[start:end].split()
            # A role word the model swallowed into the name ("Kremlchef Putin") is not part of it.
            role = None
            while len(words) > 1 and is_role_word(words[0]):
                role = words[0]
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            if label == "PER" and len(words) == 1 and is_role_word(words[0]):
                continue  # a bare role is not a name
            if role is None and label == "PER":
                before = role_before(text, start)
                role = before[1] if before else None
            found.append(Mention(start, end, text[start:end], label, role))
        return found


@lru_cache(maxsize=2)
def load_ner(path: Path | None = None) -> NerTagger:
    """Load the shipped model (cached). Raises ModelMissingError naming the path if it is absent."""
    import spacy

    path = Path(path) if path else MODEL_DIR
    if not (path / "meta.json").exists():
        raise ModelMissingError(f"the NER model is missing at {path}; run `make train-ner` to build it")
    return NerTagger(spacy.load(path))
