"""Text normalizers that explain themselves and never lose track of where a character came from.

Copies differ from originals in ways nobody cares about: curly or straight quotes, NBSP or space,
CRLF or LF, composed or decomposed accents, one line per paragraph or hard-wrapped lines. Checks
compare *normalized* text so that such variants are invisible, but every finding must still point
into the raw text. So each normalizer here is a named step that rewrites a string and records an
:class:`OffsetMap` from its output back to its input; :func:`normalize` chains steps and
:meth:`NormalizedText.to_source` maps a span of the result back to the raw text.

Each step is also available as a plain ``str -> str`` function (``unify_quotes(text)``).
Normalization is for *matching*: extraction of quotations must look at the raw text, since
:func:`unify_quotes` forgets which marks were curly.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import UsageError
from ..findings import Span

__all__ = [
    "INVISIBLE_CHARS",
    "MATCH",
    "NORMALIZERS",
    "NormalizedText",
    "Normalizer",
    "OffsetMap",
    "collapse_whitespace",
    "compose_unicode",
    "fix_line_endings",
    "fold_case",
    "fold_compatibility",
    "fold_word",
    "normalize",
    "remove_invisibles",
    "tighten_dashes",
    "unify_dashes",
    "unify_quotes",
    "unify_spaces",
]


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Where each part of a rewritten text came from.

    The rewritten text equals its source except in *edits*: regions ``out[os:oe]`` that replaced
    ``src[is_:ie]``. Between edits the two texts are identical, so the map stays small (one entry
    per change, not per character). Positions inside a replaced region map outward: a span that
    starts or ends inside an expansion covers the whole source of that expansion.
    """

    out_starts: tuple[int, ...] = ()
    out_ends: tuple[int, ...] = ()
    in_starts: tuple[int, ...] = ()
    in_ends: tuple[int, ...] = ()

    def __len__(self) -> int:
        return len(self.out_starts)

    def start_to_source(self, pos: int) -> int:
        """Source position of a span that starts at output position ``pos``."""
        k = bisect_right(self.out_starts, pos) - 1
        if k < 0:
            return pos
        if pos >= self.out_ends[k]:
            return self.in_ends[k] + (pos - self.out_ends[k])
        return self.in_starts[k]

    def end_to_source(self, pos: int) -> int:
        """Source position of a span that ends (exclusive) at output position ``pos``."""
        k = bisect_left(self.out_starts, pos) - 1
        if k < 0:
            return pos
        if pos <= self.out_ends[k]:
            return self.in_ends[k]
        return self.in_ends[k] + (pos - self.out_ends[k])


_IDENTITY = OffsetMap()


class _Builder:
    """Accumulates the output pieces and the edits of one rewriting pass."""

    __slots__ = ("pieces", "out_len", "in_pos", "os", "oe", "is_", "ie")

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.out_len = 0
        self.in_pos = 0
        self.os: list[int] = []
        self.oe: list[int] = []
        self.is_: list[int] = []
        self.ie: list[int] = []

    def replace(self, text: str, start: int, end: int, replacement: str) -> None:
        if start > self.in_pos:
            self.pieces.append(text[self.in_pos : start])
            self.out_len += start - self.in_pos
        out_start = self.out_len
        self.pieces.append(replacement)
        self.out_len += len(replacement)
        if self.ie and self.ie[-1] == start:  # touching the previous edit: merge
            self.oe[-1] = self.out_len
            self.ie[-1] = end
        else:
            self.os.append(out_start)
            self.oe.append(self.out_len)
            self.is_.append(start)
            self.ie.append(end)
        self.in_pos = end

    def finish(self, text: str) -> tuple[str, OffsetMap]:
        if not self.os:
            return text, _IDENTITY
        self.pieces.append(text[self.in_pos :])
        return "".join(self.pieces), OffsetMap(
            tuple(self.os), tuple(self.oe), tuple(self.is_), tuple(self.ie)
        )


def _rewrite(
    text: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]
) -> tuple[str, OffsetMap]:
    """Apply ``replace`` to every match of ``pattern``, recording only real changes."""
    builder = _Builder()
    for m in pattern.finditer(text):
        new = replace(m)
        if new != m.group():
            builder.replace(text, m.start(), m.end(), new)
    return builder.finish(text)


