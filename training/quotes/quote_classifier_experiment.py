"""Experiment: can a learned classifier decide better than the rules whether a quoted stretch is speech?

:func:`lagebild.nlp.quotes._classify` decides per stretch in quote marks whether it is direct or
partial speech or something else in quote marks (a title, a name, a scare quote, a translation).
This script collects every stretch the rules look at in the development split of the Wikinews
speech corpus (``bench/quotes.py``; articles whose index is *not* divisible by 5 — the held-out
fifth is never read), labels it speech when at least half of it lies inside a gold message of any
form (as the benchmark's precision counts a quote), and fits an L2-regularised logistic regression
over cheap binary features: each of the rules' tests (not only the one that decides), the rules'
decision, the length and shape of the quoted words, the words around the marks, cue verbs and the
subjunctive in the sentence, names (NER) in and around the stretch.

    .venv/bin/python training/quotes/quote_classifier_experiment.py [--c 1.0] [--grid] [--errors FILE] [--cache FILE]

prints, by 5-fold cross-validation grouped by article, the benchmark's direct recall, indirect
recall and precision (the other quotes held as the rules find them) for the rules alone, for the
classifier overruling the rules where confident (thresholds chosen by cross-validation inside each
fold's training part) and for the classifier replacing them. Nothing is written or shipped.

Result on 2026-12-02 (rules at commit 15b5dee): of 990 stretches the rules take 476, only 22 of
them not speech, and leave out 514, 103 of them inside a gold message (72 of these only inside a
longer message, such as a name within reported speech; 15 are direct messages the run misses). Overruling the rules where confident gave precision
0.9396 -> 0.9406 at c=1 (three quotes of 1855), 0.9387 and 0.9391 at c=0.1 and 0.3, no direct
message gained; replacing them, direct 0.9700 and precision 0.9263. The classifier does not beat
the rules, so it is not part of the pipeline; rerun this when the rules change. About 40 s.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import simplemma
from scipy import sparse
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from quotes import _inner, _overlap, load  # noqa: E402  (bench/quotes.py)

from lagebild.model import Mention, Sentence  # noqa: E402
from lagebild.nlp import quotes as rules  # noqa: E402
from lagebild.nlp.annotate import annotate, consistent_story_mentions  # noqa: E402

MIN_COUNT = 3
ACCEPTS = (1.01, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7)
REJECTS = (-0.01, 0.03, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4)


_ARTICLES = frozenset("der die das des dem den ein eine einer eines einem einen".split())
_PREPOSITIONS = frozenset("im am vom zum zur beim von in auf bei mit für gegen über unter nach aus als wie an um".split())
_LAST_WORD = re.compile(r"([\wÄÖÜäöüß-]+)\W*$")
_FIRST_WORD = re.compile(r"\W*([\wÄÖÜäöüß-]+)")


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _word_class(word: str | None) -> str:
    if word is None:
        return "none"
    lower = word.lower()
    if lower in _ARTICLES:
        return "article"
    if lower in _PREPOSITIONS:
        return "preposition"
    if lower in rules.CUE_VERBS:
        return "cue"
    if rules.is_subjunctive(word):
        return "subjunctive"
    return "upper" if word[:1].isupper() else "lower"


def features(text: str, mark: "rules._Mark", sentence: Sentence, rule_kind: str | None, in_speech: bool,
             mentions: list[Mention]) -> list[str]:
    """Binary features of one quoted stretch in its sentence; ``rule_kind`` is the rules' decision,
    ``in_speech`` whether an earlier stretch in the sentence was taken as speech."""
    inner = text[mark.inner_start : mark.inner_end]
    words = rules._words(inner)
    before = text[sentence.start : mark.start]
    after = text[mark.end : sentence.end]
    stripped = before.rstrip()
    context = before + " " + after
    n = len(words)
    length = _bucket(n, (1, 2, 3, 5, 9))
    rule = rule_kind or "none"
    ends_like_statement = bool(re.search(r"[.!?…]$", inner)) or inner.endswith("...")
    at_start = not before.strip() or bool(re.fullmatch(r"[\s\W]*", before))
    previous = _LAST_WORD.search(stripped)
    previous_word = previous.group(1) if previous else None
    following = _FIRST_WORD.match(after)
    following_word = following.group(1) if following and following.start(1) - following.start() <= 2 else None
    after_char = after[:1] if after[:1] and not after[:1].isalnum() else ("space" if not after[:1] else "alnum")
    names_a_thing = bool(words) and rules._names_a_thing(words)
    found = [
        "bias",
        f"rule={rule}",
        f"rule={rule}|len={length}",
        f"len={length}",
        f"chars={_bucket(len(inner), (4, 8, 15, 30, 60, 120))}",
        f"opener={text[mark.start]}",
        f"before_char={stripped[-1:] or 'start'}",
        f"after_char={after_char}",
        f"prev={previous_word.lower() if previous_word else 'none'}",
        f"prev_class={_word_class(previous_word)}",
        f"prev_class={_word_class(previous_word)}|len={length}",
        f"next={following_word.lower() if following_word else 'none'}",
        f"next_class={_word_class(following_word)}",
    ]
    flags = {
        "at_sentence_start": at_start,
        "at_sentence_end": not after.strip(" .!?;)"),
        "ends_like_statement": ends_like_statement,
        "colon_intro": stripped.endswith(":"),
        "starts_upper": inner[:1].isupper(),
        "starts_lower": inner[:1].islower(),
        "all_capitalised": bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words),
        "inner_comma": "," in inner,
        "inner_question": "?" in inner or "!" in inner,
        "inner_digit": any(ch.isdigit() for ch in inner),
        "inner_first_person": bool(re.search(r"\b(?:ich|wir|mich|uns|mir|unser\w*|mein\w*)\b", inner, re.I)),
        "inner_verb": n <= 12 and rules._has_verb(inner),
        "inner_subjunctive": any(rules.is_subjunctive(w) for w in words[:12]),
        "not_speech_before": bool(rules.NOT_SPEECH_BEFORE.search(stripped)),
        "compound_after": after.startswith(("-", "–")) and not after.startswith(("- ", "– ")),
        "translation_before": bool(rules.TRANSLATION_BEFORE.search(stripped)),
        "naming": bool(rules.NAMING.search(context)),
        "institution_name": bool(rules.INSTITUTION_NAME.match(inner)),
        "meaning": bool(rules.MEANING.search(stripped)),
        "called": bool(rules.CALLED.search(stripped)),
        "names_noun_before": bool(words) and rules._names_the_noun_before(stripped, n),
        "after_speech_noun": rules._after_speech_noun(stripped),
        "attribution_after": bool(rules.ATTRIBUTION_AFTER.match(after)),
        "frame_before_name": bool(rules.FRAME_BEFORE_NAME.search(stripped)),
        "names_a_product": bool(words) and rules._names_a_product(words),
        "names_a_thing": names_a_thing,
        "web_address": bool(rules.WEB_ADDRESS.fullmatch(inner.strip())),
        "source_verb_after": bool(rules.SOURCE_VERB_AFTER.match(after)),
        "determiner_before": bool(rules.DETERMINER_BEFORE.search(" " + stripped)),
        "name_after_preposition": bool(rules.NAME_AFTER_PREPOSITION.search(stripped)),
        "judged_as": bool(rules.JUDGED_AS.search(stripped)),
        "opinion_for": bool(rules.OPINION_FOR.search(before)),
        "cue_before": bool(rules._has_cue(before)),
        "cue_after": bool(rules._has_cue(after)),
        "cue_after_near": bool(rules._has_cue(after[:40])),
        "so_after": bool(re.match(r"^\s*,?\s*so\s", after)),
        "impersonal_cue": bool(rules.IMPERSONAL_CUES.search(context)),
        "source_frame": any(frame.search(context) for _, frame in rules.SOURCE_FRAMES[1:]),
        "speech_context": bool(rules.SPEECH_CONTEXT.search(context)),
        "subjunctive_context": any(rules.is_subjunctive(w) for w in rules._words(context)),
        "common_noun": bool(words) and rules._a_common_noun(words, stripped),
        "unknown_word": any(not w.isdigit() and not simplemma.is_known(w, lang="de") for w in words[:8]),
        "mostly_unknown": bool(words) and sum(not simplemma.is_known(w, lang="de") for w in words[:8]) * 2 > min(n, 8),
        "non_latin": bool(re.search(r"[\u0370-\u1fff\u3000-\uffff]", inner)),
        "repeated_in_article": n <= 4 and text.count(inner) > 1,
        "lower_ratio_high": bool(words) and sum(w[:1].islower() for w in words) * 2 > n,
        "in_speech": in_speech,
        "heading": sentence.is_heading,
    }
    for mention in mentions:
        if mention.end <= sentence.start or mention.start >= sentence.end:
            continue
        if mention.start == mark.inner_start and mention.end == mark.inner_end:
            flags["is_a_mention"] = True
            found.append(f"is_a_mention={mention.label}")
        elif mark.inner_start <= mention.start and mention.end <= mark.inner_end:
            flags["holds_a_mention"] = True
        elif mention.label == "PER" and (mention.end <= mark.start or mention.start >= mark.end):
            flags["person_in_sentence"] = True
    found.extend(name for name, on in flags.items() if on)
    # the fragment cases: which tests hold for a short stretch the sentence does not open
    if n <= 3 and not at_start:
        found.extend(f"short|{name}" for name, on in flags.items() if on)
    return found


def design(marks: list[dict], vocab: dict[str, int]):
    """The stretches as a sparse 0/1 matrix over ``vocab``, and their labels."""
    rows, cols = [], []
    for r, m in enumerate(marks):
        for f in set(m["features"]):
            j = vocab.get(f)
            if j is not None:
                rows.append(r)
                cols.append(j)
    X = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(marks), len(vocab)))
    return X, np.array([m["label"] for m in marks], dtype=float)


def fit(marks: list[dict], c: float) -> dict[str, float]:
    """L2-regularised logistic regression over the features seen ``MIN_COUNT`` times; ``c`` the inverse strength."""
    counts = Counter(f for m in marks for f in set(m["features"]))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    X, y = design(marks, vocab)
    bias = vocab["bias"]

    def objective(w):
        s = X @ w
        p = 1.0 / (1.0 + np.exp(-s))
        loss = np.sum(np.logaddexp(0, s) - y * s)
        penalty = w.copy()
        penalty[bias] = 0.0  # the intercept is not shrunk
        return loss + 0.5 / c * penalty @ penalty, X.T @ (p - y) + penalty / c

    result = minimize(objective, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": 1000})
    return {f: float(result.x[i]) for f, i in vocab.items()}


def figures(data: list[dict], taken: list[list[bool]]) -> dict[str, float]:
    """The benchmark's direct recall, indirect recall and precision when the marks ``taken`` are quotes."""
    predicted = correct = 0
    found, total = Counter(), Counter()
    for article, chosen in zip(data, taken):
        predicted += article["others"] + sum(chosen)
        correct += article["others_correct"] + sum(c and m["label"] for c, m in zip(chosen, article["marks"]))
        for message in article["messages"]:
            total[message["form"]] += 1
            found[message["form"]] += message["by_others"] or any(chosen[i] for i in message["by_marks"])
    indirect = ("Indirect", "IndirectFreeIndirect")
    return {
        "direct": found["Direct"] / max(1, total["Direct"]),
        "indirect": sum(found[f] for f in indirect) / max(1, sum(total[f] for f in indirect)),
        "precision": correct / max(1, predicted),
        "predicted": predicted,
    }


