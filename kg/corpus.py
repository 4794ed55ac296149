"""Folder -> Iterator[Article]: one reader per file kind, streaming, never raising on bad files.

Bad input (binary, undecodable, broken JSON, empty) is skipped with a warning that names
the file (and line, for JSON lines), passed to ``on_warning``; the build goes on.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from stat import S_ISLNK, S_ISREG

from .errors import CorpusError
from .ids import article_id, normalise_text, valid_unicode
from .ingest.dates import normalise_date
from .ingest.encoding import NotText, decode_bytes, describe
from .models import Article

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
# read by kg.ingest: feeds, web archives (".warc.gz" ends in ".gz"), table exports
FEED_SUFFIXES = (".rss", ".atom", ".xml")
WARC_SUFFIXES = (".warc", ".warc.gz")
TABLE_SUFFIXES = (".csv", ".tsv")
MAX_BYTES = 20_000_000  # a news article is never this big; protects memory on stray dumps
MAX_CHARS = 200_000  # longer texts are cut (with a warning) at a paragraph: the parser's memory grows with length
TEXT_KEYS = ("text", "content", "body")
DATE_KEYS = ("date", "published", "published_at", "datePublished")

Warn = Callable[[str], None]


class SkipFile(Exception):
    """A file (or one record in it) cannot be read; the message says why."""


# Within one build (`one_listing`), the corpus is listed once and each file's real path found
# once: the no-op fingerprint (kg/unchanged.py), the reader and the record of origins
# (kg/sources.py) all ask for them, and at 2,000 files resolving every path took 0.2-0.4 CPU-s
# of a one-article rebuild each time it was asked. Outside a build nothing is kept: the folder
# may change between two calls.
_listed: dict[tuple, tuple[list[Path], list[str]]] | None = None  # (root, exclude) -> (files, warnings)
_real: dict[str, Path] | None = None  # a listed file's path -> its real path


@contextmanager
def one_listing() -> Iterator[None]:
    """List each corpus folder once and resolve each file once until the block ends."""
    global _listed, _real
    outer = _listed, _real
    if _listed is None:
        _listed, _real = {}, {}
    try:
        yield
    finally:
        _listed, _real = outer


def real_path(path: Path) -> Path:
    """The file's real path (links resolved), as Path.resolve() gives it."""
    if _real is not None and (hit := _real.get(str(path))) is not None:
        return hit
    return path.resolve()


def iter_files(root: Path, *, on_warning: Warn | None = None, exclude: tuple[Path, ...] = ()) -> Iterator[Path]:
    """Article files under root (or root itself), in a stable order; hidden files skipped.

    Only what lies inside the corpus is read: a link that leads out of it (corpus/passwd.txt ->
    /etc/passwd) is not followed, nor is a kg output folder (`exclude`, or one holding a build's
    `.exports` stamp or store), whose graph.html would come back as an article; each with a warning,
    as is a folder that cannot be listed. Links to folders are not followed."""
    if _listed is None:
        yield from _walk(root, on_warning, exclude, None)
        return
    key = (str(root), tuple(map(str, exclude)))
    if key not in _listed:
        said: list[str] = []
        _listed[key] = (list(_walk(root, said.append, exclude, _real)), said)
    files, said = _listed[key]
    for msg in said:  # each caller hears the listing's warnings, as if it had listed
        if on_warning:
            on_warning(msg)
    yield from files


def _walk(root: Path, on_warning: Warn | None, exclude: tuple[Path, ...], real: dict[str, Path] | None) -> Iterator[Path]:
    warn = on_warning or (lambda msg: None)
    if root.is_file():
        if real is not None:
            real[str(root)] = root.resolve()
        yield root  # named on the command line: the user chose it, wherever a link leads
        return
    top = root.resolve()
    # a folder reached by the walk is its parent's real path and its name (links to folders are
    # not walked), so a file's real path needs no lookup unless the file itself is a link
    real_dirs = {str(root): str(top)}
    skip = {p.resolve() for p in exclude}

    def unlisted(exc: OSError) -> None:
        warn(f"{exc.filename}: not read: cannot read the folder ({exc.strerror or exc}); its articles are missing")

    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unlisted):
        here = Path(dirpath)
        if here == root and (top in skip or _kg_output(root)):  # `kg build in -o in`: all but kg's own files
            ours = [n for n in filenames if n in KG_OUTPUTS]
            filenames = [n for n in filenames if n not in KG_OUTPUTS]
            if ours:
                warn(f"{root}: not read: {', '.join(sorted(ours))} (written by kg build)")
        for name in list(dirnames):
            sub = here / name
            if name.startswith("."):
                dirnames.remove(name)
            elif sub.is_symlink():
                dirnames.remove(name)
                if not _inside(sub, top):
                    warn(f"{sub}: not read: a link to a folder outside the corpus ({os.path.realpath(sub)})")
            elif sub.resolve() in skip or _kg_output(sub):
                dirnames.remove(name)
                warn(f"{sub}: not read: the output folder of a kg build is not an article folder")
            elif dirpath in real_dirs:
                real_dirs[os.path.join(dirpath, name)] = os.path.join(real_dirs[dirpath], name)
        for name in filenames:
            path = here / name
            if name.startswith(".") or not file_kind(path) or name.lower() == "readme.md":
                continue
            mode = _lmode(path)  # one status for both questions: a file's second stat was a tenth of the walk
            link = S_ISLNK(mode)
            if link and not _inside(path, top):
                warn(f"{path}: skipped: a link to a file outside the corpus ({os.path.realpath(path)})")
            elif path.is_file() if link else S_ISREG(mode):
                found.append(path)
                if real is not None:
                    real[str(path)] = path.resolve() if link or dirpath not in real_dirs else \
                        Path(os.path.join(real_dirs[dirpath], name))
    yield from sorted(found, key=path_order)


