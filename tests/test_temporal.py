"""German time expressions resolved against the publication date, and quantities."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from lagebild.nlp.numbers import extract_quantities
from lagebild.nlp.temporal import tag_times

CASES = [
    # (text, published, expression, type, value)
    ("Der Gipfel soll am Freitag erst am späten Abend beginnen.", "2025-08-14", "am Freitag", "DATE", "2025-08-15"),
    ("Der Gipfel soll am Freitag erst am späten Abend beginnen.", "2025-08-14", "am späten Abend", "TIME", "2025-08-15TEV"),
    ("Am Freitag trafen sich die beiden Präsidenten in Anchorage.", "2025-08-16", "Am Freitag", "DATE", "2025-08-15"),
    ("Die Delegation trifft am Freitagabend (21.30 Uhr MESZ) ein.", "2025-08-15", "21.30 Uhr MESZ", "TIME", "2025-08-15T21:30+02:00"),
    ("Die Delegation trifft am Freitagabend (21.30 Uhr MESZ) ein.", "2025-08-15", "am Freitagabend", "DATE", "2025-08-15TEV"),
    ("Die Sitzung beginnt gegen 20 Uhr mitteleuropäischer Zeit.", "2026-01-10", "gegen 20 Uhr", "TIME", "2026-01-10T20:00+01:00"),
    ("Die Runde dauerte 2 Stunden und 45 Minuten.", "2025-08-16", "2 Stunden und 45 Minuten", "DURATION", "PT2H45M"),
    ("Die Runde dauerte nur 2 Stunden 45 Minuten.", "2025-08-16", "2 Stunden 45 Minuten", "DURATION", "PT2H45M"),
    ("Es könnten sechs bis sieben Stunden werden.", "2025-08-15", "sechs bis sieben Stunden", "RANGE", "PT6H/PT7H"),
    ("Der Auftritt dauerte zwölf Minuten.", "2025-08-16", "zwölf Minuten", "DURATION", "PT12M"),
    ("Sie trafen sich zuletzt vor sieben Jahren.", "2025-08-15", "vor sieben Jahren", "DATE", "2018"),
    ("Es ist der erste Gipfel seit 2021.", "2025-08-15", "seit 2021", "DATE", "2021"),
    ("Der Vertrag wurde am 16.08.2025 unterzeichnet.", "2025-09-01", "16.08.2025", "DATE", "2025-08-16"),
    ("Die Wahl findet am 1. September statt.", "2025-08-15", "1. September", "DATE", "2025-09-01"),
    ("Er sprach gestern in Berlin.", "2025-08-15", "gestern", "DATE", "2025-08-14"),
    ("Die Stadt wurde im Jahr 1867 verkauft.", "2025-08-15", "im Jahr 1867", "DATE", "1867"),
    ("Das Treffen ist für den 15. Aug. geplant.", "2025-08-01", "15. Aug.", "DATE", "2025-08-15"),
    ("Der Pegel sinkt seit dreieinhalb Jahren nicht.", "2025-08-15", "seit dreieinhalb Jahren", "DURATION", "P3Y6M"),
]


@pytest.mark.parametrize("text,published,expression,kind,value", CASES, ids=[c[2] for c in CASES])
def test_expression(text, published, expression, kind, value):
    found = {t.text: t for t in tag_times(text, published)}
    assert expression in found, list(found)
    assert (found[expression].type, found[expression].value) == (kind, value)


def test_names_are_not_dates():
    assert tag_times("Friedrich Merz sprach mit August Diehl über die Lage.", "2025-08-15") == []
    assert tag_times("Die Preise stiegen um 20 Prozent, Nr. 5 folgte.", "2025-08-15") == []


@given(st.text(alphabet=st.sampled_from(list("0123456789. am Freitag seit bis Uhr Stunden März Merz vor Jahren\n")), max_size=120))
def test_spans_exact_and_disjoint(text):
    found = tag_times(text, "2025-08-15")
    last = -1
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.start >= last
        last = t.end


def test_quantities_are_normalised():
    q = {x.text: x for x in extract_quantities("Die Runde dauerte etwa 2 Stunden und 45 Minuten statt sechs bis sieben Stunden; "
                                               "der Handel wuchs um 20 Prozent, die Schäden liegen bei rund 12 Millionen Euro, "
                                               "sagte der 79-Jährige über die drei Vertreter.")}
    assert (q["2 Stunden und 45 Minuten"].value, q["2 Stunden und 45 Minuten"].approximate) == (165.0, True)
    assert (q["sechs bis sieben Stunden"].value, q["sechs bis sieben Stunden"].high) == (360.0, 420.0)
    assert (q["20 Prozent"].value, q["20 Prozent"].unit) == (20.0, "%")
    assert (q["12 Millionen Euro"].value, q["12 Millionen Euro"].unit) == (12_000_000.0, "EUR")
    assert (q["79-Jährige"].measure, q["79-Jährige"].value) == ("age", 79.0)
    assert q["drei Vertreter"].measure == "count:Vertreter"


def test_real_cases_table(seeds_dir):
    """At least 100 real cases from the seeds and Wikinews, gold values written by hand."""
    import sys
    from pathlib import Path

    bench = Path(__file__).resolve().parents[1] / "bench"
    sys.path.insert(0, str(bench))
    import csv

    from temporal import TABLE, evaluate, load_texts

    rows = list(csv.DictReader(TABLE.open(encoding="utf-8"), delimiter="\t"))
    assert len(rows) >= 100
    right, total, wrong = evaluate(rows, load_texts())
    accuracy = sum(right.values()) / sum(total.values())
    print(f"time-expression table: {sum(right.values())}/{sum(total.values())} = {accuracy:.2f}")
    assert accuracy >= 0.9, wrong
