"""Quote marks that delimit strings in code, markup or data, which are no quotations.

Articles about software quote code: ``{"name": "test"}``, ``<link rel="stylesheet">``. Those marks
are string delimiters, and an extractor, a converter to curly marks or an editor that retypes them
pairs them differently from the original (a ``”`` opening a JSON value, a space inside a mark),
so that they read as quotations altered or missing. A string is code when its shape says so,
whatever the line layout: a string followed by a colon and a value (a JSON key), the value after
such a key, a list of strings in brackets or braces, and an attribute value glued to
``=``. Each test is local (a string and its neighbours), so a copy on one line or re-wrapped reads
the same as its original.
"""

from __future__ import annotations

import re

__all__ = ["code_marks"]

_Q = "\"'\u201c\u201d\u201e\u2018\u2019"
#: A string literal: a mark, up to 200 characters without a mark (line breaks allowed: a copy may
#: have re-wrapped it), a mark.
_STR = f"[{_Q}][^{_Q}]{{0,200}}[{_Q}]"
_VALUE = rf"(?:{_STR}|(?=[{{\[])|-?\d|true\b|false\b|null\b)"
_CODE = re.compile(
    rf"(?P<key>{_STR})[ \t]*:[ \t]*(?P<value>{_VALUE})"  # "key": value
    rf"|(?P<items>[{{\[][ \t]*{_STR}(?:[ \t]*,[ \t]*{_STR})*[ \t]*[,}}\]])"  # ["a", "b"]  {"a", ...
    rf"|(?<=[\w-]=)(?P<attr>{_STR})"  # rel="stylesheet"
)


def code_marks(text: str, start: int, end: int) -> set[int]:
    """Positions of the marks in ``text[start:end]`` that delimit strings of code or data."""
    out: set[int] = set()
    for m in _CODE.finditer(text, start, end):
        s, e = m.span("items")
        if s >= 0:  # every mark of a list of strings (the strings hold no marks)
            out.update(k for k in range(s, e) if text[k] in _Q)
            continue
        for group in ("key", "value", "attr"):
            s, e = m.span(group)
            if s >= 0 and e - s >= 2 and text[s] in _Q and text[e - 1] in _Q:
                out.update((s, e - 1))
    return out
