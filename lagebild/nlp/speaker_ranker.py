"""Who said it: a learned ranker over the phrases that could name a quote's speaker.

The rules of :mod:`lagebild.nlp.quotes` propose one speaker per quote. This module gathers the
other phrases that could be the source — names, pronouns, roles and epithets, noun phrases
("Die Veranstalter", "In der Pressemitteilung des WWF", "37 Prozent") and the speaker named last
before — in the quote's sentence and the two before it, describes each by binary
features (its kind, its head noun's class, whether it agrees with the verb in number, its place relative to the verb of saying and to the quote, the preposition or
frame before it, its case, its distance, whether its clause frames the quote and it opens that
clause, whether the rules chose it, whether it names a time, whether it spoke the quote before while
the quote's sentence names no speaker of its own, …) and scores it with a
linear model: a conditional logit over the quote's candidates, trained on the development split
of the Wikinews speech corpus (``training/quotes/train_speaker_ranker.py``). The weights ship as
``speaker_ranker.json``; without that file the rules' choice stands.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import simplemma

from lagebild.model import Article, Quote, Sentence
from lagebild.nlp.sentences import lemma

WEIGHTS = Path(__file__).with_name("speaker_ranker.json")
WINDOW = 2  # sentences before the quote's own that may name its speaker

_DETERMINERS = (
    "der die das den dem des ein eine einer einen einem eines sein seine seiner seinen seinem seines "
    "ihr ihre ihrer ihren ihrem ihres dessen deren beide beiden einige einigen mehrere viele vielen alle "
    "andere anderen zahlreiche weitere"
).split()
_WORD = re.compile(r"[\wÄÖÜäöüß-]+")
_PRONOUN = re.compile(r"\b(?:er|sie|Er|Sie|es)\b")

_PREP_GROUPS = {
    "laut": "laut", "gemäß": "laut", "von": "von", "vom": "von", "in": "loc", "im": "loc", "auf": "loc",
    "aus": "aus", "bei": "bei", "beim": "bei", "gegenüber": "addr", "mit": "mit", "an": "other", "am": "other",
    "nach": "nach", "für": "für", "über": "other", "unter": "other", "vor": "other", "zu": "other",
    "zum": "other", "zur": "other", "durch": "durch", "seitens": "von", "gegen": "other", "um": "other",
    "wie": "wie", "so": "so", "als": "als", "und": "und", "oder": "und",
}
_DOCUMENT_NOUNS = re.compile(
    r"(?:bericht|berichte|berichten|berichts|studie|erklärung|mitteilung|meldung|umfrage|resolution|urteil|angaben|"
    r"schreiben|brief|stellungnahme|analyse|homepage|webseite|website|internetseite|artikel|beitrag|papier|"
    r"dokument|gutachten|ankündigung|version|entwurf|vorwürfe|vorwurf|kritik|informationen|erkenntnissen|"
    r"aussage|aussagen|zeitung|prognose|protokoll|sendung|interview|blog|kommuniqué|presseerklärung)$",
    re.I,
)
_INSTITUTION = re.compile(
    r"(?:schaft|ung|amt|gericht|polizei|regierung|behörde|behörden|partei|verband|kommission|ministerium|rat|"
    r"ausschuss|gewerkschaft|agentur|verwaltung|fraktion|konzern|firma|unternehmen|organisation|institut|bank|"
    r"armee|militär|team|lager|komitee|büro|verein|gruppe|bund)$",
    re.I,
)
_PEOPLE = re.compile(r"(?:er|innen|en|ten|isten|eure|leute|ärzte|experten|beobachter|zeugen)$")
_HEISST = re.compile(r"\b(?:hei(?:ß|ss)t|hie(?:ß|ss)|stand|steht)\s+es\b|\bes\s+hei(?:ß|ss)t\b", re.I)
_PASSIVE = re.compile(r"\b(?:wird|wurde|wurden|werden|worden|ist|war)\b", re.I)
_AFTER_ANGABEN = re.compile(r"\b(?:nach|laut)\s+(?:\w+\s+){0,2}(?:Angaben|Worten|Ansicht|Meinung|Informationen|Aussagen?|Einschätzung|Darstellung)\s+$")
_SUBJUNCTIVE_HINT = re.compile(r"\b(?:sei|seien|habe|hätten?|wäre|würden?|könne|müsse|solle|werde)\b")


@dataclass(slots=True)
class Candidate:
    """A phrase that could name the speaker of one quote, with its features."""

    start: int
    end: int
    phrase: str
    kind: str  # the SpeakerRef kind it becomes: name | pronoun | role | epithet | description | carried | rule
    features: list[str]
    ref: object = None  # the rules' SpeakerRef when the candidate is the rules' choice or the speaker before


@lru_cache(maxsize=1)
def load_weights(path: str = str(WEIGHTS)) -> dict[str, float] | None:
    """The shipped feature weights, or None when the file is absent."""
    file = Path(path)
    if not file.exists():
        return None
    return dict(json.loads(file.read_text(encoding="utf-8"))["weights"])


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


class _Context:
    """Per-article facts the features look up: words, verbs of saying, quote marks, names' frequency."""

    def __init__(self, article: Article, sentences: list[Sentence], quotes: list[Quote]):
        from lagebild.nlp import quotes as q

        self.q = q
        self.article = article
        self.text = article.text
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        self.direct = [(quote.start, quote.end) for quote in quotes if quote.kind != "indirect"]
        self.said = [(quote.start, quote.end) for quote in quotes if quote.kind == "direct"]
        self.reported = [(quote.start, quote.end) for quote in quotes if quote.kind == "indirect"]
        self.mentions = sorted(article.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        counts: dict[str, int] = {}
        for m in self.mentions:
            key = m.text.split()[-1].rstrip("s").lower() if m.text.split() else ""
            counts[key] = counts.get(key, 0) + 1
        self.counts = counts
        self._cues: dict[int, list[tuple[int, int, str]]] = {}
        self._phrases: dict[int, list[Candidate]] = {}
        self._flags: dict[int, tuple[bool, bool]] = {}
        self._v2: dict[int, tuple[int, int, str]] = {}
        self._tokens: dict[int, tuple[list[int], list[int], list[str]]] = {}

    def tokens(self, n: int) -> tuple[list[int], list[int], list[str]]:
        """Sentence ``n``'s words: their starts, ends and surfaces (looked up by bisection)."""
        if n not in self._tokens:
            s = self.sentences[n]
            found = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.text, s.start, s.end)]
            self._tokens[n] = ([a for a, _, _ in found], [b for _, b, _ in found], [w for _, _, w in found])
        return self._tokens[n]

    def between(self, n: int, a: int, b: int) -> list[str]:
        """The words of sentence ``n`` that lie within ``a:b``."""
        starts, ends, words = self.tokens(n)
        return words[bisect_left(starts, a) : bisect_right(ends, b)] if b > a else []

    def cues(self, n: int) -> list[tuple[int, int, str]]:
        """Verbs and frames of saying in sentence ``n``: (start, end, type)."""
        if n in self._cues:
            return self._cues[n]
        q = self.q
        s = self.sentences[n]
        text = self.text
        starts, ends, words = self.tokens(n)
        found: list[tuple[int, int, str]] = [(a, b, "verb") for a, b, w in zip(starts, ends, words) if w in q.CUE_VERBS]
        for pattern, kind in ((q.SPEECH_CONTEXT, "context"), (q.SEPARABLE_CUES, "separable"), (q.INFINITIVE_CUES, "wish"), (_HEISST, "heisst")):
            for m in pattern.finditer(text, s.start, s.end):
                if m.start() > s.start and text[m.start() - 1].isalpha():
                    continue
                found.append((m.start(), m.start() + len(_WORD.match(text, m.start()).group()) if _WORD.match(text, m.start()) else m.end(), kind))
        found.sort()
        self._cues[n] = found
        return found

    def flags(self, n: int) -> tuple[bool, bool]:
        """Does sentence ``n`` say "heißt es", and does it have a passive auxiliary?"""
        if n not in self._flags:
            s = self.sentences[n]
            self._flags[n] = (bool(_HEISST.search(self.text, s.start, s.end)), bool(_PASSIVE.search(self.text, s.start, s.end)))
        return self._flags[n]

    def verb_second(self, n: int) -> tuple[int, int, str]:
        """The finite verb of sentence ``n``'s main clause (its first verb of saying or finite verb
        after the opening phrase) and what fills the place before it: nominal (a subject, most
        likely), adverbial (then the subject follows the verb), clause, or none."""
        if n in self._v2:
            return self._v2[n]
        q = self.q
        s = self.sentences[n]
        text = self.text
        found = (s.start, s.start, "none")
        previous = ""
        for m in _WORD.finditer(text, s.start, s.end):
            w, before = m.group(), previous
            previous = w
            if m.start() > s.start and w.islower() and (w in q.FINITE_VERBS or w in q.CUE_VERBS or _finite_by_lemma(q, w, before)):
                head = text[s.start : m.start()].strip(" „“\"»«(")
                words = head.split()
                if not words:
                    kind = "none"
                elif "," in head:
                    kind = "clause"
                elif words[0].lower() in q._PREPOSITIONS or words[0].lower() in q._FUNCTION_WORDS or words[0].lower() in q.BARE_NOT_SUBJECTS:
                    kind = "adverbial" if words[0].lower() not in ("der", "die", "das", "ein", "eine") else "nominal"
                else:
                    kind = "nominal"
                found = (m.start(), m.end(), kind)
                break
        self._v2[n] = found
        return found

    def subject_after_verb(self, n: int) -> str | None:
        """"pronoun" when a nominative pronoun ("er", "wir", "ich") stands right after sentence
        ``n``'s finite verb: then the phrase before the verb is no subject ("Den Plan nannte er
        „überzogen“", "Am Montag sagte er")."""
        v2_start, v2_end, vorfeld = self.verb_second(n)
        if vorfeld not in ("nominal", "adverbial") or v2_end <= self.sentences[n].start:
            return None
        follows = _WORD.search(self.text, v2_end, self.sentences[n].end)
        if follows is None or not self.text[v2_end : follows.start()].isspace():
            return None  # "Ein Sprecher sagte, er …": the next clause's subject
        # "sie" may be the accusative, and a name the object ("McCarthy warf Gillibrand vor")
        return "pronoun" if follows.group() in ("er", "wir", "ich") and not self.in_direct(follows.start(), follows.end()) else None

    def in_direct(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.direct)


_STRONG_PAST = re.compile(r"[a-zäöüß]{2,}(?<![ei]n)(?<!e[mnrs])(?<![ae])$")


def _finite_by_lemma(q, word: str, before: str) -> bool:
    """Is ``word`` a finite verb the lists miss, known by its lemma: a weak form ("beruft", "begründete")
    or a strong past ("ließ", "rief", "bat")? Not right after an article, a preposition or an adjective,
    where a participle is an attribute ("der bekannte Sänger", "die verletzte Frau")."""
    lower = before.lower()
    if len(word) < 3 or word.startswith("ge") or lower in q._DETERMINER_WORDS or lower in _DETERMINER_SET or lower in q._PREPOSITIONS or before.islower() and before.endswith(q._ADJECTIVE_ENDINGS):
        return False
    if q._finite_indicative(word):
        return True
    base = lemma(word, "de")
    return base != word and base.endswith(("en", "ern", "eln")) and bool(_STRONG_PAST.match(word)) and not word.endswith("t")


