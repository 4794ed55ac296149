"""Places inside places: "Taylor, Texas", "Yatsushiro in Kumamoto Prefecture", headquarters, sites, listings."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, PLACE, SITES, Arg, Candidate, DocIndex, demonym_of
from ..mentions import LEGAL_SUFFIX, STATE_OF_ABBREVIATION
from ..registry import DERIVED, ENTITY, define, matcher
from ..syntax import (indefinite_description, named_body, args_of, continues, past_modifiers,
                      span_end)
from .descparts import one_of_class
from .placeparts import (
    _based_after_phrase, _city_part, _dated_line, _elsewhere, _fronted_body,
    _chained_items, _in_list, _listed_before, _merged_state, _name_goes_on, _numbered_unit, _place_objects, _serving,
    _holding_scope, _site_name, _venue,
)




IN = define("place:in", preds=("locatedIn",), conf=0.75, example="Kassala in eastern Sudan")
IN_LIST = define("place:in-list", preds=("locatedIn",), conf=0.7, example="Hsinchu, Taichung and Tainan in western Taiwan")
COMMA = define("place:comma", preds=("locatedIn",), conf=0.85, example="Taylor, Texas")
COMMA_LIST = define("place:comma-list", preds=("locatedIn",), conf=0.75, example="Port Arthur and Galveston, Texas")
HEADQUARTERS = define("place:headquarters", preds=("basedIn",), conf=0.8, example="NRC headquarters in Rockville")
ORG_PREP = define("place:org-prep", preds=("basedIn",), conf=0.7, example="Trust Co. of New York")
SITE_PREP = define("place:site-prep", preds=("locatedIn",), conf=0.8, example="the World AI Conference in Shanghai")
HOME = define("place:home", preds=("basedIn",), conf=0.75, example="the Netherlands, home to ASML")
APPOS = define("place:appos", preds=("locatedIn",), conf=0.75, example="Yerevan, the capital of Armenia")
POSS = define("place:poss", preds=("locatedIn",), conf=0.75, example="Beijing's Tiananmen Square")
COORDINATED = define("place:coordinated", preds=("locatedIn",), conf=0.7,
                     example="Brazoria, Galveston and Harris counties in southeast Texas")
LISTING = define("place:listing", preds=("basedIn", "locatedIn"), conf=0.75,
                 example="U.S. Coast Guard Training Center, Petaluma, Calif.;")
DESCRIBED = define("place:described", preds=("locatedIn",), conf=0.75,
                   example="Cuenca, third most important city in Ecuador")
ORG_IN = define("place:org-in", preds=("basedIn",), conf=0.65, example="the Bezirksparkasse at Giessen")
SITE_IN = define("place:site-in", preds=("locatedIn",), conf=0.7, example="a plant in Arizona")
PROVINCE_OF = define("place:province-of", preds=("locatedIn",), conf=0.75, example="the province of Hubei in China")
HQ_OF = define("place:hq-of", preds=("basedIn",), conf=0.8, example="Samsung's headquarters in Suwon")
SCENE = define("place:scene", preds=("locatedIn",), conf=0.6, example="In Texas, Taylor and Austin ...")
WIDEN_REGION = define("place:widen-region", preds=("basedIn", "locatedIn"), conf=0.9,
                      example="based in Shenzhen in southern China (also China)")
WIDEN_STATE = define("place:widen-state", preds=("basedIn", "locatedIn"), conf=0.95,
                     example="based in West Point, Ga. (also Ga.)")


@matcher(IN, IN_LIST, COMMA, COMMA_LIST, phase=ENTITY)
def in_and_comma(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A place inside a place, by a comma or "in": "Taylor, Texas", "Kassala in eastern Sudan"."""
    toks = idx.sent_tokens(sent)
    for i, tok in enumerate(toks):
        a = idx.mention(tok, actor=False)
        if not a or a.entity.type not in SITES or continues(tok, idx):
            continue
        if (merged := _merged_state(idx.tok2m[tok.i][0], idx)) is not None:
            # "Portland, Maine", a city the gazetteer knows by its state's name too: the city is in it
            # (also when the name ends the sentence: "sued Acme of Toledo, Ohio.")
            yield COMMA.fact(_city_part(a, merged), "locatedIn", merged[1], (merged[0].end_char,))
            continue
        if i >= len(toks) - 2:
            continue
        # "Kassala in eastern Sudan", "Oxford in central Massachusetts", whatever the parser attached
        j = i + 1
        comma = toks[j].text == "," and toks[j + 1].lower_ == "in"
        if comma:
            j += 1  # "the Palace of Fine Arts, in San Francisco"
        if toks[j].lower_ == "in":
            j = past_modifiers(toks, j + 1, idx)  # "in nearby Gainesville", "in southern Japan"
            b = idx.mention(toks[j], actor=False)
            after_b = span_end(toks[j], idx) - toks[0].i if b is not None else 0
            regional = after_b < len(toks) and toks[after_b].lower_ in L.REGION_WORDS  # "in Umbria province"
            if b is not None and b.entity.type in PLACE and b.entity.iri != a.entity.iri \
                    and not (b.entity.type == "City" and a.entity.type != "Facility" and not regional
                             and not (comma and not a.entity.known)):
                yield IN.fact(a, "locatedIn", b, (toks[i + 1].idx,))
                for c in tok.conjuncts:  # "Hsinchu, Taichung and Tainan in western Taiwan"
                    other = idx.mention(c, actor=False)
                    if c.i < tok.i and other is not None and other.entity.type == a.entity.type \
                            and not any(p.dep_ == "prep" for p in c.children) and other.entity.iri != b.entity.iri:
                        yield IN_LIST.fact(other, "locatedIn", b, (toks[i + 1].idx,))
            continue
        j = i + 2
        while j < len(toks) - 1 and toks[j].pos_ == "ADJ" and not idx.mention(toks[j]):
            j += 1  # "Mohammadia, south-east Algeria"
        b = idx.mention(toks[j], actor=False) if toks[i + 1].text == "," else None
        if b is None or b.entity.type not in PLACE or b.entity.iri == a.entity.iri \
                or a.entity.type == "Region" and b.entity.type == "City" or _in_list(toks, j, idx) or _chained_items(tok, toks[j], idx) \
                or _listed_before(toks, i, idx) or _name_goes_on(toks, j, idx) or _based_after_phrase(toks, j, tok, idx) \
                or idx.tok2m[toks[j].i][0].root.dep_ in ("nsubj", "nsubjpass") and tok.dep_ == "pobj":
            continue  # "Under pressure from Washington, the Netherlands restricted ...": a clause's subject
        if i == 0 and tok.is_upper and _dated_line(toks, j, idx):
            continue  # "WASHINGTON, D.C. – The Bureau ...": a release's dateline gives no fact (ONTOLOGY.md)
        yield COMMA.fact(a, "locatedIn", b, (toks[i + 1].idx,))
        for c in tok.conjuncts:  # "Port Arthur and Galveston, Texas" (two names joined by "and", nothing else)
            other = idx.mention(c, actor=False)
            span_a = idx.tok2m[tok.i][0]
            if c.i < tok.i and other is not None and other.entity.type == a.entity.type == "City" \
                    and c.i + 2 == span_a.start and c.doc[c.i + 1].lower_ in ("and", "or") \
                    and other.entity.iri != b.entity.iri and not _elsewhere(other, b, idx) and not _paired_before(c, idx) \
                    and not any(p.dep_ == "prep" or p.dep_ == "appos" and idx.mention(p, actor=False) != b for p in c.children):
                yield COMMA_LIST.fact(other, "locatedIn", b, (toks[i + 1].idx,))