def _constant(value: str) -> Callable[[re.Match[str]], str]:
    return lambda m: value


@dataclass(frozen=True)
class Normalizer:
    """A named rewriting step: ``apply(text)`` returns the new text and its :class:`OffsetMap`."""

    name: str
    apply: Callable[[str], tuple[str, OffsetMap]] = field(repr=False)
    doc: str = field(default="", repr=False)

    def __call__(self, text: str) -> str:
        return self.apply(text)[0]


# --- the steps -------------------------------------------------------------------------------

_LINE_ENDINGS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
#: Characters that take no space: soft hyphen, zero-width spaces and joiners, word joiner, BOM.
#: A regular-expression character class body, shared with the tokenizer of ``textguard.engine.align``.
INVISIBLE_CHARS = "\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff"
_INVISIBLES = re.compile(f"[{INVISIBLE_CHARS}]+")
_COMPAT = re.compile(
    r"[\u2024-\u2026\ufb00-\ufb06\ufb13-\ufb17\ufb50-\ufdff\ufe50-\ufe6b\ufe70-\ufefe\uff01-\uffee]"
)


_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_DOUBLE_QUOTES = re.compile(r"[\u201c-\u201f\u00ab\u00bb\u2033\u2036\u301d-\u301f]")
_SINGLE_QUOTES = re.compile(r"[\u2018-\u201b\u2032\u2035\u2039\u203a\u02bc\u0060\u00b4]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63]")
_WHITESPACE = re.compile(r"^\s+|\s+\Z|\s{2,}|[^\S ]")
_SPACED_DASH = re.compile(r" - | -|- ")
_NON_ASCII_RUN = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")
_NON_ASCII_CHAR = re.compile(r"[^\x00-\x7f]")


def _apply_line_endings(text: str) -> tuple[str, OffsetMap]:
    return _rewrite(text, _LINE_ENDINGS, _constant("\n"))


def _apply_invisibles(text: str) -> tuple[str, OffsetMap]:
    return _rewrite(text, _INVISIBLES, _constant(""))


def _apply_spaces(text: str) -> tuple[str, OffsetMap]:
    return _SPACES.sub(" ", text), _IDENTITY


def _nfkc_safe(m: re.Match[str]) -> str:
    new = unicodedata.normalize("NFKC", m.group())
    # A compatibility form that *introduces* a digit (none in this class today) would change
    # figures: keep the original character then.
    return new if not any(c.isdigit() for c in new) or m.group().isdecimal() else m.group()


def _apply_compatibility(text: str) -> tuple[str, OffsetMap]:
    return _rewrite(text, _COMPAT, _nfkc_safe)


# The three steps below replace one character by one: positions do not move, so the identity
# map describes them exactly.


def _apply_quotes(text: str) -> tuple[str, OffsetMap]:
    return _SINGLE_QUOTES.sub("'", _DOUBLE_QUOTES.sub('"', text)), _IDENTITY


def _apply_dashes(text: str) -> tuple[str, OffsetMap]:
    return _DASHES.sub("-", text), _IDENTITY


def _apply_whitespace(text: str) -> tuple[str, OffsetMap]:
    end = len(text)
    return _rewrite(text, _WHITESPACE, lambda m: "" if m.start() == 0 or m.end() == end else " ")


def _apply_spaced_dashes(text: str) -> tuple[str, OffsetMap]:
    return _rewrite(text, _SPACED_DASH, _constant("-"))


def _apply_case(text: str) -> tuple[str, OffsetMap]:
    if text.isascii():
        return text.lower(), _IDENTITY
    folded = text.casefold()
    if len(folded) == len(text):  # casefold maps each character on its own, never to nothing
        return folded, _IDENTITY
    # Some characters expand ("ß" -> "ss"): record those; every other one maps one to one.
    builder = _Builder()
    for m in _NON_ASCII_CHAR.finditer(text):
        f = m.group().casefold()
        if len(f) != 1:
            builder.replace(text, m.start(), m.end(), f)
    expanded, mapping = builder.finish(text)
    return expanded.casefold(), mapping


