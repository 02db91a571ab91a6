"""German NER: the shipped model loads offline, finds names with exact offsets and roles."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.errors import ModelMissingError
from lagebild.model import Mention
from lagebild.nlp.ner import LABELS, MODEL_DIR, NerTagger, load_ner
from lagebild.nlp.roles import is_role_word, role_before

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return load_ner()


def found(mentions: list[Mention]) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in mentions}


def test_model_ships_in_the_package() -> None:
    assert (MODEL_DIR / "meta.json").is_file()
    assert (MODEL_DIR / "VERSION").read_text(encoding="utf-8").strip()
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    assert size < 30_000_000


def test_load_is_cached_and_versioned(tagger: NerTagger) -> None:
    assert load_ner() is tagger
    assert tagger.version.count(".") == 2
    assert tagger.nlp.pipe_names == ["tok2vec", "ner"]


def test_missing_model_names_path_and_make_target(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError, match="make train-ner") as error:
        load_ner(tmp_path / "nowhere")
    assert str(tmp_path / "nowhere") in str(error.value)


def test_chancellor_party_and_city(tagger: NerTagger) -> None:
    text = "Bundeskanzler Friedrich Merz (CDU) reiste am Montag nach Paris."
    mentions = tagger.mentions(text)
    assert {("Friedrich Merz", "PER"), ("CDU", "ORG"), ("Paris", "LOC")} <= found(mentions)
    merz = next(m for m in mentions if m.text == "Friedrich Merz")
    assert (merz.start, merz.end) == (14, 28)
    assert merz.role == "Bundeskanzler"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Europäische Union verhängte neue Sanktionen gegen Russland.", {("Europäische Union", "ORG"), ("Russland", "LOC")}),
        ("Der Bürgermeister von Hamburg, Peter Tschentscher, eröffnete den Hafengeburtstag.", {("Hamburg", "LOC"), ("Peter Tschentscher", "PER")}),
        ("Siemens und die Deutsche Bahn unterzeichneten in München einen Vertrag.", {("Siemens", "ORG"), ("Deutsche Bahn", "ORG"), ("München", "LOC")}),
    ],
)
def test_finds_entities_in_news_sentences(tagger: NerTagger, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= found(tagger.mentions(text))


def test_roles_before_names(tagger: NerTagger) -> None:
    text = "US-Präsident Donald Trump traf Kremlchef Wladimir Putin am Freitag in Alaska."
    roles = {m.text: m.role for m in tagger.mentions(text) if m.label == "PER"}
    assert roles == {"Donald Trump": "US-Präsident", "Wladimir Putin": "Kremlchef"}


def test_genitive_keeps_its_exact_span(tagger: NerTagger) -> None:
    text = "Nach Putins Rede in Moskau reagierte die Regierung in Kiew zurückhaltend."
    mentions = tagger.mentions(text)
    assert {("Moskau", "LOC"), ("Kiew", "LOC")} <= found(mentions)
    putin = [m for m in mentions if m.text.startswith("Putin")]
    assert [(m.text, m.start, m.end) for m in putin] == [("Putins", 5, 11)]


def test_batch_equals_single(tagger: NerTagger) -> None:
    texts = ["Olaf Scholz sprach in Berlin.", "", "Der Vorstand von Volkswagen tagte in Wolfsburg."]
    assert tagger.mentions_batch(texts) == [tagger.mentions(t) for t in texts]


WORDS = ["Angela", "Merkel", "sagte", "in", "Berlin", ",", "dass", "die", "SPD", "(", ")", "US-Präsident", "„Wir", "schaffen", "das“", ".", "\n\n", "Kremlchef", "Putin", "-", "'s", "Ä"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.sampled_from([" ", "", "  ", "\n"]))
def test_offsets_always_exact(words: list[str], sep: str) -> None:
    text = sep.join(words)
    for mention in load_ner().mentions(text):
        assert text[mention.start : mention.end] == mention.text
        assert mention.text and mention.text == mention.text.strip()
        assert mention.label in LABELS


@pytest.mark.parametrize(
    ("word", "is_role"),
    [("Kremlchef", True), ("US-Präsident", True), ("Außenministerin", True), ("Regierungssprecher", True), ("Putin", False), ("Anchorage", False), ("Chef", True),
     ("US-Präsidenten", True), ("Kremlchefs", True), ("EU-Kommissarin", True), ("Putins", False), ("Moskaus", False)],
)
def test_role_words(word: str, is_role: bool) -> None:
    assert is_role_word(word) is is_role


def test_role_before_offset() -> None:
    text = "Der russische Außenminister Sergej Lawrow"
    assert role_before(text, text.index("Sergej")) == (text.index("Außenminister"), "Außenminister")
    assert role_before(text, text.index("Lawrow")) is None


def test_seed_articles_name_the_summit_parties(tagger: NerTagger) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"the shared seed articles are not at {SEEDS}")
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    assert len(texts) == 5
    names = {(m.text, m.label) for found_in in tagger.mentions_batch(texts) for m in found_in}
    assert {("Donald Trump", "PER"), ("Wladimir Putin", "PER"), ("Anchorage", "LOC"), ("Moskau", "LOC")} <= names


def test_cached_floret_vectors_equal_spacys_own() -> None:
    """The per-word cache returns exactly what spaCy's floret lookup computes, also for unseen words."""
    import numpy as np
    from spacy.strings import StringStore
    from spacy.vectors import Vectors

    from lagebild.nlp.ner import FLORET_SETTINGS, floret_vectors

    strings = StringStore()
    table = np.random.default_rng(3).normal(size=(997, 8)).astype("float32")
    cached = floret_vectors(table, strings=strings)
    plain = Vectors(strings=strings, data=table, mode="floret", **FLORET_SETTINGS)
    keys = [strings.add(w) for w in ["lukaschenko", "lukaschenkos", "anchorage", "der", "lukaschenko", "ä"]]
    first = cached.get_batch(keys)
    assert np.allclose(first, plain.get_batch(keys))
    assert np.allclose(cached.get_batch(keys[::-1]), first[::-1])  # served from the cache now
    assert not np.allclose(first[0], first[1])


