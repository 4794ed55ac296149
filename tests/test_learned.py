"""The learned relation component: features, scoring, the hook into extraction, the shipped
artefact, and training (deterministic, reproduced from a fixture of our own sentences)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def _pairs(nlp, gaz, text):
    from kg.extract.index import DocIndex
    from kg.extract.learned import PREDICATES, features, pairs

    doc = nlp(text)
    idx = DocIndex.build(doc, gaz)
    out = {}
    for sent in idx.sents:
        for s_span, s, o_span, o, ok in pairs(sent, idx, PREDICATES):
            out[(s.entity.label, o.entity.label)] = (ok, features(sent, s_span, o_span, s.entity.type,
                                                                 o.entity.type, idx))
    return idx, out


def test_features_are_plain_strings_of_the_path_and_the_words_between(nlp, gaz):
    _, got = _pairs(nlp, gaz, "Sarah Miller is a senior engineer at Intel.")
    ok, feats = got[("Sarah Miller", "Intel")]
    assert {"worksFor", "leads", "founded"} <= set(ok)
    assert all(isinstance(f, str) for f in feats)
    assert "T:Person>Company" in feats and "ord:so" in feats
    assert "BW:engineer" in feats and "BW:at" in feats  # the words between, as lemmas
    assert "PL:engineer" in feats  # a word on the dependency path between the two heads
    assert any(f.startswith("PD:") and "^nsubj" in f for f in feats)
    assert ("Intel", "Sarah Miller") not in got  # no predicate takes a company to a person


def test_clause_features_say_where_each_mention_sits(nlp, gaz):
    # the known false reading: the company is two prepositional phrases down, under a noun
    _, got = _pairs(nlp, gaz, "Sarah Miller wrote a critical review of the new drone from Intel.")
    _, feats = got[("Sarah Miller", "Intel")]
    assert {"GOV:write", "Opps:2", "Opp:from", "Opp:of", "Opp-on:NOUN", "Spps:0"} <= set(feats)
    # a relative clause, a quotation, negation, a third entity on the path
    _, got = _pairs(nlp, gaz, 'Sarah Miller, who met the chief of Intel, said "Samsung is not working".')
    _, feats = got[("Sarah Miller", "Intel")]
    assert {"Oin:relcl", "GOV:say", "Opps:1"} <= set(feats) and "neg-on-path" not in feats
    samsung = next(v for k, v in got.items() if k[0] == "Intel")[1]
    assert {"Oquoted", "neg-on-path", "quote-between", "third-on-path:Person", "Sin:relcl"} <= set(samsung)


def test_a_rule_reading_of_either_end_with_another_entity_is_a_feature(nlp, gaz):
    from kg.extract import candidates
    from kg.extract.index import DocIndex
    from kg.extract.learned import PREDICATES, features, pairs, ruled_in

    doc = nlp("Sarah Miller, a senior engineer at Intel, reviewed a drone from Samsung.")
    idx = DocIndex.build(doc, gaz)
    by_sent = candidates(doc, idx)
    got = {}
    for sent in idx.sents:
        ruled = ruled_in(by_sent.get(sent.start, []))
        for s_span, s, o_span, o, _ok in pairs(sent, idx, PREDICATES):
            got[(s.entity.label, o.entity.label)] = features(sent, s_span, o_span, s.entity.type, o.entity.type,
                                                             idx, ruled, s.entity.iri, o.entity.iri)
    assert "Sruled:worksFor" in got[("Sarah Miller", next(k[1] for k in got if "Samsung" in k[1]))]
    assert not any(f.startswith("Sruled:") for f in got[("Sarah Miller", "Intel")])  # not its own reading


def test_it_abstains_on_an_unseen_governing_verb_and_on_an_end_hung_on_a_third_name():
    from kg.extract.learned import abstains, score

    w = {"GOV:serve": 0.4, "GOV:be": -0.1, "PL:ceo": 5.0}
    assert not abstains(w, ["GOV:be", "PL:ceo"])  # seen, even with a negative weight
    assert abstains(w, ["GOV:shoot", "PL:ceo"]) and score(3.0, w, ["GOV:shoot", "PL:ceo"]) == 0.0
    assert abstains(w, ["GOV:serve", "PL:ceo", "Oon:third"])
    assert score(3.0, w, ["GOV:serve", "PL:ceo"]) > 0.99


def _model(weights: dict[str, float], pred: str = "worksFor", threshold: float = 0.8):
    from kg.extract.learned import Model

    seen = {"GOV:be": 0.0, "GOV:praise": 0.0, "GOV:speak": 0.0}  # governing verbs it has seen
    return Model({"models": {pred: {"enabled": True, "threshold": threshold, "confidence": 0.9,
                                    "bias": -3.0, "weights": {**seen, **weights}}}})


def test_add_learned_fires_on_its_pattern_and_not_on_a_near_miss(nlp, gaz):
    from kg.extract.learned import add_learned

    model = _model({"PL:engineer": 6.0})  # a hand-set model: the mechanics, not the shipped weights
    idx, _ = _pairs(nlp, gaz, "Sarah Miller is a senior engineer at Intel.")
    by_sent: dict = {}
    add_learned(by_sent, idx, model)
    got = [(c.subj.entity.label, c.pred, c.obj.entity.label, c.rule, c.confidence) for cs in by_sent.values() for c in cs]
    assert got == [("Sarah Miller", "worksFor", "Intel", "learned:worksFor", 0.9)]

    idx, _ = _pairs(nlp, gaz, "Sarah Miller praised a chip made by Intel.")
    by_sent = {}
    add_learned(by_sent, idx, model)
    assert by_sent == {}


def test_add_learned_leaves_pairs_a_rule_read_and_negated_clauses(nlp, gaz):
    from kg.extract import candidates
    from kg.extract.learned import add_learned

    model = _model({"BW:engineer": 6.0, "PL:engineer": 6.0})
    idx, _ = _pairs(nlp, gaz, "Sarah Miller, a senior engineer at Intel, spoke.")
    by_sent = candidates(idx.doc, idx)
    before = [c for cs in by_sent.values() for c in cs]
    assert any(c.subj.entity.label == "Sarah Miller" and c.obj.entity.label == "Intel" for c in before)
    add_learned(by_sent, idx, model)
    assert [c for cs in by_sent.values() for c in cs] == before  # the rule's reading stands alone

    idx, _ = _pairs(nlp, gaz, "Sarah Miller is not an engineer at Intel.")
    by_sent = {}
    add_learned(by_sent, idx, _model({"BW:engineer": 6.0}))
    assert by_sent == {}


def test_the_shipped_artefact_fires_on_its_own_kind_of_sentence_and_not_on_a_near_miss(nlp, gaz):
    from kg.extract.learned import add_learned, load

    model = load()
    firing = "Thomas Reed is a British entrepreneur who founded and is the CEO of Fabrikam."
    idx, _ = _pairs(nlp, gaz, firing)
    by_sent: dict = {}
    add_learned(by_sent, idx, model)
    got = {(c.subj.entity.label, c.pred, c.obj.entity.label) for cs in by_sent.values() for c in cs}
    assert ("Thomas Reed", "leads", "Fabrikam") in got
    idx, _ = _pairs(nlp, gaz, "Thomas Reed is a British entrepreneur who reviewed the products of Fabrikam.")
    by_sent = {}
    add_learned(by_sent, idx, model)
    assert by_sent == {}


def test_facts_of_runs_it_when_switched_on_as_shipped_and_not_when_switched_off(nlp, gaz, monkeypatch):
    from kg.extract import facts_of
    from kg.models import Article

    text = "Thomas Reed is a British entrepreneur who founded and is the CEO of Fabrikam."
    art = Article("t", text, "t")
    monkeypatch.delenv("KG_LEARNED", raising=False)
    default = {(t.subject.label, t.predicate, t.object.label, t.evidence.rule) for t in facts_of(nlp(text), art, gaz)}
    off = {(t.subject.label, t.predicate, t.object.label, t.evidence.rule)
           for t in facts_of(nlp(text), art, gaz, learned=False)}
    assert not any(r.startswith("learned:") for *_, r in off)
    on = {(t.subject.label, t.predicate, t.object.label, t.evidence.rule)
          for t in facts_of(nlp(text), art, gaz, learned=True)}
    assert ("Thomas Reed", "leads", "Fabrikam", "learned:leads") in on
    assert default == on  # shipped switched on
    assert off <= on  # it adds, never removes
    monkeypatch.setenv("KG_LEARNED", "0")
    assert {(t.subject.label, t.predicate, t.object.label, t.evidence.rule) for t in facts_of(nlp(text), art, gaz)} == off
    assert {(t.subject.label, t.predicate, t.object.label, t.evidence.rule)
            for t in facts_of(nlp(text), art, gaz, learned=True)} == on
    monkeypatch.setenv("KG_LEARNED", "1")
    assert {(t.subject.label, t.predicate, t.object.label, t.evidence.rule) for t in facts_of(nlp(text), art, gaz)} == on


def test_the_shipped_artefact_loads_small_attributed_and_scores_deterministically():
    from kg.extract.learned import ARTEFACT, PREDICATES, Model, load
    from kg.extract.learned_train import MIN_HITS, TARGET, wilson_low

    assert ARTEFACT.stat().st_size < 1_000_000
    data = json.loads(ARTEFACT.read_text(encoding="utf-8"))
    assert data["switched_on"] is True and "KnowledgeNet" in data["trained_on"] and "CC BY-SA" in data["licence"]
    assert "CC BY-SA 4.0" in (ARTEFACT.parent / "README.md").read_text(encoding="utf-8")
    model = load()
    assert set(model.models) <= set(PREDICATES) and model.active
    for pred in model.active:
        m = model.models[pred]
        assert 0.5 <= m["threshold"] < 1 and 0 < m["confidence"] < 1 and m["cv"]["hits"] >= MIN_HITS
        assert wilson_low(round(m["cv"]["hits"]), round(m["cv"]["added"])) >= TARGET  # cross-validated
    feats = ["T:Person>Company", "BW:engineer", "PL:engineer", "PD:^nsubj vattr vprep vpobj"]
    again = Model(json.loads(ARTEFACT.read_text(encoding="utf-8")))
    assert [model.prob(p, feats) for p in model.models] == [again.prob(p, feats) for p in again.models]


def test_training_reproduces_the_fixture_artefact_byte_for_byte():
    from kg.extract.learned import PREDICATES
    from kg.extract.learned_train import dump, train

    ex = [json.loads(x) for x in (DATA / "learned_examples.jsonl").read_text(encoding="utf-8").splitlines()]
    first = dump(train(ex, PREDICATES, meta={"fixture": True}))
    assert first == dump(train(ex, PREDICATES, meta={"fixture": True}))
    assert first == (DATA / "learned_artefact.json").read_text(encoding="utf-8")
    w = json.loads(first)["models"]["worksFor"]["weights"]
    assert w["BW:at"] > 0  # "an engineer at X" points to employment in our own sentences


def test_the_fixture_examples_are_what_our_sentences_give(nlp, gaz):
    """The fixture is reproducible from tests/learned_fixture.py's own sentences."""
    from tests.learned_fixture import examples

    want = [json.loads(x) for x in (DATA / "learned_examples.jsonl").read_text(encoding="utf-8").splitlines()]
    assert examples(nlp, gaz) == want


