"""A rebuild reads only what changed (issue 13): what reading gave is kept per file
(kg/ingest/readcache.py), and a rebuild's pipeline holds only the gazetteer names its few
articles can contain (kg.nlp.load_for). Neither may change what is built: a rebuild with the
caches equals a fresh build, and a damaged or stale cache is ignored without a word."""
from __future__ import annotations

from dataclasses import replace
import sqlite3

import pytest

import kg
import kg.corpus
from kg.ingest.readcache import FILENAME, _checksum

from .conftest import nquads, write_corpus
from .test_ingest import FRENCH, STORY

BODY = "\n\n".join(STORY)
FILES = {
    "b-wire.txt": f"TITLE: Amazon to invest $4 billion in Anthropic\nSOURCE: Wire\n-----\n{BODY}",
    "c-daily.txt": f"TITLE: Amazon bets on Anthropic\nSOURCE: Daily\n-----\nBy A. Reporter\n\n{BODY}",
    "d-fr.txt": FRENCH,
    "e-bad-date.md": "---\ntitle: Five\ndate: sometime soon\n---\nThe Cyberspace Administration of China "
                     "restricted Micron Technology in May 2023.",
    "f-many.jsonl": '{"title": "Six", "text": "Broadcom acquired VMware in November 2023."}\n'
                    'not json\n'
                    '{"title": "Seven", "text": "OpenAI blocked API access from China on July 9, 2024."}\n',
    "g-edit.txt": "TITLE: Eight\nDATE: 2024-01-02\n-----\nNvidia supplies chips to Huawei.",
}


def _changed(corpus) -> None:
    """One article edited, and a new first copy of the wire story: the two unchanged copies now
    point to it (their copy_of changes), so they are parsed again from text read again."""
    (corpus / "g-edit.txt").write_text(FILES["g-edit.txt"].replace("Huawei", "Lenovo"))
    (corpus / "a-post.txt").write_text(f"TITLE: Cloud giant backs AI start-up\nSOURCE: Post\n-----\n"
                                       f"SEATTLE (Wire) - {BODY}")


def test_rebuild_reads_only_changed_files_and_equals_a_fresh_build(tmp_path, nlp, monkeypatch):
    corpus = write_corpus(tmp_path / "c", FILES)
    out = tmp_path / "inc"
    kg.build(corpus, out=out, exports=())
    assert (out / FILENAME).is_file()
    _changed(corpus)
    read: list[str] = []
    real = kg.corpus.read_file

    def counted(path, **kw):
        read.append(path.name)
        return real(path, **kw)

    monkeypatch.setattr(kg.corpus, "read_file", counted)
    rep = kg.build(corpus, out=out, exports=())
    monkeypatch.undo()
    # the new and the edited file, and the copies' files for their texts; not the others
    assert sorted(set(read)) == ["a-post.txt", "b-wire.txt", "c-daily.txt", "g-edit.txt"]
    assert rep.articles_read == 8 and rep.articles_unchanged == 4
    # the warnings reading gave are given again from the cache, each once, as reading gave them
    for said in ("e-bad-date.md: date 'sometime soon' not understood", "f-many.jsonl:2: skipped: invalid JSON"):
        assert sum(said in w for w in rep.warnings) == 1, rep.warnings
    fresh = tmp_path / "fresh"
    kg.build(corpus, out=fresh, exports=())
    assert nquads(out) == nquads(fresh)
    copies = kg.query("SELECT ?a ?o WHERE { GRAPH ?a { ?a kg:copyOf ?o } }", store=out).records()
    assert len(copies) == 2 and len({r["o"] for r in copies}) == 1


@pytest.mark.parametrize("damage", ["garbage", "entry", "version", "signature"])
def test_damaged_or_stale_cache_is_ignored(tmp_path, nlp, damage):
    corpus = write_corpus(tmp_path / "c", FILES)
    out = tmp_path / "inc"
    kg.build(corpus, out=out, exports=())
    cache = out / FILENAME
    if damage == "garbage":
        cache.write_bytes(b"not a database\0" * 300)
    else:
        con = sqlite3.connect(cache)
        con.execute({"entry": "UPDATE files SET data = '{\"a\": [[1, 2]], \"w\": 3}'",
                     "version": "UPDATE meta SET value = 'another version'",
                     "signature": "UPDATE files SET data = replace(data, '\"a\": [[\"', '\"a\": [[\"x')"}.get(
            damage, "UPDATE files SET data = '['"))
        con.commit()
        con.close()
    _changed(corpus)
    rep = kg.build(corpus, out=out, exports=())
    assert len(rep.warnings) == 2 and "sometime soon" in rep.warnings[0] and "f-many.jsonl:2" in rep.warnings[1]
    fresh = tmp_path / "fresh"
    kg.build(corpus, out=fresh, exports=())
    assert nquads(out) == nquads(fresh)
    assert sqlite3.connect(cache).execute("SELECT count(*) FROM files").fetchone()[0] == 7  # written anew


