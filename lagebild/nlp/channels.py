"""Through which outlet or platform a quote reached the article: its channel.

"sagte der Republikaner dem Sender Fox News": Trump speaks, Fox News carries it. Readers and
analysts want both, who said it and where. This module looks for the channel in the quote's
frame (the sentence that names its speaker, outside the quoted words) and sets ``Quote.channel``
(the outlet's or platform's name as written) and ``Quote.channel_span``. It finds:

* an outlet told, in the dative after the speaker or verb ("sagte X der Agentur PAP") or after
  "gegenüber" ("erklärte sie gegenüber der Nachrichtenagentur ANSA");
* an interview or a piece written for an outlet ("im Interview mit der APA", "in einem
  ZDF-Interview", "in einem Gastbeitrag für die Financial Times");
* an outlet that cites the speaker ("zitiert die Süddeutsche Zeitung den Manager", "wird von der
  Nachrichtenagentur Reuters mit den Worten zitiert");
* an outlet the words come through ("laut Spiegel Online", "der Agentur PAP zufolge");
* a platform ("auf Twitter", "auf seiner Onlineplattform Truth Social").

Only a *named* channel is set: "sagte er der Zeitung" leaves it empty, as the text does not say
which newspaper. An outlet is known by a media noun before its name ("dem Sender Fox News"), by
the shape of its name ("Spiegel Online", "Financial Times", "derStandard.at", „Kommersant“) or as
one of the news agencies, broadcasters and platforms listed below. A party or an authority told
("gegenüber der ÖVP", "gegenüber der Polizei") is no channel.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Literal

from lagebild.model import Article, Quote

# News agencies and broadcasters, and platforms, whose names carry no media noun or telling shape.
AGENCIES_AND_BROADCASTERS = frozenset(
    "dpa AFP AP Reuters APA KNA epd SDA Keystone-SDA ANSA EFE PAP TASS Tass Interfax RIA Xinhua Kyodo Yonhap "
    "Anadolu Ukrinform Bloomberg ddp dapd Belga ANP ČTK MTI IRNA "
    "ARD ZDF ORF SRF BBC CNN NDR WDR SWR MDR RBB RTL n-tv ntv Phoenix Arte 3sat ServusTV Deutschlandfunk "
    "Deutschlandradio Ö1 Ö3 FM4 NBC CBS MSNBC France24 Euronews Al-Dschasira RAI".split()
) | {"Fox News", "Sky News", "Al Jazeera", "Deutsche Welle", "RIA Nowosti", "Puls 4", "ABC News"}
PLATFORMS = frozenset("Twitter X Facebook Instagram Telegram TikTok YouTube LinkedIn Threads Bluesky Mastodon Weibo WhatsApp Reddit".split()) | {"Truth Social"}
_LISTED = sorted(AGENCIES_AND_BROADCASTERS | PLATFORMS, key=len, reverse=True)
# one of them opening a window, as a whole word (the longest first: "Fox News" before "Fox")
_LISTED_AT = re.compile("(?:" + "|".join(map(re.escape, _LISTED)) + r")(?![\wäöüß-])")

# A noun naming a medium, whose name follows it: "der Nachrichtenagentur Reuters", "dem Sender
# Fox News", "seiner Onlineplattform Truth Social", "dem Magazin „Politico“".
_MEDIA_NOUN = re.compile(
    r"(?:[\w.]+-)?[a-zäöüß]*(?:agentur|zeitung|blatt|magazin|sender|portal|plattform|fernsehen|rundfunk|radio|webseite|"
    r"website|newsletter|podcast|blog|nachrichtendienst|onlinedienst|kanal|zeitschrift)(?:s|en|n)?",
    re.I,
)
# The last word of an outlet's name: "Financial Times", "Oberösterreichischen Nachrichten".
_OUTLET_WORD = re.compile(
    r"(?:Online|online|TV|News|Zeitung|Post|Times|Journal|Rundschau|Allgemeine[n]?|Kurier|Presse|Express|Tagblatt|Anzeiger|"
    r"Nachrichten|Magazin|Tribune|Telegraph|Guardian|Herald|Gazette|Observer|Standard|STANDARD|Spiegel|SPIEGEL|Stern|Focus|"
    r"Bild|BILD|Welt|Handelsblatt|Tagesspiegel|Merkur|Morgenpost|Abendblatt|Zeit|ZEIT|Krone|Falter|Profil|profil|Kommersant|"
    r"Iswestija|Figaro|Monde|Repubblica|Corriere|País|Politico|Axios|Wired|Vice|Mashable|Indiewire)$"
)
# Outlet words that are also common nouns: alone and unquoted they name no outlet ("gegenüber der Presse").
_COMMON_OUTLET_WORDS = frozenset("Online online TV News Journal Presse Zeitung Nachrichten Welt Zeit Post Stern Spiegel Magazin Standard Profil profil Krone Focus Bild Falter Merkur Express Kurier".split())
_DOMAIN = re.compile(r"[\w-]+\.(?:de|at|ch|com|net|org|eu|fr|it|co\.uk|ru|ua)$")
_QUOTED_NAME = re.compile(r"(?:„[^“”\"\n]{1,60}[“”\"]|»[^«\n]{1,60}«|\"[^\"\n]{1,60}\")")
_NAME_WORD = re.compile(r"[A-ZÄÖÜ0-9][\w.&'’äöüßÄÖÜ-]*|of|the|de|del|la|le")
_ARTICLE = r"(?:dem|der|den|die|das|des|einem|einer|eines|ein|eine|seinem|seiner|seinen|ihrem|ihrer|ihren)"
_ADJECTIVE = r"[A-ZÄÖÜa-zäöüß][\wäöüß-]*(?:en|er|e|es)"
_TIME_WORDS = frozenset("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Wochenende Abend Morgen Nachmittag Vormittag".split())

# What may stand where a channel is named (see named_outlet).
Accepts = Literal["outlet", "platform", "any"]
# Where a channel is named, and what may stand there: the words right after each match.
_FRAMES: list[tuple[Accepts, re.Pattern]] = [
    ("outlet", re.compile(rf"\bgegenüber\s+(?:{_ARTICLE}\s+)?")),
    ("any", re.compile(rf"\b(?:Interview|Telefoninterview|Fernsehinterview|Radiointerview)\s+mit\s+(?:{_ARTICLE}\s+)?")),
    ("outlet", re.compile(rf"\bGespräch\s+mit\s+(?:{_ARTICLE}\s+)?")),
    ("outlet", re.compile(rf"\b(?:Interview|Gastbeitrag|Beitrag|Kommentar|Meinungsbeitrag|Gastkommentar)\s+(?:für|in)\s+(?:{_ARTICLE}\s+)?")),
    # "nach Angaben der Presseagenturen dpa und AFP", "einem Bericht der „Frankfurter Allgemeinen Zeitung“"
    ("outlet", re.compile(r"\b(?:Bericht|Berichten|Angaben|Informationen|Meldung|Meldungen)\s+(?:des|der)\s+")),
    ("outlet", re.compile(rf"\bzitiert(?:e|en)?\s+(?:ihn\s+|sie\s+)?(?:{_ARTICLE}\s+)?")),
    ("outlet", re.compile(rf"\b(?:von|vom)\s+(?:{_ARTICLE}\s+)?(?=[^,;.]*?\bzitiert)")),
    ("outlet", re.compile(rf"\blaut\s+(?:{_ARTICLE}\s+)?")),
    ("platform", re.compile(rf"\b(?:auf|via|über|bei|im|in)\s+(?:{_ARTICLE}\s+)?")),
]
_ZUFOLGE = re.compile(r"\s+zufolge\b")
# "in einem ZDF-Interview", "im ORF-Radio": an outlet fused with what it ran.
_FUSED = re.compile(rf"\b(?:im|in|auf|über|via|beim)\s+(?:{_ARTICLE}\s+)?(?P<name>[A-ZÄÖÜ][\w.äöüß]*)-(?:Interview|Gespräch|Sendung|Talkshow|Radio|Fernsehen|Beitrag|Podcast|Account|Konto|Seite|Profil|Kanal|Post|Video|Eintrag|Nachricht|Botschaft)\b")
# "sagte der Republikaner dem Sender Fox News", "sagte er der APA": the one told, in the dative.
_DATIVE = re.compile(r"(?<![\wäöüß])(?:dem|der)\s+")
_TOLD_AFTER = re.compile(
    r"(?:sagt|sagte|sagten|erklärt|erklärte|erklärten|meint|meinte|bestätigt|bestätigte|betont|betonte|versichert|versicherte|"
    r"kündigte|sprach|spricht|äußerte|verriet|berichtete|erzählte|erzählt|schilderte|gestand|er|sie|es|man|auch|zudem|nun|"
    r"jetzt|bereits|noch|heute|gestern|damals|dazu|außerdem|weiter)"
)


def find_channels(article: Article, quotes: list[Quote]) -> None:
    """Set ``channel`` and ``channel_span`` of each quote whose frame names its outlet or platform."""
    starts = [s.start for s in article.sentences]
    for quote in quotes:
        quote.channel = quote.channel_span = None
        if quote.speaker_span is None or quote.cue == "carried" or not starts:
            continue
        frame = _frame_sentence(article, starts, quote)
        if frame is None:
            continue
        for start, end in _outside(frame, (quote.start, quote.end)):
            span = channel_in(article.text, start, end, quote.speaker_span)
            if span is not None:
                quote.channel_span = span
                quote.channel = nominative(article.text[span[0] : span[1]])
                break


def nominative(name: str) -> str:
    """The outlet's name as on its masthead: "der Süddeutschen Zeitung" → "Süddeutsche Zeitung",
    "dem Bayerischen Rundfunk" → "Bayerische Rundfunk", "der „Kleinen Zeitung“" → "Kleine Zeitung"."""
    if _QUOTED_NAME.fullmatch(name):
        name = name[1:-1].strip()
    words = name.split()
    if not re.search(r"(?:[Zz]eitung|[Aa]gentur|Rundschau|Rundfunk|Fernsehen|Welle|Post|Presse|Zeitschrift)$", words[-1]):
        return name  # "Oberösterreichischen Nachrichten", a plural, and other names keep their endings
    for i, word in enumerate(words[:-1]):
        if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2,}en", word):
            words[i] = word[:-1]  # after "der"/"dem" the adjective is weak; on the masthead it is nominative
    return " ".join(words)


def _frame_sentence(article: Article, starts: list[int], quote: Quote) -> tuple[int, int] | None:
    """The sentence naming the quote's speaker, when it is one of the quote's own or next to them."""
    index = bisect_right(starts, quote.speaker_span[0]) - 1
    first = bisect_right(starts, quote.start) - 1
    last = bisect_right(starts, max(quote.start, quote.end - 1)) - 1
    if index < 0 or not first - 1 <= index <= last + 1:
        return None  # a speaker from further away: a channel there belongs to that frame
    sentence = article.sentences[index]
    return sentence.start, sentence.end


def _outside(span: tuple[int, int], quote: tuple[int, int]) -> list[tuple[int, int]]:
    parts = [(span[0], min(span[1], quote[0])), (max(span[0], quote[1]), span[1])]
    return [(a, b) for a, b in parts if b > a]


def channel_in(text: str, start: int, end: int, speaker_span: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The span of the named outlet or platform in ``text[start:end]`` that carried someone's words:
    of several, the one nearest the speaker's phrase (the first, when no speaker is given)."""
    found: list[tuple[int, int]] = []
    part = text[start:end]
    for accepts, pattern in _FRAMES:
        for match in pattern.finditer(part):
            span = named_outlet(text, start + match.end(), end, accepts)
            if span is not None:
                found.append(span)
    for match in _ZUFOLGE.finditer(part):
        # "der Agentur PAP zufolge": the outlet ends right before "zufolge"
        at = start + match.start()
        head = re.search(rf"(?:^|\s)(?:{_ARTICLE}\s+)?((?:\S+\s+){{0,3}}\S+)$", text[start:at])
        for begin in _word_starts(text, start + head.start(1), at) if head else ():
            span = named_outlet(text, begin, at, "outlet")
            if span is not None and span[1] == at:
                found.append(span)
                break
    for match in _DATIVE.finditer(part):
        if _told_in_dative(text, start + match.start(), speaker_span):
            span = named_outlet(text, start + match.end(), end, "outlet")
            if span is not None:
                found.append(span)
    for match in _FUSED.finditer(part):
        name = match.group("name")
        if _one_word_outlet(name):
            found.append((start + match.start("name"), start + match.end("name")))
    found = [s for s in found if not _in_a_relative_clause(text, start, s[0])]
    if speaker_span is None:
        return min(found) if found else None
    found = [s for s in found if s[1] <= speaker_span[0] or s[0] >= speaker_span[1]]
    # the one nearest the speaker: "sagte X dem Sender Y", not an outlet named elsewhere in the sentence
    return min(found, key=lambda s: (max(s[0] - speaker_span[1], speaker_span[0] - s[1]), s[0])) if found else None


