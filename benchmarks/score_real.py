#!/usr/bin/env python3
"""Score `kg extract` on real-dev's two halves: a tuning half (rules may be read against it) and a
check half (only measured), split by source document so that no document is in both.

    python benchmarks/score_real.py [--gold ../shared/eval/real/real-dev.jsonl] [-v] [--usgov-only]

A rule that helps the tuning half and not the check half is fitted, not general.

It also scores the project's own annotation of the U.S. releases in ../shared/corpora/us-gov/
(benchmarks/data/us-gov-gold.jsonl, see benchmarks/data/README.md), split the same way: odd
documents (ug-01, ug-03, ...) tune, even documents check. One `kg extract` run covers the whole
file; the halves are counted from its per-passage verdicts, and a per-predicate table of the
whole set follows (-v lists the tuning halves' misses and false facts, never the check halves':
those are counted only, so that nobody tunes on them; --usgov-only skips real-dev). Then one line for
the project's own news-style sentences (benchmarks/data/news-own.jsonl, tuning only), and two for the
news-style passages written after the rules (benchmarks/data/news-fresh.jsonl: odd tune, even counted only),
then two more for a second such set (news-fresh2.jsonl: "fresh2 tune", "fresh2 check") and two for a third
(news-fresh3.jsonl: "fresh3 tune", "fresh3 check").

Last, the third federal set (benchmarks/data/fed3-gold.jsonl: twelve other U.S. releases, annotated before
kg was run on them), scored like us-gov: one run, odd documents (f3-01, f3-03, ...) tune, even documents
check; lines "fed3 tune", "fed3 check" and a per-predicate table; -v lists only the tuning half's misses
(--fed3-only skips everything else).

Then the fourth federal set (benchmarks/data/fed4-gold.jsonl: ten more U.S. releases in the shapes the check halves
miss, annotated before kg was run on them), scored the same way: lines "fed4 tune", "fed4 check", a per-predicate
table; -v lists only its tuning half's verdicts (--fed4-only skips everything else).

Then the fifth federal set (benchmarks/data/fed5-gold.jsonl: ten more U.S. releases on the field's events,
annotated before kg was run on them), the same way: lines "fed5 tune", "fed5 check" (--fed5-only skips the rest).

Then the sixth federal set (benchmarks/data/fed6-gold.jsonl: ten more U.S. releases, denial orders, UFLPA
listings, FTC and SEC actions, annotated before kg was run on them): lines "fed6 tune", "fed6 check" (--fed6-only).

Then the seventh federal set (benchmarks/data/fed7-gold.jsonl: ten U.S. releases of designation kinds, Treasury
and State designations, BIS Entity List additions and a BIS penalty, annotated before kg was run on them): lines
"fed7 tune", "fed7 check" (--fed7-only).

Last of all the eighth federal set (benchmarks/data/fed8-gold.jsonl: ten U.S. releases of designation and enforcement
kinds, a Treasury designation, State designations, BIS listings and denial orders, two indictments and a FinCEN alert,
annotated before kg was run on them): lines "fed8 tune", "fed8 check" (--fed8-only).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "eval" / "real"
USGOV = ROOT / "benchmarks" / "data" / "us-gov-gold.jsonl"
NEWS = ROOT / "benchmarks" / "data" / "news-own.jsonl"
FRESH = ROOT / "benchmarks" / "data" / "news-fresh.jsonl"
FRESH2 = ROOT / "benchmarks" / "data" / "news-fresh2.jsonl"
FRESH3 = ROOT / "benchmarks" / "data" / "news-fresh3.jsonl"
FED3 = ROOT / "benchmarks" / "data" / "fed3-gold.jsonl"
FED4 = ROOT / "benchmarks" / "data" / "fed4-gold.jsonl"
FED5 = ROOT / "benchmarks" / "data" / "fed5-gold.jsonl"
FED6 = ROOT / "benchmarks" / "data" / "fed6-gold.jsonl"
FED7 = ROOT / "benchmarks" / "data" / "fed7-gold.jsonl"
FED8 = ROOT / "benchmarks" / "data" / "fed8-gold.jsonl"
FEDS = {"fed3": (FED3, "third"), "fed4": (FED4, "fourth"), "fed5": (FED5, "fifth"), "fed6": (FED6, "sixth"),
        "fed7": (FED7, "seventh"), "fed8": (FED8, "eighth")}
# each federal set: its gold and its ordinal, in the order they are scored

# The ninth federal set (benchmarks/data/fed9-gold.jsonl: ten U.S. releases of agencies and kinds no other set used, an
# FTC consent order, an FCC fact sheet, CHIPS terms, USTR, a CFIUS order, DoD Title III agreements, NTIA and DOE,
# annotated before kg was run on them): lines "fed9 tune", "fed9 check" (--fed9-only).
FED9 = ROOT / "benchmarks" / "data" / "fed9-gold.jsonl"
FEDS["fed9"] = (FED9, "ninth")

# The tenth federal set (benchmarks/data/fed10-gold.jsonl: ten U.S. federal documents of kinds other than press releases,
# a GAO report's highlights, CRS products, Federal Register rules and notices of BIS and OFAC, White House memoranda, letters
# and fact sheets, an official's remarks, annotated before kg was run on them): lines "fed10 tune", "fed10 check"
# (--fed10-only).
FED10 = ROOT / "benchmarks" / "data" / "fed10-gold.jsonl"
FEDS["fed10"] = (FED10, "tenth")

# The eleventh federal set (benchmarks/data/fed11-gold.jsonl: ten U.S. releases of agencies and kinds no other set used,
# DHS, State's ITSI Fund, DOJ's Disruptive Technology Strike Force, NSF, the USITC, the Export-Import Bank and a White
# House fact sheet, annotated before kg was run on them): lines "fed11 tune", "fed11 check" (--fed11-only).
FED11 = ROOT / "benchmarks" / "data" / "fed11-gold.jsonl"
FEDS["fed11"] = (FED11, "eleventh")

# The twelfth federal set (benchmarks/data/fed12-gold.jsonl: ten WHOLE White House fact sheets on the designations,
# blocking sanctions, Entity List listings and export controls of the Treasury, State and Commerce Departments, where a
# release names the acting body once and the designees in later sentences, bullets and lists, annotated before kg was
# run on them): lines "fed12 tune", "fed12 check" (--fed12-only).
FED12 = ROOT / "benchmarks" / "data" / "fed12-gold.jsonl"
FEDS["fed12"] = (FED12, "twelfth")

# The thirteenth federal set (benchmarks/data/fed13-gold.jsonl: ten U.S. federal documents that are not press releases, a
# presidential CFIUS order, an executive order, three BIS Entity List rules, an FCC order to show cause, GAO highlights, a
# CRS summary and a Treasury official's testimony, annotated before kg was run on them): lines "fed13 tune", "fed13 check"
# (--fed13-only).
FED13 = ROOT / "benchmarks" / "data" / "fed13-gold.jsonl"
FEDS["fed13"] = (FED13, "thirteenth")

# The fourteenth federal set (benchmarks/data/fed14-gold.jsonl: ten U.S. federal documents that are not press releases, of
# kinds fed10 and fed13 did not use: two USTR Section 301 notices, a grand jury's superseding indictment, a House committee's
# investigative report, three inspector-general reports, an FCC fact sheet and proposed rule and a BIS Entity List rule,
# annotated before kg was run on them): lines "fed14 tune", "fed14 check" (--fed14-only).
FED14 = ROOT / "benchmarks" / "data" / "fed14-gold.jsonl"
FEDS["fed14"] = (FED14, "fourteenth")

# The fifteenth federal set (benchmarks/data/fed15-gold.jsonl: ten U.S. releases that designate, sanction, list or
# prosecute parties of the field, of agencies, years and wordings fed7, fed8 and fed12 did not use: Treasury cyber
# designations of 2021 and 2025, State statements on Entity List additions and spyware, DOJ forfeiture and indictment
# releases, annotated before kg was run on them): lines "fed15 tune", "fed15 check" (--fed15-only).
FED15 = ROOT / "benchmarks" / "data" / "fed15-gold.jsonl"
FEDS["fed15"] = (FED15, "fifteenth")


def documents(sources: Path) -> list[list[str]]:
    """Passage ids per source document, in the order SOURCES.md lists them."""
    docs = []
    for line in sources.read_text(encoding="utf-8").splitlines():
        m = re.search(r"\| (rd-\d+)(?: – (rd-\d+))? \(\d+\) \|\s*$", line)
        if m:
            a = int(m.group(1)[3:])
            b = int(m.group(2)[3:]) if m.group(2) else a
            docs.append([f"rd-{i:03d}" for i in range(a, b + 1)])
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=REAL / "real-dev.jsonl")
    ap.add_argument("-v", action="store_true", help="list the tuning halves' misses and false facts")
    ap.add_argument("--usgov", type=Path, default=USGOV, help="the project's gold for ../shared/corpora/us-gov/")
    ap.add_argument("--usgov-only", action="store_true", help="score only the us-gov halves")
    for n, (gold, what) in FEDS.items():  # --fed3 PATH, --fed3-only, ... for each federal set
        ap.add_argument(f"--{n}", type=Path, default=gold, help=f"the project's {what} federal gold set")
        ap.add_argument(f"--{n}-only", action="store_true", help=f"score only the {n} halves")
    args = ap.parse_args()
    if args.usgov_only:
        _usgov(args.usgov, args.v)
        return
    for n in FEDS:
        if getattr(args, f"{n}_only"):
            _usgov(getattr(args, n), args.v, label=n)
            return
    docs = documents(args.gold.parent / "SOURCES.md")
    halves = {"tune": {i for d in docs[0::2] for i in d}, "check": {i for d in docs[1::2] for i in d}}
    rows = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    kg = Path(sys.executable).parent / "kg"
    per_predicate: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, ids in halves.items():
            part = Path(tmp) / f"{name}.jsonl"
            part.write_text("".join(json.dumps(r) + "\n" for r in rows if r["id"] in ids), encoding="utf-8")
            res_path = Path(tmp) / f"{name}-res.json"
            out = subprocess.run([sys.executable, str(ROOT.parent / "shared" / "eval" / "score.py"), str(part),
                                  "--cmd", f"{kg} extract {{dir}} --format jsonl", "--json", str(res_path),
                                  *(["-v"] if args.v else [])],
                                 capture_output=True, text=True).stdout
            if res_path.exists():
                per_predicate[name] = json.loads(res_path.read_text())["per_predicate"]
            lines = out.strip().splitlines()
            if args.v and name == "tune":
                print("\n".join(f"[{name}] {x}" for x in lines if x.lstrip().startswith(("miss", "false"))))
            print(f"{name:<6} {len(ids):>3} passages  {lines[-1] if lines else 'no output'}")
    _per_predicate(per_predicate)
    _bands(rows, halves)
    if args.usgov.exists():
        _usgov(args.usgov, args.v)
    if NEWS.exists():
        _news(NEWS, args.v)
    if FRESH.exists():
        _fresh(FRESH, args.v)
    if FRESH2.exists():
        _fresh(FRESH2, args.v, label="fresh2")
    if FRESH3.exists():
        _fresh(FRESH3, args.v, label="fresh3")
    for n in FEDS:
        if getattr(args, n).exists():
            _usgov(getattr(args, n), args.v, label=n)


def _news(gold: Path, verbose: bool) -> None:
    """The project's own news-style sentences (benchmarks/data/news-own.jsonl): a tuning set only, written
    while the rules for them were made; it holds a floor, it does not measure generality."""
    kg = Path(sys.executable).parent / "kg"
    out = subprocess.run([sys.executable, str(ROOT.parent / "shared" / "eval" / "score.py"), str(gold),
                          "--cmd", f"{kg} extract {{dir}} --format jsonl", *(["-v"] if verbose else [])],
                         capture_output=True, text=True).stdout.strip().splitlines()
    if verbose:
        print("\n".join(f"[news-own] {x.strip()}" for x in out if x.lstrip().startswith(("miss", "false"))))
    n = sum(1 for x in gold.read_text(encoding="utf-8").splitlines() if x.strip())
    print(f"{'news-own':<12} {n:>3} passages  {out[-1] if out else 'no output'}")


def _fresh(gold: Path, verbose: bool, label: str = "fresh") -> None:
    """The project's news-style passages written after the rules (benchmarks/data/news-fresh.jsonl, and a second
    and third sets news-fresh2.jsonl, news-fresh3.jsonl), annotated before kg was run on them: odd passages tune
    (-v lists their misses), even passages are only counted."""
    rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    kg = Path(sys.executable).parent / "kg"
    with tempfile.TemporaryDirectory() as tmp:
        for name, odd in (("tune", 1), ("check", 0)):
            part = Path(tmp) / f"fresh-{name}.jsonl"
            part.write_text("".join(json.dumps(r) + "\n" for r in rows if _number(r) % 2 == odd), encoding="utf-8")
            show = verbose and name == "tune"
            out = subprocess.run([sys.executable, str(ROOT.parent / "shared" / "eval" / "score.py"), str(part),
                                  "--cmd", f"{kg} extract {{dir}} --format jsonl", *(["-v"] if show else [])],
                                 capture_output=True, text=True).stdout.strip().splitlines()
            if show:
                print("\n".join(f"[news-{label}] {x.strip()}" for x in out if x.lstrip().startswith(("miss", "false"))))
            n = sum(1 for r in rows if _number(r) % 2 == odd)
            print(f"{label + ' ' + name:<12} {n:>3} passages  {out[-1] if out else 'no output'}")


def _number(row: dict) -> int:
    """A passage's number: nf-07 and nf2-07 are 7."""
    return int(row["id"].rsplit("-", 1)[1])


