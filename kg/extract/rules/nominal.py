"""Event and relational nouns: "imposed sanctions on", "a joint venture with", "X is a unit of Y"."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L, modality as M
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import (actor_of, args_of, dedupe, described, is_passive, is_relative, modality, subject_tokens, verb_lemma)
from .descriptors import seat_of
from .eventparts import _OWN_EVENT_VERBS, _conduct_of, _punitive_order, _in_partnership, _partner_unnamed, _site_owners
from .issuers import _issued_by, _policy_actor


EVENT = define("noun:event", preds=("restricts", "sanctions", "regulates", "sues", "partnersWith", "investsIn",
                                   "acquires", "competesWith"), conf=0.75,
               example="The EU imposed sanctions on Belarus; Microsoft's investment in OpenAI.")
BETWEEN = define("noun:between", preds=("partnersWith", "competesWith"), conf=0.75,
                 example="the deal between Microsoft and OpenAI")
UNDER = define("noun:under", preds=("sanctions", "restricts"), conf=0.75,
               example="Huawei has been under U.S. sanctions since 2019.")
PARTIES = define("noun:parties", preds=("partnersWith", "competesWith"), conf=0.7,
                 example="Microsoft and G42 agreed a partnership.")
RELATIONAL = define("nominal:relational", preds=("suppliesTo", "owns", "competesWith", "partnersWith", "investsIn",
                                                 "manufactures", "develops", "founded", "acquires"), conf=0.75,
                    example="SK Hynix is the main supplier of memory to Nvidia; ByteDance, TikTok's parent company")


@matcher(EVENT, BETWEEN, UNDER, PARTIES, words=L.NOUNS)
def event_nouns(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Relational nouns, with or without a light verb: "filed a lawsuit against", "a joint venture with"."""
    for noun in idx.sent_tokens(sent):
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in L.NOUNS or _punitive_order(noun):
            continue
        pred, preps = L.NOUNS[lemma]
        verb = noun.head  # the clause the noun sits in: "operated by X under a venture with Y"
        while verb.dep_ in ("conj", "compound", "pobj", "prep", "dobj", "appos") and verb.head.i != verb.i \
                and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        verb = _relative_light_verb(noun) or verb
        if pred in ("partnersWith", "competesWith") and (between := _between(noun, pred, idx)):
            yield from between  # "the deal between Microsoft and OpenAI"
            continue
        if pred == "investsIn" and verb.lemma_.lower() in L.DIVEST_VERBS:
            continue  # "sold its stake in Nvidia"
        if pred in ("sanctions", "restricts") and noun.dep_ == "pobj" and _borne(noun):
            yield from _borne_by(noun, pred, idx)
            continue
        subjs = _event_actors(noun, pred, verb, idx)
        if not (subjs := [s for s in subjs if s.entity.type not in ORGS or lemma not in ("tariff", "duty")]):
            continue  # (a tariff is a state's measure: "Kestrel paid duties on imports from China" imposes none)
        if pred == "investsIn" and (givers := _givers(noun, verb, idx)):
            keep = {g.entity.iri for g in givers}
            yield from EVENT.pairs(givers, [s for s in subjs if s.entity.iri not in keep], pred,
                                   modality(verb)[0] and verb.lemma_.lower() not in L.SPECULATIVE, (noun.idx,))
            continue
        exclude = {s.entity.iri for s in subjs}
        objs = _event_objects(_event_preps(noun, verb, pred, preps, idx), pred, exclude, idx)
        asserted = (modality(verb)[0] and verb.lemma_.lower() not in L.SPECULATIVE) \
            if verb.pos_ in ("VERB", "AUX") and not _possessed_subject(noun, verb) else True
        asserted = asserted and not (pred in ("acquires", "investsIn", "partnersWith") and _undone(noun, verb)) \
            and not _to_be_decided(verb)
        objs = [o for o in objs if o.entity.iri not in exclude]
        if not objs and pred == "partnersWith" and (funded := _funded_together(noun, verb, subjs)):
            yield from EVENT.pairs(funded[0], funded[1], "investsIn", asserted, (noun.idx,))
            continue
        if not objs and pred in ("partnersWith", "competesWith") and len(subjs) > 1 and verb.lemma_.lower() not in \
                L.DEAL_REVIEWERS and not _partner_unnamed(noun):
            # "Microsoft and G42 agreed a partnership": the coordinated parties partner each other (not those who
            # approved or blocked it, nor those "under the deal" or with an unnamed partner: _partner_unnamed)
            subjs = dedupe(subjs)
            for i, a in enumerate(subjs):
                yield from PARTIES.pairs([a], subjs[i + 1:], pred, asserted, (noun.idx,))
            continue
        if pred == "investsIn" and objs and all(o.entity.type in STATE for o in objs) and _with_state(noun, idx) \
                and not any(s.entity.type in STATE for s in subjs):
            # "GlobalWafers finalized its funding award with the Department of Commerce": the state pays
            yield from _funding_agreement(subjs, dedupe(objs), asserted, noun)
            continue
        if pred == "partnersWith" and (any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in L.FUNDING_NOUNS
                                           for c in noun.lefts) or _funds(noun, verb) and any(
                a.entity.type in STATE for a in [*subjs, *objs])):
            yield from _funding_agreement(subjs, dedupe(objs), asserted, noun)
            continue
        yield from EVENT.pairs(subjs, dedupe(objs), pred, asserted, (noun.idx,))


