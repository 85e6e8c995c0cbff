"""Hypothesis strategies for fuzzing text pipelines built on textguard.

Why: a check is only trustworthy if harmless differences between an original and its copy
(curly quotes, NBSP, CRLF, decomposed accents, re-wrapped lines...) never produce findings.
These strategies *build* plausible news prose and harmless variants of it, so a property test
can state "every benign variant of every article normalizes to the same text".

Sizes count structural units, never characters: ``sentences`` counts words, ``paragraphs``
counts sentences, ``articles`` counts paragraphs. Every strategy builds valid values directly;
none filters or calls ``assume``, so they stay fast and shrink well.

Each benign transform is a pure function ``(text, seed) -> str`` listed in
:data:`BENIGN_TRANSFORMS`; the seed picks which places to change, so a failure can be replayed
with the transform's name and seed (both are shown through :func:`hypothesis.note`).
"""

from __future__ import annotations

import random
import re
import textwrap
import unicodedata
from collections.abc import Callable, Sequence

from hypothesis import note
from hypothesis import strategies as st

__all__ = [
    "BENIGN_TRANSFORMS",
    "BenignTransform",
    "add_blank_lines",
    "add_trailing_spaces",
    "apply_benign_transforms",
    "articles",
    "benign_variants",
    "curl_quotes",
    "decompose_unicode",
    "insert_invisibles",
    "paragraphs",
    "rewrap_lines",
    "sentences",
    "use_cr_line_endings",
    "use_crlf_line_endings",
    "use_nbsp",
    "vary_dashes",
    "words",
]

# --- a small built-in vocabulary ---------------------------------------------------------------

_WORDS: tuple[str, ...] = (
    "the", "a", "an", "of", "to", "in", "on", "for", "with", "by", "from", "after", "before",
    "and", "but", "or", "not", "no", "that", "this", "these", "its", "their", "his", "her",
    "is", "was", "are", "were", "will", "would", "could", "has", "had", "have", "said", "says",
    "told", "reported", "announced", "denied", "agreed", "warned", "visited", "signed", "won",
    "lost", "rose", "fell", "government", "minister", "president", "council", "company",
    "market", "prices", "talks", "deal", "vote", "report", "city", "country", "border",
    "police", "court", "election", "parliament", "budget", "trade", "energy", "water",
    "schools", "workers", "officials", "residents", "spokesman", "statement", "week", "year",
    "month", "morning", "new", "old", "local", "national", "foreign", "public", "final",
    "early", "late", "large", "small", "strong", "weak", "long-term", "short-term", "don't",
    "it's", "won't", "can't", "café", "naïve", "façade", "rôle", "crème",
)
_NAMES: tuple[str, ...] = (
    "Anna", "Brown", "Chen", "Dubois", "Garcia", "Ivanov", "Kowalski", "Novak", "Smith", "Tanaka",
    "José", "Zoë", "Müller", "Łukasz", "Øresund", "Strauß", "Ångström", "Nuñez", "Çelik",
    "Paris", "Berlin", "Lagos", "Kyiv", "Brussels", "São Paulo", "NATO", "UN",
)
_NUMBERS: tuple[str, ...] = (
    "2", "12", "40", "300", "1,500", "2,024", "3.5", "0.25", "1999", "2024", "50-day", "40%",
)
_VERBS_OF_SAYING: tuple[str, ...] = ("said", "says", "told reporters", "added", "warned")
_SPEAKERS: tuple[str, ...] = ("she", "he", "they", "the minister", "a spokesman", "officials")
_ENDINGS: tuple[str, ...] = (".", ".", ".", "!", "?")


def _capitalize(word: str) -> str:
    return word[:1].upper() + word[1:]


def words() -> st.SearchStrategy[str]:
    """One lower-case vocabulary word (some with hyphens, apostrophes or accents)."""
    return st.sampled_from(_WORDS)


def _tokens() -> st.SearchStrategy[str]:
    return st.one_of(
        words(), words(), words(), st.sampled_from(_NAMES), st.sampled_from(_NUMBERS)
    )


@st.composite
def _sentence(draw: st.DrawFn, min_size: int, max_size: int, ending: bool) -> str:
    first = draw(st.one_of(words().map(_capitalize), st.sampled_from(_NAMES)))
    rest = draw(st.lists(_tokens(), min_size=min_size - 1, max_size=max_size - 1))
    parts = [first]
    for token in rest:
        separator = draw(st.sampled_from((" ", " ", " ", " ", ", ", " - ")))
        parts.append(separator + token)
    body = "".join(parts)
    return body + draw(st.sampled_from(_ENDINGS)) if ending else body


