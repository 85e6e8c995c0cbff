"""Run a stratified random sample of the checks' mutants, so that a run cut short still measures.

Why: ``make mutation`` cannot finish on a small shared machine (the tests that reach a mutant take
1-3 minutes each), and ``mutmut run`` runs the mutants with the fastest tests first, so whatever it
has finished when time is up is *not* a random sample of anything. This tool runs the mutants that
``make mutation`` generated in ``mutants/`` in an order fixed by a seed, each module's mutants
shuffled and the modules interleaved in proportion to their size: whatever has finished when it is
stopped is a proportional stratified random sample, which ``bench/mutation_report.py`` turns into
scores with 95% intervals (docs/quality.md, "Mutation testing").

Subcommands (``make mutation-sample`` runs ``all``; every path defaults under the gitignored
``mutants/``)::

    order   write the order: one ``<module> <mutant>`` line per mutant of textguard/checks/
    run     run the mutants of the order not yet in the results, appending
            ``<mutant>: <status> <first failing test or -> <seconds>s`` lines; stops (and can be
            resumed later) when the stop file exists
    report  write ``mutmut results --all true``-style lines (the sample's status, or "not checked")
            and print bench/mutation_report.py's table and survivors
    all     order (unless the order file exists), run, report

Each mutant runs as mutmut runs it: ``mutants/`` as the working directory, ``MUTANT_UNDER_TEST``
set, the tests that reach its function by ``mutants/mutmut-stats.json`` (shortest first), the
``pytest_add_cli_args`` of pyproject.toml, ``-x`` and the ``mutation`` Hypothesis profile, under a
CPU limit of 30 s + 10x the tests' recorded time. Like mutmut's own fork runner, it runs in a child
forked from one parent that imported pytest and collected ``tests/`` once (no clean full run first),
``--children`` at a time. pytest's exit 1 is killed, 0 survived, a child killed by the CPU limit a
timeout; any other exit (the mutant broke collection) is ``error<N>``, which the report counts as
"suspicious" unless ``--errors-ok`` lists it after a look.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import sys
import time
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
SEED = 20261205
#: The modules whose mutants are sampled (the measured figures are of the checks alone).
SCOPE = "textguard.checks"
_FAILED = (re.compile(r"^FAILED (\S+)", re.MULTILINE), re.compile(r"^ERROR (\S+)", re.MULTILINE))


class UsageError(Exception):
    """A missing input: printed as one line, exit 2."""


@dataclass(frozen=True)
class Paths:
    """Where the sample reads and writes; all under ``mutants/`` unless told otherwise."""

    mutants: Path
    order: Path
    results: Path
    stop: Path
    logs: Path
    report: Path


# --- pure parts -------------------------------------------------------------------------------


def stratified_order(by_module: dict[str, list[str]], *, seed: int = SEED) -> list[tuple[str, str]]:
    """``(module, mutant)`` pairs in a random order fixed by ``seed``, the modules interleaved in
    proportion to their size.

    Each module's mutants (sorted first, so the order does not depend on how they were listed) are
    shuffled and spread evenly over [0, 1) from a random offset; sorting all of them by that
    position means any prefix of the order holds each module's mutants in proportion to its size
    (fewer than two off), so a run stopped anywhere is a proportional stratified sample.
    """
    rng = random.Random(seed)
    keyed: list[tuple[float, str, str]] = []
    for module, names in sorted(by_module.items()):
        if not names:
            continue  # a module without mutants (checks/__init__.py) draws no random number
        shuffled = sorted(names)
        rng.shuffle(shuffled)
        offset = rng.random()
        keyed += [((i + offset) / len(shuffled), module, n) for i, n in enumerate(shuffled)]
    keyed.sort()
    return [(module, name) for _, module, name in keyed]


def format_order(order: list[tuple[str, str]]) -> str:
    return "".join(f"{module} {name}\n" for module, name in order)


def parse_order(text: str) -> list[str]:
    """The mutant names of an order file, in order."""
    return [line.split()[1] for line in text.splitlines() if line.strip()]


def parse_results(text: str) -> dict[str, str]:
    """``mutant -> status`` from the results file (``killed``, ``survived``, ``timeout``,
    ``no tests``, ``error<N>``); a mutant listed twice keeps its last status."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        if ": " not in line:
            continue
        name, rest = line.split(": ", 1)
        out[name] = "no tests" if rest.startswith("no tests") else rest.split()[0]
    return out


def status_of(*, exit_code: int | None) -> str:
    """The status of a child: ``None`` when a signal (the CPU limit) ended it."""
    if exit_code is None:
        return "timeout"
    return {0: "survived", 1: "killed"}.get(exit_code, f"error{exit_code}")


def first_failure(log: str) -> str:
    """The first failing (or erroring) test of a pytest log, ``-`` when none: the mutant's killer."""
    for pattern in _FAILED:
        m = pattern.search(log)
        if m:
            return m[1]
    return "-"


def result_line(name: str, status: str, killer: str, seconds: float) -> str:
    return f"{name}: {status} {killer} {seconds:.0f}s\n"


