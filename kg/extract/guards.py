"""Named guards: the exceptions to a frame, as functions the frames table names.

A guard takes the trigger verb and the DocIndex and says whether the frame may be read
(True) or is vetoed (False). frames.toml attaches guards to frames by name
(`guards = ["not_a_divestment"]`); every name used there must exist here, which is checked
when this module loads. The clause readings that change a frame rather than veto it (a
stopped supply is a restriction, a withheld release is a restriction) are named here too.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from . import lexicon as L
from .dealref import ruled_deal
from .syntax import args_of, object_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .index import DocIndex


def not_a_sentence_served(verb: Token, idx: DocIndex) -> bool:
    """ "is serving a life term at Soledad Prison": a prisoner, not an employee."""
    return not any(o.lemma_.lower() in ("term", "sentence", "time") for o in object_tokens(verb, "dobj"))


# Armed forces: a person "served in" one ("the Soviet Army", "the Navy"), no market a company serves.
ARMED_FORCES = {"army", "navy", "military", "force", "forces", "marines", "marine", "corps", "guard", "regiment",
                "battalion", "brigade", "legion", "fleet", "militia"}


def not_armed_service(verb: Token, idx: DocIndex) -> bool:
    """ "In 1982 Yefremov served in Soviet Army": service in an armed force (NER may take the soldier for a body), not a
    market supplied; "serves the Army" as a customer (a direct object) stays a supply."""
    return not any(t.lemma_.lower() in ARMED_FORCES for prep in verb.children if prep.dep_ == "prep"
                   and prep.lower_ in ("in", "with") for p in prep.children if p.dep_ == "pobj" for t in p.subtree)


def money_changes_hands(verb: Token, idx: DocIndex) -> bool:
    """ "received 900 billion yen from the government" is an investment; "received an order from
    Apple" is not: the object must be money or funding."""
    # (a name's own word is no money: "clearance from the Committee on Foreign Investment")
    return any(o.lemma_.lower() in L.FUNDING or o.ent_type_ == "MONEY"
               or any(c.lemma_.lower() in L.FUNDING and c.i not in idx.tok2m or c.ent_type_ == "MONEY"
                      for c in o.subtree)
               for o in object_tokens(verb, "dobj"))


def _with_objects(verb: Token) -> list:
    return [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for p in prep.children if p.dep_ == "pobj"]


def funded_with(verb: Token, idx: DocIndex) -> bool:
    """ "awarded Samsung and Texas Instruments with $6 billion", "provided Intel with $8.5 billion in
    funding": the party named as object receives money; "provided Intel with chips" is no investment."""
    return any(t.ent_type_ == "MONEY" or t.lemma_.lower() in L.FUNDING_NOUNS
               for p in _with_objects(verb) for t in p.subtree)


def goods_with(verb: Token, idx: DocIndex) -> bool:
    """ "provided Huawei with chips": goods handed to the party named as object; "provided Huawei with
    guidance" hands over no goods."""
    return any(p.lemma_.lower() in L.MAKER_GOODS | L.SERVICE_GOODS or p.lower_ in L.MAKER_GOODS for p in _with_objects(verb))


def goods_change_hands(verb: Token, idx: DocIndex) -> bool:
    """ "Russia imports machine tools from China": goods bought from a seller are supplied by it;
    not money ("received $1 billion from"), a company or a holding ("bought Arm from SoftBank"),
    an order, a permission or a document ("obtained a license from BIS"), a share ("buy 5 percent from Vodafone")."""
    objs = [_goods_priced(o) for o in object_tokens(verb, "dobj")]
    return bool(objs) and not any(
        o.ent_type_ in ("MONEY", "ORG", "GPE", "PERSON", "PERCENT") or idx.mention(o) is not None
        or o.lemma_.lower() in L.FUNDING | L.HOLDINGS | NOT_GOODS or o.pos_ == "PRON"
        or any(c.ent_type_ == "MONEY" for c in o.subtree) for o in objs)


