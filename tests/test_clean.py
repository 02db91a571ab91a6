"""The cleaner on the real seeds and on furniture we write ourselves."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from lagebild.clean import clean_article, clean_text
from lagebild.clean.dates import normalize_date
from lagebild.ingest import ingest
from lagebild.model import Article

from conftest import seed_path

# Furniture named in the foundation issue; none of these may survive cleaning.
FURNITURE_LINES = ("Direkt zum Inhalt", "Inhaltsverzeichnis", "more", "min read", "SERGEY BOBYLEV / AFP / picturedesk.com")


def _clean_seed(prefix: str) -> tuple[Article, list[str]]:
    path = seed_path(prefix)
    batch = ingest([str(path)])
    assert not batch.errors
    article = clean_article(batch.articles[0])
    return article, path.read_text(encoding="utf-8").split("\n")


def test_seed_000_agency_headline_kicker_date():
    article, _ = _clean_seed("000")
    assert article.outlet == "AFP"
    assert article.title == "Trump und Putin in Alaska: Wird es einen Deal geben?"
    assert article.kicker == "USA-Russland-Gipfel"
    assert article.published == "2025-08-15"
    assert article.language == "de"
    assert "Lesedauer" not in article.text
    assert "https://x.com/" not in article.text
    assert not article.text.startswith("AFP")


def test_seed_002_byline_furniture_and_captions():
    article, raw_lines = _clean_seed("002")
    assert article.author == "Stefanie Hermann"
    assert article.published == "2025-08-16T06:56"
    assert article.title.startswith("Putin macht Angebot, Trump:")
    cleaned_lines = article.text.split("\n")
    for furniture in FURNITURE_LINES:
        assert furniture not in cleaned_lines, furniture
    # The repeated caption (raw lines 3 and 4) and the image description before the credit are gone.
    caption = raw_lines[2].strip()
    assert raw_lines[3].strip() == caption
    assert caption not in article.text
    assert raw_lines[1].strip() not in article.text
    rules = {r.rule for r in article.removed}
    assert {"skip-link", "caption-repeated", "image-caption", "photo-credit", "meta:dateline", "reading-time", "table-of-contents", "more-link"} <= rules


@pytest.mark.parametrize("prefix,published", [("001", "2025-08-15"), ("003", "2025-08-15"), ("004", "2025-08-14")])
def test_date_prefix_seeds(prefix, published):
    article, _ = _clean_seed(prefix)
    assert article.published == published
    assert not article.text.lstrip().startswith("date")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_body_paragraphs_survive(prefix):
    article, raw_lines = _clean_seed(prefix)
    # Lines the cleaner may drop: header captions of 002 and the "(Archivbild)" caption of 004.
    captions = {"002": {2}, "004": {3}}.get(prefix, set())
    for number, line in enumerate(raw_lines, start=1):
        line = line.strip()
        if prefix != "000" and number == 1:
            line = line.split(" ", 2)[-1] if line.startswith("date ") else line
        if len(line.split()) >= 8 and number not in captions and "Lesedauer" not in line:
            body_line = line.split("date ", 1)[-1]
            if body_line.startswith("20"):
                body_line = body_line[11:]
            assert body_line.lstrip("• ").strip() in article.text, f"{prefix}:{number} lost"


def test_written_furniture_is_removed_and_reported():
    text = "\n".join([
        "Zum Inhalt springen",
        "Teilen",
        "Hochwasser in Lindenau: Deich hält vorerst",
        "14.03.2026 um 07:12, Jana Roth",
        "Nach tagelangem Regen ist die Elbe in Lindenau über die Ufer getreten. Die Stadt bereitet Evakuierungen vor.",
        "https://example.org/video/12345",
        "Helferinnen füllen Sandsäcke am Elbufer. (Archivbild)",
        "Rund 300 Helferinnen und Helfer füllten in der Nacht zu Samstag Sandsäcke.",
        "Foto: Jana Roth",
        "mehr",
    ])
    cleaned, removed, meta = clean_text(text)
    assert meta["title"] == "Hochwasser in Lindenau: Deich hält vorerst"
    assert meta["author"] == "Jana Roth"
    assert meta["published"] == "2026-03-14T07:12"
    assert cleaned.split("\n\n") == [
        "Hochwasser in Lindenau: Deich hält vorerst",
        "Nach tagelangem Regen ist die Elbe in Lindenau über die Ufer getreten. Die Stadt bereitet Evakuierungen vor.",
        "Rund 300 Helferinnen und Helfer füllten in der Nacht zu Samstag Sandsäcke.",
    ]
    assert [r.rule for r in removed] == [
        "skip-link", "share-label", "meta:dateline", "bare-url", "caption-marker", "photo-credit", "more-link",
    ]
    assert [r.line for r in removed] == [1, 2, 4, 6, 7, 9, 10]


def test_headings_in_the_body_are_kept():
    text = "Der Landtag hat am Dienstag über den Haushalt beraten. Die Opposition kritisierte die Pläne scharf.\nStreit um Schulden\nDie Regierung verteidigte die neuen Kredite."
    cleaned, removed, _ = clean_text(text)
    assert "Streit um Schulden" in cleaned.split("\n\n")
    assert removed == []


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2025-08-15", "2025-08-15"),
        ("2026-03-14T08:30:00+01:00", "2026-03-14T08:30:00+01:00"),
        ("16.08.2025", "2025-08-16"),
        ("16.08.2025 um 06:56", "2025-08-16T06:56"),
        ("15. Aug. 2025", "2025-08-15"),
        ("3. März 2026", "2026-03-03"),
        ("Fri, 13 Mar 2026 18:05:00 +0100", "2026-03-13T18:05:00+01:00"),
        ("31.02.2025", None),
        ("gestern", None),
        ("", None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_clean_text_never_crashes_and_keeps_only_input_lines(text):
    cleaned, removed, _ = clean_text(text)
    source_lines = {line.strip() for line in text.split("\n")}
    for paragraph in cleaned.split("\n\n"):
        if paragraph:
            assert paragraph in source_lines or paragraph.startswith("• ")
    assert all(r.line >= 1 for r in removed)


def test_a_publisher_notice_is_cut_out_of_the_line_it_shares():
    from lagebild.clean.cleaner import clean_text

    raw = (
        "Die Stadtwerke erhöhen den Gaspreis zum Jahreswechsel um neun Prozent. Der Volltext dieses auf "
        "Agenturmeldungen basierenden Artikels steht aus rechtlichen Gründen nicht mehr zur Verfügung.\n"
        "Dieser Artikel ist leider nicht mehr verfügbar."
    )
    cleaned, removed, _meta = clean_text(raw)
    assert cleaned == "Die Stadtwerke erhöhen den Gaspreis zum Jahreswechsel um neun Prozent."
    assert [(r.rule, r.line) for r in removed] == [("notice", 1), ("notice", 2)]
    assert removed[0].text.startswith("Der Volltext dieses")