def _apply_nfc(text: str) -> tuple[str, OffsetMap]:
    if unicodedata.is_normalized("NFC", text):
        return text, _IDENTITY
    # No ASCII character composes with what precedes it, so NFC can be applied run by run: each
    # run of non-ASCII characters together with the one character before it (a possible base).
    # Only the part of a run that changed is recorded, so spans stay as narrow as the change.
    builder = _Builder()
    for m in _NON_ASCII_RUN.finditer(text):
        run = m.group()
        new = unicodedata.normalize("NFC", run)
        if new == run:
            continue
        head = 0
        while head < min(len(run), len(new)) and run[head] == new[head]:
            head += 1
        tail = 0
        while tail < min(len(run), len(new)) - head and run[-1 - tail] == new[-1 - tail]:
            tail += 1
        builder.replace(text, m.start() + head, m.end() - tail, new[head : len(new) - tail])
    return builder.finish(text)


fix_line_endings = Normalizer(
    "fix_line_endings",
    _apply_line_endings,
    """Turn CRLF, CR, NEL and Unicode line/paragraph separators into LF.

    Why: Windows and old Mac tools save the same text with other line endings.

    >>> fix_line_endings("a\\r\\nb\\rc")
    'a\\nb\\nc'
    """,
)
remove_invisibles = Normalizer(
    "remove_invisibles",
    _apply_invisibles,
    """Delete zero-width spaces and joiners, word joiners, BOMs inside the text and soft hyphens.

    Why: CMSs and copy-paste insert them invisibly; they split words for matching.
    Unsafe for display of scripts that need ZWJ/ZWNJ (emoji, Persian, Indic): use for matching only.

    >>> remove_invisibles("co\\u00adoper\\u200bate")
    'cooperate'
    """,
)
unify_spaces = Normalizer(
    "unify_spaces",
    _apply_spaces,
    """Turn NBSP, thin, narrow, figure, em/en and ideographic spaces into a plain space.

    >>> unify_spaces("50\\u00a0km")
    '50 km'
    """,
)
fold_compatibility = Normalizer(
    "fold_compatibility",
    _apply_compatibility,
    """Apply NFKC to the safe compatibility characters only: ligatures, full- and half-width
    forms, presentation forms, leaders and the ellipsis.

    Why not full NFKC: it turns superscripts and fractions into digits ("x²" into "x2"), which
    would change figures.

    >>> fold_compatibility("\\ufb01nal \\uff21\\uff22\\u2026")
    'final AB...'
    """,
)
unify_quotes = Normalizer(
    "unify_quotes",
    _apply_quotes,
    """Turn every double quotation mark (curly, low-high, guillemets, primes) into ``"`` and every
    single one (curly, angle, modifier apostrophe, backtick) into ``'``.

    Unsafe before quote extraction: which mark opened and which closed is forgotten.

    >>> unify_quotes("\\u201cIt\\u2019s \\u00abfine\\u00bb\\u201d")
    '"It\\'s "fine""'
    """,
)
unify_dashes = Normalizer(
    "unify_dashes",
    _apply_dashes,
    """Turn hyphen variants, en and em dashes and the minus sign into ``-``.

    >>> unify_dashes("2019\\u20132020 \\u2014 \\u22125")
    '2019-2020 - -5'
    """,
)
collapse_whitespace = Normalizer(
    "collapse_whitespace",
    _apply_whitespace,
    """Turn every run of whitespace, line breaks included, into one space; strip both ends.

    Why: paragraphs may be one line each, hard-wrapped, or separated by blank lines.
    Paragraph structure is read from the raw text (see ``textguard.text.segment``), not from this.

    >>> collapse_whitespace("  one\\n\\ntwo\\tthree ")
    'one two three'
    """,
)
tighten_dashes = Normalizer(
    "tighten_dashes",
    _apply_spaced_dashes,
    """Remove the single spaces around a ``-`` (run after :data:`collapse_whitespace`).

    Why: copies write "long -term", "50 -day" and "times - sometimes" for the same thing.

    >>> tighten_dashes("a 50 -day test - done")
    'a 50-day test-done'
    """,
)
fold_case = Normalizer(
    "fold_case",
    _apply_case,
    """Case-fold for caseless matching (``str.casefold``: "Straße" matches "STRASSE").

    >>> fold_case("Straße NATO")
    'strasse nato'
    """,
)
compose_unicode = Normalizer(
    "compose_unicode",
    _apply_nfc,
    """Compose characters (Unicode NFC): "e" + combining acute becomes "é". Always safe.

    >>> compose_unicode("cafe\\u0301") == "caf\\u00e9"
    True
    """,
)

