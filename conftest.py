"""Test-session settings shared by every test of this repository.

Hypothesis profiles (choose with ``HYPOTHESIS_PROFILE=name``):

- ``dev`` (default): random examples, so every local run explores new inputs; a failure is saved in
  ``.hypothesis/`` and replayed until fixed.
- ``ci`` (default when the ``CI`` variable is set): derandomized, so a CI run is reproducible and
  a submission is never failed by an example nobody has seen; exploring is the dev profile's job.

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

settings.register_profile("dev")
settings.register_profile("ci", derandomize=True, print_blob=True)
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
    for item in items:
        if item.get_closest_marker("browser") is not None or _starts_a_process(item):
            item.add_marker(pytest.mark.slow)