def _one_word_outlet(word: str) -> bool:
    """Does one word, fused with what it ran ("ZDF-Interview", "Telegram-Kanal"), name an outlet or platform?"""
    listed = word in AGENCIES_AND_BROADCASTERS or word in PLATFORMS
    return word != "X" and (listed or _OUTLET_WORD.search(word) is not None and word not in _COMMON_OUTLET_WORDS)


def _in_a_relative_clause(text: str, start: int, at: int) -> bool:
    """"Der NDR, der in der ARD für den Vertrag zuständig ist, …": a channel of another clause."""
    clause = text[start:at].rsplit(",", 1)
    # the pronoun, then not a noun: "der Generalsekretär des Verbandes sagte gegenüber …" is an apposition
    relative = r"\s*(?:der|die|das|dem|den|denen|deren|dessen|welche[rsmn]?)\s+(?:[a-zäöüß]|(?:der|die|das|dem|den|ein|eine|einem|einen)\s)"
    return len(clause) == 2 and re.match(relative, clause[1]) is not None


def _word_starts(text: str, start: int, end: int) -> list[int]:
    return [start + m.start() for m in re.finditer(r"\S+", text[start:end])]


def _told_in_dative(text: str, at: int, speaker_span: tuple[int, int] | None) -> bool:
    """Is "dem/der …" at ``at`` the one told, not a genitive ("ein Sprecher der Agentur AFP")?"""
    if speaker_span is not None and at - 1 <= speaker_span[1] <= at + 1:
        # "sagte der Republikaner dem Sender Fox News"; "der" after a full name or a pronoun only,
        # since after a noun it is mostly a genitive ("ein Reporter der Zeitung")
        speaker = text[speaker_span[0] : speaker_span[1]].split()
        return text.startswith("dem", at) or speaker[-1] in ("er", "sie") or len(speaker) >= 2 and all(w[:1].isupper() for w in speaker[-2:])
    previous = re.search(r"([\wäöüßÄÖÜ-]+)\W*$", text[max(0, at - 40) : at])
    return previous is not None and (_TOLD_AFTER.fullmatch(previous.group(1)) is not None or previous.group(1) in _TIME_WORDS)


