"""Penalties, designations and listings in the shapes government releases and news state them.

Sanction releases name the act once ("OFAC sanctioned four companies today") and then describe each
party in the passive with no agent ("Alpha Ltd. was designated for operating in the technology
sector"); they let the measure stand for the body ("Today's action targets A and B"); enforcement
releases speak of settlements, civil penalties and denial orders; news writes "hit Russia with new
sanctions", "a sanctions package targeting", "restrictive measures against" and "U.S.-sanctioned
Huawei". Each is a sanction by a government body or state that the sentence names or that the text
before it says did the act (ONTOLOGY.md: no issuer, no fact; negation and proposals give nothing).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..guards import allows
from ..modality import MEASURE_WORDS
from ..tokens import unit_noun
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import (actor_of, args_of, dedupe, is_passive, modality, object_tokens, sent_words, subject_tokens,
                      verb_lemma)
from .clause import _is_list, _listed, clauses
from .issuers import _policy_actor, _remit
from .lists import _colon_after, _hangs_from, _list_owner
from .listers import _earlier_sentences, _lister
from .patients import (
    _licensees, _measure_pred, _nested_agent, _patients, _status,
)

GOV = ("GovernmentBody", "Country")
LISTED = ORGS | {"Person", "GovernmentBody", "Country"}

AGENTLESS = define("penalty:agentless", preds=("sanctions",), conf=0.7,
                   example="OFAC sanctioned two firms today. Alpha Ltd. was designated for operating in Russia's "
                           "technology sector.")
INSTRUMENT = define("penalty:instrument", preds=("sanctions", "restricts"), conf=0.75,
                    example="Treasury sanctioned three firms today. Today's action targets Alpha Ltd. and Beta Co.")
WITH_MEASURE = define("penalty:with-measure", preds=("sanctions", "restricts"), conf=0.8,
                      example="The EU hit Russia with new sanctions; Huawei was hit with U.S. sanctions.")
MEASURE = define("penalty:measure", preds=("sanctions",), conf=0.75,
                 example="The Council adopted restrictive measures against Alpha Ltd.; a denial order against Beta Co.")
SETTLEMENT = define("penalty:settlement", preds=("sanctions",), conf=0.75,
                    example="Alpha Corp. agreed to settle alleged export violations with BIS.")
ADJECTIVAL = define("penalty:adjectival", preds=("sanctions",), conf=0.75,
                    example="U.S.-sanctioned Huawei unveiled a phone.")
DESIGNATION = define("penalty:designation", preds=("sanctions",), conf=0.75,
                     example="Treasury's designation of Alpha Ltd. drew protests from Moscow.")


# --- the passive with no agent ---------------------------------------------------------------------

# Each matcher below reads only around a word of its own; a sentence with none of them (sent_words) is
# skipped before any token is looked at. The sets hold exactly the words each loop's first test needs.
_SANCTION_VERBS = frozenset(L.LISTING | {lemma for lemma, frames in L.VERBS.items()
                                         if any(f.pred == "sanctions" for f in frames)})
_INSTRUMENT = frozenset(L.INSTRUMENT_VERBS | L.LISTING)
_RESTRICT_VERBS = frozenset(lemma for lemma, frames in L.VERBS.items() if any(f.pred == "restricts" for f in frames))
_SETTLED = frozenset(L.VIOLATION_NOUNS | {"penalty", "fine"})


@matcher(AGENTLESS, words=_SANCTION_VERBS)
def agentless(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Alpha Ltd. was designated pursuant to E.O. 14024", "Beta Co. was added to the Entity List": a
    sanction with no agent is the act of the body the text before it says sanctioned or listed."""
    for verb in idx.sent_tokens(sent):
        lemma = verb_lemma(verb)
        if verb.pos_ != "VERB" or not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
            continue
        frames = [f for f in L.VERBS.get(lemma, ()) if f.pred == "sanctions"]
        # a list the party was put on, or designated on ("was designated on the Commerce Department's Entity List")
        lists = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                 for p in c.children if _is_list(p, idx)] if lemma in L.LISTING or frames else []
        to_list = bool(lists) or _added_after_a_list(verb, lemma, idx)
        if not (to_list or frames and all(allows(f, verb, idx) for f in frames)):
            continue
        if not modality(verb)[0] or any(t.lower_ == "by" and not _nested_agent(t, verb) for t in verb.subtree) \
                or _status(verb):
            continue  # an agent the parser hung elsewhere; "was designated a national champion"
        listed = [a for t in _patients(verb) for a in args_of(t, idx, role="obj") if a.entity.type in LISTED]
        if not listed:
            continue
        # whose list it is, when the sentence says ("was put on a U.S. trade blacklist"); else who the text
        # says acted; a list or a sanctions authority ("pursuant to E.O. 14024") says the text is a release
        # about such acts, so its author may be the one
        owners = [o for lst in lists for o in _list_owner(lst, idx)]
        authority = any(c.lower_ in ("pursuant", "under") and any(t.lower_ in L.SANCTION_AUTHORITIES for t in c.subtree)
                        for c in verb.children) or any(  # or the grounds of a listing: "for operating in the defense sector"
            c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" and g.lemma_.lower() in L.SANCTION_GROUNDS
                                                           for g in c.children) for c in verb.children)
        listers = owners or _heading_agent(verb, lemma, listed, idx) \
            or [x for x in [_lister(verb, idx, strict=not (to_list or authority))] if x is not None] \
            or (_next_lister(verb, idx) if to_list or authority else [])
        iris = {a.entity.iri for a in listed}
        yield from AGENTLESS.pairs([x for x in listers if x.entity.iri not in iris], dedupe(listed), "sanctions", True,
                                   (verb.idx,))


