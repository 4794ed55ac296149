"""Nothing already read may change its facts: `kg extract --format jsonl` on the sample corpus and
on ../shared/corpora, by this tree and by an earlier revision (default: main), must be identical.

    .venv/bin/python benchmarks/same_facts.py [--ref main]

The earlier revision is checked out into a temporary git worktree and run with this virtual
environment (its code, our installed packages). Prints one line per corpus and exits 1 on any
difference, showing the first differing lines.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "corpora", ROOT.parent / "shared" / "corpora"]


def extract(code: Path, corpus: Path) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    env.pop("KG_STRICT", None)
    res = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "extract", str(corpus),
                          "--format", "jsonl"], cwd=code, env=env, capture_output=True, text=True, check=False)
    if res.returncode:
        sys.exit(f"{code}: kg extract {corpus} failed: {res.stderr.strip().splitlines()[-1:]}")
    return res.stdout.splitlines()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref", default="main", help="the revision to compare with (default: main)")
    args = ap.parse_args()
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "ref"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(old), args.ref],
                       check=True, capture_output=True)
        try:
            for corpus in CORPORA:
                if not corpus.is_dir():
                    print(f"{corpus}: absent, not compared")
                    continue
                before, after = extract(old, corpus), extract(ROOT, corpus)
                same = before == after
                failed += not same
                print(f"{corpus}: {len(before)} facts at {args.ref}, {len(after)} now: "
                      f"{'identical' if same else 'DIFFERENT'}")
                if not same:
                    for a, b in zip(before + [""] * len(after), after + [""] * len(before)):
                        if a != b:
                            print(f"  {args.ref}: {a[:300]}\n  now : {b[:300]}")
                            break
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)],
                           check=False, capture_output=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
