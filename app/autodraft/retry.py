"""How long to wait before trying a draft again: exponential backoff with full jitter.

    RetryPolicy(base=30 s, cap=1 h, max_attempts=8).backoff(attempt) -> seconds
    RetryPolicy.throttled(retry_after, attempt) -> seconds

Full jitter (a uniform draw between 0 and the exponential bound) spreads the retries of many
drafts that failed together, e.g. when a provider came back from an outage. A provider's
Retry-After is a floor: we never come back sooner, plus a little jitter so that everything it
throttled at once does not return in the same instant.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from app.providers.base import MAX_RETRY_AFTER_SECONDS

DEFAULT_BASE_SECONDS = 30.0
DEFAULT_CAP_SECONDS = 3600.0


@dataclass(slots=True)
class RetryPolicy:
    base: float = DEFAULT_BASE_SECONDS
    cap: float = DEFAULT_CAP_SECONDS
    # After this many attempts a failing draft ends `failed` (settings.worker_max_attempts).
    max_attempts: int = 8
    rng: random.Random = field(default_factory=random.Random)

    def backoff(self, attempt: int) -> float:
        """Seconds before attempt `attempt + 1`, after `attempt` (>= 1) failed."""
        bound = min(self.cap, self.base * 2 ** max(attempt - 1, 0))
        return self.rng.uniform(0, bound)

    def throttled(self, retry_after: float | None, attempt: int) -> float:
        if retry_after is None or not retry_after >= 0:  # None, negative or NaN
            return self.backoff(attempt)
        # A floor, but a bounded one: the wait must fit in a datetime.
        retry_after = min(retry_after, MAX_RETRY_AFTER_SECONDS)
        return retry_after + self.rng.uniform(0, min(self.base, retry_after * 0.1 + 1.0))