def _goods_priced(obj: Token) -> Token:
    """ "buy $300 billion in computing power from Oracle": an amount "in"/"of"/"worth of" goods stands for the
    goods (money, holdings and papers stay what they are: "$2 billion of shares", "$1 billion in bonds")."""
    if obj.ent_type_ != "MONEY" and obj.lemma_.lower() not in L.MONEY:
        return obj
    goods = [p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "worth")
             for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.ent_type_ != "MONEY"
             and p.lemma_.lower() not in L.FUNDING | L.HOLDINGS | NOT_GOODS | PAPERS]
    return goods[0] if len(goods) == 1 else obj


PAPERS = {"bond", "debt", "equity", "note", "paper", "security", "stock", "treasury"}


NOT_GOODS = {"order", "license", "licence", "approval", "permission", "waiver", "exemption", "letter", "request",
             "information", "support", "help", "call", "complaint", "subpoena", "notice", "award", "contract",
             "praise", "criticism", "offer", "bid", "answer", "response", "warning", "message", "email", "data",
             # words and permissions, not goods: "received clarifications from the government", "got the go-ahead"
             "clarification", "guidance", "assurance", "confirmation", "instruction", "advice", "feedback", "reply",
             "invitation", "clearance", "authorization", "authorisation", "permit", "consent", "endorsement",
             "go-ahead", "nod", "signal", "question", "inquiry", "summons", "ruling", "verdict"}


def not_a_divestment(verb: Token, idx: DocIndex) -> bool:
    """ "SoftBank sold its stake in Nvidia": selling a holding is divesting, not supplying."""
    return not any(o.lemma_.lower() in L.HOLDINGS and not idx.mention(o) for o in object_tokens(verb, "dobj"))


def regulated_status(verb: Token, idx: DocIndex) -> bool:
    """ "designated Alphabet and Apple as gatekeepers under the Digital Markets Act": a status that
    brings rules with it, not a penalty (the Commission regulates them; it does not sanction them)."""
    return any(p.lemma_.lower() in L.REGULATED_STATUS or any(c.lemma_.lower() in L.REGULATED_STATUS for c in p.subtree)
               for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
               for p in prep.children if p.dep_ == "pobj")


def not_a_regulated_status(verb: Token, idx: DocIndex) -> bool:
    return not regulated_status(verb, idx)


def listing_status(verb: Token, idx: DocIndex) -> bool:
    """ "identified Alpha Ltd. as blocked property", "named X as a Chinese military company", or under a
    sanctions authority: the status is a listing; "named Ann Wu as its chief executive" is not."""
    holders = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
    if any(c.lower_ in ("pursuant", "under") and any(t.lower_ in L.SANCTION_AUTHORITIES for t in c.subtree)
           for h in holders for c in h.children):  # "identified eight entities pursuant to E.O. 13959": on the object too
        return True  # "identified Alpha Ltd. pursuant to E.O. 13959": the act is under a sanctions authority
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pcomp" and (g.lemma_.lower() in L.SANCTION_GROUNDS or any(
                k.lemma_.lower() in L.SANCTION_GROUNDS for k in g.conjuncts)) for g in c.children)
           for c in verb.children):
        return True  # "identified for operating in the surveillance technology sector": the grounds of a listing
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in L.SANCTION_GROUND_NOUNS
                                                          for g in c.children) for c in verb.children):
        return True  # "identified eight entities for their involvement in the surveillance sector"
    return any(t.lemma_.lower() in L.LISTING_STATUS or t.lower_ in L.LISTING_STATUS
               for h in holders for prep in h.children if prep.dep_ in ("prep", "oprd") and prep.lower_ == "as"
               for t in prep.subtree)


def licence_object(verb: Token, idx: DocIndex) -> bool:
    """ "revoked export licenses for Huawei": what is taken away is a licence, so "for" names its holder."""
    return any(o.lemma_.lower() in L.LICENCE_NOUNS for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))


def dealings_object(verb: Token, idx: DocIndex) -> bool:
    """ "suspended business with Huawei", "halted dealings with Kestrel": what stops is the dealings, so "with"
    names the one cut off."""
    return any(o.lemma_.lower() in L.DEALINGS_NOUNS and idx.mention(o) is None
               for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))


def not_a_tie_formed(verb: Token, idx: DocIndex) -> bool:
    """ "formed a partnership with Mistral AI": forming a tie with a company founds nothing (the partner is reached
    through the deal noun); "formed Kestrel Labs in 2019" still reads."""
    return not any(o.lemma_.lower() in L.DEAL_NOUNS and idx.mention(o) is None
                   and not any(c.dep_ == "appos" for c in o.children)
                   for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))


