"""Quotes: every style on sentences we write, and who-said-what on the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hypothesis import given, settings, strategies as st

from conftest import seed_id
from lagebild.model import Article, Mention
from lagebild.nlp.quotes import extract_quotes
from lagebild.nlp.sentences import split_sentences


NAMES = ("Jens Köhler", "Petra Vogt", "Vogt")


def _tagged_article(text: str, others: tuple[str, ...] = ()) -> Article:
    """``text`` as an article with its sentences, the names in it marked as PER mentions (as the NER
    step does); ``others`` are further words the NER step tags (as ORG)."""
    article = Article(id="t", source="t", text=text)
    article.sentences = split_sentences(text)
    for name, label in [(n, "PER") for n in NAMES] + [(o, "ORG") for o in others]:
        start = text.find(name)
        if start != -1 and not any(m.start <= start < m.end for m in article.mentions):
            article.mentions.append(Mention(start, start + len(name), name, label))
    article.mentions.sort(key=lambda m: m.start)
    return article


def _quotes(text: str, others: tuple[str, ...] = ()):
    """Quotes with speakers of ``text`` tagged as :func:`_tagged_article` does."""
    article = _tagged_article(text, others)
    return [(q.kind, q.text, q.speaker) for q in extract_quotes(article)]


def test_direct_styles_and_speaker_after_the_quote():
    assert _quotes("„Wir halten die Deiche“, sagte Landrat Jens Köhler.") == [("direct", "Wir halten die Deiche", "Jens Köhler")]
    assert _quotes("»Die Lage ist ernst«, sagte Petra Vogt.")[0][:2] == ("direct", "Die Lage ist ernst")
    assert _quotes("«Wir sind bereit», sagte Petra Vogt.")[0][:2] == ("direct", "Wir sind bereit")
    assert _quotes('"Es wird knapp", so Petra Vogt.')[0] == ("direct", "Es wird knapp", "Petra Vogt")
    assert _quotes("„Es wird knapp\", sagte Petra Vogt.")[0][:2] == ("direct", "Es wird knapp")


def test_colon_interrupted_headline_and_partial():
    assert _quotes("Petra Vogt erklärte: „Wir evakuieren die Altstadt.“")[0] == ("direct", "Wir evakuieren die Altstadt.", "Petra Vogt")
    interrupted = _quotes("„Wir sind vorbereitet“, sagte Vogt, „aber das Wasser steigt weiter.“")
    assert [q[1] for q in interrupted if q[0] == "direct"] == ["Wir sind vorbereitet", "aber das Wasser steigt weiter."]
    assert _quotes('Vogt: "Die Deiche halten"')[0] == ("direct", "Die Deiche halten", "Vogt")
    partial = _quotes("Die Bürgermeisterin sprach von einer „Jahrhundertflut“ und bat um Hilfe.")
    assert ("partial", "Jahrhundertflut") in [q[:2] for q in partial]


def test_not_speech():
    assert _quotes("Der Aktionstag stand unter dem Motto „Gemeinsam gegen das Wasser“.") == []
    assert _quotes("Helfer trugen ein Banner mit der Aufschrift „Lindenau hält zusammen“ durch die Stadt.") == []
    assert _quotes("Auf dem Container stand in großen Lettern „ELBE“-Aufdruck zu lesen.") == []
    assert _quotes("Die Zeitung „Elbtal-Kurier“ berichtete zuerst über die Evakuierung.") == []
    assert _quotes("Der Landrat nannte das einen „Traumgegner“ für jede Feuerwehr.")[0][0] == "partial"


def test_reported_speech_in_the_subjunctive():
    found = _quotes("Der Landrat Jens Köhler sagte, die Lage sei ernst, aber unter Kontrolle.")
    assert ("indirect", "die Lage sei ernst, aber unter Kontrolle") in [q[:2] for q in found]


def test_sourced_reports_name_their_source():
    found = _quotes("Nach Angaben der afghanischen Regierung wurden in den ersten Tagen 35 Kämpfer getötet.")
    assert found == [("indirect", "wurden in den ersten Tagen 35 Kämpfer getötet", "der afghanischen Regierung")]
    found = _quotes("Laut bildblog.de veröffentlichte das Ministerium kürzlich einen Bericht über Arbeitslose.")
    assert found == [("indirect", "veröffentlichte das Ministerium kürzlich einen Bericht über Arbeitslose", "bildblog.de")]
    found = _quotes("Nach offiziellen Angaben sind in Paraguay mehr als 13.000 Menschen an Dengue-Fieber erkrankt.")
    assert found == [("indirect", "sind in Paraguay mehr als 13.000 Menschen an Dengue-Fieber erkrankt", "offiziellen Angaben")]
    # the frame inside the sentence: the whole sentence is reported, the source named
    found = _quotes("Der Deich soll laut Petra Vogt noch zwei Tage halten.")
    assert found == [("indirect", "Der Deich soll laut Petra Vogt noch zwei Tage halten", "Petra Vogt")]


def test_accusations_and_continued_sources():
    found = _quotes("Dem Bürgermeister wird vorgeworfen, die Warnungen der Feuerwehr ignoriert zu haben.")
    assert [q[:2] for q in found] == [("indirect", "die Warnungen der Feuerwehr ignoriert zu haben")]
    found = _quotes("Petra Vogt sagte, der Deich sei gesichert. Demnach steht die Altstadt nicht mehr in Gefahr.")
    assert ("indirect", "steht die Altstadt nicht mehr in Gefahr", "Petra Vogt") in found


def test_prepositions_conjunctions_and_zu_are_not_speech():
    assert _quotes("Im Vergleich zu 2003 fällt auf, dass der Anteil der Studienanfänger gesunken ist.") == []
    assert _quotes("Zu dem Unfall kam es, als ein beladener Kipper in der Kurve rangieren musste.") == []
    # the name in "am Potsdamer Platz" is no subject; the speaker is described after the verb
    found = _quotes("Auf der Kundgebung am Potsdamer Platz erklärte der Künstler und Aktivist padeluun, dass er stolz auf alle sei.")
    assert found == [("indirect", "er stolz auf alle sei", "der Künstler und Aktivist")]


def test_speaker_after_any_verb_and_subject_of_a_judging_sentence():
    found = _quotes("„Wir haben jetzt vier Punkte und brauchen nur ein Remis“, zeigte sich Trainer Jens Köhler zufrieden.")
    assert found == [("direct", "Wir haben jetzt vier Punkte und brauchen nur ein Remis", "Jens Köhler")]
    found = _quotes("Petra Vogt attackierte die Behörde als den „größten Bremser beim Hochwasserschutz“.")
    assert found == [("partial", "größten Bremser beim Hochwasserschutz", "Petra Vogt")]


def test_described_speakers_stay_as_described():
    from lagebild.nlp.annotate import annotate, consistent_story_mentions
    from lagebild.nlp.entities import EntityIndex, merge_entities
    from lagebild.nlp.quotes import resolve_speakers

    article = Article(id="t", source="t", language="de", text="Ein Sprecher der Feuerwehr erklärte, es gebe noch drei Brandherde im Hafen.")
    annotate([article])
    consistent_story_mentions([article])
    resolve_speakers(article.quotes, {"t": article}, EntityIndex(merge_entities([article])))
    # no entity stands behind it: speaker stays null (the contract's canonical name), the words are kept
    assert [(q.text, q.speaker, q.speaker_text) for q in article.quotes] == [("es gebe noch drei Brandherde im Hafen", None, "Ein Sprecher der Feuerwehr")]


@settings(max_examples=60)
@given(st.text(alphabet=st.sampled_from(list("abc Abc.,:„“\"»«‚‘ sagte so er\n")), max_size=160))
def test_quote_spans_are_exact(text):
    article = Article(id="t", source="t", text=text)
    article.sentences = split_sentences(text)
    for quote in extract_quotes(article):
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text


def _story(document):
    return max(document["stories"], key=lambda s: len(s["articles"]))


def _direct(document, prefix, fragment):
    story = _story(document)
    aid = seed_id(document, prefix)
    matches = [q for q in story["quotes"] if q["article"] == aid and fragment in q["text"] and q["kind"] == "direct"]
    assert matches, f"no direct quote containing {fragment!r} in seed {prefix}"
    return matches[0]


def test_seed_speakers(seeds_run):
    document, _ = seeds_run
    # (seed file prefix, fragment of a direct quote, speaker[, how the text names them]); the speaker ranker's trainer holds to them too
    expected = json.loads((Path(__file__).parent / "data" / "seed_speakers.json").read_text(encoding="utf-8"))
    wrong = []
    for prefix, fragment, speaker, *_ in expected:
        quote = _direct(document, prefix, fragment)
        if quote["speaker"] != speaker:
            wrong.append((prefix, fragment, quote["speaker"]))
    assert not wrong, wrong


def test_seed_non_speech_is_not_quoted(seeds_run):
    document, _ = seeds_run
    texts = [q["text"] for q in _story(document)["quotes"] if q["kind"] != "indirect"]
    for not_speech in ("Pursuing Peace", "UDSSR", "Alaska steht an der Seite der Ukraine", "feindlicher", "Axios"):
        assert not_speech not in texts, not_speech


def test_seed_translations_are_linked(seeds_run):
    document, _ = seeds_run
    for first, second in (
        (("001", "Das ist interessant"), ("002", "Das ist ein interessantes Angebot")),
        (("001", "Nächstes Mal in Moskau"), ("002", "Das nächste Mal in Moskau")),
    ):
        a, b = _direct(document, *first), _direct(document, *second)
        assert b["id"] in a["same_as"] and a["id"] in b["same_as"], (a["text"], b["text"])


def test_konjunktiv_one_is_recognised_beyond_the_list():
    from lagebild.nlp.quotes import is_subjunctive

    assert all(is_subjunctive(w) for w in ("sei", "plane", "befinde", "unterliege", "brauche"))
    assert not any(is_subjunctive(w) for w in ("große", "bitte", "sagte", "plante", "Ende", "eine"))


def test_reported_speech_goes_on_in_the_subjunctive_after_a_speaking_sentence():
    found = _quotes("Die Ministerin lobte die Helfer als Vorbild. Die Lage am Deich sei inzwischen unter Kontrolle.")
    assert ("indirect", "Die Lage am Deich sei inzwischen unter Kontrolle", "Die Ministerin") in found
    # first person is an answer in an interview, not reported speech
    assert _quotes("Woran arbeiten Sie gerade? Ich plane einen Kurzfilm über den Hafen.") == []


def test_that_clauses_report_what_was_said_or_thought_but_not_consequences():
    assert _quotes("Die Forscher vermuten, dass die Ursache in einem Sturm auf der Sonne liegt.") == [
        ("indirect", "die Ursache in einem Sturm auf der Sonne liegt", "Die Forscher")
    ]
    assert _quotes("Petra Vogt stellt fest, dass die Videoüberwachung an den Bahnhöfen gewirkt habe.") == [
        ("indirect", "die Videoüberwachung an den Bahnhöfen gewirkt habe", "Petra Vogt")
    ]
    assert _quotes("Die Explosion war so heftig, dass in der ganzen Straße die Fenster zerbrachen.") == []
    assert _quotes("Damit soll verhindert werden, dass Fahrzeuge in die gesperrte Zone fahren.") == []


def test_the_subject_before_the_verb_speaks_not_the_name_after_it():
    found = _quotes("Petra Vogt nannte die Entscheidung von Jens Köhler „eine sehr schlechte Wahl“.")
    assert found == [("partial", "eine sehr schlechte Wahl", "Petra Vogt")]


def test_names_in_quote_marks_are_not_speech():
    assert _quotes("Das berichtete die Zeitung „Der Landbote“ am Montag.") == []
    assert _quotes("Laut „Hafenblatt“ sollen die Fähren am Abend wieder fahren.") == [
        ("indirect", "sollen die Fähren am Abend wieder fahren", "„Hafenblatt“")
    ]
    # the product name is no quote; the sentence is what Petra Vogt reported
    assert _quotes("Die Firma stellte das „iPhone 3G“ vor, sagte Petra Vogt.") == [("indirect", "Die Firma stellte das „iPhone 3G“ vor", "Petra Vogt")]


def test_a_quote_inside_a_quote_does_not_end_it():
    found = _quotes("„Wir haben viele Anmeldungen für „Kleine Häfen“ bekommen. Die Nachfrage ist groß“, sagte Petra Vogt.")
    assert found[0] == ("direct", "Wir haben viele Anmeldungen für „Kleine Häfen“ bekommen. Die Nachfrage ist groß", "Petra Vogt")


def test_judged_as_and_chanted_words_are_speech():
    assert _quotes("Petra Vogt wies den Vorschlag als „Unverschämtheit“ zurück.") == [("partial", "Unverschämtheit", "Petra Vogt")]
    assert [q[:2] for q in _quotes("Die Menge skandierte Parolen wie „Deiche statt Beton“.")] == [("partial", "Deiche statt Beton")]


def test_an_organisation_in_quote_marks_is_a_name_not_speech():
    found = _quotes("Wie „Hafenblatt online“ berichtet, werde die Fähre am Abend wieder fahren.")
    assert all(q[1] != "Hafenblatt online" for q in found)
    assert all(q[1] != "Amt für Hafen und Deiche" for q in _quotes("Das „Amt für Hafen und Deiche“ sagte die Sitzung ab, erklärte Petra Vogt."))


def test_an_apposition_after_the_verb_is_not_what_was_said():
    found = _quotes("„Wir sind zufrieden“, meinte der Trainer der Gäste, Jens Köhler, in einem Interview.")
    assert [q[0] for q in found] == ["direct"]


def test_decisions_demands_and_claims_report_what_was_decided_or_claimed():
    found = _quotes("Die Behörden haben die Einwohner aufgefordert, ihre Häuser sofort zu verlassen.")
    assert [q[:2] for q in found] == [("indirect", "ihre Häuser sofort zu verlassen")]
    found = _quotes("Petra Vogt wandte sich gegen die Behauptung, der Deich sei nicht mehr sicher.")
    assert [q[:2] for q in found] == [("indirect", "der Deich sei nicht mehr sicher")]


def test_a_sentence_pointing_back_reports_the_one_before():
    found = _quotes("Im Hafen wurden am Morgen zwei Schiffe beschädigt. Das berichtete Petra Vogt am Abend.")
    assert found == [("indirect", "Im Hafen wurden am Morgen zwei Schiffe beschädigt", "Petra Vogt")]


def test_reported_speech_goes_on_in_a_sentence_with_a_quoted_fragment():
    found = _quotes("Petra Vogt sagte, die Lage sei ernst. Betroffen seien vor allem „Familien mit kleinen Kindern“ am Deich.")
    assert ("indirect", "Betroffen seien vor allem „Familien mit kleinen Kindern“ am Deich", "Petra Vogt") in found


def test_an_indicative_clause_before_a_named_reporter_is_reported():
    found = _quotes("Am Deich wurden am Morgen drei Häuser geräumt, berichtete Petra Vogt.")
    assert found == [("indirect", "Am Deich wurden am Morgen drei Häuser geräumt", "Petra Vogt")]
    assert _quotes("Am Deich wurden drei Häuser geräumt, berichteten viele.") == []


def test_speakers_no_model_names_are_still_found():
    assert _quotes("Die Strahlung sei hundertmal höher als erlaubt, erklärte TEPCO.") == [
        ("indirect", "Die Strahlung sei hundertmal höher als erlaubt", "TEPCO")
    ]
    assert _quotes("Zeitungen berichteten, es sei gegen den Arzt ermittelt worden.") == [
        ("indirect", "es sei gegen den Arzt ermittelt worden", "Zeitungen")
    ]


def test_a_name_inside_the_phrase_before_the_verb_is_no_subject():
    # "Um 18 Uhr MEZ" fills the place before the verb; the subject follows the verb
    found = _quotes("Um 18 Uhr MEZ meldete Petra Vogt, der Deich sei gebrochen.", others=("MEZ",))
    assert found == [("indirect", "der Deich sei gebrochen", "Petra Vogt")]
    # a subject opening its clause with its own words before it still speaks
    found = _quotes("Auch der Experte Jens Köhler erklärte, der Deich sei gebrochen.", others=("MEZ",))
    assert found == [("indirect", "der Deich sei gebrochen", "Jens Köhler")]


def test_an_adjective_the_ner_step_tags_is_no_speaker():
    found = _quotes("Die US-amerikanische Ministerin Petra Vogt erklärte, der Deich sei sicher.", others=("US-amerikanische",))
    assert found == [("indirect", "der Deich sei sicher", "Petra Vogt")]


def test_a_so_frame_names_the_speaker_of_a_sentence_that_is_mostly_a_quote():
    found = _quotes("Jens Köhler besuchte den Deich. Jeder müsse „sofort und ohne jeden weiteren Umweg in die große Turnhalle“ gehen, so Vogt.")
    assert [q[2] for q in found] == ["Vogt", "Vogt"]


def test_so_before_a_verb_is_no_frame():
    found = _quotes("Petra Vogt forderte alle Anwohner zum Rückzug auf. Täten sie das nicht, so „helfe sie der Himmel“.")
    assert found == [("indirect", "Täten sie das nicht, so „helfe sie der Himmel“", "Petra Vogt")]


def test_so_names_a_described_source():
    assert _quotes("Der Deich halte noch zwei Tage, so die Feuerwehr.") == [("indirect", "Der Deich halte noch zwei Tage", "die Feuerwehr")]
    assert _quotes("„Der Deich hält noch“, so die Feuerwehr.") == [("direct", "Der Deich hält noch", "die Feuerwehr")]


def test_a_web_address_and_a_bare_plural_after_a_conjunction_are_sources():
    assert _quotes("Wie hafenblatt.de berichtet, werde die Fähre am Abend wieder fahren.") == [
        ("indirect", "werde die Fähre am Abend wieder fahren", "hafenblatt.de")
    ]
    assert _quotes("Aber Anwohner berichteten, der Deich sei schon am Morgen gebrochen.") == [
        ("indirect", "der Deich sei schon am Morgen gebrochen", "Anwohner")
    ]


def test_the_name_that_ends_the_phrase_before_the_verb_speaks():
    found = _quotes("Die frühere Ministerin Petra Vogt nannte Jens Köhler einen „echten Kämpfer“.")
    assert found == [("partial", "echten Kämpfer", "Petra Vogt")]


def test_a_name_after_a_dative_is_whom_it_was_said_to():
    found = _quotes("Die Feuerwehr teilte dem Sender Hafen-TV mit, der Deich sei sicher.", others=("Hafen-TV",))
    assert found == [("indirect", "der Deich sei sicher", "Die Feuerwehr")]


def test_a_neuter_speaker_after_the_verb_is_found():
    found = _quotes("Zur Lage am Deich führt das Lagezentrum aus, dass die Pumpen noch laufen würden.")
    assert found == [("indirect", "die Pumpen noch laufen würden", "das Lagezentrum")]


def test_a_name_the_ner_step_missed_after_a_direct_quote_speaks():
    assert _quotes("„Das war knapp“, erklärte Lindqvist in einem Interview.") == [("direct", "Das war knapp", "Lindqvist")]


def test_judged_as_words_with_a_number_are_speech():
    found = _quotes("Petra Vogt würdigte den Deichgrafen als „größten Retter des 19. Jahrhunderts“.")
    assert found == [("partial", "größten Retter des 19. Jahrhunderts", "Petra Vogt")]


def test_quote_marks_right_after_a_noun_hold_its_name():
    found = _quotes("Petra Vogt sagte, die Fähre „Elbe Queen“ sei wieder unterwegs.")
    assert found == [("indirect", "die Fähre „Elbe Queen“ sei wieder unterwegs", "Petra Vogt")]
    # but words said after a noun of saying, and examples, are speech
    assert _quotes("Die Menge rief Parolen wie zum Beispiel „Rettet den Deich“ und zog weiter.")[0][:2] == ("partial", "Rettet den Deich")
    assert [q[:2] for q in _quotes("Sie verabschiedete sich mit den Worten „Bis bald am Deich“ von den Helfern.")] == [("partial", "Bis bald am Deich")]


def test_a_comma_in_a_number_and_that_clauses_of_plans_and_causes_are_not_speech():
    assert _quotes("Petra Vogt warf den Diskus 66,56 Meter weit und siegte vor der Titelverteidigerin.") == []
    assert _quotes("Überraschend deuten die neuen Messungen am Deich darauf hin, dass der Pegel wieder sinkt.") == []
    assert _quotes("Der Plan sieht für den Sommer vor, dass alle Anwohner der Altstadt umziehen.") == []
    assert _quotes("Der glimpfliche Ausgang war dem Umstand zu verdanken, dass der Deich rechtzeitig erhöht wurde.") == []


def test_a_that_clause_after_a_copula_is_a_fact_unless_a_statement_is_its_subject():
    assert _quotes("Pikant an der Sache ist, dass der Deich erst gestern erhöht wurde.") == []
    assert _quotes("Das Problem besteht darin, dass an der Schleuse noch die Pumpen fehlen.") == []
    assert [q[:2] for q in _quotes("Ihre zentrale Aussage ist, dass der Deich noch zwei Tage halte.")] == [("indirect", "der Deich noch zwei Tage halte")]
    assert [q[:2] for q in _quotes("Nachdem bekannt geworden war, dass der Deich bricht, flohen viele Anwohner.")][0][0] == "indirect"


def test_a_that_clause_after_a_pronominal_adverb_copula_or_heisst_with_no_speaker_is_a_fact():
    # only a pronominal adverb for the that-clause, nobody who could say it
    assert _quotes("Der Deich hielt. Das lag vor allem daran, dass die Pumpen in der Nacht liefen.") == []
    assert _quotes("Der Deich hielt. All das ändert aber nichts daran, dass die Anwohner die Altstadt verlassen.") == []
    assert _quotes("Der Deich hielt. Einen kleinen Makel gibt es dafür, dass die Schleuse zu spät schloss.") == []
    # a copula with an adjective, and "heißt" in the sense of "means"
    assert _quotes("Der Deich hielt. Gerade deswegen ist es ärgerlich, dass die Stadt die Pumpen verkaufen will.") == []
    assert _quotes("Der Deich hielt. Ein höherer Pegel heißt aber auch, dass die Keller wieder volllaufen.") == []
    # with a speaker, a verb of thinking, Konjunktiv I or "soll … haben" the that-clause reports
    assert [q[:2] for q in _quotes("Petra Vogt rechnet damit, dass der Pegel bis Sonntag weiter steigt.")] == [
        ("indirect", "der Pegel bis Sonntag weiter steigt")
    ]
    assert [q[:2] for q in _quotes("Die Lage ist ernst. Das liege daran, dass die Pumpen in der Nacht ausgefallen seien.")] == [
        ("indirect", "die Pumpen in der Nacht ausgefallen seien")
    ]
    assert [q[:2] for q in _quotes("Er soll dazu beigetragen haben, dass die Pumpen in der Nacht ausfielen.")] == [
        ("indirect", "die Pumpen in der Nacht ausfielen")
    ]
    assert [q[:2] for q in _quotes("Petra Vogt kam, um die Anwohner darüber zu informieren, dass die Schleuse geschlossen wird.")] == [
        ("indirect", "die Schleuse geschlossen wird")
    ]


def test_a_that_clause_as_subject_of_a_verb_that_says_nothing_is_a_fact():
    assert _quotes("Der Deich hielt. Inzwischen zeichnet sich ab, dass die Stadt die Pumpen verkaufen muss.") == []
    assert _quotes("Der Deich hielt. Bei der Prüfung kam heraus, dass die Schleuse nie gewartet worden war.") == []
    assert _quotes("Der Deich hielt. Er wird geräumt, wenn sich herausstellt, dass die Schleuse undicht ist.") == []
    assert _quotes("Der Deich hielt. Dem steht gegenüber, dass die Schleuse undicht ist.") == []
    # a text that says it, a plan with its agent unnamed, or a subject before a relative clause still report
    assert [q[:2] for q in _quotes("Der Vertrag liegt vor. Darin steht, dass die Stadt die Pumpen bis Mai verkauft.")] == [
        ("indirect", "die Stadt die Pumpen bis Mai verkauft")
    ]
    assert [q[:2] for q in _quotes("Der Deich hielt. Es ist geplant, dass die Stadt die Pumpen bis Mai verkauft.")] == [
        ("indirect", "die Stadt die Pumpen bis Mai verkauft")
    ]
    assert [q[:2] for q in _quotes("Das Protokoll liegt vor. Daraus geht hervor, dass die Stadt die Pumpen verkauft.")] == [
        ("indirect", "die Stadt die Pumpen verkauft")
    ]
    # a frame of saying before a colon speaks for the whole sentence
    assert [q[:2] for q in _quotes("Petra Vogt erklärte dem Radio: Es zeigt sich, dass die Pumpen zu schwach sind.")] == [
        ("indirect", "die Pumpen zu schwach sind")
    ]


def test_a_demonstrative_in_konjunktiv_two_after_a_bare_frame_is_the_authors_comment():
    found = _quotes("Petra Vogt könne sich vorstellen, das Amt abzugeben. Sagt Petra Vogt. Das wäre schade, denn so gut war sie lange nicht.")
    assert [q[1] for q in found] == ["Petra Vogt könne sich vorstellen, das Amt abzugeben"]
    # right after Konjunktiv I the same sentence goes on reporting
    found = _quotes("Wichtigstes Ziel sei eine Debatte im Landtag, sagt Petra Vogt. Es wäre dies die erste Debatte zu dem Thema.")
    assert [q[1] for q in found] == ["Wichtigstes Ziel sei eine Debatte im Landtag", "Es wäre dies die erste Debatte zu dem Thema"]


def test_a_that_clause_the_author_says_with_no_subject_is_no_report():
    assert _quotes("Der Deich hielt. Freilich muss darauf hingewiesen werden, dass die Pumpen alt sind.") == []
    assert _quotes("Der Deich hielt. Bleibt zu hoffen, dass die Stadt die Pumpen bald erneuert.") == []
    assert _quotes("Der Deich hielt. Angesichts der Schäden ist davon auszugehen, dass die Pumpen bald erneuert werden.") == []
    assert _quotes("Der Deich hielt. Ganz allgemein sei betont, dass die Pumpen alt sind.") == []
    # a name in the clause speaks
    assert [q[:2] for q in _quotes("Der Deich hielt. Petra Vogt muss darauf hingewiesen werden, dass die Pumpen alt sind.")] == [
        ("indirect", "die Pumpen alt sind")
    ]


def test_relative_and_opinion_frames_report_their_clause():
    found = _quotes("Die Feuerwehr wies Berichte der Lokalzeitung zurück, wonach der Deich schon gebrochen sei.")
    assert found == [("indirect", "der Deich schon gebrochen sei", "der Lokalzeitung")]
    found = _quotes("Gerüchte, wonach der Deich schon gebrochen sei, konnte Petra Vogt nicht bestätigen.")
    assert [q[:2] for q in found] == [("indirect", "der Deich schon gebrochen sei")]
    found = _quotes("Seiner Meinung nach hätte die Stadt den Deich viel früher erhöhen müssen.")
    assert found == [("indirect", "hätte die Stadt den Deich viel früher erhöhen müssen", "Seiner Meinung")]


def test_strong_verbs_in_konjunktiv_two_go_on_reporting_but_not_their_past_tense():
    found = _quotes("Petra Vogt sagte, die Lage sei ernst. Die Dämme befänden sich nahe der Grenze ihrer Belastbarkeit.")
    assert ("indirect", "Die Dämme befänden sich nahe der Grenze ihrer Belastbarkeit", "Petra Vogt") in found
    found = _quotes("Petra Vogt sagte, die Lage sei ernst. Alle Personen im Haus blieben zum Glück unverletzt.")
    assert [q[1] for q in found] == ["die Lage sei ernst"]
    # a question asks for an opinion, it reports none
    assert _quotes("Sind die Pläne Ihrer Meinung nach mit dem Grundgesetz vereinbar?") == []


def test_reported_speech_goes_on_past_a_participle_of_saying():
    found = _quotes("Petra Vogt sagte, die Lage sei ernst. Diese Einschätzung sei von der Feuerwehr bestätigt worden.")
    assert ("indirect", "Diese Einschätzung sei von der Feuerwehr bestätigt worden", "Petra Vogt") in found


def test_a_described_speaker_after_the_auxiliary_and_participles_of_saying():
    found = _quotes("Ferner habe die Kommission festgestellt, dass der Deich noch zwei Tage halte.")
    assert found == [("indirect", "der Deich noch zwei Tage halte", "die Kommission")]
    found = _quotes("Gestern hat eine Sprecherin der Feuerwehr mitgeteilt, dass die Pumpen wieder laufen.")
    assert found == [("indirect", "die Pumpen wieder laufen", "Sprecherin")]  # a role, described when resolved


def test_a_bare_plural_with_a_genitive_or_an_auxiliary_speaks():
    assert _quotes("Freunde der Familie berichteten, dass die beiden oft am Deich gewesen seien.") == [
        ("indirect", "die beiden oft am Deich gewesen seien", "Freunde der Familie")
    ]
    assert _quotes("Mehrere Anwohner hatten angekündigt, den Deich notfalls selbst zu sichern.")[0][2] == "Mehrere Anwohner"


def test_a_name_in_the_genitive_is_no_subject():
    found = _quotes("Die Verschiebung des Deichbaus bezeichnete Petra Vogt als „fatal für alle Anwohner“.", others=("Deichbaus",))
    assert found == [("partial", "fatal für alle Anwohner", "Petra Vogt")]
    found = _quotes("Die Forderungen Köhlers nannte Petra Vogt „völlig unrealistisch“.", others=("Köhlers",))
    assert found == [("partial", "völlig unrealistisch", "Petra Vogt")]


def test_a_particle_may_stand_between_the_subject_and_its_verb():
    found = _quotes("Die Feuerwehr hingegen sprach von einem ganz normalen Einsatz. Der Deich sei nur kurz überspült worden.")
    assert ("indirect", "Der Deich sei nur kurz überspült worden", "Die Feuerwehr") in found


def test_konjunktiv_two_goes_on_after_a_sentence_that_speaks_without_a_quote():
    found = _quotes("Die Regierung warnt vor neuen Fluten im ganzen Land. Die Dämme befänden sich nahe der Grenze ihrer Belastbarkeit.")
    assert found == [("indirect", "Die Dämme befänden sich nahe der Grenze ihrer Belastbarkeit", "Die Regierung")]


def test_quote_marks_after_a_noun_of_saying_hold_words_said():
    assert [q[:2] for q in _quotes("Die Helfer zogen mit Sprüchen wie „Wir halten den Deich“ durch die Stadt.")] == [("partial", "Wir halten den Deich")]
    assert [q[:2] for q in _quotes("Am Rathaus war die Parole „Lindenau bleibt trocken“ zu lesen.")] == [("partial", "Lindenau bleibt trocken")]
    # a banner's words stay a banner's
    assert _quotes("Helfer trugen ein Banner mit der Aufschrift „Lindenau hält zusammen“ durch die Stadt.") == []


def test_a_name_opening_the_sentence_before_its_finite_verb_is_the_subject():
    found = _quotes("Petra Vogt hatte besonders die Rolle der Fraktions- und Parteivorsitzenden betont: „Ohne sie geht es nicht.“")
    assert found == [("direct", "Ohne sie geht es nicht.", "Petra Vogt")]


def test_a_speaker_described_by_a_quantifier():
    found = _quotes("Einer der beteiligten Feuerwehrmänner sagte: „So etwas habe ich noch nie gesehen.“")
    assert found == [("direct", "So etwas habe ich noch nie gesehen.", "Einer der beteiligten Feuerwehrmänner")]


def test_demnach_and_nach_eigenen_angaben_refer_to_a_source_named_elsewhere():
    article = Article(id="t", source="t", text="Die Wahlkommission gab am Abend ein vorläufiges Ergebnis bekannt. Demnach hat die Partei der Ministerin klar gewonnen.")
    article.sentences = split_sentences(article.text)
    quote = extract_quotes(article)[0]
    assert (quote.text, quote.speaker, quote.cue) == ("hat die Partei der Ministerin klar gewonnen", "Die Wahlkommission", "anaphor")
    assert article.text[quote.speaker_span[0] : quote.speaker_span[1]] == "Demnach"
    article = Article(id="t", source="t", text="Nach eigenen Angaben hat das Unternehmen einen neuen Partner gefunden.")
    article.sentences = split_sentences(article.text)
    quote = extract_quotes(article)[0]
    assert article.text[quote.speaker_span[0] : quote.speaker_span[1]] == "eigenen Angaben" and quote.speaker.startswith("das Unternehmen")


def test_nach_eigenen_angaben_after_a_subject_the_ner_step_does_not_tag():
    article = Article(id="t", source="t", text="Die Helfer konnten nach eigenen Angaben im Süden drei Menschen vor den Fluten retten.")
    article.sentences = split_sentences(article.text)
    quote = extract_quotes(article)[0]
    assert (quote.speaker, article.text[quote.speaker_span[0] : quote.speaker_span[1]]) == ("Die Helfer", "eigenen Angaben")


def test_the_relative_word_of_a_frame_is_where_its_report_is_named():
    article = Article(id="t", source="t", text="Es gibt auch Gerüchte, nach denen der Deich schon seit Tagen undicht war.")
    article.sentences = split_sentences(article.text)
    quote = extract_quotes(article)[0]
    assert (quote.text, quote.speaker, quote.cue) == ("der Deich schon seit Tagen undicht war", "Gerüchte", "anaphor")
    assert article.text[quote.speaker_span[0] : quote.speaker_span[1]] == "nach denen"


def test_frames_after_the_clause_and_subjects_after_the_verb():
    # a "so X" closing the sentence names its source, not the subject of the clause it closes (and
    # reports the whole sentence, the infinitive clause included)
    assert _quotes("Die Stadt wird aufgefordert, den Deich sofort zu erhöhen, so Petra Vogt im Radio.") == [
        ("indirect", "Die Stadt wird aufgefordert, den Deich sofort zu erhöhen", "Petra Vogt")
    ]
    # a trailing frame with an apposition
    assert _quotes("Die genaue Ursache sei noch unklar, verlautbarte Petra Vogt, die Leiterin der Feuerwehr, in einer Mitteilung.") == [
        ("indirect", "Die genaue Ursache sei noch unklar", "Petra Vogt")
    ]
    # before a colon: the subject after the verb when an object or a dative fills the place before it
    found = _quotes("Jede Verantwortung für die Schäden in Lindenau weist Petra Vogt von sich: „Das lag nicht bei uns.“", others=("Lindenau",))
    assert found == [("direct", "Das lag nicht bei uns.", "Petra Vogt")]
    found = _quotes("Den Ärger der Anwohner über Jens Köhler brachte die Sprecherin Petra Vogt zum Ausdruck: „Das war zu spät.“")
    assert found == [("direct", "Das war zu spät.", "Petra Vogt")]  # the name after the role says who


def test_quote_marks_after_a_speaker_hold_what_was_said():
    assert _quotes("Nach dem Spiel rief der Trainer „Wir haben es geschafft!“ in die Menge.") == [("direct", "Wir haben es geschafft!", "der Trainer")]
    assert [q[:2] for q in _quotes("Danach sagte die Gewinnerin „Das war knapp“ und ging.")] == [("partial", "Das war knapp")]
    # a medium named after its verb stays a name
    assert _quotes("Das meldete die Nachrichtenseite „Hafenblatt“ am Abend.") == []


def test_a_closing_wie_frame_reports_its_clause_in_the_indicative():
    found = _quotes("In den Nachbarländern ist die Miliz noch immer aktiv, wie Menschenrechtsorganisationen betonen.")
    assert found == [("indirect", "In den Nachbarländern ist die Miliz noch immer aktiv", "Menschenrechtsorganisationen")]
    found = _quotes("Der Deich hatte dem Druck des Wassers bis zum Morgen standgehalten, wie Petra Vogt mitteilte.")
    assert found == [("indirect", "Der Deich hatte dem Druck des Wassers bis zum Morgen standgehalten", "Petra Vogt")]


def test_gemaess_names_a_source_like_laut():
    assert _quotes("Der Unfall kostete gemäß der Lokalzeitung drei Menschen das Leben.") == [
        ("indirect", "Der Unfall kostete gemäß der Lokalzeitung drei Menschen das Leben", "der Lokalzeitung")
    ]
    assert _quotes("Gemäß Petra Vogt wird der Deich noch zwei Tage halten.") == [("indirect", "wird der Deich noch zwei Tage halten", "Petra Vogt")]


def test_laws_results_and_documents_after_nach_are_sources():
    assert _quotes("Nach dem Grundgesetz bestimmt der Kanzler die Richtlinien der Politik.") == [
        ("indirect", "bestimmt der Kanzler die Richtlinien der Politik", "dem Grundgesetz")
    ]
    found = _quotes("Nach dem vorläufigen Endergebnis erreichte die Partei am Deich 45 Prozent der Stimmen.")
    assert found == [("indirect", "erreichte die Partei am Deich 45 Prozent der Stimmen", "dem vorläufigen Endergebnis")]


def test_davon_ausgegangen_and_a_thesis_held_report_their_clause():
    assert _quotes("Die Helfer waren fälschlicherweise davon ausgegangen, der Deich sei schon gesichert.") == [
        ("indirect", "der Deich sei schon gesichert", "Die Helfer")
    ]
    assert _quotes("Petra Vogt hatte in einem Interview die These vertreten, die Stadt unterschätze die Flut.") == [
        ("indirect", "die Stadt unterschätze die Flut", "Petra Vogt")
    ]


def test_a_purpose_or_contrast_after_a_verb_of_saying_is_not_what_was_said():
    assert _quotes("Die Anwohner forderten den Rücktritt der Bürgermeisterin, um den Weg für Neuwahlen freizumachen.") == []
    # in the subjunctive the purpose belongs to what was said
    assert _quotes("Petra Vogt erklärte, um den Deich zu sichern, brauche es mehr Sandsäcke.") == [
        ("indirect", "um den Deich zu sichern, brauche es mehr Sandsäcke", "Petra Vogt")
    ]


def test_the_speaker_ranker_picks_the_document_that_says_it():
    # the rules leave "heißt es" without a source; the ranker finds the phrase before it
    assert _quotes("In der Pressemitteilung des Umweltverbands heißt es, die Flussauen seien in Gefahr.") == [
        ("indirect", "die Flussauen seien in Gefahr", "der Pressemitteilung des Umweltverbands")
    ]
    # where the best phrase overlaps the rules' choice, the rules' exact phrase stands
    assert _quotes("Nach Angaben der Bergwacht wurden zwei Wanderer am Gipfel gerettet.")[0][2] == "der Bergwacht"


def test_without_weights_the_rules_choose_the_speaker(monkeypatch):
    from lagebild.nlp import speaker_ranker

    monkeypatch.setattr(speaker_ranker, "load_weights", lambda *args: None)
    assert _quotes("In der Pressemitteilung des Umweltverbands heißt es, die Flussauen seien in Gefahr.") == [
        ("indirect", "die Flussauen seien in Gefahr", None)
    ]


def test_the_speaker_ranker_weights_ship_with_the_package():
    from lagebild.nlp.speaker_ranker import load_weights

    weights = load_weights()
    assert weights and weights["is_rule"] > 0  # the rules' choice counts in its favour


def test_claims_with_an_attribute_or_an_infinitive_report_their_clause():
    assert _quotes("Die Staatsanwaltschaft hegt den Verdacht, der Kassenwart habe Spenden veruntreut.") == [
        ("indirect", "der Kassenwart habe Spenden veruntreut", "Die Staatsanwaltschaft")
    ]
    found = _quotes("Es besteht der Vorwurf der Opposition an den Bürgermeister, Akten vernichtet zu haben.")
    assert [q[:2] for q in found] == [("indirect", "Akten vernichtet zu haben")]


def test_a_denial_a_consequence_and_a_name_given_are_not_speech():
    assert _quotes("Ein Sprecher der Feuerwehr wollte nicht bestätigen, dass der Deich gebrochen ist.") == []
    assert _quotes("Die Helfer hatten so große Mühe mit den Sandsäcken, dass der Einsatz bis in die Nacht dauerte.") == []
    assert _quotes("Dieses Verfahren nennt man unter Fachleuten eine „Deichverteidigung“.") == []
    assert _quotes("Der Wall, der im Dorf als „Bollwerk“ bezeichnet wird, hielt der Flut stand.") == []
    # a judgement in quote marks stays speech
    assert _quotes("Petra Vogt bezeichnete den Wall als „Bollwerk“.")[0][:2] == ("partial", "Bollwerk")


def test_the_speaker_ranker_prefers_the_name_to_the_role_before_it():
    found = _quotes("Die Bürgermeisterin Petra Vogt kritisierte Jens Köhler dafür, die Deiche vernachlässigt zu haben.")
    assert found == [("indirect", "die Deiche vernachlässigt zu haben", "Petra Vogt")]
    found = _quotes("Im Bericht der Wasserbehörde heißt es, der Damm sei marode.")
    assert found == [("indirect", "der Damm sei marode", "Bericht der Wasserbehörde")]


def test_an_infinitive_clause_keeps_the_clauses_that_depend_on_it():
    found = _quotes("Petra Vogt schlug vor, die Deiche im Norden zu erhöhen, wo das Wasser zuletzt übergelaufen sei.")
    assert [q[:2] for q in found] == [("indirect", "die Deiche im Norden zu erhöhen, wo das Wasser zuletzt übergelaufen sei")]


def test_reported_speech_going_on_over_sentences_is_one_message():
    found = _quotes("Jens Köhler sagte, der Fluss habe seinen Höchststand erreicht. Die Deiche seien aber aufgeweicht. Man rechne mit weiteren Schäden.")
    assert [q[:2] for q in found] == [
        ("indirect", "der Fluss habe seinen Höchststand erreicht"),
        ("indirect", "Die Deiche seien aber aufgeweicht. Man rechne mit weiteren Schäden"),
    ]
    assert found[1][2] == "Jens Köhler"


def test_a_title_before_a_name_does_not_end_the_sentence():
    text = "Laut Chefarzt Prof. Dr. med. Jens Köhler sei die Lage „unter Kontrolle“. Danach gingen alle."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Laut Chefarzt Prof. Dr. med. Jens Köhler sei die Lage „unter Kontrolle“.",
        "Danach gingen alle.",
    ]


def test_the_agent_of_a_verb_of_saying_in_the_passive_is_the_speaker():
    found = _quotes("Petra Vogt wird von der Nachrichtenagentur Reuters mit den Worten zitiert, der Deich sei sicher.", others=("Reuters",))
    assert found == [("indirect", "der Deich sei sicher", "Reuters")]
    found = _quotes("Die Anwohner wurden von der Feuerwehr angewiesen, ihre Fenster geschlossen zu halten.")
    assert found == [("indirect", "ihre Fenster geschlossen zu halten", "der Feuerwehr")]


def test_a_question_put_to_someone_is_not_reported_speech():
    assert _quotes("Wikinews: Glauben Sie, dass der Deich bis Freitag halten werde?") == []
    assert _quotes("Findest du, dass die Stadt genug gegen das Hochwasser tue?") == []
    # a reported question in the third person stays
    assert _quotes("Petra Vogt fragte, ob der Deich bis Freitag halten werde.")[0][:2] == ("indirect", "der Deich bis Freitag halten werde")


def test_more_frames_of_reported_speech():
    # "demnach" after the verb refers to the source before, like "Demnach" at the start
    found = _quotes("Petra Vogt sagte, die Lage sei ernst. Der Deich soll demnach bis Freitag verstärkt werden.")
    assert found[1][:2] == ("indirect", "Der Deich soll demnach bis Freitag verstärkt werden")
    # a closing "heißt es" reports the indicative clause before it
    found = _quotes("In der Altstadt stehen mehr als zwanzig Keller unter Wasser, heißt es.")
    assert [q[:2] for q in found] == [("indirect", "In der Altstadt stehen mehr als zwanzig Keller unter Wasser")]
    # an insisting verb with words between it and "darauf", and the clause depending on the infinitive
    found = _quotes("Die Anwohner bestehen jedoch darauf, selbst zu prüfen, ob der Deich hält.")
    assert [q[:2] for q in found] == [("indirect", "selbst zu prüfen, ob der Deich hält")]


def test_a_medium_after_its_verb_and_a_web_address_in_quote_marks_are_not_speech():
    found = _quotes("„Die Stadt hat zu spät gewarnt“, schrieb „Die Rundschau“ in einem Kommentar.")
    assert [q[:2] for q in found] == [("direct", "Die Stadt hat zu spät gewarnt")]
    assert _quotes("Petra Vogt kritisierte die Warnungen auf „flutinfo-elbe.de“ als verspätet.") == []


def test_a_judgement_held_for_someone_is_speech():
    found = _quotes("Für die Bürgermeisterin Petra Vogt ist die Lage seit Tagen „besorgniserregend“.")
    assert [q[:2] for q in found] == [("partial", "besorgniserregend")]


def test_only_a_name_alone_before_the_colon_names_the_quote_for_sure():
    found = _quotes("Jens Köhler dankte nach dem Spiel seiner Mannschaft aus Lindenau: „Wir haben bis zum Schluss gekämpft.“", others=("Lindenau",))
    assert found == [("direct", "Wir haben bis zum Schluss gekämpft.", "Jens Köhler")]  # not the place after "aus"
    found = _quotes('Vogt verhandelt, Jens Köhler: "Das wird teuer"\n\nDer Landrat blieb skeptisch.')
    assert found[0] == ("direct", "Das wird teuer", "Jens Köhler")


def test_reported_speech_going_on_over_sentences_with_a_quoted_fragment_is_one_message():
    text = (
        "Die Bürgermeisterin Petra Vogt wies die Kritik am Hochwasserschutz zurück. "
        "Der Deich sei „stabiler als je zuvor“ gebaut worden. Die Helfer seien daher nicht in Gefahr."
    )
    indirect = [(k, t) for k, t, _ in _quotes(text) if k == "indirect"]
    assert indirect == [("indirect", "Der Deich sei „stabiler als je zuvor“ gebaut worden. Die Helfer seien daher nicht in Gefahr")]


def test_a_sentence_naming_its_own_source_starts_a_message_of_its_own():
    text = (
        "Die Bürgermeisterin Petra Vogt wies die Kritik am Hochwasserschutz zurück. "
        "Der Deich sei stabil gebaut worden. Die Helfer seien, so Jens Köhler, aber erschöpft."
    )
    indirect = [(t, s) for k, t, s in _quotes(text) if k == "indirect"]
    assert indirect[-1] == ("Die Helfer seien, so Jens Köhler, aber erschöpft", "Jens Köhler")
    assert len(indirect) == 2


def test_konjunktiv_ii_of_strong_verbs_goes_on_reporting():
    text = (
        "Petra Vogt wies die Kritik am Hochwasserschutz zurück. In der Not sei der Deich sicher. "
        "Die Helfer brächten jeden Tag neue Sandsäcke."
    )
    indirect = [t for k, t, _ in _quotes(text) if k == "indirect"]
    assert indirect == ["In der Not sei der Deich sicher. Die Helfer brächten jeden Tag neue Sandsäcke"]


def test_an_infinitive_clause_may_hold_an_apposition_or_a_time():
    text = "Landrat Jens Köhler hat zugesagt, den alten Deich, der seit Jahren bröckelt, bis zum Sommer zu erneuern."
    assert ("indirect", "den alten Deich, der seit Jahren bröckelt, bis zum Sommer zu erneuern", "Jens Köhler") in _quotes(text)
    text = "Die Veranstalter riefen dazu auf, am Samstag von 11:30 Uhr an vor dem Rathaus zu demonstrieren."
    assert [t for k, t, _ in _quotes(text)] == ["am Samstag von 11:30 Uhr an vor dem Rathaus zu demonstrieren"]


def test_nouns_of_doubting_proposing_and_asking_report_their_clause():
    assert [t for k, t, _ in _quotes("Im Rathaus gibt es Zweifel daran, ob die Fähre im Winter noch fährt.")] == ["die Fähre im Winter noch fährt"]
    text = "Die Anfrage der Gemeinde, die Fähre auch im Winter fahren zu lassen, blieb ohne Antwort."
    assert [t for k, t, _ in _quotes(text)] == ["die Fähre auch im Winter fahren zu lassen"]
    text = "Der Plan von Petra Vogt, die alte Fähre durch eine Brücke zu ersetzen, stößt auf Widerstand."
    assert [t for k, t, _ in _quotes(text)] == ["die alte Fähre durch eine Brücke zu ersetzen"]


def test_the_attribute_of_a_noun_of_claiming_names_its_source():
    text = "Der Plan von Petra Vogt, die alte Fähre durch eine Brücke zu ersetzen, stößt in Lindenau auf Widerstand."
    assert _quotes(text) == [("indirect", "die alte Fähre durch eine Brücke zu ersetzen", "Petra Vogt")]


def test_a_leading_wie_clause_of_saying_or_learning_frames_the_main_clause():
    assert _quotes("Wie Petra Vogt am Abend darlegte, handelte es sich bei dem Knall um einen Fehlalarm.") == [
        ("indirect", "handelte es sich bei dem Knall um einen Fehlalarm", "Petra Vogt")
    ]
    text = "Wie aus einer Mitteilung der Feuerwehr hervorgeht, mussten in Lindenau zwei Häuser geräumt werden."
    assert _quotes(text) == [("indirect", "mussten in Lindenau zwei Häuser geräumt werden", "einer Mitteilung der Feuerwehr")]
    assert [t for _, t, _ in _quotes("Wie erwartet, gewann der Favorit aus Lindenau das Rennen.")] == []
    assert [t for _, t, _ in _quotes("Wie viele Menschen in Lindenau wohnen, ist bis heute nicht bekannt.")] == []


def test_frames_of_estimates_ideas_announcements_and_points_of_view():
    text = "Nach Schätzung der Feuerwehr stehen in Lindenau noch dreißig Keller unter Wasser."
    assert [t for _, t, _ in _quotes(text)] == ["stehen in Lindenau noch dreißig Keller unter Wasser"]
    text = "Nach der Ankündigung der Bürgermeisterin soll die Fähre ab Mai wieder fahren."
    assert [t for _, t, _ in _quotes(text)] == ["soll die Fähre ab Mai wieder fahren"]
    text = "Aus Sicht der Anwohner ist der neue Deich in Lindenau viel zu niedrig."
    assert [t for _, t, _ in _quotes(text)] == ["ist der neue Deich in Lindenau viel zu niedrig"]
    # a point of view without a holder, or an evaluation after which something happens, names no source
    assert _quotes("Aus juristischer Sicht ist der neue Deich in Lindenau kein Problem.") == []


def test_infinitive_clauses_without_a_comma_and_with_zu_sein():
    text = "Die Stadtwerke haben angekündigt die Preise für Fernwärme ab Mai zu erhöhen."
    assert [t for _, t, _ in _quotes(text)] == ["die Preise für Fernwärme ab Mai zu erhöhen"]
    text = "Die Reederei bietet an die Fähre nach Lindenau im Winter weiter zu betreiben."
    assert [t for _, t, _ in _quotes(text)] == ["die Fähre nach Lindenau im Winter weiter zu betreiben"]
    text = "Die Gemeinde hat zur Ruhe aufgerufen und will damit weitere Proteste verhindern zu können."
    assert _quotes(text) == []  # "und …" is no infinitive clause of what was asked
    text = "Petra Vogt beteuerte, jederzeit für die Anwohner erreichbar zu sein."
    assert _quotes(text) == [("indirect", "jederzeit für die Anwohner erreichbar zu sein", "Petra Vogt")]
    text = "Die Räte überlegten kurz, die Sitzung in den großen Saal zu verlegen."
    assert [t for _, t, _ in _quotes(text)] == ["die Sitzung in den großen Saal zu verlegen"]


def test_nach_eigenem_bekunden_names_the_subject_as_source():
    text = "Petra Vogt war nach eigenem Bekunden seit langem über die Pläne für den Deich informiert."
    assert [(k, s) for k, _, s in _quotes(text)] == [("indirect", "Petra Vogt")]


def test_swiss_single_guillemets_and_quotes_over_paragraphs():
    assert _quotes("Petra Vogt sagte: ‹Wir halten die Deiche noch lange.›") == [("direct", "Wir halten die Deiche noch lange.", "Petra Vogt")]
    text = "Petra Vogt sagte am Montag: „Wir halten die Deiche. Das ist sicher.\n\n„Die Helfer sind erschöpft, aber sie bleiben.“"
    assert _quotes(text) == [
        ("direct", "Wir halten die Deiche. Das ist sicher.", "Petra Vogt"),
        ("direct", "Die Helfer sind erschöpft, aber sie bleiben.", "Petra Vogt"),
    ]


def test_a_quote_attributed_by_a_dash_or_a_bracket():
    assert _quotes("„Wir halten die Deiche noch lange“ – Petra Vogt am Montag in Lindenau.") == [("direct", "Wir halten die Deiche noch lange", "Petra Vogt")]
    assert _quotes("„Wir halten die Deiche noch lange“ (Petra Vogt).") == [("direct", "Wir halten die Deiche noch lange", "Petra Vogt")]
    assert _quotes("„Le Grand Macabre“ – Die Oper wurde 1978 uraufgeführt.") == []


def test_one_quoted_common_noun_in_a_speaking_sentence_is_a_partial_quote():
    assert _quotes("Die Anwohner warfen der Gemeinde am Montag „Wortbruch“ vor.") == [("partial", "Wortbruch", "Die Anwohner")]
    assert "partial" in [k for k, _, _ in _quotes("Bis vor kurzem sei das der „Normalfall“ gewesen, sagte Petra Vogt.")]
    assert ("partial", "Normalfall") in [(k, t) for k, t, _ in _quotes("Bis vor kurzem sei das in Lindenau der „Normalfall“ gewesen.")]
    # a name after an article or preposition stays a name
    assert _quotes("Die Anwohner hoffen auf einen Bericht im „Spiegel“.") == []


def test_a_reported_clause_ends_at_a_semicolon_after_which_the_author_goes_on():
    text = "Die Anwohner gaben an, dass der Deich schon im Mai gebrochen war; die Gemeinde prüft nun den Schaden."
    assert [t for _, t, _ in _quotes(text)] == ["der Deich schon im Mai gebrochen war"]
    text = "Petra Vogt sagte, der Deich halte noch; die Helfer seien aber erschöpft."
    assert [t for _, t, _ in _quotes(text)] == ["der Deich halte noch; die Helfer seien aber erschöpft"]


def test_a_that_clause_nobody_said_or_the_author_infers_is_not_reported():
    assert _quotes("Damals dachte niemand in Lindenau, dass der Deich jemals brechen könnte.") == []
    assert _quotes("Aus den Messdaten lässt sich aber erschließen, dass der Deich an zwei Stellen nachgab.") == []
    assert _quotes("Durch die Sperrung soll vermieden werden, dass Schaulustige auf den Deich klettern.") == []


def test_a_clause_of_reason_or_purpose_after_a_verb_of_saying_is_not_what_was_said():
    assert _quotes("Die Staatsanwaltschaft warf dem Fahrer Fahrlässigkeit vor, da bei dem Unfall zwei Radfahrer starben.") == []
    assert _quotes("Die Gemeinde gab Einzelheiten zum Deichbau bekannt, um die Anwohner zu beruhigen.") == []
    # with the subjunctive it is what was said
    assert [t for _, t, _ in _quotes("Petra Vogt sagte, da die Helfer erschöpft seien, werde der Einsatz unterbrochen.")] == [
        "da die Helfer erschöpft seien, werde der Einsatz unterbrochen"
    ]


def test_a_sentence_pointing_back_to_its_document_or_agent():
    text = "Der Deich in Lindenau ist an zwei Stellen gebrochen. Dies geht aus einer Mitteilung der Feuerwehr hervor, die am Abend verschickt wurde."
    assert _quotes(text) == [("indirect", "Der Deich in Lindenau ist an zwei Stellen gebrochen", "einer Mitteilung der Feuerwehr")]
    text = "Der Deich in Lindenau ist an zwei Stellen gebrochen. Das wurde vom Landratsamt am Montag, dem 3. Mai, bekannt gegeben."
    assert [t for _, t, _ in _quotes(text)] == ["Der Deich in Lindenau ist an zwei Stellen gebrochen"]


def test_a_currency_or_a_street_tagged_by_the_ner_never_speaks():
    from lagebild.nlp.quotes import _agents

    text = "Das Land gibt 5 Milliarden Euro für die Lindenstraße, sagte Petra Vogt."
    article = Article(id="t", source="t", text=text)
    for word in ("Euro", "Lindenstraße", "Petra Vogt"):
        start = text.find(word)
        article.mentions.append(Mention(start, start + len(word), word, "PER" if word == "Petra Vogt" else "ORG"))
    assert [a.phrase for a in _agents(article, 0, len(text)) if a.kind == "name"] == ["Petra Vogt"]


def test_a_frame_in_the_subjunctive_is_reported_by_the_speaker_before():
    text = "Petra Vogt sagte am Montag, der Deich sei sicher. Die Behörde gehe davon aus, dass das Wasser bald sinke."
    quotes = _quotes(text)
    # the frame in Konjunktiv I is itself reported: the whole sentence goes on with her message
    assert quotes[-1] == ("indirect", "Die Behörde gehe davon aus, dass das Wasser bald sinke", "Petra Vogt")


def test_compound_frame_nouns_and_frames_of_plans_articles_and_media():
    text = "Nach einem Fernsehbericht des Lindenauer Senders ist der Deich an zwei Stellen gebrochen."
    assert [t for _, t, _ in _quotes(text)] == ["ist der Deich an zwei Stellen gebrochen"]
    text = "Den Funden kommt nach Expertenmeinung große Bedeutung für die Geschichte von Lindenau zu."
    assert [k for k, _, _ in _quotes(text)] == ["indirect"]
    text = "Nach einem Plan der Landesregierung müssen alle Gemeinden bis Mai neue Deiche bauen."
    assert [t for _, t, _ in _quotes(text)] == ["müssen alle Gemeinden bis Mai neue Deiche bauen"]


def test_more_verbs_and_nouns_whose_infinitive_clause_was_said():
    cases = {
        "Als wichtigste Aufgabe sieht es Petra Vogt an, den Deich bis zum Winter zu erneuern.": "den Deich bis zum Winter zu erneuern",
        "Dem Verein wird nachgesagt, der Partei in Lindenau nahe zu stehen.": "der Partei in Lindenau nahe zu stehen",
        "Die Anwohner trauen der Gemeinde nicht zu, den Deich rechtzeitig zu erneuern.": "den Deich rechtzeitig zu erneuern",
        "Die Räte drängten die Bürgermeisterin, die Fähre wieder fahren zu lassen.": "die Fähre wieder fahren zu lassen",
        "Die Helfer hielten es für sinnvoll, die Häuser am Deich zu räumen.": "die Häuser am Deich zu räumen",
        "Die Gemeinde denkt darüber nach, die Fähre durch eine Brücke zu ersetzen.": "die Fähre durch eine Brücke zu ersetzen",
        "Aus allen Parteien kommen Aufrufe, am Samstag für den Deich zu demonstrieren.": "am Samstag für den Deich zu demonstrieren",
    }
    for text, clause in cases.items():
        assert [t for _, t, _ in _quotes(text)] == [clause], text


def test_a_frame_inside_its_message_keeps_the_whole_sentence():
    text = "Der Grund für die Sperrung, so vermutet die Lindenauer Zeitung, dürfte der marode Deich gewesen sein."
    assert _quotes(text) == [("indirect", "Der Grund für die Sperrung, so vermutet die Lindenauer Zeitung, dürfte der marode Deich gewesen sein", "Lindenauer Zeitung")]
    text = "Alles in allem sei es für die Helfer, so Petra Vogt, möglich gewesen, den Deich zu halten."
    assert [t for _, t, _ in _quotes(text)] == ["Alles in allem sei es für die Helfer, so Petra Vogt, möglich gewesen, den Deich zu halten"]
    # "so dass" and "so" after a condition are no frames
    assert _quotes("Es gibt nur noch wenige Fähren nach Lindenau, so dass Touristen mit dem Bus fahren müssen.") == []


def test_a_question_weighed_or_discussed_is_reported():
    text = "Der Gemeinderat hat erwogen, ob die Fähre im Winter durch einen Bus ersetzt werden kann."
    assert [t for _, t, _ in _quotes(text)] == ["die Fähre im Winter durch einen Bus ersetzt werden kann"]
    text = "Petra Vogt hatte mit den Anwohnern darüber diskutiert, ob der Deich im Frühjahr erhöht werden soll."
    assert _quotes(text) == [("indirect", "der Deich im Frühjahr erhöht werden soll", "Petra Vogt")]
    # a decision whether … is no question weighed by a speaker
    assert _quotes("Die Entscheidung, ob der Deich erhöht wird, fiel am Montag im Rathaus von Lindenau.") == []


def _rule_speakers(text: str, others: tuple[str, ...] = ()):
    """The rules' own speaker phrase for each quote, before the ranker weighs it."""
    from lagebild.nlp.quotes import _rule_quotes

    article = _tagged_article(text, others)
    quotes, refs, _, _ = _rule_quotes(article)
    return [(q.text, refs[q.id].phrase if refs.get(q.id) else None) for q in quotes]


