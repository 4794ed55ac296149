"""The built gazetteer's cache (kg/gazcache.py): used when the code and the files are the same,
built again, never trusted, when a file changed or the cache is stale, cut or damaged."""
from __future__ import annotations

import json

import pytest

from kg import gazcache, gazetteer

build = gazetteer._load.__wrapped__  # past the per-process lru_cache: each call reads the cache or builds


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(folder))
    return folder


def _user_file(tmp_path, name="Kestrel Dynamics", alias="Kestrel"):
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps({"name": name, "type": "Company", "aliases": [alias], "country": "Norway"}) + "\n",
                    encoding="utf-8")
    return path


def _one(folder):
    files = list(folder.glob("gazetteer-*.marshal"))
    assert len(files) == 1
    return files[0]


def test_a_cached_gazetteer_equals_a_fresh_build(cache, tmp_path, monkeypatch):
    extra = (str(_user_file(tmp_path)),)
    first = build(extra)
    stored = _one(cache).read_bytes()
    again = build(extra)  # read from the cache
    assert _one(cache).read_bytes() == stored  # not written again
    assert again == first and again is not first
    assert list(again.entries) == list(first.entries) and list(again.index) == list(first.index)
    assert again.lookup("kestrel").country == "Norway"
    monkeypatch.setenv("KG_CACHE_DIR", "")
    assert build(extra) == again


def test_an_edited_file_rebuilds_the_cache(cache, tmp_path):
    path = _user_file(tmp_path)
    assert build((str(path),)).lookup("Kestrel").name == "Kestrel Dynamics"
    _user_file(tmp_path, name="Kestrel Avionics", alias="Kestrel")  # same file, new bytes
    gaz = build((str(path),))
    assert gaz.lookup("Kestrel").name == "Kestrel Avionics" and "Kestrel Dynamics" not in gaz.entries
    assert build((str(path),)) == gaz  # the rewritten cache holds the new build


@pytest.mark.parametrize("damage", ["cut", "flipped", "other key", "not marshal", "wrong shape", "empty"])
def test_a_damaged_or_stale_cache_is_ignored_and_written_anew(cache, tmp_path, damage):
    extra = (str(_user_file(tmp_path)),)
    fresh = build(extra)
    path = _one(cache)
    data = path.read_bytes()
    head = len(gazcache.MAGIC)
    if damage == "cut":
        data = data[: len(data) // 2]
    elif damage == "flipped":
        data = data[:-100] + bytes([data[-100] ^ 0xFF]) + data[-99:]
    elif damage == "other key":
        data = data[:head] + bytes(32) + data[head + 32:]
    else:
        import hashlib
        import marshal

        payload = {"not marshal": b"\xff\xfe garbage", "wrong shape": marshal.dumps(([("x",)], {}, {}, {})),
                   "empty": b""}[damage]
        data = data[:head + 32] + hashlib.sha256(payload).digest() + payload
    path.write_bytes(data)
    assert build(extra) == fresh
    assert gazcache.read([(p, b) for p, b in _sources(extra)], gazcache.key(_sources(extra))) is not None


def _sources(extra):
    return [(str(p), p.read_bytes()) for p in (gazetteer.DEFAULT_GAZETTEER, *map(gazetteer.Path, extra))]


def test_the_cache_can_be_turned_off_or_unwritable(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", "")
    assert gazcache.cache_dir() is None
    fresh = build(())
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocked))
    assert build(()) == fresh  # the cache cannot be written: the gazetteer is built all the same
    monkeypatch.delenv("KG_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert gazcache.cache_dir() == tmp_path / "xdg" / "kg"
