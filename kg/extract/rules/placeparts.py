"""Token tests the place rules share: a city that is part of a 'City, State' name, a state merged into a name,
the places a preposition lists, sites named with numbered units or served markets, a court's venue, a dated line, and
what a place phrase is said of. Split from places.py for size; places.py's matchers use these."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..dates import MONTHS
from ..index import PLACE, Arg, DocIndex
from ...ids import entity_iri
from ..syntax import (span_end)


def _holding_scope(tok: Token) -> bool:
    """ "any interest in Orvane in the United States", "its stake in Kestrel in Texas": a company that is itself what a
    holding or an investment is "in" takes the next "in" place as the holding's reach, not as its own seat."""
    while tok.dep_ == "conj" and tok.head is not tok:  # "an interest in Orvane or Kestrel in ..."
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in L.HOLDINGS | L.FUNDING_NOUNS


def _elsewhere(a: Arg, b: Arg, idx: DocIndex) -> bool:
    """A known city the gazetteer places in another state or country: "Chicago and Pewaukee, Wis."
    gives the state to Pewaukee only (a state written once closes the last place of a list)."""
    entry = idx.gaz.entries.get(a.entity.label) if a.entity.known else None
    if entry is None or not entry.part_of:
        return False
    for _ in range(4):  # Dresden is in Saxony, which is in Germany: "Dresden and Magdeburg, Germany" holds
        if entry is None or not entry.part_of:
            return True
        if entity_iri(entry.part_of) == b.entity.iri:
            return False
        entry = idx.gaz.entries.get(entry.part_of)
    return True


def _dated_line(toks: list, j: int, idx: DocIndex) -> bool:
    """The place at toks[j] ends a dateline: a dash or a colon follows it."""
    end = span_end(toks[j], idx) - toks[0].i
    while end < len(toks) and toks[end].text == ".":
        end += 1
    return end < len(toks) and toks[end].text in ("--", "-", "\u2014", "\u2013", ":")


_COURT_VERBS = frozenset({"sue", "charge", "indict", "prosecute", "convict", "fine"})


def _venue(tok: Token) -> bool:
    """ "sued Orion Dynamics in Texas", "charged Kestrel Labs in Boston": the court's place, not the party's."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _COURT_VERBS




# Verbs whose agent serves a place, not sits there ("homes served by Kestrel Power in Marion County").
SERVING_VERBS = {"serve", "supply", "power", "cover"}
ORDINAL = re.compile(r"\d+(st|nd|rd|th)$|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.I)


def _serving(tok) -> bool:
    """The organisation is the agent of a serving verb: the place after it is the area it serves."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:  # the name's head word
        tok = tok.head
    return tok.head.lower_ == "by" and tok.head.head.lemma_.lower() in SERVING_VERBS


def _numbered_unit(tok, idx: DocIndex) -> bool:
    """ "the Coast Guard's 8th District headquarters": a numbered district is the body's own unit, not a place."""
    return bool(ORDINAL.match(tok.doc[idx.tok2m[tok.i][0].start].text))


def _site_name(toks: list, idx: DocIndex) -> tuple[Arg, int] | None:
    """The capitalised words before a listing line's first comma, as a site's name: "Andrews Lock and Dam",
    "GSA Depot" (NER read "GSA" alone), "Carbondale Mining Center" (a town's name in it). Two words or
    more, none of them a person's, and not one place's name."""
    comma = next((n for n, t in enumerate(toks) if t.text == ","), None)
    if comma is None or comma < 2 or comma > 8 or toks[-1].text not in (";", "."):
        return None
    words = toks[:comma]
    if not (words[0].text[:1].isupper() and words[-1].text[:1].isupper()) or any(
            not (t.text[:1].isupper() and (t.is_alpha or t.text.endswith("."))) and t.lower_ not in ("and", "of", "&")
            or (h := idx.tok2m.get(t.i)) is not None and h[1].entity.type == "Person" for t in words):
        return None
    if (h := idx.tok2m.get(words[0].i)) is not None and h[0].end >= words[-1].i + 1:
        return None  # one name NER read whole ("Fort Snelling"): the listing reads it as it is
    span = words[0].doc[words[0].i: words[-1].i + 1]
    res = idx.resolver.resolve(span.text, "FAC")
    if res is None:
        return None
    return Arg(res.entity, span.start_char, span.end_char), comma


