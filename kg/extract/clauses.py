"""Clause structure: subjects (through control, coordination, relative clauses and signers) and objects by
slot, passives and relatives, what a relative or participial clause describes, and who 'along with' adds.
Split from syntax.py for size; syntax.py re-exports these names."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from . import lexicon as L
from .tokens import verb_lemma


def along_with(head: Token) -> list[Token]:
    """ "Kestrel, along with Orvane, was added"; "designated Kestrel together with Orvane", "... as well as Ann Wu": a
    second party joined by "along with", "together with" or "as well as" to a name or to the verb."""
    return [p for c in head.children if c.dep_ == "prep" for w in ([c] if c.lower_ in ("with", "as") else c.children)
            if w.dep_ == "prep" and (w.lower_ == "with" and (c.lower_ == "along" or any(
                a.lower_ == "together" for a in w.children)) or w.lower_ == "as" and _as_well(w))
            for p in w.children if p.dep_ == "pobj"]


def _as_well(w: Token) -> bool:
    """ "sanctioned Kestrel as well as Ann Wu": the parser made "as well as" a preposition."""
    return [a.lower_ for a in w.children if a.dep_ == "advmod" and a.i < w.i] == ["as", "well"]


# ---------------------------------------------------------------- clause structure

def is_relative(tok: Token) -> bool:
    """A relative pronoun, or a quantity of one: "which", "all of which", "both of whom"."""
    if tok.lower_ in L.RELATIVE:
        return True
    return tok.lower_ in ("all", "both", "each", "most", "some", "many", "several", "one", "two", "three") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(w.lower_ in ("which", "whom") for w in p.children)
        for p in tok.children)


def described(verb: Token) -> Token:
    """The noun a relative clause describes, for its relative-pronoun subject. Usually the word the clause
    hangs on; but the parser hangs ", which" on the last noun before it, and where that noun is plural and
    the clause's verb singular ("Alpha, a partner of giants like Beta and Gamma, which was listed in 2023")
    the clause describes the singular noun it stands in, and an apposition's noun stands for its name."""
    head = verb.head
    if (last := listed_last(verb)) is not None:
        return last
    if (body := _body_past_place(verb)) is not None:
        return body
    if (person := _who_past_name(verb)) is not None:
        return person
    if head.tag_ not in ("NNS", "NNPS") or not any(
            t.tag_ == "VBZ" or t.lower_ == "was" for t in (verb, *verb.children) if t.dep_ in ("aux", "auxpass", "relcl")) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") and is_relative(c) for c in verb.children):
        return head
    h, first = head, None
    while h.dep_ in ("pobj", "prep", "conj") and h.head.i != h.i:
        h = h.head
        if first is None and h.tag_ in ("NN", "NNP"):
            first = h
    if first is None:
        return head
    return h.head if h.dep_ == "appos" and h.pos_ == "NOUN" and h.head.pos_ == "PROPN" else first


def _body_past_place(verb: Token) -> Token | None:
    """ "Kestrel, a company headquartered in Palo Alto, which is a subsidiary of Orvane": the parser hung the
    clause on the place that ends the description; a place is no subsidiary, the described company is."""
    head = verb.head
    attr = [c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in L.OWNED_UNIT_NOUNS]
    if verb.dep_ != "relcl" or head.ent_type_ not in ("GPE", "LOC") or not attr or head.dep_ != "pobj":
        return None
    acl = head.head.head
    if acl.dep_ != "acl" or acl.head.pos_ != "NOUN":
        return None
    noun = acl.head
    return noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" else noun


def own_clause(tok: Token, verb: Token) -> bool:
    """ "Kestrel, a company that the Department identified as military, and its subsidiary Orvane sued": the
    relative clause is said of the name it follows, not of the names joined after the clause."""
    return verb.dep_ == "relcl" and tok.i < verb.i and any(c.i > verb.right_edge.i for c in tok.conjuncts) \
        and tok.i <= verb.head.i


