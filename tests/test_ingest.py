"""Ingest of what analysts hold (issue 15): feeds, web archives, CSV exports with a column mapping,
any encoding, YAML front matter and Markdown, loose dates, languages, syndicated copies, and
`kg build --dry-run`. Every fixture is written here, by the project."""
from __future__ import annotations

import io
import json
from datetime import datetime, timezone

import pytest

from kg.corpus import read_corpus
from kg.errors import CorpusError
from kg.ingest.dates import normalise_date

from .conftest import write_corpus


def read(folder, **kw):
    warnings: list[str] = []
    arts = list(read_corpus(folder, on_warning=warnings.append, **kw))
    return arts, warnings


# ------------------------------------------------------------------ feeds
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Chip Policy Wire</title>
  <link>https://wire.example/</link>
  <description>Test feed written for kg</description>
  <item>
    <title>Broadcom closes VMware deal</title>
    <link>https://wire.example/broadcom-vmware</link>
    <pubDate>Tue, 21 Nov 2023 18:30:00 -0500</pubDate>
    <description>Short teaser only.</description>
    <content:encoded><![CDATA[<p>China's market regulator approved Broadcom's acquisition of VMware.</p>
      <p>Broadcom acquired VMware for $69 billion.</p>]]></content:encoded>
  </item>
  <item>
    <title>Amazon and Anthropic</title>
    <link>https://wire.example/amazon-anthropic</link>
    <pubDate>2023-09-25T09:00:00Z</pubDate>
    <description>&lt;p&gt;Amazon agreed to invest up to $4 billion in
      &lt;b&gt;Anthropic&lt;/b&gt;.&lt;/p&gt;</description>
  </item>
  <item>
    <title>OpenAI blocks API traffic</title>
    <link>https://wire.example/openai-china</link>
    <pubDate>Tue, 09 Jul 2024 10:00:00 GMT</pubDate>
    <content:encoded><![CDATA[<p>OpenAI began blocking API traffic from China on July 9, 2024.</p>]]></content:encoded>
  </item>
