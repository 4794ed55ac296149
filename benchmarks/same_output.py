"""Speed work must not change what a build stores or what `kg extract` prints, byte for byte.

    python benchmarks/same_output.py snap DIR [--synthetic 300] [--tree CHECKOUT]   # N-Quads + extract jsonl
    python benchmarks/same_output.py diff DIR_A DIR_B

snap writes, from the kg installed in this environment (or this tree on PYTHONPATH), with the
settings hash (kg:builtWith, which hashes the extractor's own source files) set to a constant:
corpora.nq, synthetic.nq and us-gov.nq (canonical N-Quads of a `kg build` of corpora/, of a
generated bench_build corpus and of ../shared/corpora/us-gov where it exists, sorted), and real-dev.jsonl / conll04-dev.jsonl (`kg extract --format jsonl`
on the gold passages written as files, as ../shared/eval/score.py does). diff compares each file
byte for byte and exits 1 on any difference.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
US_GOV = ROOT.parent / "shared" / "corpora" / "us-gov"
EXTRACTED = ("real-dev", "conll04-dev")  # gold sets whose passages `kg extract` reads (compare_extract.GOLD)
BUILD = r"""
import sys
sys.path.insert(0, sys.argv[5])
import pyoxigraph as ox
import kg
import kg.build  # noqa: F401
from kg.store import GraphStore
sys.modules["kg.build"].settings_hash = lambda *a: "0" * 16  # it hashes the extractor's source: the same for both sides
kg.build(sys.argv[1], out=sys.argv[2], exports=(), jobs=int(sys.argv[4]))
gs = GraphStore(sys.argv[2] + "/store" if __import__("os").path.isdir(sys.argv[2] + "/store") else sys.argv[2])
lines = sorted(set(gs.ox.dump(format=ox.RdfFormat.N_QUADS).decode().splitlines()))
open(sys.argv[3], "w").write("\n".join(lines) + "\n")
"""


def snap(out: Path, synthetic: int, jobs: int, tree: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_build import make_corpus
    from compare_extract import GOLD, write_passages

    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        make_corpus(tmp / "synthetic", synthetic)
        builds = [("corpora", ROOT / "corpora"), ("synthetic", tmp / "synthetic")]
        if US_GOV.is_dir():  # the shared federal releases (../shared/corpora/us-gov), where a checkout has them
            builds.append(("us-gov", US_GOV))
        for name, corpus in builds:
            subprocess.run([sys.executable, "-c", BUILD, str(corpus), str(tmp / f"out-{name}"), str(out / f"{name}.nq"),
                            str(jobs), tree], check=True, cwd=tmp)
        for name in EXTRACTED:
            d = write_passages(GOLD[name], tmp / name)
            res = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv.pop(1)); "
                                  "from kg.cli import main; main()", tree, "extract", str(d), "--format", "jsonl"],
                                 capture_output=True, text=True, check=True, cwd=tmp)
            (out / f"{name}.jsonl").write_text(res.stdout.replace(str(d), name))
    for f in sorted(out.iterdir()):
        print(f"{f.name}: {sum(1 for _ in f.open())} lines")


def diff(a: Path, b: Path) -> int:
    bad = 0
    for fa in sorted(a.iterdir()):
        fb = b / fa.name
        same = fb.exists() and fa.read_bytes() == fb.read_bytes()
        print(f"{fa.name}: {'same' if same else 'DIFFERENT'}")
        bad += not same
    return 1 if bad else 0


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("snap")
    s.add_argument("out", type=Path)
    s.add_argument("--synthetic", type=int, default=300)
    s.add_argument("--jobs", type=int, default=1)
    s.add_argument("--tree", default=str(ROOT), help="the checkout whose kg/ to run (default: this one)")
    d = sub.add_parser("diff")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    args = p.parse_args()
    if args.cmd == "snap":
        snap(args.out, args.synthetic, args.jobs, str(Path(args.tree).resolve()))
    else:
        sys.exit(diff(args.a, args.b))


if __name__ == "__main__":
    main()
