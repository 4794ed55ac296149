"""Ingest: every file kind, header blocks, stable ids, and hostile input that must not crash."""
from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.corpus import iso_date, read_corpus
from kg.errors import CorpusError
from kg.ids import article_id

from .conftest import SMALL, write_corpus


def read(folder):
    warnings: list[str] = []
    arts = list(read_corpus(folder, on_warning=warnings.append))
    return {a.title: a for a in arts}, warnings


def test_every_kind_is_read_with_metadata(small_corpus):
    arts, warnings = read(small_corpus)
    assert set(arts) == {"OpenAI blocks API access in China", "Chips award", "Deal cleared",
                         "Samsung in Texas", "Anthropic funding", "Gallium"}
    a = arts["OpenAI blocks API access in China"]
    assert (a.date, a.source) == ("2024-07-09", "test desk")
    assert a.text.startswith("OpenAI began blocking")  # the header block is not article text
    assert arts["Chips award"].date == "2024-04-08" and "---" not in arts["Chips award"].text
    assert arts["Anthropic funding"].date == "2023-09-25"  # "published" is a date field
    html = arts["Deal cleared"]
    assert html.date == "2023-11-21" and "Broadcom acquired VMware" in html.text
    assert "Menu" not in html.text and "var x" not in html.text and "Copyright" not in html.text
    assert any(w.endswith("e.jsonl:2: skipped: invalid JSON at column 2: Expecting property name enclosed in double quotes")
               for w in warnings), warnings


def test_shared_us_gov_headers(shared):
    arts, warnings = read(shared / "corpora" / "us-gov")
    # issue 15: an undated release is reported (once per file), and the index table, which holds no
    # article text, is skipped with a hint, not silently
    assert len(arts) == 11 and len(warnings) == 6, warnings
    assert sum(" not understood; the article is kept without a date" in w for w in warnings) == 5
    assert "INDEX.tsv: skipped: no text column" in warnings[-1]
    bis = next(a for t, a in arts.items() if t.startswith("Commerce Implements New Export Controls"))
    assert bis.date == "2022-10-07" and bis.url.startswith("https://bis.gov/")
    assert bis.source.startswith("U.S. Department of Commerce")
    assert not bis.text.startswith("TITLE:")


def test_same_text_is_the_same_article_wherever_it_is(tmp_path):
    text = "Nvidia unveiled the H20 for customers in China."
    write_corpus(tmp_path, {"x/one.txt": text, "y/two.txt": text + "\n\n", "z.json": json.dumps({"text": text})})
    arts = list(read_corpus(tmp_path))
    assert len(arts) == 1 and arts[0].id == article_id(text)


@given(st.text(st.characters(blacklist_characters="\r"), min_size=1, max_size=200))
def test_article_id_ignores_line_endings_and_outer_space(text):
    assert article_id(text) == article_id(" \n" + text.replace("\n", "\r\n") + "\n\n")
    assert len(article_id(text)) == 20


@pytest.mark.parametrize("name,content,reason", [
    ("bin.txt", b"\x00\x01\x02ELF\x00" * 50, "binary data"),
    ("random.txt", bytes(range(1, 256)) * 20, "binary data or an unknown encoding"),
    ("empty.md", b"", "no article text"),
    ("broken.json", b'{"text": "unterminated', "invalid JSON at line 1"),
    ("nontext.json", b'[1]', "expected a JSON object"),
    ("notext.jsonl", b'{"title": "no body"}\n', "no text field"),
])
def test_bad_files_are_skipped_with_a_warning_naming_them(tmp_path, name, content, reason):
    write_corpus(tmp_path, {name: content, "good.txt": "TSMC builds chips in Arizona."})
    arts, warnings = read(tmp_path)
    assert [a.text for a in arts.values()] == ["TSMC builds chips in Arizona."]
    assert len(warnings) == 1 and name in warnings[0] and reason in warnings[0], warnings


def test_hostile_html_still_yields_text(tmp_path):
    page = "<html><body><div><p>Huawei sued the U.S. government." + "<div>" * 3000 + "</p><!-- unclosed"
    write_corpus(tmp_path, {"deep.html": page})
    arts, _ = read(tmp_path)
    assert any("Huawei sued" in a.text for a in arts.values())


def test_hostile_html_in_no_declared_encoding_is_read_without_a_crash(tmp_path):
    write_corpus(tmp_path, {"nasty.html": b"<html><script>" + b"<" * 5000 + b"</script><p>\xff\xfe"})
    arts, warnings = read(tmp_path)
    assert [a.text for a in arts.values()] == ["\xff\xfe"]  # what the bytes say in Windows-1252
    assert len(warnings) == 1 and "nasty.html: not UTF-8; read as Windows-1252" in warnings[0]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="no such file or folder"):
        list(read_corpus(tmp_path / "nope"))


@pytest.mark.parametrize("raw,iso", [("2024-07-09", "2024-07-09"), ("2024-07-09T10:00:00Z", "2024-07-09"),
                                     ("2024-07", "2024-07"), ("not shown in excerpt", None),
                                     ("2024-13-01", None), (None, None)])
def test_iso_dates(raw, iso):
    assert iso_date(raw) == iso


def test_small_corpus_fixture_matches_its_source():
    assert set(SMALL) == {"a.txt", "b.md", "c.html", "d.json", "e.jsonl"}


def test_json_escaped_surrogates_never_break_a_build(tmp_path):
    write_corpus(tmp_path, {"s.jsonl": '{"title": "\\ud800 bad", "text": "OpenAI \\ud83d\\ude00 blocked China \\udc00."}\n'})
    (art,) = read_corpus(tmp_path)
    assert art.title == "\ufffd bad" and "\U0001F600" in art.text and art.text.endswith("\ufffd.")
    art.text.encode("utf-8")  # valid text all the way down


def test_a_file_in_another_encoding_is_read_and_the_encoding_named(tmp_path):
    """Issue 15: a Latin-1 file was skipped as "not UTF-8"; it is now read in the detected encoding."""
    write_corpus(tmp_path, {"latin1.txt": "Caf\xe9 au lait in Montr\xe9al.".encode("latin-1")})
    arts, warnings = read(tmp_path)
    assert [a.text for a in arts.values()] == ["Caf\xe9 au lait in Montr\xe9al."]
    assert len(warnings) == 1 and "latin1.txt: not UTF-8; read as Windows-1252 (detected)" in warnings[0]


def test_path_order_sorts_as_path_does(tmp_path):
    """The sort key used on file lists gives Path's own order, including a separator against a
    character below '/' ('a-c' before 'a/b' as strings, after it as paths), case and digits."""
    from kg.corpus import first_path_order, iter_files, path_order
    names = ["a/b.txt", "a-c.txt", "a.txt", "A/z.txt", "b/10.txt", "b/9.txt", "b/a/c.txt", "b.a.txt"]
    for n in names:
        (tmp_path / n).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / n).write_text("Kestrel Dynamics is based in Ohio.\n")
    paths = [tmp_path / n for n in names]
    assert sorted(paths, key=path_order) == sorted(paths)
    pairs = {p: p.name for p in paths}.items()
    assert sorted(pairs, key=first_path_order) == sorted(pairs)
    assert list(iter_files(tmp_path)) == sorted(paths)