def _city_part(a: Arg, merged: tuple[Span, Arg]) -> Arg:
    """The city of a "Toledo, Ohio" name, as its own words."""
    return replace(a, entity=replace(a.entity, label=merged[0].text), end=merged[0].end_char)


def _merged_state(span: Span, idx: DocIndex) -> tuple[Span, Arg] | None:
    """A city's name written with its state's, one name to the gazetteer ("Toledo, Ohio"): the city's
    words, and the state, when the gazetteer puts the city in the state written."""
    comma = next((t.i for t in span if t.text == ","), None)
    entry = idx.gaz.lookup(span.text)
    if comma is None or comma + 1 >= span.end or entry is None or entry.type != "City" or not entry.part_of:
        return None
    state = span.doc[comma + 1: span.end]
    res = idx.resolver.resolve(state.text, "GPE")
    if res is None or res.entity.type != "Region" or res.entity.label != entry.part_of:
        return None
    return span.doc[span.start: comma], Arg(res.entity, state.start_char, state.end_char)


def _place_objects(prep: Token, idx: DocIndex) -> list[Arg]:
    out = []
    for p in prep.children:
        if p.dep_ != "pobj":
            continue
        if (pl := idx.mention(p, actor=False)) and pl.entity.type in PLACE:
            if _cut_area(idx.tok2m[p.i][0]):
                continue  # "X, of the Central District of California": a court's district, its name cut at "of"
            # "Acme Corp. of Toledo, Ohio", city and state one name: based in the city (widen adds the state)
            merged = _merged_state(idx.tok2m[p.i][0], idx)
            out.append(_city_part(pl, merged) if merged is not None else pl)
        elif p.lemma_.lower() in L.REGION_WORDS:  # "in the southeastern part of Rwanda"
            out += [pl for q in p.children if q.dep_ == "prep" and q.lower_ == "of"
                    for r in q.children if r.dep_ == "pobj" and (pl := idx.mention(r, actor=False))
                    and pl.entity.type in PLACE]
    return out


def _cut_area(span: Span) -> bool:
    """ "the Central District" of "the Central District of California": an area word that ends a place's name and
    goes on with "of" and a capitalised name is a part of a longer name NER cut off, no place of its own."""
    doc = span.doc
    return span[-1].lower_ in _AREA_WORDS and span.end + 1 < len(doc) and doc[span.end].lower_ == "of" \
        and doc[span.end + 1].is_title


_AREA_WORDS = frozenset({"district", "region", "province", "prefecture", "county", "division"})


def _listed_before(toks: list, i: int, idx: DocIndex) -> bool:
    """ "Delta, Orion, Piedmont, Southwest": a name after a comma that follows another name is a list item."""
    start = idx.tok2m[toks[i].i][0].start - toks[0].i
    if start < 2 or toks[start - 1].text != ",":
        return False
    prev = idx.mention(toks[start - 2], actor=False)
    return prev is not None and prev.entity.type in PLACE and prev.entity.type == idx.mention(toks[i], actor=False).entity.type


def _name_goes_on(toks: list, j: int, idx: DocIndex) -> bool:
    """ "Aloha, America West": the place word is the start of a longer name, or "Nakhon Thai District
    in Phitsanulok Province": the second place has a place of its own."""
    end = span_end(toks[j], idx) - toks[0].i
    if end >= len(toks):
        return False
    nxt = toks[end]
    if nxt.dep_ == "case" or nxt.lower_ in ("'s", "'"):
        # "in London, Argentina's diplomatic mission": a possessor, not a containing place; but
        # "Leninakan, Armenia's second-largest city" describes the first place
        return nxt.head.head.lemma_.lower() not in L.CAPITAL_NOUNS
    return nxt.is_title and nxt.pos_ == "PROPN" and idx.tok2m.get(nxt.i) is None and not nxt.ent_type_ \
        and nxt.lower_.rstrip(".") not in MONTHS and nxt.lower_ not in L.WEEKDAYS or nxt.lower_ == "in"




def _based_after_phrase(toks: list, j: int, tok, idx: DocIndex) -> bool:
    """ "In Osaka, Norway-based Vexa opened a lab": the comma closes a leading "in" phrase and the next
    place only describes a company ("-based"), so it does not contain the first; "The Austin,
    Texas-based company" (no preposition before the first place) still reads Austin in Texas."""
    end = span_end(toks[j], idx) - toks[0].i
    return tok.dep_ == "pobj" and end + 1 < len(toks) and toks[end].text == "-" \
        and toks[end + 1].lower_ in ("based", "headquartered")


