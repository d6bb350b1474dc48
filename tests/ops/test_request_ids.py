"""Fresh request ids: 16 random bytes in hex each, read from the system in batches, never
repeated (not across a batch boundary, not between a forked child and its parent)."""

from __future__ import annotations

import os
import re

import pytest

from app.ops import http


def test_fresh_ids_are_random_hex_and_read_in_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[int] = []
    system = os.urandom

    def counting(size: int) -> bytes:
        reads.append(size)
        return system(size)

    monkeypatch.setattr(os, "urandom", counting)
    fresh = http._RequestIds()
    ids = [fresh() for _ in range(3 * http._POOL_IDS + 1)]
    assert all(re.fullmatch(r"[0-9a-f]{32}", value) for value in ids)
    assert len(set(ids)) == len(ids)
    # One read of the system's randomness per batch of ids, not one per request.
    assert reads == [http._ID_BYTES * http._POOL_IDS] * 4


def test_a_forked_child_does_not_reuse_its_parents_pool() -> None:
    fresh = http._RequestIds()
    fresh()  # the pool is read; the next ids would come from it
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its next id, to the parent; it never returns into pytest
        try:
            os.close(read)
            os.write(write, fresh().encode())
        finally:
            os._exit(0)
    os.close(write)
    child = os.read(read, 64).decode()
    os.close(read)
    os.waitpid(pid, 0)
    # Without the fork check, the child's next id would be the parent's next id too.
    assert re.fullmatch(r"[0-9a-f]{32}", child)
    assert child != fresh()