def examples(articles, gold) -> list[dict]:
    """Per article: every quoted stretch with the rules' decision, its features and label, and what
    the benchmark needs to count the other quotes (the gold messages and which of them the rest find)."""
    classify = rules._classify
    seen: list[tuple] = []

    def record(text, mark, sentence):
        kind = classify(text, mark, sentence)
        seen.append((mark, sentence))
        return kind

    rules._classify = record
    data = []
    try:
        for article in articles:
            seen.clear()
            consistent_story_mentions([article])  # re-extracts the quotes as the benchmark's run does
            text = article.text
            headings = {s.start for s in article.sentences if s.is_heading}
            quoted = {(q.start, q.end): q.kind for q in article.quotes if q.kind != "indirect"}
            spans = [(_inner(text, g["message"]["start"], g["message"]["end"]), g["form"]) for g in gold.get(article.id, [])]
            marks, speaking = [], set()
            for mark, sentence in seen:
                kind = quoted.get((mark.inner_start, mark.inner_end))
                framed = Sentence(sentence.start, sentence.end, sentence.paragraph, sentence.start in headings)
                start, end = mark.inner_start, mark.inner_end
                marks.append({
                    "span": [start, end], "rule": kind,
                    "label": any(_overlap((start, end), s) >= 0.5 * max(1, end - start) for s, _ in spans),
                    "features": features(text, mark, framed, kind, sentence.start in speaking, article.mentions),
                })
                if kind is not None:
                    speaking.add(sentence.start)
            taken = {tuple(m["span"]) for m in marks}
            others = [q for q in article.quotes if q.kind == "indirect" or (q.start, q.end) not in taken]
            messages = []
            for s, form in spans:
                length = max(1, s[1] - s[0])
                messages.append({
                    "form": form,
                    "by_others": any(_overlap((q.start, q.end), s) >= 0.5 * length for q in others),
                    "by_marks": [i for i, m in enumerate(marks) if _overlap(tuple(m["span"]), s) >= 0.5 * length],
                })
            others_correct = sum(any(_overlap((q.start, q.end), s) >= 0.5 * max(1, q.end - q.start) for s, _ in spans) for q in others)
            data.append({"article": article.id, "marks": marks, "messages": messages, "others": len(others),
                         "others_correct": others_correct, "text": [text[m["span"][0] : m["span"][1]][:100] for m in marks]})
    finally:
        rules._classify = classify
    return data


