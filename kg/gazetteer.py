"""The domain gazetteer: real entities with canonical names, types, aliases and QIDs.

Data lives in ontologies/gazetteer.jsonl (documented in ontologies/README.md); users add
their own JSON-lines files with the same fields, and later files win on a clash.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from .errors import KGError
from .ids import entity_iri
from .vocab import CLASSES

def _ontology_dir() -> Path:
    """ontologies/ beside the package in a checkout (editable install), else the copy a wheel
    installs under sys.prefix/share/kg/ontologies."""
    import sys

    here = Path(__file__).resolve().parent.parent / "ontologies"
    installed = Path(sys.prefix) / "share" / "kg" / "ontologies"
    return here if (here / "kg.ttl").exists() or not (installed / "kg.ttl").exists() else installed


ONTOLOGY_DIR = _ontology_dir()
DEFAULT_GAZETTEER = ONTOLOGY_DIR / "gazetteer.jsonl"
TYPES = set(CLASSES)
# The spaCy NER label a gazetteer type is tagged with, so downstream rules see one scheme.
SPACY_LABEL = {"Company": "ORG", "GovernmentBody": "ORG", "Organization": "ORG", "Country": "GPE",
               "City": "GPE", "Region": "GPE", "Person": "PERSON", "Product": "PRODUCT",
               "Event": "EVENT", "Policy": "LAW", "Facility": "FAC"}


@dataclass(frozen=True)
class Entry:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    qid: str | None = None
    demonyms: tuple[str, ...] = ()
    metonym_for: str | None = None
    part_of: str | None = None
    maker: str | None = None  # products: the canonical name of who makes or runs them
    # the country the entry belongs to: a company's home (its headquarters), a body's state; it also tells apart
    # entries sharing a name ("Novatek")
    country: str | None = None
    # how a text names it under its owner's possessive: "European Union's executive arm" (the owner stays a name of
    # its own there, so the possessive's owns fact is read; kg/extract/spans.py)
    described: tuple[str, ...] = ()


# compiled once: re.sub's own cache lookup was most of key()'s time, and loading the gazetteer
# keys its ~9,000 names and aliases on every build (0.07 -> 0.025 CPU-s; issue 13)
_POSSESSIVE, _ARTICLE, _GAPS = re.compile(r"'s$"), re.compile(r"^the\s+"), re.compile(r"[\s\-]+")


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Lookup key for names: case-, quote-, article- and possessive-insensitive."""
    s = unicodedata.normalize("NFKC", text).replace("\u2019", "'").casefold()
    s = _POSSESSIVE.sub("", s.strip())
    s = _ARTICLE.sub("", s)
    s = _GAPS.sub(" ", s)
    return s.strip(" .,;:'\"")


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)  # canonical name -> entry
    index: dict[str, str] = field(default_factory=dict)  # key(alias) -> canonical name
    demonyms: dict[str, str] = field(default_factory=dict)  # key(demonym) -> country name
    # key(form) -> canonical names of every entry that form names, where it names more than one
    # ("Novatek": the Russian gas producer and the Taiwanese chip designer); the text chooses
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def add(self, entry: Entry) -> None:
        old = self.entries.get(entry.name)
        if old:  # a later file's entry replaces the earlier one, aliases included
            for alias in old.aliases:
                if self.index.get(key(alias)) == old.name:
                    self.index.pop(key(alias), None)
        self.entries[entry.name] = entry
        for cached in ("_homes", "_described", "_described_heads"):
            self.__dict__.pop(cached, None)
        for form in (entry.name, *entry.aliases):
            k = key(form)
            other = self.index.get(k)
            if other is not None and other != entry.name and other in self.entries:
                # the later entry stays the reading when the text says nothing of which (later files win)
                self.shared[k] = (*[n for n in self.shared.get(k, (other,)) if n != entry.name], entry.name)
            self.index[k] = entry.name
        for dem in entry.demonyms:
            self.demonyms[key(dem)] = entry.name

    def lookup(self, text: str) -> Entry | None:
        name = self.index.get(key(text))
        return self.entries.get(name) if name else None

    def candidates(self, text: str) -> list[Entry]:
        """Every entry a form names: one, or several where entries share it (see `shared`)."""
        k = key(text)
        names = self.shared.get(k) or ((self.index[k],) if k in self.index else ())
        return [self.entries[n] for n in names if n in self.entries]

    def home(self, iri: str) -> str | None:
        """The entity IRI of the country an entry belongs to (its `country`), by the entry's entity IRI: what a
        later description ("the Dutch chipmaker") must fit."""
        homes = self.__dict__.get("_homes")
        if homes is None:
            homes = self.__dict__["_homes"] = {entity_iri(e.name): entity_iri(e.country)
                                               for e in self.entries.values() if e.country}
        return homes.get(iri)

    def described_as(self, owner: str, text: str) -> Entry | None:
        """The entry "OWNER's TEXT" describes ("European Union", "executive arm": the European Commission)."""
        table = self.__dict__.get("_described")
        if table is None:
            table = self.__dict__["_described"] = {key(d): e.name for e in self.entries.values() for d in e.described}
        name = table.get(key(f"{owner}'s {text}"))
        return self.entries.get(name) if name else None

    def described_heads(self) -> frozenset[str]:
        """The last words of every description (what a described body's head noun must be)."""
        heads = self.__dict__.get("_described_heads")
        if heads is None:
            heads = self.__dict__["_described_heads"] = frozenset(
                d.split()[-1].lower() for e in self.entries.values() for d in e.described)
        return heads

    def demonym(self, text: str) -> Entry | None:
        name = self.demonyms.get(key(text))
        return self.entries.get(name) if name else None

    def patterns(self) -> list[dict]:
        """Entity-ruler patterns: every name and alias, labelled, with the entry as id."""
        out = []
        for entry in self.entries.values():
            forms = {entry.name, *entry.aliases}
            forms |= {"T" + f[1:] for f in forms if f.startswith("the ")}  # "The UK's competition regulator fined"
            forms |= {f.replace("'", "\u2019") for f in forms if "'" in f}  # "People’s Republic of China" as typeset
            for form in sorted(forms):
                out.append({"label": SPACY_LABEL[entry.type], "pattern": form, "id": entry.name})
        return out

    def __len__(self) -> int:
        return len(self.entries)


