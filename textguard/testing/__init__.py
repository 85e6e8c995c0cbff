"""Helpers for testing code built on textguard: assertions, and Hypothesis strategies.

``assert_passes(original, copy)``, ``assert_quotes_preserved``, ``assert_entities_unchanged``,
``assert_numbers_preserved`` and ``assert_no_stray_footer`` check a copy and fail with a message
that lists each problem in both texts.

Hypothesis strategies live in the submodule :mod:`textguard.testing.strategies`, loaded only when
asked for (``from textguard.testing import strategies`` or ``textguard.testing.strategies``), so
importing this package never imports Hypothesis; the assertions are loaded on first use too.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assertions import (
        assert_entities_unchanged,
        assert_no_stray_footer,
        assert_numbers_preserved,
        assert_passes,
        assert_quotes_preserved,
        format_findings,
    )

__all__ = [
    "assert_entities_unchanged",
    "assert_no_stray_footer",
    "assert_numbers_preserved",
    "assert_passes",
    "assert_quotes_preserved",
    "format_findings",
]

_LAZY_SUBMODULES = frozenset({"strategies"})


def __getattr__(name: str) -> ModuleType | Any:
    # The assertions (which load the checks) and the strategies (which load Hypothesis) are
    # imported on first use: the pytest plugin imports this package's session state in every
    # pytest run, and that must cost nothing.
    if name in _LAZY_SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    if name in __all__:
        from . import assertions

        return getattr(assertions, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
