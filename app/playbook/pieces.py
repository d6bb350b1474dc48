"""The sentence pieces of a note that hold a key word, found from the keys, not piece by piece.

Several readings (cause_reading, jab_reading, stakes_reading) cut the note into pieces with a
regex of the form `[^T]++[T]?` (T: the characters that end a sentence) and read only the pieces
that hold one of a few key strings. Walking every piece in Python to test it cost more than the
reading of the few that hold a key; here the keys are found with str.find (in C) and only the
piece around each occurrence is cut out.

A piece is a maximal run of characters outside T, with the one character of T that follows it
(if any, and before `limit`). A key holds no character of T, so an occurrence of it lies inside
one run: the pieces returned are exactly those whose text holds a key. Every scan moves forward
(or back only over the gap since the last piece found), so the work stays linear in the note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import repeat


class Cut:
    """One way of cutting a note into pieces: its end characters and their regexes."""

    __slots__ = ("end_re", "ends", "piece_re")

    def __init__(self, ends: str) -> None:
        if not set(ends) <= set(".!?;:,\n"):
            raise ValueError(f"end characters must be sentence marks: {ends!r}")
        self.ends = ends
        body = ends.replace("\n", "\\n")  # the rest need no escape inside [...]
        self.end_re = re.compile(f"[{body}]")
        self.piece_re = re.compile(f"[^{body}]++[{body}]?")

    def holding(self, low: str, keys: Iterable[str], limit: int) -> list[tuple[int, int]]:
        """The spans of the pieces of low[:limit], in text order, whose text holds one of
        `keys`: [m.span() for m in piece_re.finditer(low, 0, limit) if any(k in m.group() ...)]."""
        keys = tuple(keys)
        # An empty key, or one holding an end character (then some character of the keys
        # joined is one): a single C-level search, not a generator per key and end.
        if "" in keys or self.end_re.search("".join(keys)) is not None:
            # Not the case this is written for (a key could straddle two pieces): piece by piece.
            return [
                m.span()
                for m in self.piece_re.finditer(low, 0, limit)
                if any(key in m.group() for key in keys)
            ]
        find = low.find
        rfind_each = self._rfind_each
        end_search = self.end_re.search
        spans: list[tuple[int, int]] = []
        floor = 0  # the end of the last piece found: no run starts before it
        if len(keys) == 1:  # the usual case: one key, no bookkeeping
            key = keys[0]
            at = find(key, 0, limit)
            while at >= 0:
                start = max(rfind_each(low, floor, at) + 1, floor)
                stop = end_search(low, at, limit)
                floor = limit if stop is None else stop.end()
                spans.append((start, floor))
                at = find(key, floor, limit)
            return spans
        # Each key's next occurrence; a key with none left is dropped (it never comes back),
        # so the next piece is at the smallest value, with no filter over the others.
        upcoming: dict[str, int] = {}
        for key in keys:
            at = find(key, 0, limit)
            if at >= 0:
                upcoming[key] = at
        while upcoming:
            at = min(upcoming.values())
            start = max(rfind_each(low, floor, at) + 1, floor)
            stop = end_search(low, at, limit)
            end = limit if stop is None else stop.end()
            spans.append((start, end))
            floor = end
            for key, p in list(upcoming.items()):
                if p < end:
                    p = find(key, end, limit)
                    if p < 0:
                        del upcoming[key]
                    else:
                        upcoming[key] = p
        return spans

    def _rfind_each(self, low: str, floor: int, at: int) -> int:
        """The last end character in low[floor:at], or -1: one rfind per character, in C."""
        return max(map(low.rfind, self.ends, repeat(floor), repeat(at)))

    def before(self, low: str, start: int, floor: int = 0) -> tuple[int, int] | None:
        """The span of the piece before the one starting at `start` (a piece start), or None
        at the start of the note. `floor` is a piece end at or before that piece (0 if none
        is known): the search for its start goes back no further."""
        ends = self.ends
        k = start - 1
        while k >= floor and low[k] in ends:
            k -= 1  # the end characters between the two pieces: the first is the piece's own
        if k < floor:
            return None
        start_of = max(self._rfind_each(low, floor, k) + 1, floor)
        return (start_of, k + 2)
