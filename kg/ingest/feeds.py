"""RSS and Atom feeds (feedparser): one article per entry.

An entry's text is its full content when the feed carries it (content:encoded, Atom content),
else its summary, and then the article says so (is_summary): a summary is a weaker witness than
the story. Title, link, publication date (as written: RFC 2822 in RSS, ISO 8601 in Atom) and the
feed's title as the source come with it.
"""
from __future__ import annotations

from collections.abc import Iterator


class NotAFeed(ValueError):
    """The file does not parse as RSS or Atom."""


def _text(value: str, mime: str | None) -> str:
    from ..htmltext import fragment_text

    if mime and "html" not in mime and "xml" not in mime:
        return value
    return fragment_text(value)


def read_feed(raw: bytes) -> Iterator[tuple[int, dict]]:
    """(entry number from 1, fields for kg.corpus): text, title, date, url, source, is_summary.
    Raises NotAFeed when the bytes hold no feed at all."""
    import feedparser

    parsed = feedparser.parse(raw, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception")
        raise NotAFeed(f"not an RSS or Atom feed{f' ({why})' if why else ''}")
    source = parsed.feed.get("title")
    for i, entry in enumerate(parsed.entries, 1):
        contents = [c for c in entry.get("content", []) if c.get("value", "").strip()]
        summary = entry.get("summary", "")
        if contents:
            text, is_summary = "\n\n".join(_text(c["value"], c.get("type")) for c in contents), False
        else:
            detail = entry.get("summary_detail") or {}
            text, is_summary = _text(summary, detail.get("type")), True
        src = entry.get("source", {}).get("title") if isinstance(entry.get("source"), dict) else None
        yield i, {"text": text, "title": entry.get("title"),
                  "date": entry.get("published") or entry.get("updated") or entry.get("created"),
                  "url": entry.get("link"), "source": src or source, "is_summary": is_summary}
