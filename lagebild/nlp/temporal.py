"""German time expressions, resolved against the article's publication date (TIMEX3-style values).

Rules are rows of :data:`RULES`: a name, a pattern, a type and a resolver. The
resolvers know German news usage:

* ``am Freitag`` points to the next Friday in a sentence about the future or present
  (a Thursday article: tomorrow) and to the last one in a sentence in the past (a
  Saturday article: yesterday);
* day parts stay attached (``Freitagabend`` → ``2025-08-15TEV``); a clock time takes its
  day from the date expression before it in the sentence, and its zone from
  ``MESZ``/``MEZ``/``mitteleuropäischer Zeit`` (``21.30 Uhr MESZ`` → ``…T21:30+02:00``);
* durations and ranges become ISO 8601 durations (``2 Stunden und 45 Minuten`` → ``PT2H45M``,
  ``sechs bis sieben Stunden`` → ``PT6H/PT7H``); ``vor sieben Jahren`` is a date (2018);
* names are not dates: ``Merz`` is not ``März``, ``August`` needs a day, a year or ``im``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from lagebild.model import Sentence, TimeExpression
from lagebild.nlp.numbers import NUMBER, parse_number

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "febr": 2, "märz": 3, "mär": 3, "april": 4, "apr": 4,
    "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}
MONTH_RE = r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\.|Feb\.|Febr\.|Mär\.|Apr\.|Jun\.|Jul\.|Aug\.|Sep\.|Sept\.|Okt\.|Nov\.|Dez\.)"
WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonnabend": 5, "sonntag": 6}
WEEKDAY_RE = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
DAYPARTS = {"morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF", "abend": "EV", "nacht": "NI"}
DAYPART_RE = r"(?:morgen|früh|vormittag|mittag|nachmittag|abend|nacht)"
ZONES = {"mesz": "+02:00", "mez": "+01:00", "utc": "+00:00", "gmt": "+00:00", "cest": "+02:00", "cet": "+01:00"}
DURATION_CODES = {"sekunde": ("T", "S"), "minute": ("T", "M"), "stunde": ("T", "H"), "tag": ("", "D"), "woche": ("", "W"), "monat": ("", "M"), "jahr": ("", "Y"), "jahrzehnt": ("", "DE")}
_DUR_UNIT_RE = r"(?:Sekunden?|Minuten?|Stunden?|Tagen?|Tage|Tag|Wochen?|Monaten?|Monate|Monat|Jahren?|Jahre|Jahr|Jahrzehnten?|Jahrzehnte)"

_FUTURE = re.compile(r"\b(wird|werden|werde|soll|sollen|solle|will|wollen|wolle|plant|planen|geplant|erwartet|voraussichtlich|kommende[nmrs]?|nächste[nmrs]?|bevorstehende[nmrs]?|beginnen|dürfte|könnte|könnten)\b", re.I)
_PAST = re.compile(r"\b(hatte|hatten|hat|haben|war|waren|wurde|wurden|ist|sind|gestern|vergangene[nmrs]?|letzte[nmrs]?|zuvor|bereits|damals)\b|\b\w+(?:te|ten)\b", re.I)


@dataclass(slots=True)
class _Context:
    text: str
    anchor: date | None
    sentence_start: int
    sentence_end: int
    sentence: str


Resolver = Callable[[re.Match, _Context], tuple[str, str] | None]  # -> (type, value)


def _tense(ctx: _Context, position: int) -> str:
    sentence = ctx.sentence
    if _FUTURE.search(sentence):
        return "future"
    if re.search(r"\b(hatte|hatten|war|waren|wurde|wurden|gestern|vergangene[nmrs]?|zuvor|damals)\b", sentence, re.I):
        return "past"
    if re.search(r"\b(hat|haben|ist|sind)\b[^.]*\bge\w+(t|en)\b", sentence):
        return "past"
    # Präteritum of common news verbs
    if re.search(r"\b(sagte|erklärte|traf|trafen|kam|kamen|legte|telefonierte|begann|endete|dauerte|sprach|reiste|landete|empfing|fand|gab|stellte|teilte|nannte|forderte|kündigte|veröffentlichte)\b", sentence):
        return "past"
    return "present"


def _weekday_date(anchor: date, weekday: int, tense: str) -> date:
    delta = (weekday - anchor.weekday()) % 7  # days forward to the next such weekday (0: today)
    if tense == "future":
        return anchor + timedelta(days=delta)
    if tense == "past":
        return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
    back = (anchor.weekday() - weekday) % 7
    return anchor + timedelta(days=delta) if delta <= back else anchor - timedelta(days=back)


def _daypart(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower()
    for key, code in DAYPARTS.items():
        if word.endswith(key):
            return code
    return None


def _iso(d: date) -> str:
    return d.isoformat()


def _year_for(month: int, day: int | None, anchor: date | None) -> int | None:
    if anchor is None:
        return None
    year = anchor.year
    candidate = date(year, month, min(day or 1, 28))
    # Closest occurrence to the anchor (news talks about the near past and near future).
    if (candidate - anchor).days > 200:
        year -= 1
    elif (anchor - candidate).days > 200:
        year += 1
    return year


def _r_full_date(m: re.Match, ctx: _Context):
    day, month, year = int(m.group("d")), MONTHS[m.group("m").lower().rstrip(".")], m.group("y")
    if year is None:
        y = _year_for(month, day, ctx.anchor)
        if y is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}"
        year = y
    try:
        return "DATE", date(int(year), month, day).isoformat()
    except ValueError:
        return None


def _r_numeric_date(m: re.Match, ctx: _Context):
    day, month, year = int(m.group("d")), int(m.group("mo")), m.group("y")
    if year is None:
        if ctx.anchor is None:
            return None
        year = _year_for(month, day, ctx.anchor)
    year = int(year)
    if year < 100:
        year += 2000 if year < 50 else 1900
    try:
        return "DATE", date(year, month, day).isoformat()
    except ValueError:
        return None


def _r_month(m: re.Match, ctx: _Context):
    month = MONTHS[m.group("m").lower().rstrip(".")]
    year = m.group("y")
    if not year:
        y = _year_for(month, None, ctx.anchor)
        return ("DATE", f"{y}-{month:02d}") if y else ("DATE", f"XXXX-{month:02d}")
    return "DATE", f"{int(year)}-{month:02d}"


def _r_year(m: re.Match, ctx: _Context):
    return "DATE", m.group("y")


def _r_weekday(m: re.Match, ctx: _Context):
    if ctx.anchor is None:
        return None
    weekday = WEEKDAYS[m.group("w").lower()]
    resolved = _weekday_date(ctx.anchor, weekday, _tense(ctx, m.start()))
    part = _daypart(m.group("p")) or _daypart(m.group("p2"))
    return "DATE", _iso(resolved) + (f"T{part}" if part else "")


_RELATIVE_DAYS = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2, "tags darauf": 1, "am vortag": -1, "am folgetag": 1, "am nächsten tag": 1, "am tag darauf": 1}


def _r_relative_day(m: re.Match, ctx: _Context):
    if ctx.anchor is None:
        return None
    key = " ".join(m.group("rel").lower().split())
    offset = _RELATIVE_DAYS[key]
    if key == "am vortag" and re.match(r"\s+(?:der|des)\s", ctx.text[m.end() : m.end() + 6]):
        offset = 0  # "am Vortag der Gespräche": the day before an event that is still ahead, i.e. the day reported on
    resolved = ctx.anchor + timedelta(days=offset)
    part = _daypart(m.group("p"))
    return "DATE", _iso(resolved) + (f"T{part}" if part else "")


def _r_daypart(m: re.Match, ctx: _Context):
    day = _sentence_day(ctx.text[ctx.sentence_start : m.start()], ctx) or (_iso(ctx.anchor) if ctx.anchor else None)
    if day is None:
        return None
    return "TIME", f"{day}T{_daypart(m.group('p'))}"


def _r_clock(m: re.Match, ctx: _Context):
    hour = int(m.group("h"))
    minute = int(m.group("min") or 0)
    if hour > 24 or minute > 59:
        return None
    zone_word = (m.group("z") or "").lower()
    zone = ZONES.get(zone_word, "")
    if not zone and re.search(r"mitteleuropäischer\s+(?:sommer)?zeit|deutscher zeit", ctx.sentence, re.I):
        zone = "+02:00" if ctx.anchor and 4 <= ctx.anchor.month <= 10 else "+01:00"
    day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
    # The day comes from a date expression earlier in the same sentence, if any.
    earlier = ctx.text[ctx.sentence_start : m.start()]
    found_day = _sentence_day(earlier, ctx)
    if found_day:
        day = found_day
    return "TIME", f"{day}T{hour:02d}:{minute:02d}{zone}"


def _sentence_day(fragment: str, ctx: _Context) -> str | None:
    best = None
    for rule in RULES:
        if rule.type_hint != "DATE":
            continue
        for m in rule.pattern.finditer(fragment):
            resolved = rule.resolve(m, ctx)
            if resolved and re.match(r"\d{4}-\d{2}-\d{2}", resolved[1]):
                if best is None or m.start() > best[0]:
                    best = (m.start(), resolved[1][:10])
    return best[1] if best else None


def _duration_value(amount: float, unit: str) -> str:
    base = unit.lower()
    for key, (prefix, code) in DURATION_CODES.items():
        if base.startswith(key):
            if code == "DE":
                amount, code = amount * 10, "Y"
            number = int(amount) if float(amount).is_integer() else amount
            if not float(amount).is_integer() and code in ("Y", "H"):
                whole = int(amount)
                sub = round((amount - whole) * (12 if code == "Y" else 60))
                return f"P{prefix}{whole}{code}{sub}{'M' if code == 'Y' else 'M'}" if code == "Y" else f"PT{whole}H{sub}M"
            return f"P{prefix}{number}{code}"
    return "PXX"


def _r_duration(m: re.Match, ctx: _Context):
    a = parse_number(m.group("a"))
    if a is None:
        return None
    value = _duration_value(a, m.group("u"))
    if m.group("b"):
        b = parse_number(m.group("b"))
        if b is None:
            return None
        return "RANGE", f"{value}/{_duration_value(b, m.group('u'))}"
    if m.group("c"):
        c = parse_number(m.group("c"))
        second = _duration_value(c, m.group("u2"))
        if value.startswith("PT") and second.startswith("PT"):
            return "DURATION", value + second[2:]
        if value.startswith("P") and second.startswith("PT"):
            return "DURATION", value + second[1:]
        return "DURATION", value + second[1:]
    return "DURATION", value


def _r_ago(m: re.Match, ctx: _Context):
    a = parse_number(m.group("a"))
    if a is None or ctx.anchor is None:
        return None
    unit = m.group("u").lower()
    if unit.startswith("jahr"):
        return "DATE", str(ctx.anchor.year - int(a))
    if unit.startswith("monat"):
        month = ctx.anchor.month - int(a)
        year = ctx.anchor.year + (month - 1) // 12
        return "DATE", f"{year}-{(month - 1) % 12 + 1:02d}"
    if unit.startswith("woche"):
        return "DATE", (ctx.anchor - timedelta(weeks=a)).isoformat()
    if unit.startswith("tag"):
        return "DATE", (ctx.anchor - timedelta(days=a)).isoformat()
    return None


def _r_since_year(m: re.Match, ctx: _Context):
    return "DATE", m.group("y")


def _r_vague_hours(m: re.Match, ctx: _Context):
    unit = m.group("u").lower()
    code = {"stunden": "PTXH", "minuten": "PTXM", "tagen": "PXD", "tage": "PXD", "wochen": "PXW", "monaten": "PXM", "jahren": "PXY"}.get(unit, "PX")
    return "DURATION", code


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    type_hint: str


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


RULES: tuple[Rule, ...] = (
    Rule("full-date", _rx(rf"\b(?P<d>\d{{1,2}})\.\s*(?P<m>{MONTH_RE})(?:\s+(?P<y>\d{{4}}))?"), _r_full_date, "DATE"),
    Rule("numeric-date", _rx(r"\b(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>\d{4}|\d{2})?(?!\d)"), _r_numeric_date, "DATE"),
    Rule("month-year", _rx(rf"\b(?:(?:im|Im|seit|Seit|bis|Anfang|Mitte|Ende|ab)\s+)?(?P<m>{MONTH_RE})\s+(?P<y>\d{{4}})\b"), _r_month, "DATE"),
    Rule("in-month", _rx(rf"\b(?:im|Im|Anfang|Mitte|Ende|seit|Seit|ab|bis)\s+(?P<m>{MONTH_RE})(?P<y>)(?!\s*\d)"), _r_month, "DATE"),
    Rule("weekday", _rx(rf"\b(?:(?:am|Am|seit|Seit|bis|ab|vom|Vom|nächsten|kommenden|vergangenen|letzten)\s+)?(?:(?:frühen|späten)\s+)?(?P<w>{WEEKDAY_RE})(?P<p>{DAYPART_RE})?(?:\s+(?P<p2>(?:morgen|vormittag|nachmittag|abend)))?(?!\w)"), _r_weekday, "DATE"),
    Rule("relative-day", _rx(r"(?<![\w-])(?P<rel>heute|Heute|gestern|Gestern|vorgestern|Vorgestern|übermorgen|morgen(?!s)(?=\s+(?:früh|wird|werden|soll|will|könnte|kommt|beginnt|am|um|ab|\d))|[Aa]m Vortag|[Aa]m Folgetag|[Aa]m nächsten Tag|[Aa]m Tag darauf|tags darauf)(?:\s+(?P<p>[Mm]orgen|[Aa]bend|[Nn]achmittag|[Vv]ormittag|[Mm]ittag|[Nn]acht|früh))?(?!\w)"), _r_relative_day, "DATE"),
    Rule("ago", _rx(rf"\bvor\s+(?P<a>{NUMBER})\s+(?P<u>Jahren|Monaten|Wochen|Tagen)\b", re.I), _r_ago, "DATE"),
    Rule("since-year", _rx(r"\b(?:seit|Seit|bis|Bis|ab|Ab|im Jahre?|Im Jahre?|Anfang|Ende|Mitte)\s+(?P<y>1[5-9]\d\d|20\d\d)\b"), _r_since_year, "DATE"),
    Rule("clock", _rx(r"\b(?:(?:gegen|um|ab|bis|Gegen|Um|Ab|Bis)\s+)?(?P<h>\d{1,2})(?:[.:](?P<min>\d{2}))?\s*Uhr(?:\s+(?P<z>MESZ|MEZ|UTC|GMT|CEST|CET|Ortszeit))?"), _r_clock, "TIME"),
    Rule("daypart", _rx(r"\b(?:am|Am|in der|In der)\s+(?:(?:frühen|späten|gestrigen|heutigen)\s+)?(?P<p>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)\b"), _r_daypart, "TIME"),
    Rule("duration", _rx(rf"\b(?:zwischen\s+|seit\s+|Seit\s+|für\s+|nach\s+|binnen\s+|innerhalb\s+(?:von\s+)?)?(?P<a>{NUMBER})(?:\s+(?:bis|und|oder)\s+(?P<b>{NUMBER}))?\s+(?P<u>{_DUR_UNIT_RE})\b(?:\s+(?:und\s+)?(?P<c>{NUMBER})\s+(?P<u2>{_DUR_UNIT_RE})\b)?", re.I), _r_duration, "DURATION"),
    Rule("vague-duration", _rx(r"\b(?:[Ww]enige|[Ee]inige|[Mm]ehrere|[Vv]iele)\s+(?P<u>Stunden|Minuten|Tagen?|Wochen|Monaten|Jahren)\b"), _r_vague_hours, "DURATION"),
    Rule("year", _rx(r"(?<![\d.,])\b(?:im\s+|Im\s+)?(?P<y>19\d\d|20[0-4]\d)\b(?![\d.,]|\s*(?:Prozent|%|Euro|Dollar|Menschen|Personen|Mal|Meter|Kilometer))"), _r_year, "DATE"),
)
_NON_DURATION_PREFIX = re.compile(r"(vor|Vor)\s+$")


def tag_times(text: str, published: str | None, lang: str = "de", sentences: list[Sentence] | None = None) -> list[TimeExpression]:
    """Time expressions in ``text`` with values resolved against ``published`` (ISO date or datetime).

    ``sentences`` are ``text``'s sentences when the caller has them already (no match crosses one).
    """
    anchor = None
    if published:
        try:
            anchor = date.fromisoformat(published[:10])
        except ValueError:
            anchor = None
    from lagebild.nlp.sentences import split_sentences

    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    for sentence in sentences if sentences is not None else split_sentences(text):
        ctx = _Context(text, anchor, sentence.start, sentence.end, text[sentence.start : sentence.end])
        for rule in RULES:
            for m in rule.pattern.finditer(text, sentence.start, sentence.end):
                start, end = m.span()
                if any(a < end and start < b for a, b in taken):
                    continue
                if rule.name == "duration" and _NON_DURATION_PREFIX.search(text[max(0, start - 5) : start]):
                    continue
                resolved = rule.resolve(m, ctx)
                if resolved is None:
                    continue
                kind, value = resolved
                found.append(TimeExpression(start, end, text[start:end], kind, value, anchor.isoformat() if anchor else None))  # type: ignore[arg-type]
                taken.append((start, end))
    found.sort(key=lambda t: t.start)
    return found
