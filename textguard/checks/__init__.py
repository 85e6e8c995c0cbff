"""The checks. Each takes a :class:`~textguard.engine.context.CheckContext` and returns findings."""

from __future__ import annotations

from .structure import check_structure

__all__ = ["check_structure"]