def _raw_candidates(ctx: _Context, n: int) -> list[Candidate]:
    """Names, pronouns, roles, epithets and noun phrases of sentence ``n``."""
    if n in ctx._phrases:
        return ctx._phrases[n]
    q = ctx.q
    s = ctx.sentences[n]
    text = ctx.text
    found: list[Candidate] = []
    taken: set[tuple[int, int]] = set()
    agents = q._agents(ctx.article, s.start, s.end)
    name_starts = {ref.start for ref in agents if ref.kind == "name"}
    for ref in agents:
        kind = ref.kind
        if kind in ("epithet", "role") and ref.end + 1 in name_starts and text[ref.end : ref.end + 1] == " ":
            continue  # "Die Bürgermeisterin Petra Vogt": the name says who
        label = ""
        if kind == "name":
            label = next((m.label for m in ctx.mentions if m.start == ref.start), "")
        found.append(Candidate(ref.start, ref.end, ref.phrase, kind, [f"type={kind}{label and '_' + label}"]))
        taken.add((ref.start, ref.end))
    for m in _FIRST_PERSON.finditer(text, s.start, s.end):
        if not ctx.in_direct(m.start(), m.end()) and not any(c.start <= m.start() < c.end for c in found):
            # "Im jetzigen Moment glauben wir, dass …": an interview's answer speaks in the first person
            found.append(Candidate(m.start(), m.end(), m.group(), "pronoun", ["type=first_person"]))
            taken.add((m.start(), m.end()))
    for start, end, det in _phrases(text, s.start, s.end, q):
        if (start, end) in taken:
            continue
        found.append(Candidate(start, end, text[start:end], "description", ["type=phrase", f"det={det}"]))
        taken.add((start, end))
    for c in found:
        c.features.extend(_static_features(ctx, c, n))
    ctx._phrases[n] = found
    return found


_FIRST_PERSON = re.compile(r"\b(?:ich|wir|Ich|Wir)\b")
_DETERMINER_SET = frozenset(_DETERMINERS)
_GENITIVE_LINKS = frozenset("des der eines einer von vom".split())


def _phrases(text: str, start: int, end: int, q) -> list[tuple[int, int, str]]:
    """Noun phrases of ``text[start:end]``: a determiner or number, adjectives, capitalised words
    (head and name) and one genitive or "von" attribute — "Die Veranstalter", "37 Prozent",
    "der Pressemitteilung des WWF", "Internationale Wahlbeobachter"."""
    words = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    verbs = q.FINITE_VERBS | q.CUE_VERBS
    found = []

    def joined(x: int) -> bool:  # only a space between word x-1 and word x
        return text[words[x - 1][1] : words[x][0]].isspace()

    i = 0
    n = len(words)
    while i < n:
        a, _b, w = words[i]
        lower = w.lower()
        j = i
        det = "none"
        if lower in _DETERMINER_SET and not (w[0].isupper() and i + 1 < n and words[i + 1][2][:1].islower() and words[i + 1][2].lower() in verbs):
            det, j = lower, i + 1
        elif w[0].isdigit():
            det, j = "num", i + 1
        while j < n and (j == i or joined(j)) and words[j][2][:1].islower() and not _small_name(words[j][2]) and words[j][2].endswith(q._ADJECTIVE_ENDINGS) and words[j][2] not in verbs and words[j][2] not in _DETERMINER_SET and words[j][2] not in q._FUNCTION_WORDS and words[j][2] not in q._PREPOSITIONS and j - i < 5:
            if j == i and _a_verb_form(q, words[j][2], words[i - 1][2] if i else ""):
                break  # "Sie zeigten | Hochzeitsfotos", "Weiters verweisen | Verfassungsrechtler": a verb opens no noun phrase
            j += 1
        k = j
        while k < n and (k == i or joined(k)) and (words[k][2][:1].isupper() or _small_name(words[k][2])) and k - j < 4:
            k += 1
        if k == j:
            i += 1
            continue
        head = words[j][2]
        if det == "none" and j == i and k > i + 1 and _small_name(words[i + 1][2]) and not _small_name(head) and (head.lower() in _PREP_GROUPS or lemma(head, "de")[:1].islower()):
            i += 1  # "Laut faz.net": a capitalised preposition or adverb before a name written small is no part of it
            continue
        if det == "none" and j == i and (head.lower() in q._FUNCTION_WORDS or head.lower() in q.BARE_NOT_SUBJECTS or head.lower() in q._PREPOSITIONS or head.lower() in _NOT_HEADS):
            i += 1  # "Im Bericht", "Nach Angaben", "Heute": a capitalised function word opens the sentence
            continue
        if det == "none" and j == i and k == i + 1 and not _small_name(head) and (lemma(head, "de")[:1].islower() or i == 0 and _uninflected_word(head)):
            i += 1  # "Letztlich", "Kämen", "Heuer": an adverb or verb capitalised at the start of its sentence, no noun
            continue
        # a genitive or "von" attribute: "der Pressemitteilung des WWF", "Vertreter aller Parteien"
        # after a verb of saying "der Zeitung" is whom it was told ("sagte der Manager der Zeitung")
        told = (
            i > 0 and k + 1 < n and words[i - 1][2] in q.CUE_VERBS and words[k][2] == "der" and words[k + 1][2].lower() in q._ADDRESSEE_NOUNS
            and not (k + 2 < n and joined(k + 2) and words[k + 2][2][:1].isupper())
        )
        if k + 1 < n and words[k][2] in _GENITIVE_LINKS and joined(k) and joined(k + 1) and not told:
            m = k + 1
            while m < n and joined(m) and words[m][2][:1].islower() and words[m][2].endswith(q._ADJECTIVE_ENDINGS) and words[m][2] not in verbs and m - k < 4:
                m += 1
            e = m
            while e < n and joined(e) and words[e][2][:1].isupper() and e - m < 3:
                e += 1
            if e > m:
                k = e
        found.append((a, words[k - 1][1], det))
        i = k
    return found


# "eBay", "iPhone" (one or two small letters before a capital; longer runs are words run together in
# garbled text: "werdenArbeitszulage"), "ai-Bericht", "ndr.de"
_SMALL_NAME = re.compile(r"[a-z]{1,2}[A-ZÄÖÜ][\wäöüß-]*|[a-zäöü][a-zäöüß]*-[A-ZÄÖÜ][\wäöüß-]*|[a-z0-9][a-z0-9-]*\.(?:de|at|ch|com|net|org|eu)")


def _small_name(word: str) -> bool:
    """Is the word a name or noun written with a small first letter: a brand or outlet ("eBay",
    "ndr.de", "faz.net") or a compound whose first part is such a name ("ai-Bericht", "documenta-Homepage")?"""
    return bool(_SMALL_NAME.fullmatch(word))


def _a_verb_form(q, word: str, before: str) -> bool:
    """Is the lower-case word, with no article before it, a verb rather than an adjective: finite
    ("Sie zeigten", "könnten") or in the infinitive's form, which the plural's present shares ("wachsen",
    "verweisen"; an adjective lemmatises to its stem: "neuen" → "neu")?"""
    if word in q.FINITE_VERBS or q.is_subjunctive(word) or word in q.KONJUNKTIV_II:
        return True
    if before.lower() in ("er", "sie", "es", "wir", "ihr", "man") and _finite_by_lemma(q, word, before):
        return True  # after a pronoun: "Sie zeigten"; elsewhere a participle may be an attribute ("gestern veröffentlichten", "mit dem Vorgang vertraute")
    return word.endswith(("en", "ern", "eln")) and lemma(word, "de") == word and simplemma.is_known(word, lang="de")


def _uninflected_word(word: str) -> bool:
    """Is the capitalised word, written small, a known word that is its own lemma and no
    infinitive ("Heuer", "Bisher", "Erstmals")? An adverb opening its sentence, which the
    lemmatiser also knows as a noun ("die Heuer"); a noun written small lemmatises to its
    capitalised form ("Experten" → "Experte") or a verb ("Zeugen" → "zeugen")."""
    small = word.lower()
    if small == word or small.endswith("n") or len(small) < 3:
        return False
    return lemma(small, "de") == small and simplemma.is_known(small, lang="de")


_TOKEN = re.compile(r"[\wÄÖÜäöüß][\wÄÖÜäöüß.&'’-]*[\wäöüß]|[\wÄÖÜäöüß]")
_NOT_HEADS = frozenset(
    "wer was wie wo wann warum ich du wir ihr sie er es man mein dein unser euer jeder jede jedes jeden jedem niemand "
    "keiner keine jemand etwas nichts alles dies dieses diese dieser darüber darauf dabei dazu daher damit".split()
)


_APPOSITION = re.compile(r"\s*(?:\([^()]{1,40}\)|,[^,.;:!?]{1,120},)\s*")


def _has_any(text: str, chars: str) -> bool:
    return any(ch in text for ch in chars)


def _head_of(phrase: str) -> str:
    """The phrase's first noun: its first capitalised word past a determiner ("Die Forderungen Köhlers")."""
    caps = [w for w in _WORD.findall(phrase) if w[:1].isupper() and w.lower() not in _DETERMINER_SET]
    return caps[0] if caps else phrase.split()[-1] if phrase.split() else ""


# Nouns of quality, process and state ("Entwicklung", "Möglichkeit", "Explosion", "Ergebnis") name
# no one who could speak; the same suffixes also make collectives, which can ("die Regierung",
# "die Ärzteschaft", "die Opposition"), and nouns of saying, which the gold counts as sources
# ("nach Meinung der Partei", "in einer Erklärung").
_ABSTRACT_SUFFIX = re.compile(r"(?:ung|heit|keit|ion|tät|nis|schaft|ismus|ment|enz|anz)$")
_COLLECTIVE = re.compile(
    r"(?:regierung|verwaltung|leitung|führung|vertretung|stiftung|vereinigung|zeitung|bewegung|versammlung|"
    r"opposition|organisation|koalition|fraktion|kommission|union|delegation|redaktion|direktion|nation|"
    r"administration|mehrheit|minderheit|bevölkerung|universität|fakultät|bündnis|gesellschaft|gemeinschaft|"
    r"mannschaft|gewerkschaft|botschaft|anwaltschaft|bürgerschaft|ärzteschaft|belegschaft|lehrerschaft|"
    r"wirtschaft|öffentlichkeit|polizei|justiz|agentur|behörde|ministerium|partei|allianz)$"
)


@lru_cache(maxsize=4096)
def head_class(head: str) -> str | None:
    """"abstract" for a noun that cannot speak, "saying" for a document or a noun that frames a
    source ("Angaben", "Meinung", "Bericht": a source by the gold's guidelines), "collective" for a
    group; None otherwise. A noun derived from a verb of saying that frames none ("Forderung",
    "Behauptung") is the content, rarely the source: abstract."""
    from lagebild.nlp.quotes import SOURCE_FRAMES

    if not head[:1].isupper():
        return None
    base = lemma(head, "de").lower()
    if _DOCUMENT_NOUNS.search(head) or _DOCUMENT_NOUNS.search(base) or SOURCE_FRAMES[3][1].fullmatch(f"nach {head}"):
        return "saying"
    if _COLLECTIVE.search(base):
        return "collective"
    if _ABSTRACT_SUFFIX.search(base):
        return "abstract"
    return None


_PLURAL_DETERMINERS = frozenset("beide beiden einige mehrere viele alle andere zahlreiche weitere".split())