STATE = {"GovernmentBody", "Country"}


def _between(noun: Token, pred: str, idx: DocIndex) -> list:
    """ "the deal between Microsoft and OpenAI"; "an MoU was signed between the Government of Gujarat and Micron"
    ("between" on the passive verb): each pair of the parties; a deal undone ("blocked the deal between") ties nobody."""
    held = [*noun.children, *(_verb_preps(noun.head) if noun.dep_ == "nsubjpass" else ())]
    parties = dedupe([a for prep in held if prep.dep_ == "prep" and prep.lower_ == "between"
                      for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")])
    if len(parties) < 2:
        return []
    asserted = (modality(noun.head)[0] if noun.head.pos_ in ("VERB", "AUX") else True) and not M._deal_undone(noun)
    return [c for i, a in enumerate(parties) for c in BETWEEN.pairs([a], parties[i + 1:], pred, asserted, (noun.idx,))]


def _with_state(noun: Token, idx: DocIndex) -> bool:
    """ "its funding award with the Department of Commerce" (not "its investment in the UK"): a state party "with"."""
    return any(p.dep_ == "prep" and p.lower_ == "with" and any(
        (m := idx.mention(o)) is not None and m.entity.type in STATE for o in p.children if o.dep_ == "pobj")
        for p in [*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ())])


def _verb_preps(verb: Token) -> list:
    """A verb's prepositions, and those hung on its prepositions' objects ("signed in this regard between ...")."""
    return [q for c in verb.children if c.dep_ == "prep"
            for q in [c, *(r for o in c.children if o.dep_ == "pobj" for r in o.children if r.dep_ == "prep")]]


def _to_be_decided(verb: Token) -> bool:
    """ "a procedure to determine the penalties against Google", "deciding the fine": what is being settled is not
    yet imposed (a decision taken, "determined the penalty", stands)."""
    return verb.lemma_.lower() in L.UNDECIDED_VERBS and (verb.tag_ == "VBG" or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _possessed_subject(noun: Token, verb: Token) -> bool:
    """ "The FTC's complaint against X seeks civil penalties": an event its possessor holds, as the subject of
    the clause, is presupposed; what the clause says of it (seeks, could, did not) does not undo it."""
    if not any(c.dep_ == "poss" for c in noun.children):
        return False
    # "failed to rebound from Beijing's 2023 ban on its products": after a time or cause word the event is a given;
    # "said it would not investigate Microsoft's partnership with OpenAI": what a review is of exists either way
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i \
        or noun.dep_ == "pobj" and noun.head.lower_ in ("after", "amid", "despite", "following", "from", "since") \
        or noun.dep_ == "dobj" and noun.head.i == verb.i and verb_lemma(verb) in L.EXAMINING_VERBS


def _event_objects(preps_: list, pred: str, exclude: set[str], idx: DocIndex) -> list:
    """The named objects of an event's prepositions; not through another event of the same kind ("Intel's
    takeover of Tower Semiconductor and MaxLinear's purchase of X": the parser hung the second deal on the
    first, whose object is only the first conjunct of the second's possessors)."""
    out = []
    for prep in preps_:
        for p in prep.children:
            if p.dep_ == "pcomp" and pred == "regulates" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                                                 for m in p.children):
                out += _questioned(p, exclude, idx)  # "an investigation into whether Microsoft broke the rules"
            if p.dep_ != "pobj":
                continue
            if pred == "investsIn" and p.lemma_.lower() in L.SITE_NOUNS:
                out += _site_owners(p, exclude, idx)  # "subsidies for TSMC's second plant": the plant's company
            elif L.NOUNS.get(p.lemma_.lower(), ("",))[0] != pred:
                out += args_of(p, idx, role="obj", exclude=exclude) or _conduct_of(p, pred, exclude, idx)
            else:
                out += [a for c in p.children if c.dep_ == "poss" and c.conjuncts and c.left_edge.i == prep.i + 1
                        for a in args_of(c, idx, role="obj", exclude=exclude, conj=False)]
    return out


def _questioned(clause: Token, exclude: set[str], idx: DocIndex) -> list:
    """Whom a question under investigation is about: its subject, or the named possessor of its subject ("whether
    Microsoft's bundling of Teams broke the rules")."""
    subjs = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [a for t in subjs for c in ([t] if idx.mention(t) is not None else
                                       [k for k in t.children if k.dep_ == "poss"])
            for a in args_of(c, idx, role="obj", exclude=exclude)]


def _undone(noun: Token, verb: Token) -> bool:
    """ "Regulators blocked Nvidia's acquisition of Arm", "the planned merger collapsed", "its failed bid":
    the deal did not happen (a deal undone is none of acquires, investsIn or partnersWith)."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in L.DEAL_UNDOING_MODS for c in noun.lefts):
        return True
    if verb_lemma(verb) in L.DEAL_CHALLENGES and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False  # "sued to block X's acquisition of Y": a challenge to a deal still proposed, not its end
    return verb.pos_ in ("VERB", "AUX") and verb_lemma(verb) in L.DEAL_UNDOING_VERBS and (
        noun.head.i == verb.i or noun.dep_ == "pobj" and noun.head.head.i == verb.i)


def _givers(noun: Token, verb: Token, idx: DocIndex) -> list:
    """ "received $6.1 billion in grants from the Commerce Department", "won a grant from the EU": who
    gives the funding the clause's subject receives (the noun is what is received, or the amount's "in")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in L.MONEY_ONLY | {"secure"}:
        return []
    received = noun.dep_ == "dobj" and noun.head.i == verb.i or noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        and (amount := noun.head.head).dep_ == "dobj" and amount.head.i == verb.i and _amount(amount)
    if not received:
        return []
    return [a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "from"
            for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role="subj")]


