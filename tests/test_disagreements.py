"""Disagreements between sources: values, planned vs actual, updates, outcome framing; the seeds' two."""

from __future__ import annotations

import pytest

from lagebild.model import Article
from lagebild.nlp.annotate import annotate
from lagebild.story.disagreements import find_disagreements, outcome_polarity


def _articles(*texts: tuple[str, str]) -> list[Article]:
    articles = [Article(id=f"a{i}", source=f"a{i}.txt", published=published, language="de", text=text) for i, (published, text) in enumerate(texts)]
    annotate(articles)
    return articles


def _exact(articles: list[Article], disagreement) -> None:
    texts = {a.id: a.text for a in articles}
    for claim in disagreement.claims:
        assert texts[claim.article][claim.start : claim.end] == claim.text


def test_different_durations_of_the_same_meeting_are_a_value_disagreement():
    articles = _articles(
        ("2026-03-13", "Die Sitzung des Krisenstabs dauerte am Dienstag drei Stunden."),
        ("2026-03-13", "Nach Angaben der Stadt dauerte die Sitzung des Krisenstabs fünf Stunden."),
    )
    [found] = find_disagreements(articles)
    assert found.kind == "value"
    assert [c.text for c in found.claims] == ["drei Stunden", "fünf Stunden"]
    assert found.topic == "Dauer: Sitzung"
    _exact(articles, found)


def test_expected_against_actual_length_is_planned_vs_actual():
    articles = _articles(
        ("2026-03-12", "Die Verhandlungen mit den Versicherern sollen vier Stunden dauern."),
        ("2026-03-13", "Die Verhandlungen mit den Versicherern dauerten schließlich nur 90 Minuten."),
    )
    [found] = find_disagreements(articles)
    assert found.kind == "planned-vs-actual"
    assert [c.text for c in found.claims] == ["vier Stunden", "90 Minuten"]  # what was expected first
    _exact(articles, found)


def test_a_later_article_correcting_a_death_toll_is_an_update():
    articles = _articles(
        ("2026-03-13", "Bei dem Busunglück in Tirol kamen zwölf Menschen ums Leben."),
        ("2026-03-14", "Die Zahl der Toten nach dem Busunglück in Tirol ist inzwischen auf 15 Menschen gestiegen."),
    )
    [found] = find_disagreements(articles)
    assert found.kind == "update"
    assert [c.text for c in found.claims] == ["zwölf Menschen", "15 Menschen"]
    assert found.topic.startswith("Tote")


def test_same_day_reports_of_different_tolls_are_a_value_disagreement():
    articles = _articles(
        ("2026-03-13", "Bei dem Busunglück in Tirol kamen zwölf Menschen ums Leben."),
        ("2026-03-13", "Bei dem Busunglück in Tirol starben 15 Menschen."),
    )
    [found] = find_disagreements(articles)
    assert found.kind == "value"


@pytest.mark.parametrize(
    "first, second",
    [
        # the same value in other words
        ("Die Sitzung dauerte drei Stunden.", "Nach drei Stunden war die Sitzung vorbei, sie dauerte drei Stunden."),
        # close enough (within 15 %)
        ("Die Sitzung des Krisenstabs dauerte 100 Minuten.", "Die Sitzung des Krisenstabs dauerte 110 Minuten."),
        # different things measured
        ("Die Sitzung dauerte drei Stunden.", "Die Anreise der Delegation über die Autobahn nahm fünf Stunden in Anspruch."),
        # a duration that places an event in time measures nothing
        ("Zwei Tage nach dem Deichbruch kehrten die Bewohner zurück.", "Fünf Tage nach dem Deichbruch kehrten die Bewohner zurück."),
    ],
)
def test_no_disagreement_without_a_real_difference_in_the_same_thing(first, second):
    articles = _articles(("2026-03-13", first), ("2026-03-13", second))
    assert [d for d in find_disagreements(articles) if d.kind != "framing"] == []


def test_failure_against_reported_agreement_is_a_framing_disagreement():
    articles = _articles(
        ("2026-03-13", "Der Gipfel in Brüssel ist ohne Ergebnis zu Ende gegangen. Die Regierungschefs reisten am Abend ab."),
        ("2026-03-13", "Die Kanzlerin sprach nach dem Gipfel von einer Einigung in wichtigen Fragen."),
    )
    [found] = find_disagreements(articles)
    assert found.kind == "framing"
    assert [c.article for c in found.claims] == ["a0", "a1"]
    assert "ohne Ergebnis" in found.claims[0].text and "Einigung" in found.claims[1].text
    _exact(articles, found)


@pytest.mark.parametrize(
    "text, polarity",
    [
        ("Der Gipfel in Brüssel ist ohne Ergebnis zu Ende gegangen.", "negative"),
        ("Die Verhandlungen sind gescheitert.", "negative"),
        ("Das Treffen brachte keine Fortschritte.", "negative"),
        ("Die Minister einigten sich auf einen Kompromiss.", "positive"),
        ("Beide Seiten sprachen von Fortschritten.", "positive"),
        ("Die Kanzlerin warb für eine Einigung.", None),  # hoped for, not reached
        ("Eine Einigung gab es nicht.", None),  # negated after the cue
        ("Eine Einigung soll bis Freitag stehen.", None),  # planned
        ("Die Stimmung im Saal war gut.", None),
    ],
)
def test_outcome_polarity_cues(text, polarity):
    assert outcome_polarity(text) == polarity


def test_hopes_for_an_agreement_do_not_contradict_a_failure():
    articles = _articles(
        ("2026-03-13", "Der Gipfel in Brüssel ist ohne Ergebnis zu Ende gegangen."),
        ("2026-03-12", "Die Kanzlerin hofft auf eine Einigung beim Gipfel."),
    )
    assert find_disagreements(articles) == []


# --- the seeds ------------------------------------------------------------------------


def _seed(articles: dict[str, Article], prefix: str) -> str:
    return next(a.id for a in articles.values() if a.source.rsplit("/", 1)[-1].startswith(prefix))


def test_seeds_planned_against_actual_length_of_the_talks(seeds_story):
    story, articles = seeds_story
    durations = [d for d in story.disagreements if d.kind == "planned-vs-actual"]
    assert len(durations) == 1, story.disagreements
    claims = [(c.article, c.text) for c in durations[0].claims]
    assert (_seed(articles, "000"), "Zwischen sechs bis sieben Stunden") in claims  # expected, before
    assert (_seed(articles, "002"), "sechs Stunden") in claims  # "vorgesehen", after
    assert (_seed(articles, "002"), "2 Stunden 45 Minuten") in claims  # what happened
    assert any(a == _seed(articles, "001") and "45 Minuten" in t for a, t in claims)
    assert len(claims) == len(set(claims))  # a live blog repeating itself is one claim
    for claim in durations[0].claims:
        assert articles[claim.article].text[claim.start : claim.end] == claim.text


def test_seeds_framing_failure_against_agreements(seeds_story):
    story, articles = seeds_story
    framing = [d for d in story.disagreements if d.kind == "framing"]
    assert len(framing) == 1, story.disagreements
    negative, positive = framing[0].claims
    assert negative.article == _seed(articles, "002") and "ohne Ergebnis" in negative.text
    assert positive.article == _seed(articles, "001") and "Einigungen in wichtigen Punkten" in positive.text
    for claim in framing[0].claims:
        assert articles[claim.article].text[claim.start : claim.end] == claim.text
