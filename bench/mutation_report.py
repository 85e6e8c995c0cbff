"""Summarise a mutmut run per module: killed, survived and the other outcomes, and the survivors.

Usage: ``python bench/mutation_report.py RESULTS`` where RESULTS is the output of
``mutmut results --all true`` (one ``    <module>.<function>__mutmut_<n>: <status>`` line per
mutant). Prints a Markdown table for docs/quality.md and the surviving mutants' names. A report,
not a test: it exits 0 whatever the score.

When a module was not run whole, its score is an estimate, and it is only a fair one if the mutants
that were run are a random sample of the module's (``mutmut run`` itself runs the mutants with the
fastest tests first, so an interrupted run is *not* one). The 95% interval column treats the mutants
run as a simple random sample of their module, drawn without replacement (finite population
correction: a module run whole has an interval of one point), and the **all** row weighs each
module by its number of mutants (a stratified estimate). The variance uses (k + 1) / (n + 2) for
the killed share, so a small sample that killed all its mutants still gets a width.
"""

from __future__ import annotations

import math
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
    rows = [
        "| module | mutants | killed | survived | no tests | not run | score | 95% interval |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    total: Counter[str] = Counter()
    for module in sorted(counts):
        c = counts[module]
        total.update(c)
        killed, run = _killed_run(c)
        rows.append(_row(module, c, f"{100 * killed / run:.1f}%" if run else "-", _span(c, interval(c))))
    weighted = stratified(list(counts.values()))
    if weighted is None:
        killed, run = _killed_run(total)
        score = f"{100 * killed / run:.1f}%" if run else "-"
        rows.append(_row("**all** (some module has none run)", total, score, "-"))
    else:
        estimate, low, high = weighted
        span = _span(total, (low, high))
        rows.append(_row("**all** (weighted by module)", total, f"{100 * estimate:.1f}%", span))
    return "\n".join(rows)


def _killed_run(c: Counter[str]) -> tuple[int, int]:
    killed = c["killed"] + c["timeout"]
    return killed, killed + c["survived"] + c["no tests"]


def _variance(c: Counter[str]) -> float:
    """The variance of a module's killed share, its run mutants a sample of all of its own."""
    killed, run = _killed_run(c)
    if not run:
        return 0.0
    share = (killed + 1) / (run + 2)
    population = sum(c.values())
    correction = (population - run) / (population - 1) if population > 1 else 0.0
    return share * (1 - share) / run * correction


def interval(c: Counter[str]) -> tuple[float, float] | None:
    """A 95% interval of the module's score (normal approximation, finite population)."""
    killed, run = _killed_run(c)
    if not run:
        return None
    half = 1.96 * math.sqrt(_variance(c))
    return max(0.0, killed / run - half), min(1.0, killed / run + half)


def stratified(strata: list[Counter[str]]) -> tuple[float, float, float] | None:
    """The score of all the modules, each weighed by its number of mutants, and its 95% interval;
    ``None`` when some module has none run (nothing can be said of it then)."""
    population = sum(sum(c.values()) for c in strata)
    if not population or any(_killed_run(c)[1] == 0 for c in strata):
        return None
    weights = [sum(c.values()) / population for c in strata]
    estimate = sum(w * _killed_run(c)[0] / _killed_run(c)[1] for w, c in zip(weights, strata))
    half = 1.96 * math.sqrt(sum(w * w * _variance(c) for w, c in zip(weights, strata)))
    return estimate, max(0.0, estimate - half), min(1.0, estimate + half)


def _span(c: Counter[str], bounds: tuple[float, float] | None) -> str:
    if bounds is None:
        return "-"
    if _killed_run(c)[1] == sum(c.values()):
        return "(all run)"
    return f"{100 * bounds[0]:.1f}-{100 * bounds[1]:.1f}%"


def _row(name: str, c: Counter[str], score: str, span: str) -> str:
    killed, run = _killed_run(c)
    counts = f"{sum(c.values())} | {killed} | {c['survived']} | {c['no tests']} | {sum(c.values()) - run}"
    return f"| {name} | {counts} | {score} | {span} |"


def main(argv: list[str]) -> int:
    text = Path(argv[1]).read_text(encoding="utf-8")
    print(table(parse(text)))
    print()
    for name in survivors(text):
        print(f"- `{name}`")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
