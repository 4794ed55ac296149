"""Article -> facts. `extract()` streams (Article, [Triple]) pairs; only this package uses spaCy."""
from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..gazetteer import Gazetteer, key
from ..ids import entity_iri
from ..gazetteer import load as load_gazetteer
from ..models import Article, Entity, Evidence, Triple
from ..extractor import EXTRACTOR
from . import lexicon as L
from .dates import find_date
from .index import PLACE, Candidate, DocIndex
from .registry import DERIVED, ENTITY, RELATIONS, gated, matchers
from .tokens import sent_words

log = logging.getLogger("kg.extract")

PERSONS = {"Person"}
# Loose domain/range checks: a fact whose ends have the wrong kind is a parsing accident.
CONSTRAINTS: dict[str, tuple[set[str] | None, set[str] | None]] = {
    "restricts": ({"Company", "GovernmentBody", "Country", "Organization"}, None),
    # a service penalised stands for the company that runs it ("fined TikTok €530 million": the gazetteer's product)
    "sanctions": ({"GovernmentBody", "Country"}, {"Company", "Organization", "Person", "Country", "GovernmentBody", "Product"}),
    "regulates": ({"GovernmentBody", "Country"}, None),
    "suppliesTo": ({"Company", "Organization", "Country"}, {"Company", "Organization", "Country", "GovernmentBody", "City", "Region"}),
    "manufactures": ({"Company", "Organization", "Country"}, {"Product", "Company"}),
    "partnersWith": ({"Company", "Organization", "GovernmentBody", "Country"}, {"Company", "Organization", "GovernmentBody", "Country"}),
    "investsIn": ({"Company", "Organization", "GovernmentBody", "Country", "Person"}, {"Company", "Organization"}),
    "acquires": ({"Company", "Organization", "Person"}, {"Company", "Organization", "Product"}),
    "competesWith": ({"Company", "Organization", "Product", "Country"}, {"Company", "Organization", "Product", "Country"}),
    "launches": ({"Company", "Organization", "GovernmentBody", "Country"}, {"Product", "Policy", "Event"}),
    "develops": ({"Company", "Organization", "GovernmentBody", "Country"}, {"Product"}),
    "owns": ({"Company", "Organization", "Person", "GovernmentBody", "Country"},
             {"Company", "Organization", "Product", "GovernmentBody"}),
    "worksFor": (PERSONS, {"Company", "Organization", "GovernmentBody", "Country"}),
    "leads": (PERSONS, {"Company", "Organization", "GovernmentBody", "Country"}),
    "founded": ({"Person", "Company", "Organization", "GovernmentBody", "Country"}, {"Company", "Organization", "Product", "Event"}),
    "basedIn": ({"Company", "Organization"}, PLACE),
    "locatedIn": ({"City", "Region", "Event", "Organization", "Facility"}, PLACE),
    "accuses": ({"Company", "GovernmentBody", "Country", "Organization", "Person", "Product"}, {"Company", "GovernmentBody", "Country", "Organization", "Person"}),
    # a U.S. state or a city sues as a government ("Texas sued Google")
    "sues": ({"Company", "GovernmentBody", "Country", "Organization", "Person", "Product", "Region", "City"},
             {"Company", "GovernmentBody", "Country", "Organization", "Person"}),
}


def fits(pred: str, s: Entity, o: Entity) -> bool:
    dom, rng = CONSTRAINTS[pred]
    if pred == "locatedIn" and s.type == "Country":  # "Madagascar, an island nation in the Indian Ocean"
        return s.iri != o.iri and o.type == "Region"
    if pred == "regulates" and o.type == "Policy":  # "The CHIPS Act was approved by Congress": a law passed, not
        return False  # a party its rules govern
    if pred == "basedIn" and s.type == "GovernmentBody":  # "the Veterans Administration center in Houston"; a
        return s.iri != o.iri and o.type in ("City", "Region")  # state's own body is part of it, not based in it
    return s.iri != o.iri and (dom is None or s.type in dom) and (rng is None or o.type in rng)


