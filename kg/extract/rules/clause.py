"""Clause rules: a trigger verb with its subject and its object, read through the frames table
(frames.toml [[verb]]), in the active or the passive voice, through control and coordination.

`clauses(sent)` reads each verb's clause once (lemma, frames, modality, subjects); the rules
below turn it into facts: the frame's own reading, its reverse ("raised money from
investors"), reciprocal subjects ("Samsung and TSMC compete"), and the clause shapes that
are not frames (listing, relying on, a market that uses a product, giving money).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..guards import allows, stopped, withheld
from ...nameslots import BE_BODIES
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import ENTITY, define, matcher
from ..syntax import (indefinite_description, actor_of, args_of, co_subjects, dedupe, described, gapped_subject, has_particle, is_passive, is_relative,
                      modality, object_tokens, own_clause, sent_words, subject_tokens, verb_lemma)
from .keptout import _makers_kept_out
from ..tokens import for_sales, patented
from .issuers import (
    _filer, _policy_actor,
)

# Predicates whose object is never a product: "supplies high-bandwidth memory to AMD" looks past the goods.
NO_PRODUCT_OBJECT = {"suppliesTo", "partnersWith", "investsIn", "worksFor", "leads", "sues",
                     "accuses", "basedIn", "locatedIn"}
CLAUSE_DEPS = {"amod", "ROOT", "conj", "relcl", "xcomp", "ccomp", "advcl", "acl", "pcomp"}
ALL = ("restricts", "sanctions", "regulates", "suppliesTo", "manufactures", "partnersWith", "investsIn", "acquires",
       "competesWith", "launches", "develops", "owns", "worksFor", "leads", "founded", "accuses", "sues")

VERB = define("clause:verb", preds=ALL, conf=0.85, example="The U.S. barred Nvidia from selling H20 chips to China.")
REVERSE = define("clause:verb-reverse", preds=("investsIn", "worksFor", "suppliesTo", "regulates"), conf=0.8,
                 example="Anthropic raised $4 billion from Amazon.")
RECIPROCAL = define("clause:reciprocal", preds=("partnersWith", "competesWith"), conf=0.8,
                    example="Samsung and TSMC compete for orders.")
SELL_COMPANY = define("clause:sell-company", preds=("acquires",), conf=0.75,
                      example="SoftBank agreed to sell Arm to Nvidia.")
LISTING = define("clause:listing", preds=("sanctions", "restricts"), conf=0.85,
                 example="Commerce added SMIC to the Entity List; it added 46 affiliates of Huawei (restricts Huawei).")
RELY_ON = define("clause:rely-on", preds=("suppliesTo",), conf=0.7, example="Apple relies on Foxconn.")
USERS_MARKET = define("clause:users-market", preds=("suppliesTo",), conf=0.7,
                      example="Customers in China use the Azure OpenAI Service, which is operated by 21Vianet.")
FUNDING = define("clause:funding", preds=("investsIn",), conf=0.8, example="Tokyo gave Rapidus a subsidy.")
ORDERED = define("clause:ordered-stop", preds=("restricts",), conf=0.8,
                 example="Canada ordered Hikvision to cease its operations in the country.")
STATIVE = define("place:stative", preds=("basedIn", "locatedIn"), conf=0.85,
                 example="Polaris is headquartered in Minnesota.")


@dataclass(frozen=True)
class Clause:
    verb: Token
    lemma: str
    frames: tuple[L.Frame, ...]
    asserted: bool
    why: str
    stopped: bool
    subjs: list[Arg]


# the lemmas a clause's verb must have (_read_clause's first tests): a frames-table verb, a verb of use (stopped),
# of control or of listing; a sentence with none of them has no clause to read (a fifth of news sentences)
TRIGGERS = frozenset({*L.VERBS, *L.USE_VERBS, *L.PREP_CONTROL, *L.LISTING})


def clauses(sent: Span, idx: DocIndex) -> list[Clause]:
    """The sentence's clauses that a frame or a clause rule may read (a trigger and a subject); read once."""
    key = ("clauses", sent.start)
    if key not in idx.cache:
        idx.cache[key] = [] if sent_words(sent, idx).isdisjoint(TRIGGERS) else [
            cl for verb in idx.sent_tokens(sent) if (cl := _read_clause(verb, idx)) is not None]
    return idx.cache[key]


