"""Token-level helpers the clause code and the rules share: a noun's pre-modifiers, verb lemmas through
auxiliaries and coordination, the words of a sentence, where a name's span ends and what follows it, and
whether a noun phrase is an indefinite description or names a body. Split from syntax.py for size."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from . import lexicon as L
from .index import Arg, DocIndex

def modifiers(tok: Token) -> Iterator[Token]:
    """Pre-modifiers of a noun, recursively: "Dutch lithography giant ASML"."""
    for child in tok.lefts:
        if child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod", "nummod"):
            yield child
            if child.pos_ != "VERB":  # "Hong Kong-listed": a participle's own modifiers are not the noun's
                yield from modifiers(child)


DASHES = {"-", "--", "\u2013", "\u2014"}


def dedupe(args: list[Arg]) -> list[Arg]:
    seen, out = set(), []
    for a in args:
        if a.entity.iri not in seen:
            seen.add(a.entity.iri)
            out.append(a)
    return out


def verb_lemma(tok: Token) -> str:
    """The tagger's lemma, repaired when it is not a known verb ("fined" -> "fin" -> "fine")."""
    key = (tok.lemma, tok.lower)  # string ids: the rules ask ~600 times an article, for ~120 words
    got = _by_ids.get(key)
    if got is None:
        if len(_by_ids) > 65536:
            _by_ids.clear()
        got = _by_ids[key] = _verb_lemma(tok.lemma_, tok.lower_)
    return got


_by_ids: dict[tuple[int, int], str] = {}


def sent_words(sent, idx: DocIndex) -> frozenset:
    """Every word of the sentence as written, as lemmatised (both in lower case) and as verb_lemma
    repairs it, made once a sentence: a rule that reads only around a few words returns at once from
    a sentence with none of them (what most sentences are for most rules)."""
    key = ("words", sent.start)
    got = idx.cache.get(key)
    if got is None and sent.doc is not idx.doc:  # a sentence of another Doc: read token by token
        got = frozenset(w for t in sent for w in (t.lower_, t.lemma_.lower(), verb_lemma(t)))
    elif got is None:
        lows, lemmas, verbs = _doc_words(idx)
        got = idx.cache[key] = frozenset((*lows[sent.start:sent.end], *lemmas[sent.start:sent.end],
                                          *verbs[sent.start:sent.end]))
    return got


def _doc_words(idx: DocIndex) -> tuple[list[str], list[str], list[str]]:
    """Each token's lower case, lemma in lower case and verb_lemma, for the whole Doc at once, read from
    an array (no Token object a word; issue 13): what sent_words reads, made once an article."""
    got = idx.cache.get("doc words")
    if got is None:
        from spacy.attrs import LEMMA, LOWER

        from ..namecuts import words_of

        doc = idx.doc
        lows, lemmas = words_of(doc, LOWER), words_of(doc, LEMMA, lower=True)
        strings, verbs = doc.vocab.strings, []
        for key in doc.to_array([LEMMA, LOWER]).tolist():
            v = _by_ids.get(key := tuple(key))
            if v is None:
                if len(_by_ids) > 65536:
                    _by_ids.clear()
                v = _by_ids[key] = _verb_lemma(strings[key[0]], strings[key[1]])
            verbs.append(v)
        got = idx.cache["doc words"] = (lows, lemmas, verbs)
    return got


@lru_cache(maxsize=65536)
def _verb_lemma(lemma: str, low: str) -> str:
    lemma = lemma.lower()
    if lemma in L.VERBS or lemma in L.PREP_CONTROL:
        return lemma
    for cut, add in (("ed", ""), ("d", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"),
                     ("ied", "y"), ("ies", "y")):
        if low.endswith(cut) and (cand := low[: -len(cut)] + add) in L.VERBS:
            return cand
    return lemma


def continues(tok: Token, idx: DocIndex) -> bool:
    """The next token belongs to the same name."""
    here, nxt = idx.tok2m.get(tok.i), idx.tok2m.get(tok.i + 1)
    return here is not None and nxt is not None and nxt[0] is here[0]


def span_end(tok: Token, idx: DocIndex) -> int:
    """The token index just after the name tok belongs to."""
    return idx.tok2m[tok.i][0].end


def past_modifiers(toks, k: int, idx: DocIndex) -> int:
    """The index after adjectives, adverbs and "the" that are not names: "in nearby Rockville",
    "in the southern Chiapas State" (toks: a token list or a Doc)."""
    while k < len(toks) - 1 and (toks[k].pos_ in ("ADJ", "ADV") or toks[k].lower_ == "the") and not idx.mention(toks[k]):
        k += 1
    return k


def named_body(a: Arg, idx: DocIndex) -> bool:
    """A name that surely names an organisation: known, an acronym, or more than one word."""
    text = a.entity.label
    return a.entity.known or a.entity.type != "Company" or " " in text or text.isupper()


COLLECTIVES = {"team", "network", "panel", "staff", "crew", "collective"}  # "a team of ... Instructors"


def indefinite_description(tok: Token) -> bool:
    """A name NER found in a description, not a body's name: "X is a Strategy Consulting & Leadership Training Firm
    headquartered in ...", "X is a team of experienced NRA Firearms Instructors based in ...": the noun (or the first
    of its conjuncts) takes "a"/"an", or is a plural after "a team of"."""
    h = tok
    while h.dep_ == "conj":
        h = h.head
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.lower_.endswith("s") and h.head.head.lower_ in COLLECTIVES:
        h = h.head.head
    return h.dep_ in ("attr", "appos") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in h.children)


def unit_noun(tok: Token) -> bool:
    """A noun for a part of a body (L.UNIT_NOUNS), or "group" qualified in lower case by a business line: "Kestrel's
    cloud group", "Kestrel's data centre and AI group" (a division; the first conjunct of the coordination counts)."""
    for t in (tok, *tok.conjuncts):
        low = t.lemma_.lower()
        if low in L.UNIT_NOUNS or low == "group" and t.text.islower() and any(
                c.dep_ in ("compound", "amod") and not c.text.istitle() for c in t.children):
            return True
    return False


def goes_on(tok: Token, enforcing: bool = False) -> bool:
    """ "It also targeted ...": a subject "it" whose verb says the story goes on with the same actor; enforcing: or
    does what only a regulator does ("It launched investigations into ...", L.ENFORCER_WORDS: the verb, or its act)."""
    v = tok.head
    return tok.dep_ == "nsubj" and v.pos_ == "VERB" and (enforcing and verb_lemma(v) in L.ENFORCER_WORDS or any(
        c.dep_ == "advmod" and c.lower_ in ("also", "further", "additionally") or enforcing and c.dep_ == "dobj"
        and c.lemma_.lower() in L.ENFORCER_WORDS for c in v.children))


def for_sales(verb: Token) -> bool:
    """What one relies on a party "for" is its revenue or sales ("for about 16% of its annual revenue")."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(t.lemma_.lower() in L.SALES_NOUNS for t in c.subtree)
               for c in verb.children)


def patented(p: Token) -> bool:
    """A party's patents or patented inventions ("Orvane's patented technology", "its patents")."""
    return p.lemma_.lower() in L.PATENT_WORDS or any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in L.PATENT_WORDS
                                                     for c in p.children)
