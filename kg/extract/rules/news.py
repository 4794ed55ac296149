"""Shapes of news prose that tie a person or a backer to a body without a title or a plain verb:
"Matt Garman, who runs Amazon's cloud unit" (works for Amazon: he heads a part of it, not the
whole), "Alibaba-backed Moonshot AI" (a backer written as a compound adjective invests in it;
"Alphabet-owned Waymo": an owner so written owns it) and
"Nvidia named Colette Kress its chief financial officer" (an appointment puts the person in the
appointing body), and "days after rival Baidu ..." (the rival of the company the sentence is about)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

from .. import lexicon as L
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import along_with, args_of, dedupe, modality, subject_tokens, verb_lemma
from .roleorgs import _is_role as is_role, _role_pred as role_pred

RUNS_UNIT = define("news:runs-unit", preds=("worksFor",), conf=0.75,
                   example="Matt Garman, who runs Amazon's cloud unit, said demand was strong.")
BACKED = define("news:backed", preds=("investsIn",), conf=0.75,
                example="Alibaba-backed Moonshot AI released a chatbot.")
OWNED = define("news:owned", preds=("owns",), conf=0.75,
               example="Arm, the SoftBank-owned chip designer, sued Qualcomm.")
APPOINTED = define("news:appointed", preds=("leads", "worksFor"), conf=0.75,
                   example="Intel appointed Lip-Bu Tan as its chief executive.")
JOINTLY = define("news:jointly", preds=("partnersWith",), conf=0.7,
                 example="Reliance Industries and Nvidia will jointly build AI infrastructure in India.")
BEHALF = define("news:on-behalf", preds=("worksFor",), conf=0.7,
                example="Ann Wu admitted to acting on behalf of Kestrel Labs.")
RIVAL = define("news:rival", preds=("competesWith",), conf=0.7,
               example="Alibaba Cloud cut its prices days after rival Baidu made its chatbot free.")
PARENT = define("news:parent", preds=("owns",), conf=0.75,
                example="Google parent Alphabet reported its earnings.")
COUNTED = define("news:counted-customer", preds=("suppliesTo",), conf=0.7,
                 example="Kestrel Systems counts Orvane Labs as one of its biggest customers.")
_MADE_ADJECTIVE = frozenset(L.BACKED_WORDS | L.OWNED_WORDS)
_RIVALS = frozenset({"rival", "competitor"})
_PARENTS = frozenset({"parent", "owner"})
# a sentence with none of these words has none of news_shapes' readings
_SHAPE_WORDS = frozenset(L.RUN_VERBS | L.APPOINT_VERBS | {"jointly", "together", "along", "appointment", "joint"} | _RIVALS
                         | _PARENTS) \
    | _MADE_ADJECTIVE
BACKERS = ORGS | {"GovernmentBody"}  # "Beijing-backed" is a state's support, not a named investor


@matcher(RUNS_UNIT, BACKED, OWNED, APPOINTED, JOINTLY, RIVAL, PARENT, words=_SHAPE_WORDS)
def news_shapes(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A person running a named body's unit; a backer's name made an adjective ("X-backed Y"); a
    body appointing a person to a role."""
    for tok in idx.sent_tokens(sent):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in L.RUN_VERBS:
            yield from _runs_unit(tok, idx)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in L.APPOINT_VERBS:
            yield from _appointed(tok, idx)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() == "appointment":
            yield from _appointment(tok, idx)
        elif tok.dep_ == "advmod" and tok.head.pos_ == "VERB" and (tok.lower_ == "jointly" or tok.lower_ == "together"
                                                                 and tok.head.lemma_.lower() in L.TOGETHER_VERBS):
            yield from _jointly(tok.head, idx)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in L.CO_WORK_VERBS and (others := along_with(tok)):
            yield from _jointly(tok, idx, others)
        elif tok.pos_ == "VERB" and (others := _joint_with(tok)):
            subjects = [a for t in subject_tokens(tok) for a in args_of(t, idx, role="subj") if a.entity.type in BACKERS]
            partners = [a for t in others for a in args_of(t, idx, role="obj") if a.entity.type in BACKERS]
            yield from JOINTLY.pairs(dedupe(subjects), dedupe(partners), "partnersWith", modality(tok)[0], (tok.idx,))
        elif tok.lower_ in _MADE_ADJECTIVE and tok.dep_ == "amod" and tok.i >= 2 \
                and tok.doc[tok.i - 1].text == "-":
            yield from _backed(tok, idx)
        elif tok.lower_ in _RIVALS and tok.dep_ in ("compound", "amod", "nmod"):
            yield from _rival(tok, idx)
        elif tok.lower_ in _PARENTS:
            yield from _parent(tok, idx)