def test_distillation_matrix_reproduces_floret_lookup() -> None:
    """training/ner/vectors.py fits the table through the same n-gram means spaCy computes."""
    import sys

    import numpy as np
    from spacy.strings import StringStore

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "ner"))
    from vectors import design_matrix

    from lagebild.nlp.ner import floret_vectors

    words = ["putin", "selenskyj", "kremlchef", "x", "straße"]
    table = np.random.default_rng(5).normal(size=(501, 4)).astype("float32")
    strings = StringStore()
    lookup = floret_vectors(table, strings=strings).get_batch([strings.add(w) for w in words])
    assert np.allclose(design_matrix(words, 501) @ table, lookup, atol=1e-5)


def test_shipped_model_uses_subword_vectors(tagger: NerTagger) -> None:
    vectors = tagger.nlp.vocab.vectors
    assert vectors.mode == "floret" and vectors.shape[1] > 0
    doc = tagger.nlp.make_doc("Tichanowskaja")  # a word never embedded still gets a vector from its pieces
    assert float(abs(vectors.get_batch([doc[0].norm]).sum())) > 0


def test_half_precision_table_gives_the_float32_vectors() -> None:
    import numpy as np
    from spacy.strings import StringStore

    from lagebild.nlp.ner import floret_vectors

    strings = StringStore()
    table = np.random.default_rng(7).normal(size=(211, 6)).astype("float32")
    keys = [strings.add(w) for w in ["wolodymyr", "kiew", "nato"]]
    full = floret_vectors(table, strings=strings).get_batch(keys)
    half = floret_vectors(table.astype("float16"), strings=strings).get_batch(keys)
    assert half.dtype == np.float32 and np.allclose(full, half, atol=1e-2)


