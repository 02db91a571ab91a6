"""Story synthesis on the seeds: timeline dates, disagreements, cited summary, what each article adds."""

from __future__ import annotations

from conftest import seed_id


def _story(document):
    return max(document["stories"], key=lambda s: len(s["articles"]))


def _event_on(story, fragment: str) -> dict:
    events = [e for e in story["timeline"] if any(fragment in ev["text"] for ev in e["evidence"])]
    assert events, f"no timeline event mentions {fragment!r}"
    return events[0]


def test_key_events_are_dated_when_they_happened(seeds_run):
    document, _ = seeds_run
    story = _story(document)
    assert _event_on(story, "trifft sich am Freitagabend")["when"].startswith("2025-08-15")  # the summit
    assert _event_on(story, "Lukaschenko")["when"].startswith("2025-08-15")
    assert _event_on(story, "Magadan")["when"].startswith("2025-08-15")
    planned = _event_on(story, "Zwischen sechs bis sieben Stunden könnten")
    assert planned["status"] == "planned"


def test_both_disagreements_are_found_with_their_claims(seeds_run):
    document, _ = seeds_run
    story = _story(document)
    durations = [d for d in story["disagreements"] if d["kind"] == "planned-vs-actual"]
    assert durations, story["disagreements"]
    claims = {c["text"] for c in durations[0]["claims"]}
    assert any("sechs bis sieben Stunden" in c for c in claims)
    assert any("2 Stunden" in c and "45 Minuten" in c for c in claims)
    framing = [d for d in story["disagreements"] if d["kind"] == "framing"]
    assert framing, story["disagreements"]
    texts = [c["text"] for c in framing[0]["claims"]]
    assert any("ohne Ergebnis" in t for t in texts)
    assert any("Einigungen in wichtigen Punkten" in t for t in texts)
    assert len({c["article"] for c in framing[0]["claims"]}) == 2


def test_summary_is_cited_exactly_and_sized(seeds_run):
    document, _ = seeds_run
    story = _story(document)
    texts = {a["id"]: a["text"] for a in document["articles"]}
    words = sum(len(s["text"].split()) for s in story["summary"])
    assert 80 <= words <= 200
    for sentence in story["summary"]:
        first = sentence["citations"][0]
        assert texts[first["article"]][first["start"] : first["end"]] == first["text"] == sentence["text"]


def test_each_article_adds_something_new_in_time_order(seeds_run):
    document, _ = seeds_run
    story = _story(document)
    additions = story["additions"]
    assert set(additions) == set(story["articles"])
    # The post-summit dpa report (001) is first to tell how long the talks lasted.
    later = additions[seed_id(document, "001")]
    assert any("45 Minuten" in span["text"] for span in later)


def test_summary_covers_the_key_facts_of_the_seeds(seeds_run):
    document, _ = seeds_run
    text = " ".join(s["text"] for s in _story(document)["summary"])
    assert "45 Minuten" in text  # how long the talks lasted
    assert "Moskau" in text  # the invitation to Moscow
    assert "zwölf" in text  # the twelve-minute press appearance
    assert "Forderungen aus Europa" in text  # the Europeans' demands
    assert "Waffenruhe" in text or "Waffenstillstand" in text  # that no ceasefire was agreed