def test_cache_in_an_unwritable_place_is_only_not_kept(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", FILES)
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{FILENAME}.tmp").mkdir()  # where the new cache would be written
    rep = kg.build(corpus, out=out, exports=())
    assert rep.articles_read == 7 and not (out / FILENAME).exists()


def test_few_articles_get_a_pipeline_with_only_their_names(monkeypatch, nlp):
    """The ruler of a rebuild's pipeline has only the names that occur in its texts, and tags
    what the whole gazetteer tags, whatever the spaces inside a name."""
    import kg.nlp

    texts = ["The Cyberspace Administration of China restricted Micron\nTechnology in May 2023.",
             "Huawei  Technologies and SMIC met TSMC executives in Hsinchu; Nvidia was not there.",
             "Amazon Web Services will become the primary cloud provider for Anthropic."]
    monkeypatch.setattr(kg.nlp, "_whole", set())  # as in a build process that has not loaded the whole one
    few, gaz = kg.nlp.load_for(texts)
    assert few is not nlp
    kept = len(few.get_pipe("kg_gazetteer").patterns)
    assert 5 <= kept < len(nlp.get_pipe("kg_gazetteer").patterns) / 50
    for a, b in zip(few.pipe(texts), nlp.pipe(texts)):
        assert [(e.start, e.end, e.label_, e.ent_id_) for e in a.ents] == \
               [(e.start, e.end, e.label_, e.ent_id_) for e in b.ents]
        assert any(e.ent_id_ for e in a.ents)


def test_reading_from_the_cache_gives_what_reading_gives(tmp_path):
    """Feeds, web archives, tables, Markdown, a legacy encoding, syndicated copies and files that
    warn or are skipped: from the cache, the same articles (their texts when wanted) and warnings."""
    from .test_ingest import CSV, FEED, MARKDOWN, syndicated, write_warc

    from kg.corpus import read_corpus

    files = {**syndicated(), "wire.rss": FEED, "m.md": MARKDOWN, "t.csv": CSV, "fr.txt": FRENCH,
             "cp1252.txt": "TITLE: Quotes\n-----\n\u201cNvidia\u201d supplies Huawei \u2013 caf\u00e9.".encode("cp1252"),
             "bad.json": "{not json", "empty.txt": " ", "many.jsonl": FILES["f-many.jsonl"]}
    corpus = write_corpus(tmp_path / "c", files)
    write_warc(corpus / "pages.warc.gz", pages=2)
    cols = "text=body,title=headline,date=published,url=link,source=outlet"

    def read(**kw):
        said: list[str] = []
        arts = list(read_corpus(corpus, on_warning=said.append, columns=cols, **kw))
        return arts, said

    def rows():
        with sqlite3.connect(cache / FILENAME) as con:
            return sorted(con.execute("SELECT key, data, checksum FROM files"))

    plain = read()
    cache = tmp_path / "out"
    cache.mkdir()
    assert read(cache=cache) == plain  # filled as it reads
    filled = rows()
    assert filled and all(c == _checksum(k, d) for k, d, c in filled)
    assert read(cache=cache, wanted=lambda a: True) == plain  # texts read again from unchanged files
    bare, said = read(cache=cache, wanted=lambda a: False)
    assert said == plain[1] and [a.text for a in bare] == [""] * len(bare)
    assert [replace(a, text="") for a in plain[0]] == bare
    assert len(bare) >= 12 and sum(a.copy_of is not None for a in bare) == 4
    assert rows() == filled  # the entries kept by reading from the cache: the same keys, data and checksums


def test_lsh_bands_are_datasketchs_own_choice():
    """The bands and rows a build uses without importing datasketch's LSH (and scipy with it)."""
    from datasketch.lsh import _optimal_param

    from kg.ingest.syndication import BANDS_ROWS, NUM_PERM, THRESHOLD, CopyFinder

    assert BANDS_ROWS[(THRESHOLD, NUM_PERM)] == _optimal_param(THRESHOLD, NUM_PERM, 0.5, 0.5)
    other = CopyFinder(threshold=0.5)  # another threshold asks datasketch
    assert (other.bands, other.rows) == _optimal_param(0.5, NUM_PERM, 0.5, 0.5)
