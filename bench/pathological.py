"""Time the furniture cues and the segmenter on pathological single lines (a report, not a test).

The unit tests check what these inputs give (tests/test_text_furniture.py, tests/test_text_segment.py); how long
they take is measured here, where a busy machine cannot fail a build. Each input is a few hundred
thousand characters built to make a careless regular expression backtrack; every one should take
well under a second. Usage: ``.venv/bin/python bench/pathological.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository, for tests/

from tests.test_text_furniture import LONG_INPUTS  # noqa: E402
from textguard.text.furniture import credit_prefix_length, find_cues, is_credit_line, is_headline_shaped  # noqa: E402
from textguard.text.segment import segment  # noqa: E402

#: Lines for the furniture cues: the tests' own long inputs.
CUE_INPUTS = LONG_INPUTS

#: Texts for the segmenter (the same shapes as tests/test_text_segment.py's linear-time cases).
SEGMENT_INPUTS = {
    "dot-run-then-spaces": "." * 200_000 + " " * 200_000 + "A",
    "dot-run-without-space": "." * 200_000 + "x",
    "marks-and-closers-without-space": "?" * 200_000 + "\u201d" * 200_000 + "x",
    "long-token": "a" * 200_000 + ". " + "B" * 200_000,
    "many-wrapped-lines": ("word " * 14 + "word\n") * 20_000,
    "many-candidates": ". A" * 200_000,
    "many-dots-without-space": "a." * 200_000,
    "many-blank-lines": "\n" * 200_000 + "x",
}

#: Seconds from which a line is marked: these inputs take milliseconds when linear.
LIMIT = 1.0


def cues(text: str) -> None:
    find_cues(text, script="LATIN")
    credit_prefix_length(text)
    is_credit_line(text)
    is_headline_shaped(text)


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    slow = 0
    for label, inputs, run in (("cues", CUE_INPUTS, cues), ("segment", SEGMENT_INPUTS, segment)):
        for name, text in inputs.items():
            seconds = median_seconds(lambda text=text, run=run: run(text), args.repeat)
            flag = "  <- slow" if seconds > LIMIT else ""
            slow += bool(flag)
            print(f"{label:8} {name:34} {len(text):>9,} chars {seconds * 1000:9.1f} ms{flag}")
    print(f"{slow} of {len(CUE_INPUTS) + len(SEGMENT_INPUTS)} inputs over {LIMIT:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
