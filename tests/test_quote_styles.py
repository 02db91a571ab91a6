"""Quotes: every quote style and layout German, Swiss and Austrian outlets print, on sentences we write."""

from __future__ import annotations

import pytest

from lagebild.model import Article, Mention
from lagebild.nlp.quotes import extract_quotes
from lagebild.nlp.sentences import split_sentences
from test_quotes import _quotes


def _direct(text: str) -> list[tuple[str, str | None]]:
    return [(q[1], q[2]) for q in _quotes(text) if q[0] == "direct"]


@pytest.mark.parametrize(
    "text",
    [
        "„Wir bauen die Brücke bis Ende Jahr fertig“, sagte Petra Vogt am Dienstag.",
        "«Wir bauen die Brücke bis Ende Jahr fertig», sagte Petra Vogt am Dienstag.",  # Swiss
        "»Wir bauen die Brücke bis Ende Jahr fertig«, sagte Petra Vogt am Dienstag.",  # book style
        "« Wir bauen die Brücke bis Ende Jahr fertig », sagte Petra Vogt am Dienstag.",  # French spacing
        '"Wir bauen die Brücke bis Ende Jahr fertig", sagte Petra Vogt am Dienstag.',  # straight
        "“Wir bauen die Brücke bis Ende Jahr fertig”, sagte Petra Vogt am Dienstag.",  # English
        "‚Wir bauen die Brücke bis Ende Jahr fertig‘, sagte Petra Vogt am Dienstag.",  # German single
        # what scrapers make of them: mismatched pairs, one mark for both ends, typewriter singles
        "„Wir bauen die Brücke bis Ende Jahr fertig\", sagte Petra Vogt am Dienstag.",
        "„Wir bauen die Brücke bis Ende Jahr fertig”, sagte Petra Vogt am Dienstag.",
        "”Wir bauen die Brücke bis Ende Jahr fertig”, sagte Petra Vogt am Dienstag.",
        "»Wir bauen die Brücke bis Ende Jahr fertig», sagte Petra Vogt am Dienstag.",
        "‘Wir bauen die Brücke bis Ende Jahr fertig’, sagte Petra Vogt am Dienstag.",
        "'Wir bauen die Brücke bis Ende Jahr fertig', sagte Petra Vogt am Dienstag.",
        "„Wir bauen die Brücke bis Ende Jahr fertig“,sagte Petra Vogt am Dienstag.",
    ],
)
def test_every_style_of_quote_marks(text):
    assert _direct(text) == [("Wir bauen die Brücke bis Ende Jahr fertig", "Petra Vogt")]


@pytest.mark.parametrize("marks", ["„“", "«»", "»«", '""'])
def test_interrupted_quote_in_each_style(marks):
    o, c = marks
    for frame in ("sagte Vogt", "so Vogt"):
        text = f"{o}Wir sind vorbereitet{c}, {frame}, {o}aber das Wasser steigt weiter.{c}"
        # the two halves, and no reported clause made of the quotes and their frame
        assert _quotes(text) == [("direct", "Wir sind vorbereitet", "Vogt"), ("direct", "aber das Wasser steigt weiter.", "Vogt")]


@pytest.mark.parametrize("marks", ["„“", "«»", "»«", '""'])
def test_colon_introduced_and_so_x(marks):
    o, c = marks
    assert _direct(f"Jens Köhler sagte: {o}Wir haben alles getan, was möglich war.{c}") == [("Wir haben alles getan, was möglich war.", "Jens Köhler")]
    assert _direct(f"{o}Wer soll das bezahlen?{c}, so Petra Vogt.") == [("Wer soll das bezahlen?", "Petra Vogt")]
    assert _direct(f"{o}Die Lage ist ernst{c}, so die Bürgermeisterin.") == [("Die Lage ist ernst", "die Bürgermeisterin")]