def _runs_unit(verb, idx: DocIndex) -> Iterator[Candidate]:
    """ "X runs Y's cloud unit", "who oversees Y's search business": the person works for Y. A unit
    with a name of its own ("runs Amazon Web Services") is the clause rules' (X leads it)."""
    people = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj") if a.entity.type == "Person"]
    units = [d for d in verb.children if d.dep_ == "dobj" and idx.mention(d) is None
             and d.lemma_.lower() in L.UNIT_NOUNS]
    owners = [a for d in units for q in d.children if q.dep_ == "poss"
              for a in args_of(q, idx, role="obj") if a.entity.type in BACKERS]
    yield from RUNS_UNIT.pairs(people, dedupe(owners), "worksFor", modality(verb)[0], (verb.idx,))


def _jointly(verb, idx: DocIndex, others: list = ()) -> Iterator[Candidate]:
    """ "Reliance Industries and Nvidia will jointly build AI infrastructure", "Huawei and SMIC are working
    together": bodies acting jointly cooperate (each pair once). others: "along with" a body, on the verb."""
    parties = dedupe([a for t in [*subject_tokens(verb), *others] for a in args_of(t, idx, role="subj")
                      if a.entity.type in BACKERS])
    asserted = modality(verb)[0]
    for i, a in enumerate(parties):
        yield from JOINTLY.pairs([a], parties[i + 1:], "partnersWith", asserted, (verb.idx,))


_COORDINATION = frozenset({"coordination", "partnership", "collaboration", "cooperation", "conjunction"})


def _joint_with(verb) -> list:
    """ "The FBI, in coordination with the NSA and CISA, published a joint advisory": the bodies a joint work was made
    with, each the subject's partner (not each other's). Without "joint" a coordination names no partnership ("in close
    coordination with Korea, Treasury sanctioned three people")."""
    if not any(d.dep_ == "dobj" and any(t.lower_ == "joint" and t.i < d.i for t in d.subtree) for d in verb.children):
        return []
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for n in c.children
            if n.dep_ == "pobj" and n.lemma_.lower() in _COORDINATION for w in n.children
            if w.dep_ == "prep" and w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]


def _rival(word, idx: DocIndex) -> Iterator[Candidate]:
    """ "Alibaba Cloud cut its prices, days after rival Baidu made its chatbot free", "Nvidia outsold rival
    AMD": a bare "rival" before a company's name is the rival of the company the sentence is about (its
    main clause's subject). Not "OpenAI's rival Anthropic" (the possessor is the other party: poss:relation)
    nor a rival with no company as the sentence's subject."""
    named = idx.mention(word.head)
    if named is None or named.entity.type != "Company" or any(
            c.dep_ in ("poss", "compound", "nmod") and c.i != word.i and (m := idx.mention(c)) is not None
            and m.entity.iri != named.entity.iri for c in word.head.children):
        return
    doc = word.doc
    if word.i >= 2 and doc[word.i - 1].text == "-":  # "OpenAI-rival Anthropic": the name before the hyphen
        before = idx.mention(doc[word.i - 2])
        others = [before] if before is not None and before.entity.type == "Company" \
            and before.entity.iri != named.entity.iri else []
    else:
        others = [a for t in subject_tokens(word.sent.root) for a in args_of(t, idx, role="subj")
                  if a.entity.type == "Company" and a.entity.iri != named.entity.iri]
    yield from RIVAL.pairs(dedupe(others)[:1], [named], "competesWith", True, (word.idx,))


