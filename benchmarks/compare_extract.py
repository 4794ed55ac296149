#!/usr/bin/env python3
"""Snapshot what `kg extract` reads on the project's reference texts, and compare two snapshots.

Used when the extractor is restructured: the facts must stay the same unless a change is meant.

    python benchmarks/compare_extract.py snap before/     # geo-dev, real-dev, CoNLL04 dev+train, corpora/
    python benchmarks/compare_extract.py snap after/
    python benchmarks/compare_extract.py diff before/ after/

A fact is compared on everything `kg extract` prints except the rule id and the explanation
(rule ids are names, and may be renamed); `diff --rules` compares those too.
Sets whose files are absent (../shared is not everywhere) are skipped with a note.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = {"geo-dev": SHARED / "eval/geo-dev.jsonl", "real-dev": SHARED / "eval/real/real-dev.jsonl",
        "conll04-dev": SHARED / "eval/conll04/conll04-dev.gold.jsonl"}
FOLDERS = {"corpora": ROOT / "corpora", "shared-corpora": SHARED / "corpora"}


def _kg() -> list[str]:
    exe = Path(sys.executable).parent / "kg"  # the console script beside this interpreter
    return [str(exe)] if exe.exists() else ["kg"]


def write_passages(gold: Path, out: Path) -> Path:
    """Each passage of a gold file as a text file named by its id, as ../shared/eval/score.py does."""
    out.mkdir(parents=True, exist_ok=True)
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            (out / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
    return out


def _conll_train(tmp: Path) -> Path | None:
    src = SHARED / "eval/conll04/conll04_train.json"
    conv = SHARED / "eval/conll04_to_gold.py"
    if not (src.exists() and conv.exists()):
        return None
    gold = tmp / "conll04-train.gold.jsonl"
    gold.write_text(subprocess.run([sys.executable, str(conv), str(src)], check=True, capture_output=True,
                                   text=True).stdout, encoding="utf-8")
    return gold


def snap(out: Path, only: set[str] | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        sets = {name: path for name, path in GOLD.items() if path.exists()}
        if (train := _conll_train(tmp)) is not None:
            sets["conll04-train"] = train
        dirs = {name: write_passages(path, tmp / name) for name, path in sets.items()}
        dirs.update({name: path for name, path in FOLDERS.items() if path.exists()})
        for name in sorted(set(GOLD) | set(FOLDERS) | {"conll04-train"}):
            if only and name not in only:
                continue
            if name not in dirs:
                print(f"{name}: absent, skipped")
                continue
            res = subprocess.run([*_kg(), "extract", str(dirs[name]), "--format", "jsonl"], capture_output=True,
                                 text=True, cwd=ROOT)
            if res.returncode != 0:
                sys.exit(f"{name}: kg extract failed: {res.stderr.strip()[-400:]}")
            rows = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
            for r in rows:  # passages live in a temporary folder: keep the file name only
                r["source"] = Path(r["source"]).name if name not in FOLDERS else str(Path(r["source"]).relative_to(dirs[name]))
            (out / f"{name}.jsonl").write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows),
                                               encoding="utf-8")
            print(f"{name}: {len(rows)} facts")


def _key(r: dict, rules: bool) -> str:
    r = dict(r)
    if not rules:
        r.pop("rule", None)
        r.pop("explain", None)
    return json.dumps(r, sort_keys=True)


def diff(a: Path, b: Path, *, rules: bool = False) -> int:
    changed = 0
    for fa in sorted(a.glob("*.jsonl")):
        fb = b / fa.name
        if not fb.exists() and any(b.glob("*.jsonl")):
            continue  # a partial snapshot (--only)
        if not fb.exists():
            print(f"{fa.stem}: missing in {b}")
            changed += 1
            continue
        ra = {_key(json.loads(x), rules) for x in fa.read_text().splitlines()}
        rb = {_key(json.loads(x), rules) for x in fb.read_text().splitlines()}
        gone, new = sorted(ra - rb), sorted(rb - ra)
        print(f"{fa.stem}: {len(ra)} -> {len(rb)} facts, {len(gone)} gone, {len(new)} new")
        for tag, rows in (("-", gone), ("+", new)):
            for x in rows[:40]:
                r = json.loads(x)
                print(f"  {tag} {r['source']}: {r['subject']['label']} {r['predicate']} {r['object']['label']}"
                      f" ({r.get('rule')}, {r['confidence']})")
        changed += len(gone) + len(new)
    return 1 if changed else 0


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("snap")
    s.add_argument("out", type=Path)
    s.add_argument("--only", help="comma-separated sets (geo-dev, real-dev, conll04-dev, conll04-train, corpora, ...)")
    d = sub.add_parser("diff")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    d.add_argument("--rules", action="store_true", help="compare rule ids and explanations too")
    args = p.parse_args()
    if args.cmd == "snap":
        snap(args.out, set(args.only.split(",")) if args.only else None)
    else:
        sys.exit(diff(args.a, args.b, rules=args.rules))


if __name__ == "__main__":
    main()
