"""Numbers and quantities in German text, normalised: durations, counts, percentages, money, ages.

``extract_quantities`` finds ``2 Stunden 45 Minuten`` (165 min, a duration), ``sechs bis
sieben Stunden`` (360–420 min, a range), ``20 Prozent``, ``5 Milliarden Euro``, ``der
79-Jährige`` (age 79) and ``drei Vertreter`` (a count of Vertreter). ``group_quantities``
keys them by what they measure so that a later stage can compare what outlets say.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lagebild.model import Quantity

UNITS_WORDS = {
    "null": 0, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eins": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "einhundert": 100, "tausend": 1000,
    "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5, "viereinhalb": 4.5,
    "fünfeinhalb": 5.5, "halbe": 0.5, "halben": 0.5, "dutzend": 12, "zwei dutzend": 24,
}
# Number words used for quantities (articles like "ein"/"eine" only count with explicit units).
NUMBER_WORD = r"(?:" + "|".join(sorted((re.escape(w) for w in UNITS_WORDS if " " not in w), key=len, reverse=True)) + r")"
NUMERAL = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
NUMBER = rf"(?:{NUMERAL}|{NUMBER_WORD})"
SCALE = {"tausend": 1e3, "tsd.": 1e3, "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12}
CURRENCY = {"euro": "EUR", "€": "EUR", "eur": "EUR", "dollar": "USD", "us-dollar": "USD", "$": "USD", "usd": "USD", "franken": "CHF", "chf": "CHF", "pfund": "GBP", "rubel": "RUB", "hrywnja": "UAH", "hrywnjas": "UAH", "yuan": "CNY"}
DURATION_UNITS = {
    "sekunde": ("s", 1 / 60), "sekunden": ("s", 1 / 60), "minute": ("min", 1), "minuten": ("min", 1),
    "stunde": ("h", 60), "stunden": ("h", 60), "tag": ("d", 1440), "tage": ("d", 1440), "tagen": ("d", 1440),
    "woche": ("w", 10080), "wochen": ("w", 10080), "monat": ("mo", 43800), "monate": ("mo", 43800),
    "monaten": ("mo", 43800), "jahr": ("y", 525600), "jahre": ("y", 525600), "jahren": ("y", 525600),
    "jahrzehnt": ("y", 5256000), "jahrzehnte": ("y", 5256000), "jahrzehnten": ("y", 5256000),
}
DISTANCE = {"kilometer": 1000, "km": 1000, "meter": 1, "m": 1, "zentimeter": 0.01, "cm": 0.01, "meilen": 1609.34, "meile": 1609.34}
APPROX = re.compile(r"(rund|etwa|ca\.|circa|knapp|gut|fast|beinahe|annähernd|mehr als|über|weniger als|unter|bis zu|mindestens|höchstens|schätzungsweise|nahezu)\s+$", re.I)

_DUR_UNIT = "|".join(sorted(DURATION_UNITS, key=len, reverse=True))
_DURATION = re.compile(
    rf"\b(?:zwischen\s+)?(?P<a>{NUMBER})(?:\s+(?:bis|und|oder|-|–)\s+(?P<b>{NUMBER}))?\s+(?P<u1>{_DUR_UNIT})\b"
    rf"(?:\s+(?:und\s+)?(?P<c>{NUMBER})\s+(?P<u2>{_DUR_UNIT})\b)?",
    re.I,
)
_PERCENT = re.compile(rf"\b(?P<a>{NUMBER})(?:\s*(?:bis|-|–)\s*(?P<b>{NUMBER}))?\s*(?:Prozent|%|Prozentpunkte[n]?)", re.I)
_MONEY = re.compile(
    rf"(?P<pre>[$€]\s?)?\b(?P<a>{NUMERAL}|{NUMBER_WORD})(?:\s*(?:bis|-|–)\s*(?P<b>{NUMERAL}))?\s*(?P<scale>Tausend|Tsd\.|Millionen|Million|Mio\.?|Milliarden|Milliarde|Mrd\.?|Billionen|Billion)?\s*(?P<cur>Euro|EUR|€|US-Dollar|Dollar|USD|\$|Franken|CHF|Pfund|Rubel|Yuan)\b",
    re.I,
)
_AGE = re.compile(r"\b(?P<a>\d{1,3})-[Jj]ährige[nrms]?\b")
_DISTANCE = re.compile(rf"\b(?P<a>{NUMERAL}|{NUMBER_WORD})\s*(?P<u>Kilometer|km|Meter|Zentimeter|cm|Meilen|Meile)\b", re.I)
_COUNT = re.compile(rf"\b(?P<a>{NUMERAL}|{NUMBER_WORD})\s+(?P<noun>(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ][\wäöüß-]+)")
_YEARLIKE = re.compile(r"^(1[5-9]\d\d|20\d\d)$")


def parse_number(token: str) -> float | None:
    """``1.300`` → 1300, ``6,40`` → 6.4, ``sieben`` → 7, ``dreieinhalb`` → 3.5."""
    token = token.strip().lower()
    if token in UNITS_WORDS:
        return float(UNITS_WORDS[token])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", token):
        token = token.replace(".", "")
    token = token.replace(",", ".")
    try:
        return float(token)
    except ValueError:
        return None


def _approx(text: str, start: int) -> bool:
    return bool(APPROX.search(text[max(0, start - 20) : start]))


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in taken)


def extract_quantities(text: str) -> list[Quantity]:
    """Quantities in ``text`` with normalised values; spans never overlap."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(q: Quantity) -> None:
        if not _overlaps(taken, q.start, q.end):
            found.append(q)
            taken.append((q.start, q.end))

    for m in _MONEY.finditer(text):
        a = parse_number(m.group("a"))
        if a is None or (m.group("a").lower() in ("ein", "eine", "einen") and not m.group("scale")):
            continue
        scale = SCALE.get((m.group("scale") or "").lower(), 1)
        b = parse_number(m.group("b")) if m.group("b") else None
        start = m.start("pre") if m.group("pre") else m.start("a")
        add(Quantity(start, m.end(), text[start : m.end()], a * scale, CURRENCY[m.group("cur").lower()], "money", b * scale if b else None, _approx(text, start)))
    for m in _DURATION.finditer(text):
        a = parse_number(m.group("a"))
        if a is None:
            continue
        if m.group("a").lower() in ("ein", "einen", "einem", "einer", "eine") and not m.group("c"):
            a = 1.0
        unit, minutes = DURATION_UNITS[m.group("u1").lower()]
        value = a * minutes
        high = parse_number(m.group("b")) * minutes if m.group("b") else None
        if m.group("c"):
            value += (parse_number(m.group("c")) or 0) * DURATION_UNITS[m.group("u2").lower()][1]
        start = m.start()
        add(Quantity(start, m.end(), text[start : m.end()], value, "min", "duration", high, _approx(text, start)))
    for m in _PERCENT.finditer(text):
        a = parse_number(m.group("a"))
        if a is None:
            continue
        b = parse_number(m.group("b")) if m.group("b") else None
        add(Quantity(m.start(), m.end(), m.group(), a, "%", "percent", b, _approx(text, m.start())))
    for m in _AGE.finditer(text):
        add(Quantity(m.start(), m.end(), m.group(), float(m.group("a")), "year", "age"))
    for m in _DISTANCE.finditer(text):
        a = parse_number(m.group("a"))
        if a is not None:
            add(Quantity(m.start(), m.end(), m.group(), a * DISTANCE[m.group("u").lower()], "m", "distance", None, _approx(text, m.start())))
    for m in _COUNT.finditer(text):
        raw = m.group("a")
        if raw.lower() in ("ein", "eine", "einen", "einem", "einer", "eins") or _YEARLIKE.match(raw):
            continue
        if re.match(r"\d", raw) and (text[m.start() - 1 : m.start()] == "." or text[m.end("a") : m.end("a") + 1] == "."):
            continue  # dates like 15. August
        a = parse_number(raw)
        noun = m.group("noun").split()[-1]
        if a is None or noun.lower() in ("uhr", "prozent", "mal") or noun.lower() in DURATION_UNITS:
            continue
        add(Quantity(m.start(), m.end(), m.group(), a, "count", f"count:{noun}", None, _approx(text, m.start())))
    found.sort(key=lambda q: q.start)
    return found


def group_quantities(quantities: list[Quantity]) -> dict[str, list[Quantity]]:
    """Quantities keyed by what they measure (``duration``, ``percent``, ``count:Vertreter`` …)."""
    groups: dict[str, list[Quantity]] = defaultdict(list)
    for quantity in quantities:
        groups[quantity.measure].append(quantity)
    return dict(groups)