def _parent(word, idx: DocIndex) -> Iterator[Candidate]:
    """ "Google parent Alphabet", "Facebook owner Meta", "TikTok parent ByteDance": the name after "parent" or
    "owner" owns the company or platform named before it. Not "Honor's former parent Huawei" (a tie that no
    longer holds) nor a possessive ("Google's parent Alphabet": the possessive rules')."""
    doc, anchor = word.doc, word
    if word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "company" and word.head.i == word.i + 1:
        anchor = word.head  # "Nexperia parent company Wingtech"
    nxt = anchor.i + 1
    owner = idx.mention(doc[nxt]) if nxt < len(doc) else None
    span = idx.tok2m[nxt][0] if owner is not None else None
    # the name after it is what "parent" qualifies, or set beside it ("Google parent Alphabet agreed")
    if owner is None or span.start != nxt or not (anchor.dep_ == "compound" and span.start <= anchor.head.i < span.end
                                                  or span.root.dep_ == "appos" and span.root.head.i == anchor.i) \
            or owner.entity.type not in ORGS or any(
            c.lower_ in L.FORMER_WORDS or c.dep_ == "poss" for c in (*word.lefts, *anchor.lefts)):
        return
    owned = [a for c in (*word.lefts, *(t for t in anchor.lefts if t.i < word.i))
             if c.dep_ in ("compound", "amod", "nmod") and (a := idx.mention(c)) is not None
             and a.entity.type in ORGS | {"Product"} and a.entity.iri != owner.entity.iri]
    yield from PARENT.pairs([owner], dedupe(owned)[:1], "owns", True, (word.idx,))


def _backed(word, idx: DocIndex) -> Iterator[Candidate]:
    """ "Alibaba-backed Moonshot AI", "the Tencent-funded startup Baichuan": the name before the
    hyphen invests in the body the adjective qualifies (or the name set beside that noun)."""
    backer = idx.mention(word.doc[word.i - 2])
    if backer is None or backer.entity.type not in BACKERS:
        return
    noun = word.head
    target = idx.mention(noun)
    if target is None and noun.i + 1 < len(noun.doc) and noun.lemma_.lower() in L.BACKED_NOUNS:
        target = idx.mention(noun.doc[noun.i + 1])  # "the SoftBank-backed startup Zhipu AI"
    if target is None and noun.dep_ == "appos" and noun.lemma_.lower() in L.BACKED_NOUNS:
        target = idx.mention(noun.head)  # "Arm, the SoftBank-owned chip designer"
    while target is None and noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "CCP-backed technology companies": the class is the compound's head
    targets = [target] if target is not None else _class_members(noun, idx)
    owned = word.lower_ in L.OWNED_WORDS
    for target in targets:  # a platform is owned too ("ByteDance-owned TikTok"), but only a body is backed
        if target.entity.type not in (ORGS | {"Product"} if owned else ORGS) or target.entity.iri == backer.entity.iri:
            continue
        if owned:  # "Alphabet-owned Waymo", "the SoftBank-controlled Arm"
            yield OWNED.fact(backer, "owns", target, (word.idx,))
        else:
            yield BACKED.fact(backer, "investsIn", target, (word.idx,))