def test_single_quotes_nested_in_double():
    assert _direct("„Er rief mir zu: ‚Lauf weg!‘, und dann war es still“, erzählte Petra Vogt.") == [
        ("Er rief mir zu: ‚Lauf weg!‘, und dann war es still", "Petra Vogt")
    ]
    assert _direct("»Der Minister nannte das ›eine Frechheit‹, und ich sehe das genauso«, sagte Jens Köhler.") == [
        ("Der Minister nannte das ›eine Frechheit‹, und ich sehe das genauso", "Jens Köhler")
    ]
    assert _direct("Petra Vogt sagte: \"Das Amt nennt es 'Restrisiko', ich nenne es Leichtsinn.\"") == [
        ("Das Amt nennt es 'Restrisiko', ich nenne es Leichtsinn.", "Petra Vogt")
    ]


def test_quote_over_several_sentences():
    assert _direct("„Wir haben die Lage im Griff. Niemand muss sich Sorgen machen. Die Helfer sind vor Ort“, sagte Petra Vogt.") == [
        ("Wir haben die Lage im Griff. Niemand muss sich Sorgen machen. Die Helfer sind vor Ort", "Petra Vogt")
    ]
    assert _direct("„Wir haben Angst“, sagen die Anwohner. „Das Wasser kommt jeden Tag näher.“") == [
        ("Wir haben Angst", "die Anwohner"), ("Das Wasser kommt jeden Tag näher.", "die Anwohner")
    ]


def test_quote_over_several_paragraphs():
    # each new paragraph opens the quote again, only the last one closes it
    text = "Jens Köhler sagte:\n\n„Das erste Haus stand schon unter Wasser.\n\n„Dann kam die zweite Welle, und wir liefen.“"
    found = _quotes(text)
    assert [q[:2] for q in found] == [("direct", "Das erste Haus stand schon unter Wasser."), ("direct", "Dann kam die zweite Welle, und wir liefen.")]
    # the speaker is no phrase inside the quote before ("Das erste Haus")
    assert found[1][2] in ("Jens Köhler", None)
    text = "Petra Vogt trat vor die Presse.\n\n»Wir haben die ganze Nacht gearbeitet. Die Pumpen laufen.\n\n»Die Deiche sind gesichert«, sagte sie."
    assert _direct(text) == [("Wir haben die ganze Nacht gearbeitet. Die Pumpen laufen.", "Petra Vogt"), ("Die Deiche sind gesichert", "sie")]


def test_headline_quotes():
    assert _direct("Vogt: «Die Deiche halten»") == [("Die Deiche halten", "Vogt")]
    assert _direct("Hochwasser in Lindenau – Köhler: »Wir bleiben hier«") == [("Wir bleiben hier", "Köhler")]
    assert _direct('Bürgermeisterin Petra Vogt: "Wir bleiben hier" – Flut erreicht Lindenau') == [("Wir bleiben hier", "Petra Vogt")]
    # a quote opening the headline before a colon, a quote as a clause of its own after a dash
    assert [q[0] for q in _direct("„Wir bleiben hier“: Bürgermeisterin trotzt der Flut")] == ["Wir bleiben hier"]
    assert _direct("Bürgermeisterin will trotz Kritik nicht zurücktreten – „Werde bis 2030 im Amt bleiben“") == [
        ("Werde bis 2030 im Amt bleiben", "Bürgermeisterin")
    ]
    # a dash before a noun phrase in quote marks is no statement
    assert _direct("Ein neues Wahrzeichen – „Der lange Steg“") == []


def test_quote_followed_by_so_x_or_a_dash():
    assert _direct("»Wir müssen jetzt handeln«, so Vogt. »Sonst ist es zu spät.«") == [("Wir müssen jetzt handeln", "Vogt"), ("Sonst ist es zu spät.", "Vogt")]
    assert _direct("„Wir müssen jetzt handeln“, so Vogt weiter.") == [("Wir müssen jetzt handeln", "Vogt")]
    assert _direct("„Wir halten die Deiche noch lange“ – Petra Vogt am Montag.") == [("Wir halten die Deiche noch lange", "Petra Vogt")]


