"""Calendar dates as the graph stores them: ISO 8601 at day, month or year precision.

A bottom module (standard library only) so that reading articles, querying `--as-of` and
the extractor share one notion of a valid date without importing each other.
"""
from __future__ import annotations

import re
from datetime import date


def iso_date(value: str | None) -> str | None:
    """Keep a date only when it is a real calendar date (YYYY-MM-DD, YYYY-MM or YYYY)."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:[T ]|\s*$)", str(value))
    if not m:
        return None
    y, mo, d = m.groups()
    if mo and not 1 <= int(mo) <= 12:
        return None
    if d:
        try:
            date.fromisoformat(f"{y}-{mo}-{d}")  # 2024-02-31 is not a date
        except ValueError:
            return None
    return "-".join(x for x in (y, mo, d) if x)
