"""Docs built by hand, so that a rule's test pins its behaviour independently of the parser.

A parse is plain data (words, spaces, tags, POS, dependencies, heads, lemmas, entities with their
gazetteer ids) kept in tests/data/parses.json; `doc_of(sentence)` rebuilds it with
`spacy.tokens.Doc(vocab, words=..., heads=..., deps=...)`, the way spaCy's own matcher tests build
theirs. `python tests/handdocs.py` records the parses of new sentences in tests/rules_table.py (with
the statistical model, once); review the recorded parse before trusting a test on it.
"""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

PARSES = Path(__file__).parent / "data" / "parses.json"


@lru_cache(maxsize=1)
def _parses() -> dict:
    return json.loads(PARSES.read_text(encoding="utf-8")) if PARSES.exists() else {}


@lru_cache(maxsize=1)
def _vocab():
    import spacy

    return spacy.blank("en").vocab  # English lexical attributes (lower case, like_num, ...), no model


def has_parse(sentence: str) -> bool:
    return sentence in _parses()


def doc_of(sentence: str):
    """The hand-built Doc of a recorded sentence."""
    from spacy.tokens import Doc, Span

    p = _parses()[sentence]
    doc = Doc(_vocab(), words=p["words"], spaces=p["spaces"], tags=p["tags"], pos=p["pos"], deps=p["deps"],
              heads=p["heads"], lemmas=p["lemmas"])
    doc.ents = [Span(doc, s, e, label=label, span_id=ent_id) for s, e, label, ent_id in p["ents"]]
    assert doc.text == sentence, "the recorded words do not spell the sentence"
    return doc


def record(doc) -> dict:
    return {"words": [t.text for t in doc], "spaces": [bool(t.whitespace_) for t in doc],
            "tags": [t.tag_ for t in doc], "pos": [t.pos_ for t in doc], "deps": [t.dep_ for t in doc],
            "heads": [t.head.i for t in doc], "lemmas": [t.lemma_ for t in doc],
            "ents": [[e.start, e.end, e.label_, e.ent_id_] for e in doc.ents]}


def main() -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from rules_table import CASES, DERIVED_CASES

    from kg.nlp import load_pipeline

    used = [s for _, s, _ in CASES] + [s for _, _, s, _ in DERIVED_CASES]
    parses = {s: p for s, p in _parses().items() if s in used}  # recorded parses stay as they were reviewed
    new = [s for s in used if s not in parses]
    if new:
        nlp = load_pipeline()
        for s in new:
            parses[s] = record(nlp(s))
    PARSES.parent.mkdir(exist_ok=True)
    PARSES.write_text(json.dumps(parses, indent=0, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(new)} parses recorded, {len(parses)} in {PARSES}")


if __name__ == "__main__":
    main()