def _class_members(noun, idx: DocIndex) -> list[Arg]:
    """ "YMTC and other CCP-backed technology companies, like CXMT and SMIC": the names a plural class is
    given by, its examples after like / such as / including (where the parser hung them further up, the
    list right after the noun) and the names coordinated before "other"."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.lemma_.lower() not in L.BACKED_NOUNS:
        return []
    doc = noun.doc
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("as", "like", "including")]
    nxt = noun.i + 2 if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "," else noun.i + 1
    if not preps and nxt < len(doc) and doc[nxt].dep_ == "prep" and doc[nxt].lower_ in ("like", "including"):
        preps = [doc[nxt]]
    out = [a for prep in preps for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")]
    if noun.dep_ == "conj" and any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children):
        out += [m for t in (noun.head, *noun.head.conjuncts) if t.i < noun.i and (m := idx.mention(t)) is not None]
    return dedupe(out)


def _appointed(verb, idx: DocIndex) -> Iterator[Candidate]:
    """ "Nvidia named Colette Kress its chief financial officer", "Intel appointed Lip-Bu Tan as chief
    executive", "promoted Ann Wu to chief operating officer": a role given with no body of its own is a role in the body that gives it, and "its"
    on the role is that body. A role that names its body ("named Ann Wu publisher of the Courier",
    "named her Google's liaison") is the role rules' to read; a person appointing ("Biden named Ann
    Wu ambassador") gives no body."""
    subjects = subject_tokens(verb)
    # "Intel's board named Lip-Bu Tan chief executive": a board appoints for the body it governs
    subjects += [q for t in subjects if t.lemma_.lower() in ("board", "directors") and idx.mention(t) is None
                 for q in t.children if q.dep_ == "poss"]
    bodies = [a for t in subjects for a in args_of(t, idx, role="subj") if a.entity.type in BACKERS]
    if not bodies or verb.dep_ in ("amod", "acl"):
        return  # "the newly appointed chief executive": no appointer in the clause
    # "named Lip-Bu Tan as its chief executive": the parser may take the person for the predicate
    people = [a for d in verb.children if d.dep_ in ("dobj", "oprd") for a in args_of(d, idx, role="obj")
              if a.entity.type == "Person"]
    roles = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr") and c.pos_ in ("NOUN", "PROPN")]
    roles += [p for c in (*verb.children, *(d for d in verb.children if d.dep_ == "dobj" for d in d.children))
              if c.dep_ == "prep" and c.lower_ in ("as", "to") for p in c.children if p.dep_ == "pobj"]  # "promoted X to"
    yield from _roles_given(roles, people, bodies, modality(verb)[0], verb, idx)


def _appointment(noun, idx: DocIndex) -> Iterator[Candidate]:
    """ "Nokia's appointment of Ann Wu as its new CEO", "Kestrel announced the appointment of Ann Wu as chief executive":
    the noun reads as the verb does; the appointer is its possessor, or the company that announces it."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() in L.ANNOUNCING:
        owners = subject_tokens(noun.head)
    bodies = [a for t in owners for a in args_of(t, idx, role="subj") if a.entity.type in BACKERS]
    people = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
              for a in args_of(p, idx, role="obj") if a.entity.type == "Person"]
    roles = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    head = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun
    yield from _roles_given(roles, people, bodies, modality(head)[0] if head is not noun else True, noun, idx)


def _roles_given(roles, people, bodies, asserted: bool, at, idx: DocIndex) -> Iterator[Candidate]:
    """The roles an appointer gives: a role with no body of its own is a role in the appointer ("its" on it too)."""
    if not bodies:
        return
    for r in roles:
        if not is_role(r) or idx.mention(r) is not None:
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "with", "to") for c in r.children):
            continue  # the role names its own body
        if any(c.dep_ == "poss" and c.lower_ not in ("its", "their") or c.dep_ in ("compound", "nmod", "amod")
               and idx.mention(c) is not None for c in r.children):
            continue  # another body's role ("Google's liaison", "its Samsung liaison")
        pred = role_pred(r)
        if pred in ("leads", "worksFor"):
            yield from APPOINTED.pairs(people, dedupe(bodies), pred, asserted, (at.idx,))


@matcher(BEHALF, words={"behalf"})
def on_behalf(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Chen admitted to acting on behalf of Jiangsu Hantang International": a person who acts on a body's
    behalf is its agent, and speaks for it (only "act": "procured a machine on behalf of X" names a buyer)."""
    for tok in idx.sent_tokens(sent):
        if tok.lower_ != "behalf" or tok.dep_ != "pobj" or tok.head.lower_ != "on" or verb_lemma(tok.head.head) != "act":
            continue
        verb = tok.head.head
        people = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj") if a.entity.type == "Person"]
        bodies = [a for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children
                  if p.dep_ == "pobj" for a in args_of(p, idx, role="obj") if a.entity.type in BACKERS | {"Country"}]
        yield from BEHALF.pairs(people, dedupe(bodies), "worksFor", modality(verb)[0], (tok.idx,))


