"""Benchmark: quotes and speakers against the gold speech annotations of 700 German Wikinews articles.

Gold: ``../shared/corpus/wikinews-speech`` (GermEval 2023 SpkAtt task 2 train split, converted):
Direct, Indirect, Reported, FreeIndirect and IndirectFreeIndirect speech with message,
source (speaker) and cue spans. A gold message counts as found when one predicted quote
covers at least half of it (gold direct messages include their quote marks; ours do not, so
the marks are stripped before comparing). Precision: predicted quotes of which at least half
lies inside some gold message (of any form), overall and per predicted kind. Speaker accuracy: over found messages whose gold
source is not a pronoun, the share whose predicted speaker's surname occurs in the gold source
span; the second figure also counts a speaker whose phrase in the text (``speaker_span``)
overlaps the gold source span, which is right when a role or description was resolved to a
name the span does not spell. A third figure, not the goal's, also counts a quote whose channel
(``channel_span``: the outlet or platform it came through, "sagte X dem Sender Y") lies on the gold
source, since the gold names the outlet as the source of some quotes ("sagte Raab laut Spiegel
Online": Raab, and in a second entry Spiegel Online).

Articles whose index is divisible by 5 are the held-out split (never looked at while
developing); the rest is the development split. ``--errors FILE`` writes the development split's
errors for study by hand (predicted quotes outside any gold message, gold messages not found, found
messages with a wrong speaker), each in its context; the held-out split is never listed. Anchors: GermEval 2023 baseline joint F1 ≈ 40;
Brunner et al. F1 90.8 direct, 79.2 indirect. Goals: direct recall ≥ 0.95, indirect recall
≥ 0.85, precision ≥ 0.90, speaker accuracy ≥ 0.90.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import CORPUS  # noqa: E402

from lagebild.model import Article  # noqa: E402
from lagebild.nlp.annotate import annotate, consistent_story_mentions  # noqa: E402
from lagebild.nlp.entities import EntityIndex, merge_entities  # noqa: E402
from lagebild.nlp.quotes import resolve_speakers  # noqa: E402

QUOTE_MARKS = "„“”\"»«‚‘’'"


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in QUOTE_MARKS or text[end - 1].isspace() or text[end - 1] in ".,"):
        end -= 1
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def load() -> tuple[list[Article], dict[str, list[dict]]]:
    articles = []
    for line in (CORPUS / "wikinews-speech" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        articles.append(Article(id=r["id"], source=r["id"], title=r.get("title"), published=r.get("published"), language="de", text=r["text"]))
    gold: dict[str, list[dict]] = defaultdict(list)
    for line in (CORPUS / "wikinews-speech" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        gold[g["article"]].append(g)
    return articles, gold


def _in_context(text: str, start: int, end: int, width: int = 120) -> str:
    return (text[max(0, start - width) : start] + "[[" + text[start:end] + "]]" + text[end : end + width]).replace("\n", " ⏎ ")


def evaluate(articles: list[Article], gold: dict[str, list[dict]], errors: list[str] | None = None) -> dict[str, float]:
    found = defaultdict(int)
    total = defaultdict(int)
    predicted = correct_predictions = 0
    predicted_kind: dict[str, int] = defaultdict(int)
    correct_kind: dict[str, int] = defaultdict(int)
    speaker_total = speaker_correct = speaker_span_correct = speaker_or_channel_correct = 0
    with_channel = 0
    for article in articles:
        text = article.text
        items = gold.get(article.id, [])
        quotes = article.quotes
        spans = [_inner(text, g["message"]["start"], g["message"]["end"]) for g in items]
        for q in quotes:
            predicted += 1
            with_channel += q.channel is not None
            predicted_kind[q.kind] += 1
            length = max(1, q.end - q.start)
            if any(_overlap((q.start, q.end), s) >= 0.5 * length for s in spans):
                correct_predictions += 1
                correct_kind[q.kind] += 1
            elif errors is not None:
                errors.append(f"FP {article.id} {q.kind} speaker={q.speaker!r}\n  {_in_context(text, q.start, q.end)}\n")
        for g, span in zip(items, spans):
            form = g["form"]
            total[form] += 1
            length = max(1, span[1] - span[0])
            match = next((q for q in quotes if _overlap((q.start, q.end), span) >= 0.5 * length), None)
            if match is None:
                if errors is not None:
                    errors.append(f"MISS {article.id} {form} source={(g.get('source') or {}).get('text')!r}\n  {_in_context(text, *span)}\n")
                continue
            found[form] += 1
            source = g.get("source") or {}
            if source.get("text") and not g.get("source_is_pronoun"):
                speaker_total += 1
                named = bool(match.speaker and match.speaker.split()[-1].lower() in source["text"].lower())
                speaker_correct += named
                # The phrase we attributed the quote to is the one the annotators marked: right even
                # when resolved to a name the source span does not spell ("Der Bundespräsident" → Horst Köhler).
                attributed = match.speaker or match.speaker_text
                on_span = bool(attributed and match.speaker_span and _overlap(match.speaker_span, (source["start"], source["end"])) > 0)
                speaker_span_correct += named or on_span
                on_channel = bool(match.channel_span and _overlap(match.channel_span, (source["start"], source["end"])) > 0)
                speaker_or_channel_correct += named or on_span or on_channel
                if errors is not None and not (named or on_span):
                    errors.append(
                        f"WRONG {article.id} {match.kind} gold={source['text']!r} got={match.speaker!r} text={match.speaker_text!r}\n"
                        f"  {_in_context(text, match.start, match.end)}\n"
                    )
    metrics = {f"recall {form}": found[form] / total[form] for form in sorted(total) if total[form]}
    metrics["recall indirect (Indirect + IndirectFreeIndirect)"] = (found["Indirect"] + found["IndirectFreeIndirect"]) / max(1, total["Indirect"] + total["IndirectFreeIndirect"])
    metrics["precision"] = correct_predictions / max(1, predicted)
    for kind in sorted(predicted_kind):
        metrics[f"precision {kind} ({predicted_kind[kind]} predicted)"] = correct_kind[kind] / predicted_kind[kind]
    metrics["speaker accuracy (named sources)"] = speaker_correct / max(1, speaker_total)
    metrics["speaker accuracy (name or source span)"] = speaker_span_correct / max(1, speaker_total)
    metrics["speaker accuracy (name, span or channel)"] = speaker_or_channel_correct / max(1, speaker_total)
    metrics["counts"] = f"{sum(total.values())} gold messages, {predicted} predicted quotes ({with_channel} with a channel), {speaker_total} named sources"
    return metrics


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", type=Path, metavar="FILE", help="write the development split's errors (FP, MISS, WRONG) to FILE")
    options = parser.parse_args()
    articles, gold = load()
    started = time.perf_counter()
    annotate(articles)
    for article in articles:
        consistent_story_mentions([article])
        entities = merge_entities([article])
        resolve_speakers(article.quotes, {article.id: article}, EntityIndex(entities))
    elapsed = time.perf_counter() - started
    held_out = [a for i, a in enumerate(articles) if i % 5 == 0]
    development = [a for i, a in enumerate(articles) if i % 5 != 0]
    print(f"Wikinews speech: {len(articles)} articles annotated in {elapsed:.1f} s ({len(articles) / elapsed:.0f} articles/s)")
    errors: list[str] = []
    for name, split in (("held-out (index % 5 == 0)", held_out), ("development", development)):
        print(f"\n{name}: {len(split)} articles")
        for key, value in evaluate(split, gold, errors if split is development and options.errors else None).items():
            print(f"  {key:50} {value:.3f}" if isinstance(value, float) else f"  {key:50} {value}")
    if options.errors:
        options.errors.write_text("".join(errors), encoding="utf-8")
        counts = {kind: sum(e.startswith(kind + " ") for e in errors) for kind in ("FP", "MISS", "WRONG")}
        print(f"\ndevelopment errors: {counts['FP']} FP, {counts['MISS']} MISS, {counts['WRONG']} WRONG -> {options.errors}")
    print("\nanchors: GermEval 2023 baseline joint F1 ≈ 40; Brunner et al. F1 90.8 direct / 79.2 indirect")
    print("goals: direct recall ≥ 0.95, indirect recall ≥ 0.85, precision ≥ 0.90, speaker accuracy ≥ 0.90")


if __name__ == "__main__":
    main()
