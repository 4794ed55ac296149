"""Measured, side by side in one run: raw spaCy vs kg extraction throughput, and first build vs
no-op rebuild vs one-changed-article rebuild, on a generated corpus (timing only; the texts are
recombined template sentences about real actors, not news).

    python benchmarks/bench_build.py [--articles 1000] [--keep DIR]
"""
from __future__ import annotations

import argparse
import random
import resource
import shutil
import tempfile
import time
from pathlib import Path

TEMPLATES = [
    "{a} restricted exports of advanced chips to {c} on {d}.",
    "{a} said it would invest $2 billion in {b}, according to Reuters.",
    "{p}, chief executive of {a}, met officials in {city} during a visit in {m}.",
    "The U.S. Commerce Department added {b} to the Entity List in {m} 2023.",
    "{a} and {b} formed a joint venture to build data centers in {city}.",
    "Dutch lithography giant ASML said it would stop shipping some machines to {c}.",
    "{a} unveiled a new AI model for customers in {c}.",
    "{b} was founded by {p} in 2015. The company later acquired a startup in {city}.",
]
ACTORS = ["Nvidia", "Microsoft", "Huawei", "Alibaba Group", "Tencent", "Baidu", "SMIC", "TSMC", "Intel",
          "Samsung Electronics", "OpenAI", "Anthropic", "ByteDance", "SenseTime", "Micron Technology", "AMD"]
PEOPLE = ["Lisa Su", "Jensen Huang", "Satya Nadella", "Sam Altman", "Pat Gelsinger", "Ren Zhengfei"]
COUNTRIES = ["China", "Russia", "Iran", "the United Arab Emirates", "India", "Vietnam"]
CITIES = ["Shanghai", "Shenzhen", "Hsinchu", "Austin", "Dresden", "Singapore"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def make_corpus(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        sents = []
        for _ in range(8):
            a, b = rng.sample(ACTORS, 2)
            sents.append(rng.choice(TEMPLATES).format(a=a, b=b, p=rng.choice(PEOPLE), c=rng.choice(COUNTRIES),
                                                      city=rng.choice(CITIES), m=rng.choice(MONTHS),
                                                      d=f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, 2024"))
        (folder / f"a{i:05d}.txt").write_text(f"TITLE: Generated article {i}\nDATE: 2024-07-0{1 + i % 9}\n-----\n"
                                              + " ".join(sents) + f" Reference number {i}.\n")


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--keep", type=Path, help="keep the generated corpus and store here")
    args = ap.parse_args()

    import kg
    from kg.corpus import read_corpus
    from kg.extract import extract
    from kg.nlp import load

    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    corpus, out = work / "corpus", work / "out"
    shutil.rmtree(out, ignore_errors=True)
    make_corpus(corpus, args.articles)
    nlp, gaz = load()
    texts = [a.text for a in read_corpus(corpus)]

    from kg.nlp import stock_model

    vanilla = stock_model()
    t_raw, _ = timed(lambda: sum(1 for _ in vanilla.pipe(texts, batch_size=32)))
    t_spacy, _ = timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=32)))
    t_extract, n_facts = timed(lambda: sum(len(ts) for _, ts in extract(read_corpus(corpus), nlp=nlp, gazetteer=gaz)))
    t_first, rep = timed(lambda: kg.build(corpus, out=out, exports=("ttl", "trig")))
    t_noop, rep2 = timed(lambda: kg.build(corpus, out=out, exports=()))
    victim = sorted(corpus.glob("*.txt"))[len(texts) // 2]
    victim.write_text(victim.read_text() + " Nvidia unveiled the H20 for customers in China.\n")
    t_one, rep3 = timed(lambda: kg.build(corpus, out=out, exports=()))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"corpus: {len(texts)} articles, {sum(map(len, texts)):,} characters; {n_facts} facts")
    print(f"{'measure':<40}{'seconds':>10}{'ratio':>10}")
    print(f"{'raw spaCy nlp.pipe (stock pipeline)':<40}{t_raw:>10.2f}{1:>10.2f}")
    print(f"{'spaCy + gazetteer ruler':<40}{t_spacy:>10.2f}{t_spacy / t_raw:>10.2f}  (vs raw spaCy)")
    print(f"{'kg extraction (spaCy + ruler + rules)':<40}{t_extract:>10.2f}{t_extract / t_raw:>10.2f}  (vs raw spaCy)")
    print(f"{'first build (extract + store + exports)':<40}{t_first:>10.2f}{1:>10.2f}")
    print(f"{'no-op rebuild':<40}{t_noop:>10.2f}{t_noop / t_first:>10.3f}  (vs first build; {rep2.articles_unchanged} cached)")
    print(f"{'one article changed':<40}{t_one:>10.2f}{t_one / t_first:>10.3f}  (vs first build)")
    print(f"peak RSS: {rss:.0f} MiB; facts in store: {rep.facts}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