def takeover_object(verb: Token, idx: DocIndex) -> bool:
    """ "blocked Kestrel's acquisition of Orion Labs": a regulator ruling on a takeover governs its parties."""
    return any(o.lemma_.lower() in L.TAKEOVER_NOUNS or ruled_deal(o)  # "blocked the deal" (dealref.py)
               or o.lemma_.lower() in L.DEAL_REFS and any(p.dep_ == "prep" and p.lower_ in ("between", "with")
                                                          or p.dep_ == "poss" for p in o.children)
               for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))  # "the deal between A and B", "A's deal with B"


def goods_made(verb: Token, idx: DocIndex) -> bool:
    """ "Orvane made a bid for Kestrel", "made an investment in X": what is made is an offer or an event, not goods
    (the event noun's own frame reads it)."""
    return not any(o.lemma_.lower() in L.TAKEOVER_NOUNS or o.lemma_.lower() in L.DEAL_NOUNS or o.lemma_.lower() in L.NOUNS
                   for o in verb.children if o.dep_ in ("dobj", "nsubjpass") and idx.mention(o) is None)


def made_by_the_signer(verb: Token, idx: DocIndex) -> bool:
    """ "Kestrel signed a deal with Orvane to produce its chips": an infinitive after a deal with another party does
    not tell which of the two companies makes the goods (under a foundry deal, the partner); the signer is not read
    as the maker."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.dep_ not in ("advcl", "acl", "relcl"):
        return True
    head = verb.head
    deals = [n for n in (head, *(c for c in head.children if c.dep_ == "dobj")) if n.lemma_.lower() in L.COMMITMENT_NOUNS]
    return not deals or not any(p.dep_ == "pobj" and (m := idx.mention(p)) is not None and m.entity.type == "Company"
                                for n in deals + [head] for c in n.children if c.dep_ == "prep" and c.lower_ == "with"
                                for p in c.children)  # (a customer's order is no such deal: "a contract with the army")


def not_a_takeover(verb: Token, idx: DocIndex) -> bool:
    return not takeover_object(verb, idx)


def not_a_unit_bought(verb: Token, idx: DocIndex) -> bool:
    """ "Bloomberg purchased a Huawei Mate 60 Pro": buying one of a product is a purchase, not a takeover
    ("Meta acquired Instagram" still reads)."""
    return not any(c.dep_ in ("det", "nummod") and (c.lower_ in ("a", "an") or c.dep_ == "nummod")
                   for o in object_tokens(verb, "dobj") if (m := idx.mention(o)) is not None
                   and m.entity.type == "Product" for c in o.children)


def not_a_measure_undone(verb: Token, idx: DocIndex) -> bool:
    """ "suspended its ban on Kestrel Labs", "halted the tariffs on Orion": undoing a measure lifts a
    restriction, it imposes none; "suspended shipments to Peru" and "halted sales to Orion" restrict."""
    return verb.lemma_.lower() not in L.UNDOING or not any(
        o.lemma_.lower() in L.RESTRICTIVE_MEASURES for o in object_tokens(verb, "dobj"))


def a_company_leaves_a_market(verb: Token, idx: DocIndex) -> bool:
    """ "Google pulled its services from China", "Kestrel withdrew its app from the EU": a company taking its goods
    out of a country withholds them from it; not "pulled its ambassador from X" (a state), "withdrew from the deal"
    (no place) nor "pulled chips from inventory"."""
    from .index import ORGS
    from .syntax import subject_tokens

    subjs = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
    places = [a for t in object_tokens(verb, "prep:from") for a in args_of(t, idx, role="obj")]
    return bool(subjs) and all(a.entity.type in ORGS for a in subjs) \
        and bool(places) and all(a.entity.type in ("Country", "Region") for a in places)


def state_orders_a_party(verb: Token, idx: DocIndex) -> bool:
    """ "CFIUS ordered ByteDance to divest TikTok", "the FCC directed China Telecom to stop": a government
    body or state telling a party what to do governs it; "Apple ordered TSMC to ..." is a customer's order,
    and "ordered 10,000 chips" no command at all."""
    if not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    # "Italy's data protection authority, the Garante, ordered ...": the subject as the rules read it
    subjs = [m for c in verb.children if c.dep_ == "nsubj" for m in args_of(c, idx, role="subj")] or [
        m for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"  # "was ordered by X"
        for m in args_of(p, idx, role="subj")]
    return bool(subjs) and all(m.entity.type in ("GovernmentBody", "Country") for m in subjs)


def a_state_targets_a_party(verb: Token, idx: DocIndex) -> bool:
    """ "OFAC also targeted Sovcomflot", "China targeted Micron": a government body or state taking aim at a
    named company or person; "Apple targeted the Chinese market" and "targeted the surveillance sector" are
    no measure."""
    subjs = [m for c in verb.children if c.dep_ == "nsubj" for m in (
        [idx.mention(c)] if c.lower_ != "it" else args_of(c, idx, role="subj")) if m is not None]  # "It also targeted"
    objs = [m for o in object_tokens(verb, "dobj") if (m := idx.mention(o)) is not None]
    return bool(subjs) and bool(objs) and all(m.entity.type in ("GovernmentBody", "Country") for m in subjs) \
        and all(m.entity.type in ("Company", "Organization", "Person") for m in objs)


_INQUIRIES = {"investigation", "probe", "inquiry", "review", "matter", "case", "inspection"}


def not_an_inquiry_assisted(verb: Token, idx: DocIndex) -> bool:
    """ "Kestrel Labs said it was cooperating with the Commission": a company or person helping the authority
    that inspects it is no partner of it; "Orion cooperates with the Ministry of Defence on drones" and two
    states cooperating are read by the other signs of a deal, not here."""
    subjs = [m for c in verb.children if c.dep_ == "nsubj" for m in args_of(c, idx, role="subj")]
    bodies = [m for p in _with_objects(verb) for m in args_of(p, idx, role="obj")]
    return not (subjs and bodies and all(m.entity.type in ("Company", "Organization", "Person") for m in subjs)
                and all(m.entity.type == "GovernmentBody" for m in bodies)
                and not any(c.dep_ == "prep" and c.lower_ in ("on", "in") and c.i > verb.i  # "... on drone research"
                            and not any(o.lemma_.lower() in _INQUIRIES for o in c.children) for c in verb.subtree))


def a_state_removes_goods(verb: Token, idx: DocIndex) -> bool:
    """ "Germany will phase out components from Huawei and ZTE", "Britain will purge Huawei equipment": a state
    or government body taking a maker's goods out of use; not "Apple will phase out Intel chips" (a customer
    changing supplier), nor "phased out its older models"."""
    subjs = [m for c in verb.children if c.dep_ == "nsubj" for m in args_of(c, idx, role="subj")]
    goods = [o for o in object_tokens(verb, "dobj") if o.lower_ in L.MAKER_GOODS]
    return bool(subjs) and bool(goods) and all(m.entity.type in ("GovernmentBody", "Country") for m in subjs)


_OUSTING = {"ban", "bar", "block", "exclude", "phase", "prohibit", "purge", "remove", "restrict", "rip", "strip"}


def ordered_out(verb: Token, idx: DocIndex) -> bool:
    """ "ordered Huawei equipment to be purged", "ordered the app to be removed from stores": what is ordered is
    a ban on the object, not a rule it must follow ("ordered ByteDance to divest TikTok" stays a regulation)."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _OUSTING and any(a.dep_ == "auxpass" for a in c.children)
               for c in verb.children)


