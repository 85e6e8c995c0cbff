"""Hostile inputs: does a check stay near-linear in time, and can any regular expression be made
to backtrack?

Usage: ``.venv/bin/python bench/adversarial.py [--quick] [--sizes 1,2,5,10] [--roles copy,original,both]
[--only FAMILY,...] [--timeout SECONDS] [--memory MB] [--no-regex] [--no-check]``

**Part 1, the whole check.** Each family below builds a hostile text of a given size (in millions
of characters, "MB"; the families are ASCII but ``random-unicode``). It is checked in a child
process with a time and a memory limit, in three roles: as the *copy* of a normal article, as the *original*
of one, and against *itself* (``both``). Each cell is the wall time and the seconds per MB; the
last column compares the seconds per MB at the largest size with the smallest: near 1 is linear,
2 or more is superlinear (marked ``<- superlinear``). A run over the limit, or one that raises,
or one that runs out of memory, is reported and the larger sizes of that family and role are
skipped.

**Part 2, the regular expressions.** Every compiled pattern of every textguard module (module
globals and the tables that hold them) is run (``finditer``, ``search``, ``match``, ``fullmatch``)
over hostile strings at two sizes; a pattern whose time more than triples when the string doubles
is listed. This over-approximates: a pattern that the code only runs on a bounded window (a few
dozen characters after a verb, say) is listed too; ``docs/reliability.md`` says which are.

A report, never a test: it exits 0 whatever it finds (2 only when it cannot run).
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import pkgutil
import random
import re
import resource
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import textguard
from textguard import check

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
SIZES = (1.0, 2.0, 5.0, 10.0)
QUICK_SIZES = (0.05, 0.1, 0.2)
ROLES = ("copy", "original", "both")
#: Seconds per MB growing by this factor from the smallest to the largest size is superlinear.
SUPERLINEAR = 2.0
REGEX_SIZES = (20_000, 40_000)
QUICK_REGEX_SIZES = (5_000, 10_000)
REGEX_LIMIT = 5.0

PARAGRAPHS = [
    "The Marlow Valley council has approved a plan to reopen the old tram line between Eastgate and the "
    "harbour, ending a campaign that lasted more than a decade.",
    "Councillors voted 31 to 9 in favour on Tuesday night after a debate that ran for almost four hours.",
    '"We have waited long enough for this," said Delia Rowntree, the council\'s transport officer.',
    "The line will cost \u00a348 million and the first trams should run in the spring of 2028.",
]
ARTICLE = "\n".join(PARAGRAPHS) + "\n"


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _random_unicode(n: int) -> str:
    rng = random.Random(7)
    chars = []
    while len(chars) < n:
        c = rng.randrange(0x110000)
        if not 0xD800 <= c <= 0xDFFF:
            chars.append(chr(c))
        if rng.random() < 0.15:
            chars.append(" ")
    return "".join(chars[:n])


#: name -> (what it is, builder of a text of ``n`` characters)
FAMILIES: dict[str, tuple[str, Callable[[int], str]]] = {
    "prose": ("a news article repeated: a long, ordinary article", lambda n: _repeat(ARTICLE, n)),
    "one-line": (
        "the article on one line, repeated: one huge line",
        lambda n: _repeat(" ".join(PARAGRAPHS) + " ", n),
    ),
    "no-whitespace": ("letters and no whitespace at all: one huge word", lambda n: _repeat("AbcdeFghij", n)),
    "quote-marks": ("straight double quotes in a row", lambda n: _repeat('"', n)),
    "quote-styles": (
        "every quote mark style in a row",
        lambda n: _repeat("\u201c\u201d\u00ab\u00bb\u2018\u2019\u201e'\"", n),
    ),
    "quoted-words": ("one sentence of many one-word quotations", lambda n: _repeat('"a" ', n)),
    "attributed-quotes": (
        'one sentence of many quotations with a speaker: "x," said',
        lambda n: _repeat('"x," said ', n),
    ),
    "capitalised": ("capitalised words in a row: one endless name", lambda n: _repeat("Council ", n)),
    "hyphen-chain": ("a compound of hyphen-joined parts", lambda n: _repeat("a-", n)),
    "dashes": ("dashes only", lambda n: _repeat("-", n)),
    "digits": ("one endless number", lambda n: _repeat("1", n)),
    "figures": ("figures in one sentence", lambda n: _repeat("1,000 ", n)),
    "dotted": ("dotted labels: a.a.a.a (URLs, acronyms)", lambda n: _repeat("a.", n)),
    "initials": ("initials: A. A. A. (sentence ends)", lambda n: _repeat("A. ", n)),
    "slashes": ("credit-like slashes: Reuters/Reuters/", lambda n: _repeat("Reuters/", n)),
    "controls": (
        "control characters",
        lambda n: _repeat("".join(chr(c) for c in range(1, 32) if c not in (10, 13)) + "\x7f\x85", n),
    ),
    "blank-lines": ("blank lines only", lambda n: _repeat("\n \n", n)),
    "random-unicode": ("random code points of every plane", _random_unicode),
}


# --- part 1: the whole check ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Run:
    """One check: its wall and CPU seconds, or why there are none."""

    seconds: float | None = None
    cpu: float | None = None
    findings: int = 0
    peak_mb: float = 0.0
    problem: str | None = None  # "timeout" or "crash: <exception>"


def _child(
    family: str, size: int, role: str, memory: int, conn: multiprocessing.connection.Connection
) -> None:
    # A cap on the address space turns runaway memory into a MemoryError here, rather than the
    # system's OOM killer picking a process (perhaps not this one).
    resource.setrlimit(resource.RLIMIT_AS, (memory * MB, memory * MB))
    text = FAMILIES[family][1](size)
    original, copy = {"copy": (ARTICLE, text), "original": (text, ARTICLE), "both": (text, text)}[role]
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        report = check(original, copy)
    except MemoryError:
        conn.send(Run(problem="memory"))
        return
    except Exception as exc:  # noqa: BLE001 - what crashes is what this reports
        conn.send(Run(problem=f"crash: {type(exc).__name__}: {str(exc)[:80]}"))
        return
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    conn.send(Run(wall, cpu, len(report.findings), peak))


def time_check(family: str, size: int, role: str, *, timeout: float, memory: int) -> Run:
    """Check one hostile input in a child process, killed after ``timeout`` seconds, with at most
    ``memory`` MB of address space."""
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(family, size, role, memory, send), daemon=True)
    child.start()
    send.close()
    try:
        if receive.poll(timeout):
            return receive.recv()
        return Run(problem="timeout")
    except EOFError:
        return Run(problem=f"crash: the child process died (exit {child.exitcode})")
    finally:
        if child.is_alive():
            child.kill()
        child.join()


def run_checks(
    families: list[str], roles: list[str], sizes: tuple[float, ...], *, timeout: float, memory: int
) -> None:
    head = f"{'family':18} {'role':9}" + "".join(f"{_size(s):>18}" for s in sizes) + "  peak MB  growth"
    print("Part 1: the whole check: wall seconds (seconds per MB), the peak memory of the largest run")
    print(
        f"(the child's, with the interpreter), and the growth of seconds per MB; limit {timeout:.0f} s a run"
    )
    print(head)
    print("-" * len(head))
    for family in families:
        for role in roles:
            cells, per_mb, peak = [], [], 0.0
            for size in sizes:
                if cells and cells[-1].startswith(("TIMEOUT", "MEMORY", "CRASH", "skipped")):
                    cells.append("skipped")
                    continue
                run = time_check(family, int(size * MB), role, timeout=timeout, memory=memory)
                if run.problem == "timeout":
                    cells.append(f"TIMEOUT >{timeout:.0f}s")
                elif run.problem == "memory":
                    cells.append(f"MEMORY >{memory / 1000:g}GB")
                elif run.problem:
                    cells.append("CRASH")
                    print(f"  {family}/{role} at {_size(size)}: {run.problem}")
                else:
                    assert run.seconds is not None
                    cells.append(f"{run.seconds:.2f} ({run.seconds / size:.2f})")
                    per_mb.append(run.seconds / size)
                    peak = run.peak_mb
            growth = ""
            if len(per_mb) >= 2 and per_mb[0] > 0:
                ratio = per_mb[-1] / per_mb[0]
                growth = f"x{ratio:.1f}" + ("  <- superlinear" if ratio >= SUPERLINEAR else "")
            if any(c.startswith("TIMEOUT") for c in cells):
                growth = "<- superlinear (over the limit)"
            if any(c.startswith("MEMORY") for c in cells):
                growth = "<- superlinear memory (over the limit)"
            if any(c == "CRASH" for c in cells):
                growth = "<- crash"
            shown_peak = f"{peak:>7.0f}" if peak else f"{'':>7}"
            print(
                f"{family:18} {role:9}" + "".join(f"{c:>18}" for c in cells) + f"{shown_peak}  {growth}",
                flush=True,
            )


def _size(size: float) -> str:
    return f"{size:g} MB"


# --- part 2: the regular expressions --------------------------------------------------------------

#: Units repeated into hostile strings; each ends with a character that makes a match fail late.
HOSTILE_UNITS = (
    " ",
    "\n",
    "\t",
    "\u00a0",
    ".",
    "a.",
    "1.",
    "A",
    "Aa ",
    "A ",
    "A.",
    "-",
    "a-",
    "1",
    "1,",
    "'",
    '"',
    "\u201c",
    "!",
    ", ",
    "word ",
    "@a.",
    "A/",
    "a/",
    "[-",
    "{+",
    "comments!",
    "said ",
    ": ",
)


def iter_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern of every textguard module: module globals, and patterns kept in
    tuples, lists and dicts among them (tables of cues)."""
    seen: set[int] = set()
    for info in pkgutil.walk_packages(textguard.__path__, "textguard."):
        if info.name.endswith(("__main__", "pytest_plugin", "snapshot")) or ".testing" in info.name:
            continue  # runs the command line, or needs pytest or syrupy (no text reaches their patterns)
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional dependency (spaCy) is missing
            continue
        for name, value in vars(module).items():
            for where, pattern in _patterns_in(value, f"{info.name}.{name}", depth=3):
                if id(pattern) not in seen and isinstance(pattern.pattern, str):
                    seen.add(id(pattern))
                    yield where, pattern


