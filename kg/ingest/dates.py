"""Publication dates as sources write them -> ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY).

Feeds use RFC 2822 ("Tue, 09 Jul 2024 10:00:00 GMT"), APIs ISO 8601 with a zone, pages and
exports prose ("July 9, 2024", "9 July 2024"). The date kept is the calendar date the publisher
stated, in the publisher's own zone: a story filed late on the 9th in Washington was published
on the 9th there, whatever the date in UTC. A value naming no date (or an ambiguous one, such
as 03/04/2024, which is March in the U.S. and April elsewhere) gives None, and the caller reports it.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from ..dates import iso_date as strict_iso  # YYYY-MM-DD, YYYY-MM or YYYY at the start, else None

_ISO = re.compile(r"\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:[T ]|\s*$)")
_AMBIGUOUS = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b")
# two defaults that differ in every field: a field the text did not give takes each default in turn
_D1, _D2 = datetime(2000, 1, 1), datetime(2001, 2, 2)


def normalise_date(value: object) -> str | None:
    """An ISO calendar date (as precise as the source) for a date written in any common form."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    if _ISO.match(text):  # looks ISO: then it must be a real ISO date (2024-13-01 is not "2024")
        return strict_iso(text)
    if len(text) > 64 or not re.search(r"\d", text):
        return None
    m = _AMBIGUOUS.match(text)
    if m and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2):
        return None
    from dateutil import parser

    try:
        a, b = parser.parse(text, default=_D1), parser.parse(text, default=_D2)
    except (ValueError, OverflowError, TypeError):
        return None
    if a.year != b.year:  # no year given: "July 9" cannot be placed
        return None
    if a.month != b.month:
        return f"{a.year:04d}"
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}"
    return f"{a.year:04d}-{a.month:02d}-{a.day:02d}"