def _either_or(verb: Token, frames) -> bool:
    """A verb joined by "or" to another whose frames give other predicates: "acquire or collaborate with X" states
    neither act ("sells or licenses its chips to X" supplies X either way)."""
    others = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    others += [verb.head] if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else []
    mine = {f.pred for f in frames}
    for o in others:
        lo, hi = sorted((o.i, verb.i))
        if any(t.lower_ == "or" and t.dep_ == "cc" for t in verb.doc[lo:hi]) \
                and mine.isdisjoint(f.pred for f in L.VERBS.get(verb_lemma(o), ())):
            return True
    return False


def _read_clause(verb: Token, idx: DocIndex) -> Clause | None:
    if verb.pos_ not in ("VERB", "AUX") and verb.dep_ not in CLAUSE_DEPS:
        return None
    lemma = verb_lemma(verb)
    frames = L.VERBS.get(lemma, ())
    if lemma in L.USE_VERBS and stopped(verb):  # "stop using Microsoft's Windows": the one who orders it restricts
        frames = (*frames, L.Frame("restricts", ("dobj",)))
    if not (frames or lemma in L.PREP_CONTROL or lemma in L.LISTING) or lemma in L.STATIVE_PASSIVE \
            or (lemma in L.NEEDS_PARTICLE and not has_particle(verb, L.NEEDS_PARTICLE[lemma])):
        return None
    asserted, why = modality(verb)
    if asserted and _either_or(verb, frames):
        asserted, why = False, "or"  # "will acquire or partner with X": one of two acts, neither stated
    subj_toks = subject_tokens(verb) + co_subjects(verb)
    subjs = dedupe([a for t in subj_toks for a in args_of(t, idx, role="subj", conj=not own_clause(t, verb))])
    if any(f.pred in ("restricts", "sanctions", "regulates") for f in frames):
        subjs = [a for a in subjs if a.entity.type != "Policy"]  # an instrument's act is its issuer's
    if not subjs and any(f.pred in ("sues", "accuses") for f in frames):
        subjs = _filer(subj_toks, idx)  # "The SEC's complaint charges X with fraud": the filer charges
    if not subjs and (any(f.pred in ("restricts", "sanctions", "regulates") for f in frames) or lemma in L.LISTING):
        subjs = _policy_actor(verb, subj_toks, idx)  # "a law that barred federal agencies from ..."; "the rule adds"
    if stopped(verb) and not subjs:
        # "ordered operators to stop buying from Micron": the one who orders restricts
        boss = verb.head.head if verb.head.dep_ in ("xcomp", "ccomp") else None
        if boss is not None and boss.lemma_.lower() in L.OBJECT_CONTROL:
            subjs = [a for t in subject_tokens(boss) for a in args_of(t, idx, role="subj")]
    if (boss := _order_to_stop(verb, frames)) is not None:
        # "Washington ordered Nvidia to stop selling the H20 to China": the state's order is its restriction,
        # as when "Nvidia was ordered by Washington to stop"; the party ordered restricts nobody
        subjs = _orderers(boss, idx)
        if subjs and why == "directed":
            asserted, why = True, ""  # (the order given is the state's act, told in the passive as in the active)
    if not subjs:
        return None
    return Clause(verb, lemma, frames, asserted, why, stopped(verb), subjs)


_ORDER_VERBS = frozenset({"order", "direct", "compel", "instruct", "force", "require"})


def _order_to_stop(verb: Token, frames: tuple) -> Token | None:
    """The verb of command whose object is told to stop doing this verb (or to cease, halt, suspend)."""
    v = verb.head if stopped(verb) else verb if any(f.pred == "restricts" for f in frames) else None
    if v is None or v.dep_ != "xcomp" or v.head.lemma_.lower() not in _ORDER_VERBS:
        return None
    if is_passive(v.head):  # "Kestrel was ordered by Commerce to stop shipping": the agent orders
        return v.head if any(c.dep_ == "agent" for c in v.head.children) else None
    return v.head if any(c.dep_ == "dobj" for c in v.head.children) else None


def _orderers(boss: Token, idx: DocIndex) -> list[Arg]:
    """Who gives the order, when it is a state or a government body (a company's "order" is a purchase or
    an instruction to its own staff)."""
    subjs = [a for t in subject_tokens(boss) for a in args_of(t, idx, role="subj")]
    return subjs if subjs and all(a.entity.type in ("GovernmentBody", "Country") for a in subjs) else []


