"""Hostile input found in review (issue 10): links out of the corpus, the output folder inside
the input, terminal escapes and invisible characters in articles, unchecked query parameters,
silent skips, and files that were built and can no longer be read. Each case is real: real
files, real permissions, a real store; the table in docs/robustness.md lists them."""
from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg
from kg.cli import app
from kg.corpus import iter_files, read_corpus

from .conftest import write_corpus, nquads

runner = CliRunner()
ESCAPES = "\x1b[2J\x1b]0;pwned\x07"


def run(*args: str):
    return runner.invoke(app, list(args))


def titles(out: Path) -> set[str]:
    return {r["t"] for r in kg.query("SELECT ?t WHERE { ?a a schema:NewsArticle ; dcterms:title ?t }",
                                     store=out).records()}


# ------------------------------------------------------------------ unreadable, for real
class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


@contextlib.contextmanager
def unprivileged():
    """Run the block bound by file permissions. Root reads a file of mode 000 all the same: when
    the suite runs as root, this thread drops the two capabilities that let it (CAP_DAC_OVERRIDE,
    CAP_DAC_READ_SEARCH) from its effective set for the block, and takes them back after."""
    if os.geteuid() != 0:
        yield
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        hdr, data = _CapHeader(0x20080522, 0), (_CapData * 2)()  # _LINUX_CAPABILITY_VERSION_3
        if libc.capget(ctypes.byref(hdr), data) != 0:
            raise OSError(ctypes.get_errno(), "capget")
    except (OSError, AttributeError) as exc:
        pytest.skip(f"running as root and cannot drop CAP_DAC_OVERRIDE here ({exc})")
    saved = data[0].effective
    data[0].effective = saved & ~((1 << 1) | (1 << 2))
    if libc.capset(ctypes.byref(hdr), data) != 0:
        pytest.skip(f"running as root and cannot drop CAP_DAC_OVERRIDE here (capset: errno {ctypes.get_errno()})")
    try:
        yield
    finally:
        data[0].effective = saved
        libc.capset(ctypes.byref(hdr), data)


def test_a_file_that_cannot_be_read_now_keeps_its_last_good_graph(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", {"a.txt": "TITLE: Blocked\n-----\nOpenAI blocked API access from China.",
                                             "b.txt": "TITLE: Bought\n-----\nBroadcom acquired VMware.",
                                             "c.txt": "TITLE: Gone\n-----\nAMD acquired Xilinx.",
                                             "d.txt": "TITLE: Stays\n-----\nIntel acquired Altera."})
    out = tmp_path / "out"
    with unprivileged():
        kg.build(corpus, out=out, exports=())
        before = nquads(out)
        (corpus / "a.txt").chmod(0)  # permissions
        (corpus / "b.txt").write_bytes(os.urandom(200) + b"\x00\x00")  # truly binary garbage
        (corpus / "c.txt").unlink()  # gone: only this one is removed
        res = run("build", str(corpus), "-o", str(out))
        report_again = kg.build(corpus, out=out, exports=())
    assert res.exit_code == 0, res.output
    assert "kept (unreadable now)" in res.output and "removed from store" in res.output
    kept_line = next(line for line in res.output.splitlines() if "kept (unreadable now)" in line)
    assert kept_line.split()[-1] == "2"
    assert titles(out) == {"Blocked", "Bought", "Stays"}
    assert report_again.articles_kept == 2 and report_again.articles_removed == 0
    def article_quads(lines):  # the derived merged/entities graphs are recomputed, the rest must stay
        return {q for q in lines if "/id/graph/" not in q.rsplit(" ", 2)[-2]}
    assert article_quads(nquads(out)) < article_quads(before)  # only the deleted article's graph went
    # and once the file is readable again, the build carries on as if nothing happened
    (corpus / "a.txt").chmod(0o644)
    (corpus / "b.txt").write_text("TITLE: Bought\n-----\nBroadcom acquired VMware.")
    rep = kg.build(corpus, out=out, exports=())
    assert rep.articles_kept == 0 and rep.articles_unchanged == 3


def test_an_unreadable_subfolder_is_reported(tmp_path):
    corpus = write_corpus(tmp_path / "c", {"ok.txt": "Broadcom acquired VMware.",
                                             "locked/x.txt": "AMD acquired Xilinx."})
    warnings: list[str] = []
    with unprivileged():
        (corpus / "locked").chmod(0)
        arts = list(read_corpus(corpus, on_warning=warnings.append))
    assert [a.text for a in arts] == ["Broadcom acquired VMware."]
    assert len(warnings) == 1 and "locked" in warnings[0] and "cannot read the folder" in warnings[0]