def named_outlet(text: str, start: int, limit: int, accepts: Accepts = "outlet") -> tuple[int, int] | None:
    """The span of the outlet or platform named right at ``start`` (before ``limit``), if one is.

    ``accepts`` says what may stand there: an ``outlet`` (news agencies, broadcasters, papers),
    a ``platform`` (also broadcasters: "auf Twitter", "im ZDF") or ``any`` name ("Interview mit")."""
    window = text[start:limit]
    medium = _media_phrase(text, start, limit)
    if medium is not None:
        return medium
    listed = _listed_at(window)
    if listed is not None:
        fits = accepts == "any" or (listed in PLATFORMS) <= (accepts == "platform")
        if fits and not (listed == "X" and re.match(r"X\s+[A-ZÄÖÜ]", window)):  # "X Æ A-12" is a name
            return start, start + len(listed)
    span = _name_after(text, start, limit)
    if span is None:
        return None
    name = text[span[0] : span[1]]
    if _DOMAIN.search(name) or name.endswith(("Online", "online")):
        return span  # "auf derStandard.at", "laut Spiegel Online"
    if accepts == "platform":
        return None
    if _QUOTED_NAME.fullmatch(name):
        return span  # „Kommersant“
    words = name.split()
    # the longest run of words that ends in an outlet's word: "der Kurier Villeneigentümer X" → "Kurier"
    for count in range(len(words), 0, -1):
        last = words[count - 1]
        if _OUTLET_WORD.search(last) and not (count == 1 and last in _COMMON_OUTLET_WORDS):
            return span[0], span[0] + len(" ".join(words[:count]))
    if accepts == "any" and (len(words) >= 2 or re.search(r"[a-zäöü][A-ZÄÖÜ]", name)):
        return span  # "im Interview mit Markus Lanz", "im Interview mit TechCrunch"
    return None