US_STATES = frozenset(STATE_OF_ABBREVIATION.values())


def _paired_before(c: Token, idx: DocIndex) -> bool:
    """ "offices in Atlanta, Georgia and Indianapolis, Indiana": a state after a place and its comma is that place's
    container, not a second place in the last one (as "Port Arthur" is in "Houston, Port Arthur and Galveston, Texas")."""
    start = idx.tok2m[c.i][0].start
    state = idx.mention(c, actor=False)
    return start >= 2 and c.doc[start - 1].text == "," and (m := idx.mention(c.doc[start - 2], actor=False)) is not None \
        and m.entity.type in PLACE and state is not None and (state.entity.type == "Region" or state.entity.label in US_STATES)


@matcher(HEADQUARTERS, phase=ENTITY)
def headquarters(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """An organisation's headquarters in a place: "NRC headquarters in nearby Rockville, Md."."""
    toks = idx.sent_tokens(sent)
    for i, tok in enumerate(toks[:-3]):  # "NRC headquarters in nearby Rockville, Md."
        a = idx.mention(tok, actor=False)
        if a is None or a.entity.type not in ORGS | {"GovernmentBody"} or continues(tok, idx) \
                or toks[i + 1].lower_ not in ("headquarters", "hq", "head-office") or toks[i + 2].lower_ not in ("in", "at"):
            continue
        first = idx.tok2m[tok.i][0].start
        if first > 0 and (tok.doc[first - 1].lower_ in ("its", "their") or tok.doc[first - 1].tag_ == "POS"):
            continue  # "Meta, which has its EU headquarters in Dublin": the name says whose region, not whose office
        j = past_modifiers(toks, i + 3, idx)
        b = idx.mention(toks[j], actor=False)
        if b is None or b.entity.type not in PLACE:
            continue
        yield HEADQUARTERS.fact(a, "basedIn", b, (toks[i + 1].idx,))


HQ_WITH = define("place:hq-with", preds=("basedIn",), conf=0.8,
                 example="Huawei, a telecoms equipment maker with headquarters in China")


@matcher(HQ_WITH, phase=ENTITY)
def headquarters_with(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "X, the world's largest maker of Y, with headquarters in Z": the body the description is about
    is based there. The parser often hangs "with" on the clause's verb, so the body is found by
    reading back over the description (no verb in between) and must be one entity."""
    toks = idx.sent_tokens(sent)
    for i, tok in enumerate(toks[:-3]):
        if tok.lower_ != "with":
            continue
        k = i + 1 + (toks[i + 1].lower_ in ("its", "their", "a", "the"))
        if k + 1 >= len(toks) or toks[k].lower_ not in ("headquarters", "hq", "head-office") \
                or toks[k + 1].lower_ not in ("in", "at"):
            continue
        j = past_modifiers(toks, k + 2, idx)
        place = idx.mention(toks[j], actor=False)
        if place is None or place.entity.type not in PLACE:
            continue
        bodies, b = {}, i - 1
        while b >= 0 and (toks[b].pos_ not in ("VERB", "AUX") or toks[b].lemma_ == "be") and toks[b].lower_ not in ("who", "which", "that", ";"):
            a = idx.mention(toks[b], actor=False)
            if a is not None and a.entity.type in ORGS | {"GovernmentBody"}:
                bodies[a.entity.iri] = a
            elif a is not None and a.entity.type not in PLACE:
                break  # a person or a product: the description is not an organisation's
            b -= 1
        if len(bodies) == 1:
            yield HQ_WITH.fact(next(iter(bodies.values())), "basedIn", place, (toks[k].idx,))


@matcher(ORG_PREP, SITE_PREP, HOME, APPOS, POSS, phase=ENTITY)
def attached_places(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Places attached to a name: "Trust Co. of New York", "the World AI Conference in Shanghai",
    "the Netherlands, home to ASML", "Yerevan, the capital of Armenia", "Beijing's Tiananmen Square"."""
    for tok in idx.sent_tokens(sent):
        m = idx.mention(tok, actor=False)
        if not m or tok.i != idx.tok2m[tok.i][0].root.i:
            continue
        t = m.entity.type
        if t in ("Event", "City", "Region", "Facility") or t in ORGS:
            pred = "basedIn" if t in ORGS else "locatedIn"
            # "Trust Co. of New York"; "in" only for names the gazetteer does not know: for a known
            # company "Apple in Zhengzhou" is where it operates, not where it is based
            known = idx.tok2m[tok.i][1].entry is not None
            # a known university or institute "in" a city is where it is: "Brown University in Providence"
            preps = ((("of", "in") if t == "Organization" else ("of",)) if known else ("in", "of", "at")) \
                if t in ORGS else ("in", "at")
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in preps and not gapped(tok, prep) \
                        and not (prep.lower_ == "in" and (_venue(tok) or _holding_scope(tok))):
                    for pl in _place_objects(prep, idx):
                        if known and t in ORGS and prep.lower_ == "in" and (
                                pl.entity.type != "City" or len(idx.tok2m[tok.i][0]) < 2):  # not "CDT in"
                            continue
                        if pl.entity.type == "Country" and prep.lower_ == "of" and _state_organ(m):
                            continue  # "the Central Bank of the Russian Federation": the state's own organ
                        if prep.lower_ == "of" and tok.lower_ in L.DOCUMENT_HEADS:
                            continue  # "the Harmonized Tariff Schedule of the United States": a document's title
                        yield (ORG_PREP if t in ORGS else SITE_PREP).fact(m, pred, pl, (prep.idx,))
        if t in ("City", "Region", "Country"):
            for app in tok.children:  # "the Netherlands, home to ASML": the company is based there
                if app.dep_ == "appos" and app.lower_ == "home":
                    for prep in app.children:
                        if prep.dep_ == "prep" and prep.lower_ in ("to", "of"):
                            for p in prep.children:
                                if p.dep_ == "pobj":
                                    for o in args_of(p, idx, role="obj"):
                                        if o.entity.type in ORGS:
                                            yield HOME.fact(o, "basedIn", m, (app.idx,))
            for app in tok.children:  # "Madagascar, an island nation in the Indian Ocean"
                if app.dep_ == "appos" and not idx.mention(app):
                    # "Yerevan, the capital of Armenia", "Lowman, a resort town in central Idaho"
                    preps = ("in", "of") if app.lemma_.lower() in L.CAPITAL_NOUNS else ("in",)
                    for prep in app.children:
                        if prep.dep_ == "prep" and prep.lower_ in preps:
                            for pl in _place_objects(prep, idx):
                                yield APPOS.fact(m, "locatedIn", pl, (prep.idx,))
        if t in SITES and not any(a.dep_ == "appos" and a.lemma_.lower() in L.ROLES for a in tok.children):
            # "Beijing's Tiananmen Square", "Bosnia's capital, Sarajevo", "Mount Orvane, Europe's highest peak";
            # a name in apposition with a title is a person NER took for a place ("Ann Wu, Norland's Minister of ...")
            heads = [tok] + ([tok.head] if tok.dep_ == "appos" else []) \
                + [a for a in tok.children if a.dep_ == "appos" and a.i > tok.i and not idx.mention(a)] \
                + one_of_class(tok, idx)  # "Orvane, one of Norland's major farm provinces"
            for h in heads:
                for c in h.children:
                    if c.dep_ == "poss" and (pl := idx.mention(c, actor=False)) and pl.entity.type in PLACE \
                            and pl.entity.iri != m.entity.iri:
                        yield POSS.fact(m, "locatedIn", pl, (c.idx,))


def _state_organ(m) -> bool:
    """A name that is a state's organ when "of <country>" follows it ("Central Bank", "National Wealth Fund")."""
    name = m.entity.label.lower()
    return any(name.startswith(w) or name == w.removesuffix(" of") for w in L.STATE_ORGAN_NAMES)


def gapped(head: Token, prep: Token) -> bool:
    """ "Rome is in Lazio and Naples in Campania": the parser hangs the second "in" on the first place,
    after the conjunct it belongs to (a gapped clause); the first place is not in the second."""
    return any(c.dep_ == "conj" and head.i < c.i < prep.i for c in head.children)


@matcher(COORDINATED, phase=ENTITY)
def coordinated_places(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Brazoria, Galveston and Harris counties in southeast Texas": each place of the list is in it."""
    yield from _coordinated_places(idx.sent_tokens(sent), idx)


@matcher(LISTING, phase=ENTITY)
def listed_sites(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A listing line: "U.S. Coast Guard Training Center, Petaluma, Calif.;"."""
    yield from _listed_sites(idx.sent_tokens(sent), idx)


@matcher(DESCRIBED, phase=ENTITY)
def described_places(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A place described as part of another: "Cuenca, third most important city in Ecuador"."""
    yield from _described_places(idx.sent_tokens(sent), idx)


def _company_named(noun: Token, idx: DocIndex) -> bool:
    """ "the AWS Asia-Pacific (Mumbai) Region in Maharashtra": a company's name before the noun makes the
    places before it the name of the company's site, not places inside the place after it."""
    return any((m := idx.mention(c, actor=False)) is not None and m.entity.type in ORGS
               for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "nmod"))


@matcher(ORG_IN, SITE_IN, PROVINCE_OF, HQ_OF, phase=ENTITY)
def named_sites(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Unknown bodies and sites in a place, provinces of a country, a body's headquarters."""
    yield from _named_sites(idx.sent_tokens(sent), idx)


@matcher(SCENE, phase=ENTITY)
def scene(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A sentence that opens "In <state>," sets the scene for the places it names."""
    yield from _scene(idx.sent_tokens(sent), idx)





def _described_places(toks: list, idx: DocIndex) -> Iterator[Candidate]:
    """ "Cuenca, third most important city in Ecuador", "the Campbell Farm, a retreat center in
    Wapato": a description after the comma that places the name, however the parser attached it."""
    for i, tok in enumerate(toks[:-4]):
        a = idx.mention(tok, actor=False)
        if a is None or continues(tok, idx) or toks[i + 1].text != "," or not (
                a.entity.type in ("City", "Region", "Facility", "Country")
                or a.entity.type in ORGS and not a.entity.known):
            continue  # a company the gazetteer knows is described elsewhere; "a plant in Y" is not its seat
        j = i + 2
        while j < len(toks) - 2 and j - i < 8 and toks[j].pos_ in ("DET", "ADJ", "ADV", "NUM", "NOUN") \
                and not idx.mention(toks[j]) and toks[j].lower_ not in L.CAPITAL_NOUNS | L.SITE_NOUNS:
            j += 1
        noun = toks[j].lower_
        if a.entity.type in ORGS and noun not in L.SITE_NOUNS - {"nation", "country", "island"}:
            continue
        # "the Orvane Palace, a hotel he is building in Atlantic City": "in" on the noun's relative clause
        at = j + 1 if toks[j + 1].lower_ in ("in", "of") else next(
            (p.i - toks[0].i for r in toks[j].children if r.dep_ == "relcl" and a.entity.type == "Facility"
             for p in r.children if p.dep_ == "prep" and p.lower_ == "in" and p.i < toks[-1].i), j + 1)
        if noun not in L.CAPITAL_NOUNS | L.SITE_NOUNS or toks[at].lower_ not in ("in", "of") \
                or toks[at].lower_ == "of" and noun not in L.CAPITAL_NOUNS:
            continue
        if a.entity.type == "Country" and noun not in ("nation", "country", "state", "island"):
            continue
        k = past_modifiers(toks, at + 1, idx)
        b = idx.mention(toks[k], actor=False)
        if b is None or b.entity.type not in PLACE or b.entity.iri == a.entity.iri \
                or a.entity.type == "Country" and b.entity.type != "Region":
            continue
        yield DESCRIBED.fact(a, "locatedIn", b, (toks[j].idx,))


def _scene(toks: list, idx: DocIndex) -> Iterator[Candidate]:
    """A sentence that opens "In Idaho," sets the scene: the towns and sites it names are there
    ("In Colorado, 13 inches of snow in Denver prompted ..."). Only for a state, province or county."""
    if len(toks) < 5 or toks[0].lower_ != "in" or idx.tok2m.get(toks[1].i) is None:
        return
    scene = idx.mention(toks[1], actor=False)
    end = span_end(toks[1], idx) - toks[0].i
    if scene is None or scene.entity.type != "Region" or end >= len(toks) or toks[end].text != ",":
        return
    if end + 2 < len(toks) and idx.tok2m.get(toks[end + 1].i) is not None:
        return  # "In Pittsburgh, Dade County, Fla., and Rochester": a list, not a scene
    seen: set[int] = set()
    for tok in toks[end + 1:]:
        hit = idx.tok2m.get(tok.i)
        if hit is None or hit[0].start in seen:
            continue
        seen.add(hit[0].start)
        m = idx.mention(tok, actor=False)
        if m is None or m.entity.type not in ("City", "Facility", "Region") or m.entity.iri == scene.entity.iri:
            continue
        after = hit[0].end
        if after < len(tok.doc) and tok.doc[after].text == ",":
            continue  # "Boise, Idaho": it names its own place
        yield SCENE.fact(m, "locatedIn", scene, (toks[0].idx,))


def _named_sites(toks: list, idx: DocIndex) -> Iterator[Candidate]:
    """Where unknown organisations and named sites are: "Shands Hospital in nearby Gainesville" (an
    organisation the gazetteer does not know, right before "in" and a place), "the Rocky Flats
    plutonium processing plant in Colorado", "the NRC's Rockville, Md., headquarters"."""
    for i, tok in enumerate(toks):
        a = idx.mention(tok, actor=False)
        if a is None or continues(tok, idx):
            continue
        # "the Veterans Administration Medical Center in Houston": a body the gazetteer does not know is
        # a local one, and where it is is its seat; its acronym in brackets may stand between
        k, last = i + 1, i >= len(toks) - 2  # (a name that ends the sentence: only "the Chinese city of Shenzhen.")
        if k + 3 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 1].is_upper:
            k += 3  # "Centro Nacional de Microelectronica (CNM) in Barcelona"
        if not last and a.entity.type in ORGS | {"GovernmentBody"} and not a.entity.known and toks[k].lower_ == "in" \
                and k + 1 < len(toks):
            b = idx.mention(toks[past_modifiers(toks, k + 1, idx)], actor=False)
            if b is not None and b.entity.type in ("City", "Region") and b.entity.iri != a.entity.iri \
                    and b.entity.label.lower() not in L.LANGUAGES and (named_body(a, idx) or b.entity.type == "Region") \
                    and not _serving(tok) and not _venue(idx.tok2m[tok.i][0].root) \
                    and not _holding_scope(idx.tok2m[tok.i][0].root):  # not "Alice in Wonderland", "a stake in X in Y"
                yield ORG_IN.fact(a, "basedIn", b, (toks[k].idx,))
        if not last and a.entity.type in ("City", "Region", "Facility") and tok.dep_ in ("compound", "nmod") \
                and tok.head.lemma_.lower() in L.SITE_NOUNS | L.REGION_WORDS | L.QUARTER_NOUNS and tok.head.i > tok.i \
                and not _company_named(tok.head, idx):
            # "the Rocky Flats plant in Colorado", "Umbria and Lazio provinces in central Italy"
            # (a name joined to a place before a plural area noun is a place, whatever NER took it for:
            # "Umbria and Lazio provinces")
            plural = tok.head.tag_ == "NNS" and tok.head.lemma_.lower() in L.REGION_WORDS
            members = [a] + [m if m.entity.type != "Person" else replace(m, entity=replace(m.entity, type="Region"))
                             for c in tok.conjuncts if (m := idx.mention(c, actor=False)) is not None
                             and (m.entity.type in ("City", "Region", "Facility")
                                  or plural and m.entity.type == "Person" and not m.entity.known)]
            for prep in tok.head.children:
                # "in central Italy"; "the Brighton Beach section of Brooklyn"
                if prep.dep_ == "prep" and (prep.lower_ == "in" or prep.lower_ == "of" and tok.head.lemma_.lower()
                                            in L.REGION_WORDS | L.QUARTER_NOUNS):
                    for pl in _place_objects(prep, idx):
                        for who in members:
                            if pl.entity.iri != who.entity.iri:
                                yield SITE_IN.fact(who, "locatedIn", pl, (prep.idx,))
        if a.entity.type in ("City", "Region") and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.lemma_.lower() in L.REGION_WORDS | L.CAPITAL_NOUNS:
            # "Serbia's southern province of Kosovo", "the Chinese city of Shenzhen"
            noun = tok.head.head
            for c in noun.lefts:
                if c.dep_ == "poss" and (pl := idx.mention(c, actor=False)) is not None and pl.entity.type in PLACE \
                        and pl.entity.iri != a.entity.iri:
                    yield PROVINCE_OF.fact(a, "locatedIn", pl, (noun.idx,))
                elif c.dep_ in ("amod", "compound") and (country := demonym_of(c, idx)) is not None \
                        and country.iri != a.entity.iri and idx.gaz.demonym(c.text) is not None:
                    yield PROVINCE_OF.fact(a, "locatedIn", Arg(country, c.idx, c.idx + len(c.text)), (noun.idx,))
        if not last and a.entity.type in PLACE and tok.head.lower_ in ("headquarters", "hq", "head-office") and tok.i < tok.head.i \
                and not _numbered_unit(tok, idx):
            for owner in tok.head.children:
                if owner.dep_ == "poss" and (o := idx.mention(owner, actor=False)) is not None \
                        and o.entity.type in ORGS | {"GovernmentBody"}:
                    yield HQ_OF.fact(o, "basedIn", a, (tok.head.idx,))


def _listed_sites(toks: list, idx: DocIndex) -> Iterator[Candidate]:
    """A listing line: "U.S. Coast Guard Training Center, Petaluma, Calif.;", "Camp Butner, N.C.;"."""
    first = idx.mention(toks[0], actor=False) if toks else None
    k = span_end(toks[0], idx) - toks[0].i if first is not None else 0
    if (first is None or k < len(toks) and toks[k].text != ",") and (site := _site_name(toks, idx)) is not None:
        first, k = site  # "GSA Depot, Davisville, R.I.;": a site's name NER read in part or not at all
    if first is None or toks[0].i in idx.tok2m and toks[0].i != idx.tok2m[toks[0].i][0].start \
            or all(t.is_upper or not t.is_alpha for t in toks[:k]):
        return  # an all-caps first name is a dateline's city (not "U.S. Coast Guard Training Center")
    places: list[Arg] = []
    while k + 1 < len(toks) and toks[k].text == "," and (pl := idx.mention(toks[k + 1], actor=False)) is not None \
            and pl.entity.type in PLACE:
        places.append(pl)
        k = span_end(toks[k + 1], idx) - toks[0].i
    if not places or len(places) > 2 or k < len(toks) and toks[k].text not in (";", ".") \
            or first.entity.type in PLACE - {"Region"} and len(places) < 2 or first.entity.type == "Person":
        return  # "Fort Hamilton, Brooklyn, N.Y.;": a place before a city and its state is a site
    pred = "basedIn" if first.entity.type in ORGS | {"GovernmentBody"} else "locatedIn"
    for pl in places:
        if pl.entity.iri != first.entity.iri:
            yield LISTING.fact(first, pred, pl, (toks[1].idx,))


@matcher(WIDEN_REGION, WIDEN_STATE, phase=DERIVED)
def widen_places(cands: list[Candidate], idx: DocIndex) -> Iterator[Candidate]:
    """A thing in a city is in the city's state too: "based in West Point, Ga.", "a judgment against
    K mart in St. Claire Shores, Mich.", "the U.S. Bankruptcy Court in Jacksonville, Fla."."""
    doc = idx.doc
    for c in cands:
        if c.pred not in ("basedIn", "locatedIn") or c.obj.entity.type not in ("City", "Region") or c.subj.coref:
            continue
        span = doc.char_span(c.obj.start, c.obj.end, alignment_mode="expand")
        full = idx.tok2m.get(span.start) if span is not None else None  # the city's part of "Toledo, Ohio"
        if full is not None and c.obj.entity.type == "City" and (merged := _merged_state(full[0], idx)) is not None:
            if not _registered_abroad(c, merged[1], doc):
                yield WIDEN_STATE.derive(c, merged[1])  # "Acme of Toledo, Ohio", the city and state one name
            continue
        if span is None or span.end + 1 >= len(doc) or doc[span.end].text not in (",", "in"):
            continue
        nxt = doc[span.end + 1]
        if doc[span.end].lower_ == "in":  # "Yatsushiro in Kumamoto Prefecture in southern Japan"
            far = idx.mention(doc[past_modifiers(doc, span.end + 1, idx)], actor=False)
            if far is not None and far.entity.type in ("Region", "Country") and far.entity.iri not in (
                    c.subj.entity.iri, c.obj.entity.iri):
                yield WIDEN_REGION.derive(c, far)
            continue
        state = idx.mention(nxt, actor=False)
        # a state after a comma is a city's state; a country after a comma is a city's or a region's ("headquartered
        # in Michigan, USA", "a plant in Bavaria, Germany"), a region after a region is a list's next item
        if state is None or state.entity.type not in (("Region", "Country") if c.obj.entity.type == "City" else ("Country",)) \
                or state.entity.iri == c.subj.entity.iri:
            continue
        end = idx.tok2m[nxt.i][0].end
        if end < len(doc) and doc[end].dep_ == "case":
            continue  # "in London, Argentina's diplomatic mission"
        if end < len(doc) and doc[end].lower_ in ("and", "or") or end + 1 < len(doc) and doc[end].text == "," \
                and idx.mention(doc[end + 1]) is not None and doc[end + 2: end + 3].text in (",", "and"):
            continue  # a list of places, not a city and its state
        if c.rule == ORG_PREP.id and len(nxt.text) == 2 and nxt.text.isupper() or c.rule == "place:firm-town":
            continue  # "Cree, Inc., of Durham, NC": a notice's "of" with a postal code gives the town alone
        if not _registered_abroad(c, state, doc):
            yield WIDEN_STATE.derive(c, state)


def _registered_abroad(c: Candidate, place: Arg, doc) -> bool:
    """ "The respondents are Acme Lamp Company, Inc., of Xiamen, China; ...": a notice's registered company "of" a
    town gives the town alone, the country only places the town (as a postal code does: "Cree, Inc., of Durham,
    NC"). A description ("Acme Ltd., based in Dublin, Ireland") is still widened: KnowledgeNet's gold gives both."""
    return c.rule == ORG_PREP.id and place.entity.type == "Country" \
        and LEGAL_SUFFIX.search(doc.text[c.subj.start:c.subj.end]) is not None


def _coordinated_places(toks: list, idx: DocIndex) -> Iterator[Candidate]:
    """ "Brazoria, Galveston and Harris counties in southeast Texas": a place after "in" holds every
    place of the list before it."""
    for tok in toks:
        if tok.dep_ != "prep" or tok.lower_ != "in" or tok.head.dep_ != "conj":
            continue
        places = [pl for p in [tok] for pl in _place_objects(p, idx)]
        if not places:
            continue
        head = tok.head
        # "the Hanford plant in Washington and the Savannah River plant in South Carolina": the parser
        # joined the second site to the first one's place, which is in its own place
        site = idx.mention(head, actor=False) is None and head.pos_ == "NOUN" and head.lemma_.lower() not in L.REGION_WORDS
        members = [c for c in head.conjuncts if c.i < head.i
                   and not (site and c.dep_ == "pobj" and c.head.lower_ == "in")]
        for c in members:
            a = idx.mention(c, actor=False)
            if a is None or a.entity.type not in ("City", "Region") or not c.is_title \
                    or any(p.dep_ == "prep" for p in c.children):
                continue  # "Dan Sai District in Loei Province, Lomsak District in ...": each has its own
            for b in places:
                if b.entity.iri != a.entity.iri:
                    yield COORDINATED.fact(a, "locatedIn", b, (tok.idx,))


DESCRIBED_SEAT = define("place:described-seat", preds=("basedIn",), conf=0.75,
                        example="Orion Aero is an American maker of drones based in Fresno")
# Nouns after "of" that name another body: "a unit of a company based in Germany" places the company, not the unit.
OTHER_BODY_NOUNS = {"company", "firm", "group", "corporation", "bank", "business", "organization", "organisation",
                    "maker", "manufacturer", "supplier", "provider", "startup", "subsidiary", "unit", "parent"}


@matcher(DESCRIBED_SEAT, phase=ENTITY)
def described_seats(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "based in" said of a body's description rather than of its name: "Orion Aero is an American
    maker of drones based in Fresno", "Kestrel, a lender headquartered in Denver", and a sentence that
    opens "Based in Tampa, Logex ..." (the parser may take the participle for a preposition)."""
    toks = idx.sent_tokens(sent)
    for verb in toks:
        if verb.lower_ not in ("based", "headquartered"):
            continue
        places = [pl for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
                  for pl in _place_objects(prep, idx)]
        if not places:
            continue
        body = None
        # "a bank founded in 1986 and headquartered in Laredo": the participle coordinated with the one on the noun
        acl = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN" else verb
        if acl.dep_ == "acl" and (idx.mention(acl.head) is None or indefinite_description(acl.head)):
            h = acl.head
            for _ in range(3):
                while h.dep_ == "conj" and idx.mention(h.head) is None:
                    h = h.head  # "a Strategy Consulting, Executive Recruiting & Training Firm based in"
                if h.dep_ == "pobj" and h.head.lower_ == "of" and h.lemma_.lower() not in OTHER_BODY_NOUNS \
                        and (idx.mention(h) is None or indefinite_description(h)):
                    h = h.head.head  # "a maker of drones based in": the maker
                    continue
                if h.dep_ == "attr" and h.head.lemma_ == "be":  # "X is a food company based in"
                    body = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
                elif h.dep_ == "appos":  # "Kestrel, a lender headquartered in"
                    body = h.head
                break
        elif verb.i == sent.start or verb.dep_ == "conj" and verb.head.i == sent.start and verb.head.tag_ == "VBN":
            body = _fronted_body(verb, toks, idx)  # "Based in Tampa, Logex also has"
        a = idx.mention(body, actor=False) if body is not None else None
        if a is None or a.entity.type not in ORGS:
            continue
        for pl in places:
            yield DESCRIBED_SEAT.fact(a, "basedIn", pl, (verb.idx,))
