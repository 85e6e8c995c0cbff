"""Summarise a mutmut run per module: killed, survived and the other outcomes, and the survivors.

Usage: ``python bench/mutation_report.py RESULTS`` where RESULTS is the output of
``mutmut results --all true`` (one ``    <module>.<function>__mutmut_<n>: <status>`` line per
mutant). Prints a Markdown table for docs/quality.md and the surviving mutants' names. A report,
not a test: it exits 0 whatever the score.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

_LINE = re.compile(r"^\s*(?P<name>[\w.]+)__mutmut_(?P<n>\d+): (?P<status>[\w ]+)$")


def parse(text: str) -> dict[str, Counter[str]]:
    """``module -> Counter(status)`` from ``mutmut results --all true``."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for line in text.splitlines():
        m = _LINE.match(line)
        if m:
            module = m["name"].rsplit(".", 1)[0]
            out[module][m["status"].strip()] += 1
    return dict(out)


def survivors(text: str) -> list[str]:
    return [m["name"] + "__mutmut_" + m["n"] for m in map(_LINE.match, text.splitlines()) if m and m["status"] == "survived"]


def table(counts: dict[str, Counter[str]]) -> str:
    """Killed / survived / other per module; the score is killed over killed plus survived
    (mutants that no test reaches count as survived; timeouts count as killed, as mutmut's)."""
    rows = ["| module | mutants | killed | survived | no tests | not run | score |", "|---|---:|---:|---:|---:|---:|---:|"]
    total: Counter[str] = Counter()
    for module in sorted(counts):
        c = counts[module]
        total.update(c)
        rows.append(_row(module, c))
    rows.append(_row("**all**", total))
    return "\n".join(rows)


def _row(name: str, c: Counter[str]) -> str:
    killed = c["killed"] + c["timeout"]
    survived = c["survived"] + c["no tests"]
    other = sum(c.values()) - killed - survived
    score = f"{100 * killed / (killed + survived):.1f}%" if killed + survived else "-"
    return f"| {name} | {sum(c.values())} | {killed} | {c['survived']} | {c['no tests']} | {other} | {score} |"


def main(argv: list[str]) -> int:
    text = Path(argv[1]).read_text(encoding="utf-8")
    print(table(parse(text)))
    print()
    for name in survivors(text):
        print(f"- `{name}`")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