# What an entity NER typed wrongly is more likely to be, by the slot it fills.
COERCE = {"Person": ("Company",), "Company": ("Product",), "Organization": ("Product", "Company"),
          "City": ("Company",), "Product": ("Company",), "Facility": ("City", "Company"), "Event": ("Company",)}  # "based in Beeston" (NER: a building)


def coerce(c: Candidate) -> Candidate:
    """An entity the gazetteer does not know, typed by NER in a way its slot rules out, takes the
    type the slot needs: "AMD acquired Xilinx" (NER: a person), "Baidu unveiled Ernie 4.0".
    An organisation "located in" a place is based there (ONTOLOGY.md: basedIn is for organisations)."""
    if c.pred == "locatedIn" and c.subj.entity.type in ("Company", "Organization"):
        c = replace(c, pred="basedIn")
    if fits(c.pred, c.subj.entity, c.obj.entity):
        return c
    for arg_name in ("subj", "obj"):
        arg = getattr(c, arg_name)
        e = arg.entity
        if e.known:
            continue
        for t in COERCE.get(e.type, ()):
            if t == "Company" and e.type == "Person" and " " in e.label:
                continue  # a full personal name stays a person
            fixed = replace(c, **{arg_name: replace(arg, entity=replace(e, type=t))})
            if fits(fixed.pred, fixed.subj.entity, fixed.obj.entity):
                return fixed
    return c


def legal_twins(c: Candidate) -> Candidate:
    """A unit and its parent whose names differ only by legal form ("Bollore Inc. is a subsidiary of Bollore",
    "Eisai Inc. ... a subsidiary of Eisai Co., Ltd."): the names share one IRI ("Nvidia Corp." is "Nvidia"), but
    the text says they are two bodies. The unit is named in full, so the ownership is not lost as a loop."""
    s, o = c.subj.entity, c.obj.entity
    if c.pred != "owns" or s.iri != o.iri or s.known or o.known or key(s.label) == key(o.label):
        return c
    return replace(c, obj=replace(c.obj, entity=replace(o, iri=entity_iri(o.label))))


def extract(articles: Iterable[Article], *, nlp=None, gazetteer: Gazetteer | None = None,
            model: str | None = None, include_unasserted: bool = False,
            batch_size: int = 32, n_process: int = 1,
            learned: bool | None = None) -> Iterator[tuple[Article, list[Triple]]]:
    """Parse articles with spaCy and yield each with its facts, streaming (learned: see facts_of)."""
    if nlp is None:  # the pipeline tags names from the gazetteer the rules will look them up in
        from ..nlp import load

        nlp, gaz = load(model, gazetteer=gazetteer)
    else:
        gaz = gazetteer if gazetteer is not None else load_gazetteer()
    pairs = ((a.text, a) for a in articles)
    for doc, art in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield art, list(facts_of(doc, art, gaz, include_unasserted=include_unasserted, learned=learned))


def facts_of(doc, art: Article, gaz: Gazetteer, *, include_unasserted: bool = False,
             only: set[str] | None = None, learned: bool | None = None) -> Iterator[Triple]:
    """The facts of one parsed article. only: run just these rules (registry ids), for tests.
    learned: add the learned relation component's facts for pairs no rule read (learned.py); None:
    as KG_LEARNED says ("1" on, "0" off), else as the shipped artefact says (off); never with only."""
    idx = DocIndex.build(doc, gaz)
    year = art.date[:4] if art.date else None
    by_sent = candidates(doc, idx, art, only=only)
    if only is None and learned is not False:
        from .learned import add_learned, switched_on  # the only call into the learned component

        if learned or switched_on():
            add_learned(by_sent, idx)
    best: dict[tuple, Triple] = {}
    # the article's own text: a headline's words were read in sentence case (kg/headlines.py), same offsets
    text = art.text if len(art.text) == len(idx.text) else idx.text  # doc.text joins every token's text: made once
    for sent in idx.sents:
        cands = by_sent.get(sent.start)
        if not cands:
            continue
        said = text[sent.start_char: sent.end_char]  # Span.text, without a Token object per word
        date = find_date(said, year)
        who = attribution(sent, idx)
        for c in cands:
            if c.obj.entity.type == "Person" and "Person" not in (CONSTRAINTS[c.pred][1] or {"Person"}) \
                    and (_kin_named(c.obj, idx) or _honorific(c.obj, idx)):
                continue  # "worked with his brother Tom": a relative, no company NER mistyped; "Mrs. Wu hired X"
            c = coerce(legal_twins(c))
            if not fits(c.pred, c.subj.entity, c.obj.entity) or (not c.asserted and not include_unasserted):
                continue
            if c.pred == "locatedIn" and _contradicts(c.subj.entity, c.obj.entity, gaz):
                continue
            if c.pred == "basedIn" and c.subj.coref and _homed_apart(c.subj.entity, c.obj.entity, gaz):
                continue
            t = to_triple(c, art, sent, date, who, text=said, idx=idx)
            k = (t.key(), t.evidence.subj_start, t.evidence.obj_start)
            if k not in best or best[k].evidence.confidence < t.evidence.confidence:
                best[k] = t
    yield from sorted(best.values(), key=lambda t: (t.evidence.sent_start, t.evidence.subj_start,
                                                     t.predicate, t.object.iri))