def test_shipped_frequent_word_vectors_are_the_tables_own(tagger: NerTagger) -> None:
    """The precomputed vectors shipped for frequent words are only a cache of the floret table."""
    import numpy as np

    from lagebild.nlp.ner import FREQUENT_VECTORS

    with np.load(MODEL_DIR / FREQUENT_VECTORS) as stored:
        words = str(stored["words"]).split("\n")
        shipped = stored["vectors"]
    assert len(words) == len(shipped) > 10_000
    vectors = tagger.nlp.vocab.vectors
    for index in (0, 17, len(words) // 2, len(words) - 1):
        assert np.allclose(shipped[index].astype("float32"), vectors.word_vector(words[index]), atol=2e-2)


def test_two_introduced_surnames_side_by_side_are_two_people() -> None:
    from lagebild.nlp.ner import _split_adjacent_people

    text = "Anna Weber traf Paul Kern. Ob Weber Kerns Plan stützt, ist offen. Maria Weber Kern gratulierte."
    spans = [("Anna Weber", "PER"), ("Paul Kern", "PER"), ("Weber Kerns", "PER"), ("Maria Weber Kern", "PER")]
    mentions = [Mention(text.index(s), text.index(s) + len(s), s, label) for s, label in spans]
    split = _split_adjacent_people(mentions)
    assert [(m.text, text[m.start : m.end]) for m in split if m.start > 26 and m.end < 60] == [("Weber", "Weber"), ("Kerns", "Kerns")]
    assert "Maria Weber Kern" in {m.text for m in split}  # three words: a name of its own
    alone = [Mention(0, 11, "Weber Kerns", "PER")]  # nobody introduced: the model's span stands
    assert _split_adjacent_people(alone) == alone


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_matmul_ops_multiply_like_thincs_own(trans1: bool, trans2: bool) -> None:
    import numpy as np
    from thinc.api import NumpyOps

    from lagebild.nlp.ner import matmul_ops

    rng = np.random.default_rng(3)
    x = rng.normal(size=(7, 5) if not trans1 else (5, 7)).astype("float32")
    y = rng.normal(size=(5, 4) if not trans2 else (4, 5)).astype("float32")
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert np.allclose(matmul_ops().gemm(x, y, trans1=trans1, trans2=trans2), expected, atol=1e-5)
    out = np.zeros((7, 4), dtype="float32")
    assert matmul_ops().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    assert np.allclose(out, expected, atol=1e-5)


def test_shipped_tagger_runs_on_matmul_ops_with_the_same_mentions(tagger: NerTagger) -> None:
    """The faster products change nothing: the same German text gets the same mentions with thinc's kernels."""
    from thinc.api import NumpyOps

    from lagebild.nlp.ner import matmul_ops, use_matmul_ops

    assert all(layer.ops is matmul_ops() for _, pipe in tagger.nlp.pipeline for layer in pipe.model.walk())
    texts = [
        "Bundeskanzler Friedrich Merz (CDU) telefonierte am Abend mit Wolodymyr Selenskyj in Kiew.",
        "Nach Angaben der Nachrichtenagentur Reuters traf Kremlchef Wladimir Putin in Anchorage ein.",
        (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8") if SEEDS.is_dir() else "Die Nato tagte in Brüssel.",
    ]
    fast = tagger.mentions_batch(texts)
    try:
        for _, pipe in tagger.nlp.pipeline:
            for layer in pipe.model.walk():
                layer.ops = NumpyOps()
        assert tagger.mentions_batch(texts) == fast
    finally:
        use_matmul_ops(tagger.nlp)
    assert any(m.text == "Friedrich Merz" for m in fast[0])


def test_teacher_silence_on_misc_like_words_is_left_unannotated() -> None:
    """train.py --silver-misc-unknown: the teacher's O on a word GermEval tags MISC teaches nothing."""
    import sys

    import spacy
    from spacy.tokens import Doc, Span

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "ner"))
    from train import leave_unknown

    doc = Doc(spacy.blank("de").vocab, words=["Nach", "der", "Bundesliga-Saison", "reiste", "Merkel", "ab", "."])
    doc.ents = [Span(doc, 4, 5, label="PER")]
    doc = leave_unknown(doc, frozenset({"Bundesliga-Saison", "Merkel"}))
    assert [t.ent_iob_ for t in doc] == ["O", "O", "", "O", "B", "O", "O"]
    assert [(e.text, e.label_) for e in doc.ents] == [("Merkel", "PER")]
