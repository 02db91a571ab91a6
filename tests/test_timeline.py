"""The timeline: events dated by when they happened, merged across outlets, planned apart; the seeds' key events."""

from __future__ import annotations

import copy

import pytest

from lagebild.model import Article
from lagebild.nlp.annotate import annotate
from lagebild.nlp.entities import merge_entities
from lagebild.story.timeline import build_timeline, is_past, is_past_verb


# 2026-03-13 is a Friday.
FIRST = (
    "Die Elbe erreichte in Lindenau am Donnerstag einen Pegel von 6,40 Metern. "
    "Bürgermeisterin Petra Vogt ließ am Donnerstagabend die Altstadt räumen. "
    "Am Samstag soll der Krisenstab erneut tagen. "
    "Ohne den Deich wäre die Altstadt überflutet worden."
)
SECOND = (
    "Bürgermeisterin Petra Vogt hatte die Altstadt von Lindenau am Donnerstagabend räumen lassen. "
    "Am Freitag besuchte Ministerpräsident Jan Körber die Deiche in Lindenau.\n\n"
    "Bürgermeisterin Petra Vogt dankte den Helfern."
)


def _story(*texts: tuple[str, str]):
    articles = [Article(id=f"a{i}", source=f"a{i}.txt", published=published, language="de", text=text) for i, (published, text) in enumerate(texts)]
    annotate(articles)
    return articles, build_timeline(articles, merge_entities(articles))


def _event(timeline, fragment: str):
    found = [e for e in timeline if any(fragment in s.text for s in e.evidence)]
    assert len(found) == 1, [e.text for e in timeline]
    return found[0]


@pytest.fixture(scope="module")
def flood():
    return _story(("2026-03-13", FIRST), ("2026-03-14T07:00", SECOND))


def test_events_are_dated_by_their_time_expression_not_the_publication(flood):
    _articles, timeline = flood
    assert _event(timeline, "Pegel von 6,40").when == "2026-03-12"  # "am Donnerstag" in a Friday article
    assert _event(timeline, "Jan Körber").when == "2026-03-13"  # "am Freitag" in a Saturday article


def test_the_same_event_from_two_outlets_is_merged_with_all_its_evidence(flood):
    articles, timeline = flood
    event = _event(timeline, "ließ am Donnerstagabend")
    assert event.when == "2026-03-12" and event.status == "happened"
    assert [s.article for s in event.evidence] == ["a0", "a1"]
    assert event.who == ["Petra Vogt"]
    texts = {a.id: a.text for a in articles}
    for span in event.evidence:
        assert texts[span.article][span.start : span.end] == span.text


def test_planned_events_are_kept_apart_from_what_happened(flood):
    _articles, timeline = flood
    planned = _event(timeline, "Krisenstab")
    assert planned.status == "planned" and planned.when == "2026-03-14"
    assert [e.status for e in timeline if e.when[:10] == "2026-03-12"] == ["happened", "happened"]


def test_an_undated_past_event_takes_the_story_day_the_report_speaks_of(flood):
    _articles, timeline = flood
    # Published on Saturday morning, the report speaks of Friday (Körber's visit): the thanks are dated so.
    assert _event(timeline, "dankte den Helfern").when == "2026-03-13"


def test_irrealis_is_not_an_event(flood):
    _articles, timeline = flood
    assert not any("wäre" in e.text for e in timeline)


def test_timeline_is_in_time_order(flood):
    _articles, timeline = flood
    days = [e.when[:10] for e in timeline]
    assert days == sorted(days)


def test_a_clock_time_makes_the_event_precise():
    _articles, timeline = _story(("2026-03-13", "Kanzlerin Maria Brandt trifft am Freitagabend um 20.15 Uhr in Lindenau ein."))
    assert timeline[0].when.startswith("2026-03-13T20:15")


@pytest.mark.parametrize("word", ["telefonierte", "legte", "hatten", "gefordert", "sprach", "saßen", "blieb", "gab", "wurde", "empfing"])
def test_past_verbs(word):
    assert is_past_verb(word)


@pytest.mark.parametrize("word", ["könnten", "trifft", "spricht", "treffen", "eigenen", "abzuhalten", "russischen", "Staaten", "würde", "zwischen"])
def test_not_past_verbs(word):
    assert not is_past_verb(word)


@pytest.mark.parametrize(
    "text, past",
    [
        ("Die Minister haben ihr Treffen ohne Ergebnis beendet.", True),
        ("Der Präsident ist in Lindenau eingetroffen.", True),
        ("Die Zukunft der Stadt ist das Hauptthema.", False),
        ("Die Kanzlerin trifft sich am Freitag mit dem Bürgermeister.", False),
    ],
)
def test_past_sentences(text, past):
    assert is_past(text) is past


# --- the seeds ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_timeline(seeds_run):
    from lagebild.story.builder import StoryOptions, synthesise

    _document, by_id = seeds_run
    articles = copy.deepcopy(list(by_id.values()))
    story, _dropped = synthesise("seeds", articles, StoryOptions())
    return story.timeline, {a.id: a for a in articles}


def _events_naming(timeline, word: str):
    found = [e for e in timeline if any(word in s.text for s in e.evidence)]
    assert found, f"no timeline event names {word!r}"
    return found


def test_seeds_summit_is_dated_2025_08_15(seeds_timeline):
    timeline, _articles = seeds_timeline
    summit = [e for e in _events_naming(timeline, "Gipfeltreffen") if e.status == "happened" and {"Donald Trump", "Wladimir Putin"} <= set(e.who)]
    assert summit and all(e.when.startswith("2025-08-15") for e in summit)
    assert any(e.when.startswith("2025-08-15T21:30") for e in summit)  # the announced start, Central European time


def test_seeds_call_with_lukaschenko_and_flowers_in_magadan_on_2025_08_15(seeds_timeline):
    timeline, _articles = seeds_timeline
    for word in ("Lukaschenko", "Magadan"):
        assert [e.when[:10] for e in _events_naming(timeline, word)] == ["2025-08-15"], word
        assert all(e.status == "happened" for e in _events_naming(timeline, word))


def test_seeds_expected_length_of_the_talks_is_planned(seeds_timeline):
    timeline, _articles = seeds_timeline
    assert {e.status for e in _events_naming(timeline, "sechs bis sieben Stunden")} == {"planned"}


def test_seeds_evidence_is_exact(seeds_timeline):
    timeline, articles = seeds_timeline
    assert len(timeline) >= 10
    for event in timeline:
        for span in event.evidence:
            assert articles[span.article].text[span.start : span.end] == span.text
