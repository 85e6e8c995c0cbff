"""Test-session settings shared by every test of this repository.

Hypothesis profiles (choose with ``HYPOTHESIS_PROFILE=name``):

- ``dev`` (default): random examples, so every local run explores new inputs; a failure is saved in
  ``.hypothesis/`` and replayed until fixed.
- ``ci`` (default when the ``CI`` variable is set): derandomized, so a CI run is reproducible and
  a submission is never failed by an example nobody has seen; exploring is the job of ``dev`` and
  ``fuzz``.
- ``fuzz`` (``make fuzz``): fresh random examples, never derandomized, and every property's own
  ``max_examples`` multiplied by ``FUZZ_FACTOR`` (10): the run to do before an issue is resolved.
- ``mutation`` (``make mutation``): derandomized like ``ci``, every property's own ``max_examples``
  divided by ``MUTATION_DIVISOR`` (at least ``MUTATION_FLOOR``), so that the thousands of mutants
  of a mutation run each cost seconds. Fewer examples can only kill fewer mutants: the score it
  gives is a lower bound of the one the full ``ci`` profile would give.

How CI replays what exploring found: **explicit ``@example`` regressions**, not a committed
example database. Every failure that ``fuzz`` or ``dev`` finds is pasted (shrunk) as an
``@example(...)`` on the property it broke, next to the fix; ``@example`` cases run first in every
profile, ``ci`` included, so CI replays all of them deterministically. A database directory would
be binary, keyed by Hypothesis internals that change between versions, and unreviewable in a diff.

The test modules' own ``settings(...)`` (example counts, deadlines) inherit the loaded profile.

Markers: every test that starts another process (``subprocess``, ``pytester.runpytest_subprocess``)
or a browser is marked ``slow``, by reading its source at collection, so that
``pytest -m "not slow"`` is a quick loop while editing. ``make test`` and CI run everything.
"""

from __future__ import annotations

import inspect
import os

import pytest
from hypothesis import settings

#: How many times each property's own example count ``make fuzz`` runs.
FUZZ_FACTOR = 10
#: How much smaller each property's example count is under ``make mutation``, and the least it runs.
MUTATION_DIVISOR = 5
MUTATION_FLOOR = 5

settings.register_profile("dev")
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("fuzz", derandomize=False, print_blob=True, deadline=None)
settings.register_profile("mutation", derandomize=True, deadline=None, database=None, max_examples=20)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


def _starts_a_process(item: pytest.Item) -> bool:
    function = getattr(item, "function", None)
    if function is None:
        return False
    try:
        source = inspect.getsource(function)
    except (OSError, TypeError):
        return False
    return "subprocess" in source


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests that start a process or a browser ``slow``, and under the ``fuzz`` and
    ``mutation`` profiles scale each property's ``max_examples`` (its explicit
    ``settings(max_examples=...)`` would otherwise win over the profile's)."""
    profile = settings._current_profile  # the one way Hypothesis exposes the loaded profile
    for item in items:
        if item.get_closest_marker("browser") is not None or _starts_a_process(item):
            item.add_marker(pytest.mark.slow)
        if profile not in ("fuzz", "mutation"):
            continue
        test = getattr(item, "obj", None)
        own = getattr(test, "_hypothesis_internal_use_settings", None)
        if own is not None and getattr(test, "_textguard_scaled", False) is False:
            test._hypothesis_internal_use_settings = settings(own, max_examples=_scaled(own.max_examples, profile))
            test._textguard_scaled = True


def _scaled(examples: int, profile: str) -> int:
    """A property's example count under ``profile`` (``fuzz`` or ``mutation``)."""
    if profile == "fuzz":
        return examples * FUZZ_FACTOR
    return max(MUTATION_FLOOR, examples // MUTATION_DIVISOR)
