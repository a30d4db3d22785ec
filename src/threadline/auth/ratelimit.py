"""In-memory token buckets: per key (a keyed hash, never the raw value) plus one global bucket.

Memory only, per process: the point is to blunt floods and guessing, not to keep records. Keys are
HMACed with a random per-process secret, so even a memory dump does not list who asked.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass


@dataclass
class Bucket:
    tokens: float
    updated: float


class RateLimiter:
    def __init__(
        self,
        *,
        capacity: float,
        per_second: float,
        global_capacity: float | None = None,
        global_per_second: float | None = None,
        max_keys: int = 50_000,
        clock: object = time.monotonic,
    ) -> None:
        self.capacity = capacity
        self.per_second = per_second
        self.global_capacity = global_capacity
        self.global_per_second = global_per_second
        self.max_keys = max_keys
        self._clock = clock
        self._secret = secrets.token_bytes(32)
        self._buckets: OrderedDict[str, Bucket] = OrderedDict()
        self._global = Bucket(global_capacity or 0.0, self._now())
        self._lock = threading.Lock()

    def _now(self) -> float:
        return float(self._clock())  # type: ignore[operator]

    def _key(self, raw: str) -> str:
        return hmac.new(self._secret, raw.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    @staticmethod
    def _take(bucket: Bucket, capacity: float, rate: float, now: float) -> bool:
        bucket.tokens = min(capacity, bucket.tokens + (now - bucket.updated) * rate)
        bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return True
        return False

    def allow(self, key: str | None = None) -> bool:
        """Spend one token for `key` (and one global token); False means "slow down"."""
        now = self._now()
        with self._lock:
            limited = self.global_capacity is not None and self.global_per_second is not None
            if limited and not self._take(
                self._global, self.global_capacity or 0.0, self.global_per_second or 0.0, now
            ):
                return False
            if key is None:
                return True
            hashed = self._key(key)
            bucket = self._buckets.get(hashed)
            if bucket is None:
                bucket = Bucket(self.capacity, now)
                self._buckets[hashed] = bucket
                # Forget the least recently seen keys rather than grow without bound under a flood.
                while len(self._buckets) > self.max_keys:
                    self._buckets.popitem(last=False)
            else:
                self._buckets.move_to_end(hashed)
            return self._take(bucket, self.capacity, self.per_second, now)

    def reset(self) -> None:
        with self._lock:
            self._buckets.clear()
            self._global = Bucket(self.global_capacity or 0.0, self._now())
