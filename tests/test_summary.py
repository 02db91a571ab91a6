"""The cited extractive summary and what each article adds; the seeds' summary covers the story's key facts."""

from __future__ import annotations

import re

import pytest

from lagebild.model import Article, Duplicate, Span
from lagebild.nlp.annotate import annotate
from lagebild.nlp.entities import merge_entities
from lagebild.story.novelty import article_additions
from lagebild.story.summary import summarise


LOCAL = (
    "Die Elbe hat in Lindenau die Marke von sechs Metern überschritten. "
    "Bürgermeisterin Petra Vogt ließ am Donnerstagabend die Altstadt räumen, rund 2.000 Menschen mussten ihre Wohnungen verlassen. "
    "Das Technische Hilfswerk verstärkte die Deiche mit Sandsäcken. "
    "Der Scheitel der Flutwelle soll am Freitag erreicht werden. "
    "Vogt sagte, die Lage sei ernst, aber unter Kontrolle. "
    "Die Schulen der Stadt bleiben bis Montag geschlossen."
)
AGENCY = (
    "Bürgermeisterin Petra Vogt ließ am Donnerstagabend die Altstadt räumen, rund 2.000 Menschen mussten ihre Wohnungen verlassen. "
    "In der Nacht brach bei Kleinwerder ein Deich auf einer Länge von 30 Metern. "
    "Verletzt wurde nach Angaben der Feuerwehr niemand. "
    "Ministerpräsident Jan Körber kündigte Soforthilfen von fünf Millionen Euro an. "
    "Die Bahnstrecke nach Dresden ist bis auf Weiteres gesperrt."
)
REGIONAL = (
    "Der Pegel der Elbe in Lindenau ist am Freitag auf 6,80 Meter gestiegen und sinkt seit dem Nachmittag langsam. "
    "Ministerpräsident Jan Körber besuchte die Deiche und versprach Soforthilfen von fünf Millionen Euro für die betroffenen Familien. "
    "Die Bewohner der Altstadt dürfen frühestens am Sonntag in ihre Wohnungen zurückkehren. "
    "Der Deichbruch bei Kleinwerder wurde am Vormittag mit Sandsäcken geschlossen. "
    "Bürgermeisterin Vogt dankte den mehr als 800 Helfern."
)
COPIED = LOCAL[LOCAL.index("Bürgermeisterin") : LOCAL.index("verlassen.") + len("verlassen.")]


@pytest.fixture(scope="module")
def flood():
    articles = [
        Article(id="anzeiger", source="anzeiger.txt", published="2026-03-12T18:00", language="de", text=LOCAL),
        Article(id="agentur", source="agentur.txt", published="2026-03-13T08:00", language="de", text=AGENCY),
        Article(id="rundschau", source="rundschau.txt", published="2026-03-13T16:00", language="de", text=REGIONAL),
    ]
    annotate(articles)
    start = LOCAL.index(COPIED)
    copied = Duplicate(Span.of(articles[0], start, start + len(COPIED)), Span.of(articles[1], 0, len(COPIED)), 1.0)
    return articles, merge_entities(articles), [copied]


def _words(summary) -> int:
    return sum(len(s.text.split()) for s in summary)


def test_summary_sentences_are_exact_source_sentences_with_exact_citations(flood):
    articles, entities, duplicates = flood
    texts = {a.id: a.text for a in articles}
    summary = summarise(articles, entities, duplicates, min_words=40, max_words=90)
    assert 40 <= _words(summary) <= 90
    for sentence in summary:
        first = sentence.citations[0]
        assert first.text == sentence.text == texts[first.article][first.start : first.end]
        for citation in sentence.citations:
            assert texts[citation.article][citation.start : citation.end] == citation.text
        assert len({c.article for c in sentence.citations}) == len(sentence.citations)  # one citation per article