@matcher(ORDERED)
def ordered_stop(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Canada ordered Hikvision to cease its operations in the country": the party a state orders to cease
    or suspend its business is restricted by that state."""
    for cl in clauses(sent, idx):
        if cl.stopped or any(c.dep_ in ("xcomp", "ccomp") for c in cl.verb.children):
            continue  # "ordered OpenAI to stop processing the data": an activity stopped, the clause rules' reading
        if (boss := _order_to_stop(cl.verb, cl.frames)) is None or not _orderers(boss, idx):
            continue
        parties = [a for c in boss.children if c.dep_ in ("dobj", "nsubjpass") for a in args_of(c, idx, role="obj")
                   if a.entity.type in ORGS]
        yield from ORDERED.pairs(cl.subjs, dedupe(parties), "restricts", cl.asserted, (boss.idx,))


@matcher(VERB, REVERSE, RECIPROCAL, SELL_COMPANY)
def verb_frames(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Subject-verb-object by the verb's frames."""
    for cl in clauses(sent, idx):
        for frame in cl.frames:
            yield from _frame(cl, frame, idx)


def _business_of(t: Token, idx: DocIndex) -> Arg | None:
    """ "selling the server manufacturing business of ZT Systems to Sanmina": a business named by its company
    ("of X"), sold whole; not "its chip unit" (the seller's own part, unnamed)."""
    if t.lemma_.lower() not in ("business", "businesses", "operation", "operations"):
        return None
    return next((m for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and (m := idx.mention(o, actor=False)) is not None), None)


def _sold_to(cl: Clause, sold: list, idx: DocIndex) -> Iterator[Candidate]:
    sold_iris = {s.entity.iri for s in sold}
    buyers = [a for t in object_tokens(cl.verb, "prep:to") for a in args_of(t, idx, role="obj")
              if a.entity.type in ORGS | {"Person"} and a.entity.iri not in sold_iris]
    yield from SELL_COMPANY.pairs(dedupe(buyers), dedupe(sold), "acquires", cl.asserted, (cl.verb.idx,))


def _frame(cl: Clause, frame: L.Frame, idx: DocIndex) -> Iterator[Candidate]:
    verb, lemma, subjs, toks = cl.verb, cl.lemma, cl.subjs, (cl.verb.idx,)
    pred, slots = frame.pred, frame.slots
    if cl.stopped and frame.reverse:
        return  # "stop buying from Micron" is read once, as a restriction, by the buying frame
    if pred == "suppliesTo" and lemma in L.DIVEST_VERBS and not cl.stopped and (
            sold := [m for t in object_tokens(verb, "dobj") if (m := _business_of(t, idx)) and m.entity.type in ORGS]):
        yield from _sold_to(cl, sold, idx)  # (a business is a holding: the divestment guard would drop it)
        return
    if cl.stopped and pred in ("suppliesTo", "acquires"):  # stop shipping to / stop buying from
        pred, slots = "restricts", (slots if pred == "suppliesTo" else ("prep:from",))
    elif not allows(frame, verb, idx):
        return
    if pred == "suppliesTo" and lemma in L.DIVEST_VERBS:
        sold = [m for t in object_tokens(verb, "dobj") if (m := idx.mention(t, actor=False)) is not None
                and m.entity.type in ORGS]
        if sold:  # "SoftBank agreed to sell Arm to Nvidia": the buyer acquires the company
            sold_iris = {s.entity.iri for s in sold}
            buyers = [a for t in object_tokens(verb, "prep:to") for a in args_of(t, idx, role="obj")
                      if a.entity.type in ORGS | {"Person"} and a.entity.iri not in sold_iris]
            yield from SELL_COMPANY.pairs(dedupe(buyers), dedupe(sold), "acquires", cl.asserted, toks)
            return
    withholding = not cl.asserted and withheld(lemma, cl.why, verb)
    if withholding:  # "would not supply Huawei": a supplier's customer is its object
        pred, slots = "restricts", ("prep:in", "prep:to", *(("dobj",) if lemma in L.WITHHOLD_AHEAD
                                                           or frame.pred == "restricts" else ()))
    exclude = {s.entity.iri for s in subjs}
    objs = _objects(verb, pred, slots, exclude, idx)
    if cl.stopped and frame.pred == "suppliesTo":  # "stop selling its H20 chip": the product is restricted
        objs += [a for a in _objects(verb, pred, ("dobj",), exclude, idx) if a.entity.type == "Product"]
    if "dobj" in slots and objs and any(c.dep_ in ("dobj", "dative") and idx.mention(c) is not None
                                        for c in verb.children):
        # "fined Apple €500 million ..., and Meta €200 million": a named object with its amount, then another
        # the parser hung on the verb; the subject does to both what the verb says
        objs += [m for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN" and gapped_subject(c)
                 and (m := idx.mention(c)) is not None and m.entity.iri not in exclude]
    if frame.pred == "restricts" and lemma in L.PERMIT_VERBS:  # "has not allowed ASML to deliver": whom it was for
        objs += [a for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"
                 for a in args_of(s, idx, role="obj", exclude=exclude)]
    if withholding:  # "does not make Claude available in China": the market hangs on "available"
        objs += [a for c in verb.children if c.lower_ == "available" for t in object_tokens(c, "prep:in")
                 + object_tokens(c, "prep:to") for a in args_of(t, idx, role="obj", exclude=exclude)]
    if not objs and pred in ("partnersWith", "competesWith") and len(subjs) > 1 and (lemma in L.RECIPROCAL or lemma in (
            "join", "combine") and any(o.lower_ == "forces" for o in object_tokens(verb, "dobj"))):  # "A and B join forces"
        for i, a in enumerate(subjs):  # "Samsung and TSMC compete for orders"
            yield from RECIPROCAL.pairs([a], subjs[i + 1:], pred, cl.asserted, toks)
        return
    if frame.reverse:
        yield from REVERSE.pairs(dedupe(objs), subjs, pred, cl.asserted, toks)
    else:
        yield from VERB.pairs(subjs, dedupe(objs), pred, cl.asserted or withholding, toks)
        yield from _gapped(cl, pred, slots, objs, idx)


def _gapped(cl: Clause, pred: str, slots: tuple[str, ...], objs: list[Arg], idx: DocIndex) -> Iterator[Candidate]:
    """ "Amazon invested $4 billion in Anthropic and Google $2 billion": the gapped clause's subject does what
    the verb says to the same object."""
    gapped = [a for slot in slots for t in _object_tokens(cl.verb, slot, idx) for c in t.conjuncts
              if c.i > t.i and gapped_subject(c) and (m := idx.mention(c)) is not None for a in [m]]
    if gapped:
        iris = {g.entity.iri for g in gapped}
        yield from VERB.pairs(dedupe(gapped), [o for o in dedupe(objs) if o.entity.iri not in iris], pred, cl.asserted,
                              (cl.verb.idx,))


def _listed_with_goods(o: Arg, idx: DocIndex) -> bool:
    """A company the parser made a conjunct of unnamed goods ("DRAM chips and ... Kioxia"): a misparse."""
    tok = first = idx.starts().get(o.start)
    while tok is not None and tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok is not None and tok is not first and tok.pos_ == "NOUN" and idx.mention(tok) is None


MAKING_PREDS = frozenset({"manufactures", "launches", "develops"})


def _object_tokens(verb: Token, slot: str, idx: DocIndex) -> list[Token]:
    """object_tokens, read once an article: a verb's frames share slots, and _gapped reads _objects' slots again."""
    key = ("objects", verb.i, slot)
    got = idx.cache.get(key)
    if got is None:
        got = idx.cache[key] = tuple(object_tokens(verb, slot))
    return list(got)


def _objects(verb: Token, pred: str, slots: tuple[str, ...], exclude: set[str], idx: DocIndex) -> list[Arg]:
    objs: list[Arg] = []
    literal = pred not in ("basedIn", "locatedIn")
    for slot in slots:
        for t in _object_tokens(verb, slot, idx):
            objs += [o for o in args_of(t, idx, role="obj", exclude=exclude, actor=literal, conj=not own_clause(t, verb))
                     if (not slot.startswith("market:") or o.indirect)
                     and not (o.entity.type == "Product" and pred in NO_PRODUCT_OBJECT)
                     # "sanctioned 300 targets, including entities in China": a sanction falls on who is named
                     and not (pred == "sanctions" and o.indirect)
                     # "will buy Marvell's automotive ethernet business": a part is bought, not its owner
                     and not (pred == "acquires" and o.indirect)
                     # "to establish an HBM packaging facility": the goods a founded site is for are not founded
                     and not (pred == "founded" and o.entity.type == "Product" and not o.start <= t.idx < o.end)
                     # "restricting access to Douyin on its WeChat platform": the actor's own platform is where
                     and not (pred == "restricts" and slot in ("prep:on", "prep:in") and _own_place(t))]
        if objs and slot == "dobj" and not all(o.indirect or o.entity.type == "Product" for o in objs):
            break  # a named object; an indirect one ("ASML's exports") or goods let "to China" count too
    if pred in MAKING_PREDS and any(t.lemma_.lower() in L.DEAL_NOUNS for t in _object_tokens(verb, "dobj", idx)):
        # "made an investment in Orion", "announced a deal with Orion": a deal's party is not what is made or launched
        objs = [o for o in objs if not (o.indirect and o.entity.type != "Product")]
    if pred == "manufactures":  # "makes DRAM chips ... and competes with ... Japan's Kioxia": no company is made
        objs = [o for o in objs if not (o.entity.type == "Company" and _listed_with_goods(o, idx))]
    if pred == "restricts" and not any(o.entity.type != "Product" and not o.indirect for o in objs):
        objs += _makers_kept_out(verb, exclude, idx)
    if not objs and pred in ("accuses", "sues"):  # "condemned the U.S. sanctions on Chinese firms"
        objs = [a for t in object_tokens(verb, "dobj") if t.lemma_.lower() in L.NOUNS
                and L.NOUNS[t.lemma_.lower()][0] in ("sanctions", "restricts")
                for c in t.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")
                for a in actor_of(c, idx) if a.entity.iri not in exclude]
    if not objs and pred == "regulates":  # "approved Micron's proposal to build a plant": whose request is ruled on
        objs = [a for t in object_tokens(verb, "dobj") if t.lemma_.lower() in L.REQUEST_NOUNS for c in t.children
                if c.dep_ == "poss" for a in actor_of(c, idx) if a.entity.type in ORGS and a.entity.iri not in exclude]
    if not objs and pred == "accuses":  # "condemned Russia's attack on Ukraine": whose conduct is condemned
        objs = [a for t in object_tokens(verb, "dobj") if t.lemma_.lower() in L.CONDUCT_NOUNS
                for c in t.children if c.dep_ == "poss" for a in actor_of(c, idx) if a.entity.iri not in exclude]
    return objs


def _own_place(t: Token) -> bool:
    """An "on"/"in" object the actor's "its"/"their" possesses: where it restricts, not what."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.subtree)


def _is_list(tok: Token, idx: DocIndex) -> bool:
    """The Entity List, a blacklist, the Unverified List: listing there is a sanction."""
    m = idx.mention(tok, actor=False)
    if m is not None and m.entity.type == "Policy" and "list" in m.entity.label.lower():
        return True
    return tok.lemma_.lower() in ("list", "blacklist", "watchlist")


@matcher(LISTING, words=L.LISTING)
def listing(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Putting entities on a list is a sanction on each."""
    for cl in clauses(sent, idx):
        if cl.lemma not in L.LISTING or not cl.asserted:
            continue
        verb = cl.verb
        # "added YMTC and 30 other entities to a trade blacklist": the parser may hang "to" on the last object
        holders = [verb, *(o for d in verb.children if d.dep_ == "dobj" for o in (d, *d.conjuncts))]
        # "adding A, B and C along with aliases of the five entities to the list": or on what "along with" adds
        holders += [t for a in verb.children if a.dep_ == "prep" and a.lower_ in ("along", "together")
                    for w in a.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children
                    if p.dep_ == "pobj" for t in (p, *(q for o in p.children if o.dep_ == "prep" and o.lower_ == "of"
                                                       for q in o.children if q.dep_ == "pobj"))]
        lists = [p for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on")
                 for p in c.children if p.dep_ == "pobj" and _is_list(p, idx)
                 and (h.i == verb.i or not any(q.dep_ == "prep" and q.lower_ == "of" for q in p.children))]
        if lists:
            yield from LISTING.pairs(cl.subjs, dedupe(_listed(verb, lists, idx)), "sanctions", True, (verb.idx,))
            # "added 46 affiliates of Huawei to the Entity List": the parent is not listed, but restricted
            yield from LISTING.pairs(cl.subjs, dedupe(_parents_of_listed(verb, idx)), "restricts", True, (verb.idx,))
        elif cl.lemma == "add" and (_adds_parties(verb, cl, idx) or _adds_named_parties(verb, cl, idx)):
            # "The Bureau of Industry and Security added four entities, including A and B": a body adding
            # parties adds them to its list, when nothing else says where to
            yield from LISTING.pairs(cl.subjs, dedupe(_listed(verb, [], idx)), "sanctions", True, (verb.idx,))


def _body_adds_nowhere(verb: Token, cl: Clause) -> bool:
    """A government body adding something with no "to"/"on" saying where."""
    return all(a.entity.type == "GovernmentBody" for a in cl.subjs) \
        and not any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on") for c in verb.children)


def _adds_parties(verb: Token, cl: Clause, idx: DocIndex) -> bool:
    return _body_adds_nowhere(verb, cl) \
        and any(t.lemma_.lower() in L.LISTED_PARTY_NOUNS and t.tag_ == "NNS" for t in object_tokens(verb, "dobj"))


def _adds_named_parties(verb: Token, cl: Clause, idx: DocIndex) -> bool:
    """ "The ERC also added A, B and C, all located in China": a government body adding named companies,
    where the text has already named a list it keeps (no other place to add them to)."""
    if not cl.subjs or not _body_adds_nowhere(verb, cl):
        return False
    objs = [m for t in object_tokens(verb, "dobj") if (m := idx.mention(t)) is not None]
    return bool(objs) and all(m.entity.type in ("Company", "Organization") for m in objs) and any(
        i < verb.i and a.entity.type == "Policy" and a.entity.label.lower().endswith("list") for i, a in idx.history)


def _parents_of_listed(verb: Token, idx: DocIndex) -> list[Arg]:
    """ "46 affiliates of Huawei", "46 Huawei affiliates": the parent whose affiliates were listed."""
    objs = object_tokens(verb, "dobj")
    objs += [p for t in objs if t.lemma_.lower() in ("dozen", "hundred", "number", "score") for prep in t.children
             if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]  # "dozens of"
    units = [t for t in objs if t.tag_ == "NNS" and t.lemma_.lower() in ("affiliate", "subsidiary") and not idx.mention(t)]
    parents = [p for t in units for prep in t.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for p in prep.children if p.dep_ == "pobj"]
    parents += [c for t in units for c in t.lefts if c.dep_ in ("compound", "nmod", "poss") and idx.mention(c) is not None]
    return [a for p in parents for a in args_of(p, idx, role="obj") if a.entity.type in ORGS]


def _listed(verb: Token, lists: list, idx: DocIndex) -> list[Arg]:
    """Who was put on the list: the named objects; for "11 entities in China and Russia ..., including
    X and Y" the named examples, wherever the parser hung "including" (the places say where the
    entities are, they are not listed themselves)."""
    out = []
    for t in object_tokens(verb, "dobj"):
        if t.lower_ in L.RELATIVE and verb.dep_ == "relcl":
            t = verb.head  # "Huawei, which the Commerce Department added to the Entity List"
        if t.tag_ == "NNS" and not idx.mention(t) and t.dep_ == "pobj" and t.head.lower_ == "among" \
                and (be := t.head.head).lemma_ == "be" and modality(be)[0]:
            # "A and B were among the companies added to the Entity List": the subject of "were"
            out += [a for s in be.children if s.dep_ in ("nsubj", "nsubjpass") for a in args_of(s, idx, role="obj")]
        elif t.tag_ == "NNS" and not idx.mention(t) and (back := [a for a in args_of(t, idx, role="obj") if a.coref]):
            out += back  # "BIS added A and B to the Entity List. These firms were added ...": the named ones
        elif t.tag_ == "NNS" and not idx.mention(t):
            holders = [t, verb, *lists]
            out += [a for h in holders for prep in h.children if prep.dep_ == "prep"
                    and prep.lower_ in ("including", "like") for p in prep.children if p.dep_ == "pobj"
                    for a in args_of(p, idx, role="obj") if a.entity.type not in ("Country", "City", "Region")]
            # "added Chinese GPU makers Biren Technology and Moore Threads": the names in apposition are the class's
            # members (companies only: "two entities, Beijing and Shanghai" names places)
            out += [a for p in t.children if p.dep_ == "appos" and (p.left_edge.i == t.i + 1 or p.left_edge.i == t.i + 2 and t.nbor().text == ",")
                    for a in args_of(p, idx, role="obj") if a.entity.type in ORGS]
        else:
            out += args_of(t, idx, role="obj")
    return out


@matcher(RELY_ON)
def rely_on(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Whoever one relies or depends on supplies them."""
    for cl in clauses(sent, idx):
        if cl.lemma not in L.PREP_CONTROL or not cl.asserted:
            continue
        verb = cl.verb
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == L.PREP_CONTROL[cl.lemma]:
                # (not "turned to Orvane's patented technology": using a party's patents is what a suit alleges)
                sup = [a for p in c.children if p.dep_ == "pobj" and not patented(p) for a in args_of(p, idx, role="obj")]
                if for_sales(verb):  # "Kestrel relies on Norland for 16% of its revenue": a market it sells to
                    yield from RELY_ON.pairs(cl.subjs, sup, "suppliesTo", True, (verb.idx,))
                else:
                    yield from RELY_ON.pairs(sup, cl.subjs, "suppliesTo", True, (verb.idx,))


_USING = frozenset(L.USE_VERBS | {"access"})  # users_market reads only around these


@matcher(USERS_MARKET, words=_USING)
def users_market(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Whoever makes or operates what a market uses supplies it: "Chinese developers use Nvidia's chips"."""
    for verb in idx.sent_tokens(sent):
        if verb.pos_ not in ("VERB", "AUX") and verb.dep_ not in CLAUSE_DEPS:
            continue
        if verb_lemma(verb) not in _USING or not modality(verb)[0]:
            continue
        markets = [a for t in subject_tokens(verb) if t.lemma_.lower() in L.MARKET_NOUNS and not idx.mention(t)
                   for a in args_of(t, idx, role="obj") if a.indirect and a.entity.type in ("Country", "Region", "City")]
        if markets:
            providers = [p for obj in object_tokens(verb, "dobj") for p in _providers(obj, idx)]
            yield from USERS_MARKET.pairs(dedupe(providers), dedupe(markets), "suppliesTo", True, (verb.idx,))


def _providers(obj: Token, idx: DocIndex) -> list[Arg]:
    """Who provides a used thing: its possessor, its maker in the gazetteer, who operates it."""
    out = [m for c in obj.children if c.dep_ == "poss" and (m := idx.mention(c)) is not None
           and m.entity.type in ORGS]  # "Nvidia's chips"
    hit = idx.tok2m.get(obj.i)
    if hit is not None and hit[1].entry is not None and hit[1].entry.maker:
        maker = idx.gaz.entries.get(hit[1].entry.maker)  # "use the Azure OpenAI Service": its maker, from the gazetteer
        if maker is not None:
            out.append(Arg(idx.resolver.entity_of(maker), hit[0].start_char, hit[0].end_char, indirect=True))
    for c in [*obj.children, *(idx.tok2m[obj.i][0].root.children if obj.i in idx.tok2m else [])]:
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in L.OPERATE_VERBS:
            out += [a for t in subject_tokens(c) for a in args_of(t, idx, role="subj")
                    if a.entity.type in ORGS]  # "which is operated locally by 21Vianet"
    return out


@matcher(FUNDING, words=L.GIVING)
def funding(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Giving money is investing: "gave Rapidus a subsidy", "awarded a grant to Intel"."""
    for verb in idx.sent_tokens(sent):
        if verb.pos_ != "VERB" or verb_lemma(verb) not in L.GIVING:
            continue
        dobjs = [c for c in verb.children if c.dep_ == "dobj"]
        if any(d.lemma_.lower() in ("fine", "penalty", "sanction", "levy") for d in dobjs):
            continue  # "gave Kestrel a fine of 3 million euros": money taken, not given
        # a subsidy, a grant, or an amount of money: "would give Rapidus an additional 590 billion yen"
        if not any(d.lemma_.lower() in L.FUNDING_NOUNS or d.ent_type_ == "MONEY" or d.lemma_.lower() in L.MONEY
                   or any(c.lemma_.lower() in L.FUNDING_NOUNS for c in d.subtree) for d in dobjs):
            continue
        subjs = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
        targets = [t for t in verb.children if t.dep_ == "dative" and t.pos_ != "ADP"] + \
                  [p for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                   for p in c.children if p.dep_ == "pobj"]
        objs = [a for t in targets for a in args_of(t, idx, role="obj") if a.entity.type in ORGS]
        yield from FUNDING.pairs(subjs, dedupe(objs), "investsIn", modality(verb)[0], (verb.idx,))


@matcher(STATIVE, phase=ENTITY, words=L.STATIVE_PASSIVE)
def stative(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "is headquartered in", "based in", "located in", "held in": the subject is the thing placed,
    even in the passive; "Proudly headquartered in Minnesota, Polaris serves ..." too."""
    for verb in idx.sent_tokens(sent):
        if verb.pos_ not in ("VERB", "AUX") and verb.dep_ not in CLAUSE_DEPS:
            continue
        lemma = verb_lemma(verb)
        # "Orvane Bank, founded in 1986 and headquartered in Dorwick": coordinated with the participle on the name
        joined = verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN"
        if lemma not in L.STATIVE_PASSIVE or not (is_passive(verb) or joined):
            continue
        # "Zhipu AI, which is headquartered in Beijing": the relative pronoun stands for the noun it hangs on
        subj_toks = [described(verb) if is_relative(c) and verb.dep_ == "relcl" else c
                     for c in verb.children if c.dep_ == "nsubjpass"] or (
            [verb.head.head] if joined and idx.mention(verb.head.head) else []) or (
            # (not a name inside "X is a ... Firm headquartered in": place:described-seat reads that)
            [verb.head] if verb.dep_ in ("acl", "amod", "relcl") and not (
                idx.mention(verb.head) and indefinite_description(verb.head)) and not _owner_of_unit(verb)
                and not _appos_after_other(verb.head, idx) else []) or (
            # "has 40 teachers and is located in Cincinnati": the first verb's subject
            # ("which was founded in 1986 and is headquartered in": the noun the relative clause hangs on)
            [described(verb.head) if is_relative(c) and verb.head.dep_ == "relcl" else c
             for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")] if verb.dep_ in ("conj", "advcl") else [])
        subjs = dedupe([a for t in subj_toks for a in args_of(t, idx, role="subj")])
        # "Smith is a photographer based in Paris": a person NER named, described by a noun no body is, is no company
        subjs = [a for a in subjs if not (a.entity.type == "Person" and verb.head.dep_ == "attr"
                                          and verb.head.lemma_.lower() not in BE_BODIES)]
        if not subjs:
            continue
        asserted = modality(verb)[0]
        for frame in L.VERBS[lemma]:
            exclude = {s.entity.iri for s in subjs}
            objs = [o for slot in frame.slots if slot.startswith("prep:") for t in object_tokens(verb, slot)
                    for o in args_of(t, idx, role="obj", exclude=exclude, actor=False)
                    if not (o.entity.type == "Product" and frame.pred in NO_PRODUCT_OBJECT)]
            yield from STATIVE.pairs(subjs, dedupe(objs), frame.pred, asserted, (verb.idx,))


def _owner_of_unit(verb: Token) -> bool:
    """ "X is a subsidiary of Y located in P": the seat may be the unit's or its owner's (web text writes both);
    neither is read."""
    h = verb.head
    return verb.dep_ == "acl" and h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lemma_.lower() in L.PART_NOUNS


def _appos_after_other(noun: Token, idx: DocIndex) -> bool:
    """ "Kestrel Corp., the parent of Kestrel Ltd, and Orvane Ltd, a company incorporated in Norland, ...": an
    apposition the parser hung on a far name, right after another company's name, is that name's: neither is placed."""
    prev = noun.doc[noun.left_edge.i - 2] if noun.dep_ == "appos" and noun.left_edge.i >= 2 \
        and noun.doc[noun.left_edge.i - 1].text == "," else None
    return prev is not None and prev.i > noun.head.i and (a := idx.mention(prev, actor=False)) is not None \
        and a.entity.type in ORGS and idx.mention(noun.head, actor=False) != a \
        and not any(prev.i in range(c.left_edge.i, c.i + 1) for c in noun.head.conjuncts)  # "A and B, both based in"
