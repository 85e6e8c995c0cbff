"""Helpers for testing code built on textguard.

Hypothesis strategies live in the submodule :mod:`textguard.testing.strategies`, loaded only when
asked for (``from textguard.testing import strategies`` or ``textguard.testing.strategies``), so
importing this package never imports Hypothesis.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__: list[str] = []

_LAZY_SUBMODULES = frozenset({"strategies"})


def __getattr__(name: str) -> ModuleType:
    if name in _LAZY_SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
