"""Where institutions sit and where places are, said the plainest ways news prose says them:
"the Court of Appeals in Denver", "Kestrel University in Austin", "Akron is in Ohio", "at Micron's Boise,
Idaho, headquarters"."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, PLACE, Arg, Candidate, DocIndex
from ..mentions import LEGAL_SUFFIX
from ..registry import ENTITY, define, matcher
from ..syntax import (args_of, described, is_passive, is_relative, modality, object_tokens, past_modifiers, span_end,
                      subject_tokens)

SEAT = define("place:seat", preds=("basedIn",), conf=0.75, example="the Orion Court of Appeals in Denver")
HQ_VERB = define("place:hq-verb", preds=("basedIn",), conf=0.8,
                  example="Nvidia has its headquarters in Santa Clara; Arm moved its head office to London")
BASED_OUT = define("place:based-out-of", preds=("basedIn",), conf=0.8, example="Lumora is based out of Denver")
POSS_HQ = define("place:poss-hq", preds=("basedIn",), conf=0.8, example="at Micron's Boise, Idaho, headquarters")
COPULA = define("place:copula", preds=("locatedIn",), conf=0.8, example="Akron is in Ohio.")


@matcher(SEAT, phase=ENTITY, words=L.SEATED_BODIES)
def seats(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A named institution that sits in one place, by the word its name is built on (a court, an
    embassy, a university, a ministry: L.SEATED_BODIES), with "in" a city or region hung on the
    name: the institution is based there. A company or a broadcaster "in" a city may only operate
    there, so only these names; and a delegation, a team or a mission "of" the institution travels
    ("a delegation of the Trade Ministry in Paris"), so the place is theirs, not the institution's."""
    for tok in idx.sent_tokens(sent):
        hit = idx.tok2m.get(tok.i)
        if hit is None or tok.i != hit[0].root.i:
            continue
        m = idx.mention(tok, actor=False)
        # basedIn is for companies and organisations (ONTOLOGY.md); a government body is part of its state
        if m is None or m.entity.type not in ORGS or tok.lemma_.lower() not in L.SEATED_BODIES:
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from") and tok.head.head.lemma_.lower() in L.MOBILE_GROUPS:
            continue
        envoy = tok.lemma_.lower() in L.ENVOY_SEATS  # an embassy "in" a country is seated there too
        span = hit[0]
        # "in" hung on the name, or any of "in", "at", "of" right after it, hung on a word inside
        # it: "the Institute of Zoology of Kunming", "Halvorsen University at Bergen"
        after = [tok.doc[span.end]] if span.end < len(tok.doc) and tok.doc[span.end].head.i in range(span.start, span.end) \
            and tok.doc[span.end].lower_ in ("in", "at", "of") else []
        # "taken to the Court of Justice in The Hague last July": the parser hung "in" on the verb, but a city
        # named right after a seated body is where it sits
        # (and a campus named with "at": "Ann Wu of the University of Orvane at Halden", "at" hung on the person)
        loose = [tok.doc[span.end]] if not after and span.end < len(tok.doc) and (tok.doc[span.end].lower_ == "in" or
                                                                                  tok.doc[span.end].lower_ == "at"
                                                                                  and tok.lemma_.lower() in CAMPUS) else []
        for prep in dict.fromkeys([*(c for c in tok.children if c.lower_ == "in"), *after, *loose]):
            if prep.dep_ != "prep" or prep.i < span.end:
                continue
            for p in prep.children:
                pl = idx.mention(p, actor=False) if p.dep_ == "pobj" else None
                if pl is None or pl.entity.type not in PLACE or pl.entity.iri == m.entity.iri \
                        or pl.entity.type == "Country" and not envoy or prep.lower_ == "of" and pl.entity.type != "City" \
                        or prep in loose and (pl.entity.type != "City" or idx.tok2m[p.i][0].start - prep.i
                                              not in (1, 2 if p.doc[prep.i + 1].lower_ == "the" else 1)):
                    continue  # "the Institute of Zoology of China" is a national body's name, not a seat
                yield SEAT.fact(m, "basedIn", pl, (prep.idx,))


CAMPUS = ("college", "university")  # names whose "at" names the campus's city ("State University of Kestrel at Halden")
HQ_WORDS = ("headquarters", "hq", "head-office")