def _patterns_in(value: object, where: str, *, depth: int) -> Iterator[tuple[str, re.Pattern[str]]]:
    if isinstance(value, re.Pattern):
        yield where, value
    elif depth and isinstance(value, tuple | list):
        label = next((v for v in value if isinstance(v, str)), None)
        for i, item in enumerate(value):
            yield from _patterns_in(item, f"{where}[{label or i}]", depth=depth - 1)
    elif depth and isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns_in(item, f"{where}[{key}]", depth=depth - 1)


class _Expired(Exception):
    pass


def _on_alarm(signum: int, frame: object) -> None:
    raise _Expired


def time_pattern(pattern: re.Pattern[str], text: str) -> float:
    """Seconds to run ``pattern`` every way over ``text``, at most :data:`REGEX_LIMIT`."""
    started = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, REGEX_LIMIT)
    try:
        for _ in pattern.finditer(text):
            pass
        pattern.search(text)
        pattern.match(text)
        pattern.fullmatch(text)
    except _Expired:
        return REGEX_LIMIT
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - started


def hostile(unit: str, n: int) -> str:
    if unit == "comments!":
        return "comments" + "!" * n + "x"
    return _repeat(unit, n) + "x"


def run_regex_audit(sizes: tuple[int, int]) -> None:
    if not hasattr(signal, "setitimer"):
        print("Part 2 needs signal.setitimer (Unix); skipped")
        return
    signal.signal(signal.SIGALRM, _on_alarm)
    small, large = sizes
    patterns = list(iter_patterns())
    print(
        f"\nPart 2: {len(patterns)} regular expressions x {len(HOSTILE_UNITS)} hostile strings "
        f"of {small:,} and {large:,} characters (limit {REGEX_LIMIT:.0f} s)"
    )
    flagged = 0
    for where, pattern in patterns:
        for unit in HOSTILE_UNITS:
            a = time_pattern(pattern, hostile(unit, small))
            if a < 0.01:
                continue
            b = time_pattern(pattern, hostile(unit, large))
            if b > 3 * a or b >= REGEX_LIMIT:
                flagged += 1
                shown = "over the limit" if b >= REGEX_LIMIT else f"{a:.3f} s -> {b:.3f} s"
                print(f"  superlinear: {where} on {unit!r} repeated: {shown}", flush=True)
    if not flagged:
        print("  none: every pattern stays linear on every hostile string")


