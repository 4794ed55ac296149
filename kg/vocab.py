"""The closed vocabulary of the ontology: names used in code must exist in ontologies/kg.ttl.

A test checks every name here against the ontology file, so a typo fails the suite
instead of silently minting a new term.
"""
from __future__ import annotations

PREDICATES: tuple[str, ...] = (
    "restricts", "sanctions", "regulates", "suppliesTo", "manufactures", "partnersWith",
    "investsIn", "acquires", "competesWith", "launches", "develops", "owns", "worksFor",
    "leads", "founded", "basedIn", "locatedIn", "accuses", "sues",
)
SYMMETRIC: frozenset[str] = frozenset({"partnersWith", "competesWith"})

CLASSES: tuple[str, ...] = (
    "Company", "GovernmentBody", "Country", "City", "Region", "Person", "Organization",
    "Product", "Event", "Policy", "Facility",
)

# Evidence (kg:Assertion) properties.
EVIDENCE_PROPS: tuple[str, ...] = (
    "Assertion", "sentence", "charStart", "charEnd", "subjectStart", "subjectEnd",
    "objectStart", "objectEnd", "rule", "extractor", "confidence", "asserted", "factDate",
    "attributedTo", "subjectLabel", "objectLabel", "subjectType", "objectType",
    "Fact", "supportCount", "sourceCount", "firstSeen", "lastSeen", "aggregateConfidence", "mergedFrom",
)


def check_predicate(name: str) -> str:
    if name not in PREDICATES:
        raise ValueError(f"unknown predicate {name!r}; core predicates: {', '.join(PREDICATES)}")
    return name
