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