def _heading_agent(verb: Token, lemma: str, listed: list, idx: DocIndex) -> list[Arg]:
    """ "ENTITIES DESIGNATED BY THE STATE DEPARTMENT A Ltd. is being designated pursuant to ...": a heading the
    parser ran into the sentence says who designates; the same verb's agent before the party named."""
    first = min(a.start for a in listed)
    return [a for t in verb.subtree if t.dep_ == "agent" and t.head.i != verb.i and t.idx < first
            and verb_lemma(t.head) == lemma for p in t.children if p.dep_ == "pobj"
            for a in args_of(p, idx, role="subj") if a.entity.type in GOV]


def _added_after_a_list(verb: Token, lemma: str, idx: DocIndex) -> bool:
    """ "BIS added 12 entities to the Entity List. A and B were added for supplying drones to Iran": a passive
    listing verb with no place of its own, right after a sentence that names a list, is an addition to it."""
    return lemma in L.LISTING and not any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on", "as", "into", "in")
                                          for c in verb.children) \
        and any(_is_list(t, idx) for s in _earlier_sentences(verb)[:2] for t in idx.sent_tokens(s))


def _next_lister(verb: Token, idx: DocIndex) -> list[Arg]:
    """ "A Ltd., a PRC-based company, is being added to the Entity List for ... BIS is also adding two
    addresses": a release that opens on the listing names its author right after; the body that lists
    or sanctions in one of the next two sentences."""
    doc, out, end = verb.doc, [], verb.sent.end
    for _ in range(2):
        if end >= len(doc):
            break
        sent = doc[end].sent
        for cl in clauses(sent, idx):
            if cl.asserted and (cl.lemma in L.LISTING or any(f.pred == "sanctions" for f in cl.frames)):
                out += [Arg(a.entity, verb.idx, verb.idx + len(verb.text), coref=True) for a in cl.subjs
                        if a.entity.type in GOV]
        if out:
            return out[:1]
        end = sent.end
    return []


# --- a measure as subject ---------------------------------------------------------------------------

