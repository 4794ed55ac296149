"""The closed vocabulary: the code's terms exist in ontologies/kg.ttl with label, comment,
domain and range; the gazetteer is valid data; ids are stable and safe."""
from __future__ import annotations

import json
import re

import pytest
import rdflib
from hypothesis import given
from hypothesis import strategies as st
from rdflib import OWL, RDF, RDFS

from kg import vocab
from kg.gazetteer import DEFAULT_GAZETTEER, ONTOLOGY_DIR, TYPES, key
from kg.ids import ONTOLOGY, entity_iri, slug

KG = rdflib.Namespace(ONTOLOGY)


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")


def test_the_19_core_predicates_are_defined(onto, shared):
    contract = (shared / "ONTOLOGY.md").read_text()
    names = re.findall(r"^\| (\w+) \|", contract, re.M)
    core = [n for n in names if n not in ("predicate",)]
    assert len(core) == 19 and set(core) == set(vocab.PREDICATES)


@pytest.mark.parametrize("pred", vocab.PREDICATES)
def test_predicate_has_label_comment_domain_range(onto, pred):
    p = KG[pred]
    assert (p, RDF.type, OWL.ObjectProperty) in onto
    for prop in (RDFS.label, RDFS.comment, RDFS.domain, RDFS.range):
        assert onto.value(p, prop) is not None, (pred, prop)
    assert (p, KG.coreTerm, rdflib.Literal(True)) in onto


def test_classes_and_evidence_terms_exist(onto):
    for cls in vocab.CLASSES:
        assert (KG[cls], RDF.type, OWL.Class) in onto, cls
    defined = set(onto.subjects())
    for term in vocab.EVIDENCE_PROPS + ("builtWith",):
        assert KG[term] in defined, term
    for sym in vocab.SYMMETRIC:
        assert (KG[sym], RDF.type, OWL.SymmetricProperty) in onto


def test_vocab_rejects_typos():
    with pytest.raises(ValueError, match="unknown predicate"):
        vocab.check_predicate("restrict")


def test_gazetteer_is_valid_and_unambiguous():
    names, forms, records, country = set(), {}, [], {}
    for n, line in enumerate(DEFAULT_GAZETTEER.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        assert rec["type"] in TYPES, (n, rec)
        assert rec["name"] not in names, rec["name"]
        names.add(rec["name"])
        if "qid" in rec:
            assert re.fullmatch(r"Q[1-9]\d*", rec["qid"]), rec
        for form in {rec["name"], *rec.get("aliases", [])}:
            # one form may name two entries only where each says its country, so the text can choose
            other = forms.setdefault(key(form), rec["name"])
            assert other == rec["name"] or "country" in rec and country.get(other), f"{form!r} names two entities"
        if "country" in rec:
            country[rec["name"]] = rec["country"]
        records.append(rec)
    assert len(names) >= 500
    types = {r["name"]: r["type"] for r in records}
    for rec in records:  # references name real entries of the right kind
        for field, kinds in (("part_of", {"Country", "Region", "City"}), ("metonym_for", {"Country", "GovernmentBody", "Organization"}),
                             ("maker", {"Company", "Organization", "GovernmentBody"}), ("country", {"Country"})):
            if field in rec:
                assert types.get(rec[field]) in kinds, (rec["name"], field, rec[field])
        for form in rec.get("described", []):  # "European Union's executive arm": the owner is an entry's name
            owner, sep, rest = form.partition("'s ")
            assert sep and rest and types.get(owner) in {"Country", "GovernmentBody", "Organization"}, (rec["name"], form)


def test_no_alias_hides_a_structure_the_text_states():
    """ "Justice Department's Criminal Division" as an alias would swallow the owner, and with it the
    owns fact the extractor reads from the possessive: the owner must stay a name of its own."""
    from kg.gazetteer import load

    gaz = load()
    for entry in gaz.entries.values():
        for alias in entry.aliases:
            for sep in ("'s ", "\u2019s "):
                if sep in alias:
                    owner = gaz.lookup(alias.split(sep)[0])
                    assert owner is None or owner.name == entry.name or owner.type in ("Country", "City", "Region"), \
                        f"{entry.name}: alias {alias!r} names its owner {owner.name}"


def test_gazetteer_recognises_domain_names(nlp):
    doc = nlp("21Vianet, SenseTime and the Cyberspace Administration of China met 世纪互联 officials.")
    found = {(e.text, e.ent_id_) for e in doc.ents}
    assert ("21Vianet", "21Vianet") in found and ("SenseTime", "SenseTime") in found
    assert ("Cyberspace Administration of China", "Cyberspace Administration of China") in found
    assert ("世纪互联", "21Vianet") in found


def test_an_alias_written_with_the_matches_at_the_start_of_a_sentence(nlp):
    """ "the UK's competition regulator" is an alias; "The UK's competition regulator fined ..." names it too."""
    for text in ("The UK's competition regulator fined Kestrel Labs.", "Kestrel Labs met the UK's competition regulator."):
        found = {(e.text, e.ent_id_) for e in nlp(text).ents}
        assert any(ent_id == "Competition and Markets Authority" for _, ent_id in found), (text, found)


@given(st.text(min_size=1, max_size=60))
def test_entity_iris_are_valid_and_stable(label):
    iri = entity_iri(label)
    assert iri == entity_iri(label)
    assert re.fullmatch(r"https://w3id\.org/kg/id/entity/[a-z0-9-]+", iri), iri
    assert slug(label)


def test_shapes_parse():
    g = rdflib.Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    assert len(g) > 50


def test_no_undefined_names_or_unused_imports():
    """pyflakes-level checks (ruff F): an undefined name is a crash waiting for its input."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (it comes with the test extras)")
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run([ruff, "check", "--select", "F,E9", "kg", "tests"], cwd=root, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-3000:]


def test_gazetteer_keys_equal_those_of_uncompiled_patterns():
    """key() compiles its patterns once (issue 13): the keys of every name, alias and demonym of the
    built-in gazetteer, and of awkward forms, are those the patterns gave as re.sub strings."""
    import unicodedata

    from kg.gazetteer import parse_lines

    def old(text: str) -> str:
        s = unicodedata.normalize("NFKC", text).replace("\u2019", "'").casefold()
        s = re.sub(r"'s$", "", s.strip())
        s = re.sub(r"^the\s+", "", s)
        s = re.sub(r"[\s\-]+", " ", s)
        return s.strip(" .,;:'\"")

    entries = list(parse_lines(DEFAULT_GAZETTEER.read_text(encoding="utf-8").splitlines(), "built-in"))
    forms = [f for e in entries for f in (e.name, *e.aliases, *e.demonyms)]
    forms += ["The  Kestrel\u2019s", "the\tOrbit-Works Co.", "Ｆｕｌｌ Ｗｉｄｔｈ", "Ann Wu's\n", "  'Quoted' ", "THE the", ""]
    assert len(forms) > 5000
    assert [key.__wrapped__(f) for f in forms] == [old(f) for f in forms]