def _number(c: Candidate) -> str | None:
    """The grammatical number of a candidate as a subject: "sg" for a person's name or a noun whose
    form is its lemma after "der", "die", "das", "ein", "eine"; "pl" for an inflected noun after
    "die" or none ("die Forderungen", "Experten") or after "mehrere", "viele"; None when unsure
    (a name of several words, "Die Süddeutsche Zeitung", says nothing by its first word)."""
    if c.kind == "name":
        return "sg" if c.features[0] == "type=name_PER" and " und " not in c.phrase else None
    words = c.phrase.split()
    if c.kind != "description" or " und " in c.phrase or "," in c.phrase:
        return None
    if words[0][:1].isdigit():
        return "sg" if words[0] in ("1", "1,0") else "pl"  # "37 Prozent sind der Auffassung"
    det = words[0].lower() if words[0].lower() in _DETERMINER_SET else ""
    rest = words[1:] if det else words
    while rest and rest[0].islower():
        rest = rest[1:]  # adjectives
    if not rest or not lemma(rest[0], "de")[:1].isupper():
        return None
    head = rest[0]
    if len(rest) > 1 and rest[1] not in _GENITIVE_LINKS and not (rest[1][:1].isupper() and rest[1].endswith("s")):
        return None
    if det in _PLURAL_DETERMINERS:
        return "pl"
    base = lemma(head, "de")
    inflected = base != head and head not in (base + "s", base + "es")
    if det in ("die", "") and inflected:
        return "pl"
    if det in ("der", "das", "ein", "eine") and not inflected or det == "die" and base == head and not head.endswith(("er", "e")):
        return "sg"
    return None


# Nouns for people that no suffix tells apart from things: a closed class of kinship and generic words.
_PERSON_NOUNS = (
    "mann", "frau", "kind", "mensch", "leute", "eltern", "familie", "person", "opfer", "mutter", "vater", "sohn",
    "tochter", "bruder", "schwester", "paar", "nachbar", "freund", "freundin", "zeuge", "zeugin", "bürger",
    "bürgerin", "mitglied", "team", "beamte", "kraft", "anwalt", "anwältin", "experte", "expertin", "kollege",
    "kunde", "obfrau", "obmann",
)  # also as a compound's last part: "Feuerwehrmann", "Sicherheitskräfte", "Rechtsanwalt", "Kammer-Obfrau"


def _nominalised(head: str, base: str) -> bool:
    """Is the noun an adjective or participle used as a noun, which stands for a person ("die
    Jugendlichen", "ein Verletzter", "die Angestellten", "Betroffene"): its lemma the adjective
    ("jugendlich", "betroffen") or a form in "-er" ("Angestellter"), its ending an adjective's?"""
    for ending in ("en", "er", "e"):
        if head.endswith(ending):
            stem = head[: -len(ending)]
            return base == stem + "er" or lemma(head.lower(), "de") == stem.lower()
    return False


_NUMBER_NOUNS = frozenset("Dutzend Dutzende Hundert Hunderte Tausend Tausende Million Millionen Milliarde Milliarden".split())


def _mute(ctx: _Context, c: Candidate) -> bool:
    """Is the candidate a thing that cannot speak: a noun phrase whose head is no role, epithet,
    agent noun, person noun, group, institution, medium or noun of saying, with no person's or
    organisation's name inside it ("Besondere Probleme", "das Fahrzeug", "sein letztes Album")?"""
    q = ctx.q
    head = _head_of(c.phrase)
    kind = head_class(head)
    words = c.phrase.split()
    if words and words[0] == head and len(words) > 1 and words[1][:1].isupper() and (not lemma(head, "de")[:1].isupper() or _nominalised(head, lemma(head, "de"))):
        head = words[1]  # "Hohe Kosten", "Besondere Probleme": an adjective capitalised as the sentence's first word
        kind = head_class(head)
    if words and words[0][:1].isdigit() and head in _NUMBER_NOUNS and len(words) > 2:
        head = words[2]  # "2 Millionen Internetnutzer": the counted noun
        kind = head_class(head)
    if not head[:1].isupper() or kind in ("saying", "collective") or head == "Prozent":
        return False  # a number counts what follows it: "350.000 Stück" cannot speak, "37 Prozent" (of those asked) can
    base = lemma(head, "de")
    if not base[:1].isupper() or _nominalised(head, base):
        return False  # an adjective used as a noun: "Verletzte", "Jugendliche"
    if _noun_that_speaks(head) or _noun_that_speaks(base) or base.lower().endswith(_PERSON_NOUNS) or head.lower().endswith(_PERSON_NOUNS):
        return False
    if kind == "abstract":
        return True  # "Die erste Reaktion", "die Heizung" (a group in "-ung" is "collective")
    if _INSTITUTION.search(head) or _INSTITUTION.search(base) or head.lower() in q._ADDRESSEE_NOUNS or _DOCUMENT_NOUNS.search(head):
        return False
    if any(w[:1].isupper() and (q.is_role_word(w) or w.lower() in q.EPITHET_NOUNS) for w in words):
        return False  # "Verschwiegenheitspflichten Auch der Präsident": a heading run into the sentence
    i = bisect_left(ctx.starts, c.start)
    while i < len(ctx.mentions) and ctx.mentions[i].start < c.end:
        if ctx.mentions[i].label in ("PER", "ORG"):
            return False  # "die Umweltorganisation Germanwatch"
        i += 1
    return True


def _static_features(ctx: _Context, c: Candidate, n: int) -> list[str]:
    """Features of a candidate in its own sentence, whatever quote it is weighed for."""
    q = ctx.q
    text = ctx.text
    s = ctx.sentences[n]
    f: list[str] = []
    starts, ends, words = ctx.tokens(n)
    i = bisect_right(ends, c.start)  # words before the candidate
    prev = words[i - 1].lower() if i else ""
    prev2 = words[i - 2].lower() if i > 1 else ""
    j = bisect_left(starts, c.end)
    nxt = words[j] if j < len(words) else ""
    if not text[s.start : c.start].strip(" „“\"»«("):
        f.append("sent_initial")
    elif i == 1 and prev in ("auch", "aber", "und", "doch", "denn", "selbst", "sogar", "nur"):
        f.append("sent_initial")
    gap = text[max(s.start, c.start - 3) : c.start]
    if "," in gap:
        f.append("after_comma")
    if ":" in gap:
        f.append("after_colon")
    prep = f"prep={_PREP_GROUPS.get(prev, 'none' if not prev or prev[0].isupper() or prev in q._DETERMINER_WORDS else 'word')}"
    f.append(prep)
    if prev in q._DETERMINER_WORDS or prev.endswith(q._ADJECTIVE_ENDINGS) and prev.islower():
        f.append(f"prep2={_PREP_GROUPS.get(prev2, 'x')}")
    if prev == "so":
        f.append("after_so")
    if nxt == "zufolge":
        f.append("before_zufolge")
    if _AFTER_ANGABEN.search(text, max(s.start, c.start - 50), c.start):
        f.append("after_angaben")
    if nxt:
        lower = nxt.lower()
        if nxt[:1].islower():
            if lower in q.FINITE_VERBS:
                f.append("next=finite")
            elif lower in q.CUE_VERBS:
                f.append("next=cue")
            elif lower in _PREP_GROUPS:
                f.append("next=prep")
            else:
                f.append("next=lower")
        elif text[c.end : c.end + 1] == ",":
            f.append("next=comma")
        else:
            f.append("next=cap")
    follows = text[c.end : c.end + 2].strip()[:1]
    if follows == ",":
        f.append("then_comma")
    elif follows == ":":
        f.append("then_colon")  # "Trump: „…“", "Der Minister erklärte: …" ends before its colon
    if s.is_heading:
        f.append("heading")
    if prev and prev in q.FINITE_VERBS:
        f.append("prev=finite")
    elif prev in q.CUE_VERBS:
        f.append("prev=cue")
    if c.kind == "name" and q._genitive_attribute(text, q.SpeakerRef(c.phrase, c.start, c.end, "name")):
        f.append("genitive")
    if q._after_preposition(text, c.start):
        f.append("in_pp")  # "in der neuen Studie", "bei den vielen Helfern"
    head = _head_of(c.phrase)
    if head:
        if q.is_role_word(head):
            f.append("head=role")
        if head.lower() in q.EPITHET_NOUNS:
            f.append("head=epithet")
        if _DOCUMENT_NOUNS.search(head):
            f.append("head=document")
        if _INSTITUTION.search(head):
            f.append("head=institution")
        if head.lower() in q._ADDRESSEE_NOUNS:
            f.append("head=medium")
        kind = head_class(head)
        if kind:
            f.append(f"head={kind}")
            f.append(f"head={kind}&{prep}")  # a noun of saying speaks in a frame ("nach Meinung"), rarely as a subject
        if head == "Prozent" or re.match(r"\d", c.phrase):
            f.append("head=number")
        if c.kind == "description" and _PEOPLE.search(head) and not c.phrase.lower().startswith(("der ", "das ", "ein ")) and kind not in ("abstract", "saying"):
            f.append("head=people")
    if ctx.in_direct(c.start, c.end):
        f.append("in_quote_marks")
    words = len(c.phrase.split())
    f.append(f"len={_bucket(words, (1, 2, 4))}")
    if c.kind == "name":
        f.append(f"freq={_bucket(ctx.counts.get(c.phrase.split()[-1].rstrip('s').lower(), 0), (1, 2, 4))}")
    # place relative to the sentence's verbs of saying
    cues = ctx.cues(n)
    right_before = right_after = False
    verb = None  # the verb of saying right after the candidate, whose subject it would be
    for a, b, kind in cues:
        if a >= c.end:
            between = ctx.between(n, c.end, a)
            gap = text[c.end : a]
            if len(between) <= 1 and not _has_any(gap, ".;:") or gap.lstrip()[:1] in ("(", ",") and _APPOSITION.fullmatch(gap):
                f.append(f"cue_after={kind}")
                right_before = True
                if kind == "verb" and verb is None:
                    verb = text[a:b]
        elif b <= c.start:
            between = ctx.between(n, b, c.start)
            skip = [w for w in between if w.lower() not in q._DETERMINER_WORDS and not (w.islower() and w.endswith(q._ADJECTIVE_ENDINGS))]
            if len(skip) <= 2 and not _has_any(text[b : c.start], ".;:,"):
                f.append(f"cue_before={kind}")
                right_after = True
    if not right_before and not right_after and cues:
        f.append("cue_far")
    if not cues:
        f.append("no_cue_in_sentence")
    v2_start, v2_end, vorfeld = ctx.verb_second(n)
    if v2_start > s.start:
        if c.end <= v2_start:
            f.append(f"vorfeld={vorfeld}" if c.start - s.start <= 3 or not text[s.start : c.start].strip(" „“\"»«(") else f"before_v2={vorfeld}")
        elif c.start >= v2_end and len(ctx.between(n, v2_end, c.start)) <= 3 and "," not in text[v2_end : c.start]:
            f.append(f"after_v2={vorfeld}")  # "sagte Trump" after an adverbial, "kritisierte Gillibrand" after a subject
    place = f[-1] if f and f[-1].startswith(("vorfeld=", "after_v2=", "before_v2=")) else None
    if place in ("vorfeld=nominal", "vorfeld=adverbial", "after_v2=nominal", "after_v2=adverbial"):
        verb = text[v2_start:v2_end]
    framed = nxt == "zufolge" or "after_angaben" in f
    number = _number(c) if verb and prep in ("prep=none", "prep=word") and not framed else None
    if number:
        # a subject agrees with its verb: "Die Forderungen nannte Vogt …" cannot have them speak
        agreement = "number_agrees" if number == ("pl" if verb.endswith("n") else "sg") else "number_clash"
        f.append(agreement)
        f.append(f"{agreement}&{(place or 'cue_after').split('=')[0]}")
    subject = ctx.subject_after_verb(n) if place in ("vorfeld=nominal", "vorfeld=adverbial") else None
    if subject:
        f.append(f"vorfeld_object={subject}")
        f.append(f"vorfeld_object={subject}&{c.features[0]}")
    if place:
        # the place's reading depends on the phrase: a subject is nominative ("der", a name), an object not ("den", "dem")
        f.append(f"{place}&{c.features[0]}")
        f.extend(f"{place}&{g}" for g in c.features[1:2] if g.startswith("det="))
    heisst, passive = ctx.flags(n)
    if heisst:
        f.append(f"heisst&prep={_PREP_GROUPS.get(prev, 'none')}")
    if prev in ("von", "vom", "durch") and passive:
        f.append("passive_agent")
    return f


