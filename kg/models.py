"""Plain, immutable records that flow through the pipeline.

No spaCy and no rdflib objects here: records carry character offsets, so they outlive
the parsed Doc, serialise to JSON and cross process boundaries.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, identified by a hash of its text."""

    id: str  # content hash (see ids.article_id)
    text: str
    path: str  # where it was read from ("file.jsonl:3" for line 3 of a JSON-lines file)
    title: str | None = None
    date: str | None = None  # ISO 8601 date as given by the source
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world entity after canonicalisation: one IRI per entity."""

    iri: str
    label: str
    type: str  # an ontology class local name, e.g. "Company"
    qid: str | None = None
    aliases: tuple[str, ...] = ()
    known: bool = False  # from the gazetteer (its type is trusted), not guessed from NER


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read and how it was read."""

    article_id: str
    sentence: str
    sent_start: int
    sent_end: int
    subj_start: int
    subj_end: int
    obj_start: int
    obj_end: int
    rule: str
    confidence: float
    asserted: bool = True
    fact_date: str | None = None  # a date mentioned in the sentence, ISO form
    attributed_to: str | None = None
    trigger: str | None = None  # the words the rule fired on, for --explain


@dataclass(frozen=True, slots=True)
class Triple:
    """subject -predicate-> object, with the evidence it was read from."""

    subject: Entity
    predicate: str  # ontology local name, one of vocab.PREDICATES
    object: Entity
    evidence: Evidence

    def key(self) -> tuple[str, str, str]:
        return (self.subject.iri, self.predicate, self.object.iri)


@dataclass(slots=True)
class BuildReport:
    """What a build did: printed as the one-screen summary, returned by kg.build()."""

    out_dir: str
    articles_read: int = 0
    articles_skipped: int = 0
    articles_unchanged: int = 0
    articles_removed: int = 0
    articles_kept: int = 0  # built before, unreadable now: their last good graph stays
    entities: int = 0
    facts: int = 0
    facts_by_predicate: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
