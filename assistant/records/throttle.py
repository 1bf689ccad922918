"""Password guessing slowed and stopped, per login name: after a few failed sign-ins each answer
waits longer (doubling up to a cap), and after many the name is locked for a while, even for
the right password. Counted in memory (a restart forgets); logged with counts, never a password.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass
class _Record:
    failures: int = 0
    locked_until: float = 0.0


class SignInThrottle:
    """The state of failed sign-ins; thread-safe."""

    def __init__(
        self,
        free: int = 3,
        lock_after: int = 10,
        lock_s: float = 900.0,
        max_delay_s: float = 8.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.free, self.lock_after, self.lock_s = free, lock_after, lock_s
        self.max_delay_s = max_delay_s
        self.clock = clock
        self._records: dict[str, _Record] = {}
        self._lock = threading.Lock()

    def locked(self, name: str) -> bool:
        """Whether sign-ins under ``name`` are refused now."""
        with self._lock:
            record = self._records.get(name.casefold())
            return record is not None and record.locked_until > self.clock()

    def delay_s(self, name: str) -> float:
        """How long to wait before checking the next password for ``name``."""
        with self._lock:
            record = self._records.get(name.casefold())
            extra = (record.failures if record else 0) - self.free
            return 0.0 if extra < 0 else min(2.0**extra, self.max_delay_s)

    def failed(self, name: str) -> None:
        with self._lock:
            record = self._records.setdefault(name.casefold(), _Record())
            record.failures += 1
            if record.failures >= self.lock_after:
                record.locked_until = self.clock() + self.lock_s
                record.failures = 0
                log.warning(
                    "sign-in: a login name is locked for %.0f s after failures", self.lock_s
                )
            else:
                log.info("sign-in failed (%d in a row for that name)", record.failures)

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._records.pop(name.casefold(), None)