def probability(weights: dict[str, float], found: list[str]) -> float:
    score = sum(weights.get(f, 0.0) for f in found)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def decide(m: dict, p: float, accept: float, reject: float) -> bool:
    """Is the stretch a quote: the rules' decision, unless the classifier is confident otherwise."""
    if m["rule"] is not None:
        return p >= reject
    return p > accept


def cross_validated(data: list[dict], folds: int, c: float) -> list[list[float]]:
    """Each stretch's probability from a model fitted on the other folds (folds by article)."""
    ids = sorted({a["article"] for a in data})
    fold_of = {a: i % folds for i, a in enumerate(ids)}
    probabilities = [[0.0] * len(a["marks"]) for a in data]
    for k in range(folds):
        weights = fit([m for a in data if fold_of[a["article"]] != k for m in a["marks"]], c)
        for i, a in enumerate(data):
            if fold_of[a["article"]] == k:
                probabilities[i] = [probability(weights, m["features"]) for m in a["marks"]]
    return probabilities


def choose(data: list[dict], probabilities: list[list[float]], report: bool = False) -> tuple[float, float] | None:
    """The thresholds that raise precision plus direct recall most while losing neither, or None."""
    rules_only = figures(data, [[m["rule"] is not None for m in a["marks"]] for a in data])
    best = None
    for accept in ACCEPTS:
        for reject in REJECTS:
            f = figures(data, [[decide(m, p, accept, reject) for m, p in zip(a["marks"], ps)] for a, ps in zip(data, probabilities)])
            gain = (f["precision"] - rules_only["precision"]) + (f["direct"] - rules_only["direct"])
            safe = f["direct"] >= rules_only["direct"] - 1e-9 and f["precision"] >= rules_only["precision"] - 1e-9
            if report:
                print(f"  accept > {accept:.2f} reject < {reject:.2f}: {_line(f)}{' *' if safe and gain > 1e-9 else ''}")
            if safe and gain > 1e-9 and (best is None or gain > best[0] + 1e-9):
                best = (gain, accept, reject)
    return best[1:] if best else None


