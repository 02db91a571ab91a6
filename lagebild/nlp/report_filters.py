"""A second look at the reported clauses the rules in :mod:`lagebild.nlp.quotes` take.

Those rules find a clause of reported speech by a verb, noun or frame of saying and take what
follows it. The tests here look again at what was taken, by the grammar of the sentence rather than
by lists of words fitted to examples:

* the only verb of saying before the clause is none in this sentence: a capitalised noun ("viele
  Fragen"), or a separable verb with another particle ("fügte … ein", "es gab …");
* an infinitive clause belongs to the word right before its comma: a noun of proposing or demanding
  further back, with a finite verb between, governs none ("Das Angebot stand im Zusammenhang mit dem
  Versuch der Regierung, … zu führen");
* the clause after the comma narrates: a main clause whose first finite verb is in the indicative
  past, with no subjunctive anywhere ("…, Müller bezeichnete die Karten als übertrieben"); reported
  speech would be in Konjunktiv I;
* a clause in the indicative taken for the "so" after it ("…, so dass …", "…, so wird …") is none:
  that "so" is a conjunction or an adverb, not a frame ("…, so der Minister");
* a report opened inside a leading subordinate clause runs on into the main clause after it ("Als
  sie merkte, dass …, flüchtete sie"): it ends before the main clause's verb;
* a report starts after an apposition or relative clause on its source that the rules took along
  ("…, Radio Vatikan, dass …", "Nach Einschätzung eines Experten, der befragt wurde, würde …"), and
  ends before a comment of the author's on it ("…, was bisher nicht bestätigt werden konnte",
  "…, wobei …" in the indicative);
* a sentence reported through a frame ("laut X", "nach Angaben von X") is reported from the frame's
  clause on: after a colon before it, inside the relative clause that holds it ("…, was sich nach
  Ansicht der Kritiker … niederschlägt", "…, laut dem …"); a frame that is no source ("nach
  Abschluss der Ermittlungen", "246 der nach Behördenangaben 350 Passagiere") reports nothing;
* a that-clause is the attribute of a noun in a prepositional phrase ("Für den Fall, dass …", "Von dem
  Glück, dass …"), follows a bare pronominal adverb ("Dadurch, dass …"), an infinitive of purpose ("…,
  um sicherzugehen, dass …") or a noun of knowing under "kein" ("keine Gewissheit, dass …"): a
  condition, cause, purpose or fact, nobody says it;
* the clause after the comma opens with "als" (an unreal comparison, a comparison, a time), is a
  relative clause in the indicative ("…, die bisher verschoben wurde"), a second main clause after
  "und"/"aber" with no Konjunktiv I, or an open question after a negated verb of saying ("… erklärt
  nicht, was …");
* a sentence carried on "in the subjunctive" is a counterfactual of the narrator ("Das Schiff hätte
  40 Flugzeuge tragen sollen"), or its only "subjunctive" is an adjective after an article ("das
  achte Land"), not a report.
"""

from __future__ import annotations

import re

from lagebild.model import Article, Sentence
from lagebild.nlp.quotes import (
    CLAIM_NOUNS,
    CUE_VERBS,
    FINITE_VERBS,
    IMPERSONAL_CUES,
    SOURCE_FRAMES,
    INFINITIVE_CUES,
    KONJUNKTIV_II,
    OPINION_FRAME,
    REPORTATIVE_SOLLEN,
    RELATIVE_FRAME,
    SAYING_LEMMAS,
    SEPARABLE_CUES,
    SPEECH_CONTEXT,
    _BELIEF_WORDS,
    _CLAIM_NOUN_WORDS,
    _SPEECH_NOUN_END,
    _FUNCTION_WORDS,
    _PREPOSITIONS,
    _ARTICLE_WORDS,
    _after_preposition,
    _finite_indicative,
    _in_konjunktiv_i,
    _trailing_as_told,
    _WORD,
    _words,
    is_subjunctive,
    names_its_source,
)
from lagebild.nlp.sentences import lemma

# Separable verbs of saying and the particles that make them so: "gab … bekannt" says, "gab es" and
# "gab … den Vorzug" do not; "fügte … hinzu" says, "fügte … ein" does not.
SPEAKING_PARTICLES = {
    stem: particles
    for stems, particles in (
        (("gab", "gibt", "gaben", "geben", "gebe"), ("an", "bekannt", "zu", "wieder", "kund", "preis", "vor")),
        (("fügte", "fügten", "fügt"), ("hinzu",)),
        (("stellte", "stellten", "stellt"), ("fest", "klar", "dar", "heraus")),
        (("räumte", "räumten", "räumt"), ("ein",)),
        (("schob", "schoben"), ("nach",)),
        (("warf", "warfen", "wirft"), ("vor",)),
        (("teilte", "teilten", "teilt"), ("mit",)),
    )
    for stem in stems
}
# A sentence opening with a subordinate clause or a verb-first condition: its main clause comes
# after the first clause is closed ("Als …, flüchtete sie", "Hieß es zunächst, …, wird nun …").
LEADING_SUBORDINATE = re.compile(
    r"\s*(?:Als|Wenn|Falls|Sofern|Nachdem|Bevor|Weil|Da|Obwohl|Obgleich|Während|Sobald|Solange|Seit|Seitdem|Indem|"
    r"Hieß|Hiess|Heißt|Hatte|War)\s"
)
# A clause that opens with its own subordinate clause: a verb after the comma is the clause's own.
OWN_SUBORDINATE = re.compile(r"(?:wenn|falls|sofern|als|nachdem|bevor|weil|da|obwohl|während|sobald|solange|seit|seitdem|indem|ob|wie|wo)\b", re.I)
# Frames naming a source inside a sentence: "laut X", "X zufolge", "nach Angaben von X"
_FRAMES = [frame for _, frame in SOURCE_FRAMES[1:4]]
# "nach Abschluss der Ermittlungen": a noun in -ss before the frame's noun is no genitive ("nach
# Müllers Angaben"), the frame tells when, not who
_NO_GENITIVE_BEFORE_FRAME = re.compile(r"\w+\s+[A-ZÄÖÜ][a-zäöüß]+ss\s")
# ", die …", ", was …": a relative clause that may hold the frame
_RELATIVE_OPENING = re.compile(r",\s*(?:der|die|das|den|dem|deren|dessen|denen|welche[rsmn]?|was|wo)\s")
# "…, laut dem …", "…, gemäß der …": the frame itself opens a relative clause
_FRAME_AS_RELATIVE = re.compile(r",\s*(?:laut|gemäß)\s+(?:dem|der|denen|welchem|welcher)\s")
# "246 der nach Behördenangaben 350 Passagiere": a frame on a number inside a noun phrase
_DETERMINER_BEFORE = re.compile(r"\b(?:der|die|das|den|dem|des|eines|einer|seiner|ihrer)\s*$")
# "Wie X berichtete, …", "laut X", "X zufolge": a frame before the verb that reports what follows
_AS_TOLD = re.compile(r"\b(?:[Ww]ie|[Ll]aut|zufolge)\b")
# Openings of a clause that is no main clause: subordinate, relative or that-clauses
_NOT_A_MAIN_CLAUSE = re.compile(
    r"(?:(?:in|an|auf|mit|nach|bei|von|über|unter|für)\s+)?(?:dass|ob|wie|wo|was|warum|weshalb|wann|weil|da|obwohl|wenn|als|"
    r"nachdem|während|indem|der|die|das|den|dem|denen|deren|dessen|welche\w*)\b"
)
# "die Bundesspitze kündigte daraufhin …": article, perhaps an adjective, a noun, a verb and more
_ARTICLE_NOUN_VERB = re.compile(
    r"(?:der|die|das|den|dem)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?[A-ZÄÖÜ][\wäöüß-]+\s+(?P<verb>[a-zäöüß]+)\s+[\wäöüß]"
)
# Past forms of modals that are also Konjunktiv II, used in reported speech ("er wollte sich bereichern")
_MODAL_PAST_OR_II = frozenset("wollte wollten sollte sollten könnte müsste dürfte möchte möchten hätte wäre würde".split())
_PAST_FORMS = frozenset(
    "war waren wurde wurden hatte hatten konnte konnten musste mussten durfte durften gab kam kamen lag stand ging blieb galt starb starben".split()
)
# Verbs of thinking that make "so" a frame: "…, so glaubt man", "…, so vermutet die Zeitung"
_THINKING = frozenset("glaubt glaubte glauben vermutet vermutete vermuten schätzt schätzte meint meinte meinen heißt hieß".split())
# ", was …", ", wobei …": a clause on the whole clause before, the author's comment unless subjunctive
_COMMENT = re.compile(r",\s*(?:was|wobei|womit|weshalb|weswegen|woraufhin|wodurch|wohingegen)\s")
_RELATIVE_PRONOUN = re.compile(r"(?:der|die|das|den|dem|deren|dessen|denen|welche[rsmn]?)\s")
# An infinitive with "zu": "zu führen", "abzusagen"
_INFINITIVE = re.compile(r"\bzu\s+[a-zäöüß]+(?:en|ern|eln)\b|\w+zu\w+en\b")
# Articles before an adjective: "das achte Land" is no Konjunktiv I of "achten"
# "hätte … verlangen müssen": the past of a modal with two infinitives, a counterfactual in Konjunktiv II
COUNTERFACTUAL_MODAL = re.compile(
    r"\bhätte\b(?:\s+[\wäöüß.,()-]+){1,25}?\s+[a-zäöüß]+(?:en|ern|eln)\s+(?:sollen|müssen|können|dürfen|wollen)\b"
)


