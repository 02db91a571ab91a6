"""List quoted stretches on unseen text (DER STANDARD 10kGNAD test.csv) that got no direct or partial quote.

Usage: PYTHONPATH=. .venv/bin/python bench/unseen_missed_marks.py START COUNT [semeval]

(10kGNAD keeps quote marks only in the opening lines, its bodies lost them; ``semeval`` reads the
German texts of the SemEval-2022 Task 8 pairs instead, which keep theirs.)

The quote marks are found here by their own simple scan, independent of lagebild's: every pair of
marks of the styles „…“ "…" »…« «…» ‚…‘ “…” ‹…› within 500 characters, and an opener left unclosed
(printed as BROKEN). A stretch is listed when it holds 4+ words, or when a verb of saying or a colon
stands near it, and no predicted direct or partial quote overlaps it. Each line says whether an
indirect quote covers it. For judgement by hand: real speech missed, or rightly left out.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import gnad_records, semeval_german_texts  # noqa: E402
from lagebild.model import Article
from lagebild.nlp.annotate import annotate, consistent_story_mentions

OPENERS = {"„": "“”\"", "\"": "\"“”", "»": "«»", "«": "»", "‚": "‘’", "“": "”\"", "‹": "›"}
SAYING = re.compile(
    r"\b(?:sag|sprach|sprich|erklär|meint|betont|fragt|antwort|rief|ruft|schrieb|schreib|warnt|fordert|kritisier|"
    r"so\s+[A-ZÄÖÜ]|laut\s|zufolge|twitter|kommentier|erwider|entgegn|ergänz|fügt|heißt es|hieß es|zitier|Worte)",
    re.I,
)
WORD = re.compile(r"[\wÄÖÜäöüß-]+")


def spans(text: str):
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        closers = OPENERS.get(ch)
        if closers is None or (i > 0 and not (text[i - 1].isspace() or text[i - 1] in "([–-:/")) or i + 1 < n and text[i + 1].isspace() and ch == '"':
            i += 1
            continue
        j = i + 1
        found = None
        while j < min(n, i + 500):
            if text[j] in closers and (j + 1 >= n or not text[j + 1].isalnum() or ch == '"'):
                found = j
                break
            if text[j] == ch and ch not in "\"" and j > i + 1 and text[j - 1].isspace():
                break  # another opener of the same style before a closer: this one is broken
            j += 1
        if found is None:
            end = text.find(". ", i)
            yield i + 1, (end if end != -1 else min(n, i + 200)), "BROKEN"
            i += 1
            continue
        yield i + 1, found, "pair"
        i = found + 1


def main():
    start, count = int(sys.argv[1]), int(sys.argv[2])
    if len(sys.argv) > 3 and sys.argv[3] == "semeval":
        texts = semeval_german_texts()
        arts = [Article(id=f"sem{i}", source=f"sem{i}", title=None, published=None, language="de", text=t)
                for i, t in enumerate(texts) if start <= i < start + count]
    else:
        arts = [Article(id=r["id"], source=r["id"], title=None, published=None, language="de", text=r["text"])
                for r in gnad_records() if start <= int(r["id"].removeprefix("gnad-")) < start + count]
    annotate(arts)
    for a in arts:
        consistent_story_mentions([a])
    listed = 0
    total = 0
    for a in arts:
        t = a.text
        for s, e, how in spans(t):
            words = WORD.findall(t[s:e])
            if not words:
                continue
            total += 1
            near = t[max(0, s - 80): min(len(t), e + 80)]
            if len(words) < 4 and not SAYING.search(near) and not t[:s - 1].rstrip().endswith(":"):
                continue
            hit = [q for q in a.quotes if q.kind in ("direct", "partial") and q.start < e and s < q.end]
            if hit:
                continue
            ind = any(q.kind == "indirect" and q.start <= s and e <= q.end for q in a.quotes)
            listed += 1
            ctx = (t[max(0, s - 160):s] + "[[" + t[s:e] + "]]" + t[e:e + 80]).replace("\n", " ⏎ ")
            print(f"{a.id} {how} words={len(words)} indirect={'yes' if ind else 'no'}\n  {ctx}\n")
    print(f"# {listed} listed of {total} quoted stretches in {len(arts)} articles")


if __name__ == "__main__":
    main()
