"""Sentences of our own, with their facts, from which tests/data/learned_examples.jsonl is made
(`python tests/learned_fixture.py` rewrites it and tests/data/learned_artefact.json)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "tests" / "data" / "learned_examples.jsonl"
ARTEFACT = ROOT / "tests" / "data" / "learned_artefact.json"

# (text, [(subject, predicate, object)]) — every other fitting pair is a negative
PASSAGES = [
    ("Before joining Nvidia, Sarah Miller ran the design team at Intel.",
     [("Sarah Miller", "worksFor", "Nvidia"), ("Sarah Miller", "worksFor", "Intel")]),
    ("David Chen, a chemist at Samsung, spoke about batteries.", [("David Chen", "worksFor", "Samsung")]),
    ("David Chen praised a battery made by Samsung.", []),
    ("Laura Schmidt works as an analyst for Siemens in Munich.",
     [("Laura Schmidt", "worksFor", "Siemens"), ("Siemens", "basedIn", "Munich")]),
    ("Laura Schmidt bought a laptop from Siemens.", []),
    ("Michael Brown is an engineer at Qualcomm.", [("Michael Brown", "worksFor", "Qualcomm")]),
    ("Michael Brown reviewed a phone from Qualcomm.", []),
    ("Infineon, a chip designer from Munich, hired fifty engineers.", [("Infineon", "basedIn", "Munich")]),
    ("Infineon sold chips to a buyer in Tokyo.", []),
    ("Arm is headquartered in Cambridge.", [("Arm", "basedIn", "Cambridge")]),
    ("Arm opened a sales office in Shanghai.", []),
    ("Emily Clark joined Microsoft as head of research.", [("Emily Clark", "worksFor", "Microsoft")]),
    ("Emily Clark wrote a critical column about Microsoft.", []),
    ("James Wilson spent ten years as a lawyer for Apple.", [("James Wilson", "worksFor", "Apple")]),
    ("James Wilson sued Apple over a faulty phone.", []),
    ("Robert Davis is a senior researcher with IBM.", [("Robert Davis", "worksFor", "IBM")]),
    ("Robert Davis met IBM executives at a trade fair.", []),
]


def rows() -> list[dict]:
    out = []
    for k, (text, facts) in enumerate(PASSAGES):
        names = sorted({x for s, _, o in facts for x in (s, o)})
        out.append({"id": f"own-{k}", "g": f"own-{k % 5}", "text": text,
                    "entities": [{"name": n} for n in names],
                    "triples": [{"s": s, "p": [p], "o": o} for s, p, o in facts]})
    return out


def examples(nlp, gaz) -> list[dict]:
    sys.path.insert(0, str(ROOT))
    from benchmarks.train_relations import examples_of, gold_label
    from kg.extract.learned import PREDICATES

    ex = []
    for row in rows():
        got = examples_of(row["text"], row["g"], set(PREDICATES), gold_label(row, row["text"]), nlp, gaz)
        ex += [{k: e[k] for k in ("g", "pred", "y", "cov", "ok", "f")} for e in got]
    return ex


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from kg.extract.learned import PREDICATES
    from kg.extract.learned_train import dump, train
    from kg.nlp import load

    nlp, gaz = load()
    ex = examples(nlp, gaz)
    EXAMPLES.write_text("".join(json.dumps(e, sort_keys=True) + "\n" for e in ex), encoding="utf-8")
    ARTEFACT.write_text(dump(train(ex, PREDICATES, meta={"fixture": True})), encoding="utf-8")
    print(f"{len(ex)} examples, {sum(e['y'] for e in ex)} positive")


if __name__ == "__main__":
    main()