def _possessors(c: Token, idx: DocIndex) -> list:
    """The possessors of an event noun; "of Tower Semiconductor and MaxLinear's purchase": after another
    noun's "of", the first conjunct is that noun's object, only the name before "'s" possesses. "SAMR initiated
    its inquiry into Nvidia": who opens or files "its" event is the subject (a reviewer's "its" is someone else's)."""
    if c.conjuncts and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].lower_ == "of":
        return [a for k in c.conjuncts if k.i > c.i for a in args_of(k, idx, role="subj", conj=False)]
    verb, own = c.head.head, []
    if c.lower_ in ("its", "their") and c.head.dep_ == "dobj" and verb.lemma_.lower() in _OWN_EVENT_VERBS:
        own = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
    if not own and c.lower_ == "their":  # "A and B announced their partnership": the parties the governing clause lists
        listed = [s for h in c.ancestors if h.pos_ in ("VERB", "AUX") for s in h.children
                  if s.dep_ == "nsubj" and s.i < c.i and idx.mention(s) is not None
                  and (s.conjuncts or any(a.dep_ == "appos" and idx.mention(a) is not None for a in s.children))]
        own = args_of(listed[0], idx, role="subj") if listed else []
    return own or args_of(c, idx, role="subj")


def _relative_light_verb(noun: Token) -> Token | None:
    """ "the restrictions that the United States had imposed against Beijing", "the fine the Commission imposed
    on Google", and a light verb's participle with its agent ("the sanctions imposed on X by Y") carry the event."""
    return next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in L.LIGHT_VERBS
                 and not any(k.dep_ in ("dobj", "nsubjpass") and not is_relative(k) for k in c.children)
                 and any(k.dep_ == "nsubj" and not is_relative(k) for k in c.children)
                 or c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in L.LIGHT_VERBS
                 and any(k.dep_ == "agent" for k in c.children)), None)


