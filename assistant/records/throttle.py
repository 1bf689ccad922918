"""Password guessing slowed and stopped, per login name and per client address: after a few
failed sign-ins each answer waits longer (doubling up to a cap), and after many the key is
locked for a while, even for the right password. A name is guarded against guesses from many
addresses, an address against one client spraying many names (its limits are looser: several
people may share one address). Attempts still being checked count as failures until they are
decided, so a burst of parallel guesses cannot outrun the lock. Failures older than
``forget_s`` are forgotten. Counted in memory
(a restart forgets); logged with counts, never a name, an address or a password.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

PRUNE_ABOVE = 4096
"""Past this many keys, a failure first drops every record that is neither locked nor recent
(a spray of made-up names or addresses cannot grow the table without bound)."""


@dataclass
class _Record:
    failures: int = 0
    pending: int = 0
    last_failure: float = 0.0
    locked_until: float = 0.0


class SignInThrottle:
    """The state of failed sign-ins for one kind of key (login names, client addresses);
    thread-safe."""

    def __init__(
        self,
        free: int = 3,
        lock_after: int = 10,
        lock_s: float = 900.0,
        max_delay_s: float = 8.0,
        clock: Callable[[], float] = time.monotonic,
        kind: str = "login name",
        forget_s: float = 3600.0,
    ) -> None:
        self.free, self.lock_after, self.lock_s = free, lock_after, lock_s
        self.max_delay_s, self.forget_s = max_delay_s, forget_s
        self.clock = clock
        self.kind = kind
        self._records: dict[str, _Record] = {}
        self._lock = threading.Lock()

    def locked(self, key: str) -> bool:
        """Whether sign-ins under ``key`` are refused now."""
        with self._lock:
            record = self._records.get(key.casefold())
            return record is not None and record.locked_until > self.clock()

    def begin(self, key: str) -> bool:
        """Start a sign-in attempt under ``key``: False if it is refused (the key is locked, or
        as many attempts as would lock it are already being checked); else end it with
        :meth:`failed`, :meth:`succeeded` or :meth:`finished`."""
        with self._lock:
            record = self._record(key)
            if record.locked_until > self.clock():
                return False
            if record.failures + record.pending >= self.lock_after:
                return False
            record.pending += 1
            return True

    def finished(self, key: str) -> None:
        """End an attempt begun under ``key`` without counting it (a right password for an
        address, or an attempt abandoned)."""
        with self._lock:
            self._release(self._records.get(key.casefold()))

    def failures(self, key: str) -> int:
        """Failed sign-ins under ``key`` since its last success, lockout or quiet period."""
        with self._lock:
            record = self._current(key)
            return record.failures if record else 0

    def delay_s(self, key: str) -> float:
        """How long to wait before checking the next password for ``key`` (the other attempts
        being checked count as failures)."""
        with self._lock:
            record = self._current(key)
            count = record.failures + max(record.pending - 1, 0) if record else 0
        extra = count - self.free
        return 0.0 if extra < 0 else min(2.0**extra, self.max_delay_s)

    def failed(self, key: str) -> bool:
        """Count a failure under ``key``; whether it locked the key."""
        with self._lock:
            record = self._record(key)
            self._release(record)
            record.failures += 1
            record.last_failure = self.clock()
            if record.failures < self.lock_after:
                log.info("sign-in failed (%d in a row for that %s)", record.failures, self.kind)
                return False
            record.locked_until = record.last_failure + self.lock_s
            record.failures = 0
            log.warning("sign-in: a %s is locked for %.0f s after failures", self.kind, self.lock_s)
            return True

    def succeeded(self, key: str) -> None:
        """Forget ``key``'s failures (for login names; an address keeps its count, or one
        account of an attacker's own would reset it)."""
        with self._lock:
            self._records.pop(key.casefold(), None)

    def _record(self, key: str) -> _Record:
        if len(self._records) > PRUNE_ABOVE:
            self._prune()
        return self._current(key) or self._records.setdefault(key.casefold(), _Record())

    @staticmethod
    def _release(record: _Record | None) -> None:
        if record is not None:
            record.pending = max(record.pending - 1, 0)

    def _stale(self, record: _Record, now: float) -> bool:
        """Neither locked, nor being checked, nor failed recently."""
        return (
            record.locked_until <= now
            and not record.pending
            and now - record.last_failure > self.forget_s
        )

    def _prune(self) -> None:
        now = self.clock()
        for key, record in list(self._records.items()):
            if self._stale(record, now):
                del self._records[key]

    def _current(self, key: str) -> _Record | None:
        """``key``'s record, dropped first if its failures are old and it is not locked."""
        folded = key.casefold()
        record = self._records.get(folded)
        if record and self._stale(record, self.clock()):
            del self._records[folded]
            return None
        return record
