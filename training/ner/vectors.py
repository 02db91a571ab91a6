"""Distil the e5 word embeddings into subword vectors (spaCy floret mode) for the NER model.

    .venv/bin/python training/ner/vectors.py        (part of make train-ner, after embed_vocab.py)

Targets: the pooled multilingual-e5-small embedding of each vocabulary word on its own
(training/ner/embed_vocab.py), centred and reduced by PCA to ``DIM`` dimensions. A
floret table holds one vector per hash bucket; a word's vector is the mean of the rows
of its character n-grams (``MINN``..``MAXN``, with ``<`` and ``>`` marking the word's
ends) and of the whole word, each hashed ``HASH_COUNT`` times, exactly as spaCy's
``Vectors(mode="floret")`` computes it. The table is the ridge-regression solution
that makes those means reproduce the targets (conjugate gradients on the normal
equations), so a word the vocabulary never saw still gets the vector its pieces
suggest ("Lukaschenkos", "Tichanowskaja").

Writes training/work/floret-vectors.npz: the table (float16) and its floret settings.
The NER model reads it through lagebild.nlp.ner.load_vectors.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lagebild.nlp.ner import FLORET_SETTINGS, floret_vectors  # noqa: E402

VOCAB = ROOT / "training" / "work" / "e5-vocab"
OUT = ROOT / "training" / "work" / "floret-vectors.npz"
DIM = 64
ROWS = 50_000
RIDGE = 0.01
ITERATIONS = 150


def load_targets() -> tuple[list[str], np.ndarray]:
    words = (VOCAB / "words.txt").read_text(encoding="utf-8").split("\n")
    chunks = sorted(VOCAB.glob("chunk-*.npy"))
    embedded = np.concatenate([np.load(path).astype(np.float32) for path in chunks])
    return [w.lower() for w in words[: len(embedded)]], embedded


def reduce(embedded: np.ndarray, dim: int = DIM) -> np.ndarray:
    """Centre, project on the top principal components, scale to unit variance overall."""
    centred = embedded - embedded.mean(axis=0)
    _, _, components = np.linalg.svd(centred[:: max(1, len(centred) // 50_000)], full_matrices=False)
    reduced = centred @ components[:dim].T
    return reduced / reduced.std()


def design_matrix(words: list[str], rows: int) -> sparse.csr_matrix:
    """Row i: the floret mean over word i's hashed n-grams (1/count per bucket hit)."""
    table = floret_vectors(np.zeros((rows, 1), dtype=np.float32))
    indptr, indices = [0], []
    for word in words:
        buckets = [h % rows for ngram in table._get_ngrams(word) for h in table._get_ngram_hashes(ngram)]
        indices.extend(buckets)
        indptr.append(len(indices))
    lengths = np.diff(indptr)
    data = np.repeat(1.0 / np.maximum(lengths, 1), lengths).astype(np.float32)
    matrix = sparse.csr_matrix((data, np.asarray(indices, dtype=np.int32), np.asarray(indptr)), shape=(len(words), rows))
    matrix.sum_duplicates()
    return matrix


def solve(matrix: sparse.csr_matrix, targets: np.ndarray, ridge: float = RIDGE, iterations: int = ITERATIONS) -> np.ndarray:
    """Conjugate gradients on (AᵀA + λI) E = AᵀV, all columns at once."""
    transposed = matrix.T.tocsr()

    def apply(e: np.ndarray) -> np.ndarray:
        return transposed @ (matrix @ e) + ridge * e

    table = np.zeros((matrix.shape[1], targets.shape[1]), dtype=np.float32)
    residual = transposed @ targets
    direction = residual.copy()
    rho = (residual * residual).sum(axis=0)
    for step in range(iterations):
        product = apply(direction)
        alpha = rho / np.maximum((direction * product).sum(axis=0), 1e-12)
        table += direction * alpha
        residual -= product * alpha
        new_rho = (residual * residual).sum(axis=0)
        direction = residual + direction * (new_rho / np.maximum(rho, 1e-12))
        rho = new_rho
        if step % 25 == 0:
            fit = np.linalg.norm(matrix @ table - targets) / np.linalg.norm(targets)
            print(f"  CG step {step}: relative error {fit:.3f}", flush=True)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dim", type=int, default=DIM, help="dimensions kept by PCA")
    parser.add_argument("--rows", type=int, default=ROWS, help="hash buckets of the floret table")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    started = time.time()
    words, embedded = load_targets()
    print(f"{len(words)} embedded words", flush=True)
    targets = reduce(embedded, args.dim)
    # Hold back every 20th word to see how well unseen words are predicted from their pieces.
    held = np.arange(len(words)) % 20 == 0
    matrix = design_matrix(words, args.rows)
    print(f"design matrix {matrix.shape}, {matrix.nnz} entries, {time.time() - started:.0f} s", flush=True)
    table = solve(matrix[~held], targets[~held])
    predicted = matrix[held] @ table
    cosine = (predicted * targets[held]).sum(1) / (np.linalg.norm(predicted, axis=1) * np.linalg.norm(targets[held], axis=1) + 1e-9)
    print(f"unseen words: mean cosine to their e5 target {cosine.mean():.3f}", flush=True)
    table = solve(matrix, targets)  # the shipped table learns from every word
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, table=table.astype(np.float16), **{k: np.asarray(v) for k, v in FLORET_SETTINGS.items()})
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) after {time.time() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()