@matcher(POSS_HQ, phase=ENTITY)
def possessed_headquarters(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "at Micron's Boise, Idaho, headquarters": a body's possessive, its city (with the state set off
    by commas) and the word for its head office. Read on the words, since the parser hangs the
    headquarters on the state and the possessive on the city. Only the head office: "Micron's Boise
    plant" is a site, and a body has many of those."""
    doc = sent.doc
    for tok in idx.sent_tokens(sent):
        body = idx.mention(tok, actor=False)
        if body is None or body.entity.type not in ORGS | {"GovernmentBody"} or tok.i + 2 >= sent.end \
                or span_end(tok, idx) != tok.i + 1 or doc[tok.i + 1].text not in ("'s", "'", "\u2019s"):
            continue
        k = tok.i + 2
        city = idx.mention(doc[k], actor=False)
        if city is None or city.entity.type not in ("City", "Region"):
            continue
        k = span_end(doc[k], idx)
        if k + 2 < sent.end and doc[k].text == "," and (st := idx.mention(doc[k + 1], actor=False)) is not None \
                and st.entity.type == "Region":
            k = span_end(doc[k + 1], idx)
            k += 1 if k < sent.end and doc[k].text == "," else 0
        if k < sent.end and doc[k].lower_ in HQ_WORDS:
            yield POSS_HQ.fact(body, "basedIn", city, (doc[k].idx,))


KEEP_HQ_VERBS = ("have", "keep", "maintain", "move", "relocate", "shift")


def _principal_office(d: Token) -> bool:
    """ "its principal place of business", "its principal executive offices", "its main office": the head office as
    filings and complaints name it."""
    return d.lemma_.lower() in ("place", "office") and any(c.lower_ in ("principal", "main", "head") for c in d.lefts) \
        and (d.lemma_.lower() == "office" or any(c.lower_ == "of" and any(b.lower_ == "business" for b in c.children)
                                                 for c in d.children))


@matcher(HQ_VERB, BASED_OUT, phase=ENTITY, words={*KEEP_HQ_VERBS, "base", "operate"})
def headquarters_verbs(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Nvidia has its headquarters in Santa Clara", "Arm moved its head office to London" (where it
    now is; "plans to move" or "is moving" is no fact yet), "Lumora is based out of Denver" (American
    for "based in"; "operates out of Denver" too). The clause's modality holds."""
    for verb in idx.sent_tokens(sent):
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if lemma in KEEP_HQ_VERBS:
            if lemma not in ("have", "keep", "maintain") and (verb.tag_ not in ("VBD", "VBN") or verb.dep_ == "xcomp"):
                continue  # "plans to move its headquarters", "is moving": not there yet
            hq = [d for d in verb.children if d.dep_ == "dobj" and (d.lower_ in HQ_WORDS or _principal_office(d))]
            # ("its principal place of business in Dorwick": the place may hang on "business")
            hq += [b for d in hq for c in d.children if c.dep_ == "prep" and c.lower_ == "of" for b in c.children
                   if b.dep_ == "pobj" and b.lower_ == "business"]
            preps = [p for d in hq for p in (*d.children, *verb.children) if p.dep_ == "prep"
                     and p.lower_ == ("in" if lemma in ("have", "keep", "maintain") else "to")]
            spec = HQ_VERB
        elif lemma in ("base", "operate"):  # "is based out of Denver", "operates out of Vladivostok"
            preps = [q for p in verb.children if p.dep_ == "prep" and p.lower_ == "out"
                     for q in p.children if q.dep_ == "prep" and q.lower_ == "of"]
            spec = BASED_OUT
        else:
            continue
        places = [a for p in preps for o in p.children if o.dep_ == "pobj"
                  and (a := idx.mention(o, actor=False)) is not None and a.entity.type in PLACE]
        # "is based out of": the subject of the passive is what is based ("a startup based out of Denver")
        holders = object_tokens(verb, "dobj") if lemma == "base" and is_passive(verb) else subject_tokens(verb)
        bodies = [a for t in holders for a in args_of(t, idx, role="subj")
                  if a.entity.type in ORGS | {"GovernmentBody"}] if places else []
        asserted = modality(verb)[0]
        for b in bodies:
            for pl in places:
                if pl.entity.iri != b.entity.iri:
                    yield spec.fact(b, "basedIn", pl, (verb.idx,), asserted=asserted)