def candidates(ctx: _Context, quote: Quote, n: int, rule_ref, previous_ref) -> list[Candidate]:
    """The candidate speakers of ``quote`` framed by sentence ``n``, each with its full features."""
    text = ctx.text
    sentences = ctx.sentences
    paragraph = sentences[n].paragraph
    result: list[Candidate] = []
    first = max(0, n - WINDOW)
    while first < n and sentences[first].paragraph < paragraph - 1:
        first += 1
    last = n
    while last + 1 < len(sentences) and sentences[last + 1].start < quote.end:
        last += 1  # a quote running over several sentences
    direct = quote.kind != "indirect"
    for k in range(first, last + 1):
        distance = n - k
        for raw in _raw_candidates(ctx, k):
            if direct and quote.start <= raw.start and raw.end <= quote.end:
                continue  # words inside the quote marks are what was said
            if any(a <= raw.start and raw.end <= b for a, b in ctx.said):
                continue  # so are the words of another direct quote, before or after this one
            c = Candidate(raw.start, raw.end, raw.phrase, raw.kind, [])
            d = "0" if distance == 0 else ("1" if distance == 1 else ("2" if distance > 1 else "-1"))
            if distance > 0 and sentences[k].paragraph != paragraph:
                d += "p"
            c.features.extend(raw.features)
            c.features.append(f"d={d}")
            result.append(c)
    if previous_ref is not None and not any(c.start == previous_ref.start and c.end == previous_ref.end for c in result):
        result.append(Candidate(previous_ref.start, previous_ref.end, previous_ref.phrase, "carried", ["type=previous", f"prev_kind={previous_ref.kind}"], previous_ref))
    match = None
    if rule_ref is not None:
        match = next((c for c in result if c.start == rule_ref.start and c.end == rule_ref.end), None)
        if match is None and rule_ref.kind in ("epithet", "role"):
            # "die Sprecherin Petra Vogt": the rules' role stands for the name right after it
            match = next((c for c in result if c.kind == "name" and c.start == rule_ref.end + 1), None)
        if match is None:
            match = Candidate(rule_ref.start, rule_ref.end, rule_ref.phrase, rule_ref.kind, ["type=rule_only"], rule_ref)
            result.append(match)
        elif match.kind != "name" or match.start == rule_ref.start:
            match.ref = rule_ref
    qkind = quote.kind
    starts = [s.start for s in sentences]
    own_cue = _has_own_cue(ctx, quote, n) or _rules_name_one_here(ctx, quote, n, rule_ref)
    for c in result:
        f = c.features
        f.append("bias")
        previous = previous_ref is not None and (c.start < previous_ref.end and previous_ref.start < c.end or c.phrase.split()[-1:] == previous_ref.phrase.split()[-1:] and c.kind == "name")
        if previous_ref is not None and not own_cue:
            # a sentence with no verb or frame of saying of its own goes on with the speaker before
            # ("Er sei enttäuscht. Die Lage habe sich verschlechtert."): its nouns are what was said
            f.append(f"carry_on={'previous' if previous else 'other'}")
            f.append(f"carry_on={'previous' if previous else 'other'}&qkind={qkind}")
            # the speaker named in the sentence right before goes on; one named further back may have
            # given way to someone acting in between ("Obama sagte … . Modi hat das Abkommen begrüßt. …")
            back = n - (bisect_right(starts, c.start) - 1)
            f.append(f"carried_from={'previous' if previous else 'other'}&d={min(back, 2) if back >= 0 else -1}")
        if _time_expression(c.phrase):
            f.append("time_expression")  # "im jetzigen Moment", "am Montag": when, never who
            f.extend(f"time_expression&{g}" for g in f[:12] if g.startswith(("prep=", "type=")))
        if rule_ref is None:
            f.append("rule_none")
            f.append(f"rule_none&{f[0] if f else ''}")
        else:
            if c is match:
                f.append("is_rule")
                f.append(f"is_rule&kind={rule_ref.kind}")
                f.append(f"is_rule&qkind={qkind}")
            elif c.start < rule_ref.end and rule_ref.start < c.end:
                f.append("overlaps_rule")
            elif c.kind != "carried" and rule_ref.end > rule_ref.start:
                # where the alternative stands against the rules' choice: nearer the quote or farther
                nearer = abs(c.start - quote.start) < abs(rule_ref.start - quote.start)
                f.append(f"vs_rule={'nearer' if nearer else 'farther'}&{c.features[0]}")
            f.append(f"rule_kind={rule_ref.kind}&{c.features[0]}")
        if previous:
            f.append("is_previous")
            f.append(f"is_previous&qkind={qkind}")
        if c.end <= quote.start:
            position = "before"
        elif c.start >= quote.end:
            position = "after"
        else:
            position = "inside"
        f.append(f"pos={position}")
        f.append(f"pos={position}&qkind={qkind}")
        # inside a reported clause only a frame ("laut X") names the source; before it, the subject
        f.extend(f"pos={position}&{g}" for g in list(f) if g.startswith(("type=", "prep=", "det=", "sent_initial", "next=", "cue_after", "cue_before", "after_so", "before_zufolge", "after_angaben", "passive", "then_colon", "vorfeld", "after_v2", "before_v2", "no_cue", "cue_far", "heisst", "head=")) and "|" not in g)
        gap = quote.start - c.end if position == "before" else c.start - quote.end if position == "after" else 0
        lead = re.split(r"[,;–—]", text[sentences[n].start : c.start])[-1]
        if position == "before" and re.fullmatch(r"\s*:\s*[„“\"»«‚‘']?\s*", text[c.end : quote.start]) and (
            not re.search(r"[^\W\d]", lead) or lead.strip()[:1].isupper() and not ctx.q._has_verb(lead) and not any(w.lower() in ctx.q._PREPOSITIONS for w in lead.split())
        ):
            # "Trump: „Dafür könnte ich Ärger bekommen“", "Deutschlands Justizminister Heiko Maas: „…“"
            f.append("names_the_quote")
        f.append(f"gap={position}{_bucket(gap, (2, 10, 40, 120))}")
        if c is match and _LEADING_CLAUSE.match(text[sentences[n].start : c.start]):
            f.append("after_leading_clause")  # "Während …, war das Lager davon ausgegangen, dass …"
        if c is match and position == "inside" and qkind == "indirect" and _framed_source(text, c):
            f.append("frame_inside")  # "…, der laut dem Ministerium … habe": the frame names the source
    _clause_features(ctx, quote, result)
    # the nearest person named before the quote
    persons = [c for c in result if c.features and c.features[0] == "type=name_PER" and c.end <= quote.start]
    if persons:
        persons[-1].features.append("nearest_person")
    # rank among candidates of the quote's own sentence that stand before the quote
    own = [c for c in result if "d=0" in c.features and c.end <= quote.start]
    if own:
        own[0].features.append("first_before_quote")
        own[-1].features.append("last_before_quote")
    return result


_TIME_NOUNS = frozenset(
    "Moment Augenblick Zeit Zeitpunkt Phase Jahr Jahrzehnt Jahrhundert Monat Woche Wochenende Tag Nacht Abend Morgen "
    "Vormittag Nachmittag Mittag Stunde Minute Sekunde Uhr Saison Quartal Halbjahr Frühjahr Frühling Sommer Herbst Winter "
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Jänner Februar März April Mai Juni Juli "
    "August September Oktober November Dezember Anfang Ende Mitte Beginn Laufe Verlauf Vorfeld Zukunft Vergangenheit Gegenwart".split()
)


def _time_expression(phrase: str) -> bool:
    """Does the phrase name a time ("jetzigen Moment", "Montag", "vergangenen Jahres", "2015")?"""
    words = phrase.split()
    nouns = [w for w in words if w[:1].isupper() and w.lower() not in _DETERMINER_SET]
    if not nouns:
        return bool(words) and all(w.isdigit() for w in words)
    return lemma(nouns[0], "de") in _TIME_NOUNS or nouns[0] in _TIME_NOUNS


def _has_own_cue(ctx: _Context, quote: Quote, n: int) -> bool:
    """Does the quote's sentence say who speaks by itself: a verb or frame of saying outside the
    quote, or a frame inside a reported clause ("laut X", "X zufolge", "so X")?"""
    if any(quote.kind == "indirect" or not (quote.start <= a and b <= quote.end) for a, b, _ in ctx.cues(n)):
        return True  # "Sie sei geschockt, sagte die Königin": a reported clause may hold its own verb of saying
    s = ctx.sentences[n]
    sentence = ctx.text[s.start : s.end]
    if quote.kind != "indirect":
        # only the words outside the quote marks can frame it
        sentence = ctx.text[s.start : max(s.start, quote.start)] + " " + ctx.text[min(s.end, quote.end) : s.end]
    return any(pattern.search(sentence) for _, pattern in ctx.q.SOURCE_FRAMES)


def _rules_name_one_here(ctx: _Context, quote: Quote, n: int, rule_ref) -> bool:
    """Did the rules find a speaker of the quote's own sentence, outside the quote ("„…“, droht X")?"""
    if rule_ref is None or rule_ref.kind in ("carried", "anonymous", "anaphor"):
        return False
    s = ctx.sentences[n]
    return s.start <= rule_ref.start and rule_ref.end <= s.end and not quote.start <= rule_ref.start < quote.end


_OBJECT_ARTICLE = re.compile(r"\s(?:dem|den|einem|einen)\s")


_TOLD_AFTER_SUBJECT = re.compile(r"\b(?P<verb>[a-zäöüß]+)\s+(?:(?:der|die|das|ein|eine)\s+(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][\wäöüß-]+|er|sie)\s+$")


def _told_after_the_subject(ctx: _Context, c: Candidate) -> bool:
    """"sagte der Manager der Zeitung", "sagte sie der Zeitung": a medium in "der" right after the subject that follows a verb
    of saying is whom it was told (the dative), not who spoke."""
    text, q = ctx.text, ctx.q
    words = c.phrase.split()
    start = c.start
    if c.kind == "name" and len(words) == 1 and text[max(0, start - 4) : start] == "der ":
        words, start = ["der", *words], start - 4  # the name "Zeitung" tagged alone
    if len(words) != 2 or words[0] != "der" or words[1].lower() not in q._ADDRESSEE_NOUNS or re.match(r"\s+[A-ZÄÖÜ]", text[c.end : c.end + 3]):
        return False  # "der Zeitung Jens Köhler": the paper's editor, named
    m = _TOLD_AFTER_SUBJECT.search(text[max(0, start - 80) : start])
    return bool(m and m.group("verb") in q.CUE_VERBS)