def sentences(*, min_size: int = 1, max_size: int = 12) -> st.SearchStrategy[str]:
    """A prose-like sentence of ``min_size``..``max_size`` words.

    The first word is capitalised and the sentence ends with ``.``, ``!`` or ``?``. Words come
    from a small vocabulary, with capitalised names, figures, commas and spaced dashes.
    """
    _check_sizes(min_size, max_size)
    return _sentence(min_size, max_size, True)


@st.composite
def _quoted_speech(draw: st.DrawFn) -> str:
    """A sentence with quoted speech in straight double quotes, in one of three shapes."""
    inner = draw(_sentence(1, 10, False))
    speaker = draw(st.one_of(st.sampled_from(_SPEAKERS), st.sampled_from(_NAMES)))
    verb = draw(st.sampled_from(_VERBS_OF_SAYING))
    shape = draw(st.integers(0, 2))
    if shape == 0:
        return f'"{inner}," {speaker} {verb}.'
    if shape == 1:
        return f'{_capitalize(speaker)} {verb}: "{inner}{draw(st.sampled_from(_ENDINGS))}"'
    return f'"{inner}{draw(st.sampled_from(_ENDINGS))}"'


def paragraphs(*, min_size: int = 1, max_size: int = 5) -> st.SearchStrategy[str]:
    """One paragraph (no line break) of ``min_size``..``max_size`` sentences, some quoted."""
    _check_sizes(min_size, max_size)
    sentence = st.one_of(sentences(), sentences(), _quoted_speech())
    return st.lists(sentence, min_size=min_size, max_size=max_size).map(" ".join)


def articles(*, min_size: int = 1, max_size: int = 8) -> st.SearchStrategy[str]:
    """An article of ``min_size``..``max_size`` paragraphs, one paragraph per line (``\\n``)."""
    _check_sizes(min_size, max_size)
    return st.lists(paragraphs(), min_size=min_size, max_size=max_size).map("\n".join)


def _check_sizes(min_size: int, max_size: int) -> None:
    if not 1 <= min_size <= max_size:
        raise ValueError(f"need 1 <= min_size <= max_size, got min_size={min_size}, max_size={max_size}")


# --- benign transforms -------------------------------------------------------------------------

#: A pure rewriting ``(text, seed) -> str`` that must not change what the text says.
BenignTransform = Callable[[str, int], str]

_OPENERS = frozenset("([{")
_DASH_VARIANTS = ("\u2013", "\u2014", "\u2010", "\u2212", "-")
_INVISIBLE_CHARS = ("\u200b", "\u00ad", "\u2060", "\ufeff")


def _some(rng: random.Random, n: int) -> list[bool]:
    """Which of ``n`` places to change: a random density, so 'none' and 'all' both occur."""
    density = rng.choice((0.0, 0.3, 0.7, 1.0))
    return [rng.random() < density for _ in range(n)]


def curl_quotes(text: str, seed: int) -> str:
    """Typeset some straight double quotes as “ ” (opening after a space or line start) and
    some apostrophes as ’."""
    rng = random.Random(seed)
    change = iter(_some(rng, text.count('"') + text.count("'")))
    out = []
    for i, ch in enumerate(text):
        if ch == '"' and next(change):
            opening = i == 0 or text[i - 1].isspace() or text[i - 1] in _OPENERS
            out.append("\u201c" if opening else "\u201d")
        elif ch == "'" and next(change):
            out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)


def use_nbsp(text: str, seed: int) -> str:
    """Replace some spaces with a no-break space (or, rarely, a narrow no-break space)."""
    rng = random.Random(seed)
    pieces = text.split(" ")
    change = _some(rng, len(pieces) - 1)
    out = [pieces[0]]
    for piece, c in zip(pieces[1:], change):
        out.append(("\u00a0" if rng.random() < 0.8 else "\u202f") if c else " ")
        out.append(piece)
    return "".join(out)


def use_crlf_line_endings(text: str, seed: int) -> str:
    """Windows line endings."""
    return text.replace("\n", "\r\n")


def use_cr_line_endings(text: str, seed: int) -> str:
    """Classic Mac line endings."""
    return text.replace("\n", "\r")