def _lmode(path: Path) -> int:
    """The file's own mode (a link's, not its target's); 0 when it cannot be looked at, as
    Path.is_symlink() and is_file() then say False."""
    try:
        return os.lstat(path).st_mode
    except (OSError, ValueError):
        return 0


def path_order(p: Path):
    """The key that sorts paths as Path's own `<` does, three times faster (a POSIX path compares by its
    parts; comparing Path objects rebuilds that tuple at each of the n log n comparisons). Elsewhere
    (Windows compares case-folded parts) the path itself is the key."""
    return p.parts if _POSIX else p


def first_path_order(item: tuple):
    """`path_order` of the first member of a (path, ...) pair; dict keys, so never a tie."""
    return item[0].parts if _POSIX else item[0]


_POSIX = os.name == "posix"

KG_OUTPUTS = {"graph.html", "graph.jsonld", "graph.trig", "graph.ttl", "graph.nq"}


def _inside(path: Path, top: Path) -> bool:
    return Path(os.path.realpath(path)).is_relative_to(top)


def _kg_output(folder: Path) -> bool:
    try:
        return (folder / ".exports").is_file() or (folder / "store" / "CURRENT").is_file()
    except OSError:  # a folder that cannot be looked into is reported when the walk reaches it
        return False


def file_kind(path: Path) -> str | None:
    """The reader a file goes to ("txt", "md", "html", "json", "jsonl", "feed", "warc", "table"), or None."""
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in TABLE_SUFFIXES:
        return "table"
    if suffix in SUFFIXES:
        return {".markdown": "md", ".htm": "html"}.get(suffix, suffix[1:])
    return None


def read_corpus(paths: Path | str | list[Path | str], *, on_warning: Warn | None = None,
                dedupe: bool = True, exclude: tuple[Path, ...] = (),
                on_file: Callable[[Path, list[str], bool], None] | None = None,
                columns: str | dict[str, str] | None = None, copies: bool = True,
                cache: Path | None = None, wanted: Callable[[Article], bool] | None = None) -> Iterator[Article]:
    """Yield every article under the given files/folders, each distinct text once (unless
    dedupe=False: then every file's copy, as `kg extract` reports per file). Folders in `exclude`
    are not read. `on_file(path, article_ids, complete)` hears about each file once it is read:
    the ids of the articles found in it, and whether all of it could be read. `columns` maps
    article fields to CSV/TSV columns ("text=body,date=published"). With copies=True a
    syndicated near-copy of an earlier article carries copy_of (see kg.ingest.syndication).
    `cache`: a folder where what reading gave is kept between calls (kg.ingest.readcache); an
    unchanged file is then not read again, and its articles come without their text (text "")
    unless `wanted(article)` says the caller needs it."""
    from .ingest.syndication import CopyFinder
    from .ingest.tables import check_columns

    warn = on_warning or (lambda msg: None)
    roots = [Path(p) for p in (paths if isinstance(paths, list) else [paths])]
    for root in roots:
        if not root.exists():
            raise CorpusError(f"{root}: no such file or folder; pass the folder that holds your articles")
    mapping = check_columns(roots, columns)  # a mapped column a table lacks: an error before any reading
    # one order whatever the order of the arguments: the first copy of a text wins, always the same one
    files = sorted({real_path(p): p for root in roots
                    for p in iter_files(root, on_warning=warn, exclude=exclude)}.items(), key=first_path_order)
    seen: dict[str, tuple] = {}  # id -> (metadata, path): not the texts, so memory stays small
    finder = CopyFinder() if copies else None
    kept = None
    if cache is not None:
        from .ingest.readcache import ReadCache

        kept = ReadCache(cache, columns=mapping)
    complete = False
    try:
        yield from _read_files(files, warn, seen, finder, mapping, dedupe, on_file, kept, wanted)
        complete = True
    finally:
        if kept is not None:
            kept.finish(complete)


