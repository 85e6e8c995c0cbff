"""The registry of checks and the finding kinds they report.

Each check module declares, in one place, what it reports and how it is run::

    CHECK = Check(
        "numbers",
        kinds=(
            Kind("number-missing", Severity.ERROR, ("#99e9f2", "#1098ad"), "a figure the copy dropped",
                 implied_by_gaps=True),
            Kind("number-altered", Severity.ERROR, ("#a5d8ff", "#1c7ed6"), "a figure with another value"),
        ),
        run=check_numbers,
        stat="numbers",
    )

and :data:`CHECK_MODULES` names it: that is all a new check needs. The list of kinds
(:func:`kind_names`, ``textguard.KINDS``), config validation, the HTML legend and its colours, the
report's counts and :func:`textguard.engine.pipeline.run_checks` all read this registry.

Check modules are imported on first use, so a command that needs none of them (``textguard
--help``) starts at once. :func:`registered` adds a check for the duration of a ``with`` block,
for tests and for plugins of one's own.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import UsageError
from .findings import Finding, Severity

if TYPE_CHECKING:
    from .engine.context import CheckContext

__all__ = [
    "CHECK_MODULES",
    "Check",
    "Kind",
    "STATS",
    "checks",
    "kind",
    "kind_names",
    "kinds",
    "registered",
]

#: The modules that define the built-in checks, each with a module-level ``CHECK``. Their order is
#: the order of the kinds in the contract, in ``textguard.KINDS`` and in the HTML legend.
CHECK_MODULES: tuple[str, ...] = (
    "textguard.checks.quotes",
    "textguard.checks.entities",
    "textguard.checks.numbers",
    "textguard.checks.dates",
    "textguard.checks.structure",
    "textguard.checks.meaning",
    "textguard.checks.sentences",
)

#: The :class:`~textguard.report.Stats` counts a check may fill (``Check.stat``).
STATS: frozenset[str] = frozenset({"quotes", "entities", "numbers"})


@dataclass(frozen=True, slots=True)
class Kind:
    """A finding kind: its name (part of the report contract), its usual severity, its colours in
    the HTML report (a light highlight and a darker accent: Open Color shades 2 and 7, one hue per
    kind) and a one-line description.

    ``implied_by_gaps``: a finding of this kind inside a stretch of the original that a
    ``marks_gap`` finding already reports missing (``truncated``, ``paragraph-missing``) is not
    repeated; a quotation missing because its paragraph is gone is no news to the reader.
    """

    name: str
    severity: Severity
    colour: tuple[str, str]
    description: str
    implied_by_gaps: bool = False
    marks_gap: bool = False


@dataclass(frozen=True, slots=True)
class Check:
    """A check: its name, the kinds it reports and its entry point.

    ``run(ctx)`` returns the check's findings; a check with a ``stat`` (one of :data:`STATS`)
    returns ``(findings, count)``, the count of items of the original it checked.
    """

    name: str
    kinds: tuple[Kind, ...]
    run: Callable[[CheckContext], Any]
    stat: str | None = None

    def __post_init__(self) -> None:
        if self.stat is not None and self.stat not in STATS:
            raise UsageError(f"check {self.name!r}: stat must be one of {', '.join(sorted(STATS))}")

    def findings(self, ctx: CheckContext) -> tuple[list[Finding], int]:
        """Run the check: its findings and its count (0 for a check without a ``stat``)."""
        if self.stat is None:
            return list(self.run(ctx)), 0
        found, count = self.run(ctx)
        return list(found), count


_lock = threading.Lock()
_builtin: tuple[Check, ...] | None = None
_extra: list[Check] = []
_by_name: dict[str, Kind] = {}


def checks() -> tuple[Check, ...]:
    """Every registered check: the built-in ones in :data:`CHECK_MODULES` order, then added ones."""
    global _builtin
    if _builtin is None:
        loaded = tuple(importlib.import_module(name).CHECK for name in CHECK_MODULES)
        with _lock:
            if _builtin is None:
                _builtin = loaded
                _index()
    return (*_builtin, *_extra)


def kinds() -> tuple[Kind, ...]:
    """Every registered finding kind, in registry order."""
    return tuple(k for c in checks() for k in c.kinds)


def kind_names() -> tuple[str, ...]:
    """The names of every registered finding kind: the vocabulary of ``Finding.kind``."""
    return tuple(k.name for k in kinds())


def kind(name: str) -> Kind | None:
    """The registered kind called ``name``, or ``None``."""
    checks()
    return _by_name.get(name)


@contextmanager
def registered(check: Check) -> Iterator[Check]:
    """Register ``check`` for the duration of a ``with`` block (it runs after the built-in ones).

    Its kinds must be new: a kind belongs to one check.
    """
    existing = {c.name for c in checks()}
    taken = set(kind_names())
    clash = sorted(k.name for k in check.kinds if k.name in taken)
    if check.name in existing or clash:
        raise UsageError(
            f"check {check.name!r} or kind {', '.join(clash) or check.name} is registered already"
        )
    with _lock:
        _extra.append(check)
        _index()
    try:
        yield check
    finally:
        with _lock:
            _extra.remove(check)
            _index()


def _index() -> None:
    _by_name.clear()
    for c in (*(_builtin or ()), *_extra):
        for k in c.kinds:
            _by_name[k.name] = k