def _event_actors(noun: Token, pred: str, verb: Token, idx: DocIndex) -> list:
    """Who acts in an event noun: a possessor ("Microsoft's investment in"), else the state a measure
    names, else the clause's subject or agent, else the issuer of the instrument imposing it."""
    if verb.dep_ == "relcl" and verb.head.i == noun.i:  # "the restrictions that the United States imposed"
        return [a for c in verb.children if c.dep_ == "nsubj" and not is_relative(c)
                for a in args_of(c, idx, role="subj")]
    if verb.dep_ == "acl" and verb.head.i == noun.i:  # "the sanctions imposed on Russia by the United States"
        return [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                for a in args_of(p, idx, role="subj")]
    # a possessor, or the noun's own agent: "a ban by Washington on Huawei equipment", "an investment by SoftBank in"
    # ("their new joint venture company": the possessor of the noun the event word qualifies)
    subjs = [a for c in [*noun.children, *(noun.head.children if noun.dep_ == "compound" else ())]
             if c.dep_ == "poss" for a in _possessors(c, idx)] \
        or [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
            for p in c.children if p.dep_ == "pobj" for a in args_of(p, idx, role="subj")] \
        or [a for a in _issued_by(noun, idx) if pred in ("sanctions", "restricts")] \
        or _in_partnership(noun, idx) or _measure_actors(noun, pred, verb, idx)
    if subjs is None:
        return []
    if not subjs and (owner := _owned_above(noun, verb)) is not None:
        # "China criticized the Dutch government's expansion of export controls on ASML": the noun the
        # measure hangs on has its own possessor, who acts; never the clause's subject
        return [a for a in actor_of(owner, idx) if a.entity.type in STATE] or [
            a for c in owner.lefts if c.dep_ in ("amod", "compound") and owner.lemma_.lower() in L.GOV_NOUNS
            for a in actor_of(c, idx) if a.entity.type in STATE]
    if not subjs and pred == "acquires" and any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
                                                for c in noun.lefts):
        return []  # "will facilitate an American takeover of TikTok": the qualifier names the buyer, not the subject
    if not subjs and verb.pos_ in ("VERB", "AUX"):
        subjs = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
    if not subjs and pred in ("sanctions", "restricts") and verb.pos_ == "VERB" and verb.dep_ in ("acl", "relcl") \
            and verb.lemma_.lower() in L.LIGHT_VERBS:
        # "issued a final rule imposing sanctions on Huawei": the instrument stands for its issuer
        subjs = [a for a in _policy_actor(verb, subject_tokens(verb), idx) if a.entity.type in STATE]
    return subjs


def _owned_above(noun: Token, verb: Token) -> Token | None:
    """The possessor of a noun between the event noun and its clause's verb: "the government's
    expansion of controls on X" (the measure's own actor, or None)."""
    head = noun.head
    while head.i != verb.i and head.head.i != head.i:
        if head.pos_ in ("NOUN", "PROPN"):
            for c in head.children:
                if c.dep_ == "poss":
                    return c
        head = head.head
    return None


def _measure_actors(noun: Token, pred: str, verb: Token, idx: DocIndex) -> list | None:
    """Who imposed a measure when no possessor says: the state that qualifies it ("China condemned U.S.
    sanctions on Huawei"); and never the subject of a verb that opposes, lifts or bears the measure
    ("China condemned the sanctions on Huawei": None, no actor)."""
    if pred not in ("sanctions", "restricts"):
        return []
    named = [a for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") for a in actor_of(c, idx)
             if a.entity.type in STATE]
    if not named and verb.lemma_.lower() in L.NOT_IMPOSING:
        return None
    return named


# "a memorandum of terms with Micron", "a memorandum of understanding with Japan": the pact's own words
PACT_OF = {"terms", "understanding", "intent", "cooperation"}
PROVIDING = {"provide", "award", "give", "grant", "lend", "invest", "offer", "extend"}