def mangled(name: str) -> str:
    """The function key of mutmut-stats.json a mutant belongs to."""
    return name.rsplit("__mutmut_", 1)[0]


def cpu_limit(tests: list[str], durations: dict[str, float]) -> int:
    """30 s plus ten times the tests' recorded time: a mutant that loops is stopped, a slow one not."""
    return int(30 + 10 * sum(durations.get(t, 0.0) for t in tests))


def report_lines(
    by_module: dict[str, list[str]],
    results: dict[str, str],
    *,
    errors_ok: frozenset[str] = frozenset(),
    overrides: dict[str, str] | None = None,
) -> str:
    """``mutmut results --all true``-style lines for every mutant: its sample status, or "not
    checked". An ``error<N>`` counts as killed only when ``errors_ok`` names it (a look showed the
    mutant itself breaks collection), else "suspicious"; ``overrides`` replace statuses outright."""
    statuses = {**results, **(overrides or {})}
    lines = []
    for module in sorted(by_module):
        for name in by_module[module]:
            status = statuses.get(name, "not checked")
            if status.startswith("error"):
                status = "killed" if name in errors_ok else "suspicious"
            lines.append(f"    {name}: {status}\n")
    return "".join(lines)


# --- I/O --------------------------------------------------------------------------------------


def all_mutants(mutants: Path) -> dict[str, list[str]]:
    """``module -> mutant names`` of the checks, from the ``.meta`` files mutmut wrote."""
    _require_mutants(mutants)
    by_module: dict[str, list[str]] = defaultdict(list)
    for meta in sorted(mutants.glob("textguard/**/*.meta")):
        module = str(meta.relative_to(mutants))[: -len(".py.meta")].replace("/", ".")
        names = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        if module.startswith(SCOPE) and names:
            by_module[module] += names
    if not by_module:
        raise UsageError(f"no mutants of {SCOPE} in {mutants}: run `make mutation` first")
    return dict(by_module)


