"""Agency copy and stories on the seeds, and the online clusterer's persistence."""

from __future__ import annotations

import json

import duckdb

from conftest import CORPUS, seed_id
from lagebild.cluster import StoryClusterer, cluster_batch
from lagebild.dedup import ArticleDedup, find_shared_passages
from lagebild.model import Article
from lagebild.nlp.sentences import tokenize


def test_seeds_form_exactly_one_story(seeds_run):
    document, _ = seeds_run
    assert len(document["stories"]) == 1
    assert len(document["stories"][0]["articles"]) == 5


def test_dpa_passage_shared_by_001_and_004_has_exact_spans(seeds_run):
    document, articles = seeds_run
    a, b = seed_id(document, "001"), seed_id(document, "004")
    texts = {x["id"]: x["text"] for x in document["articles"]}
    story = document["stories"][0]
    shared = [d for d in story["duplicates"] if {d["a"]["article"], d["b"]["article"]} == {a, b}]
    assert len(shared) == 1
    for side in ("a", "b"):
        span = shared[0][side]
        assert texts[span["article"]][span["start"] : span["end"]] == span["text"]
        assert span["text"].startswith("Zu den Forderungen aus Europa")
        assert "Sicherheitsgarantien" in span["text"]
    assert shared[0]["similarity"] > 0.6
    # Nothing else in the seeds is agency copy.
    assert len(story["duplicates"]) == 1


def _article(aid: str, text: str, published: str, title: str | None = None) -> Article:
    article = Article(id=aid, source=aid, text=text, published=published, title=title, language="de")
    article.tokens = tokenize(text)
    return article


FLOOD_1 = ("Hochwasser in Lindenau: Die Elbe hat in Lindenau am Freitag einen Pegel von 6,40 Metern erreicht. "
           "Bürgermeisterin Petra Vogt ließ die Altstadt evakuieren, Feuerwehr und Technisches Hilfswerk füllten Sandsäcke am Elbdeich.")
FLOOD_2 = ("Der Elbdeich in Lindenau ist in der Nacht gebrochen. Das Hochwasser überflutete die Altstadt, "
           "Bürgermeisterin Petra Vogt sprach von einer Katastrophe. Feuerwehr und Technisches Hilfswerk pumpen Wasser ab.")
BUDGET = ("Bürgermeisterin Petra Vogt hat im Stadtrat von Lindenau den Haushalt für das kommende Jahr vorgestellt. "
          "Die Fraktionen streiten über neue Kredite für Schulen, Radwege und die Sanierung des Rathauses.")


def test_same_people_weeks_apart_on_another_event_stay_apart():
    stories = cluster_batch([
        _article("f1", FLOOD_1, "2026-03-13", "Hochwasser in Lindenau"),
        _article("f2", FLOOD_2, "2026-03-14", "Deich in Lindenau gebrochen"),
        _article("b1", BUDGET, "2026-05-20", "Streit um den Haushalt in Lindenau"),
    ])
    assert stories["f1"] == stories["f2"]
    assert stories["b1"] != stories["f1"]


def test_unrelated_wikinews_article_does_not_join_the_seeds(seeds_run):
    document, articles = seeds_run
    line = (CORPUS / "wikinews-speech" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0]
    record = json.loads(line)
    other = _article(record["id"], record["text"], "2025-08-15", record["title"])
    ordered = sorted(articles.values(), key=lambda a: a.published or "")
    clusterer = StoryClusterer()
    seed_story = {clusterer.assign(a) for a in ordered}
    assert len(seed_story) == 1
    assert clusterer.assign(other) not in seed_story


def test_state_survives_save_and_load():
    conn = duckdb.connect()
    first = StoryClusterer()
    a1 = first.assign(_article("f1", FLOOD_1, "2026-03-13"))
    first.save(conn)
    second = StoryClusterer.load(conn)
    assert second.assign(_article("f1", FLOOD_1, "2026-03-13")) == a1  # known article: same story, no new state
    assert second.assign(_article("f2", FLOOD_2, "2026-03-14")) == a1
    second.save(conn)
    third = StoryClusterer.load(conn)
    assert third.assignments == second.assignments and third.documents == 2


def test_whole_article_copies_and_passages():
    dedup = ArticleDedup()
    original = _article("o", FLOOD_1 + " " + FLOOD_2, "2026-03-14")
    copy = _article("c", FLOOD_1 + " " + FLOOD_2 + " Mehr dazu morgen.", "2026-03-14")
    assert dedup.add(original) is None
    assert dedup.add(copy) == "o"
    other = _article("x", "Im Stadtrat gab es Streit. " + FLOOD_2, "2026-03-15")
    passages = find_shared_passages(original, other)
    assert passages and all(p.a.text == original.text[p.a.start : p.a.end] for p in passages)
    assert "Das Hochwasser überflutete die Altstadt" in passages[0].b.text  # (short sentences alone never count)
