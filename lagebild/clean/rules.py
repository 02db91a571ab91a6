"""The cleaner's rules, as data: each a name, a pattern over one stripped line, and where it applies.

``zone`` says where a rule may fire: ``"any"`` anywhere in the text, ``"head"``
only in the page header (before the first body paragraph), ``"tail"`` only after
the last body paragraph. Add a rule by adding a row; tests in
``tests/test_clean.py`` show what each row must catch and must not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Zone = Literal["any", "head", "tail"]


@dataclass(frozen=True, slots=True)
class LineRule:
    name: str
    pattern: re.Pattern[str]
    zone: Zone = "any"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


AGENCIES = (
    "AFP", "dpa", "Reuters", "AP", "APA", "KNA", "epd", "SID", "dts", "Bloomberg", "ANSA", "EFE",
    "TASS", "Interfax", "Xinhua", "Keystone-SDA", "SDA", "Belga", "AFX", "Kyodo", "Ukrinform",
)
_AGENCY_ALT = "|".join(re.escape(a) for a in AGENCIES)

MONTHS_DE = {
    "jan": 1, "januar": 1, "jänner": 1, "jän": 1, "feb": 2, "februar": 2, "mär": 3, "märz": 3, "mrz": 3,
    "apr": 4, "april": 4, "mai": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "okt": 10, "oktober": 10, "nov": 11, "november": 11,
    "dez": 12, "dezember": 12,
}
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS_DE), key=len, reverse=True))

# Lines that are page furniture wherever they stand.
FURNITURE: tuple[LineRule, ...] = (
    LineRule("skip-link", _rx(r"^(direkt )?zum (haupt)?inhalt( springen)?$|^skip to (main )?content$|^zur navigation( springen)?$|^springe zum inhalt$")),
    LineRule("table-of-contents", _rx(r"^(inhaltsverzeichnis|inhalt|table of contents|contents)$")),
    LineRule("more-link", _rx(r"^(more|mehr|mehr lesen|weiterlesen|read more|mehr dazu|mehr zum thema|alle artikel|zurück|nach oben|top)\s*(»|›|>|\.{3}|…)?$")),
    LineRule("reading-time", _rx(r"^(\d+\s*)?(min\.?|minuten?)\s*(read|lesezeit|lesen)$|^lesedauer:?\s*(ca\.\s*)?\d+\s*min(\.|uten)?$|^\d+\s*min(uten)?\.?\s*lesezeit$|^min read$|^\d+ min read$")),
    LineRule("photo-credit", _rx(r"^(?:(?:foto|fotos|bild|bilder|photo|photos|quelle|credit|copyright)\s*:|©|\(c\))\s*\S.{1,80}$")),
    # "SERGEY BOBYLEV / AFP / picturedesk.com", "MARKUS FELD / ELBTAL-KURIER": a name in capitals, then sources.
    LineRule("photo-credit", re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ.\- ]{2,40}\s*/\s*[\w.\-]+(?:\s*/\s*[\w.\-]+)*$")),
    LineRule("photo-credit", re.compile(r"^(?:" + _AGENCY_ALT + r")\s*/\s*[A-Z][\w .\-]+$")),
    LineRule("bare-url", _rx(r"^(<)?(https?://|www\.)\S+(>)?$")),
    LineRule("embed", _rx(r"^(pic\.twitter\.com/\S+|\[?(embed|video|externer inhalt|inhalte von \w+ anzeigen|video abspielen|audio abspielen|anzeige|advertisement|werbung)\]?)$")),
    LineRule(
        "share-label",
        _rx(
            r"^((artikel |beitrag )?(teilen|drucken|merken|kommentieren|versenden)|share( this| on \w+)?|tweet|"
            r"teilen auf \w+|auf \w+ teilen|link kopieren|e-?mail|facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|"
            r"kommentare?( \(\d+\))?|newsletter abonnieren|jetzt abonnieren|folgen sie uns.*)$"
        ),
    ),
    LineRule("caption-marker", _rx(r"^.{3,300}\((archivbild|symbolbild|archivfoto|symbolfoto)\)\.?$")),
)

# Publisher notices that share a line with the article's text ("… schließen. Der Volltext dieses
# auf Agenturmeldungen basierenden Artikels steht aus rechtlichen Gründen nicht mehr zur Verfügung.").
# They are cut out of the line; left in, one such sentence makes unrelated stubs look alike.
INLINE_NOTICE = re.compile(
    r"(?:Der (?:Voll)?[Tt]ext|Dieser Artikel|Der Inhalt) dieses [^.!?]{0,80}?(?:Artikels|Beitrags|Inhalts) "
    r"(?:steht|ist) [^.!?]{0,80}?nicht mehr (?:zur Verfügung|verfügbar|abrufbar)\.?"
    r"|Dieser (?:Artikel|Beitrag) ist (?:leider )?nicht mehr (?:verfügbar|abrufbar)\.?"
)

# Header lines that carry metadata; the cleaner reads them and drops them from the text.
AGENCY_LINE = re.compile(r"^\(?(" + _AGENCY_ALT + r")(?:\s*[/,]\s*(?:" + _AGENCY_ALT + r"))*\)?$", re.IGNORECASE)

# "15. Aug. 2025 · Lesedauer 5 min", "15. August 2025", "Freitag, 15.08.2025, 14:03 Uhr"
DATELINE = re.compile(
    r"^(?:(?:mo|di|mi|do|fr|sa|so)[a-z]*,?\s+)?(?P<day>\d{1,2})\.\s*(?:(?P<mname>" + _MONTH_ALT + r")\.?|(?P<mnum>\d{1,2})\.)\s*(?P<year>\d{4})"
    r"(?:,?\s*(?:um\s*)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*uhr)?)?"
    r"(?P<rest>(?:\s*[·|•,\-–]\s*.*)?)$",
    re.IGNORECASE,
)
# "16.08.2025 um 06:56, Stefanie Hermann" — a dateline followed by an author name.
BYLINE_AUTHOR = re.compile(r"^[,·|•\-–]\s*(?:von\s+)?(?P<author>[A-ZÄÖÜ][\w'’.\-]+(?:\s+[A-ZÄÖÜ][\w'’.\-]+){1,3})$")
BYLINE_VON = re.compile(r"^(?:von|by|autor(?:in)?:)\s+(?P<author>[A-ZÄÖÜ][\w'’.\-]+(?:\s+[A-ZÄÖÜ][\w'’.\-]+){1,3})(?:\s*[,|·]\s*.*)?$", re.IGNORECASE)
READING_TIME_TAIL = re.compile(r"lesedauer|min read|lesezeit", re.IGNORECASE)