def _require_mutants(mutants: Path) -> None:
    if not (mutants / "mutmut-stats.json").is_file():
        raise UsageError(
            f"run `make mutation` first: {mutants}/ and its mutmut-stats.json are missing "
            "(stop it once its stats are collected)"
        )


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def pytest_add_cli_args() -> list[str]:
    """The extra pytest arguments mutmut gives every mutant ([tool.mutmut] in pyproject.toml)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["mutmut"]["pytest_add_cli_args"])


def write_order(paths: Paths, *, seed: int) -> None:
    order = stratified_order(all_mutants(paths.mutants), seed=seed)
    paths.order.write_text(format_order(order), encoding="utf-8")
    print(f"{len(order)} mutants ordered (seed {seed}) in {paths.order}")


def run(paths: Paths, *, children: int) -> None:
    """Run the mutants of the order not yet in the results, ``children`` at a time."""
    _require_mutants(paths.mutants)
    if not paths.order.is_file():
        raise UsageError(f"run `bench/mutation_sample.py order` first: {paths.order} is missing")
    stats = json.loads((paths.mutants / "mutmut-stats.json").read_text(encoding="utf-8"))
    tests_by, durations = stats["tests_by_mangled_function_name"], stats["duration_by_test"]
    done = parse_results(_read(paths.results))
    todo = [name for name in parse_order(paths.order.read_text(encoding="utf-8")) if name not in done]
    if not todo or paths.stop.exists():
        print(
            f"nothing to run: {len(done)} mutants in {paths.results}"
            + (f", {paths.stop} exists" if todo else "")
        )
        return
    extra = pytest_add_cli_args()
    pytest = _warm_parent(paths, extra)
    running: dict[int, tuple[str, float]] = {}
    for name in todo:
        if paths.stop.exists():
            print(f"stopped: {paths.stop} exists (delete it to resume)")
            break
        while len(running) >= children:
            _reap(paths, running)
        tests = sorted(tests_by.get(mangled(name), []), key=lambda t: durations.get(t, 0.0))
        if not tests:
            _append(paths.results, result_line(name, "no tests", "-", 0))
            continue
        limit = cpu_limit(tests, durations)
        pid = os.fork()
        if pid == 0:
            _child(pytest, paths, name, tests, extra, limit)
        running[pid] = (name, time.time())
    while running:
        _reap(paths, running)
    print(f"{len(parse_results(_read(paths.results)))} mutants in {paths.results}")


def _warm_parent(paths: Paths, extra: list[str]):
    """Import pytest and textguard from ``mutants/`` and collect ``tests/`` once, in this process,
    so that each forked child starts warm (mutmut's fork runner does the same)."""
    os.environ["HYPOTHESIS_PROFILE"] = "mutation"
    os.environ.pop("CI", None)
    os.environ["MUTANT_UNDER_TEST"] = ""
    os.chdir(paths.mutants)
    sys.path.insert(0, str(paths.mutants))
    import pytest

    paths.logs.mkdir(exist_ok=True)
    with open(paths.logs / "warm.txt", "w", encoding="utf-8") as log:
        saved = os.dup(1)
        os.dup2(log.fileno(), 1)
        code = pytest.main(["--rootdir=.", "--collect-only", "-q", "tests/", *extra])
        sys.stdout.flush()
        os.dup2(saved, 1)
    import textguard

    if not textguard.__file__ or not textguard.__file__.startswith(str(paths.mutants)):
        raise UsageError(f"textguard was imported from {textguard.__file__}, not from {paths.mutants}")
    if code != 0:
        raise UsageError(
            f"collecting tests/ in {paths.mutants} failed (exit {code}): see {paths.logs}/warm.txt"
        )
    return pytest


def _child(pytest, paths: Paths, name: str, tests: list[str], extra: list[str], limit: int) -> None:
    """The forked child: run one mutant's tests, its output in its own log, and exit with pytest's code."""
    try:
        os.environ["MUTANT_UNDER_TEST"] = name
        resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 1))
        log = os.open(str(paths.logs / f"{name}.txt"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(log, 1)
        os.dup2(log, 2)
        code = pytest.main(["--rootdir=.", "--tb=line", "-x", "-q", "-p", "no:random-order", *tests, *extra])
        sys.stdout.flush()
        os._exit(int(code))
    except BaseException:  # noqa: BLE001 -- a child must never return into the parent's loop
        os._exit(99)


def _reap(paths: Paths, running: dict[int, tuple[str, float]]) -> None:
    pid, status = os.wait()
    name, started = running.pop(pid)
    exit_code = None if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    log = (paths.logs / f"{name}.txt").read_text(encoding="utf-8", errors="replace")
    line = result_line(name, status_of(exit_code=exit_code), first_failure(log), time.time() - started)
    _append(paths.results, line)


def _append(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as f:
        f.write(line)


def report(paths: Paths, *, errors_ok: Path | None, overrides: Path | None) -> None:
    """Write the mutmut-style results of the sample and print mutation_report's table."""
    if not paths.results.is_file():
        raise UsageError(f"run `bench/mutation_sample.py run` first: {paths.results} is missing")
    ok = frozenset(_read(errors_ok).split()) if errors_ok else frozenset()
    replaced = (
        dict(line.split(": ", 1) for line in _read(overrides).splitlines() if ": " in line)
        if overrides
        else {}
    )
    text = report_lines(
        all_mutants(paths.mutants), parse_results(_read(paths.results)), errors_ok=ok, overrides=replaced
    )
    paths.report.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import mutation_report

    mutation_report.main(["mutation_report.py", str(paths.report)])


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--mutants", type=Path, default=MUTANTS, help="mutmut's mutants/ (default: %(default)s)"
    )
    common.add_argument("--order", type=Path, help="order file (default: MUTANTS/sample-order.txt)")
    common.add_argument("--results", type=Path, help="results file (default: MUTANTS/sample-results.txt)")
    common.add_argument("--stop-file", type=Path, help="stop when it exists (default: MUTANTS/sample.stop)")
    common.add_argument("--logs", type=Path, help="one pytest log per mutant (default: MUTANTS/sample-logs)")
    common.add_argument(
        "--out", type=Path, help="report's mutmut-style lines (default: MUTANTS/sample-mutmut-results.txt)"
    )
    order = argparse.ArgumentParser(add_help=False)
    order.add_argument("--seed", type=int, default=SEED, help="default: %(default)s (the committed figures')")
    running = argparse.ArgumentParser(add_help=False)
    running.add_argument("--children", type=int, default=2, help="mutants run at once (default: %(default)s)")
    reporting = argparse.ArgumentParser(add_help=False)
    reporting.add_argument(
        "--errors-ok", type=Path, help="mutants whose error exit counts as killed, one a line"
    )
    reporting.add_argument("--overrides", type=Path, help="'<mutant>: <status>' lines that replace a result")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("order", parents=[common, order], help="write the seeded stratified order")
    sub.add_parser("run", parents=[common, running], help="run the mutants of the order not yet run")
    sub.add_parser("report", parents=[common, reporting], help="mutmut-style lines and the score table")
    sub.add_parser("all", parents=[common, order, running, reporting], help="order if missing, run, report")
    return parser


def _paths(args: argparse.Namespace) -> Paths:
    mutants = args.mutants.resolve()

    def pick(value: Path | None, default: str) -> Path:
        return (value or mutants / default).resolve()

    return Paths(
        mutants=mutants,
        order=pick(args.order, "sample-order.txt"),
        results=pick(args.results, "sample-results.txt"),
        stop=pick(args.stop_file, "sample.stop"),
        logs=pick(args.logs, "sample-logs"),
        report=pick(args.out, "sample-mutmut-results.txt"),
    )


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    paths = _paths(args)
    try:
        if args.command == "order" or (args.command == "all" and not paths.order.exists()):
            write_order(paths, seed=args.seed)
        if args.command in ("run", "all"):
            if args.children < 1:
                raise UsageError(f"--children must be 1 or more, not {args.children}")
            run(paths, children=args.children)
        if args.command in ("report", "all"):
            report(paths, errors_ok=args.errors_ok, overrides=args.overrides)
    except UsageError as e:
        print(f"mutation_sample: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
