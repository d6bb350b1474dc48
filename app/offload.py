"""Playbook work (voice check, drafting) off the event loop, so /healthz and every other request
keep being answered while a long note is checked. Used by the HTTP routes, the Gmail add-on and
the suggestion service, so it lives below all of them and imports no web framework.

The work is pure, linear and bounded by the request limits (tests/hostile/test_regex_linear.py
holds every pattern to linear time), so a worker thread is all it needs. Small inputs stay
inline: the hop would cost more than the work (below).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import ParamSpec, TypeVar

from anyio import to_thread

P = ParamSpec("P")
T = TypeVar("T")

# Work reading at most this many characters of user text stays inline. Measured on a shared
# 2-core machine (bench/RESULTS.md, "Cost limits — notes and HTML"): the hop costs 56 µs at
# best and 100-300 µs under load, more than checking a short note (~150 µs); the slowest note of
# 2,000 characters we could build holds the loop ~3.5 ms, far below /healthz's 0.5 s.
INLINE_MAX_CHARS = 2_000
# A draft's inputs are bounded by the schema (at most ~3.5 KB of fields) and it voice-checks
# its own text: at most 0.7 ms measured, about what checking 500 characters of note costs.
DRAFT_COST = 500


async def off_loop(size: int, func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """`func(*args, **kwargs)` in a worker thread, or inline when `size` (characters of user
    text it reads, DRAFT_COST for a draft) is at most INLINE_MAX_CHARS."""
    if size <= INLINE_MAX_CHARS:
        return func(*args, **kwargs)
    return await to_thread.run_sync(partial(func, *args, **kwargs))