def _before_an_object(text: str, ref):
    """"eine junge Studentin dem STANDARD": a noun phrase goes on with no article in the dative or
    accusative after its noun; what follows is whom it was told. The phrase ends before it."""
    from lagebild.nlp.quotes import _ADDRESSEE_NOUNS, CUE_VERBS, SpeakerRef

    cut = _OBJECT_ARTICLE.search(ref.phrase)
    told = re.search(r"\sder\s((?:[A-ZÄÖÜ][\wäöüß-]*\s+){0,2}[A-ZÄÖÜ][\wäöüß-]*)$", ref.phrase)
    before = _WORD.findall(text[max(0, ref.start - 30) : ref.start])
    paper = told.group(1).split() if told else []
    # the paper's noun last, or before one word of its name ("der Zeitung Welt"), not before a person ("der Zeitung Jens Köhler")
    if cut is None and told and any(w.lower() in _ADDRESSEE_NOUNS for w in paper[-2:]) and before and before[-1] in CUE_VERBS:
        cut = told  # "sagte der Manager der Zeitung", "der Kronen Zeitung", "der Zeitung Welt": the paper was told
    if cut is None or not any(w[:1].isupper() and w.lower() not in _DETERMINER_SET for w in ref.phrase[: cut.start()].split()):
        return ref
    phrase = ref.phrase[: cut.start()]
    return SpeakerRef(phrase, ref.start, ref.start + len(phrase), ref.kind)


def speaker_candidates(ctx: _Context, quote: Quote, n: int, rule_ref, previous_ref) -> list[Candidate]:
    """The candidates the ranker weighs (and the trainer learns from): those of :func:`candidates`
    less the datives the verb of saying addresses, unless nothing else is left."""
    found = candidates(ctx, quote, n, rule_ref, previous_ref)
    kept = [
        c for c in found
        if not _addressed_by_the_verb(ctx.text, c) and not _attribute_of_a_speaker(ctx.text, c, found) and not _told_after_the_subject(ctx, c)
        and not _first_of_two_titles(ctx, c) and not _bare_time(ctx, c)
    ]
    objects = [c for c in kept if _in_object_case(ctx, c)]
    if objects:
        # where the sentence has a phrase that can be its subject, the datives and accusatives are not
        subjects = [c for c in kept if c not in objects and c.kind != "carried" and ctx.sentences[n].start <= c.start < ctx.sentences[n].end and not ctx.q._after_preposition(ctx.text, c.start)]
        if subjects:
            kept = [c for c in kept if c not in objects]
    return kept or found


def _bare_time(ctx: _Context, c: Candidate) -> bool:
    """A time without article or preposition ("hatte Ende Jänner erklärt"): when, never who.
    (One in a preposition's phrase, "am Montag", stays for the ranker, which weighs it as a time.)"""
    words = c.phrase.split()
    return (
        c.kind != "carried" and bool(words) and words[0].lower() not in _DETERMINER_SET and _time_expression(c.phrase)
        and not ctx.q._after_preposition(ctx.text, c.start)
    )


_OBJECT_FORMS = frozenset("dem den einem einen ihm ihnen".split())


def _in_object_case(ctx: _Context, c: Candidate) -> bool:
    """Does the phrase open with a form only a dative or accusative takes ("den Sender", "einem
    Reporter", "ihm"), outside a preposition's phrase and a frame ("dem Bericht zufolge")? Then it
    is whom it was said to or about, not who said it."""
    words = c.phrase.split()
    text = ctx.text
    start = c.start
    if _feminine_noun_after_der(ctx, c):
        return True
    if c.kind in ("role", "epithet", "name") and words:
        # "warnt den Reporter", "kritisierte den Präsidenten Trump": the article before the phrase
        before = re.search(r"\b(?:dem|den|einem|einen)\s+(?:[a-zäöüß]+\s+){0,2}(?:[A-ZÄÖÜ][\wäöüß-]+\s+)?$", text[max(0, c.start - 50) : c.start])
        if before is None:
            return False
        start = c.start - (min(50, c.start) - before.start())
    elif c.kind not in ("description", "pronoun") or not words or words[0] not in _OBJECT_FORMS:
        return False
    if ctx.q._after_preposition(text, start) or re.match(r"\s+(?:zufolge|nach|gemäß)\b", text[c.end : c.end + 10]):
        return False
    return not re.search(r"\b(?:[Ll]aut|[Gg]emäß)\s+$", text[max(0, start - 8) : start])


def _feminine_noun_after_der(ctx: _Context, c: Candidate) -> bool:
    """"haben der Bildungsministerin vorgeworfen": "der" before a feminine noun of a person in "-in"
    is a dative (or genitive), never the nominative ("die Ministerin"); right after a verb, outside a
    preposition's phrase and a frame ("der Sprecherin zufolge"), it is whom it was said to."""
    words = c.phrase.split()
    if len(words) < 2 or words[0] != "der" or not re.fullmatch(r"[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß]{2}in", words[-1]):
        return False
    if not all(w.islower() and w.endswith(ctx.q._ADJECTIVE_ENDINGS) for w in words[1:-1]):
        return False
    masculine = words[-1][:-2]
    plain = re.sub(r"[äöü](?=[^äöü]*$)", lambda m: {"ä": "a", "ö": "o", "ü": "u"}[m.group()], masculine)
    if not (simplemma.is_known(masculine, lang="de") or simplemma.is_known(plain, lang="de")):
        return False  # a noun made feminine with "-in" ("Minister", "Landrat", "Arzt"); "Medizin" has no "Mediz"
    before = _WORD.findall(ctx.text[max(0, c.start - 40) : c.start])
    if not before or not before[-1].islower() or ctx.q._after_preposition(ctx.text, c.start):
        return False
    verb = before[-1]
    if not (verb in ctx.q.FINITE_VERBS or verb in ctx.q.CUE_VERBS or ctx.q._finite_indicative(verb)):
        return False
    return not re.match(r"\s+(?:zufolge|nach|gemäß)\b", ctx.text[c.end : c.end + 10])


# a noun, then "der", "des", "von" with adjectives and perhaps a classifying noun ("der Nachrichtenagentur AFP")
_GENITIVE_BEFORE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß]\s+(?:der|des|eines|einer|von|vom)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,3}(?:[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß]\s+)?$")


_GENITIVE_ARTICLES = frozenset("des der eines einer".split())
_GENITIVE_LINK = re.compile(r"\s+(?:des|der|eines|einer)\s+(?:(?:[a-zäöüß][\wäöüß-]*|[A-ZÄÖÜ][\wäöüß-]*(?:er|s))\s+)?")


def _first_of_two_titles(ctx: _Context, c: Candidate) -> bool:
    """Is the role the first of two titles joined by "und" before a name ("ÖVP-Chef und
    Wirtschaftsminister Reinhold Mitterlehner")? The titles are the person's; the name speaks."""
    if c.kind not in ("role", "epithet", "description"):
        return False
    return ctx.q._name_after_second_title(ctx.article, ctx.q.SpeakerRef(c.phrase, c.start, c.end, c.kind)) is not None


def _attribute_of_a_speaker(text: str, c: Candidate, found: list[Candidate]) -> bool:
    """Is the candidate the genitive or "von" attribute of a phrase that could speak itself ("die
    Sprecherin der Europäischen Union", "eine Reporterin der Nachrichtenagentur AFP", "die
    Regierung der Region")? Then the phrase speaks, not what it hangs on. A noun of saying or an
    abstract noun leaves the attribute the source ("nach Angaben der Polizei", "die Forderung der SPD")."""
    if c.kind not in ("name", "description"):
        return False
    for o in found:
        if o is c or o.kind == "carried":
            continue
        if not (o.start < c.start and c.end <= o.end):
            # a second genitive after the phrase's own: "der Leiter des Zentrums | der Uni Graz"
            gap = text[o.end : c.start] + (c.phrase.split()[0] + " " if c.kind == "description" and c.phrase.split()[0] in _GENITIVE_ARTICLES else "")
            if not (o.end < c.start and _GENITIVE_LINK.fullmatch(gap) and re.search(r"\s(?:des|der|eines|einer)\s", o.phrase)):
                continue
        elif not _GENITIVE_BEFORE.search(text, o.start, c.start):
            continue
        head = _head_of(o.phrase)
        if head_class(head) in ("saying", "abstract") or _time_expression(o.phrase):
            continue
        if _noun_that_speaks(head):
            return True
    return False


def _noun_that_speaks(head: str) -> bool:
    """A head noun that names someone who can speak: a role, an epithet, an agent noun or a group."""
    from lagebild.nlp.quotes import EPITHET_NOUNS, _AGENT_NOUN, is_role_word

    return is_role_word(head) or head.lower() in EPITHET_NOUNS or bool(_AGENT_NOUN.search(head)) or head_class(head) == "collective"


_VOLITION = frozenset("wolle wollen wollten wollte möchte möchten".split())
_NEXT_WORD = re.compile(r"\s*([\wÄÖÜäöüß-]+)")
_LAST_WORD = re.compile(r"([\wÄÖÜäöüß-]+)\s*$")


_SAYING_PLACE = ("cue_after", "cue_before", "is_rule", "overlaps_rule", "is_previous", "after_so", "before_zufolge", "after_angaben")


def _a_thing_before(ctx: _Context, c: Candidate) -> bool:
    """Is the candidate a concrete thing (:func:`_mute`; not an abstract noun of process or state, which
    the gold at times counts as a source: "die Untersuchung") in one of the two sentences before the
    quote's, where no verb or frame of saying has it speak ("Hohe Kosten drückten den Gewinn.")?"""
    f = c.features
    if c.kind != "description" or "head=abstract" in f or not any(g in f for g in ("d=1", "d=2", "d=1p", "d=2p")):
        return False
    return not any(g.startswith(_SAYING_PLACE) for g in f) and _mute(ctx, c)


# a relative clause between commas after a noun: its pronoun (perhaps after a preposition), then
# words up to the comma that closes it, the last one in small letters (its finite verb)
_EMBEDDED_RELATIVE = re.compile(
    r"(?<=[\wäöüß)]),\s+(?:(?:von|mit|in|bei|an|auf|aus|für|nach|über|unter|zu|vor|gegen|durch)\s+)?"
    r"(?:der|die|das|dem|den|deren|dessen|denen|welche[rmns]?)\s[^,;:!?„“\"»«]*?\s[a-zäöüß]+(?=,)"
)


def _inside_an_embedded_relative_clause(ctx: _Context, quote: Quote, c: Candidate) -> bool:
    """Is the candidate inside a relative clause set between commas in the quote's own sentence
    ("C. Y. Leung, der Parteisekretär in der Provinz Guandong war, sagte …"), away from the quote
    and with no verb of saying of its own? Then the noun it describes, or another phrase, speaks."""
    if c.kind == "carried" or "type=rule_only" in c.features or "d=0" not in c.features:
        return False
    s = ctx.sentences[bisect_right(ctx.sentence_starts, c.start) - 1]
    for m in _EMBEDDED_RELATIVE.finditer(ctx.text, s.start, s.end):
        if not (m.start() < c.start and c.end <= m.end()):
            continue
        if m.start() < quote.end and quote.start < m.end() + 1:
            return False  # the quote is the relative clause or inside it
        words = _WORD.findall(m.group())
        if not (words[-1] in ctx.q.FINITE_VERBS or ctx.q._finite_indicative(words[-1])):
            return False  # "…, die Ermittler gaben an, …": a main clause, its verb second, not last
        return not any(w in ctx.q.CUE_VERBS for w in words)
    return False


_MAIN_PASSIVE = re.compile(r"\b(?:wird|wurde|wurden|werden|worden|hei(?:ß|ss)t|hie(?:ß|ss)|steht|stand)\b")


