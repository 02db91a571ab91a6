"""Who said what: direct, partial and reported speech, and the phrase that names the speaker.

:func:`extract_quotes` finds, in one article,

* **direct** quotes — a whole statement in quote marks of any style German, Swiss and
  Austrian outlets use (``„…“ ‚…‘ »…« «…» "…"`` and scraped mixtures like ``„…"``),
  colon-introduced, interrupted, over several sentences, in headlines;
* **partial** quotes — a quoted fragment inside the author's sentence, in a context of
  speech (``er sei auf dem Weg zu einem Gipfel mit "hohen Einsätzen"``);
* **indirect** (reported) speech — a clause governed by a frame of saying (``sagte``,
  ``hieß es``, ``so X``, ``laut X``, ``X zufolge``) or in the subjunctive right after one.

Quoted words that are not speech (titles, mottos, banners, printed words, names of things,
scare quotes) are left out by the frames in :data:`NOT_SPEECH_BEFORE` and the rules in
:func:`_classify`. Each quote records where its speaker is named: a name's span, or a
pronoun/role/epithet with its offset; :func:`resolve_speakers` maps those to the story's
canonical entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import simplemma

from lagebild.model import Article, Quote, Sentence, stable_id
from lagebild.nlp.roles import INFLECTIONS as ROLE_INFLECTIONS, is_role_word, role_before, role_gender
from lagebild.nlp.sentences import lemma
from lagebild.nlp.temporal import MONTH_RE, WEEKDAY_RE

# Quote marks: opener → the closers that may end it (scraped text mixes styles).
PAIRS = {
    "„": "“\"”",
    "»": "«»",  # »…» in scraped Swiss text
    "«": "»",
    "‚": "‘’",
    '"': "\"“”",
    "“": "”\"",
    "”": "”\"“",  # ”…” (Nordic style, or a scraper's one mark for both)
    "‘": "’‘",  # ‘…’ English single quotes
    "'": "'’",  # straight single quotes of typewriter text
    "‹": "›",  # Swiss single guillemets, both ways round like « » and » «
    "›": "‹",
}

# Any closing mark: a scraped quote may close in another style than it opened
MISMATCHED_CLOSERS = "“”\"»«"

# Verbs and frames of saying (surface forms; matched case-insensitively on word boundaries).
CUE_VERBS = frozenset(
    """
    sagte sagten sagt sage sagen gesagt erklärte erklärten erklärt erkläre betonte betonten betont
    meinte meinten meint fügte fügten hinzufügte teilte teilten mitteilte sprach sprachen spricht
    warnte warnten warnt kündigte kündigten kritisierte kritisierten kritisiert forderte forderten fordert
    bekräftigte versicherte versichert unterstrich ergänzte ergänzt schrieb schreibt schrieben twitterte
    räumte gab behauptete behauptet bestätigte bestätigt berichtete berichteten berichtet entgegnete
    antwortete fragte fragten fragt fragen rief nannte nennt bezeichnete bezeichnet drohte gedroht äußerte äußert
    zitiert zitierte verkündete verkündet mahnte mahnt appellierte beklagte erinnerte lobte lobt
    erwiderte kommentierte schilderte stellte argumentierte verwies hieß heißt nachschob schob
    ergänzte warf schätzt schätzte glaubt glaubte befürchtet befürchtete vermutet vermutete bekräftigt beteuerte
    dementierte dementiert bestritt bestreitet betonen erklären versichern bekanntgab kündigt teilt
    vorgeworfen vorwarf vorwirft beschuldigte beschuldigt angekündigt ankündigte meldete meldet meldeten
    berichten hofft hoffte befürchten argumentiert argumentierte empfahl empfiehlt mitteilt behaupte gefordert
    festgestellt mitgeteilt gewarnt geäußert bekanntgegeben erläuterte erläutert erläuterten bemängelte bemängelt
    bezweifelte bezweifelt bezweifeln erwähnte erwähnt verlautete fordern warnen kritisieren versicherten
    bestätigten dementierten schätzen vermuten glauben meinen verlautbarte verlautbart
    """.split()
)
# Frames that name the source around a clause.
SOURCE_FRAMES = (
    # "so" names a source only when a name or a noun phrase follows, not a verb ("so könne …")
    ("so", re.compile(r"(?:^|[,;(–-]\s*)so\s+(?=(?-i:[A-ZÄÖÜ]|[a-zäöüß]+-[A-ZÄÖÜ]|(?:der|die|das|ein|eine|sein|seine|ihr|ihre)\s))(?P<src>[^,.;:!?]{2,60})", re.I)),
    # not the adjective: "stimmen laut und …", "Kritik wurde laut geworden"
    ("laut", re.compile(r"\b(?:laut|gemäß)\s+(?!(?:und|oder|aber|wie|als|genug|zu|werden|wurde|wurden|wird|geworden|sein|gewesen)\b)(?P<src>(?:[^,.;:!?]|\.(?=\w)){2,60})", re.I)),
    ("zufolge", re.compile(r"(?P<src>[^,.;:!?]{2,60}?)\s+zufolge\b", re.I)),
    ("nach Angaben", re.compile(
        # not the postposition of an opinion frame: "seiner Ansicht nach großartigen Daten"
        r"(?<!Ansicht )(?<!Meinung )(?<!Auffassung )(?<!Einschätzung )(?<!Vernehmen )(?<!Überzeugung )"
        r"\b(?:(?i:nach)|(?P<aus>(?i:aus))) (?:(?:den|der|dem|einem|einer|eines|diesen|dieser|diesem|(?!anderen\b)[a-zäöüß]+(?:e|en|er|em|es)|[A-ZÄÖÜ][a-zäöüß]+s)\s+){0,2}"
        # "aus Sicht der Organisationen" names a source too, "aus" before other nouns does not
        r"(?P<frame>(?(aus)(?:(?<=[Aa]us )|(?<=[Aa]us der ))Sicht(?=\s+(?:der|des|von|vom)\s)|(?:(?:[\w-]*(?:Angaben|Worten|Ansicht|Meinung|Einschätzung|"
        r"Darstellung(?:en)?|Schätzung(?:en)?|Informationen|Erkenntnissen|Ermittlungen|Berichten|Aussagen?|Auskunft|Auffassung|"
        r"Überzeugung|Recherchen|Zählung(?:en)?|Daten|Mitteilung|Medienberichten|Polizeiangaben|Bericht|Berichts|Studie|Umfrage|Prognosen?|Hochrechnung|"
        r"Berechnung(?:en)?|Stellungnahme|Vorhersage|Befund|Ergebnissen|Hinweisen|Grundgesetz|Verfassung|Gesetz|Endergebnis|Ergebnis|Dokument|Planungen|Wunsch|"
        r"Idee|Ankündigung|Analyse|Erfahrungen|Bekunden|Erkenntnisstand|Entwurf|Entwurfs|Vorstellung(?:en)?|Plan|Plänen|Willen|"
        r"Artikel|Medien|Quellen))"
        # compounds: "nach einem Fernsehbericht", "nach Expertenmeinung", "nach dem Gesetzesentwurf"
        r"|[A-ZÄÖÜ][a-zäöüß]+(?:angaben|aussagen|berichten|bericht|berichts|meinung|einschätzung|darstellung|informationen|"
        r"schätzungen|schätzung|erkenntnissen|entwurf|entwurfs|studie|umfrage|gesetz|gesetzes|medien))))\b"
        # not a report about something ("nach Berichten über die Zerstörung …": after them, not by them)
        r"(?!\s+über\s)\s*"
        r"(?P<src>[^,.;:!?]{0,60})"
    )),
    ("wie … mitteilte", re.compile(r"\bwie\s+(?P<src>(?:[^,.;:!?]|\.(?=\w)){2,60}?)\s+(?:mitteilte|mitteilt|mitteilten|sagte|sagt|sagten|erklärte|erklärt|erklärten|berichtete|berichtet|berichteten|berichten|"
        r"betonte|betont|betonen|meldete|meldet|melden|schrieb|schreibt|bestätigte|bestätigten|darlegte|darlegt|feststellte|feststellt|"
        r"veröffentlichte|bekanntgab|angab|angibt|verlautete|hervorgeht|hervorging)\b", re.I)),
)
# Verbs of judging, demanding and describing: not frames that name a speaker, but a sentence with one
# speaks, so a quoted fragment in it is speech ("attackierte den Iran als den „führenden Förderer“").
SPEECH_CONTEXT = re.compile(
    r"\b(?:attackier|begründe|riet|rät|rate|sichert|hoff|rechne|hält|hielt|halte|sieh|sah|sehe|warn|sprach|spricht|"
    r"werte|nann|nenn|bezeichn|beschrieb|beschreib|forder|verlang|kündig|versproch|versprach|versprech|zeigte sich|"
    r"zeigt sich|urteil|lob|kritisier|beklag|klag|beschwer|warf|wirft|vorgew|bekannt|ankündig|bekräftig|beton|mein|"
    r"glaub|befürcht|vermut|bestätig|dementier|bestreit|bestritt|verteidig|appellier|mahn|droh|plädier|empfahl|empfiehl|"
    r"bedauer|begrüß|verurteil|sprechen|sagen|erklär|nennt|rief|ruft|fragt|antwort|entgegn|erwider|schrieb|schreib|"
    r"twitter|postet|kommentier|bilanzier|resümier|räumt|räumte|gestand|gesteh|zitier|Worte|Aussage|Äußerung|Erklärung|"
    r"skandier|gesprochen|konstatier|verspricht|versprich|Ansicht\s+nach|Meinung\s+nach|Auffassung\s+nach)",
    re.I,
)
def names_its_source(sentence: str) -> bool:
    """Does the sentence carry its source in a frame ("laut X", "X zufolge", "nach Angaben von X")?"""
    return any(frame.search(sentence) for _name, frame in SOURCE_FRAMES[1:4])


IMPERSONAL_CUES = re.compile(r"\bhie(?:ß|ss) es\b|\bheißt es\b|\bwird (?:mit den Worten )?zitiert\b", re.I)
# Words right before a quote that make it a title, motto, banner, printed word or name.
NOT_SPEECH_BEFORE = re.compile(
    r"(motto|titel|überschrift|aufschrift|schriftzug|slogan|banner|plakat|transparent|hashtag|"
    r"stichwort|name[ns]?|namens|genannt|sogenannte[nmrs]?|so genannte[nmrs]?|film|films|buch|buches|roman|album|lied|song|serie|"
    r"sendung|operation|kampagne|programm|projekt|initiative|website|webseite|zeitung|zeitschrift|magazin|"
    r"sender|blatt|portal|plattform|agentur|rakete|raumschiff|raumkapsel|mission|schiff|aktion|begriff|wort|wörter|"
    r"bezeichnung|label|marke|modell|ausstellung|gedicht|oper|stück|theaterstück|festival|show|podcast|kolumne|rubrik)"
    r"\s*(?:[a-zäöüß]+\s+){0,2}$",
    re.I,
)
_WORKS = r"(?:film|buch|roman|album|lied|song|serie|sendung|gedicht|oper|stück|theaterstück|show|podcast|spiel|videospiel|kurzfilm|dokumentarfilm|debüt|erstling|werk)"
# Kinds of works beyond those in NOT_SPEECH_BEFORE: a noun of one right before the marks ("Papst Benedikts
# erster Enzyklika „…“", "das Musical „…“") names the work by its title
_GENRES = (
    r"(?:enzyklika|essay|novelle|erzählung|komödie|tragödie|drama|musical|ballett|sinfonie|symphonie|oratorium|kantate|"
    r"hymne|ballade|hörspiel|hörbuch|comic|bestseller|episode|staffel|tournee|gemälde|skulptur|reportage|doku|"
    r"dokumentation|krimi|thriller|sitcom|satire|parodie|musikvideo|videoclip)"
)
WORK_NOUN_BEFORE = re.compile(rf"\b(?-i:(?=[A-ZÄÖÜ]))[\wäöüß-]*?(?<![Bb]ei)(?:{_WORKS}|{_GENRES})(?:e|en|n|s|es)?$", re.I)
# A bracket right after the quote marks that gives a paper's edition: its day, online or print
EDITION_AFTER = re.compile(
    r"\s*\((?:online|print|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenend|Online|Print)"
    r"(?:s?-?[Aa]usgabe)?|[\wäöüß-]*-?[Aa]usgabe)(?:\s*,[^)]*)?\)"
)
# One quoted word (no blank inside its marks), then a dash or a bracket: the quote after it says what it means
GLOSSED_WORD_BEFORE = re.compile(r"[„“\"»«][^\s„“\"»«]+[“”\"«»]\s*(?:[–—-]|\()$")
# "„A“ vor „B“", "„A“ gegen „B“": one named thing ranked before or set against another in marks
RANKED_BEFORE_A_QUOTE = re.compile(r"\s*(?:vor|gegen|hinter|vs\.|versus)\s+[„“\"»«‚‘'’]")
# A verb of clicking or choosing right after the quote marks: what they hold is a label on a screen
CLICKED_AFTER = re.compile(r"\s*(?:an|aus)?(?:klicken|klickt|klickte|tippen|tippt|drücken|drückt|wählen|wählt)\b", re.I)
# "„…“ einen Roman", "„…“ ist der neue Film": a work named by the words in quote marks
WORK_AFTER = re.compile(
    rf"\s*(?:,\s*)?(?:(?:ist|war|heißt|hieß)\s+)?(?:einen|ein|eine|den|das|die|der|seinen|sein|seine|ihren|ihr|ihre)\s+(?:[a-zäöüß-]+\s+){{0,2}}[\wäöüß-]*{_WORKS}\b"
    # "aus „…“ und anderen TV-Serien", "„…“ oder weitere Filme": one of several works of the kind
    rf"|\s*(?:,\s*)?(?:und|oder|sowie)\s+(?:andere[nmrs]?|weitere[nmrs]?|viele[nmr]?|etliche[nmr]?)\s+(?:[a-zäöüß-]+\s+)?[\wäöüß-]*{_WORKS}(?:e|en|n|s|er)?\b",
    re.I,
)
# Verbs of watching, reading, performing or showing a work: a title in quote marks is their object
_WORK_VERBS = frozenset(
    "sehen ansehen anschauen schauen gucken lesen vorlesen hören anhören zeigen spielen singen drehen aufführen "
    "inszenieren senden ausstrahlen".split()
)


def _a_work_shown(words: list[str], inner: str, before: str, after: str) -> bool:
    """Title-like quoted words (capitalised first word, no finite verb) that a verb of watching, reading,
    performing or showing governs in their clause ("er habe „Hafenkrimi – Die Toten vom Kai“ gesehen",
    "sah sie „Die Reise nach Lindau“"): the title of a work, not words said. One quoted word counts only
    when it is no dictionary word ("habe „Chaos“ gesehen" may be the speaker's)."""
    if not words or len(words) > 8 or not words[0][:1].isupper() or _has_finite_verb(inner) or re.search(r"[.!?…]$", inner):
        return False
    if len(words) == 1 and simplemma.is_known(words[0], lang="de"):
        return False
    if _after_speech_noun(before) or re.match(r"\s*(?:\S+\s+){0,3}zu\s+(?:lesen|sehen|hören)\b", after):
        return False  # "war die Parole „…“ zu lesen": a slogan, words of the ones who carry it
    clause_after = _words(re.split(r"[,;.!?:()]|\s(?:und|oder|aber|sondern)\s", after, maxsplit=1)[0])
    # the verb right before the marks, over an article or a pronoun ("sah sie den „…“"); "sieht X „…“" with
    # more words between is a judgement ("Das Gericht sieht neben neuen „…“ … zukommen")
    clause_before = [w for w in _words(re.split(r"[,;.!?:()]", before)[-1]) if w.lower() not in _TITLE_OPENERS and w not in ("er", "sie", "es", "man")]
    near = clause_after[:1] + clause_after[-1:] + (clause_before[-1:] if re.search(r"\b[a-zäöüß]+(?:\s+(?:er|sie|es|man|der|die|das|den|dem|ein|eine|einen))*\s*$", before) else [])
    return any(w.islower() and lemma(w, "de") in _WORK_VERBS for w in near)


SUBJUNCTIVE = frozenset(
    """
    sei seien seiest habe könne könnten müsse müssten dürfe dürften solle wolle werde würden würde wäre wären
    hätte hätten gebe liege stehe gehe komme brauche sehe verstehe wisse bleibe lasse trage halte
    """.split()
)
NOT_SUBJUNCTIVE = frozenset("bitte".split())


def is_subjunctive(word: str) -> bool:
    """Is ``word`` a verb in the subjunctive of reported speech (Konjunktiv I or a common II)?

    Beyond the list: a lower-case word that is its verb's infinitive less the final ``n``
    ("plane" ← planen, "unterliege" ← unterliegen, "befinde" ← befinden), or for a verb in -eln
    or -ern its stem with "e" ("handele" ← handeln, "ändere" ← ändern): the third person singular
    of Konjunktiv I. Nouns are capitalised and adjectives do not lemmatise to a verb.
    """
    lower = word.lower()
    if lower in SUBJUNCTIVE or lower in KONJUNKTIV_II:
        return True
    if not word.islower() or len(word) < 4 or not word.endswith("e") or lower in NOT_SUBJUNCTIVE:
        return False
    infinitive = lemma(word, "de")
    if infinitive == word + "n" or word.endswith(("ele", "ere")) and infinitive == word[:-1] + "n":
        return True
    # a verb in -eln mostly drops the stem's "e" ("handle", "wandle" ← handeln, wandeln)
    return word.endswith("le") and infinitive == word[:-2] + "eln"


PRONOUNS = {"er": "m", "sie": "f", "ihm": "m", "ihr": "f"}
_WORD = re.compile(r"[\wÄÖÜäöüß-]+")
_CAP_NAME = re.compile(r"(?:[A-ZÄÖÜ][\wäöüß'’-]+)(?:\s+[A-ZÄÖÜ][\wäöüß'’-]+){0,3}")


@dataclass(slots=True)
class _Mark:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark
    inner_start: int
    inner_end: int


def _closer(text: str, i: int, end: int, closers: str, nested: bool) -> int | None:
    """Offset of the mark closing the quote opened at ``i``; with ``nested``, a quote inside it
    („… „Small-Business-Unternehmen“ …“) closes first."""
    opener = text[i]
    depth = 0
    for j in range(i + 1, end):
        c = text[j]
        if nested and c == opener and opener not in "\"'”" and (text[j - 1].isspace() or text[j - 1] in "(–-"):
            depth += 1
            continue
        if c in closers:
            after = text[j + 1] if j + 1 < end else " "
            # straight quotes glued to a word still close, and so does a mark after a full stop glued to the
            # next sentence („… porträtiert.»Historikerin …“: scraped text lost the space)
            glued_to_next_sentence = opener in "„«»" and text[j - 1] in ".!?" and after.isupper()
            if not after.isalnum() or (opener == '"' and c == '"') or glued_to_next_sentence:
                if depth:
                    depth -= 1
                    continue
                return j
    return None


def _closes_an_inner_quote(text: str, i: int, found: int) -> bool:
    """Does the closing mark at ``found`` close a quote opened in typographic marks after ``i`` („…“)?"""
    opener = text.rfind("„", i + 1, found)
    return opener != -1 and (text[opener - 1].isspace() or text[opener - 1] in "([–—-:")


# An inverted frame right after a quote whose closing mark was lost: ", sagte Petra Vogt." / ", so Köhler."
# (a stray mark may stand before its comma: "… werden „, sagte Meller")
_LOST_CLOSER_FRAME = re.compile(
    r"\s*(?P<stray>[„“”\"»«]?)\s*,\s+(?:so\s+(?=[A-ZÄÖÜ]|(?:der|die|das)\s)|(?P<verb>[a-zäöüß]+)\s+(?=[A-ZÄÖÜ]|(?:der|die|das|er|sie)\b))"
)
_STATEMENT_END = re.compile(r"[.!?](?=\s+[A-ZÄÖÜ])")
# a closing mark glued to the word or full stop before it
_GLUED_CLOSER = re.compile(r"(?<=[^\W\d_]|[.!?])[“”\"«»]")


def _end_before_a_frame(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a quote opened at ``start`` and never closed before ``end`` ends: before the first inverted
    frame that closes its sentence ("„Wir halten die Deiche, sagte Petra Vogt."), or None. The end of its
    words, and the end of its marks (after a stray mark before the comma)."""
    for m in _LOST_CLOSER_FRAME.finditer(text, start, end):
        if _frames_a_quote(text, m, end) and len(_words(text[start : m.start()])) >= 2:
            return m.start(), (m.end("stray") if m.group("stray") else m.start())
    return None


def _frames_a_quote(text: str, frame: re.Match, end: int) -> bool:
    """Is the match of :data:`_LOST_CLOSER_FRAME` a frame of saying that ends its sentence before ``end``?"""
    if frame.group("verb") is not None and not _a_cue(frame.group("verb")):
        return False
    frame_end = re.search(r"[.!?:]", text[frame.end() : end])
    return frame_end is not None and frame_end.start() <= 100


def _quotes_that_lost_their_opener(text: str, start: int, end: int, marks: list[_Mark]) -> list[_Mark]:
    """Quotes whose opening mark was lost ("Das Wasser steigt“, sagte sie."): a closing mark glued to a
    word with an inverted frame after it, and no quote mark in its sentence before it; the sentence
    opens the quote."""
    found: list[_Mark] = []
    for closer in _GLUED_CLOSER.finditer(text, start, end):
        j = closer.start()
        if any(m.start <= j < m.end for m in marks):
            continue
        frame = _LOST_CLOSER_FRAME.match(text, j + 1)
        if frame is None or frame.group("stray") or not _frames_a_quote(text, frame, end):
            continue
        opening = max([m.end() for m in _STATEMENT_END.finditer(text, start, j)] + [start])
        inner_start = opening + len(text[opening:j]) - len(text[opening:j].lstrip())
        # another quote in the sentence before it: where the lost opener stood is anyone's guess
        if any(c in PAIRS or c in MISMATCHED_CLOSERS for c in text[opening:j]) or len(_words(text[inner_start:j])) < 3:
            continue
        found.append(_Mark(inner_start, j + 1, inner_start, j))
    return found


_SPEAKERS_OWN_PERSON = re.compile(r"\b(?:ich|wir|mir|mich|uns|unser\w*|mein\w*)\b", re.I)


def _end_before_a_report(text: str, start: int, end: int) -> int:
    """Where a quote opened at ``start`` and never closed in its paragraph (ending at ``end``) ends: at the
    paragraph's end, or before a later sentence in Konjunktiv I with no first person in it, where the
    narrator reports again ("„Wir brauchen Pumpen. Die Kosten seien noch offen.")."""
    paragraph_end = len(text[:end].rstrip())
    ends = [m.end() for m in _STATEMENT_END.finditer(text, start, paragraph_end)]
    for sentence_start, sentence_end in zip(ends, ends[1:] + [paragraph_end]):
        sentence = text[sentence_start:sentence_end]
        if _in_konjunktiv_i(sentence) and not _SPEAKERS_OWN_PERSON.search(sentence):
            return sentence_start
    return paragraph_end


def _reopened_statement(text: str, i: int, found: int, same_style: bool) -> int | None:
    """An opener between ``i`` and the closer ``found`` that opens a new statement (after a full stop or
    a colon) and that ``found`` may close: of the quote's own style (``same_style``, when no closer of
    its own was left for it), or of another ("„A, sagte X. "B", sagte Y."): the quote at ``i`` lost its
    closing mark before it."""
    opener = text[i]
    for k in range(i + 2, found):
        c = text[k]
        if c == opener and not same_style or c != opener and (c in "'‘‚" or text[found] not in PAIRS.get(c, "")):
            continue
        if text[k - 1].isspace() and not text[k + 1].isspace() and text[i + 1 : k].rstrip()[-1:] in ".!?:":
            return k
    return None


def _end_of_a_quote_left_open(text: str, start: int, reopened: int) -> tuple[int, int] | None:
    """Where a quote opened at ``start`` ends that lost its closing mark before the next opener at
    ``reopened``: before its inverted frame ("„A, sagte X. „B.“"), at the end of the statement before the
    next speaker's frame ("sagte: „A. X widersprach: „B.“"), or at the full stop before the opener ("„A. „B.“")."""
    at_frame = _end_before_a_frame(text, start, reopened)
    if at_frame is not None:
        return at_frame
    segment = text[start:reopened].rstrip()
    if segment.endswith(":"):
        ends = [m.end() for m in _STATEMENT_END.finditer(text, start, start + len(segment))]
        return (ends[-1], ends[-1]) if ends else None
    return start + len(segment), start + len(segment)


def _closes_an_inner_straight_quote(text: str, i: int, found: int) -> bool:
    """Does the straight mark at ``found`` close a straight quote opened inside the typographic one at
    ``i`` („… "Nein" …“): an odd number of straight marks before it, the first one an opener?"""
    inside = [k for k in range(i + 1, found) if text[k] == '"']
    first = inside[0] if inside else None
    return len(inside) % 2 == 1 and (text[first - 1].isspace() or text[first - 1] in "([–—-") and not text[first + 1].isspace()


_GAP = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")


def _gap_in(text: str, start: int, end: int) -> int | None:
    """Where a quote that lost its closing mark (opened at ``start``, running to ``end``) meets a gap of
    two or more blanks after three words or more: scraped text that dropped a stretch there (a link, a
    teaser, a cut), so the words after it are no longer the quote's."""
    for m in _GAP.finditer(text, start, end):
        if len(_words(text[start : m.start()])) >= 3:
            return m.start()
    return None


def _straight_mark_reopens(text: str, i: int, found: int) -> bool:
    """Is the straight mark at ``found`` that would close the straight quote opened at ``i`` shaped as an
    opener of a new statement: a blank before it, a capital letter glued after it, and the quote's words
    before it ending a sentence ("„Wir kommen. "Dann …"")? Then the quote at ``i`` lost its closing mark."""
    after = text[found + 1 : found + 2]
    return (
        text[found] == '"'
        and text[found - 1].isspace()
        and after.isalpha()
        and after.isupper()
        and text[i + 1 : found].rstrip()[-1:] in (".", "!", "?")
    )


def _find_quote_marks(text: str, start: int, end: int) -> list[_Mark]:
    """Quoted stretches within text[start:end] (one paragraph), outermost only."""
    marks: list[_Mark] = []
    i = start
    while i < end:
        ch = text[i]
        closers = PAIRS.get(ch)
        if closers is None:
            i += 1
            continue
        before = text[i - 1] if i > start else " "
        # An opener stands after a space, a bracket, a dash, a colon or at the start.
        glued = before in ".!?" and ch in "\"„" and text[i + 1 : i + 2].isupper()  # "…erstellen."Natürlich …": an opener glued to the full stop
        if not (before.isspace() or before in "([{–—-:/>" or i == start or glued):
            i += 1
            continue
        if ch == "«" and before.isalnum():
            i += 1
            continue
        found = _closer(text, i, end, closers, nested=True)
        nested_closed = found is not None
        if found is None:
            found = _closer(text, i, end, closers, nested=False)  # an inner opener left unclosed
        reopened = _reopened_statement(text, i, found, same_style=not nested_closed) if found is not None and ch in "„»«‹" else None
        if found is not None and ch == '"' and _straight_mark_reopens(text, i, found):
            reopened = found  # "A. "B", sagte er.: the straight mark after the full stop opens B, A lost its closer
        left_open_end = _end_of_a_quote_left_open(text, i + 1, reopened) if reopened is not None else None
        if left_open_end is not None:
            # „A, sagte X. „B.“: not one quote with an inner one, but two, the first one's closer lost
            inner_end, mark_end = left_open_end
            inner_start = i + 1 + len(text[i + 1 : inner_end]) - len(text[i + 1 : inner_end].lstrip())
            if inner_end > inner_start:
                marks.append(_Mark(i, mark_end, inner_start, inner_end))
            i = reopened
            continue
        if found is not None and ch in "„»«‹" and text[found] == '"' and _closes_an_inner_straight_quote(text, i, found):
            # „… "inner" …“: the straight closer is the inner quote's; the outer one closes later, if at all
            found = _closer(text, found, end, closers, nested=False) or found
        if found is not None and ch == '"' and text[found] != '"' and _closes_an_inner_quote(text, i, found):
            # "… „inner“ …": the curly closer is the inner quote's; the outer quote closes later, if at all
            found = _closer(text, found, end, closers, nested=False)
            if found is None:
                i += 1
                continue  # a straight mark never closed ("Wir sind … . Sie würde „…“."): the inner quote stands alone
        opens_statement = not text[start:i].strip() or text[start:i].rstrip()[-1:] in ":.!?"
        if found is None and ch in "„»«\"“‹" and opens_statement and _next_paragraph_opens(text, end, ch):
            # a quote over several paragraphs: each paragraph opens it again, only the last one closes it
            found = len(text[:end].rstrip())
            inner_start = i + 1 + len(text[i + 1 : found]) - len(text[i + 1 : found].lstrip())
            if found > inner_start:
                marks.append(_Mark(i, found, inner_start, found))
            i = end
            continue
        if found is None and ch in "„»«\"“‹":
            # a scraped closer of another style: „… bei uns», twitterte …
            found = _closer(text, i, end, MISMATCHED_CLOSERS.replace(ch, ""), nested=False)
            if found is not None and text[found - 1].isspace():
                found = None
        if found is None and ch in "„»«\"“‹" and opens_statement and not any(c in MISMATCHED_CLOSERS + "‹›" for c in text[i + 1 : end]):
            # a statement opened and never closed: its inverted frame ends it, else the paragraph's end
            at_frame = _end_before_a_frame(text, i + 1, end)
            found, mark_end = at_frame or (_end_before_a_report(text, i + 1, end),) * 2
            gap = None if at_frame else _gap_in(text, i + 1, found)
            if gap is not None:
                found = mark_end = gap  # "„Wir bauen die Brücke bis zum Som  Die Stadt …": the text was cut there
            inner_start = i + 1 + len(text[i + 1 : found]) - len(text[i + 1 : found].lstrip())
            if len(_words(text[inner_start:found])) >= 4:
                marks.append(_Mark(i, mark_end, inner_start, found))
            i = mark_end if at_frame or gap is not None else end
            continue
        if found is None or found == i + 1 or ch in "'‘" and found - i > 300:
            # a long stretch between straight or English single marks runs between apostrophes ("die '68er … Klaus' Frau")
            i += 1
            continue
        inner_start, inner_end = i + 1, found
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        if inner_end > inner_start:
            marks.append(_Mark(i, found + 1, inner_start, inner_end))
        i = found + 1
    return sorted(marks + _quotes_that_lost_their_opener(text, start, end, marks), key=lambda m: m.start)


def _opens_its_paragraph(text: str, mark: _Mark) -> bool:
    """Do the quote marks open the text or a paragraph (only blanks between them and a line break)?"""
    line = text.rfind("\n", 0, mark.start)
    return not text[line + 1 : mark.start].strip()


def _next_paragraph_opens(text: str, end: int, opener: str) -> bool:
    """Does the paragraph after the one ending at ``end`` start with the quote mark ``opener``?"""
    rest = text[end : end + 40].lstrip()
    return rest[:1] == opener and "\n" in text[end : end + 40][: len(text[end : end + 40]) - len(rest)]


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _has_cue(text: str) -> re.Match | None:
    return _cue_in(text, 0, len(text))


def _sentence_of(sentences: list[Sentence], offset: int) -> Sentence | None:
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


@dataclass(slots=True)
class SpeakerRef:
    """Where a quote's speaker is named: a phrase and its offset (name, pronoun, role or epithet)."""

    phrase: str
    start: int
    end: int
    kind: str  # name | pronoun | role | epithet | source | carried | anonymous
    # the grammar leaves no other speaker ("…, erklärt man.", "verlautete aus Sicherheitskreisen"): the ranker keeps it
    certain: bool = False


_NAMING_LEMMAS = frozenset("nennen bezeichnen heißen schimpfen titulieren".split())


def _told_to_a_medium(words: list[str], before: str, after: str) -> bool:
    """A verb of saying, its subject (a name or a pronoun) and then a capitalised name in marks with
    no determiner: the one it was said to, a newspaper or a broadcaster ("sagte Merz „Zeit Online“")."""
    if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
        return False
    m = re.search(r"\b([a-zäöüß]+)\s+(?:er|sie|[A-ZÄÖÜ][\wäöüß.-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+){0,2})$", before)
    if not m or not _a_cue(m.group(1)) or lemma(m.group(1), "de") in _NAMING_LEMMAS:
        return False
    return re.match(r"\s*(?:[.,;(]|$|(?:am|im|in|vom|von|und|zufolge|gegenüber)\b)", after) is not None


# A full name in the genitive right before the marks ("Heiner Müllers", "F. Scott Fitzgeralds"), no article before it
_AUTHORS_GENITIVE = re.compile(r"(?:^|[^\w.-])(?P<first>[A-ZÄÖÜ][\wäöüß-]*\.?)\s+[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß]s$")


def _after_an_authors_genitive(before: str) -> bool:
    """Do the quote marks follow a person's full name in the genitive, the author of what they hold?"""
    m = _AUTHORS_GENITIVE.search(before)
    return bool(m) and m.group("first").lower() not in _TITLE_OPENERS


# A capitalised title, a dash and a subtitle that opens with a capital or a number ("Bones – Die Knochenjägerin")
TITLE_AND_SUBTITLE = re.compile(r"[A-ZÄÖÜ0-9][^-–—]*?\s[-–—]\s+(?:(?:Der|Die|Das|Ein|Eine)\s+)?[A-ZÄÖÜ0-9]")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]")


def _in_another_script(inner: str) -> bool:
    """Quoted words with letters but none of the Latin alphabet („Единая Россия“, „人民日报“): a name or a
    title given in its own script, not words a German text quotes as said in passing."""
    return bool(re.search(r"[^\W\d_]", inner)) and not _LATIN_LETTER.search(inner)


def _between_two_quotes(inner: str) -> bool:
    """"… geben „, sagt Merz. Er wünscht auch eine „…“": a closing mark taken for an opening one, the
    narrator's words between two quotes; nobody's words begin with a comma."""
    return bool(re.match(r"\s*[,;.]", inner)) and not re.match(r"\s*\.\.\.", inner)


def _classify(text: str, mark: _Mark, sentence: Sentence, spoken_before: bool = False) -> str | None:
    """direct | partial | None (not speech). ``spoken_before``: the sentence before, in the same
    paragraph, quotes or reports someone; quoted words with no frame of their own go on with it."""
    inner = text[mark.inner_start : mark.inner_end]
    words = _words(inner)
    before = text[sentence.start : mark.start]
    after = text[mark.end : sentence.end]
    stripped_before = before.rstrip()
    if NOT_SPEECH_BEFORE.search(stripped_before) or WORK_NOUN_BEFORE.search(stripped_before):
        return None
    if CLICKED_AFTER.match(after) and len(words) <= 5:
        return None  # "Indem Sie „Akzeptieren und schließen“ anklicken": the label of a button
    if EDITION_AFTER.match(after) and len(words) <= 4 and not _has_finite_verb(inner):
        return None  # "sagte er der „Kieler Post“ (Samstag)", "der „Rundschau“ (online)": a paper and its edition
    if GLOSSED_WORD_BEFORE.search(stripped_before) and not re.search(r"[.!?…]$", inner):
        return None  # "den Hashtag „#Deichwacht“ – „Wache am Deich“": what the quoted word before means
    if WORK_AFTER.match(after) and len(words) <= 8 and not re.search(r"[.!?…]$", inner):
        return None  # "hat mit „Die Stunde der Flut“ einen Roman geschrieben": the title of a work
    if _a_work_shown(words, inner, stripped_before, after):
        return None  # "er habe „Hafenkrimi – Die Toten vom Kai“ gesehen": the title of a work watched or read
    if after.startswith(("-", "–")) and not after.startswith(("- ", "– ")):
        return None  # „UDSSR“-Aufdruck: part of a compound word
    if not words:
        return None
    if _between_two_quotes(inner):
        return None
    ends_like_statement = bool(re.search(r"[.!?…](?:\s*\(\.\.\.\))?$", inner)) or inner.endswith("...")
    colon_intro = stripped_before.endswith(":")
    cue_after = re.match(r"^[,]?\s*(?:[,–-]\s*)?(so\b|\w+)", after)
    follows_with_cue = bool(
        after.lstrip().startswith(",") and cue_after and (cue_after.group(1).lower() == "so" or _has_cue(after[:40]))
    ) or bool(re.match(r"^\s*,?\s*so\s", after)) or _cue_without_comma(after) and _has_verb(inner)
    at_sentence_start = not before.strip() or bool(re.fullmatch(r"[\s\W]*", before))
    if TRANSLATION_BEFORE.search(stripped_before) and not ends_like_statement:
        return None  # "[auf Deutsch: „Gedenken an Michail Tal“]", "Jobbik („Bewegung für ein besseres Ungarn“)"
    if colon_intro and RANKED_BEFORE_A_QUOTE.match(after) and len(words) <= 6 and not ends_like_statement and not _has_verb(inner):
        return None  # "Quoten: „Die Fischer vom Bodensee“ vor „Kommissar Brandt“": names ranked, not words said
    if colon_intro and (len(words) >= 2 or ends_like_statement):
        return "direct"
    if _speaker_then_colon(before) and not _names_a_thing(words) and not (len(words) >= 3 and _has_verb(inner)):
        return "partial"  # "Naturschutzbund: Fällung der Bäume „eine Schande“": the words of the one before the colon
    if _headline_speaker_before(before, after, inner):
        return "partial"  # "Polizeichef „ein Fels in der Brandung“", "Ban „beunruhigt“ über …": a headline's speaker and words
    if _a_name_given(words, inner, before, after):
        return None  # "Dies nennt man einen „Aktiensplit“", "galt als „heimlicher Regierungschef“": a name given
    if len(words) <= 10 and not ends_like_statement and INSTITUTION_NAME.match(inner) and not _has_verb(inner):
        return None  # "Gesetz zur Änderung des Passgesetzes", "Rat zur Wiederherstellung der Demokratie": a name
    if len(words) <= 12 and LEGAL_FORM_AT_END.search(inner) and not _has_finite_verb(inner):
        return None  # "eine Nachricht des „Förderverein Stadtbad e.V.“": the name of a company or association
    if len(words) <= 4 and not ends_like_statement and MEANING.search(stripped_before):
        return None  # "Ubuntu bedeutet auf Zulu etwa „Menschlichkeit“", "die Bezeichnung für „riesig“": what a word means
    if len(words) <= 5 and not ends_like_statement and CALLED.search(stripped_before):
        return None  # "Damals hieß das Lokal noch « Zur Schweizer Hütte »": what something is called
    if len(words) <= 8 and words[0][:1].isupper() and _after_an_authors_genitive(stripped_before) and not _has_finite_verb(inner):
        return None  # "Heiner Müllers „Erinnerung an eine Revolution“", "Steven Spielbergs „Bridge of Spies“": a work by its author
    if len(words) <= 6 and _names_the_noun_before(stripped_before, len(words)) and not (
        len(words) >= 2 and words[0].islower() and not NOT_SPEECH_BEFORE.search(re.sub(r"(?:es|s|en|n)$", "", stripped_before))
    ) and not (len(words) == 1 and words[0].islower() and _object_of_calling(stripped_before)):
        # a name follows its noun in title case or as one word; lower-case words after a noun ("für die
        # kommenden Jahre „große Herausforderungen“", "vor den Ferien „ernsthaft prüfen“") are a fragment,
        # but for a medium or a work in the genitive ("des Magazines „auto, motor und sport“")
        return None  # "die Nachrichtenseite „Golem“", "des Fährschiffs „Rabaul Queen“": the name of the thing
    if _only_verbs(words) and not re.match(r"\s+[A-ZÄÖÜ]", after) and not _framed_as_said(before + " " + after):
        # "den Fluggast zu „entsorgen“", "Sie „akzeptieren und schließen“": a verb used, a button's label, not
        # words said; with a verb of saying or Konjunktiv around it ("sie hätten ihn „abserviert“") it is
        return None
    if _opens_like_a_title(words, before, inner):
        return None  # "wechselt zu „Unter uns“", "an der „Unter den Linden“": a title, capitalised mid-sentence
    if len(words) <= 8 and not ends_like_statement and TITLE_AND_SUBTITLE.match(inner) and not _has_finite_verb(inner) and not _after_speech_noun(stripped_before):
        return None  # "„Bones – Die Knochenjägerin“", "„Flüchtling – 1./2. Weltkrieg“": a title and its subtitle after a dash
    if _after_speech_noun(stripped_before) and not ends_like_statement:
        return "partial"  # "die Parole „…“", "Sprüche wie „…“", "mit den Worten „…“"
    if follows_with_cue and len(words) >= 3:
        return "direct"
    if at_sentence_start and len(words) >= 3 and (ends_like_statement or follows_with_cue or not after.strip(" .") or after.lstrip().startswith(",")):
        return "direct"  # "„Wir haben jetzt vier Punkte …“, zeigte sich der Trainer zufrieden"
    if at_sentence_start and len(words) >= 3 and after.startswith(":") and _has_verb(inner):
        return "direct"  # "„Wir bleiben hier“: Bürgermeisterin trotzt der Flut"
    if len(words) >= 3 and re.search(r"\s[–—]\s*$", before) and not after.strip(" .!?") and _has_verb(inner):
        return "direct"  # "Marino will nicht zurücktreten – „Werde bis 2023 im Amt bleiben“": a clause of its own after a dash
    if at_sentence_start and len(words) >= 3 and not re.search(r"[.!?…:,;]$", inner) and re.match(r"[ \t]+[A-ZÄÖÜ]", after) and _has_verb(inner) and _opens_its_paragraph(text, mark):
        return "direct"  # "„Wir bleiben an der Küste“ Der Bürgermeister will …": a headline quote glued to the text below it
    if at_sentence_start and len(words) >= 4 and ATTRIBUTION_AFTER.match(after):
        return "direct"  # "„Wir halten die Deiche noch lange“ – Petra Vogt am Montag", "„…“ (Petra Vogt)"
    if ends_like_statement and len(words) >= 4:
        return "direct"
    if len(words) == 3 and re.search(r"(?:\.\.\.|…)$", inner) and words[0][:1].isupper() and _has_finite_verb(inner):
        return "direct"  # "Polizei hat üblen Verdacht „Vermutlich waren einige...“": a statement cut short, its verb said
    # A fragment: speech only where the sentence speaks, and not the name of the source itself
    # ("Laut „Reuters“", "berichtete die „Süddeutsche Zeitung“").
    if FRAME_BEFORE_NAME.search(stripped_before) or _names_a_product(words):
        return None
    if _told_to_a_medium(words, stripped_before, after):
        return None  # "sagte Merz „Zeit Online“", "sagte er „Bild“": the medium spoken to, its article left out
    if WEB_ADDRESS.fullmatch(inner.strip()):
        return None  # "auf „montagsdemo.net“": a web address
    if len(words) <= 4 and all(w[:1].isupper() or w.isdigit() for w in words) and re.search(
        r"\b(?:schrieb|schreibt|berichtete|berichtet|meldete|meldet|zitiert|zitierte|kommentierte|titelte)(?:\s+(?:die|der|das|den|dem))?\s*$", stripped_before
    ) and re.match(r"\s*(?:[,.;]|in\b|im\b|am\b|auf\b|unter\b|mit\b|dazu\b|$)", after):
        return None  # "schrieb „Die Zeit“ in einem Nachruf", "berichtet die „Wirtschaftswoche“ am Montag": the medium that wrote it
    if _in_the_speakers_phrase(words, inner, before, after):
        return None  # "Die „geizigen vier“ attackieren …", "Ein Vertreter der „con energy ag“ bezeichnet …": who speaks
    if _used_as_a_noun(words, stripped_before, after):
        return None  # "Nach dem „mangelhaft“ der Stiftung Warentest": the word itself, a grade, used as a noun
    if SOURCE_VERB_AFTER.match(after) and re.search(r"(?:\s(?:wie|der|die|das|des))$", " " + stripped_before, re.I):
        return None  # "Wie „heise online“ berichtet", "Die „Kampagne für ein Freies Tibet“ berichtete": the source's name
    if DETERMINER_BEFORE.search(" " + stripped_before) and len(words) >= 2 and words[0][:1].isupper() and sum(w[0].isupper() for w in words) * 2 >= len(words) + 1 and not NAMED_BY_SOMEONE.search(stripped_before):
        # a lower-case first word is an adjective of a common noun phrase ("die „wirtschaftliche Stärkung
        # Europas“"): German capitalises every noun, a name its first word too
        return None  # "das „Departement Information und Presse“": a name in title case
    if LABELLING.search(stripped_before) and not _names_a_product(words):
        return "partial"  # "Insider sprechen von „Durchwurschteln“", "warnten vor einem „Kollaps“": the word they use
    if _names_a_thing(words) and NAME_AFTER_PREPOSITION.search(stripped_before):
        return None  # "wird von der „Netzeitung“ zitiert", "im „Standard“": the medium, a place or a firm
    context = before + " " + after
    # One capitalised word in marks ("die „Parteien“", "gegen „Rassismus“") is a term set off unless its
    # own clause speaks: a frame in another clause of the sentence frames the other clause.
    framing = _own_clause(before, after) if len(words) == 1 and words[0][:1].isupper() else context
    framing = re.sub(r"\b[Dd]as heißt\s*,", " ", framing)  # "Das heißt, …": that is to say, no one says it
    opens_sentence = bool(before.strip()) and framing.lstrip()[:20] == before.lstrip()[:20]
    if _has_cue(_verbs_only(framing, opens_sentence)) or IMPERSONAL_CUES.search(framing) or any(src.search(framing) for _, src in SOURCE_FRAMES[1:]):
        return "partial"
    if _saying_in(framing) and (not _names_a_thing(words) or _a_common_noun(words, stripped_before)):
        return "partial"
    if JUDGED_AS.search(stripped_before) and (_saying_in(context) or JUDGING.search(context)) and all(w.isdigit() or simplemma.is_known(w, lang="de") for w in words):
        return "partial"  # "wies dies als „Unverschämtheit“ zurück", "Als „verpasste Chance“ beurteilte …"
    if any(is_subjunctive(w) for w in _words(context)) and (len(words) >= 2 or words[0].islower() or _a_common_noun(words, stripped_before)):
        return "partial"
    if (
        OPINION_FOR.search(before)
        or OPINION_FOR_AFTER_COPULA.search(before) and any(w[:1].isupper() for w in words)  # not "ist für Radfahrer „gesperrt“"
        or OPINION_FOR_BEFORE_COPULA.search(before) and re.match(rf"\s*{_COPULA}\b", after)
    ) and not _names_a_thing(words):
        return "partial"  # "Für den Minister ist die Lage „alarmierend“": whose judgement it is
    if words[0].islower() and len(words) <= 6 and not ends_like_statement and REPORTED_PREDICATE.match(after):
        return "partial"  # "Wasser, das „schwach radioaktiv“ sein soll": a claim passed on, in its words
    if len(words) >= 3 and QUOTED_PURPOSE_BEFORE.search(stripped_before) and QUOTED_INFINITIVE.search(inner):
        return "partial"  # "zogen durch die Orte, um auf „… aufmerksam zu machen“": the purpose in their words
    if spoken_before and len(words) >= 2 and not _names_a_thing(words) and not _named_in_passing(text, mark, sentence):
        # "„…“, sagte die Ministerin. Das sei „eine Frage der Zeit“": the frame stands in the sentence before
        return "direct" if at_sentence_start and len(words) >= 4 and _has_verb(inner) else "partial"
    return None


_CLAUSE_BOUNDARY = re.compile(r"[,;](?!\d)|\s[–—-]\s")
_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:(?:in|an|auf|von|mit|bei|nach|zu|für|über|unter|aus)\s+(?=de[nmrs]|die|welche))?"
    r"(?:dass|ob|weil|wenn|da|wie|als|nachdem|obwohl|während|der|die|das|den|dem|deren|dessen|denen|welche[nmrs]?|wo|wonach|womit|wobei)\b",
    re.I,
)


def _own_clause(before: str, after: str) -> str:
    """The clause the quoted words stand in: ``before`` from its last clause boundary (a comma, a
    semicolon, a dash; a bracket is left out), further back over each subordinate clause ("…, dass sie
    es begrüßen, den Status eines „Beitrittskandidaten“ …": the verb they hang on), and ``after`` up to
    its first boundary. Quoted words inside a bracket stand in the bracket's clause ("… verfolgten die
    Folgen (einschließlich der „Kennenlern-Show“)": the frame outside does not frame the aside)."""
    opening, closing = before.rfind("("), after.find(")")
    if opening > before.rfind(")") and closing != -1 and "(" not in after[:closing]:
        before, after = before[opening + 1 :], after[:closing]
    before, after = re.sub(r"\([^()]*\)", " ", before), re.sub(r"\([^()]*\)", " ", after)
    cuts = [0] + [m.end() for m in _CLAUSE_BOUNDARY.finditer(before)]
    tail = _CLAUSE_BOUNDARY.search(after)
    after = after[: tail.start()] if tail else after
    k = len(cuts) - 1
    if k > 0 and (re.search(r"\bzu\s+[a-zäöüß]+\W*$|\b[a-zäöüß]+zu[a-zäöüß]+en\W*$", after) or not _has_finite_verb(before[cuts[k]:] + " " + after)):
        k -= 1  # an infinitive clause ("…, Serbien den Status eines „…“ zu verleihen") or one without a verb of its own ("…, auch „…“")
    while k > 0 and _SUBORDINATE_OPENING.match(before, cuts[k]):
        k -= 1
    return before[cuts[k]:] + " " + after


def _verbs_only(context: str, opens_sentence: bool) -> str:
    """``context`` with its capitalised cue words blanked but for the sentence's first word
    (``opens_sentence``): a verb's form capitalised inside the sentence is a noun ("„Offene“ Fragen",
    "die Berichte"), no verb of saying."""
    lead = len(context) - len(context.lstrip(" \t\n\"'„“”«»‹›–—-:")) if opens_sentence else 0
    return context[:lead] + re.sub(
        r"\b[A-ZÄÖÜ][\wäöüß-]*",
        lambda m: " " * len(m.group()) if _a_cue(m.group()) and (m.start() > 0 or not opens_sentence) else m.group(),
        context[lead:],
    )


_SAYING_NOUN = re.compile(r"(?:wort|aussage|äußerung|erklärung|ansicht|meinung|auffassung|lob\b|urteil)\w*$", re.I)
_MORE_SAYING = re.compile(r"\b(?:unterstrich|unterstreich|twitter|tweet|ortet|orten\b|ortete)", re.I)  # "hat unterstrichen, dass", "via Twitter", "ortet „Schikanen“"


def _saying_in(context: str) -> bool:
    """A verb or noun of saying in ``context`` (SPEECH_CONTEXT), where a capitalised word inside the
    sentence counts only as a noun of saying ("Warnung", "Worte"): a stem that begins another noun
    ("die Räte", "das Schreiben", "die Rate", "Werte") is no frame of saying."""
    for m in SPEECH_CONTEXT.finditer(context):
        word = _WORD.match(context, m.start())
        word = word.group() if word else m.group()
        if not word[:1].isupper() or not context[: m.start()].strip(" \t\n\"'„“”«»‹›–—-:") or _SAYING_NOUN.match(word) or _noun_of_the_verb(word, m.group()):
            return True
    return bool(_MORE_SAYING.search(context))


def _noun_of_the_verb(word: str, stem: str) -> bool:
    """``word`` is the noun in -ung made of the verb of saying ``stem`` ("Warnung" ← warn, "Forderungen"
    ← forder), not a compound that only begins with the stem ("Sprachförderung", "Ratenzahlungen": its
    last part names the thing) nor another noun ("Hoffnung"); nor the noun of a particle verb's bare
    stem ("Kündigung" ← kündig: "kündigte … an" says, the noun of saying keeps the particle, "Ankündigung")."""
    return word[len(stem) :].lower() in ("ung", "ungen") and stem.lower() + "en" not in _PARTICLE_STEMS


def _in_the_speakers_phrase(words: list[str], inner: str, before: str, after: str) -> bool:
    """Quoted words inside the noun phrase that opens the clause, right before its verb of saying
    ("Die „geizigen vier“ attackieren Merkel", "Ein Vertreter der „con energy ag“ bezeichnet …"): part
    of the one who speaks, not what is said."""
    if not words or len(words) > 4 or _has_verb(inner):
        return False
    opening = re.split(r"\s[–—-]\s|:\s", before)[-1]
    if not re.match(r"\s*(?:[A-ZÄÖÜ][\wäöüß-]*\s+)?(?i:die|der|das|ein|eine|einer|eines)\b", opening):
        return False
    if "," in opening or _has_finite_verb(opening) or any(_a_cue(w) for w in _words(opening)):
        return False
    m = re.match(r"\s*(?:\([^)]*\)\s*)?(?:(?:der|des|[A-ZÄÖÜ][\wäöüß.-]*)\s+){0,4}([a-zäöüß]+)\b", after)
    return bool(m) and (_a_cue(m.group(1)) or bool(SPEECH_CONTEXT.match(m.group(1))))


def _used_as_a_noun(words: list[str], before: str, after: str) -> bool:
    """One lower-case quoted word right after an article with no noun after it ("nach dem „mangelhaft“
    der Stiftung", "ein „sehr gut“"): the word itself used as a noun, a grade or a mark, not words said."""
    if len(words) != 1 or not words[0].islower():
        return False
    if not re.search(r"\b(?i:der|die|das|dem|den|des|ein|einem|einer|eines)$", before):
        return False
    return not re.match(r"\s+[A-ZÄÖÜa-zäöüß]", after) or bool(re.match(r"\s+(?:der|des)\s", after))


def _framed_as_said(context: str) -> bool:
    """Does the sentence around quoted words hold a verb of saying, an impersonal frame ("hieß es") or
    the Konjunktiv of reported speech?"""
    return bool(_has_cue(context) or IMPERSONAL_CUES.search(context) or any(is_subjunctive(w) for w in _words(context)))


def _only_verbs(words: list[str]) -> bool:
    """One to three quoted words that are all verbs (infinitives or finite indicative forms, with "und"/
    "oder" between them): „entsorgen“, „demontierte“, „akzeptieren und schließen“ — a verb the author
    uses in quote marks or a button's label, not a fragment of what someone said."""
    content = [w for w in words if w not in ("und", "oder")]
    if not content or len(words) > 3:
        return False
    return all(
        w.islower() and (lemma(w, "de") == w and w.endswith(("en", "ern", "eln")) and len(w) > 4 or _finite_indicative(w))
        for w in content
    )


# Closed-class words (articles, prepositions, pronouns) that open a title when capitalised mid-sentence
_TITLE_OPENERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines unter über im am vom zum zur beim in an auf aus bei "
    "mit nach von vor zu für gegen ohne um durch hinter neben zwischen wir ich du uns mein meine unser unsere".split()
)


def _opens_like_a_title(words: list[str], before: str, inner: str) -> bool:
    """Quoted words in the middle of a sentence whose first word, a preposition, article or pronoun, is
    capitalised and that hold no verb: a title („Unter uns“, „Die Stunde der Flut“), not words said
    (those go on in lower case: „unter keinen Umständen“)."""
    if not words or not re.search(r"[a-zäöüß0-9,]\s*$", before) or len(words) > 8:
        return False
    return words[0][:1].isupper() and words[0].lower() in _TITLE_OPENERS and not _has_verb(inner)


def _cue_without_comma(after: str) -> bool:
    """Does a verb of saying follow the closing mark with the comma left out ("„…“ erinnert Kaiser")?"""
    m = re.match(r"[ \t]*([a-zäöüß]+)\s+(\S+)", after)
    return bool(m) and _bare_saying_verb(m.group(1), m.group(2))


# After a verb of reminding, these make it one of resembling or recalling a thing ("„…“ erinnert an den Sommer")
_NOT_REMINDING = frozenset("an daran".split())


def _bare_saying_verb(verb: str, following: str) -> bool:
    """Is ``verb``, right after the closing mark with no comma, the finite verb of saying of an inverted
    frame ("„…“ erklärte die Ministerin", "„…“ erzählt Vogt", "„…“ erinnert Kaiser")? Any inflection of a
    verb of saying counts but its participle and infinitive; "erinnern" only without "an" after it
    (reminding someone, not resembling something)."""
    if verb in ("hieß", "heißt"):
        return False
    if verb in CUE_VERBS:
        return True
    base = lemma(verb, "de")
    if base == verb or verb.startswith("ge") or len(verb) <= 4 or base not in SAYING_LEMMAS | {"erinnern"}:
        return False
    return base != "erinnern" or following.lower().strip(",.;") not in _NOT_REMINDING


def _named_in_passing(text: str, mark: _Mark, sentence: Sentence) -> bool:
    """Quoted words with no frame of saying of their own that name something: in title case, part of
    a compound („Let's Dance“-Staffel) or capitalised after a preposition ("bei „Unter uns“",
    "im „Index der …“")."""
    words = _words(text[mark.inner_start : mark.inner_end])
    if _titled(words) or text[mark.end : mark.end + 1] in "-–" and text[mark.end : mark.end + 1]:
        return True
    return words[0][:1].isupper() and bool(PREPOSITION_BEFORE_NAME.search(text, sentence.start, mark.start))


# A preposition (with its article) right before quote marks: capitalised words after it name a place, a medium, a show
PREPOSITION_BEFORE_NAME = re.compile(r"\b(?i:im|am|vom|beim|zum|zur|ins|bei|in|aus|von|mit|auf|für|über|unter)(?:\s+(?:der|dem|den|des|die|das|einem|einer|eines))?\s*$")


def _titled(words: list[str]) -> bool:
    """Words in the title case of a work's name („Die Stunde der Flut“): the first and every word but
    the function words capitalised, and no verb to make it a statement."""
    return words[0][:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() or w in _FUNCTION_WORDS for w in words) and not _has_verb(" ".join(words))


# "X spricht von …", "die Rede ist von …", "X warnt vor …": the quoted words that follow are X's label for it
LABELLING = re.compile(
    r"\b(?:(?i:sprech|sprach|spricht|red)[a-zäöüß]*|Rede(?:\s+(?:ist|war|sei))?|(?i:warn)[a-zäöüß]*)\s+(?:von|vor)"
    r"(?:\s+(?:einem|einer|einen|eine|der|dem|den|des|die|das))?(?:\s+[a-zäöüß]+(?:e|en|er|es|em))?$"
)
# "Griechische Regierung: …", "Petra Vogt: …": a headline's speaker, then the colon
SPEAKER_THEN_COLON = re.compile(r"\s*(?P<np>(?:[A-ZÄÖÜ][\wäöüß-]*\s+){0,3}(?P<head>[A-ZÄÖÜ][\wäöüß-]*))\s*:\s")


def _speaker_then_colon(before: str) -> re.Match | None:
    """Does the sentence open with a name or a speaking body and a colon, the quote later in it?"""
    m = SPEAKER_THEN_COLON.match(before)
    if m is None or not before[m.end() :].strip():
        return None  # right after the colon the general rule for colons applies
    head = m.group("head")
    words = m.group("np").split()
    bodies = tuple(e for e in INSTITUTION_ENDINGS if e not in ("ung", "schaft", "amt", "rat")) + ("bund", "verein")
    speaks = is_role_word(head) or head.lower().endswith(bodies) or len(words) >= 2 and all(w[:1].isupper() and not simplemma.is_known(w.lower(), lang="de") for w in words)
    return m if speaks and not _has_verb(m.group("np")) else None


def _headline_speaker_before(before: str, after: str, inner: str) -> bool:
    """A headline with no verb that opens with its speaker, a role or a name, right before the quote
    marks ("Polizeichef „…“ – …", "Ban „beunruhigt“ über …"): the speaker's words, as after a colon."""
    before = re.split(r"\s[–—-]\s|:\s", before)[-1]  # "Bischof ehrt Orden – Polizeichef „…“": the headline's last part
    m = re.fullmatch(r"\s*((?:[A-ZÄÖÜ][\wäöüß.-]*\s+){0,2}([A-ZÄÖÜ][\wäöüß-]*))\s*", before)
    if m is None or _names_a_thing(_words(inner)) or _has_verb(m.group(1)) or _has_finite_verb(after) or _has_verb(inner) and len(_words(inner)) >= 3:
        return False
    if not re.match(r"\s*(?:$|[–—-]\s|[.:;]|(?-i:[a-zäöüß]+)\b)", after):
        return False  # "Netflix „Dark“ Staffel …": a name goes on
    head, names = m.group(2), m.group(1).split()
    bodies = tuple(e for e in INSTITUTION_ENDINGS if e not in ("ung", "schaft", "amt", "rat")) + ("bund", "verein")
    # a role, a body, a first name and surname, or a word no dictionary knows
    return is_role_word(head) or head.lower().endswith(bodies) or len(names) >= 2 or not simplemma.is_known(head.lower(), lang="de")


# What a name means in German, given in quote marks: after "auf Deutsch:", "übersetzt", or in brackets right after the name
TRANSLATION_BEFORE = re.compile(r"(?:\b(?:auf\s+)?(?i:deutsch|englisch)|\bübersetzt(?:\s+etwa)?)\s*:?$|[A-ZÄÖÜ][\wäöüß-]+\s*\($")
# After a quote opening its sentence, a dash or a bracket before a name attributes it without a verb.
ATTRIBUTION_AFTER = re.compile(r"\s*(?:[–—]\s*|-\s+|\(\s*)(?=[A-ZÄÖÜ])")
# "Für den Minister ist …", "Was für die Ministerin eine … ist": a judgement someone holds
_HOLDER = r"[Ff]ür\s+(?P<holder>(?:den|die|das|dem|der|seine|ihre)?\s*(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+){0,3})"
_COPULA = r"(?:ist|war|sei|sind|waren|wäre)"
OPINION_FOR = re.compile(rf"\b{_HOLDER}(?:\s+[a-zäöüß]+){{0,2}}\s+(?:eine?\s+)?{_COPULA}\b")
# "… war für die Lehrerverbände in Niedersachsen „…“": the holder after the copula, right before the words
OPINION_FOR_AFTER_COPULA = re.compile(
    rf"\b{_COPULA}\s+(?:(?:es|das|dies|er|sie)\s+)?{_HOLDER}(?P<place>\s+(?:in|aus)\s+[A-ZÄÖÜ][\wäöüß-]+)?\s+(?:(?:eine?|nur|bloß|schlicht)\s+)?$"
)
# "Was für die Ministerin eine „…“ ist": the copula after the words
OPINION_FOR_BEFORE_COPULA = re.compile(rf"\b[Ww]as\s+{_HOLDER}\s+(?:eine?\s+)?$")


# "„…“ sein soll", "„…“ gewesen sein sollen": the predicate of a claim reported with "sollen"
REPORTED_PREDICATE = re.compile(r"\s*(?:sein|gewesen\s+sein|haben|gehabt\s+haben)\s+(?:soll|sollen)\b")
# an "um … zu" clause whose end is quoted: "um auf „… aufmerksam zu machen“"
QUOTED_PURPOSE_BEFORE = re.compile(r"\bum(?:\s+[\wäöüß-]+){0,3}$")
QUOTED_INFINITIVE = re.compile(r"(?:\bzu\s+[a-zäöüß]+(?:en|ern|eln)|\b[a-zäöüß]{2,}zu[a-zäöüß]{2,}(?:en|ern|eln))$")


# Names of laws, bodies and programmes: a noun (with its adjective) and "zur/zum/über …" ("Gesetz über den
# Verfassungsschutz", "Allianz zur Europäischen Integration")
INSTITUTION_NAME = re.compile(
    r"(?:[A-ZÄÖÜ][\wäöüß-]*\s+)?[A-ZÄÖÜ][\wäöüß-]+\s+(?:zur|zum|über)\s+(?:den|die|das|der|dem|ein|eine|einen|einer)?\s*(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ]"
)
# A company's or an association's legal form closing the quoted words: „Förderverein Stadtbad e.V.“, „Nordlicht Reisen GmbH“
LEGAL_FORM_AT_END = re.compile(r"\s(?:e\.\s?V\.|GmbH|gGmbH|AG|KG|KGaA|eG|SE|Inc\.?|Ltd\.?|LLC|Corp\.?|plc|S\.A\.)$")
MEANING = re.compile(
    r"\b(?:bedeutet|bedeuten|bedeutete|übersetzt|Bezeichnung\s+für|Wort\s+für|steht\s+für)(?:\s+(?:auf|im)\s+[A-ZÄÖÜ][\wäöüß-]+)?"
    r"(?:\s+(?:etwa|so\s+viel\s+wie|wörtlich|ungefähr))?$"
    r"|\bso\s?viel\s+(?:bedeutet|bedeuten|bedeutete|heißt|hieß)\s+wie$"  # "was so viel bedeutet wie „…“"
)
# "hieß das Lokal (noch)", "heißt der Verein": the verb of being called, not "hieß es" (it was said)
# or "die Ausstellung heißt", "der Verein hieß damals": the noun before the verb (not "das heißt", "es heißt")
CALLED = re.compile(
    r"\b(?:hieß|hiess|heißt|heisst|hießen|heißen)\s+(?!es\b)(?:der|die|das|den|dem|sein|seine|ihr|ihre)\s+[\wäöüß-]+(?:\s+(?-i:[a-zäöüß]+)){0,2}$"
    r"|\b(?:der|die|das|dessen|deren|sein|seine|ihr|ihre)\s+(?:[a-zäöüß]+\s+)?(?-i:[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß])\s+(?:hieß|hiess|heißt|heisst|hießen|heißen)(?:\s+(?-i:[a-zäöüß]+)){0,2}$",
    re.I,
)
# "nannte ihn den", "nennen die Pläne eine": someone calls a person or a thing by the quoted words (not "nennt man")
NAMED_BY_SOMEONE = re.compile(r"\b(?:nenn|nann)[a-zäöüß]*\s+(?!man\b)(?:[\wäöüß-]+\s+){0,3}(?:den|die|das|der|einen|eine|ein)$", re.I)
# "von Anwohnern als", "vom Minister öffentlich als": the agent of a passive naming
NAMED_BY_AN_AGENT = re.compile(
    r"\b(?:von|vom)\s+(?P<agent>(?:(?:der|den|dem|einem|einer|seinen|ihren|[a-zäöüß]+(?:e|en|er|em))\s+){0,2}[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*){0,2}(?:\s+(?:aus|der|des)\s+[A-ZÄÖÜ][\wäöüß-]*)?)"
    r"(?P<between>(?:\s+[^,.;:!?„“\"]{1,30}?)?)\s+als$"
)


def _a_name_given(words: list[str], inner: str, before: str, after: str) -> bool:
    """Quoted words that are a name given or a reputation ("Dies nennt man einen „Aktiensplit“", "der als
    „Sonnenwind“ bezeichnet wird", "galt schon damals als „heimlicher Regierungschef“"), not words said;
    with the agent of a passive naming ("die von Anwohnern als „Dreckschleuder“ bezeichnet wird") they are
    that one's words."""
    stripped = before.rstrip()
    if len(words) <= 3 and NAMING.search(before + " " + after) and not _naming_agent(stripped):
        return True
    clause = re.split(r"[,;:]", stripped)[-1]
    if len(words) <= 4 and NAMED_PARTICIPLE_AFTER.match(after) and re.search(rf"\b{_PASSIVE_AUX}\b", clause) and not re.search(r"\b(?:von|vom)\s", clause):
        return True  # "der Stürmer werde in seiner Heimat „Bomber der Nation“ genannt": the aux, then the participle after the marks
    return len(words) <= 4 and bool(REPUTED_AS.search(stripped)) and not _has_finite_verb(inner)


def _naming_agent(before: str) -> re.Match | None:
    """"von Anwohnern (seit Jahren) als": the agent of a passive naming, with nothing but adverbs between
    it and "als" (not "der von der Sonne ausgeht und als")."""
    agent = NAMED_BY_AN_AGENT.search(before)
    if agent is None:
        return None
    between = _words(agent.group("between"))
    return None if any(w in ("und", "oder", "sowie", "aber") or _a_finite_verb(w) for w in between) else agent


DENIAL = re.compile(r"\b(?:nicht|nie|keineswegs)\b")
# Naming, not saying: "nennt man", "wird … bezeichnet", "so genannt".
_PASSIVE_AUX = r"(?:wird|wurde|werden|wurden|werde|würde|würden)"  # with Konjunktiv: "werde „…“ genannt" in a report
NAMING = re.compile(
    rf"\b(?:nennt|nannte|nennen|nenne|bezeichnet|bezeichnete|bezeichne)\s+man\b|\bbezeichnet\s+{_PASSIVE_AUX}\b|\bgenannt\s+{_PASSIVE_AUX}\b"
    rf"|\b{_PASSIVE_AUX}\s+(?:auch\s+)?(?:als\s+\S+\s+)?(?:bezeichnet|genannt)\b"
)
NAMED_PARTICIPLE_AFTER = re.compile(r"\s*(?:genannt|getauft|bezeichnet)\b")
# "gilt (in der Stadt) als", "galt schon damals als": a reputation, what someone is taken for, not words said
REPUTED_AS = re.compile(r"\b(?:gilt|galt|gelten|galten|gelte|gälte)\b[^,;:.!?„“\"«»]{0,60}?\bals$")


# A noun phrase ending right before the quote marks: what follows names it ("die Organisation „Obraz“").
NAMED_AFTER_NOUN = re.compile(
    r"\b(?i:der|die|das|des|dem|den|ein|eine|einer|eines|einem|im|vom|zum|zur|beim)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?"
    r"(?P<noun>[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß])$"
)
# Nouns after which quote marks hold words said: "mit den Worten „…“", "die Parole „…“".
SPEECH_NOUNS = frozenset(
    "worte worten wort satz sätze parole parolen spruch sprüche frage fragen antwort forderung feststellung "
    "behauptung vorwurf warnung appell bitte zitat formulierung ruf rufe losung sprüchen sätzen forderungen rufen zitaten".split()
)


def _after_speech_noun(before: str) -> bool:
    """Do the quote marks follow a noun of saying, perhaps with "wie (zum Beispiel)" ("Parolen wie „…“")?"""
    # or its genitive object: "den Vorwurf einer „gezielten Täuschung“", "die Forderung der „…“"
    m = re.search(r"([A-ZÄÖÜ][\wäöüß]+)(?:\s+wie(?:\s+(?:zum\s+Beispiel|etwa))?|\s+(?:des|der|eines|einer)(?:\s+[a-zäöüß]+(?:e|en))?)?$", before)
    return bool(m) and m.group(1).lower() in SPEECH_NOUNS


def _object_of_calling(before: str) -> bool:
    """Does ``before`` end with the object of a finite active "nennen" ("Sie nannte die Lage", "Der
    Minister nennt den Plan")? One lower-case word in marks after it is the judgement of the subject
    ("… „ernst“", "… „unfair“"), not the name of the noun."""
    m = NAMED_AFTER_NOUN.search(before)
    if m is None:
        return False
    clause = re.split(r"[,;:–—]", before[: m.start()])[-1]
    verbs = [w for w in _words(clause) if w[:1].islower() and not w.startswith("ge") and lemma(w, "de") == "nennen"]
    return bool(verbs) and not re.search(r"\bman\b", clause, re.I)


def _names_the_noun_before(before: str, length: int) -> bool:
    """Does a noun phrase that is not about speech or a speaker end right before the quote marks
    (``length`` words)?"""
    m = NAMED_AFTER_NOUN.search(before)
    if m is None or m.group("noun") == "Beispiel":  # "Parolen wie zum Beispiel „…“"
        return False
    noun = m.group("noun")
    verb = re.search(r"(\w+)\s*$", before[: m.start()])
    if is_role_word(noun) or noun.lower() in EPITHET_NOUNS or length >= 3 and verb and verb.group(1).lower() in CUE_VERBS:
        return False  # "rief der Trainer „…“", "sagte die Gewinnerin „Das war knapp“": the speaker and the words said
    return noun.lower() not in SPEECH_NOUNS and not SPEECH_CONTEXT.fullmatch(noun)


WEB_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:de|com|net|org|at|ch|info|eu|fr|it|uk|tv)(?:/\S*)?", re.I)
FRAME_BEFORE_NAME = re.compile(r"\blaut(?:\s+(?:der|dem|den|des|einem|einer))?\s*$|\b(?:Zeitung|Magazin|Sender|Blatt|Agentur|Nachrichtenagentur|Portal)\s*$", re.I)


JUDGED_AS = re.compile(r"\b(?i:als)(?:\s+(?:ein|eine|einen|einer|den|die|das|der))?(?:\s+[a-zäöüß]+(?:e|en|er|es|em))?\s*$")
JUDGING = re.compile(r"\b(?:würdig|feier|wert|sieht|sah|sehen|wies|weist|beurteil|einstuf|eingestuft|stuft|brandmark|abgetan|tat|beschimpf|verspott|verhöhn|verunglimpf|titulier)", re.I)


NAME_AFTER_PREPOSITION = re.compile(r"\b(?:im|vom|beim|(?:von|in|bei|aus)\s+(?:der|dem|den))\s*$|\bvon\s*$", re.I)


def _coordinated_with(text: str, mark: _Mark, spoken: Quote) -> bool:
    """Quoted words joined by "und"/"oder"/"sowie"/a comma to a quote right before them
    ("von „Verrat“ und „Zerstörung“"): more of the same words, even one capitalised word."""
    between = text[spoken.end : mark.start]
    return bool(re.fullmatch(r"[“”\"»«’‘']?\s*(?:,|und|oder|sowie|bzw\.)\s*", between)) and not WEB_ADDRESS.fullmatch(
        text[mark.inner_start : mark.inner_end].strip()
    ) and not _names_a_product(_words(text[mark.inner_start : mark.inner_end]))


def _goes_on_speaking(text: str, mark: _Mark, sentence: Sentence) -> bool:
    """A later quoted fragment in a sentence that already quotes someone: more of the same words,
    unless it is a title or a name."""
    words = _words(text[mark.inner_start : mark.inner_end])
    before = text[sentence.start : mark.start].rstrip()
    return (
        len(words) >= 2 and not NOT_SPEECH_BEFORE.search(before) and not WORK_NOUN_BEFORE.search(before) and not FRAME_BEFORE_NAME.search(before)
        and not _in_another_script(text[mark.inner_start : mark.inner_end])
        and not TRANSLATION_BEFORE.search(before) and not _names_a_thing(words) and not CLICKED_AFTER.match(text, mark.end)
        and not WEB_ADDRESS.fullmatch(text[mark.inner_start : mark.inner_end].strip())  # "Anlass war „tt.com“"
        and not _a_work_shown(words, text[mark.inner_start : mark.inner_end], before, text[mark.end : sentence.end])
        and not _a_name_given(words, text[mark.inner_start : mark.inner_end], before, text[mark.end : sentence.end])
    )


SOURCE_VERB_AFTER = re.compile(r"\s*(?:\(\w+\)\s*)?(?:berichtet|berichtete|berichten|meldet|meldete|schreibt|schrieb|mitteilte|teilte|zitiert|zitierte)\b")
DETERMINER_BEFORE = re.compile(r"(?:\s(?:der|die|das|dem|den|des|im|vom|zum|zur|beim))$", re.I)


def _names_a_product(words: list[str]) -> bool:
    """A short name with a digit or an inner capital: „documenta 12“, „c4“, „iTunes-Musik-Handy“."""
    return len(words) <= 3 and any(
        any(ch.isdigit() for ch in w) or (w[:1].islower() and any(ch.isupper() for ch in w[1:]))
        or bool(re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ][\wäöüß]*", w))  # „ZiB spezial“, „WhatsApp“: a capital inside the word
        for w in words
    )


def _a_common_noun(words: list[str], before: str) -> bool:
    """One quoted word that is a common noun of the dictionary ("„Wortbruch“", "sei der „Normalfall“"),
    not after a preposition that makes it a name ("im „Standard“", "bei „Figaro“")."""
    return len(words) == 1 and not re.search(r"\b(?:im|am|vom|zum|zur|beim|von|in|auf|bei)\s*$", before, re.I) and simplemma.is_known(words[0], lang="de")


def _names_a_thing(words: list[str]) -> bool:
    """Quoted words that look like a name ("Shenzhou 6", "Britain First", „Spiegel“, „iTunes-Musik-Handy“,
    „documenta 12“), not words said."""
    return _names_a_product(words) or all(w[0].isupper() or w[0].isdigit() for w in words) and (len(words) == 1 or any(w[0].isdigit() for w in words) or len(words) <= 3)


EPITHET_NOUNS = frozenset(
    """
    republikaner republikanerin demokrat demokratin amerikaner amerikanerin russe russin ukrainer ukrainerin
    deutsche deutscher franzose französin brite britin politiker politikerin staatsmann christdemokrat
    christdemokratin sozialdemokrat sozialdemokratin grüne grünen liberale konservative milliardär milliardärin
    unternehmer unternehmerin ex-präsident ex-präsidentin amtsinhaber amtsinhaberin herausforderer herausforderin
    gast gastgeber gastgeberin
    """.split()
)
_EPITHET = re.compile(
    r"\b(?P<np>(?:[Dd]er|[Dd]ie|[Dd]as|[Ss]eine|[Ii]hre|[Ss]ein|[Ii]hr)\s+(?:[a-zäöüß][\wäöüß-]*\s+){0,2}(?P<noun>\d+-[Jj]ährigen?|[A-ZÄÖÜ][\wäöüß-]+))"
)
_PRONOUN = re.compile(r"\b(er|sie|Er|Sie)\b")
_SKIP_AFTER_CUE = re.compile(
    r"\s*(?:(?:am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenende|Abend|Morgen|Vormittag|Nachmittag)(?:abend|morgen|vormittag|nachmittag)?|"
    r"am|im|zuletzt|zudem|dann|auch|nun|später|weiter|jedoch|aber|dazu|daraufhin|bereits|schon|noch|mehrfach|erneut|wörtlich|"
    # particles that stand before the subject after the verb: "erklärten nur die Gefängnisse"
    r"nur|lediglich|sogar|ebenfalls|gleichfalls|wiederum|laut\s+\w+)\s+)*"
)


def _agents(article: Article, start: int, end: int) -> list[SpeakerRef]:
    """Who could be speaking between ``start`` and ``end``: names, pronouns, roles and epithets, in order."""
    text = article.text
    found: list[SpeakerRef] = []
    # Any named entity can speak ("Kiew erklärte", "Moskau dementierte"); the label is settled story-wide later.
    mentions = [
        m for m in article.mentions
        if start <= m.start and m.end <= end and not _adjective_mention(text[m.start : m.end]) and not _NOT_SPEAKERS.search(text[m.start : m.end])
    ]
    for m in mentions:
        found.append(SpeakerRef(text[m.start : m.end], m.start, m.end, "name"))
    if not article.mentions:  # no NER available: capitalised word sequences stand in for names
        for m in _CAP_NAME.finditer(text, start, end):
            words = m.group().split()
            if words[0].lower() in _FUNCTION_WORDS or is_role_word(words[0]) or len(words) < 2 or _NOT_SPEAKERS.search(m.group()):
                continue
            found.append(SpeakerRef(m.group(), m.start(), m.end(), "name"))
    for m in _PRONOUN.finditer(text, start, end):
        word = m.group()
        if word == "Sie" and m.start() > 0 and text[m.start() - 2 : m.start()].strip() not in ("", ".", "!", "?", ":", "„", "\""):
            continue  # polite "Sie" inside a sentence
        if any(f.start <= m.start() < f.end for f in found):
            continue
        found.append(SpeakerRef(word, m.start(), m.end(), "pronoun"))
    for m in _EPITHET.finditer(text, start, end):
        noun = m.group("noun")
        if any(f.start <= m.start("noun") < f.end for f in found):
            continue
        if "jährig" in noun.lower() or is_role_word(noun) or noun.lower() in EPITHET_NOUNS:
            found.append(SpeakerRef(m.group("np"), m.start("np"), m.end("np"), "epithet"))
    for m in re.finditer(r"\b(?:[A-ZÄÖÜ][\wäöüß]*-)?[A-ZÄÖÜ][\wäöüß-]+", text[start:end]):
        if is_role_word(m.group()) and not any(f.start <= start + m.start() < f.end for f in found):
            # a bare role right before a name is part of that name's mention; alone it is a role
            follows_name = any(f.start == start + m.end() + 1 for f in found if f.kind == "name")
            if not follows_name:
                found.append(SpeakerRef(m.group(), start + m.start(), start + m.end(), "role"))
    found.sort(key=lambda r: r.start)
    return found


# Tagged words that never speak: currencies and units ("5 Milliarden Euro"), streets and squares.
_NOT_SPEAKERS = re.compile(
    r"^(?:Euro|Dollar|US-Dollar|Franken|Pfund|Yen|Rubel|Cent|Prozent)$|(?:straße|strasse|platz|allee|gasse|weg)$"
    # a date tagged as a name ("hatte Ende Jänner erklärt"): when, never who
    r"|^(?:(?:Anfang|Mitte|Ende)\s+)?(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?:\s+\d{4})?$",
    re.I,
)


def _adjective_mention(surface: str) -> bool:
    """A tagged word that is an adjective, not a name: "die US-amerikanische Außenministerin"."""
    return bool(re.fullmatch(r"(?:[A-ZÄÖÜ]{1,4}-)?[a-zäöüß]+(?:e|en|er|es|em)", surface))


INSTITUTION_ENDINGS = (
    "schaft", "ung", "amt", "gericht", "polizei", "regierung", "behörde", "partei", "verband", "kommission",
    "ministerium", "rat", "ausschuss", "gewerkschaft", "agentur", "verwaltung", "fraktion", "konzern", "firma",
)


def _name_after(article: Article, pos: int, limit: int) -> SpeakerRef | None:
    """The speaker right after a cue (``sagte der Republikaner``, ``so Putin``, ``teilte Trump … mit``)."""
    skip = _SKIP_AFTER_CUE.match(article.text, pos, limit)
    first = skip.end() if skip else pos
    for ref in _agents(article, pos, limit):
        gap = article.text[first : ref.start].split()
        # Only a determiner, adjectives and a role may stand between: "sagte Landrat Jens Köhler",
        # "sagte der ukrainische Präsident Wolodymyr Selenskyj".
        nouns = [w for w in gap if w[0].isupper() and w.lower() not in _DETERMINER_WORDS and not is_role_word(w)]
        if any(w.lower() in _PREPOSITIONS for w in gap):
            break  # "sagte gegenüber der Nachrichtenagentur AFP": whom it was said to
        if any(w in ("dem", "den", "einem", "einen") for w in gap):
            break  # "teilte dem Sender CNN mit": a dative or accusative is no subject
        if any(w.lower().endswith(INSTITUTION_ENDINGS) for w in nouns):
            break  # "warf die Staatsanwaltschaft Ertel vor": the institution speaks, the name is its object
        # One apposition noun may stand there too: "sagte die Buchhändlerin Karin Lenz".
        if len(nouns) <= 1 and all(w.lower() in _DETERMINER_WORDS or w.islower() or is_role_word(w) or w in nouns for w in gap) and len(gap) <= 4:
            if ref.kind in ("role", "epithet"):
                # "betonte die Chefin der Holding, Martha Oberndorfer,", "sagte Parteichef und Minister Jan Roth"
                return _apposition_name(article, ref) or _name_after_second_title(article, ref) or ref
            return _possessed_by(article, ref) or _person_after_title(article, ref) or ref
        break
    return None


# Agent nouns by their derivation ("Politologe", "Aktivistin", "Touristikchefs", "Sprecher"): a person.
_AGENT_NOUN = re.compile(r"(?:(?:loge|ist|ent|ant|eur|ier|or|at|er|chef)(?:s|en|n)?|[a-zäöüß]{3}(?:in|innen))$")


def _person_after_title(article: Article, ref: SpeakerRef) -> SpeakerRef | None:
    """"der Kiewer Politologe Alexander Kawa" tagged as an organisation and a person: a tagged name
    that ends in a noun for a person and runs straight into a person's name is that person's title."""
    if ref.kind != "name" or not _AGENT_NOUN.search(ref.phrase.split()[-1]) and not is_role_word(ref.phrase.split()[-1]):
        return None
    own = next((m for m in article.mentions if m.start == ref.start and m.end == ref.end), None)
    if own is None or own.label == "PER":
        return None
    after = next((m for m in article.mentions if m.start == ref.end + 1 and m.label == "PER"), None)
    if after is None or article.text[ref.end : after.start] != " ":
        return None
    return SpeakerRef(after.text, after.start, after.end, "name")


_HEAD_THEN_ATTRIBUTE = re.compile(r"^(?:[\wäöüß]+\s+){0,4}?(?P<head>[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß])\s+(?:der|des|eines|einer|von|vom)\s")


def _head_speaks_for_its_attribute(phrase: str) -> bool:
    """Does the phrase name a person or group by a noun with a genitive or "von" attribute ("Die
    Regierung der Region", "eine Reporterin der Agentur AFP", "der Lufthansa-Manager der Zeitung")?
    The noun speaks, not the name in its attribute; a noun of saying or an abstract noun ("Angaben
    der Polizei", "die Forderung der SPD") leaves the attribute the source."""
    from lagebild.nlp.speaker_ranker import _noun_that_speaks, head_class

    m = _HEAD_THEN_ATTRIBUTE.match(phrase)
    if m is None or "," in phrase or any(w[:1].isupper() and w.lower() not in _DETERMINER_WORDS for w in phrase[: m.start("head")].split()):
        return False
    head = m.group("head")
    return head_class(head) not in ("saying", "abstract") and _noun_that_speaks(head)


_POSSESSED_NOUN = re.compile(
    r" (?P<adjectives>(?:(?:[A-ZÄÖÜ][\wäöüß]*-)?[a-zäöüß]+(?:e|en|er|es|em) )*)[„\"»‚]?"
    r"(?P<noun>[A-ZÄÖÜ][\wäöüß]*-\s+(?:und|oder)\s+[A-ZÄÖÜ][\wäöüß-]+|[A-ZÄÖÜ][\wäöüß-]+)[“\"«‘]?"
)
_NOT_POSSESSED = frozenset("montag dienstag mittwoch donnerstag freitag samstag sonntag".split())


def _possessed_by(article: Article, ref: SpeakerRef) -> SpeakerRef | None:
    """"sagte Brasiliens Teamkicker", "sagte Mexikos Trainer Miguel Herrera": a name in the genitive before
    a noun is its possessor; the speaker is the noun (or the name in apposition to it)."""
    if ref.kind != "name" or not re.search(r"(?:[^s]s|')$", ref.phrase):
        return None
    # "Vorarlbergs Kinder- und Jugendanwalt": a compound's shared part counts with it; adjectives may
    # stand before the noun ("Hongkongs umstrittene Regierungschefin"), quote marks around it
    noun = _POSSESSED_NOUN.match(article.text, ref.end, ref.end + 90)
    if noun is None or noun.group("noun").lower() in _NOT_POSSESSED:
        return None
    if any(lemma(word.rsplit("-", 1)[-1], "de") == word.rsplit("-", 1)[-1] for word in noun.group("adjectives").split()):
        return None  # an uninflected word ("der", "heute", "aber") is no adjective of the noun
    noun_end = noun.end()
    for m in article.mentions:
        if m.start < noun_end and m.end > noun.start("noun"):
            return None  # the word after it is a name of its own
        if m.start == noun_end + 1 and m.label == "PER":
            return SpeakerRef(m.text, m.start, m.end, "name")
    from lagebild.nlp.speaker_ranker import _PERSON_NOUNS

    head = noun.group("noun").split()[-1]
    # "Badawis Ehefrau", "Flacks Familie": a kin word names someone of the owner's who speaks
    if not (is_role_word(head) or head.lower() in EPITHET_NOUNS or re.search(r"(?:er|erin|ist|istin|ling)$", head) or head.lower().endswith(_PERSON_NOUNS)):
        return None  # "Netanyahus Büro", "Zschäpes Darstellung": the owner is the source
    return SpeakerRef(article.text[ref.start : noun_end], ref.start, noun_end, "epithet")


# Nouns of media and audiences: after a verb of saying, "der Zeitung" is whom it was said to.
_ADDRESSEE_NOUNS = frozenset(
    "zeitung zeitungen sender agentur nachrichtenagentur presse reportern journalisten journalistinnen fernsehsender "
    "magazin blatt öffentlichkeit medien zuhörern teilnehmern abgeordneten delegierten anhängern".split()
)


def _speaker_around_cue(article: Article, cue: re.Match, clause_start: int, limit: int) -> SpeakerRef | None:
    """Who speaks with this verb of saying: a name after it ("sagte Trump"), the subject before it
    ("Trump sagte"), or, named by neither, a description on either side ("Die Passagiere berichteten",
    "erklärte ein Sprecher der Polizei")."""
    if cue.group().lower() in ("heißt", "hieß", "heisst", "hiess") and (
        re.match(r"\s+es\b", article.text[cue.end() : limit]) or re.search(r"\b[Ee]s\s+$", article.text[clause_start : cue.start()])
    ):
        said = _it_is_said_source(article.text, cue, clause_start, limit)  # "heißt es": "es" is its subject
        if said is not None:
            return said
    agent = _passive_agent(article, clause_start, cue)
    if agent is not None:
        return agent  # "Platter wird von der Nachrichtenagentur Reuters mit den Worten zitiert, …"
    opening = _opening_subject(article, clause_start, cue.start())
    if opening is not None:
        return opening  # "Stoiber hatte die Rolle der Parteivorsitzenden betont: „…“"
    before = _subject_before(article, clause_start, cue.start())
    if before is None or not _right_before_verb(article.text, before.end, cue.start()):
        # "Die spätere Ministerin Petra Vogt nannte Köhler …": the name that ends the phrase before the verb
        before = _agent_right_before(article, clause_start, cue.start()) or before
    if before is not None and _right_before_verb(article.text, before.end, cue.start()):
        if not _opens_its_clause(article.text, clause_start, before.start):
            # "Um 10 Uhr MEZ meldete die Agentur", "Den Unmut der Partei brachte die Sprecherin … zum
            # Ausdruck": something else fills the place before the verb, so the subject follows it.
            after = _named_or_described_after(article, cue.end(), limit)
            if after is not None:
                return after
        # "McCarthy nannte Patersons Entscheidung …": the subject stands before the verb, and the
        # name after it is its object.
        return before
    ref = (
        _name_after(article, cue.end(), limit)
        or before
        or _description_before(article.text, clause_start, cue.start())
        or _description_after(article.text, cue.end(), limit)
    )
    if ref is not None and ref.kind == "description":
        return _apposition_name(article, ref) or ref
    return ref or _bare_subject(article.text, clause_start, cue) or _impersonal_subject(article.text, cue, clause_start, limit)


_PLACE_OF_SAYING = r"(?:aus|in|im)\s+(?P<np>(?:(?:der|dem|den|des|einer|einem)\s+)?(?:[a-zäöüß][\wäöüß-]*\s+)?[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:der|des)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\wäöüß-]+)?)"


def _it_is_said_source(text: str, cue: re.Match, clause_start: int, limit: int) -> SpeakerRef | None:
    """Who stands behind "heißt es" / "hieß es", whose subject is "es": a circle or document named with
    "aus" or "in" that ends the clause ("hieß es aus EU-Kreisen", "heißt es in dem Bericht."); no one where nothing but an adverb follows and no phrase of place or
    document opens the clause ("…, hieß es.", "Der Tod, heißt es, sei …": never a dateline or a name
    inside the reported clause); else None, for the phrases found as before ("heißt es in dem Bericht")."""
    rest = text[cue.end() : limit]
    after = re.match(r"\s+es\s+(?:(?:weiter|zudem|dazu|auch|nun|jedoch|aber|ferner|am\s+\w+|\w+tag)\s+){0,2}" + _PLACE_OF_SAYING + r"\s*(?=[,.;:!?]|$)", rest)
    if after:
        s = cue.end() + after.start("np")
        return SpeakerRef(after.group("np"), s, cue.end() + after.end("np"), "description", certain=True)
    if not re.match(r"(?:\s+es)?\s*(?:(?:weiter|zudem|dazu|auch|nun|jedoch|aber|ferner|darin|dort|dabei|außerdem|bisher|zuletzt|nur|zunächst|offiziell)\s*)*(?:[,.;:!?]|$)", rest):
        return None  # "heißt es in dem Bericht", "hieß es vom ORF": found as before
    head = text[clause_start : cue.start()]
    if re.match(r"\s*(?:Aus|In|Im|Auf|Bei|Beim|Von|Vom|Seitens|Laut|Nach|So|Darin|Dort|Hier|Da|Dazu|Darüber)\b", head):
        return None  # "In der Resolution, die … angenommen wurde, heißt es": the phrase that opens the clause
    return SpeakerRef("", cue.start(), cue.start(), "anonymous", certain=True)


# "verlautete am Montag aus Sicherheitskreisen": after a verb that takes no speaker as its subject, the
# phrase with "aus" says where the words came from; a few adverbials may stand between.
_FROM_SOURCE = re.compile(
    r"(?:\s+(?:am|im|in|zum|zur|bereits|zuletzt|zunächst|nun|jetzt|gestern|heute|dazu|auch|zudem|weiter|ferner|"
    r"[a-zäöüß]+(?:s|lich|weise)|[A-ZÄÖÜ][a-zäöüß]+tag|[A-ZÄÖÜ][a-zäöüß]+abend|\d+\.?))*?"
    r"\s+aus\s+(?P<np>(?:(?:der|dem|den)\s+)?(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?[A-ZÄÖÜ][\wäöüß-]+"
    r"(?:\s+(?:der|des)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+)?[A-ZÄÖÜ][\wäöüß-]+)?)"
)


def _impersonal_subject(text: str, cue: re.Match, clause_start: int, limit: int) -> SpeakerRef | None:
    """No one speaks by name: "…, erklärt man." (the indefinite "man" is its subject) is anonymous;
    "…, verlautete aus Sicherheitskreisen." names its source by the phrase with "aus"."""
    if lemma(cue.group(), "de") == "verlauten":
        source = _FROM_SOURCE.match(text, cue.end(), limit)
        if source:
            return SpeakerRef(source.group("np"), source.start("np"), source.end("np"), "description", certain=True)
    head = text[clause_start : cue.start()]
    if re.match(r"\s+man\b", text[cue.end() : limit]) or re.search(r"(?:^|[\s,;:])man\s+$", head) and not re.search(r"\b(?:%s)\s+man\s+$" % "|".join(_MODALS), head):
        # "Dazu muss man sagen": a modal verb makes it the speaker's own remark, not a source
        place = re.match(r"\s*(?:Im|Beim|In\s+der|Bei\s+der|Bei|In)\s+(?P<np>(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?[A-ZÄÖÜ][\wäöüß-]+)\s+[a-zäöüß]+\s+man\b", text[clause_start:limit])
        if place:
            # "Im Justizministerium rechnet man damit": the people of the place named first
            s = clause_start + place.start("np")
            return SpeakerRef(place.group("np"), s, clause_start + place.end("np"), "description")
        return SpeakerRef("", cue.start(), cue.start(), "anonymous", certain=True)  # "sagt man", "wie man erklärt"
    return None


_MODALS = ("kann", "könne", "könnte", "muss", "müsse", "müsste", "darf", "dürfe", "dürfte", "soll", "solle", "sollte", "will", "wolle", "möchte", "mag")


PARTICIPLE = re.compile(r"(?:(?:an|auf|aus|vor|zu|mit|bei|ab|ein|nach|fest|bekannt|hin|her|dar|klar|frei)?ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]+iert)$")
PASSIVE_AGENT = re.compile(r"\b(?:wird|wurde|werden|wurden|worden)\b(?:\s+[\wäöüß-]+){0,4}?\s+(?:von|vom)\s+(?=\S)")


# A participle without "ge-" after an inseparable prefix ("berichtet", "erklärt", "verkündet"); its form
# is also the finite verb's ("sie berichtet"), so it counts only beside a passive auxiliary and "von".
_INSEPARABLE_PARTICIPLE = re.compile(r"(?:be|ver|er|ent|zer|emp|miss)[a-zäöüß]{3,}t$")


def _passive_agent(article: Article, clause_start: int, cue: re.Match) -> SpeakerRef | None:
    """The agent of a verb of saying in the passive: "X wird von der Agentur Reuters zitiert",
    "wie Hoyzer von Spiegel Online zitiert wird" — the one who says (or reports) it."""
    if not (PARTICIPLE.match(cue.group()) or _INSEPARABLE_PARTICIPLE.match(cue.group())):
        return None  # only a participle: "zitiert", "gefordert", "angewiesen", "berichtet", "erklärt"
    text = article.text
    window_start = max(clause_start, cue.start() - 120)
    found = None
    for m in PASSIVE_AGENT.finditer(text, window_start, cue.start()):
        found = m
    if found is None:
        after = re.match(r"\s+(?:wird|wurde|werden|wurden)\b", text[cue.end() : cue.end() + 12])
        before_agent = re.search(r"\b(?:von|vom)\s+(?=\S)[^,.;:!?]{1,60}$", text[window_start : cue.start()])
        if not (after and before_agent):
            return None
        start = window_start + before_agent.start() + len(re.match(r"(?:von|vom)\s+", before_agent.group()).group())
    else:
        start = found.end()
    end = _np_forward(text, start, cue.start())
    if end <= start or end - start > 80:
        return None
    names = [a for a in _agents(article, start, end) if a.kind == "name"]
    if names:
        return names[0] if len(names) == 1 or not text[start : names[0].start].strip() else SpeakerRef(text[start:end], start, end, "description")
    phrase = text[start:end].rstrip(" ,")
    return SpeakerRef(phrase, start, start + len(phrase), "description") if phrase[:1].isupper() or phrase.split()[0] in _DETERMINER_WORDS else None


def _named_or_described_after(article: Article, start: int, limit: int) -> SpeakerRef | None:
    """The speaker after "so" or a verb: a name ("so Putin"), else a description ("so die Feuerwehr",
    "so der Trainer der Gäste, Jens Köhler") with the name in apposition when there is one."""
    ref = _name_after(article, start, limit)
    if ref is not None:
        return ref
    described = _description_after(article.text, start, limit)
    return (_apposition_name(article, described) or described) if described else None


def _opening_subject(article: Article, start: int, verb_start: int) -> SpeakerRef | None:
    """A name that opens the sentence and is followed by its finite verb ("Stoiber hatte … betont",
    "Vogt, die den Deich kennt, warnte"): in a main clause that is the subject."""
    text = article.text
    if start > 0 and not re.search(r"(?:^|[.!?:]\s*|\n\s*)$", text[max(0, start - 3) : start]):
        return None  # only from the start of a sentence
    agents = [a for a in _agents(article, start, verb_start) if a.kind == "name"]
    if not agents or not _opens_its_clause(text, start, agents[0].start) or text[start : agents[0].start].strip():
        return None
    rest = text[agents[0].end : verb_start]
    rest = re.sub(r"^\s*(?:\([^()]{1,40}\)|,[^,.;:!?]{1,120},)", "", rest)  # an apposition or a party
    verb = re.match(r"\s*([a-zäöüß]+)\b", rest)
    return agents[0] if verb and verb.group(1) in FINITE_VERBS | CUE_VERBS else None


def _agent_right_before(article: Article, start: int, verb_start: int) -> SpeakerRef | None:
    """The first agent in ``start:verb_start`` that only an apposition separates from the verb, unless
    a finite verb stands before it ("Vogt hatte Köhler gebeten": an object before a participle)."""
    text = article.text
    for agent in _agents(article, start, verb_start):
        if any(w.lower() in FINITE_VERBS for w in _words(text[start : agent.start])):
            break
        if not _after_preposition(text, agent.start) and not _genitive_attribute(text, agent) and _right_before_verb(text, agent.end, verb_start):
            person = _apposition_person(article, agent.end, verb_start) if _attribute_of_a_noun(text, start, agent.start) else None
            return person or agent
    return None


_ATTRIBUTE_LINK = re.compile(r"(?:^|\s)[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß]\s+(?:der|des|von|vom|eines|einer)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,3}$")


def _attribute_of_a_noun(text: str, floor: int, start: int) -> bool:
    """Does the phrase at ``start`` hang on a noun before it as its genitive or "von" attribute
    ("Der Direktor der Europäischen Union", "die Sprecherin von Greenpeace"): then it is no subject."""
    return bool(_ATTRIBUTE_LINK.search(text[max(floor, start - 80) : start]))


def _apposition_person(article: Article, end: int, verb_start: int) -> SpeakerRef | None:
    """The person named in commas between ``end`` and the verb ("…, Jens Köhler, sagte"): in
    apposition to the noun the phrase before hangs on, the one who speaks."""
    gap = re.match(r"\s*,\s*", article.text[end:verb_start])
    if gap is None:
        return None
    for m in article.mentions:
        if m.start == end + gap.end() and m.label == "PER" and re.fullmatch(r"\s*,\s*(?:(?:hat|hatte|haben|hatten|ist|war)\s+[^,.;:!?]{0,60})?", article.text[m.end : verb_start]):
            return SpeakerRef(m.text, m.start, m.end, "name")
    return None


# Words that may stand before a subject in the place before the verb: "Auch der Experte Jens Köhler sagte".
_BEFORE_SUBJECT = frozenset("auch und aber doch denn selbst sogar nur noch".split())


def _opens_its_clause(text: str, floor: int, start: int) -> bool:
    """Does the phrase at ``start`` open its clause, with only its own determiner, adjectives, role
    and one apposition noun before it ("Der Experte Jens Köhler", "Auch US-Präsident Trump")?"""
    boundary = max([floor] + [m.end() for m in _CLAUSE_START.finditer(text, floor, start)])
    nouns = 0
    if re.match(r"\s*(?:Den|Dem|Einem|Einen)\s", text[boundary:start]):
        return False  # "Den Unmut der Partei brachte …": a dative or accusative fills the place before the verb
    for word in text[boundary:start].split():
        lower = word.lower()
        if lower in _DETERMINER_WORDS or lower in _BEFORE_SUBJECT or is_role_word(word):
            continue
        if lower in _PREPOSITIONS or lower in _FUNCTION_WORDS:
            return False
        if word.islower() and word.endswith(_ADJECTIVE_ENDINGS):
            continue
        if word[:1].isupper() and word.isalpha() and nouns == 0:
            nouns += 1
            continue
        return False
    return True


def _bare_subject(text: str, clause_start: int, cue: re.Match) -> SpeakerRef | None:
    """Named by neither NER nor an article: "Zeitungen berichteten", "Die taz vermutet", "erklärte TEPCO."."""
    after = re.match(
        r"\s+(?P<np>[A-ZÄÖÜ][\wÄÖÜäöüß.-]*(?:\s+[A-ZÄÖÜ][\wÄÖÜäöüß.-]*){0,2}"
        r"(?:\s+(?:des|der|von|vom)\s+[A-ZÄÖÜ][\wÄÖÜäöüß-]*(?:\s+[A-ZÄÖÜ][\wÄÖÜäöüß-]*)?)*)(?:\s*[.,;]|\s+(?:aus|in|im|am|gegenüber|auf)\b)",
        text[cue.end() : cue.end() + 100],
    )
    if after and not any(w.lower() in BARE_NOT_SUBJECTS or w.lower() in _FUNCTION_WORDS for w in after.group("np").split()[:1]):
        start = cue.end() + after.start("np")
        return SpeakerRef(after.group("np"), start, start + len(after.group("np")), "description")
    # A bare plural or name opening the clause right before the verb ("Zeitungen berichteten").
    head = text[clause_start : cue.start()]
    stripped = re.sub(r"^(?:Aber|Und|Doch|Denn|Auch)\s+", "", head.strip(" ,;:–"))  # "Aber Zeitungen berichteten"
    # "Schwulenfeindliche Gruppen hatten angekündigt": the auxiliary before a participle of saying
    stripped = re.sub(r"\s+(?:hat|hatte|haben|hatten)$", "", stripped)
    words = stripped.split()
    # capitalised words, perhaps a genitive after the first ("Vertraute der Insassen berichteten")
    nouns = [w for i, w in enumerate(words) if not (i and w in ("der", "des"))]
    if (
        1 <= len(nouns) <= 3
        and all(w[:1].isupper() or w[:1].isdigit() for w in nouns)
        and not any(w.lower() in BARE_NOT_SUBJECTS or w.lower() in _FUNCTION_WORDS for w in nouns)
        and not words[-1] in ("der", "des")
    ):
        start = clause_start + head.index(stripped)
        return SpeakerRef(stripped, start, start + len(stripped), "description")
    return None


# Capitalised words opening a clause that are no speaker ("Es", "Insbesondere", "Rein", "Das Problem").
BARE_NOT_SUBJECTS = frozenset(
    "es das dies diese dieser dieses er sie wir ich man der die den dem des ein eine einer einem einen "
    "insbesondere rein zudem außerdem auch dann danach damals heute gestern nun jetzt so doch aber und "
    "während als wenn weil nachdem bevor zwar allerdings jedoch daher deshalb hier dort dabei".split()
)


def _apposition_name(article: Article, ref: SpeakerRef) -> SpeakerRef | None:
    """"der Trainer der Gäste, Jens Köhler,": the name in apposition to a described speaker."""
    text = article.text
    pos = ref.end
    # its genitive or "von" attributes: a word each, or a tagged name of several ("der Europäischen Union")
    while link := re.match(r"\s+(?:der|des|von)\s+", text[pos : pos + 12]):
        after = pos + link.end()
        name = next((m for m in article.mentions if m.start == after), None)
        word = re.match(r"[\wäöüß-]+", text[after : after + 60])
        if name is None and word is None:
            break
        pos = name.end if name is not None else after + word.end()
    gap = re.match(r"\s*,\s*", text[pos : pos + 10])
    if gap is None:
        return None
    start = pos + gap.end()
    role = re.match(r"(?:[A-ZÄÖÜ][\wäöüß]*-)?[A-ZÄÖÜ][\wäöüß-]+ (?=[A-ZÄÖÜ])", text[start : start + 60])
    if role and is_role_word(role.group().strip()) and not any(m.start == start for m in article.mentions):
        start += role.end()  # "Sein Vertreter, Kanzleramtsminister Josef Ostermayer,": the role before the name
    for m in article.mentions:
        if m.start == start and m.label in ("PER", "ORG"):
            after = article.text[m.end : m.end + 2]
            if after[:1] in (",", ".", "") or after.startswith(" ("):
                return SpeakerRef(m.text, m.start, m.end, "name")
    return None



_SECOND_TITLE = re.compile(r"\s+(?:und|sowie)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?(?:[A-ZÄÖÜ][\wäöüß]*-)?[A-ZÄÖÜ][\wäöüß-]+\s+")


def _name_after_second_title(article: Article, ref: SpeakerRef) -> SpeakerRef | None:
    """"ÖVP-Chef und Wirtschaftsminister Reinhold Mitterlehner", "der Virologe und Studienleiter Hendrik
    Streeck": two titles joined by "und" before one name are that person's; the name speaks."""
    second = _SECOND_TITLE.match(article.text, ref.end)
    if second is None or any(m.start < second.end() - 1 and m.end > ref.end for m in article.mentions):
        return None  # the word after "und" is a name of its own: "der Trainer und Jens Moll"
    for m in article.mentions:
        if m.start == second.end() and m.label == "PER":
            return SpeakerRef(m.text, m.start, m.end, "name")
    return None


def _after_a_verb(text: str, floor: int, start: int) -> bool:
    """Does a lower-case word that is no preposition, article or conjunction stand right before ``start``
    (with perhaps an article, adjectives and a role between): a finite verb before its subject?"""
    words = re.findall(r"[\wäöüßÄÖÜ-]+|[,;:]", text[floor:start])
    while words and is_role_word(words[-1]):
        words.pop()
    # "die gesundheitspolitische": an adjective only after its article
    while len(words) > 1 and words[-1].islower() and words[-1].endswith(_ADJECTIVE_ENDINGS) and words[-2].lower() in _DETERMINER_WORDS:
        words.pop()
    if words and words[-1].lower() in _DETERMINER_WORDS:
        words.pop()
    return bool(words) and words[-1].islower() and words[-1] not in _FUNCTION_WORDS and words[-1] not in _PREPOSITIONS and words[-1] not in BARE_NOT_SUBJECTS


def _opening_ref(sentence_start: int, opening: re.Match) -> SpeakerRef:
    """The phrase a sentence opens with, matched on the sentence's text, as a described speaker."""
    start = sentence_start + len(opening.group()) - len(opening.group().lstrip())
    return SpeakerRef(opening.group().strip(), start, sentence_start + opening.end(), "description")


# Particles that may stand between a subject opening the sentence and its verb.
SUBJECT_PARTICLES = frozenset("hingegen dagegen jedoch allerdings wiederum indes ihrerseits seinerseits selbst also aber".split())


def _right_before_verb(text: str, end: int, verb_start: int) -> bool:
    """Only an apposition or a party in brackets between a subject and its verb ("Peter Clever, …, hat")."""
    gap = text[end:verb_start]
    if not gap.strip() or gap.split() and all(w in SUBJECT_PARTICLES for w in gap.split()):
        return True  # "Die Armeeleitung hingegen sprach": a particle may follow the subject
    if re.fullmatch(r"(?:\s+(?:des|der|von)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\wäöüß-]+)+\s*", gap):
        return True  # "Ein Sprecher des Übergangsrates sagte": a genitive attribute
    return bool(re.fullmatch(r"\s*(?:\([^()]{1,40}\)|,[^,.;:!?]{1,120},)\s*(?:(?:hat|hatte|haben|hatten|ist|war)\s+[^,.;:!?]{0,60})?", gap))


_ARTICLE_WORDS = frozenset("der die das den dem des ein eine einen einem einer eines".split())


def _description_before(text: str, start: int, cue_start: int) -> SpeakerRef | None:
    """"Die Veranstalter der Demonstration erklären": a noun phrase that opens the clause and ends at the verb."""
    clause = text[start:cue_start]
    m = re.search(r"(?:^|[,;:]\s*|\s)(?P<np>(?:Der|Die|Das|Ein|Eine|Einer|Einige|Mehrere|Viele|Beide|der|die|das|ein|eine|einer|einige|mehrere|viele|beide)\s+[^,;:]*?)\s*$", clause)
    if not m:
        return None
    lead = clause[: m.start("np")]
    # the phrase opens the clause, or follows its auxiliary ("Gestern hat die Sprecherin … mitgeteilt")
    after_auxiliary = bool(lead.split()) and lead.split()[-1].lower() in FINITE_VERBS
    if m.start("np") > 0 and lead.strip(" ,;:") and not re.search(r"[,;:]\s*$", lead) and not after_auxiliary:
        return None
    np_start = start + m.start("np")
    words = m.group("np").split()
    if len(words) < 2 or not words[1][:1].isupper() and not words[1].endswith(_ADJECTIVE_ENDINGS):
        return None
    if words[0] in ("der", "die", "das") and words[1] in _ARTICLE_WORDS:
        # "…, die den Angaben der Organisation widerspricht": a relative pronoun before an article
        # (a quantifier before one opens a phrase: "Einer der Feuerwehrmänner")
        return None
    np_end = _np_forward(text, np_start, cue_start, force_first=False)
    if np_end < cue_start - 1 and not all(w in SUBJECT_PARTICLES for w in text[np_end:cue_start].split()):
        return None  # something else (an object, an adverb) stands between phrase and verb
    head = next((w for w in words[1:] if w[:1].isupper()), "")
    if head.lower() in _FUNCTION_WORDS or not head:
        return None  # (a medium before its verb speaks: "Die Nachrichtenagentur meldet")
    end = np_end if np_end < cue_start - 1 else start + len(clause.rstrip())
    return SpeakerRef(text[np_start:end], np_start, end, "description")


def _may_speak(head: str) -> bool:
    """Can a phrase with this head noun be a speaker (not an addressee like "der Zeitung", not a function word)?"""
    return head.lower() not in _ADDRESSEE_NOUNS and head.lower() not in _FUNCTION_WORDS


# "der Trainer", "die neue Ministerin", and with an attribute of a preposition's phrase and a participle or
# adjective before the noun: "die in Graz tätige Politologin", "der für Syrien zuständige UN-Gesandte"
_EXTENDED_ATTRIBUTE = r"(?:in|im|aus|für|bei|beim|von|vom|mit|an|am|auf|seit|zur|zum|über|unter)\s+(?:[\wäöüß.-]+\s+){1,4}?[a-zäöüß][\wäöüß-]*(?:e|en|er)\s+"
_DESCRIBED_SPEAKER = re.compile(
    r"(?P<np>(?:der|die|das|ein|eine)\s+(?P<attribute>" + _EXTENDED_ATTRIBUTE + r")?(?:[a-zäöüß][\wäöüß-]*\s+){0,2}[A-ZÄÖÜ][\wäöüß-]+)"
)


def _description_after(text: str, start: int, limit: int) -> SpeakerRef | None:
    """A speaker described, not named: "erklärte ein Sprecher der Polizei", "sagte die Buchhändlerin"."""
    skip = _SKIP_AFTER_CUE.match(text, start, limit)
    start = skip.end() if skip else start
    m = _DESCRIBED_SPEAKER.match(text[start:limit])
    if not m:
        return None
    # "sagte der Zeitung" is whom it was said to; "meldet die Nachrichtenagentur" is who says it.
    if not _may_speak(m.group("np").split()[-1]) and m.group("np").split()[0] not in ("die", "eine"):
        return None
    # "erklärte die Reederei | am Montag", "begründete das Gericht | mit dem Hinweis": after its noun the
    # phrase goes on only with words of a noun phrase, or with a second noun ("der Künstler und Aktivist")
    coordinated = re.match(r"\s+(?:und|oder)\s+[A-ZÄÖÜ]", text[start + m.end("np") : limit])
    # "bittet der Pfarrer | die Gäste": after the noun an article other than a genitive's opens the object
    end = _np_forward(text, start + m.end("np"), limit, force_first=bool(coordinated), after="" if coordinated else m.group("np").split()[-1])
    phrase = text[start:end].rstrip(",;:.!?")
    last = phrase.rsplit(None, 1)[-1]
    if last in AFTER_NOUN_LINKS and len(phrase.split()) > 2:
        phrase = phrase[: -len(last)].rstrip()  # "führt das Gericht aus": the verb's particle
    return SpeakerRef(phrase, start, start + len(phrase), "description")


_DETERMINER_WORDS = frozenset("der die das des dem den ein eine einer seine ihre sein ihr".split())


_CLAUSE_START = re.compile(r"(?:[,;:–]|\b(?:bevor|als|nachdem|während|weil|wobei|woraufhin|ehe|und)\b)\s*", re.I)


def _subject_before(article: Article, start: int, end: int) -> SpeakerRef | None:
    """The speaker named before a cue in its clause: the first agent of the clause it stands in."""
    clause_start = start
    for m in _CLAUSE_START.finditer(article.text, start, end):
        if _agents(article, m.end(), end):
            clause_start = m.end()
    agents = _agents(article, clause_start, end) or _agents(article, start, end)
    # A name inside a prepositional phrase is no subject: "am Potsdamer Platz erklärte …"; nor is a genitive.
    subjects = [a for a in agents if not _after_preposition(article.text, a.start) and not _genitive_attribute(article.text, a)]
    if not subjects:
        return None
    if subjects[0].kind in ("epithet", "role"):
        # "Der luxemburgische Außenminister Jean Asselborn hat …": the person the role phrase runs into
        person = next((m for m in article.mentions if m.label == "PER" and m.start == subjects[0].end + 1 and m.end <= end), None)
        if person is not None and article.text[subjects[0].end] == " ":
            return SpeakerRef(person.text, person.start, person.end, "name")
    return subjects[0]


def _genitive_attribute(text: str, agent: SpeakerRef) -> bool:
    """"die Verschiebung des Wahltermins", "die Forderungen Berningers": a name in the genitive after a noun."""
    before = re.findall(r"[\wäöüßÄÖÜ-]+", text[max(0, agent.start - 40) : agent.start])
    if not before or agent.kind != "name":
        return False
    if before[-1] in ("des", "eines"):
        return True
    single = " " not in agent.phrase
    return single and agent.phrase.endswith("s") and before[-1][:1].isupper() and not is_role_word(before[-1]) and before[-1].lower() not in _FUNCTION_WORDS


_PREPOSITIONS = frozenset(
    "am im in an auf aus bei beim nach vor vom von mit zu zum zur über unter gegen gegenüber für durch "
    "seit bis um ohne hinter neben zwischen trotz wegen während".split()
)


def _ends_in_its_finite_verb(text: str, start: int) -> bool:
    """Does the clause from ``start`` to its comma end in a finite verb, as a subordinate clause does
    ("Atsumi betont, …", "die Regierung am Montag erklärte, …"), not in a noun ("der Sitzung sagte er")?"""
    clause = re.split(r"[,.;:!?„“\"»«()]", text[start : start + 200])[0]
    words = _WORD.findall(clause)
    return bool(words) and (words[-1] in CUE_VERBS or _finite_indicative(words[-1]))


def _after_preposition(text: str, start: int) -> bool:
    """Does a preposition (perhaps with a determiner and adjectives) govern the phrase at ``start``?"""
    window = re.split(r"[.!?:;,„“\"»«]", text[max(0, start - 40) : start])[-1]  # within the clause only
    before = re.findall(r"[\wäöüßÄÖÜ-]+", window)
    # "in dem der Diplomat …": an article before the phrase's own article is a relative pronoun, which
    # the preposition governs, not the phrase
    articles = 1 if re.match(r"(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines)\s", text[start : start + 8]) else 0
    for word in reversed(before[-3:]):
        lower = word.lower()
        if lower == "während" and _ends_in_its_finite_verb(text, start):
            return False  # "Während Atsumi betont, dass …": the conjunction opens a clause the phrase is subject of
        if lower in _PREPOSITIONS:
            return True
        if not (lower in _DETERMINER_WORDS or (word.islower() and word.endswith(_ADJECTIVE_ENDINGS))):
            return False
        if lower in _ARTICLE_WORDS:
            articles += 1
            if articles > 1:
                return False
    return False


_FUNCTION_WORDS = frozenset(
    "der die das den dem des ein eine einer auch aus auf bei nach vor für mit von zu zum zur im in am an "
    "doch aber und oder denn dass wie wenn als so zudem zuvor dann später nun noch bereits schon daher "
    "deshalb trotzdem dabei damit dazu darin darauf hier dort heute gestern morgen außerdem zugleich "
    "allerdings jedoch insgesamt offiziell stattdessen mal unterdessen unterdes derweil demnach".split()
)
_NOT_NAMES = frozenset("ich wir ihr es man das dies dieser diese dieses jeder alle beide".split())


# Stems of the listed particle verbs ("gab an", "stellte klar", "teilte mit"): alone they say nothing.
_PARTICLE_STEMS = frozenset("geben stellen werfen schieben räumen teilen fügen kündigen heißen".split())
# Every inflection of a listed verb of saying is one ("argumentieren", "warnten", "kommentiert"), those
# in -ern and -eln too ("schildert", "bemängelten"), but "erinnern" ("erinnert an Vorgänge …": recalls).
CUE_LEMMAS = frozenset(lemma(w, "de") for w in CUE_VERBS if w.endswith(("en", "t", "te", "ten")) and lemma(w, "de").endswith(("en", "ern", "eln"))) - _PARTICLE_STEMS - {"erinnern"}


def _a_cue(word: str) -> bool:
    """Is ``word`` a verb of saying: listed, or an inflection of a listed one that is neither its
    participle ("auch „Apogäum“ genannt", "ihm geschrieben": naming, passive) nor its infinitive
    ("konnte nicht bestätigen": after a modal, often denied)?"""
    if word.lower() in CUE_VERBS:
        return True
    if not word.islower() or len(word) <= 4 or word.startswith("ge"):
        return False
    base = lemma(word, "de")
    return base != word and base in CUE_LEMMAS


# A plural subject opening the sentence: the verb right after it is finite ("Die Anwälte argumentieren …").
_PLURAL_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?:]\s+|\n\s*)(?:(?:Die|Diese|Viele|Einige|Alle|Beide|Manche)\s+)?(?:[a-zäöüß]+e[nr]?\s+)?(?:[A-ZÄÖÜ][\wäöüß-]+|Sie|Wir)\s+$")


def _cue_in(text: str, start: int, end: int) -> re.Match | None:
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        if _a_cue(word):
            return match
        if word.islower() and len(word) > 4 and lemma(word, "de") == word and word in CUE_LEMMAS and _PLURAL_SUBJECT_BEFORE.search(text, max(0, match.start() - 80), match.start()):
            return match  # the infinitive's form as the plural's finite verb in second place
    return None


def _speaker_for_direct(article: Article, mark: _Mark, sentence: Sentence) -> SpeakerRef | None:
    text = article.text
    naming_agent = _naming_agent(text[sentence.start : mark.start].rstrip())
    if naming_agent and re.match(r"\s*(?:bezeichnet|genannt|tituliert|beschimpft)\b", text[mark.end : sentence.end]):
        # "die vom Minister als „Trottel“ bezeichnet wurde": the agent of the naming
        start, end = sentence.start + naming_agent.start("agent"), sentence.start + naming_agent.end("agent")
        return SpeakerRef(text[start:end], start, end, "role", certain=True)
    after_start = mark.end
    # „…“, sagte X / „…", so X
    m = re.match(r"\s*[,–-]?\s*(so)\b", text[after_start : sentence.end])
    if m:
        return _named_or_described_after(article, after_start + m.end(), sentence.end)
    m = re.match(r"\s*,\s*", text[after_start : sentence.end])
    limit = sentence.end
    bare = verb = None
    if m is None:
        # "„…“ erklärte die Ministerin." with the comma left out (the splitter may have ended the sentence at the quote)
        bare = re.match(r"[ \t]*(?=(?-i:[a-zäöüß]+)\b)", text[after_start : after_start + 40])
        verb = _WORD.match(text, after_start + bare.end()) if bare else None
        following = re.match(r"\s*(\S*)", text[verb.end() : verb.end() + 40]).group(1) if verb else ""
        if verb and _bare_saying_verb(verb.group(), following):
            m = bare
            stop = re.search(r"[.!?;:]", text[verb.end() : verb.end() + 160])
            limit = max(sentence.end, verb.end() + (stop.start() if stop else 160))
    if m:
        cue = _cue_in(text, after_start, min(limit, after_start + 40))
        if cue is None and verb is not None and m is bare:
            cue = verb  # "„…“ erzählt Vogt", "„…“ erinnert Kaiser": a verb of saying by its lemma only
        sentence = Sentence(sentence.start, limit, sentence.paragraph)
        if cue:
            # „…“, sagte Köhler / „…“, meinte der Trainer der Gäste, Jens Köhler
            ref = _name_after(article, cue.end(), sentence.end)
            if ref is None:
                described = _description_after(text, cue.end(), sentence.end)
                ref = (_apposition_name(article, described) or described) if described else None
            if ref is None:
                # „…“, wird Panetta zitiert: the name between the comma and the verb
                between = [a for a in _agents(article, after_start, cue.start()) if a.kind == "name"]
                ref = between[0] if between else None
            if ref is None and IMPERSONAL_CUES.match(text, cue.start()):
                ref = _impersonal_source(text, cue.start(), sentence.end)
            return ref or _bare_subject(text, after_start, cue)  # „…“, erklärte McClaren in einem Interview
    # „…“ – Petra Vogt am Montag / „…“ (Petra Vogt): the name right after the dash or bracket
    dash = ATTRIBUTION_AFTER.match(text, after_start, sentence.end)
    if dash is None and not text[after_start : sentence.end].strip() and not text[sentence.start : mark.start].strip(" „“\"»«"):
        # the splitter ended the sentence with the quote: „Wir brauchen einen Damm.“ (Petra Vogt)
        bracket = re.match(r"[ \t]*\((?=[A-ZÄÖÜ][^()\n]{2,60}\))", text[after_start : after_start + 64])
        if bracket:
            inside = _agents(article, after_start + bracket.end(), text.find(")", after_start))
            if inside and inside[0].start == after_start + bracket.end() and inside[0].kind in ("name", "role", "epithet"):
                return inside[0]
    if dash and not text[sentence.start : mark.start].strip(" „“\"»«"):
        agents = _agents(article, dash.end(), min(sentence.end, dash.end() + 60))
        if agents and agents[0].start == dash.end() and agents[0].kind in ("name", "role", "epithet"):
            return agents[0]
    # X sagte: „…“ / X erklärte im Anschluss: „…“ / Trump: "…"
    before = text[sentence.start : mark.start]
    dash_before = re.search(r"\s[–—]\s*$", before)
    if dash_before and not text[mark.end : sentence.end].strip(" .!?") and not _cue_in(text, sentence.start, mark.start):
        # "Marino will nicht zurücktreten – „Werde im Amt bleiben“": the subject of the clause before the dash
        ref = _subject_before(article, sentence.start, sentence.start + dash_before.start())
        if ref is not None:
            return ref
    if before.rstrip().endswith(":"):
        colon = sentence.start + len(before.rstrip()) - 1
        cue = None
        for match in _WORD.finditer(text, sentence.start, colon):
            if match.group().lower() in CUE_VERBS:
                cue = match
        if cue is not None:
            return _speaker_around_cue(article, cue, sentence.start, colon)
        # "Ihre Meinung zu Köhler: „…“": a name after a preposition is what the words are about, but
        # after "von" it may be whose they are ("Das Fazit von Sandra Boser: „…“")
        agents = [a for a in _agents(article, sentence.start, colon) if not _after_preposition(text, a.start) or re.search(r"\bvon\s+(?:\S+\s+){0,2}$", text[max(0, a.start - 40) : a.start])]
        if agents:
            # "Trump: »…«" (a headline) names the speaker right before the colon; otherwise the
            # clause's subject comes first ("Trump zeigt sich … zuversichtlich: »…«").
            last = agents[-1]
            if not text[last.end : colon].strip():
                return last
            if not _opens_its_clause(text, sentence.start, agents[0].start):
                # "Jede Verantwortung für die Affäre im Bezirk X weist Hartmann von sich: „…“": the
                # subject follows the verb when something else stands before it
                after_verb = next((a for a in agents if _after_a_verb(text, sentence.start, a.start)), None)
                if after_verb is not None:
                    return after_verb
            return agents[0]
        # "Die Firma empfindet die Kritik als ungerechtfertigt: „…“": the phrase opening the sentence
        opening = re.match(r"\s*(?:Der|Die|Das)\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\wäöüß-]+)?", before)
        if opening and _may_speak(opening.group().split()[-1]) and re.match(r"\s+[a-zäöüß]", before[opening.end() :]):
            return _opening_ref(sentence.start, opening)
    holder = OPINION_FOR_AFTER_COPULA.search(before) or OPINION_FOR_BEFORE_COPULA.search(before)
    if holder:
        # "war für die Lehrerverbände in Niedersachsen „…“": the one whose judgement the words are
        end = holder.end("place") if holder.groupdict().get("place") else holder.end("holder")
        return SpeakerRef(text[sentence.start + holder.start("holder") : sentence.start + end], sentence.start + holder.start("holder"), sentence.start + end, "role", certain=True)
    cue = _cue_in(text, sentence.start, mark.start)
    if cue:
        return _speaker_around_cue(article, cue, sentence.start, mark.start)
    cue = _cue_in(text, mark.end, sentence.end)
    if cue:
        return _speaker_around_cue(article, cue, mark.end, sentence.end)
    # „…“, zeigte sich der Trainer zufrieden: the verb right after the comma stands for the cue
    m = re.match(r"\s*,\s*([a-zäöüß]+)\s", text[mark.end : sentence.end])
    if m and m.group(1) not in _FUNCTION_WORDS:
        ref = _name_after(article, mark.end + m.end(), sentence.end)
        if ref:
            return ref
    # "…" beenden, so Rice. / laut Rice „…“
    ref = _speaker_for_clause(article, sentence, (mark.start, mark.end))
    if ref is None and (SPEECH_CONTEXT.search(text[sentence.start : mark.start]) or JUDGING.search(text[sentence.start : mark.start])):
        # "Rumsfeld attackierte den Iran als den „führenden Förderer …“": the sentence's subject
        ref = _subject_before(article, sentence.start, mark.start)
    return ref or _relative_antecedent(article, sentence, mark)


RELATIVE_OPENING = re.compile(r",\s*(?:der|die|das|welcher|welche|welches)\s")


def _relative_antecedent(article: Article, sentence: Sentence, mark: _Mark) -> SpeakerRef | None:
    """Quote marks in a relative clause of judging or saying ("Kritik kommt vom Fahrgastverband IGEB,
    der die Maßnahme als „Kapitulation“ sieht"): the name the relative pronoun stands for."""
    text = article.text
    relative = None
    for relative in RELATIVE_OPENING.finditer(text, sentence.start, mark.start):
        pass
    if relative is None or "," in text[relative.end() : mark.start]:
        return None
    clause_end = text.find(",", mark.end, sentence.end)
    clause = text[relative.end() : clause_end if clause_end != -1 else sentence.end]
    if not (SPEECH_CONTEXT.search(clause) or JUDGING.search(clause) or _has_cue(clause)):
        return None
    names = [a for a in _agents(article, sentence.start, relative.start()) if a.kind == "name"]
    if names and not text[names[-1].end : relative.start()].strip():
        return names[-1]
    np_start = _np_backward(text, max(sentence.start, relative.start() - 80), relative.start())
    preposition = re.match(r"(?:\w+)\s+", text[np_start : relative.start()])
    if preposition and preposition.group().strip().lower() in _PREPOSITIONS:
        np_start += preposition.end()  # "vom Fahrgastverband": the phrase, not its preposition
    phrase = text[np_start : relative.start()]
    if not phrase.strip() or not phrase.split()[-1][:1].isupper() or not _may_speak(phrase.split()[-1]):
        return None
    return SpeakerRef(phrase, np_start, relative.start(), "description")


# "In einem Jahresbericht des Ministeriums steht, dass …": the text says it
DOCUMENT_SAYS = re.compile(r"\s*(?:In|Im)\s+(?P<document>[^,.;:!?]{3,120}?)\s+(?:steht|stand)\s*,\s*(?:dass\s*)?$")


# "…, das teilte X mit", "… – dies beschreiben Forscher": a frame after its clause pointing back to it
POINTER_AFTER = re.compile(r"\s*(?:,|\s[–—-])\s*(?:das|dies)\s+(?:(?:zumindest|jedenfalls)\s+)?(?P<verb>[a-zäöüß]+)\b")


def _speaker_for_clause(article: Article, sentence: Sentence, content: tuple[int, int]) -> SpeakerRef | None:
    """The source of a reported clause: the subject of its verb of saying, else its frame (laut, so, zufolge)."""
    text = article.text
    outside = [(sentence.start, content[0]), (content[1], sentence.end)]
    semicolon = text.rfind(";", sentence.start, content[0])
    if semicolon != -1 and _frame_opening(text, semicolon + 1, content[1]) == content[0]:
        # "A zählten 3.000; laut der Polizei | kamen 900": the frame opening the clause after the semicolon
        ref = _source_frame_in(article, sentence, semicolon + 1, content[0])
        if ref is not None:
            return ref
    if text[sentence.start : content[0]].rstrip().endswith(",") and re.match(r"(?:der|die|das|welche[rs]?)\s", text[content[0] : content[1]]):
        # "Die Behörden wollen X ausweisen, der laut dem Ministerium … habe": the relative clause is
        # reported by its own frame, not by the main clause's subject
        ref = _source_frame_in(article, sentence, *content)
        if ref is not None:
            return ref
    inside_so = re.search(r",\s*so\s+(?=" + INTERPOLATED_SO.pattern + ")", text[sentence.start : sentence.end])
    if inside_so:
        # "Der Grund, so vermutet die Zeitung, dürfte …": the subject after the verb of the frame inside
        verb = _WORD.match(text, sentence.start + inside_so.end())
        comma = text.find(",", verb.end(), sentence.end)
        ref = _named_or_described_after(article, verb.end() + 1, comma if comma != -1 else sentence.end)
        if ref:
            return ref
    pointer = POINTER_AFTER.match(text, content[1], sentence.end)
    if pointer and (pointer.group("verb") in CUE_VERBS or lemma(pointer.group("verb"), "de") in POINTER_LEMMAS):
        # "…, das teilte das Institut mit": the subject after the verb that points back
        ref = _pointer_subject(article, pointer.end(), sentence.end)
        if ref:
            return ref
    trailing_so = re.match(r"\s*[,–-]\s*so\s+", text[content[1] : sentence.end])
    if trailing_so:
        # "…, die Grenze zu öffnen, so Nasrallah": a frame closing the sentence names its source
        ref = _named_or_described_after(article, content[1] + trailing_so.end(), sentence.end)
        if ref:
            return ref
    leading = LEADING_AS_TOLD.match(text, sentence.start, sentence.end)
    if leading and leading.start("clause") <= content[0] < leading.end("clause"):
        ref = _leading_frame_source(article, sentence.start, leading.start("clause"))
        if ref is not None:
            return ref
    holder = _claim_holder(article, sentence.start, content[0])
    if holder is not None:
        return holder  # "der Plan von Petra Vogt, …", "die Forderung der Gewerkschaft, …": whose claim it is
    opinion = _own_opinion_frame(article, sentence.start, content)
    if opinion is not None:
        return opinion
    for start, end in outside:
        cue = _cue_in(text, start, end)
        if cue:
            ref = _speaker_around_cue(article, cue, start, end)
            if ref:
                return ref
    head = text[sentence.start : content[0]]
    framed = _frame_source_before(article, head, sentence.start)
    if framed is not None:
        return framed
    document = DOCUMENT_SAYS.match(head)
    if document:
        start, end = sentence.start + document.start("document"), sentence.start + document.end("document")
        return SpeakerRef(text[start:end], start, end, "source")
    if re.search(r",\s*(?:(?:dass|ob)\s*)?$", head):
        # "Die Forscher vermuten, dass …", "Zeller schlägt vor, …": the subject of the main clause, by
        # its verb of speaking, thinking or demanding
        verb = SPEECH_CONTEXT.search(text, sentence.start, content[0]) or INFINITIVE_CUES.search(text, sentence.start, content[0]) or SEPARABLE_CUES.search(text, sentence.start, content[0])
        if verb is not None and (verb.start() == 0 or not text[verb.start() - 1].isalpha()):
            ref = _speaker_around_cue(article, _WORD.match(text, verb.start()), sentence.start, content[0])
            if ref:
                return ref
        # the subject of the clause the that-clause hangs on, which may follow another ("Zwar sind 62
        # Prozent zufrieden, 37 Prozent sind jedoch der gegenteiligen Auffassung, dass …")
        main_clause = re.sub(r",\s*(?:(?:dass|ob)\s*)?$", "", head)
        first_comma = main_clause.find(",")
        if first_comma != -1 and _a_subordinate_clause(main_clause[:first_comma]):
            # "Während die Gespräche laut X scheiterten, hatte die Gewerkschaft gehofft, dass …": the
            # subject after the main clause's verb, not a frame inside the leading subordinate clause
            ref = _subject_after_verb(article, sentence.start + first_comma + 1, content[0])
            if ref is not None:
                return ref
        last_clause = main_clause.rfind(",") + 1
        if last_clause and re.match(r"\s*[A-ZÄÖÜ\d]", main_clause[last_clause:]):
            start = sentence.start + last_clause + len(main_clause[last_clause:]) - len(main_clause[last_clause:].lstrip())
            ref = _subject_opening(article, start, content[0])
            if ref is not None:
                return ref
        ref = _subject_opening(article, sentence.start, content[0])
        if ref is not None:
            return ref
    # A frame may stand inside the reported sentence itself ("Die Boote sind laut Tessema klein").
    for start, end in outside + [(sentence.start, sentence.end)]:
        ref = _source_frame_in(article, sentence, start, end)
        if ref is not None:
            return ref
        if IMPERSONAL_CUES.search(text[start:end]):
            return _impersonal_source(text, sentence.start, sentence.end)
    return None


def _source_frame_in(article: Article, sentence: Sentence, start: int, end: int) -> SpeakerRef | None:
    """The source a frame (laut, so, zufolge, nach Angaben) between ``start`` and ``end`` names."""
    text = article.text
    chunk = text[start:end]
    for name, frame in SOURCE_FRAMES:
        m = frame.search(chunk)
        if m:
            if name == "nach Angaben" and re.match(r"(?i)nach eigene[mn]\b", m.group()):
                # "will Trump nach eigenen Worten …", "Nach eigenen Angaben hat das Unternehmen …": the
                # sentence's subject is the source, named where the frame refers to it
                ref = (
                    _subject_before(article, sentence.start, start + m.start())
                    or _subject_after_verb(article, start + m.end("frame"), sentence.end)
                    or _opening_phrase(article, sentence.start, start + m.start())
                )
                if ref:
                    return _anaphor(ref, start + m.start() + len("nach "), start + m.end("frame"))
                continue
            src_start, src_end = _frame_source(name, m, start, text)
            ref = _name_after(article, src_start, src_end)
            if ref:
                return ref
            if name == "so":
                described = _named_or_described_after(article, src_start, src_end)  # "so die Ärztezeitung"
                if described:
                    return described
            elif src_end > src_start:
                # "nach Angaben eines Mitarbeiters", "Zeitungsberichten zufolge": the source as such
                return SpeakerRef(text[src_start:src_end], src_start, src_end, "source")
    return None


def _own_opinion_frame(article: Article, start: int, content: tuple[int, int]) -> SpeakerRef | None:
    """"X fordert …, bei dem es sich seiner Meinung nach um … handle": an opinion frame with a possessive
    before or in the clause names its source, the one who speaks in the sentence (its phrase, the
    frame's span)."""
    opinion = OPINION_FRAME.search(article.text, start, content[1])
    if opinion is None or opinion.group("src").lower().startswith("dem ") or opinion.start() < start:
        return None
    cue = _cue_in(article.text, start, opinion.start())
    speaker = _speaker_around_cue(article, cue, start, opinion.start()) if cue else None
    if speaker is None or speaker.kind == "pronoun":
        return None
    return _anaphor(speaker, opinion.start("src"), opinion.end("src"))


def _subject_opening(article: Article, start: int, end: int) -> SpeakerRef | None:
    """The subject opening a main clause before a that-clause at ``end``: a name ("Er stellt fest, dass …"),
    a name after the verb when a phrase opens the clause ("Für Lübeck hat Ryanair ausgerechnet, dass …"),
    a described phrase ("Die Forscher vermuten, …") or a quantity of people ("37 Prozent sind der Meinung, …")."""
    text = article.text
    head = text[start:end]
    opening = re.match(r"\s*(?:(?:Der|Die|Das|Ein|Eine)\s+(?:[a-zäöüß-]+\s+){0,2})?[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?", head)
    agents = _agents(article, start, end)
    if agents and agents[0].start - start <= (opening.end() if opening else 0) and not _after_preposition(text, agents[0].start):
        return agents[0]
    if opening and opening.group().split()[0].lower() in _PREPOSITIONS:
        after_verb = next((a for a in agents if a.kind == "name" and _after_a_verb(text, start, a.start)), None)
        if after_verb is not None:
            return after_verb
    if opening and opening.group().split()[0] in ("Der", "Die", "Das", "Ein", "Eine") and _may_speak(opening.group().split()[-1]):
        return _opening_ref(start, opening)
    quantity = QUANTITY_SUBJECT.match(head)
    if quantity:
        return _opening_ref(start, quantity)
    return _bare_plural_subject(text, start, end)


# A plural noun without determiner opening its clause, perhaps with an adjective and a phrase with "aus",
# "von" or "in" ("Jugendliche", "Konservative Politiker", "Politiker aus anderen Parteien"), then its verb.
_BARE_PLURAL = re.compile(
    r"\s*(?P<np>(?:[A-ZÄÖÜ][a-zäöüß]+(?:e|en)\s+)?[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:aus|von|in)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\wäöüß-]+)?)\s+(?P<verb>[a-zäöüß]+)\b"
)


def _bare_plural_subject(text: str, start: int, end: int) -> SpeakerRef | None:
    """A bare plural subject before its finite verb in the plural ("Jugendliche haben … ausgesagt, dass …",
    "Konservative Politiker hatten kritisiert, dass …"): without a determiner a noun in that place is
    a plural, and the verb agrees with it. An adverb or preposition there ("Heute", "Dagegen") is none."""
    m = _BARE_PLURAL.match(text, start, end)
    if not m:
        return None
    verb = m.group("verb")
    if not (verb in ("sind", "waren") or verb.endswith("en") and (verb in FINITE_VERBS or verb in CUE_VERBS or _frame_verb(verb))):
        return None
    words = m.group("np").split()
    first, noun = words[0], (words[1] if len(words) > 1 and words[1][:1].isupper() else words[0])
    if first.lower() in _PREPOSITIONS or first.lower() in _FUNCTION_WORDS or first.lower() in _NOT_FRAME_OPENERS or first.lower() in _DETERMINER_WORDS:
        return None
    base = lemma(noun, "de")
    if not (base[:1].isupper() or noun.lower() in (base.lower() + "e", base.lower() + "en")):
        return None  # no noun: an adverb, or a verb opening a question
    if noun == base and not noun.endswith(("er", "e", "en", "el")):
        return None  # a singular noun ("Fernsehen") needs its determiner
    return SpeakerRef(m.group("np"), m.start("np"), m.end("np"), "description")


def _leading_frame_source(article: Article, start: int, end: int) -> SpeakerRef | None:
    """Who speaks in a leading "Wie …," clause: "Wie der Minister darlegte" (the subject), "Wie aus einer
    Mitteilung der Polizei hervorgeht" (the document), "Wie gestern bekannt wurde" (nobody named)."""
    text = article.text
    head = text[start:end]
    document = re.search(r"\b(?:aus|in)\s+(?P<src>(?:der|dem|den|einer|einem|einem)\s+[^,]{2,100}?)\s+(?:hervorgeht|hervorging|ergab|ergibt|ergaben|zeigte|zeigt)\s*,", head)
    if document:
        a, b = start + document.start("src"), start + document.end("src")
        names = [m for m in _agents(article, a, b) if m.kind == "name"]
        return SpeakerRef(text[a:b], a, b, "source") if not names or names[0].start > a + 4 else names[0]
    if re.search(r"\b(?:bekannt|mitgeteilt|gemeldet|berichtet|bestätigt|bekanntgegeben)\s+(?:wurde|wird|worden\s+ist|ist)\s*,\s*$", head) and not re.search(r"\b(?:von|vom|durch)\s", head):
        return SpeakerRef("", start, start, "anonymous")  # "Wie gestern bekannt wurde": nobody named
    frame = dict(SOURCE_FRAMES)["wie … mitteilte"].match(text, start + len(head) - len(head.lstrip()), end)
    if frame is None:
        return None
    return _named_or_described_after(article, frame.start("src"), frame.end("src"))


CLAIM_ATTRIBUTE = re.compile(r"\s+(?:von\s+|vom\s+|seitens\s+|(?=der\s|des\s))(?P<np>[^,.;:!?„“\"]{2,60}?)(?:\s+(?:an|gegen|über|daran|darüber|dafür|davon|darauf)\b[^,]*)?\s*,\s*(?:dass\s+|ob\s+)?$")


# Where a claim came from, opening its sentence: "Von der Polizei kam die Information, …"
CLAIM_ORIGIN = re.compile(r"\s*(?:Von|Vom|Seitens|Aus)\s+(?P<np>[^,.;:!?„“\"]{2,80}?)\s+(?:kam|kommt|kamen|kommen)\s+(?:\w+\s+){0,3}$")


def _claim_holder(article: Article, start: int, clause_start: int) -> SpeakerRef | None:
    """Whose claim, plan or demand governs a clause right after it: "der Plan von Petra Vogt, …",
    "die Forderung der Gewerkschaft, …" — the attribute of the noun of claiming names its source."""
    text = article.text
    claim = None
    for claim in CLAIM_NOUNS.finditer(text, start, clause_start):
        pass
    if claim is None:
        return None
    attribute = CLAIM_ATTRIBUTE.match(text[claim.end("noun") : clause_start])
    origin = CLAIM_ORIGIN.match(text, start, claim.start())
    if attribute is not None:
        np_start = claim.end("noun") + attribute.start("np")
        np_end = claim.end("noun") + attribute.end("np")
    elif origin is not None:
        np_start, np_end = origin.span("np")  # "Von der Polizei kam die Information, …"
    else:
        return None
    names = [a for a in _agents(article, np_start, np_end) if a.kind == "name"]
    if names and not text[np_start : names[0].start].strip(" ") or names and all(w.lower() in _DETERMINER_WORDS or is_role_word(w) or w.islower() for w in text[np_start : names[0].start].split()):
        return names[0]
    phrase = text[np_start:np_end]
    words = phrase.split()
    if names or not words or not any(w[:1].isupper() for w in words) or words[0].lower() in _NOT_NAMES:
        return None
    return SpeakerRef(phrase, np_start, np_end, "description")


# A sentence opening with a quantity of people before its verb: "Einige vertreten …", "37 Prozent sind …"
QUANTITY_SUBJECT = re.compile(
    r"\s*(?:(?:Einige|Viele|Manche|Mehrere|Beide|Alle|Andere)(?:\s+(?!(?:Stunden|Tage|Wochen|Monate|Jahre|Minuten|Male)\b)[A-ZÄÖÜ][\wäöüß-]+)?|\d[\d.,]*\s+(?:Prozent|Millionen|Tausend)(?:\s+der\s+[A-ZÄÖÜ][\wäöüß-]+)?)(?=\s+(?-i:[a-zäöüß]))"
)


def _anaphor(antecedent: SpeakerRef, start: int, end: int) -> SpeakerRef:
    """A phrase that refers to a source named elsewhere ("Demnach", "nach eigenen Angaben"): its own
    span, the antecedent's words (resolved like a name, or like a pronoun when the antecedent is one)."""
    return SpeakerRef(antecedent.phrase, start, end, "anaphor")


def _opening_phrase(article: Article, start: int, end: int) -> SpeakerRef | None:
    """The noun phrase opening ``start:end`` right before a lower-case word, its verb ("Helfer konnten …")."""
    opening = re.match(r"\s*(?:(?:Der|Die|Das|Ein|Eine)\s+(?:[a-zäöüß-]+\s+){0,2})?[A-ZÄÖÜ][\wäöüß-]+", article.text[start:end])
    if opening is None or opening.group().split()[-1].lower() in _FUNCTION_WORDS | BARE_NOT_SUBJECTS:
        return None
    if not re.match(r"\s+[a-zäöüß]", article.text[start + opening.end() : end]):
        return None
    return _opening_ref(start, opening)


def _described_opening(article: Article, sentence: Sentence) -> SpeakerRef | None:
    """The phrase with an article that opens ``sentence`` before its verb ("Die Regierungskoalition
    hat …", "Die Schweizer Großbank UBS veröffentlichte …"); not an adverb ("Inzwischen sind …")."""
    text = article.text
    determiner = re.match(r"(?:Der|Die|Das|Ein|Eine)\s+", text[sentence.start : sentence.end])
    if determiner is None:
        return None
    opening = _opening_phrase(article, sentence.start, sentence.end)
    if opening is not None:
        return opening  # "Die Regierungskoalition hat", "Die polizeilichen Angaben der Opferzahl …"
    # a longer phrase: "Die Schweizer Großbank UBS", "Die städtische Baugesellschaft GEWO"
    end = _np_forward(text, sentence.start + determiner.end(), sentence.end, force_first=False)
    words = text[sentence.start : end].split()
    if not any(w[:1].isupper() for w in words[1:]) or not re.match(r"\s+[a-zäöüß]", text[end : sentence.end]):
        return None  # "Das geht aus …": a pronoun, no phrase
    return SpeakerRef(text[sentence.start : end], sentence.start, end, "description")


def _subject_after_verb(article: Article, start: int, end: int) -> SpeakerRef | None:
    """The subject right after the finite verb that follows ``start`` ("… hat das Unternehmen …")."""
    verb = re.match(r"\s*([a-zäöüß]+)\s+", article.text[start:end])
    if verb is None or verb.group(1) not in FINITE_VERBS:
        return None
    pos = start + verb.end()
    return _name_after(article, pos, end) or _description_after(article.text, pos, end)


def _frame_source_before(article: Article, head: str, offset: int) -> SpeakerRef | None:
    """The source of a clause right after a relative or opinion frame: "Berichte der Zeitung X, wonach",
    "Seiner Meinung nach" (his: a pronoun), "Dem Vernehmen nach" (nobody named)."""
    relative = RELATIVE_FRAME.search(head)
    if relative and relative.end() == len(head):
        # the report may be the object of a verb at the end: "hat Berichte der Zeitung X zurückgewiesen, wonach"
        verbs = re.search(r"(?:\s+(?!(?:der|die|das|des|dem|den)\b)[a-zäöüß]+){0,2}$", head[: relative.start()])
        np_end = offset + verbs.start()
        np_start = _np_backward(article.text, max(offset, np_end - 120), np_end)
        agents = [a for a in _agents(article, np_start, np_end) if a.kind == "name"]
        source = agents[0] if agents else SpeakerRef(article.text[np_start:np_end], np_start, np_end, "source") if np_start < np_end else None
        # the relative word refers to the report: "Gerüchte, nach denen …"
        word = offset + relative.start() + len(re.match(r",\s*", relative.group()).group())
        return _anaphor(source, word, offset + relative.end() - 1) if source else None
    opinion = None
    for opinion in OPINION_FRAME.finditer(head):
        pass
    if opinion is None or opinion.end() != len(head):
        return None
    start, end = offset + opinion.start("src"), offset + opinion.end("src")
    kind = "source" if opinion.group("src").lower().startswith("dem ") else "pronoun"
    return SpeakerRef(article.text[start:end], start, end, kind)


# Finite verbs that end a source phrase ("Laut Polizei | sollen ...", "behördlichen Angaben zufolge | starben").
FINITE_VERBS = frozenset(
    """
    ist sind war waren wird werden wurde wurden hat haben hatte hatten soll sollen sollte sollten kann können
    konnte konnten muss müssen musste mussten will wollen wollte wollten darf dürfen durfte sei seien habe hätte
    hätten wäre wären würde würden gibt gab gebe starb starben kam kamen liegt lag gilt galt steht stand geht ging
    bleibt blieb zeigt zeigte handelt handele handelte gehört gehörte
    """.split()
)
_NP_LINK_WORDS = frozenset("der die das des dem den ein eine eines einer einem einen von vom seiner ihrer seines ihres".split())
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _np_word(word: str, following: str | None) -> bool:
    """Can ``word`` belong to a source noun phrase, given the word after it?"""
    bare = word.strip("„“\"»«‚‘’'()")
    if not bare:
        return True
    if bare.lower() in FINITE_VERBS:
        return False
    if bare[0].isupper() or bare[0].isdigit() or bare.lower() in _NP_LINK_WORDS:
        return True
    # a lower-case word is an adjective only before a noun or another adjective: "der afghanischen Regierung"
    return bare.endswith(_ADJECTIVE_ENDINGS) and following is not None and (following.strip("„“\"»«")[:1].isupper() or following.endswith(_ADJECTIVE_ENDINGS))


def _np_forward(text: str, start: int, limit: int, force_first: bool = True, after: str = "") -> int:
    """Where the noun phrase starting at ``start`` ends (a frame's source: "laut der afghanischen Regierung").
    ``after``: the word the phrase goes on from (a role's noun), which may end the phrase right there."""
    words = list(re.finditer(r"\S+", text[start:limit]))
    end = start
    for i, word in enumerate(words):
        following = words[i + 1].group() if i + 1 < len(words) else None
        if (i > 0 or not force_first) and not _np_word(word.group(), following):
            break  # the first word is the source whatever it looks like ("laut bildblog.de", "laut el-Baradei")
        previous = words[i - 1].group() if i else after
        if previous[:1].isupper() and word.group()[:1].islower() and word.group() not in AFTER_NOUN_LINKS:
            break  # "der Magdeburger Volksstimme | seine Kollegen": after its noun only an attribute goes on
        if word.group() == "der" and previous[:1].isupper() and following and re.fullmatch(r"[a-zäöüß-]+e", following):
            break  # "laut US-Medien | der chinesische Botschafter": "der" before an adjective in "-e" opens a nominative
        if word.group() in ("und", "oder") and following and following[:1].islower() and following not in _DETERMINER_WORDS:
            break  # "die Hacker | und kündigten …": a verb after "und" starts a clause, not a second noun
        if i == 1 and word.group()[:1].isupper() and _bare_plural_noun(words[0].group()):
            break  # "laut Medienberichten | Informationen über …": a plural without article is the whole phrase
        if i == 1 and words[0].group()[:1].isupper() and _inflected_noun(word.group(), genitive=False):
            break  # "laut Anklage | Gelder veruntreut": an inflected noun after a bare first noun is no name after a title
        if i > 0 and previous[:1].isupper() and (word.group()[:1].isdigit() or _inflected_noun(previous) and _inflected_noun(word.group(), genitive=False)):
            # "laut Herausgeber Activision | 25 Millionen Spieler", "nach Angaben von Sicherheitskräften |
            # Extremisten": a number or a second inflected noun after the noun opens the clause's own phrase
            # (a name after a title is not inflected: "Präsident Obama", "der Zeitung Die Welt")
            break
        end = start + word.end()
    return end


def _inflected_noun(word: str, genitive: bool = True) -> bool:
    """Is ``word`` a common noun in a form other than its lemma ("Sicherheitskräften", "Landes",
    "Attentatspläne")? With ``genitive`` False, a genitive in "-s" does not count ("Syriens")."""
    bare = word.strip("„“\"»«‚‘’'(),")
    if not bare[:1].isupper() or not bare.replace("-", "").isalpha():
        return False
    base = lemma(bare, "de")
    if base == bare or not base[:1].isupper() or not lemma(bare.lower(), "de")[:1].isupper():
        return False  # (an adjective capitalised in a name is none: "der Wahren Finnen", "die Grünen")
    return genitive or bare not in (base + "s", base + "es")


def _bare_plural_noun(word: str) -> bool:
    """Is ``word`` a common noun inflected for the (dative) plural, its lemma plus "-n", "-en" or "-ern"
    ("Medienberichten", "Angaben")? A name or title ("Innenminister", "Vereinten") is none."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    base = lemma(word, "de")
    return base != word and base[:1].isupper() and any(word == base + ending for ending in ("n", "en", "ern"))


def _word_end(text: str, pos: int) -> int:
    """``pos`` moved on to the end of the word it cuts ("Nichtregierungsorganis|ation"), else ``pos``."""
    if 0 < pos < len(text) and text[pos - 1].isalnum():
        while pos < len(text) and (text[pos].isalnum() or text[pos] == "-" and pos + 1 < len(text) and text[pos + 1].isalnum()):
            pos += 1
    return pos


# Words that continue a noun phrase after its noun: genitives and prepositional attributes.
AFTER_NOUN_LINKS = frozenset("der des von vom eines einer seiner ihrer seines ihres aus für in im bei beim und".split())


def _np_backward(text: str, floor: int, end: int) -> int:
    """Where the noun phrase ending at ``end`` starts ("behördlichen Angaben" zufolge)."""
    words = list(re.finditer(r"\S+", text[floor:end]))
    start = end
    for i in range(len(words) - 1, -1, -1):
        word = words[i].group()
        following = words[i + 1].group() if i + 1 < len(words) else None
        if not _np_word(word, following):
            break
        start = floor + words[i].start()
        if word.lower() in ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem"):
            break  # the determiner opens the phrase
    return start


_DATE_AFTER_FRAME = re.compile(rf"(?:vom|von)\s+(?:\d{{1,2}}\.\s*)?(?:(?:{WEEKDAY_RE}|{MONTH_RE}|Wochenende|Vortag)(?!\w))")


def _dated(src: str) -> bool:
    """Does the phrase after a frame give a date ("vom Donnerstag", "vom 3. Mai")?"""
    return bool(_DATE_AFTER_FRAME.match(src))


def _frame_source(name: str, match: re.Match, offset: int, text: str) -> tuple[int, int]:
    """The exact source phrase of a frame match on ``text[offset:]``."""
    if name == "zufolge":
        src_end = offset + match.end("src")
        return _np_backward(text, offset + match.start("src"), src_end), src_end
    src_start = offset + match.start("src")
    if name == "nach Angaben":
        first = re.match(r"\S+", text[src_start : offset + match.end("src")])
        genitive = ("der", "des", "von", "vom", "eines", "einer", "seitens", "aus")
        if not first or not _np_word(first.group(), None) or (first.group().islower() and first.group() not in genitive) or _dated(text[src_start : offset + match.end("src")]):
            # "Nach offiziellen Angaben | sind …", "nach UNHCR-Angaben", "nach Polizeiangaben vom Donnerstag":
            # the frame phrase is the source (a date after it says when, not who)
            return offset + match.start() + len("nach "), offset + match.end("frame")
    # the frame's pattern stops after so many characters, perhaps inside a word: the phrase ends with the word
    return src_start, _np_forward(text, src_start, _word_end(text, offset + match.end("src")))


_CLAUSE_AFTER_CUE = re.compile(r",\s*(?:dass\s+|ob\s+)?(?P<clause>.+?)[.!?]?$")


# "Demnach steht der Kopilot in der Schusslinie": the source of the sentence before goes on
ONWARD = re.compile(r"(Demnach|Demzufolge)\s+(?=\w)")
# "… soll demnach gestärkt werden": the same inside the sentence, as an adverb after its verb
ONWARD_INSIDE = re.compile(r"(?<=[a-zäöüß] )(?:demnach|demzufolge)\b(?!\s*[,.;:])")
# "wie (bereits, ausführlich) berichtet", "wie gesagt": with no one as its subject the author points to
# the paper's own report or words, nobody else's
AUTHORS_OWN_REPORT = (
    r"(?:(?:bereits|schon|ausführlich|mehrfach|mehrmals|gestern|zuvor|eingangs|oben|früher|kürzlich|vielfach|ebenfalls)\s+){0,2}"
    r"(?:berichtet|gesagt|erwähnt|gemeldet|beschrieben|ausgeführt)"
)
AS_THE_AUTHOR_REPORTED = re.compile(r"(?:^|[^\w\s]\s*|\s)[Ww]ie\s+" + AUTHORS_OWN_REPORT + r"$")
# "Wie X darlegte, VERB …": a "wie" clause of saying, showing or learning before the main clause's finite verb
LEADING_AS_TOLD = re.compile(
    r"\s*Wie\s+(?!" + AUTHORS_OWN_REPORT + r"\s*,)(?!viele?\b|lange\b|oft\b|hoch\b|weit\b|groß\b|sehr\b|schon\b|auch\b|immer\b|jedes\b|jeden\b|in\b|im\b|bei\b|beim\b)"
    r"[^,;:!?]{2,160}?\s(?:mitteilte|mitteilt|mitteilten|sagte|sagt|sagten|erklärte|erklärt|erklärten|berichtete|berichtet|berichteten|berichten|"
    r"betonte|betont|meldete|meldet|meldeten|schrieb|schreibt|bestätigte|bestätigt|bestätigten|darlegte|darlegt|feststellte|feststellt|"
    r"veröffentlichte|veröffentlicht|bekanntgab|angab|angibt|angaben|verlautete|hervorgeht|hervorging|ergab|ergibt|ergaben|zeigte|zeigt|"
    r"(?:bekannt|mitgeteilt|gemeldet|berichtet|bestätigt|bekanntgegeben)\s+(?:wurde|wird|worden\s+ist|ist))"
    r"\s*,\s*(?P<clause>(?-i:[a-zäöüß]+)\s[^;]+?)[.!]?$",
    re.I,
)
# "…, heißt es (in dem Bericht)." closing the sentence: what comes before was said
TRAILING_IMPERSONAL = re.compile(r",\s*(?:hei(?:ß|ss)t|hie(?:ß|ss))\s+es\b[^,]{0,80}[.!]?$")


# "Danach" refers to a text rather than a time after a sentence that names one: "Die UBS veröffentlichte
# heute neue Quartalszahlen. Danach verzeichnet das Geldinstitut Verluste …"
ONWARD_AFTER_TEXT = re.compile(r"(Danach)\s+(?=\w)")
NAMES_A_TEXT = re.compile(
    r"\b(?:veröffentlicht\w*|[\w-]*(?:[Bb]ericht|[Ss]tudie|[Uu]mfrage|[Zz]ahlen|[Ss]tatistik|[Gg]esetz|[Vv]ertrag|[Aa]bkommen|[Pp]rognose|"
    r"[Aa]nalyse|[Ee]rhebung|[Mm]itteilung|[Ee]rklärung|[Gg]rundlage)(?:e|en|es|s|n)?|Act)\b"
)


def _onward(text: str, sentence: Sentence, previous: Sentence | None) -> re.Match | None:
    """"Demnach …", "Demzufolge …", or "Danach …" after a sentence that names a text: the source of the
    sentence before goes on."""
    onward = ONWARD.match(text, sentence.start, sentence.end)
    if onward is None and previous is not None and previous.paragraph == sentence.paragraph and NAMES_A_TEXT.search(text, previous.start, previous.end):
        onward = ONWARD_AFTER_TEXT.match(text, sentence.start, sentence.end)
    return onward


# "… und fügte hinzu" closing the clause before a colon: the speaker goes on with a direct quote
ADDED_AFTER = re.compile(r",?\s+(?:und|bevor\s+(?:er|sie))\s+(?:fügte|fügten|ergänzte|ergänzten|sagte|sagten|erklärte|erklärten|betonte|betonten|meinte|meinten)(?:\s+\w+){0,3}?(?:\s+hinzu)?\s*$")


def _indirect_in(article: Article, sentence: Sentence, taken: list[tuple[int, int]], previous: Sentence | None = None) -> tuple[int, int] | None:
    """The reported clause of a sentence (``previous``: the sentence before it), or None."""
    text = article.text
    s, e = sentence.start, sentence.end
    body = text[s:e]
    if any(a < e and s < b and (b - a) > 0.6 * (e - s) for a, b in taken):
        # mostly a direct quote already; a reported clause may stand before the colon that opens it
        # ("Er sagte, Europa brauche die Briten, und fügte hinzu: „…“")
        first = min(a for a, b in taken if a < e and s < b)
        colon = text.rfind(":", s, first)
        if colon == -1 or text[colon + 1 : first].strip() or first <= s or len(_words(text[s:colon])) < 5:
            return None
        clause = _indirect_in(article, Sentence(s, colon, sentence.paragraph), [], previous)
        if clause is None or not _in_konjunktiv_i(text[clause[0] : clause[1]]):
            return None  # mostly the frame of the quote ("sagte X, Gründer der Band:"), nothing reported
        added = ADDED_AFTER.search(text, clause[0], clause[1])
        return (clause[0], added.start()) if added else clause
    # "Demnach steht der Kopilot in der Schusslinie": the source of the sentence before goes on
    onward = _onward(text, sentence, previous)
    if onward and e - onward.end() >= 12:
        return onward.end(), s + len(body.rstrip(" .!?"))
    if ONWARD_INSIDE.search(body) and len(_words(body)) >= 5 and not body.rstrip(" '\"“”»«").endswith("?"):
        return s, s + len(body.rstrip(" .!?"))  # "Die Aufsicht soll demnach gestärkt werden": the source before goes on
    said = TRAILING_IMPERSONAL.search(body)
    if said and len(_words(body[: said.start()])) >= 4 and _has_verb(body[: said.start()]):
        return s, s + said.start()  # "Drei Viertel entfallen auf Südasien, heißt es."
    # "Wie der Minister darlegte, handelte es sich um …", "Wie gestern bekannt wurde, befindet sich …":
    # a clause of saying or learning in the place before the verb frames the main clause
    leading = LEADING_AS_TOLD.match(body)
    if leading and len(_words(body[leading.end("clause") - len(leading.group("clause")) :])) >= 4:
        return s + leading.start("clause"), s + len(body.rstrip(" .!?"))
    words = [w.lower() for w in _words(body)]
    has_frame = names_its_source(body)
    # "Laut CNN hat der Minister verkündet, der Rat wolle …": the source frame governs the whole clause,
    # what is said inside it included
    # (in the main clause: before the first comma, not after a leading subordinate clause)
    framed = _framed_by_source(text, body, s) if has_frame and not SUBORDINATE_OPENING.match(body) else None
    first_comma = _next_comma(body, 0)
    if framed is not None and (first_comma == -1 or _source_frame_before(body, first_comma)):
        return framed
    if not has_frame and not _may_report(body):
        return None
    if _asks_someone(body):
        return None  # an interviewer's question: "Findest du, dass …?", "Wie stehen Sie dazu, dass …?"
    # "Kovacs hob hervor, der Schutz dürfe …", "Er wies darauf hin, dass …": a separable verb of saying
    separable = SEPARABLE_CUES.search(body)
    if separable and re.match(r"\s*,", body[separable.end() :]):
        clause_start = separable.end() + body[separable.end() :].index(",") + 1
        clause_start += len(re.match(r"\s*(?:dass\s+|ob\s+)?", body[clause_start:]).group())
        clause_end = len(body.rstrip(" .!?"))
        opener = _WORD.match(body, clause_start)
        if opener and opener.group() in NOT_REPORTED_OPENERS and not any(is_subjunctive(w) for w in _words(body[clause_start:clause_end])):
            clause_end = clause_start  # "gab Details bekannt, um …": a purpose, not what was said
        if clause_end - clause_start >= 12 and len(_words(body[clause_start:clause_end])) >= 3:
            return s + clause_start, s + clause_end
    # "X sagte(,) (dass) CLAUSE" / "hieß es, CLAUSE"
    for cue in _WORD.finditer(body):
        if cue.group().lower() not in CUE_VERBS:
            continue
        if cue.group().lower() in ("hieß", "hiess", "heißt", "heisst") and not (re.match(r"\s+es\b", body[cue.end() :]) or re.search(r"\bes\b[^,.;:]*$", body[: cue.start()])):
            continue  # "hieß das Gasthaus „Zum Anker“": what it was called, not "hieß es" (it was said)
        if body[: cue.start()].rstrip().endswith(",") and any(is_subjunctive(w) for w in _words(body[: cue.start()])):
            break  # "CLAUSE sei …, verlautbarte X, der …": a frame after its clause, taken below
        if re.search(r",\s*so\s+$", body[: cue.start()]) and len(_words(body[: cue.start()])) >= 4 and INTERPOLATED_SO.match(body, cue.start()):
            break  # "Der Grund, so vermutet die Zeitung, dürfte … sein": a frame inside its message, taken below
        inside = _as_told_inside(body)
        if inside and inside.start() < cue.start() < inside.end() and re.match(r"[^,]*,", body[cue.end() :]) and len(_words(body[: inside.start()])) >= 3:
            break  # "Die Firma werde, wie ein Sprecher sagte, im Mai …": a frame inside its message, taken below
        comma = _next_comma(body, cue.end())
        if comma != -1 and comma - cue.end() < 80 and DENIAL.search(body, max(0, cue.start() - 25), comma) and NOT_REPORTING_THAT.search(body[:comma]):
            break  # "Die Polizei bestätigte nicht, dass …": nobody said it
        not_reporting = NOT_REPORTING_THAT.search(body[:comma]) if comma != -1 and comma - cue.end() < 80 and re.match(r",\s*dass\b", body[comma:]) else None
        if not_reporting and not_reporting.start() >= cue.end():
            break  # "nannte drei Bedingungen dafür, dass …": a condition after the verb, not what was said
        if NAMING.search(body, max(0, cue.start() - 40), min(len(body), cue.end() + 12)):
            break  # "Der Wall, der als „Bollwerk“ bezeichnet wird, hielt stand": a name given
        if re.search(r"\b(?:kann|könnte|muss|darf)\s+man\s+(?:\w+\s+){0,2}$|\bwie\s+man\s+$", body[: cue.start()]):
            break  # "Alles in allem kann man sagen, dass …", "wie man sagt": the author's own words
        if cue.group() == "gesagt" and SAID_AS_ADVERB.search(body[: cue.end()]):
            continue  # "Kurz gesagt: …", "Ehrlich gesagt, …": a sentence adverb, nobody is quoted
        if AS_THE_AUTHOR_REPORTED.search(body[: cue.end()]):
            continue  # "Tusk hatte, wie berichtet, ein Papier vorgelegt": the paper's own report, nobody quoted
        if comma != -1 and _trailing_as_told(body) == len(body[:comma].rstrip()):
            break  # "…, wie der Sender am Samstag berichtete.": the frame after its message, taken below
        if (
            body[: cue.start()].rstrip().endswith(",") and len(_words(body[: cue.start()])) >= 4 and _has_finite_verb(body[: cue.start()])
            and comma != -1 and not _has_finite_verb(body[comma:])
            and (not _has_verb(body[comma:]) or _participle_phrase_after(body[: cue.start()], body[comma + 1 :]))
        ):
            # "…, sagt Andreas Braun, ehemals Direktor …": a frame after its message, an apposition after it;
            # or a phrase around a participle ("…, sagt Wright, angesprochen auf …"), no clause of its own
            break
        if comma != -1 and comma - cue.end() < 80:
            clause_start = comma + 1
            m = re.match(r"\s*(?:dass\s+|ob\s+)?", body[clause_start:])
            clause_start += m.end()
            following = _WORD.match(body, clause_start)
            if (
                re.search(r"\bzu\s*$", body[: cue.start()]) and not m.group().strip() and following
                and not any(is_subjunctive(w) for w in _words(body[clause_start:]))
                and (following.group() in ("aber", "und", "oder", "doch", "denn", "sondern") or following.group()[:1].isupper())
            ):
                break  # "hat Mühe, es zu erklären, Müller sieht sich …": after an infinitive a new main clause
            if following and (following.group().lower() in CUE_VERBS or following.group() == "so"):
                break  # ", sagte Petra Vogt": a trailing frame, not what was said
            if following and following.group() in NOT_REPORTED_OPENERS and not any(is_subjunctive(w) for w in _words(body[clause_start:])):
                break  # "…forderten den Rücktritt, um den Weg …": a purpose, not what was said
            if following and following.group() in CONDITION_OPENERS and not m.group().strip() and not any(is_subjunctive(w) for w in _words(body[clause_start:])):
                break  # "…vor den Folgen gewarnt, wenn Müll ins Meer gelangt", "…erklärt, nachdem …": when, not the words
            if following and _finite_indicative(following.group()) and not re.search(r"\b[Ww]ie\b|\b[Ll]aut\b|\bzufolge\b|^\s*[Nn]ach\b|,\s*so\s+\S+\s+", body[:comma]):
                # "Als das Urteil verkündet wurde, führte das zu Jubel": the main clause goes on, nothing reported
                # (unlike "Wie die Polizei mitteilte, wurden …", where the frame fills the place before the verb)
                break
            relative = RELATIVE_CLAUSE.match(body, clause_start)
            if relative and not (relative.group("next") in FINITE_VERBS or _adjective(relative.group("next"))):
                if not any(is_subjunctive(w) for w in _words(body[clause_start:])):
                    break  # "kritisiert die Wahl, die am 21. Mai stattfand": a relative clause, not what was said
            clause_end = len(body.rstrip(" .!?"))
            # Stop at a trailing frame (", sagte er") if there is one.
            tail = re.search(r",\s*(?:so\s|sagte|erklärte|betonte|fügte|hieß)", body[clause_start:])
            if tail:
                clause_end = clause_start + tail.start()
            content = body[clause_start:clause_end]
            if clause_end - clause_start >= 12 and len(_words(content)) >= 4 and _has_verb(content):
                return s + clause_start, s + clause_end
        break
    # "Die Forscher vermuten, dass …", "Er stellt fest, dass …": a that-clause after a main clause
    # mostly reports what someone said or thinks; not after a consequence or a fact.
    # "Berichte, wonach der Deich gebrochen sei, …", "Seiner Meinung nach hätte die Aufsicht …": a
    # frame whose clause, up to where the main clause goes on, is what was reported or thought
    frame = RELATIVE_FRAME.search(body) or next((m for m in OPINION_FRAME.finditer(body) if not _frame_inside_noun_phrase(body, m)), None)
    if frame and not body.rstrip(" '\"“”»«").endswith("?"):  # a question asks for an opinion
        clause_end = _end_of_framed_clause(body, frame.end())
        if clause_end - frame.end() >= 12 and len(_words(body[frame.end() : clause_end])) >= 3:
            return s + frame.end(), s + clause_end
    attributive = None if frame else next((m for m in OPINION_FRAME.finditer(body) if _frame_inside_noun_phrase(body, m)), None)
    if attributive:
        # "Trump lobte die seiner Ansicht nach großartigen Zahlen": the noun phrase is the opinion reported
        np_start = _DETERMINER_BEFORE_FRAME.search(body[: attributive.start()])
        np_start = np_start.start() + len(np_start.group()) - len(np_start.group().lstrip())
        np_end = len(body.rstrip(" .!?"))
        noun = re.match(r"(?:[a-zäöüß]+\s+){0,2}[a-zäöüß]+(?:e|en|er|es|em)\s+[A-ZÄÖÜ]", body[attributive.end() :])
        for word in _WORD.finditer(body, attributive.end() + noun.end(), np_end):
            if _finite_indicative(word.group()) or word.group().islower() and is_subjunctive(word.group()):
                np_end = len(body[: word.start()].rstrip(" ,"))
                break
        if np_end - attributive.end() >= 12:
            return s + np_start, s + np_end
    that = re.search(r",\s*dass\s+", body)
    so_inside = INTERPOLATED_SO_NAME.search(body, 0, that.start() + 1) if that else None
    if so_inside and any(is_subjunctive(w) for w in _words(body[: so_inside.start()])):
        # "Der Präsident sei, so Vogt, schuld daran, dass …": the frame inside reports the whole sentence
        return s, s + len(body.rstrip(" .!?"))
    if (
        that and not NOT_REPORTING_THAT.search(body[: that.start()]) and not _a_fact_is_that(body[: that.start()], body[that.end() :])
        and not _shown_in_the_indicative(body[: that.start()], body[that.end() :])
    ):
        clause_end = len(body.rstrip(" .!?"))
        tail = re.search(r",\s*(?:so\s|sagte|erklärte|betonte|fügte|hieß)", body[that.end() :])
        if tail:
            clause_end = that.end() + tail.start()
        if clause_end - that.end() >= 12:
            return s + that.end(), s + clause_end
    # "Zeller schlägt vor, die Maut nur … zu erheben", "Die Partei droht damit, das Ergebnis nicht
    # zu akzeptieren": an infinitive clause after a verb of proposing, demanding or accusing.
    # the first cue whose infinitive clause follows: "Ein Vorschlag kam von Ägypten, das vorschlug, …"
    # "Die Erpresser lockten das Maximum aus der Bereitschaft, zum Ziel beizutragen, so die Forscher.": a
    # frame closing the sentence reports all of it, the infinitive clause inside included
    closing_so = re.search(r",\s*" + TRAILING_SO + r"[^,]*$", body)
    for wish in () if closing_so else INFINITIVE_CUES.finditer(body):
        comma = body.find(",", wish.end())
        # a long subject or object may stand between verb and comma ("empfahl der EU-Kommissar für … Štefan
        # Füle, …"), as long as no other finite verb does
        near = comma != -1 and (comma - wish.end() < 80 or comma - wish.end() < 160 and not _has_finite_verb(body[wish.end() : comma]))
        infinitive = re.match(r",\s*" + INFINITIVE_CLAUSE, body[comma:]) if near else None
        if infinitive is None and PARTICLE_OR_PARTICIPLE.fullmatch(wish.group().split()[-1]):
            # "Die Firma hat angekündigt die Preise zu erhöhen", "Tesla bietet an den Lohn … zu erhöhen":
            # the comma before an infinitive clause may be left out after the verb's bracket closes
            comma = wish.end() - 1
            infinitive = re.match(r".\s+(?!(?:und|oder|aber|sowie|sondern)\b)" + INFINITIVE_CLAUSE, body[comma:])
        whether = re.match(r",\s*ob\s+", body[comma:]) if near else None
        if infinitive is None and whether and wish.group()[:1].islower() and len(_words(body[comma + whether.end() :])) >= 4:
            # "erwogen, ob …", "darüber diskutiert, ob …": the question weighed
            return s + comma + whether.end(), s + _end_of_framed_clause(body, comma + whether.end())
        if infinitive and infinitive.group("clause").split()[0] in NOT_REPORTED_OPENERS:
            infinitive = None  # ", um den Weg freizumachen": a purpose
        if infinitive:
            # "schlug vor, zu prüfen, ob …": the clauses depending on a short infinitive count too
            end = _with_dependent_clauses(body, comma + infinitive.end("clause"))
            if end - (comma + infinitive.start("clause")) >= 12:
                return s + comma + infinitive.start("clause"), s + end
    # "wandte sich gegen die Behauptung, die Kartoffel werde …": a noun of claiming and a subjunctive clause
    claim = CLAIM_NOUNS.search(body) or CLAIM_BEFORE_VERB.search(body)
    if claim:
        clause_start = claim.end() + len(re.match(r"\s*,\s*(?:dass\s+)?", body[claim.end() :]).group())
        clause_end = len(body.rstrip(" .!?"))
        content = body[clause_start:clause_end]
        if claim.re is CLAIM_BEFORE_VERB:
            # after the verb only a main clause in the subjunctive says what was claimed ("…
            # abgelehnt, eine solche Forderung könne nur …"), not a clause depending on it
            words = _words(content)
            opener = words[0] if words else ""
            comma = _next_comma(content, 0)
            main = content[:comma] if comma != -1 else content
            after = _WORD.search(content, comma) if comma != -1 else None
            if DENIAL.search(claim.group("verb")) or any(w in DEPENDENT_CLAUSE_OPENERS - _DETERMINER_WORDS for w in words[1:2]):
                content = ""  # "auf Anfrage nicht bestätigen, dass …", "…, auch wenn …"
            elif opener in DEPENDENT_CLAUSE_OPENERS and not (len(words) > 1 and words[1][:1].isupper() and opener in _DETERMINER_WORDS):
                content = ""
            elif not any(is_subjunctive(w) or w in POSSIBILITY_MODALS for w in _words(main)):
                content = ""
            elif after is not None and (not _has_verb(content[comma:]) or _finite_indicative(after.group())):
                # "Jesuiten, die der Überzeugung waren, X habe sie verraten, | korrigierten …": the main clause resumes
                content = main
            clause_end = clause_start + len(content)
        # a suspicion may be put as a possibility: "der Verdacht, Ertel könnte … abgerechnet haben"
        if clause_end - clause_start >= 12 and any(is_subjunctive(w) or w in POSSIBILITY_MODALS for w in _words(content)):
            return s + clause_start, s + clause_end
        if claim.group("noun") == "Zweifel" and content.startswith("ob ") and len(_words(content)) >= 4:
            return s + clause_start + 3, s + clause_end  # "Zweifel daran, ob …": what is doubted
        infinitive = re.match(INFINITIVE_CLAUSE, content)
        if claim.group("noun") in INFINITIVE_CLAIMS and infinitive and not closing_so and len(infinitive.group("clause")) >= 12 and infinitive.group("clause").split()[0] not in NOT_REPORTED_OPENERS:
            return s + clause_start, s + _with_dependent_clauses(body, clause_start + infinitive.end("clause"))
    # "CLAUSE, sagte X." / "CLAUSE, so X." / "CLAUSE, hieß es."
    m = re.search(r",\s*(?:" + TRAILING_SO + "|(?:" + "|".join(sorted(CUE_VERBS, key=len, reverse=True)) + r")\b)[^,]*(?:,[^,]*,[^,]*)?$", body, re.I)  # perhaps with an apposition
    if m is None:
        # "…, heißt es in der Begründung von James Billington, Direktor der Bibliothek.", "…, heißt es im
        # Bericht, der … auflistet": an apposition or relative clause on the source ends the sentence (another
        # clause with a verb is the main clause's own: "Trotz …, kritisiert die OSZE …, wobei sie … ausnimmt")
        m = re.search(r",\s*(?:" + TRAILING_SO + "|(?:" + "|".join(sorted(CUE_VERBS, key=len, reverse=True)) + r")\b)[^,]*,(?P<apposition>[^,]*)$", body, re.I)
        if m and _has_verb(m.group("apposition")) and not RELATIVE_CLAUSE.match(m.group("apposition").strip()):
            m = None
    interpolated = False
    if m is None:
        # "Der Grund, so vermutet die Zeitung, dürfte … sein": a frame inside its message, which goes on after it
        m = INTERPOLATED_FRAME.search(body) or INTERPOLATED_WITH_RELATIVE.search(body) or _as_told_inside(body)
        interpolated = m is not None
    if m and m.start() > 12:
        head = body[: m.start()]
        parts = re.split(r",(?!\d)", body[m.start() :].rstrip(" .!?"))
        as_told_inside = m.re is INTERPOLATED_AS_TOLD
        if len(parts) >= 4 and (RELATIVE_CLAUSE.match(parts[2].strip()) or _prepositional_relative(parts[2])) and len(_words(parts[2])) <= 24:
            # "Im Mai, so der Sprecher des Vereins, der sich für … einsetzt, seien …": a relative clause on
            # the source, then the message goes on
            parts = parts[:2] + parts[3:]
        going_on = ",".join(parts[2:]).strip()
        if (
            len(parts) >= 3 and len(_words(parts[1])) <= (14 if as_told_inside else 8) and len(_words(head)) >= 3
            # an apposition after the name ("so Frank Karl, Leiter der Abteilung") is not the message going on
            and (
                _has_verb(going_on) and not _participle_phrase_after(head, going_on)
                or as_told_inside and _in_konjunktiv_i(head)
                or interpolated and any(is_subjunctive(w) for w in _words(head)) and going_on[:1].islower() and going_on.split()[0] not in _DETERMINER_WORDS
            )
            and not re.match(r"(?:der|die|das|den|dem|deren|dessen|welche\w*|wo|wie|als|nachdem|bevor|während|weil|da|und)\b", going_on)
        ):
            # "Alles in allem sei es, so der OSZE-Bericht, möglich gewesen, …", "Der Grund, so vermutet die
            # Zeitung, dürfte … gewesen sein": the frame stands inside the message, which goes on after it
            return s, s + len(body.rstrip(" .!?"))
        if _subjunctive_in(_words(head)) and not interpolated:
            return s, s + len(head.rstrip())
    # "Die Chemikalie stand unter Druck, wie der Chef der Firma mitteilte.": a trailing "wie" frame
    as_told = _trailing_as_told(body)
    if as_told is not None:
        return s, s + as_told
    # "18 Menschen sollen getötet worden sein, berichtet das Portal al-Arabiya." in the indicative:
    # only with a verb of reporting and a speaker named right after it
    trailing = REPORTED_AFTER.search(body) or _reported_after_by_lemma(body)
    if trailing and trailing.start() > 12:
        head = body[: trailing.start()]
        verb = _WORD.search(body, trailing.start("verb") if trailing.group("verb") else trailing.start() + 1)  # the verb of reporting, or "so"
        tail = body[verb.end() :]
        relative = re.search(r",(?P<clause>[^,]*)$", tail)
        if relative and (RELATIVE_CLAUSE.match(relative.group("clause").strip()) or _prepositional_relative(relative.group("clause"))):
            tail = tail[: relative.start()]  # "…, so eine Studie der Stiftung, in der Ärzte … prüften": the source's relative clause
        # "…, so der Sprecher des Konzerns, der seit Jahren … zuständig ist, am Montag.": a relative clause
        # on the source inside the frame, too
        tail = ",".join(part for part in tail.split(",") if not _a_relative_clause(part))
        tail_words = len(_words(tail))
        # "das"/"dies" pointing back makes the clause before the verb's object, however long the frame
        pointed = bool(trailing.groupdict().get("pointer") or trailing.groupdict().get("dash_pointer"))
        if trailing.group("verb") is None and not _has_finite_verb(tail) and tail_words <= 24:
            # "…, so der Sprecher des in Wien und Graz tätigen Konzerns für Stahl am Montag": a "so" frame has no
            # verb, so a long source with no finite verb of its own is still the frame
            tail_words = min(tail_words, 14)
        # after a leading subordinate clause ("Während die Parlamentarier zustimmten, schätzte X …") the
        # verb after the comma is the main clause's own, no frame after its message
        if len(_words(head)) >= 5 and tail_words <= (24 if pointed else 14) and _has_verb(head) and not _a_subordinate_clause(head):
            ref = _speaker_around_cue(article, _WORD.match(text, s + verb.start()), s + verb.start(), e)
            if ref is not None and ref.kind in ("name", "description", "role", "epithet") or pointed and _pointer_subject(article, s + verb.end(), e):
                return s, s + len(head.rstrip())
    # "Laut X / X zufolge / Nach Angaben von X, CLAUSE" inside a subordinate clause
    return _framed_by_source(text, body, s) if has_frame else None


# "Kurz gesagt", "ehrlich gesagt", "anders gesagt": the participle as a sentence adverb
SAID_AS_ADVERB = re.compile(
    r"(?:^|[,;:–]\s*)(?i:kurz|anders|offen|ehrlich|vereinfacht|grob|salopp|nebenbei|allgemein|gelinde|schlicht|deutlich)(?:\s+\w+)?\s+gesagt$"
)
# A trailing "so" that names a source: a name, a noun phrase or a verb of saying or thinking follows
# ("…, so Vogt", "…, so die Polizei", "…, so heißt es"), not a comparison or consequence ("…, so wie
# seine Vizepräsidentin", "…, so dass …")
TRAILING_SO = (
    r"so\s+(?=(?-i:[A-ZÄÖÜ]|[a-zäöüß]+-[A-ZÄÖÜ]|(?:van|von|de|del|della|di|da|du|le|la|al|el|ten|ter|bin|ibn)\s+[A-ZÄÖÜ])|(?:der|die|das|den|dem|des|ein|eine|einer|eines|sein|seine|seiner|ihr|ihre|ihrer|"
    r"dessen|deren|unser|unsere|es|man|er|sie)\b|(?:" + "|".join(sorted(CUE_VERBS, key=len, reverse=True)) + r")\b)"
)


def _a_finite_verb(word: str) -> bool:
    return word.islower() and (word in FINITE_VERBS or is_subjunctive(word) or _finite_indicative(word))


def _has_finite_verb(text: str) -> bool:
    return any(_a_finite_verb(w) for w in _words(text))


def _source_frame_before(body: str, end: int) -> bool:
    """Does a source frame stand in ``body`` before ``end`` (the main clause before its first comma)?"""
    return any(frame.search(body, 0, end) for _name, frame in SOURCE_FRAMES[1:4])


def _a_relative_clause(part: str) -> bool:
    """Is ``part`` (between commas) a relative clause: its pronoun, perhaps after a preposition, and a
    finite verb at its end ("der seit Jahren dafür zuständig ist", "in der er arbeitet")?"""
    words = _words(part)
    relative = RELATIVE_CLAUSE.match(part.strip())
    return len(words) >= 3 and (
        bool(relative) and _a_finite_verb(words[-1]) and not _a_finite_verb(relative.group("next")) or _prepositional_relative(part)
    )


def _source_attributes(body: str, start: int) -> int:
    """How far the attributes of a leading frame's source reach from ``start``, up to the finite verb
    of the clause it frames: "Nach Ansicht von X, | Professor in Y, | könnte …", "Laut dem Sprecher,
    | der für … zuständig ist, | hat …" (an apposition without a finite verb, a relative clause); 0 when
    no finite verb follows them."""
    pos = start
    for _ in range(3):
        part = re.match(r"[^,;:]{2,200}?,\s*", body[pos:])
        if part is None or not (not _has_finite_verb(part.group()[:-1]) and len(_words(part.group())) <= 12 or _a_relative_clause(part.group()[:-1])):
            return 0
        pos += part.end()
        verb = re.match(r"(?P<verb>[a-zäöüß]+)\b", body[pos:])
        if verb and _a_finite_verb(verb.group("verb")):
            return pos - start
    return 0


def _framed_by_source(text: str, body: str, s: int) -> tuple[int, int] | None:
    """The clause a source frame governs ("Laut X / X zufolge / Nach Angaben von X, CLAUSE"): after the
    frame when it opens the sentence, the whole sentence when it stands inside, the relative clause
    when it stands in one."""
    for name, frame in SOURCE_FRAMES[1:4]:
        fm = frame.search(body)
        if fm:
            clause_end = len(body.rstrip(" .!?"))
            src_start, src_end = _frame_source(name, fm, s, text)
            frame_start = fm.start() if name != "zufolge" else src_start - s
            relative = None
            for relative in RELATIVE_OPENING.finditer(body, 0, frame_start + 1):
                pass
            if relative is not None and "," not in body[relative.end() : frame_start]:
                # "die Tasche, die nach dessen Angaben die Bombe enthalten sollte, …": the frame reports
                # its relative clause only
                clause_start = relative.start() + len(re.match(r",\s*", relative.group()).group())
                clause_end = _end_of_framed_clause(body, clause_start)
            elif frame_start > 2 or name == "zufolge" and _has_verb(body[: fm.end("src")]):
                # "Die Boote sind laut Tessema recht klein", "Sie stammen Berichten zufolge aus Kiel": the
                # frame inside, the whole sentence reported
                clause_start = 0
            else:
                # "Nach Angaben der Polizei | wurden …", "Den Informationen zufolge | soll …"
                clause_start = src_end - s if name != "zufolge" else fm.end()
                clause_start += len(body[clause_start:]) - len(body[clause_start:].lstrip(" ,"))
                if body[src_end - s :].lstrip().startswith(","):
                    clause_start += _source_attributes(body, clause_start)
            if clause_end - clause_start >= 12:
                return s + clause_start, s + clause_end
    return None


# An infinitive clause up to its "zu" and verb: "die Maut zu erheben", "freizumachen"; an apposition
# or relative clause between commas ("den „Freedom Tower“, das größte Gebäude, zu bestimmen"), a
# decimal or a time ("um 19:55 Uhr") may stand inside it.
_INFINITIVE_PART = r"(?:[^,;:]|(?<=\d)[,:](?=\d)|,[^,;:.!?]{1,80},)"
INFINITIVE_CLAUSE = rf"(?P<clause>{_INFINITIVE_PART}*?\bzu\s+[a-zäöüß]+|{_INFINITIVE_PART}*?\b[a-zäöüß]+zu[a-zäöüß]+)(?=[.,;!?]|\s[–—]\s|$)"


# Words opening a clause that depends on the one before: its reason, place, condition or relative clause.
DEPENDENT_OPENERS = re.compile(
    r",\s*(?:ob|weil|da|damit|wo|wobei|wenn|falls|sofern|sodass|der|die|das|den|dem|deren|dessen|denen|welche[rsmn]?|was|bis|nachdem|sobald|solange)\s"
)


def _with_dependent_clauses(body: str, end: int) -> int:
    """Where an infinitive clause ending at ``end`` really ends: with the clauses that depend on it
    ("sich an US-Modellen zu orientieren, wo … garantiert werde"), up to the sentence's end or a
    semicolon, colon or dash that opens something new."""
    if not DEPENDENT_OPENERS.match(body, end):
        # a further infinitive clause that depends on this one ("seine Bemühungen zu verstärken, mit
        # dem Terrorismus fertigzuwerden")
        further = re.match(r",\s*(?!(?:und|oder|aber|sondern|sowie|um|ohne|statt|anstatt)\b)" + INFINITIVE_CLAUSE, body[end:])
        return _with_dependent_clauses(body, end + further.end("clause")) if further else end
    stop = re.search(r"[;:]|\s[–—]\s", body[end:])
    limit = end + stop.start() if stop else len(body)
    return len(body[:limit].rstrip(" .!?"))


ADDRESSED = re.compile(r"\b(?:du|dich|dir|dein\w*|euch|euer\w*|Ihnen)\b|(?<=[a-zäöüß,] )(?:Sie|Ihr\w*)\b")


def _asks_someone(body: str) -> bool:
    """A question put to the reader or an interviewee (second person, a question mark): what follows
    in it was asked, not reported."""
    question = body.find("?")
    return question != -1 and bool(ADDRESSED.search(body, 0, question))


# A reported infinitive clause: "eine Zone einzurichten", "zu prüfen, ob …"
INFINITIVE_REPORT = re.compile(r"^zu\s|(?:\bzu\s+[a-zäöüß]+|[a-zäöüß]{2,}zu[a-zäöüß]+en)$")


def _reports_just_before(article: Article, sentences: list[Sentence], n: int, quotes: list[Quote]) -> bool:
    """Does the sentence right before, in the same paragraph, report: a quote in it, the subjunctive of
    reported speech, or someone speaking? Only then does Konjunktiv II go on reporting ("Die Dämme
    befänden sich …" after "Die Regierung warnt vor …"), not after the author's own narration
    ("… versenkt. Das Schiff hätte 42 Flugzeuge transportieren sollen")."""
    if n == 0 or sentences[n - 1].paragraph != sentences[n].paragraph:
        return False
    before = sentences[n - 1]
    # a quote or a reported clause, not a proposal in the infinitive ("…, das vorschlug, eine Zone
    # einzurichten. Damit würden …" supposes what would follow, it does not report)
    if any(before.start <= q.start < before.end and not (q.kind == "indirect" and INFINITIVE_REPORT.search(q.text)) for q in quotes):
        return True
    body = article.text[before.start : before.end]
    if any(is_subjunctive(w) and w.lower() not in KONJUNKTIV_II for w in _words(body)):
        return True
    if _has_cue(body) or SPEECH_CONTEXT.search(body) or SPEAKING_BEFORE.search(body):
        return True  # "Die Regierung warnt vor …", "Gegner verweisen auf …", "brachte eine Darstellung in Umlauf"
    return _speaks_just_before(article, sentences, n)


# Verbs and nouns of a sentence that speaks without a clause of its own
SPEAKING_BEFORE = re.compile(
    r"\b(?:verweis\w*|Darstellung|Verdacht|Vorwurf|Vorwürfe|Kritik|Angaben|Aussagen?|Erklärung|Stellungnahme|Mitteilung|"
    r"Interview|Bericht|Berichten|Sprecher\w*|Einschätzung|Auffassung|Ansicht|Meinung|Forderung\w*|Appell)\b"
)


def _speaks_just_before(article: Article, sentences: list[Sentence], n: int) -> bool:
    """Does the sentence before, in the same paragraph, name someone speaking ("Die Regierung warnt vor …")?"""
    return n > 0 and sentences[n - 1].paragraph == sentences[n].paragraph and _source_of_sentence(article, sentences[n - 1]) is not None


# Verbs of saying or thinking by lemma, for a closing "wie X …te": those of the cue list (less the ones
# that say something only with a particle or object: "gab", "stellte", "teilte") and further ones
# of putting into words.
SAYING_LEMMAS = frozenset(lemma(w, "de") for w in CUE_VERBS) - frozenset(
    "geben stellen teilen fügen werfen schieben räumen rufen heißen kündigen mein nennen bezeichnen".split()
) | frozenset(
    "formulieren ausdrücken darstellen darlegen beschreiben gestehen zugeben einräumen zusammenfassen erzählen "
    "bilanzieren resümieren analysieren einschätzen prognostizieren vorhersagen begründen skizzieren".split()
)
# ", wie es der Trainer formulierte.": "wie", a source (a name, a noun or a personal pronoun), a verb
AS_TOLD_BY_LEMMA = re.compile(r"\bwie\s+(?P<src>(?:[^,.;:!?]|\.(?=\w)){2,60}?)\s+(?P<verb>[a-zäöüß]+)\s*[.!]?$")


# ", wie Jens Köhler, Chef der Stadtwerke, am Abend mitteilte.": an apposition on the source inside the frame
AS_TOLD_APPOSITION = re.compile(
    r"\bwie\s+(?P<src>[^,.;:!?]{2,60}?),\s*(?P<apposition>(?:[^,.;:!?]|\.(?=\w)){2,80}?),\s*"
    r"(?P<adverbs>(?:[\wäöüß.-]+\s+){0,4}?)(?P<verb>[a-zäöüß]+)\s*[.!]?$"
)


def _participle(verb: str, base: str) -> bool:
    """Is ``verb`` (with lemma ``base``) a past participle ("gesagt" from "sagen"), not a finite form?"""
    return verb.startswith("ge") and not base.startswith("ge")


def _as_told_with_apposition(body: str) -> re.Match | None:
    """A closing "wie" frame whose source has an apposition (", wie Köhler, Chef der Stadtwerke, sagte"), or None."""
    m = AS_TOLD_APPOSITION.search(body)
    if m is None:
        return None
    verb = m.group("verb")
    base = lemma(verb, "de")
    if base not in SAYING_LEMMAS or _participle(verb, base):
        return None
    if not re.search(r"(?-i:[A-ZÄÖÜ])", m.group("src")) or not re.search(r"(?-i:[A-ZÄÖÜ])", m.group("apposition")):
        return None
    if _has_finite_verb(m.group("apposition")) or _has_finite_verb(m.group("adverbs")):
        return None  # ", wie Köhler, der dort Chef ist, sagte": a relative clause, not an apposition
    return m


def _trailing_as_told(body: str, min_words: int = 5) -> int | None:
    """Where the clause before a closing ", wie X mitteilte." ends (of at least ``min_words``), or None."""
    frame = dict(SOURCE_FRAMES)["wie … mitteilte"]
    generic = AS_TOLD_BY_LEMMA.search(body)
    if generic:
        verb = generic.group("verb")
        base = lemma(verb, "de")
        participle = _participle(verb, base) or re.search(r"\b(?:von|vom)\b", generic.group("src"))
        if base not in SAYING_LEMMAS or participle or not re.search(r"(?-i:[A-ZÄÖÜ])|\b(?:er|sie)\b", generic.group("src")):
            generic = None  # "wie erwartet", "wie von der Opposition gefordert": no one telling it
    apposed = _as_told_with_apposition(body)
    for m in [*frame.finditer(body), *([generic] if generic else []), *([apposed] if apposed else [])]:
        comma = body.rfind(",", 0, m.start())
        if comma == -1 or body[comma + 1 : m.start()].strip() or body[m.end() :].strip(" .!?"):
            continue
        head = body[:comma]
        if len(_words(head)) >= min_words and _has_verb(head):
            return len(head.rstrip())
    return None


def _previous_ref_in(sentence: Sentence, ref: SpeakerRef | None) -> bool:
    """Is the speaker named last named in ``sentence``?"""
    return ref is not None and sentence.start <= ref.start < sentence.end


def _acting_subject(article: Article, sentence: Sentence) -> SpeakerRef | None:
    """The subject of a sentence's main clause: the name or described phrase that opens it before its
    finite verb ("Die Wahlkommission hat …"), or the one right after the verb when a phrase of time or
    place opens it ("Am 15. Mai hat die Wahlkommission …")."""
    text = article.text
    verb = next((m for m in _WORD.finditer(text, sentence.start, sentence.end) if m.start() > sentence.start and m.group().islower() and m.group() in FINITE_VERBS | CUE_VERBS), None)
    if verb is None:
        return None
    before = _subject_before(article, sentence.start, verb.start())
    if before is not None and _right_before_verb(text, before.end, verb.start()) and _opens_its_clause(text, sentence.start, before.start):
        return before if before.kind != "pronoun" else None
    if re.match(r"\s*(?:Am|Im|In|Vor|Nach|Seit|Bis|Zum|Zur|Bei|Mit|Gestern|Heute|Zuvor|Inzwischen|Damals|Jetzt|Nun)\b", text[sentence.start : verb.start()]):
        after = _name_after(article, verb.end(), sentence.end) or _description_after(text, verb.end(), sentence.end)
        if after is not None and after.kind == "description":
            head = re.match(r"(?:der|die|das|ein|eine)\s+(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][\wäöüß-]+", after.phrase)
            after = SpeakerRef(head.group(), after.start, after.start + head.end(), "description") if head else None
        return after if after is not None and after.kind != "pronoun" else None
    return None


def _source_ahead(article: Article, sentences: list[Sentence], n: int) -> SpeakerRef | None:
    """The source the sentence after ``n`` names by its own frame, in the same paragraph; None if none."""
    if n + 1 >= len(sentences) or sentences[n + 1].paragraph != sentences[n].paragraph or sentences[n + 1].is_heading:
        return None
    after = sentences[n + 1]
    ref = _source_of_sentence(article, after)
    text = article.text
    while ref is not None and after.start <= ref.start < after.end and _CONDITION_OPENING.match(text, after.start, ref.start):
        # "Wenn die Türkei sagt, dass …, wäre das keine Lösung, sagte Faymann": who speaks in a case
        # supposed is not who reports; the main clause after it may name that one
        comma = text.find(",", ref.end, after.end)
        if comma == -1:
            return None
        after = Sentence(comma + 1, after.end, after.paragraph)
        ref = _source_of_sentence(article, after)
    return ref if ref is not None and after.start <= ref.start < after.end else None


# a condition opening the sentence, up to a phrase in its own clause ("Wenn die Regierung erklärt")
_CONDITION_OPENING = re.compile(r"\s*(?:Wenn|Falls|Sofern|Sollte|Sollten)\s[^,;:.!?„“\"»«]*$")


def _source_of_sentence(article: Article, sentence: Sentence) -> SpeakerRef | None:
    """Who speaks in a sentence that carries no quote: "Lammert würdigte die Bundeswehr als …",
    "… seine Flucht vor, nach Informationen der Nachrichtenagentur Reuters"."""
    ref = _speaker_for_clause(article, sentence, (sentence.end, sentence.end))
    if ref is not None:
        return ref
    verb = (
        SPEECH_CONTEXT.search(article.text, sentence.start, sentence.end)
        or JUDGING.search(article.text, sentence.start, sentence.end)
        or DISPUTING.search(article.text, sentence.start, sentence.end)
    )
    word = None
    if verb is not None:
        word = _WORD.match(article.text, verb.start()) if verb.start() == sentence.start or not article.text[verb.start() - 1].isalpha() else None
    ref = _speaker_around_cue(article, word, sentence.start, sentence.end) if word else None
    return ref or _passive_report_source(article, sentence)


# A passive sentence that reports through its agent or the document it is in: "Von politischen
# Beobachtern wird dieser Schritt als wichtig gewertet", "Im Bericht werden zahlreiche Fälle aufgeführt",
# "In einer Analyse der BBC wird die Entwicklung als Reaktion gesehen"
PASSIVE_REPORT = re.compile(
    r"(?<![\wäöüß-])(?:(?:[Vv]on|[Vv]om)\s+(?P<agent>(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:des|der)\s+[\wäöüß-]+)?)"
    r"|(?:[Ii]n|[Ii]m)\s+(?P<document>(?:(?:dem|der|einem|einer|diesem|dieser|seinem|seiner|ihrem|ihrer)\s+)?(?:[a-zäöüß]+\s+){0,2}"
    r"[\wäöüß-]*(?:Bericht|Berichts|Analyse|Studie|Untersuchung|Gutachten|Report|Papier|Dokument|Stellungnahme|Erklärung|Mitteilung)"
    r"(?:\s+(?:des|der)\s+(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][\wäöüß-]*)?))"
    r"\s+(?:(?:[\wäöüß-]+\s+){0,12}?)(?:wird|werden|wurde|wurden)\b"
    r"|(?:wird|werden|wurde|wurden)\s+(?:[\wäöüß-]+\s+){0,4}?(?:(?:[Vv]on|[Vv]om)\s+(?P<agent2>(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][\wäöüß-]*)"
    r"|(?:[Ii]n|[Ii]m)\s+(?P<document2>(?:(?:dem|der|einem|einer)\s+)?[\wäöüß-]*(?:Bericht|Analyse|Studie|Untersuchung|Gutachten|Report)))\b"
)


def _passive_report_source(article: Article, sentence: Sentence) -> SpeakerRef | None:
    """The agent or the document of a passive sentence of judging or stating (:data:`PASSIVE_REPORT`);
    the agent only where the passive judges or states (a verb of saying or "als"), not "Von der
    Feuerwehr wurden drei Menschen gerettet"."""
    text = article.text
    body = text[sentence.start : sentence.end]
    if not re.search(r"\b(?:wird|werden|wurde|wurden)\b", body) or re.search(r"[„“\"»«]", body):
        return None
    m = PASSIVE_REPORT.search(text, sentence.start, sentence.end)
    if m is None:
        return None
    group = next(g for g in ("agent", "document", "agent2", "document2") if m.group(g))
    if group.startswith("agent") and not (re.search(r"\bals\b", body) or _has_cue(body)):
        return None
    start, end = m.span(group)
    if group.startswith("agent") and not _may_speak(text[start:end].split()[-1]):
        return None
    return SpeakerRef(text[start:end], start, end, "source")


# Verbs of disputing and pointing to ("Der Iran streitet dies ab", "Gegner verweisen auf …", "widerspricht"):
# the sentence speaks, and what follows in the subjunctive is its subject's
DISPUTING = re.compile(r"\b(?:streitet|streiten|stritt|stritten|verweist|verweisen|widerspricht|widersprach|widersprechen|wehrt|wehrte|wehren)\b")


def _impersonal_source(text: str, start: int, end: int) -> SpeakerRef:
    """Who stands behind "hieß es": "aus dem Umfeld des Kreml", "auf der Webseite des Preises", else nobody named."""
    source = re.search(r"\b(?:aus|von)\s+(?:dem|der|den)?\s*(?:Umfeld|Kreisen|Kreis|Seiten?|Quellen)\s+(?:des|der|von)?\s*(?P<src>[A-ZÄÖÜ][\wäöüß-]+)", text[start:end])
    if source:
        s = start + source.start("src")
        return SpeakerRef(source.group("src"), s, s + len(source.group("src")), "anonymous")
    document = re.search(
        r"\b(?:auf|in)\s+(?P<src>(?:der|einer|dem|einem)\s+(?:[a-zäöüß-]+\s+){0,3}(?:Webseite|Website|Internetseite|Erklärung|Mitteilung|Pressemitteilung|"
        r"Presseerklärung|Stellungnahme|Meldung|Schreiben|Brief|Bericht|Studie)\b(?:\s+(?:des|der)\s+[\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)?)",
        text[start:end],
    )
    if document:
        s = start + document.start("src")
        return SpeakerRef(document.group("src"), s, s + len(document.group("src")), "source")
    return SpeakerRef("", start, start, "anonymous")


SUBORDINATE_OPENING = re.compile(r"\s*(?:Während|Als|Wenn|Nachdem|Obwohl|Obgleich|Weil|Da|Bevor|Seit|Seitdem|Sobald|Solange|Falls|Sofern|Indem)\s")


def _a_subordinate_clause(head: str) -> bool:
    """Is ``head`` a subordinate clause, its finite verb at the end ("Während die Parlamentarier
    zustimmten"), not a main clause after a preposition ("Während der Feiertage sollen die Streiks …")?"""
    words = _words(head)
    return bool(SUBORDINATE_OPENING.match(head)) and not any(w in FINITE_VERBS for w in words[1:-1])


REPORTED_AFTER = re.compile(
    # "…, das teilte X mit.", "… – das meint zumindest X.": the clause before is pointed to
    r"(?:,\s*(?P<pointer>(?:das|dies)\s+)?|\s[–—-]\s*(?P<dash_pointer>das|dies)\s+)(?:zumindest\s+|jedenfalls\s+)?"
    r"(?:(?(pointer)(?!)|(?(dash_pointer)(?!)|" + TRAILING_SO + r"))|(?P<verb>beschreiben|beschreibt|beschrieb|meinen|berichtet|berichtete|berichten|berichteten|teilte|teilten|meldet|meldete|meldeten|sagte|sagten|erklärte|erklärten|"
    r"schreibt|schrieb|bestätigte|bestätigten|sagt|erklärt|erläuterte|erläuterten|erläutert|betonte|betonten|betont|ergänzte|ergänzten|"
    r"warnte|warnten|versicherte|versicherten|verkündete|verkündeten|meinte|meinten|meint|schätzt|schätzte|schätzten)\b)[^,]*(?:,[^,]*){0,2}[.!?]?$"  # perhaps with an apposition after the name
)
# Conjunctions opening a dependent clause or an infinitive with "um", "ohne", "statt"
SUBORDINATING_OPENERS = frozenset("weil da wenn als ob seit nachdem bevor während obwohl um falls sofern damit indem sodass ohne statt anstatt wie dass".split())
# "…, gestand der Norweger.", "…, vermeldet die Polizei.": a comma, then any finite verb of saying (by lemma);
# "…, das urteilte das Gericht.", "… – dies beschreiben Forscher …": or a pronoun pointing back before it
REPORTED_AFTER_ANY_VERB = re.compile(
    r"(?:,\s*(?P<pointer>(?:das|dies)\s+)?|\s[–—-]\s*(?P<dash_pointer>das|dies)\s+)(?:(?<=s )(?:zumindest|jedenfalls)\s+)?"
    r"(?P<verb>[a-zäöüß]+)\s[^,]*(?:,[^,]*){0,2}[.!?]?$"
)
# Verbs whose object "das"/"dies" pointing back is what was said: saying, reporting, judging; not those
# whose object is a deed or a thing ("…, das kritisierte die Opposition", "das lobte der Trainer")
POINTER_LEMMAS = SAYING_LEMMAS - frozenset(
    "kritisieren loben beklagen bemängeln bestreiten dementieren bezweifeln fragen verweisen erinnern sprechen drohen "
    "beschuldigen vorwerfen hoffen befürchten appellieren mahnen warnen fordern empfehlen zitieren".split()
) | frozenset("urteilen".split())


def _pointer_subject(article: Article, start: int, end: int) -> SpeakerRef | None:
    """The subject after the verb of a frame pointing back ("…, das teilte das „Space Institute“ mit"):
    "das" is the verb's object, so the noun phrase after it is who said it, named or not."""
    text = article.text
    # adverbs between verb and subject: "das urteilte heute das Gericht"
    adverbs = re.match(r"\s*(?:(?!(?:der|die|das|ein|eine|und|oder|als)\b)[a-zäöüß]+\s+){1,3}(?=(?:der|die|das|ein|eine)\s|[„“\"»«]?[A-ZÄÖÜ])", text[start:end])
    if adverbs and not any(w in _PREPOSITIONS for w in adverbs.group().split()):
        start += adverbs.end()
    ref = _named_or_described_after(article, start, end)
    if ref is not None:
        return ref
    skip = _SKIP_AFTER_CUE.match(text, start, end)
    first = skip.end() if skip else start
    lead = re.match(r"(?:der|die|das|ein|eine)\s+|(?=[„“\"»«]?[A-ZÄÖÜ])", text[first:end])
    if lead is None:
        return None
    np_end = _np_forward(text, first + lead.end(), end)
    phrase = text[first:np_end].rstrip(",;:.!?")
    if not re.search(r"[A-ZÄÖÜ]", phrase):
        return None
    return SpeakerRef(phrase, first, first + len(phrase), "source")


def _reported_after_by_lemma(body: str) -> re.Match | None:
    """A frame after its clause whose verb of saying is not among the listed forms, or None; not after a
    dependent clause or infinitive opening the sentence ("Um … zu können, forderte die Kammer …"),
    where the verb after the comma is the main clause's own."""
    m = REPORTED_AFTER_ANY_VERB.search(body)
    if m is None:
        return None
    verb = m.group("verb")
    base = lemma(verb, "de")
    pointed = m.group("pointer") or m.group("dash_pointer")
    if pointed and base not in POINTER_LEMMAS or _participle(verb, base):
        return None  # "…, das kritisierte die Opposition": a deed criticised, not words reported
    if not pointed and (base == verb or base not in SAYING_LEMMAS):
        return None  # an infinitive or a participle: no finite frame
    words = _words(body[: m.start()])
    if not words or words[0].lower() in SUBORDINATING_OPENERS:
        return None
    return m


POINTS_BACK = re.compile(
    r"(?:Dies|Das)\s+(?:(?:hat|haben|hatte|hatten)\s+)?(?P<verb>berichtet|berichtete|berichten|berichteten|bestätigte|bestätigt|bestätigten|teilte|teilten|teilt|"
    r"meldet|meldete|meldeten|gab|gaben|sagte|sagten|erklärte|erklärten|schreibt|schrieb|verkündete|gab)\b"
    # "Das musste der Minister am Montag einräumen.", "Das hat Petra Vogt gesagt.": the verb at the end
    r"|(?:Dies|Das)\s+(?:hat|haben|hatte|hatten|musste|mussten|wollte|wollten)\s+(?:[\wäöüß.-]+\s+){1,14}?"
    r"(?P<final_verb>gesagt|erklärt|berichtet|mitgeteilt|bestätigt|eingeräumt|zugegeben|einräumen|zugeben|sagen|erklären|bestätigen)\s*[.!]?\s*$"
)
# "Dies geht aus einer Mitteilung der Polizei hervor.", "Das wurde vom Presseamt des Kremls bekannt
# gegeben.": the sentence before is what the document or the agent reported
POINTS_BACK_PASSIVE = re.compile(
    r"(?:Dies|Das|Dieses)\s+(?:(?:geht|ging)\s+(?:\w+\s+)?aus\s+(?P<document>[^.;:!?]{3,160}?)\s+hervor(?:\s*,[^.;:!?]*)?"
    r"|(?:wurde|wird|ist|war)\s+(?:\w+\s+){0,3}?(?:von|vom)\s+(?P<agent>[^.;:!?]{3,120}?)\s+"
    r"(?:[\w.,]+\s+){0,8}?(?:bekannt\s?gegeben|angegeben|mitgeteilt|berichtet|gemeldet|bestätigt|erklärt|verkündet)(?:\s+worden)?)\s*[.!]?\s*$"
)


# "Dies urteilte das Gericht.", "Das äußerten zwei Abgeordnete.": any finite verb of saying, by lemma
POINTS_BACK_BY_LEMMA = re.compile(r"(?:Dies|Das)\s+(?P<verb>[a-zäöüß]+)\b(?P<final_verb>(?!))?")


def _points_back(article: Article, sentence: Sentence) -> re.Match | None:
    """A sentence pointing back to the one before as what someone said ("Das sagte ein Sprecher.", "Dies geht
    aus dem Bericht hervor."), or None."""
    text = article.text
    pointer = POINTS_BACK.match(text, sentence.start, sentence.end) or POINTS_BACK_PASSIVE.match(text, sentence.start, sentence.end)
    if pointer is not None:
        reflexive = pointer.re is POINTS_BACK and pointer.group("verb") and re.match(r"\s+sich\b", text[pointer.end() : sentence.end])
        return None if reflexive else pointer  # "Dies bestätigte sich später": it proved true, nobody said it
    pointer = POINTS_BACK_BY_LEMMA.match(text, sentence.start, sentence.end)
    if pointer is None:
        return None
    verb = pointer.group("verb")
    base = lemma(verb, "de")
    if base not in POINTER_LEMMAS or _participle(verb, base):
        return None
    rest = text[pointer.end() : sentence.end]
    if re.match(r"\s+sich\b", rest) or _has_finite_verb(rest.split(",")[0]):
        return None  # "Dies bestätigte sich", "Das erwähnte Problem besteht": no one saying it
    if verb.endswith("t") or verb == base:
        # in the present a verb of saying may explain or confirm a fact ("Das erklärt die hohen Preise"):
        # only with a name or a role as its subject
        ref = _name_after(article, pointer.end(), sentence.end)
        if ref is None or ref.kind not in ("name", "role", "epithet"):
            return None
    return pointer


def _pointed_source(article: Article, pointer: re.Match) -> SpeakerRef:
    """The source a sentence pointing back names: the document it comes from or the passive's agent."""
    group = "document" if pointer.group("document") else "agent"
    start, end = pointer.span(group)
    end = _np_forward(article.text, start, end) if group == "agent" else end
    names = [a for a in _agents(article, start, end) if a.kind == "name"]
    if names and not article.text[start : names[0].start].strip():
        return names[0]
    return SpeakerRef(article.text[start:end], start, end, "source")


# Konjunktiv II forms that guess ("dürfte") or equal the past tense ("sollten", "wollten").
GUESS_OR_PAST = frozenset("dürfte dürften sollten wollten".split())
KONJUNKTIV_II = frozenset(
    """
    würde würden wäre wären hätte hätten könnten müssten dürften sollten wollten gäbe gäben käme kämen läge lägen
    stünde stünden fände fänden befände befänden bliebe ginge wüsste wüssten bräuchte bräuchten
    brächte brächten hielte ließe sähe sähen bestünde bestünden entstünde
    entstünden ergäbe ergäben gälte gälten trüge trügen zöge zögen
    """.split()
)


SUBJECT_RELATIVE = re.compile(r"^(?P<subject>[^,;:]{2,60}?),\s*(?:der|die|das|den|dem|deren|dessen|denen|welche[rsmn]?)\s[^,;:]*,")


# A condition opening the sentence ("Falls die Eisbären eingestuft werden, wäre …", "Hätte er nur Bier
# getrunken, so müsste …"): Konjunktiv II there supposes, it does not report
HYPOTHETICAL_OPENING = re.compile(r"\s*(?:(?:Falls|Wenn|Sofern|Sollte|Sollten)\b|(?:Hätte|Hätten|Wäre|Wären|Würde|Würden)\b[^,.;:]{3,}?,)")
# "Das würde …", "Dies wäre …", "Damit hätte er …": a consequence of the sentence before weighed in
# Konjunktiv II, with no Konjunktiv I after it, is the author's reckoning, not more of the report. Only
# the forms whose Konjunktiv I differs from the indicative: "hätten" and "würden" stand in for "haben"
# and "werden" in reports ("Dies hätten die Beamten verhindert").
WEIGHED_CONSEQUENCE = re.compile(r"\s*(?:Das|Dies|Damit)\s+(?:würde|wäre|wären|hätte)\b")


# Words that open a noun phrase: an "-e" word between one and a noun is an adjective ("seine kranke
# Mutter", "das reiche Österreich"), not the Konjunktiv I of "kranken" or "reichen"
_NOUN_PHRASE_OPENERS = frozenset(
    "der die das des dem den ein eine einer eines einem einen kein keine keiner keines keinem keinen "
    "mein meine sein seine ihr ihre unser unsere euer eure dies diese dieser dieses diesem diesen jene jener "
    "jenes jede jeder jedes jedem jeden manche alle beide".split()
)


# Verbs whose first person singular indicative differs from the "-e" form of Konjunktiv I ("ich kann"
# / "ich könne", "ich bin" / "ich sei"): the preterite-presents and "sein". For every other verb
# "ich habe", "ich werde", "ich gehe" are indicative.
_OWN_FIRST_PERSON = frozenset("können müssen dürfen sollen wollen mögen wissen sein".split())


def _first_person_indicative(words: list[str], i: int) -> bool:
    """Is ``words[i]`` an "-e" form next to "ich" that equals the indicative ("habe ich versucht")?"""
    word = words[i]
    if not word.endswith("e") or word.lower() == "sei" or lemma(word.lower(), "de") in _OWN_FIRST_PERSON:
        return False
    return any(0 <= j < len(words) and words[j].lower() == "ich" for j in (i - 1, i + 1))


def _subjunctive_in(words: list[str]) -> bool:
    """Does any of ``words`` stand in the subjunctive, the first person's indicative look-alikes aside?"""
    return any(is_subjunctive(w) and not _first_person_indicative(words, i) for i, w in enumerate(words))


def _konjunktiv_i_verbs(words: list[str], limit: int | None = None) -> list[str]:
    """The words in Konjunktiv I (among the first ``limit``), less adjectives that only look like it: a
    word not in the list of forms, standing between the opener of a noun phrase and a noun ("seine
    kranke Mutter")."""
    return [
        w for i, w in enumerate(words[:limit])
        if is_subjunctive(w) and w.lower() not in KONJUNKTIV_II and not _first_person_indicative(words, i)
        # an unreal comparison, no report: "Dabei wird so getan, als sei alles gerecht"
        and not (i > 0 and words[i - 1].lower() == "als")
        and not (
            w.lower() not in SUBJUNCTIVE and 0 < i < len(words) - 1
            and words[i - 1].lower() in _NOUN_PHRASE_OPENERS and words[i + 1][:1].isupper()
        )
    ]


def _in_konjunktiv_i(body: str) -> bool:
    """Does ``body`` hold a verb in Konjunktiv I? Not an "-e" form in a clause whose subject is "ich"
    ("Dadurch, dass ich Chemie studiert habe, …"): the first person's indicative looks alike."""
    if not _konjunktiv_i_verbs(_words(body)):
        return False
    if not re.search(r"\bich\b", body, re.I):
        return True
    for clause in re.split(r"(?<!\d),(?!\d)|[;:–]", body):
        words = _words(clause)
        first_person = any(w.lower() == "ich" for w in words)
        if any(
            not (first_person and w.endswith("e") and w.lower() != "sei" and lemma(w.lower(), "de") not in _OWN_FIRST_PERSON)
            for w in _konjunktiv_i_verbs(words)
        ):
            return True
    return False


def _konjunktiv_i_further_on(words: list[str]) -> bool:
    """Does a Konjunktiv I follow the sentence's first Konjunktiv II with no auxiliary or verb of saying in
    the indicative between them ("…, jedoch war zu hören, man wolle …" reports by a frame of its own)?"""
    first = next((i for i, w in enumerate(words) if w.lower() in KONJUNKTIV_II), None)
    if first is None:
        return False
    kept = set(_konjunktiv_i_verbs(words))
    for w in words[first + 1 :]:
        if w in kept:
            return True
        if w.lower() in KONJUNKTIV_II or _a_cue(w) or _finite_indicative(w) and w in FINITE_VERBS:
            return False  # an auxiliary or a verb of saying in the indicative, or a new Konjunktiv II
    return False


def _continues_in_subjunctive(body: str, carried: bool, supposing_reported: bool = False, reported_before: bool = True) -> bool:
    """A sentence that goes on reporting: Konjunktiv I among its first words ("Der Zugriff
    funktioniere weiterhin", "Es gebe Kunden, …"), or Konjunktiv II right after a speaker; a
    supposition in Konjunktiv II ("Falls …, wäre …") only amid reported speech in Konjunktiv I
    (``supposing_reported``)."""
    if _cue_then_comma(body) or re.search(r"[:]\s*$", body.rstrip()) or _asks_someone(body):  # "X sagte, …" is a frame of its own
        return False
    # the main clause's verb counts, also after a relative clause on its subject ("Die Straßen, die
    # … genutzt werden sollten, müssten zunächst …")
    all_words = _words(SUBJECT_RELATIVE.sub(r"\g<subject>", body, count=1))
    words = all_words[:12]
    if any(w.lower() in ("ich", "wir") for w in words):
        return False  # first person: "Ich plane einen Kurzfilm" is an answer, not reported speech
    if _konjunktiv_i_verbs(all_words, 12):
        return True
    # amid reported speech a Konjunktiv I further on in the first clause goes on reporting too ("Die
    # Polizei brachte … in Sicherheit und habe … abgeriegelt"); after a comma it may be a relative or
    # dependent clause of the author's sentence ("Sie zeigten Fotos des Paares, das … geheiratet habe")
    if reported_before and supposing_reported and _konjunktiv_i_verbs(_words(re.split(r"[,;:(–—]|\s-\s", body, maxsplit=1)[0]), 24):
        return True
    # amid Konjunktiv I a Konjunktiv II stands in for the forms that equal the indicative ("hätten" for
    # "haben"), also after a longer phrase before the verb
    window = words if supposing_reported else words[:8]
    found = [w.lower() for w in window if w.lower() in KONJUNKTIV_II]
    if found and not set(found) <= GUESS_OR_PAST and not HYPOTHETICAL_OPENING.match(body) and _konjunktiv_i_further_on(all_words):
        # "Die Behörden hätten die Erlaubnis erst für Samstag erteilt, wenn er schon abgereist sei": a
        # Konjunktiv I further on makes the Konjunktiv II a stand-in for the forms equal to the indicative
        return True
    if found and not reported_before and all(w in GUESS_OR_PAST for w in found):
        # "Seine Aussagen dürften …" guesses, "Sie sollten nach zehn Runden …" narrates in the past
        # tense: neither goes on reporting unless the sentence before really reports (a quote or
        # Konjunktiv I, not a bare verb of saying)
        return False
    return carried and bool(found) and (supposing_reported or not HYPOTHETICAL_OPENING.match(body)) and not WEIGHED_CONSEQUENCE.match(body)


# Separable verbs of saying, up to their particle ("hob … hervor", "wies darauf hin", "gab an").
SEPARABLE_CUES = re.compile(
    r"\b(?:(?:hob|hebt|hoben|heben)\b[^,.;:]{0,80}\bhervor|(?:wies|weist|wiesen|weisen)\b[^,.;:]{0,80}\bhin|"
    r"(?:stellte|stellt|stellten|stellen)\b[^,.;:]{0,80}\b(?:fest|klar)|(?:gab|gibt|gaben|geben)\b[^,.;:]{0,80}\b(?:an|bekannt|zu)|"
    r"(?:führte|führt|führten)\b[^,.;:]{0,80}\baus|(?:räumte|räumt|räumten)\b[^,.;:]{0,80}\bein|(?:merkte|merkt)\b[^,.;:]{0,80}\ban|"
    r"(?:machte|macht|machten)\b[^,.;:]{0,80}\b(?:deutlich|klar)|(?:geht|ging|gehen|gingen)\b[^,.;:]{0,60}\bdavon\s+aus|\bdavon\s+ausgegangen|"
    r"(?:sprach|spricht|sprachen)\s+sich\b[^,.;:]{0,80}\b(?:aus|dafür\s+aus|dagegen\s+aus)|(?:teilte|teilt|teilten)\b[^,.;:]{0,80}\bmit|"
    r"(?:deutete|deutet)\b[^,.;:]{0,80}\ban|\bangab|\bangaben(?=\s*,)|(?:hielt|hält|hielten)\b[^,.;:]{0,80}\bfest|(?:wandte|wendet)\b[^,.;:]{0,80}\bein)\b"
)
# A phrase opening with a participle or an adverb before one, no subject of its own: "angesprochen auf …",
# "bereits mit … geschmückt"
_PARTICIPLE_PHRASE = re.compile(r"\s*(?:(?:ge[a-zäöüß]+(?:t|en)|[a-zäöüß]+ge[a-zäöüß]+(?:t|en))\b|(?:bereits|schon|noch|sichtlich|merklich|lächelnd|grinsend)\s)")


def _participle_phrase_after(head: str, rest: str) -> bool:
    """Is ``rest``, after a frame that closes the clause ``head``, a phrase around a participle with no
    finite verb, no infinitive clause and no Konjunktiv I before it ("…, sagte Thiem, mit … geschmückt")?
    Not where ``head`` ends on its finite verb, whose participle follows ("An der Brücke wird, so heißt
    es, seit Wochen gearbeitet")."""
    words = _words(head)
    return (
        bool(words) and bool(_PARTICIPLE_PHRASE.match(rest)) and not _has_finite_verb(rest)
        and not re.search(r"\bzu\s+[a-zäöüß]|[a-zäöüß]zu[a-zäöüß]+en\b", rest) and not _subjunctive_in(words)
        and words[-1] not in FINITE_VERBS and words[-1] not in _AUXILIARY_VERBS
    )


# Conjunctions opening a clause of purpose or contrast: what follows them was not said (a reason may be).
NOT_REPORTED_OPENERS = frozenset("um ohne statt anstatt obwohl wobei sondern da damit".split())
# Conjunctions of a condition or a time: after a verb of saying, in the indicative, they say when, not
# what ("weil" may give the reason said, "während" a contrast)
CONDITION_OPENERS = frozenset("wenn falls sofern sobald solange nachdem bevor".split())
# "…, die am 21. Mai stattfand", "…, der früher anders hieß": a relative pronoun before a lower-case word.
RELATIVE_CLAUSE = re.compile(r"(?:der|die|das|den|dem|deren|dessen|denen|welche[rsmn]?)\s+(?P<next>[a-zäöüß]\w*)\b")
# "…, so vermutet die Zeitung, …": a verb of saying or thinking after "so", then its subject and a comma
INTERPOLATED_SO = re.compile(
    r"(?:sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meint|meinte|meinen|glaubt|glaubte|glauben|vermutet|vermutete|vermuten|"
    r"schätzt|schätzte|schätzen|schreibt|schrieb|berichtet|berichtete|argumentiert|argumentierte|warnt|warnte|befürchtet|befürchten|"
    r"heißt|hieß)"
    r"\s+[^,.;:!?]{2,80},"
)
INTERPOLATED_FRAME = re.compile(
    r",\s*so\s+(?:(?:" + INTERPOLATED_SO.pattern[: INTERPOLATED_SO.pattern.index(")") + 1] + r"\s+)?(?:(?:der|die|das|ein|eine)\b|(?-i:[A-ZÄÖÜ]))[^,.;:!?]{1,80}"
    # "An der Behebung wird, so heißt es im Rathaus, gearbeitet": impersonal, perhaps with where it was said
    r"|(?:hei(?:ß|ss)t|hie(?:ß|ss))\s+es\b[^,.;:!?]{0,80}),[^,]+$"
)
# The same with a relative clause on the source: "Im Mai, so die Angaben eines Richters, der für die Behörde
# ermittelt, seien …"
INTERPOLATED_WITH_RELATIVE = re.compile(
    r",\s*so\s+(?:(?:der|die|das|ein|eine)\b|(?-i:[A-ZÄÖÜ]))[^,.;:!?]{1,80}"
    r",\s*(?:(?:in|an|auf|mit|von|bei|für|über|unter|nach|aus|zu|durch|gegen|vor)\s+)?(?:der|die|das|den|dem|deren|dessen|denen|welche[rsmn]?)\s[^,.;:!?]{2,200},[^,]+(?:,[^,]+)?$"
)
# "Die Firma bekomme, wie es auf einer Pressekonferenz hieß, drei Millionen": a "wie" frame of saying
# inside its message, which goes on after it (a decimal comma aside)
INTERPOLATED_AS_TOLD = re.compile(
    r",\s*wie\s+(?!viele?\b|lange\b|oft\b|sehr\b|schon\b|auch\b|immer\b)(?:[^,.;:!?]|(?<=\d)\.){2,100}?\s"
    r"(?:mitteilte|mitteilten|sagte|sagten|erklärte|erklärten|berichtete|berichteten|betonte|meldete|schrieb|bestätigte|"
    r"verlautete|(?P<called>hie(?:ß|ss)|hei(?:ß|ss)t)|(?:mitgeteilt|bekanntgegeben|berichtet|gemeldet)\s+wurde)"
    r"\s*,(?:[^,]|(?<=\d),(?=\d))+$"
)


def _as_told_inside(body: str) -> re.Match | None:
    """A "wie" frame of saying inside its message; "wie es auf Elsässisch heißt" names, so "heißt es"
    counts only amid Konjunktiv I."""
    m = INTERPOLATED_AS_TOLD.search(body)
    if m and m.group("called") and not _in_konjunktiv_i(body[: m.start()] + body[m.end("called") :]):
        return None
    return m


# ", so Vogt,", ", so der Minister,": a frame with no verb inside a sentence
INTERPOLATED_SO_NAME = re.compile(r",\s*so\s+(?:(?:der|die|das|ein|eine)\s|(?-i:[A-ZÄÖÜ]))[^,.;:!?]{1,80},")
_AUXILIARY_VERBS = frozenset("sein gewesen worden werden haben dürfte dürften müsste müssten könnte sollte".split())


def _finite_indicative(word: str) -> bool:
    """A lower-case finite verb in the indicative ("führte", "wurde", "fiel", "ist"): after a comma it
    continues the main clause, it does not open a reported one ("sei", "habe", "hätten" do)."""
    if not word.islower() or is_subjunctive(word) or word in KONJUNKTIV_II or word in ("sollte", "sollten"):
        return False  # "…, sollte Bouterse die Macht übernehmen, …": a condition, not the main clause
    if word in FINITE_VERBS:
        return True
    base = lemma(word, "de")
    return base != word and base.endswith(("en", "ern", "eln")) and word.endswith(("te", "ten", "t", "st")) and not word.startswith("ge")


def _has_verb(text: str) -> bool:
    """Does a clause hold a verb? "Michael Skibbe, in einem Interview" after "meinte der Trainer," does not."""
    if re.search(r"\bzu\s+(?:sein|tun|[a-zäöüß]+(?:en|ern|eln))\b", text) or any(w in _AUXILIARY_VERBS for w in _words(text)):
        return True  # an infinitive or an auxiliary: "ständig auf Streife zu sein", "dürfte … gewesen sein"
    for word in _words(text):
        if not word.islower() or word == "sondern":  # the conjunction, not the verb "absondern"
            continue
        if word in FINITE_VERBS or is_subjunctive(word):
            return True
        base = lemma(word, "de")
        if base != word.rstrip("s") and base.endswith(("en", "ern", "eln")) or base == word and word.endswith(("en", "ern", "eln")) and len(word) > 5:
            return True
    return False


def _adjective(word: str) -> bool:
    """An inflected adjective opening a noun phrase ("die neuen Oberstufen"), not a pronoun or article."""
    return len(word) > 3 and word.endswith(_ADJECTIVE_ENDINGS) and word not in _DETERMINER_WORDS and word not in ("denen", "einen", "einem", "einer", "ihnen", "ihren", "seinen")


# Verbs of proposing, demanding, promising and accusing, whose infinitive clause is what was said.
INFINITIVE_CUES = re.compile(
    r"\b(?:schl(?:ägt|ug|ugen|agen)\b[^,]*\bvor|vorgeschlagen|forder(?:t|te|ten|n)\b[^,]*\bauf|aufgefordert|"
    r"r(?:ief|iefen|uft|ufen)\b[^,]*\bauf|aufgerufen|droh(?:t|te|ten|en)|gedroht|w(?:irft|arf|arfen|erfen)\b[^,]*\bvor|vorgeworfen|"
    r"versp(?:rach|richt|rachen|rechen)|versprochen|k(?:ündigt|ündigte|ündigten)\b[^,]*\ban|angekündigt|erw(?:ägt|og|ogen|ägen)|"
    r"beschuldig(?:t|te|ten)|empf(?:ahl|iehlt|ahlen)|empfohlen|b(?:at|aten|ittet)\b|gebeten|appellier(?:t|te|ten)|"
    r"best(?:ehen|eht|and|anden)\b[^,.;:]{0,40}\bdarauf|vorschlug|vorschlugen|plädier(?:t|te|ten)|kündigt|beabsichtig(?:t|te|en)|"
    r"angewiesen|wies\b[^,]*\ban|entschied|entschieden|beschloss|beschlossen|entschloss|entschlossen|angeboten|bot\b[^,]*\ban|"
    r"geeinigt|einig(?:t|ten|en)\b|zugesagt|zugesichert|biet(?:et|en)\b[^,]*\ban|überleg(?:t|te|ten)\b|"
    # "sieht es als Aufgabe an, …", "wird nachgesagt, …", "trauen der Regierung nicht zu, …", "drängten ihn, …",
    # "hielten es für sinnvoll, …", "denken darüber nach, …"
    # separable verbs at the end of a subordinate clause: "der alle aufforderte, …", "die ihm vorwerfen, …"
    r"aufforder(?:t|te|ten|n)|aufrief(?:en)?|aufruft|vorw(?:arf|arfen|erfen|irft)|ankündigt(?:e|en)?|anbot(?:en)?|anbietet|anwies(?:en)?|"
    r"(?:sieht|sah|sahen|sehen)\s+es\b[^,]*\ban|nachgesagt|(?:traut|trauen|traute|trauten)\b[^,]*\bzu|zugetraut|dräng(?:t|te|ten|en)\b|gedrängt|"
    r"(?:hält|hielt|hielten|halten)\s+es\s+für\b|(?:denkt|denken|dachte|dachten)\b[^,]*\bnach|nachgedacht|diskutier(?:t|te|ten|en)\b|"
    # "begründete den Schritt damit, …", "hatte seine Position damit begründet, …": the reason given
    r"begründ(?:et|ete|eten|en)\b[^,]*\bdamit|\bdamit\s+begründ(?:et|ete|eten|en)\b|"
    r"Aufforderung|Forderung|Mahnung|Appell|Angebot|Vorschlag|Bitte|Warnung|Entscheidung|Beschluss)",
    re.I,
)
# The end of a verbal bracket: a separable particle or a participle ("fordert … auf", "angekündigt").
PARTICLE_OR_PARTICIPLE = re.compile(r"an|auf|vor|(?:ge|an|auf|vor|zu)[a-zäöüß]+(?:t|en)")
# Nouns of claiming and judging whose clause after a comma says what was claimed.
# Of them, those whose infinitive clause is what was claimed or demanded: "der Vorwurf, Terror zu propagieren".
_INFINITIVE_CLAIM_WORDS = (
    "Vorwurf Vorwürfe Verdacht Zusage Versprechen Drohung Warnung Forderung Aufforderung Ankündigung Hinweis "
    "Plan Pläne Idee Absicht Bereitschaft Angebot Vorschlag Appell Aufruf Bitte Anweisung Befehl Anfrage Anfragen "
    "Forderungen Vorschläge Angebote Appelle Aufrufe Bitten Warnungen Drohungen Zusagen Ultimatum"
).split()
_CLAIM_NOUN_WORDS = "|".join(
    "Behauptung Behauptungen These Ansicht Auffassung Überzeugung Einschätzung Befürchtung Befürchtungen Hoffnung Kritik "
    "Erklärung Vermutung Mutmaßung Annahme Beteuerung Versicherung Information Informationen Nachricht Mitteilung "
    "Gerücht Gerüchte Meldung Meldungen Sorge Argument Begründung Zweifel".split() + _INFINITIVE_CLAIM_WORDS
)
_CLAIM_ATTRIBUTE = (
    r"(?:\s+(?:vertreten|geäußert|aufgestellt|erhoben))?"  # "die These vertreten, …"
    # an attribute may come between: "der Vorwurf der Regierung an die Stiftung, …", "Vorwürfe im Raum, …"
    r"(?:\s+(?:der|des|von|vom|an|gegen|im|über|aus|seitens|eines|einer)\s+[^,.;:!?„“\"]{1,60}?)?"
    r"(?:\s+(?:daran|darüber|dafür|davon|darauf))?"  # "Zweifel daran, ob …"
)
CLAIM_NOUNS = re.compile(rf"\b(?P<noun>{_CLAIM_NOUN_WORDS})\b{_CLAIM_ATTRIBUTE}(?=\s*,)")
# A noun of claiming or stating, then the verb closing its clause before the comma: "mit der Begründung
# abgelehnt, …", "wies die Darstellung zurück, …", "der Überzeugung waren, …"
CLAIM_BEFORE_VERB = re.compile(
    rf"\b(?P<noun>{_CLAIM_NOUN_WORDS}|Aussage|Aussagen|Darstellung|Darstellungen|Berichte|Erklärungen|Schluss|Einwand|Einwände|Standpunkt|Eindruck)\b"
    rf"{_CLAIM_ATTRIBUTE}(?P<verb>(?:\s+(?:als\s+)?[a-zäöüß]+){{1,2}})(?=\s*,)"
)
# Words opening a clause that depends on the one before: no claim, its reason, time or relative clause
DEPENDENT_CLAUSE_OPENERS = frozenset(
    "der die das den dem deren dessen denen welcher welche welches wo was weil da wenn als ob seit nachdem bevor während obwohl um "
    "sodass falls sofern damit indem und oder sondern".split()
)
POSSIBILITY_MODALS = frozenset("könnte dürfte".split())
INFINITIVE_CLAIMS = frozenset(_INFINITIVE_CLAIM_WORDS)
# Main clauses whose that-clause is a consequence, a purpose or a fact, not something said or thought.
NOT_REPORTING_THAT = re.compile(
    r"(?:\bso\s+[a-zäöüß]+|\bso\s+[a-zäöüß]+\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[\wäöüß-]+){0,3}|\bderart(?:ig)?\s*[a-zäöüß]*"
    # a denial: "wollte nicht bestätigen, dass …", "haben den Verdacht nicht bestätigt, dass …"
    r"|\b(?:nicht|nie|keineswegs)\s+(?:\w+\s+)?(?:bestätigen|bestätigt|bestätigte|bestätigten|kommentieren|sagen|mitteilen)(?:\s+(?:wollen|können|wollte|konnte))?"
    r"|\b(?:Tatsache|Möglichkeit|Gefahr|Umstand|Voraussetzung|Voraussetzungen|Bedingung|Bedingungen|Folge|Grund|"
    r"Vorteil|Nachteil|Anzeichen|Prinzip|Indizien|Zeichen|Chance|Risiko|Effekt)(?:\s+(?:dafür|dazu|darin|daran))?"
    # the noun before a separable particle of its verb: "Sie nutzten die Tatsache aus, dass …"
    r"|\b(?:Tatsache|Umstand)\s+(?:aus|an|auf|ein|zu|vor)"
    r"|\bsoweit\s+[a-zäöüß]+|\bso\s+(?:weit|stark|sehr|schwer|lange|viel|viele|groß|hoch)\s+[a-zäöüß]+"
    r"|\b(?:deuten|deutet|deutete|deuteten)\s+(?:\w+\s+){0,6}darauf\s+hin|\bdarauf\s+hin(?:deuten|deutet|deutete|deuteten|deutend)\b|\bverhindert\s+werden|\bzugerechnet"
    r"|\b(?:sieht|sah|sehen|sahen)\s+(?:\w+\s+){0,4}vor|\bvor(?:sieht|sah|sehen|sahen)|\bzu\s+verdanken|\bzustande|\bhinaus|"
    r"\bBeweis(?:\s+dafür)?|\bGesichtspunkt|\bvorgekommen|\bNicht\s+nur"
    r"|\b(?:fällt|fiel|fallen|fielen)\s+(?:\w+\s+){0,2}auf|\b(?:steht|stand)\s+(?:\w+\s+)?fest"
    r"|\b(?:soweit|insofern|insoweit|aufgedeckt|herausgestellt|gewährleistet|sichergestellt|erfuhr|erfuhren|erfahren)"
    r"|\bHinzu\s+kommt"
    # a fact as subject ("…, was darauf hinweist, dass …", "…, was bedeutet, dass …"): a relative "was"
    # with no one else in its clause; a supposition of anyone ("wenn man weiß, dass …")
    r"|,\s*was\s+(?:(?!(?:er|sie|es|man|wir|ich|ihr|du)\b)[a-zäöüß]+\s+){0,4}[a-zäöüß]+"
    r"|\b(?:wenn|falls|sobald)\s+man\s+(?:[a-zäöüß]+\s+){0,2}[a-zäöüß]+"
    # an event: "Es kann vorkommen, dass …", "Es kommt immer wieder vor, dass …", "Es passiert, dass …"
    r"|\b(?:vorkommen|vorkommt|vorkam|passieren|passiert|passierte|geschehen|geschieht|geschah)|\b(?:kommt|kam)\s+es\s+(?:[a-zäöüß]+\s+){0,3}vor"
    # a finding shown or found out, nothing said: "Simulationen zeigen, dass …", "Forscher haben herausgefunden, dass …",
    # "Die Obduktion ergab, dass …" ("zeigte" may stand for Konjunktiv II in a report and stays), its
    # subject or an adverb after the verb ("zeigt ein einzelner Versuch, dass …", "belegt nun, dass …",
    # "Die Daten legen nahe, dass …"), not "zeigt sich überzeugt" nor "belegen zu können"
    r"|\b(?:zeigt|zeigen|gezeigt|herausgefunden|herausfanden|herausfand|ergibt|ergab|ergaben|belegt|belegen|beweist|beweisen|bewiesen|nachweisen|nachgewiesen|nachweist)"
    r"(?:\s+(?!sich\b|zu\b)[\wäöüß-]+){0,4}|\b(?:findet|finden|fand|fanden)(?:\s+[\wäöüß-]+){0,4}\s+heraus|\b(?:legt|legen|legte|legten)\s+(?:(?!sich\b)[\wäöüß-]+\s+){0,3}nahe|\bnahe(?:legen|legt|gelegt)"
    # the obvious inference: "Der Schluss liegt nahe, dass …", "Es lag nahe, dass …"
    r"|\b(?:liegt|lag)\s+(?:(?!sich\b)[\wäöüß-]+\s+){0,2}nahe"
    # a reaction to a fact: "Wie reagieren die Praxen darauf, dass …"
    r"|\breagier(?:t|te|ten|en)\b(?:\s+[\wäöüß-]+){0,4}\s+darauf"
    # a wish or aim, not something said: "Die Bank möchte erreichen, dass …", "Einige wollen immer noch, dass …"
    r"|\b(?:will|wollen|wollte|wollten|möchte|möchten)(?:\s+(?:immer\s+noch|auch|nur|vor\s+allem))?(?:\s+(?:erreichen|sicherstellen|verhindern|durchsetzen))?"
    # nobody thought or expected it, or the author infers it: "Damals dachte niemand, dass …",
    # "Aus den Daten lässt sich erschließen, dass …", "Alles in allem kann man sagen, dass …"
    r"|\b(?:niemand|keiner)\b(?:\s+[\wäöüß-]+){0,3}|\b(?:dachte|erwartet|erwartete|glaubte|ahnte)\s+(?:\w+\s+)?(?:niemand|keiner)"
    r"|\b(?:lässt|ließ|lassen)\s+sich\b(?:\s+[\wäöüß-]+){0,5}?\s+(?:erschließen|ableiten|folgern|schließen|sagen|feststellen|bestätigen|belegen|nachweisen|beobachten|erkennen)"
    r"|\b(?:kann|könnte)\s+man\s+(?:\w+\s+)?(?:sagen|feststellen|festhalten|sehen)"
    r"|\bvermieden\s+werden|\bzu\s+vermeiden"
    r"|\bbest(?:eht|and)\s+darin|\bgeht\s+darauf\s+zurück|\bMal"
    r"|\b(?:möglich|klar|unklar|denkbar|wahrscheinlich|unwahrscheinlich|fraglich|sicher)\s+(?:ist|war|wäre|sei)(?:\s+(?:es|auch|jedoch|aber))?"
    r"|\b(?:ist|war|wäre|sei)\s+(?:es\s+)?(?:auch\s+)?(?:möglich|klar|unklar|denkbar|wahrscheinlich|unwahrscheinlich|fraglich|sicher|selbstverständlich)"
    r"|\bAbgesehen\s+davon|\bso\s+[a-zäöüß]+\s+(?:werden|worden|sein|ist|war|wird|wurde)"
    r"|\b(?:verhindert|verhindern|verhinderte|sorgen|sorgte|gesorgt|sorgt|geführt|führte|führten|führt|führen|beigetragen|ermöglicht|"
    r"bewirkt|bedeutet|bedeutete|liegt|lag|ausgeschlossen|ohne|statt|anstatt|vorausgesetzt|kommt|kam)"
    r"(?:\s+(?:dazu|dafür|daran|darin|darauf|davon))?|\bspr(?:icht|ach|echen)\s+(?:viel(?:es)?\s+)?(?:dafür|dagegen))\s*$",
    re.I,
)


# ", wonach …", ", nach denen …", ", denen zufolge …": a report or rumour named before the comma
RELATIVE_FRAME = re.compile(r",\s*(?:wonach|nach\s+denen|denen\s+zufolge)\s+")
# "Seiner Meinung nach …", "Dem Vernehmen nach …": whose opinion the clause gives
OPINION_FRAME = re.compile(
    r"\b(?P<src>(?:[Ss]einer|[Ii]hrer|[Dd]essen|[Dd]eren|[Dd]em)\s+(?:Meinung|Ansicht|Auffassung|Einschätzung|Vernehmen|Überzeugung))\s+nach\s+"
)


# A determiner right before a frame: "die seiner Ansicht nach …"
_DETERMINER_BEFORE_FRAME = re.compile(r"(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|diese[rmns]?)\s+$", re.I)


def _frame_inside_noun_phrase(body: str, frame: re.Match) -> bool:
    """Does an opinion frame stand between a determiner and an inflected adjective before its noun
    ("Trump lobte die seiner Ansicht nach großartigen Zahlen", "Die ihrer Meinung nach falsche
    Entscheidung …")? It qualifies the adjective inside a noun phrase; no clause is reported. A
    relative pronoun before it opens a clause with a finite verb ("…, die seiner Ansicht nach versagt
    habe"), not an adjective and a noun."""
    return bool(
        _DETERMINER_BEFORE_FRAME.search(body[: frame.start()])
        and re.match(r"(?:[a-zäöüß]+\s+){0,2}[a-zäöüß]+(?:e|en|er|es|em)\s+[A-ZÄÖÜ]", body[frame.end() :])
    )


def _end_of_framed_clause(body: str, start: int) -> int:
    """Where a framed clause ends: before ", konnte der Minister …" (the main clause going on) or a
    following comma clause after an opinion frame, else at the sentence's end."""
    end = len(body.rstrip(" .!?"))
    for comma in re.finditer(r",\s*(?P<next>\w+)", body[start:end]):
        if comma.group("next") in FINITE_VERBS:
            return start + comma.start()
    return end


COPULA_AT_END = re.compile(r"(?P<before>[\wäöüß-]+)\s+(?:ist|war|sind|waren|wäre|wären)(?:\s+es)?\s*$")


# Finite forms that only link a predicate ("ist wichtig", "hat Tradition", "kann sein") and words for a
# state of mind or a shared view that make the that-clause someone's belief ("ist überzeugt, dass …")
_LINKING_VERBS = frozenset(
    "ist sind war waren wäre wären wird werden wurde wurden bleibt blieb gilt galt scheint schien sein gewesen "
    "kann könnte mag muss dürfte hat haben hatte".split()
)
_BARE_PREDICATE_WORDS = frozenset("also von vom dem der den die das des ein eine einem einen kein keine nur doch schon noch ja wohl durchaus gut".split())
# A compound ending in a noun of saying: "Zeugenaussagen", "Medienberichte", "Polizeiangaben"
_SPEECH_NOUN_END = re.compile(r"(?i)(?:aussage|äußerung|erklärung|bericht|meldung|angabe|behauptung|warnung|forderung|kritik)(?:en|n|e|s)?\b")
_BELIEF_WORDS = re.compile(
    r"\b(?:sicher|überzeugt|bewusst|einig|gewiss|optimistisch|zuversichtlich|skeptisch|Meinung|Ansicht|Auffassung|"
    r"Überzeugung|Gewissheit|Eindruck|Gefühl|Einigkeit|Konsens|Vorstellung|Feststellung|Erkenntnis|Einsicht|Fall|"
    r"Ergebnis|Fazit|Schluss|Schlussfolgerung|Befund|Angst|besorgt)\b"
)


def _linked_predicate(head: str) -> bool:
    """Does the clause that governs a that-clause only link a predicate to it, with no verb of its own
    and no word of saying or belief ("Kein Wunder, dass …", "Es ist wichtig, dass …", "Die größte
    Überraschung ist weniger, dass …", "Es hat Tradition, dass …")? Then the that-clause is its
    subject or object, a fact the author states; reported speech needs a verb or noun of saying."""
    clause = re.split(r"[,;:–]\s*", head.rstrip(" ,"))[-1]
    words = _words(clause)
    if not words or SPEECH_CONTEXT.search(clause) or _BELIEF_WORDS.search(clause) or re.search(rf"\b(?:{_CLAIM_NOUN_WORDS})\b", clause):
        return False
    if _SPEECH_NOUN_END.search(clause):
        return False  # "Angesichts von Zeugenaussagen, dass …"
    words = [w.lower() if n == 0 else w for n, w in enumerate(words)]  # "Hervorgehoben hat er, dass …"
    lower = [w for w in words if w.islower()]
    if not any(w in _LINKING_VERBS for w in lower):
        # no verb at all ("Kein Wunder also, dass …", "Möglich, dass …"): only function words besides nouns
        return all(w in _BARE_PREDICATE_WORDS or not _has_verb(w) and not w.endswith(("t", "en")) for w in lower)
    for word in lower:
        if word in CUE_VERBS or is_subjunctive(word) and word not in _LINKING_VERBS:
            return False
        if word.endswith("end"):
            continue  # a present participle as predicate: "Prägend ist, dass", "Auffallend war, dass"
        if word not in _LINKING_VERBS and (_has_verb(word) or _finite_indicative(word) or PARTICIPLE.fullmatch(word)):
            return False  # a verb of its own: "Es wird angenommen, dass", "Er erwartet, dass"
    # an infinitive closing the clause, which the lemmatiser may miss: "Wir werden darauf achten, dass"
    return not (lower and lower[-1] == words[-1] and lower[-1] not in _LINKING_VERBS and lower[-1].endswith(("en", "ern", "eln", "tun")))


# Verbs of causing, ensuring, preventing or happening: their that-clause is an effect or an event, not
# something said ("führte dazu, dass", "verhinderte mit zwei Paraden, dass", "stellt sicher, dass",
# "begab es sich, dass", "spart dadurch, dass")
CAUSING = re.compile(
    r"\b(?:verhinder(?:t|te|ten|n)|bewirk(?:t|te|ten|en)|ermöglich(?:t|te|ten|en)|führ(?:t|te|ten|en)\b.*\bdazu|"
    r"dazu\s+(?:ge)?führ(?:t|te|ten|en)|sorg(?:t|te|ten|en)\b.*\bdafür|dafür\s+(?:ge)?sorg(?:t|te|ten|en)|"
    r"stell(?:t|te|ten|en)\b.*\bsicher|sicher(?:zu)?stell(?:t|te|ten|en)|sichergestellt|gewährleist(?:et|ete|eten|en)|"
    # an event: "Dann begab es sich, dass …", "Es kam dazu, dass …"
    r"beg(?:ab|ibt|eben)\s+(?:es\s+)?sich|sich\s+beg(?:ab|ibt|eben)|(?:kam|kommt)\s+es\s+(?:dazu|so\s+weit)|es\s+(?:kam|kommt)\s+(?:dazu|so\s+weit)|"
    # a means: "Die Stadt spart dadurch, dass …", "Er fiel dadurch auf, dass …"
    r"dadurch)\b"
)
# "Er soll dazu beigetragen haben, dass …": "sollen" with a perfect infinitive reports a claim
REPORTATIVE_SOLLEN = re.compile(r"\b(?:soll|sollen)\b.*\b(?:haben|sein)\s*$")


def _a_cause_is_that(head: str) -> bool:
    """Does the clause that governs a that-clause cause or prevent it, in the indicative and not in the
    reportative "soll … haben"? Then the that-clause is an effect the author states."""
    clause = re.split(r"[;:–]\s*|,\s*(?=\w)", head.rstrip(" ,"))[-1]
    return bool(CAUSING.search(clause)) and not REPORTATIVE_SOLLEN.search(clause) and not _in_konjunktiv_i(clause) and not any(
        w in KONJUNKTIV_II for w in _words(clause)
    )


# Something seen or noticed at a moment of the story: "Als der Wirt sah, dass …", "…, als sie bemerkte, dass …"
PERCEIVED_IN_A_WHEN_CLAUSE = re.compile(
    r"(?:^|,)\s*[Aa]ls\s+(?:[\wäöüß-]+\s+){1,6}(?:sah|sahen|bemerkte|bemerkten|merkte|merkten|erkannte|erkannten|entdeckte|entdeckten)\s*$"
)


# A that-clause inside a condition: "Hätte die Polizei gewusst, dass …", "Sollte die Kommission zum Schluss
# kommen, dass …", "Wenn die Behörde feststellt, dass …": a case supposed, nothing anyone said
THAT_IN_A_CONDITION = re.compile(
    r"(?:(?:^|[,;:–]\s*)(?:[Ww]enn|[Ff]alls|[Ss]ofern)|^\s*(?:Sollte|Sollten|Hätte|Hätten|Wäre|Wären))\s+(?:[\wäöüß-]+\s+){1,8}[\wäöüß-]+\s*$"
)


def _told_after_the_main_clause(rest: str) -> bool:
    """"…, beschloss er zu helfen, erzählt er.": after the that-clause and the main clause, a frame
    (a verb of saying, or "so") tells the whole sentence as someone's account."""
    parts = re.split(r"(?<!\d),(?!\d)", rest)
    last = _words(parts[-1])
    return len(parts) >= 3 and bool(last) and (last[0] in CUE_VERBS or lemma(last[0], "de") in SAYING_LEMMAS or last[0] == "so")


# "Die Zahlen zeigten jedoch, dass …", "Dann zeigten die Forscher, dass …": the past of showing
SHOWN_IN_THE_PAST = re.compile(r"\b(?:zeigte|zeigten)\b(?:\s+(?!sich\b|zu\b)[\wäöüß-]+){0,5}\s*$")


def _shown_in_the_indicative(head: str, rest: str) -> bool:
    """Does "zeigte(n)" govern a that-clause in the indicative ("Die Zahlen zeigten, dass die Firmen gut
    aufgestellt waren")? Then a finding was shown. "zeigten" may stand for Konjunktiv II in a report, whose
    clause would be in Konjunktiv; so only a finite verb that the indicative alone has counts ("waren",
    "umfasst"), not one that Konjunktiv shares ("können", "stellten")."""
    if not SHOWN_IN_THE_PAST.search(head):
        return False
    words = _words(rest)
    if any(is_subjunctive(w) for w in words):
        return False
    return any(_finite_indicative(w) and not w.endswith(("te", "ten")) and (not w.endswith("en") or w in ("waren", "wurden")) for w in words)


def _a_fact_is_that(head: str, rest: str = "") -> bool:
    """"Pikant ist, dass …", "Das Besondere war, dass …": a copula makes the that-clause a fact, unless
    the subject is a statement or finding ("Seine Aussage ist, dass", "Ergebnis … war, dass") or the
    copula is an auxiliary ("nachdem bekannt geworden war, dass"); so does a perception in a when-clause
    ("Als sie sah, dass …"). ``rest``: the sentence after "dass";
    a subjunctive or a frame there ("…, sagte er") reports the sentence anyway."""
    reported = any(is_subjunctive(w) and w.lower() not in KONJUNKTIV_II for w in _words(head + " " + rest))
    if _a_cause_is_that(head) and not reported:
        return True
    said_after = any(w.lower() in CUE_VERBS for w in _words(rest)) or re.search(r",\s*so\s", rest)
    if _linked_predicate(head) and not reported and not said_after:
        return True
    if (PERCEIVED_IN_A_WHEN_CLAUSE.search(head) or THAT_IN_A_CONDITION.search(head)) and not reported and not _told_after_the_main_clause(rest):
        return True
    m = COPULA_AT_END.search(head)
    if m is None or SPEECH_CONTEXT.search(head) or re.search(r"\b(?:Ergebnis|Fazit|Schluss|Schlussfolgerung)\b", head):
        return False
    before = m.group("before")
    return not (before.islower() and re.fullmatch(r"\w*ge\w+(?:en|t)", before))


def _may_report(body: str) -> bool:
    """Does a sentence carry any mark of reported speech the rules below look for?"""
    return (
        any(is_subjunctive(w) for w in _words(body))
        or bool(re.search(r"\b(dass|ob)\b", body))
        or _cue_then_comma(body)
        or _trailing_as_told(body) is not None
        or _points_back_after(body)
        or any(pattern.search(body) for pattern in (INFINITIVE_CUES, SEPARABLE_CUES, REPORTED_AFTER, RELATIVE_FRAME, OPINION_FRAME, CLAIM_NOUNS, CLAIM_BEFORE_VERB))
    )


def _prepositional_relative(clause: str) -> bool:
    """A relative clause opening with its pronoun's preposition, its finite verb at the end ("in der Ärzte
    200 Methoden prüften"), not a main clause opening with a prepositional phrase ("in der Klinik werden …")."""
    if not re.match(r"\s*(?:in|an|auf|mit|von|bei|für|über|unter|nach|aus|zu|durch|gegen|vor)\s+(?:der|dem|den|denen|deren|dessen|welche[rsmn]?)\s", clause):
        return False
    words = _words(clause)
    return len(words) >= 4 and _a_finite_verb(words[-1]) and not any(_a_finite_verb(w) for w in words[2:-1])


def _points_back_after(body: str) -> bool:
    """"…, das urteilte das Gericht.": a frame of saying after its clause, pointing back to it."""
    trailing = _reported_after_by_lemma(body)
    return trailing is not None and bool(trailing.group("pointer") or trailing.group("dash_pointer"))


def _next_comma(body: str, start: int) -> int:
    """The next comma from ``start`` that ends a clause, not one inside a number ("66,56 Meter"), or -1."""
    for m in re.finditer(",", body[start:]):
        i = start + m.start()
        if not (body[i - 1 : i].isdigit() and body[i + 1 : i + 2].isdigit()):
            return i
    return -1


def _cue_then_comma(body: str) -> bool:
    """"Stoiber sagte, die Union …": a verb of saying followed by a clause."""
    for cue in _WORD.finditer(body):
        if cue.group().lower() in CUE_VERBS:
            comma = _next_comma(body, cue.end())
            return comma != -1 and comma - cue.end() < 80
    return False


def _has_finite_subjunctive_or_dass(clause: str, body: str) -> bool:
    return any(is_subjunctive(w) for w in _words(clause)) or bool(re.search(r",\s*dass\b", body))


def extract_quotes(article: Article) -> list[Quote]:
    """All speech in ``article``: direct, partial and indirect quotes with their speaker references.

    The rules below propose each quote's speaker; :mod:`lagebild.nlp.speaker_ranker` then weighs
    that proposal against the other phrases around the quote and picks the speaker."""
    from lagebild.nlp.speaker_ranker import rank_speakers

    quotes, refs, contexts, sentences = _rule_quotes(article)
    rank_speakers(article, sentences, quotes, refs, contexts)
    _denied_claims_keep_their_source(article, sentences, quotes, refs)
    _partials_take_their_report(quotes, refs)
    _partials_not_of_their_target(article, sentences, quotes, refs)
    for quote in quotes:
        ref = refs.get(quote.id)
        if ref is not None:
            quote.speaker = ref.phrase or None
            quote.speaker_span = (ref.start, ref.end)
            quote.cue = ref.kind
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


# a claim denied by the one who speaks: its noun, then the clause it holds ("wies die Darstellung
# zurück, …", "bestreitet den Vorwurf, …", "Gerüchte, wonach …, dementierte das Ministerium")
DENIED_CLAIM_BEFORE = re.compile(
    r"(?P<np>\b(?:(?:den|die|der|das|diese[nrs]?|alle|solche)\s+)?(?:[a-zäöüß]+(?:e|en|er)\s+){0,2}"
    r"(?:Vorwurfs?|Vorwürfen?|Behauptung(?:en)?|Darstellung(?:en)?|Gerüchte?n?|Berichte?n?|Anschuldigung(?:en)?|Spekulation(?:en)?|Unterstellung(?:en)?|Aussage(?:n)?|Meldung(?:en)?))"
    r"(?:\s+zurück)?\s*,\s*(?:dass\s+|wonach\s+)?$"
)
DENYING = re.compile(
    r"\b(?:(?:wies|weist|wiesen|weisen)\b[^.;:!?]*\bzurück|zurückgewiesen|zurückweisen|bestreit\w*|bestritt\w*|dementi\w*|"
    r"widersprach\w*|widersprich\w*|widerspricht|widersprechen|(?:wandte|wendet|wandten|wenden)\s+sich\b[^.;:!?]*\bgegen|nicht\s+bestätig\w*)"
)


def _denied_claims_keep_their_source(article: Article, sentences: list[Sentence], quotes: list[Quote], refs: dict[str, SpeakerRef | None]) -> None:
    """A clause held by the noun of a claim that the sentence denies is the claim's, not the words of
    the one denying it: "Demirtaş bestreitet den Vorwurf, er unterhalte Kontakte zur PKK" (the accusation
    speaks, not Demirtaş), "Gerüchte, wonach die Zelte entsorgt wurden, dementierte das Ministerium"."""
    text = article.text
    for quote in quotes:
        if quote.kind != "indirect":
            continue
        sentence = _sentence_of(sentences, quote.start)
        if sentence is None:
            continue
        claim = DENIED_CLAIM_BEFORE.search(text, sentence.start, quote.start)
        outside = text[sentence.start : quote.start] + " " + text[quote.end : sentence.end]
        if claim is None or not DENYING.search(outside):
            continue
        phrase = claim.group("np")
        refs[quote.id] = SpeakerRef(phrase, claim.start("np"), claim.end("np"), "description")


def _partials_take_their_report(quotes: list[Quote], refs: dict[str, SpeakerRef | None]) -> None:
    """Quoted words inside a reported clause are the words of the one it reports: "Derartige Kritik
    entbehre „jeder Grundlage“, monierten die Verbände" (not the clause's subject "Derartige Kritik"),
    "Er habe den Eindruck, dass der Präsident „gereizt“ gewirkt habe" (not the one judged)."""
    reports = [q for q in quotes if q.kind == "indirect" and refs.get(q.id) is not None]
    for quote in quotes:
        if quote.kind != "partial":
            continue
        report = next((r for r in reports if r.start <= quote.start and quote.end <= r.end), None)
        if report is not None:
            refs[quote.id] = refs[report.id]


_PASSIVE_AUXILIARY = re.compile(r"\b(?:wird|wurde|wurden|werden|worden|würde|würden)\b")
# receiving what others say: "muss sich den Vorwurf … gefallen lassen", "sieht sich … ausgesetzt"
_RECEIVING = re.compile(r"\bsich\b.*\b(?:gefallen\s+lassen|gefallen\s+ließ|gefallen\s+lässt|ausgesetzt|konfrontiert)\b")
# the agent, or a medium where it was said ("wurde im „Standard“ als „…“ bezeichnet"): no target
# a passive of accusing, its target in the dative: "Dem Minister wird vorgeworfen, …"
_ACCUSED = re.compile(r"\b(?:wird|wurde|werden|wurden)\s+(?:[\wäöüß]+\s+){0,3}(?:vorgeworfen|unterstellt|nachgesagt|angelastet)\b")
_AGENT_VON = re.compile(r"\b(?:von|vom|seitens|durch|in|im|bei|beim|auf|laut)\s+(?:(?:de[mnr]|die|das|eine[mr]?)\s+)?[„\"»«]?$", re.I)


def _clause_final_participle(text: str) -> bool:
    """Does ``text`` (the rest of a clause) end in a past participle ("… beschimpft", "… genannt worden")?"""
    words = re.findall(r"[\wäöüß]+", text)
    while words and words[-1] in ("worden", "sein"):
        words.pop()
    if not words or not words[-1].islower():
        return False
    word = words[-1]
    if word in ("zitiert", "gefragt", "aufgefordert"):  # "X wird mit den Worten „…“ zitiert": X speaks
        return False
    prefixed = word.startswith(("ge", "be", "er", "ver", "zer", "ent", "emp", "miss")) or word.endswith("iert") or "ge" in word[2:5]
    # in -t no infinitive ends ("verspottet", a form the lemmatiser may not know); in -en it may ("gehen")
    return prefixed and (word.endswith("t") or word.endswith("en") and lemma(word, "de") != word)


def _object_of_naming(article: Article, clause_start: int, ref: SpeakerRef, quote: Quote) -> SpeakerRef | None:
    """"SPD nennt CDU-Vorschlag eine „Rentenkürzung“", "nannte ihn einen „…“": the phrase right before
    the predicate of a verb of naming is its object, what is named; the subject before the verb names it."""
    text = article.text
    # only a determiner or "als" (and adjectives) between the phrase and the quote
    if not re.fullmatch(r"\s*(?:als|eine[nmrs]?|ein|zum|zur)?(?:\s+[a-zäöüß]+(?:e|en|er|es|em))*\s*[„\"»«“]?\s*", text[ref.end : quote.start]):
        return None
    verb = None
    for m in _WORD.finditer(text, clause_start, ref.start):
        if m.group().islower() and lemma(m.group(), "de") in _NAMING_LEMMAS:
            verb = m
    if verb is None:
        return None
    # the subject opens the clause; "Die Verschiebung des Deichbaus bezeichnete Vogt als „…“" fronts the object
    subjects = [a for a in _agents(article, clause_start, verb.start()) if _opens_its_clause(text, clause_start, a.start) and not _genitive_attribute(text, a)]
    return subjects[0] if subjects else None


def _headline_part_subject(article: Article, head: str, clause_start: int, quote_start: int) -> SpeakerRef | None:
    """A headline of parts set off by dashes ("Koller: Tote haben Anspruch auf Würde – Polizei will
    „rigoros“ vorgehen"): the quote's own part, opening with one who can speak and its finite verb,
    names its speaker; the one before the colon in another part does not."""
    if not re.search(r"\s[–—]\s+$", head[: clause_start - (quote_start - len(head))]):
        return None
    text = article.text
    agents = _agents(article, clause_start, quote_start)
    if agents and agents[0].kind in ("name", "role") and _opens_its_clause(text, clause_start, agents[0].start):
        subject = agents[0]
    else:
        # a body with no article, as headlines write it ("Polizei will …", "Regierung plant …")
        m = re.match(r"(?:(?:Die|Der|Das)\s+)?([A-ZÄÖÜ][\wäöüß-]+)(?=\s)", text[clause_start:quote_start])
        if not m or not (is_role_word(m.group(1)) or m.group(1).lower().endswith(INSTITUTION_ENDINGS)):
            return None
        subject = SpeakerRef(m.group(), clause_start, clause_start + m.end(), "description")
    verb = _WORD.match(text, subject.end + 1) if text[subject.end : subject.end + 1] == " " else None
    return subject if verb and verb.group() in FINITE_VERBS else None


def _partials_not_of_their_target(article: Article, sentences: list[Sentence], quotes: list[Quote], refs: dict[str, SpeakerRef | None]) -> None:
    """Words levelled at someone are not theirs: "X wurde (von Y) als „Lügner“ beschimpft" (Y said
    it, or nobody named), "X muss sich den Vorwurf der „Untätigkeit“ gefallen lassen" (said of X). The
    subject of such a clause is the target; the agent after "von" speaks, else no one is named."""
    text = article.text
    reports = [q for q in quotes if q.kind == "indirect"]
    for quote in reports:
        ref = refs.get(quote.id)
        sentence = _sentence_of(sentences, quote.start)
        if ref is None or sentence is None or not sentence.start <= ref.start < quote.start:
            continue
        frame = _ACCUSED.search(text, ref.end, quote.start)
        # within one clause ("Die Staatsanwaltschaft hat Anklage erhoben: Ihm wird vorgeworfen, …" names the accuser)
        if frame and not re.search(r"[:;]", text[ref.end : frame.start()]) and not _AGENT_VON.search(text[max(0, ref.start - 20) : ref.start]):
            refs[quote.id] = None  # "Dem Minister wird vorgeworfen, …": the one accused, no one named says it
    for quote in quotes:
        ref = refs.get(quote.id)
        if quote.kind != "partial" or ref is None or any(r.start <= quote.start and quote.end <= r.end for r in reports):
            continue
        sentence = _sentence_of(sentences, quote.start)
        if sentence is None or not sentence.start <= ref.start < sentence.end or _AGENT_VON.search(text[max(0, ref.start - 20) : ref.start]):
            continue
        # the clause around the quote: from the last boundary before it to the next one after it
        head = text[sentence.start : quote.start]
        cut = max((m.end() for m in re.finditer(r"[,;:]\s|\s[–—-]\s", head)), default=0)
        clause_start = sentence.start + cut
        tail = re.split(r"[,;:]\s|\s[–—-]\s|[.!?](?:\s|$)", text[quote.end + 1 : sentence.end])[0]
        clause = text[clause_start : quote.end + 1 + len(tail)]
        if not clause_start <= ref.start:
            own = _headline_part_subject(article, head, clause_start, quote.start)
            if own is not None:
                refs[quote.id] = own  # "Koller: … – Polizei will „rigoros“ vorgehen": the part's own subject
            continue
        naming = _object_of_naming(article, clause_start, ref, quote)
        if naming is not None:
            refs[quote.id] = naming  # "Die SPD nennt den Vorschlag eine „Rentenkürzung“": the one who names
            continue
        passive = _PASSIVE_AUXILIARY.search(text[clause_start : quote.start]) and _clause_final_participle(tail)
        if not (passive or _RECEIVING.search(clause)):
            continue
        agent = None
        for m in re.finditer(r"\b(?:von|vom|seitens|durch)\s", clause):
            at = clause_start + m.end()
            found = _agents(article, at, quote.start)
            if found and found[0].start - at <= 30:
                agent = found[0]
                break
            np = re.match(r"(?:de[mnr]|eine[mr]|seine[mr]|ihre[mr])\s+(?:[a-zäöüß][\wäöüß-]*\s+){0,2}[A-ZÄÖÜ][\wäöüß-]+", text[at : quote.start])
            if np:
                end = _np_forward(text, at + np.end(), quote.start, force_first=False)
                phrase = text[at:end].rstrip(" ,;:")
                agent = SpeakerRef(phrase, at, at + len(phrase), "description")
                break
        refs[quote.id] = agent


def _listed_with_a_name(text: str, mark: _Mark, not_speech: list[_Mark], sentence: Sentence) -> bool:
    """Quoted words joined by "und", "oder" or a comma to the quoted name of a thing just before: the
    next item of the same list ("die Modelle „Touareg“ und „Phaeton“")."""
    if not not_speech or not_speech[-1].end > mark.start:
        return False
    first = not_speech[-1]
    if not re.fullmatch(r"\s*(?:,|und|oder|sowie|bzw\.)\s*", text[first.end : mark.start]):
        return False
    words = _words(text[first.inner_start : first.inner_end])
    return _names_the_noun_before(text[sentence.start : first.start].rstrip(), len(words))


def _epithet_before_a_person(article: Article, mark: _Mark) -> bool:
    """A short quoted noun phrase right before a person's name: a label put on the person ("einer „running
    mate“ Clinton", "des „Interimspräsidenten“ Juan Guaidó"), not words the person or anyone said."""
    words = _words(article.text[mark.inner_start : mark.inner_end])
    if not words or len(words) > 3 or _has_verb(article.text[mark.inner_start : mark.inner_end]):
        return False
    m = re.match(r"[ \t]+", article.text[mark.end : mark.end + 3])
    if m is None:
        return False
    start = mark.end + m.end()
    return any(
        mention.start == start and mention.label == "PER" and not mention.text.endswith(("s", "'"))
        for mention in article.mentions
    )


def _mostly_quoted(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Does a clause open and close with quotes around a frame only („…“, so Vogt, „…“): its
    report is the quotes' own?"""
    opens = any(a <= start < b or a >= start and not _words(text[start:a]) for a, b in taken)
    closes = any(a < end <= b or b <= end and not _words(text[b:end]) for a, b in taken)
    rest = "".join(ch for i, ch in enumerate(text[start:end], start) if not any(a <= i < b for a, b in taken))
    return opens and closes and len(_words(rest)) <= 4


def _rule_quotes(article: Article) -> tuple[list[Quote], dict[str, SpeakerRef | None], dict[str, tuple[int, SpeakerRef | None]], list[Sentence]]:
    """The quotes the rules find, each quote's speaker by the rules, and each quote's context: the
    index of the sentence that frames it and the speaker named last before it."""
    from lagebild.nlp.sentences import split_sentences
    from lagebild.nlp.report_filters import checked_report, comments_rather_than_reports, narrates_after_subordinate, supposes_rather_than_reports, trimmed_report

    text = article.text
    sentences = article.sentences or split_sentences(text)
    quotes: list[Quote] = []
    refs: dict[str, SpeakerRef | None] = {}
    contexts: dict[str, tuple[int, SpeakerRef | None]] = {}
    continued: set[str] = set()  # quotes that go on reporting in the subjunctive
    paragraphs: dict[int, tuple[int, int]] = {}
    for sentence in sentences:
        p = paragraphs.get(sentence.paragraph)
        paragraphs[sentence.paragraph] = (min(p[0], sentence.start) if p else sentence.start, max(p[1], sentence.end) if p else sentence.end)
    marks_by_sentence: dict[int, list[_Mark]] = {}
    for index, (p_start, p_end) in sorted(paragraphs.items()):
        for mark in _find_quote_marks(text, p_start, p_end):
            for n, sentence in enumerate(sentences):
                if sentence.start <= mark.start < sentence.end:
                    marks_by_sentence.setdefault(n, []).append(mark)
                    break

    named_spans = {(m.start, m.end) for m in article.mentions}
    # quoted words framed only by the next sentence: the index of the sentence whose quote names the
    # speaker (negated where the next sentence points back, "Das sagte X.", and names the speaker itself)
    awaiting: dict[str, int] = {}
    previous_ref: SpeakerRef | None = None
    previous_paragraph = -1
    for n, sentence in enumerate(sentences):
        taken: list[tuple[int, int]] = []
        sentence_ref: SpeakerRef | None = None
        direct_in_sentence: list[Quote] = []
        partial_in_sentence: list[Quote] = []
        rejected: list[_Mark] = []  # quote marks that hold no speech by themselves
        not_speech: list[_Mark] = []  # quote marks that hold no speech: rejected ones and names
        framed_next: str | None = None  # how the next sentence frames this one: "quote", "pointer" or "" (not at all)
        before = sentences[n - 1] if n > 0 else None
        spoken_before = (
            before is not None and before.paragraph == sentence.paragraph and not before.is_heading
            and any(q.start < before.end and before.start < q.end for q in quotes)
        )
        for mark in marks_by_sentence.get(n, []):
            # A quote may run past the sentence splitter's end (an unbalanced quote, one the paragraph's
            # end closes): its context runs to the end of the sentence where it closes („…“, so X.).
            context = Sentence(sentence.start, _end_of_sentence_at(sentences, n, mark.end), sentence.paragraph)
            kind = _classify(text, mark, context)
            if kind is None and not spoken_before and framed_next is None:
                framed_next = _frames_the_sentence_before(article, sentences, n + 1, marks_by_sentence.get(n + 1, []))
            carried_kind = _classify(text, mark, context, spoken_before=True) if kind is None and (spoken_before or framed_next) else None
            carried_over = carried_kind is not None and spoken_before
            awaits_next = carried_kind is not None and not spoken_before
            kind = kind or carried_kind
            if kind is None and (direct_in_sentence or partial_in_sentence) and _goes_on_speaking(text, mark, sentence):
                kind = "partial"  # „In absehbarer Zeit“, so Pötsch, werde VW „ein Fahrzeug entwickeln“
            if kind is None and (direct_in_sentence or partial_in_sentence) and _coordinated_with(
                text, mark, max(direct_in_sentence + partial_in_sentence, key=lambda q: q.end)
            ):
                kind = "partial"  # "Extremisten: „Strafe Gottes“ oder „Bio-Waffe“": the words joined to the ones said
            if kind == "partial" and (
                _listed_with_a_name(text, mark, not_speech, sentence) or _epithet_before_a_person(article, mark)
                or _in_another_script(text[mark.inner_start : mark.inner_end])
            ):
                kind = None
            if _between_two_quotes(text[mark.inner_start : mark.inner_end]):
                kind = None  # the narrator's words between a closing mark and the next opening one
            if kind is None or (mark.inner_start, mark.inner_end) in named_spans:
                not_speech.append(mark)
                if kind is None and (mark.inner_start, mark.inner_end) not in named_spans:
                    rejected.append(mark)
                continue  # not speech, or a name in quote marks („Süddeutsche Zeitung“, „Forte Village“)
            ref = None if awaits_next else _speaker_for_direct(article, mark, context)
            if carried_over:
                # no frame of its own: the speaker of the sentence before goes on
                last = next((refs.get(q.id) for q in reversed(quotes) if q.start < before.end and before.start < q.end and refs.get(q.id) is not None), None)
                ref = SpeakerRef(last.phrase, last.start, last.end, "carried" if last.kind != "anonymous" else "anonymous") if last else None
            quote = Quote(
                id=stable_id("q-", article.id, str(mark.inner_start), str(mark.inner_end)),
                article=article.id,
                start=mark.inner_start,
                end=mark.inner_end,
                text=text[mark.inner_start : mark.inner_end],
                kind=kind,  # type: ignore[arg-type]
            )
            quotes.append(quote)
            refs[quote.id] = ref
            contexts[quote.id] = (n, previous_ref if sentence.paragraph - previous_paragraph <= 1 else None)
            if awaits_next:
                awaiting[quote.id] = n + 1 if framed_next == "quote" else -(n + 1)
            elif ref is None and previous_ref is None and kind == "partial" and REPORTED_PREDICATE.match(text, mark.end) and n + 1 < len(sentences) and sentences[n + 1].paragraph == sentence.paragraph:
                awaiting[quote.id] = -(n + 1)  # "…, das „schwach radioaktiv“ sein soll. …, erklärte TEPCO.": the next sentence names who claims it
            taken.append((mark.start, mark.end))
            if ref is not None:
                sentence_ref = ref
            if kind == "direct":
                direct_in_sentence.append(quote)
            else:
                partial_in_sentence.append(quote)
        # Interrupted quotes share the speaker: „…“, sagte er, „…“
        if sentence_ref is not None:
            for quote in direct_in_sentence:
                if refs.get(quote.id) is None:
                    refs[quote.id] = sentence_ref
        # A quote with nobody named continues the speaker just before (same or next paragraph).
        for quote in direct_in_sentence + partial_in_sentence:
            if refs.get(quote.id) is None and quote.id not in awaiting and previous_ref is not None and sentence.paragraph - previous_paragraph <= 1:
                refs[quote.id] = SpeakerRef(previous_ref.phrase, previous_ref.start, previous_ref.end, "carried" if previous_ref.kind != "anonymous" else "anonymous")
                sentence_ref = refs[quote.id]
        pointer = _points_back(article, sentence)
        # a sentence pointing back ("Dies geht aus einer Mitteilung … hervor") reports nothing of its own
        clause = None if sentence.is_heading or pointer else _indirect_in(article, sentence, taken, sentences[n - 1] if n > 0 else None)
        clause = checked_report(article, sentence, clause)  # a second look: no report, or one running on
        reported_before = n > 0 and sentences[n - 1].paragraph == sentence.paragraph and (
            _in_konjunktiv_i(text[sentences[n - 1].start : sentences[n - 1].end])
            or any(sentences[n - 1].start <= q.start < sentences[n - 1].end for q in quotes)
        )
        continues = (
            clause is None and not direct_in_sentence and not sentence.is_heading
            and not supposes_rather_than_reports(text[sentence.start : sentence.end])
            and not narrates_after_subordinate(text[sentence.start : sentence.end])
            and not comments_rather_than_reports(text[sentence.start : sentence.end], reported_before)
            and _continues_in_subjunctive(
                text[sentence.start : sentence.end],
                carried=(previous_ref is not None and sentence.paragraph - previous_paragraph <= 1 or _speaks_just_before(article, sentences, n))
                and _reports_just_before(article, sentences, n, quotes),
                # amid reported speech: Konjunktiv I or someone's own words in the sentence before
                supposing_reported=n > 0 and sentences[n - 1].paragraph == sentence.paragraph and (
                    _in_konjunktiv_i(text[sentences[n - 1].start : sentences[n - 1].end])
                    or any(q.kind == "direct" and sentences[n - 1].start <= q.start < sentences[n - 1].end for q in quotes)
                ),
                reported_before=reported_before,
            )
        )
        if clause is None and not continues and not sentence.is_heading and not pointer:
            clause = _subordinate_in_subjunctive(text, sentence, taken) or _main_clause_in_subjunctive_after(text, sentence, taken)
        if clause is not None:
            c_start, c_end = _clause_before_a_break(text, *clause)
            c_end = _before_a_quote_it_opens(text, c_start, c_end, taken)
            while c_start < c_end and text[c_start] in " ,„“\"»«":
                c_start += 1
            c_end = trimmed_report(text, c_start, c_end)
            while c_end > c_start and text[c_end - 1] in " ,.":
                c_end -= 1
            if not re.search(r"\b(?:dass|ob)\s*$", text[sentence.start : c_start]):
                c_start = _after_a_colon_frame(text, c_start, c_end)  # (a that-clause is no frame: "…, dass X hält: …")
            # a clause opening inside a direct quote ("„Wir wissen, dass …“ und fuhr …") is the speaker's own words
            opens_in_a_quote = any(q.start < c_start < q.end for q in direct_in_sentence)
            if c_end - c_start >= 12 and not opens_in_a_quote and not any(a <= c_start and c_end <= b for a, b in taken) and not _mostly_quoted(text, c_start, c_end, taken):
                ref = _speaker_for_clause(article, sentence, (c_start, c_end))
                if ref is None:
                    # a main clause in the indicative naming its own subject beats the speaker before
                    own = _own_frame(article, sentence)
                    ref = own[2] if own is not None and not (own[2].start < c_end and c_start < own[2].end) else None
                carried_on = False
                if ref is None and previous_ref is not None and sentence.paragraph - previous_paragraph <= 0:
                    ref = previous_ref
                    carried_on = True
                    between = sentences[n - 1] if n > 0 and sentences[n - 1].paragraph == sentence.paragraph else None
                    if between is not None and previous_ref.start < between.start and not text[sentence.start : c_start].strip(" „“\"»«") and not any(
                        between.start <= q.start < between.end for q in quotes
                    ):
                        # a sentence with no frame of its own after one that reports by itself ("Von Beobachtern
                        # wird der Schritt als wichtig gewertet. So könne …"): that report goes on, not the older one
                        ref = _source_of_sentence(article, between) or ref
                elif previous_ref is not None and sentence.paragraph - previous_paragraph <= 1 and _frame_in_subjunctive(text, sentence.start, c_start):
                    # "Die Behörde gehe davon aus, dass …": the frame itself is reported, by the speaker before
                    ref = SpeakerRef(previous_ref.phrase, previous_ref.start, previous_ref.end, "carried" if previous_ref.kind != "anonymous" else "anonymous")
                onward = _onward(text, sentence, sentences[n - 1] if n > 0 else None)
                inside = None if onward else ONWARD_INSIDE.search(text, sentence.start, sentence.end)
                if onward or (inside and c_start <= inside.start() < c_end):
                    # "Demnach …", "… soll demnach …" refers to the source of the sentence before
                    before = sentences[n - 1] if n > 0 else None
                    # the speaker carried on from a quote further back yields to a sentence in between
                    # that states something ("X sagte … . Der Krisenstab gab eine Erklärung ab. Demnach …")
                    skipped = carried_on and before is not None and not before.start <= previous_ref.start < before.end
                    if (ref is None or skipped) and before is not None and before.paragraph == sentence.paragraph:
                        # a sentence before that only acts ("Die Koalition hat sich auf … verständigt.
                        # Demnach …") is the source through its subject
                        ref = _source_of_sentence(article, before) or _acting_subject(article, before) or _described_opening(article, before) or ref
                    word = (onward.start(1), onward.end(1)) if onward else inside.span()
                    ref = _anaphor(ref, *word) if ref else None
                goes_on = (
                    not direct_in_sentence and c_start > sentence.start and previous_ref is not None
                    and sentence.paragraph - previous_paragraph <= 1 and _frame_in_subjunctive(text, sentence.start, c_start)
                    and _reported_main_clause(text[sentence.start : c_start]) and _reports_just_before(article, sentences, n, quotes)
                )
                if goes_on:
                    # "Seinerzeit sei aber niemandem klar gewesen, dass …" amid reported speech: the main
                    # clause in Konjunktiv I is reported too, the whole sentence goes on with the message
                    c_start, c_end = sentence.start, len(text[: sentence.end].rstrip(" .!?"))
                quote = Quote(
                    id=stable_id("q-", article.id, str(c_start), str(c_end)),
                    article=article.id,
                    start=c_start,
                    end=c_end,
                    text=text[c_start:c_end],
                    kind="indirect",
                )
                quotes.append(quote)
                if goes_on:
                    continued.add(quote.id)
                refs[quote.id] = ref
                contexts[quote.id] = (n, previous_ref if sentence.paragraph - previous_paragraph <= 1 else None)
                sentence_ref = sentence_ref or ref
                for mark in rejected:
                    # „…“ inside the reported clause ("Sie stellt fest, dass …, «auch X ist keine homogene
                    # Region»"): the words of the one reported
                    if c_start <= mark.start and mark.end <= c_end + 1 and _goes_on_speaking(text, mark, sentence) and not _named_in_passing(text, mark, sentence) and not _between_two_quotes(text[mark.inner_start : mark.inner_end]):
                        partial = Quote(
                            id=stable_id("q-", article.id, str(mark.inner_start), str(mark.inner_end)),
                            article=article.id, start=mark.inner_start, end=mark.inner_end,
                            text=text[mark.inner_start : mark.inner_end], kind="partial",
                        )
                        quotes.append(partial)
                        refs[partial.id] = ref
                        contexts[partial.id] = contexts[quote.id]
        elif continues:
            # Reported speech continued in the subjunctive: "Daher könne Putin zu Kompromissen bereit sein."
            c_start, c_end = sentence.start, sentence.end
            while c_end > sentence.start and text[c_end - 1] in " .":
                c_end -= 1
            # unless a main clause in the indicative names a new source ("…, behaupten Vertraute.")
            own = _own_frame(article, sentence)
            if own is not None:
                c_start, c_end = own[0], own[1]
            else:
                c_start = _after_a_colon_frame(text, _after_its_own_frame(text, sentence, taken, c_start, c_end), c_end)
            c_end = trimmed_report(text, c_start, c_end)
            quote = Quote(
                id=stable_id("q-", article.id, str(c_start), str(c_end)),
                article=article.id,
                start=c_start,
                end=c_end,
                text=text[c_start : c_end],
                kind="indirect",
            )
            quotes.append(quote)
            if own is None:
                continued.add(quote.id)
            contexts[quote.id] = (n, previous_ref if sentence.paragraph - previous_paragraph <= 1 else None)
            # The sentence before, when it speaks itself, names who goes on ("Die Universität hatte
            # die Aberkennung damit begründet, … . Zusammen hätten diese Plagiate …"); else the last speaker.
            # Its own frame first ("Der Iran müsse „…“ beenden, so Rice.").
            carried = own[2] if own is not None else _speaker_for_clause(article, sentence, (sentence.start, c_end))
            if carried is None and own is None and c_start > sentence.start:
                carried = _speaker_for_clause(article, sentence, (c_start, c_end))  # the subject of its own frame
                colon = text.rfind(":", sentence.start, c_start)
                if carried is None and colon != -1 and not text[colon + 1 : c_start].strip(" „“\"»«"):
                    # "Die Stadträtin formulierte es klar: …": the subject of the frame before the colon speaks
                    carried = _subject_opening(article, sentence.start, colon)
            if carried is None and n > 0 and sentences[n - 1].paragraph == sentence.paragraph and not any(q.start >= sentences[n - 1].start for q in quotes[:-1]):
                carried = _source_of_sentence(article, sentences[n - 1])
                if carried is None and not _previous_ref_in(sentences[n - 1], previous_ref):
                    # "Am 15. Mai hat die Wahlkommission den Termin festgelegt. Mögliche Termine seien …": the
                    # one acting in the sentence before, when the speaker named last stands further back
                    carried = _acting_subject(article, sentences[n - 1])
                    # (a cue or a colon inside, "Jetzt hat das Gericht geurteilt: …", is a frame of its own)
                    alone = own is None and ":" not in text[c_start:c_end] and not _has_cue(text[c_start:c_end]) and (previous_ref is None or sentence.paragraph - previous_paragraph > 1)
                    ahead = _source_ahead(article, sentences, n) if alone else None
                    if ahead is not None:
                        # "Jetzt droht ein Streik. Der Lohn liege 25 Prozent unter Tarif. Die Gewerkschaft kritisierte …":
                        # nothing reported before, the sentence after names who reports
                        carried = ahead
                        contexts[quote.id] = (n + 1, None)
            if carried is None and previous_ref is not None and sentence.paragraph - previous_paragraph <= 1:
                carried = previous_ref
            refs[quote.id] = carried
            sentence_ref = carried
        # "… gefunden. Das berichtet die Nachrichtenagentur Kyodo.": the sentence before is what was reported
        if pointer and n > 0 and not sentences[n - 1].is_heading:
            before = sentences[n - 1]
            b_end = before.end
            while b_end > before.start and text[b_end - 1] in " .!?":
                b_end -= 1
            inside = [q for q in quotes if q.start < b_end and before.start < q.end]
            if pointer.re is POINTS_BACK_PASSIVE:
                ref = _pointed_source(article, pointer)
            elif pointer.group("final_verb"):
                ref = _subject_after_verb(article, sentence.start + len(pointer.group().split()[0]), sentence.end)
            else:
                ref = _speaker_around_cue(article, _WORD.match(text, pointer.start("verb")), sentence.start, sentence.end)
                ref = ref or _pointer_subject(article, pointer.end("verb"), sentence.end)
            # „Wir halten die Deiche.“ Das sagte Petra Vogt.": the sentence before quotes her
            for quote in inside:
                if quote.kind != "indirect" and refs.get(quote.id) is None:
                    refs[quote.id] = ref
            # quoted fragments inside the sentence before are part of what it reports
            if b_end - before.start >= 12 and not any(q.kind == "indirect" or q.end - q.start > (b_end - before.start) / 2 for q in inside):
                quote = Quote(
                    id=stable_id("q-", article.id, str(before.start), str(b_end)),
                    article=article.id, start=before.start, end=b_end, text=text[before.start : b_end], kind="indirect",
                )
                quotes.append(quote)
                refs[quote.id] = ref
                contexts[quote.id] = (n, previous_ref if sentence.paragraph - previous_paragraph <= 1 else None)
                sentence_ref = sentence_ref or ref
        if sentence_ref is not None:
            previous_ref, previous_paragraph = sentence_ref, sentence.paragraph
        elif not sentence.is_heading and sentence.paragraph != previous_paragraph:
            previous_ref = previous_ref if sentence.paragraph - previous_paragraph <= 1 else None

    for quote_id, m in awaiting.items():
        # the sentence that frames the quoted words is the next one: the ranker weighs its phrases
        contexts[quote_id] = (abs(m), contexts[quote_id][1])
        if m < 0 or refs.get(quote_id) is not None:
            continue
        nxt = sentences[m]
        last = next((refs[q.id] for q in quotes if nxt.start <= q.start < nxt.end and q.kind == "direct" and refs.get(q.id) is not None), None)
        if last is not None:
            # "Sie will das „ernsthaft prüfen“. „Ich finde die Idee gut“, sagte die Ministerin.": her words too
            refs[quote_id] = SpeakerRef(last.phrase, last.start, last.end, "carried" if last.kind != "anonymous" else "anonymous")
    quotes = _merge_continuations(text, quotes, continued)
    return quotes, refs, contexts, sentences


def _frames_the_sentence_before(article: Article, sentences: list[Sentence], n: int, marks: list[_Mark]) -> str:
    """Does sentence ``n``, in the same paragraph as the one before, frame that one's quoted words as well:
    it opens with a quote followed by its frame of saying ("„…“, sagte die Ministerin.": "quote") or it
    points back to the sentence before ("Das sagte der Minister.": "pointer")? "" if not."""
    if n <= 0 or n >= len(sentences):
        return ""
    sentence, before = sentences[n], sentences[n - 1]
    if sentence.paragraph != before.paragraph or sentence.is_heading or before.is_heading:
        return ""
    text = article.text
    if marks and not text[sentence.start : marks[0].start].strip():
        frame = re.match(r"[ \t]*,[ \t]*(?:(so)\b|([a-zäöüß]+)\b)", text[marks[0].end : sentence.end])
        if frame and (frame.group(1) or _a_cue(frame.group(2))):
            return "quote"
    return "pointer" if _points_back(article, sentence) is not None else ""


_FRAME_NP_DETERMINERS = "der|die|das|ein|eine|einige|viele|manche|mehrere|zahlreiche|alle|beide|andere|weitere|diese|dieser"
# words that open a subordinate clause or a question, or stand for a subject: no adverb before a verb second
_NOT_FRAME_OPENERS = frozenset("er sie es ich wir ihr man das dies wie was wer wo wann warum ob wenn als weil da dass obwohl nachdem bevor während seit damit sodass falls und oder aber denn".split())
_FRAME_ADVERBS = frozenset("auch zudem etwa jedoch aber zuletzt dann nun weiter bereits schon noch selbst sogar ebenfalls gleichfalls wiederum".split())


_AUXILIARIES = frozenset("ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können konnte konnten muss müssen musste mussten soll sollen sollte sollten".split())


def _frame_verb(word: str) -> bool:
    """Could ``word`` be the finite verb of a frame in the indicative ("behaupten", "prophezeiten",
    "sind")? A lower-case verb form by its lemma, not the subjunctive of reported speech."""
    if not word.islower() or is_subjunctive(word) or word in _PREPOSITIONS or word in _FUNCTION_WORDS:
        return False
    if word in CUE_VERBS or word in FINITE_VERBS or word in CUE_LEMMAS:
        return True
    base = lemma(word, "de")
    return base != word and base.endswith(("en", "ern", "eln")) and base.islower()


def _frame_subject_at(article: Article, start: int, limit: int) -> SpeakerRef | None:
    """A nominative subject at ``start`` (after adverbs like "auch", "zuletzt"): a name, a personal
    pronoun ("er", "sie"), a noun phrase with a nominative determiner ("einige Piloten", "der
    Minister") or a bare plural noun ("Vertraute", "Kritiker"); no dative or accusative."""
    text = article.text
    words = list(_WORD.finditer(text, start, limit))
    i = 0
    while i < len(words) and words[i].group() in _FRAME_ADVERBS:
        i += 1
    if i == len(words):
        return None
    pos = words[i].start()
    if not text[start:pos].replace(" ", "").replace("\n", "") == "".join(w.group() for w in words[:i]):
        return None  # punctuation in between
    first = words[i].group()
    if first in ("er", "sie"):
        return SpeakerRef(first, pos, words[i].end(), "pronoun")
    name = _name_after(article, pos, limit)
    if name is not None and name.start == pos:
        return name
    m = re.match(r"(?:(?:" + _FRAME_NP_DETERMINERS + r")\s+)?(?:[a-zäöüß][\wäöüß-]*(?:e|en|er|es)\s+){0,3}[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?", text[pos:limit])
    if not m:
        return None
    phrase = m.group()
    head = phrase.split()[-1] if phrase.split()[0].lower() not in _FRAME_NP_DETERMINERS.split("|") or len(phrase.split()) > 1 else ""
    if not head or head.lower() in _FUNCTION_WORDS or head.lower() in _PREPOSITIONS:
        return None
    if phrase.split()[0] == "der" and not _may_speak(head):
        return None  # "der Zeitung": a dative
    return SpeakerRef(phrase, pos, pos + len(phrase), "description")


def _rest_is_adverbial(text: str) -> bool:
    """Does what follows a frame's subject only add when or how ("im Gespräch mit der APA", "überzeugt")?"""
    words = _words(text)
    if len(words) > 8 or "dass" in words or any(w.lower() in FINITE_VERBS for w in words):
        return False
    return not words or words[0].lower() in _PREPOSITIONS or words[0].islower() or words[0] in ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def _own_frame(article: Article, sentence: Sentence) -> tuple[int, int, SpeakerRef] | None:
    """A sentence of reported speech that names its own source in a main clause in the indicative:
    "Er sei sich treu geblieben, behaupten Vertraute." (verb and subject after the message),
    "So prophezeiten zuletzt einige Piloten, das Überholen werde …" (verb second, subject after it, then
    the message). Returns the message's span and the subject, or None: the grammar says who speaks
    there, whoever spoke the sentence before."""
    text = article.text
    s = sentence.start
    body = text[s : sentence.end]
    end = s + len(body.rstrip(" .!?\n"))
    # the frame after its message: ", VERB SUBJECT ." or ", wie SUBJECT … VERB ."
    comma = text.rfind(",", s, end)
    # the clause right before the comma is the message in Konjunktiv I, not a relative or other clause
    reported = comma > s and any(is_subjunctive(w) for w in _words(text[max(s, text.rfind(",", s, comma) + 1) : comma]))
    if comma > s and not re.search(r"[„“\"»«;:]", text[comma:end]):
        after = _WORD.search(text, comma + 1, end)
        if after is not None and after.group() == "wie" and len(_words(text[s:comma])) >= 4:
            verb = list(_WORD.finditer(text, after.end(), end))
            # "wie viele Asylwerber überstellt werden", "wie lange es dauert": a question, no frame
            quantity = verb and (verb[0].group().lower() in _GROUP_DETERMINERS or lemma(verb[0].group(), "de").lower() in ("viel", "wenig", "lang", "oft", "groß", "hoch", "weit", "schnell", "sehr"))
            if verb and not quantity and _frame_verb(verb[-1].group()) and verb[-1].group() not in _AUXILIARIES:
                ref = _frame_subject_at(article, after.end() + 1, verb[-1].start())
                if ref is not None and _rest_is_adverbial(text[ref.end : verb[-1].start()]):
                    return s, comma, ref
        elif reported and after is not None and _frame_verb(after.group()) and after.group() not in ("ist", "war", "wird", "wurde", "hat", "hatte"):
            ref = _frame_subject_at(article, after.end() + 1, end)
            if ref is not None and _rest_is_adverbial(text[ref.end : end]):
                return s, comma, ref
    # the frame before its message: "[adverb] VERB SUBJECT [adverbs], MESSAGE" in verb-second order
    comma = text.find(",", s, end)
    if comma == -1:
        return None
    content = comma + 1 + len(re.match(r"\s*(?:dass\s+)?", text[comma + 1 : end]).group())
    rest = _words(text[content:end])
    if not rest or not (text[comma + 1 : content].strip() == "dass" or any(is_subjunctive(w) for w in rest[:6])):
        return None
    head = list(_WORD.finditer(text, s, comma))
    if len(head) < 2 or len(head) > 8 or re.search(r"[„“\"»«;:()]", text[s:comma]):
        return None
    first = head[0].group()
    if first[:1].isupper() and lemma(first, "de")[:1].islower() and first.lower() not in _PREPOSITIONS and first.lower() not in _NOT_FRAME_OPENERS and _frame_verb(head[1].group()):
        ref = _frame_subject_at(article, head[1].end() + 1, comma)
        if ref is not None and _rest_is_adverbial(text[ref.end : comma]):
            return content, end, ref
    return None


def _end_of_sentence_at(sentences: list[Sentence], n: int, offset: int) -> int:
    """The end of the sentence from ``sentences[n]`` on in which ``offset`` (a quote's end) falls."""
    for later in sentences[n:]:
        if offset <= later.end:
            return later.end if offset > later.start or later is sentences[n] else max(offset, sentences[n].end)
    return offset


def _frame_in_subjunctive(text: str, start: int, clause_start: int) -> bool:
    """Is the main clause framing a reported clause itself in Konjunktiv I, with no source frame of its
    own ("Die Behörde gehe davon aus, dass …", "Er sei überzeugt, …")? Then it goes on reporting."""
    head = text[start:clause_start]
    if not head.strip() or names_its_source(head) or SOURCE_FRAMES[0][1].search(head) or IMPERSONAL_CUES.search(head):
        return False
    for word in _words(head):
        if word.islower() and (word in FINITE_VERBS or word in CUE_VERBS or is_subjunctive(word)):
            return is_subjunctive(word) and word not in KONJUNKTIV_II  # the first finite verb decides
    return False


# A clause depending on the one before, its finite verb at the end: a reason, a place or a relative clause
# ("…, weil die Helfer erschöpft seien", "…, für die ein Gesetz verantwortlich sei")
SUBORDINATE_CLAUSE = re.compile(
    r",\s*(?P<clause>(?:(?:weil|da|zumal|wo|was|wobei)\s|(?:(?:für|in|mit|von|vor|an|auf|bei|nach|aus|über|unter|gegen|durch)\s+)?"
    r"(?:der|die|das|den|dem|deren|dessen|denen|welche[rsmn]?)\s)[^,;:!?„“\"]*?\s(?P<verb>[a-zäöüß]+))(?=\s*(?:[,;:.!?]|$))"
)


def _subordinate_in_subjunctive(text: str, sentence: Sentence, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A dependent clause in Konjunktiv I after a main clause that reports nothing itself: "Für den
    Häftling gilt die höchste Sicherheitsstufe, weil er sich bedroht fühle" — the subjunctive gives
    the reason as someone's word, not the author's."""
    body = text[sentence.start : sentence.end]
    for m in SUBORDINATE_CLAUSE.finditer(body):
        verb = m.group("verb")
        if not is_subjunctive(verb) or verb in KONJUNKTIV_II or re.search(r"\b(?:ich|wir)\b", m.group("clause")) or any(a < sentence.start + m.end() and sentence.start + m.start() < b for a, b in taken):
            continue
        if _in_konjunktiv_i(body[: m.start()]):
            return None  # the main clause reports too: the whole sentence is reported speech
        if len(_words(m.group("clause"))) >= 4:
            return sentence.start + m.start("clause"), sentence.start + m.end("clause")
    return None


_NOT_PLURAL_VERBS = _PREPOSITIONS | _FUNCTION_WORDS | frozenset("eben oben unten neben binnen gegen entgegen seiten".split())


def _plural_present_after_subject(words: list[str]) -> bool:
    """Does a main clause put a verb in the present plural, the infinitive's form, right after its subject's
    noun ("Reporter klagen über …", "Vertreter der Verbände erwarten …")? Not after a pronoun of address
    ("Wie stehen Sie …"), not in a clause that a conjunction opens."""
    if not words or words[0].lower() in SUBORDINATING_OPENERS:
        return False
    return any(
        words[i - 1][:1].isupper() and words[i - 1] not in ("Sie", "Ihr", "Wir") and w.islower() and len(w) >= 5 and w.endswith(("en", "ern", "eln"))
        and w not in _NOT_PLURAL_VERBS and lemma(w, "de") == w
        for i, w in enumerate(words[:8]) if i > 0
    )


def _main_clause_in_subjunctive_after(text: str, sentence: Sentence, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A main clause in Konjunktiv I joined by a comma or semicolon to one in the indicative: "Er
    kritisierte den Minister heftig, es sei der größte Fehler gewesen" — what was said, with no verb
    of saying right before it."""
    body = text[sentence.start : sentence.end]
    for m in re.finditer(r"[,;]\s*", body):
        head, rest = body[: m.start()], body[m.end() :]
        words = _words(rest)
        if len(words) < 4 or not (any(_finite_indicative(w) for w in _words(head)) or _plural_present_after_subject(_words(head)) and not body.rstrip(" '\"“”»«").endswith("?")) or _in_konjunktiv_i(head):
            continue
        dependent = words[0] in DEPENDENT_CLAUSE_OPENERS and not (words[0] in _DETERMINER_WORDS and words[1][:1].isupper()) or words[1] in DEPENDENT_CLAUSE_OPENERS - _DETERMINER_WORDS
        if dependent or words[0] in ("zu", "dass"):
            continue  # a clause depending on the one before ("…, auch wenn …"), a that-clause (taken above, or denied) or an infinitive
        verb = next((w for w in words if w.islower() and (w in FINITE_VERBS or is_subjunctive(w) or _finite_indicative(w))), None)
        if verb is None or not is_subjunctive(verb) or verb in KONJUNKTIV_II or any(w.lower() in ("ich", "wir") for w in words):
            continue
        if verb not in SUBJUNCTIVE and verb.endswith("te"):
            continue  # "trotzdem raste der Jet …": a past tense that looks like Konjunktiv I
        start = sentence.start + m.end()
        if not any(a < sentence.end and start < b for a, b in taken):
            return start, sentence.start + _end_of_framed_clause(body, m.end())
    return None


def _after_its_own_frame(text: str, sentence: Sentence, taken: list[tuple[int, int]], start: int, end: int) -> int:
    """Where a sentence carried on in Konjunktiv I starts its report when it opens with its own frame:
    a main clause in the indicative around a verb of saying or judging, a comma, then a main clause in
    Konjunktiv I ("Der Minister verteidigte das Gesetz, es sei notwendig"). The frame says who speaks,
    it is not part of what is said."""
    clause = _main_clause_in_subjunctive_after(text, sentence, taken)
    if clause is None or not start < clause[0] < end:
        return start
    head = text[sentence.start : clause[0]]
    if head.count(",") != 1 or not any(
        _finite_indicative(m.group()) and SPEECH_CONTEXT.match(m.group()) for m in _WORD.finditer(head) if m.group().islower()
    ):
        return start
    return clause[0]


# Verbs of putting or reading something in words: "So kann man das Urteil deuten: …"
_INTERPRETING_LEMMAS = frozenset("interpretieren deuten auslegen zusammenfassen ausdrücken formulieren".split())


def _says_by_lemma(words: list[str]) -> bool:
    """Does a clause hold a verb of saying or of putting in words by its lemma ("formulierte",
    "interpretieren"), a separable one with its particle at the clause's end too ("drückte es … aus")?"""
    particle = words[-1] if words and words[-1].islower() and len(words[-1]) <= 5 else ""
    for w in words:
        if not w.islower() or w == particle:
            continue
        base = lemma(w, "de")
        if base != w and base in SAYING_LEMMAS | _INTERPRETING_LEMMAS or base in _INTERPRETING_LEMMAS:
            return True
        if particle and lemma(particle + base, "de") in SAYING_LEMMAS | _INTERPRETING_LEMMAS:
            return True
    return False


# a colon, not that of a time ("08:15 Uhr")
_COLON_NOT_OF_A_TIME = re.compile(r"(?<!\d):(?!\d)")


def _after_a_colon_frame(text: str, start: int, end: int) -> int:
    """Where a report opening with its own frame before a colon starts: after the colon, when the part
    before it is a short main clause in the indicative around a verb of saying or judging ("Die Ministerin
    formulierte es klar: …", "Skeptisch äußerte sich die Kanzlerin: …"). The frame says who speaks;
    Konjunktiv I before the colon ("Im Schreiben habe es geheißen: …") reports the frame too."""
    found = _COLON_NOT_OF_A_TIME.search(text, start, end)
    if found is None:
        return start
    colon = found.start()
    head, rest = text[start:colon], text[colon + 1 : end]
    words = _words(head)
    if not 2 <= len(words) <= 15 or len(_words(rest)) < 4 or _in_konjunktiv_i(head) or any(c in head for c in "„“\"»«"):
        return start
    if not any(_finite_indicative(w) or w in FINITE_VERBS and not is_subjunctive(w) for w in words if w.islower()):
        return start
    if not any(w.islower() and (w in CUE_VERBS or SPEECH_CONTEXT.match(w)) for w in words) and not SEPARABLE_CUES.search(head) and not _says_by_lemma(words):
        return start
    skip = colon + 1
    while skip < end and text[skip] in " „“\"»«":
        skip += 1
    return skip


def _reported_main_clause(head: str) -> bool:
    """Is the main clause before a reported clause itself reported: its finite verb in Konjunktiv I
    before the first comma ("Seinerzeit sei niemandem klar gewesen, dass …"), no verb in the
    indicative after it ("Sie wisse, dass …, hatte sie gesagt")?"""
    first_comma = _next_comma(head, 0)
    verb = next((m for m in _WORD.finditer(head) if m.group().islower() and (m.group() in FINITE_VERBS or is_subjunctive(m.group()))), None)
    if verb is None or first_comma != -1 and verb.start() > first_comma:
        return False
    return not any(_finite_indicative(w) for w in _words(head[verb.end() :]))


def _before_a_quote_it_opens(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> int:
    """A reported clause ends at the colon that opens a direct quote, and before "und fügte hinzu"
    leading to it: "Er sagte, Europa brauche die Briten, und fügte hinzu: „…“"; a clause before the
    colon with no subjunctive is only the quote's frame (``start``: nothing left)."""
    for mark_start, _ in sorted(taken):
        if start < mark_start < end:
            colon = text.rfind(":", start, mark_start)
            if colon != -1 and not text[colon + 1 : mark_start].strip():
                if not any(is_subjunctive(w) for w in _words(text[start:colon])):
                    return start  # only the frame of the quote ("sagte X, Gründer der Band:"), nothing reported
                added = ADDED_AFTER.search(text, start, colon)
                return added.start() if added else colon
    return end


def _frame_opening(text: str, start: int, end: int) -> int | None:
    """Where the clause after a source frame ("laut X", "nach Angaben von X") opening ``text[start:end]``
    begins, if one opens it and a finite verb follows."""
    body = text[start:end]
    for name, frame in SOURCE_FRAMES[1:4]:
        if name == "zufolge":
            continue
        fm = frame.search(body)
        if fm is None or body[: fm.start()].strip():
            continue
        clause = _frame_source(name, fm, start, text)[1]
        clause += len(text[clause:end]) - len(text[clause:end].lstrip(" ,"))
        first = _WORD.match(text, clause, end)
        if first is not None and _a_finite_verb(first.group()) and end - clause >= 12:
            return clause
    return None


def _clause_before_a_break(text: str, start: int, end: int) -> tuple[int, int]:
    """A reported clause ends at a semicolon after which the author goes on in the indicative
    ("…, dass der Vater sie geschlagen habe; es wird geprüft, ob …"), or where the main clause
    resumes after it."""
    for m in re.finditer(r";", text[start:end]):
        cut = start + m.start()
        after = _frame_opening(text, cut + 1, end)
        if after is not None and not names_its_source(text[start:cut]):
            return after, end  # "Die Veranstalter zählten 3.000; nach Polizeiangaben | waren es 1.200": the frame's clause
        if any(is_subjunctive(w) for w in _words(text[cut:end])):
            continue  # "…; die Helfer seien erschöpft": the reported speech goes on
        if cut - start >= 12:
            return start, cut
    # "Hieß es zuerst, dass die Fahrgäste selbst schuld seien, | wird nun investiert": after the clause that
    # follows a comma, the main clause resumes with its finite verb
    if re.search(r",\s*(?:dass\s+|ob\s+)?$", text[max(0, start - 8) : start]):
        for m in re.finditer(r",\s*", text[start:end]):
            rest = _words(text[start + m.end() : end])
            if m.start() >= 12 and rest and _finite_indicative(rest[0]) and rest[0] not in CUE_VERBS and not (len(rest) > 1 and rest[1][:1].isupper()):
                return start, start + m.start()
    return start, end


def _merge_continuations(text: str, quotes: list[Quote], continued: set[str]) -> list[Quote]:
    """Reported speech that goes on in the subjunctive over several sentences in a row is one
    message: "Der Deich halte noch. Die Helfer seien aber erschöpft." after the sentence that
    names the speaker. The first of them keeps its speaker."""
    by_start = sorted(quotes, key=lambda q: q.start)
    kept = []
    last = None  # the last reported clause; a quoted fragment inside it ("„weit hinter …“") does not end it
    for q in by_start:
        if (
            last is not None and q.id in continued and last.kind == "indirect"
            and last.id in continued
            and not text[last.end : q.start].strip(" .!?\"“”»«")
            and "\n" not in text[last.end : q.start]
            and not _names_own_source(q.text)
        ):
            last.end = q.end
            last.text = text[last.start : last.end]
            continued.add(last.id)
            continue
        kept.append(q)
        if last is None or q.kind == "indirect" or q.start >= last.end:
            last = q
    return kept


def _names_own_source(clause: str) -> bool:
    """Does a reported sentence name a source of its own ("…, so der Schriftsteller X, …", "laut X")?
    Then it starts a message of its own rather than going on with the one before."""
    return bool(SOURCE_FRAMES[0][1].search(clause) or names_its_source(clause))


_COMPOUND_ENDING_IN_A_NOUN = re.compile(r"\S+-[A-ZÄÖÜ][a-zäöüß]{3,}")


def _name_after_a_compound_descriptor(article: Article, index, start: int, end: int):
    """The entity of a name set right after a hyphenated compound that opens the speaker phrase
    ("die Thomson-Reuters-Tochter IFR", "der Siemens-Ableger Xyro"): the compound ends in a noun, so it
    describes what the name after it is; that name speaks, not the compound's first part."""
    inside = [m for m in article.mentions if start <= m.start < end and m.end <= end]
    if not inside:
        return None
    first = min(inside, key=lambda m: m.start)
    if not _COMPOUND_ENDING_IN_A_NOUN.fullmatch(article.text[first.start : first.end]):
        return None
    after = [m for m in article.mentions if m.start > first.end and article.text[first.end : m.start].isspace()]
    if not after:
        return None
    second = min(after, key=lambda m: m.start)
    return index.entity_for_span(article.id, second.start, second.end)


def resolve_speakers(quotes: list[Quote], articles: dict[str, Article], index) -> None:
    """Replace each quote's speaker phrase by the canonical name of the story entity it refers to."""
    previous: dict[str, tuple[int, object]] = {}  # article -> (offset, entity) of the last resolved speaker
    pronoun_genders: dict[str, dict[str, str]] = {}  # article -> entity id -> the gender of a pronoun bound to it
    # (article, span) -> what the speaker phrase at that span was resolved to for an earlier quote
    resolved_phrases: dict[tuple[str, int, int], tuple[object, str | None]] = {}
    for quote in sorted(quotes, key=lambda q: (q.article, q.start)):
        if quote.speaker_span is None:
            quote.speaker = None
            continue
        article = articles[quote.article]
        start, end = quote.speaker_span
        kind = quote.cue
        answerer = _answering(index, article, quote.start) if kind == "carried" and _turn_begins_between(article.text, end, quote.start) else None
        if answerer is not None:
            # "STANDARD: Laut dem Bundesbeamten war … Behr: Außerdem glaube ich, …": no source named in
            # the question goes on into the answer; whoever answers speaks
            quote.speaker, quote.speaker_entity, quote.speaker_text = answerer.name, answerer.id, None
            previous[article.id] = (quote.start, answerer)
            continue
        if kind == "carried" and (article.id, start, end) in resolved_phrases and (resolved_phrases[(article.id, start, end)][0] is not None or _describes_a_speaker(article.text[start:end])):
            # the quote goes on with the speaker of one before: that one's speaker, as it was resolved there
            entity, quote.speaker_text = resolved_phrases[(article.id, start, end)]
            quote.speaker = entity.name if entity is not None else None
            quote.speaker_entity = entity.id if entity is not None else None
            if entity is not None and entity.type == "PER":
                previous[article.id] = (quote.start, entity)
            continue
        entity = None
        body = None
        carried_text = None
        if kind in ("name", "carried", "anonymous", "source") and end > start:
            entity = index.entity_for_span(article.id, start, end) or index.resolve(article.text[start:end], article.id)
            described = _name_after_a_compound_descriptor(article, index, start, end) if kind == "name" else None
            if described is not None:
                entity = described  # "die Thomson-Reuters-Tochter IFR": the compound describes, the name after it speaks
            phrase_noun = article.text[start:end].split()[-1].lower() if end > start else ""
            if entity is not None and entity.type != "PER" and phrase_noun in EPITHET_NOUNS:
                # "der Republikaner", "die Demokratin": a group word standing for a person named before.
                last = previous.get(article.id)
                recent = last[1] if last and quote.start - last[0] < 1200 else None
                entity = _resolve_reference(index, article, start, end, recent, pronoun_genders.get(article.id))
            elif entity is None and kind == "carried" and not _a_group(article.text[start:end]) and _carries_a_person(article.text[start:end]):
                entity = _resolve_reference(index, article, start, end)
        elif kind == "pronoun":
            entity = _answering(index, article, start) if article.text[start:end].lower() in ("ich", "wir") else None
            agree = _pronoun_agreement(article.text, start, end)
            # "[[Unklar sei, wohin Obamas Politik führe]], sagt er": a person the quote itself names is not who says it
            own_words = (quote.start, quote.end) if start >= quote.end else None
            body = _feminine_body_before(index, article, start, (quote.start, quote.end)) if agree in ("f", "f?") and article.text[start:end].lower() == "sie" else None
            if body is not None:
                # "…, kam die Plattform Global Forest Watch. Sie meldete, …": the body named last, no person after it
                entity, body_phrase = body
            elif agree == "pl" and not entity:
                # "Die Eltern sind in Haft. Sie stehen im Verdacht, …": a plural "sie" takes up a group, never
                # one person; in an interviewer's question "Sie sagten einmal, …" is the one interviewed;
                # right after a message ("Die Zahlen sind laut X … . Sie zeigten, dass …") the message goes on
                asked = _interviewers_turn(article, start)
                entity = _addressed_by_the_interviewer(index, article, start) if asked else None
                before = None if asked else _message_just_before(article, quotes, start)
                if before is not None and (article.id, *before.speaker_span) in resolved_phrases:
                    entity, carried_text = resolved_phrases[(article.id, *before.speaker_span)]
            else:
                entity = entity or _antecedent(index, article, start, agree=_singular(agree), bound=pronoun_genders.setdefault(article.id, {}), skip=own_words)
            _bind(pronoun_genders, article.id, entity, agree)
        elif kind == "anaphor" and quote.speaker:
            agree = _pronoun_agreement(article.text, start, end) if end > start else None
            entity = _antecedent(index, article, start, agree=_singular(agree), bound=pronoun_genders.setdefault(article.id, {})) if quote.speaker.lower() in PRONOUNS else index.resolve(quote.speaker, article.id)
        elif kind in ("role", "epithet") and (_plural_demonstrative_subject(article.text, quote.start) or _names_several(article.text, start, end)):
            entity = None  # "Diese haben erklärt, …", "begründeten die Richter": a group speaks, not one person
        elif kind in ("role", "epithet"):
            last = previous.get(article.id)
            recent = last[1] if last and quote.start - last[0] < 1200 else None
            named = _person_in_apposition(index, article, end)
            if named is not None:
                entity = named  # "des Staatssekretärs im Ministerium, Ina Roth,": the name beside the role
            elif _definite_before(article.text, start, end) and _owned_by_genitive(article.text, end):
                # "sagte der Chef der Gruppe Fursan al-Hak": the role says whose it is; only a person
                # the story binds to this very phrase speaks, not whoever spoke before
                bound = index.resolve(article.text[start:end], article.id)
                entity = bound if bound is not None and bound.type == "PER" else None
            elif not _indefinite_before(article.text, start) and not _brought_in_unnamed(article, start, end):
                entity = _resolve_reference(index, article, start, end, recent, pronoun_genders.get(article.id))
                if entity is not None and _holds_the_role_of_another_origin(entity, article.text[start:end]):
                    # "der deutsche Finanzminister Olaf Scholz … sagte der französische Finanzminister": the
                    # same office of another country is another person
                    entity = None
            # "sagte ein Sprecher der Gruppe": an indefinite phrase brings in someone new, no one named before
            possessive = re.match(r"(?:sein|ihr)\w*\s", article.text[start:end], re.I)
            if entity is not None and named is None and (possessive or _owned_in_phrase(article, start, end) is not None):
                # "Bergs Familie bestätigte", "Obamas Wahlkampfteam", "sein Sprecher": the owned speaks, neither its
                # owner nor whoever spoke before; only a person the story binds to the phrase ("Badawis Ehefrau")
                bound = index.resolve(article.text[start:end], article.id) or _resolve_uninflected_role(index, article, article.text[start:end])
                owner = index.entity_for_span(article.id, start, end)
                entity = bound if bound is not None and bound.type == "PER" and bound is not owner else None
            if entity is not None and named is None and _SPOKESPERSON.search(article.text[start:end]) and not _titled_spokesperson(index, article, entity):
                # "berichtete der Sprecher": a spokesman speaks for the protagonist and is not him; only
                # someone the story calls a spokesman ("Sprecher Jan Vogel") is he
                entity = None
        elif kind in ("source", "description"):
            entity = index.entity_for_span(article.id, start, end) or index.resolve(article.text[start:end], article.id)
            if entity is not None and kind == "description" and _head_speaks_for_its_attribute(article.text[start:end]):
                entity = None  # "die Regierung der Region", "eine Reporterin der Agentur AFP": shown as described
            elif entity is not None and kind == "description" and _name_as_premodifier(article, start, end):
                entity = None  # "Brüsseler Militärkreisen": the place's adjective only qualifies the noun that speaks
        attribute = _DESCRIBED_SPEAKER.match(article.text, start, end) if entity is not None and kind in ("source", "description") else None
        if attribute is not None and attribute.group("attribute"):
            # "die in Graz tätige Politologin Maria Huber": a name in the attribute only places the noun that speaks
            entity = index.entity_for_span(article.id, attribute.end("attribute"), end)
        if entity is not None and kind in ("source", "description") and _place_of_the_speaking_noun(article, start, end, entity):
            entity = None  # "die Kantonspolizei Zürich": the police speaks, shown as described, not the city
        titled = _titled_in_phrase(article, start, end) if entity is not None and kind in ("source", "description") else None
        if titled is not None:
            # "Angaben des Straßburger Touristikchefs Jean-Jacques Gsell", a title tagged as a name: the person speaks
            entity = index.entity_for_span(article.id, titled.start, titled.end) or entity
        owned = _owned_in_phrase(article, start, end) if entity is not None and kind in ("source", "description") else None
        if owned is not None:
            # "Bersets Sprecher Peter Lauener": the spokesman speaks; "Kerrys Sprecher": shown as described
            entity = index.entity_for_span(article.id, owned.start, owned.end) if owned.kind == "name" else None
        if entity is not None and entity.type == "PER":
            previous[article.id] = (quote.start, entity)
        # A source the text only describes ("ein Sprecher der Polizei") is shown as described.
        described = None
        if kind in ("source", "description", "carried", "anonymous") and end > start and article.text[start:end].lower() not in PRONOUNS:
            described = article.text[start:end]  # carried on from a sentence before: as it was described there
        elif kind == "anaphor" and quote.speaker and quote.speaker.lower() not in PRONOUNS:
            described = quote.speaker  # "Demnach": as the source was described where it was named
        elif kind == "pronoun" and body is not None:
            described = body_phrase  # "Sie meldete": the body "sie" takes up, as it was named
        elif kind == "pronoun" and carried_text:
            described = carried_text  # a plural "sie" going on with the message before: its source
        elif kind in ("role", "epithet") and end > start:
            # "Ein Sprecher der Feuerwehr": the role with its phrase, as the text gives it
            np_start = _np_backward(article.text, max(0, start - 30), start) if kind == "role" else start
            head_word = article.text[start:end].split()[-1] if end > start else ""
            described = article.text[np_start : _np_forward(article.text, end, min(len(article.text), end + 60), force_first=False, after=head_word)]
            described = re.split(r"(?<=[\wäöüß)]{3})[.!?]\s", described)[0].strip(" ,.")  # never past the sentence's end
        if described and kind != "anaphor" and not _a_noun_phrase(described):
            described = None  # "Kürzlich gab es Gerüchte", "Wie ausführlich berichtet": an adverb names no one
            if entity is None:
                quote.speaker_span = None
        quote.speaker = entity.name if entity is not None else None
        quote.speaker_text = described if entity is None else None
        quote.speaker_entity = entity.id if entity is not None else None
        if quote.speaker_span is not None:
            resolved_phrases[(article.id, start, end)] = (entity, quote.speaker_text)


def _describes_a_speaker(phrase: str) -> bool:
    """Does the phrase describe someone who speaks by its noun, a role, an agent or a body ("ein
    Polizeisprecher", "der Besitzer der Kette", "der Polizei"), not a word no one is known by ("Katze")?"""
    from lagebild.nlp.speaker_ranker import _noun_that_speaks

    head = next((w for w in phrase.split() if w[:1].isupper() and w.lower() not in _DETERMINER_WORDS), None)
    return head is not None and _noun_that_speaks(head.strip(",."))


def _carries_a_person(phrase: str) -> bool:
    """May a phrase carried on from a sentence before stand for the person of the moment: a personal or
    possessive pronoun, a role, epithet or agent noun after no indefinite article ("der Minister", "der
    Forscher"), or a noun of saying ("Laut Schüler-Rückmeldungen")? Not a body or a thing
    ("Entschärfungsdienst", "das Verdikt", "Die Chancen"), an adverb ("demnach"), nor someone
    brought in new ("eine Stadtverordnete")."""
    from lagebild.nlp.speaker_ranker import _noun_that_speaks, head_class

    words = phrase.split()
    if phrase.lower() in PRONOUNS or re.match(r"(?:sein|ihr)(?:e[mnrs]?)?\s", phrase.lower()):
        return True  # "er", "seiner Meinung"
    if not words or words[0].lower() in ("ein", "eine", "einer", "einem", "einen", "eines"):
        return False
    head = words[-1].strip(",.")
    if not head[:1].isupper():
        return False
    kind = head_class(head)
    return kind == "saying" or kind != "collective" and _noun_that_speaks(head)


def _name_as_premodifier(article: Article, start: int, end: int) -> bool:
    """Does a name tagged inside the phrase only qualify its head noun, as an adjective of a place
    ("Brüsseler Militärkreisen", "die Wiener Polizei"): one word in "-er" right before the phrase's last noun?"""
    words = article.text[start:end].split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    for m in article.mentions:
        if start <= m.start and m.end <= end and m.label != "PER" and " " not in m.text and m.text.endswith("er"):
            if article.text[m.end : end].split() == words[-1:]:
                return True
    return False


def _owned_in_phrase(article: Article, start: int, end: int) -> SpeakerRef | None:
    """The speaker a name in the genitive opening the phrase owns ("Bersets Sprecher Peter Lauener",
    "Hongkongs umstrittene Regierungschefin"), per :func:`_possessed_by`; None where the phrase opens
    with no such name or the owner is the source ("Netanyahus Büro")."""
    first = next((m for m in sorted(article.mentions, key=lambda m: m.start) if start <= m.start < end), None)
    if first is None or any(w[:1].isupper() for w in article.text[start : first.start].split()):
        return None  # only a preposition or article may open the phrase before it ("von Müllers Sprecherin")
    owned = _possessed_by(article, SpeakerRef(first.text, first.start, first.end, "name"))
    return owned if owned is not None and owned.start < end else None


def _titled_in_phrase(article: Article, start: int, end: int) -> SpeakerRef | None:
    """The person a title tagged as a name runs into, as the phrase's first name ("des Straßburger
    Touristikchefs Jean-Jacques Gsell"), per :func:`_person_after_title`."""
    first = next((m for m in sorted(article.mentions, key=lambda m: m.start) if start <= m.start < end), None)
    if first is None:
        return None
    titled = _person_after_title(article, SpeakerRef(first.text, first.start, first.end, "name"))
    return titled if titled is not None and titled.start < end else None


# Nouns for a place itself: "die Stadt Wien", "der Kanton Zürich" speak as the place they name.
_PLACE_NOUNS = re.compile(
    r"(?:stadt|land|kanton|gemeinde|region|provinz|bezirk|staat|bundesstaat|republik|insel|dorf|departement|"
    r"emirat|königreich|hauptstadt)(?:s|es|e)?$"
)
# What may stand between the noun and the place it names: genitive articles, adjectives and nouns
# ("des Distrikts Nord des Bundesstaates"), not a preposition ("Zahlen aus Italien").
_TO_THE_PLACE = re.compile(r"(?:(?:des|der|von|vom)\s+|(?:[A-ZÄÖÜ][\wäöüß-]*|[a-zäöüß-]+(?:e|en|er|es|em))\s+)*")


def _place_of_the_speaking_noun(article: Article, start: int, end: int, entity) -> bool:
    """Is the entity a place the phrase names after the noun that speaks ("die Kantonspolizei Zürich",
    "die Präfektur des Departements Pas-de-Calais", "der Staatsanwalt des Bundesstaates Illinois")?
    That noun's body or person speaks, not its place; a noun of the place itself ("die Stadt Wien")
    or a noun of saying ("Angaben des Landes Tirol") leaves the place the source."""
    from lagebild.nlp.speaker_ranker import head_class

    if entity.type != "LOC":
        return False
    for m in article.mentions:
        if not (start < m.start < end and m.end <= end and m.label == "LOC"):
            continue
        before = article.text[start : m.start]
        head = next((w for w in before.split() if w[:1].isupper() and w.lower() not in _DETERMINER_WORDS and not _adjective_mention(w)), None)
        if head is None or _PLACE_NOUNS.search(head.lower()) or not _TO_THE_PLACE.fullmatch(before[before.index(head) + len(head) :].lstrip()):
            continue
        apposition = before.rstrip() == before[: before.index(head) + len(head)]
        # "Bergrettung Axams": a body named by its seat; a noun of saying ("nach Angaben Kiews"), or one of
        # a state before a genitive ("die Beteiligung des Landes Kärnten"), names whose it is
        if head_class(head) not in (("saying",) if apposition else ("saying", "abstract")):
            return True
    return False


# Words that stand alone for a source: quantifiers ("Manche sagen") and the adverbs pointing back to one ("demnach").
_STANDALONE_SOURCES = frozenset("manche viele alle beide andere einige mehrere wenige einer eine demnach danach demzufolge".split())


_GROUP_DETERMINERS = frozenset("einige viele manche mehrere zahlreiche alle beide andere weitere".split())


def _a_group(phrase: str) -> bool:
    """Does the phrase name several people ("einige Piloten", "Vertraute", "Experten"), never one
    person named before: a plural determiner, or a lone noun inflected for the plural?"""
    words = phrase.split()
    if not words:
        return False
    if words[0].lower() in _GROUP_DETERMINERS:
        return True
    word = words[0]
    base = lemma(word, "de").lower()
    return len(words) == 1 and word[:1].isupper() and word.isalpha() and base != word.lower() and word.lower() not in (base + "s", base + "es")


_FRAME_WORD_BEFORE = re.compile(r"\b(?:laut|gemäß|nach|so|von|vom|seitens)\s+(?:\S+\s+){0,2}$", re.I)


def _framed_by_frame_word(text: str, start: int) -> bool:
    """Does a frame word ("laut", "nach Angaben", "so") stand just before the phrase at ``start``?"""
    return bool(_FRAME_WORD_BEFORE.search(text, max(0, start - 40), start))


def _a_noun_phrase(phrase: str) -> bool:
    """Could the phrase name a source? A single known word must be a noun, by its lemma's case (unknown
    words such as "taz" may be names)."""
    words = phrase.split()
    if len(words) != 1 or len(words[0]) <= 3 or words[0].lower() in _STANDALONE_SOURCES or not words[0].isalpha():
        return True
    word = words[0]
    base = simplemma.lemmatize(word, lang="de")
    if word[:1].isupper() and base.endswith(("t", "ig", "en")) and word.lower() in (base + "e", base + "en"):
        return True  # an adjective or participle used as a noun: "Vertraute", "Angehörige", "Gefangenen"
    return not (simplemma.is_known(word, lang="de") and base[:1].islower())


_GENITIVE_AFTER_ROLE = re.compile(r"\s+(?:der|des)\s+(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ]")


def _owned_by_genitive(text: str, end: int) -> bool:
    """Does a genitive attribute follow the role ending at ``end`` ("der Chef der Gruppe X",
    "der Präsident der EU-Kommission")?"""
    return bool(_GENITIVE_AFTER_ROLE.match(text, end))


def _definite_before(text: str, start: int, end: int) -> bool:
    """The role at ``start`` opens with a definite article: "der Chef", "die heutige Präsidentin"
    (not a bare role in apposition: "Tusk als Chef der Chefs")."""
    phrase_start = _np_backward(text, max(0, start - 30), start)
    words = text[phrase_start:end].split()
    return len(words) > 1 and words[0] in ("der", "die", "dem", "den", "Der", "Die", "Dem", "Den")


def _indefinite_before(text: str, start: int) -> bool:
    """The role at ``start`` opens with an indefinite article: "ein Sprecher", "einer Sprecherin zufolge"."""
    phrase_start = _np_backward(text, max(0, start - 30), start)
    words = text[phrase_start:start].split() or text[start : start + 8].split()[:1]
    return bool(words) and words[0].lower() in ("ein", "eine", "einer", "eines", "einem", "einen")


# An interview's answer opens with its speaker's name and a colon ("Vogt: Ja, ..."); the
# interviewer's label is the medium's name in capitals ("STANDARD:") and never matches.
_ANSWER_LABEL = re.compile(r"(?:^|(?<=[.!?…\n])\s*)(?P<name>[A-ZÄÖÜ][a-zäöüß][\wäöüß-]*(?:\s[A-ZÄÖÜ][\wäöüß-]+)?):\s")


def _answering(index, article: Article, offset: int, window: int = 2000):
    """Who speaks in the first person at ``offset`` in an interview: the person whose answer label
    ("Vogt: …") stands last before it, or None outside an interview."""
    labels = list(_ANSWER_LABEL.finditer(article.text, max(0, offset - window), offset))
    if not labels:
        return None
    entity = index.resolve(labels[-1].group("name"), article.id)
    return entity if entity is not None and entity.type == "PER" else None


def _turn_begins_between(text: str, start: int, end: int) -> bool:
    """Does an interview's answer ("Vogt: …") begin between ``start`` and ``end``?"""
    return _ANSWER_LABEL.search(text, start, end) is not None


def _message_just_before(article: Article, quotes: list[Quote], offset: int) -> Quote | None:
    """The quote with a speaker that ends last before ``offset`` in the same paragraph, no more than
    one sentence back."""
    before = max((q for q in quotes if q.article == article.id and q.end <= offset and q.speaker_span), key=lambda q: q.end, default=None)
    if before is None:
        return None
    between = article.text[before.end : offset]
    return before if "\n" not in between and len(re.findall(r"[.!?](?=\s)", between)) <= 1 else None


# the interviewer's label: the medium's name in capitals ("STANDARD:"), opening a turn
_INTERVIEWER_LABEL = re.compile(r"(?:^|(?<=[.!?…\n])\s*)[A-ZÄÖÜ]{3,}:\s")


def _interviewers_turn(article: Article, offset: int, window: int = 2000) -> bool:
    """Does ``offset`` stand in an interviewer's question, a turn that "STANDARD:" opens?"""
    turn = None
    for turn in _INTERVIEWER_LABEL.finditer(article.text, max(0, offset - window), offset):
        pass
    return turn is not None and not _ANSWER_LABEL.search(article.text, turn.end(), offset)


def _addressed_by_the_interviewer(index, article: Article, offset: int, window: int = 2000):
    """Whom the interviewer addresses with "Sie" at ``offset``: the person whose answer label
    ("Vogl: …") answers the question next."""
    label = _ANSWER_LABEL.search(article.text, offset, offset + window)
    entity = index.resolve(label.group("name"), article.id) if label else None
    return entity if entity is not None and entity.type == "PER" else None


def _antecedent(index, article: Article, offset: int, window: int = 600, agree: str | None = None, bound: dict | None = None, skip: tuple[int, int] | None = None, chain: bool = True):
    """The person a pronoun at ``offset`` refers to: the last name, bound role or epithet before it.

    A person inside a prepositional phrase ("… das Treffen mit Putin. Er deutet an …") yields to an
    earlier one who is not, since the pronoun mostly takes up the subject; it is kept when no other
    person stands in the window.

    ``agree`` is what the pronoun asks of its antecedent ("m" for "er", "f" for "sie" with a verb in
    the singular, "f?" for a "sie" of unknown number): a person known to be of the other gender is
    passed over. Where agreement rules out every person, the choice made without it stands.

    ``skip``: a stretch (the quote's own words) whose persons are passed over while one stands before it.

    ``chain``: a pronoun of the same gender opening the sentence, or the one before, is the subject the
    pronoun goes on with ("…, auch den Obmann Johann Gudenus. Er hatte ähnlich wie Strache …, behauptete
    auch er": Gudenus, not Strache); it is looked up in its place."""
    opening = _subject_pronoun_before(article, offset, agree) if chain else None
    if opening is not None and not (skip is not None and skip[0] <= opening < skip[1]):
        return _antecedent(index, article, opening, window, agree, bound)
    if skip is not None:
        chosen = _antecedent(index, article, offset, window, agree, bound, chain=False)
        if chosen is None or not any(skip[0] <= m.start < skip[1] and index.entity_for_span(article.id, m.start, m.end) is chosen for m in article.mentions):
            return chosen
        before = _antecedent(index, article, skip[0], window, agree, bound)
        return before if before is not None else chosen
    if agree is not None:
        genders = _person_genders(index, article, offset, bound)
        chosen = _antecedent_agreeing(index, article, offset, window, lambda e: _agrees(genders.get(e.id), agree))
        if chosen is not None:
            return chosen
        fallback = _antecedent_agreeing(index, article, offset, window, None)
        # "vom Psychologen Donald Hebb … Sie schreibt fest": a person known to be of the other gender is no antecedent
        return None if fallback is not None and genders.get(fallback.id) is not None else fallback
    return _antecedent_agreeing(index, article, offset, window, None)


def _subject_pronoun_before(article: Article, offset: int, agree: str | None) -> int | None:
    """Where a pronoun of the same gender opens the sentence of the pronoun at ``offset`` ("Er traf
    Obama und sagte, er …"), or the sentence before when its own names no person before the pronoun:
    the subject that the pronoun at ``offset`` goes on with."""
    if agree not in ("m", "f"):
        return None
    word = "Er" if agree == "m" else "Sie"
    text = article.text
    sentences = [s for s in article.sentences if s.start <= offset]  # the pronoun's own sentence last
    for back, sentence in enumerate(reversed(sentences[-2:])):
        start = sentence.start + len(text[sentence.start : sentence.end]) - len(text[sentence.start : sentence.end].lstrip())
        if back == 1 and any(sentence.end <= m.start < offset and m.label == "PER" for m in article.mentions):
            return None
        if start < offset and re.match(word + r"\s", text[start : start + 4]) and (agree == "m" or _pronoun_agreement(text, start, start + 3) == "f"):
            return start
    return None


def _antecedent_agreeing(index, article: Article, offset: int, window: int, fits):
    governed = None
    for ref in reversed(_agents(article, max(0, offset - window), offset)):
        if ref.kind == "pronoun":
            continue
        if ref.kind == "name":
            entity = index.entity_for_span(article.id, ref.start, ref.end) or index.resolve(ref.phrase, article.id)
        else:
            entity = index.resolve(ref.phrase, article.id)
        if entity is not None and entity.type == "PER" and (fits is None or fits(entity)):
            if not _after_preposition(article.text, ref.start):
                return entity
            governed = governed or entity
    if governed is not None or fits is None:
        return governed or index.last_person_before(article.id, offset)
    last = index.last_person_before(article.id, offset)
    return last if last is not None and last.type == "PER" and fits(last) else None


def _singular(agree: str | None) -> str | None:
    """Agreement a single person can meet: a plural "sie" asks for none (the choice stays as before)."""
    return agree if agree in ("m", "f", "f?") else None


def _bind(bound: dict, article_id: str, entity, agree: str | None) -> None:
    """Remember the gender of a pronoun ("er", a singular "sie") now bound to a person of unknown gender."""
    if entity is not None and entity.type == "PER" and agree in ("m", "f"):
        bound.setdefault(article_id, {}).setdefault(entity.id, agree)


def _agrees(gender: str | None, agree: str) -> bool:
    """Can a person of ``gender`` (None: unknown) be what a pronoun asking ``agree`` refers to?"""
    if gender is None:
        return True
    if agree == "m":
        return gender == "m"
    return gender == "f"  # "f", "f?": a singular "sie", or a "sie" whose plural names no one person


def _pronoun_agreement(text: str, start: int, end: int) -> str | None:
    """What a personal pronoun speaker asks of its antecedent: "m" for "er"; for "sie" "f" with a
    finite verb in the singular next to it ("sagte sie", "Sie betonte"), "pl" with one in the plural
    ("sagten sie", "Sie forderten"), "f?" without a finite verb beside it ("so sie")."""
    word = text[start:end].lower()
    if word == "er" or re.match(r"sein(?:e[mnrs]?)?\s", word):
        return "m"  # "er", "seiner Meinung nach"
    if re.match(r"ihr(?:e[mnrs]?)?\s", word):
        return "f?"  # "ihrer Ansicht nach": hers or theirs
    if word != "sie":
        return None
    before = re.search(r"([A-Za-zÄÖÜäöüß]+)\s+$", text[max(0, start - 30) : start])
    after = re.match(r"\s+([a-zäöüß]+)", text[end : end + 30])
    at_opening = not re.search(r"[\wäöüß,]\s*$", text[max(0, start - 3) : start])
    candidates = ([] if at_opening or before is None else [before.group(1)]) + ([after.group(1)] if after else [])
    for verb in candidates[:1] if candidates and _finite_number(candidates[0]) else candidates[1:2]:
        number = _finite_number(verb)
        if number is not None:
            return "f" if number == "sg" else "pl"
    if at_opening and after and _present_plural(after.group(1)):
        return "pl"  # "Sie stehen im Verdacht, …": the second place of a main clause holds its finite verb
    return "f?"


def _present_plural(word: str) -> bool:
    """Is the word in small letters a verb's present plural, the infinitive's form ("stehen", "fordern")?"""
    return len(word) >= 5 and word.endswith(("en", "ern", "eln")) and word not in _NOT_PLURAL_VERBS and lemma(word, "de") == word and simplemma.is_known(word, lang="de")


_SINGULAR_FINITE = frozenset("ist war sei wäre hat hatte habe hätte kann konnte könne könnte muss musste müsse müsste soll sollte solle will wollte wolle darf durfte dürfe mag wird wurde werde würde".split())
_PLURAL_FINITE = frozenset("sind waren seien wären haben hatten hätten können konnten könnten müssen mussten müssten sollen sollten wollen wollten dürfen durften mögen werden wurden würden".split())


def _finite_number(word: str) -> str | None:
    """The number of a finite verb in the third person: "sagte", "betont", "sei" → "sg"; "sagten",
    "betonen", "seien" → "pl"; a word that is no verb ("so", "selbst", "gestern") → None."""
    lower = word.lower()
    if lower in _SINGULAR_FINITE:
        return "sg"
    if lower in _PLURAL_FINITE:
        return "pl"
    if not word.islower() or word in CUE_VERBS:
        return ("pl" if word.endswith("n") else "sg") if word in CUE_VERBS else None
    base = lemma(lower, "de")
    if lower == base or not base.endswith(("en", "ern", "eln")) or not simplemma.is_known(lower, lang="de"):
        return None  # an infinitive-like form is also an adverb ("gestern", "eben"); no verb at all ("so")
    if lower.endswith("n"):
        return "pl"
    return "sg" if lower.endswith(("t", "te", "e")) else None


def _person_genders(index, article: Article, before: int, bound: dict | None = None) -> dict:
    """The gender the article gives each person before ``before``: from a role noun right before a
    name ("Innenministerin Johanna Mikl-Leitner", "die Vorsitzende Anna Roth", "Frau Roth"), else from
    the gendered pronouns already bound to the person (``bound``: entity id -> gender). A person
    given both genders stays unknown."""
    votes: dict[str, set] = {}
    text = article.text
    for m in article.mentions:
        if m.label != "PER" or m.start >= before:
            continue
        entity = index.entity_for_span(article.id, m.start, m.end)
        if entity is None:
            continue
        gender = _gender_before_name(text, m.start) or _gender_after_name(text, m.start, m.end)
        if gender is not None:
            votes.setdefault(entity.id, set()).add(gender)
    genders = {key: next(iter(v)) for key, v in votes.items() if len(v) == 1}
    for key, gender in (bound or {}).items():
        genders.setdefault(key, gender)
    return genders


# Nouns for a person by their derivation, right before a name ("der Psychologe Max Roth", "die Autorin
# Eva Lind", "Polizist Karl B."), and the closed class of kin words; "-in" makes them feminine.
_PERSON_NOUN_BEFORE = re.compile(r"(?:^|[\s(])(?:[A-ZÄÖÜ][\wäöüß]*-)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\s+$")
_FEMININE_PERSON = re.compile(r"(?:erin|istin|login|antin|entin|eurin|orin|atin|ärin|chefin|Frau|Tochter|Mutter|Schwester|Freundin|Witwe)$")
_MASCULINE_PERSON = re.compile(r"(?:[a-zäöüß]{3}(?:ist|isten|loge|logen|ent|enten|ant|anten|eur|or|at)|Sohn|Vater|Bruder|Freund|Witwer|Mann)$")


def _gender_after_name(text: str, start: int, end: int) -> str | None:
    """The gender a relative pronoun right after a lone name gives it ("Eva Lind, die seit Jahren …",
    "Max Roth, der …"); not after a coordination ("Lind und Roth, die …"), where it is plural."""
    after = re.match(r",\s+(der|die)\s+[a-zäöüß]", text[end : end + 12])
    if after is None or re.search(r"(?:\bund|\boder|\bsowie|,)\s*$", text[max(0, start - 8) : start]):
        return None
    return {"der": "m", "die": "f"}[after.group(1)]


def _gender_before_name(text: str, start: int) -> str | None:
    """The gender a word right before a name gives it: a role noun ("Innenministerin", "Minister"),
    "Frau"/"Herr", or the article before a nominalised role ("die Vorsitzende")."""
    found = role_before(text, start)
    word = found[1] if found else (re.search(r"(Frau|Herrn?)\s+$", text[max(0, start - 8) : start]) or [None])[0]
    if not word:
        noun = _PERSON_NOUN_BEFORE.search(text, max(0, start - 40), start)
        if noun is None:
            return None
        if _FEMININE_PERSON.search(noun.group("noun")):
            return "f"
        return "m" if _MASCULINE_PERSON.search(noun.group("noun")) and not noun.group("noun").endswith("in") else None
    word = word.strip()
    if word in ("Frau",):
        return "f"
    if word in ("Herr", "Herrn"):
        return "m"
    gender = role_gender(word)
    if gender is None and word.lower().endswith("e"):
        article = re.search(r"\b(der|die)\s+(?:[a-zäöüß]+\s+)?$", text[max(0, found[0] - 30) : found[0]])
        gender = {"der": "m", "die": "f"}.get(article.group(1)) if article else None
    return gender if gender in ("m", "f") else None


# The attributes a role may carry before its name in apposition: a genitive or a prepositional phrase
# of a few words ("des Staatssekretärs im Berliner Arbeitsministerium, Thorben Albrecht,").
_ROLE_ATTRIBUTE = re.compile(
    r"(?:\s+(?:der|des|eines|einer|von|vom|im|in|am|beim|bei|aus|für|zur|zum)"
    r"(?:\s+(?:der|des|dem|den|die|das)\b)?(?:\s+[a-zäöüß]+(?:e|en|er|es|em))?(?:\s+[A-ZÄÖÜ][\wäöüß-]*)+"
    # "der Kommission für Freiheit und Recht (KFR)": a name joined by "und", its short form in brackets
    r"(?:\s+(?:und|sowie)(?:\s+[a-zäöüß]+(?:e|en|er|es|em))?(?:\s+[A-ZÄÖÜ][\wäöüß-]*)+)?(?:\s+\([^()\s]{2,12}\))?)*\s*,\s*"
)


_SPOKESPERSON = re.compile(r"sprecher(?:in|innen|s)?$", re.I)


def _titled_spokesperson(index, article: Article, entity) -> bool:
    """Does the story call this person a spokesman anywhere: "Sprecher Jan Vogel", "Ministeriumssprecher
    Jan Vogel", "Jan Vogel, Sprecher des Ministeriums"?"""
    for m in article.mentions:
        if m.label != "PER" or index.entity_for_span(article.id, m.start, m.end) is not entity:
            continue
        before = re.findall(r"[\wäöüßÄÖÜ-]+", re.split(r"[.;:!?]", article.text[max(0, m.start - 60) : m.start])[-1])
        after = re.match(r",\s+([\wäöüßÄÖÜ-]+)", article.text[m.end : m.end + 40])
        if any(_SPOKESPERSON.search(w) for w in before[-3:]) or after and _SPOKESPERSON.search(after.group(1)):
            return True
    return False


def _person_in_apposition(index, article: Article, end: int):
    """The person named in apposition right after the role ending at ``end`` ("der Sprecher der
    Polizei, Hans Weber,", "nach Worten des Staatssekretärs im Ministerium, Ina Roth,"): that role is hers,
    whoever spoke before."""
    gap = _ROLE_ATTRIBUTE.match(article.text, end, min(len(article.text), end + 100))
    if gap is None:
        return None
    # a title may stand before the name ("der Kommissionspräsident, FDP-Ständerat Andrea Caroni,")
    title = _TITLE_BEFORE_NAME.match(article.text, gap.end())
    for m in article.mentions:
        if (m.start == gap.end() or title is not None and m.start == title.end()) and m.label == "PER":
            after = article.text[m.end : m.end + 2]
            if after[:1] in (",", ".", ")", ";", "") or after.startswith((" (", " –", " -")):
                entity = index.entity_for_span(article.id, m.start, m.end) or index.resolve(m.text, article.id)
                return entity if entity is not None and entity.type == "PER" else None
    return None


_TITLE_BEFORE_NAME = re.compile(r"[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ]?[\wäöüß]+)*\s+")


_DEMONSTRATIVE_OPENING = re.compile(r"(?:^|(?<=[.!?:])\s+|\n\s*)(?:Diese|Jene|Letztere|Erstere)\s+(?P<verb>[a-zäöüß]+)\s")


def _plural_demonstrative_subject(text: str, start: int) -> bool:
    """Does the quote at ``start`` hang on a clause opened by a demonstrative with a verb in the plural
    ("Diese haben erklärt, …", "Jene forderten, …"): several people or a group named before?"""
    opening = None
    for opening in _DEMONSTRATIVE_OPENING.finditer(text, max(0, start - 200), start):
        pass
    if opening is None or re.search(r"[.!?]\s", text[opening.end() : start]):
        return False
    verb = opening.group("verb")
    return (verb in FINITE_VERBS or verb in CUE_VERBS) and verb.endswith("en") or verb in ("sind", "waren")


_FEMININE_NP = re.compile(r"(?<!,\s)\b(?:[Dd]ie|[Dd]er|[Dd]iese|[Ee]ine|[Ee]iner)\s+(?:[a-zäöüß][\wäöüß-]*(?:e|en|er|es|em)\s+){0,2}(?P<head>[A-ZÄÖÜ][\wäöüß-]+)")


def _feminine_body_before(index, article: Article, start: int, said: tuple[int, int]) -> tuple[object, str] | None:
    """The body a singular "sie" at ``start`` takes up: the last phrase before it in its own or the
    sentence before whose head is a feminine group noun ("die Regierung", "die Polizei", "die
    Plattform Global Forest Watch"), with no person named between it and the pronoun. Returns the
    entity of a name right after the noun (or None) and the phrase as the text gives it. A phrase
    inside the quote's own words (``said``) is what is said, not who says it."""
    from lagebild.nlp.speaker_ranker import head_class

    text = article.text
    floor = max(0, start - 300)
    stops = [m.end() for m in re.finditer(r"[.!?]\s", text[floor:start])]
    if len(stops) > 1:
        floor += stops[-2]  # the pronoun's sentence and the one before
    found = name = None
    for m in _FEMININE_NP.finditer(text, floor, start):
        head = m.group("head")
        if head.endswith(("en", "er", "s")) or said[0] <= m.start() < said[1]:
            continue  # a plural or a masculine noun; the quote's own words
        named = next((p for p in article.mentions if p.label == "ORG" and m.start("head") <= p.start <= m.end() + 2), None)
        if head_class(head) == "collective" or named is not None and m.group().split()[0].lower() in ("die", "eine"):
            found, name = m, named
    if found is None or any(found.end() <= p.start < start and p.label == "PER" for p in article.mentions):
        return None
    entity = index.entity_for_span(article.id, name.start, name.end) if name is not None else None
    phrase_end = name.end if name is not None else _np_forward(text, found.end(), min(start, found.end() + 60), force_first=False, after=found.group("head"))
    return entity, text[found.start() : max(phrase_end, found.end())].rstrip(" ,.")


def _names_several(text: str, start: int, end: int) -> bool:
    """Does the role or epithet phrase ending at ``end`` name several people ("die Richter", "Die
    Republikaner", "die Länderminister", "berichteten Reporter")? A role in its masculine form after
    "die" is a plural, and so is a phrase right beside a finite verb in the plural."""
    phrase_start = _np_backward(text, max(0, start - 30), start)
    stop = max(text.rfind(mark, phrase_start, start) for mark in ".!?:;,")
    phrase_start = max(phrase_start, stop + 1)  # never back into the sentence before ("in Graz. Die Minister")
    words = text[phrase_start:end].split()
    if not words:
        return False
    head, determiner = words[-1], words[0].lower() if len(words) > 1 else ""
    if determiner not in _DETERMINER_WORDS and determiner not in _GROUP_DETERMINERS:
        determiner = ""  # "Österreichische Minister": adjectives, no article
    gender = role_gender(head)
    if determiner in _GROUP_DETERMINERS or gender == "pl":
        return True
    if determiner == "die" and (gender == "m" or head.lower() in EPITHET_NOUNS and not head.endswith(("in", "e"))):
        return True
    if determiner not in ("die", "") or gender == "f":
        return False  # "haben der Bildungsministerin vorgeworfen": the verb goes with another subject
    before = re.search(r"(?<![\wäöüß])([a-zäöüß]+)\s+$", text[max(0, phrase_start - 25) : phrase_start])
    after = re.match(r"\s+([a-zäöüß]+)\b", text[end : end + 25])
    return any(m is not None and _finite_number(m.group(1)) == "pl" for m in (before, after))


def _brought_in_unnamed(article: Article, start: int, end: int) -> bool:
    """"…, sagte ein Sprecher der Präfektur. … sagte der Sprecher.": a definite role whose noun was last
    used, not long before, in an indefinite phrase with no name beside it refers back to that unnamed
    person, not to whoever was named before."""
    text = article.text
    head = text[start:end].split()[-1] if end > start else ""
    if not head[:1].isupper() or not head.isalpha():
        return False
    last = None
    for last in re.compile(r"\b" + re.escape(head) + r"(?:s|n|en)?\b").finditer(text, max(0, start - 600), start):
        pass
    if last is None:
        return False
    article_before = re.search(r"\b(?:ein|eine|einer|einem|einen|eines)\s+(?:[a-zäöüß][\wäöüß-]*\s+){0,2}$", text[max(0, last.start() - 40) : last.start()])
    if article_before is None:
        return False
    # "ein Sprecher der Präfektur, Jean Roux," or "ein Sprecher, Jean Roux": then the name is known
    after = text[last.end() : start]
    named = any(last.end() <= m.start < last.end() + 60 and m.label == "PER" and not re.search(r"[.!?]", text[last.end() : m.start]) for m in article.mentions)
    return not named and bool(after)


def _phrase_gender(phrase: str) -> str | None:
    """The gender a role or epithet phrase gives the one it names: its role noun ("die Ministerin",
    "der Innenminister"), else its article before a singular noun ("der 79-Jährige", "die Vorsitzende")."""
    words = phrase.split()
    if not words:
        return None
    gender = role_gender(words[-1])
    head, determiner = words[-1], words[0].lower() if len(words) > 1 else ""
    if gender == "m":
        # the masculine form also stands for a group or for anyone ("Westliche Minister"): only with
        # a singular article is it one man
        return "m" if determiner in ("der", "dieser", "jener") else None
    if gender is not None:
        return gender if gender == "f" else None
    if determiner == "der":
        return "m"
    if determiner == "die" and (head.endswith("e") or head.endswith("in") and is_role_word(head)):
        return "f"
    return None


_ORIGIN_ADJECTIVE = re.compile(r"([a-zäöüß]+sch)(?:e|en|er|es|em)$")


def _holds_the_role_of_another_origin(entity, phrase: str) -> bool:
    """Does the phrase name a role with an adjective of origin ("der französische Finanzminister") that
    the story gives the person only with another one ("der deutsche Finanzminister Olaf Scholz")?"""
    words = phrase.split()
    if len(words) < 2 or not is_role_word(words[-1]):
        return False
    origin = _ORIGIN_ADJECTIVE.match(words[-2])
    if origin is None:
        return False
    role = words[-1].lower()
    held = [r.split() for r in getattr(entity, "roles", None) or []]
    origins = {r[0] for r in held if len(r) == 2 and r[1].lower() == role and r[0].endswith("sch")}
    return bool(origins) and origin.group(1) not in origins


def _resolve_uninflected_role(index, article: Article, phrase: str):
    """The person a role in the genitive or dative ("des Ministerpräsidenten", "des Kanzlers") stands
    for, as the story binds the role in its base form ("Ministerpräsident Benjamin Netanjahu")."""
    words = phrase.split()
    if not words:
        return None
    head = words[-1]
    for ending in ROLE_INFLECTIONS:
        base = head[: -len(ending)]
        if head.endswith(ending) and len(base) > 3 and role_gender(base) == "m":
            return index.resolve(base, article.id)
    return None


def _resolve_reference(index, article: Article, start: int, end: int, previous=None, bound: dict | None = None):
    phrase = article.text[start:end]
    named = _person_in_apposition(index, article, end)
    if named is not None:
        return named
    if phrase.lower() in PRONOUNS:
        return _antecedent(index, article, start)
    found = index.resolve(phrase, article.id) or _resolve_uninflected_role(index, article, phrase)
    if found is not None and found.type == "PER":
        return found
    # "der Republikaner", "der 79-Jährige": the story's protagonist of the moment — whoever
    # spoke just before, else the person most named in the preceding lines; one of the gender the
    # phrase gives ("die Ministerin") where the article tells a person's gender, as before where none fits.
    # A possessive role ("ihr Sprecher") is someone else's: its gender says nothing of the owner.
    agree = _phrase_gender(phrase) if not re.match(r"(?:sein|ihr)\w*\s", phrase, re.I) else None
    if agree is not None:
        genders = _person_genders(index, article, start, bound)
        persons = index.persons_between(article.id, start - 800, start)
        # a feminine phrase, marked as it is, takes a person the article tells to be a woman first;
        # then anyone of unknown gender
        tests = [lambda e: _agrees(genders.get(e.id), agree)]
        if agree == "f":
            tests.insert(0, lambda e: genders.get(e.id) == "f")
        for fits in tests:
            if previous is not None and fits(previous):
                return previous
            window = [e for e in persons if fits(e)]
            if window:
                ids = [e.id for e in window]
                best = max(set(ids), key=lambda i: (ids.count(i), -ids[::-1].index(i)))
                return next(e for e in window if e.id == best)
    if previous is not None:
        return previous
    window = index.persons_between(article.id, start - 800, start)
    if window:
        ids = [e.id for e in window]
        best = max(set(ids), key=lambda i: (ids.count(i), -ids[::-1].index(i)))
        return next(e for e in window if e.id == best)
    return index.last_person_before(article.id, start)
