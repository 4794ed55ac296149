"""Modality over the dependency parse: whether a clause is asserted (negation, modals, conditions,
speculative or negating heads up the clause chain) and verb particles. Part of kg/extract/syntax.py's
clause structure, kept apart for size; the rules import both names from syntax.py."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from . import lexicon as L


# The nouns of a sanction or restriction ("sanctions", "curbs", "a package"): rules/penalties.py reads
# around them; here, with the rules and laws, they are what may be only proposed ("proposed new sanctions ...").
MEASURE_WORDS = frozenset(L.MEASURE_NOUNS | {n for n, (p, _) in L.NOUNS.items() if p in ("sanctions", "restricts")})
_PROPOSABLE = MEASURE_WORDS | frozenset(L.POLICY_NOUNS)


# the inflected forms of the speculative verbs, for a lemma the lemmatizer got wrong ("hopes" -> "hop")
_SPEC_FORMS = frozenset(f for w in L.SPECULATIVE for f in (w + "s", w + "es", w + "d", w + "ed", w + "ing",
                                                            w[:-1] + "ing" if w.endswith("e") else w))


_memo: tuple = (None, {})  # (the Doc last read, its verbs' readings by token index)


def modality(verb: Token) -> tuple[bool, str]:
    """(asserted, why not): negation, modals and speculative heads up the clause chain. Remembered
    per verb for the Doc being read: the clause reading, the descriptions, the copula readings and
    the listings ask it of the same few hundred verbs of an article 15 times over (issue 13)."""
    global _memo
    doc, seen = _memo
    if doc is not verb.doc:  # a new Doc (the pair is swapped whole: a thread reading another Doc gets its own)
        seen = {}
        _memo = (verb.doc, seen)
    got = seen.get(verb.i)
    if got is None:
        got = seen[verb.i] = _modality(verb)
    return got


def forget() -> None:
    """Drop what modality() remembers: the Doc's parse is about to change (kg/extract/index.py)."""
    global _memo
    _memo = (None, {})


def _modality(verb: Token) -> tuple[bool, str]:
    tok = verb
    for _ in range(6):
        for c in tok.children:
            if c.dep_ == "neg":
                return False, "negated"
            if c.dep_ == "aux" and c.lower_ in L.MODALS:
                return False, "modal"
            if c.dep_ == "aux" and c.lower_ in ("would", "'d", "could", "might", "should") and tok.tag_ == "VBN" \
                    and any(a.dep_ == "aux" and a.lower_ == "have" for a in tok.children):
                return False, "counterfactual"  # "the deal would have seen Hygon absorb Sugon": it did not happen
            if c.dep_ == "advmod" and c.lower_ in L.HEDGES:
                return False, "hedged"  # "Arc Electronics allegedly shipped chips to Russia": a charge, not a finding
            if c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"):
                return False, "conditional"
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) \
                    and any(a.dep_ == "aux" and a.lower_ in ("would", "'d", "will", "'ll") for a in tok.children):
                return False, "conditional"  # "if the vote were held today, X would be president"
            if c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "neither" and g.dep_ in ("preconj", "det", "cc")
                                                         for g in c.children):
                return False, "negated"  # "neither Kestrel nor Orvane has cooperated": said of neither
            if c.dep_ == "det" and c.lower_ == "no" and tok.pos_ == "NOUN" and tok.i != verb.i:
                return False, "negated"  # "there is no evidence that Huawei supplies chips to Russia"
        if tok.i != verb.i and (tok.lemma_.lower() in L.SPECULATIVE or tok.pos_ == "VERB" and tok.lower_ in _SPEC_FORMS) \
                and not (tok.dep_ == "acl" and tok.head.lemma_.lower() in L.POLICY_NOUNS):
            return False, "speculative"  # (not "controls aimed at curbing ...": a measure's purpose, as "designed to")
        if tok.i != verb.i and tok.lemma_.lower() in L.NEGATING:
            return False, "negated"
        if tok.i != verb.i and tok.lemma_.lower() in ("have", "be") and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.children):
            return False, "negated"  # "regulators have yet to approve the deal": not done
        if tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in L.PREVENTING:
            return False, "prevented"  # "barred Nvidia from selling chips to China": no sale is asserted
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in L.PERMIT_NOUNS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False, "permitted"  # "the authority to provide service in the U.S.": allowed, not said to be done
        if tok.dep_ in ("acl", "ccomp", "relcl") and tok.head.lemma_.lower() in ALLEGATIONS and tok.head.i != verb.i \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
            return False, "hedged"  # "settled allegations that it sold hard drives to Huawei": a charge, as "allegedly"
        if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in L.PERMIT_VERBS:
            return False, "permitted"  # "allowed ASML to ship machines to China": allowed, not said to be done
        if tok.dep_ == "xcomp" and _directed(tok.head):
            return False, "directed"  # "has been directed to suspend transfers and told to cease ...": ordered, not done
        if tok.dep_ == "acl" and _deal_undone(tok.head) or tok.dep_ in ("xcomp", "advcl") and any(
                c.dep_ == "dobj" and _deal_undone(c) for c in tok.head.children) and not any(
                c.dep_ == "mark" and c.lower_ in L.GIVEN_MARKS for c in tok.children):
            # "terminated its deal to buy Tower Semiconductor": no purchase is asserted ("dropped its bid after the
            # U.S. blocked the deal": what came before is a clause of its own)
            return False, "undone"
        if tok.dep_ in ("advcl", "acl", "xcomp") and _licensed_for(tok):
            return False, "permitted"  # "revoked licences for ASML to ship machines to China"
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break  # "Apple did not comment, and the U.S. banned Huawei": a clause of its own
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in L.GIVEN_MARKS for c in tok.children):
            break  # "Nvidia couldn't ship them because Commerce had imposed a licence requirement": a reason is given
        if tok.dep_ == "ccomp" and _embedded_question(tok):
            break  # "Alphabet isn't saying how much it has invested": what is not said is still the case
        if tok.dep_ == "relcl" and tok.head.pos_ == "PROPN" and tok.left_edge.i > 0 \
                and tok.doc[tok.left_edge.i - 1].text == "," and tok.left_edge.tag_ in ("WDT", "WP"):
            break  # "is exploring production through SMIC, which received ...": what a named party's own clause says stands
        if tok.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl", "conj", "pcomp", "pobj", "prep") \
                and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "dobj" and tok.lemma_.lower() == "plan" and tok.head.lemma_.lower() in L.ANNOUNCING:
            break  # "BIS announced plans to restrict ...": an announced measure is asserted (ONTOLOGY.md)
        elif tok.dep_ == "dobj" and tok.i != verb.i and tok.head.lemma_.lower() in L.SPECULATIVE \
                and tok.lemma_.lower() in _PROPOSABLE:
            return False, "speculative"  # "proposed new sanctions targeting Chinese firms": only proposed
        elif tok.dep_ in ("dobj", "nsubj", "attr") and tok.lemma_.lower() in L.CONTENT_NOUNS and tok.head.i != tok.i:
            tok = tok.head  # "denied reports that it was developing chips": the report is what is denied
        else:
            break
    return True, ""