def _channel_of_a_subject(ctx: _Context, quote: Quote, c: Candidate, found: list[Candidate]) -> bool:
    """Is the candidate a noun of saying after "in", "im" or "auf" ("in einer Stellungnahme", "im
    Interview") between the subject opening the quote's sentence and the quote, in an active clause
    ("Die Gemeinschaft hat nun in einer Stellungnahme bekannt gegeben, dass …")? Then the subject
    speaks; in a passive clause or after "heißt es" the document does ("In der Erklärung wurde gefordert")."""
    f = c.features
    if "prep=loc" not in f or "d=0" not in f or c.end > quote.start or head_class(_head_of(c.phrase)) != "saying":
        return False
    if any(g.startswith("heisst") for g in f):
        return False
    s = ctx.sentences[bisect_right(ctx.sentence_starts, c.start) - 1]
    for o in found:
        g = o.features
        if o is c or "sentence_first" not in g or "prep=none" not in g or "d=0" not in g or not (s.start <= o.start and o.end <= c.start):
            continue
        words = o.phrase.split()
        if not words or words[0].lower() in _OBJECT_FORMS:
            continue
        head = _head_of(o.phrase)
        if not (o.kind in ("name", "role", "epithet") or head_class(head) == "collective" or _INSTITUTION.search(head) or _noun_that_speaks(head)):
            continue
        between = ctx.text[o.end : quote.start]
        for m in _EMBEDDED_RELATIVE.finditer(ctx.text, o.end, quote.start):
            between = between.replace(m.group(), " ")  # "…, die von der BCI gegründet wurde,": not the main clause
        return not _MAIN_PASSIVE.search(between)
    return False


def _subject_of_the_message(ctx: _Context, quote: Quote, c: Candidate) -> bool:
    """Is the candidate the subject of the reported clause itself, its verb in Konjunktiv I right
    after or right before it ("Das Ergebnis sei kein Warnschuss", "habe Tirol angeboten")? What the
    message is about, not who gives it; a pronoun ("Er sei krank") stands for the speaker and stays."""
    q = ctx.q
    if quote.kind != "indirect" or not (quote.start <= c.start and c.end <= quote.end) or c.kind in ("pronoun", "carried"):
        return False
    if "type=rule_only" in c.features or q._framed_by_frame_word(ctx.text, c.start):
        return False
    text = ctx.text
    lead = re.split(r"[.!?:;,„“\"»«]", text[max(quote.start, c.start - 60) : c.start])[-1].split()
    if q._after_preposition(text, c.start) or lead and lead[0].lower() in q._PREPOSITIONS and not any(w in q.FINITE_VERBS or q.is_subjunctive(w) for w in lead):
        return False  # "Für den Theologen Hans Küng sei …": whose view it is, no subject
    after = _NEXT_WORD.match(text, c.end, quote.end)
    if after is not None and "," not in text[c.end : after.start(1)] and _subjunctive(q, after.group(1)):
        # "Deutschland wolle …": the one whose will is reported holds it
        return after.group(1).lower() not in _VOLITION
    before = _LAST_WORD.search(text, max(quote.start, c.start - 30), c.start)
    return before is not None and _subjunctive(q, before.group(1)) and before.group(1).lower() not in _VOLITION and text[before.end(1) : c.start].isspace()


_MODAL_KONJUNKTIV_II = frozenset("könnte müsste dürfte".split())


def _subjunctive(q, word: str) -> bool:
    return q.is_subjunctive(word) or word.lower() in _MODAL_KONJUNKTIV_II


def _inside_a_carried_message(ctx: _Context, quote: Quote, c: Candidate, found: list[Candidate]) -> bool:
    """Is the candidate a phrase inside a reported clause whose sentence names no source of its own,
    while the speaker before goes on ("Er sei enttäuscht. Die Lage in Frankreich habe sich
    verschlechtert.")? Its nouns are what was said; only a frame inside it ("laut X", "X zufolge")
    or a pronoun standing for the speaker may name who says it."""
    q = ctx.q
    if quote.kind != "indirect" or c.kind in ("pronoun", "carried") or "type=rule_only" in c.features:
        return False
    if not (quote.start <= c.start and c.end <= quote.end) or not any(f.startswith("carry_on=") for f in c.features):
        return False
    if not any(o.kind == "carried" or "is_previous" in o.features for o in found if o is not c and not (quote.start <= o.start < quote.end)):
        return False
    text = ctx.text
    if q._framed_by_frame_word(text, c.start) or "before_zufolge" in c.features or "after_angaben" in c.features:
        return False
    lead = re.split(r"[.!?:;,„“\"»«]", text[max(quote.start, c.start - 60) : c.start])[-1].split()
    if lead and lead[0].lower() == "für":
        return False  # "Für den Theologen sei der Rücktritt verständlich": whose view it is
    after = _NEXT_WORD.match(text, c.end, quote.end)
    if after is not None and after.group(1).lower() in _VOLITION:
        return False  # "Deutschland wolle …": whose will it is
    if _FRAME_INSIDE.search(text, max(quote.start, c.start - 60), c.start):
        return False  # "…, erzählt Bürgermeister X: …": a frame of its own inside the span
    if text[c.end : c.end + 1] == ":":
        return False  # "Hofer: Das würden sich alle wünschen": an interview's answer names its speaker
    return True


def _inside_an_earlier_message(ctx: _Context, quote: Quote, c: Candidate) -> bool:
    """Is the candidate a phrase inside the reported clause of an earlier message, while this quote,
    with no frame of its own, goes on with that message ("Sie gehen davon aus, dass …, weil die Erreger
    resistent sind. Die Angst vor einer Infektion könne …")? What was said there, not who says it;
    the speaker carried on, a phrase a verb of saying stands by, or a frame inside that clause
    ("laut X", "X zufolge") still names a source."""
    f = c.features
    if c.kind in ("pronoun", "carried") or "type=rule_only" in f or not any(g.startswith("carry_on=") for g in f):
        return False
    if any(g.startswith(_SAYING_PLACE) for g in f):
        return False
    if not any(a <= c.start and c.end <= b <= quote.start and not _opens_a_reported_sentence(ctx, a, c.start) for a, b in ctx.reported):
        return False
    return not ctx.q._framed_by_frame_word(ctx.text, c.start)


# words after a phrase inside a report that make it the report's source: "nach Andrejews Worten", "Verdi zufolge"
_SOURCE_AFTER = re.compile(r"\s+(?:zufolge|Worten|Angaben|Ansicht|Meinung|Einschätzung|Auffassung|Darstellung)\b")


# a verb of saying right before or after the phrase ("…, schreiben die Forscher", "…, hielt Hollaender fest")
_SAID_BESIDE = frozenset("cue_before=verb cue_before=context cue_before=separable cue_after=verb cue_after=separable".split())

# after a comma, a finite verb and perhaps a title, then the person: "…, erzählte Jenny Perret"
_VERB_BEFORE_A_PERSON = re.compile(r",\s*[a-zäöüß]{3,}(?:te|ten|t)\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s+){0,2}$")

# the source of a frame's noun of saying: "nach Meinung des Gerichts", "aus Sicht der Organisationen"
_GENITIVE_OF_A_FRAME = re.compile(r"\b(?:nach|laut|aus)\s+(?:\w+\s+){0,2}(?:Angaben|Worten|Ansicht|Meinung|Informationen|Aussagen?|Einschätzung|Darstellung|Sicht)\s+(?:(?:des|der|eines|einer)\s+)?$", re.I)


def _content_of_a_sentence_long_report(ctx: _Context, quote: Quote, c: Candidate) -> bool:
    """Is the candidate a phrase inside a reported clause that fills its whole sentence, with nothing
    outside it to frame it ("Dies sei vom Konsumentenschutz kritisiert worden.", "Es lief nicht nach
    Wunsch.")? What was said, not who says it; only a frame inside ("laut X", "X zufolge", "nach
    Angaben X", "so X"), a verb of saying beside the phrase ("…, meinte Walser"), a document or an
    interview's label ("Antwort: …") names a source there."""
    f = c.features
    if quote.kind != "indirect" or c.kind in ("pronoun", "carried", "anonymous", "anaphor") or "type=rule_only" in f:
        return False  # (the rules' own choice, where no candidate matches it, keeps its frame: "nach Polizeiangaben vom Montag")
    if not (quote.start <= c.start and c.end <= quote.end):
        return False
    n = bisect_right(ctx.sentence_starts, quote.start) - 1
    if n < 0:
        return False
    s = ctx.sentences[n]
    outside = ctx.text[s.start : quote.start] + ctx.text[quote.end : max(quote.end, s.end)]
    if re.search(r"[^\W_]", outside):
        return False  # the sentence has words of its own around the report: they may frame it
    if any(g in f for g in ("before_zufolge", "after_angaben", "after_so", "prep=laut", "head=saying", "head=document")):
        return False
    if "passive_agent" not in f and any(g in _SAID_BESIDE for g in f):
        return False  # "…, meinte Walser": a frame of its own inside the span
    text = ctx.text
    opening = "sent_initial" in f or text[quote.start : c.start].split() == ["Von"]
    main_clause = text[c.end : quote.end].split(",")[0]
    if opening and "," in text[c.end : quote.end] and not any(ctx.q.is_subjunctive(w) for w in _WORD.findall(main_clause)):
        return False  # "22 Prozent teilen die Meinung, …", "Von Obama liegt die Äußerung vor, …": a main clause opens the span
    if c.phrase.split()[0] in ("Sicht", "Ansicht", "Meinung", "Einschätzung", "Auffassung"):
        return False  # "aus Sicht der Organisationen": whose view it is
    if _GENITIVE_OF_A_FRAME.search(text, max(quote.start, c.start - 60), c.start):
        return False  # "nach Meinung des Gerichts", "nach Angaben eines Sprechers": the frame's source
    if _SOURCE_AFTER.match(text, c.end) or text[c.end : c.end + 1] == ":" or _framed_source(text, c):
        return False
    if f[:1] == ["type=name_PER"] and _VERB_BEFORE_A_PERSON.search(text, max(quote.start, c.start - 60), c.start):
        return False  # "…, bilanzierte Bürgermeister Klaus Schneeberger": a frame after a comma inside the span
    lead = re.split(r"[.!?:;,„“\"»«]", text[max(quote.start, c.start - 60) : c.start])[-1].split()
    if lead and lead[0].lower() == "wie":
        return False  # "…, wie schon vom Bundesgerichtshof entschieden, …": an as-told clause names its source
    if lead and lead[-1].lower() == "nach" and c.kind == "name":
        return False  # "nach SPIEGEL ONLINE": a name after "nach" is a frame's source
    after = _NEXT_WORD.match(text, c.end, quote.end)
    if after is not None and after.group(1).lower() in _VOLITION:
        return False  # "Deutschland wolle …": whose will it is
    if lead and lead[-1].lower() in ("gemäss", "laut", "gemäß"):
        return False  # "gemäss SRF Meteo": the Swiss spelling of the frame
    if lead and lead[0].lower() == "für":
        return False  # "Für den Theologen sei der Rücktritt verständlich": whose view it is
    return True


def _opens_a_reported_sentence(ctx: _Context, message_start: int, start: int) -> bool:
    """Does the phrase at ``start`` open a reported clause that is its whole sentence, its subject
    ("Die Sängerin werde, wie sie sagte, …"): the one it reports, who may go on speaking?"""
    n = bisect_right(ctx.sentence_starts, message_start) - 1
    lead = ctx.text[message_start:start]
    return n >= 0 and not ctx.text[ctx.sentences[n].start : message_start].strip(" „“\"»«") and "," not in lead and len(lead.split()) <= 3


# a verb right after a comma, then the phrase: a frame inside the quote's span ("…, erzählt Bürgermeister")
_FRAME_INSIDE = re.compile(r",\s*[a-zäöüß]+\s+(?:(?:der|die|das|ein|eine|[A-ZÄÖÜ][\wäöüß-]*|[a-zäöüß]+e[nrs]?)\s+){0,3}$")