@pytest.mark.parametrize("name,content", [("empty.jsonl", ""), ("blank.jsonl", "\n\n  \n"), ("none.json", "[]")])
def test_a_file_without_articles_is_reported(tmp_path, name, content):
    write_corpus(tmp_path, {name: content, "ok.txt": "Broadcom acquired VMware."})
    warnings: list[str] = []
    assert len(list(read_corpus(tmp_path, on_warning=warnings.append))) == 1
    assert len(warnings) == 1 and name in warnings[0] and "no articles" in warnings[0]


# ------------------------------------------------------------------ outside the corpus
def test_links_out_of_the_corpus_are_never_read(tmp_path):
    secret = write_corpus(tmp_path / "secret", {"passwd.txt": "root:x:0:0:root:/root:/bin/bash\n",
                                                "inner/notes.txt": "Private notes, not news."})
    corpus = write_corpus(tmp_path / "c", {"ok.txt": "Broadcom acquired VMware.", "sub/also.txt": "AMD acquired Xilinx."})
    (corpus / "passwd.txt").symlink_to(secret / "passwd.txt")
    (corpus / "elsewhere").symlink_to(secret / "inner", target_is_directory=True)
    (corpus / "same.txt").symlink_to(corpus / "sub" / "also.txt")  # a link inside the corpus is fine
    (corpus / "gone.txt").symlink_to(corpus / "deleted.txt")  # a dangling link, and a folder named like a file:
    (corpus / "folder.txt").mkdir()  # not files, passed over as before (kg.corpus._lmode)
    warnings: list[str] = []
    arts = list(read_corpus(corpus, on_warning=warnings.append))
    assert sorted(p.name for p in iter_files(corpus)) == ["also.txt", "ok.txt", "same.txt"]
    assert sorted(a.text for a in arts) == ["AMD acquired Xilinx.", "Broadcom acquired VMware."]
    assert not any("root:x" in a.text or "Private" in a.text for a in arts)
    assert sorted(w.split(":")[0] for w in warnings) == [str(corpus / "elsewhere"), str(corpus / "passwd.txt")]
    assert all("outside the corpus" in w for w in warnings)


def test_a_file_named_on_the_command_line_is_read_even_through_a_link(tmp_path):
    real = write_corpus(tmp_path / "real", {"a.txt": "Broadcom acquired VMware."})
    (tmp_path / "link.txt").symlink_to(real / "a.txt")
    assert [a.text for a in read_corpus(tmp_path / "link.txt")] == ["Broadcom acquired VMware."]


def test_the_output_folder_inside_the_input_is_never_read(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "in", {"a.txt": "OpenAI blocked API access from China."})
    out = corpus / "kg-out"
    first = run("build", str(corpus), "-o", str(out))
    second = run("build", str(corpus), "-o", str(out))
    assert first.exit_code == second.exit_code == 0, second.output
    assert (out / "graph.html").exists()
    rep = kg.build(corpus, out=out, exports=("html",))
    assert rep.articles_read == 1 and rep.articles_unchanged == 1
    assert "output folder" in second.output and "graph.html" not in second.output.split("output folder")[0]
    # the output folder is the corpus folder itself: kg's own files are not read
    same = write_corpus(tmp_path / "same", {"a.txt": "OpenAI blocked API access from China."})
    for _ in range(2):
        assert run("build", str(same), "-o", str(same)).exit_code == 0
    assert (same / "graph.html").exists()
    assert kg.build(same, out=same, exports=("html",)).articles_read == 1
    # an older build folder sitting in the corpus is not read either
    other = corpus / "old-out"
    shutil.copytree(out, other)
    assert [a.text for a in read_corpus(corpus, on_warning=lambda m: None, exclude=(out,))] == \
        ["OpenAI blocked API access from China."]


# ------------------------------------------------------------------ what reaches a terminal
@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory, nlp):
    c = write_corpus(tmp_path_factory.mktemp("hostile"), {
        "a.md": f"---\ntitle: \"{ESCAPES}Chips\u202eevil\"\n---\nBroadcom acquired VMware.\n"})
    return c, tmp_path_factory.mktemp("hostile-out")


def assert_terminal_safe(text: str) -> None:
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text, ascii(text)


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_output_shows_escapes_instead_of_obeying_them(hostile_build, fmt):
    corpus, out = hostile_build
    kg.build(corpus, out=out, exports=())
    # titles lose bidi controls at ingest (see below); a literal in the query still carries one
    res = run("query", 'SELECT ?t WHERE { { ?a dcterms:title ?t } UNION { VALUES ?t { "x\u202ey\x9b2J" } } }',
              "--store", str(out), "--format", fmt)
    assert res.exit_code == 0, res.output
    assert_terminal_safe(res.output)
    assert "\x9b" not in res.output
    assert "\\x1b[2J" in res.output or "\\u001b[2J" in res.output
    assert "\\u202e" in res.output.lower()
    if fmt == "json":  # the same value, only written with escapes
        import json
        values = {b["t"]["value"] for b in json.loads(res.output)["results"]["bindings"]}
        assert f"{ESCAPES}Chipsevil" in values and "x\u202ey\x9b2J" in values


