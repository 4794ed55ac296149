"""The entity ruler's patterns from the on-disk cache of their words (kg/rulercache.py): the same
ruler and the same entities as the stock way; a stale, damaged or switched-off cache is not used,
and a changed gazetteer changes the entities."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg import rulercache
from kg.gazetteer import Entry, Gazetteer
from kg.gazetteer import load as load_gazetteer
from kg.nlp import _pipeline, finish

TEXTS = ["Huawei and the People’s Republic of China met TSMC officials in Hsinchu on Monday.",
         "Nvidia, Alibaba Group and ASML Holding said the U.S. Commerce Department would act.",
         "KESTREL DYNAMICS SIGNS DEAL WITH ORVANE SYSTEMS",
         "Ann Wu of Kestrel Dynamics said Orvane Systems and the Kestrel team would meet in Oslo."]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(folder))
    return folder


def _made(gaz: Gazetteer):
    nlp = _pipeline(None, gaz, defer=True, cache_name="test")
    finish(nlp)
    return nlp, nlp.get_pipe("kg_gazetteer")


def _cached(ruler) -> bool:
    kinds = {type(p) for ps in ruler.phrase_patterns.values() for p in ps}
    assert len(kinds) == 1
    return kinds == {rulercache.CachedPattern}


def _state(ruler):
    docs = ruler.phrase_matcher.__reduce__()[1][1]  # label -> the set of its patterns' word ids
    return (len(ruler), ruler.patterns, ruler.labels, sorted(ruler.ent_ids), dict(ruler._ent_ids),
            {k: sorted(v) for k, v in docs.items()}, len(ruler.phrase_matcher))


def _ents(nlp):
    return [[(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents] for doc in nlp.pipe(TEXTS)]


def _small(name="Kestrel Dynamics", alias="Kestrel"):
    gaz = Gazetteer()
    gaz.add(Entry(name=name, type="Company", aliases=(alias,), country="Norway"))
    gaz.add(Entry(name="Norway", type="Country", demonyms=("Norwegian",)))
    gaz.add(Entry(name="People's Republic of China", type="Country", aliases=("China",)))
    return gaz


def test_the_whole_gazetteer_from_the_cache_is_the_stock_ruler(cache, monkeypatch):
    gaz = load_gazetteer()
    stock_nlp, stock = _made(gaz)  # no cache yet: the stock way, which writes it
    assert not _cached(stock) and len(list(cache.glob("ruler-*.marshal"))) == 1
    nlp, ruler = _made(gaz)
    assert _cached(ruler)
    assert _state(ruler) == _state(stock)
    assert _ents(nlp) == _ents(stock_nlp)
    assert any(ent_id == "Huawei" for doc in _ents(nlp) for *_, ent_id in doc)
    monkeypatch.setenv("KG_CACHE_DIR", "")  # off: the stock way
    off_nlp, off = _made(gaz)
    assert not _cached(off) and _state(off) == _state(ruler)


def test_a_changed_gazetteer_rebuilds_the_cache_and_changes_the_entities(cache):
    nlp, ruler = _made(_small())
    assert not _cached(ruler)
    assert _cached(_made(_small())[1])
    names = {t for doc in _ents(nlp) for *_, t in doc}
    assert "Kestrel Dynamics" in names and "Orvane Systems" not in names
    other_nlp, other = _made(_small(name="Orvane Systems", alias="Orvane"))  # another key: not the old words
    assert not _cached(other)
    names = {t for doc in _ents(other_nlp) for *_, t in doc}
    assert "Orvane Systems" in names and "Kestrel Dynamics" not in names
    again_nlp, again = _made(_small(name="Orvane Systems", alias="Orvane"))  # written anew for it
    assert _cached(again) and _ents(again_nlp) == _ents(other_nlp) and _state(again) == _state(other)


@pytest.mark.parametrize("damage", ["cut", "flipped", "other key", "not marshal", "wrong words", "empty"])
def test_a_damaged_or_stale_cache_is_not_used_and_is_written_anew(cache, damage):
    import hashlib
    import marshal

    nlp, stock = _made(_small())
    (path,) = cache.glob("ruler-*.marshal")
    data = path.read_bytes()
    head = len(rulercache.MAGIC)
    payload = data[head + 64:]
    if damage == "cut":
        data = data[:-7]
    elif damage == "flipped":
        data = data[:-3] + bytes([data[-3] ^ 1]) + data[-2:]
    elif damage == "other key":
        data = data[:head] + bytes(32) + data[head + 32:]
    elif damage == "not marshal":
        bad = b"\xff not marshal"
        data = data[:head + 32] + hashlib.sha256(bad).digest() + bad
    elif damage == "wrong words":  # a valid file whose words do not span the names: never trusted
        words = [(("Kestrel",), b"\0")] * len(marshal.loads(payload))
        bad = marshal.dumps(words, 4)
        data = data[:head + 32] + hashlib.sha256(bad).digest() + bad
    else:
        data = b""
    path.write_bytes(data)
    nlp2, ruler = _made(_small())
    assert not _cached(ruler) and _state(ruler) == _state(stock) and _ents(nlp2) == _ents(nlp)
    assert path.read_bytes() != data
    nlp3, ruler3 = _made(_small())
    assert _cached(ruler3) and _state(ruler3) == _state(stock) and _ents(nlp3) == _ents(nlp)


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocked))
    nlp, ruler = _made(_small())
    assert not _cached(ruler) and isinstance(next(iter(ruler.phrase_patterns.values()))[0], Doc)
    assert any(t == "Kestrel Dynamics" for doc in _ents(nlp) for *_, t in doc)