def parse_lines(lines: Iterable[str], origin: str) -> Iterable[Entry]:
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict) or not isinstance(rec.get("name"), str) or not rec["name"].strip():
                raise ValueError("each line needs a \"name\" string")
            if rec.get("type") not in TYPES:
                raise ValueError(f"type {rec.get('type')!r} is not one of {', '.join(sorted(TYPES))}")
            for field_ in ("aliases", "demonyms", "described"):
                if not isinstance(rec.get(field_, []), list) or not all(isinstance(a, str) for a in rec.get(field_, [])):
                    raise ValueError(f"\"{field_}\" must be a list of strings")
            for field_ in ("qid", "metonym_for", "part_of", "maker", "country"):
                if rec.get(field_) is not None and not isinstance(rec[field_], str):
                    raise ValueError(f"\"{field_}\" must be a string")
            yield Entry(name=rec["name"], type=rec["type"], aliases=tuple(rec.get("aliases", ())),
                        qid=rec.get("qid"), demonyms=tuple(rec.get("demonyms", ())),
                        metonym_for=rec.get("metonym_for"), part_of=rec.get("part_of"), maker=rec.get("maker"),
                        country=rec.get("country"), described=tuple(rec.get("described", ())))
        except (ValueError, KeyError, TypeError, RecursionError) as exc:
            raise KGError(f"{origin}:{n}: bad gazetteer entry ({exc}); see ontologies/README.md") from None


def load(extra: Iterable[str | Path] = ()) -> Gazetteer:
    """The built-in gazetteer plus any user files (later entries win), read once per process."""
    return _load(tuple(map(str, extra)))


@lru_cache(maxsize=8)  # keyed on the normalised tuple: load() and load(()) are one object
def _load(extra: tuple[str, ...]) -> Gazetteer:
    from . import gazcache

    sources = []
    for path in (DEFAULT_GAZETTEER, *map(Path, extra)):
        if not path.is_file():
            if path == DEFAULT_GAZETTEER:
                continue
            raise KGError(f"{path}: gazetteer file not found")
        try:
            sources.append((str(path), path.read_bytes()))
        except OSError as exc:
            raise KGError(f"{path}: cannot read the gazetteer ({exc}); save it as UTF-8 JSON lines") from None
    digest = gazcache.key(sources)
    tables = gazcache.read(sources, digest)
    if tables is not None:
        try:
            return _from_tables(tables)
        except (TypeError, ValueError):
            pass  # not the built shape: built again below, and the cache written anew
    gaz = Gazetteer()
    for origin, data in sources:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise KGError(f"{origin}: cannot read the gazetteer ({exc}); save it as UTF-8 JSON lines") from None
        for entry in parse_lines(text.splitlines(), origin):
            gaz.add(entry)
    gazcache.write(sources, digest, _tables(gaz))
    return gaz


_FIELDS = tuple(f.name for f in fields(Entry))


def _tables(gaz: Gazetteer) -> tuple:
    """The built gazetteer as plain values marshal writes: entries as tuples of their fields."""
    return ([tuple(getattr(e, f) for f in _FIELDS) for e in gaz.entries.values()],
            gaz.index, gaz.demonyms, gaz.shared)


def _from_tables(tables: tuple) -> Gazetteer:
    rows, index, demonyms, shared = tables
    entries = {}
    for row in rows:
        if not isinstance(row, tuple) or len(row) != len(_FIELDS):
            raise ValueError("not an entry's fields")
        entries[row[0]] = Entry(*row)
    return Gazetteer(entries=entries, index=index, demonyms=demonyms, shared=shared)