def not_ordered_out(verb: Token, idx: DocIndex) -> bool:
    return not ordered_out(verb, idx)


def a_body_looks_into_a_party(verb: Token, idx: DocIndex) -> bool:
    """ "The Antitrust Division has been looking at Google", "the FTC is looking into Nvidia": a government body
    examining a named company or person investigates it; "analysts are looking at Google" and "looked at the
    market" are no enforcement."""
    subjs = [m for c in verb.children if c.dep_ == "nsubj" for m in args_of(c, idx, role="subj")]
    objs = [m for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "into")
            for o in p.children if o.dep_ == "pobj" and (m := idx.mention(o)) is not None]
    return bool(subjs) and bool(objs) and all(m.entity.type == "GovernmentBody" for m in subjs) \
        and all(m.entity.type in ("Company", "Organization", "Person") for m in objs)


def stopped(verb: Token) -> bool:
    """ "stop shipping to China", "halt sales": the verb is what someone stops doing."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in L.STOP_VERBS


def withheld(lemma: str, why: str, verb: Token | None = None) -> bool:
    """ "would not release its model in the EU": a negated release withholds, so restricts. A supplier
    withholds only by a refusal that looks ahead ("TSMC said it would not supply Huawei"); "did not
    supply Huawei last year" is a plain negation."""
    if verb is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in L.INFO_NOUNS for c in verb.children):
        return False  # "declined to provide a comment to Reuters": information kept back restricts no one
    if why == "negated" and lemma in L.WITHHOLD_AHEAD and verb is not None:
        # (or a refusal: "refused to license key patents to rival chipmakers" withholds them; "failed to" does not)
        return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll") for c in verb.children) \
            or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline")
    return why == "negated" and lemma in L.WITHHOLD