def _read_files(files, warn: Warn, seen: dict, finder, mapping, dedupe: bool, on_file, kept, wanted):
    from .ingest.syndication import FROM_TEXT

    for _, path in files:
        ids: list[str] = []
        problems: list[str] = []

        def warn_here(msg: str) -> None:
            problems.append(msg)
            warn(msg)

        try:
            pairs = kept.read(path, warn_here, read_file, columns=mapping) if kept is not None else \
                ((a, FROM_TEXT) for a in read_file(path, on_warning=warn_here, columns=mapping))
            for art, sig in pairs:
                ids.append(art.id)
                first = seen.get(art.id)
                if first is None:
                    seen[art.id] = (art.metadata(), art.path)
                elif first[0] != art.metadata():
                    warn(f"{art.path}: same text as {first[1]} with other metadata; "
                         f"{'reported separately' if not dedupe else 'keeping the metadata of ' + first[1]}")
                if not dedupe or first is None:
                    art = finder.mark(art, sig) if finder else art
                    if not art.text and kept is not None and (wanted is None or wanted(art)):
                        art = kept.text_of(path, art, read_file, columns=mapping)
                    yield art
        except SkipFile as exc:
            warn_here(f"{path}: skipped: {exc}")
        if not ids and not problems:
            warn_here(f"{path}: skipped: no articles in it")
        if on_file:
            on_file(path, ids, not any(": skipped: " in m for m in problems))


