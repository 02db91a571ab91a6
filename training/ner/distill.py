"""Teacher-student distillation for the German NER (training only; needs torch).

    .venv/bin/pip install -e '.[train]'               # torch among them (CPU build); not needed at run time
    .venv/bin/python training/ner/distill.py fit      # fine-tune the e5 teacher (teacher.py)
    .venv/bin/python training/ner/distill.py label    # teacher labels unlabelled news -> DocBin
    .venv/bin/python training/ner/distill.py score    # the teacher's own dev / held-out figures
    .venv/bin/python training/ner/train.py --silver training/work/silver-teacher.spacy --out DIR
(make train-ner runs them all with the settings below; fit needs train.py --prepare's DocBins.)

fit: the teacher is trained on the same DocBin as the student (train.py's training data,
each sentence once; words the corpora leave unannotated are masked), word embeddings
frozen, early-stopped on the same 600 GermEval dev sentences. label: the teacher tags the
sentences of 10kGNAD and of Wikinews' development part (unlabelled German news), written
as training/work/silver-teacher.spacy for train.py --silver.

The shipped teacher (make train-ner): three passes over the training data, measured
2026-12-02 on 2 CPU cores beside other jobs (dev = the last 600 GermEval dev sentences):
1. fit --epochs 1 --lr 5e-5 (254 steps, 16 min): dev F1 55.2 (PER 76.6, MISC 0.0);
2. fit --init e1 --lr 3e-5 --misc-weight 3 --budget 1500 (698 steps, 26 min): 65.6
   (PER 84.4, ORG 47.3, LOC 76.9, MISC 0.0);
3. fit --init e2 --lr 3e-5 --misc-weight 5 --budget 1500 (698 steps, 38 min): 70.2
   (PER 86.1, ORG 53.6, LOC 80.2, MISC 38.7).
(An earlier teacher reached 71.9 in two passes whose first had more steps; its batch size
was not recorded.) The shipped student 2.0.0 scores 67.6 (PER 77.6) on the same sentences.
label then tags 29,821 sentences (945,002 subwords) in about 200 s. Students (train.py
--silver, 11 min each on one thread), dev F1 at their best step:
- silver from the second-pass teacher (no MISC at all): 67.3, MISC 26.7 (not kept);
- silver from the third-pass teacher: 70.6; with --silver-misc-unknown (the default:
  the teacher's O on a word GermEval tags MISC left unannotated): 69.5.
Shipped as 2.1.0: the masked one; the unmasked one fell on Europarl (see README).
A fourth pass (fit --init e3 --lr 2e-5 --misc-weight 5 --budget 1500, one thread, 26 min)
reached 70.0, and the same from e3 at 3e-5 with --train-embeddings (36 min) 70.1: the
teacher has plateaued at about 70 on this recipe, so neither was used for labelling.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
WORK = ROOT / "training" / "work"
TEACHER = WORK / "teacher.pt"
TYPES = ("PER", "ORG", "LOC", "MISC")
LABELS = ["O"] + [f"{p}-{t}" for t in TYPES for p in ("B", "I")]
IGNORE = -100
MAX_SUBWORDS = 254


def doc_labels(doc) -> list[int]:
    labels = []
    for token in doc:
        if token.ent_iob_ == "":
            labels.append(IGNORE)
        elif token.ent_iob_ == "O":
            labels.append(0)
        else:
            labels.append(LABELS.index(f"{token.ent_iob_}-{token.ent_type_}"))
    return labels


def encode(tokeniser, e5, words: list[str]) -> tuple[list[int], list[int]]:
    """Subword ids with <s> and </s>, and the index of each word's first subword (-1: cut off)."""
    ids = [e5.bos]
    firsts = []
    for word in words:
        pieces = tokeniser.segment(word)
        if len(ids) + len(pieces) > MAX_SUBWORDS:
            firsts.append(-1)
            continue
        firsts.append(len(ids))
        ids.extend(pieces)
    ids.append(e5.eos)
    return ids, firsts


def batches(examples: list[tuple], budget: int, shuffle: random.Random | None):
    """Length-sorted batches of about ``budget`` padded subwords."""
    order = sorted(range(len(examples)), key=lambda i: len(examples[i][0]))
    groups, current, longest = [], [], 0
    for i in order:
        longest_next = max(longest, len(examples[i][0]))
        if current and longest_next * (len(current) + 1) > budget:
            groups.append(current)
            current, longest_next = [], len(examples[i][0])
        current.append(i)
        longest = longest_next
    if current:
        groups.append(current)
    if shuffle:
        shuffle.shuffle(groups)
    return groups