def permission_withheld(verb: Token, idx: DocIndex) -> bool:
    """ "will not allow", "no longer allows", "never permitted": a permission refused or taken back."""
    return any(c.dep_ == "neg" or c.lower_ == "never" or c.lower_ == "longer" and any(n.dep_ == "neg" for n in c.children)
               for c in verb.children)


LESS = {"less", "fewer"}
PERMIT_GIVEN = {"grant", "issue", "approve", "receive", "obtain", "win", "get", "hold", "secure", "give"}


def a_supply_that_happens(verb: Token, idx: DocIndex) -> bool:
    """ "would export less chip technology to China" cuts a supply, and "revoked a licence for Kestrel to
    ship drills to Peru" takes one away: neither tells that the supply happens. A licence granted or
    held to do it still does."""
    if any(c.lower_ in LESS for o in object_tokens(verb, "dobj") for c in o.children if c.dep_ in ("amod", "advmod")):
        return False
    if any(c.lower_ in LESS and c.dep_ in ("dobj", "advmod") for c in verb.children):
        return False  # "would ship less to Peru"
    if any(o.lemma_.lower() in L.FUNDING_NOUNS or o.ent_type_ == "MONEY" and any(
            p.lemma_.lower() in L.FUNDING_NOUNS for q in o.children if q.dep_ == "prep" and q.lower_ == "in"
            for p in q.children) for o in object_tokens(verb, "dobj")):
        return False  # "will provide subsidies to Rapidus", "$20 billion in grants to X": money invested, not supplied
    first = verb
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ in ("pcomp", "pobj") and first.head.lower_ in ("on", "against") \
            and first.head.head.lemma_.lower() in BAN_NOUNS:
        return False  # "upheld a ban on Kestrel selling its watches in Norland": the sale is what is stopped
    head = verb.head
    if verb.dep_ in ("advcl", "acl", "relcl") and head.lemma_.lower() in L.PERMIT_NOUNS:
        holder = head.head
        while holder.dep_ in ("conj", "appos", "pobj", "prep") and holder.head.i != holder.i:
            holder = holder.head
        return holder.pos_ in ("VERB", "AUX") and holder.lemma_.lower() in PERMIT_GIVEN
    return True


BAN_NOUNS = {"ban", "embargo", "moratorium", "prohibition"}
SELLING = {"export", "sell", "ship", "supply", "provide", "deliver", "reexport", "transfer", "license"}


def not_the_sellers(verb: Token, idx: DocIndex) -> bool:
    """ "barred American companies from exporting tools to China" keeps sellers from selling: the
    restriction falls on the buyers, not on the sellers' country ("barred Chinese firms from buying"
    and "barred Kestrel from exporting" still read)."""
    sellers = any(o.lemma_.lower() in L.MARKET_NOUNS and idx.mention(o) is None for o in object_tokens(verb, "dobj"))
    return not (sellers and any(p.lower_ == "from" and any(g.lemma_.lower() in SELLING for g in p.children
                                                            if g.dep_ in ("pcomp", "pobj"))
                                for p in verb.children if p.dep_ == "prep"))


ORDER_NOUNS = {"order", "contract", "purchase order", "business"}  # "secured business from OpenAI" (news8)


