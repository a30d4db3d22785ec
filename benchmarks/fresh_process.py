"""Run one benchmark method in a fresh interpreter: its own imports, memory peak and CPU clock, so
methods measured one after the other do not flatter or burden each other."""

from __future__ import annotations

import multiprocessing as mp
import resource
from collections.abc import Callable
from typing import Any


def cpu_seconds() -> float:
    """User + system CPU time of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_mb() -> float:
    """This process's peak resident memory (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_fresh(target: Callable[..., None], *args: Any, timeout: float | None = None) -> dict[str, Any]:
    """Call `target(*args, queue)` in a spawned interpreter and return the dict it puts on the queue.
    With a timeout, a child that does not answer in time is killed and reported as failed."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    try:
        result = queue.get(timeout=timeout)
    except Exception:
        proc.kill()
        result = {"ok": False, "error": f"timeout after {timeout} s"}
    proc.join()
    if not result.get("ok", True) and proc.exitcode not in (0, None):
        result["error"] += f" (exit code {proc.exitcode})"
    return result