def tensors(examples, group):
    import torch

    T = max(len(examples[i][0]) for i in group)
    ids = torch.full((len(group), T), 1, dtype=torch.long)
    labels = torch.full((len(group), T), IGNORE, dtype=torch.long)
    lengths = torch.tensor([len(examples[i][0]) for i in group])
    for row, i in enumerate(group):
        sub, firsts, word_labels = examples[i]
        ids[row, : len(sub)] = torch.tensor(sub)
        for first, label in zip(firsts, word_labels or ()):
            if first >= 0:
                labels[row, first] = label
    return ids, lengths, labels


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, kind = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            out.add((start, i, kind))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return out


def predict(model, examples, budget: int = 6000) -> list[list[str]]:
    """Word tags (BIO, repaired greedily) for each example."""
    import torch

    out: list[list[str] | None] = [None] * len(examples)
    model.eval()
    with torch.no_grad():
        for group in batches(examples, budget, None):
            ids, lengths, _ = tensors(examples, group)
            logits = model(ids, lengths)
            best = logits.argmax(-1)
            for row, i in enumerate(group):
                firsts = examples[i][1]
                tags = [LABELS[int(best[row, f])] if f >= 0 else "O" for f in firsts]
                out[i] = tags
    model.train()
    return out  # type: ignore[return-value]


def f1(gold: list[list[str]], guess: list[list[str]]) -> dict[str, float]:
    tp = fp = fn = 0
    per = {t: [0, 0, 0] for t in TYPES}
    for g, p in zip(gold, guess):
        gs, ps = spans(g), spans(p)
        for s in ps:
            hit = s in gs
            tp += hit
            fp += not hit
            per[s[2]][0 if hit else 1] += 1
        for s in gs - ps:
            fn += 1
            per[s[2]][2] += 1
    def score(a, b, c):
        return 200 * a / (2 * a + b + c) if a else 0.0
    return {"F1": score(tp, fp, fn), **{t: score(*per[t]) for t in TYPES}}


def load_docs(kind: str):
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("de")
    path = next(WORK.glob(f"{kind}-germeval-wikiann-legal-europeana-smartdata-germevalx3-smartdatax3-miscunknown.spacy"))
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def make_examples(tokeniser, e5, docs, unique: bool):
    seen, examples = set(), []
    for doc in docs:
        words = [t.text for t in doc]
        key = " ".join(words)
        if unique and key in seen:
            continue
        seen.add(key)
        sub, firsts = encode(tokeniser, e5, words)
        examples.append((sub, firsts, doc_labels(doc)))
    return examples


def fit(args) -> None:
    import torch

    import teacher

    torch.manual_seed(7)
    torch.set_num_threads(args.threads)
    e5 = teacher.read_e5()
    tokeniser = teacher.Tokeniser(e5)
    train = make_examples(tokeniser, e5, load_docs("train"), unique=not args.repeats)
    dev_docs = load_docs("dev")
    dev = make_examples(tokeniser, e5, dev_docs, unique=False)
    dev_gold = [[LABELS[l] if l >= 0 else "O" for l in ex[2]] for ex in dev]
    model = teacher.build_encoder(e5, len(LABELS))
    if args.init:
        model.load_state_dict(torch.load(args.init), strict=False)
    model.word.weight.requires_grad_(args.train_embeddings)
    if args.limit:
        train = train[: args.limit]
    print(f"{len(train)} training sentences, {sum(len(e[0]) for e in train)} subwords", flush=True)
    groups_per_epoch = len(batches(train, args.budget, None))
    total = int(groups_per_epoch * args.epochs)
    head = [p for n, p in model.named_parameters() if n.startswith("head")]
    body = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("head") and n != "word.weight"]
    groups = [{"params": body, "lr": args.lr}, {"params": head, "lr": args.lr * 20}]
    if args.train_embeddings:  # e5's own subword table, fine-tuned without weight decay
        groups.append({"params": [model.word.weight], "lr": args.lr, "weight_decay": 0.0})
    optimiser = torch.optim.AdamW(groups, weight_decay=0.01)
    base = [g["lr"] for g in optimiser.param_groups]
    weights = torch.ones(len(LABELS))
    weights[[LABELS.index("B-MISC"), LABELS.index("I-MISC")]] = args.misc_weight  # MISC is a tenth as frequent as the others
    loss_fn = torch.nn.CrossEntropyLoss(weight=weights, ignore_index=IGNORE)
    rng = random.Random(11)
    step, best, started = 0, -1.0, time.time()
    while step < total:
        for group in batches(train, args.budget, rng):
            if step >= total:
                break
            warm = min(1.0, (step + 1) / max(1, int(0.06 * total)))
            decay = max(0.0, (total - step) / total)
            for g, lr in zip(optimiser.param_groups, base):
                g["lr"] = lr * min(warm, decay)
            ids, lengths, labels = tensors(train, group)
            loss = loss_fn(model(ids, lengths).reshape(-1, len(LABELS)), labels.reshape(-1))
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            step += 1
            if step % 50 == 0:
                print(f"step {step}/{total} loss {loss.item():.3f} {time.time() - started:.0f} s", flush=True)
            if step % args.eval_every == 0 or step == total:
                score = f1(dev_gold, predict(model, dev))
                print(f"step {step} dev " + " ".join(f"{k} {v:.1f}" for k, v in score.items()), flush=True)
                if score["F1"] > best:
                    best = score["F1"]
                    state = {k: v for k, v in model.state_dict().items() if args.train_embeddings or k != "word.weight"}
                    torch.save(state, args.out)
    print(f"best dev F1 {best:.1f}; teacher written to {args.out} after {time.time() - started:.0f} s", flush=True)