def _listed_at(window: str) -> str | None:
    listed = _LISTED_AT.match(window)
    return listed.group() if listed else None


def _media_phrase(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """A media noun, after up to two adjectives, and the name it gives: "dem Sender Fox News" → "Fox
    News", "der Süddeutschen Zeitung" → the whole phrase, "auf seinem Telegram-Kanal" → "Telegram"."""
    words = list(re.finditer(r"[^\s,.;:!?]+", text[start:limit]))[:3]
    for k, word in enumerate(words):
        noun = word.group()
        social = noun.startswith("Netzwerk") and k > 0 and words[k - 1].group().startswith("sozial")
        if noun[:1].isupper() and _MEDIA_NOUN.fullmatch(noun) or social:
            if any(not re.fullmatch(_ADJECTIVE, w.group()) for w in words[:k]):
                return None
            noun_end = start + word.end()
            name = _name_after(text, noun_end + 1, limit) if text[noun_end : noun_end + 1] == " " else None
            if name is not None:
                # "im Radio Eins", "von Radio Bremen": a station's name begins with "Radio"
                return (start + word.start(), name[1]) if noun == "Radio" else name
            prefix = re.match(r"([A-ZÄÖÜ][\w.äöüß]*)-", noun)
            if prefix and _one_word_outlet(prefix.group(1)):
                return start + word.start(), start + word.start() + len(prefix.group(1))
            if k > 0 and words[0].group()[0].isupper() and not social:
                return start, noun_end  # "der Süddeutschen Zeitung", "der Neuen Zürcher Zeitung"
            return None
        if not re.fullmatch(_ADJECTIVE, noun):
            return None
    return None


def _name_after(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """A name at ``start``: words in quote marks, or capitalised words (and "of", "de", …) up to a break."""
    window = text[start:limit]
    quoted = _QUOTED_NAME.match(window)
    if quoted is not None:
        return start, start + quoted.end()
    listed = _listed_at(window)
    if listed is not None:
        return start, start + len(listed)  # also "dpa", "epd", written small
    end = start
    for word in re.finditer(r"\S+", window):
        bare = word.group().rstrip(",.;:!?)")
        if not _NAME_WORD.fullmatch(bare) or bare in _TIME_WORDS or word.start() > end - start + 1:
            break
        end = start + word.start() + len(bare)
        if bare != word.group():
            break  # punctuation ends the name
    while end > start and text[start:end].split()[-1] in ("of", "the", "de", "del", "la", "le"):
        end = start + text[start:end].rstrip().rfind(" ")
    return (start, end) if end > start else None
