"""Dates mentioned in a sentence, normalised to ISO (YYYY-MM-DD, YYYY-MM or YYYY)."""
from __future__ import annotations

import re

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS |= {k[:3]: v for k, v in MONTHS.items()} | {"sept": 9}
_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
PATTERNS = (
    (re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), ("m", "d", "y")),
    (re.compile(rf"\b(\d{{1,2}})\s+{_MON}\s+(\d{{4}})\b", re.I), ("d", "m", "y")),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
    (re.compile(rf"\b{_MON}\s+(\d{{4}})\b", re.I), ("m", "y")),
    (re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})", re.I), ("m", "d")),
    (re.compile(r"\b(?:in|since|by|during|from|until)\s+((?:19|20)\d{2})\b", re.I), ("y",)),
)


# Every pattern needs a digit, and all but the ISO and the "in 2019" ones a month's name where a
# word starts: a sentence without them (most) is done in one or two scans instead of six (issue 13)
_DIGIT = re.compile(r"\d")
_MONTH = re.compile(rf"\b{_MON}", re.I)
_NAMES_A_MONTH = (True, True, False, True, True, False)  # PATTERNS that need _MONTH


def find_date(text: str, default_year: str | None = None) -> str | None:
    """The first date in the text; a day without a year borrows the article's year."""
    if _DIGIT.search(text) is None:
        return None
    month = _MONTH.search(text) is not None
    for (rx, order), needs_month in zip(PATTERNS, _NAMES_A_MONTH):
        if needs_month and not month:
            continue
        m = rx.search(text)
        if not m:
            continue
        parts = dict(zip(order, m.groups()))
        y = parts.get("y") or default_year
        if not y:
            continue
        out = y
        if "m" in parts:
            mon = MONTHS.get(parts["m"].lower().rstrip(".")[:4]) or MONTHS.get(parts["m"].lower()[:3])
            if parts["m"].isdigit():
                mon = int(parts["m"])
            if not mon:
                continue
            out += f"-{mon:02d}"
            if "d" in parts:
                day = int(parts["d"])
                if not 1 <= day <= 31:
                    continue
                out += f"-{day:02d}"
        return out
    return None
