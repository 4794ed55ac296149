"""Each registered rule alone, on hand-built Docs (tests/handdocs.py, tests/rules_table.py):
its behaviour is pinned independently of the statistical parser."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from handdocs import doc_of, has_parse  # noqa: E402
from rules_table import CASES, DERIVED_CASES  # noqa: E402

from kg.extract import facts_of  # noqa: E402
from kg.extract.registry import DERIVED, RegistryError, define, rules, spec  # noqa: E402
from kg.models import Article  # noqa: E402


@pytest.fixture(scope="module")
def gazetteer():
    from kg.gazetteer import load

    return load()


def _facts(sentence: str, gaz, only: set[str]) -> tuple[set, list]:
    doc = doc_of(sentence)
    facts = [t for t in facts_of(doc, Article("t", sentence, "t"), gaz, only=only)]
    return {(t.subject.label, t.predicate, t.object.label) for t in facts}, facts


@pytest.mark.parametrize("rule_id,sentence,expected", CASES, ids=[f"{r}:{s[:40]}" for r, s, _ in CASES])
def test_rule_alone(rule_id, sentence, expected, gazetteer):
    assert has_parse(sentence), "run `python tests/handdocs.py` to record the parse of a new sentence"
    got, facts = _facts(sentence, gazetteer, {rule_id})
    assert got == expected
    assert all(t.evidence.rule == rule_id for t in facts)
    assert all(t.evidence.confidence <= spec(rule_id).conf for t in facts)


@pytest.mark.parametrize("rule_id,feeders,sentence,expected", DERIVED_CASES,
                         ids=[f"{r}:{s[:40]}" for r, _, s, _ in DERIVED_CASES])
def test_derived_rule(rule_id, feeders, sentence, expected, gazetteer):
    from kg.extract import candidates
    from kg.extract.index import DocIndex

    doc = doc_of(sentence)
    by_sent = candidates(doc, DocIndex.build(doc, gazetteer), only={rule_id, *feeders})
    mine = {(c.subj.entity.label, c.pred, c.obj.entity.label) for cs in by_sent.values() for c in cs
            if c.rule == rule_id}
    assert mine == expected


def test_every_rule_has_a_positive_and_a_negative_case():
    cases = [(r, bool(e)) for r, _, e in CASES] + [(r, bool(e)) for r, _, _, e in DERIVED_CASES]
    for s in rules():
        assert (s.id, True) in cases, f"{s.id} has no sentence where it fires"
        assert (s.id, False) in cases, f"{s.id} has no sentence where it must not fire"
        assert s.example and s.preds and s.fn is not None and (s.phase == DERIVED or s.fn.__doc__)


def test_rule_functions_stay_small():
    import inspect

    for s in rules():
        lines = len(inspect.getsource(s.fn).splitlines())
        assert lines <= 60, f"{s.fn.__name__} ({s.id}) is {lines} lines: split it"


def test_registry_refuses_bad_rules():
    with pytest.raises(RegistryError, match="unknown predicates"):
        define("x:y", preds=("restrictz",), conf=0.5, example="-")
    with pytest.raises(RegistryError, match="defined twice"):
        define("clause:verb", preds=("restricts",), conf=0.5, example="-")
    with pytest.raises(RegistryError, match="no rule named"):
        spec("clause:nothing")
    with pytest.raises(RegistryError, match="may not give"):
        spec("place:comma").fact(None, "owns", None)


def test_frames_table_errors_name_the_row(tmp_path):
    from kg.extract.lexicon import FramesError, load_frames

    bad = tmp_path / "frames.toml"
    bad.write_text('[[verb]]\nlemmas = ["block"]\nframes = [{pred = "restrictz", slots = ["dobj"]}]\n'
                   '[parts]\nowner = ["owner"]\npart = ["unit"]\n')
    with pytest.raises(FramesError, match=r"\[\[verb\]\] row 1 \(block\): unknown predicate 'restrictz'"):
        load_frames(bad)
    bad.write_text('[[verb]]\nlemmas = ["block"]\nframes = [{pred = "restricts", slots = ["dobject"]}]\n')
    with pytest.raises(FramesError, match="bad slot"):
        load_frames(bad)


def test_a_broken_word_table_is_one_line_at_the_cli(tmp_path):
    """An edited words.toml with a list after a [table] header (a slip the tables invite) stops
    `kg extract` with one line naming the file and the table, never a traceback."""
    import shutil

    import kg

    copy = tmp_path / "kg"
    shutil.copytree(Path(kg.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    words = copy / "extract" / "words.toml"
    words.write_text(words.read_text(encoding="utf-8") + '\nSTRAY_LIST = ["a", "b"]\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("OpenAI blocked API traffic from China in July.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "extract", str(article)],
                         capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(tmp_path)})
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == [run.stderr.strip()]
    assert "words.toml" in run.stderr and "[" in run.stderr


def test_kg_rules_lists_every_rule():
    out = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "rules", "--format", "jsonl"],
                         capture_output=True, text=True, check=True).stdout
    ids = [line.split('"id": "')[1].split('"')[0] for line in out.splitlines()]
    assert ids == [s.id for s in rules()]


def test_declared_words_cover_what_each_matcher_reads(gazetteer):
    """A matcher that declares words or mention kinds (registry `words=`, `kinds=`) is not called on a sentence
    without one of them; on every rules-table sentence, called anyway, it must give nothing there, and the run with
    the gates gives the same candidates as one without them."""
    from kg.extract import candidates, registry as R
    from kg.extract.index import DocIndex
    from kg.extract.rules.clause import TRIGGERS, _read_clause
    from kg.extract.tokens import sent_words

    R.load_rules()
    assert len(R.WORDS) >= 50 and len(R.KINDS) >= 6
    sentences = sorted({s for _, s, _ in CASES} | {s for _, _, s, _ in DERIVED_CASES})
    words_of, kinds_of = dict(R.WORDS), dict(R.KINDS)
    for sentence in sentences:
        doc = doc_of(sentence)
        idx = DocIndex.build(doc, gazetteer)
        gated = candidates(doc, idx)
        for sent in idx.sents:
            words, kinds = sent_words(sent, idx), idx.sent_kinds(sent)
            if words.isdisjoint(TRIGGERS):  # clauses() reads no clause there
                assert all(_read_clause(t, idx) is None for t in idx.sent_tokens(sent)), sentence
            for fn in {*words_of, *kinds_of}:
                if fn in words_of and words_of[fn].isdisjoint(words) or fn in kinds_of and kinds_of[fn].isdisjoint(kinds):
                    assert not list(fn(sent, idx)), f"{fn.__name__} reads {sentence!r} without what it declares"
        R.WORDS.clear()
        R.KINDS.clear()
        try:
            doc = doc_of(sentence)
            plain = candidates(doc, DocIndex.build(doc, gazetteer))
        finally:
            R.WORDS.update(words_of)
            R.KINDS.update(kinds_of)
        assert plain == gated, sentence