def _funds(noun: Token, verb: Token) -> bool:
    """ "signed a preliminary memorandum of terms with Micron to provide up to $6.1 billion in funding",
    "reached an agreement with Intel to provide $8.5 billion in grants": the pact is there to pay money."""
    purposes = [c for h in (noun, verb) for c in h.children if c.dep_ in ("acl", "relcl", "advcl", "xcomp")
                and c.lemma_.lower() in PROVIDING and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return any(t.ent_type_ == "MONEY" or t.lemma_.lower() in L.FUNDING_NOUNS
               for p in purposes for o in p.children if o.dep_ == "dobj" for t in o.subtree)


def _event_preps(noun: Token, verb: Token, pred: str, preps: tuple, idx: DocIndex) -> list:
    """The prepositions that name the event's other party: on its holders, "on X and on Y"; for export
    controls, "to" where the goods go ("export controls on advanced computing items to China")."""
    out = [prep for h in _holders(noun, verb, pred, idx) for prep in h.children if prep.dep_ == "prep" and prep.lower_ in preps]
    out += [c for prep in out for c in prep.conjuncts if c.dep_ in ("prep", "conj")]
    # "imposing sanctions on A, a Chinese firm, and on B": the parser hung the second "on" on the verb
    out += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "ADP" and noun.head.i == verb.i
            and any(c.lower_ == p.lower_ and p.i < c.i for p in out) and c not in out]
    goods = [p for prep in out if prep.lower_ == "on" for p in prep.children if p.dep_ == "pobj" and not idx.mention(p)]
    if pred == "restricts" and any(c.lower_ in ("export", "exports") for c in noun.lefts):
        out += [q for h in (noun, *goods) for q in h.children if q.dep_ == "prep" and q.lower_ == "to" and q not in out]
    elif pred == "restricts" and any(g.lemma_.lower() in TRADE_FLOWS for g in goods):
        # "imposed stricter controls on exports of chips to China": the parser hung "to China" on the verb
        out += [q for h in (noun, *goods, *(h for h in _holders(noun, verb, pred, idx) if h.i == verb.i))
                for q in h.children if q.dep_ == "prep" and q.lower_ == "to" and q not in out]
    return out


AMOUNTING = {"totalling", "totaling", "worth", "valued", "amounting"}  # the participle that gives an amount
TRADE_FLOWS = {"export", "flow", "sale", "shipment", "supply", "transfer"}  # goods on their way to a destination


def _holders(noun: Token, verb: Token, pred: str, idx: DocIndex) -> list:
    """Where the event's prepositions hang: on the noun; past its amount ("a fine of 2.4 billion euros on
    Google", "a grant of $8.5 billion to Intel") or its pact's words ("a memorandum of terms with");
    on a light verb ("imposed sanctions on Russia"); on a second amount ("grants of $6.6 billion to TSMC
    and $6.4 billion to Samsung"); on the agent's name ("the acquisition by Nexperia of Newport Wafer Fab")."""
    holders = [noun, *[p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for p in prep.children if p.dep_ == "pobj" and (_amount(p) and p.lemma_.lower() not in L.NOUNS
                                                                       or p.lower_ in PACT_OF)]]
    # "fines totalling €700 million on Apple", "grants worth $1 billion to Intel": past an amount's participle
    holders += [c for c in noun.children if c.dep_ in ("acl", "amod") and c.lower_ in AMOUNTING
                and any(_amount(o) for o in c.children if o.dep_ in ("dobj", "npadvmod", "pobj", "attr"))]
    if noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in L.LIGHT_VERBS \
            or verb.dep_ in ("acl", "relcl") and verb.head.i == noun.i:  # "the sanctions (that) X imposed on Y"
        holders.append(verb)
    holders += [a for b in noun.children if b.dep_ == "prep" and b.lower_ == "by" for a in b.children if a.dep_ == "pobj"
                and (m := idx.mention(a)) is not None and all(q.idx >= m.end for q in a.rights)]
    holders += [p for q in noun.children if q.dep_ == "prep" and q.lower_ in ("in", "on") for p in q.children
                if p.dep_ == "pobj" and p.lower_ in ("history", "record")]  # "the largest contract in history with"
    if pred == "investsIn":
        # (a second amount, not a second clause: "took a stake in Intel, and after SoftBank invested $2 billion")
        holders += [c for h in holders for c in h.children if c.dep_ == "conj" and _amount(c) and c.i > noun.i
                    and c.pos_ not in ("VERB", "AUX")]
    return holders