def test_the_holder_of_a_view_opening_the_sentence_and_the_subject_after_a_leading_phrase():
    assert _rule_speakers("Einige vertreten die Auffassung, der Deich sei längst zu niedrig.") == [("der Deich sei längst zu niedrig", "Einige")]
    assert _rule_speakers("37 Prozent sind der Auffassung, dass der Deich zu niedrig ist.") == [("der Deich zu niedrig ist", "37 Prozent")]
    text = "Für Lindenau hat Petra Vogt ausgerechnet, dass jeder Gast etwa 90 Euro in der Stadt ausgibt."
    assert _rule_speakers(text, others=("Lindenau",)) == [("jeder Gast etwa 90 Euro in der Stadt ausgibt", "Petra Vogt")]


def test_what_something_is_called_is_no_speech():
    assert _quotes("Damals hieß das Gasthaus noch „Zum Anker“, und es lag direkt am Deich.") == []
    assert [t for _, t, _ in _quotes("Früher hieß die Fähre dann „Lindenau II“ und fuhr nach Husum.")] == []


def test_a_quoted_name_of_a_law_or_body_is_no_speech():
    text = "Die Anwohner kritisierten den Entwurf für ein „Gesetz zur Änderung des Deichgesetzes“ scharf."
    assert [t for _, t, _ in _quotes(text)] == []
    text = "Wenige Stunden später erklärte der neue „Rat zur Rettung des Deiches“, die Lage sei unter Kontrolle."
    assert [(k, t) for k, t, _ in _quotes(text)] == [("indirect", "die Lage sei unter Kontrolle")]


def test_what_a_word_means_is_no_speech():
    text = "Der Name Lindenau bedeutet auf Sorbisch etwa „Lindenwiese“ und erinnert an alte Zeiten, sagte Petra Vogt."
    assert "Lindenwiese" not in [t for _, t, _ in _quotes(text)]
    assert _quotes("Der Ortsname geht auf die alte Bezeichnung für „feucht“ zurück.") == []


def test_a_verb_of_saying_right_after_the_quote_without_its_comma():
    text = "Der Deich ist sicher. „Wir haben den Deich rechtzeitig erhöht.“ erklärte Bürgermeisterin Petra Vogt am Abend."
    assert ("direct", "Wir haben den Deich rechtzeitig erhöht.", "Petra Vogt") in _quotes(text)
    text = "„Wie lange hält der Deich noch?“ fragten die Anwohner und forderten eine Antwort."
    assert _rule_speakers(text) == [("Wie lange hält der Deich noch?", "die Anwohner")]


def test_konjunktiv_ii_goes_on_reporting_only_right_after_reported_speech():
    text = (
        "Petra Vogt sagte, die Fähre fahre wieder. Die alte Fähre wurde 1965 in Husum gebaut. "
        "Sie hätte damals 40 Autos tragen können."
    )
    assert [t for k, t, _ in _quotes(text) if k == "indirect"] == ["die Fähre fahre wieder"]
    text = "Petra Vogt sagte, die Fähre fahre wieder. Die Behörde warnt vor neuen Fluten. Die Deiche befänden sich an der Grenze der Belastbarkeit."
    assert "Die Deiche befänden sich an der Grenze der Belastbarkeit" in [t for k, t, _ in _quotes(text)]


def test_a_finite_verb_after_the_comma_continues_the_main_clause():
    assert _quotes("Als das Urteil gegen den Deichgrafen verkündet wurde, brach im Saal lauter Jubel aus.") == []
    assert _quotes("Petra Vogt hatte den Deichgrafen öffentlich beschuldigt, wurde dann aber selbst angezeigt.") == []
    # a leading frame fills the place before the verb: what follows is reported
    assert [t for _, t, _ in _quotes("Wie die Feuerwehr mitteilte, wurden in Lindenau zwei Häuser geräumt.")] == ["wurden in Lindenau zwei Häuser geräumt"]
    # a condition in the subjunctive of reported speech opens what was said
    text = "Die Länder haben angekündigt, sollte der Deich brechen, ihre Hilfe sofort auszuweiten."
    assert [t for _, t, _ in _quotes(text)] != []


def test_a_sentence_disputing_or_pointing_to_something_speaks_for_what_follows():
    text = "Die Anwohner kritisierten den Deichbau. Die Gemeinde streitet das ab. Der Deich sei sicher gebaut worden."
    assert _rule_speakers(text)[-1] == ("Der Deich sei sicher gebaut worden", "Die Gemeinde")


def test_reported_speech_going_on_after_a_sentence_of_acting_is_its_subjects():
    text = (
        "Petra Vogt hatte im März Neuwahlen gefordert. Am Montag hat die Wahlkommission den Termin festgelegt. "
        "Mögliche Termine seien der 4. und der 11. Mai."
    )
    assert _rule_speakers(text)[-1] == ("Mögliche Termine seien der 4. und der 11. Mai", "die Wahlkommission")


def test_the_authors_own_words_conditions_and_consequences_are_not_reported():
    assert _quotes("Alles in allem kann man sagen, dass der Deichbau in Lindenau ein Erfolg war.") == []
    assert _quotes("Die Gemeinde nannte drei Bedingungen dafür, dass die Fähre im Winter wieder fährt.") == []
    assert _quotes("Die Polizei hatte die Straße soweit geräumt, dass die Feuerwehr wieder durchfahren konnte.") == []


def test_demnach_after_a_sentence_that_only_acts_refers_to_its_subject():
    text = "Die Landesregierung hat sich am Montag in Hannover auf einen neuen Haushalt geeinigt. Demnach soll die Polizei mehr Geld bekommen."
    article = Article(id="t", source="t", text=text)
    article.sentences = split_sentences(text)
    article.mentions = [Mention(text.find("Hannover"), text.find("Hannover") + 8, "Hannover", "LOC")]
    quote = extract_quotes(article)[0]
    assert (quote.text, quote.speaker, quote.cue) == ("soll die Polizei mehr Geld bekommen", "Die Landesregierung", "anaphor")
    assert text[quote.speaker_span[0] : quote.speaker_span[1]] == "Demnach"


def test_a_preposition_opens_no_candidate_phrase_of_the_speaker_ranker():
    from lagebild.nlp import quotes, speaker_ranker

    text = "Der Verband klagte gegen Artikel 5 und über Jahre gegen Auflagen."
    phrases = [text[a:b] for a, b, _ in speaker_ranker._phrases(text, 0, len(text), quotes)]
    assert "Der Verband" in phrases
    assert not any(p.startswith(("gegen", "über")) for p in phrases)


def test_konjunktiv_i_of_a_verb_in_eln_or_ern_goes_on_reporting():
    found = _quotes("Petra Vogt sagte, der Deich sei sicher. Vielmehr handele es sich um eine Übung der Feuerwehr.")
    assert found[1] == ("indirect", "Vielmehr handele es sich um eine Übung der Feuerwehr", "Petra Vogt")
    found = _quotes("Petra Vogt sagte, der Deich sei sicher. Am Pegel ändere sich bis Freitag nichts.")
    assert found[1] == ("indirect", "Am Pegel ändere sich bis Freitag nichts", "Petra Vogt")


def test_a_claim_that_came_from_someone_is_theirs():
    found = _quotes("Von der Bremer Polizei kam am Abend die Information, der Tote sei ein Tourist aus Dänemark.", others=("Bremer Polizei",))
    assert found == [("indirect", "der Tote sei ein Tourist aus Dänemark", "Bremer Polizei")]


def test_konjunktiv_ii_after_a_relative_clause_on_the_subject_goes_on_reporting():
    found = _quotes(
        "Petra Vogt sagte, der Deich sei sicher. Die Sandsäcke, die am Montag aus dem Lager in der Altstadt gebracht wurden, "
        "müssten aber noch verteilt werden."
    )
    assert found[1][0] == "indirect" and found[1][1].startswith("Die Sandsäcke") and found[1][2] == "Petra Vogt"


def test_a_supposition_in_konjunktiv_ii_reports_only_amid_konjunktiv_i():
    found = _quotes("Petra Vogt kündigte eine Sperrung der Brücke an. Falls die Brücke gesperrt wird, wäre die Altstadt nur über die Fähre zu erreichen.")
    assert found == []
    found = _quotes("Petra Vogt sagte, der Deich sei sicher. Die Lage bleibe aber angespannt. Falls es weiter regnet, wäre eine Räumung der Altstadt nötig.")
    assert found[-1][:2] == ("indirect", "Die Lage bleibe aber angespannt. Falls es weiter regnet, wäre eine Räumung der Altstadt nötig")


def test_a_name_in_quote_marks_after_a_preposition_is_no_speech():
    found = _quotes("Jens Köhler wird von der „Abendpost“ mit den Worten zitiert, der Deich sei sicher.")
    assert "Abendpost" not in [q[1] for q in found]
    found = _quotes("Petra Vogt sagte im „Morgenkurier“, sie trete nicht wieder an.")
    assert "Morgenkurier" not in [q[1] for q in found]


def test_what_a_name_means_in_german_is_no_speech():
    found = _quotes("In Riga beginnt das Festival „Vasaras Skaņas“ [auf Deutsch: „Klänge des Sommers“]. Petra Vogt sagte: „Wir freuen uns.“")
    assert "Klänge des Sommers" not in [q[1] for q in found]
    found = _quotes("Die Partei Brīvība („Partei der Freiheit für alle“) legte zu.")
    assert found == []


def test_an_alternative_figure_by_other_accounts_does_not_make_the_sentence_reported():
    found = _quotes("Der neue Wagen fährt mit einer Ladung 300, nach anderen Angaben 320 Kilometer weit.")
    assert found == []


