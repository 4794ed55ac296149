"""HTML page -> main text and metadata. trafilatura first; a tag-stripping fallback after."""
from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "form", "svg"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "tr", "blockquote"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []
        self.title: list[str] = []
        self.meta: dict[str, str] = {}
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            a = {k: v or "" for k, v in attrs}
            key = (a.get("name") or a.get("property") or "").lower()
            if key and a.get("content"):
                self.meta[key] = a["content"]
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.depth:
            self.depth -= 1
        elif tag == "title":
            self._in_title = False
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self.depth:
            self.parts.append(data)


def _fallback(html: str) -> _Text:
    parser = _Text()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - a broken page still yields what was parsed
        pass
    return parser


def extract(html: str) -> dict[str, str | None]:
    page = _fallback(html)
    meta = page.meta
    text = None
    try:
        import trafilatura

        text = trafilatura.extract(html, include_comments=False, include_tables=False,
                                   favor_precision=True, deduplicate=False)
    except Exception:  # noqa: BLE001 - trafilatura can choke on hostile markup
        text = None
    if not text or len(text) < 40:
        text = "".join(page.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
    title = (meta.get("og:title") or meta.get("title") or " ".join(page.title).strip() or None)
    return {"text": text, "title": title,
            "date": meta.get("date") or meta.get("article:published_time") or meta.get("dc.date"),
            "url": meta.get("og:url") or meta.get("url"),
            "source": meta.get("source") or meta.get("og:site_name") or meta.get("publisher")}


def fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed entry's content or summary): every word kept, tags dropped,
    block elements as line breaks. A fragment has no page furniture for trafilatura to remove."""
    # line breaks in the markup are spaces (as a browser shows them); only block elements break lines
    text = "".join(_fallback(re.sub(r"\s+", " ", html)).parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()