LOCATED = ("City", "Region", "Facility", "Event")


@matcher(COPULA, phase=ENTITY)
def copula_places(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Akron is in Ohio", "The festival was in Vienna": a place, a site or an event that the copula
    puts "in" a place is located there; not when the clause is negated or hedged ("may be in").
    "Tempe is in Arizona and Boise in Idaho": a gapped clause says the same of its own pair."""
    for verb in idx.sent_tokens(sent):
        if verb.lemma_ != "be":
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        a = idx.mention(subj, actor=False) if subj is not None else None
        if a is None or a.entity.type not in LOCATED:
            continue
        asserted = modality(verb)[0]
        first = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        here = _place_after(first, idx) if first is not None else None
        if here is None or here.entity.iri == a.entity.iri:
            continue  # "Rome was in talks with ...": what follows "in" is no place
        yield COPULA.fact(a, "locatedIn", here, (first.idx,), asserted=asserted)
        root = idx.tok2m[_place_tok(first, idx).i][0].root
        for c in root.children:
            b = idx.mention(c, actor=False) if c.dep_ == "conj" else None
            if b is None or b.entity.type not in LOCATED:
                continue
            nxt = next((q for q in sent if q.i > c.i and q.lower_ == "in" and q.dep_ == "prep"
                        and q.head.i in (verb.i, root.i, c.i)), None)
            there = _place_after(nxt, idx) if nxt is not None else None
            if there is not None and there.entity.iri != b.entity.iri:
                yield COPULA.fact(b, "locatedIn", there, (nxt.idx,), asserted=asserted)


def _place_tok(prep: Token, idx: DocIndex) -> Token | None:
    toks = prep.doc
    i = past_modifiers(toks, prep.i + 1, idx)
    return toks[i] if i < len(toks) else None  # "Beijing's in": nothing after the preposition


def _place_after(prep: Token, idx: DocIndex) -> Arg | None:
    """The place right after "in" (past "the", "nearby", "southern"), when it is what "in" governs."""
    t = _place_tok(prep, idx)
    pl = idx.mention(t, actor=False) if t is not None else None
    if pl is None or pl.entity.type not in PLACE or idx.tok2m[t.i][0].root.head.i != prep.i:
        return None
    return pl


HOME_TO = define("place:home-to", preds=("basedIn",), conf=0.75,
                 example="Taiwan is home to TSMC; Japan, a country home to makers such as Nikon")


@matcher(HOME_TO, phase=ENTITY)
def home_to(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Taiwan is home to TSMC", "Japan, a country home to chip equipment makers such as Nikon and Tokyo
    Electron": the companies a place is home to are based there (not when negated: "is no longer home to")."""
    for tok in idx.sent_tokens(sent):
        if tok.lower_ != "home" or not (to := [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"]):
            continue
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "Taiwan is home to TSMC"
            holders, asserted = subject_tokens(tok.head), modality(tok.head)[0] and not _negated_noun(tok)
        elif tok.head.dep_ == "appos" or tok.dep_ == "appos":  # "Japan, a country home to ..."
            holders, asserted = [tok.head.head if tok.head.dep_ == "appos" else tok.head], True
        else:
            continue
        places = [a for h in holders for a in args_of(h, idx, role="subj", actor=False) if a.entity.type in PLACE]
        named = [p for prep in to for p in prep.children if p.dep_ == "pobj"]
        named += [q for p in named if idx.mention(p) is None for c in p.children
                  if c.dep_ == "prep" and c.lower_ in ("as", "like", "including") for q in c.children if q.dep_ == "pobj"]
        orgs = [a for p in named for a in args_of(p, idx, role="obj") if a.entity.type in ORGS]
        for pl in places:
            for o in orgs:
                yield HOME_TO.fact(o, "basedIn", pl, (tok.idx,), asserted=asserted)


def _negated_noun(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


UNDER_LAWS = define("place:under-laws", preds=("basedIn",), conf=0.75,
                    example="Orvane Holdings, Inc., a corporation organized under the laws of Delaware")


@matcher(UNDER_LAWS, phase=ENTITY)
def under_laws(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Orvane Holdings, a corporation organized under the laws of Delaware", "Kestrel is incorporated under the laws
    of Hong Kong": a body formed under a place's law is seated there, as "a Delaware corporation" says (the formal
    style of orders and indictments)."""
    for law in idx.sent_tokens(sent):
        if law.lemma_.lower() != "law" or law.dep_ != "pobj" or law.head.lower_ != "under":
            continue
        verb = law.head.head
        if verb.lemma_.lower() not in L.MADE_AS_VERBS | {"exist", "charter"} or verb.tag_ != "VBN":
            continue
        places = [pl for prep in law.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children
                  if p.dep_ == "pobj" and (pl := idx.mention(p, actor=False)) is not None and pl.entity.type in PLACE]
        for body in _formed_body(verb, idx)[:1] if places else []:
            if body.entity.type in ORGS and body.entity.iri != places[0].entity.iri:
                yield UNDER_LAWS.fact(body, "basedIn", places[0], (law.idx,), asserted=modality(verb)[0])


def _formed_body(verb: Token, idx: DocIndex) -> list[Arg]:
    """The body the participle is said of: its passive subject, the name it hangs on, or the name a description in
    apposition follows (only right after that name, a short form in brackets allowed: the parser hangs a list's later
    descriptions on its first name)."""
    if is_passive(verb) and verb.dep_ != "acl":  # "Kestrel is incorporated ...", "a firm that is organized ..."
        toks = [described(verb) if is_relative(c) and verb.dep_ == "relcl" else c
                for c in verb.children if c.dep_ == "nsubjpass"]
        return [a for t in toks for a in args_of(t, idx, role="subj", conj=False)]
    if verb.dep_ != "acl":
        return []
    desc = verb.head
    if (m := idx.mention(desc)) is not None:
        return [m]
    if desc.dep_ == "pobj" and desc.head.lower_ == "with" and desc.head.head.dep_ == "appos":
        desc = desc.head.head  # "X, an exempted company with limited liability incorporated under ...": the company's
    if desc.dep_ != "appos" or desc.pos_ != "NOUN" or desc.head.i not in idx.tok2m:
        return []
    doc, k = desc.doc, desc.left_edge.i - 2
    if k < 0 or doc[k + 1].text != ",":
        return []
    if doc[k].text == ")":  # "Kestrel Fund I, LP (KFI), a limited partnership": the short form in brackets
        k = next((j for j in range(k - 1, max(k - 8, -1), -1) if doc[j].text == "("), 0) - 1
    name = idx.tok2m[desc.head.i][0]
    return [m] if name.end - 1 == k and (m := idx.mention(desc.head)) is not None else []


FIRM_TOWN = define("place:firm-town", preds=("basedIn",), conf=0.75,
                   example="equipment made by Kestrel Controls Inc., Dayton, OH, and its suppliers")


@matcher(FIRM_TOWN, phase=ENTITY)
def firm_town(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A registered company's name (its legal suffix: Co., Inc., Corp., Ltd.) set off by commas with a town and
    the town's state or country, the way notices and older releases list the parties to a deal: "General
    Widget Co., Dayton, OH, and ..." -> the company is based in the town (the state only places the town). A
    name without the suffix ("Orvane, Dayton, and Vega") may be a list of names."""
    doc = sent.doc
    for tok in idx.sent_tokens(sent):
        hit = idx.tok2m.get(tok.i)
        if hit is None or tok.i != hit[0].start:
            continue
        firm = idx.mention(tok, actor=False)
        k = hit[0].end
        if firm is None or firm.entity.type not in ORGS or not LEGAL_SUFFIX.search(hit[0].text) \
                or k + 3 >= sent.end or doc[k].text != ",":
            continue
        town = idx.mention(doc[k + 1], actor=False)
        if town is None or town.entity.type != "City" or idx.tok2m[k + 1][0].start != k + 1:
            continue
        j = idx.tok2m[k + 1][0].end
        if j + 1 >= sent.end or doc[j].text != ",":
            continue
        region = idx.mention(doc[j + 1], actor=False)
        if region is not None and region.entity.type in ("Region", "Country") and region.entity.iri != town.entity.iri:
            yield FIRM_TOWN.fact(firm, "basedIn", town, (doc[k].idx,))