def test_build_logs_warnings_and_summary_are_terminal_safe(tmp_path, hostile_build):
    corpus, _ = hostile_build
    c = tmp_path / "c"
    shutil.copytree(corpus, c)
    (c / f"bad{ESCAPES}.txt").write_bytes(b"\x00binary")
    res = run("build", str(c), "-o", str(tmp_path / f"out{ESCAPES}"), "-v")
    assert res.exit_code == 0, res.output
    assert_terminal_safe(res.output)
    assert "stored" in res.output and "\\x1b]0;pwned\\x07Chips" in res.output and "skipped" in res.output


def test_extract_output_is_terminal_safe(hostile_build):
    corpus, _ = hostile_build
    for fmt in ("table", "jsonl"):
        res = run("extract", str(corpus), "--format", fmt)
        assert res.exit_code == 0, res.output
        assert_terminal_safe(res.output)


# ------------------------------------------------------------------ invisible characters
def test_invisible_characters_are_removed_before_the_parser_sees_the_text(tmp_path, nlp):
    write_corpus(tmp_path, {"a.txt": "Nvidia sells chips to Huawei\u200d. Intel acquired Altera in 2015.",
                            "b.txt": "\u202eHuawei\u200b was added to the Entity List by the Commerce Department."})
    facts = list(kg.extract([tmp_path]))
    got = {(f["subject"]["label"], f["predicate"], f["object"]["label"]) for f in facts}
    assert ("Nvidia", "acquires", "Altera") not in got and ("Nvidia", "suppliesTo", "Intel") not in got
    assert ("Intel", "acquires", "Altera") in got and ("Nvidia", "suppliesTo", "Huawei") in got
    invisible = set("\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    for f in facts:
        assert not invisible & set(f["subject"]["label"] + f["object"]["label"] + f["sentence"]), f
    # offsets point into the text as stored
    texts = {a.path: a.text for a in read_corpus(tmp_path)}
    for f in facts:
        text = texts[f["source"]]
        assert text[f["char_start"]:f["char_end"]] == f["sentence"]
        assert text[f["subject"]["start"]:f["subject"]["end"]] == f["explain"]["subject_text"]
        assert not invisible & set(text)


def test_titles_lose_invisible_characters_too(tmp_path):
    write_corpus(tmp_path, {"a.md": "---\ntitle: \"Hua\u200bwei \u2066news\u2069\"\n---\nBroadcom acquired VMware."})
    (art,) = read_corpus(tmp_path)
    assert art.title == "Huawei news"


# ------------------------------------------------------------------ query parameters
def test_a_date_parameter_is_checked_like_as_of(built):
    out, _ = built
    res = run("query", "--saved", "restrictions-as-of", "--param", "date=yesterday", "--store", str(out))
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output and len(res.output.strip().splitlines()) == 1
    as_of = run("query", "SELECT * { ?s ?p ?o } LIMIT 1", "--as-of", "yesterday", "--store", str(out))
    assert as_of.exit_code == 2 and "YYYY-MM-DD" in as_of.output
    ok = run("query", "--saved", "restrictions-as-of", "--param", "date=2024-12-31", "--store", str(out), "-f", "csv")
    early = run("query", "--saved", "restrictions-as-of", "--param", "date=2000-01-01", "--store", str(out), "-f", "csv")
    assert ok.exit_code == early.exit_code == 0
    assert len(ok.output.splitlines()) > 1 and len(early.output.splitlines()) == 1  # header only


def test_double_braces_that_are_sparql_are_not_parameters(built, tmp_path):
    out, _ = built
    rq = tmp_path / "facts.rq"
    rq.write_text("SELECT (COUNT(?f) AS ?n) WHERE {{ ?f a kg:Fact }}\n")
    res = run("query", str(rq), "--store", str(out), "-f", "csv")
    assert res.exit_code == 0, res.output
    assert int(res.output.splitlines()[1]) > 0
    from kg.query import fill
    assert fill("{{ ?s ?p ?o } UNION { ?o ?p ?s }} {{name}}", {"name": "x"}) == '{{ ?s ?p ?o } UNION { ?o ?p ?s }} "x"'