def _who_past_name(verb: Token) -> Token | None:
    """ "Bo Chen, a former engineer at Kestrel who later founded Orvane": "who" is said of a person, not of the
    company the parser hung the clause on; the description's noun stands for the person it describes."""
    head = verb.head
    if verb.dep_ != "relcl" or head.ent_type_ in ("PERSON", "") or head.dep_ != "pobj" \
            or not any(c.lower_ == "who" and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    h = head
    while h.dep_ in ("pobj", "prep") and h.head.i != h.i:
        h = h.head
    if h.pos_ != "NOUN":
        return None
    return h.head if h.dep_ == "appos" and h.head.ent_type_ == "PERSON" else h


def listed_last(verb: Token) -> Token | None:
    """ "Samsung, SK hynix and Intel Semiconductor in Dalian, now owned by SK hynix": a clause set off by a
    comma after a list of names, with a bare participle or a singular verb, is said of the list's last name,
    though the parser hangs it on the first. A plural verb ("which are"), or "all", "both", "each", keeps it
    on every name."""
    head = verb.head
    if verb.dep_ not in ("acl", "relcl") or head.pos_ != "PROPN" or verb.left_edge.i == 0 \
            or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    items = [*head.conjuncts, *[x for a in head.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                                 and verb.doc[a.left_edge.i - 1].text == "," for x in (a, *a.conjuncts)]]
    items = [c for c in items if c.i > head.i]  # (the parser makes the second of three names an apposition)
    if not items or any(c.i > verb.i or c.pos_ != "PROPN" and not c.ent_type_ for c in items):
        return None
    said = [verb, *[c for c in verb.children if c.dep_ in ("aux", "auxpass")]]
    if any(t.tag_ == "VBP" or t.lower_ in ("were", "are") for t in said) \
            or any(t.lower_ in ("all", "both", "each") for t in verb.subtree):
        return None
    if verb.dep_ == "relcl" and not any(t.tag_ == "VBZ" or t.lower_ == "was" for t in said):
        return None  # "A, B and C, which made chips": the number is not said
    return max(items, key=lambda c: c.i)


def is_passive(verb: Token) -> bool:
    """Passive voice, including bare participles: "the law ... to see it banned in the U.S.",
    "a chip designed by HiSilicon". A participle with "have" is a perfect, not a passive."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "acomp" and any(c.dep_ == "agent" for c in verb.children):
        return True  # "which is majority-owned by SoftBank"
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.i < verb.i and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children) \
            and any(c.dep_ == "auxpass" for c in verb.head.children) \
            and not any(t.tag_ == "VBN" and t.dep_ in ("acl", "relcl") for t in verb.doc[verb.head.i + 1: verb.i]):
        return True  # "is incorporated in Delaware and based in Dorwick": the participle shares the passive (not past
        # a nearer participle: "is backed by M, a firm based in Seattle and co-founded by A" may continue "based")
    # ("Orvane, which OFAC designated in 2019": a participle tag with a subject of its own is active)
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "amod", "xcomp", "ccomp", "oprd", "advcl") \
        and not any(c.dep_ == "aux" and c.lemma_ == "have" or c.dep_ == "nsubj" for c in verb.children)




# Verbs that judge, list or punish their object "for" what it did: "sanctioned X for providing drones".
_JUDGING = frozenset(L.LISTING | {lemma for lemma, frames in L.VERBS.items()
                                  if any(f.pred in ("sanctions", "restricts", "accuses", "sues") for f in frames)})


def _ordered_result(verb: Token) -> Token | None:
    """ "China has ordered that data centers use only local chips, effectively barring Nvidia": a participle of
    preventing after a comma, which the parser hung on the ordered clause, tells what the order does: the
    orderer's act."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.dep_ != "ccomp" or head.i > verb.i or not verb.i \
            or verb.lemma_.lower() not in L.PREVENTING or verb_lemma(head.head) not in L.DIRECTING:
        return None
    first = min(t.i for t in verb.subtree)
    return head.head if first > 0 and verb.doc[first - 1].lower_ == "," else None


_GROUPS = {"consortium", "group", "syndicate"}


def _led_group(tok: Token) -> list[Token]:
    """ "was taken private by a consortium led by Japan Industrial Partners": a group of buyers or investors acts
    through the company leading it, named as the participle's agent (a group led by a person stays the group)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _GROUPS:
        return [tok]
    leaders = [p for a in tok.children if a.dep_ == "acl" and a.lemma_.lower() == "lead" for b in a.children
               if b.dep_ == "agent" for p in b.children if p.dep_ == "pobj" and p.ent_type_ == "ORG"]
    return leaders or [tok]


def _effort_taker(verb: Token) -> Token | None:
    """ "Congress initiated a variety of efforts to limit X", "BIS took steps to restrict Y": the verb by which a body
    takes the steps or makes the efforts whose infinitive this verb is (not "opposed efforts to ...")."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.lemma_.lower() not in L.EFFORT_NOUNS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in L.QUANTITY_NOUNS:
        noun = noun.head.head  # "a variety of legal efforts to ..."
    taker = noun.head
    return taker if noun.dep_ == "dobj" and taker.pos_ == "VERB" and verb_lemma(taker) in L.UNDERTAKING_VERBS else None


def subject_tokens(verb: Token) -> list[Token]:
    """The tokens that act as the verb's subject, climbing through control and coordination."""
    passive = is_passive(verb)
    # "unit HiSilicon designed"; "Elon Musk's xAI sued": the parser made the possessor a second subject
    children = sorted(verb.children, key=lambda c: (c.dep_ != "nsubj" or c.ent_type_ == "",
                                                    any(g.dep_ == "case" for g in c.children)))
    for c in children:
        if passive and c.dep_ == "agent":
            return [q for p in c.children if p.dep_ == "pobj" for q in _led_group(p)]
        if not passive and c.dep_ in ("nsubj", "csubj"):
            if is_relative(c) and verb.dep_ == "relcl":
                return _move_maker(described(verb)) or [described(verb)]
            return _led_group(c)
    if not passive and (held := [s for a in verb.children if a.dep_ == "aux" and a.i < verb.i for s in a.children
                                 if s.dep_ == "nsubj"]):
        return held  # "OFAC is concurrently sanctioning X": the parser hung the subject on the auxiliary
    if not passive and verb.dep_ == "ROOT" and verb.tag_ in ("VBZ", "VBD", "VBP") and (
            named := [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and c.ent_type_]):
        return named[-1:]  # "TSMC manufactures Nvidia's chips": the parser hung the name on the verb as a compound
    if passive and (shared := [p for cv in verb.conjuncts if cv.i == verb.i + 2 and verb.doc[verb.i + 1].dep_ == "cc"
                               and cv.tag_ == "VBN" for a in cv.children
                               if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]):
        return shared  # "owned or controlled by Y": the agent of both participles, side by side
    if passive:  # "was fined 1.2 billion euros by the Commission": the parser hung the agent on the amount;
        # "was identified as a military company by the Department": on the status after "as"
        return [p for c in verb.children if c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower() in L.MONEY)
                or c.dep_ == "prep" and c.lower_ == "as"
                for c in ([c] if c.dep_ == "dobj" else [q for q in c.children if q.dep_ == "pobj"])
                for b in c.children if b.dep_ == "prep" and b.lower_ == "by" for p in b.children if p.dep_ == "pobj"]
    if (signer := _signer(verb)) is not None:
        return subject_tokens(signer)
    if (taker := _effort_taker(verb)) is not None:
        return subject_tokens(taker)  # "Congress initiated efforts to limit X's access": Congress acts
    if verb.dep_ == "relcl":
        return [listed_last(verb) or verb.head]
    if (order := _ordered_result(verb)) is not None:
        return subject_tokens(order)
    if verb.dep_ in ("xcomp", "advcl", "conj", "acl", "pcomp") and verb.head.i != verb.i:
        head = verb.head
        if head.dep_ == "prep" and head.head.i != head.i:  # "retaliated by restricting"
            if verb.dep_ == "pcomp" and head.lower_ == "for" and verb_lemma(head.head) in _JUDGING \
                    and not is_passive(head.head) and (objs := [c for c in head.head.children if c.dep_ == "dobj"]):
                return objs  # "added four entities to the Entity List for enabling abuses": the ground is theirs
            head = head.head
            if head.pos_ == "ADV" and head.dep_ == "advmod" and head.head.i != head.i:
                head = head.head  # "Prior to joining OpenAI, Wu worked at Google": "prior to" is one preposition
        if verb.dep_ in ("xcomp", "advcl"):
            if (owner := _deciders(verb, head)):
                return owner
            lemma = head.lemma_.lower()
            objs = [c for c in head.children if c.dep_ in ("dobj",)]
            if objs and lemma in L.OBJECT_CONTROL:
                return objs
            if lemma in L.PREP_CONTROL:  # "relies on Foxconn to assemble"
                pobjs = [p for c in head.children if c.dep_ == "prep" and c.lower_ == L.PREP_CONTROL[lemma]
                         for p in c.children if p.dep_ == "pobj"]
                if pobjs:
                    return pobjs
        if verb.dep_ == "xcomp" and is_passive(head) and head.lemma_.lower() in L.PASSIVE_CONTROL \
                and (held := [c for c in head.children if c.dep_ == "nsubjpass"]):
            # "Kestrel is set to acquire Orvane", "Ann Wu was tapped to lead Orvane": the one set or tapped acts
            return [described(head)] if held[0].lower_ in L.RELATIVE and head.dep_ == "relcl" else held
        if verb.dep_ == "conj":  # shares the grammatical subject, active or passive
            subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return [described(head)] if subj[0].lower_ in L.RELATIVE and head.dep_ == "relcl" else subj
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            if head.lemma_.lower() in L.DECISION_NOUNS and (owner := [c for c in head.children if c.dep_ == "poss"]):
                return owner  # "the Commerce Department's decision to add Huawei": the department adds
            return [head]
        if verb.dep_ == "pcomp" and head.lemma_.lower() in L.ENGAGED_PARTICIPLES and is_passive(head) \
                and (engaged := [c for c in head.children if c.dep_ == "nsubjpass"]):
            return engaged  # "X has been involved in supplying items to Y": the one involved does it
        if head.lower_ == "guilty" and head.head.i != head.i:  # "pleaded guilty to exporting", "found guilty of"
            return [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subject_tokens(head) if head.pos_ in ("VERB", "AUX") else []
    if verb.dep_ == "ROOT" and not passive:
        # "In pleading guilty, Chen, 65, admitted ...": the parser took the name after the opening phrase's comma
        # for an object inside it, and left the main verb without a subject
        return [t for c in verb.children if c.dep_ == "prep" and c.i == verb.sent.start for t in c.subtree
                if t.dep_ == "dobj" and t.ent_type_ == "PERSON" and _after_comma(t)][:1]
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in L.SAY_VERBS | L.ANNOUNCING:
        # "Commerce announced the National Institute of Standards and Technology (NIST) has awarded ...": with no
        # "that", the parser takes the clause's subject for the object of the verb that reports it
        return [c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == verb.left_edge.i]
    return []


def _seat_first(o: Token) -> Token:
    """ "agreed to buy Crawley, U.K.-based Orvane": a town the parser took for the object, before a based-in
    description of the name after it, is that name's seat; the name is the object."""
    doc = o.doc
    if o.pos_ == "PROPN" and o.i + 2 < len(doc) and doc[o.i + 1].text == "," \
            and doc[o.i + 2].lower_.endswith("based") and doc[o.i + 2].head.i > o.i + 2:
        return doc[o.i + 2].head
    return o


def _fined(verb: Token, out: list[Token]) -> list[Token]:
    """ "fined Kestrel 500 million euros ..., and Orvane 200 million euros": the parser hung each further party
    on its own amount (or the first on the first amount); the names on the amounts are fined too."""
    sums = [o for o in out if o.ent_type_ == "MONEY" or o.lemma_.lower() in L.MONEY]
    more = [c for s in sums for c in s.conjuncts if c.i > s.i] + [
        c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in L.MONEY and c.pos_ == "NOUN"] if sums else []
    return out + [m for m in more if m not in out]  # each amount stands for the name on it, as the first one does


def _deciders(verb: Token, head: Token) -> list[Token]:
    """ "stemming from Kestrel's decision in February to invest $3 million in Orvane": the parser hung the
    infinitive on the verb, past the decision noun it completes; whose decision it is does it."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    nouns = [t for t in head.subtree if t.i < verb.left_edge.i and t.pos_ == "NOUN" and t.lemma_.lower() in L.DECISION_NOUNS]
    if not nouns or any(t.i not in {q.i for q in nouns[-1].subtree} for t in verb.doc[nouns[-1].i:verb.left_edge.i]):
        return []
    return [c for c in nouns[-1].children if c.dep_ == "poss"]


def _after_comma(tok: Token) -> bool:
    """The name the token ends begins right after a comma."""
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    return start > 0 and tok.doc[start - 1].text == ","


def _signer(verb: Token) -> Token | None:
    """"Nokia signed a deal to supply gear to Telekom": the verb that won or signed the commitment whose
    infinitive this is (its subject commits to the act); None otherwise."""
    noun = verb.head
    if noun.lower_ in ("intent", "understanding") and noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in (
            "letter", "memorandum"):  # "signed letters of intent to supply": the letter commits
        noun = noun.head.head
    if verb.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or noun.dep_ != "dobj" or noun.lemma_.lower() in ("letter", "memorandum") and verb.head.i == noun.i:
        return None
    if noun.lemma_.lower() == "plan":  # "OpenAI announced plans to block access in China": the announcer acts
        return noun.head if noun.head.lemma_.lower() in L.ANNOUNCING else None
    if noun.lemma_.lower() not in L.COMMITMENT_NOUNS | {"letter", "memorandum"}:
        return None
    return noun.head if noun.head.lemma_.lower() in L.COMMITMENT_VERBS else None


def co_subjects(verb: Token) -> list[Token]:
    """ "Japan joined the United States and the Netherlands in restricting": the joined act too."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "in" and head.head.lemma_.lower() == "join":
        return [c for c in head.head.children if c.dep_ == "dobj"]
    return []


def _contact_relative(verb: Token) -> bool:
    """A relative clause with no relative word whose object is the noun it describes: "a company the department
    accused of supporting hackers", "the firm Kestrel bought last year". The clause starts with its own subject,
    right after the noun, and has no object of its own."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subj) and verb.left_edge.i == subj[0].left_edge.i == verb.head.i + 1 \
        and not any(t.lower_ in L.RELATIVE for t in verb.subtree)


def object_tokens(verb: Token, slot: str) -> list[Token]:
    if slot == "dobj":
        passive = is_passive(verb)
        deps = ("nsubjpass",) if passive else ("dobj", "attr", "dative")
        out = [c for c in verb.children if c.dep_ in deps] or ([] if passive else _second_subject(verb) or _shared_object(verb)
                                                                  or _classed_object(verb))
        if out and not passive:  # "designated A for having X, and B for having Y": B is hung on the verb
            out += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > out[0].i
                    and c.ent_type_ in ("ORG", "PERSON")  # (not "pursuant to the ..., and Syria Nonproliferation Act")
                    and not any(k.dep_ in ("nsubj", "nsubjpass", "aux") for k in c.children)]
        if out and not passive and verb_lemma(verb) == "fine":
            out = _fined(verb, out)
        out = [_seat_first(o) for o in out]
        if out and not passive and verb.lemma_.lower() not in L.CO_WORK_VERBS:
            out += along_with(verb)  # "designated Kestrel along with its director, Ann Wu" (not "build a plant
            # along with Renesas": after an unnamed object, "along with" names who acts with the subject)
        if passive and verb.dep_ in ("acl", "relcl") and (not out or is_relative(out[0])):
            out = [described(verb)]  # "the processor, which was manufactured by SMIC"
            if verb.dep_ == "acl" and out[0].pos_ == "NOUN" and verb.lemma_.lower() in L.LED_PARTICIPLES:
                # "the work of the Select Committee led by X": a body is led, the name right before the participle
                out = [p for c in out[0].children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                       if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.right_edge.i == verb.i - 1] or out
        elif verb.dep_ == "relcl" and out and out[0].lower_ in ("which", "whom", "that") and out[0].dep_ == "dobj":
            out = [verb.head]  # "Huawei, which Washington blacklisted in 2019": the relative is the object
        elif not out and not passive and _contact_relative(verb):
            out = [verb.head]  # "a company the department accused of ...": a relative clause without its pronoun
        if passive and verb.dep_ == "acomp" and not out:  # "Arm, which is majority-owned by SoftBank"
            be = verb.head
            subj = [c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")]
            out = [described(be)] if be.dep_ == "relcl" and (not subj or is_relative(subj[0])) else subj
        if passive and verb.dep_ == "conj" and not out:
            out = _conjoined_subject(verb)  # "was established in 2012 and is led by X": the first verb's subject
        if passive and verb.dep_ == "xcomp" and not out:  # "Orvane will continue to be led by Ann Wu": the
            out = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # controlling verb's subject
        if passive and verb.dep_ == "advcl" and verb.tag_ == "VBN" and not out and verb.i < verb.head.i \
                and any(c.dep_ == "agent" for c in verb.children):
            # "Founded in 2019 by Ann Wu, Lumora makes robots": a fronted participle with its agent is
            # said of the subject of the clause it opens
            out = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if passive and not out and verb.dep_ == "pcomp" and verb.head.lower_ == "for" and is_passive(verb.head.head):
            # "X was designated for being owned or controlled by Y": the main verb's subject is owned
            out = [c for c in verb.head.head.children if c.dep_ == "nsubjpass"]
        if verb.lemma_.lower() in L.CONDEMNING:
            out = [d for o in out for d in _act_doer(o)]
        return [n for o in out for n in _named_object(o)]
    if slot == "dative":
        return [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    if slot == "recipient":  # "awarded GlobalFoundries $1.5 billion": the parser made both objects dobj;
        objs = [c for c in verb.children if c.dep_ == "dobj"]  # the one before the money receives it
        money = [c.i for c in objs if c.ent_type_ == "MONEY"]
        # "granted TSMC up to 732 billion yen": the sum after "up to", hung on the verb as a preposition
        money += [t.i for u in verb.children if u.dep_ == "prep" and u.lower_ == "up" for p in u.children
                  if p.dep_ == "prep" and p.lower_ == "to" for t in p.children if t.ent_type_ == "MONEY"]
        return [c for c in objs if money and c.i < money[0] and c.ent_type_ != "MONEY"]
    word = slot.split(":", 1)[1]
    out = []
    # a gerund the parser hung under the verb ("supplies etching tools to ...") holds its preposition
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    holders = [verb] + [cc for c in objects for cc in c.conjuncts if cc.i > c.i] + [c for c in verb.children if c.dep_ in ("dobj", "dative")
                        or c.dep_ == "xcomp" and c.tag_ == "VBG" and not any(g.dep_ == "aux" for g in c.children)
                        and verb.lemma_.lower() not in L.STOP_VERBS]  # "stop processing data of users in Italy"
    # "shipped $50m worth of microelectronics to Russia": past an amount, the goods hold the preposition
    # ("buy $300 billion in computing power from Oracle": or "in" the goods)
    holders += [p for o in objects for w in (o, *(c for c in o.children if c.lower_ == "worth"))
                if w.lower_ == "worth" or o.ent_type_ == "MONEY" for prep in w.children
                if prep.dep_ == "prep" and (prep.lower_ == "of" or prep.lower_ == "in" and verb.lemma_.lower() in _BUYING)
                for p in prep.children if p.dep_ == "pobj"]
    for h in holders:
        for prep in h.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ == word:
                out += [p for p in prep.children if p.dep_ == "pobj"]
                # "sales of equipment to China": one level further; not past a site ("invest in a new fab in
                # Clay, New York": the place of the fab)
                for p in [p for p in prep.children if word != "in" or p.lemma_.lower() not in L.SITE_NOUNS]:
                    for prep2 in p.children:
                        if prep2.dep_ == "prep" and prep2.lower_ == word and prep2.i != prep.i:
                            out += [q for q in prep2.children if q.dep_ == "pobj"]
        if h is not verb and (h.lemma_.lower() == "access" and word != "to" or word == "from"):
            # "blocked access to its services from China": the users' place hangs on what they reach;
            # "banned imports of equipment from Huawei": the source hangs on the goods
            via = "to" if h.lemma_.lower() == "access" else "of"
            out += [q for prep in h.children if prep.dep_ == "prep" and prep.lower_ == via
                    for p in prep.children if p.dep_ == "pobj" for prep2 in p.children
                    if prep2.dep_ == "prep" and prep2.lower_ == word for q in prep2.children if q.dep_ == "pobj"]
    if word == "from":  # "received $1 billion in CHIPS funding from the Commerce Department": the funding's source
        out += [q for o in objects for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "in"
                for p in prep.children if p.dep_ == "pobj" and (p.lemma_.lower() in L.FUNDING or p.lower_ in L.FUNDING)
                for prep2 in p.children if prep2.dep_ == "prep" and prep2.lower_ == "from"
                for q in prep2.children if q.dep_ == "pobj"]
    return out


def _shared_object(verb: Token) -> list[Token]:
    """ "Ann Wu owns and operates Kestrel Trading": a verb with nothing of its own after it, joined by "and"/"or" to
    the next verb, shares that verb's object (the parser hangs the object on the last verb)."""
    if any(c.dep_ in ("prep", "ccomp", "xcomp", "advcl", "dative") or c.dep_ == "nsubj" and c.i > verb.i
           for c in verb.children):
        return []
    nxt = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if nxt is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children) \
            or not any(t.lower_ in ("and", "or") for t in verb.doc[verb.i + 1: nxt.i]) or nxt.i - verb.i > 3:
        return []
    return [c for c in nxt.children if c.dep_ == "dobj"]