def candidates(doc, idx: DocIndex, art: Article | None = None, *,
               only: set[str] | None = None) -> dict[int, list[Candidate]]:
    """Every rule's candidates, by the token index where their sentence starts, in two phases:
    first the facts about mentions (places, nationality) for the whole article, which the
    relation rules then consult (idx.country_of), then the relations."""
    out: dict[int, list[Candidate]] = {}
    failed: set[int] = set()
    derived = matchers(DERIVED, only)
    for phase in (ENTITY, RELATIONS):
        run = gated(phase, only)
        for sent in idx.sents:
            if sent.start in failed:
                continue
            try:
                # a matcher that needs one of a few words (or a mention of a kind) reads only sentences with one
                words, kinds = sent_words(sent, idx), idx.sent_kinds(sent)
                cands = [c for m, need, kind in run if (need is None or not need.isdisjoint(words))
                         and (kind is None or not kind.isdisjoint(kinds)) for c in m(sent, idx)]
                cands += [c for m in derived for c in m(cands, idx)]
            except RecursionError:  # a pathologically nested parse (scraped junk): skip the sentence, keep the rest
                if os.environ.get("KG_STRICT") and len(sent) < 200:
                    raise  # a short sentence cannot nest that deep: a rule that recurses without end
                log.warning("%s: skipped the sentence at character %d (its parse nests too deep for the rules)",
                            (art.path or art.id) if art else "text", sent.start_char)
                failed.add(sent.start)
                out.pop(sent.start, None)
                continue
            except Exception as exc:  # a rule's bug must not cost the article or the build; tests run strict
                if os.environ.get("KG_STRICT"):
                    raise
                log.warning("%s: skipped the sentence at character %d (%s: %s)",
                            (art.path or art.id) if art else "text", sent.start_char, type(exc).__name__, exc)
                failed.add(sent.start)
                out.pop(sent.start, None)
                continue
            if only is not None:
                cands = [c for c in cands if c.rule in only]
            if not cands:
                continue
            out.setdefault(sent.start, []).extend(cands)
            if phase == ENTITY:  # what later descriptions ("the American chipmaker") may not refer to
                for c in cands:
                    if c.pred == "basedIn" and c.asserted and c.obj.entity.type == "Country" and not c.subj.coref:
                        idx.record_country(c.subj.entity.iri, c.obj.entity.iri, sent.start)
    return out


def _kin_named(a, idx: DocIndex) -> bool:
    """A name in apposition to a kin noun: "his brother Tom", "his father (left in picture) Dean"."""
    tok = idx.starts().get(a.start)
    if tok is None:
        return False
    j = tok.i - 1
    if j >= 0 and tok.doc[j].text == ")":  # skip an aside in brackets
        while j > 0 and tok.doc[j].text != "(":
            j -= 1
        j -= 1
    return j >= 0 and tok.doc[j].lower_ in L.KIN_NOUNS and tok.doc[j].tag_ in ("NN", "NNS")


HONORIFICS = {"mr", "mrs", "ms", "mr.", "mrs.", "ms."}  # not "Dr.", which begins firms' names ("Dr. Reddy's")