def read_file(path: Path, *, on_warning: Warn | None = None,
              columns: dict[str, str] | None = None) -> Iterator[Article]:
    warn = on_warning or (lambda msg: None)
    kind = file_kind(path)
    date_reported: list[str] = []

    def bad_date(where: str, raw: str) -> None:  # once per file: a feed of 500 entries is one report
        if not date_reported:
            date_reported.append(raw)
            shown = raw if len(raw) <= 60 else raw[:57] + "..."
            warn(f"{where}: date {shown!r} not understood; the article is kept without a date")

    if kind in ("feed", "warc", "table"):
        from .ingest.readers import read_ingested

        for where, fields in read_ingested(path, kind, warn=warn, columns=columns or {}, max_bytes=MAX_BYTES,
                                           decode=lambda p: decode(p, on_warning=warn)):
            try:
                yield from _one(path, where, warn=warn, bad_date=bad_date, **fields)
            except SkipFile as exc:
                warn(f"{where}: skipped: {exc}")
        return
    suffix = path.suffix.lower()
    text = decode(path, on_warning=warn)
    if suffix in (".txt",):
        yield from _one(path, str(path), warn=warn, bad_date=bad_date, **parse_header_text(text))
    elif suffix in (".md", ".markdown"):
        from .ingest.markdown import parse_markdown as parse_md

        md = parse_md(text)
        for problem in md["problems"]:
            warn(f"{path}: {problem}")
        yield from _one(path, str(path), warn=warn, bad_date=bad_date, text=md["text"], **_meta_from(md["meta"]))
    elif suffix in (".html", ".htm"):
        yield from _one(path, str(path), warn=warn, bad_date=bad_date, **parse_html(text))
    elif suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SkipFile(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
        except RecursionError:
            raise SkipFile("JSON nested too deeply to be an article") from None
        records = data if isinstance(data, list) else [data]
        for i, rec in enumerate(records, 1):
            where = f"{path}[{i}]" if isinstance(data, list) else str(path)
            try:
                yield from _one(path, where, warn=warn, bad_date=bad_date, **parse_record(rec))
            except SkipFile as exc:
                warn(f"{where}: skipped: {exc}")
    elif suffix == ".jsonl":
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                yield from _one(path, where, warn=warn, bad_date=bad_date, **parse_record(json.loads(line)))
            except json.JSONDecodeError as exc:
                warn(f"{where}: skipped: invalid JSON at column {exc.colno}: {exc.msg}")
            except RecursionError:
                warn(f"{where}: skipped: JSON nested too deeply to be an article")
            except SkipFile as exc:
                warn(f"{where}: skipped: {exc}")


def _one(path: Path, where: str, *, text: str, warn: Warn | None = None,
         bad_date: Callable[[str, str], None] | None = None, is_summary: bool = False,
         **meta: str | None) -> Iterator[Article]:
    from .ingest.language import detect_language

    text = normalise_text(drop_invisible(text or ""))  # the stored text: offsets and the id refer to it
    if len(text) < 2:
        raise SkipFile("no article text")
    if len(text) > MAX_CHARS:
        cut = text.rfind("\n", 0, MAX_CHARS)
        text = text[: cut if cut > MAX_CHARS // 2 else MAX_CHARS].rstrip()
        if warn:
            warn(f"{where}: only the first {len(text):,} characters are read (an article is not this long)")
    title = meta.get("title") or _first_line_title(text) or path.stem
    day = iso_date(meta.get("date"))
    if day is None and meta.get("date") and str(meta["date"]).strip() and bad_date:
        bad_date(where, _clean(meta["date"]) or "")
    yield Article(id=article_id(text), text=text, path=where, title=_clean(title),
                  date=day, url=_clean(meta.get("url")),
                  source=_clean(meta.get("source")), language=detect_language(text),
                  is_summary=bool(is_summary), captured=iso_date(meta.get("captured")))


def decode(path: Path, *, on_warning: Warn | None = None) -> str:
    """Read a file as text: UTF-8 (or UTF-16 with a byte-order mark), else the encoding that
    charset-normalizer detects, named in a warning; binary data is refused with a reason."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SkipFile(f"{size:,} bytes is over the {MAX_BYTES:,}-byte limit for one file")
        raw = path.read_bytes()
    except OSError as exc:
        raise SkipFile(f"cannot read ({exc.strerror or exc})") from None
    try:
        text, encoding = decode_bytes(raw)
    except NotText as exc:
        raise SkipFile(str(exc)) from None
    if encoding and on_warning:
        on_warning(f"{path}: not UTF-8; read as {describe(encoding)} (detected), check its accented letters "
                   "and quotes, or re-save the file as UTF-8")
    return text


_HEADER_LINE = re.compile(r"^([A-Z][A-Z0-9_ ]{1,30}):\s*(.*)$")


def parse_header_text(text: str) -> dict[str, str | None]:
    """`KEY: value` lines, then a line of dashes, then the body (the us-gov release layout)."""
    lines = text.lstrip("\ufeff").splitlines()
    for i, line in enumerate(lines[:40]):
        if re.fullmatch(r"-{3,}\s*", line):
            head = [_HEADER_LINE.match(h) for h in lines[:i] if h.strip()]
            if head and all(head):
                meta = {m.group(1).strip().lower(): m.group(2).strip() for m in head if m}
                return {"text": "\n".join(lines[i + 1:]), **_meta_from(meta)}
            break
    return {"text": text}


def parse_markdown(text: str) -> dict[str, str | None]:
    """YAML front matter and a Markdown body, by real parsers (see kg.ingest.markdown)."""
    from .ingest.markdown import parse_markdown as parse_md

    md = parse_md(text)
    return {"text": md["text"], **_meta_from(md["meta"])}


def parse_html(html: str) -> dict[str, str | None]:
    """Main text of a page via trafilatura (drops menus, scripts, footers)."""
    from . import htmltext

    return htmltext.extract(html)


def parse_record(rec: object) -> dict[str, str | None]:
    if not isinstance(rec, dict):
        raise SkipFile(f"expected a JSON object, found {type(rec).__name__}")
    fields = {str(k).lower(): v for k, v in rec.items()}
    text = next((fields[k] for k in TEXT_KEYS if isinstance(fields.get(k), str) and fields[k].strip()), None)
    if text is None:
        raise SkipFile(f"no text field (one of {', '.join(TEXT_KEYS)})")
    meta = {k: str(v) for k, v in fields.items()
            if isinstance(v, (str, int, float)) and not isinstance(v, bool) and k not in TEXT_KEYS}
    return {"text": text, **_meta_from(meta)}


def _meta_from(meta: dict[str, str]) -> dict[str, str | None]:
    def pick(*keys: str) -> str | None:
        return next((meta[k] for k in keys if meta.get(k)), None)

    return {"title": pick("title", "headline"),
            "date": pick(*(k.lower() for k in DATE_KEYS)),
            "url": pick("url", "source_url", "link"),
            "source": pick("source", "publisher", "site", "sitename")}


def iso_date(value: str | None) -> str | None:
    """A real calendar date (YYYY-MM-DD, YYYY-MM or YYYY) from ISO 8601, RFC 2822 or prose
    ("July 9, 2024", "9 July 2024"); None when the value names no date (see kg.ingest.dates)."""
    if not value:
        return None
    return normalise_date(value)


def _first_line_title(text: str) -> str | None:
    first = text.split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 160 and not first.endswith(".") else None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = re.sub(r"\s+", " ", drop_invisible(valid_unicode(str(value)))).strip()
    return value or None


# Characters that print as nothing but change how text is split and matched: zero-width space,
# non-joiner and joiner, word joiner, invisible operators, BOM, soft hyphen, Mongolian vowel
# separator, and the bidi marks, embeddings, overrides and isolates. "Huawei\u200d." hides a
# sentence end from the tokenizer; "\u202eHuawei" would become a label no one can search for.
# They go before the Article is made, so the parser, the stored text and every offset agree.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def drop_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)
