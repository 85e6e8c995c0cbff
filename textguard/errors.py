"""Misuse errors.

textguard has two kinds of failure. Problems *in the text* are findings in a report. Problems with
*how textguard was called* (a file that cannot be read, a bad option, a malformed config) are
exceptions derived from :class:`TextguardError`, whose message is one line that says what to do.
The CLI turns them into exit status 2.
"""

from __future__ import annotations

import re

__all__ = ["ConfigError", "FixtureError", "InputError", "TextguardError", "UsageError", "describe", "one_line"]


class TextguardError(Exception):
    """Base class of every error textguard raises on purpose."""


class InputError(TextguardError):
    """A text could not be read: missing, a directory, binary, undecodable or unreadable."""


class ConfigError(TextguardError):
    """A configuration value or file is invalid (unknown key, wrong type, bad value)."""


class FixtureError(TextguardError):
    """A fixture article folder or its ``article.toml`` is malformed."""


class UsageError(TextguardError, ValueError):
    """A function was called with an argument it cannot use (an unknown normalizer name, ...)."""


def one_line(message: str) -> str:
    """``message`` on one line: how an error is reported to a person or a log.

    >>> one_line("  cannot read\\n  the file ")
    'cannot read the file'
    """
    return re.sub(r"\s*[\r\n]+\s*", " ", message.strip())


def describe(exc: BaseException) -> str:
    """An unexpected exception in one line, with its type: ``"KeyError: 'x'"``."""
    text = one_line(str(exc))
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
