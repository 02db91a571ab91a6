"""The outlet or platform a quote came through (``Quote.channel``), on German frames written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from lagebild.model import Article
from lagebild.nlp.annotate import annotate, consistent_story_mentions
from lagebild.nlp.channels import channel_in, nominative


def channel(sentence: str, speaker: str) -> str | None:
    at = sentence.index(speaker)
    span = channel_in(sentence, 0, len(sentence), (at, at + len(speaker)))
    return sentence[span[0] : span[1]] if span else None


@pytest.mark.parametrize(
    ("sentence", "speaker", "expected"),
    [
        # the outlet told, in the dative
        ("Die Lage sei ernst, sagte die Bürgermeisterin Anna Berger dem Sender Radio Nord am Abend.", "Anna Berger", "Radio Nord"),
        ("Man werde nachbessern, sagte Karl Huber der Nachrichtenagentur dpa.", "Karl Huber", "dpa"),
        ("Der Zug komme später, sagte sie am Montag der APA.", "sie", "APA"),
        ("Das sei erst der Anfang, sagte er der Süddeutschen Zeitung.", "er", "Süddeutschen Zeitung"),
        ("Man prüfe alle Optionen, sagte das Ministerium gegenüber der Times.", "das Ministerium", "Times"),
        # "gegenüber", interviews, pieces written for an outlet
        ("Der Hafen bleibe offen, erklärte der Minister gegenüber der Nachrichtenagentur Reuters.", "der Minister", "Reuters"),
        ("Lena Roth, die Sprecherin des Verbandes sagte gegenüber der Nachrichtenagentur AFP, man warte ab.", "Lena Roth", "AFP"),
        ("Die Preise würden sinken, sagte die Ökonomin in einem Interview mit der Financial Times.", "die Ökonomin", "Financial Times"),
        ("Es gebe keinen Plan B, sagte der Trainer im ZDF-Interview.", "der Trainer", "ZDF"),
        ("Das Konzert falle aus, sagte die Veranstalterin am Morgen im Radio Bremen.", "die Veranstalterin", "Radio Bremen"),
        ("Sie fürchte um den Standort, schrieb die Managerin in einem Gastbeitrag für das Handelsblatt.", "die Managerin", "Handelsblatt"),
        # an outlet citing the speaker, an outlet the words come through
        ("Die Mauer müsse weg, zitiert die Rheinische Post den Bürgermeister.", "den Bürgermeister", "Rheinische Post"),
        ("Er wird von der Agentur Belga mit den Worten zitiert, die Grenze sei zu.", "Er", "Belga"),
        ("Der Vertrag sei unterschrieben, sagte der Sprecher laut Spiegel Online.", "der Sprecher", "Spiegel Online"),
        ("Die Wahl werde verschoben, sagte der Premier der Agentur Tanjug zufolge.", "der Premier", "Tanjug"),
        # platforms
        ("Wir lassen uns nicht einschüchtern, schrieb die Abgeordnete auf Twitter.", "die Abgeordnete", "Twitter"),
        ("Der Gipfel sei ein Erfolg, teilte Trump auf seiner Onlineplattform Truth Social mit.", "Trump", "Truth Social"),
        ("Die Brücke sei gesperrt, meldete der Bürgermeister auf seinem Telegram-Kanal.", "der Bürgermeister", "Telegram"),
    ],
)
def test_the_named_outlet_or_platform_is_the_channel(sentence: str, speaker: str, expected: str) -> None:
    assert channel(sentence, speaker) == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Das sei erst der Anfang, sagte er der Zeitung.", "er"),  # which newspaper is not said
        ("Man habe alles versucht, sagte ein Sprecher der Nachrichtenagentur Reuters.", "ein Sprecher"),  # a genitive: who speaks
        ("Die Vorwürfe seien haltlos, erklärte der Anwalt gegenüber der Polizei.", "der Anwalt"),  # an authority, no outlet
        ("Das sei nicht abgesprochen, sagte die Ministerin gegenüber der ÖVP.", "die Ministerin"),  # a party
        ("Es ist Zeit, zu handeln, erklärte der Präsident in einer Online-Botschaft.", "der Präsident"),  # no name
        ("Der Umsatz sei gestiegen, sagte die Chefin im Gespräch mit Journalisten.", "die Chefin"),
        ("Wir kommen wieder, sagte der Kapitän im Suezkanal.", "der Kapitän"),
        ("Der Verband, der in der ARD für die Rechte zuständig ist, sagte, man warte ab.", "Der Verband"),  # another clause's
        ("Er werde dem Verband weiter helfen, sagte der Präsident.", "der Präsident"),
    ],
)
def test_no_channel_where_none_is_named(sentence: str, speaker: str) -> None:
    assert channel(sentence, speaker) is None


@pytest.mark.parametrize(
    ("written", "masthead"),
    [
        ("Süddeutschen Zeitung", "Süddeutsche Zeitung"),
        ("Frankfurter Allgemeinen Zeitung", "Frankfurter Allgemeine Zeitung"),
        ("Deutschen Presse-Agentur", "Deutsche Presse-Agentur"),
        ("Oberösterreichischen Nachrichten", "Oberösterreichischen Nachrichten"),
        ("„Berliner Zeitung“", "Berliner Zeitung"),
        ("„Kleinen Zeitung“", "Kleine Zeitung"),
        ("Fox News", "Fox News"),
    ],
)
def test_a_channel_is_named_as_on_its_masthead(written: str, masthead: str) -> None:
    assert nominative(written) == masthead


def test_the_channel_is_set_on_the_quote_from_its_frame_only() -> None:
    text = (
        "Die Stadt Lindau plant eine neue Fähre. „Wir bauen sie bis zum Sommer“, sagte Bürgermeisterin Anna Berger "
        "dem Sender Radio Nord. Die Kosten seien gedeckt, fügte sie hinzu.\n\n"
        "Der Verkehrsverein sieht das anders. Die Fähre komme zu spät, sagte sein Vorsitzender Peter Lang."
    )
    article = Article(id="a1", source="test", title=None, published="2025-08-14", language="de", text=text)
    annotate([article])
    consistent_story_mentions([article])
    by_text = {q.text: q for q in article.quotes}
    ferry = by_text["Wir bauen sie bis zum Sommer"]
    assert ferry.channel == "Radio Nord"
    assert text[ferry.channel_span[0] : ferry.channel_span[1]] == "Radio Nord"
    assert ferry.to_dict()["channel"] == "Radio Nord"
    late = next(q for q in article.quotes if q.text.startswith("Die Fähre komme zu spät"))
    assert late.channel is None


def test_seed_quotes_carry_their_channels(seeds_run) -> None:
    document, _ = seeds_run
    quotes = [q for story in document["stories"] for q in story["quotes"]]
    trump = {q["channel"] for q in quotes if q["speaker"] == "Donald Trump" and q.get("channel")}
    assert {"Fox News", "Truth Social"} <= trump
    assert all(q.get("channel") in (None, "Fox News", "Truth Social", "Reuters", "AFP", "dpa") for q in quotes), [q["channel"] for q in quotes if q.get("channel")]


def test_the_story_page_and_the_markdown_report_name_the_channel(seeds_run) -> None:
    from lagebild.export.markdown import story_markdown
    from lagebild.web.render import render_story

    document, by_id = seeds_run
    story = document["stories"][0]
    page = render_story(story, document["articles"], inline=True)
    assert 'class="channel">über Fox News<' in page
    assert "via Truth Social" in story_markdown(story, by_id)


def test_the_api_lists_the_quotes_a_channel_carried(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from lagebild.api.app import create_app
    from web_fixtures import filled_db

    article = tmp_path / "faehre.txt"
    article.write_text(
        "title: Lindau baut eine neue Fähre\ndate: 2025-08-14\noutlet: Seeblatt\n\n"
        "Die Stadt Lindau plant eine neue Fähre. „Wir bauen sie bis zum Sommer“, sagte Bürgermeisterin Anna Berger "
        "dem Sender Radio Nord. Die Kosten seien gedeckt, sagte sie.\n\n"
        "Der Verkehrsverein sieht das anders. „Die Fähre kommt zu spät“, sagte sein Vorsitzender Peter Lang.\n",
        encoding="utf-8",
    )
    client = TestClient(create_app(str(filled_db(tmp_path, [str(article)]))))
    carried = client.get("/api/quotes", params={"channel": "Radio Nord"}).json()
    assert [q["text"] for q in carried["items"]] == ["Wir bauen sie bis zum Sommer"]
    assert client.get("/api/quotes").json()["total"] > carried["total"]


_FRAME_WORDS = [
    "sagte", "der", "dem", "Sender", "Zeitung", "gegenüber", "laut", "zufolge", "auf", "Twitter", "X", "Interview", "mit",
    "zitiert", "von", "„Welt“", "Radio", "Nord", "Süddeutschen", "APA", "dpa", "Online", "ZDF-Interview", ",", ".", "Telegram-Kanal",
]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.one_of(st.sampled_from(_FRAME_WORDS), st.text(min_size=1, max_size=8)), max_size=25),
    speaker_at=st.integers(min_value=0, max_value=30),
)
def test_a_channel_lies_in_its_part_and_off_the_speaker(words: list[str], speaker_at: int) -> None:
    text = " ".join(words)
    speaker = (min(speaker_at, len(text)), min(speaker_at + 5, len(text)))
    span = channel_in(text, 0, len(text), speaker)
    if span is not None:
        assert 0 <= span[0] < span[1] <= len(text)
        assert span[1] <= speaker[0] or span[0] >= speaker[1]
        assert nominative(text[span[0] : span[1]]).strip()
