"""A plural description that refers back to the companies a list named: "Treasury sanctioned A and B. Both firms are
based in Shenzhen", "... three companies: A, B and C. These companies are owned by the state", "the two companies".
The list is the last group of two or more coordinated company or organisation names before the description, in its
sentence or the one before; a number ("the two companies", "both") must match the list's length."""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon as L
from .index import ORGS, Arg, DocIndex

if TYPE_CHECKING:
    from spacy.tokens import Token

LINKS = frozenset({",", "and", ";"})
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


def plural_anaphor(tok: Token, idx: DocIndex, exclude: set[str]) -> list[Arg]:
    """The companies "these companies", "both firms", "the three carriers" stand for, or [] when it is not such a
    description or no list fits it."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in L.ORG_ANAPHORS | L.LISTED_PARTY_NOUNS or tok.i in idx.tok2m:
        return []
    kids = {c.lower_: c for c in tok.children if c.dep_ in ("det", "predet", "nummod", "amod")}
    if any(c.dep_ in ("prep", "relcl", "acl") for c in tok.children) or not kids:
        return []  # "these companies in China", "those firms that ..." restrict the class: no plain reference
    if "these" in kids or "both" in kids:
        want = COUNTS.get(next((w for w in kids if w in COUNTS), ""), 0)
    elif "the" in kids and any(w in COUNTS and w != "both" for w in kids):
        want = next(COUNTS[w] for w in kids if w in COUNTS)
    else:
        return []
    doc = tok.doc
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    group = _last_list(idx, start, tok.i)
    if len(group) < 2 or want and len(group) != want or any(a.entity.iri in exclude for a in group):
        return []
    return [Arg(a.entity, tok.idx, tok.idx + len(tok.text), coref=True) for a in group]


def _last_list(idx: DocIndex, start: int, end: int) -> list[Arg]:
    """The last run of two or more company or organisation names between start and end that only commas, "and" and
    semicolons separate ("A, B and C", "A; B; and C"), read on the surface: the parser often breaks such lists."""
    doc = idx.doc
    spans, seen = [], set()
    for i, a in idx.history:
        span = idx.tok2m[i][0] if i in idx.tok2m else None
        if span is not None and start <= span.start and span.end <= end and span.start not in seen:
            seen.add(span.start)
            spans.append((span, a))
    spans.sort(key=lambda x: x[0].start)
    best: list[Arg] = []
    run: list = []
    for span, a in spans:
        joined = run and all(t.lower_ in LINKS for t in doc[run[-1][0].end: span.start])
        run = [*run, (span, a)] if joined else [(span, a)]
        if a.entity.type not in ORGS:
            run = []
            continue
        iris = list(dict.fromkeys(b.entity.iri for _, b in run))
        if len(iris) >= 2:
            best = [next(b for _, b in run if b.entity.iri == x) for x in iris]
    return best


def sayers(tok: Token, idx: DocIndex, exclude) -> list[Arg]:
    """ "A, B and C announced that they ...": "they", the subject of what several named parties say, is all of them."""
    from .syntax import args_of  # (syntax imports this module)
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in L.SAY_VERBS:
        return []
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    # (or a plural class given by its named examples: "Chipmakers including A, B and C have told staff they ...")
    listed = subj is not None and subj.tag_ == "NNS" and idx.mention(subj) is None and any(
        c.dep_ == "prep" and c.lower_ in ("including", "like") for c in subj.children)
    if subj is None or not listed and (not subj.conjuncts or idx.mention(subj) is None):
        return []
    named = [Arg(a.entity, tok.idx, tok.idx + len(tok.text), coref=True)
             for a in args_of(subj, idx, role="subj", exclude=exclude)]
    return named if len(named) > 1 else []


def one_of_which(tok: Token) -> list:
    """ "several customers, one of which is Orvane": the names a plural's relative clause gives as one of it (the
    caller reads them as it reads "customers, including Orvane")."""
    return [a for r in tok.children if r.dep_ == "relcl" and r.lemma_ == "be" and any(
        s.dep_ == "nsubj" and s.lower_ == "one" and any(p.lower_ == "of" and any(w.lower_ in ("which", "whom") for w in
                                                                                  p.children) for p in s.children)
        for s in r.children) for a in r.children if a.dep_ == "attr"]