def test_an_opinion_frame_with_a_possessive_names_the_one_who_speaks(monkeypatch):
    from lagebild.nlp import speaker_ranker

    monkeypatch.setattr(speaker_ranker, "load_weights", lambda *args: None)  # the rules' choice
    text = "Petra Vogt fordert von der Stadt eine Prüfung des Vorfalls, bei dem es sich ihrer Meinung nach um einen schweren Fehler gehandelt haben könne."
    article = Article(id="t", source="t", text=text)
    article.sentences = split_sentences(text)
    article.mentions = [Mention(0, 10, "Petra Vogt", "PER")]
    quote = extract_quotes(article)[0]
    assert (quote.speaker, quote.cue, text[quote.speaker_span[0] : quote.speaker_span[1]]) == ("Petra Vogt", "anaphor", "ihrer Meinung")


def test_a_suspicion_put_as_a_possibility_is_reported():
    found = _quotes("Die Staatsanwaltschaft hegt den Verdacht, der Kassenwart könnte Spenden für sich abgezweigt haben.")
    assert found == [("indirect", "der Kassenwart könnte Spenden für sich abgezweigt haben", "Die Staatsanwaltschaft")]


def test_an_infinitive_clause_takes_the_one_that_depends_on_it():
    found = _quotes("Die Anwohner drängten den Bürgermeister, seine Bemühungen zu verstärken, mit dem Hochwasser fertigzuwerden.")
    assert found[0][1] == "seine Bemühungen zu verstärken, mit dem Hochwasser fertigzuwerden"


def test_a_wish_or_aim_is_not_reported():
    assert _quotes("Die Stadtwerke möchten erreichen, dass die Kunden weniger Strom am Abend verbrauchen.") == []
    assert _quotes("Viele Anwohner wollen immer noch, dass die Brücke für Autos offen bleibt.") == []


def test_a_trailing_frame_after_a_clause_in_the_indicative():
    found = _quotes("Der Umsatz ist im Sommer deutlich gesunken, erläuterte der Vorstand der Stadtwerke.")
    assert found == [("indirect", "Der Umsatz ist im Sommer deutlich gesunken", "der Vorstand der Stadtwerke")]
    # after a leading subordinate clause the verb is the main clause's own
    assert _quotes("Während die Räte im Saal dem Plan zustimmten, betonte Petra Vogt ihre Bedenken.") == []


def test_a_quantity_opening_the_clause_before_the_that_clause_holds_the_view():
    found = _quotes("Zwar sind 58 Prozent der Befragten mit dem Nahverkehr zufrieden, 41 Prozent sind jedoch der Meinung, dass die Busse zu selten fahren.")
    assert found == [("indirect", "die Busse zu selten fahren", "41 Prozent")]


def test_the_subject_of_the_clause_a_that_clause_hangs_on_holds_the_view():
    found = _quotes("Der Pegel steigt weiter, Petra Vogt ist jedoch der Ansicht, dass der Deich bis Freitag hält.")
    assert found == [("indirect", "der Deich bis Freitag hält", "Petra Vogt")]


def test_quote_marks_in_a_relative_clause_of_judging_belong_to_its_antecedent(monkeypatch):
    from lagebild.nlp import speaker_ranker

    monkeypatch.setattr(speaker_ranker, "load_weights", lambda *args: None)  # the rules' choice
    found = _quotes("Widerspruch kommt vom Mieterverein Nordstadt, der den Plan als „Zumutung“ für die Anwohner sieht.")
    assert found == [("partial", "Zumutung", "Mieterverein Nordstadt")]


def test_a_capitalised_adverb_or_verb_opening_a_sentence_is_no_candidate_phrase():
    from lagebild.nlp import quotes, speaker_ranker

    text = "Letztlich bestehen Zweifel. Kämen sie, wäre es leichter. Experten warnen."
    phrases = [text[a:b] for a, b, _ in speaker_ranker._phrases(text, 0, len(text), quotes)]
    assert "Letztlich" not in phrases and "Kämen" not in phrases
    assert "Experten" in phrases


def test_danach_after_a_sentence_that_names_a_text_refers_to_it():
    found = _quotes("Das Landesamt veröffentlichte am Montag die neue Statistik. Danach sind im Mai weniger Menschen arbeitslos gewesen.")
    assert found[0][:2] == ("indirect", "sind im Mai weniger Menschen arbeitslos gewesen")
    # after mere narration "Danach" is a time
    assert _quotes("Der Zug hielt am Morgen in Bremen. Danach fuhr er ohne weiteren Halt nach Hamburg.") == []


def test_demnach_refers_to_a_longer_phrase_opening_the_sentence_before(monkeypatch):
    from lagebild.nlp import speaker_ranker

    monkeypatch.setattr(speaker_ranker, "load_weights", lambda *args: None)  # the rules' choice
    text = "Die städtische Baugesellschaft GEWO veröffentlichte am Montag ihren Bericht. Demnach stehen in der Altstadt 300 Wohnungen leer."
    article = Article(id="t", source="t", text=text)
    article.sentences = split_sentences(text)
    article.mentions = [Mention(text.find("GEWO"), text.find("GEWO") + 4, "GEWO", "ORG")]
    quote = extract_quotes(article)[0]
    assert (quote.speaker, quote.cue, text[quote.speaker_span[0] : quote.speaker_span[1]]) == ("Die städtische Baugesellschaft GEWO", "anaphor", "Demnach")


def test_a_frame_inside_a_relative_clause_reports_that_clause_only():
    found = _quotes("Beim Öffnen der Tasche, die nach Angaben von Petra Vogt eine Bombe enthalten sollte, wurde kein Sprengstoff gefunden.")
    assert [q[:2] for q in found] == [("indirect", "die nach Angaben von Petra Vogt eine Bombe enthalten sollte")]
    assert found[0][2].endswith("Petra Vogt")


def test_a_relative_clause_takes_the_source_of_its_own_frame():
    found = _quotes("Die Stadtverwaltung will den Händler ausweisen, der laut Petra Vogt an dem Betrug beteiligt gewesen sei.")
    assert [q[:2] for q in found] == [("indirect", "der laut Petra Vogt an dem Betrug beteiligt gewesen sei")]
    assert found[0][2] == "Petra Vogt"


def test_a_frame_inside_a_relative_clause_is_not_overridden_by_the_person_it_describes():
    found = _quotes("Für Aufsehen sorgte Jens Köhler, Mitglied des Stadtrats, der nach Angaben der Volksstimme seine Kollegen beschimpft habe.", ("Volksstimme",))
    assert found == [("indirect", "der nach Angaben der Volksstimme seine Kollegen beschimpft habe", "Volksstimme")]


def test_after_a_leading_clause_the_main_subject_is_not_overridden_by_a_name_inside_it():
    found = _quotes("Während die Gespräche aus Sicht von Jens Köhler gescheitert waren, war das Bürgerbündnis davon ausgegangen, dass es weitere Treffen geben werde.")
    assert found == [("indirect", "es weitere Treffen geben werde", "das Bürgerbündnis")]


def test_a_description_after_the_verb_ends_at_its_noun():
    found = _quotes("Warum die Wahl auf das Dorf von Jens Köhler fiel, begründete das Landgericht mit dem Hinweis darauf, dass die Beweislage dort am klarsten sei.")
    assert found == [("indirect", "die Beweislage dort am klarsten sei", "das Landgericht")]


def test_after_a_leading_clause_the_subject_after_a_title_is_not_overridden():
    found = _quotes("Nachdem durch Recherchen des freien Journalisten Jens Köhler aus Essen die Fälschung öffentlich bekannt wurde, hat Frau Vogt am Montag angekündigt, ihr Mandat niederzulegen.")
    assert found == [("indirect", "ihr Mandat niederzulegen", "Vogt")]


def test_a_frame_inside_a_sentence_reports_it_whole_also_before_a_that_clause():
    found = _quotes("Der Minister sei, so Petra Vogt, schuld daran, dass die Stadt das Geld verloren habe.")
    assert found == [("indirect", "Der Minister sei, so Petra Vogt, schuld daran, dass die Stadt das Geld verloren habe", "Petra Vogt")]


def test_whom_the_verb_of_saying_tells_is_no_speaker():
    found = _quotes("Das Rathaus in Bremen teilte dem Fernsehsender ARD mit, dass die Brücke bis Juni gesperrt bleibe.", others=("ARD",))
    assert found == [("indirect", "die Brücke bis Juni gesperrt bleibe", "Das Rathaus")]


def test_a_frame_inside_a_leading_subordinate_clause_names_no_source_for_the_main_clause():
    found = _quotes("Obwohl der Streik nach Angaben der Bahn beendet war, hatte die Gewerkschaft damit gerechnet, dass weiter gestreikt werde.")
    assert [q[:2] for q in found] == [("indirect", "weiter gestreikt werde")]
    assert found[0][2].startswith("die Gewerkschaft")


def test_a_text_that_says_something_is_the_source_of_its_that_clause_and_what_goes_on(monkeypatch):
    from lagebild.nlp import speaker_ranker

    monkeypatch.setattr(speaker_ranker, "load_weights", lambda *args: None)  # the rules' own choice
    found = _quotes("Die Stadt hat viele Schulden. In einem Jahresbericht des Finanzamtes steht, dass die Schulden auf 40 Millionen Euro gestiegen seien. Jedoch sei ein Teil davon bereits getilgt worden.")
    assert [q[2] for q in found] == ["einem Jahresbericht des Finanzamtes"] * 2


def test_a_sentence_pointing_back_names_the_speaker_of_the_quote_before():
    assert _quotes("„Die Fähre fährt wieder.“ Das sagte Petra Vogt am Montag im Hafen.") == [("direct", "Die Fähre fährt wieder.", "Petra Vogt")]
    assert _quotes("„Die Fähre fährt wieder.“ Das musste Kapitän Jens Köhler am Montag im Hafen einräumen.") == [("direct", "Die Fähre fährt wieder.", "Jens Köhler")]


def test_a_finding_shown_or_found_out_is_not_reported_speech():
    assert _quotes("Neue Messungen zeigen, dass der Meeresspiegel an der Nordsee schneller steigt als erwartet.") == []
    assert _quotes("Ein Team aus Kiel hat herausgefunden, dass die Heringe früher im Jahr laichen.") == []


def test_the_subject_that_demands_speaks_not_the_person_it_is_about():
    # the ranker weighs a phrase's clause: the subject of the demanding clause, not the name in its object
    for text in (
        "Der Verband der Anwohner forderte am Mittwoch den Rücktritt von Jens Köhler, weil er die Warnungen ignoriert habe.",
        "Der Verband der Anwohner forderte den Rücktritt von Jens Köhler, weil er die Warnungen ignoriert habe.",
    ):
        assert _quotes(text) == [("indirect", "weil er die Warnungen ignoriert habe", "Der Verband der Anwohner")]


def test_demnach_refers_to_the_sentence_right_before_not_to_a_speaker_further_back():
    found = _quotes("Petra Vogt geht davon aus, dass der Deich hält. Der Krisenstab der Stadt gab am Abend eine Erklärung ab. Demnach sollen die Bewohner die Altstadt verlassen.")
    assert ("indirect", "sollen die Bewohner die Altstadt verlassen", "Der Krisenstab der Stadt") in found
    # right after the speaker's own sentence "Demnach" goes on with that speaker
    found = _quotes("Petra Vogt sagte, der Deich halte. Demnach sollen die Bewohner die Altstadt nicht verlassen.")
    assert ("indirect", "sollen die Bewohner die Altstadt nicht verlassen", "Petra Vogt") in found


def test_a_verb_of_saying_that_says_nothing_here_takes_no_clause():
    # "es gab" is there was; "fügte … ein" inserts; a capitalised "Fragen" is a noun
    assert _quotes("Im vergangenen Winter gab es mehrere Stürme, bei denen viele Dächer abgedeckt wurden.") == []
    assert _quotes("Daraufhin fügte der Stadtrat eine Klausel ein, mit der die Frist um ein Jahr verlängert wurde.") == []
    assert _quotes("Der Einsturz hat viele Fragen zur Sicherheit der Halle, die unter der Aufsicht des Bauamtes gestanden hatte, aufgeworfen.") == []
    # with its particle of saying the same verb frames a report
    assert [q[:2] for q in _quotes("Die Stadt gab am Montag bekannt, dass die Halle bis Juni geschlossen bleibe.")] == [("indirect", "die Halle bis Juni geschlossen bleibe")]


def test_a_report_opened_before_the_main_clause_ends_before_its_verb():
    found = _quotes("Mit der Begründung, dass die Räume saniert werden müssten, wurden die Mieter in ein Nebengebäude gebracht.")
    assert [q[:2] for q in found] == [("indirect", "die Räume saniert werden müssten")]
    # a verb of saying in the when-clause ("bemerkte" there is a perception: see prec12's test below)
    found = _quotes("Als die Polizistin rief, dass der Mann eine Waffe trug, flüchtete er.")
    assert [q[:2] for q in found] == [("indirect", "der Mann eine Waffe trug")]


def test_a_counterfactual_in_konjunktiv_ii_does_not_carry_the_report_on():
    text = "Die Werft teilte mit, der Frachter sei im Herbst verschrottet worden. Er hätte 40 Container über den Atlantik tragen sollen."
    assert [q[1] for q in _quotes(text)] == ["der Frachter sei im Herbst verschrottet worden"]
    # in Konjunktiv I the same sentence goes on reporting
    text = "Die Werft teilte mit, der Frachter sei im Herbst verschrottet worden. Er habe 40 Container über den Atlantik tragen sollen."
    assert [q[1] for q in _quotes(text)] == ["der Frachter sei im Herbst verschrottet worden", "Er habe 40 Container über den Atlantik tragen sollen"]


def test_a_frame_reports_from_its_own_clause_on():
    found = _quotes("Die Lage am Pass scheint klar: Nach Angaben der Bergwacht sind alle Wanderer wieder in Sicherheit.")
    assert [q[:2] for q in found] == [("indirect", "Nach Angaben der Bergwacht sind alle Wanderer wieder in Sicherheit")]
    found = _quotes("Dem Gericht liegt ein Gutachten vor, laut dem das Kind mehrfach geschlagen worden war.")
    assert [q[:2] for q in found] == [("indirect", "das Kind mehrfach geschlagen worden war")]
    found = _quotes("Die Sender werden vor allem von älteren Menschen eingeschaltet, was sich nach Ansicht der Kritiker auch im Programm niederschlägt.")
    assert [q[:2] for q in found] == [("indirect", "was sich nach Ansicht der Kritiker auch im Programm niederschlägt")]
    # a frame inside the sentence still reports all of it
    assert [q[1] for q in _quotes("Die Brücke ist laut Petra Vogt seit Montag gesperrt.")] == ["Die Brücke ist laut Petra Vogt seit Montag gesperrt"]


def test_a_frame_that_names_no_source_reports_nothing():
    assert _quotes("Das Gericht eröffnete nach Abschluss der Ermittlungen das Verfahren gegen den Fahrer.") == []
    assert _quotes("Bis zum Abend wurden 120 der nach Polizeiangaben 300 Fahrgäste aus dem Zug geholt.") == []


def test_a_main_clause_narrated_in_the_indicative_past_is_no_report():
    assert _quotes("Der Kapitän nannte die Entscheidung überzogen, Trainer Jens Köhler bezeichnete die Strafe als viel zu hart.") == []
    # a frame before the verb reports the indicative all the same
    found = _quotes("Wie die Polizei am Montag mitteilte, nahmen die Beamten den Mann noch am Bahnhof fest.")
    assert [q[:2] for q in found] == [("indirect", "nahmen die Beamten den Mann noch am Bahnhof fest")]


def test_an_adjective_that_looks_like_konjunktiv_i_does_not_carry_the_report_on():
    text = "Die Werft teilte mit, der Frachter sei im Herbst verschrottet worden. Damit ist Kiel der achte Hafen im Land, der keine Werft mehr hat."
    assert [q[1] for q in _quotes(text)] == ["der Frachter sei im Herbst verschrottet worden"]
    text = "Die Werft teilte mit, der Frachter sei im Herbst verschrottet worden. Damit gebe es in Kiel keine Werft mehr."
    assert [q[1] for q in _quotes(text)] == ["der Frachter sei im Herbst verschrottet worden", "Damit gebe es in Kiel keine Werft mehr"]


def test_so_dass_after_an_indicative_clause_is_no_frame():
    assert _quotes("Mehrere Angebote der Vermittlerin fanden am Abend keine Mehrheit, so dass die Ministerin Petra Vogt die Gespräche für gescheitert erklärte.") == []


def test_a_report_starts_after_an_apposition_on_its_source_and_ends_before_a_comment():
    found = _quotes("Am Montag meldete der Sender des Vatikans, Radio Vatikan, dass das Buch bereits in dritter Auflage erschienen sei.")
    assert [q[:2] for q in found] == [("indirect", "das Buch bereits in dritter Auflage erschienen sei")]
    found = _quotes("Nach der Einschätzung eines Experten, der vom Sender befragt wurde, würde dies für einen Unfall sprechen.")
    assert [q[:2] for q in found] == [("indirect", "würde dies für einen Unfall sprechen")]
    found = _quotes("Die Regierung beschuldigt die Rebellen, Geld aus dem Ausland zu erhalten, was bisher nicht bewiesen werden konnte.")
    assert [q[:2] for q in found] == [("indirect", "Geld aus dem Ausland zu erhalten")]
    # a comment in the subjunctive is still reported
    found = _quotes("Die Regierung beschuldigt die Rebellen, Geld aus dem Ausland zu erhalten, was diese jedoch bestritten hätten.")
    assert [q[:2] for q in found] == [("indirect", "Geld aus dem Ausland zu erhalten, was diese jedoch bestritten hätten")]


def test_an_infinitive_clause_belongs_to_the_word_before_its_comma():
    assert _quotes("Das Angebot der Stadt stand im Zusammenhang mit dem Versuch des Vereins, die Halle bis zum Sommer zu kaufen.") == []
    found = _quotes("Das Angebot der Stadt, die Halle bis zum Sommer zu kaufen, lehnte der Verein ab.")
    assert [q[:2] for q in found] == [("indirect", "die Halle bis zum Sommer zu kaufen")]


def test_a_main_clause_in_konjunktiv_i_goes_on_with_the_message_before():
    text = "Petra Vogt sagte, der Deich sei zu niedrig gebaut worden. Damals sei aber niemandem klar gewesen, dass das Wasser so hoch steigen könne."
    found = _quotes(text)
    assert [q[1] for q in found] == ["der Deich sei zu niedrig gebaut worden", "Damals sei aber niemandem klar gewesen, dass das Wasser so hoch steigen könne"]
    # a frame of its own in the indicative starts a message of its own
    text = "Petra Vogt sagte, der Deich sei zu niedrig. Sie wisse, dass er bald erhöht werde, hatte die Bürgermeisterin damals gesagt."
    assert "der Deich sei zu niedrig. Sie wisse" not in " ".join(q[1] for q in _quotes(text))


def test_konjunktiv_ii_amid_konjunktiv_i_goes_on_reporting_after_a_long_opening():
    text = "Petra Vogt sagte, der Deich sei zu niedrig. In vielen Dörfern an der Küste, vor allem im Norden, hätten die Anwohner keine Sandsäcke."
    assert [q[1] for q in _quotes(text)] == ["der Deich sei zu niedrig", "In vielen Dörfern an der Küste, vor allem im Norden, hätten die Anwohner keine Sandsäcke"]


def test_a_noun_of_claiming_before_its_verb_frames_a_clause_in_the_subjunctive():
    text = "Die Stadt hatte den Antrag mit der Begründung abgelehnt, ein solcher Deich könne nur vom Land gebaut werden."
    assert [q[:2] for q in _quotes(text)] == [("indirect", "ein solcher Deich könne nur vom Land gebaut werden")]
    text = "Der Bürgermeister wies die Darstellung zurück, die Stadt habe die Warnungen ignoriert."
    assert [q[:2] for q in _quotes(text)] == [("indirect", "die Stadt habe die Warnungen ignoriert")]
    # the main clause resumes after the reported one
    text = "Einige Anwohner, die der Überzeugung waren, der Deich halte nicht, räumten ihre Häuser."
    assert [q[1] for q in _quotes(text)] == ["der Deich halte nicht"]
    # a clause depending on the verb is no claim
    assert _quotes("Die Polizei hat nicht auf Berichte über Plünderungen reagiert, auch wenn es Zeugen gegeben habe.") == []


def test_a_dependent_clause_in_konjunktiv_i_gives_someone_s_word():
    text = "Für den Häftling gilt die höchste Sicherheitsstufe, weil er sich von seinen Mithäftlingen bedroht fühle."
    assert [q[:2] for q in _quotes(text)] == [("indirect", "weil er sich von seinen Mithäftlingen bedroht fühle")]
    text = "Der Bericht führt schwere Mängel bei der Polizei an, für die ein veraltetes Gesetz verantwortlich sei."
    assert [q[1] for q in _quotes(text)] == ["für die ein veraltetes Gesetz verantwortlich sei"]
    # the first person and the indicative are the author's own
    assert _quotes("Es ist eine Rolle, die ich bisher noch nie gespielt habe.") == []
    assert _quotes("Die Stadt baut einen neuen Deich, der das Dorf vor dem Hochwasser schützt.") == []


def test_a_trailing_frame_may_point_back_with_das_or_carry_an_apposition():
    assert _quotes("Die Fähre nach Lindenau fällt seit Montag aus, das teilte die Reederei Vogt mit.") == [("indirect", "Die Fähre nach Lindenau fällt seit Montag aus", "Vogt")]
    assert _quotes("Der Deich wird bis Juni erhöht – das meint zumindest Petra Vogt.") == [("indirect", "Der Deich wird bis Juni erhöht", "Petra Vogt")]
    found = _quotes("Vor dem Sturm wurde keine Warnung gesendet, teilte später der Leiter der Behörde, Jens Köhler, mit.")
    assert [q[1] for q in found] == ["Vor dem Sturm wurde keine Warnung gesendet"]


def test_a_reported_clause_ends_at_the_colon_that_opens_a_direct_quote():
    found = _quotes("Petra Vogt sagte, der Deich brauche mehr Sand, und fügte hinzu: „Wir halten die Deiche, solange wir können.“")
    assert [q[:2] for q in found] == [("indirect", "der Deich brauche mehr Sand"), ("direct", "Wir halten die Deiche, solange wir können.")]
    # also when the quote fills most of the sentence
    text = "Petra Vogt sagte, der Deich brauche mehr Sand und fügte hinzu: „Wir halten die Deiche, solange wir können, und wir bleiben hier, bis das Wasser sinkt, auch wenn es Wochen dauert.“"
    assert [q[:2] for q in _quotes(text)][0] == ("indirect", "der Deich brauche mehr Sand")
    # a clause with no subjunctive before the colon is only the quote's frame
    found = _quotes("Im Interview sagte Jens Köhler, Leiter der Feuerwehr im Landkreis: „Wir halten die Deiche.“")
    assert [q[0] for q in found] == ["direct"]


def test_infinitive_clauses_after_any_cue_of_proposing_or_demanding():
    text = "Ein Vorschlag kam von der Gemeinde Lindenau, die vorschlug, den Deich um einen Meter zu erhöhen. Damit würden die Kosten stark steigen."
    assert [q[1] for q in _quotes(text)] == ["den Deich um einen Meter zu erhöhen"]  # what would follow is supposed, not reported
    assert [q[1] for q in _quotes("Die Stadt schlug vor, zu prüfen, ob der Deich erhöht werden kann.")] == ["zu prüfen, ob der Deich erhöht werden kann"]
    text = "Die Behörden haben die Anwohner aufgefordert, ihre Häuser zu verlassen – die Hälfte davon in Lindenau."
    assert [q[1] for q in _quotes(text)] == ["ihre Häuser zu verlassen"]
    text = "Zugeschaltet wurde ein Prediger aus Lindenau, der alle Zuhörer aufforderte, nicht mehr für den Deich zu spenden."
    assert [q[1] for q in _quotes(text)] == ["nicht mehr für den Deich zu spenden"]


def test_a_source_frame_in_the_main_clause_governs_what_is_said_inside_it():
    text = "Laut der Zeitung appellierte Jens Köhler an die Anwohner, sich stärker für den Deich einzusetzen."
    assert [q[1] for q in _quotes(text)] == ["appellierte Jens Köhler an die Anwohner, sich stärker für den Deich einzusetzen"]
    text = "Am Dienstag wurde seitens der Behörden laut der Zeitung erneut deutlich gemacht, dass Helfer nicht erwünscht seien."
    assert [q[1] for q in _quotes(text)] == ["Am Dienstag wurde seitens der Behörden laut der Zeitung erneut deutlich gemacht, dass Helfer nicht erwünscht seien"]
    # a verb before "zufolge" puts the frame inside the sentence
    assert [q[1] for q in _quotes("Sie stammen Berichten zufolge aus einer Fischerfamilie in Lindenau.")] == ["Sie stammen Berichten zufolge aus einer Fischerfamilie in Lindenau"]


def test_a_main_clause_in_konjunktiv_i_after_a_comma_reports_without_a_verb_of_saying():
    text = "Jens Köhler kritisierte den Minister in der gestrigen Debatte im Landtag dann auch heftig wegen seiner missglückten Pläne für den neuen Deich, es sei der größte Fehler der Regierung gewesen."
    assert [q[1] for q in _quotes(text)] == ["es sei der größte Fehler der Regierung gewesen"]
    text = "Der Mann aus dem kleinen Dorf an der Küste ist seit gestern wieder auf freiem Fuß; die Anklage wegen Körperverletzung bleibe aber bestehen."
    assert [q[1] for q in _quotes(text)] == ["die Anklage wegen Körperverletzung bleibe aber bestehen"]
    # a past tense that looks like Konjunktiv I ("raste" of "rasen") reports nothing
    assert _quotes("Die Piloten der Maschine aus Hamburg hatten nach der Landung noch eine Notbremsung eingeleitet, trotzdem raste der Jet auf das Feld.") == []


def test_a_reported_clause_ends_where_the_main_clause_resumes_and_a_frame_s_apposition_is_no_message():
    text = "Hieß es zuerst noch, dass die Anwohner selbst schuld seien, wird nun eine Million Euro in den Deich investiert."
    assert [q[1] for q in _quotes(text)] == ["die Anwohner selbst schuld seien"]
    text = "Nach Ansicht von Petra Vogt, Leiterin der Behörde im Landkreis, könnte der Deich beim nächsten Sturm brechen."
    assert [q[1] for q in _quotes(text)] == ["könnte der Deich beim nächsten Sturm brechen"]


def _ranker_candidates(text: str, others: tuple[str, ...] = ()):
    """For each quote the rules find: its candidate speakers' phrases and features."""
    from lagebild.nlp import speaker_ranker
    from lagebild.nlp.quotes import _rule_quotes

    article = _tagged_article(text, others)
    quotes, refs, contexts, sentences = _rule_quotes(article)
    ctx = speaker_ranker._Context(article, sentences, quotes)
    found = []
    for quote in quotes:
        n, previous = contexts[quote.id]
        found.append({c.phrase: c.features for c in speaker_ranker.speaker_candidates(ctx, quote, n, refs.get(quote.id), previous)})
    return found


def test_the_head_noun_class_tells_abstract_nouns_from_groups_and_sources():
    from lagebild.nlp.speaker_ranker import head_class

    assert [head_class(w) for w in ("Entwicklungen", "Möglichkeit", "Explosion", "Bereitschaft", "Forderungen")] == ["abstract"] * 5
    assert [head_class(w) for w in ("Landesregierung", "Ärzteschaft", "Opposition", "Bündnisse", "Universität")] == ["collective"] * 5
    assert [head_class(w) for w in ("Pressemitteilung", "Angaben", "Meinung", "Bericht", "Erklärungen")] == ["saying"] * 5
    assert head_class("Sprecherin") is None and head_class("Vogt") is None


def test_a_plural_before_a_singular_verb_of_saying_is_not_its_subject():
    found = _ranker_candidates("Die Forderungen Köhlers nannte Petra Vogt „völlig unrealistisch“.", others=("Köhlers",))[0]
    assert "number_clash" in found["Die Forderungen Köhlers"] and "head=abstract" in found["Die Forderungen Köhlers"]
    assert "number_agrees" in found["Petra Vogt"]
    assert "head=people" not in found["Die Forderungen Köhlers"]  # "-en" makes a plural, not people
    found = _ranker_candidates("Die Experten kritisierten, der Deich sei zu niedrig.")[0]
    assert "number_agrees" in found["Die Experten"]
    found = _ranker_candidates("Die Experten kritisierte Petra Vogt als „zu zögerlich“.")[0]
    assert "number_clash" in found["Die Experten"]


def test_a_pronoun_right_after_the_verb_makes_the_phrase_before_it_the_object():
    found = _ranker_candidates("Den Plan der Stadtwerke nannte er „überzogen“.")[0]
    assert "vorfeld_object=pronoun" in found["Den Plan der Stadtwerke"]
    found = _ranker_candidates("Die Feuerwehr sagte, er sei „überfordert“ gewesen.")[0]
    assert not any(f.startswith("vorfeld_object") for f in found["Die Feuerwehr"])  # "er" opens the next clause


def test_the_speaker_ranker_weighs_phrases_two_sentences_back():
    text = "Die Bürgermeisterin Petra Vogt besuchte am Montag den Deich. Dort traf sie viele Helfer. Der Deich sei sicher."
    found = _ranker_candidates(text)[-1]
    assert "d=2" in found["Petra Vogt"]


def test_the_speaker_ranker_marks_phrases_in_a_prepositional_phrase():
    found = _ranker_candidates("Bei den vielen Helfern am Deich bedankte sich Petra Vogt mit den Worten, der Einsatz sei vorbildlich gewesen.")[0]
    assert "in_pp" in found["vielen Helfern"] and "in_pp" in found["den Worten"]  # the determiner before the adjective too
    assert "in_pp" not in found["Petra Vogt"]


def test_a_share_in_per_cent_is_plural_as_a_subject():
    found = _ranker_candidates("37 Prozent der Befragten meinten, der Deich sei zu niedrig.")[0]
    assert "number_agrees" in found["37 Prozent der Befragten"]


def test_a_that_clause_of_a_linked_predicate_is_the_authors_fact():
    # the that-clause is the subject or object of "ist wichtig", "kein Wunder", "hat Tradition": no one speaks
    assert _quotes("Kein Wunder also, dass der Deich heute zu den am besten bewachten Anlagen zählt.") == []
    assert _quotes("Es ist wichtig, dass die Pumpen an der Schleuse rechtzeitig laufen.") == []
    assert _quotes("Die größte Überraschung am Hochwasser ist weniger, dass der Deich brach.") == []
    assert _quotes("In Friesland hat es Tradition, dass die Bauern den Deich im Herbst selbst ausbessern.") == []
    assert _quotes("Möglich, dass die Schleuse noch vor dem Winter fertig wird.") == []
    # a belief, a verb of its own, a subjunctive or a frame after it still report
    assert _quotes("Die Anwohner sind überzeugt, dass der Deich noch hält.")[0][:2] == ("indirect", "der Deich noch hält")
    assert _quotes("Es wird angenommen, dass der Deich noch zwei Tage hält.")[0][0] == "indirect"
    assert _quotes("Wir werden darauf achten, dass die Pumpen an der Schleuse laufen.")[0][0] == "indirect"
    assert _quotes("Hervorgehoben hat Petra Vogt, dass es an der Schleuse ein gutes Klima gebe.")[0][:2] == ("indirect", "es an der Schleuse ein gutes Klima gebe")
    assert _quotes("Es ist wichtig, dass die Pumpen rechtzeitig laufen, sagte Petra Vogt.")[0][2] == "Petra Vogt"
    assert _quotes("Angesichts von Zeugenaussagen, dass der Deich schon am Morgen brach, wächst die Kritik.")[0][0] == "indirect"


def test_a_space_before_the_comma_after_a_noun_of_claiming_is_read():
    # scraped text puts spaces before commas; the claim rule once failed on it
    assert _quotes("Die Stadt wandte sich gegen die Behauptung , der Deich werde nicht halten.")[0][:2] == ("indirect", "der Deich werde nicht halten")


def test_an_article_before_a_verb_in_second_place_opens_a_narrated_main_clause():
    # "die Landesspitze kündigte …" is a main clause in the indicative past, not a relative clause
    assert _quotes("Nach dem Streit gab die Ortsgruppe ihre Auflösung bekannt, die Landesspitze kündigte daraufhin einen Neustart an.") == []
    assert _quotes("Die Stadt gab bekannt, die Pumpen seien repariert.")[0][:2] == ("indirect", "die Pumpen seien repariert")


def test_an_adjective_between_determiner_and_noun_is_no_konjunktiv_i():
    # "kranke" lemmatises to "kranken", but after "seine" and before a noun it is an adjective
    told = "Petra Vogt sagte, der Deich sei sicher. "
    assert len(_quotes(told + "Nach wenigen Stunden erlitt seine kranke Mutter einen Schwächeanfall.")) == 1
    assert len(_quotes(told + "Am Abend standen die Anwohner mit ihren Familien auf dem Damm und blockierten das kühle Wasser.")) == 1
    assert _quotes(told + "Die Stadt plane eine neue Schleuse.")[1][:2] == ("indirect", "Die Stadt plane eine neue Schleuse")


def test_a_trailing_so_names_a_source_only_before_a_name_a_noun_phrase_or_a_verb():
    # "so wie" compares, "so effizient" grades: neither names who said the clause before
    assert _quotes("Der Landrat könnte sogar sein Amt verlieren, so wie seine Vorgängerin Petra Vogt.") == []
    assert _quotes("Mit dem neuen Deich werde die Stadt so sicher, so trocken und so ruhig wie nie zuvor.")[0][1] == "Mit dem neuen Deich werde die Stadt so sicher, so trocken und so ruhig wie nie zuvor"
    assert _quotes("Der Deich könnte noch zwei Tage halten, so Petra Vogt.")[0] == ("indirect", "Der Deich könnte noch zwei Tage halten", "Petra Vogt")
    assert _quotes("Der Deich sei sicher, so van Dijk am Montag.")[0][:2] == ("indirect", "Der Deich sei sicher")
    assert _quotes("Der Deich sei sicher, so heißt es im Rathaus.")[0][:2] == ("indirect", "Der Deich sei sicher")


def test_after_an_infinitive_of_saying_a_new_main_clause_reports_nothing():
    assert _quotes("Der Bürgermeister hat alle Mühe, den Bau des Deichs den Bauern zu erklären, Petra Vogt sieht sich durch die Pläne übergangen.") == []
    assert _quotes("Er weigerte sich zu sagen, wie hoch der Deich werden soll.")[0][:2] == ("indirect", "wie hoch der Deich werden soll")
    assert _quotes("Sie versuchte zu erklären, der Deich sei sicher.")[0][:2] == ("indirect", "der Deich sei sicher")


def test_a_participle_as_predicate_and_signs_pointing_to_a_fact_report_nothing():
    assert _quotes("Prägend für den Sommer ist jedenfalls, dass die Pegel an der Schleuse kaum sinken.") == []
    assert _quotes("Die Feuerwehr fand Spuren am Deich, die darauf hindeuteten, dass jemand die Pumpen abgestellt hatte.") == []
    assert _quotes("Petra Vogt ist überzeugt, dass die Pegel an der Schleuse bald sinken.")[0][2] == "Petra Vogt"