def _per_predicate(per_predicate: dict[str, dict]) -> None:
    """Counts per predicate and half: where recall is missing, without naming a check passage."""
    preds = sorted({k for v in per_predicate.values() for k in v})
    print(f"{'predicate':<14}" + "".join(f"{h + ' tp/fp/fn':>18}" for h in per_predicate))
    for k in preds:
        cells = ""
        for v in per_predicate.values():
            c = v.get(k, {"tp": 0, "fp": 0, "fn": 0})
            cells += f"{c['tp']:>8}/{c['fp']}/{c['fn']:<7}"
        print(f"{k:<14}{cells}")


def _bands(rows: list[dict], halves: dict[str, set[str]]) -> None:
    """Precision by confidence band on each half and on the whole set (kg.evaluate: the shared
    scorer's matching, run in-process): a fact's confidence should be the precision of its band."""
    sys.path.insert(0, str(ROOT))
    from kg.evaluate import judge, predictor

    predict = predictor()
    verdicts = {r["id"]: judge([r], predict) for r in rows}
    sets = {**halves, "all": {r["id"] for r in rows}}
    print(f"{'confidence':<12}" + "".join(f"{n + ' facts':>12}{'P':>7}" for n in sets))
    for lo, hi in ((0.8, 1.01), (0.7, 0.8), (0.6, 0.7), (0.0, 0.6)):
        cells = ""
        for ids in sets.values():
            v = [ok for i in ids for (_, _, _, c), ok in verdicts.get(i, []) if lo <= c < hi and ok is not None]
            cells += f"{len(v):>12}{(f'{sum(v) / len(v):.3f}' if v else '-'):>7}"
        print(f"{lo:.1f}-{min(hi, 1.0):.1f}".ljust(12) + cells)