def checked_report(article: Article, sentence: Sentence, clause: tuple[int, int] | None) -> tuple[int, int] | None:
    """The reported clause ``clause`` of ``sentence`` after a second look: None when it reports
    nothing, else its span, ended before the main clause where it ran on into it."""
    if clause is None:
        return None
    text = article.text
    start, end = clause
    while start < end and text[start] in " ,„“\"»«":
        start += 1
    if (
        start >= end or _not_a_report(text, sentence, start, end) or _a_fact_governs(article, sentence, start)
        or _the_author_says(article, sentence, start) or _a_phrase_governs(text, sentence, start) or _an_unreal_comparison(text, start)
        or _a_relative_clause(text, sentence, start, end) or _a_coordinated_main_clause(text, start, end)
        or _a_question_left_open(text, sentence, start, end) or _a_belief_denied(text, sentence, start)
        or _a_thought_supposed(text, sentence, start) or _an_unreal_effect(text, sentence, start)
        or _a_circumstance_after_the_frame(text, sentence, start, end) or _an_obligation_to_say(text, sentence, start, end)
        or _a_question_to_be_settled(text, sentence, start, end) or _inside_a_question(text, sentence, start, end)
        or _a_question_as_topic(text, sentence, start) or _only_a_condition(text, sentence, start, end)
        or _a_question_wondered(text, sentence, start, end)
    ):
        return None
    if not text[sentence.start : start].strip():
        framed = _framed_part(text, start, end)
        if framed is None:
            return None
        start, end = framed
    start = _start_after_apposition(text, start, end)
    end = _end_before_comment(text, sentence, start, end)
    return start, _end_before_main_clause(text, sentence, start, end)


def trimmed_report(text: str, start: int, end: int) -> int:
    """Where a reported clause from ``start`` to ``end``, however it was found, ends once a frame closing
    its sentence and a correction of the author's after a dash are cut off."""
    end = _end_before_trailing_frame(text, start, end)
    return _end_before_the_authors_correction(text, start, end)


# Auxiliaries of a perfect tense before the subject of a frame closing its clause: "…, hatte der Minister … begründet"
_PERFECT_AUXILIARIES = frozenset("hat haben hatte hatten".split())


def _end_before_trailing_frame(text: str, start: int, end: int) -> int:
    """Where a report ends that took along the frame closing its sentence: a "wie" frame ("…, dass mehr
    Mut gebraucht werde, wie der Direktor sagte"), or a frame in a perfect tense, its participle of
    saying at the end ("…, müsse es Ausnahmen geben, hatte der Minister das Paket begründet"). The
    frame is the speaker's, not what was said."""
    content = text[start:end]
    as_told = _trailing_as_told(content, min_words=3)
    if as_told is not None and as_told >= 12:
        return start + as_told
    first = re.search(r"(?<!\d),\s*(?P<verb>[a-zäöüß]+)\s+(?P<rest>[^,]*?)\s*[.!]?$", content)
    if first is not None and first.start() >= 12 and _a_closing_frame(first.group("verb"), _words(first.group("rest"))):
        return start + first.start()  # "…, eine Gasflasche zur Explosion zu bringen, teilte die Polizei mit"
    m = re.search(r"(?<!\d),\s*(?P<aux>[a-zäöüß]+)\s+(?P<rest>[^,]*?)\s+(?P<verb>[a-zäöüß]+)\s*[.!]?$", content)
    if m is None or m.group("aux") not in _PERFECT_AUXILIARIES or m.start() < 12:
        return end
    verb = m.group("verb")
    base = lemma(verb, "de")
    rest = _words(m.group("rest"))
    if not verb.endswith(("t", "en")) or base == verb or base not in SAYING_LEMMAS:
        return end
    if not any(w[:1].isupper() or w.lower() in _PERSONAL_PRONOUNS for w in rest) or _has_any_verb(" ".join(rest)):
        return end  # a subject (a name, a noun, a pronoun) and no other verb: "hatte er betont"
    if not any(is_subjunctive(w) for w in _words(content[: m.start()])):
        return end  # the clause before is reported in Konjunktiv, or it is the narrator's
    return start + m.start()


# Verbs of settling a question: what they govern is open, nobody answered it
_SETTLING_LEMMAS = frozenset("entscheiden prüfen überprüfen klären abklären untersuchen abwarten".split())
# Auxiliaries and modals after the verb's participle or infinitive: "entschieden wird", "klären muss"
_AFTER_SETTLING = frozenset("wird werden wurde wurden ist sind soll sollen muss müssen kann können".split())