def test_a_that_clause_after_a_verb_of_causing_or_preventing_is_an_effect():
    assert _quotes("Vermutlich führte der Sturm dazu, dass die Pumpen an der Schleuse ausfielen.") == []
    assert _quotes("Die Torfrau verhinderte mit zwei Paraden, dass die Gäste noch den Ausgleich schafften.") == []
    # the reportative "soll … haben" and a frame after it still report
    assert _quotes("Petra Vogt soll dazu beigetragen haben, dass die Pumpen an der Schleuse ausfielen.")[0][0] == "indirect"
    assert _quotes("Der Sturm führte dazu, dass die Pumpen ausgefallen seien, sagte Petra Vogt.")[0][2] == "Petra Vogt"


def test_a_said_adverb_and_a_trailing_as_told_frame_are_no_messages():
    # "Kurz gesagt" is a sentence adverb; ", wie … berichtete" is the frame of the clause before it
    assert _quotes("Kurz gesagt: Sie prüft die Stadt, deren Ämter, deren Pläne – nicht ohne ihre eigene Rolle darin zu hinterfragen.") == []
    assert _quotes("Dies wurde von der Stadtverwaltung bestätigt, wie der Sender am Samstag laut Petra Vogt berichtete.")[0][:2] == ("indirect", "Dies wurde von der Stadtverwaltung bestätigt")
    assert _quotes("Die Stadt erhöht den Deich, sagte Petra Vogt, der Bund werde dafür bezahlen.")[0][:2] == ("indirect", "der Bund werde dafür bezahlen")


def test_a_that_clause_after_a_verb_of_ensuring_is_an_effect():
    assert _quotes("Bei jedem Hochwasser steigt der Pegel an der Schleuse und stellt sicher, dass die Wiesen am Ufer fruchtbar bleiben.") == []
    said = _quotes("Die Stadt muss sicherstellen, dass die Pumpen an der Schleuse laufen, sagte Petra Vogt.")
    assert said[0][0] == "indirect" and said[0][2] == "Petra Vogt"


def test_a_that_clause_after_a_verb_of_happening_is_an_event():
    assert _quotes("Dann allerdings begab es sich, dass die Pumpen an der Schleuse ausfielen und der Deich brach.") == []
    assert _quotes("Im Herbst kam es dazu, dass die Pumpen an der Schleuse ausfielen.") == []


def test_a_trailing_frame_may_end_with_an_apposition_or_a_relative_clause_on_its_source():
    text = "Die beiden Gutachter seien erfahrene Leute mit einem klaren Blick, heißt es im Schreiben von Jens Köhler, Leiter der Kammer."
    assert [q[:2] for q in _quotes(text)] == [("indirect", "Die beiden Gutachter seien erfahrene Leute mit einem klaren Blick")]
    text = "Über den Umfang der Schäden könne man noch nichts sagen, heißt es im Bericht, der drei Fälle nennt."
    assert [q[:2] for q in _quotes(text)] == [("indirect", "Über den Umfang der Schäden könne man noch nichts sagen")]
    # a clause of the main clause's own after the comma: the verb before it is no trailing frame
    text = "Trotz Lob für die Helfer, die rasch gekommen seien, kritisiert die Behörde den Einsatz, wobei sie die Feuerwehr ausnimmt."
    assert all(not q[1].startswith("Trotz Lob") for q in _quotes(text))


def test_konjunktiv_i_of_a_verb_in_eln_without_the_stems_e():
    from lagebild.nlp.quotes import is_subjunctive

    assert all(is_subjunctive(w) for w in ("handle", "wandle", "sammle", "behandle"))
    text = "Die Pläne seien sehr beunruhigend, so Petra Vogt. Es handle sich um eine grobe Fälschung der Geschichte."
    assert [q[1] for q in _quotes(text)] == ["Die Pläne seien sehr beunruhigend", "Es handle sich um eine grobe Fälschung der Geschichte"]


def test_a_closing_as_told_frame_with_any_verb_of_saying_by_lemma():
    text = "Der Verein wäre ohne die Geldsorgen sicher ins Finale gekommen, wie es der frühere Trainer Jens Köhler formulierte."
    assert _quotes(text) == [("indirect", "Der Verein wäre ohne die Geldsorgen sicher ins Finale gekommen", "der frühere Trainer Jens Köhler")]
    text = "Die drei Minister wollen am Montag in Wien über die Hilfen für die Bauern informieren, wie sie am Freitag ankündigten."
    assert [q[:2] for q in _quotes(text)] == [("indirect", "Die drei Minister wollen am Montag in Wien über die Hilfen für die Bauern informieren")]
    # no one telling it: what was expected, or a passive participle
    assert _quotes("Die Preise für Strom und Gas sind im Winter deutlich gestiegen, wie erwartet.") == []
    assert _quotes("Die Preise für Strom und Gas werden im Winter deutlich steigen, wie von der Opposition befürchtet.") == []


def test_an_impersonal_so_heisst_es_inside_a_sentence_reports_all_of_it():
    text = "An der Reparatur der Brücke wird, so heißt es im Rathaus, bereits seit Wochen gearbeitet."
    assert [q[:2] for q in _quotes(text)] == [("indirect", text.rstrip("."))]


def test_a_closing_so_frame_reports_the_sentence_with_its_infinitive_clause():
    text = "Mit ihrer Strategie lockten die Erpresser das Maximum aus der Bereitschaft der Mitspieler, zum gemeinsamen Ziel beizutragen, so Petra Vogt."
    assert _quotes(text) == [("indirect", text[: text.index(", so Petra")], "Petra Vogt")]


def test_a_trailing_frame_with_any_finite_verb_of_saying_by_lemma():
    text = "Die Helfer hätten für einzelne Familien die Patenschaft übernommen, schildert Petra Vogt der Zeitung."
    assert [q[:2] for q in _quotes(text)] == [("indirect", "Die Helfer hätten für einzelne Familien die Patenschaft übernommen")]
    text = "Die Daten der Kunden seien in den USA nicht ausreichend geschützt, begründeten die Richter ihr Urteil."
    assert [q[:2] for q in _quotes(text)] == [("indirect", "Die Daten der Kunden seien in den USA nicht ausreichend geschützt")]
    # after a clause of purpose the verb after the comma is the main clause's own
    text = "Um die Versorgung mit Wasser auch künftig sichern zu können, forderte die Kammer einen neuen Plan."
    assert _quotes(text) == []


def _resolved(text: str):
    """Quotes through the whole pipeline (NER, story mentions, speaker resolution): (text, speaker, speaker_text)."""
    from lagebild.nlp.annotate import annotate, consistent_story_mentions
    from lagebild.nlp.entities import EntityIndex, merge_entities
    from lagebild.nlp.quotes import resolve_speakers

    article = Article(id="t", source="t", language="de", text=text)
    annotate([article])
    consistent_story_mentions([article])
    resolve_speakers(article.quotes, {"t": article}, EntityIndex(merge_entities([article])))
    return [(q.text, q.speaker, q.speaker_text) for q in article.quotes]


def test_a_genitive_name_before_a_noun_owns_the_speaker():
    # "Mexikos Trainer": the country is the possessor, the trainer (named after it) speaks
    found = _resolved("Man habe das Ziel klar verfehlt, sagte Mexikos Trainer Miguel Herrera.")
    assert [q[1] for q in found] == ["Miguel Herrera"]
    found = _resolved("Die Gemeinde müsse nachbessern, sagt Tirols Kinder- und Jugendanwalt Michael Rauch.")
    assert [q[1] for q in found] == ["Michael Rauch"]
    found = _resolved("Die Reform komme zu spät, sagt Kärntens Landeshauptmann.")
    assert [q[1:] for q in found] == [(None, "Kärntens Landeshauptmann")]


def test_an_indefinite_role_is_someone_new():
    # "ein Sprecher der Gruppe" brings in a new person, not the one named before
    found = _resolved("Innenminister Gerhard Karner lobte die Polizei. Die Lage sei ruhig, sagte ein Sprecher der Bergrettung Tirol. Am Abend regnete es.")
    assert [q[1:] for q in found] == [(None, "ein Sprecher der Bergrettung Tirol")]


def test_a_role_with_a_name_in_apposition_is_that_name():
    found = _resolved("Vorstand Harald Neumann lobte den Verkauf. Der Preis sei angemessen, betonte die Chefin der Staatsholding, Martha Oberndorfer, am Sonntag.")
    assert [q[1] for q in found] == ["Martha Oberndorfer"]


def test_a_genitive_before_a_thing_leaves_the_owner_speaking():
    # "Vogts Büro": an office or account is no person; the owner stays the source
    found = _resolved("Die Verhandlungen seien abgeschlossen, teilte Petra Vogts Büro am Montag mit.")
    assert len(found) == 1 and found[0][1].startswith("Petra Vogt")
    found = _resolved("Die Verhandlungen seien abgeschlossen, sagte Petra Vogts Sprecherin am Montag.")
    assert [q[1:] for q in found] == [(None, "Petra Vogts Sprecherin")]


def test_austrian_offices_are_roles():
    from lagebild.nlp.roles import is_role_word

    assert all(is_role_word(w) for w in ("Landeshauptmann", "Landeshauptfrau", "Klubobmann", "Parteiobfrau", "Gouverneur", "Landesrätin"))
    found = _resolved("Landeshauptmann Anton Gruber lobte die Koalition. Die Arbeit sei intensiver als früher, so der Landeshauptmann.")
    assert [q[1] for q in found] == ["Anton Gruber"]


def test_an_adverb_names_no_source():
    from lagebild.nlp.quotes import _a_noun_phrase

    assert not _a_noun_phrase("Kürzlich") and not _a_noun_phrase("ausführlich") and not _a_noun_phrase("Bislang")
    assert all(_a_noun_phrase(w) for w in ("Manche", "Experten", "Medienberichten", "demnach", "taz", "die Polizei"))
    found = _resolved("Wie ausführlich berichtet, sieht der Entwurf eine Frist vor. Kürzlich gab es Gerüchte, dass die Bahn verkauft werden könnte.")
    assert all(q[1:] == (None, None) for q in found)


def test_the_first_person_indicative_is_no_konjunktiv_i():
    # "habe ich", "ich werde" equal Konjunktiv I only in form; "ich könne", "ich sei" stay reported
    text = "Der Mechaniker sagte, die Lenkung sei defekt. Zu dieser Zeit habe ich versucht, meinen Verkäufer zu erreichen."
    assert [q[1] for q in _quotes(text)] == ["die Lenkung sei defekt"]
    text = "Die Ministerin sagte, ich könne das nicht verantworten. Danach sei ich gegangen, erzählte sie."
    assert any(q[1] == "ich könne das nicht verantworten" for q in _quotes(text))


def test_a_that_clause_after_a_fact_a_generic_supposition_or_an_event_is_not_reported():
    # a relative "was" with no one in its clause, "wenn man weiß", "es kann vorkommen"
    assert _quotes("Die Stadt senkte die Gebühren, was darauf hinweist, dass die Pumpen schon lange defekt waren.") == []
    assert _quotes("Die Lage wird ernster, wenn man weiß, dass die Pumpen schon seit Jahren defekt sind.") == []
    assert _quotes("Bei Hochwasser kann es auch vorkommen, dass die Pumpen an der Schleuse ausfallen.") == []
    assert _quotes("Im Winter kommt es immer wieder vor, dass die Pumpen an der Schleuse ausfallen.") == []
    # a speaker in the clause, or the event inside what someone says, still report
    assert _quotes("Er erklärte, was er damit meine, dass die Pumpen an der Schleuse bald ausfielen.")[0][1] == "die Pumpen an der Schleuse bald ausfielen"
    assert _quotes("Petra Vogt sagte, es könne vorkommen, dass die Pumpen an der Schleuse ausfielen.")[0][0] == "indirect"


def test_sondern_is_no_verb_of_a_clause_after_a_comma():
    # "…, allerdings nicht in einer Zeitung, sondern in einem Interview" has no verb: nothing reported
    assert _quotes("Gestern hat sich Petra Vogt zur Flut geäußert, allerdings nicht in einer Zeitung, sondern in einem Interview im Radio.") == []


def test_konjunktiv_after_als_is_an_unreal_comparison():
    # "als sei …" compares with what is not so; it reports nothing, but what someone says still counts
    assert _quotes("Der Bürgermeister eröffnete die Brücke. Dabei wird so getan, als sei der alte Deich sicher und dicht.") == []
    assert _quotes("Petra Vogt sagte, die Stadt tue so, als sei der Deich sicher.")[0][:2] == ("indirect", "die Stadt tue so, als sei der Deich sicher")


def test_a_button_label_the_adjective_laut_and_a_reaction_are_no_speech():
    # quote marks before a verb of clicking hold a label on a screen
    text = "Indem Sie „Akzeptieren und schließen“ anklicken, stimmen Sie ausdrücklich der Verarbeitung Ihrer persönlichen Daten zu, damit das beschriebene Ziel erreicht wird."
    assert _quotes(text) == []
    text = "Der Anbieter verspricht „volle Kontrolle über Ihre Daten“, und wer „Alle akzeptieren“ anklickt, stimmt der Verarbeitung zu."
    assert [q[1] for q in _quotes(text)] == ["volle Kontrolle über Ihre Daten"]
    # "laut und …" is the adjective, "laut Polizei" the frame
    assert _quotes("Pünktlich um elf Uhr stimmen laut und fröhlich die Kinder ein Lied an.") == []
    assert _quotes("Laut Polizei wurde bei dem Unfall niemand verletzt.")[0][0] == "indirect"
    # a reaction to a fact: the that-clause is what they react to
    assert _quotes("Doch wie reagieren die Arztpraxen darauf, dass es jetzt auch Patienten mit dem Virus gibt?") == []


def _candidates_by_quote(text: str):
    """The speaker ranker's candidates of each quote of ``text``: [(quote text, {phrase: features})]."""
    from lagebild.nlp import speaker_ranker
    from lagebild.nlp.quotes import _rule_quotes

    article = _tagged_article(text)
    quotes, refs, contexts, sentences = _rule_quotes(article)
    quotes.sort(key=lambda q: (q.start, q.end))
    ctx = speaker_ranker._Context(article, sentences, quotes)
    found = []
    for quote in quotes:
        n, previous = contexts[quote.id]
        cands = speaker_ranker.speaker_candidates(ctx, quote, n, refs.get(quote.id), previous)
        found.append((quote.text, {c.phrase: c.features for c in cands}))
    return found


def test_the_ranker_knows_a_sentence_without_a_cue_goes_on_with_the_speaker_before():
    text = "Petra Vogt sagte, der Fluss habe seinen Höchststand erreicht. Die Feuerwehr sei aber gut vorbereitet."
    (first, own), (second, carried) = _candidates_by_quote(text)
    assert second == "Die Feuerwehr sei aber gut vorbereitet"
    # the first sentence names its speaker by itself ("sagte"): nothing is carried on
    assert not any(f.startswith("carry_on") for feats in own.values() for f in feats)
    assert "carry_on=previous" in carried["Petra Vogt"] and "carried_from=previous&d=1" in carried["Petra Vogt"]
    assert "carry_on=other" in carried["Die Feuerwehr"]  # the reported clause's own subject
    assert _quotes(text)[1][2] == "Petra Vogt"


def test_a_quote_with_its_speaker_in_its_own_sentence_carries_nothing_on():
    # "droht" is no verb of saying the ranker knows, but the rules find the name framing the quote
    text = "Jens Köhler sagte, der Deich halte dem Wasser stand. „Die Rechnung werden wir der Stadt schicken“, droht Petra Vogt."
    quote, cands = _candidates_by_quote(text)[-1]
    assert quote == "Die Rechnung werden wir der Stadt schicken"
    assert not any(f.startswith("carry_on") for feats in cands.values() for f in feats)
    # a frame inside a reported clause is a cue of its own as well
    text = "Jens Köhler sagte, der Deich halte dem Wasser stand. Laut der Feuerwehr sei der Pegel gesunken."
    assert not any(f.startswith("carry_on") for feats in _candidates_by_quote(text)[-1][1].values() for f in feats)


def test_a_time_expression_is_marked_for_the_speaker_ranker():
    from lagebild.nlp.speaker_ranker import _time_expression

    assert _time_expression("jetzigen Moment") and _time_expression("Montag") and _time_expression("vergangenen Jahres")
    assert _time_expression("2015")
    assert not _time_expression("Die Feuerwehr") and not _time_expression("Petra Vogt") and not _time_expression("der Sprecher")
    (_, cands), = _candidates_by_quote("Am Montag hieß es aus dem Rathaus, die Deiche seien sicher.")
    assert "time_expression" in cands["Montag"] and "time_expression" not in cands["dem Rathaus"]
    assert _quotes("Am Montag hieß es aus dem Rathaus, die Deiche seien sicher.")[0][2] == "dem Rathaus"


def test_an_interview_answer_in_the_first_person_speaks_for_the_one_answering():
    text = "STANDARD: Wie geht es weiter? Vogt: Im jetzigen Moment glauben wir nicht, dass die Deiche brechen werden."
    (_, cands), = _candidates_by_quote(text)
    assert "type=first_person" in cands["wir"]
    # the time phrase before the verb is no speaker; "wir" after it is, and stands for Vogt
    assert _quotes(text) == [("indirect", "die Deiche brechen werden", "Vogt")]
    # words inside quote marks are what was said, not who says it
    (_, cands), = _candidates_by_quote("„Wir schaffen das“, sagte Petra Vogt, die Deiche würden halten.")[:1]
    assert "Wir" not in cands


def test_the_first_person_in_an_interview_is_the_one_answering():
    text = (
        "Die Landrätin Petra Vogt spricht über das Hochwasser. STANDARD: Wer hat Sie in den Krisenstab geholt? "
        "Vogt: Das war Bürgermeister Jens Köhler. Aber ich war schon immer davon überzeugt, dass die Deiche halten werden."
    )
    found = _resolved(text)
    assert ("die Deiche halten werden", "Petra Vogt", None) in found  # not Köhler, named last before "ich"


def test_a_definite_role_with_its_own_genitive_is_not_the_person_named_before():
    before = "Bürgermeister Jens Köhler eröffnete die Sitzung. „Wir bauen die Deiche aus“, sagte "
    # "der Chef der Gruppe Nordwasser" says whose chief he is: someone new, shown as described
    assert _resolved(before + "der Chef der Gruppe Nordwasser.") == [("Wir bauen die Deiche aus", None, "der Chef der Gruppe Nordwasser")]
    # a bare definite role still stands for the one named before
    assert _resolved(before + "der Bürgermeister.") == [("Wir bauen die Deiche aus", "Jens Köhler", None)]


def test_a_statement_opened_and_never_closed_ends_with_its_paragraph():
    found = _quotes("Petra Vogt sagte am Abend: „Die Deiche halten noch. Wir bleiben aber wachsam.")
    assert any(k == "direct" and t.startswith("Die Deiche halten noch") for k, t, _ in found)


def test_a_quote_closed_in_another_style_is_one_quote():
    found = _quotes('Der Landrat antwortete sofort: "Die Fähre fährt morgen wieder», schrieb Jens Köhler.')
    assert any(k == "direct" and t == "Die Fähre fährt morgen wieder" for k, t, _ in found)


def test_a_verb_of_saying_after_the_quote_without_its_comma():
    found = _quotes("„Wir haben die Deiche am Montag verstärkt“ betonte Petra Vogt.")
    assert found and found[0][:2] == ("direct", "Wir haben die Deiche am Montag verstärkt")


def test_quoted_words_go_on_with_the_speaker_of_the_sentence_before():
    found = _quotes("„Die Lage ist ernst“, sagte Petra Vogt. Für die Küste wird es „eine Frage weniger Stunden“.")
    assert ("partial", "eine Frage weniger Stunden", "Petra Vogt") in found
    # a name after a preposition is no speech of hers
    found = _quotes("„Die Lage ist ernst“, sagte Petra Vogt. Sie trat danach im „Haus der Hafenbehörde“ auf.")
    assert not any(t == "Haus der Hafenbehörde" for _, t, _ in found)


def test_quoted_words_inside_a_reported_clause_are_the_reported_ones():
    found = _quotes("Sie stellt auch fest, dass die Orte sich verschieden entwickeln, «auch das Hinterland ist nicht einheitlich».")
    assert any(k == "partial" and t == "auch das Hinterland ist nicht einheitlich" for k, t, _ in found)


def test_a_pronoun_takes_up_the_subject_not_a_person_after_a_preposition():
    text = "Landrat Jens Köhler zeigte sich vor dem Treffen mit Paul Weber zuversichtlich. Er deutete an, dass das Treffen Folgen haben könnte."
    assert _resolved(text) == [("das Treffen Folgen haben könnte", "Jens Köhler", None)]
    # the person after the preposition is kept when no other one stands before the pronoun
    text = "Die Gemeinde lud am Montag zu einem Gespräch mit Paul Weber ein. Er sagte, die Deiche seien sicher."
    assert _resolved(text) == [("die Deiche seien sicher", "Paul Weber", None)]


def test_a_person_in_apposition_to_a_role_with_a_genitive_speaks_not_the_organisation():
    text = "Die Sprecherin des Bundesamts für Wasserwirtschaft, Petra Vogt, erklärte, die Pegel seien gesunken."
    assert [q[2] for q in _quotes(text, ("Bundesamts für Wasserwirtschaft",))] == ["Petra Vogt"]
    text = "Der Direktor der Europäischen Union, Jens Köhler, sagte: „Wir bleiben dabei.“"
    assert [q[2] for q in _quotes(text, ("Europäischen Union",))] == ["Jens Köhler"]


def test_a_guess_or_a_past_tense_modal_goes_on_reporting_only_after_a_real_report():
    # "dürften" guesses and "sollten" narrates in the past tense after a bare verb of saying or acting
    assert _quotes("Landrat Jens Köhler hat sich am Montag erneut zu den Deichen geäußert. Seine Pläne dürften allerdings nicht überall auf Zustimmung stoßen.") == []
    assert _quotes("Im Versuch teilten die Forscher die Gruppen in zwei Hälften auf. Sie sollten nach zehn Runden gemeinsam eine Summe aufbringen.") == []
    # after Konjunktiv I or a quote they carry the report on
    found = _quotes("Landrat Jens Köhler sagte, die Deiche seien sicher. Die Bewohner sollten aber wachsam bleiben.")
    assert ("indirect", "Die Bewohner sollten aber wachsam bleiben", "Jens Köhler") in found
    found = _quotes("„Die Deiche halten“, sagte Landrat Jens Köhler. Die Bewohner dürften aber nicht leichtsinnig werden.")
    assert ("indirect", "Die Bewohner dürften aber nicht leichtsinnig werden", "Jens Köhler") in found


def test_a_verb_alone_in_quote_marks_is_no_speech_without_a_frame():
    # the author's own verb in quote marks, a button's label: no speaker, no verb of saying
    assert _quotes("Der Verein sah sich gezwungen, den alten Vorstand zu „entsorgen“.") == []
    assert _quotes("Im dritten Satz konnte Vogt den Gegner dann „zerlegen“.") == []
    assert [q[0] for q in _quotes("Mit einem Klick auf „speichern und schließen“ ist das Formular abgeschickt.")] == []
    # with a verb of saying or the Konjunktiv around it, the verb is the speaker's word
    assert ("partial", "abserviert", "Petra Vogt") in _quotes("Petra Vogt sagte, die Partei habe sie am Ende „abserviert“.")


def test_a_title_opening_with_a_capitalised_preposition_or_article():
    quotes = _quotes("Die Schauspielerin Petra Vogt wechselt nach Jahren zu „Unter dem Mond“, sagte ihr Sprecher.")
    assert not any(q[1] == "Unter dem Mond" for q in quotes)
    # words said go on in lower case
    assert ("partial", "unter keinen Umständen", "Petra Vogt") in _quotes("Petra Vogt sagte, sie werde „unter keinen Umständen“ zurücktreten.")


def test_a_work_named_with_others_of_its_kind():
    quotes = _quotes("Die aus „Flucht nach Norden“ und anderen Fernsehserien bekannte Petra Vogt sagte, sie drehe wieder.")
    assert not any(q[1] == "Flucht nach Norden" for q in quotes)


def test_the_medium_after_its_verb_and_article():
    quotes = _quotes("Der Konzern will 300 Stellen streichen, berichtet die „Handelspost“ am Montag unter Berufung auf Insider.")
    assert not any(q[1] == "Handelspost" for q in quotes)


def test_an_item_listed_after_a_quoted_name_is_a_name_too():
    quotes = _quotes("Als Beispiele nennt der Hersteller die Modelle „Tundra“ und „Taiga“.")
    assert not any(q[0] == "partial" for q in quotes)


def test_a_quoted_label_right_before_a_persons_name():
    quotes = _quotes("Die Regierung erklärte, der Aufstand des „Gegenpräsidenten“ Jens Köhler sei gescheitert.")
    assert not any(q[1] == "Gegenpräsidenten" for q in quotes)
    # the quoted judgement of someone named after it stays
    assert ("partial", "eine Schande", "Petra Vogt") in _quotes("Das sei „eine Schande“, sagte Petra Vogt.")


def test_quoted_words_in_the_phrase_of_the_one_who_speaks():
    # inside the subject before the verb of saying: part of who speaks
    assert not any(q[1] == "sparsamen drei" for q in _quotes("Die „sparsamen drei“ kritisieren den Haushalt der Kommission."))
    assert not any(q[1] == "blue river ag" for q in _quotes("Ein Sprecher der „blue river ag“ bezeichnete den Kauf als Erfolg."))


def test_a_lower_case_word_used_as_a_noun():
    quotes = _quotes("Nach dem „ausreichend“ der Prüfer hat die Firma Klage eingereicht, sagte Petra Vogt.")
    assert not any(q[1] == "ausreichend" for q in quotes)
    # an adjective before its noun is the speaker's word
    assert ("partial", "einseitige", "Petra Vogt") in _quotes("Petra Vogt kritisierte die „einseitige“ Berichterstattung.")


def test_a_web_address_after_a_quoted_fragment_is_no_speech():
    quotes = _quotes("Petra Vogt sagte, der Verlag müsse „alle Videos melden“, Anlass sei „seite-vogt.at“ gewesen.")
    assert ("partial", "alle Videos melden", "Petra Vogt") in quotes
    assert not any(q[1] == "seite-vogt.at" for q in quotes)


def test_a_main_clause_in_the_indicative_names_a_new_source_over_the_one_before():
    # "…, VERB SUBJECT.": the frame after its message, the verb needs no list of verbs of saying
    before = "Petra Vogt sagte am Montag, der Deich halte. "
    assert _quotes(before + "Die Lage sei ernst, behaupten Anwohner.")[-1] == ("indirect", "Die Lage sei ernst", "Anwohner")
    # "So VERB SUBJECT, MESSAGE": verb second, the subject right after it, then the message
    assert _quotes(before + "So prophezeiten zuletzt auch einige Landwirte, die Ernte werde knapp.")[-1] == (
        "indirect", "die Ernte werde knapp", "einige Landwirte",
    )
    # "…, wie SUBJECT … VERB."
    assert _quotes(before + "Die Straße wurde am Abend gesperrt, wie Anwohner in Passau erzählten.")[-1][2] == "Anwohner"
    # "…, wie viele Helfer … eingesetzt werden": a question of how many, no frame
    assert _quotes(before + "Das hänge auch davon ab, wie viele Helfer am Tag eingesetzt werden.")[-1][2] == "Petra Vogt"
    # a relative clause before the comma is no message: "…, zu denen der Fluss gehöre, stehen die Helfer bereit"
    assert _quotes(before + "Die Lage sei ernst, die Behörden, die das wissen, haben einen Plan.")[-1][2] != "einen Plan"


def test_the_subject_of_a_reported_clause_does_not_give_it():
    from lagebild.nlp import speaker_ranker
    from lagebild.nlp.quotes import _rule_quotes

    article = _tagged_article("Petra Vogt lobte am Montag den Plan des Landes. Das Umfrage-Ergebnis sei kein Warnschuss, sondern ein Treffer.")
    quotes, refs, contexts, sentences = _rule_quotes(article)
    # weights that favour a phrase inside the quote: still not the clause's own subject
    speaker_ranker.rank_speakers(article, sentences, quotes, refs, contexts, weights={"pos=inside": 5.0, "sent_initial": 5.0})
    quote = next(q for q in quotes if q.text.startswith("Das Umfrage"))
    assert refs[quote.id].phrase != "Das Umfrage-Ergebnis"
    # whose view or will it is stays a possible source: "Für den Landrat sei …", "Die Stadt wolle …"
    for text, phrase in (
        ("Petra Vogt lobte den Plan. Für den Landrat Jens Köhler sei das ein Erfolg.", "Jens Köhler"),
        ("Petra Vogt lobte den Plan. Die Stadt wolle die Kosten tragen.", "Die Stadt"),
    ):
        article = _tagged_article(text)
        quotes, refs, contexts, sentences = _rule_quotes(article)
        ctx = speaker_ranker._Context(article, sentences, quotes)
        quote = quotes[-1]
        n, previous = contexts[quote.id]
        found = speaker_ranker.speaker_candidates(ctx, quote, n, refs.get(quote.id), previous)
        candidate = next(c for c in found if c.phrase.endswith(phrase))
        assert not speaker_ranker._subject_of_the_message(ctx, quote, candidate)


def test_a_group_carried_on_is_no_single_person_named_before():
    from lagebild.nlp.quotes import _a_group, _a_noun_phrase

    assert _a_group("einige Landwirte") and _a_group("Vertraute") and _a_group("Experten")
    assert not _a_group("der Minister") and not _a_group("Staatssekretärs") and not _a_group("Petra Vogt")
    # an adjective or participle used as a noun names a source
    assert _a_noun_phrase("Vertraute") and _a_noun_phrase("Angehörige")
    assert not _a_noun_phrase("Kürzlich")


def test_a_bare_plural_before_its_plural_verb_is_the_subject():
    from lagebild.nlp.quotes import _bare_plural_subject

    before = "Petra Vogt sagte am Montag, der Deich halte. "
    assert _quotes(before + "Jugendliche haben dagegen gegenüber der Zeitung ausgesagt, dass die Stadt das Vorbild sei.")[-1][2] == "Jugendliche"
    for text, subject in (
        ("Konservative Politiker hatten kritisiert, dass", "Konservative Politiker"),
        ("Politiker aus anderen Parteien haben gefordert, dass", "Politiker aus anderen Parteien"),
        ("Dagegen hatten alle kritisiert, dass", None),  # an adverb in the place before the verb
        ("Heute haben alle gesagt, dass", None),
        ("Fernsehen hat gezeigt, dass", None),  # a singular noun, a singular verb: no bare plural
    ):
        ref = _bare_plural_subject(text, 0, len(text))
        assert (ref.phrase if ref else None) == subject


def test_a_particle_or_a_day_between_the_verb_and_its_subject():
    before = "Petra Vogt sagte am Montag, der Deich halte. "
    assert _quotes(before + "Von den Vereinen erklärten nur die Schützen, nicht an der Aktion teilnehmen zu wollen.")[-1][2] == "die Schützen"
    assert _quotes(before + "Die Kosten seien hoch, erklärte am Freitag die Stadtverwaltung.")[-1][2] == "die Stadtverwaltung"


def test_the_nouns_of_a_message_carried_on_are_what_was_said():
    from lagebild.nlp import speaker_ranker
    from lagebild.nlp.quotes import _rule_quotes

    def chosen(text: str, weights: dict) -> str:
        article = _tagged_article(text)
        quotes, refs, contexts, sentences = _rule_quotes(article)
        speaker_ranker.rank_speakers(article, sentences, quotes, refs, contexts, weights=weights)
        ref = refs[max(quotes, key=lambda q: q.start).id]
        return ref.phrase if ref else None

    # a sentence with no source of its own goes on with the speaker before, even where the weights
    # favour a phrase inside the quote
    text = "Petra Vogt sagte, der Fluss habe seinen Höchststand erreicht. Die Hilfe aus Frankreich sei angekommen."
    assert chosen(text, {"pos=inside": 5.0}) == "Petra Vogt"
    # a frame inside names its source: "Für den Landrat sei …"
    text = "Petra Vogt sagte, der Fluss habe seinen Höchststand erreicht. Für Landrat Jens Köhler sei das ein Erfolg."
    assert chosen(text, {"pos=inside": 5.0, "type=name_PER": 1.0}) == "Jens Köhler"
    # an answer label inside the span names its speaker: "Jens Köhler: …"
    text = "Petra Vogt sagte, der Fluss habe seinen Höchststand erreicht. Jens Köhler: Die Hilfe sei zu spät gekommen."
    assert chosen(text, {"pos=inside": 5.0, "type=name_PER": 1.0}) == "Jens Köhler"


def test_a_pronoun_pointing_back_after_the_comma_reports_the_clause_before():
    # the subject after the verb says it, whatever it looks like (a quoted institute, a long phrase)
    found = _quotes("Der neue Tunnel bleibt bis zum Sommer gesperrt, das teilte das „Bureau of Road Safety“ (BRS) mit.")
    assert [(k, t) for k, t, _ in found if k == "indirect"] == [("indirect", "Der neue Tunnel bleibt bis zum Sommer gesperrt")]
    found = _quotes("Die alte Brücke stammt aus dem zwölften Jahrhundert – das beschreiben Historiker der Universität in Graz und des Landesmuseums in Linz in einem gemeinsamen Aufsatz der neuen Ausgabe.")
    assert [k for k, _, _ in found] == ["indirect"]
    found = _quotes("Die Gebühr für den Müll ist nicht zulässig, das urteilte heute das Landesgericht.")
    assert [(k, t) for k, t, _ in found] == [("indirect", "Die Gebühr für den Müll ist nicht zulässig")]
    # a deed criticised or praised is no report
    assert _quotes("Die Gebühr für den Müll wurde deutlich erhöht, das kritisierte die Opposition am Montag.") == []


def test_a_sentence_pointing_back_with_any_verb_of_saying():
    found = _quotes("Die Gebühr für den Müll ist nicht zulässig. Dies urteilte heute das Landesgericht.")
    assert [(k, t) for k, t, _ in found] == [("indirect", "Die Gebühr für den Müll ist nicht zulässig")]
    found = _quotes("Der Rat wird im Mai neu gewählt. Das erläuterte Petra Vogt am Montag.")
    assert found == [("indirect", "Der Rat wird im Mai neu gewählt", "Petra Vogt")]
    # in the present a verb of saying may explain a fact; and "bestätigte sich": it proved true
    assert _quotes("Die Nachfrage nach Holz ist stark gestiegen. Das erklärt die hohen Preise.") == []
    assert _quotes("Der Rat wird im Mai neu gewählt. Dies bestätigte sich am Montag.") == []


def test_an_apposition_inside_a_closing_as_clause():
    found = _quotes("Die Leitung wird am Montag repariert, wie Jens Köhler, Chef der Stadtwerke, mitteilte.")
    assert found == [("indirect", "Die Leitung wird am Montag repariert", "Jens Köhler")]
    found = _quotes("Die Leitung wird am Montag repariert, wie die Sprecherin der Stadtwerke, Petra Vogt, am Abend erklärte.")
    assert found == [("indirect", "Die Leitung wird am Montag repariert", "Petra Vogt")]
    # a relative clause on the source is no apposition
    assert _quotes("Die Leitung wird am Montag repariert, wie Jens Köhler, der dort Chef ist, weiß.") == []


def test_a_long_subject_between_the_verb_and_its_infinitive_report():
    text = "Im Namen des Landes empfahl der Beauftragte für Verkehr und öffentliche Infrastruktur der Landesregierung Jens Köhler, die alte Brücke sofort zu sperren."
    assert [(k, t) for k, t, _ in _quotes(text)] == [("indirect", "die alte Brücke sofort zu sperren")]