def decompose_unicode(text: str, seed: int) -> str:
    """Unicode NFD: accented letters become base letter + combining mark."""
    return unicodedata.normalize("NFD", text)


def add_blank_lines(text: str, seed: int) -> str:
    """Separate paragraphs by one or more blank lines, possibly holding spaces or tabs."""
    rng = random.Random(seed)
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        blanks = "".join(rng.choice(("", " ", "\t")) + "\n" for _ in range(rng.randint(1, 2)))
        out.append("\n" + blanks + line)
    return "".join(out)


def rewrap_lines(text: str, seed: int) -> str:
    """Hard-wrap each paragraph at one random width (40-100), blank lines between paragraphs."""
    width = random.Random(seed).randint(40, 100)
    wrapped = (
        "\n".join(textwrap.wrap(p, width, break_long_words=False)) for p in text.split("\n")
    )
    return "\n\n".join(wrapped)


def insert_invisibles(text: str, seed: int) -> str:
    """Insert zero-width spaces, soft hyphens, word joiners or BOMs between two word characters."""
    rng = random.Random(seed)
    inside = [i for i in range(1, len(text)) if text[i - 1].isalnum() and text[i].isalnum()]
    chosen = [i for i, c in zip(inside, _some(rng, len(inside))) if c and rng.random() < 0.3]
    out, last = [], 0
    for i in chosen:
        out += [text[last:i], rng.choice(_INVISIBLE_CHARS)]
        last = i
    out.append(text[last:])
    return "".join(out)


_SPACED_HYPHEN = re.compile(r" ?- ?")


def vary_dashes(text: str, seed: int) -> str:
    """Write some hyphens as en/em dashes, U+2010 or the minus sign, and some spaced dashes
    (" - ") without their spaces or with one only."""
    rng = random.Random(seed)

    def replace(m: re.Match[str]) -> str:
        dash = rng.choice(_DASH_VARIANTS)
        if m.group() == " - ":
            return rng.choice((" ", "")) + dash + rng.choice((" ", ""))
        return m.group().replace("-", dash)

    return _SPACED_HYPHEN.sub(replace, text)


def add_trailing_spaces(text: str, seed: int) -> str:
    """Add spaces or tabs at the end of some lines and of the text."""
    rng = random.Random(seed)
    lines = text.split("\n")
    change = _some(rng, len(lines))
    return "\n".join(line + (rng.choice((" ", "  ", "\t")) if c else "") for line, c in zip(lines, change))


#: Every benign transform, in the order :func:`benign_variants` applies them. Structure first
#: (wrapping, blank lines), then characters, then encoding-level changes (NFD, line endings).
BENIGN_TRANSFORMS: list[BenignTransform] = [
    rewrap_lines,
    add_blank_lines,
    add_trailing_spaces,
    vary_dashes,
    curl_quotes,
    use_nbsp,
    insert_invisibles,
    decompose_unicode,
    use_crlf_line_endings,
    use_cr_line_endings,
]


def apply_benign_transforms(text: str, plan: Sequence[tuple[str, int]]) -> str:
    """Replay a plan of ``(transform name, seed)`` pairs, as shown in a failing example's notes."""
    by_name = {t.__name__: t for t in BENIGN_TRANSFORMS}
    for name, seed in plan:
        text = by_name[name](text, seed)
    return text


@st.composite
def _benign_variants(draw: st.DrawFn, text: str) -> str:
    plan: list[tuple[str, int]] = []
    for transform in BENIGN_TRANSFORMS:
        # One line-ending convention at most: CR after CRLF would double every line break.
        if transform is use_cr_line_endings and plan and plan[-1][0] == "use_crlf_line_endings":
            continue
        if draw(st.booleans()):
            plan.append((transform.__name__, draw(st.integers(0, 2**32 - 1))))
    note(f"benign transforms: {plan!r}")
    return apply_benign_transforms(text, plan)


def benign_variants(text: str) -> st.SearchStrategy[str]:
    """Texts that say exactly what ``text`` says, written differently.

    Any combination of :data:`BENIGN_TRANSFORMS`, applied in that order; each variant must
    normalize (``textguard.normalize.MATCH``) to the same text as ``text``. Meant for plain
    prose such as :func:`articles` (one paragraph per line, straight quotes, ASCII dashes).
    """
    return _benign_variants(text)
