"""The report of one check: findings, the verdict, and the JSON object of the report contract (v1)."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from ._version import __version__
from .findings import Finding, Severity
from .layout import Layout

__all__ = ["Report", "Stats", "TextInfo", "Verdict"]

Verdict = Literal["pass", "fail"]


@dataclass(frozen=True, slots=True)
class TextInfo:
    """Which text was checked: its path (``None`` when it came as a string), digest and length."""

    path: str | None
    sha256: str
    chars: int

    @classmethod
    def of(cls, text: str, path: str | None = None, sha256: str | None = None) -> TextInfo:
        """Describe ``text``; ``sha256`` defaults to the digest of its UTF-8 encoding."""
        digest = sha256 or hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        return cls(path, digest, len(text))

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256, "chars": self.chars}


@dataclass(frozen=True, slots=True)
class Stats:
    """Figures about a check. ``coverage`` is the share of the original body's characters that
    have a counterpart in the copy; the counts are of items extracted from the original body."""

    coverage: float
    quotes: int = 0
    entities: int = 0
    numbers: int = 0
    elapsed_ms: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "coverage": round(self.coverage, 4),
            "quotes": self.quotes,
            "entities": self.entities,
            "numbers": self.numbers,
            "elapsed_ms": round(self.elapsed_ms, 3),
        }


@dataclass(frozen=True)
class Report:
    """The result of checking one copy against its original.

    ``findings`` are in the contract's order (copy position, then original position). The texts
    themselves and their :class:`~textguard.layout.Layout` ride along (not serialized) so that
    renderers can show them without running the check again.
    """

    original: TextInfo
    copy: TextInfo
    findings: tuple[Finding, ...]
    stats: Stats
    fail_on: Severity = Severity.ERROR
    original_text: str = field(default="", repr=False, compare=False)
    copy_text: str = field(default="", repr=False, compare=False)
    #: The span ``[start, end)`` of the original taken as its body (the rest is publisher chrome).
    body: tuple[int, int] = (0, 0)
    #: How the check read the texts (paragraphs, body, shared text), for renderers; not serialized.
    layout: Layout | None = field(default=None, repr=False, compare=False)

    @property
    def verdict(self) -> Verdict:
        """``"fail"`` when any finding is at or above :attr:`fail_on`, else ``"pass"``."""
        threshold = self.fail_on.rank
        return "fail" if any(f.severity.rank >= threshold for f in self.findings) else "pass"

    @property
    def passed(self) -> bool:
        return self.verdict == "pass"

    def counts(self) -> dict[str, int]:
        """Number of findings per severity name, all three always present."""
        c = Counter(f.severity.value for f in self.findings)
        return {s.value: c.get(s.value, 0) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}

    def with_paths(self, original: str | None, copy: str | None) -> Report:
        """The same report, naming the files the texts were read from."""
        return replace(
            self,
            original=replace(self.original, path=original),
            copy=replace(self.copy, path=copy),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the report contract (v1)."""
        return {
            "textguard_version": __version__,
            "original": self.original.to_dict(),
            "copy": self.copy.to_dict(),
            "verdict": self.verdict,
            "stats": self.stats.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
        }