def _directed(head: Token) -> bool:
    """A passive verb of ordering ("was directed", "has been told"), or one joined to it that shares its subject."""
    if head.lemma_.lower() not in set(L.DIRECTING) | {"tell", "ask", "urge"} or head.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ == "auxpass" for c in head.children):
        return True
    return head.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) \
        and _directed(head.head)


def _embedded_question(clause: Token) -> bool:
    """A clause opened by a wh-word under a verb of saying or knowing: "isn't saying how much it has
    invested", "did not disclose what it paid": the clause is presupposed, not in question."""
    wh = any(t.tag_ in ("WRB", "WP", "WDT") and t.i < clause.i and (t.head.i == clause.i or t.head.head.i == clause.i)
             for t in clause.subtree)
    return wh and clause.head.lemma_.lower() in L.SAY_VERBS | L.KNOW_VERBS


def has_particle(verb: Token, parts: set[str]) -> bool:
    # ("took Qualtrics private": the parser makes "private" the verb's predicate, oprd)
    return any(c.dep_ in ("prt", "prep", "advmod", "oprd") and c.lower_ in parts for c in verb.children)


ALLEGATIONS = {"allegation", "accusation", "charge", "claim", "suspicion"}
_DEALS = {"agreement", "bid", "deal", "offer", "pact", "plan"}


def _deal_undone(noun) -> bool:
    """A deal (or plan) that was called off or fell through: "terminated its deal to buy", "the deal to sell Arm
    collapsed", "its abandoned plan to acquire"."""
    if noun.lemma_.lower() not in _DEALS:
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in L.DEAL_UNDOING_MODS for c in noun.lefts):
        return True
    return noun.dep_ in ("dobj", "nsubjpass", "nsubj") and noun.head.lemma_.lower() in L.DEAL_UNDOING_VERBS


def _licensed_for(tok) -> bool:
    """ "licences for ASML to ship machines": "for X to do" after a licence, whichever the parser hung it on."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    licences = [head] if head.lemma_.lower() in L.PERMIT_NOUNS else [
        o for o in head.children if o.dep_ == "dobj" and o.lemma_.lower() in L.PERMIT_NOUNS]
    return any(t.lower_ == "for" for lic in licences[:1] for t in tok.doc[lic.i + 1: tok.i])
