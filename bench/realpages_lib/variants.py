"""Harmless variants of an original: the same words, written differently (pure functions).

The character-level rewritings are textguard's own benign transforms
(``textguard.testing.strategies``), so the bench and the property tests agree on what "harmless"
means; the paragraph layouts (blank lines, one line) are added here. Each variant is seeded from
the page's id: the corpus is the same on every build.
"""

from __future__ import annotations

import random
import re
import textwrap
import zlib

from textguard.testing.strategies import (
    curl_quotes,
    decompose_unicode,
    rewrap_lines,
    use_crlf_line_endings,
    use_nbsp,
)

__all__ = ["VARIANTS", "seed_of", "straighten_quotes", "variants_of"]

_CURLY = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'"}
_CURLY_RE = re.compile("[" + "".join(_CURLY) + "]")


def seed_of(*parts: str) -> int:
    """A stable seed from strings (``hash()`` is salted per process; CRC-32 is not)."""
    return zlib.crc32("\x1f".join(parts).encode("utf-8"))


def straighten_quotes(text: str) -> str:
    """Typographic quotes and apostrophes as ASCII ones.

    >>> straighten_quotes("\\u201cIt\\u2019s late\\u201d")
    '"It\\'s late"'
    """
    return _CURLY_RE.sub(lambda m: _CURLY[m.group()], text)


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _curly(text: str, seed: int) -> str:
    return curl_quotes(straighten_quotes(text), seed)


def _nbsp_crlf(text: str, seed: int) -> str:
    return use_crlf_line_endings(use_nbsp(text, seed), seed)


def _rewrap(text: str, seed: int) -> str:
    return rewrap_lines("\n".join(_paragraphs(text)), seed) + "\n"


def _blank_lines(text: str, seed: int) -> str:
    return "\n\n".join(_paragraphs(text)) + "\n"


def _width(seed: int) -> int:
    return random.Random(seed).randint(40, 100)


def _rewrap_single(text: str, seed: int) -> str:
    """Hard-wrapped paragraphs with no blank line between them: only sentence ends and line
    lengths tell where a paragraph ends."""
    lines = [line for p in _paragraphs(text) for line in textwrap.wrap(p, _width(seed), break_long_words=False)]
    return "\n".join(lines) + "\n"


def _one_line(text: str, seed: int) -> str:
    return " ".join(_paragraphs(text)) + "\n"


#: name -> rewriting ``(text, seed) -> text``. ``identical`` is the original itself.
VARIANTS = {
    "identical": lambda text, seed: text,
    "straight-quotes": lambda text, seed: straighten_quotes(text),
    "curly-quotes": _curly,
    "nbsp-crlf": _nbsp_crlf,
    "nfd": decompose_unicode,
    "rewrap": _rewrap,
    "blank-lines": _blank_lines,
    "rewrap-single": _rewrap_single,
    "one-line": _one_line,
}


def variants_of(text: str, page_id: str) -> dict[str, str]:
    """Every variant of ``text``, seeded by ``page_id``.

    The re-wrap width (40-100) is part of the name (``rewrap-57``), so a failure names it.
    """
    out: dict[str, str] = {}
    for name, rewrite in VARIANTS.items():
        seed = seed_of(page_id, name)
        if name.startswith("rewrap"):
            name = f"{name}-{_width(seed)}"
        out[name] = rewrite(text, seed)
    return out
