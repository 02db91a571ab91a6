"""Sentences and tokens with exact character offsets, tuned for German news.

Sentence boundaries are decided by rules (data tables below): a full stop ends a
sentence unless it closes an abbreviation (``z. B.``, ``Dr.``, ``Aug.``), an
ordinal before a month or a lower-case word (``15. August``, ``am 1. September``),
an ordinal after a determiner and its attributes (``des landesweit sendenden 1. Programms``)
or a bracket or opening a list item (``(12. Mai)``, ``Tabelle: 1. Linz``), or an initial; punctuation inside an open quotation does not end the sentence, so
a quote of several sentences stays together with its speech tag. A short
paragraph without final punctuation is a heading and a sentence of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import simplemma

from lagebild.model import Sentence, Token

ABBREVIATIONS = frozenset(
    """
    z.b d.h u.a o.ä s.o u.ä v.a z.t i.d.r bzw ca dr prof st nr mio mrd tsd abs art bd bsp evtl ggf inkl
    jh jhd jr sr usw vgl zb dt engl franz ital gr kl max min mind hr fr frl hl sog ehem gegr geb gest
    jan feb febr mär apr jun jul aug sep sept okt nov dez mo di mi do fr sa so tel str co corp inc ltd
    gmbh ag e.v. vs mr mrs ms st. mt ft no vol pp ebd allg verf hrsg red anm orig bzgl zzgl u.s.a
    med dipl ing mag rer nat phil jur univ priv doz hon abg stv vors präs gen maj oberstlt kpt
    lt insp bez kr lkr gem reg bzw verh jhdt ges mmag dkfm bakk
    """.split()
)
# Titles and offices before a name: never the end of a sentence ("Prof. Dr. med. Jens Köhler",
# "der Abg. Gruber", "Gen. Maj. Petrow", "stv. Landeshauptmann").
TITLES = frozenset("prof dr med dipl ing mag mmag dkfm bakk rer nat phil jur univ priv doz hon hr fr frl abg stv vors präs gen maj oberstlt kpt lt insp".split())
MONTHS = frozenset(
    "januar jänner februar märz april mai juni juli august september oktober november dezember "
    "jan jän feb febr mär apr jun jul aug sep sept okt nov dez".split()
)
# A determiner before a number makes it an ordinal rather than a sentence's end ("in der 42. Minute",
# "eines 3. Versuchs", "zum 100. Geburtstag"): articles, possessives, demonstratives and a preposition
# fused with its article.
_DETERMINER = re.compile(
    r"d(?:er|ie|as|em|en|es)|(?:k?ein|mein|dein|sein|ihr|unser|euer|eur)(?:e|em|en|er|es)?"
    r"|(?:dies|jen|jed|welch|manch|solch)(?:e|em|en|er|es)|am|im|zum|zur|vom|beim|ins|ans|aufs|ums|fürs|durchs|hinterm|überm|unterm|vorm"
)
_FUSED = frozenset("am im zum zur vom beim ins ans aufs ums fürs durchs hinterm überm unterm vorm".split())
PREPOSITIONS = frozenset(
    "ab an auf aus außer bei binnen bis durch entlang für gegen gegenüber hinter in inmitten innerhalb außerhalb "
    "laut mit nach neben ohne samt seit statt trotz über um unter von vor während wegen zu zwischen".split()
)
# Closed-class words that stand between a determiner and its noun never (pronouns, conjunctions,
# negation) and that never follow an ordinal directly: after "<number>." such a word opens a sentence.
_CLOSED = frozenset(
    "es er sie wir ich du man sich uns euch ihm ihn ihnen mir mich dir dich und oder aber denn sondern als wie "
    "dass daß ob weil wenn falls obwohl bzw sowie doch nicht auch dabei damit danach dann dort damals hier heute "
    "nun jetzt so zudem außerdem allerdings trotzdem deshalb daher bisher inzwischen mittlerweile zuletzt zuvor "
    "was wer wo warum wann".split()
)
_AUXILIARIES = frozenset("sein haben werden können müssen sollen wollen dürfen mögen".split())
_ORDINAL_NUMBER = re.compile(r"\d{1,4}|\d{1,3}(?:\.\d{3})+|\d{1,2}\.\d{1,2}")  # "3", "100.000", "11.11" (a day and month)
_LEFT_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
OPEN_QUOTES = "„»‚"
CLOSE_QUOTES = "“”«’‘"
CLOSERS = "\"'“”«»’‘)]"
HEADING_MAX_WORDS = 20

_TOKEN = re.compile(
    r"\d+(?:[.,:]\d+)+"  # 21.30, 6,40, 1.000.000
    r"|\w+(?:[-'’]\w+)*\.?(?=\s|$|[,;:!?)\]“”\"«»])"  # a word, perhaps with its full stop (checked below)
    r"|\w+(?:[-'’]\w+)*"
    r"|\.\.\.|…|[^\w\s]",
)
_BOUNDARY = re.compile(r"[.!?…]+[" + re.escape(CLOSERS) + r"]*(?=\s+)")


def _is_abbreviation(word: str) -> bool:
    lower = word.lower().rstrip(".")
    if len(lower) > 3 and lower.endswith("str") and lower.isalpha():
        return True  # a street ("Hauptstr. 5", "Wiedner Hauptstr.")
    return lower in ABBREVIATIONS or (len(lower) == 1 and lower.isalpha()) or bool(re.fullmatch(r"(\w\.)+\w", lower))


def _ordinal_context(text: str, number_start: int) -> bool:
    """Does the number starting at ``number_start``, followed by a full stop and a capitalised word, read as an ordinal?

    It does after a determiner, with perhaps attributive words in between: adverbs and adjectives,
    a participle with its prepositional phrase ("des landesweit ausstrahlenden 1. Kanals", "das ab
    Donnerstag stattfindende 63. Treffen", "seinem bereits 150. Rennen"). It does not where a
    preposition governs the number itself ("stieg auf 12."), or where a verb or a noun outside a
    prepositional phrase comes first ("Die Grünen erreichten 12.", "Dabei starben weitere 12.").
    A number that opens a sentence, a list item after a colon or dash, is an ordinal too ("Tabelle: 1. Linz").
    """
    tokens = _LEFT_TOKEN.findall(text[max(0, number_start - 160) : number_start])
    if tokens[-1:] == ["."] and len(tokens) > 1 and (_is_abbreviation(tokens[-2] + ".") or tokens[-2].isdigit()):
        return False  # "Nr. 5.", "29. 8. 2005.": the number belongs to the abbreviation or date before it
    if not tokens or tokens[-1] in ".!?:–—" or (tokens[-1] == "-" and text[number_start - 2 : number_start - 1].isspace()):
        return True  # the number opens the sentence or a list item
    noun_open = False  # a capitalised noun seen, waiting for the preposition that governs it
    for i, word in enumerate(reversed(tokens[-10:])):
        lower = word.lower()
        if not word[0].isalnum():
            return False
        if _DETERMINER.fullmatch(lower) and not noun_open:
            return True
        if lower in PREPOSITIONS or (noun_open and lower in _FUSED):
            if not noun_open:
                return False  # "auf 12", "seit 2011": the preposition governs the number
            noun_open = False
            continue
        if _DETERMINER.fullmatch(lower):
            continue  # the article of the noun in a prepositional phrase ("in diesem Gebäude")
        if word[0].isupper() or word[0].isdigit():
            if i == 0 and word[0].isupper():
                return False  # a noun right before the number: "Platz 3", "Jahr 2024"
            noun_open = noun_open or word[0].isupper()
            continue
        if lower in _CLOSED or lemma(lower) in _AUXILIARIES:
            return False
        if not re.search(r"(?:e|en|em|er|es)$", lower) and lemma(lower).lower() != lower:
            return False  # a finite verb: "das ergibt 12"
    return False


def _ends_sentence(text: str, end: int, next_start: int) -> bool:
    """Is the punctuation ending at ``end`` a sentence boundary, given the next word starts at ``next_start``?"""
    mark = text[end - 1]
    stripped_end = end
    while stripped_end > 0 and text[stripped_end - 1] in CLOSERS:
        stripped_end -= 1
    punct = text[stripped_end - 1] if stripped_end else ""
    following = text[next_start : next_start + 30]
    next_word = re.match(r"[„»\"'‚(]*(\w+)", following)
    next_char = next_word.group(1)[0] if next_word else (following[:1] or "")
    if punct == "." and stripped_end == end:  # a bare full stop: abbreviation, ordinal, initial?
        word_start = stripped_end - 1
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        word = text[word_start : stripped_end - 1] + "."
        core = word.rstrip(".")
        opened = core.lstrip("([„»\"'‚")
        if re.fullmatch(r"\d+(?:\.\d+)*", opened):
            nxt = next_word.group(1).lower() if next_word else ""
            if nxt in MONTHS or (next_char and next_char.islower()) or nxt.isdigit():
                return False  # "15. August", "am 1. September", "(20. Mai", "(APA, 12.2. 2016)"
            if _ORDINAL_NUMBER.fullmatch(opened) and nxt not in _CLOSED and nxt not in PREPOSITIONS and not _DETERMINER.fullmatch(nxt):
                if opened != core or _ordinal_context(text, word_start):
                    return False  # "in der 42. Minute", "des landesweit ausstrahlenden 1. Kanals", "(87. Huber)"
        elif _is_abbreviation(word):
            if core.lower().rsplit(".", 1)[-1] in TITLES or not (next_char and next_char.isupper() and len(core) > 3):
                return False
    if next_char and next_char.islower() and mark not in "“”\"«»":
        return False
    return True


def _paragraphs(text: str):
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end


def _quote_depth_changes(segment: str) -> list[int]:
    """Quote depth before each character of ``segment`` (straight quotes toggle)."""
    depth = 0
    depths = []
    for i, ch in enumerate(segment):
        depths.append(depth)
        if ch in OPEN_QUOTES:
            depth += 1
        elif ch in CLOSE_QUOTES and depth > 0 and not (ch in "’‘" and i > 0 and segment[i - 1].isalpha() and i + 1 < len(segment) and segment[i + 1].isalpha()):
            depth -= 1
        elif ch == '"':
            depth = depth - 1 if depth > 0 and (i == 0 or not segment[i - 1].isspace()) else depth + 1
    depths.append(depth)
    return depths


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` as exact, whitespace-trimmed spans, in order."""
    sentences: list[Sentence] = []
    for paragraph, (p_start, p_end) in enumerate(_paragraphs(text)):
        segment = text[p_start:p_end]
        depths = _quote_depth_changes(segment)
        balanced = depths[-1] == 0
        start = 0
        for match in _BOUNDARY.finditer(segment):
            end = match.end()
            next_start = end
            while next_start < len(segment) and segment[next_start].isspace():
                next_start += 1
            if next_start >= len(segment):
                break
            if balanced and depths[end] > 0:
                continue  # inside an open quotation
            if not _ends_sentence(segment, end, next_start):
                continue
            sentences.append(Sentence(p_start + start, p_start + end, paragraph))
            start = next_start
        last = segment[start:]
        sentences.append(Sentence(p_start + start, p_end, paragraph))
        if start == 0 and len(last.split()) <= HEADING_MAX_WORDS and not re.search(r"[.!?…:][" + re.escape(CLOSERS) + r"]*$", last):
            sentences[-1].is_heading = True
    return sentences


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str = "de") -> str:
    try:
        return simplemma.lemmatize(word, lang=lang)
    except (ValueError, KeyError):
        return word.lower()