def load_teacher(path: Path = TEACHER):
    import torch

    import teacher

    e5 = teacher.read_e5()
    model = teacher.build_encoder(e5, len(LABELS))
    model.load_state_dict(torch.load(path), strict=False)
    return e5, teacher.Tokeniser(e5), model.eval()


def score(args) -> None:
    import torch

    import corpora

    torch.set_num_threads(args.threads)
    e5, tokeniser, model = load_teacher(args.out)
    for name, sentences in (("dev (last 600 GermEval dev)", corpora.germeval("dev")[-600:]),
                            ("GermEval test 1-2000 (held out)", corpora.germeval_heldout()),
                            ("Europarl test (held out)", corpora.europarl("test"))):
        examples = [(*encode(tokeniser, e5, words), None) for words, _ in sentences]
        gold = [tags for _, tags in sentences]
        started = time.time()
        guess = predict(model, examples)
        result = f1([[t if t[2:] in TYPES else "O" for t in g] for g in gold], guess)
        print(f"{name}: " + " ".join(f"{k} {v:.1f}" for k, v in result.items()) + f" ({len(sentences)} sentences in {time.time() - started:.0f} s)", flush=True)


def unlabelled_texts() -> list[str]:
    """German news the NER never saw labelled: 10kGNAD and the development part of Wikinews.

    Wikinews articles with index % 5 == 0 are bench/quotes.py's held-out split; they stay out.
    """
    import csv
    import json

    import corpora

    texts = []
    with open(corpora.CORPUS / "10kgnad" / "test.csv", encoding="utf-8") as handle:
        texts += [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) > 1]
    with open(corpora.CORPUS / "wikinews-speech" / "articles.jsonl", encoding="utf-8") as handle:
        texts += [json.loads(line)["text"] for i, line in enumerate(handle) if i % 5]
    return texts


def label(args) -> None:
    import spacy
    import torch
    from spacy.tokens import DocBin, Span

    sys.path.insert(0, str(ROOT))
    from lagebild.nlp.sentences import split_sentences

    torch.set_num_threads(args.threads)
    e5, tokeniser, model = load_teacher(args.out)
    nlp = spacy.blank("de")
    docs = []
    for text in unlabelled_texts():
        for sentence in split_sentences(text):
            doc = nlp.make_doc(text[sentence.start : sentence.end].strip())
            words = [t.text for t in doc]
            if 3 <= len(words) <= 120 and any(ch.isalpha() for ch in doc.text):
                docs.append(doc)
    examples = [(*encode(tokeniser, e5, [t.text for t in doc]), None) for doc in docs]
    print(f"{len(docs)} sentences, {sum(len(e[0]) for e in examples)} subwords to label", flush=True)
    started = time.time()
    tags = predict(model, examples)
    for doc, doc_tags in zip(docs, tags):
        ents = []
        for start, end, kind in sorted(spans(doc_tags)):
            # spaCy's NER cannot be supervised with spans that start or end on punctuation or space
            while start < end and (doc[start].is_punct or doc[start].is_space):
                start += 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            if start < end:
                ents.append(Span(doc, start, end, label=kind))
        doc.ents = ents
    path = WORK / "silver-teacher.spacy"
    DocBin(docs=docs).to_disk(path)
    print(f"{sum(len(d.ents) for d in docs)} entities in {len(docs)} sentences written to {path} after {time.time() - started:.0f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stage", choices=["fit", "label", "score"])
    parser.add_argument("--epochs", type=float, default=1.0)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--budget", type=int, default=4096, help="padded subwords per batch")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--init", type=Path, default=None, help="continue from this teacher's weights")
    parser.add_argument("--misc-weight", type=float, default=1.0, help="loss weight of the MISC tags")
    parser.add_argument("--repeats", action="store_true", help="keep the news corpora's repeats (default: each sentence once)")
    parser.add_argument("--eval-every", type=int, default=400)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--train-embeddings", action="store_true", help="fine-tune e5's subword embeddings too (frozen by default; the teacher file then holds them)")
    parser.add_argument("--out", type=Path, default=TEACHER)
    args = parser.parse_args()
    {"fit": fit, "score": score, "label": label}[args.stage](args)


if __name__ == "__main__":
    main()
