"""Measures as U.S. federal releases state them, in noun phrases the verb frames do not reach:
"OFAC is taking action against X" (a sanction), "visa restrictions on employees of X" (the measure
falls on the body whose people bear it), "the Department announced charges against X" and "an
indictment charging X" (legal action), "imposed license requirements on exports to X" (a
restriction). Only a government body or a state acts here (ONTOLOGY.md: sanctions and measures
are a state's); a company's "action against" a rival is a lawsuit or nothing."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, Candidate, DocIndex
from ..registry import ENTITY, define, matcher
from ..syntax import args_of, dedupe, modality, sent_words, subject_tokens
from .issuers import _policy_actor, _remit
from .descriptors import is_agency_unit
from .lists import _colon_after, _spelled_out

GOV = ("GovernmentBody", "Country")
TARGETS = {"Company", "Organization", "Person", "GovernmentBody", "Country"}

ACTION = define("fed:action-against", preds=("sanctions",), conf=0.75,
                example="Today, OFAC is taking action against Alpha Trading Ltd.")
PERSONNEL = define("fed:personnel", preds=("restricts", "sanctions"), conf=0.7,
                   example="The State Department is imposing visa restrictions on employees of Huawei.")
CHARGES = define("fed:charges", preds=("sues",), conf=0.75,
                 example="The Justice Department announced charges against ZTE; it unsealed an indictment "
                         "charging Huawei.")
LEGAL_ACTION = define("fed:legal-action", preds=("sues",), conf=0.75,
                      example="The FTC took legal action against Alpha Trading Ltd.")
REQUIREMENT = define("fed:licence-requirement", preds=("restricts",), conf=0.7,
                     example="BIS imposed license requirements on exports to SMIC.")
NEEDS_LICENCE = define("fed:exports-need-licence", preds=("restricts",), conf=0.7,
                       example="The ministry said exports of gallium to Japan would require a licence.")


def _gov_actors(verb: Token, idx: DocIndex) -> list:
    """The government bodies or states that are the subject of the clause a measure noun sits in."""
    subjs = subject_tokens(verb)
    found = [a for t in subjs for a in args_of(t, idx, role="subj") if a.entity.type in GOV]
    if not found and verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in L.POLICY_NOUNS:
        # "BIS issued a rule imposing license requirements on ...": the rule stands for its issuer
        found = [a for a in _policy_actor(verb, subjs, idx) if a.entity.type in GOV]
    return found


def _clause_of(noun: Token) -> Token:
    """The verb a measure noun is the object of, through "of" and coordination ("a series of ...")."""
    verb = noun.head
    while verb.dep_ in ("conj", "pobj", "prep", "dobj", "appos") and verb.head.i != verb.i \
            and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list:
    out = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
    return out + [cc for p in out for cc in p.conjuncts]


def _parties(toks: list, idx: DocIndex, exclude: set[str]) -> list:
    """The named parties of object tokens; "eight companies, including A and B" names A and B."""
    out = []
    for t in toks:
        if t.tag_ == "NNS" and idx.mention(t) is None:
            t_ = [p for p in _pobjs(t, ("including", "like"))]
            out += [a for p in t_ for a in args_of(p, idx, role="obj", exclude=exclude)]
        else:
            out += [a for a in args_of(t, idx, role="obj", exclude=exclude) if not a.indirect]
    return [a for a in out if a.entity.type in TARGETS]


def _asserted(verb: Token) -> bool:
    return modality(verb)[0] and verb.lemma_.lower() not in L.SPECULATIVE


@matcher(ACTION, LEGAL_ACTION)
def action_against(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "OFAC is taking action against A and B", "Treasury took enforcement action against C": a
    body's action against a named party is a legal penalty (the release's word for designating);
    "took legal action against C", "court action" is a lawsuit, by whoever takes it."""
    if sent_words(sent, idx).isdisjoint(L.ACTION_NOUNS):
        return
    for noun in idx.sent_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in L.ACTION_NOUNS or noun.dep_ != "dobj":
            continue
        verb = noun.head
        kinds = {c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound")}
        if verb.lemma_.lower() not in L.ACTION_VERBS or kinds & L.NOT_PENAL_ACTIONS and not kinds & L.LEGAL_ACTIONS:
            continue  # "military action" is neither
        spec, pred = (LEGAL_ACTION, "sues") if kinds & L.LEGAL_ACTIONS else (ACTION, "sanctions")
        actors = _gov_actors(verb, idx) if spec is ACTION else [
            a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj") if a.entity.type in TARGETS]
        if not actors:
            continue
        exclude = {a.entity.iri for a in actors}
        targets = _pobjs(noun, ("against",)) + _pobjs(verb, ("against",))
        objs = _parties(targets, idx, exclude)
        for cls in targets:  # "action against four firms that supplied it: A; B; and C"
            if cls.tag_ == "NNS" and cls.lemma_.lower() in L.LISTED_PARTY_NOUNS and idx.mention(cls) is None \
                    and (colon := _colon_after(cls, verb, sent)) is not None:
                objs += _spelled_out(colon, verb, cls, exclude, idx)[0]
        yield from spec.pairs(actors, dedupe(objs), pred, _asserted(verb), (noun.idx,))


@matcher(PERSONNEL)
def personnel(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "visa restrictions on employees of Huawei", "sanctions on Huawei executives", "restrictions
    against officials of the Chinese Communist Party": a measure on a body's people falls on the
    body (the noun:event rule reads the measure when its object is named itself)."""
    if sent_words(sent, idx).isdisjoint(L.PERSONNEL_MEASURES):
        return
    for noun in idx.sent_tokens(sent):
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in L.PERSONNEL_MEASURES:
            continue
        pred = L.NOUNS[lemma][0]
        verb = _clause_of(noun)
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in L.LIGHT_VERBS:
            continue
        holders = [noun] + ([verb] if noun.dep_ == "dobj" else [])
        people = [p for h in holders for p in _pobjs(h, ("on", "against"))
                  if p.lemma_.lower() in L.PERSONNEL_NOUNS and idx.mention(p) is None]
        if not people:
            continue
        actors = _gov_actors(verb, idx)
        if not actors:
            continue
        exclude = {a.entity.iri for a in actors}
        bodies = []
        for p in people:
            named = [c for c in p.lefts if c.dep_ in ("compound", "poss") and idx.mention(c) is not None]
            bodies += [a for c in named for a in args_of(c, idx, role="obj", exclude=exclude)]
            bodies += [a for o in _pobjs(p, ("of", "at")) for a in args_of(o, idx, role="obj", exclude=exclude)]
        bodies = [b for b in bodies if b.entity.type in ("Company", "Organization", "GovernmentBody")]
        yield from PERSONNEL.pairs(actors, dedupe(bodies), pred, _asserted(verb), (noun.idx,))


@matcher(CHARGES)
def charges(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "The Department of Justice announced charges against X", "unsealed an indictment charging X":
    a body bringing charges takes legal action against the one charged."""
    for noun in idx.sent_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in L.CHARGE_NOUNS:
            continue
        verb = clause = _clause_of(noun)
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in L.CHARGE_VERBS:
            continue
        actors = _gov_actors(verb, idx)
        if not actors and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in L.CHARGE_VERBS \
                and not any(idx.mention(t) is not None for t in subject_tokens(verb)):
            # "The Justice Department announced that a grand jury returned an indictment charging X": the
            # department announces the charges it brings (the grand jury is no party)
            actors, verb = _gov_actors(verb.head, idx), verb.head
        if not actors:
            continue
        exclude = {a.entity.iri for a in actors}
        # "an indictment against X"; "unsealed an indictment on X" (Treasury's wording)
        targets = _pobjs(noun, ("against", "on")) + (_pobjs(clause, ("against", "on")) if noun.dep_ == "dobj" else [])
        # "an indictment charging Huawei with fraud": the participle names the accused
        targets += [o for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in L.CHARGING_VERBS
                    for o in c.children if o.dep_ == "dobj"]
        objs = [a for a in _parties(targets, idx, exclude) if a.entity.type != "Country"]
        yield from CHARGES.pairs(actors, dedupe(objs), "sues", _asserted(verb), (noun.idx,))


@matcher(REQUIREMENT)
def licence_requirement(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "imposed license requirements on exports to SMIC", "a license requirement for exports of the
    H20 to China": a licensing requirement restricts the one the exports go to."""
    for noun in idx.sent_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in L.REQUIREMENT_NOUNS \
                or not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in L.LICENSING for c in noun.lefts):
            continue
        verb = _clause_of(noun)
        holders = [noun] + ([verb] if noun.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") else [])
        goods = [p for h in holders for p in _pobjs(h, ("on", "for")) if p.lemma_.lower() in L.EXPORT_NOUNS]
        dest = [q for g in goods for q in _pobjs(g, ("to",))]
        if goods and not dest:  # the parser hung "to China" on the requirement or its verb
            dest = [q for h in holders for q in _pobjs(h, ("to",))]
        # "imposed a license requirement on Huawei": the party itself
        dest += [p for h in holders for p in _pobjs(h, ("on",)) if idx.mention(p) is not None]
        if not dest:
            continue
        if noun.dep_ == "nsubj" or verb.pos_ not in ("VERB", "AUX"):
            continue  # a requirement as subject stands for its issuer: penalties.py's instruments
        actors = _gov_actors(verb, idx)
        if not actors:
            continue
        exclude = {a.entity.iri for a in actors}
        objs = [a for q in dest for a in args_of(q, idx, role="obj", exclude=exclude)
                if a.entity.type in TARGETS and not a.indirect]
        yield from REQUIREMENT.pairs(actors, dedupe(objs), "restricts", _asserted(verb), (noun.idx,))


_NEED = frozenset({"need", "require"})
_PERMITS = frozenset(L.LICENSING) | {"permit", "approval", "authorization", "authorisation"}


@matcher(NEEDS_LICENCE)
def exports_need_licence(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "China's Ministry of Commerce said exports of gallium and germanium would require a licence", "sales of the
    H20 to China will need a license, the department said": the body that says so restricts what is exported and
    where it goes. Only a government body or state that says it acts (with none, the passage names no issuer)."""
    for verb in idx.sent_tokens(sent):
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _NEED \
                or not any(c.dep_ == "dobj" and c.lemma_.lower() in _PERMITS for c in verb.children):
            continue
        goods = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in L.EXPORT_NOUNS]
        say = verb.head if verb.dep_ == "ccomp" else next(
            (c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in L.SAY_VERBS), None)
        if not goods or say is None or say.lemma_.lower() not in L.SAY_VERBS or say.i == verb.i:
            continue
        actors = [a for t in subject_tokens(say) for a in args_of(t, idx, role="subj") if a.entity.type in GOV]
        if not actors:
            continue
        exclude = {a.entity.iri for a in actors}
        objs = [a for g in goods for q in _pobjs(g, ("of", "to")) for a in args_of(q, idx, role="obj", exclude=exclude)
                if a.entity.type in TARGETS | {"Product"} and not a.indirect]
        yield from NEEDS_LICENCE.pairs(actors, dedupe(objs), "restricts", _asserted(verb) and _asserted(say),
                                       (verb.idx,))


MADE_BY = define("fed:hyphen-maker", preds=("develops", "manufactures"), conf=0.75,
                 example="Huawei-designed Kirin chips are made by SMIC.")


@matcher(MADE_BY)
def hyphen_maker(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Huawei-designed Kirin chips", "SMIC-made processors named Kirin": a company joined by a hyphen
    to a participle of making qualifies the product it made ("U.S.-made" names a country, not a maker)."""
    doc = sent.doc
    for part in idx.sent_tokens(sent):
        pred = L.MAKER_PARTICIPLES.get(part.lower_)
        if pred is None or part.dep_ not in ("amod", "compound") or part.i < 2 or doc[part.i - 1].text != "-":
            continue
        maker = idx.mention(doc[part.i - 2])
        if maker is None or maker.entity.type not in ("Company", "Organization"):
            continue
        noun = part.head
        # the product: a named product, or a name NER guessed before a product noun ("Kirin chips")
        products = [m for c in (noun, *(c for c in noun.lefts if c.dep_ in ("compound", "nmod")))
                    if (m := idx.mention(c)) is not None and m.entity.iri != maker.entity.iri
                    and (m.entity.type == "Product" or not m.entity.known and m.entity.type == "Company"
                         and c.i != noun.i and noun.lower_ in L.PRODUCT_NOUNS)]
        yield from MADE_BY.pairs([maker], dedupe(products), pred, True, (part.idx,))


SUE_TO_BLOCK = define("fed:sue-to-block", preds=("sues",), conf=0.75,
                      example="The FTC sued to block Kestrel Dynamics' acquisition of Orion Labs.")


@matcher(SUE_TO_BLOCK)
def sue_to_block(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "The FTC sued to block Kestrel's acquisition of Orion Labs": a suit with no defendant named after the
    verb is against the parties of the deal it sets out to stop."""
    for verb in idx.sent_tokens(sent):
        if _suit_noun(verb):
            verb = verb.head  # "filed a complaint challenging Kestrel's acquisition of Orion Labs"
        elif verb.lemma_.lower() != "sue" or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        for x in (*verb.children, *(c for d in verb.children if _suit_noun(d) for c in d.children)):
            if x.dep_ not in ("xcomp", "acl", "advcl") or x.lemma_.lower() not in L.DEAL_CHALLENGES \
                    or x.dep_ == "advcl" and x.tag_ != "VBG" and not any(c.dep_ == "aux" and c.lower_ == "to"
                                                                         for c in x.children):
                continue  # ("filed a lawsuit to block ...": the purpose hung on the verb)
            deals = [o for o in x.children if o.dep_ == "dobj" and (o.lemma_.lower() in L.TAKEOVER_NOUNS or (
                o.lemma_.lower() in L.SUED_PURCHASES and any(c.dep_ == "poss" for c in o.children)))]
            # "a lawsuit challenging Kestrel's monopolization of search": the suit is against the conduct's doer
            conduct = [c for o in x.children if o.dep_ == "dobj" and o not in deals and x.lemma_.lower() == "challenge"
                       and idx.mention(o) is None for c in o.children if c.dep_ == "poss"]
            if not deals and not conduct:
                continue
            subjs = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
            exclude = {a.entity.iri for a in subjs}
            parties = [a for d in deals for a in args_of(d, idx, role="obj", exclude=exclude)]
            parties += [a for c in conduct for a in args_of(c, idx, role="obj", exclude=exclude) if a.entity.type in ORGS]
            yield from SUE_TO_BLOCK.pairs(subjs, dedupe(parties), "sues", _asserted(verb), (verb.idx,))


CHAIN = define("fed:agency-chain", preds=("owns",), conf=0.75,
               example="Special Agent Ann Wu of the U.S. Department of Commerce, Bureau of Industry and Security")


@matcher(CHAIN, phase=ENTITY)
def agency_chain(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A federal body's address written as the chain of its parts, each after a comma with no "the": "of the U.S.
    Department of Commerce, Bureau of Industry and Security, Office of Export Enforcement" (each part a unit of the
    body before it: a name with "Bureau", "Office", "Division" ...). A list of bodies is no chain: it has "and" or
    "or" after it, or a determiner before its items ("the FBI, the Bureau of ..."). A title's remit is no part of it:
    "the Assistant Secretary for Export Enforcement, Bureau of Industry and Security" names one body, the bureau.
    A Federal Register AGENCY line or contact address runs the other way, from a unit up to its department ("AGENCY:
    Office of Foreign Assets Control, Treasury."; "Office of ..., Bureau of Industry and Security, Department of
    Commerce"): a chain that ends with a department and does not open with one is read upward, each unit the next
    part's (a committee in it is no unit: "Chair, End-User Review Committee, Office of ..." says nothing of its owner)."""
    doc = sent.doc
    bodies, seen = [], set()
    for tok in idx.sent_tokens(sent):
        span = idx.tok2m[tok.i][0] if tok.i in idx.tok2m else None
        if span is not None and span.start not in seen and (arg := idx.mention(tok, actor=False)) is not None \
                and not _remit(tok.i, idx):
            seen.add(span.start)
            bodies.append((span, arg))
    run: list = []
    for span, arg in [*bodies, (None, None)]:
        if span is not None and run and arg.entity.type == "GovernmentBody" and span.start == run[-1][0].end + 1 \
                and doc[run[-1][0].end].text == ",":
            run.append((span, arg))
            continue
        if len(run) > 1 and not any(t.lower_ in ("and", "or") for t in doc[run[-1][0].end: run[-1][0].end + 2]):
            upward = _department(run[-1][1]) and not _department(run[0][1])
            for (_, a), (b_span, b) in zip(run, run[1:]):
                if upward and is_agency_unit(a.entity.label) and a.entity.iri != b.entity.iri:
                    yield CHAIN.fact(b, "owns", a, (doc[b_span.start - 1].idx,))  # "Office of X, Bureau of Y, Department of Z"
                elif not upward and is_agency_unit(b.entity.label) and a.entity.iri != b.entity.iri:
                    yield CHAIN.fact(a, "owns", b, (doc[b_span.start - 1].idx,))
        run = [(span, arg)] if span is not None and arg.entity.type == "GovernmentBody" else []


HEADING = define("fed:heading-chain", preds=("owns",), conf=0.75,
                 example="DEPARTMENT OF COMMERCE Bureau of Industry and Security 15 CFR Part 744 [Docket No. 1]")


@matcher(HEADING, phase=ENTITY)
def heading_chain(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A Federal Register rule's heading names its department and, right after it with no comma, the unit that issues
    the rule, then the title of the Code it amends: "Department of Commerce Bureau of Industry and Security 15 CFR
    Parts 744" (the department owns the unit, as the AGENCY line says it the other way round)."""
    doc = sent.doc
    for tok in idx.sent_tokens(sent):
        if tok.i not in idx.tok2m or idx.tok2m[tok.i][0].start != tok.i or (a := idx.mention(tok, actor=False)) is None \
                or a.entity.type != "GovernmentBody" or not _department(a):
            continue
        end = idx.tok2m[tok.i][0].end
        if end not in idx.tok2m or idx.tok2m[end][0].start != end or (b := idx.mention(doc[end], actor=False)) is None:
            continue
        after = idx.tok2m[end][0].end
        if b.entity.type == "GovernmentBody" and is_agency_unit(b.entity.label) and b.entity.iri != a.entity.iri \
                and any(t.text == "CFR" for t in doc[after: after + 4]):
            yield HEADING.fact(a, "owns", b, (doc[end].idx,))


def _department(arg) -> bool:
    """A cabinet department or ministry, the top of a federal address (no unit of another body)."""
    words = arg.entity.label.lower().split()
    return ("department" in words or "ministry" in words) and not is_agency_unit(arg.entity.label)


def _suit_noun(tok: Token) -> bool:
    """A lawsuit or complaint filed or brought: the direct object of a verb, no defendant named with it."""
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and L.NOUNS.get(tok.lemma_.lower(), ("",))[0] == "sues" \
        and not any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children)


ACCOUNTABLE = define("fed:hold-accountable", preds=("accuses",), conf=0.7,
                     example="BIS took action to hold Kestrel Labs accountable for its unlawful exports.")


@matcher(ACCOUNTABLE)
def hold_accountable(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "BIS took action to hold Russia accountable for its unlawful attempt to annex ...": a body that holds a party
    accountable for a wrong it names (WRONG_GROUNDS) accuses the party; the body is the subject of "hold" or, for a
    purpose ("took action to hold"), of the verb it serves. "for its actions" names no wrong; "we" names no body."""
    if sent_words(sent, idx).isdisjoint(("accountable", "account")):
        return
    for verb in idx.sent_tokens(sent):
        if verb.lemma_.lower() != "hold" or verb.pos_ != "VERB":
            continue
        # "hold X accountable for"; "hold X to account for" (the parser may make "account" a verb with X its subject)
        acc = next((c for c in verb.children if c.lower_ == "accountable" or c.lower_ == "account"
                    and c.i > 0 and c.doc[c.i - 1].lower_ == "to"), None)
        grounds = [p for c in (acc.children if acc is not None else ()) if c.dep_ == "prep" and c.lower_ == "for"
                   for p in c.subtree]
        if not any(t.lemma_.lower() in L.WRONG_GROUNDS for t in grounds):
            continue
        parties = [t for t in acc.children if t.dep_ == "nsubj"] + [t for t in verb.children if t.dep_ == "dobj"]
        actor_verb = verb.head if verb.dep_ in ("advcl", "xcomp") and not subject_tokens(verb) else verb
        if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB":
            actor_verb = verb.head.head  # "takes another significant action to hold Putin ... accountable"
        actors, held = _body_and_parties(actor_verb, parties, idx)
        yield from ACCOUNTABLE.pairs(actors, held, "accuses", _asserted(actor_verb), (verb.idx,))


def _body_and_parties(actor_verb: Token, party_toks: list, idx: DocIndex) -> tuple[list, list]:
    """The government bodies or states that are actor_verb's subject, and the parties (companies, states, people)
    party_toks name besides them: who holds whom accountable, who makes whom pay a price."""
    actors = [a for t in subject_tokens(actor_verb) for a in args_of(t, idx, role="subj")
              if a.entity.type in ("GovernmentBody", "Country")]
    exclude = {a.entity.iri for a in actors}
    return actors, dedupe([a for t in party_toks for a in args_of(t, idx, role="obj", exclude=exclude)
                           if a.entity.type in ORGS | {"Country", "Person"}])


PAY_PRICE = define("fed:pay-price", preds=("sanctions",), conf=0.7,
                   example="Treasury took action to ensure that Kestrel Labs pays a price for its exports to Iran.")


@matcher(PAY_PRICE)
def pay_price(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Commerce, along with the entire Administration, have taken action to ensure that Russia, and its enablers,
    pay a price for their actions", "will make Kestrel pay a price": a body that sees to it that a party pays a price
    penalises the party; the body is the subject of "ensure"/"make" or of the verb whose action it is."""
    if "price" not in sent_words(sent, idx):
        return
    for pay in idx.sent_tokens(sent):
        ensure = pay.head
        if pay.lemma_.lower() != "pay" or not any(c.dep_ == "dobj" and c.lemma_.lower() == "price" for c in pay.children) \
                or pay.dep_ not in ("ccomp", "xcomp") or ensure.lemma_.lower() not in ("ensure", "make"):
            continue
        actor_verb = ensure.head.head if ensure.dep_ == "acl" and ensure.head.dep_ == "dobj" else ensure
        actors, payers = _body_and_parties(actor_verb, subject_tokens(pay), idx)
        yield from PAY_PRICE.pairs(actors, payers, "sanctions", _asserted(actor_verb), (pay.idx,))


PROSECUTION_DEAL = define("fed:prosecution-deal", preds=("regulates",), conf=0.7,
                          example="The Justice Department entered into a deferred prosecution agreement with Kestrel Labs.")


@matcher(PROSECUTION_DEAL)
def prosecution_deal(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "The Justice Department entered into a Non-Prosecution Agreement with Vorago", "Kestrel Labs entered into a
    plea agreement with the Justice Department": an agreement that ends a prosecution is the government side's hold
    on the other side (regulates), whichever the sentence starts from; between two companies it is nothing."""
    if sent_words(sent, idx).isdisjoint(L.PROSECUTION_DEALS):
        return
    for noun in idx.sent_tokens(sent):
        if noun.lemma_.lower() != "agreement" or not any(c.lemma_.lower() in L.PROSECUTION_DEALS for c in noun.lefts):
            continue
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head  # "entered into an agreement", "signed an agreement"
        if verb.pos_ != "VERB":
            continue
        side = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
        other = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
                 if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")]
        for a in dedupe(side):
            for b in dedupe(other):
                gov, party = (a, b) if a.entity.type in GOV else (b, a)
                if gov.entity.type in GOV and party.entity.type in ORGS | {"Person"}:
                    yield PROSECUTION_DEAL.fact(gov, "regulates", party, (noun.idx,), asserted=_asserted(verb))


RESPONDENTS = define("fed:respondents", preds=("regulates",), conf=0.7,
                     example="The Commission has identified the following as respondents in this investigation: "
                             "Kestrel Lighting Inc., of Orvane, CA; Vega Lamps Ltd., of Harbor City, Taiwan")


@matcher(RESPONDENTS)
def respondents(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "The USITC has identified the following as respondents in this investigation: A, of ...; B, of ...": the parties
    a government body names as respondents of its own proceeding are under its investigation (regulates, as an
    investigation of a party is); the list after the colon, as a designation's."""
    if "respondent" not in sent_words(sent, idx):
        return
    for noun in idx.sent_tokens(sent):
        if noun.lemma_.lower() != "respondent" or noun.dep_ != "pobj" or noun.head.lower_ != "as":
            continue
        verb = noun.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # "identified the following as respondents": "as" hangs on "following"
        actors = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj") if a.entity.type == "GovernmentBody"]
        colon = _colon_after(noun, verb, sent) if actors else None
        if colon is None:
            continue
        yield from RESPONDENTS.pairs(actors, _items_after(colon, {a.entity.iri for a in actors}, idx), "regulates",
                                     modality(verb)[0], (noun.idx,))


def _items_after(colon: Token, exclude: set[str], idx: DocIndex) -> list:
    """The companies and people that open the items of a list after a colon: right after the colon, a ";", a bullet
    "-", or an "and" after a comma or ";" (not the places an item goes on with: "A, of Orvane, CA; B")."""
    doc, out = colon.doc, []
    for t in doc[colon.i + 1: colon.sent.end]:
        hit = idx.tok2m.get(t.i)
        if hit is None or hit[0].start != t.i or (m := idx.mention(t, actor=False)) is None \
                or m.entity.type not in ORGS | {"Person"} or m.entity.iri in exclude:
            continue
        k = t.i - 1
        if doc[k].text in ("-", "\u2022") and k > colon.i:
            k -= 1  # a bullet
        if k == colon.i or doc[k].text == ";" or doc[k].lower_ == "and" and doc[k - 1].text in (",", ";"):
            out.append(m)
    return dedupe(out)