def test_threshold_is_the_lowest_whose_precision_interval_stays_above_the_target():
    from kg.extract.learned_train import MIN_HITS, TARGET, threshold, wilson_low

    assert (TARGET, MIN_HITS) == (0.8, 4)
    # nine of ten (point precision 0.9) is not enough: its interval reaches down to 0.77
    assert wilson_low(4, 4) >= 0.8 > wilson_low(9, 10) and wilson_low(3, 3) < 0.8
    ex = [{"y": y, "cov": False, "ok": True} for y in [1] * 5 + [0] * 2 + [1] * 2 + [0] * 3]
    probs = [0.99 - 0.01 * i for i in range(len(ex))]
    got = threshold(ex, probs)
    # five of five (lower end 0.83) is taken; seven of nine further down is not
    assert got["threshold"] == pytest.approx(0.95) and got["precision"] == 1.0 and got["hits"] == 5
    ex[0]["cov"] = True  # a pair a rule read is not what the component adds
    assert threshold(ex, probs)["hits"] == 4
    assert threshold(ex * 2, probs * 2, repeats=2)["hits"] == 4  # two pooled cross-validations count as one
    ex[1]["cov"] = True  # three of three: too few hits to enable
    assert threshold(ex, probs)["threshold"] is None


def test_hard_negatives_weigh_more_and_are_negatives_only():
    from kg.extract.learned_train import HARD, weight

    assert weight({"y": 0, "g": "own-3", "f": []}) == HARD  # a near miss written for the purpose
    assert weight({"y": 0, "g": "kn-1", "f": ["mention-between"]}) == HARD
    assert weight({"y": 0, "g": "kn-1", "f": ["Sruled:worksFor"]}) == HARD
    assert weight({"y": 1, "g": "own-3", "f": ["mention-between"]}) == 1.0
    assert weight({"y": 0, "g": "kn-1", "f": ["BW:at"]}) == 1.0


def test_training_data_is_read_from_knowledgenet_folds_1_2_only(shared):
    from benchmarks.train_relations import KN, kn_passages

    if not KN.exists():
        pytest.skip(f"{KN} is absent")
    passages = kn_passages(KN)
    assert passages and all(p["g"].startswith("kn-") for p in passages)
    folds = {json.loads(x)["doc"]: json.loads(x)["fold"] for x in KN.read_text(encoding="utf-8").splitlines()}
    assert {folds[p["g"][3:]] for p in passages} <= {1, 2}


def test_kg_extract_switches_it_with_learned_and_no_learned(tmp_path):
    import os
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("Thomas Reed is a British entrepreneur who founded and is the CEO of "
                                    "Fabrikam.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "KG_LEARNED"}

    def rules(*opts: str) -> set[str]:
        out = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "extract", str(tmp_path), *opts],
                             capture_output=True, text=True, check=True, env=env).stdout
        return {json.loads(line)["rule"] for line in out.splitlines()}

    assert "learned:leads" in rules("--learned")
    assert "learned:leads" in rules()  # on as shipped
    assert not any(r.startswith("learned:") for r in rules("--no-learned"))
