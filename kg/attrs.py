"""The model's attribute ruler (tag -> part of speech and morphology, plus its exceptions),
applied with the same rules at a fraction of the cost.

spaCy's AttributeRuler runs a Matcher of 179 token patterns over every token: 34 µs a token,
14% of the whole pipeline's time on news text, more than the parser. Nearly every pattern names
the token's TAG or LOWER exactly, so the patterns that can match a token are found with two
dictionary lookups; the few others are tried on every token. Matches are then applied exactly as
the AttributeRuler applies them: sorted by pattern order, then position, each setting its
attributes on the token it points to, later patterns winning. The test compares every token's
tag, part of speech, morphology, lemma and dependency with the stock ruler's on real text.
"""
from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
Check = Callable[[tuple], bool]


class FastAttributeRuler:
    """Reads the patterns of a loaded AttributeRuler; `__call__` gives the same Doc it would."""

    def __init__(self, ruler) -> None:
        self.strings = ruler.vocab.strings
        self.by_lower: dict[int, list] = {}
        self.by_tag: dict[int, list] = {}
        self.other: list = []
        self.regex_memo: dict[tuple[int, int], bool] = {}
        self.memo: dict[tuple, tuple] = {}  # token attributes -> one-token matches
        self.multi_memo: dict[tuple, tuple] = {}  # token attributes -> the longer patterns that may start there
        for order, spec in enumerate(ruler.patterns):
            attrs, index = ruler.attrs[order], spec["index"]
            for pattern in spec["patterns"]:
                checks = [self._checks(tok) for tok in pattern]
                entry = (order, len(pattern), index, checks, attrs)
                first = pattern[0]
                if isinstance(first.get("LOWER"), str):
                    self.by_lower.setdefault(self.strings.add(first["LOWER"]), []).append(entry)
                elif isinstance(first.get("TAG"), str):
                    self.by_tag.setdefault(self.strings.add(first["TAG"]), []).append(entry)
                else:
                    self.other.append(entry)
        self.multi_first = {k for k, group in self.by_lower.items() for e in group if e[1] > 1}
        # a pattern of several tokens keyed by its first TAG, or by nothing: tried wherever it may start
        self.multi_other = any(e[1] > 1 for g in (self.other, *self.by_tag.values()) for e in g)

    def _checks(self, tok: dict) -> list[Check]:
        out: list[Check] = []
        for key, want in tok.items():
            if key not in FIELDS:
                raise ValueError(f"attribute ruler pattern on {key}: not supported by the fast ruler")
            f = FIELDS[key]
            if key == "IS_SPACE":
                out.append(lambda row, f=f, want=bool(want): bool(row[f]) == want)
            elif isinstance(want, str):
                out.append(lambda row, f=f, h=self.strings.add(want): row[f] == h)
            elif set(want) == {"IN"}:
                out.append(lambda row, f=f, hs=frozenset(self.strings.add(v) for v in want["IN"]): row[f] in hs)
            elif set(want) == {"NOT_IN"}:
                out.append(lambda row, f=f, hs=frozenset(self.strings.add(v) for v in want["NOT_IN"]): row[f] not in hs)
            elif set(want) == {"REGEX"}:
                out.append(self._regex(f, re.compile(want["REGEX"])))
            else:
                raise ValueError(f"attribute ruler pattern {tok}: not supported by the fast ruler")
        return out

    def _regex(self, f: int, rx: re.Pattern) -> Check:
        memo = self.regex_memo

        def check(row: tuple) -> bool:
            key = (id(rx), row[f])
            if key not in memo:
                memo[key] = rx.search(self.strings[row[f]]) is not None
            return memo[key]
        return check

    def _single(self, row: tuple) -> tuple:
        """The one-token patterns a token with these attributes matches: they depend on nothing
        else, and the same few hundred rows make up most of a text."""
        return tuple((order, index, attrs) for order, length, index, checks, attrs in self._candidates(row)
                     if length == 1 and all(c(row) for c in checks[0]))

    def _candidates(self, row: tuple):
        return (*self.by_lower.get(row[1], ()), *self.by_tag.get(row[0], ()), *self.other)

    def _multi(self, row: tuple) -> tuple:
        """The patterns of several tokens that may start at a token with these attributes."""
        return tuple(e for e in self._candidates(row) if e[1] > 1)

    def __call__(self, doc: Doc) -> Doc:
        rows = [tuple(r) for r in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        n = len(rows)
        matches = []
        memo, multi_memo = self.memo, self.multi_memo
        for i, row in enumerate(rows):
            hits = memo.get(row)
            if hits is None:
                hits = memo[row] = self._single(row)
            matches += [(order, i, i + 1, index, attrs) for order, index, attrs in hits]
            if row[1] in self.multi_first or self.multi_other:
                multi = multi_memo.get(row)
                if multi is None:
                    multi = multi_memo[row] = self._multi(row)
                for order, length, index, checks, attrs in multi:
                    if i + length <= n and all(all(c(rows[i + k]) for c in checks[k]) for k in range(length)):
                        matches.append((order, i, i + length, index, attrs))
        matches.sort(key=lambda m: m[:3])
        for _, start, end, index, attrs in matches:  # the token doc[start:end][index] points to
            inside = -(end - start) <= index < end - start  # else as the stock ruler, which fails on it
            set_token_attrs(doc[(start if index >= 0 else end) + index] if inside else doc[start:end][index], attrs)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory("kg_attribute_ruler")
def make_fast_attribute_ruler(nlp: Language, name: str, source: str = "attribute_ruler") -> FastAttributeRuler:
    return FastAttributeRuler(nlp.get_pipe(source))


def use_fast_ruler(nlp: Language) -> bool:
    """Put the fast ruler in the stock one's place; False (and the stock ruler kept) where its
    patterns use anything the fast ruler does not read."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    try:
        nlp.add_pipe("kg_attribute_ruler", after="attribute_ruler")
    except ValueError:
        return False
    nlp.remove_pipe("attribute_ruler")
    return True


class FastLemmatizer:
    """The model's lemmatizer with its answers remembered: a lemma is a function of the word, its
    part of speech and its morphology alone (spaCy's own cache is keyed on them, but the
    lemmatizer still makes a Token, a MorphAnalysis and a dictionary of features per word to
    get there: 1.3 ms an article, more than the parser's share of some texts; issue 13). The
    first time a (word, part of speech, morphology) comes, the stock lemmatizer reads that token;
    every lemma is then set at once from an array. Words the attribute ruler gave a lemma keep it,
    as the stock one leaves them (unless it overwrites)."""

    def __init__(self, stock) -> None:
        self.stock = stock
        self.strings = stock.vocab.strings
        self.memo: dict[tuple[int, int, int], int] = {}

    @property
    def lookups(self):  # what kg.headlines.Lexicon reads of the lemmatizer
        return self.stock.lookups

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        memo, overwrite, changed = self.memo, self.stock.overwrite, False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if not overwrite and lemma != 0:
                continue
            got = memo.get((orth, pos, morph))
            if got is None:
                got = memo[(orth, pos, morph)] = self.strings.add(self.stock.lemmatize(doc[i])[0])
            if got != lemma:
                lemmas[i] = got
                changed = True
        if changed:
            doc.from_array([LEMMA], lemmas.astype(numpy.uint64))
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory("kg_lemmatizer")
def make_fast_lemmatizer(nlp: Language, name: str, source: str = "lemmatizer") -> FastLemmatizer:
    return FastLemmatizer(nlp.get_pipe(source))


def use_fast_lemmatizer(nlp: Language) -> bool:
    """Put the remembering lemmatizer in the stock one's place (a rule or lookup lemmatizer, as
    spaCy's own: anything else is left as it is)."""
    from spacy.pipeline import Lemmatizer

    if "lemmatizer" not in nlp.pipe_names or not isinstance(nlp.get_pipe("lemmatizer"), Lemmatizer) \
            or nlp.get_pipe("lemmatizer").mode not in ("rule", "lookup"):
        return False
    nlp.add_pipe("kg_lemmatizer", after="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    return True