# --- command line -------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"sizes {QUICK_SIZES} MB and a shorter limit")
    parser.add_argument("--sizes", help="comma-separated sizes in MB (default 1,2,5,10)")
    parser.add_argument("--roles", default=",".join(ROLES), help="copy, original, both (default: all)")
    parser.add_argument("--only", help="comma-separated families: " + ", ".join(FAMILIES))
    parser.add_argument("--timeout", type=float, help="seconds per check (default 120, quick 10)")
    parser.add_argument(
        "--memory", type=int, default=8000, help="MB of address space per check (default 8000)"
    )
    parser.add_argument("--no-regex", action="store_true", help="skip part 2")
    parser.add_argument("--no-check", action="store_true", help="skip part 1")
    args = parser.parse_args(argv)
    try:
        sizes = (
            tuple(float(s) for s in args.sizes.split(","))
            if args.sizes
            else QUICK_SIZES
            if args.quick
            else SIZES
        )
        families = args.only.split(",") if args.only else list(FAMILIES)
        roles = args.roles.split(",")
        unknown = [f for f in families if f not in FAMILIES] + [r for r in roles if r not in ROLES]
        if unknown or not sizes or min(sizes) <= 0:
            raise ValueError(f"unknown family or role, or a bad size: {unknown or sizes}")
    except ValueError as exc:
        print(f"adversarial.py: {exc}", file=sys.stderr)
        return 2
    timeout = args.timeout or (10.0 if args.quick else 120.0)
    print(f"textguard {textguard.__version__}, Python {sys.version.split()[0]}")
    for name, (what, _) in FAMILIES.items():
        if name in families:
            print(f"  {name:18} {what}")
    print()
    if not args.no_check:
        run_checks(families, roles, sizes, timeout=timeout, memory=args.memory)
    if not args.no_regex:
        run_regex_audit(QUICK_REGEX_SIZES if args.quick else REGEX_SIZES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