@matcher(COUNTED, words={"count"})
def counted_customers(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Kestrel counts Orvane as one of its main customers", "makes servers, with Orvane and Vela counted among its
    customers": the customers a supplier counts are supplied by it ("its" is the supplier: the subject of the counting
    clause, or of the clause a "with ... counted" phrase hangs on)."""
    if "count" not in {t.lemma_.lower() for t in idx.sent_tokens(sent)}:
        return
    for verb in idx.sent_tokens(sent):
        if verb.lemma_.lower() != "count" or verb.pos_ != "VERB":
            continue
        nouns = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("as", "among")
                 for p in c.children if p.dep_ == "pobj"]
        nouns += [q for p in nouns if p.lower_ == "one" for o in p.children if o.dep_ == "prep" and o.lower_ == "of"
                  for q in o.children if q.dep_ == "pobj"]  # "as one of its customers"
        poss = [c for n in nouns if n.tag_ == "NNS" and L.NOMINALS.get(n.lemma_.lower(), ("", (), False))[0] == "suppliesTo"
                and L.NOMINALS[n.lemma_.lower()][2] for c in n.children if c.dep_ == "poss"]
        if len(poss) != 1:
            continue
        passive = verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("pcomp", "acl", "advcl") or any(
            c.dep_ == "auxpass" for c in verb.children)
        customers = [a for c in verb.children if c.dep_ in (("nsubj", "nsubjpass") if passive else ("dobj",))
                     for a in args_of(c, idx, role="obj") if a.entity.type in ORGS]
        if poss[0].lower_ in ("its", "their"):
            clause = verb if not passive else next((h for h in verb.ancestors if h.pos_ in ("VERB", "AUX")), None)
            suppliers = [a for t in (subject_tokens(clause) if clause is not None else [])
                         for a in args_of(t, idx, role="subj") if a.entity.type in ORGS]
        else:
            suppliers = [a for a in args_of(poss[0], idx, role="subj") if a.entity.type in ORGS]
        exclude = {a.entity.iri for a in suppliers}
        yield from COUNTED.pairs(dedupe(suppliers)[:1], dedupe([a for a in customers if a.entity.iri not in exclude]),
                                 "suppliesTo", modality(verb)[0], (verb.idx,))


LOOKS_INTO = define("news:looks-into", preds=("regulates",), conf=0.75,
                    example="Japan's Fair Trade Commission raided the Tokyo offices of Microsoft Japan.")
_PREMISES = frozenset({"office", "premises", "headquarters", "headquarter", "facility", "home", "plant"})
_RAIDS = frozenset({"raid", "search"})
_EXAMINES = frozenset({"investigate", "probe", "examine", "assess", "review", "scrutinize", "scrutinise"})


@matcher(LOOKS_INTO, words=_RAIDS | _EXAMINES)
def looks_into(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A government body raiding or searching a party's premises ("raided the Tokyo offices of Kestrel Japan"), or
    investigating "whether" a party did something ("is investigating whether Kestrel poached engineers"), rules on
    the party; a raid or an inquiry by no named body, or into an unnamed one, gives nothing."""
    for verb in idx.sent_tokens(sent):
        lemma = verb_lemma(verb)
        if verb.pos_ != "VERB" or lemma not in _RAIDS | _EXAMINES or not modality(verb)[0]:
            continue
        bodies = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")
                  if a.entity.type in ("GovernmentBody", "Country")]
        if not bodies:
            continue
        if lemma in _RAIDS:  # "the offices of Kestrel", "Kestrel's headquarters"
            tops = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in _PREMISES]
            owners = [c for o in tops for c in o.children if c.dep_ == "poss"] + [
                p for o in tops for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"]
        else:  # "whether Kestrel poached engineers", "whether Kestrel and Orvane should be designated"
            owners = [s for c in verb.children if c.dep_ in ("ccomp", "advcl")
                      and any(m.dep_ == "mark" and m.lower_ == "whether" for m in c.children)
                      for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        parties = [a for t in owners for a in args_of(t, idx, role="obj")
                   if a.entity.type in ORGS | {"Person"} and a.entity.iri not in {b.entity.iri for b in bodies}]
        yield from LOOKS_INTO.pairs(dedupe(bodies)[:1], dedupe(parties), "regulates", True, (verb.idx,))