def test_a_headline_name_with_its_attributes_before_the_colon():
    text = "Deutschlands Umweltministerin Petra Vogt: „Wir dürfen nicht abwarten, bis der Damm bricht“"
    article = Article(id="t", source="t", text=text)
    article.sentences = split_sentences(text)
    article.mentions = [Mention(0, 12, "Deutschlands", "LOC"), Mention(text.find("Petra"), text.find("Petra") + 10, "Petra Vogt", "PER")]
    assert [(q.text, q.speaker) for q in extract_quotes(article)] == [("Wir dürfen nicht abwarten, bis der Damm bricht", "Petra Vogt")]


def test_fragments_after_any_inflection_of_a_verb_of_saying():
    assert _quotes("Die Anwälte argumentierten mit „Geschichtsfälschung“ und „irreparablem Schaden“.") == [
        ("partial", "Geschichtsfälschung", "Die Anwälte"), ("partial", "irreparablem Schaden", "Die Anwälte")
    ]
    # the plural present has the infinitive's form: finite in second place after its subject
    assert _quotes("Die Anwälte argumentieren mit „Geschichtsfälschung“.") == [("partial", "Geschichtsfälschung", "Die Anwälte")]
    # a participle names ("auch „Apogäum“ genannt") rather than reports
    assert _quotes("Der erdfernste Punkt, auch „Erdferne“ genannt, liegt weit draußen.") == []


def test_the_word_someone_uses_for_it():
    assert _quotes("Anwohner sprechen von „Durchwurschteln“.") == [("partial", "Durchwurschteln", "Anwohner")]
    assert _quotes("Die Helfer warnten vor einem „Kollaps“ der Versorgung.")[0][:2] == ("partial", "Kollaps")


def test_a_name_in_the_genitive_before_the_speakers_role_is_not_the_speaker():
    found = _quotes("„Wir haben unser Ziel nicht erreicht“, sagte Lindenaus Trainer Jens Köhler.", others=("Lindenaus",))
    assert found == [("direct", "Wir haben unser Ziel nicht erreicht", "Jens Köhler")]
    found = _quotes("Die Stadt habe versagt, sagte Lindenaus Bürgermeisterin Petra Vogt am Montag.", others=("Lindenaus",))
    assert found == [("indirect", "Die Stadt habe versagt", "Petra Vogt")]


def test_apostrophes_are_no_quote_marks():
    text = "Die '68er-Bewegung prägte die Stadt. " + "Viele Jahre später stand dort ein Denkmal. " * 8 + "Klaus' Frau eröffnete es am Montag."
    assert _quotes(text) == []
    assert _quotes("Geht's noch? So 'ne Sache, sagte Petra Vogt, hat's hier nie gegeben.") == []


def test_a_headline_speaker_before_the_colon_owns_the_fragment_after_it():
    assert _quotes("Naturschutzbund: Fällung der Bäume „eine Schande“") == [("partial", "eine Schande", "Naturschutzbund")]
    assert _quotes("Griechische Regierung: Umgehung des Grenzzauns war „organisierte Aktion“") == [
        ("partial", "organisierte Aktion", "Griechische Regierung")
    ]
    # a statement of its own after a dash stays direct
    found = _quotes("Bürgermeisterin: Rücktritt „reine Spekulation“ – „Werde bis 2030 im Amt bleiben“")
    assert [q[:2] for q in found] == [("partial", "reine Spekulation"), ("direct", "Werde bis 2030 im Amt bleiben")]
    # a heading word before the colon speaks no words
    assert _quotes("Hintergrund: Die Stadt hatte das „Jahr der Flut“ ausgerufen.") == []
    assert _quotes("Zum Vergleich: Der Bau des „Langen Stegs“ dauerte drei Jahre.") == []


def test_the_title_of_a_work_named_after_it():
    found = _quotes("Nach zwei Jahren Arbeit hat die Autorin mit „Die Stunde der Flut“ einen Roman über Lindenau vorgelegt, sagte Petra Vogt.")
    assert [q for q in found if q[0] != "indirect"] == []
    assert _quotes("Die Bürgermeisterin lobte „Die Stunde der Flut“, den neuen Film über Lindenau.") == []


