"""The rule registry: every way the extractor reads a fact is a named rule.

    PLACE_COMMA = define("place:comma", preds=("locatedIn",), conf=0.85, example="Taylor, Texas")

    @matcher(PLACE_COMMA, PLACE_COMMA_LIST, phase=ENTITY)
    def comma_places(sent, idx): ... yield PLACE_COMMA.fact(a, "locatedIn", b, toks)

A rule (RuleSpec) has an id, the predicates it may give, its default confidence and a one-line
example; `Evidence.rule` is always a registry key, and rules stamp candidates through their spec
(`R.fact`, `R.pairs`), so no confidence is a literal at a yield. A matcher is the function that
reads one sentence (a spaCy Span with the article's DocIndex) and yields candidates of the rules
it declares; closely related readings that share their syntax work share one matcher.

Matchers run in two phases over an article: ENTITY matchers first (facts about single mentions:
places, nationality, ownership by apposition) over every sentence, whose basedIn results the
RELATIONS matchers then consult (DocIndex.country_of) when they resolve a description ("the
American chipmaker"). `run(ids, ...)` runs any subset, so each rule is testable alone.

A matcher whose first test needs one of a few words declares them (`words=`): the registry gives it only
the sentences that hold one of them as written, lemmatised or as `verb_lemma` repairs it (`tokens.sent_words`,
made once a sentence), so a matcher is not even called on the most sentences, which it would leave at once. The
set is what the test reads (a word list or the frames table, named, never a copy), so no result can change;
tests/test_rules.py checks it on every rules-table sentence. A matcher whose first test is a mention of a kind
(a person named in the sentence: `idx.people`) declares the kinds (`kinds=`) the same way (`DocIndex.sent_kinds`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..vocab import PREDICATES as CORE_PREDICATES

from .index import Candidate

if TYPE_CHECKING:
    from .index import Arg

class RegistryError(ValueError):
    """A rule defined wrongly, or one asked for that does not exist."""


ENTITY = "entity"
RELATIONS = "relations"
DERIVED = "derived"  # rules over other rules' candidates (a city's state), run after each phase

# Generic adjustments, applied to every rule's default confidence.
COREF_FACTOR = 0.85  # an end reached through a pronoun or a description
INDIRECT_FACTOR = 0.92  # an end reached through a market noun ("customers in China")
DEMONYM_OK = {"restricts", "suppliesTo"}  # "barred Chinese developers" restricts China; a sanction is named


@dataclass(frozen=True)
class RuleSpec:
    id: str
    preds: tuple[str, ...]
    conf: float
    example: str
    phase: str
    fn: Callable | None = field(default=None, compare=False, repr=False)

    @property
    def doc(self) -> str:
        return (self.fn.__doc__ or "").strip().split("\n")[0] if self.fn else ""

    def fact(self, s: "Arg", pred: str, o: "Arg", toks: tuple[int, ...] = (), *, asserted: bool = True,
             factor: float = 1.0) -> "Candidate":
        """One candidate of this rule; factor lowers the default confidence (a weaker variant)."""
        if pred not in self.preds:
            raise RegistryError(f"rule {self.id} may not give {pred} (it declares {', '.join(self.preds)})")
        return Candidate(s, pred, o, self.id, round(self.conf * factor, 3), asserted, toks)

    def derive(self, c: "Candidate", obj: "Arg") -> "Candidate":
        """A candidate read from another one (a city's state): its confidence times this rule's."""
        if c.pred not in self.preds:
            raise RegistryError(f"rule {self.id} may not give {c.pred} (it declares {', '.join(self.preds)})")
        return replace(c, obj=obj, rule=self.id, confidence=round(c.confidence * self.conf, 3))

    def pairs(self, subjs: list["Arg"], objs: list["Arg"], pred: str, asserted: bool,
              toks: tuple[int, ...] = ()) -> Iterator["Candidate"]:
        """Every subject with every object (coordination distributes)."""
        for s in subjs:
            for o in objs:
                if o.demonym and pred not in DEMONYM_OK:
                    continue
                c = self.conf * (COREF_FACTOR if s.coref or o.coref else 1.0) * (INDIRECT_FACTOR if o.indirect else 1.0)
                if pred not in self.preds:
                    raise RegistryError(f"rule {self.id} may not give {pred} (it declares {', '.join(self.preds)})")
                yield Candidate(s, pred, o, self.id, round(c, 3), asserted, toks)


REGISTRY: dict[str, RuleSpec] = {}
MATCHERS: list[tuple[Callable, str, tuple[RuleSpec, ...]]] = []  # (function, phase, rules), in run order
WORDS: dict[Callable, frozenset[str]] = {}  # a matcher -> the words one of which a sentence needs for it to run
KINDS: dict[Callable, frozenset[str]] = {}  # a matcher -> the entity types one of which a sentence's mentions need


def define(rule_id: str, *, preds: tuple[str, ...], conf: float, example: str) -> RuleSpec:
    """Declare a rule: its id ('family:name'), the predicates it may give, its default confidence
    and an example of what it reads."""
    if ":" not in rule_id:
        raise RegistryError(f"rule id {rule_id!r} must read 'family:name'")
    if rule_id in REGISTRY:
        raise RegistryError(f"rule {rule_id!r} is defined twice")
    bad = [p for p in preds if p not in CORE_PREDICATES]
    if bad:
        raise RegistryError(f"rule {rule_id!r} names unknown predicates {bad}")
    if not 0 < conf <= 1:
        raise RegistryError(f"rule {rule_id!r}: confidence {conf} is not in (0, 1]")
    spec = REGISTRY[rule_id] = RuleSpec(rule_id, tuple(preds), conf, example, "")
    return spec


def matcher(*specs: RuleSpec, phase: str = RELATIONS, words=None, kinds=None):
    """Register a sentence matcher that yields candidates of the given rules; with words (lower case), one that
    reads only sentences holding one of them (as written, lemmatised or as verb_lemma repairs it); with kinds
    (entity types), only sentences with a mention of one of them (as named or as an actor)."""
    if phase not in (ENTITY, RELATIONS, DERIVED):
        raise RegistryError(f"unknown phase {phase!r}")
    if words is not None and (phase == DERIVED or not words or any(w != w.lower() for w in words)):
        raise RegistryError(f"matcher of {specs[0].id}: words must be a non-empty set of lower-case words "
                            "(and a derived rule reads candidates, not words)")
    if kinds is not None and (phase == DERIVED or not kinds):
        raise RegistryError(f"matcher of {specs[0].id}: kinds must be a non-empty set of entity types")

    def deco(fn: Callable) -> Callable:
        for s in specs:
            if REGISTRY.get(s.id) is not s or s.fn is not None:
                raise RegistryError(f"rule {s.id!r} is not defined, or already has a matcher")
            object.__setattr__(s, "phase", phase)  # set once, when the matcher registers
            object.__setattr__(s, "fn", fn)
        MATCHERS.append((fn, phase, specs))
        if words is not None:
            WORDS[fn] = frozenset(words)
        if kinds is not None:
            KINDS[fn] = frozenset(kinds)
        return fn

    return deco


def spec(rule_id: str) -> RuleSpec:
    load_rules()
    try:
        return REGISTRY[rule_id]
    except KeyError:
        raise RegistryError(f"no rule named {rule_id!r} (kg rules lists them)") from None


def rules(phase: str | None = None) -> list[RuleSpec]:
    """Registered rules in the order they run, optionally of one phase."""
    load_rules()
    return [s for _, ph, specs in MATCHERS for s in specs if phase is None or ph == phase]


def matchers(phase: str, only: set[str] | None = None) -> list[Callable]:
    """The matchers of a phase; with only, those that give at least one of the named rules."""
    load_rules()
    return [fn for fn, ph, specs in MATCHERS if ph == phase and (only is None or any(s.id in only for s in specs))]


def gated(phase: str, only: set[str] | None = None) -> list[tuple[Callable, frozenset | None, frozenset | None]]:
    """matchers(phase, only), each with the words and the mentions' kinds one of which a sentence needs for it
    (None: no need)."""
    return [(fn, WORDS.get(fn), KINDS.get(fn)) for fn in matchers(phase, only)]


def load_rules() -> None:
    from . import rules as _  # noqa: F401  (importing the rule modules registers them)
