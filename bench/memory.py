"""Peak memory of one :func:`textguard.check` on a ``k``-times input, in a process of its own.

Usage: ``.venv/bin/python bench/memory.py K`` prints one JSON object. ``bench/run.py`` starts one
process per size, so that what an earlier, larger check left behind cannot hide a later one.

Two views of the same check:

- ``peak_bytes``: the ``tracemalloc`` peak during the check, that is the Python objects it
  allocated at most at one time (the inputs were allocated before, so they are not counted);
- ``rss_growth_bytes``: how far the process's peak resident set size rose during the check above
  ``baseline_rss_bytes``, the interpreter after importing textguard and building the inputs. It
  counts what ``tracemalloc`` cannot see (C extensions' buffers, allocator slack), and is coarse.
  It reads Linux's ``VmRSS`` and ``VmHWM`` and resets the peak first (``/proc/self/clear_refs``),
  because ``ru_maxrss`` survives ``exec``: a child of a big benchmark process would report its
  parent's peak. Elsewhere both fields are ``null``.

A warm-up check on the first 1,000 characters of each text runs first, so lazy imports and
compiled patterns count in neither view. The measured checks use originals that differ from any
earlier one (a trailing newline), so a cache keyed on the original cannot answer them.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
import tracemalloc
from pathlib import Path

from inputs import long_pair

import textguard

__all__ = ["measure"]

_WARM_UP_CHARS = 1000


def measure(times: int) -> dict[str, int | None]:
    """Both views of one check's memory on the ``times``-times input (see the module docstring)."""
    pair = long_pair(times)
    textguard.check(pair.original[:_WARM_UP_CHARS], pair.copy[:_WARM_UP_CHARS])
    baseline = _rss("VmRSS")
    _reset_rss_peak()
    textguard.check(pair.original + "\n", pair.copy)
    peak_rss = _rss("VmHWM")
    original = pair.original + "\n\n"
    tracemalloc.start()
    textguard.check(original, pair.copy)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {
        "times": times,
        "input_bytes": pair.size_bytes,
        "peak_bytes": peak,
        "baseline_rss_bytes": baseline,
        "rss_growth_bytes": None if peak_rss is None or baseline is None else peak_rss - baseline,
    }


def _rss(field: str) -> int | None:
    """A size in bytes from ``/proc/self/status`` (``VmRSS`` now, ``VmHWM`` peak), or ``None``."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    found = re.search(rf"^{field}:\s+(\d+) kB", status, re.MULTILINE)
    return int(found.group(1)) * 1024 if found else None


def _reset_rss_peak() -> None:
    """Set ``VmHWM`` back to the current size (Linux 4.0 and later)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]))))