#: Every normalizer by name.
NORMALIZERS: dict[str, Normalizer] = {
    n.name: n
    for n in (
        fix_line_endings,
        remove_invisibles,
        unify_spaces,
        fold_compatibility,
        unify_quotes,
        unify_dashes,
        collapse_whitespace,
        tighten_dashes,
        fold_case,
        compose_unicode,
    )
}

# doctest does not look inside instances: hand it each step's documentation.
__test__ = {name: n.doc for name, n in NORMALIZERS.items()}

#: The steps used to compare texts: every benign variant of a text normalizes to the same string.
MATCH: tuple[str, ...] = (
    "fix_line_endings",
    "remove_invisibles",
    "unify_spaces",
    "fold_compatibility",
    # Case folding and composition come before the quote and dash steps, because they can create
    # what those remove: "\u0149" folds to a modifier apostrophe, NFC turns Greek varia into "`".
    "fold_case",
    "compose_unicode",
    "unify_quotes",
    "unify_dashes",
    "collapse_whitespace",
    "tighten_dashes",
)


@dataclass(frozen=True)
class NormalizedText:
    """A normalized text with the way back to its source.

    ``applied`` names the steps that changed something, in order, so the plan can be explained
    and replayed.
    """

    text: str
    source: str
    applied: tuple[str, ...]
    maps: tuple[OffsetMap, ...] = field(repr=False)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``[start, end)`` of :attr:`text` to the span of :attr:`source` it came from."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is outside a text of {len(self.text)} characters")
        s, e = start, end
        for mapping in reversed(self.maps):
            s, e = mapping.start_to_source(s), mapping.end_to_source(e)
        return s, max(s, e)

    def source_span(self, start: int, end: int) -> Span:
        """The :class:`~textguard.findings.Span` of :attr:`source` behind ``text[start:end]``."""
        s, e = self.to_source(start, end)
        return Span(s, e, self.source[s:e])


def _resolve(steps: Iterable[str | Normalizer]) -> list[Normalizer]:
    out = []
    for step in steps:
        if isinstance(step, Normalizer):
            out.append(step)
            continue
        try:
            out.append(NORMALIZERS[step])
        except KeyError:
            names = ", ".join(NORMALIZERS)
            raise UsageError(f"unknown normalizer {step!r}: expected one of {names}") from None
    return out


def normalize(text: str, steps: Sequence[str | Normalizer] = MATCH) -> NormalizedText:
    """Run ``steps`` over ``text`` and keep the offset maps.

    >>> n = normalize("\\u201cHello\\u201d,\\u00a0she said.\\r\\n")
    >>> n.text
    '"hello", she said.'
    >>> n.applied
    ('fix_line_endings', 'unify_spaces', 'fold_case', 'unify_quotes', 'collapse_whitespace')
    >>> n.source_span(1, 6).text
    'Hello'
    """
    maps: list[OffsetMap] = []
    applied: list[str] = []
    current = text
    for step in _resolve(steps):
        new, mapping = step.apply(current)
        if new != current:
            applied.append(step.name)
            if len(mapping):
                maps.append(mapping)
        current = new
    return NormalizedText(current, text, tuple(applied), tuple(maps))


#: The steps that apply inside a single word (no spaces, quotes or dashes to unify).
WORD: tuple[str, ...] = ("remove_invisibles", "fold_compatibility", "fold_case", "compose_unicode")


def fold_word(word: str) -> str:
    """The matching key of one word: what :data:`MATCH` makes of it, fast for ASCII words.

    >>> fold_word("Stra\u00dfe"), fold_word("NATO"), fold_word("co\u00adop")
    ('strasse', 'nato', 'coop')
    """
    if word.isascii():
        return word.lower()
    return _fold_word(word)


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return normalize(word, WORD).text