def _honorific(a, idx: DocIndex) -> bool:
    """A name right after a personal honorific NER left out of it ("Mrs. Rose hired a lawyer"): a person,
    whom a slot for a body may not retype as a company."""
    tok = idx.starts().get(a.start)
    return tok is not None and tok.i > 0 and tok.doc[tok.i - 1].lower_ in HONORIFICS


def _homed_apart(body: Entity, place: Entity, gaz: Gazetteer) -> bool:
    """A description that refers back ("The upstart AI vendor, based in Paris") resolved to a company the gazetteer
    homes in another country than the place's: the description is someone else's, not a move of its seat."""
    home = gaz.home(body.iri)
    if home is None or not place.known:
        return False
    entry, hops = gaz.entries.get(place.label), 0
    while entry is not None and entry.type != "Country" and entry.part_of and hops < 6:
        entry, hops = gaz.entries.get(entry.part_of), hops + 1
    return entry is not None and entry.type == "Country" and entity_iri(entry.name) != home


def _contradicts(place: Entity, container: Entity, gaz: Gazetteer) -> bool:
    """The gazetteer knows where a place is: "Tennessee, Kentucky" in a list is not Tennessee in
    Kentucky. A known place is only inside what its part_of chain names."""
    if not (place.known and container.known) or container.type == "Country" or place.type == "City":
        # countries change ("Dresden, East Germany"); and many towns share a name ("Portland, Maine"
        # is not the gazetteer's Portland, Oregon): only a state or region is checked
        return False
    entry, chain = gaz.entries.get(place.label), []
    while entry is not None and entry.part_of and len(chain) < 6:
        chain.append(entry.part_of)
        entry = gaz.entries.get(entry.part_of)
    return bool(chain) and container.label not in chain


def to_triple(c: Candidate, art: Article, sent, date: str | None, who: str | None, *,
              text: str | None = None, idx: DocIndex | None = None) -> Triple:
    """text: the sentence's text when the caller has it; idx: the article's index (its tokens by offset)."""
    ev = Evidence(article_id=art.id, sentence=(sent.text if text is None else text).strip(),
                  sent_start=sent.start_char, sent_end=sent.end_char, subj_start=c.subj.start, subj_end=c.subj.end,
                  obj_start=c.obj.start, obj_end=c.obj.end, rule=c.rule, confidence=c.confidence,
                  asserted=c.asserted, fact_date=date, attributed_to=who, trigger=_trigger(c, sent, idx))
    return Triple(subject=c.subj.entity, predicate=c.pred, object=c.obj.entity, evidence=ev)


def _trigger(c: Candidate, sent, idx: DocIndex | None = None) -> str | None:
    doc = sent.doc
    starts = idx.starts() if idx is not None else {}
    # a trigger offset is a token's start: that token (else the token the character falls in)
    words = [tok.text for off in c.tokens
             if (tok := starts[off] if off in starts else _token_at(doc, off)) is not None]
    return " ".join(words) or None


def _token_at(doc, offset: int):
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def attribution(sent, idx: DocIndex) -> str | None:
    """Who the sentence is attributed to: "according to Reuters", "said Zhou Hongyi",
    "a Microsoft spokesperson confirmed", "Reuters reported that"."""
    for tok in idx.sent_tokens(sent):
        if tok.lower_ == "according" and tok.dep_ == "prep":
            for to in tok.children:
                for p in to.children:
                    if (m := idx.mention(p, actor=False)):
                        return m.entity.label
        if tok.lemma_.lower() in L.SAY_VERBS and tok.pos_ == "VERB":
            for c in tok.children:
                if c.dep_ != "nsubj":
                    continue
                if (m := idx.mention(c, actor=False)):
                    return m.entity.label
                # "a Microsoft spokesperson", "OpenAI's spokesperson": the organisation speaks
                for mod in c.lefts:
                    if mod.dep_ in ("compound", "poss", "amod") and (m := idx.mention(mod, actor=False)):
                        return m.entity.label
    return None


__all__ = ["extract", "facts_of", "candidates", "EXTRACTOR", "fits"]
