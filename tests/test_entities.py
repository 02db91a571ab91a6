"""Story-level entities: merge rules on mentions we construct, and the seeds acceptance test."""

from __future__ import annotations

from lagebild.model import Article, Mention
from lagebild.nlp.entities import EntityIndex, merge_entities, phonetic_key


def _article(aid: str, text: str, names: list[tuple[str, str]], roles: dict[str, str] | None = None) -> Article:
    """An article whose mentions are every occurrence of each (surface, label)."""
    mentions: list[Mention] = []
    for surface, label in sorted(names, key=lambda n: -len(n[0])):  # longest first; no overlaps
        start = 0
        while (found := text.find(surface, start)) != -1:
            end = found + len(surface)
            if not any(m.start < end and found < m.end for m in mentions) and not text[end : end + 1].isalpha():
                mentions.append(Mention(found, end, surface, label, (roles or {}).get(surface)))
            start = end
    mentions.sort(key=lambda m: m.start)
    return Article(id=aid, source=aid, text=text, mentions=mentions)


def test_surname_genitive_role_and_transliteration_merge():
    a = _article("a1", "Bundeskanzlerin Petra Vogt reiste nach Kiew. Vogts Besuch dauerte zwei Tage. Vogt traf Selenskyj.",
                 [("Petra Vogt", "PER"), ("Vogts", "PER"), ("Vogt", "PER"), ("Kiew", "LOC"), ("Selenskyj", "PER")], {"Petra Vogt": "Bundeskanzlerin"})
    b = _article("a2", "Wolodymyr Selenskyj empfing Vogt. Zelensky dankte der NATO, die Nato sagte Hilfe zu.",
                 [("Wolodymyr Selenskyj", "PER"), ("Vogt", "PER"), ("Zelensky", "PER"), ("NATO", "ORG"), ("Nato", "ORG")])
    entities = {e.name: e for e in merge_entities([a, b])}
    assert set(entities) >= {"Petra Vogt", "Wolodymyr Selenskyj", "Kiew"}
    assert len(entities["Petra Vogt"].mentions) == 4
    assert {"Vogts", "Vogt", "Petra Vogt"} <= set(entities["Petra Vogt"].aliases)
    assert {"Selenskyj", "Zelensky", "Wolodymyr Selenskyj"} <= set(entities["Wolodymyr Selenskyj"].aliases)
    nato = [e for e in entities.values() if e.type == "ORG"]
    assert len(nato) == 1 and len(nato[0].mentions) == 2
    for entity in entities.values():
        for span in entity.mentions:
            text = (a if span.article == "a1" else b).text
            assert text[span.start : span.end] == span.text
    index = EntityIndex(list(entities.values()))
    assert index.resolve("die Bundeskanzlerin").name == "Petra Vogt"
    assert index.resolve("Vogts").name == "Petra Vogt"


def test_people_with_the_same_surname_stay_apart():
    a = _article("a1", "Anna Berger und Tom Berger kandidieren. Anna Berger gewann, Tom Berger gratulierte.",
                 [("Anna Berger", "PER"), ("Tom Berger", "PER")])
    names = sorted(e.name for e in merge_entities([a]))
    assert names == ["Anna Berger", "Tom Berger"]


def test_phonetic_key_folds_transliterations():
    assert len({phonetic_key(n) for n in ("Selenskyj", "Selensky", "Zelensky", "Zelenskyy")}) == 1
    assert phonetic_key("Trump") != phonetic_key("Putin")


PEOPLE = ["Donald Trump", "Wladimir Putin", "Wolodymyr Selenskyj", "Friedrich Merz", "Sergej Lawrow", "Marco Rubio",
          "Steve Witkoff", "Juri Uschakow", "Dmitri Peskow", "Alexander Lukaschenko", "Karoline Leavitt"]
PLACES_AND_ORGS = ["Anchorage", "Moskau", "Kiew", "Magadan", "Nato", "Fox News", "Reuters", "CDU"]


def test_seeds_people_are_merged_into_one_entity_each(seeds_run):
    document, _ = seeds_run
    story = max(document["stories"], key=lambda s: len(s["articles"]))
    persons = [e["name"] for e in story["entities"] if e["type"] == "PER"]
    missing = [p for p in PEOPLE if persons.count(p) != 1]
    assert not missing, f"not exactly one PER entity for {missing}; PER entities: {persons}"
    surnames = {p.split()[-1] for p in PEOPLE}
    stray = [p for p in persons if p not in PEOPLE and p.split()[-1] in surnames]
    assert not stray, f"aliases left unmerged: {stray}"


def test_seeds_places_and_organisations_are_found(seeds_run):
    document, _ = seeds_run
    story = max(document["stories"], key=lambda s: len(s["articles"]))
    names = {alias for e in story["entities"] if e["type"] != "PER" for alias in e["aliases"] + [e["name"]]}
    missing = [n for n in PLACES_AND_ORGS if n not in names]
    assert not missing, f"not found: {missing}"