def _classed_object(verb: Token) -> list[Token]:
    """ "who also heads automaker Tesla": the parser read the class noun before the name as a verb of its own
    (an open complement of the verb, often tagged a verb) with the name its object: the verb's object."""
    return [o for c in verb.children if c.dep_ == "xcomp"
            and c.lower_ in L.ORG_ANAPHORS and c.i == verb.i + 1 for o in c.children if o.dep_ == "dobj"
            and o.pos_ == "PROPN" and o.i == c.i + 1]


def _second_subject(verb: Token) -> list[Token]:
    """ "In this rule, BIS adds X, Y and Z to the Entity List": after an opening phrase the parser can take the
    object for a second subject, after the verb. With a subject before the verb, a name after it is its object."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return [c for c in subj if c.i > verb.i and c.pos_ == "PROPN"] if any(c.i < verb.i for c in subj) else []


def _move_maker(move: Token) -> list[Token]:
    """ "The Netherlands announced curbs on Friday, in a move that will require ASML to apply for licences": a move
    the clause calls its own ("in a move that", "a move that" in apposition to its object) is made by that clause's
    subject."""
    if move.lemma_.lower() not in L.DECISION_NOUNS or any(c.dep_ in ("poss", "prep") for c in move.children):
        return []
    if move.dep_ == "pobj" and move.head.lower_ == "in" and move.head.dep_ == "prep":
        clause = move.head.head
    elif move.dep_ == "appos" and move.head.dep_ in ("dobj", "attr"):
        clause = move.head.head
    else:
        return []
    if clause.pos_ not in ("VERB", "AUX") or is_passive(clause):
        return []
    return [c for c in clause.children if c.dep_ == "nsubj" and not is_relative(c)]


_BUYING = frozenset({"acquire", "buy", "import", "procure", "purchase", "source"})


def _act_doer(obj: Token) -> list[Token]:
    """Who made the move a verb condemns: "the move by Japan"; "Japan added 23 items to its list, a move that
    Beijing condemned": the subject of the clause the move is in apposition to. Otherwise the object itself
    ("Japan's move" is read through its possessor elsewhere)."""
    if obj.lemma_.lower() not in L.DECISION_NOUNS or any(c.dep_ == "poss" for c in obj.children):
        return [obj]
    by = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    if by:
        return by
    clause = obj.head if obj.dep_ == "appos" else obj
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i and clause.dep_ in ("pobj", "prep", "dobj"):
        clause = clause.head
    return (subject_tokens(clause) or [obj]) if clause.i != obj.i and clause.pos_ in ("VERB", "AUX") else [obj]


def _named_object(obj: Token) -> list[Token]:
    """ "launched a new model called Mistral Large": the name the noun is given; "released a new version
    of its Qwen model": what the version is of. Otherwise the object itself."""
    if obj.lemma_.lower() in L.VERSION_NOUNS:
        of = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if of:
            return of
    named = [n for c in obj.children if c.dep_ == "acl" and c.lower_ in ("called", "named", "dubbed")
             for n in c.children if n.dep_ in ("oprd", "attr", "dobj", "xcomp") and n.pos_ == "PROPN"]
    return named or [obj]


def _conjoined_subject(verb: Token) -> list[Token]:
    """The subject a conjoined verb shares with the verb it is coordinated to (climbing a chain of
    conjuncts); a relative pronoun stands for the noun its clause describes."""
    head = verb.head
    while head.head.i != head.i:
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return [described(head)] if subj[0].lower_ in L.RELATIVE and head.dep_ == "relcl" else subj
        if head.dep_ != "conj":
            return []
        head = head.head
    return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