def nested(data: list[dict], folds: int, c: float) -> dict:
    """Honest figures: per outer fold, thresholds chosen by cross-validation inside the other folds."""
    ids = sorted({a["article"] for a in data})
    fold_of = {a: i % folds for i, a in enumerate(ids)}
    chosen: dict[int, list[bool]] = {}
    for k in range(folds):
        train = [a for a in data if fold_of[a["article"]] != k]
        accept, reject = choose(train, cross_validated(train, folds, c)) or (1.01, -0.01)
        weights = fit([m for a in train for m in a["marks"]], c)
        for i, a in enumerate(data):
            if fold_of[a["article"]] == k:
                chosen[i] = [decide(m, probability(weights, m["features"]), accept, reject) for m in a["marks"]]
        print(f"  fold {k}: accept > {accept}, reject < {reject}")
    return figures(data, [chosen[i] for i in range(len(data))])


def _line(f: dict) -> str:
    return f"direct {f['direct']:.4f} indirect {f['indirect']:.4f} precision {f['precision']:.4f} ({f['predicted']} quotes)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    parser.add_argument("--grid", action="store_true", help="print the cross-validated figures at every pair of thresholds")
    parser.add_argument("--errors", type=Path, help="write the cross-validated overrulings here (development split only)")
    parser.add_argument("--cache", type=Path, help="keep the examples here (a JSON file) between runs")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        data = json.loads(args.cache.read_text())
    else:
        articles, gold = load()
        development = [a for i, a in enumerate(articles) if i % 5 != 0]  # never the held-out fifth
        annotate(development)
        data = examples(development, gold)
        if args.cache:
            args.cache.write_text(json.dumps(data, ensure_ascii=False))
    marks = [m for a in data for m in a["marks"]]
    taken = sum(m["rule"] is not None for m in marks)
    print(f"{len(marks)} quoted stretches in {len(data)} articles; the rules take {taken}, "
          f"{sum(m['label'] and m['rule'] is not None for m in marks)} of them speech; "
          f"{sum(m['label'] and m['rule'] is None for m in marks)} of the {len(marks) - taken} left out are speech")
    print(f"rules alone: {_line(figures(data, [[m['rule'] is not None for m in a['marks']] for a in data]))}")
    print(f"{args.folds}-fold cross-validation by article, c={args.c}; thresholds chosen inside each fold's training part:")
    print(f"classifier overruling the rules: {_line(nested(data, args.folds, args.c))}")
    probabilities = cross_validated(data, args.folds, args.c)
    print(f"classifier instead of the rules (p >= 0.5): {_line(figures(data, [[p >= 0.5 for p in ps] for ps in probabilities]))}")
    picked = choose(data, probabilities, report=args.grid)
    if args.errors:
        accept, reject = picked or (1.01, -0.01)
        lines = []
        for a, ps in zip(data, probabilities):
            for m, p, text in zip(a["marks"], ps, a["text"]):
                if decide(m, p, accept, reject) != (m["rule"] is not None):
                    right = decide(m, p, accept, reject) == m["label"]
                    lines.append(f"{'RIGHT' if right else 'WRONG'} {a['article']} rule={m['rule']} p={p:.2f} label={m['label']} «{text}» {sorted(m['features'])}")
        args.errors.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
