"""Analyst review (issue 14): decisions kept as data beside the corpus survive every rebuild
(full, incremental, --jobs 2), merges change canonicalisation in every article and saved query,
added facts keep their citation, stale decisions are reported, the decisions file round-trips
byte for byte, and the exported gold file scores with ../shared/eval/score.py."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg
from kg import review as rv
from kg.cli import app
from kg.errors import ReviewError
from kg.export import export
from kg.ids import ID_BASE, ONTOLOGY, fact_iri
from kg.review_desk import Desk
from kg.store import GraphStore

from .conftest import write_corpus

runner = CliRunner()
E = ID_BASE + "entity/"
DOC = E + "u-s-department-of-commerce"
ARTICLES = {
    "a1.txt": "TITLE: Huawei curbs\nDATE: 2019-05-16\nSOURCE: Desk A\n-----\n"
              "Commerce restricted Huawei in May 2019. Applied Materials supplies chip tools to SMIC. "
              "Nvidia partners with TSMC.\n",
    "a2.txt": "TITLE: SMIC curbs\nDATE: 2020-12-18\nSOURCE: Desk B\n-----\n"
              "Commerce restricted SMIC in December 2020. The U.S. Department of Commerce restricted ZTE.\n",
    "a3.txt": "TITLE: Chip tools\nDATE: 2021-03-01\nSOURCE: Desk B\n-----\n"
              "Applied Materials supplies chip tools to SMIC. "
              "The Dutch government restricted ASML from shipping to China.\n",
    "a4.txt": "TITLE: Apple and Samsung\nDATE: 2021-03-05\nSOURCE: Desk C\n-----\n"
              "Samsung supplies memory chips to Apple. Apple sued Samsung in March 2021.\n",
}
WRONG = (E + "netherlands", "restricts", E + "asml")  # "restricted ASML from shipping": ASML is not the target


def canonical(out: Path) -> bytes:
    return export(GraphStore(out / "store", read_only=True), "nq", out / "canonical.nq").read_bytes()


def facts(out: Path) -> set[tuple[str, str, str]]:
    q = "SELECT ?s ?p ?o WHERE { GRAPH kgid:graph\\/merged { ?f a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }"
    return {(r["s"], r["p"].rsplit("#", 1)[-1], r["o"]) for r in kg.query(q, store=out).records()}


def fid(s: str, p: str, o: str) -> str:
    return fact_iri(s, ONTOLOGY + p, o).rsplit("/", 1)[-1]


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory, nlp):
    """Build, review (reject, merge, add, accept, and one decision that will go stale), rebuild;
    then change the corpus and rebuild incrementally. Snapshots of each stage for the tests."""
    root = tmp_path_factory.mktemp("review")
    corpus = write_corpus(root / "corpus", ARTICLES)
    # the project's own gazetteer knows a "Commerce" of its own, so the graph holds two nodes for
    # one department until an analyst merges them
    gaz = root / "gazetteer.jsonl"
    gaz.write_text('{"name": "Commerce", "type": "GovernmentBody"}\n', encoding="utf-8")
    build = partial(kg.build, exports=(), gazetteers=(str(gaz),))
    out = root / "out"
    first = build(corpus, out=out)
    snap = {"first_facts": facts(out), "queue": runner.invoke(app, ["review", "--store", str(out), "--format", "jsonl",
                                                                   "--limit", "0"]).stdout}
    desk = Desk(out)
    desk.judge("reject", fid(*WRONG), reason="the Dutch government restricts ASML's shipments, not ASML", by="ana")
    desk.merge("Commerce", "U.S. Department of Commerce", reason="the same department", by="ana")
    desk.add("Nvidia", "partnersWith", "TSMC", article="Huawei curbs", sentence="Nvidia partners with TSMC.",
             reason="missed by the extractor", by="ben")
    desk.judge("accept", fid(DOC, "restricts", E + "zte"), by="ana")
    desk.judge("accept", fid(E + "commerce", "restricts", E + "huawei"), by="ana")  # made before the merge applies
    desk.judge("reject", fid(E + "apple", "sues", E + "samsung-electronics"), article="Apple and Samsung",
               reason="a test of a decision that goes stale", by="ana")
    desk.close()
    second = build(corpus, out=out)
    snap.update(facts=facts(out), second=second, decisions=(root / "kg-review.jsonl").read_bytes(),
                restricts=kg.saved_query("who-restricts-whom", store=out).records(),
                doc=kg.saved_query("entity", store=out, entity="U.S. Department of Commerce").records())
    # the corpus changes: an edited article, a new one repeating the wrong fact, a deleted one
    (corpus / "a3.txt").write_text(ARTICLES["a3.txt"] + "Intel supplies chips to Dell.\n", encoding="utf-8")
    (corpus / "a5.txt").write_text("TITLE: Again\nDATE: 2022-01-10\nSOURCE: Desk D\n-----\n"
                                   "The Dutch government restricted ASML from shipping to China. "
                                   "Commerce restricted Hikvision in 2022.\n", encoding="utf-8")
    (corpus / "a4.txt").unlink()
    third = build(corpus, out=out)
    snap.update(third=third, final_facts=facts(out))
    return {"root": root, "corpus": corpus, "out": out, "first": first, "build": build, **snap}


def test_decisions_file_round_trips_unchanged(tmp_path):
    path = tmp_path / "kg-review.jsonl"
    made = [rv.make("reject", by="ana", at="2026-01-02T03:04:05Z", reason="wrong: « quoted » text",
                    fact={"s": E + "a", "p": "restricts", "o": E + "b", "s_label": "A", "o_label": "B"}),
            rv.make("merge", by="ben", at="2026-01-02T03:04:06Z", entity={"iri": E + "commerce", "label": "Commerce"},
                    into={"iri": DOC, "label": "U.S. Department of Commerce", "type": "GovernmentBody"}),
            rv.make("split", by="ana", at="2026-01-02T03:04:07Z", mention="DOC", entity={"iri": DOC, "label": "x"},
                    into={"iri": E + "doc", "label": "DOC", "type": "Company"})]
    rv.save(path, made)
    first = path.read_bytes()
    loaded = rv.load(path)
    assert loaded == made
    rv.save(path, loaded)
    assert path.read_bytes() == first
    # a line written by hand with its keys in another order is kept as the same decision
    shuffled = json.dumps(dict(reversed(list(made[0].items()))), ensure_ascii=False)
    path.write_text(shuffled + "\n" + first.decode().split("\n", 1)[1], encoding="utf-8")
    assert rv.load(path) == made
    rv.save(path, rv.load(path))
    assert path.read_bytes() == first


@pytest.mark.parametrize("line, message", [
    ("{broken", "not a JSON object"),
    ('{"action": "approve", "id": "d-1", "by": "a", "at": "t"}', "unknown action"),
    ('{"action": "reject", "id": "d-1", "by": "a", "at": "t"}', "reject decision without fact"),
    ('{"action": "reject", "id": "d-1", "by": "a", "at": "t", "fact": {"s": "x", "p": "blocks", "o": "y"}}',
     "unknown predicate"),
])
def test_a_bad_decision_line_is_a_one_line_error_naming_file_and_line(tmp_path, line, message):
    path = tmp_path / "kg-review.jsonl"
    path.write_text("\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ReviewError, match=re.escape(f"{path}:2: ") + ".*" + message):
        rv.load(path)


def test_rejected_fact_stays_out_of_every_build(reviewed, tmp_path, nlp):
    assert WRONG in reviewed["first_facts"]
    assert WRONG not in reviewed["facts"]  # a rebuild that only applies the decisions
    assert WRONG not in reviewed["final_facts"]  # after an edited and a new article repeat it
    assert all(r["object"] != "ASML" for r in reviewed["restricts"])
    out = reviewed["out"]
    # the evidence is kept, marked rejected, in both articles that read it
    q = """SELECT ?sentence ?status ?by WHERE { ?x rdf:subject kgid:entity\\/netherlands ; rdf:object kgid:entity\\/asml ;
             kg:sentence ?sentence ; kg:reviewStatus ?status ; kg:asserted false ; prov:wasInvalidatedBy ?d .
             ?d prov:wasAssociatedWith ?who ; kg:reason ?why . ?who rdfs:label ?by }"""
    rows = kg.query(q, store=out).records()
    assert len(rows) == 2 and {r["status"] for r in rows} == {"rejected"} and {r["by"] for r in rows} == {"ana"}
    assert all("restricted ASML" in r["sentence"] for r in rows)
    # a full build and a --jobs 2 build of the same corpus with the same decisions: the same graph
    full, par = tmp_path / "full", tmp_path / "par"
    reviewed["build"](reviewed["corpus"], out=full)
    reviewed["build"](reviewed["corpus"], out=par, jobs=2)
    assert WRONG not in facts(full) and WRONG not in facts(par)
    assert canonical(full) == canonical(out) == canonical(par)


def test_merge_applies_to_every_article_and_the_saved_queries(reviewed):
    assert not any(E + "commerce" in (s, o) for s, _, o in reviewed["final_facts"])
    restricted = {(r["subject"], r["object"]) for r in reviewed["restricts"]}
    assert {("U.S. Department of Commerce", t) for t in ("Huawei", "SMIC", "ZTE")} <= restricted
    assert not any(s == "Commerce" for s, _ in restricted)
    articles = {r["article"] for r in reviewed["doc"]}
    assert {"Huawei curbs", "SMIC curbs"} <= articles  # the entity query finds both articles' readings
    # the article added after the merge decision is canonicalised too
    assert (DOC, "restricts", E + "hikvision") in reviewed["final_facts"]
    out = reviewed["out"]
    labels = kg.query("SELECT ?l ?alt WHERE { GRAPH kgid:graph\\/entities { kgid:entity\\/u-s-department-of-commerce "
                      "rdfs:label ?l ; skos:altLabel ?alt } }", store=out).records()
    assert {r["l"] for r in labels} == {"U.S. Department of Commerce"} and "Commerce" in {r["alt"] for r in labels}
    # the extractor's reading is not lost
    raw = kg.query("SELECT ?x WHERE { ?x kg:extractedSubject kgid:entity\\/commerce ; rdf:subject ?s }", store=out)
    assert len(raw) == 3


def test_added_fact_appears_with_its_citation(reviewed):
    assert (E + "nvidia", "partnersWith", E + "tsmc") not in reviewed["first_facts"]
    assert (E + "nvidia", "partnersWith", E + "tsmc") in reviewed["final_facts"]
    q = """SELECT ?sentence ?title ?rule ?by ?when ?why ?conf WHERE {
             ?x rdf:subject kgid:entity\\/nvidia ; rdf:predicate kg:partnersWith ; rdf:object kgid:entity\\/tsmc ;
                kg:sentence ?sentence ; prov:wasDerivedFrom ?a ; kg:rule ?rule ; kg:reviewStatus "added" ;
                prov:wasGeneratedBy ?d ; prov:wasAttributedTo ?agent .
             ?a dcterms:title ?title . ?d prov:wasAssociatedWith ?agent ; prov:endedAtTime ?when ; kg:reason ?why .
             ?agent rdfs:label ?by .
             GRAPH kgid:graph\\/merged { ?f rdf:subject kgid:entity\\/nvidia ; kg:aggregateConfidence ?conf ;
                                        kg:reviewed true } }"""
    rows = kg.query(q, store=reviewed["out"]).records()
    assert len(rows) == 1
    r = rows[0]
    assert (r["sentence"], r["title"], r["rule"], r["by"], r["why"]) == (
        "Nvidia partners with TSMC.", "Huawei curbs", "review:add", "ben", "missed by the extractor")
    assert float(r["conf"]) == 1.0 and re.match(r"\d{4}-\d\d-\d\dT", r["when"])
    partners = kg.saved_query("partnerships", store=reviewed["out"]).records()
    assert any(p["a"] == "Nvidia" and p["b"] == "TSMC" and p["example"] == "Nvidia partners with TSMC." for p in partners)


def test_accepted_fact_is_reviewed_with_confidence_one(reviewed):
    q = """SELECT ?o ?conf WHERE { GRAPH kgid:graph\\/merged { ?f rdf:subject kgid:entity\\/u-s-department-of-commerce ;
             rdf:object ?o ; kg:reviewed true ; kg:aggregateConfidence ?conf } }"""
    rows = {r["o"].rsplit("/", 1)[-1]: float(r["conf"]) for r in kg.query(q, store=reviewed["out"]).records()}
    assert rows == {"zte": 1.0, "huawei": 1.0}  # Huawei's was accepted as "Commerce", before the merge


def test_stale_decision_is_reported_not_dropped(reviewed):
    assert not reviewed["second"].warnings
    stale = [w for w in reviewed["third"].warnings if "stale decision" in w]
    assert len(stale) == 1 and "Apple sues Samsung" in stale[0] and "no longer in the corpus" in stale[0]
    state = json.loads((reviewed["out"] / ".review-state.json").read_text())
    assert [s["action"] for s in state["stale"]] == ["reject"]
    assert len(rv.load(reviewed["root"] / "kg-review.jsonl")) == 6  # still in the file
    q = "SELECT ?why WHERE { GRAPH kgid:graph\\/review { ?d kg:stale ?why } }"
    assert len(kg.query(q, store=reviewed["out"])) == 1
    res = runner.invoke(app, ["review", "--store", str(reviewed["out"])])
    assert res.exit_code == 0 and "stale decision" in res.output


def test_a_decision_the_extractor_no_longer_matches_is_stale(reviewed, tmp_path):
    decisions = tmp_path / "other.jsonl"
    rv.save(decisions, [rv.make("accept", by="ana", fact={"s": E + "intel", "p": "acquires", "o": E + "dell"})])
    rep = reviewed["build"](reviewed["corpus"], out=tmp_path / "o", decisions=decisions)
    assert any("stale decision" in w and "no article reads this fact" in w for w in rep.warnings)


def test_queue_lists_what_to_look_at_with_evidence_and_filters(reviewed):
    first = [json.loads(line) for line in reviewed["queue"].splitlines()]
    why = {(f["subject"], f["predicate"], f["object"]): f["why"] for f in first}
    assert "conflict" in why[("Samsung Electronics", "suppliesTo", "Apple")]  # and sues it the same month
    assert "conflict" in why[("Apple", "sues", "Samsung Electronics")]
    assert all("new" in w for w in why.values())  # the first build: everything is new
    wrong = next(f for f in first if (f["subject"], f["object"]) == ("Netherlands", "ASML"))
    assert wrong["evidence"][0]["sentence"].startswith("The Dutch government restricted ASML")
    assert wrong["evidence"][0]["source"] == "Desk B" and wrong["id"] == fid(*WRONG)
    out = str(reviewed["out"])
    res = runner.invoke(app, ["review", "--store", out, "--format", "jsonl", "--predicate", "restricts", "--limit", "0"])
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows and {r["predicate"] for r in rows} == {"restricts"}
    assert all(r["reviewed"] is False for r in rows)  # accepted facts have left the queue
    res = runner.invoke(app, ["review", "--store", out, "--format", "jsonl", "--entity", "hikvision"])
    assert [json.loads(line)["object"] for line in res.stdout.splitlines()] == ["Hikvision"]
    res = runner.invoke(app, ["review", "--store", out, "--format", "jsonl", "--source", "Desk D", "--limit", "0"])
    assert {json.loads(line)["object"] for line in res.stdout.splitlines()} == {"Hikvision"}
    res = runner.invoke(app, ["review", "--store", out])
    assert res.exit_code == 0 and "Commerce restricted Hikvision in 2022." in res.output


def test_review_commands_record_decisions_and_errors_are_one_line(reviewed, tmp_path):
    out, decisions = str(reviewed["out"]), str(tmp_path / "d.jsonl")
    res = runner.invoke(app, ["review", "reject", fid(DOC, "restricts", E + "smic"), "--store", out,
                              "--decisions", decisions, "--reason", "test", "--by", "cli"])
    assert res.exit_code == 0 and "recorded d-" in res.output
    (d,) = rv.load(decisions)
    assert (d["action"], d["by"], d["reason"], d["fact"]["o_label"]) == ("reject", "cli", "test", "SMIC")
    res = runner.invoke(app, ["review", "undo", d["id"][:6], "--store", out, "--decisions", decisions])
    assert res.exit_code == 0 and rv.load(decisions) == []
    for args, message in ((["reject", "ffffffff", "--reason", "x"], "no fact or reading has that id"),
                          (["reject", fid(DOC, "restricts", E + "smic")], "Missing option"),
                          (["merge", "Nobody Inc", "TSMC"], "no entity named 'Nobody Inc'"),
                          (["add", "Nvidia", "partnersWith", "TSMC", "--article", "Huawei curbs",
                            "--sentence", "Nvidia loves TSMC."], "the sentence is not in article")):
        res = runner.invoke(app, ["review", *args, "--store", out, "--decisions", decisions])
        assert res.exit_code == 2 and message in res.output, res.output
        assert "Traceback" not in res.output


def test_every_review_command_has_help():
    import typer.main

    group = typer.main.get_command(app).commands["review"]
    for name, cmd in {"review": group, **group.commands}.items():
        assert cmd.help and len(cmd.help) > 20, name
        for param in cmd.params:
            if param.param_type_name == "option":
                assert param.help, f"review {name} {param.opts} has no help"


def test_exported_gold_scores_with_score_py(reviewed, shared, tmp_path):
    gold = tmp_path / "gold.jsonl"
    res = runner.invoke(app, ["review", "export-gold", "--store", str(reviewed["out"]), "-o", str(gold),
                              "--with-unreviewed"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in gold.read_text().splitlines()]
    by_title = {r["text"].split(".")[0]: r for r in rows}
    huawei = by_title["Commerce restricted Huawei in May 2019"]
    assert {"s": "Nvidia", "p": ["partnersWith"], "o": "TSMC"} in huawei["triples"]
    assert {"s": "U.S. Department of Commerce", "p": ["restricts"], "o": "Huawei"} in huawei["triples"]
    doc = next(e for e in huawei["entities"] if e["name"] == "U.S. Department of Commerce")
    assert "Commerce" in doc["aliases"]  # what the extractor calls it still matches
    assert not any(t["o"] == "ASML" for r in rows for t in r["triples"])
    kg_exe = Path(sys.executable).parent / "kg"
    proc = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(gold), "--cmd",
                           f"{kg_exe} extract {{dir}} --format jsonl", "--json", str(tmp_path / "score.json")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    score = json.loads((tmp_path / "score.json").read_text())
    # the extractor still reads the rejected fact (a false positive in both articles that state
    # it) and misses the added one
    assert (score["fp"], score["fn"]) == (2, 1), proc.stdout
    assert score["tp"] == sum(len(r["triples"]) for r in rows) - 1


# ---------------------------------------------------------------- the overlay, without spaCy

def _store_of(tmp_path: Path, name: str, texts: dict[str, list[tuple]]) -> tuple[GraphStore, dict[str, str]]:
    """A store written from hand-made readings: text -> [(subject, type, predicate, object, type,
    (labels))], each end found in the text by its name (so offsets and mentions are real)."""
    gs, ids = GraphStore(tmp_path / name / "store"), {}
    for art, triples in _articles(texts):
        gs.replace_article(art, triples, "test", extractor="test")
        ids[art.text] = art.id
    return gs, ids


def _articles(texts: dict[str, list[tuple]]) -> list[tuple]:
    from kg.ids import article_id, entity_iri
    from kg.models import Article, Entity, Evidence, Triple

    out = []
    for text, readings in texts.items():
        art = Article(id=article_id(text), text=text, path="x.txt", title=text[:20], date="2024-01-02")
        triples = []
        for subj, st, pred, obj, ot, label in readings:
            s0, o0 = text.index(subj), text.index(obj)
            s = Entity(entity_iri(label[0]), label[0], st)
            o = Entity(entity_iri(label[1]), label[1], ot)
            ev = Evidence(art.id, text, 0, len(text), s0, s0 + len(subj), o0, o0 + len(obj), "test", 0.7)
            triples.append(Triple(s, pred, o, ev))
        out.append((art, triples))
    return out


def _apply(gs: GraphStore, review, out: Path) -> list[dict]:
    from kg.build import merged_marker

    out.mkdir(parents=True, exist_ok=True)
    return review.apply(gs, merged_marker(gs.built_articles(), review.digest), qids={}, out=out)


def _merged(gs: GraphStore) -> set[tuple[str, str, str]]:
    q = "SELECT ?s ?p ?o WHERE { GRAPH kgid:graph\\/merged { ?f a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }"
    return {(r["s"].value.rsplit("/", 1)[-1], r["p"].value.rsplit("#", 1)[-1], r["o"].value.rsplit("/", 1)[-1])
            for r in gs.query(q)}


def _nquads(gs: GraphStore) -> list[str]:
    return sorted(str(q) for q in gs.ox)


TEXTS = {
    "Commerce restricted SMIC.": [("Commerce", "GovernmentBody", "restricts", "SMIC", "Company", ("Commerce", "SMIC"))],
    "DOC sued Acme. Commerce restricted ZTE.": [
        ("DOC", "GovernmentBody", "sues", "Acme", "Company", ("U.S. Department of Commerce", "Acme")),
        ("Commerce", "GovernmentBody", "restricts", "ZTE", "Company", ("Commerce", "ZTE"))],
}


def test_correct_and_split_and_their_undoing(tmp_path):
    from kg.review_apply import Review

    gs, ids = _store_of(tmp_path, "s", TEXTS)
    _apply(gs, Review(), tmp_path / "o")
    raw = _nquads(gs)
    assert _merged(gs) == {("commerce", "restricts", "smic"), ("u-s-department-of-commerce", "sues", "acme"),
                           ("commerce", "restricts", "zte")}
    made = [rv.make("merge", by="a", entity={"iri": E + "commerce", "label": "Commerce"},
                    into={"iri": DOC, "label": "U.S. Department of Commerce", "type": "GovernmentBody"}),
            # "DOC" in that article is a company, not the department the gazetteer took it for
            rv.make("split", by="a", mention="DOC", entity={"iri": DOC, "label": "U.S. Department of Commerce"},
                    into={"iri": E + "doc-inc", "label": "DOC Inc", "type": "Company"}),
            rv.make("correct", by="a", reason="an entity listing is a sanction",
                    fact={"s": DOC, "p": "restricts", "o": E + "smic"}, to={"p": "sanctions"}),
            rv.make("reject", by="a", reason="no such lawsuit", fact={"s": E + "nobody", "p": "sues", "o": E + "acme"})]
    stale = _apply(gs, Review(made), tmp_path / "o")
    assert _merged(gs) == {("u-s-department-of-commerce", "sanctions", "smic"), ("doc-inc", "sues", "acme"),
                           ("u-s-department-of-commerce", "restricts", "zte")}
    assert [s["action"] for s in stale] == ["reject"]
    names = {r["l"]: r["t"].rsplit("#", 1)[-1] for r in kg.query(
        "SELECT ?l ?t WHERE { GRAPH kgid:graph\\/entities { kgid:entity\\/doc-inc rdfs:label ?l ; a ?t } }", store=gs).records()}
    assert names == {"DOC Inc": "Company"}  # not also called "U.S. Department of Commerce"
    # the corrected reading keeps its sentence; the wrong one stays as rejected evidence
    q = """SELECT ?p ?status ?sentence WHERE { ?x rdf:predicate ?p ; kg:reviewStatus ?status ; kg:sentence ?sentence }"""
    got = {(r["p"].rsplit("#", 1)[-1], r["status"], r["sentence"]) for r in kg.query(q, store=gs).records()}
    assert got == {("restricts", "rejected", "Commerce restricted SMIC."), ("sanctions", "added", "Commerce restricted SMIC.")}
    # laying the same decisions again changes nothing; withdrawing them all restores the extractor's graph
    once = _nquads(gs)
    _apply(gs, Review(made), tmp_path / "o")
    assert _nquads(gs) == once
    _apply(gs, Review(), tmp_path / "o")
    assert _nquads(gs) == raw
    # incremental: decisions laid, then a new article arrives (the laid ones are not redone): the
    # same graph as laying them over all three articles at once
    _apply(gs, Review(made), tmp_path / "o")
    new = {"Commerce restricted Hikvision.": [("Commerce", "GovernmentBody", "restricts", "Hikvision", "Company",
                                                ("Commerce", "Hikvision"))]}
    gs.replace_article(*_articles(new)[0], "test", extractor="test")
    _apply(gs, Review(made), tmp_path / "o")
    scratch, _ = _store_of(tmp_path, "scratch", {**TEXTS, **new})
    _apply(scratch, Review(made), tmp_path / "o2")
    assert _nquads(gs) == _nquads(scratch)
    assert ("u-s-department-of-commerce", "restricts", "hikvision") in _merged(gs)


def test_reviewed_graph_conforms_to_the_shapes(reviewed):
    """Rejected, accepted, added and re-mapped readings are still well-formed evidence."""
    import pyshacl
    import rdflib

    from kg.gazetteer import ONTOLOGY_DIR

    ds = rdflib.Dataset()
    ds.parse(data=canonical(reviewed["out"]).decode(), format="nquads")
    g = rdflib.Graph()
    for s, p, o, _c in ds.quads():
        g.add((s, p, o))
    conforms, _, text = pyshacl.validate(g, shacl_graph=str(ONTOLOGY_DIR / "shapes.ttl"),
                                         ont_graph=str(ONTOLOGY_DIR / "kg.ttl"), inference="rdfs")
    assert conforms, text[:3000]


def test_strict_gold_holds_only_what_an_analyst_confirmed(reviewed, tmp_path):
    from kg.review_queue import export_gold

    res = export_gold(Desk(reviewed["out"]), tmp_path / "g.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "g.jsonl").read_text().splitlines()]
    got = {(t["s"], t["p"][0], t["o"]) for r in rows for t in r["triples"]}
    assert got == {("U.S. Department of Commerce", "restricts", "Huawei"), ("Nvidia", "partnersWith", "TSMC"),
                   ("U.S. Department of Commerce", "restricts", "ZTE")}
    assert res["passages"] == 4  # the articles with a decision, rejections included (they say what is false)


def test_a_broken_decisions_file_stops_the_build_before_it_touches_the_store(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", {"a.txt": "Commerce restricted SMIC."})
    (tmp_path / "kg-review.jsonl").write_text('{"action": "reject"}\n', encoding="utf-8")
    res = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "out"), "-q"])
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert res.output.strip().splitlines() == [
        f"kg: error: {tmp_path / 'kg-review.jsonl'}:1: reject decision without id, by, at, fact"]
    assert not (tmp_path / "out" / "store").exists()