def test_a_name_in_a_phrase_before_the_colon_is_what_it_is_about():
    found = _quotes("Petra Vogt schwieg lange. Ihre Meinung zu Jens Köhler: „Er hat die Stadt im Stich gelassen.“")
    assert found[0][:2] == ("direct", "Er hat die Stadt im Stich gelassen.") and found[0][2] != "Jens Köhler"


def test_a_name_in_brackets_after_a_quote_that_ends_its_sentence():
    assert _direct("„Was wir brauchen, ist ein neuer Damm. Und zwar bald.“ (Petra Vogt)") == [("Was wir brauchen, ist ein neuer Damm. Und zwar bald.", "Petra Vogt")]
    # a bracket after a quote inside a sentence is no attribution
    assert _direct("Jens Köhler sagte: „Der Damm hält.“ (Seine Stimme zitterte.)") == [("Der Damm hält.", "Jens Köhler")]


def test_lower_case_words_after_a_noun_are_a_fragment_not_its_name():
    found = _quotes("Der Bürgermeister kündigte für die kommenden Jahre „große Herausforderungen“ an.")
    assert ("partial", "große Herausforderungen") in [q[:2] for q in found]
    # a medium in the genitive is named by its words, whatever their case
    found = _quotes("Laut einem Test des Magazines „rad und reise“ sind die meisten Räder zu schwer, sagte Petra Vogt.")
    assert [q for q in found if q[0] == "partial"] == []


def test_the_title_of_a_work_watched_read_or_shown_is_no_fragment():
    for text in (
        "Der Zeuge sagte, er habe am Abend „Hafenkrimi – Die Toten vom Kai“ gesehen und sei dann eingeschlafen.",
        "Die Lehrerin erklärte, sie habe mit der Klasse „Die Reise nach Lindau“ gelesen.",
        "Der Regisseur sagte, er wolle „Stille Wasser im Moor“ im Herbst zeigen.",
        "Die Ausstellung heißt „Farben der Nacht“, sagte die Kuratorin.",
    ):
        assert [q for q in _quotes(text) if q[0] != "indirect"] == [], text
    # words said stay speech: lower case, or a judgement with "sehen"
    found = _quotes("Der Minister sagte, er habe „unglaubliche Zerstörungen“ gesehen.")
    assert ("partial", "unglaubliche Zerstörungen") in [q[:2] for q in found]


def test_a_headline_quote_glued_to_the_text_below_it():
    found = _quotes("„Wir bleiben an der Küste“ Der Bürgermeister von Hafenstadt will trotz der Flut nicht umziehen.")
    assert found[0][:2] == ("direct", "Wir bleiben an der Küste")
    # a title without a verb opening the text is no statement
    assert [q for q in _quotes("„Die Stunde der Flut“ Der neue Roman erzählt von Lindenau.") if q[0] == "direct"] == []


def test_words_someone_calls_a_person_or_levels_at_them():
    assert ("partial", "Schmarotzer") in [q[:2] for q in _quotes("Die Nachbarn hatten den Mann als „Schmarotzer“ beschimpft.")]
    assert _quotes("Die Bürgermeisterin nannte ihn den „Retter der Altstadt“.") == [("partial", "Retter der Altstadt", "Die Bürgermeisterin")]
    assert ("partial", "gezielten Täuschung") in [q[:2] for q in _quotes("Der Minister muss sich den Vorwurf einer „gezielten Täuschung“ gefallen lassen.")]
    # "nennt man" names a thing, nobody speaks
    assert _quotes("Eine solche Brücke nennt man eine „Hängebrücke“.") == []


