"""A second look at the reported clauses the rules in :mod:`lagebild.nlp.quotes` take.

Those rules find a clause of reported speech by a verb, noun or frame of saying and take what
follows it. The tests here look again at what was taken, by the grammar of the sentence rather than
by lists of words fitted to examples:

* the only verb of saying before the clause is none in this sentence: a capitalised noun ("viele
  Fragen"), or a separable verb with another particle ("fügte … ein", "es gab …");
* a report opened inside a leading subordinate clause runs on into the main clause after it ("Als
  sie merkte, dass …, flüchtete sie"): it ends before the main clause's verb;
* a sentence carried on "in the subjunctive" is a counterfactual of the narrator ("Das Schiff hätte
  40 Flugzeuge tragen sollen"), not a report.
"""

from __future__ import annotations

import re

from lagebild.model import Article, Sentence
from lagebild.nlp.quotes import (
    CLAIM_NOUNS,
    CUE_VERBS,
    FINITE_VERBS,
    IMPERSONAL_CUES,
    INFINITIVE_CUES,
    KONJUNKTIV_II,
    OPINION_FRAME,
    RELATIVE_FRAME,
    SEPARABLE_CUES,
    _finite_indicative,
    _in_konjunktiv_i,
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
    if start >= end or _not_a_report(text, sentence, start, end):
        return None
    return clause[0], _end_before_main_clause(text, sentence, start, end)


def supposes_rather_than_reports(body: str) -> bool:
    """Is a sentence that would carry reported speech on by its Konjunktiv II a counterfactual of the
    narrator ("Das Schiff hätte 40 Flugzeuge tragen sollen")? Reported speech puts that in
    Konjunktiv I ("habe … tragen sollen"), which the singular has."""
    return not _in_konjunktiv_i(body) and bool(COUNTERFACTUAL_MODAL.search(body))


def _not_a_report(text: str, sentence: Sentence, start: int, end: int) -> bool:
    head = text[sentence.start : start]
    return _no_verb_of_saying(head, text[sentence.start : sentence.end], text[start:end])


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
        if _finite_in_indicative(comma.group(1)):
            if comma.group(1) in CUE_VERBS:
                return end  # "…, meinte er damit …": read as the report's trailing frame, as before
            return start + i if i >= 12 else end
    return end


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