def _funded_together(noun: Token, verb: Token, subjs: list) -> tuple[list, list] | None:
    """ "The Department of Commerce and Micron have signed a memorandum of terms to provide up to $6.1
    billion": the state among the parties funds the others."""
    states = [a for a in subjs if a.entity.type in STATE]
    others = [a for a in subjs if a.entity.type not in STATE]
    return (states, others) if states and others and _funds(noun, verb) else None


def _funding_agreement(subjs: list, objs: list, asserted: bool, noun: Token) -> Iterator[Candidate]:
    """ "The Commerce Department signed grant agreements with Micron", "Micron signed a loan agreement
    with the department": the state funds the company, whichever side the sentence starts from; two
    companies' funding deal says too little about who pays."""
    for s in subjs:
        for o in objs:
            if s.entity.type in STATE and o.entity.type not in STATE:
                yield from EVENT.pairs([s], [o], "investsIn", asserted, (noun.idx,))
            elif o.entity.type in STATE and s.entity.type not in STATE:
                yield from EVENT.pairs([o], [s], "investsIn", asserted, (noun.idx,))


def _borne_by(noun: Token, pred: str, idx: DocIndex) -> Iterator[Candidate]:
    """ "Huawei has been under U.S. sanctions since 2019", "hit by U.S. sanctions", "subject to U.S.
    export controls": the one named on the noun acts on the one who bears it."""
    actors = [a for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")
              for a in actor_of(c, idx)]
    if noun.head.lower_ == "to":  # "subject to sanctions by the Department of the Treasury": the noun's own agent
        actors += [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                   for p in c.children if p.dep_ == "pobj" for a in args_of(p, idx, role="subj")]
    clause = noun.head.head
    if clause.lower_ == "subject" and clause.head.i != clause.i:
        clause = clause.head  # "is subject to"
    placed = noun.head.lower_ == "under" and is_passive(clause) and noun.head.dep_ != "agent"
    if placed:  # "was placed under sanctions by the United States": the agent imposed them, the subject bears them
        actors += [a for t in subject_tokens(clause) + [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                                                        for p in c.children if p.dep_ == "pobj"]
                   for a in args_of(t, idx, role="subj")]
    bearer = [c for c in clause.children if c.dep_ == "nsubjpass"] or (
        [clause.head] if clause.dep_ in ("relcl", "acl") and noun.head.dep_ == "agent" else []) \
        if noun.head.dep_ == "agent" or placed else subject_tokens(clause)
    bearer = [described(clause) if t.lower_ in L.RELATIVE and clause.dep_ == "relcl" else t for t in bearer]
    targets = [a for t in bearer for a in args_of(t, idx, role="obj")] \
        if clause.pos_ in ("VERB", "AUX", "ADJ") else []
    yield from UNDER.pairs(dedupe(actors), dedupe(targets), pred,
                           modality(clause)[0] if clause.pos_ in ("VERB", "AUX") else True, (noun.idx,))


def _borne(noun: Token) -> bool:
    """A measure someone is under, is hit or targeted by, or is subject to."""
    head = noun.head
    if head.lower_ == "despite":  # "Despite U.S. sanctions, Huawei launched a phone"; not "despite sanctions on Russia"
        return not any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in noun.children)
    return head.lower_ == "under" or head.dep_ == "agent" and head.head.lemma_.lower() in L.BEARING_VERBS \
        or head.lower_ == "to" and head.head.lower_ == "subject"


def _amount(tok: Token) -> bool:
    return tok.ent_type_ == "MONEY" or tok.lemma_.lower() in L.MONEY or any(c.like_num for c in tok.children)


_NOMINAL_WORDS = frozenset(L.NOMINALS) | {"company"}  # relational_nouns reads only around these


