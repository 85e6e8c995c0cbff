"""Findings: what a check says about one place in the original, the copy, or both.

The vocabulary of kinds and severities is part of the report contract (v1): kinds may be added,
never renamed or removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

__all__ = ["KINDS", "Finding", "Severity", "Span", "excerpt", "sort_findings"]


class Severity(str, Enum):
    """How bad a finding is. Ordered: ``INFO < WARNING < ERROR``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        """Return the severity named ``value``; raise ``ValueError`` listing the valid names."""
        if isinstance(value, Severity):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r}: expected one of {names}") from None


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of a text, with the text it covers.

    Offsets are Python ``str`` indices into the text as read (BOM dropped, line endings kept), so
    ``span.text == text[span.start:span.end]`` always holds.
    """

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Build the span of ``text[start:end]``, checking the bounds."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span [{start}, {end}) is outside a text of {len(text)} characters")
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem, located in the original, the copy, or both.

    ``original`` is ``None`` for something that exists only in the copy (a stray footer);
    ``copy`` is ``None`` for something missing from the copy.
    """

    kind: str
    severity: Severity
    message: str
    original: Span | None
    copy: Span | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": self.severity.value,
            "message": self.message,
            "original": self.original.to_dict() if self.original else None,
            "copy": self.copy.to_dict() if self.copy else None,
        }

    @property
    def sort_key(self) -> tuple[int, int, int, int, str, str]:
        """Copy position, then original position (absent sides last), then kind and message."""
        big = 1 << 62
        c = self.copy
        o = self.original
        return (
            c.start if c else big,
            o.start if o else big,
            c.end if c else big,
            o.end if o else big,
            self.kind,
            self.message,
        )


def sort_findings(findings: list[Finding] | tuple[Finding, ...]) -> list[Finding]:
    """Sort findings into the contract's stable order: by copy position, then original position."""
    return sorted(findings, key=lambda f: f.sort_key)


def excerpt(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to at most ``limit`` characters with an ellipsis: how findings
    quote a passage in their messages.

    >>> excerpt("The council  met\\non Monday", 14)
    'The council m…'
    """
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def __getattr__(name: str) -> Any:
    # ``KINDS``: the names of every registered finding kind (report contract v1: add, never
    # rename), read from :mod:`textguard.registry` on first use.
    if name == "KINDS":
        from .registry import kind_names

        return kind_names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
