"""textguard's pytest plugin, registered through the ``pytest11`` entry point.

Thin on purpose: it declares fixtures and imports textguard only when a fixture is used, so that
installing textguard costs nothing in test sessions that do not use it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from textguard.config import Config
    from textguard.report import Report

__all__ = ["textguard_check", "textguard_config"]


@pytest.fixture
def textguard_config() -> Config:
    """The configuration checks run with (defaults; override this fixture to change it)."""
    from textguard.config import Config

    return Config()


@pytest.fixture
def textguard_check(textguard_config: Config) -> Callable[[str, str], Report]:
    """A callable ``check(original, copy) -> Report`` that uses :func:`textguard_config`."""
    from textguard.api import check

    def run(original: str, copy: str) -> Report:
        return check(original, copy, config=textguard_config)

    return run