_CLAUSE_BREAK = re.compile(r"[,;:–—()„“\"»«]|\s-\s")
_ONLY_BREAKS = re.compile(r"[\s,;:–—„“\"»«‚‘'-]*")


def _clause_features(ctx: _Context, quote: Quote, found: list[Candidate]) -> None:
    """Where a candidate stands among the clauses: whether its clause is the one that frames the
    quote (nothing but punctuation between them: "bevor der Präsident nachschob: „…“", "„…“, sagte
    er"), and whether it opens its clause (the subject's place, or right after the verb)."""
    text = ctx.text
    starts = ctx.sentence_starts
    for c in found:
        if c.kind == "carried" or "type=rule_only" in c.features:
            continue
        n = bisect_right(starts, c.start) - 1
        if n < 0 or c.start >= ctx.sentences[n].end:
            continue
        s = ctx.sentences[n]
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, s.start, s.end)]
        before = [b for b in breaks if b < c.start]
        after = [b for b in breaks if b >= c.end]
        clause = (before[-1] + 1 if before else s.start, after[0] if after else s.end)
        if c.end <= quote.start:
            adjacent = _ONLY_BREAKS.fullmatch(text, clause[1], quote.start) is not None
        elif c.start >= quote.end:
            adjacent = _ONLY_BREAKS.fullmatch(text, quote.end, clause[0]) is not None
        else:
            adjacent = False
        # first in its clause: no other phrase ends before it there ("die Sprecherin Petra Vogt" holds the name)
        first = not any(o is not c and clause[0] <= o.start and o.end <= c.start for o in found if o.kind != "carried")
        if adjacent:
            c.features.append("frames_quote")
            c.features.append(f"frames_quote&{c.features[0]}")
            if first:
                c.features.append("frames_quote&clause_first")
        if first:
            # a clause after a comma or colon ("bevor der Präsident nachschob", "während sie einwarf")
            # puts its subject first; the sentence's first place may hold an object as well ("Die
            # Forderungen nannte Vogt …"): weighed apart
            place = "clause_first" if clause[0] > s.start else "sentence_first"
            c.features.append(place)
            c.features.append(f"{place}&{c.features[0]}")


def score(weights: dict[str, float], features: list[str]) -> float:
    return sum(map(weights.get, features, repeat(0.0)))


def to_ref(candidate: Candidate):
    """The SpeakerRef the chosen candidate becomes."""
    from lagebild.nlp.quotes import SpeakerRef

    if candidate.ref is not None:
        ref = candidate.ref
        if candidate.kind == "carried":
            return SpeakerRef(ref.phrase, ref.start, ref.end, "carried" if ref.kind != "anonymous" else "anonymous")
        return ref
    return SpeakerRef(candidate.phrase, candidate.start, candidate.end, candidate.kind)


def rank_speakers(article: Article, sentences: list[Sentence], quotes: list[Quote], refs: dict, contexts: dict, weights: dict[str, float] | None = None) -> None:
    """Replace each quote's speaker by the best-scoring candidate (in place, in ``refs``)."""
    weights = weights if weights is not None else load_weights()
    if not weights or not quotes:
        return
    ctx = _Context(article, sentences, quotes)
    for quote in quotes:
        n, previous_ref = contexts.get(quote.id, (None, None))
        if n is None:
            continue
        rule_ref = refs.get(quote.id)
        if rule_ref is not None and rule_ref.kind == "anonymous" and not rule_ref.phrase:
            pass  # "hieß es": nobody named, unless a candidate scores better
        here = sentences[n - 1] if n > 0 and sentences[n - 1].paragraph == sentences[n].paragraph else sentences[n]
        if rule_ref is not None and getattr(rule_ref, "certain", False) and here.start <= rule_ref.start <= sentences[n].end:
            # (its own sentence, or the one right before that it goes on from)
            continue  # "…, erklärt man.", "verlautete aus Sicherheitskreisen": the grammar names the source
        found = weighed_candidates(ctx, quote, n, rule_ref, previous_ref)
        if not found:
            continue
        ref = to_ref(choose(found, weights))
        from lagebild.nlp.quotes import _apposition_name, _person_after_title, _possessed_by

        if ref.kind == "description":
            ref = _before_an_object(article.text, ref)
        if ref.kind in ("role", "epithet", "description"):
            ref = _apposition_name(article, ref) or ref  # "die Chefin der Holding, Martha Oberndorfer,": the name it describes
        elif ref.kind == "name":
            # "Mexikos Trainer": the genitive owns the speaker; "der Kiewer Politologe Alexander Kawa": the title names him
            ref = _possessed_by(article, ref) or _person_after_title(article, ref) or ref
        refs[quote.id] = ref


def weighed_candidates(ctx: _Context, quote: Quote, n: int, rule_ref, previous_ref) -> list[Candidate]:
    """The candidates the ranker chooses among, as the pipeline and the trainer both see them: those
    of :func:`speaker_candidates` less the phrases the grammar bars from speaking this quote (each
    filter keeps the list when it would empty it)."""
    found = speaker_candidates(ctx, quote, n, rule_ref, previous_ref)
    # the subject of the reported clause is what the message is about, not who gives it
    found = [c for c in found if not _subject_of_the_message(ctx, quote, c)] or found
    found = [c for c in found if not _inside_a_carried_message(ctx, quote, c, found)] or found
    found = [c for c in found if not _inside_an_earlier_message(ctx, quote, c)] or found
    found = [c for c in found if not _content_of_a_sentence_long_report(ctx, quote, c)] or found
    # "Die Gemeinschaft, die von der BCI gegründet wurde, hat … bekannt gegeben": a phrase of a
    # relative clause set between commas is no subject of the clause around it
    found = [c for c in found if not _inside_an_embedded_relative_clause(ctx, quote, c)] or found
    # "Die Gemeinschaft hat in einer Stellungnahme bekannt gegeben": where the clause has a subject
    # that can speak, the document it spoke in is the channel, not the source
    found = [c for c in found if not _channel_of_a_subject(ctx, quote, c, found)] or found
    # a thing opening a sentence before ("Hohe Kosten drückten den Gewinn. Die Maschinen seien
    # veraltet.") does not go on speaking: whoever can speak does, when anyone is left
    found = [c for c in found if not _a_thing_before(ctx, c)] or found
    # a phrase that the grammar bars from speaking: governed by a preposition that names no
    # source ("Mit Hilfe der Perle", "Im ersten Satz", "auf Anfrage"), or an object before the
    # finite verb whose subject follows it ("Keinen Zweifel hatte er …")
    found = [c for c in found if not _in_a_phrase_that_names_no_source(ctx, c, quote) and not _object_before_a_pronoun_subject(ctx, c)] or found
    # "Er rief die Regierung dazu auf, …", "er mahnt Regierung, …": the pronoun opening the clause
    # is its subject, the phrase after its verb whom it addresses
    found = [c for c in found if not _object_after_a_pronoun_subject(ctx, quote, c, found)] or found
    # "Wien – Ende vergangener Woche forderte die SPÖ, …": the place a report opens with, set off
    # by a dash, is its dateline, outside the clause and never its speaker
    found = [c for c in found if not _dateline(ctx, c)] or found
    # "…, weist sie darauf hin, dass Geier bedroht sind": the phrase opening a dass- or ob-clause
    # that is the quote is that clause's subject, what the message is about
    found = [c for c in found if not _subject_opening_a_complement_clause(ctx, quote, c)] or found
    if ctx.q._plural_demonstrative_subject(ctx.text, quote.start):
        # "Diese haben erklärt, …": the plural subject takes up a group named before, never one person
        found = [c for c in found if not (c.features[:1] == ["type=name_PER"] or c.kind == "carried")] or found
    return found


_COMPLEMENTISER_BEFORE = re.compile(r",[ \t]*(?:dass|daß|ob)[ \t]*$", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)[ \t]+$", re.IGNORECASE)


def _subject_opening_a_complement_clause(ctx: _Context, quote: Quote, c: Candidate) -> bool:
    """Is the candidate (no pronoun) the phrase that opens an indirect quote which is a clause after
    ", dass" or ", ob" ("…, weist die Studie darauf hin, dass Geier bedroht sind")? The subject of the
    reported clause, not who reports it; a frame word before it ("dass laut X") names a source."""
    if quote.kind != "indirect" or c.kind in ("pronoun", "carried") or "type=rule_only" in c.features:
        return False
    if not (quote.start <= c.start and c.end <= quote.end) or ctx.q._framed_by_frame_word(ctx.text, c.start):
        return False
    text = ctx.text
    if not _COMPLEMENTISER_BEFORE.search(text, max(0, quote.start - 12), quote.start):
        return False
    lead = text[quote.start : c.start]
    return not lead.strip() or bool(_ARTICLE.fullmatch(lead.lstrip()))


_DASH_AFTER = re.compile(r"[ \t]*[–—][ \t]+\S")


def _dateline(ctx: _Context, c: Candidate) -> bool:
    """Is the candidate a place opening its sentence and set off by a dash ("Wien – …",
    "Hamburg/Wien – …"): the report's dateline?"""
    if c.kind != "name" or "sent_initial" not in c.features or not ("type=name_LOC" in c.features or "/" in c.phrase):
        return False
    return bool(_DASH_AFTER.match(ctx.text, c.end))


# Prepositions that never introduce who speaks: with them the phrase is an instrument, a time, a
# place, a cause, an addressee ("mit Hilfe der Perle", "vor Journalisten", "gegenüber der Zeitung").
# "von", "laut", "gemäß", "seitens", "durch" name agents; "für" whose view it is ("Für Experten ist
# klar, …"); the rest name a source only through a noun of saying, a group or a body ("in einer
# Erklärung", "bei der Polizei hieß es", "aus dem Ministerium", "nach Angaben der Polizei").
_NO_SOURCE_PREPOSITIONS = frozenset("mit gegen ohne um unter vor hinter neben zwischen trotz wegen während seit bis an am zu zum zur gegenüber".split())
_SOURCE_PREPOSITIONS = frozenset("in im bei beim aus auf nach über".split())
_FROM_PREPOSITIONS = frozenset("aus bei beim".split())
_PP_BREAK = re.compile(r"[.!?:;,„“\"»«()–—]")
_GENITIVE_MARKERS = frozenset("des der eines einer".split())


