"""Memory is flat in the size of a web archive: peak RSS of reading a synthetic WARC of 5,000
HTML pages beside one of 500 (target: ratio <= 1.2), each read in a fresh process through
kg.corpus.read_corpus (the path a build streams: WARC records -> HTML reader -> htmldate ->
language -> syndication check), without spaCy.

    python benchmarks/bench_warc.py [--small 500] [--large 5000]

Pages are distinct generated news-like pages (random sentences over a domain vocabulary) with
page furniture, a publication date in a <time> element, plus a PDF and a redirect every 100 pages.
"""
from __future__ import annotations

import argparse
import io
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = ("Nvidia Huawei TSMC Intel Samsung Micron ASML SMIC Alibaba Tencent Baidu OpenAI Microsoft export "
         "controls chips license rule Commerce Department China Taiwan Netherlands Japan subsidy plant fab "
         "wafer lithography memory model cloud data center investment deal sanctions entity list court "
         "regulator ban tariff supply chain equipment shipment quarter billion said announced agreed "
         "restricted blocked approved warned expects plans would could new advanced older customers").split()
REPEAT = ("<nav>Home | World | Business | Technology | Markets | Opinion</nav><aside>Most read: "
          "Markets wrap; Weather; Puzzles</aside>")


def page(rng: random.Random, i: int) -> str:
    paras = []
    for _ in range(rng.randint(4, 8)):
        sents = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 22))).capitalize() + "."
                 for _ in range(rng.randint(2, 5))]
        paras.append("<p>" + " ".join(sents) + "</p>")
    day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return (f"<html><head><title>Story {i}</title></head><body>{REPEAT}<article><h1>Story {i}: "
            f"{' '.join(rng.choice(WORDS) for _ in range(6))}</h1><p>Published <time datetime='{day}'>{day}"
            f"</time></p>{''.join(paras)}</article><footer>Copyright Example News</footer></body></html>")


def make_warc(path: Path, n: int, seed: int = 11) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)

        def put(url: str, status: str, ctype: str, body: bytes) -> None:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))

        for i in range(n):
            put(f"https://news.example/story/{i}", "200 OK", "text/html; charset=utf-8", page(rng, i).encode())
            if i % 100 == 0:
                put(f"https://news.example/doc/{i}.pdf", "200 OK", "application/pdf", b"%PDF-1.4\n" + bytes(2000))
                put(f"https://news.example/old/{i}", "301 Moved Permanently", "text/html", b"moved")


CHILD = """
import json, resource, sys, time
from kg.corpus import read_corpus
t0 = time.perf_counter()
warnings = []
n = sum(1 for _ in read_corpus(sys.argv[1], on_warning=warnings.append))
print(json.dumps({"articles": n, "seconds": time.perf_counter() - t0, "warnings": len(warnings),
                  "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(path: Path) -> dict:
    res = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=500)
    ap.add_argument("--large", type=int, default=5000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for n in (args.small, args.large):
            path = Path(tmp) / f"synthetic-{n}.warc.gz"
            t0 = time.perf_counter()
            make_warc(path, n)
            made = time.perf_counter() - t0
            r = measure(path)
            rows.append((n, path.stat().st_size, made, r))
        print(f"{'pages':>6} {'WARC MiB':>9} {'articles':>9} {'read s':>8} {'pages/s':>8} {'peak RSS MiB':>13}")
        for n, size, _, r in rows:
            print(f"{n:>6} {size / 2**20:>9.1f} {r['articles']:>9} {r['seconds']:>8.1f} "
                  f"{r['articles'] / r['seconds']:>8.0f} {r['peak_rss_mib']:>13.1f}")
        ratio = rows[1][3]["peak_rss_mib"] / rows[0][3]["peak_rss_mib"]
        print(f"peak RSS ratio {args.large}/{args.small} pages: {ratio:.2f} (target <= 1.2)")


if __name__ == "__main__":
    main()