@matcher(INSTRUMENT, words=_INSTRUMENT)
def instrument(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Today's action targets A and B", "The final rule adds A to the Entity List": the measure stands
    for the body the text says issued it (clause._policy_actor); with no issuer in the text, no fact."""
    for verb in idx.sent_tokens(sent):
        lemma = verb_lemma(verb)
        if verb.pos_ != "VERB" or is_passive(verb) or lemma not in _INSTRUMENT:
            continue
        subj = subject_tokens(verb)
        if not subj or not all(t.lemma_.lower() in L.POLICY_NOUNS and idx.mention(t) is None for t in subj):
            continue
        if lemma in L.LISTING and not any(c.dep_ == "prep" and c.lower_ in ("to", "on") and
                                          any(_is_list(p, idx) for p in c.children) for c in verb.children):
            continue
        issuer = _policy_actor(verb, subj, idx) or _dated_issuer(subj[0], idx)
        issuer = [a for a in issuer if a.entity.type in GOV]
        if not issuer:
            continue
        exclude = {a.entity.iri for a in issuer}
        objs = [a for t in object_tokens(verb, "dobj") for a in args_of(t, idx, role="obj", exclude=exclude)
                if a.entity.type in LISTED and not a.indirect]
        if lemma in L.LISTING:  # "a final rule adding 36 entities to the Entity List, including A": the named ones
            objs += [a for a in _listed(verb, [], idx) if a.entity.type in LISTED and a.entity.iri not in exclude]
        pred = "restricts" if lemma not in L.LISTING and subj[0].lemma_.lower() in L.RESTRICTING_INSTRUMENTS \
            else "sanctions"
        yield from INSTRUMENT.pairs(issuer, dedupe(objs), pred, modality(verb)[0], (verb.idx,))
        if lemma not in L.LISTING:  # "The sanctions target Russia's access to chips": the market is restricted
            markets = [a for t in object_tokens(verb, "dobj") for a in args_of(t, idx, role="obj", exclude=exclude)
                       if a.indirect and a.entity.type in LISTED | {"Country"}]
            yield from INSTRUMENT.pairs(issuer, dedupe(markets), "restricts", modality(verb)[0], (verb.idx,))


def _dated_issuer(noun: Token, idx: DocIndex) -> list[Arg]:
    """ "Today's action": the day's measure is the one the previous sentence's subject took."""
    if not any(c.dep_ == "poss" and (c.ent_type_ == "DATE" or c.lower_ in ("today", "this")) for c in noun.children) \
            or noun.sent.start == 0:
        return []
    for t in idx.sent_tokens(noun.doc[noun.sent.start - 1].sent):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and (m := idx.mention(t)) is not None:
            return [Arg(m.entity, noun.idx, noun.idx + len(noun.text), coref=True)] if m.entity.type in GOV else []
    return []


# --- "hit X with sanctions" ------------------------------------------------------------------------

def _with_of(noun: Token) -> Token | None:
    """The "with" a measure noun hangs on: "hit X with sanctions"; "slapped X with a €150 million ($162 million)
    fine": the parser made the noun an apposition of the amount before its bracketed conversion."""
    if noun.dep_ == "appos" and noun.head.dep_ == "pobj" and (noun.head.ent_type_ == "MONEY" or noun.head.lemma_.lower()
                                                              in L.MONEY) and any(t.lower_ == "(" for t in noun.head.rights):
        noun = noun.head
    return noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None


@matcher(WITH_MEASURE, words=MEASURE_WORDS)
def with_measure(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "The EU hit Russia with new sanctions", "Huawei was slapped with U.S. sanctions": the measure
    given with a verb of striking falls on the one struck."""
    for noun in idx.sent_tokens(sent):
        pred = _measure_pred(noun, idx)
        prep = _with_of(noun)
        if pred is None or prep is None:
            continue
        verb = prep.head
        if verb_lemma(verb) not in L.PENALIZING_VERBS or verb.pos_ != "VERB":
            continue
        asserted = modality(verb)[0]
        named = [a for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") for a in actor_of(c, idx)]
        named += [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"  # the parser hung the agent here
                  for p in c.children if p.dep_ == "pobj" for a in args_of(p, idx, role="subj")]
        if is_passive(verb):
            actors = named or [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
            struck = [a for t in _patients(verb) for a in args_of(t, idx, role="obj")]
        else:
            actors = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")] or named
            struck = [a for t in object_tokens(verb, "dobj") for a in args_of(t, idx, role="obj")]
        actors = [a for a in dedupe(actors) if a.entity.type in GOV]
        iris = {a.entity.iri for a in actors}
        yield from WITH_MEASURE.pairs(actors, [s for s in dedupe(struck) if s.entity.iri not in iris], pred,
                                      asserted, (noun.idx,))


# --- measures named as nouns -------------------------------------------------------------------------

@matcher(MEASURE, words=MEASURE_WORDS)
def measure(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "adopted restrictive measures against A", "issued a denial order against B", "a sanctions package
    targeting C": the body that takes the measure (its possessor, the state that qualifies it, or the
    subject of the clause it is the object of) sanctions whom it is against or targets."""
    for noun in idx.sent_tokens(sent):
        pred = _measure_pred(noun, idx)
        if pred != "sanctions":
            continue
        # "sanctions on X" is noun:event's; only what it misses here (not "a denial order", an order's other kind)
        plain = L.NOUNS.get(noun.lemma_.lower(), ("",))[0] in ("sanctions", "restricts")
        verb = noun.head
        while verb.dep_ in ("conj", "compound", "appos") and verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        holders = [noun] + ([verb] if noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in L.LIGHT_VERBS
                            else [])
        targets = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                   and not plain for p in c.children if p.dep_ == "pobj"]
        targets += [o for c in noun.children if c.dep_ in ("acl", "relcl") and verb_lemma(c) in L.PENALIZING_VERBS
                    and not is_passive(c) for o in object_tokens(c, "dobj")]
        targets += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "targeting"
                    for p in c.children if p.dep_ == "pobj"]
        if not targets or verb.lemma_.lower() in L.NOT_IMPOSING:
            continue  # "Hungary blocked the sanctions package targeting X": not adopted, and not Hungary's
        actors = [a for c in noun.lefts if c.dep_ in ("poss", "nmod", "amod", "compound") for a in actor_of(c, idx)]
        asserted = True
        if verb.pos_ in ("VERB", "AUX") and verb.i != noun.i:
            actors = actors or [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
            asserted = modality(verb)[0] and verb.lemma_.lower() not in L.SPECULATIVE
        actors = [a for a in dedupe(actors) if a.entity.type in GOV]
        iris = {a.entity.iri for a in actors}
        objs = [a for t in targets for a in args_of(t, idx, role="obj", exclude=iris) if a.entity.type in LISTED]
        yield from MEASURE.pairs(actors, dedupe(objs), "sanctions", asserted, (noun.idx,))


# --- settlements and penalties paid -------------------------------------------------------------------

@matcher(SETTLEMENT)
def settlement(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Alpha Corp. settled alleged violations with BIS", "OFAC reached a settlement with Beta Co. over
    sanctions violations", "Alpha agreed to pay OFAC a civil penalty", "the Commission ordered Beta to pay
    a fine": a settlement of violations with a government body, or a penalty paid to it, is the body's
    penalty on the company."""
    toks = idx.sent_tokens(sent)
    if sent_words(sent, idx).isdisjoint(_SETTLED) or not any(t.lemma_.lower() in _SETTLED for t in toks):
        return
    for tok in toks:
        lemma = verb_lemma(tok) if tok.pos_ == "VERB" else tok.lemma_.lower()
        if lemma in ("settle", "settlement", "resolve", "resolution"):
            if tok.pos_ == "VERB":
                parties = [a for t in subject_tokens(tok) for a in args_of(t, idx, role="subj")]
                asserted = modality(tok)[0]
            elif tok.pos_ == "NOUN" and tok.head.pos_ in ("VERB", "AUX"):
                parties = [a for t in subject_tokens(tok.head) for a in args_of(t, idx, role="subj")]
                parties += _officials_body(subject_tokens(tok.head), idx)
                asserted = modality(tok.head)[0] and tok.head.lemma_.lower() not in L.SPECULATIVE
            else:
                continue
            others = [a for t in object_tokens(tok, "prep:with") for a in args_of(t, idx, role="obj")]
            if tok.pos_ == "NOUN":
                others += [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                           for p in c.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")]
            yield from _penalty(parties, others, asserted, tok)
        elif lemma == "pay" and tok.pos_ == "VERB" and any(
                t.lemma_.lower() in ("penalty", "fine") for o in tok.children if o.dep_ in ("dobj", "dative")
                for t in o.subtree):
            payers = [a for t in subject_tokens(tok) for a in args_of(t, idx, role="subj")]
            payees = [a for t in object_tokens(tok, "prep:to") + object_tokens(tok, "dative")
                      for a in args_of(t, idx, role="obj")]
            payees += [a for s in tok.subtree if s.lemma_.lower() == "settlement" and s.head.lower_ == "in"  # "pay a
                       for c in s.children if c.lower_ == "with" for p in c.children if p.dep_ == "pobj"  # penalty in a
                       for a in args_of(p, idx, role="obj")]  # settlement with BIS"
            boss = tok.head if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in L.OBJECT_CONTROL else None
            if boss is not None:  # "the Commission ordered Google to pay a fine"
                payees += [a for t in subject_tokens(boss) for a in args_of(t, idx, role="subj")]
            yield from _penalty(payers, payees, modality(tok)[0], tok)


def _officials_body(subj: list, idx: DocIndex) -> list[Arg]:
    """ "Ann Wu, the Assistant Secretary for Export Enforcement, Bureau of Industry and Security, announced a
    settlement with Alpha Corp.": an official's settlement is the body the apposition says the official serves
    (the first one named there that is no title's remit)."""
    for t in subj:
        if (m := idx.mention(t)) is None or m.entity.type != "Person":
            continue
        for ap in (c for c in t.children if c.dep_ == "appos"):
            for u in ap.subtree:
                if (b := idx.mention(u)) is not None and b.entity.type == "GovernmentBody" and not _remit(u.i, idx):
                    return [b]
    return []


def _penalty(side: list[Arg], other: list[Arg], asserted: bool, tok: Token) -> Iterator[Candidate]:
    """The government side penalises the other side, whichever of them the sentence starts from."""
    for a in dedupe(side):
        for b in dedupe(other):
            if a.entity.type in GOV and b.entity.type in ORGS | {"Person"}:
                yield from SETTLEMENT.pairs([a], [b], "sanctions", asserted, (tok.idx,))
            elif b.entity.type in GOV and a.entity.type in ORGS | {"Person"}:
                yield from SETTLEMENT.pairs([b], [a], "sanctions", asserted, (tok.idx,))


# --- "U.S.-sanctioned Huawei" ------------------------------------------------------------------------

ADJ_SUFFIX = re.compile(r"^(?P<who>.+?)-(?P<act>sanctioned|blacklisted)$", re.IGNORECASE)


@matcher(ADJECTIVAL)
def adjectival(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "U.S.-sanctioned Huawei", "the EU-blacklisted bank Alpha": the state written before the participle
    sanctions the name it qualifies; a bare "sanctioned" names no one who sanctions, so gives nothing."""
    toks = idx.sent_tokens(sent)
    for i, tok in enumerate(toks):
        who = None
        if (m := ADJ_SUFFIX.match(tok.text)) is not None:
            who, start = m.group("who"), tok.idx
        elif tok.lower_ in ("sanctioned", "blacklisted") and i >= 2 and toks[i - 1].text == "-" \
                and not toks[i - 1].whitespace_ and not toks[i - 2].whitespace_:
            who, start = toks[i - 2].text, toks[i - 2].idx
        if who is None:
            continue
        res = idx.resolver.resolve(who, "GPE")
        if res is None:
            continue
        state = res.actor or res.entity
        if state.type not in GOV:
            continue
        target = _qualified(toks, i, idx)
        if target is not None and target.entity.iri != state.iri:
            yield from ADJECTIVAL.pairs([Arg(state, start, tok.idx + len(tok.text))], [target], "sanctions", True,
                                        (tok.idx,))


def _qualified(toks: list, i: int, idx: DocIndex) -> Arg | None:
    """The name a pre-modifier qualifies: the first name after it, past adjectives and common nouns
    ("U.S.-sanctioned Chinese chipmaker SMIC"), within the same noun phrase."""
    for tok in toks[i + 1: i + 6]:
        m = idx.mention(tok, actor=False)
        if tok.ent_type_ == "NORP" or m is not None and m.demonym:
            continue  # "U.S.-sanctioned Chinese chipmaker SMIC": the nationality qualifies the name too
        if m is not None:
            return m if m.entity.type in LISTED else None
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN", "DET") and tok.text != "-":
            return None
    return None


# --- "the designation of X" --------------------------------------------------------------------------

@matcher(DESIGNATION, words=L.DESIGNATION_NOUNS)
def designation(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Treasury's designation of Alpha Ltd.", "OFAC announced the designation of Beta Co.": the nominal
    act by its possessor, its "by" agent or the subject of the clause it is the object of; a status that
    brings rules ("the designation of X as a gatekeeper") is no penalty."""
    for noun in idx.sent_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in L.DESIGNATION_NOUNS:
            continue
        preps = [c for c in noun.children if c.dep_ == "prep"]
        after = [t for t in noun.doc[noun.i + 1: noun.sent.end]]
        as_at = [t.i for t in after if t.lower_ == "as"]
        if any(t.lemma_.lower() in L.REGULATED_STATUS for t in after if as_at and 0 < t.i - as_at[0] <= 4) \
                or any(c.lower_ in ("to", "on") for c in preps):  # "designation ... to the Entity List" is list:addition's
            continue
        named = [a for c in preps if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
                 for a in args_of(p, idx, role="obj") if a.entity.type in LISTED]
        if not named:
            continue
        actors = [m for c in noun.children if c.dep_ == "poss" and (m := idx.mention(c)) is not None]
        actors += [a for c in preps if c.lower_ == "by" for p in c.children if p.dep_ == "pobj"
                   for a in args_of(p, idx, role="subj")]
        verb, asserted = noun.head, True
        if verb.pos_ in ("VERB", "AUX") and noun.dep_ in ("dobj", "nsubjpass"):
            actors = actors or [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
            asserted = modality(verb)[0] and verb.lemma_.lower() not in L.SPECULATIVE
        actors = [a for a in dedupe(actors) if a.entity.type in GOV]
        iris = {a.entity.iri for a in actors}
        yield from DESIGNATION.pairs(actors, [n for n in dedupe(named) if n.entity.iri not in iris], "sanctions",
                                     asserted, (noun.idx,))



# --- "revoked Huawei's licences" ---------------------------------------------------------------------

LICENCE = define("penalty:licence", preds=("restricts",), conf=0.8,
                 example="The Commerce Department revoked Huawei's export licenses.")


@matcher(LICENCE, words=_RESTRICT_VERBS)
def licence(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "revoked Huawei's export licenses", "suspended ZTE's export privileges": taking away a party's
    licences restricts it (the restricting verbs of the frames table, with a licence as object)."""
    for verb in idx.sent_tokens(sent):
        lemma = verb_lemma(verb)
        if verb.pos_ != "VERB" or not any(f.pred == "restricts" for f in L.VERBS.get(lemma, ())):
            continue
        holders = [o for o in object_tokens(verb, "dobj") if o.lemma_.lower() in L.LICENCE_NOUNS]
        poss = [c for o in holders for c in o.children if c.dep_ == "poss"]
        # "revoke China Telecom's U.S. subsidiary's authorization": an unnamed unit's licence is its owner's
        poss += [q for c in poss if idx.mention(c) is None and unit_noun(c) for q in c.children if q.dep_ == "poss"]
        owners = [a for c in poss for a in args_of(c, idx, role="obj") if a.entity.type in LISTED]
        owners += [a for t in _licensees(verb, holders) for a in args_of(t, idx, role="obj") if a.entity.type in LISTED]
        if not owners:
            continue
        actors = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj") if a.entity.type in GOV]
        yield from LICENCE.pairs(dedupe(actors), dedupe(owners), "restricts", modality(verb)[0], (verb.idx,))


# --- "identified X pursuant to E.O. 13959" misread -----------------------------------------------------

PURSUANT = define("penalty:pursuant", preds=("sanctions",), conf=0.8,
                  example="OFAC is identifying Megvii and Sugon pursuant to Executive Order 13959.")


@matcher(PURSUANT)
def pursuant(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "OFAC is identifying A and B pursuant to E.O. 13959": the parser reads the objects as the subject
    of "pursuant"; the act under a sanctions authority falls on them."""
    for cl in clauses(sent, idx):
        verb = cl.verb
        if not cl.asserted or not any(f.pred == "sanctions" for f in cl.frames) or object_tokens(verb, "dobj"):
            continue
        for c in verb.children:
            if c.dep_ in ("ccomp", "advcl") and c.lower_ == "pursuant" \
                    and any(t.lower_ in L.SANCTION_AUTHORITIES for t in c.subtree):
                exclude = {s.entity.iri for s in cl.subjs}
                named = [a for t in c.children if t.dep_ in ("nsubj", "nsubjpass")
                         for a in args_of(t, idx, role="obj", exclude=exclude) if a.entity.type in LISTED]
                yield from PURSUANT.pairs(cl.subjs, dedupe(named), "sanctions", True, (verb.idx,))


# --- "The list includes A and B" ---------------------------------------------------------------------

LIST_INCLUDES = define("penalty:list-includes", preds=("sanctions",), conf=0.7,
                       example="The Pentagon released its list of Chinese military companies. The list includes "
                               "SMIC and CNOOC.")


@matcher(LIST_INCLUDES, words={"list"})
def list_includes(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "The Department of Defense released the names of Chinese military companies. The list includes A
    and B": a list the text says a body issued of sanctioned, blocked or military parties lists each one
    it names; a list of anything else (grant winners, speakers) is no sanction."""
    for noun in idx.sent_tokens(sent):
        verb = noun.head
        if noun.lemma_.lower() != "list" or noun.dep_ != "nsubj" or idx.mention(noun) is not None \
                or verb_lemma(verb) not in ("include", "contain", "name", "comprise") or noun.sent.start == 0 \
                or not any(c.dep_ in ("det", "poss") for c in noun.children):
            continue
        before = idx.sent_tokens(noun.doc[noun.sent.start - 1].sent)
        if not any(t.lemma_.lower() in L.LISTING_STATUS or _is_list(t, idx) for t in before):
            continue
        named = [a for t in object_tokens(verb, "dobj") for a in args_of(t, idx, role="obj") if a.entity.type in LISTED]
        lister = _lister(noun, idx, strict=False) if named else None
        if lister is not None:
            yield from LIST_INCLUDES.pairs([lister], dedupe(named), "sanctions", modality(verb)[0], (noun.idx,))


# --- "released the names of Chinese military companies: A, B" -----------------------------------------

PUBLISHED_LIST = define("penalty:published-list", preds=("sanctions",), conf=0.75,
                        example="The Pentagon released a list of Chinese military companies, including SMIC and CNOOC.")


@matcher(PUBLISHED_LIST, words=L.ISSUING_VERBS | {"release", "unveil"})
def published_list(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "The Department of Defense released the names of Chinese military companies: A, B and C", "published a
    list of sanctioned entities, including A": a body that publishes a list of military, sanctioned or blocked
    parties lists each one the sentence names; a list of grant winners is no sanction."""
    for cl in clauses(sent, idx):
        verb = cl.verb
        if not cl.asserted or cl.lemma not in L.ISSUING_VERBS | {"release", "unveil"}:
            continue
        for obj in object_tokens(verb, "dobj"):
            if obj.lemma_.lower() not in ("list", "name") or idx.mention(obj) is not None:
                continue
            party = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                          if p.dep_ == "pobj" and p.lemma_.lower() in L.LISTED_PARTY_NOUNS), None)
            if party is None or not any(m.lower_ in L.LISTING_STATUS for m in party.lefts):
                continue
            gov = [s for s in cl.subjs if s.entity.type in GOV]
            named = []
            for t in idx.sent_tokens(sent):
                hit = idx.tok2m.get(t.i)
                if t.i <= party.i or hit is None or hit[0].root.i != t.i:
                    continue
                m = idx.mention(t, actor=False)
                if m is not None and m.entity.type in LISTED - {"Country"} \
                        and (_hangs_from(t, obj, idx) or _hangs_from(t, party, idx)):
                    named.append(m)
            if (colon := _colon_after(party, verb, sent)) is not None:
                named += _after_colon(colon, sent, idx)  # "...: A, B, and C", however the parser hung the items
            # "the list of Chinese military companies, which includes A and B": the list's relative clause
            named += [a for h in (obj, party) for r in h.children if r.dep_ == "relcl"
                      and verb_lemma(r) in L.LIST_CONTENT_VERBS and modality(r)[0]
                      and any(c.dep_ == "nsubj" and c.lower_ in L.RELATIVE for c in r.children)
                      for o in object_tokens(r, "dobj") for a in args_of(o, idx, role="obj")
                      if a.entity.type in LISTED - {"Country"}]
            yield from PUBLISHED_LIST.pairs(gov, dedupe(named), "sanctions", True, (verb.idx,))


def _after_colon(colon: Token, sent: Span, idx: DocIndex) -> list[Arg]:
    """The parties a list after a colon names: each name hung on something before the colon (the parser
    often makes the first an apposition of the sentence's subject) or joined to such a name."""
    out, items = [], set()
    for t in colon.doc[colon.i + 1: sent.end]:
        hit = idx.tok2m.get(t.i)
        if hit is None or hit[0].root.i != t.i:
            continue
        m = idx.mention(t, actor=False)
        if m is not None and m.entity.type in LISTED - {"Country"} and (
                t.head.i < colon.i or t.dep_ in ("conj", "appos") and t.head.i in items):
            out.append(m)
            items.add(t.i)
    return out