</channel>
</rss>
"""


def test_feed_entries_become_articles(tmp_path):
    arts, warnings = read(write_corpus(tmp_path, {"wire.rss": FEED}))
    assert not warnings
    by_title = {a.title: a for a in arts}
    assert set(by_title) == {"Broadcom closes VMware deal", "Amazon and Anthropic", "OpenAI blocks API traffic"}
    full = by_title["Broadcom closes VMware deal"]
    assert "Broadcom acquired VMware for $69 billion." in full.text and "teaser" not in full.text
    assert not full.is_summary and "<p>" not in full.text
    assert full.date == "2023-11-21"  # the publisher's own calendar day, not the UTC one (the 22nd)
    summary = by_title["Amazon and Anthropic"]
    assert summary.is_summary and summary.text == "Amazon agreed to invest up to $4 billion in Anthropic."
    rfc = by_title["OpenAI blocks API traffic"]
    assert rfc.date == "2024-07-09" and rfc.url == "https://wire.example/openai-china"
    assert {a.source for a in arts} == {"Chip Policy Wire"}
    assert [a.path.rsplit("[", 1)[1] for a in arts] == ["1]", "2]", "3]"]


def test_an_xml_file_that_is_no_feed_is_skipped_with_a_reason(tmp_path):
    arts, warnings = read(write_corpus(tmp_path, {"config.xml": "<settings><a>1</a></settings>",
                                                  "good.txt": "TSMC builds chips in Arizona."}))
    assert [a.text for a in arts] == ["TSMC builds chips in Arizona."]
    assert len(warnings) == 1 and "config.xml: skipped: not an RSS or Atom feed" in warnings[0]


# ------------------------------------------------------------------ web archives
PAGE = ("<html><head><title>Nvidia and the H20</title></head><body><nav>Home | World | Tech</nav>"
        "<article><h1>Nvidia and the H20</h1><p>Published <time datetime='2025-04-16'>April 16, 2025</time></p>"
        "<p>Nvidia said exports of its H20 chip to China now need a U.S. license. The company expects "
        "charges of about $5.5 billion tied to H20 inventory and purchase commitments.</p></article>"
        "<footer>Copyright Example News</footer></body></html>")


def write_warc(path, pages: int = 1, body: str = PAGE, with_other_records: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=str(path).endswith(".gz"))

        def response(url, status, headers, payload, date="2025-04-17T08:00:00Z"):
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            rec = w.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http,
                                       warc_headers_dict={"WARC-Date": date})
            w.write_record(rec)

        for i in range(pages):
            html = body.replace("H20 chip", f"H20 chip (page {i})") if pages > 1 else body
            response(f"https://news.example/2025/nvidia-h20-{i}", "200 OK",
                     [("Content-Type", "text/html; charset=utf-8")], html.encode("utf-8"))
        if with_other_records:
            response("https://news.example/report.pdf", "200 OK", [("Content-Type", "application/pdf")],
                     b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\ntrailer\n%%EOF\n")
            response("https://news.example/old", "301 Moved Permanently",
                     [("Location", "https://news.example/2025/nvidia-h20-0"), ("Content-Type", "text/html")],
                     b"<html><body>Moved</body></html>")


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_pages_become_articles_and_the_rest_is_counted(tmp_path, name):
    write_warc(tmp_path / name)
    arts, warnings = read(tmp_path)
    (art,) = arts
    assert "H20 chip to China now need a U.S. license" in art.text
    assert "Home | World" not in art.text and "Copyright" not in art.text
    assert art.url == "https://news.example/2025/nvidia-h20-0"
    assert art.captured == "2025-04-17"  # when the crawler saw it
    assert art.date == "2025-04-16"  # when the page says it was published (htmldate)
    assert art.path.startswith(str(tmp_path / name) + "@")
    assert warnings == [f"{tmp_path / name}: 2 record(s) that are not HTML pages skipped "
                        "(1 application/pdf, 1 redirect 301)"], warnings


def test_a_damaged_warc_keeps_the_pages_before_the_damage(tmp_path):
    write_warc(tmp_path / "a.warc", pages=3, with_other_records=False)
    raw = (tmp_path / "a.warc").read_bytes()
    (tmp_path / "a.warc").write_bytes(raw[: int(len(raw) * 0.8)])
    arts, warnings = read(tmp_path)
    assert len(arts) == 2 and len(warnings) == 1 and "a.warc" in warnings[0], warnings


# ------------------------------------------------------------------ CSV / TSV
CSV = ('id,headline,body,published,link,outlet\n'
       '1,Samsung in Texas,"Samsung Electronics is building a chip plant in Taylor, Texas.",'
       '"July 9, 2024",https://x.example/1,Desk A\n'
       '2,Gallium rules,"China restricted exports of gallium, a metal used in chips.",9 July 2024,'
       'https://x.example/2,Desk B\n'
       '3,Empty,,2024-07-10,https://x.example/3,Desk C\n')


def test_csv_with_a_column_mapping(tmp_path):
    write_corpus(tmp_path, {"export.csv": CSV})
    arts, warnings = read(tmp_path, columns="text=body,date=published,url=link,title=headline,source=outlet")
    assert [(a.title, a.date, a.url, a.source) for a in arts] == [
        ("Samsung in Texas", "2024-07-09", "https://x.example/1", "Desk A"),
        ("Gallium rules", "2024-07-09", "https://x.example/2", "Desk B")]
    assert arts[0].text == "Samsung Electronics is building a chip plant in Taylor, Texas."
    assert arts[0].path.endswith("export.csv:2")
    assert warnings == [f"{tmp_path / 'export.csv'}:4: skipped: no text field (one of text, content, body)"]


def test_a_mapped_column_the_file_lacks_is_a_clear_error(tmp_path):
    write_corpus(tmp_path, {"export.csv": CSV})
    with pytest.raises(CorpusError, match=r"export.csv: no column 'story' \(mapped to text by --columns\); "
                                          r"the file has: id, headline, body, published, link, outlet"):
        next(read_corpus(tmp_path, columns="text=story"))
    with pytest.raises(CorpusError, match="FIELD one of text, title, date, url, source"):
        next(read_corpus(tmp_path, columns="body=text"))


def test_tsv_without_a_text_column_is_skipped_with_a_hint(tmp_path):
    write_corpus(tmp_path, {"INDEX.tsv": "file\tdate\nx.txt\t2024-01-01\n", "good.txt": "TSMC builds chips."})
    arts, warnings = read(tmp_path)
    assert [a.text for a in arts] == ["TSMC builds chips."]
    assert len(warnings) == 1 and "INDEX.tsv: skipped: no text column" in warnings[0]
    assert "--columns text=COLUMN" in warnings[0]


def test_cli_names_the_missing_column_in_one_line(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    write_corpus(tmp_path / "c", {"export.csv": CSV})
    for command in ("extract", "build"):
        res = CliRunner().invoke(app, [command, str(tmp_path / "c"), "--columns", "text=story", "-o" if command ==
                                       "build" else "--all", *([str(tmp_path / "out")] if command == "build" else [])])
        assert res.exit_code == 2, res.output
        lines = res.output.strip().splitlines()
        assert len(lines) == 1 and "no column 'story'" in lines[0] and "Traceback" not in res.output


# ------------------------------------------------------------------ encodings
def test_windows_1252_article_with_curly_quotes_is_read_and_named(tmp_path):
    text = ("\u201cThe rules are unfair,\u201d Huawei\u2019s spokesman said \u2014 and the company "
            "sued the U.S. government in Texas.")
    write_corpus(tmp_path, {"cp.txt": text.encode("cp1252")})
    (art,), warnings = read(tmp_path)
    assert art.text == text
    assert len(warnings) == 1 and "cp.txt: not UTF-8; read as Windows-1252 (detected)" in warnings[0]


def test_gb18030_article_is_read(tmp_path):
    text = "华为公司起诉美国政府，称国会的禁令违反宪法。这家中国电信设备制造商在德克萨斯州提起诉讼。"
    write_corpus(tmp_path, {"zh.txt": text.encode("gb18030")})
    (art,), warnings = read(tmp_path)
    assert art.text == text and "GB18030" in warnings[0]


# ------------------------------------------------------------------ front matter and Markdown
FRONT = """---
title: >-
  Dutch export rules on advanced
  chipmaking machines take effect