def _a_question_to_be_settled(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Is the clause at ``start`` an indirect question governed by a verb of deciding or examining in the
    indicative ("Bevor entschieden wird, ob …", "Die Gutachter klären, wie …")? The question is open,
    nobody answered it; Konjunktiv I ("Derzeit werde geprüft, wie …") or a frame naming a source
    reports it."""
    head = text[sentence.start : start].rstrip()
    asked = re.search(r",\s*ob$", head)
    if asked:
        head = head[: asked.start() + 1]  # the rules took the clause after its "ob"
    elif not re.match(r"(?:ob|wie|wer|was|wann|warum|welche[rsmn]?)\s", text[start:end]):
        return False
    if not head.endswith(","):
        return False
    words = _words(head[:-1])
    while words and words[-1] in _AFTER_SETTLING:
        words = words[:-1]
    if not words or not words[-1].islower() or lemma(words[-1], "de") not in _SETTLING_LEMMAS and words[-1] != "entschieden":
        return False
    body = text[sentence.start : sentence.end]
    return not (_in_konjunktiv_i(body) or names_its_source(body) or IMPERSONAL_CUES.search(body) or re.search(r",\s*so\s", body[start - sentence.start :]))


def _a_closing_frame(verb: str, rest: list[str]) -> bool:
    """Are a finite verb of saying right after a comma and the words after it to the sentence's end a
    frame: a subject (a name, a noun, a personal pronoun), no other verb, a separable verb with its
    particle of saying ("teilte die Polizei mit", "sagte ein Sprecher am Montag")?"""
    if not rest or verb not in CUE_VERBS or not _finite_in_indicative(verb):
        return False
    particles = SPEAKING_PARTICLES.get(verb)
    if particles is not None:
        if rest[-1] not in particles:
            return False
        rest = rest[:-1]
    elif lemma(verb, "de") not in SAYING_LEMMAS:
        return False
    if not rest or not (rest[0][:1].isupper() or rest[0] in _PERSONAL_PRONOUNS or rest[0] in _ARTICLE_WORDS):
        return False  # the subject right after the verb; "…, sprach aber von …" goes on with the same subject
    return not any(w.islower() and (_finite_in_indicative(w) or is_subjunctive(w) or _INFINITIVE.fullmatch(w)) for w in rest)


def _end_before_the_authors_correction(text: str, start: int, end: int) -> int:
    """Where a report in Konjunktiv I ends that runs on after a dash into a clause of the author's in
    the indicative ("…, es gebe nur einen Fall – tatsächlich wurden drei Mitarbeiter positiv getestet"):
    before the dash. A second dash closes an aside inside the report ("– so wörtlich –"), and a
    subjunctive after the dash goes on reporting."""
    content = text[start:end]
    dash = re.search(r"\s[–—-]\s", content)
    if dash is None or dash.start() < 12 or re.search(r"\s[–—-]\s", content[dash.end() :]):
        return end
    before, after = content[: dash.start()], content[dash.end() :]
    words = _words(after)
    if not _in_konjunktiv_i(before) or len(words) < 4 or any(is_subjunctive(w) or w in KONJUNKTIV_II for w in words):
        return end
    if not any(w.islower() and _finite_in_indicative(w) for w in words):
        return end
    return start + dash.start()


# Conjunctions of a circumstance: a clause they open after a frame tells when, how or why the speaker spoke
_CIRCUMSTANCE = re.compile(r"(?:während|nachdem|bevor|indem|sobald|solange|obwohl|obgleich|weil)\s", re.I)


def _a_circumstance_after_the_frame(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Is the clause at ``start`` a subordinate clause of time, manner or cause that follows a frame
    closing a sentence, in the indicative ("„Wir brauchen Wasser“, sagt Huber, während er aus dem Fenster
    blickt")? It tells about the speaker, not what was said; a report would be in Konjunktiv."""
    if not _CIRCUMSTANCE.match(text[start:end]):
        return False
    head = text[sentence.start : start].rstrip()
    if not head.endswith(","):
        return False
    boundary = max([0] + [m.end() for m in re.finditer(r"(?<!\d),(?!\d)|[;:–]|[“”\"«»]", head[:-1])])
    frame = _words(head[boundary:-1])
    if not frame or frame[0].lower() not in CUE_VERBS or boundary == 0:
        return False  # the frame's verb first after the message: ", sagt Huber,"
    return not any(is_subjunctive(w) or w in KONJUNKTIV_II for w in _words(text[start:end]))


# A clause of condition: "…, sollte sich nichts ändern", "…, falls …" (not "weil": a reason may be the
# one given, "bezeichnete es als fatal, weil …")
_CONDITION_OPENER = re.compile(r"(?:sollte|sollten|falls|wenn|sofern)\s")


def _only_a_condition(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Is the clause at ``start``, after a comma inside its sentence, no more than a clause of condition
    with no main clause of its own and no Konjunktiv I ("Die Partei drohte mit dem Austritt, sollte der
    Antrag scheitern", "…, falls die Frist verstreicht")? It names the circumstance of what was said, not
    the words."""
    content = text[start:end]
    if not _CONDITION_OPENER.match(content) or re.search(r"[,;:]", content):
        return False
    if not text[sentence.start : start].rstrip().endswith(","):
        return False
    return not _in_konjunktiv_i(content)


# Modals of obligation, present or Konjunktiv II: what someone must say is not said yet ("sollte" is also
# the past of what came to pass: "Er sollte später erklären, dass …")
_OBLIGATION_MODALS = frozenset("muss müssen müsst müsste müssten".split())
# Verbs of admitting: "muss zugeben, dass …" admits it
_ADMITTING = frozenset("zugeben einräumen eingestehen gestehen".split())


def _an_obligation_to_say(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Is a clause at ``start`` governed by an infinitive of saying under a modal of obligation in the
    present or Konjunktiv II, the infinitive at the end of its clause ("Die Parteien müssen den Wählern
    erklären, dass …", "Er müsste sagen, wer …")? It is what is to be said, nobody said it. Admitting
    ("muss zugeben, dass …") says it; Konjunktiv I in the clause or a frame naming a source reports
    it anyway."""
    head = text[sentence.start : start].rstrip()
    that = re.search(r",\s*(?:dass|ob|wie|was|wer|warum|wann)?$", head)
    if that is None:
        return False
    before = head[: that.start()]
    boundary = max([0] + [m.end() for m in re.finditer(r"(?<!\d),(?!\d)|[;:–]", before)])
    words = _words(before[boundary:])
    if len(words) < 3 or not any(w in _OBLIGATION_MODALS for w in words) or "man" in words:
        return False  # "Dazu muss man sagen, dass …": a remark in the speaker's own voice
    verb = words[-1]
    base = lemma(verb, "de")
    if not verb.islower() or base != verb or base not in SAYING_LEMMAS | _THINKING_LEMMAS or base in _ADMITTING:
        return False
    body = text[sentence.start : sentence.end]
    return not (_in_konjunktiv_i(text[start:end]) or names_its_source(body) or IMPERSONAL_CUES.search(body))


# "daran", "damit", "dafür", "darin" …: a pronominal adverb, the correlate standing for a that-clause
_CORRELATE = re.compile(
    r"\bda(?:r(?:an|auf|aus|in|über|um|unter)|bei|durch|für|gegen|hinter|mit|nach|neben|von|vor|zu|zwischen)\b", re.I
)
# Copulas linking a predicate to the that-clause ("ist es schade", "erscheint es verwegen")
_COPULAS = frozenset("ist sind war waren wäre wären bleibt blieb scheint schien erscheint erschien gewesen sein".split())
# "Das heißt, dass …": what something means, unless "heißt es" (it is said)
_MEANS = frozenset("heißt hieß heisst hiess bedeutet bedeutete bedeuten".split())
# Openings of a clause that is no main clause: its subject, if any, is outside it
_NO_MAIN_CLAUSE = re.compile(r"\s*(?:und\s+|aber\s+)?(?:um|ohne|statt|anstatt|wenn|weil|als|nachdem|bevor|obwohl|während|indem|da|falls|wie|wo|ob)\s", re.I)
# Pronouns that may be a speaker; "es", "das", "dies" are none
_PERSONAL_PRONOUNS = frozenset("er sie ich wir ihr man du".split())
# Determiners of a noun phrase that is no subject (accusative, dative, genitive)
_OBLIQUE_DETERMINERS = frozenset("einen einem den dem des eines diesen diesem dieses jenen jenem".split())
# Verbs of thinking and knowing: with them a that-clause is someone's thought even with no speaker named
_THINKING_LEMMAS = frozenset(
    "wissen denken glauben meinen hoffen fürchten befürchten ahnen erkennen verstehen erwarten rechnen annehmen "
    "vermuten zweifeln bezweifeln überzeugen merken bemerken erfahren vergessen einsehen ausgehen hören lesen finden "
    "halten bedauern begrüßen verlangen wünschen spekulieren einigen bestehen drängen beharren pochen plädieren "
    "protestieren klagen beschweren versprechen hinweisen verweisen erinnern "
    # and of saying beyond the frames the rules look for
    "informieren erzählen reden sprechen mitteilen berichten erklären sagen betonen antworten fragen schreiben "
    "zugeben einräumen vorwerfen beteuern versichern warnen fordern äußern behaupten besagen "
    # and of asking someone to act ("bat darum, dass …")
    "bitten ersuchen appellieren mahnen auffordern aufrufen werben".split()
)


# The pronominal adverb closing the main clause before ", dass", perhaps with a verb particle after it
# ("darauf", "dazu bei") or before the past participle of a verb after an auxiliary ("Sie haben darauf
# gewartet, dass …"; not an infinitive: "Wir werden darauf achten, dass …" states an intention): the
# that-clause is the verb's prepositional object
_AN_ACT_FOR_A_STATE = re.compile(r"^\w+(?:\s+(?:bei|ab|an|auf|aus|ein|mit|zu|hin))?(?:\s+(?:ab|an|auf|aus|bei|ein|mit|vor|zu)?ge[a-zäöüß]+(?:t|en))?\s*$")


def _a_fact_governs(article: Article, sentence: Sentence, start: int) -> bool:
    """Is a that-clause at ``start`` governed by a main clause that states a fact or a cause, with no verb
    or noun of saying, thinking or knowing and no speaker: one that only holds a pronominal adverb for
    it ("Das liegt vor allem daran, dass …", "All dies ändert nichts daran, dass …", "Dann geht es darum,
    dass …"), a copula with an adjective ("Gerade deswegen ist es schade, dass …") or "heißt" in the sense
    of "means" ("Das heißt aber auch, dass …")? Then the that-clause is no report; Konjunktiv I in the
    sentence reports it anyway ("Das hänge damit zusammen, dass …")."""
    text = article.text
    head = text[sentence.start : start]
    that = re.search(r",\s*dass\s*$", head)
    if that is None:
        return False
    breaks = [0] + [m.end() for m in re.finditer(r"(?<!\d),(?!\d)|[;:]", head[: that.start()])]
    boundary = breaks[-1]
    clause = head[boundary : that.start()]
    # "Die Sichtung, die dem Blatt vorliegt, zeigt, dass …": the subject stands before a relative clause
    subject_from = len(breaks) - 1
    while subject_from >= 2 and _RELATIVE_PRONOUN.match(head[breaks[subject_from - 1] :].lstrip()):
        subject_from -= 2
    words = [(m.group(), sentence.start + boundary + m.start()) for m in _WORD.finditer(clause)]
    if not words:
        return False
    rest = text[start : sentence.end]
    if _in_konjunktiv_i(head) or _in_konjunktiv_i(rest) or any(w.lower() in CUE_VERBS for w in _words(rest)) or re.search(r",\s*so\s", rest):
        return False
    if names_its_source(head) or names_its_source(rest) or IMPERSONAL_CUES.search(head) or any(w.lower() in CUE_VERBS and w.lower() not in _MEANS for w in _words(head)):
        return False
    if (
        any(not m.group().lower().startswith("zeigt") for m in SPEECH_CONTEXT.finditer(clause))  # "zeigte sich besorgt" needs a subject
        or SEPARABLE_CUES.search(clause) or _BELIEF_WORDS.search(clause) or _SPEECH_NOUN_END.search(clause)
        or re.search(rf"\b(?:{_CLAIM_NOUN_WORDS})\b", clause)
        or any(w.islower() and lemma(w, "de") in _THINKING_LEMMAS for w, _ in words)
    ):
        return False
    lower = [w.lower() for w, _ in words]
    if REPORTATIVE_SOLLEN.search(clause):
        return False  # "Er soll dazu beigetragen haben, dass …": a claim reported
    if DOCUMENT_STANDS.search(clause):
        return False  # "Darin steht, dass …": a text says it
    if any(w in _MEANS for w in lower):
        return "es" not in lower  # "Das heißt, dass …" means; "Heißt es, dass …" reports
    correlate = _CORRELATE.search(clause)
    if not (
        correlate and len(_words(clause[correlate.end() :])) <= 2
        or any(w in _COPULAS for w in lower) and _adjective_predicate(text, words)
        or _verb_with_that_as_subject(clause, lower)
    ):
        return False
    before_correlate = _words(clause[: correlate.start()]) if correlate else []
    if (
        correlate and _AN_ACT_FOR_A_STATE.search(clause[correlate.start() :]) and correlate.group().lower() != "damit"
        and not _INFINITIVE.search(clause) and not _NO_MAIN_CLAUSE.match(clause)
        and "sich" not in lower and len(before_correlate) >= 2 and not before_correlate[-1][:1].isupper()
    ):
        # "Sie wartete darauf, dass …", "Er trug dazu bei, dass …": a verb that neither says nor thinks
        # (those returned above) holds the that-clause by its pronominal adverb: a state of affairs waited
        # for or brought about, no report even with a subject. Not a reflexive verb of feeling or stance
        # ("ärgerte sich darüber, dass …"), a noun with the verb ("legten Wert darauf, dass …") nor
        # "damit" (also "by this": "demonstrierten damit, dass …")
        return True
    if _NO_MAIN_CLAUSE.match(clause) and not _CONDITION_OR_TIME.match(clause) or _INFINITIVE.search(clause):
        subject_from = 0  # "…, um die Öffentlichkeit darüber zu informieren, dass …": the subject stands in the clause before
    return not _a_speaker_in(article, [(m.group(), sentence.start + breaks[subject_from] + m.start()) for m in _WORD.finditer(head[breaks[subject_from] : that.start()])])


# The author's own statement, thought or hope with nobody else as its subject: a modal with the passive
# infinitive of a verb ("muss darauf hingewiesen werden", "darf gehofft werden"), "bleibt zu hoffen", a
# modal infinitive after "ist" ("ist davon auszugehen"), the optative "sei betont", or "man wird sagen dürfen"
_AUTHOR_SAYS = re.compile(
    r"\b(?:muss|müssen|darf|dürfen|kann|können|sollte|sollten)\b(?:\s+[\wäöüß-]+){0,6}?\s+[a-zäöüß]+(?:t|en)\s+werden\s*$"
    r"|^\s*(?:[Ee]s\s+)?(?:[Bb]leibt|[Bb]liebe)\s+(?:[a-zäöüß]+\s+){0,2}zu\s+[a-zäöüß]+en\s*$"
    r"|\b(?:ist|wäre)\b(?:\s+[a-zäöüß]+){0,4}?\s+(?:zu\s+[a-zäöüß]+en|[a-zäöüß]+zu[a-zäöüß]+en)\s*$"
    r"|^\s*(?:[\wäöüß]+\s+){0,4}sei\s+(?:[a-zäöüß]+\s+){0,3}(?:betont|gesagt|erwähnt|angemerkt|hingewiesen|erinnert|festgehalten)\s*$"
    r"|\bman\b(?:\s+[\wäöüß-]+){0,6}?\s+(?:sagen|feststellen|festhalten|behaupten)\s+(?:dürfen|können|müssen)\s*$"
)
# Prepositions with the genitive that the rules' list lacks: "Angesichts dieser Differenz"
_GENITIVE_PREPOSITIONS = frozenset("angesichts aufgrund infolge anhand mittels hinsichtlich bezüglich".split())


def _the_author_says(article: Article, sentence: Sentence, start: int) -> bool:
    """Is a that-clause at ``start`` what the author says, thinks or hopes, in a construction with no
    subject of its own ("Freilich muss darauf hingewiesen werden, dass …", "Bleibt zu hoffen, dass …",
    "Es ist davon auszugehen, dass …", "Ganz allgemein sei betont, dass …")? Nobody is quoted; an
    agent ("von der Polizei") or a name in the clause makes it a report."""
    text = article.text
    head = text[sentence.start : start]
    that = re.search(r",\s*dass\s*$", head)
    if that is None:
        comma = re.search(r",\s*$", head)
        if comma is None or not _INFINITIVE.search(text[start : sentence.end]):
            return False
        # "Die Firma muss gedrängt werden, … zurückzunehmen": the passive's subject is the one urged, no
        # speaker; the author demands it
        boundary = max([0] + [m.end() for m in re.finditer(r"(?<!\d),(?!\d)|[;:]", head[: comma.start()])])
        clause = head[boundary : comma.start()]
        return (
            boundary == 0 and bool(_AUTHOR_SAYS.search(clause)) and re.search(r"\bwerden\s*$", clause) is not None
            and not re.search(r"(?i)\b(?:von|vom|durch|seitens)\s", clause) and not names_its_source(text[sentence.start : sentence.end])
            and not _in_konjunktiv_i(text[sentence.start : sentence.end])
        )
    boundary = max([0] + [m.end() for m in re.finditer(r"(?<!\d),(?!\d)|[;:]", head[: that.start()])])
    clause = head[boundary : that.start()]
    if not _AUTHOR_SAYS.search(clause) or re.search(r"(?i)\b(?:von|vom|durch|seitens)\s", clause) or names_its_source(head):
        return False
    words = [(m.group(), sentence.start + boundary + m.start()) for m in _WORD.finditer(clause)]
    words = [(w, at) for i, (w, at) in enumerate(words) if not any(p[0].lower() in _GENITIVE_PREPOSITIONS for p in words[max(0, i - 3) : i])]
    if re.search(r"\bman\b", clause):
        words = [(w, at) for w, at in words if w != "man"]  # "man wird sagen dürfen": anyone, the author
    return bool(words) and not _a_speaker_in(article, words)


# "Darin steht, dass …", "Daraus geht hervor, dass …": what a text says
DOCUMENT_STANDS = re.compile(r"\b(?:steht|stand|stehen|standen)\b(?!\s+(?:fest|bevor|aus|gegenüber)\b)|\bhervor(?:geht|ging|gehen|gingen)?\b")
# Conjunctions of a condition or a time: their clause may have the that-clause as its subject too
_CONDITION_OR_TIME = re.compile(r"\s*(?:und\s+|aber\s+)?(?:wenn|falls|sofern|sobald|als|nachdem|bevor)\s", re.I)
# Auxiliaries of the passive: "Beschlossen wurde, dass …" leaves its agent unnamed, not absent
_PASSIVE = frozenset("wird werden wurde wurden worden geworden".split())


def _verb_with_that_as_subject(clause: str, lower: list[str]) -> bool:
    """Is the that-clause the subject of a main clause with a finite verb of its own and no passive
    ("Derzeit zeichnet sich ab, dass …", "Vor Gericht kam heraus, dass …", "Für die Anlage spricht,
    dass …")? Whether any other subject stands there is for :func:`_a_speaker_in` to say."""
    if any(w in _PASSIVE for w in lower) or _INFINITIVE.search(clause) or _NO_MAIN_CLAUSE.match(clause) and not _CONDITION_OR_TIME.match(clause):
        return False  # (a condition or time still states a fact: "…, wenn sich herausstellt, dass …")
    if any(re.fullmatch(r"ge\w+(?:t|en)", w) and lemma(w, "de") != w for w in re.findall(r"\b[a-zäöüß]+\b", clause)):
        return False  # "Es ist geplant, dass …": a passive of state, its agent unnamed
    return any(w in FINITE_VERBS or _finite_in_indicative(w) for w in lower if w.islower() and w not in _FUNCTION_WORDS)


def _adjective_predicate(text: str, words: list[tuple[str, int]]) -> bool:
    """Does a clause with a copula hold a predicate adjective ("schade", "verwegen", "unangenehm") and
    no noun other than in a phrase after a preposition ("für die Kammer")?"""
    predicate = False
    for i, (w, at) in enumerate(words):
        if _after_preposition(text, at):
            continue  # inside a phrase: "nach außen", "für die Kammer"
        if w[:1].isupper() and (i > 0 or lemma(w.lower(), "de")[:1].isupper()):
            return False  # a noun as predicate or subject: "ist es ein Signal, dass …"
        before = words[i - 1][0].lower() if i > 0 else ""
        if (
            w.islower() and before not in _ARTICLE_WORDS and before not in _OBLIQUE_DETERMINERS
            and w not in _COPULAS and w not in _FUNCTION_WORDS and w not in _PREPOSITIONS
            and not _finite_in_indicative(w) and lemma(w, "de") == w and len(w) > 3
        ):
            predicate = True
    return predicate


def _a_speaker_in(article: Article, words: list[tuple[str, int]]) -> bool:
    """Could anyone in the clause ``words`` (word, offset) be speaking: a name, a personal pronoun, or a
    noun that may be a subject (not after a preposition, not an object after "es gibt" or a determiner of
    another case)?"""
    if any(w.lower() in _PERSONAL_PRONOUNS for w, _ in words):
        return True
    names = [m for m in article.mentions if words[0][1] <= m.start < words[-1][1] + len(words[-1][0])]
    if any(not _after_preposition(article.text, m.start) for m in names):
        return True
    expletive = any(w == "es" or w == "Es" for w, _ in words)
    for i, (w, at) in enumerate(words):
        if not w[:1].isupper() or expletive:
            continue
        if i == 0 and not lemma(w.lower(), "de")[:1].isupper():
            continue  # "Gerade", "Dann", "Einen": a capitalised word opening the clause that is no noun
        if _after_preposition(article.text, at) or i > 0 and words[i - 1][0].lower() in _OBLIQUE_DETERMINERS:
            continue
        if i > 1 and words[i - 2][0].lower() in _OBLIQUE_DETERMINERS and words[i - 1][0].islower():
            continue  # "einen kleinen Minuspunkt"
        return True
    return False


# "Das wäre schade", "Dies würde bedeuten …", "Es hätte … können": a demonstrative or "es" as the
# subject, its verb in Konjunktiv II
_DEMONSTRATIVE_SUPPOSES = re.compile(
    r"\s*(?:(?:Genau|Auch|Gerade|Nur|Doch|Aber|Und)\s+)?(?:[Dd]as|[Dd]ies|[Ee]s)"
    r"(?:\s+(?:alles|allein|allerdings|aber|jedoch|freilich|natürlich|wohl|auch|dann|doch))?\s+"
    r"(?:wäre|wären|würde|würden|hätte|hätten|könnte|müsste|dürfte)\b"
)


def comments_rather_than_reports(body: str, reported_before: bool) -> bool:
    """Is a sentence that would carry reported speech on by its Konjunktiv II the author's comment: a
    demonstrative or "es" as its subject ("Das wäre schade, denn …", "Genau das wäre von Relevanz"), and
    no report in Konjunktiv I or quote in the sentence right before (``reported_before``), only a frame
    or the author's narration? Amid reported speech such a sentence goes on reporting ("…, sagt er, sei
    das Ziel. Es wäre dies die erste …")."""
    return not reported_before and bool(_DEMONSTRATIVE_SUPPOSES.match(body))


def supposes_rather_than_reports(body: str) -> bool:
    """Is a sentence that would carry reported speech on by its subjunctive none: a counterfactual of
    the narrator in Konjunktiv II ("Das Schiff hätte 40 Flugzeuge tragen sollen"; reported speech puts
    that in Konjunktiv I, "habe … tragen sollen", which the singular has), or its only "Konjunktiv I"
    an adjective between article and noun ("das achte Land")?"""
    if not _in_konjunktiv_i(body):
        return bool(COUNTERFACTUAL_MODAL.search(body))
    words = _words(body)
    return all(
        0 < i < len(words) - 1 and words[i - 1].lower() in _ARTICLE_WORDS and words[i + 1][:1].isupper()
        for i, w in enumerate(words)
        if is_subjunctive(w)
    )


# A sentence opening with a subordinate clause of condition, time or cause, then the main clause's verb
# right after its comma: "Jedes Mal, wenn …, strömen", "Sobald …, ist"
_LEADING_CLAUSE_THEN_VERB = re.compile(
    r"\s*(?:(?:Jedes|Immer|Nur|Erst|Auch|Selbst|Gerade)\s+(?:Mal\s*,\s*)?)?"
    r"(?:[Ww]enn|[Aa]ls|[Ss]obald|[Ss]olange|[Nn]achdem|[Ff]alls|[Ss]ofern|[Ww]eil|[Dd]a|[Oo]bwohl|[Ww]ährend|[Ss]eit|[Ss]eitdem|[Bb]is)\s"
    r"[^,;:]+,\s*(?P<verb>[a-zäöüß]+)\s"
)


def narrates_after_subordinate(body: str) -> bool:
    """Does a sentence open with a subordinate clause and go on with its main clause in the indicative
    present, right after the comma ("Jedes Mal, wenn die Grenze aufgehen würde, strömen Tausende …")?
    Reported speech would put that main clause in Konjunktiv; the author states it, and it does not
    carry on the report before. Konjunktiv I in the sentence still carries it on."""
    m = _LEADING_CLAUSE_THEN_VERB.match(body)
    if m is None or _in_konjunktiv_i(body):
        return False
    verb = m.group("verb")
    if verb in KONJUNKTIV_II or verb in _MODAL_PAST_OR_II or is_subjunctive(verb):
        return False
    if _finite_in_indicative(verb):
        return not _in_the_past(verb)
    return _plural_present(verb)


def _plural_present(word: str) -> bool:
    """Is ``word`` a verb in the form of its infinitive, as the plural present is ("strömen", "teilnehmen")?"""
    return lemma(word, "de") == word and word.endswith(("en", "ern", "eln")) and len(word) > 4


def _not_a_report(text: str, sentence: Sentence, start: int, end: int) -> bool:
    head = text[sentence.start : start]
    content = text[start:end]
    return (
        _no_verb_of_saying(head, text[sentence.start : sentence.end], content)
        or _narrates(head, content)
        or _a_consequence_follows(content, text[end : sentence.end])
        or _infinitive_of_another_word(head, content)
    )


def _infinitive_of_another_word(head: str, content: str) -> bool:
    """Is the noun of proposing or demanding that frames an infinitive clause separated from the
    clause's comma by a finite verb ("Das Angebot stand im Zusammenhang mit dem Versuch, … zu
    führen")? Then the clause belongs to another word ("Versuch")."""
    if not head.rstrip().endswith(",") or not _INFINITIVE.search(content):
        return False
    cues = list(INFINITIVE_CUES.finditer(head))
    if not cues or not cues[-1].group()[:1].isupper():
        return False
    between = _words(head[cues[-1].end() :])
    if any(w.lower() in CUE_VERBS for w in between) or SEPARABLE_CUES.search(head[cues[-1].end() :]):
        return False
    return any(w.islower() and _finite_in_indicative(w) for w in between)


def _a_consequence_follows(content: str, after: str) -> bool:
    """Is the "so" after an indicative clause a conjunction or an adverb ("…, so dass der Gipfel
    scheiterte", "…, so wird Python 3 eingerichtet"), not a frame naming its source ("…, so der
    Minister", "…, so glaubt man")?"""
    m = re.match(r"\s*,\s*so\s+(\w+)", after)
    if m is None or any(is_subjunctive(w) for w in _words(content)):
        return False
    word = m.group(1)
    if word == "dass":
        return True
    return word.islower() and word not in CUE_VERBS and word not in _THINKING and (word in FINITE_VERBS or _finite_indicative(word))


def _narrates(head: str, content: str) -> bool:
    """Is the clause after the comma a main clause narrated in the indicative past ("…, nannte seinen
    Platzverweis überzogen, Müller bezeichnete die Karten als übertrieben")? Reported speech would put
    it in Konjunktiv I; a frame before the verb ("Wie X berichtete, sperrten …") reports it anyway."""
    if not head.rstrip().endswith(",") or _AS_TOLD.search(head) or names_its_source(head):
        return False
    words = _words(content)
    if any(is_subjunctive(w) for w in words) or _INFINITIVE.search(content) or _NOT_A_MAIN_CLAUSE.match(content) and not _verb_second(content):
        return False
    finite = next((w for w in words[:6] if w.islower() and (w in FINITE_VERBS or w in _MODAL_PAST_OR_II or _finite_in_indicative(w))), None)
    return finite is not None and finite not in _MODAL_PAST_OR_II and _in_the_past(finite)


def _verb_second(content: str) -> bool:
    """Is "die" or "der" before a noun an article opening a main clause, its finite verb right after the
    noun and more of the clause after it ("…, die Bundesspitze kündigte daraufhin einen Neustart an"),
    not a relative pronoun, whose clause ends with its verb ("…, die Merkel später führte")?"""
    m = _ARTICLE_NOUN_VERB.match(content)
    return bool(m) and _finite_in_indicative(m.group("verb"))


def _in_the_past(word: str) -> bool:
    """Is a finite indicative verb in the past: "war", "wurden", "bezeichnete", "fiel"?"""
    if word in _PAST_FORMS:
        return True
    base = lemma(word, "de")
    return base != word and (word.endswith(("te", "ten")) or not word.endswith(("t", "st", "en")))


def _no_verb_of_saying(head: str, body: str, content: str) -> bool:
    """Are the verbs of saying before the clause none in this sentence, with no other frame or mark of
    speech ("Im Jahr davor gab es mehrere Unfälle, bei denen …", "Der Fall hatte viele Fragen …
    aufgeworfen")?"""
    cues = [m for m in _WORD.finditer(head) if m.group().lower() in CUE_VERBS]
    if not cues or any(_says(body, m) for m in cues):
        return False
    if IMPERSONAL_CUES.search(head) or re.search(r"\bes\s+geheißen\b", head):
        return False
    if any(p.search(head) for p in (SEPARABLE_CUES, INFINITIVE_CUES, CLAIM_NOUNS, RELATIVE_FRAME, OPINION_FRAME)) or names_its_source(head):
        return False
    return not _in_konjunktiv_i(content)  # Konjunktiv I reports by itself


def _says(body: str, cue: re.Match) -> bool:
    """Is ``cue`` a verb of saying here: not a noun inside the sentence ("viele Fragen"), and a
    separable verb with its particle of saying, at the end of its clause or right before it
    ("gab … bekannt,", "bekannt gab")."""
    word = cue.group()
    if not word.islower() and cue.start() > 0 and not re.search(r"[:„\"»]\s*$", body[: cue.start()]):
        return False
    particles = SPEAKING_PARTICLES.get(word.lower())
    if particles is None:
        return True
    alternatives = "|".join(particles)
    return bool(re.search(rf"\b(?:{alternatives})(?=\s*(?:[,.;:]|$))", body[cue.end() :]) or re.search(rf"\b(?:{alternatives})\s*$", body[: cue.start()]))


def _framed_part(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The part of a sentence taken whole for its frame that the frame reports; None when its only
    frames name no source."""
    body = text[start:end]
    frames = [m for frame in _FRAMES for m in frame.finditer(body)]
    sources = [m for m in frames if not _NO_GENITIVE_BEFORE_FRAME.match(m.group())]
    if not sources:
        return None if frames else (start, end)
    first = min(sources, key=lambda m: m.start())
    before = body[: first.start()]
    colon = before.rfind(": ")
    if colon != -1 and not any(is_subjunctive(w) for w in _words(before[:colon])) and len(_words(body[colon + 2 :])) >= 4:
        return start + colon + 2, end  # "Die Favoriten scheinen klar: Nach Meinung vieler Experten …"
    if len(sources) == 1:  # with more frames the sentence reports more than one clause
        relative = _FRAME_AS_RELATIVE.search(body)
        if relative:
            return start + relative.end(), start + _end_of_clause(body, relative.end())
        opening = None
        for opening in _RELATIVE_OPENING.finditer(body, 0, first.start() + 1):
            pass
        if opening is not None and "," not in body[opening.end() : first.start()]:
            return start + opening.start() + len(re.match(r",\s*", opening.group()).group()), start + _end_of_clause(body, opening.end())
    if len(sources) == 1 and _DETERMINER_BEFORE.search(before) and not re.search(r",\s*\w+\s*$", before):
        return None
    return start, end


def _end_of_clause(body: str, start: int) -> int:
    """The end of a clause from ``start``: before a comma the main clause's finite verb follows."""
    for m in re.finditer(r",\s*(\w+)", body[start:]):
        word = m.group(1)
        if word in FINITE_VERBS or word.islower() and _finite_indicative(word):
            return start + m.start()
    return len(body.rstrip(" .!?"))


def _start_after_apposition(text: str, start: int, end: int) -> int:
    """Where a report starts that the rules began with an apposition or a relative clause on its
    source: after a phrase with no verb before "dass" ("…, Radio Vatikan, dass …"), or after a relative
    clause ended by its indicative verb before a verb in the subjunctive ("…, der befragt wurde, würde
    dies …")."""
    content = text[start:end]
    comma = re.search(r",\s*", content)
    if comma is None:
        return start
    first, rest = content[: comma.start()], content[comma.end() :]
    words = _words(first)
    if not words or any(is_subjunctive(w) for w in words):
        return start
    that = re.match(r"dass\s+", rest)
    if that and not _has_any_verb(first):
        return start + comma.end() + that.end()
    following = _words(rest)[:1]
    if (
        _RELATIVE_PRONOUN.match(first) and len(words) >= 3 and _finite_in_indicative(words[-1])
        and following and following[0].islower() and is_subjunctive(following[0])
    ):
        return start + comma.end()
    return start


def _end_before_comment(text: str, sentence: Sentence, start: int, end: int) -> int:
    """Where a report ends that the author comments on in the indicative after a comma ("…, was bisher
    nicht bestätigt werden konnte", "…, wobei die Aufgabe … angesiedelt wurde"). A frame naming a
    source reports the whole sentence, such a clause too."""
    content = text[start:end]
    comment = _COMMENT.search(content)
    if comment is None or comment.start() < 12 or names_its_source(text[sentence.start : end]):
        return end
    if any(is_subjunctive(w) for w in _words(content[comment.start() :])):
        return end  # "…, was er bedaure": still reported
    return start + comment.start()


def _end_before_main_clause(text: str, sentence: Sentence, start: int, end: int) -> int:
    """Where a report opened inside a leading subordinate clause, or in a that-clause after a phrase
    with no verb ("Mit der Begründung, dass …"), ends: before the comma after which the main clause's
    finite verb follows ("…, flüchtete sie", "…, wurden die Redakteure …")."""
    head = text[sentence.start : start]
    content = text[start:end]
    if OWN_SUBORDINATE.match(content):
        return end
    that = re.search(r"\bdass\s*$", head)
    if not (LEADING_SUBORDINATE.match(head) or that and not _has_any_verb(head[: that.start()])):
        return end
    for comma in re.finditer(r",\s*(\w+)\s+\w", content):
        i = comma.start()
        if content[i - 1 : i].isdigit() and content[i + 1 : i + 2].isdigit():
            continue  # a decimal: "2,3 Prozent"
        if _inside_quote_marks(content[:i]):
            continue
        if _main_clause_resumes(content[comma.end(1) :], comma.group(1)):
            return start + i if i >= 12 else end
        if _finite_in_indicative(comma.group(1)):
            if comma.group(1) in CUE_VERBS:
                return end  # "…, meinte er damit …": read as the report's trailing frame, as before
            return start + i if i >= 12 else end
    return end


def _main_clause_resumes(after: str, word: str) -> bool:
    """Does the main clause after a leading subordinate clause resume with ``word`` after a comma: a
    finite verb in Konjunktiv II ("Wenn die Partei sagt, dass …, wäre das …"), or "dann" or "so" before
    a finite verb ("…, dann kann …")? The indicative is taken by the caller."""
    if word in _HYPOTHETICAL_FINITE:
        return True
    if word not in ("dann", "so"):
        return False
    following = _words(after)[:1]
    return bool(following) and (following[0] in _HYPOTHETICAL_FINITE or is_subjunctive(following[0]) or _finite_in_indicative(following[0]))


# Finite verbs in Konjunktiv II that suppose: "hätte denken können", "würde glauben", "wäre … überzeugt"
_HYPOTHETICAL_FINITE = frozenset("hätte hätten wäre wären würde würden könnte könnten müsste müssten".split())
# Verbs of thinking, none of saying: what follows them is a thought, reported only where it is held
_COGNITION_LEMMAS = frozenset(
    "wissen denken glauben meinen hoffen fürchten befürchten ahnen erkennen verstehen erwarten annehmen vermuten "
    "überzeugen merken bemerken einsehen akzeptieren begreifen vorstellen".split()
)
# A condition opening a clause: "wenn", "falls", "sofern", "solange"
_CONDITION_OPENING = re.compile(r"\s*(?:und\s+|aber\s+)?(?:wenn|falls|sofern|solange)\s", re.I)


def _clause_governing_that(head: str, comma_optional: bool = False) -> str | None:
    """The clause right before "dass" at the end of ``head`` (from the last comma, semicolon, colon or
    dash before it), or None when ``head`` does not end with "…, dass"."""
    that = re.search(r",?\s*dass\s*$" if comma_optional else r",\s*dass\s*$", head)
    if that is None:
        return None
    before = head[: that.start()]
    boundary = max([0] + [m.end() for m in re.finditer(r"(?<!\d),(?!\d)|[;:–]", before)])
    return before[boundary:]


def _a_thought_supposed(text: str, sentence: Sentence, start: int) -> bool:
    """Is a that-clause at ``start`` the object of a verb of thinking that nobody holds: inside a
    condition ("Wenn wir die Leute davon überzeugen, dass …", "…, wenn man einsieht, dass …") or in
    Konjunktiv II ("Man hätte glauben können, dass …")? It supposes a thought, it reports none. A verb of
    saying in the clause, Konjunktiv I in the sentence or a frame naming a source still report."""
    head = text[sentence.start : start]
    clause = _clause_governing_that(head, comma_optional=True)
    if clause is None:
        return False
    words = _words(clause)
    thinking = [w.islower() and lemma(w, "de") in _COGNITION_LEMMAS for w in words]
    if not any(thinking) or any(w.lower() in CUE_VERBS and not t for w, t in zip(words, thinking)):
        return False
    if not (_CONDITION_OPENING.match(clause) or any(w in _HYPOTHETICAL_FINITE for w in words)):
        return False
    body = text[sentence.start : sentence.end]
    if _in_konjunktiv_i(body) or names_its_source(body) or IMPERSONAL_CUES.search(head) or SEPARABLE_CUES.search(clause):
        return False
    rest = text[start : sentence.end]
    return not any(
        m.group(1).lower() in CUE_VERBS and lemma(m.group(1).lower(), "de") not in _COGNITION_LEMMAS for m in re.finditer(r",\s*([\wäöüß]+)", rest)
    )  # "…, sagte er": a frame after it


def _finite_in_indicative(word: str) -> bool:
    """A finite verb in the indicative, the strong past too ("fiel", "kam", "hielt")."""
    if not word.islower() or is_subjunctive(word) or word in KONJUNKTIV_II or word in ("sollte", "sollten"):
        return False
    if (word in FINITE_VERBS and not is_subjunctive(word)) or _finite_indicative(word):
        return True
    base = lemma(word, "de")
    return len(word) >= 3 and base != word and base.endswith("en") and not word.endswith(("en", "end", "ende", "e")) and not word.startswith("ge")


def _has_any_verb(text: str) -> bool:
    return any(
        w.islower() and (_finite_in_indicative(w) or w in FINITE_VERBS or w in CUE_VERBS or is_subjunctive(w))
        for w in _words(text)
    )


def _inside_quote_marks(text: str) -> bool:
    return sum(text.count(c) for c in "„»") > sum(text.count(c) for c in "“«")


# Prepositions that open a phrase whose noun may govern a that-clause ("Für den Fall, dass …", "unter
# der Bedingung, dass …", "Angesichts der Tatsache, dass …", "Von dem Glück, dass …")
_PHRASE_PREPOSITIONS = frozenset(
    "für unter angesichts aufgrund infolge trotz wegen mit bei von vom vor nach ohne aus in im an am auf über zu zur zum".split()
)
# "der Fall, dass …": "Fall" is among the words of belief for "Es ist der Fall, dass …", not after a preposition
_PHRASE_NOUN = re.compile(
    r"(?:^|\s)(?P<preposition>[\wäöüß]+)\s+(?:(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|diese[rmns]?|jene[rmns]?)\s+)?"
    r"(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)\s*$"
)


def _a_phrase_governs(text: str, sentence: Sentence, start: int) -> bool:
    """Is a that-clause at ``start`` the attribute of a noun in a prepositional phrase right before its
    comma ("Für den Fall, dass …", "Die Firma darf bauen unter der Bedingung, dass …", "Angesichts der
    Tatsache, dass …"), the noun none of saying, claiming or believing and no verb of saying governing
    the phrase? Such a phrase is an adverbial: the clause states a condition or a fact. A that-clause
    after a bare pronominal adverb with no verb ("Dadurch, dass …") too. Konjunktiv I in the sentence
    reports it anyway ("Für den Fall, dass sie scheitere, drohe …")."""
    head = text[sentence.start : start]
    clause = _clause_governing_that(head)
    if clause is None:
        return False
    rest = text[start : sentence.end]
    if _in_konjunktiv_i(text[sentence.start : sentence.end]) or names_its_source(text[sentence.start : sentence.end]) or IMPERSONAL_CUES.search(head):
        return False
    if any(m.group(1).lower() in CUE_VERBS or m.group(1) == "so" for m in re.finditer(r",\s*([\wäöüß]+)", rest)):
        return False  # "Für den Fall, dass …, gäbe es keinen Plan, sagte er": the frame after it reports it all
    words = _words(clause)
    if len(words) == 1 and _CORRELATE.fullmatch(words[0]):
        return True  # "Dadurch, dass …", "Damit, dass …": a cause or means, no verb to say it
    if (
        re.match(r"\s*(?:um|ohne|statt|anstatt)\s", clause) and _INFINITIVE.search(clause)
        and not any(w.lower() in CUE_VERBS or lemma(w, "de") in _THINKING_LEMMAS or _says_as_infinitive(w) for w in words)
        and not SPEECH_CONTEXT.search(clause) and not SEPARABLE_CUES.search(clause)
    ):
        return True  # "…, um sicherzugehen, dass …": a purpose; "…, um darauf hinzuweisen, dass …" says
    phrase = _PHRASE_NOUN.search(clause)
    if phrase is None or phrase.group("preposition").lower() not in _PHRASE_PREPOSITIONS:
        return False
    noun = phrase.group("noun")
    if (
        re.fullmatch(rf"(?:{_CLAIM_NOUN_WORDS})", noun) or _SPEECH_NOUN_END.search(noun)
        or noun != "Fall" and _BELIEF_WORDS.search(noun) or CLAIM_NOUNS.search(clause + ",")
    ):
        return False  # "mit der Begründung, dass …", "Angesichts von Zeugenaussagen, dass …"
    governing = clause[: phrase.start()]
    if (
        any(w.lower() in CUE_VERBS for w in _words(governing)) or SPEECH_CONTEXT.search(governing) or SEPARABLE_CUES.search(governing)
        or any(w.islower() and lemma(w, "de") in _THINKING_LEMMAS for w in _words(governing))
    ):
        return False  # "Er warnte vor der Gefahr, dass …": what was warned of
    return True


def _an_unreal_comparison(text: str, start: int) -> bool:
    """Does the clause at ``start`` open with "als": an unreal comparison ("…, als ob andere nicht
    existierten", "…, als wäre nichts geschehen"), a comparison ("weniger schlimm, als es scheint") or a
    time ("erinnerte an den Tag, als er gewann")? None reports what was said; reported speech opens
    with "dass", a question word or its own main clause."""
    return bool(re.match(r"als\s", text[start : start + 4]))


def _a_relative_clause(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Is the clause right after a comma a relative clause on the noun before it, in the indicative: a
    relative pronoun, a lower-case word that is no adjective before a noun, and the clause's only finite
    verb at its end ("…, die bisher aus Kostengründen verschoben wurde")? It describes the noun; what was
    said would be in Konjunktiv I, after "dass" or in a frame naming its source ("…, der laut einer
    Meldung einsteigen will"). A main clause opening with an article has its verb second ("…, die
    bisher geltenden Regeln sind veraltet"), an article before an adjective and a noun opens a phrase
    ("…, den früheren Minister fallen gelassen zu haben")."""
    content = text[start:end]
    # "…, auf der die Wälder erkennbar sind": a preposition before the relative pronoun
    preposition = re.match(rf"(?:{'|'.join(sorted(_RELATIVE_PREPOSITIONS))})\s+(?=(?:der|die|das|den|dem|deren|dessen|denen)\s)", content)
    if preposition:
        content = content[preposition.end() :]
    # after a preposition or as a genitive ("…, an der 300.000 Soldaten teilnehmen", "…, dessen Kanzlei …
    # eingebunden war") the pronoun opens no main clause whatever follows it; on its own it may be an article
    opening = r"(?:der|die|das|den|dem|deren|dessen|denen)\s" if preposition else r"(?:deren|dessen)\s|(?:der|die|das|den|dem|denen)\s+[a-zäöüß]"
    if not text[sentence.start : start].rstrip().endswith(",") or not re.match(opening, content):
        return False
    comma = re.search(r"(?<!\d),(?!\d)|[;:–]", content)
    clause = content[: comma.start()] if comma else content
    if any(is_subjunctive(w) and w not in _PRETERITE_LIKE_II for w in _words(content)) or names_its_source(text[sentence.start : end]) or _INFINITIVE.search(clause):
        return False
    # a second verb-final clause may be coordinated to it: "…, dessen Kanzlei … eingebunden war und … hat"
    coordinated = re.search(r"\s(?:und|oder)\s", clause)
    return _verb_final_relative(clause, bool(preposition)) or bool(coordinated) and _verb_final_relative(clause[: coordinated.start()], bool(preposition))


def _verb_final_relative(clause: str, after_preposition: bool) -> bool:
    """Is ``clause`` (a relative pronoun first) a relative clause in the indicative, its only finite verb at its end?"""
    words = _words(clause)
    if len(words) < 3:
        return False
    if (
        words[1].islower() and words[1].endswith(("e", "en", "er", "es", "em")) and words[2][:1].isupper() and not (after_preposition and words[1] in _ARTICLE_WORDS)
        and words[0].lower() not in _ONLY_PRONOUNS
    ):
        return False  # "die frühere Zählung", "den ehemaligen Minister": an article ("denen jede Spur …" has none)
    if re.search(r"(?i)\b(?:angaben|zufolge|laut|gemäß|nach\s+\w+\s+(?:ansicht|meinung|auffassung))\b", clause):
        return False
    if after_preposition and any(w.lower() in CUE_VERBS or w.islower() and SPEECH_CONTEXT.match(w) for w in words):
        return False  # "…, in der davon berichtet wird, dass …": the relative clause says what follows
    middle = words[1:-1]
    if after_preposition:  # the verbs before the finite one at the end: "… umgangen werden kann", "… verletzt wurden"
        while middle and middle[-1] in _INFINITIVE_AUXILIARIES:
            middle = middle[:-1]
        if middle and words[-1] in _FINITE_AUXILIARIES and re.fullmatch(r"[a-zäöüß]+(?:t|en)", middle[-1]):
            middle = middle[:-1]
    # the plural present ends the clause as well: "…, an der 300.000 Soldaten teilnehmen"
    finite = _finite_in_indicative(words[-1]) or words[-1].islower() and _plural_present(words[-1]) and not is_subjunctive(words[-1]) or words[-1] in _PRETERITE_LIKE_II
    return finite and not any(_finite_in_indicative(w) or w in FINITE_VERBS for w in middle)


# Relative pronouns that are never articles: "…, von denen jede Spur fehlt", "…, deren neue Chefin …"
_ONLY_PRONOUNS = frozenset("denen deren dessen".split())
# Preterites of modals that look like Konjunktiv II: at a relative clause's end they narrate
# ("…, die auf Software setzen sollten")
_PRETERITE_LIKE_II = frozenset("sollte sollten wollte wollten".split())
# Prepositions that open a relative clause before its pronoun ("auf der", "mit dem", "bei denen")
_RELATIVE_PREPOSITIONS = frozenset("an auf aus bei durch für gegen hinter in mit nach neben über um unter von vor wegen zu zwischen".split())
# Infinitives of auxiliaries and modals before the finite verb at a relative clause's end ("gehen konnten")
_INFINITIVE_AUXILIARIES = frozenset("werden sein haben können müssen dürfen sollen wollen lassen".split())
# Finite auxiliaries and modals that end a clause after a participle or infinitive ("… verletzt wurden")
_FINITE_AUXILIARIES = frozenset(
    "wird werden wurde wurden ist sind war waren hat haben hatte hatten kann können konnte konnten muss müssen musste mussten "
    "darf dürfen durfte durften soll sollen will wollen wollte wollten".split()
)


def _a_coordinated_main_clause(text: str, start: int, end: int) -> bool:
    """Does the clause at ``start`` open with a coordinating conjunction, with no Konjunktiv I in it
    ("…kündigte eine Ausweitung an, und er sollte dafür die Zustimmung bekommen")? It is a second main
    clause of the narrator's; a verb of saying takes its clause without "und" before it."""
    content = text[start:end]
    return bool(re.match(r"(?:und|oder|aber|denn|doch|sowie)\s", content)) and not _in_konjunktiv_i(content) and not names_its_source(content)


# Particles of separable verbs of saying or showing: "klarzustellen", "hinzuweisen", "mitzuteilen"
_SAYING_PARTICLES = frozenset("klar fest hin bekannt mit dar aus an vor ein heraus deutlich kund nach zu auf".split())


def _says_as_infinitive(word: str) -> bool:
    """Is ``word`` the infinitive with "zu" of a verb of saying or thinking ("zu sagen", "klarzustellen",
    "hinzuweisen")? A separable verb counts by its particle of saying."""
    m = re.fullmatch(r"([a-zäöüß]+?)zu([a-zäöüß]{3,}(?:en|ern|eln))", word)
    if m:
        return m.group(1) in _SAYING_PARTICLES or lemma(m.group(1) + m.group(2), "de") in _THINKING_LEMMAS
    return word.islower() and lemma(word, "de") in _THINKING_LEMMAS


# "bei der Frage, welche …", "Auf die Frage, ob …": a preposition before the noun of asking
_QUESTION_AS_TOPIC = re.compile(
    r"\b(?:bei|auf|in|zu|über|an|um|nach|vor|mit|von)\s+(?:der|die|den|dem|diese|dieser|diesem)?\s*(?:[a-zäöüß]+(?:e|en)\s+)?Fragen?\s*,\s*$"
    r"|\b(?:zur|beim|zum)\s+(?:[a-zäöüß]+(?:e|en)\s+)?Fragen?\s*,\s*$"
)
_INTERROGATIVE = re.compile(r"(?:was|wer|wen|wem|wessen|wie|warum|wann|wo|wohin|woher|weshalb|weswegen|wieso|ob|welche[rsmn]?)\s")


def _a_question_as_topic(text: str, sentence: Sentence, start: int) -> bool:
    """Is the clause at ``start`` an indirect question that a noun of asking after a preposition holds
    ("fordert ein Mitspracherecht bei der Frage, welche Daten …", "Auf die Frage, ob …, sagte er")? The
    question is the matter dealt with, or the one put to the speaker; his words are elsewhere."""
    return bool(_QUESTION_AS_TOPIC.search(text[sentence.start : start]) and _INTERROGATIVE.match(text, start))


_ASKING_LEMMAS = frozenset("fragen erkundigen".split())


def _inside_a_question(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Is the clause at ``start`` part of a question the sentence asks ("Keine Sorge, dass dann …?",
    "Bedeutet das, dass es Ausnahmen gibt?", "Kann er es ernst meinen, … zu …?"): the clause runs to
    the question mark, and no verb of asking frames it ("Sie fragt, warum …?" reports a question)?
    What is asked is nobody's statement."""
    body = text[sentence.start : sentence.end].rstrip(" \n'\"“”»«)")
    if not body.endswith("?") or text[end : sentence.start + len(body)].strip(" '\"“”»«)") != "?":
        return False
    return not any(lemma(w, "de") in _ASKING_LEMMAS for w in _words(text[sentence.start : start]))


def _a_question_left_open(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Is the clause at ``start`` an indirect question after a negated verb of saying, in the
    indicative ("Die Mitteilung erklärt nicht, was gestern geschehen ist", "Er verriet nicht, wann die
    Wahl stattfindet")? What was not said is no report; Konjunktiv I still reports ("Er sagte nicht,
    ob er kandidiere")."""
    content = text[start:end]
    if not re.match(r"(?:was|wer|wen|wem|wie|warum|wann|wo|wohin|woher|weshalb|weswegen|wieso|ob|welche[rsmn]?)\s", content):
        return False
    head = text[sentence.start : start].rstrip()
    if not head.endswith(","):
        return False
    boundary = max([0] + [m.end() for m in re.finditer(r"(?<!\d),(?!\d)|[;:–]", head[:-1])])
    words = [w.lower() for w in _words(head[boundary:-1])]
    return (
        any(w in ("nicht", "nie", "niemals") for w in words) and any(w in CUE_VERBS for w in words)
        and not _in_konjunktiv_i(content) and not any(w in KONJUNKTIV_II for w in _words(content))
    )


def _a_belief_denied(text: str, sentence: Sentence, start: int) -> bool:
    """Is a that-clause at ``start`` governed by a noun of knowing, claiming or hinting under "kein"
    ("Die Ermittler haben noch keine Gewissheit, dass …", "Es gibt keine Hinweise, dass …")? Nobody
    holds or says it; "keinen Zweifel" asserts it, and Konjunktiv I reports it anyway."""
    head = text[sentence.start : start]
    m = re.search(r"\bkeine[nmrs]?\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)\s*,\s*dass\s*$", head)
    if m is None or m.group("noun").startswith("Zweifel"):
        return False
    noun = m.group("noun")
    known = _BELIEF_WORDS.search(noun) or re.fullmatch(rf"(?:{_CLAIM_NOUN_WORDS})", noun) or re.fullmatch(r"(?:Hinweis|Beweis|Beleg|Anzeichen|Indiz)(?:e|en)?", noun)
    return bool(known) and not _in_konjunktiv_i(text[sentence.start : sentence.end])


# Konjunktiv II of the auxiliaries: "hätte … gehabt", "wäre … gewesen", "würde … haben"
_UNREAL_AUXILIARIES = frozenset("hätte hätten wäre wären würde würden".split())
# Participles and infinitives of the auxiliaries that may close such a clause ("… gehabt", "… gehabt haben")
_AUXILIARY_FORMS = frozenset("gehabt gewesen haben sein werden geworden".split())


def _an_unreal_effect(text: str, sentence: Sentence, start: int) -> bool:
    """Is a that-clause at ``start`` the attribute of a noun that is the object of a verb in Konjunktiv
    II ("Die Reform hätte den Nebeneffekt gehabt, dass …", "Der Plan hätte die Wirkung, dass …")? It
    tells what would follow in a case supposed, nobody says it; a noun of saying, claiming or believing
    ("hätte die Hoffnung, dass …"), a verb of saying or thinking, Konjunktiv I or a frame naming a
    source still report."""
    head = text[sentence.start : start]
    clause = _clause_governing_that(head)
    if clause is None:
        return False
    words = _words(clause)
    if not any(w in _UNREAL_AUXILIARIES for w in words):
        return False
    # the noun right before the comma, perhaps with the participle or infinitive closing the clause
    noun = re.search(r"(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)(?:\s+[a-zäöüß]+){0,2}\s*$", clause)
    if noun is None or noun.start() == len(clause) - len(clause.lstrip()) or any(
        w not in _AUXILIARY_FORMS for w in _words(clause[noun.end("noun") :])
    ):
        return False  # "hätten den Versicherungen klargemacht, dass …": a verb of its own governs the clause
    word = noun.group("noun")
    if (
        re.fullmatch(rf"(?:{_CLAIM_NOUN_WORDS})", word) or _SPEECH_NOUN_END.search(word) or _BELIEF_WORDS.search(word)
        or CLAIM_NOUNS.search(clause + ",")
    ):
        return False
    if (
        any(w.lower() in CUE_VERBS or w.islower() and lemma(w, "de") in _THINKING_LEMMAS for w in words)
        or SPEECH_CONTEXT.search(clause) or SEPARABLE_CUES.search(clause)
    ):
        return False
    body = text[sentence.start : sentence.end]
    return not (_in_konjunktiv_i(body) or names_its_source(body) or IMPERSONAL_CUES.search(head))


# A reflexive verb of asking closing the main clause: "Viele fragen sich, ob …", "Da fragt es sich, wie …",
# "…, die sich fragten, warum …" (indicative only: "Er frage sich, ob …" reports that he said so)
_WONDERING = re.compile(
    r"(?:\b(?:fragt|fragte|fragten|fragen)\s+(?:[\wäöüß-]+\s+){0,2}?sich(?:\s+[a-zäöüß-]+){0,3}"
    r"|\bsich\s+(?:[\wäöüß-]+\s+){0,4}?(?:fragt|fragte|fragten|fragen|gefragt)(?:\s+(?:hat|haben|hatte|hatten))?)$"
)


def _a_question_wondered(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Is the clause at ``start`` an indirect question that someone asks himself, in the indicative
    ("Abgesehen davon fragt es sich, ob …", "Viele Eltern fragen sich, wie …")? What one wonders is
    a thought nobody uttered, no report; Konjunktiv I of the asking verb or a frame naming a source
    reports it ("Sie frage sich, ob …", "…, so der Minister")."""
    head = text[sentence.start : start].rstrip()
    asked = re.search(r",\s*ob$", head)
    if asked:
        head = head[: asked.start() + 1]
    elif not re.match(r"(?:ob|wie|wer|was|wann|warum|wo|weshalb|wieso|welche[rsmn]?)\s", text[start:end]):
        return False
    if not head.endswith(","):
        return False
    boundary = max([0] + [m.end() for m in re.finditer(r"(?<!\d),(?!\d)|[;:–]", head[:-1])])
    clause = head[boundary:-1].strip()
    if not _WONDERING.search(clause):
        return False
    body = text[sentence.start : sentence.end]
    return not (names_its_source(body) or IMPERSONAL_CUES.search(body) or re.search(r",\s*so\s", body[start - sentence.start :]))