def _words(text: str):
    """(start, end, word) of every token; a word keeps its full stop only as an abbreviation."""
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = match.group()
        if word.endswith(".") and len(word) > 1 and not _is_abbreviation(word) and not word[:-1].isdigit():
            yield start, end - 1, word[:-1]
            yield end - 1, end, "."
            continue
        yield start, end, word


def tokenize(text: str, lang: str = "de") -> list[Token]:
    """Tokens with exact offsets and lemmas (simplemma). A word keeps its full stop only as an abbreviation."""
    return [Token(start, end, word, lemma(word, lang) if word[0].isalnum() else word) for start, end, word in _words(text)]


def content_lemmas(text: str, lang: str = "de") -> Counter:
    """How often each content word's lemma (case-folded) occurs: the words that carry a text's topic.

    Words of three letters or more; in German only capitalised ones, nouns and names (every
    noun is capitalised), elsewhere every such word. The same lemmas as :func:`tokenize` gives.
    """
    german = lang in ("de", "und")
    lang = "de" if lang == "und" else lang
    counts: Counter = Counter()
    for _start, _end, word in _words(text):
        if len(word) < 3 or not word[0].isalpha() or (german and not word[0].isupper()):
            continue
        counts[lemma(word, lang).casefold()] += 1
    return counts
