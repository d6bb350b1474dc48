"""The in-process token buckets against a plain token bucket per key, step by step."""

from __future__ import annotations

import random
from collections import OrderedDict

from app.ops.ratelimit import TokenBuckets


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_buckets_spend_and_evict_as_the_plain_token_bucket_does() -> None:
    # The reference: one bucket per key in recency order, refilled, spent and evicted plainly.
    rng = random.Random(7)
    clock = Clock()
    rate = 5 / 60.0
    buckets = TokenBuckets(5, max_keys=4, clock=clock)
    state: OrderedDict[str, tuple[float, float]] = OrderedDict()
    waits = 0
    for _ in range(3_000):
        clock.now += rng.choice((0.0, 0.0, 0.5, 3.0, 30.0))
        key = rng.choice("abcdefg")
        tokens, updated = state.pop(key, (5.0, clock.now))
        tokens = min(5.0, tokens + (clock.now - updated) * rate)
        expected = 0.0 if tokens >= 1.0 else (1.0 - tokens) / rate
        state[key] = (tokens - 1.0 if tokens >= 1.0 else tokens, clock.now)
        while len(state) > 4:
            state.popitem(last=False)
        assert buckets.hit(key) == expected
        assert list(buckets._buckets.items()) == list(state.items())
        waits += expected > 0
    assert 0 < waits < 3_000  # both answers were exercised
