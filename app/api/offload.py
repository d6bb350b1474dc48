"""Playbook work (voice check, drafting) off the event loop, so /healthz and every other request
keep being answered while a long note is checked.

The work is pure, linear and bounded by the request limits (tests/hostile/test_regex_linear.py
holds every pattern to linear time), so a worker thread is all it needs. The hop costs tens of
microseconds (bench/RESULTS.md, "Cost limits"); a note of at most INLINE_MAX_CHARS characters is
checked in far less than the longest pause we allow the loop, so it stays inline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from starlette.concurrency import run_in_threadpool

P = ParamSpec("P")
T = TypeVar("T")

# Below this many characters of input, the work takes less than the thread hop would cost
# (measured in bench/RESULTS.md, "Cost limits — notes and HTML").
INLINE_MAX_CHARS = 0
# A draft reads at most a few kilobytes of fields (playbook_schemas.py) and voice-checks its own
# text: counted as that much input.
DRAFT_COST = 4_000


async def off_loop(size: int, func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """`func(*args, **kwargs)` in a worker thread, or inline when `size` (characters of user
    text it reads) is at most INLINE_MAX_CHARS."""
    if size <= INLINE_MAX_CHARS:
        return func(*args, **kwargs)
    return await run_in_threadpool(func, *args, **kwargs)