def an_order_is_won(verb: Token, idx: DocIndex) -> bool:
    """ "Samsung won an order from Tesla", "landed a contract from the Pentagon": a supplier's win (not "received
    such an order from the antitrust watchdog": a ruling; not a cease-and-desist or court order)."""
    return any(o.lemma_.lower() in ORDER_NOUNS and not _ruling(o) for o in object_tokens(verb, "dobj"))


RULING_SOURCES = {"authorities", "authority", "commission", "court", "judge", "regulator", "tribunal", "watchdog"}


def _ruling(order: Token) -> bool:
    """An order a regulator or court gives: from a watchdog, a court ("receive an order from the watchdog"),
    or named for what it commands ("a cease-and-desist order", "a court order")."""
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in ("court", "desist", "executive", "restraining", "gag")
           for c in order.subtree if c.i < order.i):
        return True
    return any(p.lower_ == "from" and any(o.dep_ == "pobj" and o.lemma_.lower() in RULING_SOURCES for o in p.children)
               for p in [*order.children, *order.head.children] if p.dep_ in ("prep", "agent"))


def not_an_order(verb: Token, idx: DocIndex) -> bool:
    """ "secured an order from Tesla" is a sale, not money raised from Tesla."""
    return not an_order_is_won(verb, idx)


def a_body_grants_leave(verb: Token, idx: DocIndex) -> bool:
    """ "China Unicom Americas received section 214 authorization from the FCC": a government body's leave to act
    (an approval, authorisation, licence, permit or clearance) governs who receives it; "a licence from Qualcomm"
    (a company's patent licence) or "approval from its board" does not."""
    grants = [o for o in object_tokens(verb, "dobj") if o.lemma_.lower() in L.REGULATORY_GRANTS]
    # (or a state's officials: "approval from Chinese regulators", news9 probe)
    return bool(grants) and any(
        (m := idx.mention(p)) is not None and m.entity.type in ("GovernmentBody", "Country")
        or m is None and p.lemma_.lower() in L.GOV_NOUNS and any(
            a.entity.type in ("GovernmentBody", "Country") for a in args_of(p, idx, role="subj"))
        for h in (verb, *grants) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
        for p in c.children if p.dep_ == "pobj")


def software_made(verb: Token, idx: DocIndex) -> bool:
    """ "Anthropic, which makes the Claude chatbot": software is made by developing it, not by a
    factory (ONTOLOGY.md: manufactures is producing or assembling a product)."""
    return any(o.lemma_.lower() in L.SOFTWARE_NOUNS for o in object_tokens(verb, "dobj"))


def not_software(verb: Token, idx: DocIndex) -> bool:
    return not software_made(verb, idx)


def not_shares_bought(verb: Token, idx: DocIndex) -> bool:
    """ "SoftBank bought shares of Intel", "$2 billion of Intel's stock": shares bought are an investment
    (funding:shares-bought), not a takeover of the company."""
    from .rules.funding import shares_of
    return not any(shares_of(o, idx) for o in verb.children if o.dep_ == "dobj")


DEFENDANTS = frozenset({"defendant", "co-defendant", "codefendant", "respondent"})


def named_a_defendant(verb: Token, idx: DocIndex) -> bool:
    """ "The complaint names Kestrel Labs and Orvane as defendants": a filing that names a party as a defendant
    is legal action against it; "named Ann Wu as its chief executive" is not."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(p.dep_ == "pobj" and p.lemma_.lower() in DEFENDANTS
                                                             for p in c.children) for c in verb.children)


CULPRITS = frozenset({"perpetrator", "culprit", "attacker"})


def named_the_culprit(verb: Token, idx: DocIndex) -> bool:
    """ "The United States is formally naming the SVR as the perpetrator of the campaign": to name or identify a party
    as the perpetrator or culprit of an act is to accuse it; "named Ann Wu as its chief executive" is not."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(p.dep_ == "pobj" and p.lemma_.lower() in CULPRITS
                                                             for p in c.children) for c in verb.children)


def not_a_duty(verb: Token, idx: DocIndex) -> bool:
    """ "charging Kestrel and its partners with ensuring the country stays ahead": a party charged with a duty is given
    a task, not taken to court; "charged Orvane with violating export rules" stays a charge."""
    return not (verb.lemma_.lower() == "charge" and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ in ("pcomp", "pobj") and p.lemma_.lower() in L.DUTY_VERBS
                                                         for p in c.children) for c in verb.children))