def test_a_reason_given_with_begruenden_damit_and_an_infinitive():
    found = _quotes("Jens Köhler hatte seine Position damit begründet, Schaden von der Partei fernhalten zu wollen.")
    assert found == [("indirect", "Schaden von der Partei fernhalten zu wollen", "Jens Köhler")]
    found = _quotes("Der Verband begründete den Schritt damit, die Kosten senken zu müssen.")
    assert [(k, t) for k, t, _ in found] == [("indirect", "die Kosten senken zu müssen")]
    # a purpose is no reason reported
    assert _quotes("Der Verband begründete den Schritt damit, um die Kosten zu senken.") == []


def test_a_relative_clause_on_the_source_of_a_closing_frame_does_not_lengthen_it():
    found = _quotes("Die Preise für Wohnungen werden weiter steigen, sagte der Sprecher des Verbands der Makler, der seit vielen Jahren den Markt in der Stadt und im ganzen Land beobachtet.")
    assert [(k, t) for k, t, _ in found] == [("indirect", "Die Preise für Wohnungen werden weiter steigen")]
    found = _quotes("Zwei Drittel aller Heilmethoden sind unwirksam, so das Ergebnis einer gestern vorgestellten Studie der Stiftung, in der Ärzte fast 200 Methoden aus dem ganzen Land geprüft haben.")
    assert [(k, t) for k, t, _ in found] == [("indirect", "Zwei Drittel aller Heilmethoden sind unwirksam")]


def test_a_tagged_title_before_a_persons_name_is_no_speaker():
    # the NER step may tag "Kieler Politologe" as an organisation: the person after it speaks
    text = "„Die Koalition hält nicht bis zum Herbst“, meint der Kieler Politologe Jens Köhler."
    assert [q[2] for q in _quotes(text, ("Kieler Politologe",))] == ["Jens Köhler"]


def test_the_organisation_a_reporter_or_government_belongs_to_is_not_the_speaker():
    # "der Agentur Nordpress" is a genitive attribute of the one who speaks
    from lagebild.nlp.entities import EntityIndex, merge_entities
    from lagebild.nlp.quotes import resolve_speakers

    found = _quotes("Die Polizei setzte Wasserwerfer ein, wie eine Reporterin der Agentur Nordpress berichtete.", ("Nordpress",))
    assert [q[2] for q in found if q[0] == "indirect"] == ["Reporterin"]
    article = _tagged_article("Die Regierung der Provinz Lindau warf dem Nachbarland vor, die Deiche nicht gesichert zu haben.", ("Provinz Lindau",))
    article.quotes = extract_quotes(article)
    resolve_speakers(article.quotes, {"t": article}, EntityIndex(merge_entities([article])))
    # shown as described: the province's name in the attribute is no speaker of its own
    assert [(q.speaker, q.speaker_text) for q in article.quotes] == [(None, "Die Regierung der Provinz Lindau")]
    # a noun of saying leaves the organisation the source
    assert [q[2] for q in _quotes("Nach Angaben der Agentur Nordpress seien die Deiche sicher.", ("Nordpress",))] == ["der Agentur Nordpress"]


def test_a_role_and_name_in_apposition_name_the_described_speaker():
    from lagebild.nlp.quotes import SpeakerRef, _apposition_name

    # "Sein Stellvertreter, Landrat Jens Köhler,": the role before the name belongs to the apposition
    article = _tagged_article("Sein Stellvertreter, Landrat Jens Köhler, gibt der Opposition die Schuld an dem Streit.")
    ref = _apposition_name(article, SpeakerRef("Sein Stellvertreter", 0, 19, "description"))
    assert ref is not None and ref.phrase == "Jens Köhler"
    # a genitive name of several words before the comma is skipped as a whole
    article = _tagged_article("Der Direktor der Europäischen Union, Jens Köhler, sagte das.", ("Europäischen Union",))
    ref = _apposition_name(article, SpeakerRef("Der Direktor", 0, 12, "epithet"))
    assert ref is not None and ref.phrase == "Jens Köhler"


def test_whom_it_was_told_after_the_speaker_is_no_part_of_the_speaker():
    # "der Zeitung", "dem Tagblatt" after the subject of "sagte": the dative, whom it was told
    assert [q[2] for q in _quotes("„Wir sind gescheitert“, sagte der Manager der Zeitung.")] == ["der Manager"]
    assert [q[2] for q in _quotes("„Wir sind gescheitert“, sagte der Manager der Zeitung.", ("Zeitung",))] == ["der Manager"]
    # an accusative after the verb is whom it was said to: "warnt den Reporter und einen Kollegen"
    found = _quotes("Ein Beamter warnt den Reporter und einen Kollegen, nicht zu nahe heranzugehen.")
    assert [q[2] for q in found] == ["Ein Beamter"]
    assert [q[2] for q in _quotes("„Wir sind gescheitert“, sagte eine junge Studentin dem Tagblatt.")] == ["eine junge Studentin"]
    # the paper's editor, named, is one phrase
    assert [q[2] for q in _quotes("„Wir sind gescheitert“, sagte der Chefredakteur der Zeitung Jens Köhler.")][0] != "der Chefredakteur"


def test_a_noun_that_begins_like_a_verb_of_saying_is_no_frame():
    # "die Räte", "das Schreiben", "die Rate": nouns that share a stem with a verb of saying frame nothing
    assert _quotes("Im Herbst tagten die Räte in einem „gemütlichen“ Saal am Markt.") == []
    assert _quotes("Das Schreiben lag in einem „geheimen“ Ordner im Keller.") == []
    # a noun of saying does frame the words, and so does the verb
    assert ("partial", "sehr ernst") in [q[:2] for q in _quotes("Nach seinen Worten war die Lage „sehr ernst“ geworden.")]
    assert ("partial", "gemütlichen") in [q[:2] for q in _quotes("Die Räte lobten den „gemütlichen“ Saal am Markt.")]
    # a verb of saying the lists lack: "hat unterstrichen, dass …"
    found = _quotes("Das Ministerium hat unterstrichen, dass „die Truppen bald abziehen“ werden.")
    assert ("partial", "die Truppen bald abziehen") in [q[:2] for q in found]


def test_one_capitalised_word_needs_a_frame_in_its_own_clause():
    # a frame in brackets or in another clause does not make a single term in marks speech
    assert _quotes("Bei der Sitzung des „Parteirats“ der Sozialisten (die Zeitung berichtete) fiel keine Entscheidung.") == []
    # the clause it stands in hangs on the frame: a that-clause, an infinitive clause, a list going on
    found = _quotes("Der Minister erklärte, dass er den „Rassismus“ im Land bekämpfen werde.")
    assert ("partial", "Rassismus") in [q[:2] for q in found]
    found = _quotes("Die Gäste begrüßten es, dem Land den Status eines „Kandidaten“ zu verleihen.")
    assert ("partial", "Kandidaten") in [q[:2] for q in found]
    found = _quotes("Der Minister kritisierte die „Willkür“ der Behörde, auch „Chaos“ im Amt.")
    assert ("partial", "Chaos") in [q[:2] for q in found]


def test_a_subtitle_and_das_heisst_are_not_speech():
    # "„Hafenkrimi – Die Toten vom Kai“": a title with its subtitle after a dash
    assert _quotes("Zwei Millionen Zuschauer sahen am Abend „Hafenkrimi – Die Toten vom Kai“.") == []
    # "Das heißt, …" is "that is", not "it is said"
    assert _quotes("Das heißt, die Stadt bekommt ein neues „Rathaus“ am Markt.") == []
    assert ("partial", "Rathaus") in [q[:2] for q in _quotes("Es heißt, die Stadt bekomme ein neues „Rathaus“ am Markt.")]


def test_a_cue_verb_capitalised_inside_the_sentence_is_a_noun():
    # "„Offene“ Fragen": the noun "Fragen" after the quoted adjective asks nothing
    assert _quotes("„Offene“ Fragen bleiben schwierig – Probleme beim Auszählen.") == []
    # the verb itself still frames the quoted word
    assert ("partial", "offene") in [q[:2] for q in _quotes("Die Ministerin fragte nach „offene“ Posten im Amt.")]


def test_an_indefinite_man_as_subject_of_saying_names_no_one():
    # "…, erklärt man.": the indefinite pronoun is the subject; no one named before speaks
    found = _resolved(
        "Petra Vogt leitet das Werk in Lindau. Die Fertigung laufe nach Plan, sagte Vogt. "
        "Den neuen Markt würde man genau beobachten, erklärt man. Zusagen gebe es aber noch keine."
    )
    assert [(q[1], q[2]) for q in found if q[0].startswith(("Den neuen", "Zusagen"))] == [(None, None), (None, None)]
    # with a modal verb it is the speaker's own remark ("Dazu muss man sagen"); a place before "man" is its source
    found = _resolved("Petra Vogt: Die Zahl bleibt gleich. Dazu muss man sagen, dass die Schwelle ständig steigt.")
    assert [q[1] for q in found if q[0].startswith("die Schwelle")] == ["Petra Vogt"]
    found = _resolved("Im Finanzministerium rechnet man damit, dass die Reform im Herbst kommt.")
    assert [q[2] for q in found] == ["Finanzministerium"]


def test_verlauten_names_its_source_with_aus():
    # "verlautete am Montag aus Sicherheitskreisen": the phrase with "aus" is where the words came from
    found = _resolved(
        "Nach Angaben des Verkehrsministeriums ist die Brücke gesperrt. Die Pfeiler seien bei dem Sturm "
        "beschädigt worden, verlautete am Montag aus Sicherheitskreisen."
    )
    assert [q[2] for q in found if q[0].startswith("Die Pfeiler")] == ["Sicherheitskreisen"]


def test_a_name_in_apposition_to_a_role_is_who_speaks():
    # "nach Worten des Staatssekretärs im Ministerium, Jens Köhler,": the role is Köhler's, not the one before
    found = _resolved(
        "Der Konzernchef Karl Brandmeier sprach am Freitag in Hamburg. Die Firmen seien gut aufgestellt, sagte Brandmeier. "
        "Kleine Betriebe sind nach Worten des Staatssekretärs im Hamburger Wirtschaftsministerium, Jens Köhler, oft flexibler."
    )
    assert [q[1] for q in found if q[0].startswith("Kleine Betriebe")] == ["Jens Köhler"]


def test_a_plural_demonstrative_subject_is_no_single_person_named_before():
    # "Diese haben erklärt, …": a group named before speaks, not the person who spoke last
    found = _resolved(
        "Petra Vogt sagte, die Reform sei gut vorbereitet. Die Pläne könnten sie im Wahlkampf gegen den Kandidaten "
        "der Republikaner belasten. Diese haben erklärt, die Ministerin habe die Regeln gebrochen."
    )
    assert [q[1] for q in found if q[0].startswith("die Ministerin")] == [None]


def test_heisst_es_names_only_a_circle_place_or_document():
    # "heißt es": "es" is the subject; a dateline or a name inside the clause is no speaker
    found = _resolved("Lindau – Die Brücke, heißt es, sei nicht mehr sicher.")
    assert [(q[1], q[2]) for q in found] == [(None, None)]
    found = _resolved("Im Fall des Hauses, das von dem Anwalt Jens Köhler verwaltet wird, sei vieles versäumt worden, heißt es.")
    assert [(q[1], q[2]) for q in found] == [(None, None)]
    # a phrase with a preposition before or after it is the source
    found = _resolved("Der Hafen werde geschlossen, hieß es am Montag aus dem Verkehrsministerium.")
    assert [q[2] for q in found] == ["dem Verkehrsministerium"]


def test_a_place_adjective_before_the_speaking_noun_is_no_speaker():
    # "In Pariser Diplomatenkreisen hieß es": the circles speak, not the town the adjective comes from
    found = _resolved("In Pariser Diplomatenkreisen hieß es, die Brücke werde im Frühjahr wieder geöffnet.")
    assert [(q[1], q[2]) for q in found] == [(None, "Pariser Diplomatenkreisen")]


def test_a_that_clause_after_a_prepositional_phrase_is_no_report():
    # the noun of a prepositional phrase governs the that-clause: a condition or a fact, nobody speaks
    assert [q for q in _quotes("Für den Fall, dass die Brücke einstürzt, hat die Stadt einen Notplan.") if q[0] == "indirect"] == []
    assert [q for q in _quotes("Von der Tatsache, dass der Zug verspätet war, wussten die Fahrgäste wenig.") if q[0] == "indirect"] == []
    assert [q for q in _quotes("Dadurch, dass der Damm erhöht wurde, blieb das Dorf trocken.") if q[0] == "indirect"] == []
    # a noun of saying, a verb of saying before the phrase, Konjunktiv I or a frame after it still report
    assert _quotes("Die Ärztin wies die Klage zurück mit der Begründung, dass die Frist längst abgelaufen sei.")[0][0] == "indirect"
    assert _quotes("Für den Fall, dass die Brücke einstürze, gebe es einen Notplan, sagte Petra Vogt.")[0][0] == "indirect"
    assert _quotes("Für den Fall, dass die Brücke einstürzt, gibt es keinen Plan, sagte Petra Vogt.")[0][0] == "indirect"


def test_a_clause_opened_by_als_is_no_report():
    # "als ob", "als wäre", a comparison or a time after the comma is not what was said
    found = _quotes("Petra Vogt klagte über die Zeitungen, die nur über Städte berichten, als ob die Dörfer nicht existierten.")
    assert not any(q[1].startswith("als ") for q in found)
    found = _quotes("Jens Köhler erinnerte an den Sommer 2013, als er das Rennen in Lindau gewonnen hatte.")
    assert not any(q[1].startswith("als ") for q in found)


def test_the_first_person_indicative_in_its_own_clause_is_no_konjunktiv():
    # "ich … habe" in the clause of "ich" is the indicative, not Konjunktiv I
    found = _quotes("Dadurch, dass ich Chemie studiert habe, kenne ich die Labore der Stadt gut.")
    assert [q for q in found if q[0] == "indirect"] == []
    found = _quotes("Petra Vogt sagte, sie habe die Labore der Stadt nie besucht.")
    assert found[0][:2] == ("indirect", "sie habe die Labore der Stadt nie besucht")


def test_a_relative_or_coordinated_clause_after_the_comma_is_no_report():
    # a relative clause in the indicative describes the noun before its comma
    found = _quotes("Petra Vogt fordert eine neue Brücke über den Fluss, die bisher aus Kostengründen verschoben wurde.")
    assert not any(q[1].startswith("die bisher") for q in found)
    # a second main clause after "und" is the narrator's
    found = _quotes("Jens Köhler kündigte eine Ausweitung der Kontrollen an, und er sollte dafür die Zustimmung des Rates bekommen.")
    assert not any(q[1].startswith("und ") for q in found)
    # a frame in the relative clause, Konjunktiv I or an article before a noun still report
    found = _quotes("Der Hafen gehört bald der Stadt Lindau, die laut einer Meldung des Senders zwölf Prozent kaufen will.")
    assert any(q[0] == "indirect" for q in found)
    found = _quotes("Petra Vogt sagte, die bisher geltenden Regeln seien veraltet.")
    assert found[0][:2] == ("indirect", "die bisher geltenden Regeln seien veraltet")


def test_a_relative_clause_opened_by_a_preposition_is_no_report():
    # "…, auf der …", "…, mit dem …": a relative clause in the indicative describes the noun before it
    assert _quotes("Petra Vogt zeigte eine Karte, auf der die Wälder der Region gut erkennbar sind.") == []
    assert _quotes("Jens Köhler kritisierte den Fehler, mit dem die Sperre umgangen werden kann.") == []
    assert _quotes("Petra Vogt fordert eine Brücke über den Fluss, über die bisher nur Fähren fahren konnten.") == []
    assert _quotes("Die Polizei zählte im Mai 40 Unfälle, bei denen mindestens zwölf Radfahrer verletzt wurden.") == []
    # a preposition before an article and a noun opens a main clause of reported speech
    assert _quotes("Jens Köhler sagte, mit der Reform werde bald begonnen.")[0][:2] == ("indirect", "mit der Reform werde bald begonnen")
    assert _quotes("Jens Köhler sagte, in der vergangenen Woche sei nichts passiert.")[0][0] == "indirect"
    # a relative clause that itself says something reports what follows it
    found = _quotes("Petra Vogt las einen Brief, in dem davon berichtet wird, dass die Brücke in Lindau gesperrt wurde.")
    assert any(q[0] == "indirect" and "Brücke" in q[1] for q in found)


def test_a_sentence_in_konjunktiv_i_leaves_out_its_own_frame():
    # "X verteidigte das Gesetz, es sei …": the frame before the comma says who speaks, not what
    found = _quotes("Jens Köhler verteidigte das Gesetz, es sei notwendig und gerecht.")
    assert found == [("indirect", "es sei notwendig und gerecht", "Jens Köhler")]
    found = _quotes("Der Minister verteidigte am Montag in Lindau das neue Gesetz, es sei notwendig und gerecht.")
    assert [q[:2] for q in found] == [("indirect", "es sei notwendig und gerecht")]


def test_a_report_after_a_colon_leaves_out_its_frame():
    # "Skeptisch äußerte sich X: …": the frame before the colon says who speaks, not what
    found = _quotes("Jens Köhler sprach am Montag in Lindau. Skeptisch äußerte sich hingegen Petra Vogt: Die Stadt werde vor der Wahl nichts tun.")
    assert ("indirect", "Die Stadt werde vor der Wahl nichts tun", "Petra Vogt") in found
    # a frame in Konjunktiv I is reported too; the colon of a time is none
    found = _quotes("Jens Köhler sprach am Montag in Lindau. Im Schreiben habe es geheißen: Die Brücke werde bald gesperrt.")
    assert any(q[1].startswith("Im Schreiben") for q in found)
    # a that-clause before the colon is what is said, no frame
    found = _quotes("Petra Vogt erwartet, dass sich jede Stadt an eine Regel hält: Wer kommt, bekommt Schutz.")
    assert found[0][1].startswith("sich jede Stadt")


def test_a_that_clause_on_an_effect_in_konjunktiv_ii_is_no_report():
    # "hätte den Nebeneffekt gehabt, dass …": what would have followed, nobody says it
    assert _quotes("Die Reform hätte den Nebeneffekt gehabt, dass die Mieten in Lindau steigen.") == []
    assert _quotes("Der Plan hätte die Wirkung, dass viele kleine Läden schließen.") == []
    # a noun of saying or believing, or a verb of saying, in Konjunktiv II still reports
    assert _quotes("Jens Köhler hätte die Hoffnung, dass die Mieten in Lindau sinken.")[0][0] == "indirect"
    assert _quotes("Petra Vogt hätte gern die Zusage erklärt, dass die Mieten in Lindau sinken.")[0][0] == "indirect"
    assert _quotes("Nun hätten die Richter den Vermietern klargemacht, dass diese Ausreden nicht ziehen.")[0][0] == "indirect"


def test_a_that_clause_after_an_infinitive_of_purpose_is_no_report():
    # "um sicherzugehen, dass …": what was to be made sure of, nobody says it
    found = _quotes("Jens Köhler holte zwei Gutachter, um sicherzugehen, dass die Brücke in Lindau hält.")
    assert not any(q[0] == "indirect" for q in found)
    # an infinitive of saying still reports: "um klarzustellen, dass …"
    found = _quotes("Petra Vogt reiste nach Lindau, um klarzustellen, dass die Brücke marode ist.")
    assert ("indirect", "die Brücke marode ist") in [q[:2] for q in found]


def test_an_open_question_after_a_negated_verb_of_saying_is_no_report():
    # "erklärte nicht, was …": what was not said is not reported
    found = _quotes("Petra Vogt erklärte am Montag nicht, was mit der Brücke in Lindau geschehen ist.")
    assert not any(q[0] == "indirect" for q in found)
    # Konjunktiv I still reports, and so does the question after a verb that is not negated
    found = _quotes("Petra Vogt sagte am Montag nicht, ob sie noch einmal kandidiere.")
    assert any(q[0] == "indirect" for q in found)
    found = _quotes("Petra Vogt erklärte am Montag, was mit der Brücke in Lindau geschehen ist.")
    assert any(q[0] == "indirect" for q in found)


def test_a_that_clause_under_a_denied_belief_is_no_report():
    # "keine Gewissheit, dass …", "keine Hinweise, dass …": nobody holds or says it
    found = _quotes("Die Ermittler in Lindau haben noch keine Gewissheit, dass sie den Brandstifter gefasst haben.")
    assert not any(q[0] == "indirect" for q in found)
    # "keinen Zweifel, dass …" asserts it; Konjunktiv I reports it
    found = _quotes("Petra Vogt hat keinen Zweifel, dass die Brücke in Lindau gebaut wird.")
    assert any(q[0] == "indirect" for q in found)
    found = _quotes("Es gebe keine Hinweise, dass die Brücke in Lindau einsturzgefährdet sei, sagte Petra Vogt.")
    assert any(q[0] == "indirect" for q in found)


def test_the_speaker_ranker_marks_things_that_cannot_speak():
    from lagebild.nlp.speaker_ranker import _nominalised
    from lagebild.nlp.sentences import lemma

    from lagebild.nlp import speaker_ranker
    from lagebild.nlp.quotes import _rule_quotes

    text = "Petra Vogt besuchte am Montag das Werk. Hohe Kosten drückten dort seit Jahren den Gewinn. Die Angestellten und ein Feuerwehrmann seien zudem verunsichert."
    article = _tagged_article(text)
    quotes, refs, contexts, sentences = _rule_quotes(article)
    ctx = speaker_ranker._Context(article, sentences, quotes)
    mute = {c.phrase: speaker_ranker._mute(ctx, c) for n in range(len(sentences)) for c in speaker_ranker._raw_candidates(ctx, n)}
    assert mute["Hohe Kosten"] and mute["das Werk"]
    assert not mute["Petra Vogt"] and not mute["Die Angestellten"] and not mute["ein Feuerwehrmann"]
    # an adjective or participle used as a noun stands for people, a plural noun in "-e" does not
    assert [_nominalised(w, lemma(w, "de")) for w in ("Jugendlichen", "Betroffene", "Abgeordnete", "Gewinne", "Karte")] == [True, True, True, False, False]


def test_a_thing_opening_the_sentence_before_does_not_go_on_speaking():
    found = _quotes("Jens Köhler führte die Prüfer durch die Halle. Das alte Löschfahrzeug stand dort seit Wochen. Auch sei die Pumpe kaputt.")
    assert found == [("indirect", "Auch sei die Pumpe kaputt", "Jens Köhler")]
    found = _quotes("Petra Vogt besuchte am Montag das Werk. Hohe Kosten drückten dort seit Jahren den Gewinn. Die Maschinen seien zudem veraltet.")
    assert found == [("indirect", "Die Maschinen seien zudem veraltet", "Petra Vogt")]


def test_the_agent_of_a_passive_participle_without_ge_is_the_source():
    # "berichtet", "erklärt": a participle after an inseparable prefix; the von-phrase names who said it
    found = _quotes("Wie der Zeitung von der Feuerwehr berichtet wurde, sei das Feuer in der Küche ausgebrochen.")
    assert found == [("indirect", "sei das Feuer in der Küche ausgebrochen", "der Feuerwehr")]
    found = _quotes("Wie Petra Vogt von der Polizei erklärt wurde, habe der Fahrer keinen Führerschein gehabt.")
    assert found == [("indirect", "habe der Fahrer keinen Führerschein gehabt", "der Polizei")]
    # the same form as a finite verb keeps its subject
    assert _quotes("Wie die Polizei berichtet, sei der Fahrer geflohen.") == [("indirect", "sei der Fahrer geflohen", "die Polizei")]


def test_a_second_genitive_after_a_role_is_no_speaker_of_its_own():
    # "der Leiter des Zentrums der Uni Linz": the head speaks, the university it belongs to does not
    text = "Jens Köhler sprach am Montag in Linz über die Verhandlungen. Als ermutigend erachtet der Leiter des Osteuropa-Zentrums der Uni Linz, dass die Gespräche wieder begonnen hätten."
    phrases = list(_ranker_candidates(text, ("Uni Linz",))[-1])
    assert "der Leiter des Osteuropa-Zentrums" in phrases and "Uni Linz" not in phrases and "der Uni Linz" not in phrases
    found = _quotes(text, ("Uni Linz",))
    assert found[-1][1] == "die Gespräche wieder begonnen hätten" and found[-1][2] != "Uni Linz"


def test_a_so_frame_with_a_relative_clause_on_its_source_inside_the_message():
    # "…, so der Sprecher X, der …, sei …": the relative clause belongs to the source, the message goes on
    text = "Seit dem Frühjahr, so die Auskunft einer Beraterin, die seit Jahren für den Verband arbeitet, seien die Preise stark gestiegen."
    assert [(k, t) for k, t, _ in _quotes(text)] == [("indirect", text.rstrip("."))]


def test_a_wie_frame_of_saying_inside_its_message_reports_all_of_it():
    # "X werde, wie ein Sprecher am 3. März sagte, …": the frame inside the message, not the clause after it
    text = "Die Brauerei wird ihr Werk in Passau, wie ein Sprecher am 3. März sagte, bis zum Herbst schließen."
    assert [(k, t) for k, t, _ in _quotes(text)] == [("indirect", text.rstrip("."))]
    text = "Zur Überbrückung erhalte der Verein, wie es bei der Versammlung hieß, 2,5 Millionen Euro von der Stadt."
    assert [(k, t) for k, t, _ in _quotes(text)] == [("indirect", text.rstrip("."))]
    # "wie es auf Bairisch heißt" names a thing: no frame inside the message
    text = "Der Maibaum, wie es hier auf Bairisch heißt, steht am Marktplatz vor dem alten Rathaus."
    assert not any(t == text.rstrip(".") for _, t, _ in _quotes(text))


def test_a_konjunktiv_i_clause_after_a_main_clause_in_the_present_plural():
    # "Bauern beklagen …, X sei …": the plural verb has the infinitive's form, still the main clause's own
    found = _quotes("Die Bauern beklagen seit Wochen die niedrigen Preise für Milch, kaum ein Hof könne davon noch leben.")
    assert [(k, t) for k, t, _ in found] == [("indirect", "kaum ein Hof könne davon noch leben")]
    # an interviewer's question is no report
    found = _quotes("Wie stehen Sie zu dem Plan der Ministerin, die Behörde solle mehr Befugnisse erhalten?")
    assert found == []


def test_konjunktiv_i_later_in_the_first_clause_goes_on_reporting():
    # amid reported speech a Konjunktiv I after the twelfth word, in the sentence's first clause, still reports
    text = (
        "Der Sprecher der Stadt sagte, der Brand sei gelöscht. Die Wehr sei mit 30 Leuten im Einsatz. "
        "Die Polizei brachte die Gäste und die Anwohner aus den Häusern in Sicherheit und habe die Straße gesperrt."
    )
    assert any("Die Polizei brachte" in t and t.endswith("habe die Straße gesperrt") for _, t, _ in _quotes(text))
    # after a comma it is the author's sentence with a reported relative clause
    text = (
        "Der Sprecher der Stadt sagte, der Brand sei gelöscht. Die Wehr sei mit 30 Leuten im Einsatz. "
        "Die Helfer zeigten den Reportern am Abend im Rathaus Fotos des alten Gasthauses, das seit 1890 bestanden habe."
    )
    assert not any("Die Helfer zeigten" in t for _, t, _ in _quotes(text))


def test_inflections_of_verbs_of_saying_in_ern_are_cues():
    # "schildert" (schildern): the sentence speaks, so Konjunktiv II right after it goes on reporting
    found = _quotes(
        "Die Kommission schildert in dem Bericht die Abfolge der Fehler. Mechaniker hätten am Vortag einen Schalter "
        "falsch gestellt. Dadurch sei eine Kette von Warnungen ausgelöst worden."
    )
    assert any(t.startswith("Mechaniker hätten") for _, t, _ in found)
    # "erinnert an" recalls, nobody speaks
    found = _quotes(
        "Der Fall erinnert an frühere Pleiten kleiner Vereine. Die Konkurrenz hätte den Klub lieber heute als morgen aus der Liga entfernt."
    )
    assert found == []


def test_a_source_frame_after_a_semicolon_reports_its_own_clause():
    # "A; laut X B": the frame governs the clause after the semicolon, not the one before it
    found = _resolved("Die Veranstalter schätzten etwa 4.000 Teilnehmer; laut der Polizei kamen nur etwa 900 Menschen.")
    assert [(q[0], q[2]) for q in found] == [("kamen nur etwa 900 Menschen", "der Polizei")]


def test_konjunktiv_ii_with_a_konjunktiv_i_further_on_reports():
    # a Konjunktiv I in the dependent clause makes the Konjunktiv II of the main clause reported speech
    found = _quotes(
        "Der Gesandte durfte nicht in die Provinz reisen. Die Behörden hätten eine Erlaubnis erst für den Freitag erteilt, "
        "wenn er schon wieder abgereist sei."
    )
    assert [t for _, t, _ in found] == ["Die Behörden hätten eine Erlaubnis erst für den Freitag erteilt, wenn er schon wieder abgereist sei"]
    # the Konjunktiv I behind a frame of its own ("war zu hören, man wolle …") does not report the main clause
    found = _quotes(
        "Einen Ausweg gibt es nicht. Treue Fans hätten wohl kein Problem mit einem Urteil, jedoch war zuletzt oft zu hören, man wolle einen Freispruch."
    )
    assert not any(t.startswith("Treue Fans") for _, t, _ in found)


def _prec9_indirect(text: str) -> list[str]:
    from lagebild.model import Article
    from lagebild.nlp.quotes import extract_quotes

    article = Article(id="prec9", source="t", title=None, published=None, language="de", text=text)
    return [q.text for q in extract_quotes(article) if q.kind == "indirect"]


def test_thought_under_condition_or_konjunktiv_ii_is_no_report():
    assert _prec9_indirect("Der Trainer ist zufrieden. Er kann nur gewinnen, wenn er akzeptiert, dass die Gegner stärker sind.") == []
    assert _prec9_indirect("Der Bürgermeister lobte die Feuerwehr. Man hätte schon glauben können, dass die Brücke über den Fluss bald fertig gebaut ist.") == []
    assert _prec9_indirect("Die Ministerin sprach in Linz. Wenn wir die Wähler davon überzeugen können, dass die Reform gerecht ist, dann gewinnen wir die Wahl.") == []
    # a belief actually held is still reported
    assert _prec9_indirect("Die Ministerin glaubt, dass die Reform gerecht ist.") == ["die Reform gerecht ist"]


def test_report_in_leading_condition_ends_where_main_clause_resumes():
    assert _prec9_indirect(
        "Der Kanzler äußerte sich am Montag. Wenn die Regierung in Ankara sagt, dass sie die Grenze schließen werde, wäre das keine Lösung für Europa."
    ) == ["sie die Grenze schließen werde"]
    assert _prec9_indirect(
        "Die Forscherin sprach von einem Durchbruch. Wenn die Firma erklärt, dass die Anlage sicher sei, dann kann der Betrieb im Frühjahr beginnen."
    ) == ["die Anlage sicher sei"]


def test_indicative_present_main_clause_after_condition_is_not_carried_on():
    texts = _prec9_indirect(
        "Der Minister sagte, die Lage an der Grenze sei angespannt. "
        "Jedes Mal, wenn die Behörden die Grenze öffnen würden, strömen tausende Menschen in das Land."
    )
    assert texts == ["die Lage an der Grenze sei angespannt"]
    # a main clause in Konjunktiv II after the condition still goes on reporting
    assert len(_prec9_indirect(
        "Der Minister sagte, die Lage an der Grenze sei angespannt. "
        "Wenn die Behörden die Grenze öffnen würden, kämen tausende Menschen in das Land."
    )) == 2


def test_a_plural_role_before_its_present_verb_is_the_whole_speaker_text():
    # "Reporter klagen …": the role noun is the subject; the present plural verb after it is no adjective
    text = "Die Lage im Land ist angespannt. Reporter klagen außerdem über die Vorgaben, die Schulämter seien nicht bereit, Geld herauszugeben."
    assert [(s, t) for _, s, t in _resolved(text)] == [(None, "Reporter")]


def test_a_leading_laut_frame_skips_the_relative_clause_on_its_source():
    found = _quotes("Laut dem Leiter des Wasserwerks, der seit zehn Jahren für die Brunnen der Stadt verantwortlich ist, ist das Trinkwasser sauber.")
    assert [q[:2] for q in found] == [("indirect", "ist das Trinkwasser sauber")]
    found = _quotes("Nach Angaben von Petra Vogt, der Leiterin des Amts, die am Montag vor die Presse trat, sind drei Brücken gesperrt.")
    assert [q[:2] for q in found] == [("indirect", "sind drei Brücken gesperrt")]


def test_a_closing_so_frame_with_a_long_source_in_the_indicative():
    found = _quotes("Die Brunnen der Stadt liefern wieder sauberes Wasser, so der Leiter des für die gesamte Versorgung der Region und ihrer Dörfer zuständigen Wasserwerks am Montag.")
    assert [q[:2] for q in found] == [("indirect", "Die Brunnen der Stadt liefern wieder sauberes Wasser")]
    found = _quotes("Die Brunnen der Stadt liefern wieder sauberes Wasser, so der Leiter des Wasserwerks, das die gesamte Region mit Wasser versorgt, am Montag im Rathaus.")
    assert [q[:2] for q in found] == [("indirect", "Die Brunnen der Stadt liefern wieder sauberes Wasser")]


def test_quoted_words_framed_by_the_quote_of_the_next_sentence():
    # no frame of saying in the sentence of the fragment: the next sentence's quote and frame give it
    found = _quotes("Die Ministerin will den Vorschlag „sehr genau prüfen“. „Ich halte die Idee für gut“, sagte die CDU-Politikerin.")
    assert ("partial", "sehr genau prüfen", "die CDU-Politikerin") in found
    assert ("direct", "Ich halte die Idee für gut", "die CDU-Politikerin") in found
    # the next sentence points back to it and names the speaker
    found = _quotes("Der Landrat will den Deich „so schnell wie möglich“ erhöhen. Das sagte Petra Vogt am Montag.")
    assert ("partial", "so schnell wie möglich", "Petra Vogt") in found
    # a name in quote marks stays a name, whatever the next sentence says
    found = _quotes("Am Abend läuft im Stadtpark das Fest „Rund um den Dom“. „Wir freuen uns“, sagte Petra Vogt.")
    assert [q[:2] for q in found] == [("direct", "Wir freuen uns")]
    # without such a frame after it the fragment stays out
    assert _quotes("Der Landrat will den Deich „so schnell wie möglich“ erhöhen. Die Arbeiten beginnen im Mai.") == []


def test_a_noun_phrase_with_a_lower_case_adjective_after_an_article_is_no_name():
    # German capitalises every noun: an adjective in lower case opens a common noun phrase, words said
    found = _quotes("Petra Vogt forderte mehr Geld für die «wirtschaftliche Stärkung Europas».")
    assert found == [("partial", "wirtschaftliche Stärkung Europas", "Petra Vogt")]
    # a name in title case after its article stays out
    assert _quotes("Petra Vogt traf sich mit dem „Departement Information und Presse“ zum Gespräch.") == []


