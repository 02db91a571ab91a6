"""Publication dates as ISO 8601, from whatever form an input gives them."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from lagebild.clean.rules import MONTHS_DE

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_DMY = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})(?:,?\s*(?:um\s*)?(\d{1,2})[:.](\d{2}))?")
_D_MONTH_Y = re.compile(r"^(\d{1,2})\.\s*([A-Za-zäöüÄÖÜ]+)\.?\s+(\d{4})(?:,?\s*(?:um\s*)?(\d{1,2})[:.](\d{2}))?")


def _compose(year: int, month: int, day: int, hour: str | None = None, minute: str | None = None) -> str | None:
    try:
        datetime(year, month, day)
    except ValueError:
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if hour is not None and minute is not None and int(hour) < 24 and int(minute) < 60:
        return f"{date}T{int(hour):02d}:{int(minute):02d}"
    return date


def normalize_date(value: str | None) -> str | None:
    """ISO 8601 for ``value`` (ISO, ``16.08.2025``, ``15. Aug. 2025``, RFC 2822), or None."""
    if not value:
        return None
    value = value.strip()
    if _ISO.match(value):
        iso = value.replace(" ", "T", 1)
        try:
            datetime.fromisoformat(iso.replace("Z", "+00:00"))
        except ValueError:
            return None
        return iso
    m = _DMY.match(value)
    if m:
        return _compose(int(m.group(3)), int(m.group(2)), int(m.group(1)), m.group(4), m.group(5))
    m = _D_MONTH_Y.match(value)
    if m and m.group(2).lower() in MONTHS_DE:
        return _compose(int(m.group(3)), MONTHS_DE[m.group(2).lower()], int(m.group(1)), m.group(4), m.group(5))
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def date_part(value: str | None) -> str | None:
    """The ``YYYY-MM-DD`` part of an ISO date or datetime."""
    return value[:10] if value and len(value) >= 10 else None