@matcher(RELATIONAL, words=_NOMINAL_WORDS)
def relational_nouns(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Relational nouns said of a named entity, in a copula or an apposition: "SK Hynix is the main
    supplier of memory to Nvidia", "ByteDance, TikTok's parent company", "X is a unit of Y"."""
    for noun in idx.sent_tokens(sent):
        lemma = noun.lemma_.lower()
        frame = L.NOMINALS.get(lemma) or (L.NOMINALS["parent"] if lemma == "company" and any(
            c.lower_ == "parent" for c in noun.lefts) else None)
        if frame is None or noun.pos_ != "NOUN" or idx.mention(noun):
            continue
        pred, preps, rev = frame
        if (held := _said_of(noun, sent, idx)) is None:
            continue
        holders, asserted = held
        others = [a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in preps
                  for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")]
        others += _shared_of(noun, preps, idx)
        # "the main supplier of chips to Nvidia": the recipient hangs on the goods
        others += [a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for p in prep.children if p.dep_ == "pobj" and not idx.mention(p)
                   for prep2 in p.children if prep2.dep_ == "prep" and prep2.lower_ in preps and prep2.lower_ != "of"
                   for q in prep2.children if q.dep_ == "pobj" for a in args_of(q, idx, role="obj")]
        others += _products_before(noun, pred, idx) if not rev else []  # "the iPhone maker"
        if pred in ("owns", "suppliesTo", "develops", "manufactures") and not rev:  # "TikTok's parent", "Apple's supplier"
            for c in noun.lefts:
                if c.dep_ == "poss":
                    owned = args_of(c, idx, role="obj")
                    if pred in ("develops", "manufactures"):  # "the app's developer"
                        others += [o for o in owned if o.entity.type == "Product"]
                    elif pred == "owns":
                        others += owned
                    else:
                        yield from RELATIONAL.pairs(holders, owned, pred, asserted, (noun.idx,))
        if pred == "owns" and rev and lemma in L.OWNED_UNIT_NOUNS \
                and not any(c.lower_ in L.FORMER_WORDS for c in noun.lefts):
            # "HiSilicon, Huawei's chip subsidiary", "Skycom, a Huawei unit": the named owner
            others += [m for c in noun.lefts if c.dep_ in ("poss", "compound") and (m := idx.mention(c)) is not None
                       and m.entity.type in ORGS | {"GovernmentBody"}]
        if pred in ("suppliesTo", "partnersWith", "competesWith", "investsIn") and not others:
            others += _company_before(noun, idx)
        others = [o for o in dedupe(others) if o.entity.iri not in {h.entity.iri for h in holders}]
        if not others and pred in ("competesWith", "partnersWith") and noun.tag_ == "NNS" and noun.dep_ == "attr":
            # "Intel and TSMC are rivals in contract manufacturing": the plural relation holds between the subjects
            holders = dedupe(holders)
            for k, h in enumerate(holders):
                yield from RELATIONAL.pairs([h], holders[k + 1:], pred, asserted, (noun.idx,))
            continue
        if pred == "manufactures" and not rev:  # "the exclusive manufacturer of Apple's processors": Apple is the customer
            customers = [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in preps
                         for p in prep.children if p.dep_ == "pobj" and not idx.mention(p)
                         for c in p.children if c.dep_ == "poss" and (m := idx.mention(c)) is not None
                         and m.entity.type in ORGS]
            yield from RELATIONAL.pairs(holders, customers, "suppliesTo", asserted, (noun.idx,))
            others = [o for o in others if o.entity.iri not in {c.entity.iri for c in customers}]
        if rev:
            yield from RELATIONAL.pairs(others, holders, pred, asserted, (noun.idx,))
        else:
            yield from RELATIONAL.pairs(holders, others, pred, asserted, (noun.idx,))


def _products_before(noun: Token, pred: str, idx: DocIndex) -> list[Arg]:
    """The products named right before a maker noun: "the iPhone maker", "iPhone maker Apple"."""
    if pred not in ("develops", "manufactures"):
        return []
    return [m for c in noun.lefts if c.dep_ == "compound" and (m := idx.mention(c)) is not None
            and m.entity.type == "Product"]


def _company_before(noun: Token, idx: DocIndex) -> list[Arg]:
    """ "Nvidia, which is a Synopsys customer", "Foxconn, a major Apple supplier": the company named before the
    relation noun is its complement ("a customer of Synopsys")."""
    if any(d.dep_ == "poss" for d in noun.lefts):
        return []
    return [m for c in noun.lefts if c.dep_ == "compound" and (m := idx.mention(c)) is not None and m.entity.type in ORGS]


def _shared_of(noun: Token, preps: tuple[str, ...], idx: DocIndex) -> list[Arg]:
    """ "the owner and president of Kestrel": one "of" after two coordinated nouns is each one's (the parser
    hangs it on one of them: "the president and owner of Kestrel" on the first)."""
    if "of" not in preps or any(c.dep_ == "prep" for c in noun.children):
        return []
    return [a for k in noun.conjuncts if k.pos_ == "NOUN" for prep in k.children
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > noun.i
            for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")]


def _said_of(noun: Token, sent: Span, idx: DocIndex) -> tuple[list[Arg], bool] | None:
    """Whom a relational noun is said of, and whether it is asserted; None where it is said of nobody named."""
    if noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become"):  # "X is (will become) the supplier of ..."
        subj = [c for c in noun.head.children if c.dep_ == "nsubj"] or subject_tokens(noun.head)  # "is set to become"
        if noun.head.dep_ == "relcl" and subj and subj[0].lower_ in ("which", "that", "who") \
                and (m := idx.mention(noun.head.head)) is not None:
            return [m], modality(noun.head)[0]  # "Nvidia, which is a customer of Synopsys": the name described
        return [a for c in subj for a in args_of(c, idx, role="subj")], modality(noun.head)[0]
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "Apple's main supplier is Foxconn": inverted
        named = [a for c in noun.head.children if c.dep_ == "attr" and (a := idx.mention(c)) is not None]
        return (named, modality(noun.head)[0]) if named else None
    if noun.dep_ == "nsubj" and noun.tag_ == "NNS" and noun.head.lemma_ == "include" \
            and any(c.dep_ == "poss" for c in noun.children):  # "Kestrel's suppliers include A and B": each of them
        named = [a for c in noun.head.children if c.dep_ == "dobj" and idx.mention(c) is not None
                 for a in args_of(c, idx, role="obj")]
        return (dedupe(named), modality(noun.head)[0]) if named else None
    if noun.dep_ == "appos" and (m := idx.mention(noun.head)):  # "ByteDance, TikTok's parent company"
        return [seat_of(noun.head, idx) or m], True  # "Orvane Holding in Delft, a subsidiary of Kestrel": not the seat
    if noun.dep_ == "conj" and noun.head.dep_ == "appos" and noun.head.pos_ == "NOUN" \
            and (m := idx.mention(noun.head.head)):  # "TSMC, the largest chipmaker and a major supplier to Apple"
        return [m], True
    if noun.dep_ == "conj" and noun.head.dep_ == "attr" and noun.head.pos_ == "NOUN" and noun.head.head.lemma_ == "be":
        return _said_of(noun.head, sent, idx)  # "Ann Wu was the president and owner of Kestrel"
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and (m := idx.mention(noun.head)) is not None \
            and m.entity.type in ORGS and _making(noun):
        return [m], True  # "iPhone maker Apple": the title before the name
    if noun.dep_ != "compound" and _making(noun) \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        made = [a for a in args_of(noun, idx, role="subj") if a.coref]  # "the iPhone maker": whom the gazetteer names
        return (made, True) if made else None
    if noun.left_edge.i == sent.start and (after := _opening_comma(noun, sent)) is not None \
            and (m := idx.mention(noun.doc[after + 1])) is not None and m.entity.type in ORGS:
        return [m], True  # "A unit of Alibaba, Ant Group runs Alipay": the description opens the sentence
    return None


def _making(noun: Token) -> bool:
    """A maker noun ("maker", "developer"), not "parent company" (the frame "company" borrows is no entry of its own)."""
    return L.NOMINALS.get(noun.lemma_.lower(), ("",))[0] in ("develops", "manufactures")


def _opening_comma(noun: Token, sent: Span) -> int | None:
    """The comma that closes a description opening the sentence ("A subsidiary of Luxottica, EyeMed ...")."""
    inside = {t.i for t in noun.subtree}
    for t in noun.doc[noun.i + 1: sent.end - 1]:
        if t.text == ",":
            return t.i if t.i + 1 < len(noun.doc) else None
        if t.i not in inside:
            return None
    return None