def test_quoted_words_inside_a_report_are_the_reported_speakers():
    # the one judged in the reported clause is not who judges: the report's speaker said the words
    found = _quotes("Jens Köhler habe den Eindruck, dass der Bürgermeister dort „sehr gereizt“ aufgetreten sei.")
    assert ("partial", "sehr gereizt", "Jens Köhler") in found
    found = _quotes("Der Haushalt sei solide, aber die Lage „bleibt angespannt“, sagte Vogt.")
    assert ("partial", "bleibt angespannt", "Vogt") in found


def test_words_levelled_at_someone_are_not_theirs():
    # the subject of a passive of naming is the target: the agent after "von" speaks, or nobody named
    assert ("partial", "Lügner", None) in _quotes("Jens Köhler wurde am Abend als „Lügner“ beschimpft.")
    assert ("partial", "Lügner", "Petra Vogt") in _quotes("Jens Köhler wurde von Petra Vogt als „Lügner“ beschimpft.")
    assert ("partial", "Lügner", "der Opposition") in _quotes("Jens Köhler wurde von der Opposition als „Lügner“ verspottet.")
    # receiving a reproach: it is said of the subject, not by it
    assert ("partial", "Untätigkeit", None) in _quotes("Jens Köhler muss sich den Vorwurf der „Untätigkeit“ gefallen lassen.")
    assert ("partial", "Vetternwirtschaft", None) in _quotes("Petra Vogt sieht sich dem Vorwurf der „Vetternwirtschaft“ ausgesetzt.")
    # but one quoted with his words, and the one who names another, speak
    assert ("partial", "nicht mit mir", "Jens Köhler") in _quotes("Jens Köhler wird mit den Worten „nicht mit mir“ zitiert.")
    assert ("partial", "Totalversager", "Jens Köhler") in _quotes("Jens Köhler nannte den Landrat einen „Totalversager“.")


def test_narrators_words_between_two_quotes_are_no_quote():
    # a closing mark read as an opening one: the stretch up to the next quote begins with a comma
    text = 'Es muss "klare Regeln für die nächsten Monate" geben ", sagte Jens Köhler. Er will auch eine "größere Einheitlichkeit" der Länder.'
    found = _quotes(text)
    assert ("partial", "klare Regeln für die nächsten Monate", "Jens Köhler") in found
    assert not [q for q in found if q[1].lstrip().startswith(",")]


def test_a_medium_after_the_speaker_without_its_article_is_not_quoted():
    # "sagte X „Medium“": the newspaper spoken to, its article left out; no words of anyone
    found = _quotes("Das sei ein Fehler gewesen, sagte Jens Köhler „Stadtbote Online“.")
    assert not [q for q in found if q[0] == "partial"]
    found = _quotes("Man werde weiter verhandeln, sagte sie „Abendblatt“ am Montag.")
    assert not [q for q in found if q[0] == "partial"]
    # a word named by the one who speaks stays his
    assert ("partial", "Wahnsinn", "Jens Köhler") in _quotes("Das nannte Jens Köhler „Wahnsinn“.")


def test_the_one_named_by_a_verb_of_naming_is_not_its_speaker():
    # the phrase right before the predicate ("eine „…“", "als „…“") is what is named; the subject names it
    found = _quotes("Petra Vogt nennt den Plan der Regierung eine „Mogelpackung“.")
    assert [q[2] for q in found if q[0] == "partial"] == ["Petra Vogt"]
    found = _quotes("Sie bezeichnete die Pläne der Stadt als „Wortbruch“. Jens Köhler widersprach.")
    assert [q[2] for q in found if q[0] == "partial"] == ["Sie"]
    # a subject after the verb (something else opens the clause) still names
    assert ("partial", "Unsinn", "Jens Köhler") in _quotes("Gestern nannte Jens Köhler den Plan einen „Unsinn“.")


def test_the_one_accused_in_a_passive_is_not_the_speaker():
    # "Dem X wird vorgeworfen, …": X is the target; no one named makes the charge
    found = _quotes("Dem Bürgermeister Jens Köhler wird vorgeworfen, die Reform „verschleppt“ zu haben.")
    assert [q[2] for q in found if q[0] == "indirect"] == [None]
    # the accuser named before a colon still speaks
    found = _quotes("Petra Vogt hat Anklage erhoben: Ihm wird vorgeworfen, die Kasse geplündert zu haben.")
    assert [q[2] for q in found if q[0] == "indirect"] == ["Petra Vogt"]


def test_a_headline_part_after_a_dash_names_its_own_speaker():
    # "X: … – Polizei will „…“ vorgehen": the part holding the quote opens with the one who says it
    found = _quotes("Klagen beim Ombudsmann – Petra Vogt: Opfer haben Anspruch auf Respekt – Polizei will „konsequent“ handeln. Bonn – Nach dem Unglück ermittelt die Polizei.")
    assert [q[2] for q in found if q[0] == "partial"] == ["Polizei"]


def test_a_frame_source_cut_by_the_pattern_length_ends_with_its_word():
    # the "nach Angaben" pattern takes so many characters; the phrase must not end inside a word
    text = "Die Gäste wurden nach Angaben eines Angestellten einer großen niederländischen Versicherungsgesellschaft (AXA) am Abend gebeten, das Hotel zu verlassen."
    spoken = dict(_rule_speakers(text))
    assert "eines Angestellten einer großen niederländischen Versicherungsgesellschaft" in spoken.values()


def test_a_bare_plural_after_laut_is_the_whole_source():
    # "laut Zeitungsberichten | Hinweise auf …": the noun after the plural is the clause's object
    text = "Die Akten enthalten laut Zeitungsberichten Hinweise auf eine Firma in Panama, auf die Geld geflossen sein soll."
    assert [s for _, s in _rule_speakers(text)] == ["Zeitungsberichten"]
    # a title before a name goes on: "laut Innenminister Jens Köhler"
    text = "Die Brücke soll laut Innenminister Jens Köhler bis Montag gesperrt bleiben."
    assert [s for _, s in _rule_speakers(text)] == ["Jens Köhler"]


def test_a_relative_pronoun_before_an_article_opens_no_described_speaker():
    # "…, die den Angaben der Stadt widerspricht": "die" is the relative pronoun, no description of a speaker
    from lagebild.nlp.quotes import _description_before

    text = "Der Verband legte eine Rechnung vor, die den Zahlen der Stadt widerspricht."
    cue = text.index("widerspricht")
    assert _description_before(text, text.index("die den"), cue) is None
    text = "Der Verband legte eine Rechnung vor. Die Sprecherin des Verbands widerspricht."
    assert _description_before(text, text.index("Die Sprecherin"), text.index("widerspricht")).phrase == "Die Sprecherin des Verbands"


def test_a_relative_pronoun_after_a_preposition_leaves_the_subject_of_its_clause():
    # "in dem der Botschafter … Kiew vorwarf": "dem" is the relative pronoun the preposition governs;
    # "der Botschafter" is the subject, the name before the verb its object
    text = "Anlass ist ein Interview der Zeitung, in dem der Botschafter am Freitag Kiew vorwarf, die Gespräche mit Moskau abzubrechen."
    assert _rule_speakers(text, others=("Kiew",)) == [("die Gespräche mit Moskau abzubrechen", "der Botschafter")]
    text = "Anlass ist ein Brief, in dem der Botschafter am Freitag Petra Vogt vorwarf, die Gespräche mit Moskau abzubrechen."
    assert _rule_speakers(text) == [("die Gespräche mit Moskau abzubrechen", "der Botschafter")]


def test_a_role_phrase_running_into_a_name_gives_the_name_as_subject():
    # "Die frühere Ministerin Petra Vogt hat die Nachbarstaaten davor gewarnt": the person speaks, not the object
    text = "Die Lage bleibt angespannt. Die frühere Ministerin Petra Vogt hat die Nachbarstaaten davor gewarnt, die Grenzen zu schließen."
    assert _rule_speakers(text, others=("Nachbarstaaten",)) == [("die Grenzen zu schließen", "Petra Vogt")]


def test_a_definite_role_refers_back_to_the_unnamed_one_brought_in_before():
    # "sagte ein Sprecher der Präfektur … sagte der Sprecher": the same unnamed spokesman, not the
    # prosecutor named before him
    text = (
        "Paris – Bei einer Schlägerei im Lager wurden zwölf Menschen verletzt. Das bestätigte Staatsanwalt Pierre Dubois am Freitag. "
        "Es bestehe keine Lebensgefahr, sagte ein Sprecher der Präfektur. Die Schlägerei begann am Abend bei der Essensausgabe. "
        "Später seien auch mehrere Zelte angezündet worden, sagte der Sprecher."
    )
    found = _resolved(text)
    assert found[-1] == ("Später seien auch mehrere Zelte angezündet worden", None, "der Sprecher")


def _indirect(text: str) -> list[str]:
    return [q[1] for q in _quotes(text) if q[0] == "indirect"]


def test_an_opinion_frame_inside_a_noun_phrase_reports_the_noun_phrase():
    # "die seiner Ansicht nach guten Werte": the frame qualifies an adjective; the opinion is the noun
    # phrase, not the rest of the sentence
    assert _indirect("Petra Vogt lobte am Montag die ihrer Ansicht nach sehr guten Werte der Kläranlage.") == [
        "die ihrer Ansicht nach sehr guten Werte der Kläranlage"
    ]
    assert _indirect("Petra Vogt lobte am Montag die ihrer Ansicht nach guten Werte der neuen Kläranlage.") == [
        "die ihrer Ansicht nach guten Werte der neuen Kläranlage"
    ]
    assert _indirect("Die seiner Meinung nach verfehlte Politik der Stadtwerke veranlasste Jens Köhler zum Rücktritt.") == [
        "Die seiner Meinung nach verfehlte Politik der Stadtwerke"
    ]
    # at the head of its clause the frame reports the clause
    assert _indirect("Seiner Meinung nach sind die Werte der neuen Kläranlage viel zu hoch.") == ["sind die Werte der neuen Kläranlage viel zu hoch"]


def test_a_report_ends_before_the_frame_that_closes_its_sentence():
    # a "wie" frame after a that-clause, a frame in the perfect after a clause in Konjunktiv
    assert _indirect("Der Fonds wurde unter dem Eindruck gegründet, dass mehr Hilfe nötig sei, wie Jens Köhler sagte.") == ["mehr Hilfe nötig sei"]
    text = "Der Deich wird erhöht. Wegen der Flut müsse es mehrere Ausnahmen geben, hatte Petra Vogt das neue Gesetz begründet."
    assert _indirect(text) == ["Wegen der Flut müsse es mehrere Ausnahmen geben"]


def test_a_correction_of_the_author_after_a_dash_ends_the_report():
    text = "Petra Vogt sagte, es gebe nur einen Fall – tatsächlich wurden drei Mitarbeiter positiv getestet."
    assert _indirect(text) == ["es gebe nur einen Fall"]
    # in Konjunktiv after the dash the report goes on; an aside between two dashes stays inside
    assert _indirect("Petra Vogt sagte, die Lage sei ernst – die Zahl der Fälle steige weiter.") == ["die Lage sei ernst – die Zahl der Fälle steige weiter"]
    text = "Petra Vogt sagte, es gebe – so wörtlich – keinen Plan für den Winter."
    assert _indirect(text) == ["es gebe – so wörtlich – keinen Plan für den Winter"]


def test_a_circumstance_after_a_closing_frame_is_no_report():
    assert _indirect("„Wir brauchen das Wasser“, sagt Jens Köhler, während er aus dem Fenster auf die Wiesen blickt.") == []
    assert _indirect("„Wir sind bereit“, sagte Petra Vogt, nachdem sie die Halle besichtigt hatte.") == []
    # in Konjunktiv the clause is what was said
    assert _indirect("Petra Vogt sagte, während die Pegel stiegen, sei die Stadt vorbereitet gewesen.") != []


def test_what_someone_must_say_is_not_said():
    assert _indirect("Die Parteien müssen den Wählern jetzt erklären, dass die Beiträge bald steigen.") == []
    assert _indirect("Der Stadtrat müsste offen sagen, wer die Kosten für den Umbau trägt.") == []
    # "sollte später erklären": what came to pass, a report
    assert _indirect("Petra Vogt sollte später erklären, dass der Umbau deutlich teurer wird.") == ["der Umbau deutlich teurer wird"]
    # admitting under "muss" admits; a plain verb of saying reports
    assert _indirect("Die Stadt muss zugeben, dass der Umbau deutlich teurer wird.") == ["der Umbau deutlich teurer wird"]
    assert _indirect("Die Parteien erklären den Wählern, dass die Beiträge bald steigen.") == ["die Beiträge bald steigen"]


def test_the_postposition_of_an_opinion_frame_opens_no_frame_of_its_own():
    # "seiner Ansicht nach guten Daten": "nach" closes the opinion frame, it is no "nach Daten" frame
    # that would report the whole sentence
    text = "Die Fertigung laufe nach Plan, sagte Petra Vogt. Vogt lobte zudem die ihrer Ansicht nach guten jüngsten Daten vom Arbeitsmarkt."
    assert _indirect(text)[-1] == "die ihrer Ansicht nach guten jüngsten Daten vom Arbeitsmarkt"


def test_a_report_ends_before_a_frame_with_its_verb_first_after_the_comma():
    text = "Der Mann wurde gefasst. Vorher habe er gedroht, mit einem Hammer die Scheiben der Halle einzuschlagen, teilte die Polizei mit."
    assert _indirect(text)[-1] == "mit einem Hammer die Scheiben der Halle einzuschlagen"
    # the same subject going on after the comma is no frame
    text = "Petra Vogt räumte zwar ein, es könnten Stellen verloren gehen, sprach aber von einem offenen Prozess."
    assert _indirect(text) == ["es könnten Stellen verloren gehen, sprach aber von einem offenen Prozess"]


def test_a_question_still_to_be_settled_is_no_report():
    assert _indirect("Bevor jedoch entschieden wird, ob ein Verfahren eingeleitet wird, hat Jens Köhler das Recht auf eine Anhörung.") == []
    # in Konjunktiv I, or proposed, it is reported
    assert _indirect("Derzeit werde geprüft, wie die Leitung wieder hergestellt werden kann, so Petra Vogt.") != []
    assert _indirect("Petra Vogt schlug vor, zu prüfen, ob mit der Nachbarstadt ein neuer Vertrag geschlossen werden kann.") != []


def test_a_frame_putting_it_in_words_before_a_colon_is_not_reported():
    # "formulierte es klar:", "drückte es aus:", "kann man … deuten:": the frame before the colon, by the
    # lemma of its verb, is not part of what was said
    before = "Die Lage sei ernst, sagte Petra Vogt. "
    assert _indirect(before + "Der Landrat formulierte es schon klar: Die Brücke werde im Herbst gesperrt.")[-1] == "Die Brücke werde im Herbst gesperrt"
    assert _indirect(before + "Der Landrat drückte es deutlich aus: Die Brücke werde im Herbst gesperrt.")[-1] == "Die Brücke werde im Herbst gesperrt"
    assert _indirect(before + "So kann man das Urteil des Gerichts deuten: Die alten Regeln gälten weiter.")[-1] == "Die alten Regeln gälten weiter"


def test_a_pronoun_agrees_in_gender_with_its_antecedent():
    # the role noun before a name gives its gender: "sie" with a singular verb passes over the man named last
    text = "Landesrätin Helga Brunner besuchte am Montag mit Bürgermeister Otto Lenz die Baustelle. Die Brücke werde im Herbst fertig, sagte sie danach."
    assert _resolved(text) == [("Die Brücke werde im Herbst fertig", "Helga Brunner", None)]
    text = "Die Ministerin Karin Eder sprach am Abend mit Ludwig Hofer über den Haushalt. Er betonte, die Schulden seien zu hoch."
    assert _resolved(text) == [("die Schulden seien zu hoch", "Ludwig Hofer", None)]


def test_a_gendered_role_phrase_passes_over_a_previous_speaker_of_the_other_gender():
    text = (
        "Innenministerin Helga Brunner traf am Montag Bundeskanzler Otto Lenz. „Wir suchen eine Lösung“, sagte Lenz. "
        "„Die Grenzen müssen sicher bleiben“, sagte die Ministerin."
    )
    assert [q[1] for q in _resolved(text)] == ["Otto Lenz", "Helga Brunner"]


def test_pronoun_agreement_reads_gender_and_the_verbs_number():
    from lagebild.nlp.quotes import _pronoun_agreement
    from lagebild.nlp.roles import role_gender

    def agreement(text, pronoun):
        start = text.index(pronoun)
        return _pronoun_agreement(text, start, start + len(pronoun))

    assert agreement("Das gehe nicht, sagte er.", "er") == "m"
    assert agreement("Das gehe nicht, sagte sie.", "sie") == "f"
    assert agreement("Sie betonte, das gehe nicht.", "Sie") == "f"
    assert agreement("Das gehe nicht, sagten sie.", "sie") == "pl"
    assert agreement("Sie forderten mehr Geld.", "Sie") == "pl"
    assert agreement("Das gehe nicht, so sie.", "sie") == "f?"
    assert [role_gender(w) for w in ("Innenministerin", "Sprecherinnen", "Kremlchef", "Vorsitzende", "Bezirkshauptfrau")] == ["f", "pl", "m", None, "f"]


def test_a_persons_gender_from_a_person_noun_or_a_relative_pronoun_beside_the_name():
    # "die Psychologin X": a noun for a person in -in before the name; "X, der …": the relative pronoun after it
    text = "Die Psychologin Helga Brunner leitet die Studie, die der Soziologe Otto Lenz finanziert. Die Ergebnisse seien eindeutig, sagte sie."
    assert _resolved(text) == [("Die Ergebnisse seien eindeutig", "Helga Brunner", None)]
    text = "Otto Lenz traf am Montag Helga Brunner, die das Institut in Graz leitet. Die Ergebnisse seien eindeutig, sagte er."
    assert _resolved(text) == [("Die Ergebnisse seien eindeutig", "Otto Lenz", None)]


def test_a_feminine_role_phrase_takes_a_woman_named_before_over_a_person_of_unknown_gender():
    from lagebild.nlp.quotes import _phrase_gender

    assert [_phrase_gender(p) for p in ("die frühere Ministerin", "der 79-Jährige", "die 79-Jährige", "Minister", "der Minister", "ihr Sprecher")] == ["f", "m", "f", None, "m", None]
    text = (
        "Die Ministerin Helga Brunner steht wegen der Affäre in der Kritik. Otto Lenz wirft ihr vor, die Regeln gebrochen zu haben. "
        "Die frühere Ministerin hat stets betont, keine Regeln gebrochen zu haben."
    )
    assert _resolved(text)[-1][1] == "Helga Brunner"


def test_a_possessive_opinion_phrase_agrees_with_its_owner():
    text = "Der Soziologe Otto Lenz traf am Montag die Ministerin Helga Brunner. Seiner Meinung nach ist die Reform gescheitert."
    assert [q[1] for q in _resolved(text)] == ["Otto Lenz"]


def test_a_phrase_a_preposition_governs_is_no_speaker_whatever_the_weights(monkeypatch):
    # "Mit Hilfe der Boje", "Im zweiten Absatz", "in Graz": an instrument, a place in a text, a
    # town; never who speaks, even where the weights favour a prepositional phrase. An agent's
    # preposition ("laut") and a noun of saying ("in einer Erklärung") still name the source.
    from lagebild.nlp import speaker_ranker

    weights = dict(speaker_ranker.load_weights())
    weights["in_pp"] = weights.get("in_pp", 0.0) + 8.0
    monkeypatch.setattr(speaker_ranker, "load_weights", lambda *args: weights)
    found = _resolved("Die Messung dauerte Wochen. Mit Hilfe der Boje konnten die Meteorologen berichten, dass das Meer wärmer werde.")
    assert [q[2] for q in found] == ["die Meteorologen"]
    found = _resolved("Der Konzern hat an alle Kunden geschrieben. Im zweiten Absatz beruft sich der Konzern darauf, dass die Preise gestiegen seien.")
    assert found and all("Absatz" not in (q[2] or "") for q in found)
    found = _resolved("Die Straße in Graz sei wegen des Hochwassers gesperrt, sagte laut der Polizei ein Anrainer.")
    assert found and "Graz" not in (found[0][1] or "") + (found[0][2] or "") and "Polizei" in (found[0][1] or "") + (found[0][2] or "")
    found = _resolved("Die Straße bleibe gesperrt, teilte die Stadt in einer Erklärung mit.")
    assert [q[2] for q in found] == ["einer Erklärung"]  # kept: the weights may choose it
    # "heißt es an einer Stelle": the place in a text where it says so
    found = _resolved("Der Film zeigt das Leben im Dorf. Die Leute im Tal seien stur, heißt es an einer Stelle.")
    assert [q[2] for q in found] == ["einer Stelle"]


def test_a_capitalised_adverb_opening_a_sentence_is_no_candidate_phrase():
    # "Heuer gab die Mehrheit der Befragten an": "Heuer" is an adverb (the lemmatiser knows "die
    # Heuer" too); a plural noun opening its sentence stays ("Experten", "Zeugen")
    from lagebild.nlp import quotes, speaker_ranker

    for text, absent, present in (
        ("Heuer gab die Mehrheit der Befragten an, dass sie weniger reise.", "Heuer", "die Mehrheit der Befragten"),
        ("Bisher hat die Gemeinde nicht geantwortet.", "Bisher", "die Gemeinde"),
        ("Experten sagen, dass es regnen werde.", None, "Experten"),
        ("Zeugen berichteten, dass es laut gewesen sei.", None, "Zeugen"),
    ):
        phrases = [text[a:b] for a, b, _ in speaker_ranker._phrases(text, 0, len(text), quotes)]
        assert present in phrases
        assert absent is None or absent not in phrases


def test_an_object_before_the_verb_gives_way_to_the_pronoun_after_it():
    # "Keinen Zweifel ließ er daran, dass …": "er" is the subject, the phrase before the verb its object
    found = _resolved("Der Bürgermeister sprach am Montag vor dem Gemeinderat. Keinen Zweifel ließ er daran, dass die Schule saniert werden müsse.")
    assert [q[1:] for q in found] == [(None, "Der Bürgermeister")]
    # with no comma before it, a pronoun and a finite verb open the reported clause: the phrase stays
    found = _resolved("Der Bürgermeister sagte er wolle die Schule sanieren.")
    assert all((q[2] or "") != "er" for q in found)


# --- prec12: that-clauses that are no report -------------------------------------------------


def test_what_someone_saw_or_noticed_in_a_when_clause_is_no_report():
    # "Als X sah/bemerkte, dass …": the story's moment, something perceived, nothing said
    assert [q for q in _quotes("Als der Schäfer sah, dass die Herde am Zaun unruhig geworden war, rief er den Hund.") if q[0] == "indirect"] == []
    assert [q for q in _quotes("Die Fahrerin bremste, als sie bemerkte, dass ein Reh auf der nassen Straße stand.") if q[0] == "indirect"] == []
    # a reported perception stays: "Der Schäfer sagte, er habe gesehen, dass …"
    assert [q[0] for q in _quotes("Der Schäfer sagte, dass die Herde am Zaun unruhig geworden sei.")] == ["indirect"]
    # told by the one who saw it: the sentence stays his report
    assert [q[0] for q in _quotes("Als der Schäfer sah, dass die Herde unruhig war, rief er den Hund, erzählt er.")] == ["indirect"]


def test_a_finding_that_a_look_or_an_examination_gave_is_no_report():
    # "X ergab, dass …": what an examination or a look at data showed, in the indicative, nobody said it
    assert [q for q in _quotes("Ein Blick in die Statistik ergibt, dass die Zahl der Lehrlinge seit Jahren sinkt.") if q[0] == "indirect"] == []
    assert [q for q in _quotes("Die Prüfung der Bücher ergab, dass der Verein zwei Konten führte.") if q[0] == "indirect"] == []
    # reported in Konjunktiv I, the finding is someone's statement: "habe ergeben" is no finite "ergab"
    assert [q[0] for q in _quotes("Der Prüfer sagte, die Prüfung der Bücher habe ergeben, dass der Verein zwei Konten führe.")] == ["indirect"]


def test_quoted_words_closed_by_a_legal_form_name_a_company_or_association():
    assert _quotes("Auf der Seite ist nur eine Mitteilung des „Freundeskreis Stadtbad Lindenau – Verein für Schwimmkultur e.V.“ zu lesen.") == []
    assert _quotes("Ein Sprecher der „Nordlicht Reisen GmbH“ wollte sich nicht äußern.") == []


def test_a_consequence_weighed_in_konjunktiv_ii_after_a_report_is_the_authors():
    # "Das würde …", "Dies wären …" after a report: the author reckons what would follow
    found = _quotes("Die Stadträtin sagte, dass die Busse künftig alle zehn Minuten fahren sollen. Dies wären doppelt so viele Fahrten wie heute.")
    assert [q[1] for q in found] == ["die Busse künftig alle zehn Minuten fahren sollen"]
    # "hätten" stands in for "haben" in a report and goes on reporting
    found = _quotes("Der Wirt sagte, ein Gast habe randaliert. Dies hätten die anderen Gäste mit ansehen müssen.")
    assert [q[1] for q in found] == ["ein Gast habe randaliert", "Dies hätten die anderen Gäste mit ansehen müssen"]


# --- spk12a: candidates and syntax ---------------------------------------------------------------


def test_a_counted_thing_in_a_sentence_before_does_not_speak():
    # "danach sollen es 300.000 Stück sein": a number counts a thing, which cannot go on speaking
    found = _resolved(
        "Der chinesische Autobauer Sunwa plant den Einstieg in Europa. Im kommenden Jahr will Sunwa 120.000 Wagen verkaufen, "
        "danach sollen es 300.000 Stück sein. Schwierig sei vor allem der Aufbau eines Händlernetzes."
    )
    assert found and all("Stück" not in (q[2] or "") for q in found)
    found = _resolved("Die Hersteller setzen auf Elektroautos. Im vergangenen Jahr wurden 40.000 Stück verkauft. Das Ladenetz sei noch zu dünn.")
    assert [q[2] for q in found] == ["Die Hersteller"]


def test_a_described_speaker_ends_before_the_object_after_its_noun():
    # "bittet der Pfarrer die Gäste", "hatte der Minister das Paket begründet": an article other than a
    # genitive's after the speaker's noun opens the verb's object
    found = _resolved("Nach der Messe bittet der Pfarrer die Gäste, eine Kerze anzuzünden.")
    assert [q[2] for q in found] == ["der Pfarrer"]
    found = _resolved("Die Reform kam spät. Im Landtag hatte der Minister das Paket damit begründet, dass die Kassen leer seien.")
    assert [q[2] for q in found] == ["der Minister"]
    found = _resolved("Die Straße bleibe gesperrt, erklärte ein Sprecher der Polizei am Montag.")
    assert [q[2] for q in found] == ["ein Sprecher der Polizei"]  # a genitive goes on


def test_a_frame_source_ends_before_the_clause_s_own_phrase():
    # "nach Angaben von Ärzten | Hunderte Verletzte", "laut Veranstalter Eventa | 12.000 Besucher": a number
    # or a second inflected noun after the source's noun opens the reported clause's own phrase
    found = _resolved("In der Stadt wurden nach Angaben von Ärzten Hunderte Verletzte behandelt.")
    assert [q[2] for q in found] == ["von Ärzten"]
    found = _resolved("Am Wochenende kamen laut Veranstalter Eventa 12.000 Besucher in die Halle.")
    assert found and all("Besucher" not in (q[2] or "") + (q[1] or "") for q in found)
    # a name after a title, an adjective in a name and a genitive go on
    found = _resolved("Die Koalition halte, sagte der Fraktionschef der Wahren Finnen am Donnerstag.")
    assert [q[2] for q in found] == ["der Fraktionschef der Wahren Finnen"]


def test_a_finite_verb_the_lists_miss_still_puts_the_subject_after_it():
    # "Am Sonntag legt er sich nicht fest": "legt" is finite by its lemma, so the pronoun right after it
    # is the subject, not a phrase of the sentence before ("Seine Ankündigung")
    assert _speaker_spans(
        "Die Wahl rückt näher. Seine Ankündigung sorgte für Unruhe. Am Sonntag legt er sich nicht fest, "
        "stellt aber klar, dass die stärkste Partei keinen Anspruch auf das Amt habe."
    ) == ["er"]