def _chained_items(a: Token, b: Token, idx: DocIndex) -> bool:
    """ "Tijuana, Villahermosa, Hermosillo, Culiacan": the parser chained the names as conjuncts, each hung on
    the one before it; the second is the next item of a list, not the first one's state (NER may have missed the
    items around them, so _in_list and _listed_before do not see a list). Only two of a kind: a list of "City, State"
    pairs keeps its pairs."""
    ra, rb = idx.tok2m[a.i][0].root, idx.tok2m[b.i][0].root
    return ra.dep_ == "conj" and rb.dep_ == "conj" and rb.head.i == ra.i \
        and idx.tok2m[a.i][1].entity.type == idx.tok2m[b.i][1].entity.type  # not "Phoenix, Arizona" in a list


def _in_list(toks: list, j: int, idx: DocIndex) -> bool:
    """ "Colombia, Bolivia, Ecuador": a list of places, not a place inside another."""
    end = span_end(toks[j], idx) - toks[0].i
    def place_at(k: int) -> bool:
        m = idx.mention(toks[k], actor=False) if k < len(toks) else None
        return m is not None and m.entity.type in PLACE

    def name_then_more(k: int) -> bool:  # "Southwest, United and U.S. Air": a list of any names
        if k >= len(toks) or idx.tok2m.get(toks[k].i) is None:
            return False
        after = span_end(toks[k], idx) - toks[0].i
        return after < len(toks) and (toks[after].text == "," or toks[after].lower_ in ("and", "or"))

    def pair_at(k: int) -> bool:  # "Phoenix, Arizona and Austin, Texas": a list of city-state pairs
        after = span_end(toks[k], idx) - toks[0].i
        return after + 1 < len(toks) and toks[after].text == "," and place_at(after + 1)

    return end < len(toks) - 1 and toks[end].text == "," and (place_at(end + 1) or name_then_more(end + 1)) \
        or end < len(toks) - 1 and toks[end].lower_ in ("and", "or") and place_at(nxt := _past_the(toks, end + 1)) \
        and not pair_at(nxt) and _same_kind(toks[j], toks[nxt], idx) \
        or end < len(toks) - 2 and toks[end].text == "," and toks[end + 1].lower_ in ("and", "or") \
        and place_at(nxt := _past_the(toks, end + 2)) and not pair_at(nxt) and _same_kind(toks[j], toks[nxt], idx)
    # (the last: a list closed by ", and": "the PRC, Georgia, Malaysia, and Turkey")


def _same_kind(a: Token, b: Token, idx: DocIndex) -> bool:
    """ "Hong Kong, Turkey and Germany" lists countries; "Austin, Texas and Germany" is a city in its state, then a
    country."""
    return idx.mention(a, actor=False).entity.type == idx.mention(b, actor=False).entity.type


def _past_the(toks: list, k: int) -> int:
    """ "Hong Kong, Turkey and the United Arab Emirates": the name after its article."""
    return k + 1 if k + 1 < len(toks) and toks[k].lower_ == "the" else k


def _fronted_body(verb: Token, toks: list, idx: DocIndex) -> Token | None:
    """The body a sentence-opening "Based in Tampa, Fla., Logex ..." places: the main clause's subject. Also
    "Founded in 1946 and headquartered in Michigan, X ..." (the seat participle coordinated with the opening one),
    and the parse that makes the participle the root and hangs the name on the place as its apposition ("Based in
    Dorwick, the Halvern Board is"): then the first name after the places and their commas."""
    opening = verb.head if verb.dep_ == "conj" else verb
    if opening.dep_ in ("prep", "advcl"):
        return next((c for c in opening.head.children if c.dep_ == "nsubj"), None)
    if opening.dep_ != "ROOT":
        return None
    k = verb.i + 1
    pos = {t.i: n for n, t in enumerate(toks)}.get(k)
    while pos is not None and pos < len(toks):
        t = toks[pos]
        m = idx.mention(t, actor=False)
        if t.lower_ in ("in", ",", "the", "of", "and") or m is not None and m.entity.type in PLACE:
            pos += 1
            continue
        return t if m is not None and toks[pos - 1].lower_ in (",", "the") else None
    return None
