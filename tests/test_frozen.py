"""A build keeps what loading made out of the collector's full passes while it parses, and gives
it back afterwards, also when the build stops with an error: a long-lived process (kg watch, a
test session) must be able to free what one build left."""
import gc

import pytest

from kg.workers import frozen


class Stop(Exception):
    pass


def test_frozen_while_parsing_and_given_back_after_an_error():
    assert gc.get_freeze_count() == 0
    kept = [object() for _ in range(10)], {"a": [1, 2]}
    with pytest.raises(Stop):
        with frozen():
            assert gc.get_freeze_count() > 0  # the objects alive now are out of the collector's passes
            raise Stop
    assert gc.get_freeze_count() == 0
    del kept


def test_a_caller_that_froze_first_keeps_its_freeze():
    """kg watch freezes the loaded pipeline for all its rebuilds; a rebuild's own freeze must not
    give the watcher's objects back to the collector when it ends (it did: the watcher's rebuilds
    then walked the whole pipeline again)."""
    assert gc.get_freeze_count() == 0
    held = [object() for _ in range(10)]
    gc.freeze()
    try:
        count = gc.get_freeze_count()
        with frozen():
            pass
        assert gc.get_freeze_count() >= count > 0
    finally:
        gc.unfreeze()
    assert gc.get_freeze_count() == 0
    del held


def test_no_collection_while_loading_then_what_loading_made_frozen_to_the_end_of_the_build():
    """kg.build: the collector is held while the pipeline loads (srsly's msgpack turns gc.enable()
    on after each read, so it is held by a zero threshold), then set_aside() freezes what loading
    made and lets it run again; all given back when the build ends, also after an error."""
    from kg.workers import collector_aside, set_aside

    threshold = gc.get_threshold()
    assert gc.get_freeze_count() == 0 and threshold[0] > 0
    loaded = []
    with pytest.raises(Stop), collector_aside():
        assert gc.get_threshold()[0] == 0
        gc.enable()  # what srsly does: the threshold still holds the collector
        loaded.extend(object() for _ in range(10))
        set_aside()
        assert gc.get_threshold() == threshold and gc.get_freeze_count() > 0
        raise Stop
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == threshold and gc.isenabled()
    del loaded


def test_the_collector_of_a_caller_that_froze_first_is_left_alone():
    from kg.workers import collector_aside, set_aside

    threshold = gc.get_threshold()
    held = [object() for _ in range(10)]
    gc.freeze()
    try:
        count = gc.get_freeze_count()
        with collector_aside():
            assert gc.get_threshold() == threshold  # kg watch sets its own
            set_aside()
            assert gc.get_freeze_count() == count
        assert gc.get_freeze_count() == count
    finally:
        gc.unfreeze()
    del held


def test_a_build_gives_the_collector_back(tmp_path):
    import kg

    threshold = gc.get_threshold()
    (tmp_path / "a.txt").write_text("Huawei acquired Xilinx in 2023.\n")
    kg.build(tmp_path / "a.txt", out=tmp_path / "out", exports=())
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == threshold and gc.isenabled()
