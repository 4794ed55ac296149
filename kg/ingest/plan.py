"""`kg build --dry-run`: what a build would read, found by the readers alone (no spaCy, no store).

Per file: its format, encoding, how many articles it gives and in which languages, and what would
be skipped; then the groups of duplicates: the same text in several files (read once) and
syndicated near-copies (one story, several publications).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

FORMAT_NAMES = {"txt": "text", "md": "Markdown", "html": "HTML", "json": "JSON", "jsonl": "JSON lines",
                "feed": "RSS/Atom feed", "warc": "WARC archive", "table": "CSV/TSV"}


@dataclass
class FilePlan:
    path: str
    format: str
    encoding: str = "UTF-8"
    articles: int = 0
    languages: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)


@dataclass
class Plan:
    files: list[FilePlan] = field(default_factory=list)
    same_text: list[list[str]] = field(default_factory=list)  # one article read from several places
    stories: list[list[str]] = field(default_factory=list)  # original first, then its syndicated copies

    @property
    def articles(self) -> int:
        return sum(f.articles for f in self.files)


def plan(paths: list[str | Path], *, columns: str | dict[str, str] | None = None) -> Plan:
    from ..corpus import SkipFile, file_kind, first_path_order, iter_files, read_file
    from ..errors import CorpusError
    from .syndication import CopyFinder
    from .tables import check_mapping, parse_columns

    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists():
            raise CorpusError(f"{root}: no such file or folder; pass the folder that holds your articles")
    mapping = parse_columns(columns)
    files = sorted({p.resolve(): p for root in roots for p in iter_files(root)}.items(), key=first_path_order)
    result = Plan()
    where_seen: dict[str, list[str]] = {}
    finder = CopyFinder()
    story: dict[str, list[str]] = {}
    for _, path in files:
        kind = file_kind(path) or "?"
        fp = FilePlan(str(path), FORMAT_NAMES.get(kind, kind))
        if kind == "table" and mapping:
            check_mapping(path, mapping)

        def note(msg: str, fp=fp, path=path) -> None:
            text = re.sub(r"^(@\d+|:\d+|\[\d+\])?:\s*", "", msg.removeprefix(str(path)))
            m = text.find("read as ")
            if m >= 0 and "(detected)" in text:
                fp.encoding = text[m + 8:text.index(" (detected)")]
            else:
                fp.notes.append(text)

        try:
            for art in read_file(path, on_warning=note, columns=mapping):
                fp.articles += 1
                fp.languages[art.language or "unknown"] += 1
                places = where_seen.setdefault(art.id, [])
                places.append(art.path)
                if len(places) == 1:
                    first = finder.original_of(art)
                    story.setdefault(first or art.id, []).append(art.path)
        except SkipFile as exc:
            fp.notes.append(f"skipped: {exc}")
        if kind == "warc":
            fp.encoding = "per page" if fp.encoding == "UTF-8" else fp.encoding
        result.files.append(fp)
    result.same_text = [p for p in where_seen.values() if len(p) > 1]
    result.stories = [p for p in story.values() if len(p) > 1]
    return result