def usgov_half(passage_id: str) -> str:
    """ug-DD-PP: odd documents tune, even documents check (whole documents, as real-dev)."""
    return "tune" if int(passage_id.split("-")[1]) % 2 else "check"


def _usgov(gold: Path, verbose: bool, label: str = "us-gov") -> None:
    """One extract run over the whole us-gov gold (or fed3's or fed4's, same id scheme: label names the lines);
    halves counted from its per-passage verdicts (the shared scorer is additive over passages, so the
    counts equal separate runs)."""
    rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    kg = Path(sys.executable).parent / "kg"
    with tempfile.TemporaryDirectory() as tmp:
        res_path = Path(tmp) / "res.json"
        out = subprocess.run([sys.executable, str(ROOT.parent / "shared" / "eval" / "score.py"), str(gold),
                              "--cmd", f"{kg} extract {{dir}} --format jsonl", "-v", "--json", str(res_path)],
                             capture_output=True, text=True)
        if not res_path.exists():
            sys.stderr.write(out.stderr[-2000:])
            raise SystemExit(f"{label}: the shared scorer did not run")
        res = json.loads(res_path.read_text())
    verdicts = [x.strip() for x in out.stdout.splitlines() if x.lstrip().startswith(("miss ", "false "))]
    for half in ("tune", "check"):
        ids = {r["id"] for r in rows if usgov_half(r["id"]) == half}
        gold_n = sum(len(r["triples"]) for r in rows if r["id"] in ids)
        fn = sum(1 for v in verdicts if v.startswith("miss ") and v.split()[1].rstrip(":") in ids)
        fp = sum(1 for v in verdicts if v.startswith("false ") and v.split()[1].rstrip(":") in ids)
        tp = gold_n - fn
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / gold_n if gold_n else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{label + ' ' + half:<12} {len(ids):>3} passages  F1={f1:.3f} P={p:.3f} R={r:.3f} tp={tp} fp={fp} fn={fn}")
    print(f"{label}, all {len(rows)} passages, per predicate:")
    print(f"  {'predicate':<14}{'tp':>5}{'fp':>5}{'fn':>5}")
    for k, v in res["per_predicate"].items():
        print(f"  {k:<14}{v['tp']:>5}{v['fp']:>5}{v['fn']:>5}")
    print(f"  F1={res['f1']:.3f} P={res['precision']:.3f} R={res['recall']:.3f} "
          f"tp={res['tp']} fp={res['fp']} fn={res['fn']}")
    if verbose:
        print("\n".join(f"[{label} tune] {v}" for v in verdicts if usgov_half(v.split()[1].rstrip(":")) == "tune"))


if __name__ == "__main__":
    main()
