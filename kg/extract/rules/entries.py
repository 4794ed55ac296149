"""Entries on the Entity List as a Federal Register rule words them: "amended the EAR by adding a new entry for X (under
China, People's Republic of)", "revising the Entity List entry for Y (under Brazil)". An entry for a party is its
listing (ONTOLOGY.md, Listings: sanctions|restricts by the body that lists it, the country given for it basedIn). The
body is the clause's subject, or the issuer of the rule that is its subject ("That final rule amended ..."); with no
body named, only the country. Removing an entry lists no one."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import args_of, modality
from .issuers import _policy_actor

ENTRY = define("fed:list-entry", preds=("sanctions", "restricts", "basedIn"), conf=0.75,
               example="That final rule amended the Entity List by adding a new entry for Kestrel Optics Ltd. (under China).")
LISTING_VERBS = {"add", "revise", "amend", "modify", "include", "create"}
PARTIES = ORGS | {"Person"}


def _governing_verb(tok: Token) -> Token | None:
    """The verb whose object the entry is ("adding a new entry"), when it lists (not "removing the entry")."""
    verb = tok.head
    return verb if tok.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in LISTING_VERBS else None


def _lister(sent: Span, idx: DocIndex, back: int = 2) -> list:
    """The body that issues the sentence's rule: a government body as the subject of one of its verbs, or the issuer of
    the instrument that is ("That final rule amended ...", its issuer in the sentence before); a sentence with no
    subject (the parser cut "(under Brazil) and by adding ..." off its clause) takes the one before's."""
    doc, policy = sent.doc, False
    for tok in idx.sent_tokens(sent):
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        found = [a for a in args_of(tok, idx, role="subj") if a.entity.type == "GovernmentBody"]
        if not found and tok.lemma_.lower() in L.POLICY_NOUNS:
            found = [a for a in _policy_actor(tok.head, [tok], idx) if a.entity.type == "GovernmentBody"]
            policy = policy or any(c.dep_ == "det" and c.lower_ in ("that", "this", "these", "the") for c in tok.children)
        if found:
            return found
        if not policy:
            return []  # another subject acts
    if back and sent.start > 0:
        return _lister(doc[sent.start - 1].sent, idx, back - 1)
    return []


def _country_after(arg, sent: Span, idx: DocIndex):
    """ "X'' (under China, ...)": the destination the entry stands under, right after the party's name."""
    doc = sent.doc  # the bracket may open the next sentence, where the parser cut it off
    toks = [t for t in doc[sent.start: min(len(doc), sent.end + 4)] if t.idx >= arg.end][:5]
    for n, t in enumerate(toks[:-1]):
        if t.lower_ == "under" and n and toks[n - 1].text == "(":
            place = idx.mention(toks[n + 1], actor=False)
            return place if place is not None and place.entity.type == "Country" else None
    return None


@matcher(ENTRY, words={"entry"})
def list_entries(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "adding a new entry for X (under C)", "revising the Entity List entry for Y": the lister lists each party; the
    destination in brackets after a party's name is its country."""
    doc = sent.doc
    if "entity list" not in doc[max(0, sent.start - 40): sent.end].text.lower():
        return
    bodies = None
    for tok in idx.sent_tokens(sent):
        if tok.lemma_.lower() != "entry" or tok.pos_ != "NOUN" or (verb := _governing_verb(tok)) is None:
            continue
        parties = [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                   if o.dep_ == "pobj" for a in args_of(o, idx, role="obj") if a.entity.type in PARTIES]
        if not parties:
            continue
        asserted = modality(verb)[0]
        bodies = _lister(sent, idx) if bodies is None else bodies
        for pred in ("sanctions", "restricts"):
            yield from ENTRY.pairs(bodies, parties, pred, asserted, (tok.idx,))
        for p in parties:
            if (country := _country_after(p, sent, idx)) is not None:
                yield ENTRY.fact(p, "basedIn", country, (tok.idx,))