def test_a_headline_that_opens_with_its_speaker_and_no_verb():
    assert _quotes("Kowalczyk „beunruhigt“ über die Lage an der Grenze, aber Lob für die Helfer.") == [("partial", "beunruhigt", "Kowalczyk")]
    found = _quotes("Stadt ehrt Helfer – Feuerwehrchef „ein Glücksfall für die Stadt“. Hafenstadt – Die Stadt hat am Montag gefeiert.")
    assert ("partial", "ein Glücksfall für die Stadt") in [q[:2] for q in found]
    # a work or a product after its maker is no speech
    assert _quotes("Kinofilm „Die Stunde der Flut“ über Lindenau im Herbst.") == []
    assert _quotes("Deutsche Bahn „Fahrplan 2030“ im Netz") == []


def test_a_name_with_a_capital_inside_a_word_is_no_fragment():
    found = _quotes("Ähnliches hatte zuvor in der „TaG aktuell“ auch der Bürgermeister gesagt.")
    assert [q for q in found if q[0] == "partial"] == []


def test_quoted_words_joined_to_a_quote_before_them():
    found = _quotes("Extremisten zur Flut: „Strafe des Himmels“ oder „Biowaffe“")
    assert ("partial", "Biowaffe") in [q[:2] for q in found]
    # a product joined to the words said is still a product
    found = _quotes("Extremisten zur Flut: „Strafe des Himmels“ oder „iFlut“")
    assert ("partial", "iFlut") not in [q[:2] for q in found]


def test_an_opening_mark_glued_to_the_full_stop_before_it():
    found = _quotes('Der Landrat besuchte am Montag die Deiche."Wir halten die Deiche noch lange", sagte Jens Köhler.')
    assert ("direct", "Wir halten die Deiche noch lange") in [q[:2] for q in found]
    # a closing mark after the full stop stays a closer
    found = _quotes('Jens Köhler sagte: "Die Deiche halten."Danach fuhr er weiter.')
    assert [q[:2] for q in found if q[0] == "direct"] == [("direct", "Die Deiche halten.")]


def test_a_verb_of_saying_by_its_lemma_right_after_the_quote_without_a_comma():
    # the comma before an inverted frame left out: any finite form of a verb of saying frames the quote
    assert _quotes("„Das habe ich schon im Mai vorgeschlagen“ erinnert Petra Vogt.") == [
        ("direct", "Das habe ich schon im Mai vorgeschlagen", "Petra Vogt")
    ]
    assert _quotes("„Wir haben die Deiche rechtzeitig verstärkt“ erzählt Petra Vogt.")[0] == (
        "direct", "Wir haben die Deiche rechtzeitig verstärkt", "Petra Vogt"
    )
    # "erinnert an": a title that resembles something, no one reminding
    assert _quotes("„Die lange Nacht am Fluss“ erinnert an den Sommer 2002.") == []


def test_a_straight_mark_never_closed_does_not_swallow_a_typographic_quote_after_it():
    # the straight opener is never closed: its only closer is the one of the „…“ quote further on
    found = _quotes('Die Partei tagt. "Wir sind bereit. Petra Vogt sagte am Montag, die Lage sei ernst. Sie werde „einen vernünftigen Weg finden“.')
    assert ("partial", "einen vernünftigen Weg finden") in [q[:2] for q in found]
    # an inner „…“ inside straight marks: the outer quote closes later, in either style
    assert _quotes('Petra Vogt sagte: "Er hat mir „nein“ gesagt, das war alles."')[0][:2] == ("direct", "Er hat mir „nein“ gesagt, das war alles.")
    assert _quotes('Petra Vogt sagte: "Er hat mir „nein“ gesagt, das war alles.“')[0][:2] == ("direct", "Er hat mir „nein“ gesagt, das war alles.")


def test_a_statement_cut_short_with_an_ellipsis():
    # three words with a finite verb, cut off with dots: a statement quoted in part
    found = _quotes("Deiche geräumt – Feuerwehr hat bösen Verdacht „Offenbar waren einige...“")
    assert [q[:2] for q in found] == [("direct", "Offenbar waren einige...")]
    # a title cut short is still a title
    assert _quotes("Am Abend läuft der Film „Denn sie wissen nicht...“ im Kino.") == []