def test_agency_copy_is_counted_once_and_cites_both_outlets(flood):
    articles, entities, duplicates = flood
    summary = summarise(articles, entities, duplicates, min_words=40, max_words=90)
    copies = [s for s in summary if s.text == COPIED]
    assert len(copies) == 1
    assert [c.article for c in copies[0].citations] == ["anzeiger", "agentur"]


def test_a_fact_two_outlets_report_is_in_the_summary_citing_both(flood):
    articles, entities, duplicates = flood
    summary = summarise(articles, entities, duplicates, min_words=40, max_words=90)
    aid = [s for s in summary if "fünf Millionen Euro" in s.text]
    assert len(aid) == 1  # the same amount in two outlets is one fact
    assert {c.article for c in aid[0].citations} == {"agentur", "rundschau"}


def test_summary_is_in_order_of_first_report_and_prefers_what_happened(flood):
    articles, entities, duplicates = flood
    summary = summarise(articles, entities, duplicates, min_words=40, max_words=90)
    order = {"anzeiger": 0, "agentur": 1, "rundschau": 2}
    firsts = [(order[s.citations[0].article], s.citations[0].start) for s in summary]
    assert firsts == sorted(firsts)
    # What was expected ("soll … erreicht werden") yields to what was reported later.
    assert not any("soll" in s.text.split() for s in summary)


def test_summary_respects_the_word_budget():
    articles = [Article(id="a", source="a.txt", published="2026-03-12", language="de", text=LOCAL + " " + REGIONAL)]
    annotate(articles)
    summary = summarise(articles, merge_entities(articles), [], min_words=20, max_words=35)
    assert 20 <= _words(summary) <= 35


def test_empty_story_has_an_empty_summary():
    assert summarise([], [], []) == []


def test_each_article_adds_what_it_is_first_to_report(flood):
    articles, _entities, duplicates = flood
    additions = article_additions(articles, duplicates)
    assert list(additions) == ["anzeiger", "agentur", "rundschau"]
    agency = [s.text for s in additions["agentur"]]
    assert COPIED not in agency  # agency copy of an earlier article is not new
    assert any("Kleinwerder" in t for t in agency)
    regional = [s.text for s in additions["rundschau"]]
    assert any("6,80 Meter" in t for t in regional)
    assert not any("fünf Millionen Euro" in t for t in regional)  # the agency reported the aid first
    texts = {a.id: a.text for a in articles}
    for spans in additions.values():
        for span in spans:
            assert texts[span.article][span.start : span.end] == span.text


# --- the seeds ------------------------------------------------------------------------


def test_seeds_summary_is_sized_and_cited_exactly(seeds_story):
    story, articles = seeds_story
    assert 80 <= _words(story.summary) <= 200
    for sentence in story.summary:
        assert sentence.citations[0].text == sentence.text
        for citation in sentence.citations:
            assert articles[citation.article].text[citation.start : citation.end] == citation.text


def test_seeds_summary_covers_the_key_facts(seeds_story):
    story, _articles = seeds_story
    sentences = [s.text for s in story.summary]
    text = " ".join(sentences)
    assert "45 Minuten" in text  # how long the talks lasted
    assert "Moskau" in text  # the invitation to Moscow
    assert "zwölf" in text  # the twelve-minute press appearance
    assert "Forderungen aus Europa" in text  # the Europeans' demands
    # No ceasefire: a sentence about a ceasefire that is negated.
    ceasefire = [s for s in sentences if re.search(r"Waffenruhe|Waffenstillstand", s)]
    assert any(re.search(r"\b(ohne|kein\w*|nicht)\b", s) for s in ceasefire), ceasefire


def test_seeds_summary_does_not_repeat_a_fact(seeds_story):
    story, _articles = seeds_story
    assert sum("45 Minuten" in s.text for s in story.summary) == 1


def test_seeds_additions_in_publication_order(seeds_story):
    story, articles = seeds_story
    assert set(story.additions) == set(articles)
    dpa_report = next(a.id for a in articles.values() if a.source.rsplit("/", 1)[-1].startswith("001"))
    assert any("45 Minuten" in span.text for span in story.additions[dpa_report])
