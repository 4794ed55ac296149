"""Dependency rules: each rule is a generator over one sentence yielding candidate facts.

This module holds the clause rules (trigger verbs, relational nouns, copular and appositive
nouns, funding); kg/extract/descriptors.py holds the rules for noun phrases (roles,
appositions, possessives, nationalities, places). What rules yield holds character offsets
and canonical entities only (Candidate), so nothing spaCy outlives the extract package.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from . import lexicon as L
from .descriptors import anaphor_rule, descriptor_rule, place_rule, role_rule
from .index import ORGS, PLACE, Arg, Candidate, DocIndex, demonym_of  # noqa: F401  (PLACE, DocIndex re-exported)
from .syntax import (OBJECT_CONTROL, PREP_CONTROL, Rule, _dedupe, _pairs, args_of, co_subjects, has_particle,
                     is_passive, modality, object_tokens, subject_tokens)

# ---------------------------------------------------------------- rules




PLACE_PREDICATES = {"basedIn", "locatedIn"}
# Predicates whose object is never a product: "supplies high-bandwidth memory to AMD" looks past the goods.
NO_PRODUCT_OBJECT = {"suppliesTo", "partnersWith", "investsIn", "worksFor", "leads", "sues",
                     "accuses", "basedIn", "locatedIn"}
CLAUSE_DEPS = {"amod", "ROOT", "conj", "relcl", "xcomp", "ccomp", "advcl", "acl", "pcomp"}


def verb_lemma(tok: Token) -> str:
    """The tagger's lemma, repaired when it is not a known verb ("fined" -> "fin" -> "fine")."""
    lemma = tok.lemma_.lower()
    if lemma in L.VERBS or lemma in PREP_CONTROL:
        return lemma
    low = tok.lower_
    for cut, add in (("ed", ""), ("d", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"),
                     ("ied", "y"), ("ies", "y")):
        if low.endswith(cut) and (cand := low[: -len(cut)] + add) in L.VERBS:
            return cand
    return lemma


RECIPROCAL = {"compete", "partner", "collaborate", "cooperate", "ally", "team", "merge", "rival"}
LISTING = {"add", "place", "put", "include", "list"}


def _is_list(tok: Token, idx: DocIndex) -> bool:
    """The Entity List, a blacklist, the Unverified List: listing there is a sanction."""
    m = idx.mention(tok, actor=False)
    if m is not None and m.entity.type == "Policy" and "list" in m.entity.label.lower():
        return True
    return tok.lemma_.lower() in ("list", "blacklist", "watchlist")


def verb_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Subject-verb-object with a trigger verb, in the active or the passive voice."""
    for verb in idx.sent_tokens(sent):
        if verb.pos_ not in ("VERB", "AUX") and verb.dep_ not in CLAUSE_DEPS:
            continue
        lemma = verb_lemma(verb)
        frames = L.VERBS.get(lemma, ())
        if lemma in L.USE_VERBS | {"access"} and modality(verb)[0]:
            yield from _users_market(verb, idx)
        if lemma in L.USE_VERBS and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in L.STOP_VERBS:
            frames = (*frames, ("restricts", ("dobj",)))  # "stop using Microsoft's Windows": the one who orders it restricts
        if not (frames or lemma in PREP_CONTROL or lemma in LISTING) or (lemma in L.NEEDS_PARTICLE and not has_particle(verb, L.NEEDS_PARTICLE[lemma])):
            continue
        asserted, why = modality(verb)
        stopped = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in L.STOP_VERBS
        if lemma in L.STATIVE_PASSIVE:
            if not is_passive(verb):
                continue
            subj_toks = [c for c in verb.children if c.dep_ == "nsubjpass"] or (
                [verb.head] if verb.dep_ in ("acl", "amod", "relcl") else []) or (
                # "has 40 teachers and is located in Cincinnati": the first verb's subject; "Proudly
                # headquartered in Minnesota, Polaris serves ...": the main clause's subject
                [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")] if verb.dep_ in ("conj", "advcl") else [])
        else:
            subj_toks = subject_tokens(verb) + co_subjects(verb)
        subjs = _dedupe([a for t in subj_toks for a in args_of(t, idx, role="subj")])
        if not subjs and any(p == "restricts" for p, _ in frames):
            subjs = _policy_actor(verb, subj_toks, idx)  # "a law that barred federal agencies from ..."
        if stopped and not subjs:
            # "ordered operators to stop buying from Micron": the one who orders restricts
            boss = verb.head.head if verb.head.dep_ in ("xcomp", "ccomp") else None
            if boss is not None and boss.lemma_.lower() in OBJECT_CONTROL:
                subjs = [a for t in subject_tokens(boss) for a in args_of(t, idx, role="subj")]
        if not subjs:
            continue
        for pred, slots in frames:
            if lemma in L.STATIVE_PASSIVE:
                slots = tuple(s for s in slots if s.startswith("prep:"))
            reverse = pred.startswith("~")  # "raised money from investors": the investors invest
            pred = pred.lstrip("~")
            if stopped and pred in ("suppliesTo", "acquires"):  # stop shipping to / stop buying from
                pred, slots = "restricts", (slots if pred == "suppliesTo" else ("prep:from",))
            if lemma == "serve" and pred == "worksFor" and any(
                    o.lemma_.lower() in ("term", "sentence", "time") for o in object_tokens(verb, "dobj")):
                continue  # "is serving a life term at Soledad Prison": a prisoner, not an employee
            if reverse and lemma in L.MONEY_ONLY and not any(
                    o.lemma_.lower() in L.FUNDING or o.ent_type_ == "MONEY" or
                    any(c.lemma_.lower() in L.FUNDING or c.ent_type_ == "MONEY" for c in o.subtree)
                    for o in object_tokens(verb, "dobj")):
                continue  # "received an order from Apple" is not an investment
            if pred == "suppliesTo" and lemma in L.DIVEST_VERBS and any(
                    o.lemma_.lower() in L.HOLDINGS and not idx.mention(o) for o in object_tokens(verb, "dobj")):
                continue  # "SoftBank sold its stake in Nvidia": a divestment, not a sale of goods
            sold = [a for t in object_tokens(verb, "dobj") if (m := idx.mention(t, actor=False)) is not None
                    for a in [m] if a.entity.type in ORGS] if pred == "suppliesTo" and lemma in L.DIVEST_VERBS else []
            if sold:  # "SoftBank agreed to sell Arm to Nvidia": the buyer acquires the company
                buyers = [a for t in object_tokens(verb, "prep:to") for a in args_of(t, idx, role="obj")
                          if a.entity.type in ORGS | {"Person"} and a.entity.iri not in {s_.entity.iri for s_ in sold}]
                yield from _pairs(_dedupe(buyers), _dedupe(sold), "acquires", f"verb:{lemma}-company", 0.75,
                                  asserted, (verb.idx,))
                continue
            negated_withhold = not asserted and why == "negated" and lemma in L.WITHHOLD
            if negated_withhold:
                pred, slots = "restricts", ("prep:in", "prep:to")
            exclude = {s.entity.iri for s in subjs}
            objs: list[Arg] = []
            literal = pred not in PLACE_PREDICATES
            for slot in slots:
                for t in object_tokens(verb, slot):
                    objs += [o for o in args_of(t, idx, role="obj", exclude=exclude, actor=literal)
                             if (not slot.startswith("market:") or o.indirect)
                             and not (o.entity.type == "Product" and pred in NO_PRODUCT_OBJECT)]
                if objs and slot == "dobj" and not all(o.indirect or o.entity.type == "Product" for o in objs):
                    break  # a named object; an indirect one ("ASML's exports") or goods let "to China" count too
            if pred == "restricts" and not any(o.entity.type != "Product" and not o.indirect for o in objs):
                # "barred federal agencies from buying its equipment": the maker of the goods is restricted
                for prep in verb.children:
                    if prep.dep_ == "prep" and prep.lower_ == "from":
                        for g in prep.children:
                            if g.dep_ == "pcomp" and verb_lemma(g) in L.USE_VERBS | {"import", "acquire"}:
                                objs += [o for t in object_tokens(g, "dobj")
                                         for o in args_of(t, idx, role="obj", exclude=exclude)
                                         if o.entity.type in ORGS or o.entity.type == "Product"]
            if not objs and pred in ("accuses", "sues"):  # "condemned the U.S. sanctions on Chinese firms"
                objs = [a for t in object_tokens(verb, "dobj") if t.lemma_.lower() in L.NOUNS
                        and L.NOUNS[t.lemma_.lower()][0] in ("sanctions", "restricts")
                        for c in t.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")
                        for a in _actor_of(c, idx) if a.entity.iri not in exclude]
            if not objs and pred in ("partnersWith", "competesWith") and len(subjs) > 1 and lemma in RECIPROCAL:
                for i, a in enumerate(subjs):  # "Samsung and TSMC compete for orders"
                    yield from _pairs([a], subjs[i + 1:], pred, f"verb:{lemma}", 0.8, asserted, (verb.idx,))
                continue
            pairs = _pairs(_dedupe(objs), subjs, pred, f"verb:{lemma}", 0.8, asserted, (verb.idx,)) if reverse \
                else _pairs(subjs, _dedupe(objs), pred, f"verb:{lemma}", 0.85, asserted or negated_withhold, (verb.idx,))
            yield from pairs
        if lemma in LISTING and asserted:  # "added SMIC to the Entity List"
            lists = [p for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on")
                     for p in c.children if p.dep_ == "pobj" and _is_list(p, idx)]
            if lists:
                objs = [a for t in object_tokens(verb, "dobj") for a in args_of(t, idx, role="obj")]
                yield from _pairs(subjs, _dedupe(objs), "sanctions", f"verb:{lemma}-list", 0.85, True, (verb.idx,))
        if lemma in PREP_CONTROL and asserted:  # "Apple relies on Foxconn": Foxconn supplies Apple
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ == PREP_CONTROL[lemma]:
                    sup = [a for p in c.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")]
                    yield from _pairs(sup, subjs, "suppliesTo", f"verb:{lemma}-on", 0.7, True, (verb.idx,))


def noun_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Relational nouns, with or without a light verb: "filed a lawsuit against", "a joint venture with"."""
    for noun in idx.sent_tokens(sent):
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in L.NOUNS:
            continue
        pred, preps = L.NOUNS[lemma]
        verb = noun.head  # the clause the noun sits in: "operated by X under a venture with Y"
        while verb.dep_ in ("conj", "compound", "pobj", "prep", "dobj", "appos") and verb.head.i != verb.i \
                and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        if pred in ("partnersWith", "competesWith"):  # "the deal between Microsoft and OpenAI"
            parties = _dedupe([a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "between"
                               for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")])
            if len(parties) > 1:
                asserted = modality(noun.head)[0] if noun.head.pos_ in ("VERB", "AUX") else True
                for i, a in enumerate(parties):
                    yield from _pairs([a], parties[i + 1:], pred, f"noun:{lemma}", 0.75, asserted, (noun.idx,))
                continue
        if pred == "investsIn" and verb.lemma_.lower() in L.DIVEST_VERBS:
            continue  # "sold its stake in Nvidia"
        if pred in ("sanctions", "restricts") and noun.dep_ == "pobj" and noun.head.lower_ == "under":
            # "Huawei has been under U.S. sanctions since 2019": the one named on the noun acts
            actors = [a for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")
                      for a in _actor_of(c, idx)]
            clause = noun.head.head
            targets = [a for t in subject_tokens(clause) for a in args_of(t, idx, role="obj")] \
                if clause.pos_ in ("VERB", "AUX") else []
            yield from _pairs(_dedupe(actors), _dedupe(targets), pred, f"noun:{lemma}-under", 0.75,
                              modality(clause)[0] if clause.pos_ in ("VERB", "AUX") else True, (noun.idx,))
            continue
        # the actor: a possessor ("Microsoft's investment in"), else the clause's subject/agent
        subjs = [a for c in noun.children if c.dep_ == "poss" for a in args_of(c, idx, role="subj")]
        if not subjs and verb.pos_ in ("VERB", "AUX"):
            subjs = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
        if not subjs:
            continue
        exclude = {s.entity.iri for s in subjs}
        holders = [noun]
        if noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in L.LIGHT_VERBS:
            holders.append(verb)  # "imposed sanctions on Russia": the preposition hangs on the verb
        preps_ = [prep for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ in preps]
        preps_ += [c for prep in preps_ for c in prep.conjuncts if c.dep_ in ("prep", "conj")]  # "on X and on Y"
        objs = [a for prep in preps_ for p in prep.children if p.dep_ == "pobj"
                for a in args_of(p, idx, role="obj", exclude=exclude)]
        asserted = (modality(verb)[0] and verb.lemma_.lower() not in L.SPECULATIVE) \
            if verb.pos_ in ("VERB", "AUX") else True
        objs = [o for o in objs if o.entity.iri not in exclude]
        if not objs and pred in ("partnersWith", "competesWith") and len(subjs) > 1:
            # "Microsoft and G42 agreed a partnership": the coordinated parties partner each other
            subjs = _dedupe(subjs)
            for i, a in enumerate(subjs):
                yield from _pairs([a], subjs[i + 1:], pred, f"noun:{lemma}", 0.7, asserted, (noun.idx,))
            continue
        yield from _pairs(subjs, _dedupe(objs), pred, f"noun:{lemma}", 0.75, asserted, (noun.idx,))





POLICY_NOUNS = {"law", "rule", "regulation", "order", "measure", "act", "bill", "ban", "decree", "directive",
                "policy", "restriction", "control", "sanction", "statute", "provision"}


def _policy_actor(verb: Token, subj_toks: list, idx: DocIndex) -> list[Arg]:
    """The state behind a law that restricts: "a U.S. law that barred ..." (its modifier), or the
    government the sentence names before it ("sued the U.S. government, challenging a law that barred ...")."""
    heads = [verb.head if t.lower_ in ("that", "which") and verb.dep_ == "relcl" else t for t in subj_toks]
    for h in heads:
        if h.lemma_.lower() not in POLICY_NOUNS:
            continue
        named = [a for c in h.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") for a in _actor_of(c, idx)
                 if a.entity.type in ("Country", "GovernmentBody")]
        if named:
            return named
        before = [a for i, a in idx.history if h.sent.start <= i < h.i and a.entity.type in ("Country", "GovernmentBody")]
        if before:
            last = before[-1]
            return [Arg(last.entity, last.start, last.end, coref=True)]
    return []


OPERATE_VERBS = {"operate", "run", "provide", "offer", "host", "sell", "distribute", "make", "supply"}


def _users_market(verb: Token, idx: DocIndex) -> Iterator[Candidate]:
    """ "customers in China can still use the Azure OpenAI Service, which is operated by 21Vianet",
    "Chinese developers use Nvidia's chips": whoever makes or operates what a market uses supplies it."""
    markets = [a for t in subject_tokens(verb) if t.lemma_.lower() in L.MARKET_NOUNS and not idx.mention(t)
               for a in args_of(t, idx, role="obj") if a.indirect and a.entity.type in ("Country", "Region", "City")]
    if not markets:
        return
    providers: list[Arg] = []
    for obj in object_tokens(verb, "dobj"):
        for c in obj.children:
            if c.dep_ == "poss" and (m := idx.mention(c)) is not None and m.entity.type in ORGS:
                providers.append(m)  # "Nvidia's chips"
        hit = idx.tok2m.get(obj.i)
        if hit is not None and hit[1].entry is not None and hit[1].entry.maker:
            maker = idx.gaz.entries.get(hit[1].entry.maker)  # "use the Azure OpenAI Service": its maker, from the gazetteer
            if maker is not None:
                providers.append(Arg(idx.resolver.entity_of(maker), hit[0].start_char, hit[0].end_char, indirect=True))
        for c in [*obj.children, *(idx.tok2m[obj.i][0].root.children if obj.i in idx.tok2m else [])]:
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in OPERATE_VERBS:
                providers += [a for t in subject_tokens(c) for a in args_of(t, idx, role="subj")
                              if a.entity.type in ORGS]  # "which is operated locally by 21Vianet"
    yield from _pairs(_dedupe(providers), _dedupe(markets), "suppliesTo", f"verb:{verb_lemma(verb)}-market", 0.7,
                      True, (verb.idx,))


def _actor_of(tok: Token, idx: DocIndex) -> list[Arg]:
    """Who a modifier names: "U.S. sanctions", "American controls", "Washington's curbs"."""
    if (country := demonym_of(tok, idx)) is not None:
        return [Arg(country, tok.idx, tok.idx + len(tok.text))]
    return args_of(tok, idx, role="subj")


NOMINALS: dict[str, tuple[str, tuple[str, ...], bool]] = {
    # noun: (predicate, prepositions naming the other end, reversed: the other end is the subject)
    "supplier": ("suppliesTo", ("to", "for", "of"), False), "provider": ("suppliesTo", ("to", "for"), False),
    "vendor": ("suppliesTo", ("to", "for"), False), "customer": ("suppliesTo", ("of",), True),
    "client": ("suppliesTo", ("of",), True), "owner": ("owns", ("of",), False), "parent": ("owns", ("of",), False),
    "unit": ("owns", ("of",), True), "subsidiary": ("owns", ("of",), True), "division": ("owns", ("of",), True),
    "arm": ("owns", ("of",), True), "affiliate": ("owns", ("of",), True),
    "rival": ("competesWith", ("of", "to"), False), "competitor": ("competesWith", ("of", "to"), False),
    "partner": ("partnersWith", ("of", "to", "with"), False), "ally": ("partnersWith", ("of",), False),
    "investor": ("investsIn", ("in",), False), "backer": ("investsIn", ("of",), False),
    "shareholder": ("investsIn", ("in",), False), "maker": ("manufactures", ("of",), False),
    "manufacturer": ("manufactures", ("of",), False), "developer": ("develops", ("of",), False),
    "founder": ("founded", ("of",), False), "acquirer": ("acquires", ("of",), False),
}


def nominal_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Relational nouns said of a named entity, in a copula or an apposition: "SK Hynix is the main
    supplier of memory to Nvidia", "ByteDance, TikTok's parent company", "X is a unit of Y"."""
    for noun in idx.sent_tokens(sent):
        lemma = noun.lemma_.lower()
        frame = NOMINALS.get(lemma) or (NOMINALS["parent"] if lemma == "company" and any(
            c.lower_ == "parent" for c in noun.lefts) else None)
        if frame is None or noun.pos_ != "NOUN" or idx.mention(noun):
            continue
        pred, preps, rev = frame
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":  # "X is the supplier of ..."
            holders = [a for c in noun.head.children if c.dep_ == "nsubj" for a in args_of(c, idx, role="subj")]
            asserted = modality(noun.head)[0]
        elif noun.dep_ == "appos" and (m := idx.mention(noun.head)):  # "ByteDance, TikTok's parent company"
            holders, asserted = [m], True
        elif noun.left_edge.i == sent.start and (after := _opening_comma(noun, sent)) is not None \
                and (m := idx.mention(noun.doc[after + 1])) is not None and m.entity.type in ORGS:
            holders, asserted = [m], True  # "A unit of Alibaba, Ant Group runs Alipay": the description opens the sentence
        else:
            continue
        others = [a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in preps
                  for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")]
        # "the main supplier of chips to Nvidia": the recipient hangs on the goods
        others += [a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for p in prep.children if p.dep_ == "pobj" and not idx.mention(p)
                   for prep2 in p.children if prep2.dep_ == "prep" and prep2.lower_ in preps and prep2.lower_ != "of"
                   for q in prep2.children if q.dep_ == "pobj" for a in args_of(q, idx, role="obj")]
        if pred in ("owns", "suppliesTo", "develops", "manufactures") and not rev:  # "TikTok's parent", "Apple's supplier"
            for c in noun.lefts:
                if c.dep_ == "poss":
                    owned = args_of(c, idx, role="obj")
                    if pred in ("develops", "manufactures"):  # "the app's developer"
                        others += [o for o in owned if o.entity.type == "Product"]
                    elif pred == "owns":
                        others += owned
                    else:
                        yield from _pairs(holders, owned, pred, f"nominal:{lemma}", 0.75, asserted, (noun.idx,))
        others = [o for o in _dedupe(others) if o.entity.iri not in {h.entity.iri for h in holders}]
        if pred == "manufactures" and not rev:  # "the exclusive manufacturer of Apple's processors": Apple is the customer
            customers = [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in preps
                         for p in prep.children if p.dep_ == "pobj" and not idx.mention(p)
                         for c in p.children if c.dep_ == "poss" and (m := idx.mention(c)) is not None
                         and m.entity.type in ORGS]
            yield from _pairs(holders, customers, "suppliesTo", f"nominal:{lemma}", 0.75, asserted, (noun.idx,))
            others = [o for o in others if o.entity.iri not in {c.entity.iri for c in customers}]
        if rev:
            yield from _pairs(others, holders, pred, f"nominal:{lemma}", 0.75, asserted, (noun.idx,))
        else:
            yield from _pairs(holders, others, pred, f"nominal:{lemma}", 0.75, asserted, (noun.idx,))


def _opening_comma(noun: Token, sent: Span) -> int | None:
    """The comma that closes a description opening the sentence ("A subsidiary of Luxottica, EyeMed ...")."""
    inside = {t.i for t in noun.subtree}
    for t in noun.doc[noun.i + 1: sent.end - 1]:
        if t.text == ",":
            return t.i if t.i + 1 < len(noun.doc) else None
        if t.i not in inside:
            return None
    return None


FUNDING = {"subsidy", "grant", "funding", "loan", "investment", "award", "incentive", "financing", "stake"}
GIVING = {"give", "provide", "award", "grant", "offer", "extend", "pledge", "promise", "hand", "approve"}


def funding_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "The Japanese government gave Rapidus a subsidy", "awarded a grant to Intel"."""
    for verb in idx.sent_tokens(sent):
        if verb.pos_ != "VERB" or verb_lemma(verb) not in GIVING:
            continue
        dobjs = [c for c in verb.children if c.dep_ == "dobj"]
        if not any(d.lemma_.lower() in FUNDING or any(c.lemma_.lower() in FUNDING for c in d.subtree) for d in dobjs):
            continue
        subjs = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
        targets = [t for t in verb.children if t.dep_ == "dative" and t.pos_ != "ADP"] + \
                  [p for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                   for p in c.children if p.dep_ == "pobj"]
        objs = [a for t in targets for a in args_of(t, idx, role="obj") if a.entity.type in ORGS]
        yield from _pairs(subjs, _dedupe(objs), "investsIn", "verb:fund-give", 0.8, modality(verb)[0], (verb.idx,))


RULES: tuple[Rule, ...] = (verb_rule, noun_rule, nominal_rule, funding_rule, role_rule, descriptor_rule,
                           anaphor_rule, place_rule)