def _speaker_spans(text: str) -> list[str | None]:
    """The text at each quote's speaker span, after the whole pipeline (as :func:`_resolved`)."""
    from lagebild.nlp.annotate import annotate, consistent_story_mentions
    from lagebild.nlp.entities import EntityIndex, merge_entities
    from lagebild.nlp.quotes import resolve_speakers

    article = Article(id="t", source="t", language="de", text=text)
    annotate([article])
    consistent_story_mentions([article])
    resolve_speakers(article.quotes, {"t": article}, EntityIndex(merge_entities([article])))
    return [text[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None for q in article.quotes]


def test_a_finite_verb_by_its_lemma():
    from lagebild.nlp import quotes
    from lagebild.nlp.speaker_ranker import _finite_by_lemma

    for word, before in (("ließ", "Montag"), ("beruft", "Absatz"), ("rief", "Dann"), ("begründete", "Montag")):
        assert _finite_by_lemma(quotes, word, before)
    # a participle or adjective after an article or a preposition is an attribute
    for word, before in (("bekannte", "Der"), ("verletzte", "die"), ("vergangenen", "Im"), ("neue", "eine")):
        assert not _finite_by_lemma(quotes, word, before)


def test_a_verb_opens_no_candidate_phrase():
    # "Zudem verweisen Statiker": the verb in the plural is no adjective before the noun
    from lagebild.nlp import quotes, speaker_ranker

    found = _resolved("Die Brücke ist alt. Zudem verweisen Statiker darauf, dass die Pfeiler saniert werden müssten.")
    assert [q[2] for q in found] == ["Statiker"]
    for text, absent, present in (
        ("Sie zeigten Fotos des neuen Hauses.", "zeigten Fotos des neuen Hauses", "Fotos des neuen Hauses"),
        ("Gestern veröffentlichte Zahlen belegen es.", None, "veröffentlichte Zahlen"),  # after an adverb: an attribute
    ):
        phrases = [text[a:b] for a, b, _ in speaker_ranker._phrases(text, 0, len(text), quotes)]
        assert present in phrases
        assert absent is None or absent not in phrases


def test_the_plural_darstellungen_frames_a_source():
    # "Nach Darstellungen der Gewerkschaft": the plural frames its source as the singular does
    found = _resolved("Nach Darstellungen der Gewerkschaft seien die Löhne seit Jahren nicht gestiegen.")
    assert [q[2] for q in found] == ["der Gewerkschaft"]


def test_a_date_after_a_frame_is_no_source():
    # "nach Polizeiangaben vom Donnerstag": the date says when it was said; the frame names the source
    found = _resolved("Ein Kurzschluss gilt nach Polizeiangaben vom Donnerstag als Ursache des Brandes in der Halle.")
    assert [q[2] for q in found] == ["Polizeiangaben"]
    found = _resolved("Ein Kurzschluss gilt nach Angaben vom Innenministerium als Ursache des Brandes.")
    assert found and all("Angaben" not in (q[2] or "") for q in found)  # a body after "vom" is the source


# --- branch direct12: quoted fragments that are someone's words ---------------------------------


def test_a_fragment_judged_for_someone_is_their_words():
    # "Was für X eine „…“ ist, war für Y „…“": "für" names whose judgement each fragment is
    found = _quotes("Was für den Bürgermeister eine „vernünftige Lösung der Parkfrage“ ist, war für die Anwohner „ein schlechter Witz“.")
    assert [(q[0], q[1], q[2]) for q in found] == [
        ("partial", "vernünftige Lösung der Parkfrage", "den Bürgermeister"),
        ("partial", "ein schlechter Witz", "die Anwohner"),
    ]
    # a bare participle after "ist für …" is a use of a word, not a judgement
    assert _quotes("Der Radweg am Kanal ist für Radfahrer „gesperrt“.") == []


def test_a_closing_mark_glued_to_the_next_sentence_still_closes():
    # scraped text lost the space after the closing mark: „… verkauft hat.»Stadträtin …“
    text = "Das Verfahren dauert an. «Der Bürgermeister will nur davon ablenken, dass er den Hafen verkauft hat.»Stadträtin Petra Vogt im Gemeinderat. Ein erster Versuch war gescheitert."
    direct = [q for q in _quotes(text) if q[0] == "direct"]
    assert [q[1] for q in direct] == ["Der Bürgermeister will nur davon ablenken, dass er den Hafen verkauft hat."]


def test_a_quoted_end_of_a_purpose_clause_is_speech():
    # "um auf „… aufmerksam zu machen“": the infinitive clause in the marchers' own words
    found = _quotes("Hunderte Bauern fuhren mit Traktoren durch die Stadt, um auf „das Höfesterben im Tal aufmerksam zu machen“.")
    assert [q[:2] for q in found] == [("partial", "das Höfesterben im Tal aufmerksam zu machen")]
    # a name inside the clause is not its end: no infinitive in the marks
    assert _quotes("Der Stadtrat tagte am Abend, um über das „Haus der Musik“ zu beraten.") == []


def test_a_quoted_predicate_reported_with_sollen_is_speech():
    # "das „…“ sein soll": a claim passed on in its words; the next sentence names who makes it
    text = "Die Stadtwerke begannen am Morgen, Abwasser in den Fluss zu leiten. Es geht um Wasser aus dem Klärwerk, das „nur leicht belastet“ sein soll. Die Werte lägen unter dem Grenzwert, erklärte Petra Vogt."
    found = _quotes(text)
    assert ("partial", "nur leicht belastet", "Petra Vogt") in found
    # a name in marks before "sein soll" stays a name
    assert not [q for q in _quotes("Das neue Bad soll das „Aquapark“ sein.") if q[0] == "partial"]


def test_a_passive_naming_with_its_agent_is_the_agents_words():
    # "die von Anwohnern als „…“ bezeichnet wird": the agent named, so not a term but their words
    found = _quotes("Die Deponie, die von Anwohnern seit Jahren als „Giftgrube“ bezeichnet wird, soll bald schließen.")
    assert [q[:3] for q in found] == [("partial", "Giftgrube", "Anwohnern")]
    # with no agent a passive naming gives a term
    assert _quotes("Das Gestein, das als „Tuff“ bezeichnet wird, ist weich.") == []


# --- spk12b: pronouns, roles and speakers carried across sentences ---


def test_a_carried_quote_keeps_the_speaker_its_phrase_was_resolved_to():
    # the police spokesman stays unnamed in the quote carried on from him; no person named before is meant
    found = _resolved(
        "Ein Kran stürzte in Linz auf das Auto von Karl Huber. Die Ursache sei noch unklar, sagte ein Polizeisprecher. "
        "Der Kran sei gewartet worden. Er kam in eine Klinik. Lebensgefahr bestehe nicht."
    )
    assert [q[1:] for q in found] == [(None, "ein Polizeisprecher")] * 3


def test_a_role_in_the_plural_names_no_one_person_named_before():
    # "begründeten die Richter", "Die Länderminister erklärten", "berichteten Reporter": several people speak
    for text, described in (
        ("Die Klägerin Anna Berger hatte gegen das Gesetz geklagt. Die Daten seien nicht ausreichend geschützt, begründeten die Richter ihr Urteil.", "die Richter"),
        ("Innenministerin Anna Berger eröffnete die Tagung in Graz. Die Länderminister erklärten, die Schulen seien nicht vorbereitet gewesen.", "Die Länderminister"),
        ("Kanzler Karl Huber besuchte die Grenze. Die meisten Flüchtlinge wollten weiter nach Deutschland, berichteten Reporter.", "Reporter"),
    ):
        assert [q[1:] for q in _resolved(text)] == [(None, described)]
    # one minister: still the person named before
    found = _resolved("Kanzler Karl Huber besuchte die Grenze. Die meisten Flüchtlinge wollten weiter nach Deutschland, sagte der Minister.")
    assert [q[1] for q in found] == ["Karl Huber"]


def test_a_pronoun_after_the_quote_skips_a_person_the_quote_itself_names():
    # "…, wohin Bergers Reform führe, sagt er": Berger is talked about, Huber speaks
    found = _resolved(
        "Michael Berger regiert seit 2010. Auch Karl Huber, einst Diplomat in Wien, heute Dozent in Graz, rät zum Abwarten. "
        "Noch sei unklar, wohin Bergers Reform genau führe und wem sie nutze, sagt er im Gespräch mit der Zeitung."
    )
    assert [q[1] for q in found] == ["Karl Huber"]


def test_a_colon_frame_gives_its_own_subject_not_the_speaker_before():
    # "Die Stadträtin Anna Berger formulierte es klar: …": she speaks, not the mayor quoted before
    found = _resolved("Die Lage sei ernst, sagte Bürgermeister Karl Huber. Die Stadträtin Anna Berger formulierte es klar: Die Stadt habe zu lange gewartet.")
    assert [q[1] for q in found] == ["Karl Huber", "Anna Berger"]


def test_a_singular_sie_takes_up_the_feminine_body_named_last():
    # "die Regierung … Sie erklärte": the government, not the man named before it
    found = _resolved("Der Ökonom Karl Huber sieht die Lage positiv. Die Regierung widerspricht ihm. Sie erklärte, die Wirtschaft werde im kommenden Jahr deutlich schrumpfen.")
    assert [q[1:] for q in found] == [(None, "Die Regierung")]
    # a woman named after the body is who "sie" is
    found = _resolved("Die Regierung tagte am Montag. Die Ministerin Anna Berger trat danach vor die Presse. Sie erklärte, die Wirtschaft werde im kommenden Jahr deutlich schrumpfen.")
    assert [q[1] for q in found] == ["Anna Berger"]
    # a body inside the quote's own words is what she says
    found = _resolved("Die Ministerin Anna Berger trat am Montag vor die Presse. Die Regierung habe zu lange gewartet, sagte sie.")
    assert [q[1] for q in found] == ["Anna Berger"]


def test_a_role_in_the_genitive_stands_for_the_person_the_story_gives_that_role():
    # "Nach Angaben des Ministerpräsidenten": Ministerpräsident Karl Huber, not the general who spoke last
    found = _resolved(
        "Ministerpräsident Karl Huber traf am Montag den General Max Berger. Berger sagte, die Armee sei bereit. "
        "Nach Angaben des Ministerpräsidenten werde die Armee nicht eingesetzt."
    )
    assert [q[1] for q in found] == ["Max Berger", "Karl Huber"]


def test_a_carried_frame_that_describes_no_speaker_goes_on_with_the_person_of_the_moment():
    # "Laut Schüler-Rückmeldungen …": a noun of saying, not a speaker's noun — the quote after it is the deputy's again
    found = _resolved(
        "Die Prüfung sei zu schwer gewesen, meinte der Abgeordnete Karl Huber. Laut Schüler-Rückmeldungen sei besonders die Sprache eine Hürde gewesen. "
        "Im Vorjahr setzte das Institut auf andere Aufgaben. Allerdings habe es diesmal weniger Routineaufgaben gegeben."
    )
    assert [q[1] for q in found] == ["Karl Huber", None, "Karl Huber"]


# --- spk13b: the speaker in the frame's own sentence ---------------------------------------------


def test_der_before_a_feminine_person_noun_after_the_verb_is_whom_it_was_said_to():
    # "haben der Landrätin vorgeworfen": "der Landrätin" is a dative, the opposition speaks
    found = _resolved(
        "Die Landrätin Anna Berger stellte am Montag den Haushalt vor. "
        "Politiker der Opposition haben der Landrätin vorgeworfen, die Schulden der Kliniken verschwiegen zu haben."
    )
    assert [q[1:] for q in found] == [(None, "Politiker der Opposition")]


def test_a_phrase_of_a_relative_clause_between_commas_does_not_speak():
    # "Im letzten Absatz der Verfügung, die Google … zugestellt wurde, heißt es": the ruling says it, not Google
    found = _resolved(
        "Die Behörde prüft den Fall seit Jahren. Im letzten Absatz der Verfügung (Bescheid), die Google bereits im März "
        "zugestellt wurde, heißt es: „Google darf die Daten nicht an Dritte weitergeben.“"
    )
    said = [q for q in found if q[0].startswith("Google darf")]
    assert [q[1:] for q in said] == [(None, "letzten Absatz der Verfügung")]


def test_a_name_written_small_heads_a_noun_phrase_that_may_speak():
    # "Auf der ifa-Homepage heißt es", "der ai-Bericht", "laut ndr.de": a small first letter, still a noun
    found = _resolved(
        "Der Verein stellte am Montag sein neues Logo vor. Auf der ifa-Homepage heißt es zur Begründung, "
        "warum man sich für diese Farbe entschieden hat: „Das Grün zeigt die Verbindung von Technik und Natur.“"
    )
    assert [q[1:] for q in found] == [(None, "der ifa-Homepage")]
    from lagebild.nlp.speaker_ranker import _small_name

    assert [w for w in ("eBay", "ai-Bericht", "ndr.de", "faz.net", "werdenArbeitszulage", "neue", "taz") if _small_name(w)] == ["eBay", "ai-Bericht", "ndr.de", "faz.net"]


def test_a_document_the_subject_spoke_in_is_the_channel_not_the_source():
    # "Der Verband … hat in einer Erklärung mitgeteilt": the association speaks; a passive leaves the document
    found = _resolved(
        "Das Ministerium gab keine Auskunft. Der Verband, der im Jahr 1990 von der Firma Kranich gegründet worden war, "
        "hat am Dienstag in einer Erklärung mitgeteilt, dass die alten Stollen keine Gefahr darstellen."
    )
    assert [q[1:] for q in found] == [(None, "Der Verband")]


def test_a_name_after_a_genitive_noun_in_a_prepositional_phrase_does_not_speak():
    # "nach dem Abschluss des Falls Huber": the case's name, not its speaker; "der Konzern Mars" after a verb still speaks
    found = _resolved(
        "Der Prozess gegen Karl Huber endete am Montag. Der Ermittler, der selbst als wichtiger Zeuge gilt, will nach dem "
        "Abschluss des Falls Huber keine Ermittlungen mehr führen: „Ein größerer Fall als Huber kommt nicht mehr.“"
    )
    assert [q[1:] for q in found] == [(None, "Der Ermittler")]


def test_a_capitalised_preposition_is_no_part_of_a_name_written_small():
    # "Laut faz.net appellierte …": the candidate phrase is "faz.net", not "Laut faz.net"
    from lagebild.nlp import quotes as q
    from lagebild.nlp.speaker_ranker import _phrases

    text = "Laut faz.net appellierte der Minister an die Teilnehmer."
    assert "faz.net" in [text[a:b] for a, b, _ in _phrases(text, 0, len(text), q)]


# --- spk13a: reported speech carried on with no frame of its own -------------------------------


def test_a_carried_report_takes_no_phrase_from_inside_the_message_before():
    # "…, weil die Erreger resistent sind. Die Furcht … könne …": the pathogens are what the doctors
    # said, not who goes on saying it
    found = _speaker_spans(
        "Kinder in armen Ländern erkranken viel häufiger an Keimen als anderswo. Ärzte aus Lyon machen dafür die Lage in den Kliniken verantwortlich. "
        "Sie gehen davon aus, dass bei bis zu 60 Prozent der schweren Infektionen von Kindern eine Behandlung durch Medikamente nicht mehr möglich ist, weil die Erreger resistent sind. "
        "Die Furcht vor einer Ansteckung könne die Eltern sogar daran hindern, mit ihren Kindern in eine Klinik zu gehen."
    )
    assert found == ["Sie", "Sie"]


def test_a_passive_report_in_between_names_who_goes_on():
    # "Von politischen Beobachtern wird dieser Schritt als wichtig gewertet. So könne …": the observers
    # report by themselves, the minister quoted before does not go on
    found = _speaker_spans(
        "Die Ministerin Anna Berger sagte, die Gespräche mit der Linkspartei seien gut verlaufen. "
        "Von politischen Beobachtern wird dieser Schritt als wichtig gewertet. So könne das Bündnis auch im Bund neue Mehrheiten möglich machen."
    )
    assert found == ["Anna Berger", "politischen Beobachtern"]
    # a passive that only narrates ("Von der Feuerwehr wurden drei Menschen gerettet") reports nothing
    found = _speaker_spans(
        "Die Ministerin Anna Berger sagte, die Gespräche seien gut verlaufen. Von der Feuerwehr wurden am Abend drei Menschen gerettet. "
        "Die Lage habe sich inzwischen beruhigt."
    )
    assert found == ["Anna Berger", "Anna Berger"]


def test_a_report_with_nothing_reported_before_takes_the_source_the_next_sentence_names():
    # "… ein Lagerhaus. Die Ursache sei unklar. Verletzt worden sei niemand, sagte ein Sprecher …": the
    # spokesman's report runs back over the sentence before his frame, not the old town in the narrative
    found = _resolved(
        "Am Morgen brannte in der Altstadt ein großes Lagerhaus. Die Ursache des Feuers sei noch völlig unklar. "
        "Verletzt worden sei niemand, sagte ein Sprecher der Feuerwehr."
    )
    assert [q[2] for q in found] == ["ein Sprecher der Feuerwehr", "ein Sprecher der Feuerwehr"]
    found = _resolved("In der Nacht stürzte an der Küste ein Hang ab. Die Straße bleibe mindestens eine Woche gesperrt. Laut der Polizei gibt es keine Verletzten.")
    assert [q[2] for q in found] == ["der Polizei", "der Polizei"]


# --- branch part13: quoted titles and words that are no one's speech --------------------------------


def test_a_kind_of_work_before_the_marks_names_its_title():
    # "des Musicals „…“", "der Enzyklika „…“": the noun of a work right before the marks gives its title
    found = _quotes("Die Sprecherin erklärte, die Komödie „Ein Abend mit Folgen“ werde im Herbst wieder gespielt.")
    assert [q[0] for q in found] == ["indirect"]
    found = _quotes("Der Intendant sagte, das Musical „Sturm über Hamburg“ sei seit Wochen ausverkauft.")
    assert [q[0] for q in found] == ["indirect"]
    # "zum Beispiel" is no play ("Spiel"): what follows it is the example said
    found = _quotes("Die Demonstranten skandierten Parolen wie zum Beispiel „Hände weg vom Hafen“.")
    assert [q[:2] for q in found] == [("partial", "Hände weg vom Hafen")]


def test_quoted_words_in_another_script_are_no_partial_quote():
    # „Нет войне“, „Единая Россия“: a name or a slogan given in its own script, not words quoted in passing
    assert _quotes("Die Demonstranten riefen „Нет войне“ und zogen weiter zum Rathaus.") == []
    found = _quotes("Vogt sagte, die Partei „Новая Сила“ werde bei der Wahl antreten.")
    assert [q[0] for q in found] == ["indirect"]
    # the same fragment in Latin letters stays the demonstrators' words
    assert _quotes("Die Demonstranten sprachen von einem „бессмысленная война“.") == []
    found = _quotes("Die Demonstranten sprachen von einem „sinnlosen Krieg“.")
    assert [q[:2] for q in found] == [("partial", "sinnlosen Krieg")]


def test_one_quoted_word_in_a_bracket_stands_in_the_brackets_clause():
    # "Nach Angaben des Senders … (samt der „…“)": the source frames the sentence, not the aside in brackets
    found = _quotes("Nach Angaben des Senders sahen im Schnitt drei Millionen Menschen die zehn Folgen (samt der „Wiedersehensgala“).")
    assert not [q for q in found if q[0] == "partial"]
    # a bracket that quotes a speaker's word has its own frame
    found = _quotes("Die Ministerin wies die Vorwürfe zurück (sie sprach von „Rufmord“).")
    assert [q[:2] for q in found if q[0] == "partial"] == [("partial", "Rufmord")]


def test_a_title_and_a_subtitle_after_a_dash_are_a_name():
    # „… – 1./2. Weltkrieg“: a title, a dash and a subtitle opening with a number or capital, no verb
    found = _quotes("Seit Mai verkauft der Händler, wie eine Sprecherin sagte, auch Kinderkostüme wie „Piratin – Abenteuer auf See“.")
    assert not [q for q in found if q[0] == "partial"]
    # a slogan after a noun of saying stays its carriers' words
    found = _quotes("Laut Polizei skandierten die Demonstranten Parolen wie „Hafen statt Autobahn – Schluss mit dem Lärm“.")
    assert [q[:2] for q in found if q[0] == "partial"] == [("partial", "Hafen statt Autobahn – Schluss mit dem Lärm")]


def test_a_persons_genitive_before_the_marks_names_a_work():
    # "Jens Köhlers „…“": a full name in the genitive, then capitalised words with no finite verb: a work's title
    found = _quotes("Im Herbst kommt Jens Köhlers „Abschied von der Küste“ in die Kinos, sagte die Verleiherin.")
    assert [q[0] for q in found] == ["indirect"]
    assert _quotes("Die Kritikerin lobte Jens Köhlers „Lieder aus dem Hafen“ als sein bestes Album.") == []
    # a statement with its verb after the name is the person's words
    found = _quotes("Die Kritikerin lobte Jens Köhlers „Ich bleibe hier“ als mutigen Satz.")
    assert [q[:2] for q in found] == [("partial", "Ich bleibe hier")]


def test_a_reputation_or_a_name_given_is_no_partial_quote():
    # "galt als „…“": what someone is taken for, not words said, even in a sentence that reports someone
    found = _quotes("Der Unternehmer galt in der Stadt lange als „heimlicher Bürgermeister“, sagte Vogt.")
    assert [q[0] for q in found] == ["indirect"]
    # a name given inside a reported clause ("das nenne man „…“"), with the aux in Konjunktiv too
    found = _quotes("Vogt sagte, ein solches Verfahren nenne man „Nachverdichtung“.")
    assert not [q for q in found if q[0] == "partial"]
    found = _quotes("Vogt erklärte, dass die Brache im Viertel nur „Wilde Wiese“ genannt werde.")
    assert not [q for q in found if q[0] == "partial"]
    # with the agent of the naming they are the agent's words
    found = _quotes("Die Deponie, die von Anwohnern seit Jahren als „Giftgrube“ bezeichnet wird, soll bald schließen.")
    assert [q[:2] for q in found] == [("partial", "Giftgrube")]


def test_a_name_given_with_the_participle_after_the_marks_is_no_partial_quote():
    # "werde in seiner Heimat „…“ genannt": the passive aux before, the participle of naming right after
    found = _quotes("Vogt sagte, der Stürmer werde in seiner Heimat „Bomber der Nation“ genannt.")
    assert [q[0] for q in found] == ["indirect"]


# --- branch direct13: direct quotes with broken mark pairs, as scraped ------------------------------


def test_a_quote_left_open_before_the_next_opener_ends_at_its_frame():
    # the closing mark lost before the frame: the first quote ends at ", sagte X", the next one opens anew
    found = [q for q in _quotes("„Wir halten die Deiche, sagte Petra Vogt. „Das Wasser steigt.“") if q[0] == "direct"]
    assert found == [("direct", "Wir halten die Deiche", "Petra Vogt"), ("direct", "Das Wasser steigt.", "Petra Vogt")]
    found = [q for q in _quotes("»Die Pumpen laufen, so Jens Köhler. »Wir schaffen das.«") if q[0] == "direct"]
    assert [q[1:] for q in found] == [("Die Pumpen laufen", "Jens Köhler"), ("Wir schaffen das.", "Jens Köhler")]
    # lost before the next speaker's frame: the first quote ends with its sentence, each has its speaker
    found = [q for q in _quotes("Petra Vogt sagte: „Wir halten die Deiche. Jens Köhler widersprach: „Das Wasser steigt.“") if q[0] == "direct"]
    assert found == [("direct", "Wir halten die Deiche.", "Petra Vogt"), ("direct", "Das Wasser steigt.", "Jens Köhler")]
    # a quote nested after a colon inside one that closes stays inside it
    found = _quotes("„Er rief nur: „Lauf weg!“, und dann war es still“, erzählte Petra Vogt.")
    assert [q[1:] for q in found if q[0] == "direct"] == [("Er rief nur: „Lauf weg!“, und dann war es still", "Petra Vogt")]


def test_a_quote_never_closed_ends_before_its_frame():
    # no closing mark anywhere: the quote ends at its inverted frame, not at the paragraph's end
    assert [q for q in _quotes("„Wir halten die Deiche, sagte Petra Vogt am Montag.") if q[0] == "direct"] == [
        ("direct", "Wir halten die Deiche", "Petra Vogt")
    ]
    # nor does a that-clause inside it run on into the narrator's next sentence
    found = _quotes("„Ich glaube, dass das Wasser bald sinkt, sagte Jens Köhler. Danach fuhr er zum Rathaus.")
    assert found == [("direct", "Ich glaube, dass das Wasser bald sinkt", "Jens Köhler")]
    # an opening mark standing for the closing one before the frame
    found = _quotes("Die Proben liegen im Labor. „Wir haben alle Proben zweimal geprüft „, sagte Jens Köhler. Das Ergebnis folgt im Mai.")
    assert [q for q in found if q[0] == "direct"] == [("direct", "Wir haben alle Proben zweimal geprüft", "Jens Köhler")]
    # a comma and a verb that frames nothing stay inside the quote
    found = _quotes("Petra Vogt sagte: „Wir kamen, sahen die Deiche und wussten Bescheid.")
    assert [q[1] for q in found if q[0] == "direct"] == ["Wir kamen, sahen die Deiche und wussten Bescheid."]


def test_a_that_clause_inside_a_direct_quote_does_not_run_on_past_it():
    # the "dass" is the speaker's own word: the clause after it ends with the quote, the narrator goes on
    for closer in ("“", '"'):
        text = f"Petra Vogt meinte: „Wir wissen, dass die Deiche halten werden{closer} und fuhr danach zum Rathaus, wo sie den Landrat traf."
        assert [q[0] for q in _quotes(text)] == ["direct"], text
    # a that-clause of the narrator's frame around a quote stays a report
    found = _quotes("Petra Vogt sagte, dass die Deiche „noch lange“ halten würden.")
    assert ("indirect", "die Deiche „noch lange“ halten würden", "Petra Vogt") in found


def test_a_quote_whose_opening_mark_was_lost_opens_with_its_sentence():
    # only the closing mark, glued to the last word, and an inverted frame: the sentence is the quote
    for closer in ("“", '"', "»"):
        text = f"Petra Vogt trat am Abend vor die Presse. Das Wasser steigt weiter{closer}, sagte sie."
        assert _quotes(text) == [("direct", "Das Wasser steigt weiter", "sie")], text
    # a mark after a number is no closer (inches), nor one whose opener stands glued to a word
    assert [q for q in _quotes('Der neue Bildschirm misst 27", sagte der Händler.') if q[0] == "direct"] == []
    assert [q for q in _quotes("Der Film heißt„Flut“, sagte Petra Vogt.") if q[0] == "direct"] == []
    # another quote before it in its sentence: where the opener stood is unknown
    found = _quotes("Die Stadt hat das Programm „Sichere Deiche“ im Mai gestartet, damit alle Keller trocken bleiben“, betonte Petra Vogt.")
    assert [q for q in found if q[0] == "direct"] == []


def test_a_quote_left_open_before_an_opener_of_another_style():
    # „…, sagte X. "…": the straight mark after the full stop opens the next quote, it closes nothing
    found = _quotes('„Wir halten die Deiche, sagte Petra Vogt. "Das Wasser steigt", sagte Jens Köhler.')
    assert found == [("direct", "Wir halten die Deiche", "Petra Vogt"), ("direct", "Das Wasser steigt", "Jens Köhler")]


def test_a_straight_pair_inside_a_typographic_quote_stays_inside_it():
    # „… "Nein" …“: the straight mark after "Nein" closes the inner pair, not the outer quote
    found = _quotes('„Sie sagte nur "Nein" und ging, mehr nicht“, erzählte Petra Vogt.')
    assert [q[1:] for q in found if q[0] == "direct"] == [('Sie sagte nur "Nein" und ging, mehr nicht', "Petra Vogt")]
    found = _quotes('»Das Amt nennt es "Restrisiko", ich nenne es Leichtsinn«, sagte Jens Köhler.')
    assert [q[1:] for q in found if q[0] == "direct"] == [('Das Amt nennt es "Restrisiko", ich nenne es Leichtsinn', "Jens Köhler")]
    # a straight closer with no straight opener inside still closes the typographic quote
    assert [q[1:] for q in _quotes('„Wir halten die Deiche", sagte Petra Vogt.') if q[0] == "direct"] == [("Wir halten die Deiche", "Petra Vogt")]


def test_the_paper_told_after_a_pronoun_subject_is_not_the_speaker():
    # "sagte sie der Zeitung": the pronoun speaks, the paper in the dative was told
    assert _quotes("Petra Vogt kam zu spät. „Alles andere hilft nicht“, sagte sie der Zeitung.") == [("direct", "Alles andere hilft nicht", "sie")]


def test_a_quote_never_closed_ends_before_the_narrator_reports_in_konjunktiv_i():
    # the paragraph's end does not close it where the narrator goes on reporting in Konjunktiv I
    text = "Jens Köhler sagte: „Wir brauchen neue Pumpen für den Keller. Die Kosten dafür seien nach Angaben der Stadt noch offen. Das Amt prüfe den Antrag."
    assert [q[1:] for q in _quotes(text) if q[0] == "direct"] == [("Wir brauchen neue Pumpen für den Keller.", "Jens Köhler")]
    # a speaker's own words in Konjunktiv I, with "wir", stay in the quote
    text = "Jens Köhler sagte: „Wir brauchen neue Pumpen. Man sagt uns, wir hätten kein Geld, aber wir seien selbst schuld."
    assert [q[1] for q in _quotes(text) if q[0] == "direct"] == ["Wir brauchen neue Pumpen. Man sagt uns, wir hätten kein Geld, aber wir seien selbst schuld."]


# --- prec14: precision of reported speech on unseen text ---


def test_a_relative_clause_with_a_capitalised_word_or_a_genitive_pronoun_is_no_report():
    # after a preposition the pronoun opens a relative clause whatever follows it, a number or a name
    assert _quotes("Petra Vogt besuchte die Messe, an der 4.000 Firmen aus Asien und Europa teilnehmen.") == []
    assert _quotes("Jens Köhler kritisierte die Ausstellung, in der Hansen Bilder von Schiffen mit Sternen kombiniert.") == []
    # "dessen"/"deren" with a noun, two verb-final clauses coordinated
    assert _quotes("Am Abend sagte der Anwalt Jens Köhler aus, dessen Büro in die Prüfung eingebunden war und viele Anzeigen erstattet hat.") == []
    # a main clause after the frame still reports, in Konjunktiv or with its verb second
    assert _quotes("Jens Köhler sagte, in der Stadt würden viele Häuser fehlen.")[0][:2] == ("indirect", "in der Stadt würden viele Häuser fehlen")
    assert _quotes("Petra Vogt sagte, in der Stadt gibt es keinen Strom.")[0][0] == "indirect"


def test_a_finding_with_its_subject_or_an_adverb_after_the_verb_is_no_report():
    # "zeigt ein einzelner …, dass", "belegt nun, dass", "legen nahe, dass": shown or found, nothing said
    assert _quotes("Während die Konzerne viel Geld ausgeben, zeigt ein einzelner Bastler, dass man auch mit wenig Geld weit kommt.") == []
    assert _quotes("Die Proben legen nahe, dass die Vögel das Virus verbreiten.") == []
    assert _quotes("Der Bericht belegt nun, dass die Mängel auch später noch bestanden.") == []
    # "zeigt sich überzeugt" frames what someone thinks; "behauptete, belegen zu können" what someone said
    assert _quotes("Petra Vogt zeigt sich überzeugt, dass die Brücke bald fertig wird.")[0][:2] == ("indirect", "die Brücke bald fertig wird")
    assert _quotes("Der Detektiv behauptete, belegen zu können, dass Köhler Fahrten falsch abgerechnet hat.")[0][0] == "indirect"
    # in Konjunktiv I the whole sentence is reported
    assert _quotes("Jens Köhler sagte, es sei längst belegt, dass die Kosten explodieren.")[0][0] == "indirect"


def test_a_finding_proven_is_no_report():
    # "konnte nachweisen, dass …": a study proves it, nobody says it; a speaker's Konjunktiv I still reports
    assert _quotes("Eine Studie der Universität Lindau konnte nachweisen, dass Kinder heute länger schlafen als gedacht.") == []
    assert _quotes("Der Arzt sagte, man habe nachgewiesen, dass das Mittel wirke.")[0][0] == "indirect"


def test_the_papers_own_earlier_report_frames_nothing():
    # "wie (ausführlich) berichtet", "wie gesagt" with no subject: the author points to the paper's report
    assert _quotes("Wie ausführlich berichtet, sieht der Entwurf vor, dass die Bahn Vorrang bekommt.") == []
    assert _quotes("Zuletzt hatte der Minister, wie berichtet, einen neuen Plan für die Brücke vorgelegt.") == []
    # with its source named the "wie" clause still frames the sentence
    assert _quotes("Wie der Minister berichtet, sieht der Entwurf vor, dass die Bahn Vorrang bekommt.")[0][0] == "indirect"
    assert _quotes("Jens Köhler hatte berichtet, die Brücke sei gesperrt.")[0][:2] == ("indirect", "die Brücke sei gesperrt")


def test_a_finding_with_the_separated_particle_is_no_report():
    # "fanden heraus, dass" is "herausfanden, dass": found out, nothing said
    assert _quotes("Die Forscher fanden heraus, dass die Bienen im Winter länger leben.") == []
    assert _quotes("Petra Vogt sagte, man habe herausgefunden, dass die Bienen länger lebten.")[0][0] == "indirect"


def test_shown_in_the_past_with_an_indicative_clause_is_no_report():
    # "zeigten, dass … waren": a finding shown; the clause has a verb only the indicative has
    assert _quotes("Die am Montag präsentierten Zahlen zeigten jedoch, dass die Firmen vor der Krise gut aufgestellt waren.") == []
    assert _quotes("Mit genetischen Methoden zeigten die Forscher nun, dass die Pflanze vier Gruppen umfasst.") == []
    # "zeigten" as Konjunktiv II in a report: its clause in Konjunktiv, or a verb Konjunktiv shares
    assert _quotes("Jens Köhler sagte, die Zahlen zeigten, dass die Firmen gut aufgestellt seien.")[0][0] == "indirect"
    found = _quotes("Laut Petra Vogt sind die Zahlen schlecht. Sie zeigten, dass die Regionen kein Einkommen schaffen können.")
    assert any(q[1] == "die Regionen kein Einkommen schaffen können" for q in found)
    assert _quotes("Petra Vogt zeigte sich überzeugt, dass die Brücke hält.")[0][:2] == ("indirect", "die Brücke hält")


# --- spk14b: speaker attribution round 14 ---


def test_the_phrase_after_the_verb_of_a_pronoun_subject_is_its_object():
    # "Er rief die Regierung … auf, …": the pronoun opening the clause speaks, not whom it addresses
    found = _resolved("Der Politiker Hans Berger sprach am Montag in Linz. Er rief die Regierung und die Opposition dazu auf, ihre Angriffe sofort einzustellen.")
    assert [q[1:] for q in found] == [("Hans Berger", None)]
    found = _resolved("Der Politiker Hans Berger sprach am Montag in Linz. Er forderte auch ein rasches Treffen der Parteien, eine Konferenz, um die Lage zu beruhigen.")
    assert [q[1:] for q in found] == [("Hans Berger", None)]
    # a document received speaks with its own words
    found = _quotes("Jens Köhler wartete lange auf Antwort. Er erhielt ein Schreiben der Behörde, dass der Antrag abgelehnt worden sei.")
    assert found == [("indirect", "der Antrag abgelehnt worden sei", "ein Schreiben der Behörde")]


def test_a_plural_sie_takes_up_no_single_person_and_the_interviewers_sie_is_the_one_who_answers():
    # "Sie haben …" with a plural verb after a group: no one person is its speaker
    found = _resolved("Der Helfer Jens Köhler verteilt im Lager Decken. Die rund 600 Menschen plagt die Ungewissheit. Sie haben die Nachricht, dass sie nicht mehr weiterkommen, noch nicht verdaut.")
    assert [q[1:] for q in found] == [(None, None)]
    # in the interviewer's question "Sie sagten einmal, …" addresses the one answering next, not the one named last
    found = _resolved(
        "Der Ökonom Jens Köhler sprach über Europa. STANDARD: Wie sehen Sie die Lage? Köhler: Die Lage ist ernst. "
        "STANDARD: Der Minister Hans Berger sieht das anders. Sie sagten einmal, es sei immer gut, fremd im eigenen Land zu sein. Köhler: Das stimmt."
    )
    assert [q[1] for q in found if q[0].startswith("es sei")] == ["Jens Köhler"]


def test_a_clause_held_by_a_denied_claim_is_the_claims_not_the_deniers():
    # "X bestreitet den Vorwurf, …": the accusation speaks, not the one who denies it
    found = _quotes("Jens Köhler trat am Montag vor die Presse. Köhler bestreitet den Vorwurf, er habe die Kasse des Vereins geplündert.")
    assert [q[1:] for q in found if q[0] == "indirect"] == [("er habe die Kasse des Vereins geplündert", "den Vorwurf")]
    found = _quotes("Petra Vogt wies jedoch die Darstellung zurück, die Pumpen seien zu spät eingeschaltet worden.")
    assert [q[2] for q in found if q[0] == "indirect"] == ["die Darstellung"]
    found = _quotes("Gerüchte, wonach die Stadt die Deiche nicht mehr prüfe, dementierte Petra Vogt am Abend.")
    assert [q[2] for q in found if q[0] == "indirect"] == ["Gerüchte"]
    # a claim the speaker makes her own stays hers
    found = _quotes("Petra Vogt teilte die Befürchtung, die Deiche könnten brechen.")
    assert [q[2] for q in found if q[0] == "indirect"] != ["die Befürchtung"]


def test_a_sie_opening_its_sentence_before_a_present_plural_is_plural():
    # "Sie stehen …": the verb in the second place has the infinitive's form, a plural; no one person speaks
    found = _resolved("Die Studentin Petra Vogt reiste vor einem Jahr nach Syrien. Ihre Eltern sind seit Mai in Haft. Sie stehen im Verdacht, eine Terrorgruppe finanziert zu haben.")
    assert [q[1:] for q in found] == [(None, None)]


# --- branch spk14a: speaker attribution on unseen text ---


def test_spk14a_the_phrase_after_the_verb_of_a_pronoun_subject_is_its_object():
    # "Sie warf der Regierung vor, …": the pronoun opening the sentence speaks, not the dative after the verb
    found = _quotes("Die Gewerkschaft ist empört. Sie warf der Regierung von Kanzlerin Petra Vogt vor, die Renten kürzen zu wollen.")
    assert [q[2] for q in found if q[0] == "indirect"] == ["Sie"]
    # an expletive "es" may stand before the subject; a passive "Sie werden …" names no speaker either
    found = _quotes("Die Stadt hat neue Regeln. Sie werden gemäß dem Erlass der Regierung ab Montag angewandt, hieß es.")
    assert all(q[2] != "dem Erlass der Regierung" for q in found)


def test_spk14a_a_phrase_inside_a_sentence_long_report_is_what_was_said():
    # "Dies sei vom Rechnungshof kritisiert worden.": the passive agent inside the report is content,
    # the speaker before goes on
    text = "Petra Vogt verteidigte am Abend ihre Pläne. Sie sagte, die Reform sei notwendig. Dies sei vom Rechnungshof kritisiert worden."
    assert [q[2] for q in _quotes(text) if q[0] == "indirect"] == ["Sie", "Sie"]
    # a frame inside the report still names its source
    text = "Petra Vogt verteidigte am Abend ihre Pläne. Sie sagte, die Reform sei notwendig. Die Kosten seien laut Rechnungshof zu hoch."
    assert [q[2] for q in _quotes(text) if q[0] == "indirect"][-1] == "Rechnungshof"


def test_spk14a_the_paper_told_after_a_described_speaker_is_cut_off_even_when_named():
    # "sagte der SPD-Politiker der Zeitung Welt": the paper, named after its noun, was told
    from lagebild.nlp.speaker_ranker import _before_an_object
    from lagebild.nlp.quotes import SpeakerRef

    text = "Man werde helfen, sagte der Politiker der Zeitung Welt am Sonntag."
    start = text.index("der Politiker")
    phrase = "der Politiker der Zeitung Welt"
    assert _before_an_object(text, SpeakerRef(phrase, start, start + len(phrase), "description")).phrase == "der Politiker"
    phrase = "der Politiker der Kronen Zeitung"
    text = f"Man werde helfen, sagte {phrase} am Sonntag."
    assert _before_an_object(text, SpeakerRef(phrase, text.index(phrase), text.index(phrase) + len(phrase), "description")).phrase == "der Politiker"


def test_spk14a_the_subject_of_a_while_clause_speaks_its_that_clause():
    # "Während X betont, dass …": "während" is the conjunction, its clause's subject says the that-clause
    text = "Das Rote Kreuz warnte vor einer Krise. Während Petra Vogt betont, dass die Hilfe ankomme, fehlt es an Geld."
    assert [q[2] for q in _quotes(text) if q[0] == "indirect"] == ["Petra Vogt"]
    # the preposition "während der Sitzung" still governs its phrase; the speaker follows the verb
    assert [q[2] for q in _quotes("Während der Sitzung erklärte Jens Köhler, die Pumpen seien defekt.") if q[0] == "indirect"] == ["Jens Köhler"]


# --- branch part14: precision of partial quotes ---


def test_a_noun_that_only_begins_with_a_stem_of_saying_frames_no_partial():
    # "Sprachförderung", "Ratenzahlungen", "Hoffnung" begin with "sprach", "rate", "hoff" but name no saying
    for text in (
        "Die Hoffnung auf „bessere Zeiten“ trieb die Familie nach Hamburg.",
        "Die Sprachförderung für Kinder mit „Deutsch als Zweitsprache“ beginnt im Herbst.",
        "Die Ratenzahlungen für das „Eigenheim“ belasten viele Familien.",
    ):
        assert [q for q in _quotes(text) if q[0] == "partial"] == [], text
    # the noun made of the verb of saying itself frames the words
    assert [q[:2] for q in _quotes("Die Warnung vor einem „Kollaps“ kam vom Verband.")] == [("partial", "Kollaps")]
    assert [q[:2] for q in _quotes("Die Forderungen nach einer „Wende“ fanden im Rat keine Mehrheit.")] == [("partial", "Wende")]


# --- branch part14b: partial quotes under a frame of calling ---


def test_one_lower_case_word_after_the_object_of_nennen_is_the_subjects_judgement():
    # "nannte die Lage „ernst“": the subject's word for the object, not the object's name
    assert _quotes("Die Landrätin nannte die Lage im Hafen „ernst“.") == [("partial", "ernst", "Die Landrätin")]
    assert _quotes("Jens Köhler nennt den Beschluss des Rates „überhastet“.") == [("partial", "überhastet", "Jens Köhler")]
    # "nennt man" gives a name; without a verb of calling a lower-case word after a noun is its name
    assert _quotes("Man nennt die Flut im Herbst „ernst“.") == []
    assert _quotes("Die Werft baut das Fährschiff „nordlicht“.") == []


def test_the_noun_of_a_particle_verbs_bare_stem_frames_no_partial():
    # "kündigte … an" says; "Kündigung" ends a contract, only "Ankündigung" is a noun of saying
    assert _quotes("Die Kündigung der „Ferienwohnung“ traf die Familie hart.") == []
    assert [q[:2] for q in _quotes("Die Ankündigung eines „harten Winters“ kam vom Wetterdienst.")] == [("partial", "harten Winters")]


def test_a_gloss_in_a_relative_clause_of_meaning_is_no_quote():
    # "was so viel bedeutet wie „…“": what a name means, not words said, even in a sentence with "heißt"
    assert _quotes("Das Dorf heißt Wolkenstein, was so viel bedeutet wie „hoch über den Wolken“.") == []
    assert _quotes("Die Bucht heißt Nordhafen, was soviel heißt wie „stiller Hafen“.") == []


# --- branch spk15a: pronoun speakers resolved to the wrong person ---


def test_spk15a_a_singular_sie_takes_no_man_the_article_names_as_such():
    # "vom Soziologen Karl Ebner … Sie hält fest": the feminine "sie" takes up the rule, not the man
    found = _resolved("Die Regel wurde vom Soziologen Karl Ebner aufgestellt. Sie hält fest, dass warme Luft immer nach oben steige.")
    assert [q[1] for q in found] == [None]
    # a woman named before is still the one "sie" refers to
    found = _resolved("Die Soziologin Anna Ebner stellte die Regel auf. Sie hält fest, dass warme Luft immer nach oben steige.")
    assert [q[1] for q in found] == ["Anna Ebner"]


def test_spk15a_a_pronoun_goes_on_with_the_pronoun_subject_of_the_sentence_before():
    # "Er hatte ähnlich wie Karl Ebner …, behauptete auch er": the subject "Er" goes on, not the man named beside it
    found = _resolved("Der Verband verklagt auch den Obmann Jens Köhler. Er hatte ähnlich wie Karl Ebner von einer Fälschung gesprochen. Die Bilder seien gestellt gewesen, behauptete auch er.")
    assert [q[1] for q in found] == ["Jens Köhler"]
    found = _resolved("Der Minister Jens Köhler war in Linz. Er traf am Montag den Bürgermeister Karl Ebner. Die Gespräche seien gut verlaufen, sagte er danach.")
    assert [q[1] for q in found] == ["Jens Köhler"]
    # a sentence with a person of its own as subject in between breaks the chain
    found = _resolved("Jens Köhler war in Linz. Er traf dort Karl Ebner. Ebner lobte den Plan. Die Gespräche seien gut verlaufen, sagte er danach.")
    assert [q[1] for q in found] == ["Karl Ebner"]


def test_spk15a_a_carried_source_that_names_no_person_stays_as_described():
    # "Laut Entschärfungsdienst … . Der Zünder sei …": the service goes on speaking, not the minister named before
    found = _resolved("Innenminister Karl Ebner besuchte am Freitag den Tatort. Laut Entschärfungsdienst handelte es sich um eine Rohrbombe. Der Zünder sei aber defekt gewesen.")
    assert [q[1:] for q in found] == [(None, "Entschärfungsdienst")] * 2
    # a role carried on still stands for the person it was bound to
    found = _resolved("Innenminister Karl Ebner besuchte am Freitag den Tatort. Die Lage sei ernst, sagte der Minister. Man werde die Polizei verstärken.")
    assert [q[1] for q in found] == ["Karl Ebner"] * 2


def test_spk15a_a_source_named_in_the_interviewers_question_does_not_go_on_into_the_answer():
    # "STANDARD: Laut dem Innenministerium … Vogt: … Außerdem glaube ich, …": the one answering speaks
    found = _resolved(
        "Die Soziologin Petra Vogt forscht seit Jahren zur Polizei. STANDARD: Laut dem Innenministerium war die Polizei in der Nacht früh informiert. "
        "Wieso wurde das verschwiegen? Vogt: Hier zeigen sich Widersprüche zwischen Basis und Führung. Ich denke, dass der erste Hinweis falsch "
        "verstanden wurde – nach dem Motto: Alles ist ruhig. Außerdem glaube ich, dass die Meldungen bei mehreren Behörden eingegangen sind."
    )
    assert [q[1] for q in found] == ["Innenministerium", "Petra Vogt", "Petra Vogt"]


# --- branch spk15b: speakers named by a noun with a place inside their phrase ---


def test_a_place_named_inside_the_phrase_of_a_body_or_person_is_not_the_speaker():
    # the police, the prefecture, the prosecutor speak: shown as described, not as their place
    assert _resolved("Die Schäden seien größer als erwartet, teilte die Kantonspolizei Zürich am Montag mit.") == [
        ("Die Schäden seien größer als erwartet", None, "die Kantonspolizei Zürich")
    ]
    assert _resolved("Die Lage sei unter Kontrolle, erklärte die Präfektur des Departements Pas-de-Calais am Abend.")[0][1:] == (
        None, "die Präfektur des Departements Pas-de-Calais"
    )
    assert _resolved("Er habe einen Anschlag geplant, erklärte der Staatsanwalt des Bezirks Süd des Bundesstaates Ohio.")[0][1] is None
    assert _resolved("Der Wanderer stürzte ab. Laut Bergrettung Mayrhofen war der Weg vereist.")[0][1:] == (None, "Bergrettung Mayrhofen")
    # a noun of saying names whose words they are: the place stays the source
    assert _resolved("Die Straße ist frei. Laut Angaben des Landes Tirol ist die Gefahr gebannt.")[0][1] == "Tirol"


def test_a_genitive_owner_before_adjectives_or_a_quoted_role_owns_the_speaker():
    # "Hongkongs umstrittene Regierungschefin Carrie Lam": adjectives and quote marks may stand between
    # the owner and its noun; the person named after the role speaks, not the place
    found = _resolved("Die Forderungen seien unerfüllbar, sagte Hongkongs umstrittene Regierungschefin Carrie Lam am Dienstag.")
    assert [q[1] for q in found] == ["Carrie Lam"]
    found = _resolved("Die Lage sei ernst, sagte Frankreichs neuer Außenminister Jean-Yves Le Drian.")
    assert [q[1] for q in found] == ["Jean-Yves Le Drian"]
    found = _resolved("Das Nachtleben sei wichtig für die Stadt, sagte Den Haags „Nachtbürgermeister“ Pat Smith der Zeitung.")
    assert [q[1] for q in found] == ["Pat Smith"]
    # an article after the name opens an object, no adjective of an owned noun
    found = _resolved("Man brauche neue Regeln, sagte Günter Krings. Man müsse handeln, sagte Krings der Düsseldorfer Zeitung.")
    assert [q[1] for q in found] == ["Günter Krings", "Günter Krings"]


def test_a_genitive_owner_opening_a_source_phrase_owns_the_speaker():
    # "nach Angaben von Müllers Sprecherin Anna Roth": the spokeswoman speaks, not her minister
    found = _resolved("Die Minister waren sich nach Angaben von Müllers Sprecherin Anna Roth einig.")
    assert [q[1] for q in found] == ["Anna Roth"]


def test_a_frames_source_ends_before_der_with_an_adjective_in_e():
    # "laut Polizei | der frühere Bürgermeister …": "der" + "-e" is a nominative, the clause's subject,
    # never a genitive of the source ("laut Angaben der örtlichen Polizei" goes on)
    found = _resolved("Im Mai wurde laut Polizei der frühere Bürgermeister Hans Maier festgenommen.")
    assert [q[1:] for q in found] == [(None, "Polizei")]
    found = _resolved("Bei dem Treffen war laut Diplomaten der russische Außenminister Sergej Lawrow anwesend.")
    assert [q[1:] for q in found] == [(None, "Diplomaten")]
    found = _resolved("Laut Angaben der örtlichen Polizei wurde bei dem Brand niemand verletzt.")
    assert [q[2] for q in found] == ["Angaben der örtlichen Polizei"]


def test_a_kin_word_owned_by_a_name_speaks_not_its_owner():
    # "Hassans Ehefrau", "Bergs Familie": someone of the owner's speaks, shown as described, not the
    # owner nor the person spoken of before
    found = _resolved("Der Blogger Karim Hassan sitzt seit Monaten in Haft. Hassans Ehefrau sagte am Sonntag, sie fürchte um sein Leben.")
    assert [q[1:] for q in found] == [(None, "Hassans Ehefrau")]
    found = _resolved("Die Sängerin Lena Berg ist gestorben. Wie Bergs Familie bestätigte, starb sie am Samstag in ihrer Wohnung.")
    assert [q[1:] for q in found] == [(None, "Bergs Familie")]
    # a noun for a thing leaves the owner the source
    found = _resolved("Der Minister Paul Roth ist zurückgetreten. Roths Büro teilte mit, er wolle sich erholen.")
    assert [q[1] for q in found] == ["Paul Roth"]


def test_a_place_in_an_extended_attribute_only_places_the_speaker():
    # "die in Graz tätige Politologin Maria Huber": the attribute of a preposition's phrase and a participle
    # belongs to the phrase, and the place in it does not speak
    found = _resolved("Die Partei habe sich neu aufgestellt, sagt die in Graz tätige Politologin Maria Huber.")
    assert [q[1] for q in found] == ["Maria Huber"]
    found = _resolved("Die Lage sei ernst, sagte der für Syrien zuständige UN-Gesandte Staffan de Mistura.")
    assert [q[1] for q in found] == ["Staffan de Mistura"]


def test_a_title_tagged_as_a_name_inside_a_source_phrase_gives_way_to_the_person():
    # "nach Angaben des Grazer Tourismuschefs Karl Huber": the tagger takes the title for a name; the person speaks
    found = _resolved("Der Markt öffnet früher. Ziel ist nach Angaben des Grazer Tourismuschefs Karl Huber, mehr Gäste in die Stadt zu holen.")
    assert [q[1] for q in found] == ["Karl Huber"]


def test_a_role_owned_by_a_possessive_is_not_its_owner():
    # "Wie sein Sprecher mitteilte": the spokesman speaks, not the man who spoke before and owns him
    found = _resolved("Premier Tom Berg liegt im Krankenhaus. „Mir geht es gut“, sagte Berg. Wie sein Sprecher mitteilte, sei sein Zustand stabil.")
    assert [q[1:] for q in found][-1] == (None, "sein Sprecher")
    # one the story binds to the role still speaks
    found = _resolved("Premier Tom Berg liegt im Krankenhaus. Sein Sprecher Jan Vogel sagte, es gehe ihm gut. Am Abend sagte sein Sprecher, der Zustand sei stabil.")
    assert [q[1] for q in found] == ["Jan Vogel", "Jan Vogel"]


# --- spk16a: role and person nouns of speakers ---------------------------------------------------


def test_a_prosecutor_is_a_role_bound_to_the_one_named():
    # "Staatsanwalt" ends in "anwalt": a role like "Sprecher", so "Dem Staatsanwalt zufolge" is the prosecutor named before
    found = _resolved("Die Tat sei geplant gewesen, sagte Staatsanwalt Karl Weber. Dem Staatsanwalt zufolge war der Täter allein.")
    assert [q[1] for q in found] == ["Karl Weber", "Karl Weber"]


def test_two_titles_joined_by_und_before_a_name_are_that_persons():
    # "Parteichef und Spitzenkandidat Jens Moll": both titles are his; he speaks, not the first title
    found = _resolved("Die Steuern müssten sinken, sagte Parteichef und Spitzenkandidat Jens Moll am Montag.")
    assert [q[1] for q in found] == ["Jens Moll"]
    found = _resolved("Die Rate sei niedrig, erklärte der Virologe und Studienleiter Hendrik Brandt.")
    assert [q[1] for q in found] == ["Hendrik Brandt"]
    # a name of its own after "und" is someone else
    found = _resolved("Die Steuern müssten sinken, sagte der Parteichef und Jens Moll nickte.")
    assert [q[1:] for q in found] == [(None, "der Parteichef")]


# --- prec16: that-clauses that are no report ---


def test_a_that_clause_after_dadurch_is_a_means_not_a_report():
    # "dadurch, dass …" names how something happens; nobody says the that-clause
    assert _quotes("Die Gemeinde spart viel Geld dadurch, dass sie nachts die Lampen in den Parks abschaltet.") == []
    assert _quotes("Der Verein fiel vor allem dadurch auf, dass er seine Mitglieder nie zu Wort kommen ließ.") == []
    # a frame closing the sentence still reports all of it
    found = _quotes("Der Verein wird dadurch bestraft, dass er drei Spiele ohne Zuschauer austragen muss, sagte der Sprecher.")
    assert [q[1] for q in found] == ["Der Verein wird dadurch bestraft, dass er drei Spiele ohne Zuschauer austragen muss"]


def test_a_that_clause_inside_a_condition_is_supposed_not_reported():
    # "Hätte X gewusst, dass …", "Sollte X zum Schluss kommen, dass …", "Wenn X feststellt, dass …": a case supposed
    assert _quotes("Hätte die Feuerwehr gewusst, dass im Keller noch Gasflaschen lagerten, wäre sie früher eingeschritten.") == []
    assert _quotes("Sollte die Kommission zum Schluss kommen, dass die Firma betrogen hat, drohen hohe Strafen.") == []
    assert _quotes("Wenn die Behörde feststellt, dass die Werte überschritten sind, wird die Anlage geschlossen.") == []
    # in Konjunktiv I after a verb of saying it stays reported
    found = _quotes("Der Anwalt sagte, wenn das Gericht feststelle, dass der Vertrag ungültig sei, müsse die Stadt zahlen.")
    assert [q[2] for q in found] == ["Der Anwalt"]


# --- spk16c: speakers taken from the wrong phrase of the frame ---


def test_a_bare_spokesman_is_not_the_protagonist_he_speaks_for():
    # "berichtete der Sprecher": the spokesman speaks for the man the quote is about, he is not that man
    found = _resolved("Der kranke Bürgermeister Otto Lang liegt in der Klinik. Wie sein Sprecher am Morgen mitteilte, gehe es ihm besser. Lang habe auch kein Fieber mehr, berichtete der Sprecher.")
    assert [q[1:] for q in found][-1] == (None, "der Sprecher")
    found = _resolved("Die Ministerin Eva Kern ist empört. Sie werde alles aufklären, sagte Kern. Man habe sofort gehandelt, sagte die Sprecherin.")
    assert [q[1:] for q in found][-1] == (None, "die Sprecherin")
    # one the story calls a spokesman is still he
    found = _resolved("Die Ministerin Eva Kern ist empört. Man habe sofort gehandelt, sagte Jan Vogel, Sprecher des Ministeriums. Man prüfe alles, sagte der Sprecher.")
    assert [q[1] for q in found] == ["Jan Vogel", "Jan Vogel"]
    found = _resolved("Das Amt prüft den Fall. Man werde alles aufklären, sagte Amtssprecher Jan Vogel. Die Leiterin Eva Kern sei empört, hieß es. Kern habe sofort gehandelt, sagte der Sprecher.")
    assert [q[1] for q in found][-1] == "Jan Vogel"


def test_a_role_named_in_apposition_after_a_coordinated_or_abbreviated_body():
    # "der Sprecher der Gruppe für Freiheit und Recht (GFR), Jan Ortiz,": the name after the attribute is his,
    # not a person bound to the role elsewhere in the story
    found = _resolved("Die Polizei nahm zehn Menschen fest. Das sagte der Sprecher der Gruppe für Freiheit und Recht (GFR), Jan Ortiz, am Montag. Der Papst sei zufrieden, sagte Vatikan-Sprecher Paolo Conti.")
    assert [q[1] for q in found] == ["Jan Ortiz", "Paolo Conti"]
    found = _resolved("Die Stadt spart. Das sagte die Chefin der Verkehrsbetriebe (WVB), Ina Roth, am Montag.")
    assert [q[1] for q in found] == ["Ina Roth"]


def test_the_ranker_weighs_the_candidates_its_filters_leave():
    # speaker_candidates is what the ranker is fitted on; weighed_candidates what it chooses among:
    # the phrase inside a relative clause set between commas is no subject of the clause around it
    from lagebild.nlp import speaker_ranker
    from lagebild.nlp.quotes import _rule_quotes

    text = "Die Initiative, die von der Stadtwerke-Gruppe gegründet wurde, hat bekannt gegeben, dass der Deich erhöht werde."
    article = _tagged_article(text, others=("Stadtwerke-Gruppe",))
    quotes, refs, contexts, sentences = _rule_quotes(article)
    quote = next(q for q in quotes if q.text.startswith("der Deich"))
    n, previous = contexts[quote.id]
    ctx = speaker_ranker._Context(article, sentences, quotes)
    offered = [c.phrase for c in speaker_ranker.speaker_candidates(ctx, quote, n, refs.get(quote.id), previous)]
    weighed = [c.phrase for c in speaker_ranker.weighed_candidates(ctx, quote, n, refs.get(quote.id), previous)]
    assert any("Stadtwerke" in p for p in offered)
    assert not any("Stadtwerke" in p for p in weighed) and any("Initiative" in p for p in weighed)
    assert _quotes(text, others=("Stadtwerke-Gruppe",))[0][2] == "Die Initiative"


def test_a_dateline_place_is_not_the_speaker():
    # "Graz – Am Montag forderte die Gewerkschaft, …": the place set off by a dash opens the report, it does not speak
    found = _resolved("Streit um die Löhne. Graz – Am Montag forderte die Gewerkschaft Vida die Betriebe auf, die Löhne der Lehrlinge sofort zu erhöhen.")
    assert found and found[0][1] != "Graz"


def test_a_speaker_supposed_in_a_condition_is_not_who_reports():
    # "Wenn die Stadt erklärt, dass …, sagte X": the main clause's speaker reports the sentence before, not the city supposed
    found = _resolved(
        "Die Bürgermeisterin Eva Kern und der Landrat Otto Lang stellten am Montag strengere Regeln in Aussicht. "
        "Auch höhere Gebühren seien denkbar. Wenn die Stadt Linz erklärt, dass sie allein zahlt, wäre das noch zu wenig, sagte Kern am Abend."
    )
    gebühren = next(q for q in found if q[0].startswith("Auch höhere Gebühren"))
    assert gebühren[1] != "Linz" and gebühren[1] in ("Eva Kern", None)


def test_a_role_of_another_origin_is_another_person():
    # "der österreichische Innenminister Karl Huber … sagte der italienische Innenminister": the same office
    # of another country is someone else, not the minister named before
    found = _resolved(
        "Die Minister trafen sich in Rom. Die Grenze bleibe offen, sagte der österreichische Innenminister Karl Huber am Montag. "
        "Auch die Kontrollen würden verstärkt, sagte der italienische Innenminister."
    )
    assert [q[1:] for q in found][-1] == (None, "der italienische Innenminister")
    # the same origin is still he
    found = _resolved(
        "Die Minister trafen sich in Rom. Die Grenze bleibe offen, sagte der österreichische Innenminister Karl Huber am Montag. "
        "Auch die Kontrollen würden verstärkt, sagte der österreichische Innenminister."
    )
    assert [q[1] for q in found][-1] == "Karl Huber"


def test_a_titled_name_in_apposition_after_a_role():
    # "Das sagte der Kommissionspräsident, FDP-Nationalrat Karl Huber (FDP, Linz),": the titled name beside the
    # role is his, not whoever was named before
    found = _resolved(
        "Die Kommission prüft den Fall von Bürgermeisterin Eva Kern. Eine Entscheidung falle im Mai. "
        "Das sagte der Kommissionspräsident, FDP-Nationalrat Karl Huber (FDP, Linz), am Abend vor den Medien."
    )
    assert [q[1] for q in found][-1] == "Karl Huber"


def test_a_straight_mark_after_a_full_stop_that_opens_the_next_statement():
    # "A. "B", sagte X.: a straight mark with a blank before it and a capital glued after it, after a
    # full stop, opens a new statement; the quote before it lost its closing mark, and the marks after
    # it pair up from there (a closer with a blank before it still closes)
    text = 'Die Ministerin äußerte sich am Montag in Kiel. "Wir bleiben bei unserem Kurs. "Niemand wird im Stich gelassen."Sie nannte keine Zahlen. "Die Hilfen kommen rasch und ohne viel Papier ", sagte Anna Berger.'
    found = [(kind, quote) for kind, quote, _speaker in _quotes(text)]
    assert found == [
        ("direct", "Wir bleiben bei unserem Kurs."),
        ("direct", "Niemand wird im Stich gelassen."),
        ("direct", "Die Hilfen kommen rasch und ohne viel Papier"),
    ]
    assert _quotes(text)[-1][2] == "Anna Berger"


def test_a_paper_named_in_quote_marks_with_its_edition_in_brackets():
    # "sagte er der „Kieler Post“ (Samstag)": the bracket gives the paper's edition; the quoted words are its name
    for edition in ("(Samstag)", "(online)", "(Sonntagsausgabe)"):
        text = f"Die Brücke bleibe gesperrt, sagte Jens Köhler dem „Kurier“ {edition}. Der Umbau dauere länger."
        assert not [q for q in _quotes(text) if q[0] in ("direct", "partial")], edition
    # a quote with its own bracket of a party stays
    assert ("partial", "sehr ernst", "Petra Vogt") in _quotes("Die Lage sei „sehr ernst“ (SPD-Kreise), sagte Petra Vogt.")


def test_a_gloss_after_a_quoted_word_and_a_dash_is_no_quote():
    # "den Hashtag „#Deichwacht“ – „Wache am Deich“": the second quote says what the first word means
    text = "Die Feuerwehr teilte das Video mit dem Wort „Deichwacht“ – „Wache am Deich“. Tausende sahen es."
    assert not [q for q in _quotes(text) if q[0] in ("direct", "partial")]


def test_a_quote_never_closed_ends_at_a_gap_in_the_text():
    # scraped text that dropped a stretch leaves two blanks: a quote that lost its closing mark ends there,
    # the words after the gap are the narrator's
    text = "Petra Vogt sagte am Montag: „Wir bauen die Brücke bis zum Som  Die Stadt hat dafür zehn Millionen Euro eingeplant. Der Bau beginnt im Mai."
    assert _quotes(text)[0] == ("direct", "Wir bauen die Brücke bis zum Som", "Petra Vogt")
    # one blank is no gap: the quote runs on
    text = "Petra Vogt sagte am Montag: „Wir bauen die Brücke bis zum Sommer. Die Stadt hat dafür zehn Millionen Euro eingeplant."
    assert _quotes(text)[0][1].startswith("Wir bauen die Brücke bis zum Sommer. Die Stadt")


def test_a_that_clause_waited_for_or_brought_about_is_no_report():
    # "wartete darauf, dass …", "trug dazu bei, dass …": the pronominal adverb ends the main clause of a verb
    # that neither says nor thinks; what follows is a state of affairs, even with a subject
    assert _indirect("Der Bauer Jens Köhler wartete wochenlang darauf, dass ihm die Versicherung den Schaden am Stall ersetzt.") == []
    assert _indirect("Die Lehrerin Petra Vogt trug damals entscheidend dazu bei, dass die Schule länger offen blieb.") == []
    # a verb of saying or asking keeps its report; a reflexive verb of feeling and a noun with the verb too
    assert _indirect("Die Polizei bat am Montag darum, dass sich weitere Zeugen des Unfalls melden.") == ["sich weitere Zeugen des Unfalls melden"]
    assert _indirect("Der Minister Jens Köhler drängte darauf, dass die Schulen im Bezirk länger offen bleiben.") == ["die Schulen im Bezirk länger offen bleiben"]
    assert _indirect("Der Wirt Jens Köhler ärgerte sich darüber, dass die Gäste am Abend ausblieben.") == ["die Gäste am Abend ausblieben"]


def test_a_condition_after_a_verb_of_warning_is_not_what_was_said():
    # "warnten vor den Folgen, wenn …" in the indicative: when the warning holds, not its words
    assert _indirect("Ärzte haben wiederholt vor schweren Schäden gewarnt, wenn Kinder zu lange vor dem Bildschirm sitzen.") == []
    # in Konjunktiv I the condition is part of what was said
    assert _indirect("Der Minister Jens Köhler warnte, wenn die Stadt nicht handle, drohe ein Chaos in den Schulen.") == [
        "wenn die Stadt nicht handle, drohe ein Chaos in den Schulen"
    ]


def test_a_clause_inside_a_question_is_asked_not_reported():
    # the that-clause or infinitive clause runs to the question mark: an interviewer's or the author's question
    assert _indirect("Keine Angst, dass dann die Mieten in der Stadt weiter steigen?") == []
    assert _indirect("Bedeutet das im Ergebnis, dass die Gemeinde doch wieder Ausnahmen machen darf?") == []
    # a verb of asking frames a reported question
    assert _indirect("Die Mutter Petra Vogt fragt, wann die Grenze wieder geöffnet werde und wohin sie dann gehen solle?") == [
        "wann die Grenze wieder geöffnet werde und wohin sie dann gehen solle"
    ]


def test_a_relative_clause_after_the_object_of_a_verb_of_saying():
    # "denen", "deren", "dessen" are never articles: "…, von denen jede Spur fehlt" describes the noun before it
    assert _indirect("Die Behörde berichtete am Montag von mehr als hundert Kindern, von denen jede Spur verloren gegangen ist.") == []
    # a preterite modal that looks like Konjunktiv II ends a relative clause in the indicative
    assert _indirect("Das Magazin warnt allerdings jene Firmen, die aus Vorsicht nur auf geprüfte Programme setzen sollten.") == []


def test_after_reports_about_something_names_no_source():
    # "nach Berichten über …": after reports about a thing, not according to them
    assert _indirect("Am Freitag hatte das Ministerium den Botschafter nach Berichten über die Schändung eines Friedhofs einbestellt.") == []
    # "nach Berichten der Zeitung" still names the source
    assert _indirect("Am Freitag hat das Ministerium nach Berichten der Zeitung den Botschafter einbestellt.") == [
        "Am Freitag hat das Ministerium nach Berichten der Zeitung den Botschafter einbestellt"
    ]


def test_an_indirect_question_held_by_a_noun_of_asking_after_a_preposition():
    # "bei der Frage, welche …": the question is the matter a demand is about, not what was said
    assert _indirect("Der Elternverein Petra Vogts fordert ein Mitspracherecht bei der Frage, welche Lehrer künftig eingestellt werden.") == []
    # a verb of asking still reports the question
    assert _indirect("Der Elternverein fragte am Montag, welche Lehrer künftig eingestellt werden sollen.") == [
        "welche Lehrer künftig eingestellt werden sollen"
    ]


def test_a_participle_phrase_after_a_closing_frame_is_not_what_was_said():
    # "…, sagt Vogt, angesprochen auf …": the phrase around a participle describes the speaker; the message
    # is the clause before the frame
    assert _indirect("Die Lage ist tatsächlich ernster als gedacht, sagt Petra Vogt, angesprochen auf die neuen Zahlen der Stadtwerke.") == [
        "Die Lage ist tatsächlich ernster als gedacht"
    ]
    # a frame inside a message in Konjunktiv I still reports what goes on after it
    assert _indirect("Alles in allem sei es, so der Bericht der Prüfer, möglich gewesen, die Wahl frei abzuhalten.") == [
        "Alles in allem sei es, so der Bericht der Prüfer, möglich gewesen, die Wahl frei abzuhalten"
    ]


def test_a_time_clause_after_a_verb_of_declaring_is_not_what_was_said():
    # "…zum Sieger erklärt, nachdem …" in the indicative: when it was declared, not the words
    assert _indirect("Der Fahrer Jens Köhler wurde nachträglich zum Sieger erklärt, nachdem sein Gegner wegen Dopings gesperrt worden war.") == []


def test_names_ranked_one_before_the_other_after_a_colon_are_not_said():
    # "Quoten: „A“ vor „B“": two titles ranked after a colon, not words said
    text = "Die Zahlen vom Sonntag. Einschaltquoten: „Die Fischer vom Bodensee“ vor „Kommissar Brandt“."
    assert not [q for q in _quotes(text) if q[0] in ("direct", "partial")]
    # a statement after a colon is still a direct quote
    text = "Petra Vogt sagte am Montag: „Wir liegen vor dem Zeitplan.“"
    assert _quotes(text)[0][0] == "direct"


def test_a_finding_that_can_be_confirmed_or_a_fact_used_is_not_what_was_said():
    # "ließ sich kaum bestätigen, dass …": impersonal, a finding of the study, nobody says it
    assert _indirect("Im Vergleich der Klassen ließ sich kaum bestätigen, dass längere Pausen die Noten verbessern.") == []
    # "die Tatsache aus, dass …": a fact used, the noun before a separable particle
    assert _indirect("Die Forscherinnen nutzten die Tatsache aus, dass Fichtenharz bei Kälte rasch erstarrt.") == []
    # a verb of saying still reports
    assert _indirect("Die Forscherin Petra Vogt sagte, dass Fichtenharz bei Kälte rasch erstarrt.") == [
        "Fichtenharz bei Kälte rasch erstarrt"
    ]


def test_a_bare_clause_of_condition_after_a_threat_is_not_what_was_said():
    # "…gedroht, sollte …" / "…, falls …" in the indicative: the circumstance, not the words
    assert _indirect("Die Gewerkschaft der Bahn hat mit einem neuen Streik gedroht, sollte bis Ostern kein Angebot vorliegen.") == []
    assert _indirect("Die Gemeinde drohte dem Bauherrn mit einer hohen Strafe, falls die Frist für den Umbau verstreicht.") == []
    # a reason given stays
    assert _indirect("Petra Vogt kritisierte den Plan der Gemeinde, weil er viel zu teuer sei.") == [
        "weil er viel zu teuer sei"
    ]


def test_a_pronominal_adverb_before_a_participle_holds_a_state_not_a_report():
    # "…darin gegeben, dass …", "…darauf gewartet, dass …": the verb after an auxiliary neither says nor
    # thinks; the that-clause is a state of affairs
    assert _indirect("Der Vorteil des neuen Plans war vor allem darin gegeben, dass die Kosten sinken.") == []
    assert _indirect("Die Gemeinde hat lange darauf gewartet, dass die neue Schule fertig ist.") == []
    # a verb of saying after the adverb still reports
    assert _indirect("Die Gemeinde hat darauf hingewiesen, dass die neue Schule fertig ist.") == [
        "die neue Schule fertig ist"
    ]


def test_an_inference_that_lies_near_is_not_what_was_said():
    # "Der Schluss liegt nahe, dass …": the author's inference, nobody quoted
    assert _indirect("Der Schluss liegt nahe, dass die Rechnungen der Firma gefälscht sind.") == []
    # a verb of saying still reports
    assert _indirect("Die Prüferin Petra Vogt sagte, dass die Rechnungen der Firma gefälscht sind.") == [
        "die Rechnungen der Firma gefälscht sind"
    ]


def test_an_infinitive_after_a_modal_passive_of_urging_is_the_authors_demand():
    # "Die Firma muss gedrängt werden, … zurückzunehmen": the subject of the passive is the one urged,
    # nobody is quoted
    assert _indirect("Die Firma Huber muss gedrängt werden, diesen falschen Beschluss zurückzunehmen.") == []
    # an active verb of urging still reports the demand
    assert _indirect("Die Bürgerinitiative drängte die Firma Huber, diesen falschen Beschluss zurückzunehmen.") == [
        "diesen falschen Beschluss zurückzunehmen"
    ]


def test_a_frame_source_without_article_ends_before_an_inflected_noun():
    # "laut Anklage | Gelder …": a plural noun after a bare noun opens the clause's own phrase, no name after a title
    quotes = _resolved("Der frühere Bürgermeister Karl Brenner soll laut Anklage Gelder aus der Stadtkasse veruntreut haben.")
    assert [q[2] for q in quotes] == ["Anklage"]



def test_a_date_without_article_between_auxiliary_and_participle_is_not_the_speaker():
    # "hatte Ende März erklärt": the date says when, it is no candidate speaker; the subject before the auxiliary is
    text = "Die Abstimmung ist für Sonntag angesetzt. Der seit Jahren regierende Landeschef hatte Ende März erklärt, er trete erneut an."
    found = _ranker_candidates(text)
    assert "Ende März" not in found[0]
    assert any("Landeschef" in phrase for phrase in found[0])
    # the rules take no date for a name either
    assert _rule_speakers("Die Abstimmung ist für Sonntag angesetzt. Brenner hatte Ende März erklärt, er trete erneut an.") != [("er trete erneut an", "Ende März")]


def _weighed_candidates(text: str, others: tuple[str, ...] = ()):
    """For each quote the rules find: the phrases the ranker chooses among, after the grammar's filters."""
    from lagebild.nlp import speaker_ranker
    from lagebild.nlp.quotes import _rule_quotes

    article = _tagged_article(text, others)
    quotes, refs, contexts, sentences = _rule_quotes(article)
    ctx = speaker_ranker._Context(article, sentences, quotes)
    found = []
    for quote in quotes:
        n, previous = contexts[quote.id]
        found.append([c.phrase for c in speaker_ranker.weighed_candidates(ctx, quote, n, refs.get(quote.id), previous)])
    return found


def test_the_subject_opening_a_dass_or_ob_clause_is_not_its_speaker():
    # ", dass Kormorane …": the phrase opening the reported clause is what it is about
    text = "Eine Studie der Universität Freiburg zählt die Tiere. Zugleich weist diese darauf hin, dass Kormorane in Europa eine geschützte Art sind."
    found = _weighed_candidates(text, others=("Kormorane", "Universität Freiburg"))
    assert "Kormorane" not in found[0] and "Universität Freiburg" in found[0]
    text = "Der Anbieter Netzplus nennt keine Preise. Netzplus gibt nur an, ob Glasfaser verfügbar ist oder nicht."
    found = _weighed_candidates(text, others=("Glasfaser", "Netzplus"))
    assert "Glasfaser" not in found[0] and "Netzplus" in found[0]
    # a frame word before the phrase still names a source inside the clause
    text = "Die Sprecherin Petra Vogt erklärte am Montag, dass laut Brenner die Firma im Herbst ein neues Werk eröffnet."
    assert "Brenner" in _weighed_candidates(text, others=("Brenner", "Petra Vogt"))[0]


def test_the_name_after_a_hyphenated_compound_descriptor_speaks():
    # "die Thomson-Reuters-Tochter IFR": the compound ends in a noun that describes the name after it
    quotes = _resolved("Die Fusion werde dem Land hohe Einnahmen bringen, schreibt die Thomson-Reuters-Tochter IFR.")
    assert [q[1] for q in quotes] == ["IFR"]


def test_an_indirect_question_someone_asks_himself_is_no_report():
    # "fragt es sich, ob …", "Viele fragen sich, wie …": a question wondered in the indicative, nobody's statement
    assert _indirect("Bei all den Kosten fragt es sich, ob der neue Deich den Aufwand lohnt.") == []
    assert _indirect("Viele Anwohner fragen sich, wie lange die Baustelle an der Brücke noch bleibt.") == []
    # asking someone else still reports the question, and Konjunktiv I reports the wondering
    assert _indirect("Die Ministerin fragte, ob der neue Deich den Aufwand lohne.") == ["der neue Deich den Aufwand lohne"]
    assert _indirect("Die Ministerin sagte, sie frage sich, ob der neue Deich den Aufwand lohne.") != []
