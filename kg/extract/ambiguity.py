"""Readings left open because the sentence offers two owners: a possessive "its" after two companies."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .index import ORGS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .index import Arg, DocIndex


def its_ambiguous(tok: Token, found: Arg, idx: DocIndex, exclude: set[str]) -> bool:
    """ "agreed to sell licences to SpaceX for its Starlink network", "Baidu holds 59% of Kunlunxin, and its other
    shareholders include BYD", "gives Microsoft a stake in G42, and its president ...": another company named in the
    sentence between the governing clause's subject phrase and "its" (or, with no such subject, anywhere before it)
    could own the thing as well; the possessive is left unread. Parties the reading excludes (the relation's other
    end: "Apple remains its biggest customer") are no rival owners."""
    if tok.lower_ != "its" or _known_maker(tok.head, found, idx):
        return False
    lo = tok.sent.start
    # the nearest governing clause's subject, with its own appositions ("Alibaba Cloud, the cloud unit of Alibaba
    # Group, released its Qwen model"; "the Emirati firm will run its Jais model")
    subj = next((c for h in tok.ancestors for c in h.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
    if subj is not None and subj.right_edge.i < tok.i:
        lo = subj.right_edge.i + 1
        if _reporter(tok, subj.head, found, idx, exclude):
            return True
    for t in tok.doc[lo:tok.i]:
        hit = idx.tok2m.get(t.i)
        if hit is None or t.i != hit[0].root.i or t.dep_ == "poss" or (m := idx.mention(t)) is None:
            continue  # (a possessor names what it owns: "uses Amazon's Trainium chips to train its Claude models")
        if any((k := idx.mention(c)) is not None and k.entity.iri in exclude for c in t.conjuncts):
            continue  # listed with the relation's other end: "counts A and B among its investors"
        if m.entity.type in ORGS and m.entity.iri != found.entity.iri and m.entity.iri not in exclude:
            return True
    return False


def _reporter(tok: Token, verb: Token, found: Arg, idx: DocIndex, exclude: set[str]) -> bool:
    """ "Kestrel announced that Orvane will supply chips for its phones": what the clause subject does "for its"
    thing is work for someone, and the clause is what another company reports: "its" may be the reporter's."""
    if verb.dep_ != "ccomp" or tok.head.dep_ != "pobj" or tok.head.head.lower_ != "for":
        return False
    return any(c.dep_ == "nsubj" and (m := idx.mention(c)) is not None and m.entity.type in ORGS
               and m.entity.iri != found.entity.iri and m.entity.iri not in exclude for c in verb.head.children)


def _known_maker(owned: Token, found: Arg, idx: DocIndex) -> bool:
    """ "Apple relies on Foxconn to assemble most of its iPhones": the gazetteer names the product's maker, and it is
    the one "its" was read as."""
    m = idx.mention(owned, actor=False)
    entry = idx.gaz.entries.get(m.entity.label) if m is not None and m.entity.type == "Product" else None
    made = idx.gaz.entries.get(entry.maker) if entry is not None and entry.maker else None
    return made is not None and idx.resolver.entity_of(made).iri == found.entity.iri
