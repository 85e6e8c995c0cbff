"""textguard: check a republished copy of an article against its original.

>>> import textguard
>>> report = textguard.check("He said: \\u201cWe will win.\\u201d", 'He said: "We will win."')
>>> report.verdict
'pass'

``import textguard`` never imports pytest: the pytest plugin lives in ``textguard.pytest_plugin``
and the assertion helpers in ``textguard.testing``.
"""

from __future__ import annotations

import typing as _typing

from ._version import __version__
from .config import Config, load_config
from .errors import ConfigError, FixtureError, InputError, TextguardError
from .findings import Finding, Severity, Span
from .report import Report, Stats, TextInfo

if _typing.TYPE_CHECKING:
    from .api import check, check_files
    from .articles.engines import scan_pairs
    from .findings import KINDS


def __getattr__(name: str) -> _typing.Any:
    # The checks are imported on first use, so that a command that needs none of them
    # (``textguard --help``, a bad argument) starts at once.
    if name in ("check", "check_files"):
        from . import api

        return getattr(api, name)
    if name == "scan_pairs":  # many pairs on a process pool or a Dask cluster (docs/scale.md)
        from .articles.engines import scan_pairs

        return scan_pairs
    if name == "KINDS":  # the registered finding kinds (see textguard.registry)
        from .registry import kind_names

        return kind_names()
    raise AttributeError(f"module 'textguard' has no attribute {name!r}")


__all__ = [
    "KINDS",
    "Config",
    "ConfigError",
    "Finding",
    "FixtureError",
    "InputError",
    "Report",
    "Severity",
    "Span",
    "Stats",
    "TextInfo",
    "TextguardError",
    "__version__",
    "check",
    "check_files",
    "load_config",
    "scan_pairs",
]


def __dir__() -> list[str]:
    """The public API, the lazily loaded names included: what ``dir(textguard)`` and tab
    completion offer (not ``annotations``, ``_typing`` or the submodules imported on the way)."""
    return sorted(__all__)


del annotations  # the __future__ import's flag, which would otherwise be a public attribute
