"""List the quotes predicted on unseen text, each in its context with its speaker, for judgement by hand.

Usage: .venv/bin/python bench/unseen_quotes.py {gnad,semeval} START COUNT [--parity even|odd] [--kind direct|partial|indirect]

``gnad`` reads DER STANDARD articles of 10kGNAD's test split (rows 0–1027; their bodies lost most
quote marks, so they show reported speech and speakers); ``semeval`` the German texts of the
SemEval-2022 Task 8 pairs (0–504; they keep their marks, some are machine-translated). No gold
exists for either: save the listing before a change and after it, and judge each changed line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import gnad_records, semeval_german_texts  # noqa: E402

from lagebild.model import Article  # noqa: E402
from lagebild.nlp.annotate import annotate, consistent_story_mentions  # noqa: E402
from lagebild.nlp.entities import EntityIndex, merge_entities  # noqa: E402
from lagebild.nlp.quotes import resolve_speakers  # noqa: E402


def unseen_articles(corpus: str, start: int, count: int, parity: str | None) -> list[Article]:
    if corpus == "gnad":
        numbered = [(int(r["id"].removeprefix("gnad-")), r["text"]) for r in gnad_records()]
    else:
        numbered = list(enumerate(semeval_german_texts()))
    wanted = {"even": 0, "odd": 1}.get(parity or "")
    prefix = "gnad" if corpus == "gnad" else "sem"
    return [
        Article(id=f"{prefix}{i}", source=f"{prefix}{i}", title=None, published=None, language="de", text=text)
        for i, text in numbered
        if start <= i < start + count and (wanted is None or i % 2 == wanted)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", choices=("gnad", "semeval"))
    parser.add_argument("start", type=int)
    parser.add_argument("count", type=int)
    parser.add_argument("--parity", choices=("even", "odd"), help="only the texts of even or odd index")
    parser.add_argument("--kind", choices=("direct", "partial", "indirect"), help="only quotes of this kind")
    options = parser.parse_args()
    articles = unseen_articles(options.corpus, options.start, options.count, options.parity)
    annotate(articles)
    listed = 0
    for article in articles:
        consistent_story_mentions([article])
        resolve_speakers(article.quotes, {article.id: article}, EntityIndex(merge_entities([article])))
        text = article.text
        for q in article.quotes:
            if options.kind and q.kind != options.kind:
                continue
            listed += 1
            context = (text[max(0, q.start - 150) : q.start] + "[[" + text[q.start : q.end] + "]]" + text[q.end : q.end + 80]).replace("\n", " ⏎ ")
            print(f"{article.id} {q.kind} speaker={q.speaker!r} text={q.speaker_text!r}\n  {context}\n")
    print(f"# {listed} quotes in {len(articles)} articles")


if __name__ == "__main__":
    main()