date: 2023-09-01
source:
  - Example Wire
  - Example Daily
tags: [export controls, ASML]
---

# A heading that is not the title

ASML said the rules meant it would need licenses to ship its most advanced *DUV* systems.
"""


def test_front_matter_list_and_multi_line_value(tmp_path):
    (art,), warnings = read(write_corpus(tmp_path, {"n.md": FRONT}))
    assert not warnings
    assert art.title == "Dutch export rules on advanced chipmaking machines take effect"
    assert art.date == "2023-09-01" and art.source == "Example Wire, Example Daily"
    assert art.text == ("A heading that is not the title\n\n"
                        "ASML said the rules meant it would need licenses to ship its most advanced DUV systems.")


MARKDOWN = """# CHIPS awards

The department [finalized][1] **four** awards:

| Company | Award |
|---------|-------|
| Intel | $7.86 billion |
| Micron | $6.1 billion |

```python
print("Nvidia acquired Intel")
```

    indented = "code too"

- TSMC received up to $6.6 billion.
- Samsung received $4.745 billion.

[1]: https://www.commerce.gov/
"""


def test_markdown_table_and_code_block(tmp_path):
    (art,), _ = read(write_corpus(tmp_path, {"m.md": MARKDOWN}))
    assert art.title == "CHIPS awards"
    assert art.text == ("CHIPS awards\n\nThe department finalized four awards:\n\n"
                        "Company; Award\nIntel; $7.86 billion\nMicron; $6.1 billion\n\n"
                        "TSMC received up to $6.6 billion.\nSamsung received $4.745 billion.")
    assert "Nvidia acquired Intel" not in art.text and "commerce.gov" not in art.text


def test_front_matter_that_is_not_yaml_is_still_read_with_a_warning(tmp_path):
    bad = "---\ntitle: A: b: c\ndate: [2024\n---\nTSMC builds chips."
    (art,), warnings = read(write_corpus(tmp_path, {"x.md": bad}))
    assert art.text == "TSMC builds chips." and art.title == "A: b: c"
    assert len(warnings) == 2 and "x.md: front matter is not valid YAML at line 3" in warnings[0]
    assert "x.md: date '[2024' not understood" in warnings[1]


# ------------------------------------------------------------------ dates
@pytest.mark.parametrize("raw,iso", [
    ("Tue, 09 Jul 2024 10:00:00 GMT", "2024-07-09"), ("Tue, 09 Jul 2024 23:30:00 -0500", "2024-07-09"),
    ("2024-07-09T23:30:00-05:00", "2024-07-09"), ("2024-07-09T10:00:00+09:00", "2024-07-09"),
    ("July 9, 2024", "2024-07-09"), ("9 July 2024", "2024-07-09"), ("July 2024", "2024-07"),
    ("2024", "2024"), ("25/12/2024", "2024-12-25"), ("03/04/2024", None), ("July 9", None),
    ("not shown in stored excerpt (dated 2 July 2024)", None), ("2024-13-01", None), ("", None),
    (datetime(2024, 7, 9, 23, 0, tzinfo=timezone.utc), "2024-07-09")])
def test_dates_in_the_forms_sources_write_them(raw, iso):
    assert normalise_date(raw) == iso


def test_an_unparseable_date_is_reported_once_per_file(tmp_path):
    lines = [json.dumps({"text": f"TSMC builds chips in Arizona, plant {i}.", "date": "sometime soon"})
             for i in range(3)]
    arts, warnings = read(write_corpus(tmp_path, {"d.jsonl": "\n".join(lines)}))
    assert len(arts) == 3 and all(a.date is None for a in arts)
    assert warnings == [f"{tmp_path / 'd.jsonl'}:1: date 'sometime soon' not understood; "
                        "the article is kept without a date"]


# ------------------------------------------------------------------ language, syndication: a real build
FRENCH = ("Le gouvernement néerlandais a annoncé de nouvelles restrictions sur les exportations de machines "
          "de lithographie. ASML a déclaré que ces règles l'obligeraient à demander des licences pour "
          "expédier ses systèmes les plus avancés vers la Chine.")

STORY = [
    "Amazon agreed to invest up to $4 billion in Anthropic, the San Francisco start-up that develops the Claude "
    "models, the companies said on Monday.",
    "Under the agreement, Amazon Web Services will become the primary cloud provider for Anthropic, which will "
    "use the cloud unit's Trainium chips to build and train its future models.",
    "Anthropic was founded in 2021 by former OpenAI employees and has raised money from several large "
    "technology companies over the past year.",
    "Analysts said the deal gives Amazon a stake in one of the main rivals of OpenAI, which is backed by "
    "Microsoft, its largest competitor in cloud computing.",
    "Amazon's shares were little changed in early trading after the announcement, and the companies did not "
    "say when the first investment would close.",
]


def syndicated() -> dict[str, str]:
    """One wire story as five outlets ran it: new headlines, a byline, a dateline, a trimmed paragraph."""
    body = "\n\n".join(STORY)
    return {
        "wire.txt": f"TITLE: Amazon to invest $4 billion in Anthropic\nSOURCE: Wire\n-----\n{body}",
        "daily.txt": f"TITLE: Amazon bets on Anthropic\nSOURCE: Daily\n-----\nBy A. Reporter\n\n{body}",
        "herald.txt": "TITLE: Amazon, Anthropic deal\nSOURCE: Herald\n-----\n" + "\n\n".join(STORY[:4]),
        "post.txt": f"TITLE: Cloud giant backs AI start-up\nSOURCE: Post\n-----\nSEATTLE (Wire) - {body}",
        "times.txt": "TITLE: Amazon invests in Anthropic\nSOURCE: Times\n-----\n"
                     + body.replace("little changed", "slightly higher"),
    }


def test_five_syndicated_copies_are_one_story_when_read(tmp_path):
    arts, _ = read(write_corpus(tmp_path, syndicated()))
    assert len(arts) == 5 and len({a.id for a in arts}) == 5
    originals = [a for a in arts if a.copy_of is None]
    assert len(originals) == 1 and all(a.copy_of == originals[0].id for a in arts if a is not originals[0])


def test_distinct_stories_on_one_topic_are_not_copies(tmp_path):
    files = {"a.txt": "\n\n".join(STORY), "b.txt": "\n\n".join(
        ["Amazon said on Friday it would invest an additional $4 billion in Anthropic, bringing its total to "
         "$8 billion, and Anthropic named Amazon Web Services its primary training partner.",
         "Anthropic will work with Annapurna Labs, the AWS chip unit, on future generations of Trainium chips, "
         "and will use them to train its largest models, the company said in a blog post."])}
    arts, _ = read(write_corpus(tmp_path, files))
    assert [a.copy_of for a in arts] == [None, None]


@pytest.fixture(scope="module")
def mixed_build(tmp_path_factory, nlp):
    import kg

    root = tmp_path_factory.mktemp("mixed")
    corpus = write_corpus(root / "c", {**syndicated(), "fr.txt": FRENCH})
    warnings: list[str] = []
    report = kg.build(corpus, out=root / "out", exports=(), on_warning=warnings.append)
    return root / "out", report, warnings


def test_syndicated_copies_count_once_and_stay_as_provenance(mixed_build):
    import kg

    out, report, _ = mixed_build
    rows = kg.query("""SELECT ?n ?src ?pubs (COUNT(DISTINCT ?a) AS ?articles) WHERE {
        ?f a kg:Fact ; rdf:subject/rdfs:label "Amazon" ; rdf:predicate kg:investsIn ;
           rdf:object/rdfs:label "Anthropic" ; kg:supportCount ?n ; kg:sourceCount ?src ;
           kg:publicationCount ?pubs ; prov:wasDerivedFrom/prov:wasDerivedFrom ?a }
        GROUP BY ?n ?src ?pubs""", store=out).records()
    assert rows == [{"n": "1", "src": "1", "pubs": "5", "articles": "5"}]
    copies = kg.query("SELECT ?copy ?orig WHERE { ?copy kg:copyOf ?orig }", store=out).records()
    assert len(copies) == 4 and len({r["orig"] for r in copies}) == 1
    best = [r for r in kg.saved_query("best-supported", store=out).records() if r["predicate"] == "investsIn"]
    assert best and all(r["articles"] == "1" and r["sources"] == "1" for r in best)


def test_a_french_article_is_stored_with_its_language_and_not_extracted(mixed_build):
    import kg

    out, _, warnings = mixed_build
    assert any(w.endswith("fr.txt: written in French (fr); stored with its language, not read by the English "
                          "extraction rules") for w in warnings), warnings
    rows = kg.query("""SELECT ?a ?lang (COUNT(?x) AS ?facts) WHERE { GRAPH ?a { ?a dcterms:language ?lang
        OPTIONAL { ?x a kg:Assertion } } } GROUP BY ?a ?lang""", store=out).records()
    langs = sorted((r["lang"], r["facts"]) for r in rows)
    assert langs[-1] == ("fr", "0") and {lang for lang, _ in langs} == {"en", "fr"}


def test_extract_leaves_out_a_french_article(tmp_path, nlp):
    import kg

    recs = list(kg.extract([write_corpus(tmp_path, {"fr.txt": FRENCH, "en.txt": STORY[0]})]))
    assert recs and all(r["source"].endswith("en.txt") for r in recs)


# ------------------------------------------------------------------ dry run
def test_dry_run_lists_what_would_be_read_and_writes_nothing(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    corpus = write_corpus(tmp_path / "c", {**syndicated(), "fr.txt": FRENCH, "wire.rss": FEED,
                                           "cp.txt": "\u201cHuawei\u2019s chips\u201d were tested by the lab "
                                                     "in Shenzhen on Monday.".encode("cp1252"),
                                           "same.txt": "\n\n".join(STORY[:4]) + "\n"})
    write_warc(corpus / "crawl.warc.gz")
    res = CliRunner().invoke(app, ["build", str(corpus), "--dry-run", "-o", str(tmp_path / "out")],
                             env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    out = res.output
    for expected in ("RSS/Atom feed", "WARC archive", "Windows-1252", "fr 1", "en 3", "text",
                     "syndicated copies (one story, several publications): 1",
                     "same text in several files (read once): 1", "application/pdf"):
        assert expected in out, (expected, out)
    assert not (tmp_path / "out").exists()


# ------------------------------------------------------------------ the README's example files
def test_every_example_in_the_readme_table_exists_and_is_read():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Input formats", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")][2:]
    names = {n for row in rows for n in row.split("|")[3].replace("`", "").strip().split(", ")}
    folder = root / "examples" / "formats"
    assert names == {p.name for p in folder.iterdir()}, names
    for name in sorted(names):
        cols = "text=story,date=pub_date,url=permalink,title=headline,source=outlet" if name == "export.csv" else None
        arts, warnings = read(folder / name, columns=cols)
        assert arts, (name, warnings)
        assert all("skipped" not in w for w in warnings if "not HTML pages" not in w), (name, warnings)
        if name == "french.txt":
            assert arts[0].language == "fr"
        if name == "export.csv":
            assert (arts[0].title, arts[0].date) == ("Gallium rules", "2023-07-03")


def test_warc_pages_in_a_declared_or_a_guessed_encoding(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    text = "\u201cHuawei\u2019s lawsuit\u201d was filed in Plano, Texas, against the U.S. government on Thursday."
    html = f"<html><body><article><p>{text}</p></article></body></html>".encode("cp1252")
    with open(tmp_path / "enc.warc", "wb") as fh:
        w = WARCWriter(fh, gzip=False)
        for i, ctype in enumerate(("text/html; charset=windows-1252", "text/html")):
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://x.example/{i}", "response", payload=io.BytesIO(html),
                                                http_headers=http))
    arts, warnings = read(tmp_path, dedupe=False)
    assert [a.text for a in arts] == [text, text]
    assert len(warnings) == 2 and "read as Windows-1252 (detected)" in warnings[0], warnings
    assert "same text as" in warnings[1]  # the second capture of one page


def test_plain_english_is_told_without_the_ngram_model_and_other_languages_still_ask_it(monkeypatch):
    from kg.ingest import language

    asked = []
    real = language._detector

    def spy(text):
        asked.append(text[:20])
        return real(text)

    monkeypatch.setattr(language, "_detector", spy)
    english = ("The Commerce Department said on Monday that it had added two companies to the Entity List, "
               "and that the rule would take effect in thirty days for all of their suppliers in the region.")
    dutch = ("De Nederlandse regering heeft in september nieuwe exportregels ingevoerd voor geavanceerde "
             "chipmachines. ASML is de grootste leverancier van lithografiemachines en het bedrijf was al eerder "
             "getroffen door beperkingen.")
    assert language.detect_language(english) == "en" and asked == []
    assert language.detect_language(dutch) == "nl" and len(asked) == 1