def not_a_denial(verb: Token, idx: DocIndex) -> bool:
    """ "denying any business relationship with Kestrel", "denied ties to Orvane": denying a tie or a claim says it is
    untrue, it refuses no one; "denied Kestrel access to the network" still restricts."""
    return not (verb.lemma_.lower() == "deny" and any(
        o.lemma_.lower() in L.DENIED_CLAIMS for o in verb.children if o.dep_ == "dobj"))


def not_goods_cleared(verb: Token, idx: DocIndex) -> bool:
    """ "approved some exports of photoresist, hydrogen fluoride ...": a state clearing shipments of goods rules on no
    party when no company is named in them; "approved Kestrel's acquisition of Orvane" still regulates."""
    from .index import ORGS

    trade = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in L.EXPORT_NOUNS]
    return not trade or any((m := idx.mention(t, actor=False)) is not None and m.entity.type in ORGS
                            for o in trade for t in o.subtree)


GUARDS: dict[str, Callable[["Token", "DocIndex"], bool]] = {
    "not_a_denial": not_a_denial,  # news16
    "not_goods_cleared": not_goods_cleared,  # news16
    "not_a_duty": not_a_duty,  # news15
    "named_the_culprit": named_the_culprit,  # fed12, attribution of a cyber campaign
    "named_a_defendant": named_a_defendant,  # lead, federal suits
    "not_shares_bought": not_shares_bought,  # lead, news7's misses
    "software_made": software_made,  # issue 9
    "not_software": not_software,  # issue 9
    "an_order_is_won": an_order_is_won,  # lead
    "not_an_order": not_an_order,  # lead
    "not_a_sentence_served": not_a_sentence_served,
    "not_armed_service": not_armed_service,  # kn7
    "money_changes_hands": money_changes_hands,
    "not_a_divestment": not_a_divestment,
    "goods_change_hands": goods_change_hands,
    "regulated_status": regulated_status,
    "not_a_regulated_status": not_a_regulated_status,
    "listing_status": listing_status,
    "licence_object": licence_object,
    "dealings_object": dealings_object,
    "not_a_tie_formed": not_a_tie_formed,  # news5
    "takeover_object": takeover_object,  # lead
    "goods_made": goods_made,  # lead, news12's blocked deals
    "made_by_the_signer": made_by_the_signer,  # news14
    "a_state_targets_a_party": a_state_targets_a_party,  # lead
    "not_a_takeover": not_a_takeover,  # lead
    "not_a_measure_undone": not_a_measure_undone,  # lead
    "not_a_unit_bought": not_a_unit_bought,  # lead
    "state_orders_a_party": state_orders_a_party,  # fed lane
    "a_company_leaves_a_market": a_company_leaves_a_market,  # lead, news shapes
    "a_body_looks_into_a_party": a_body_looks_into_a_party,  # fed4 lane
    "funded_with": funded_with,  # lead
    "goods_with": goods_with,  # lead
    "a_supply_that_happens": a_supply_that_happens,  # news probe
    "not_the_sellers": not_the_sellers,  # news probe
    "permission_withheld": permission_withheld,  # news probe
    "not_an_inquiry_assisted": not_an_inquiry_assisted,  # news probe 4
    "a_state_removes_goods": a_state_removes_goods,  # news probe 4
    "ordered_out": ordered_out,  # news probe 4
    "not_ordered_out": not_ordered_out,  # news probe 4
    "a_body_grants_leave": a_body_grants_leave,  # fed5
}


def check_frames() -> None:
    """Every guard the frames table names exists."""
    for lemma, frames in L.VERBS.items():
        for f in frames:
            for g in f.guards:
                if g not in GUARDS:
                    raise L.FramesError(f"{L.FRAMES_FILE.name}: verb {lemma!r} names an unknown guard {g!r} "
                                        f"(guards: {', '.join(sorted(GUARDS))})")


def allows(frame: L.Frame, verb: Token, idx: DocIndex) -> bool:
    return all(GUARDS[g](verb, idx) for g in frame.guards)


check_frames()
