"""Medians of repeated calls and commands, in wall-clock and CPU time.

Wall time (``time.perf_counter``) is what a user waits; CPU time (``time.process_time``) is what the
process itself spent, and moves less when something else runs on the machine. Medians rather than
means, so one slow run (a page fault, a neighbour's burst) does not move the figure.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["BenchError", "Timing", "time_calls", "time_command"]


class BenchError(Exception):
    """The benchmark could not measure something (a command failed, an input is missing)."""


@dataclass(frozen=True, slots=True)
class Timing:
    """Median wall and CPU seconds of ``runs`` runs."""

    wall: float
    cpu: float
    runs: int

    def to_dict(self) -> dict[str, float | int]:
        return {"wall_ms": self.wall * 1000, "cpu_ms": self.cpu * 1000, "runs": self.runs}


def time_calls(
    call: Callable[[], object], *, repeat: int, budget: float = float("inf"), warm_up: bool = True
) -> Timing:
    """Time ``call()``: ``repeat`` runs, fewer once ``budget`` seconds are spent.

    ``warm_up`` makes one untimed call first, so lazy imports and compiled patterns are not counted.
    """
    if warm_up:
        call()
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        call()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        if sum(walls) >= budget:
            break
    return Timing(statistics.median(walls), statistics.median(cpus), len(walls))


def time_command(
    command: Sequence[str], *, repeat: int, cwd: Path, env: Mapping[str, str] | None = None
) -> tuple[Timing, str]:
    """The median wall and CPU seconds of running ``command``, and the stdout of its last run.

    One untimed run comes first, so that the bytecode cache is written and the files are in the
    page cache, as for anyone who has run the command before. The CPU time is the command's and its
    children's (worker processes), user plus system. Exit status 0 and 1 are answers (pass,
    fail); anything else raises :class:`BenchError`.
    """
    walls: list[float] = []
    cpus: list[float] = []
    stdout = ""
    for run in range(repeat + 1):
        wall, cpu = time.perf_counter(), _children_cpu()
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8")
        if run:
            walls.append(time.perf_counter() - wall)
            cpus.append(_children_cpu() - cpu)
        if done.returncode not in (0, 1):
            reason = done.stderr.strip().splitlines()[-1:] or ["no message"]
            raise BenchError(f"{' '.join(command)} exited {done.returncode}: {reason[0]}")
        stdout = done.stdout
    return Timing(statistics.median(walls), statistics.median(cpus), len(walls)), stdout


def _children_cpu() -> float:
    """User plus system seconds of the finished child processes (and theirs) so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
