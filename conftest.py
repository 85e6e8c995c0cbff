"""Test-session settings shared by every test of this repository.

Hypothesis profiles (choose with ``HYPOTHESIS_PROFILE=name``):

- ``dev`` (default): random examples, so every local run explores new inputs; a failure is saved in
  ``.hypothesis/`` and replayed until fixed.
- ``ci`` (default when the ``CI`` variable is set): derandomized, so a CI run is reproducible and
  a submission is never failed by an example nobody has seen; exploring is the dev profile's job.

The test modules' own ``settings(...)`` (example counts, deadlines) inherit the loaded profile.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("dev")
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))