def _governing_preposition(text: str, c: Candidate) -> tuple[str, str] | None:
    """The preposition that governs the candidate's phrase, directly ("in Tel Aviv", "Im ersten
    Satz") or as the genitive attribute of the noun it governs ("Mit Hilfe der Perle", "beim
    Transport gefährlicher Güter"), with the noun it governs; None outside a prepositional phrase."""
    from lagebild.nlp.quotes import _ADJECTIVE_ENDINGS, _DETERMINER_WORDS, _PREPOSITIONS, CUE_VERBS, FINITE_VERBS

    window = _PP_BREAK.split(text[max(0, c.start - 80) : c.start])[-1]
    before = _WORD.findall(window)
    words = c.phrase.split()
    head = _head_of(c.phrase)
    genitive = bool(words) and (words[0] in _GENITIVE_MARKERS or words[0].islower() and words[0].endswith("er"))

    def skip(i: int) -> int:  # over determiners, adjectives and numbers
        nonlocal genitive
        while i >= 0 and (before[i].lower() in _DETERMINER_WORDS or before[i].lower() in _DETERMINER_SET or before[i].isdigit() or before[i].islower() and before[i].endswith(_ADJECTIVE_ENDINGS) and before[i] not in _PREPOSITIONS and before[i] not in FINITE_VERBS and before[i] not in CUE_VERBS):
            genitive = genitive or before[i] in _GENITIVE_MARKERS
            i -= 1
        return i

    i = skip(len(before) - 1)
    if i < 0:
        return None
    if before[i].lower() in _PREPOSITIONS:
        return before[i].lower(), head
    if genitive and before[i][:1].isupper():
        noun = before[i]
        i = skip(i - 1)
        if i >= 0 and before[i].lower() in _PREPOSITIONS:
            return before[i].lower(), noun
    elif c.kind == "name" and i >= 1 and before[i][:1].isupper() and before[i - 1].lower() in ("des", "eines"):
        # a name set after a genitive noun ("des Falls Demjanjuk", "des Sängers Michael Jackson"),
        # itself governed by a preposition or the attribute of a noun it governs ("nach dem Abschluss des
        # Falls Demjanjuk"); "der" may open a subject ("erklärte am Mittwoch der Konzern Mars")
        attribute = before[i]
        i = skip(i - 1)
        if i >= 0 and before[i].lower() in _PREPOSITIONS:
            return before[i].lower(), attribute
        if i >= 0 and before[i][:1].isupper():
            noun = before[i]
            i = skip(i - 1)
            if i >= 0 and before[i].lower() in _PREPOSITIONS:
                return before[i].lower(), noun
    return None


def _in_a_phrase_that_names_no_source(ctx: _Context, c: Candidate, quote: Quote) -> bool:
    """Is the candidate (no pronoun, in the quote's own sentence) inside a prepositional phrase that
    cannot name who speaks: one of :data:`_NO_SOURCE_PREPOSITIONS` ("Mit Hilfe der Perle", "vor
    Journalisten"), or one of :data:`_SOURCE_PREPOSITIONS` around a noun that is no noun of saying,
    group, body or speaker ("nach der Krise", "Im ersten Satz", "auf Anfrage", "in Tel Aviv")?"""
    if c.kind in ("pronoun", "carried", "anonymous"):
        return False
    f = c.features
    if "before_zufolge" in f or "after_angaben" in f or "after_so" in f or _framed_source(ctx.text, c):
        return False
    if not ("d=0" in f or "d=-1" in f or "type=rule_only" in f):
        return False  # in a sentence before, a pronoun may take it up ("… gegen die Republikaner. Diese erklärten, …")
    found = _governing_preposition(ctx.text, c)
    if found is None:
        return False
    prep, noun = found
    if prep == "während" and c.end <= quote.start and ctx.text.count(",", c.end, quote.start) <= 1 and ctx.q._ends_in_its_finite_verb(ctx.text, c.start):
        # "Während Atsumi betont, dass …": a conjunction, whose clause the phrase is subject of, the
        # report hanging on its verb (not on the main clause after it: "Während X erklärte, …, räumte Y ein, …")
        return False
    if noun != _head_of(c.phrase) and head_class(noun) in ("saying", "abstract"):
        return False  # "trotz einer Warnung der Wärter": the attribute of a noun of saying says it
    if any(g.startswith("heisst") for g in f):
        return False  # "heißt es in der Klage", "heißt es an einer Stelle": the place it says so
    if prep in _NO_SOURCE_PREPOSITIONS:
        return True
    if prep not in _SOURCE_PREPOSITIONS:
        return False
    if prep in _FROM_PREPOSITIONS and any(g.startswith("cue_after") for g in f):
        return False  # "Aus EU-Kreisen verlautete", "bei der Messe teilte man mit": where the words came from
    if head_class(noun) == "abstract":
        return False  # "auf einer Konferenz", "in der Sitzung": an event where it was said
    from lagebild.nlp.quotes import _ADDRESSEE_NOUNS

    for word in {noun, lemma(noun, "de")}:
        if not word[:1].isupper():
            continue
        if head_class(word) in ("saying", "collective") or _noun_that_speaks(word) or _INSTITUTION.search(word) or _DOCUMENT_NOUNS.search(word) or word.lower() in _ADDRESSEE_NOUNS:
            return False
        if word.lower().endswith(_PERSON_NOUNS):
            return False
    if c.kind == "name" and noun == _head_of(c.phrase):
        i = bisect_left(ctx.starts, c.start)
        while i < len(ctx.mentions) and ctx.mentions[i].start < c.end:
            if ctx.mentions[i].label in ("PER", "ORG"):
                return False  # "bei Siemens hieß es", "aus Merkels Umfeld"
            i += 1
    return c.kind in ("name", "description")


def _object_before_a_pronoun_subject(ctx: _Context, c: Candidate) -> bool:
    """Is the candidate the phrase that opens its sentence before the finite verb while a
    nominative pronoun follows that verb ("Keinen Zweifel ließ er daran, …", "Das Plakat habe ich
    als … verstanden")? Then the pronoun is the subject and the phrase an object or adverbial; not
    where the pronoun opens a clause of its own with no comma ("Der Minister sagte er werde …")."""
    if c.kind in ("pronoun", "carried", "anonymous"):
        return False
    f = c.features
    if not ("prep=none" in f or "prep=word" in f) or not (any(g.startswith("vorfeld_object=pronoun") for g in f) or "sent_initial" in f):
        return False
    if "before_zufolge" in f or "after_angaben" in f or _framed_source(ctx.text, c):
        return False
    starts = ctx.sentence_starts
    n = bisect_right(starts, c.start) - 1
    if n < 0:
        return False
    # the finite verb: the sentence's own (a listed verb), or the word in small letters right after
    # the opening phrase, which a main clause's second place holds ("Keinen Zweifel ließ er")
    m = _VERB_THEN_PRONOUN.match(ctx.text, c.end, ctx.sentences[n].end)
    if m is None:
        return False
    following = m.group("next")
    q = ctx.q
    if following.lower() in q.FINITE_VERBS or q.is_subjunctive(following) or ctx.in_direct(m.start("pronoun"), m.end("pronoun")):
        return False
    return m.group("verb") in q.FINITE_VERBS or m.group("verb") in q.CUE_VERBS or "sent_initial" in f


# a nominative pronoun opening its clause, its finite verb, then words of the same clause up to the phrase
_PRONOUN_SUBJECT_THEN_VERB = re.compile(
    r"(?:^|[,;:]\s*|\b(?:und|aber|doch|dann)\s+)(?P<pronoun>[Ee]r|[Ss]ie)\s+(?P<verb>[a-zäöüß]+)\s+(?:[^\s,;:.!?„“\"»«–—]+\s+){0,8}$"
)


def _object_after_a_pronoun_subject(ctx: _Context, quote: Quote, c: Candidate, found: list[Candidate]) -> bool:
    """Is the candidate a phrase after the finite verb of a clause that a nominative pronoun opens
    outside the quote ("Er rief die Regierung dazu auf, …", "Sie forderte ein rasches Treffen, …")?
    The pronoun is the subject, so the phrase is an object: whom the subject addresses or what it
    asks for; not a frame ("Sie stammen Berichten zufolge …"), a document with its own words ("Er
    erhielt ein Schreiben, dass …"), nor a phrase right after a noun, its attribute, which may hold
    the claim ("Er trat dem Vorwurf der Verteidigung, …, entgegen")."""
    if c.kind in ("pronoun", "carried", "anonymous") or not ("prep=none" in c.features or "prep=word" in c.features or "prep=und" in c.features):
        return False
    if "before_zufolge" in c.features or "after_angaben" in c.features or _framed_source(ctx.text, c) or _DOCUMENT_NOUNS.search(_head_of(c.phrase)):
        return False
    s = ctx.sentences[bisect_right(ctx.sentence_starts, c.start) - 1]
    before = ctx.text[s.start : c.start]
    m = _PRONOUN_SUBJECT_THEN_VERB.search(before)
    if m is None or m.group("verb") in _NOT_FINITE_AFTER_PRONOUN or re.search(r"[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß]\s+$", before):
        return False
    pronoun = s.start + m.start("pronoun")
    if quote.start <= pronoun < quote.end or ctx.in_direct(pronoun, pronoun + 2):
        return False
    return any(f.kind == "pronoun" and f.start == pronoun for f in found)


_NOT_FINITE_AFTER_PRONOUN = frozenset("und oder aber sowie selbst allein".split())


_VERB_THEN_PRONOUN = re.compile(r"\s+(?:aber\s+|jedoch\s+|allerdings\s+)?(?P<verb>[a-zäöüß]+)\s+(?P<pronoun>er|wir|ich)\s+(?P<next>[\wÄÖÜäöüß-]+)")


_FRAME_BEFORE = re.compile(r"\b(?:[Ll]aut|[Nn]ach\s+(?:\w+\s+)?Angaben)\s+(?:(?:de[rsmn]|die|das|eine[rsmn]?)\s+)?$")


def _framed_source(text: str, c: Candidate) -> bool:
    """Is the candidate the source of a frame: 'laut X', 'nach Angaben der X', 'X zufolge'?"""
    return bool(_FRAME_BEFORE.search(text[max(0, c.start - 40) : c.start]) or re.match(r"\s+zufolge\b", text[c.end :]))


# A leading subordinate clause, then the main clause's finite verb (and an auxiliary's participle
# or an adverb): what follows is the main clause's subject.
_LEADING_CLAUSE = re.compile(r"(?:Während|Warum|Weil|Nachdem|Obwohl|Als|Da|Wenn|Ob|Dass|Bevor|Seit|Solange)\s[^.;:„“]*,\s*[a-zäöüß]+\s+(?:(?:Frau|Herr|Dr\.|Prof\.)\s+)?$")


_DATIVE_AFTER_VERB = re.compile(r"\b(?P<verb>[a-zäöüß]+)\s+dem\s+(?:[\wäöüß-]+\s+){0,2}$")


def _addressed_by_the_verb(text: str, c: Candidate) -> bool:
    """Is the candidate a dative right after a verb of saying ("teilte dem Fernsehsender CNN mit"):
    whom it was told, never who spoke ("dem Bericht zufolge" is a frame)?"""
    from lagebild.nlp.quotes import CUE_VERBS

    before = text[max(0, c.start - 60) : c.start]
    if c.phrase.startswith("dem "):
        before += "dem "
    dative = _DATIVE_AFTER_VERB.search(before)
    return bool(dative and dative.group("verb") in CUE_VERBS and not re.match(r"\s+(?:zufolge|nach)\b", text[c.end :]))


def choose(found: list[Candidate], weights: dict[str, float]) -> Candidate:
    """The best-scoring candidate (see :func:`choose_index`)."""
    return found[choose_index([c.features for c in found], weights)]


def choose_index(features: list[list[str]], weights: dict[str, float]) -> int:
    """Which of the candidates (given by their features) speaks: the best-scoring one; the rules'
    phrase where the best overlaps it ("der afghanischen Regierung" for "Angaben der afghanischen
    Regierung"): the rules cut the phrase more exactly."""
    rule = next((i for i, f in enumerate(features) if "is_rule" in f), None)
    if rule is not None and "frame_inside" in features[rule]:
        return rule  # a frame inside the reported clause ("X, der nach Angaben der Zeitung Y … beschimpfte")
    if rule is not None and "after_leading_clause" in features[rule]:
        return rule  # the main clause's subject after a leading subordinate clause, not a phrase inside it
    if rule is not None and "names_the_quote" in features[rule]:
        return rule  # "Trump: „…“" names its speaker beyond doubt
    best = max(range(len(features)), key=lambda i: score(weights, features[i]))
    if rule is not None and "overlaps_rule" in features[best]:
        return rule
    return best
