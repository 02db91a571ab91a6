"""Sentence splitting and tokens on German news text we write ourselves."""

from hypothesis import given, strategies as st

from lagebild.nlp.sentences import content_lemmas, split_sentences, tokenize


def texts(text):
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_abbreviations_dates_and_times_do_not_split():
    text = "Er kam am 15. Aug. 2025 um 21.30 Uhr z. B. mit Dr. Müller an. Am 1. September folgt Teil zwei."
    assert texts(text) == ["Er kam am 15. Aug. 2025 um 21.30 Uhr z. B. mit Dr. Müller an.", "Am 1. September folgt Teil zwei."]


def test_quotes_over_several_sentences_stay_together():
    text = "„Wir sind bereit. Die Deiche halten“, sagte Vogt. Danach begann die Sitzung."
    assert texts(text) == ["„Wir sind bereit. Die Deiche halten“, sagte Vogt.", "Danach begann die Sitzung."]


def test_headings_are_sentences_of_their_own():
    text = "Lage an der Elbe\nDer Pegel steigt weiter. Die Stadt warnt."
    sentences = split_sentences(text)
    assert [(text[s.start : s.end], s.is_heading, s.paragraph) for s in sentences] == [
        ("Lage an der Elbe", True, 0), ("Der Pegel steigt weiter.", False, 1), ("Die Stadt warnt.", False, 1)]


def test_tokens_have_exact_offsets_and_lemmas():
    text = "Die Helfer füllten Sandsäcke, z. B. am Deich."
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens] == ["Die", "Helfer", "füllten", "Sandsäcke", ",", "z.", "B.", "am", "Deich", "."]
    assert next(t for t in tokens if t.text == "füllten").lemma == "füllen"


@given(st.text(alphabet=st.sampled_from(list("abc ABC.!?„“\"\n15:,-")), max_size=200))
def test_sentences_are_exact_ordered_and_cover_the_text(text):
    sentences = split_sentences(text)
    last = 0
    for s in sentences:
        piece = text[s.start : s.end]
        assert piece == piece.strip() and piece
        assert s.start >= last
        assert not text[last : s.start].strip()
        last = s.end
    assert not text[last:].strip()


def test_content_lemmas_count_nouns_and_names_in_german_every_content_word_elsewhere():
    german = content_lemmas("Die Helfer füllten Sandsäcke. Der Helfer am Deich sagte, die Sandsäcke reichten.")
    assert german["helfer"] == 2 and german["sandsack"] == 2 and german["deich"] == 1
    assert "füllen" not in german and german["der"] == 2  # "Die", "Der": stop lists filter them later
    english = content_lemmas("The helpers filled sandbags at the dike.", "en")
    assert english["helper"] == 1 and english["fill"] == 1 and "at" not in english


def test_an_ordinal_after_an_article_does_not_end_the_sentence():
    text = "In der 42. Minute traf Keller zum 2:1. Zum 3. Mal gewann der Verein. Danach kamen 40. Die Fans jubelten."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "In der 42. Minute traf Keller zum 2:1.", "Zum 3. Mal gewann der Verein.", "Danach kamen 40.", "Die Fans jubelten."
    ]


def test_offices_titles_and_streets_do_not_end_a_sentence():
    text = ("Der Abg. Gruber (ÖVP) widersprach Gen. Maj. Petrow. Die stv. Bürgermeisterin wohnt in der Lindenstr. 5 "
            "in Graz. Mag. Huber schwieg.")
    assert texts(text) == [
        "Der Abg. Gruber (ÖVP) widersprach Gen. Maj. Petrow.",
        "Die stv. Bürgermeisterin wohnt in der Lindenstr. 5 in Graz.",
        "Mag. Huber schwieg.",
    ]
    assert texts("Er spielte bei der EM. Dann kam die Verletzung.") == ["Er spielte bei der EM.", "Dann kam die Verletzung."]


def test_an_ordinal_after_a_determiner_and_its_attributes_does_not_end_the_sentence():
    one = [
        "Die Rechte des landesweit sendenden 1. Programms wurden verlängert.",
        "Sie feierte im Kreis der Familie ihren 100. Geburtstag.",
        "Er startet morgen zu seinem bereits 150. Rennen in der Königsklasse.",
        "Rund um das ab Freitag stattfindende 12. Stadtfest gilt ein Fahrverbot.",
        "Das ebenfalls in der Altstadt gelegene 2. Gymnasium bleibt geschlossen.",
        "Am Ende eines 3. Versuchs gab sie auf.",
        "Nur jedes 20. Unternehmen zahlt den Bonus.",
        "Die Sonde hat zum 10.000. Mal die Erde umrundet.",
        "Bis tief ins 18. Jahrhundert blieb das Dorf arm.",
    ]
    for text in one:
        assert texts(text) == [text]


def test_a_number_governed_by_a_preposition_verb_or_noun_still_ends_the_sentence():
    cases = [
        ("Die Zahl der Verletzten stieg auf 12.", "Rettungskräfte suchen weiter."),
        ("Bei dem Brand im Lager starben weitere 12.", "Feuerwehrleute fanden sie am Morgen."),
        ("Im Vorjahr waren es noch 12.", "Polizisten zählten die Teilnehmer."),
        ("Die Halle entstand im Jahr 2024.", "Die Regierung bezahlte sie."),
        ("Sie landete am Ende auf Platz 3.", "Danach reiste sie ab."),
        ("Beim Rennen wurde sie die 3.", "Die Siegerin kam aus Graz."),
        ("Huber starb am 29. 8. 2005.", "Seine Tochter erbte den Hof."),
    ]
    for first, second in cases:
        assert texts(first + " " + second) == [first, second]


def test_a_bracketed_or_listed_ordinal_does_not_end_the_sentence():
    for text in [
        "Am Freitag (12. Mai) tagte der Gemeinderat.",
        "Für Huber (78. Maier) kam die Wende zu spät.",
        "Gesamtwertung: 1. Huber 120 Punkte – 2. Maier 98 Punkte – 3. Gruber 90 Punkte.",
    ]:
        assert texts(text) == [text]
    assert texts("Nach der Pause wurde es ruhiger. 51. Minute: Huber trifft.") == [
        "Nach der Pause wurde es ruhiger.", "51. Minute: Huber trifft."]
