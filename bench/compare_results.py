"""Compare two runs of ``bench/realpages.py score``, pair by pair: findings and verdicts.

Usage: ``.venv/bin/python bench/compare_results.py BEFORE.jsonl AFTER.jsonl [--show N]``

Each file is a ``score-results.jsonl`` (one JSON object per pair, with ``id``, ``verdict`` and
``findings``). A change that is meant to change no finding (a performance change, say) must give
every pair the same verdict and the same findings, spans and messages included, in the same
order. Prints how many pairs differ and the first ``N`` of them; exits 1 when any pair differs
or a pair is in one file only, 0 when the runs agree, 2 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

#: What a pair's result must keep: its judgement, never its timing.
_COMPARED = ("verdict", "findings", "precision", "recall")


def read_results(path: Path) -> dict[str, dict[str, Any]]:
    """The results of one run, by pair id."""
    out: dict[str, dict[str, Any]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
                out[row["id"]] = row
            except (ValueError, KeyError) as e:
                raise ValueError(f"{path}:{n}: not a result line ({e})") from e
    return out


def differences(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]) -> list[str]:
    """One line per pair whose judgement differs, or that only one run has."""
    out = [f"{pid}: only in the first run" for pid in sorted(before.keys() - after.keys())]
    out += [f"{pid}: only in the second run" for pid in sorted(after.keys() - before.keys())]
    for pid in sorted(before.keys() & after.keys()):
        changed = [f for f in _COMPARED if before[pid].get(f) != after[pid].get(f)]
        if changed:
            out.append(f"{pid}: {', '.join(changed)} differ")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--show", type=int, default=20, metavar="N", help="differences to print")
    args = parser.parse_args(argv)
    try:
        before, after = read_results(args.before), read_results(args.after)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    found = differences(before, after)
    print(f"{len(before)} pairs before, {len(after)} after: {len(found)} differ")
    for line in found[: args.show]:
        print("  " + line)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
