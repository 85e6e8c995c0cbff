"""Split a raw text into paragraphs and sentences, with offsets into the raw text.

Checks compare an original and a copy paragraph by paragraph and sentence by sentence, and every
finding must point into the text *as read*. So this module never rewrites the text: it returns
``(start, end)`` pairs of ``str`` indices into the raw string (CRLF, NBSP, zero-width spaces and
all). Every span is trimmed, ``text[start:end]`` neither starts nor ends with whitespace (Unicode
whitespace, zero-width spaces, BOM), and is never empty.

**Paragraphs.** The same article reaches us in several layouts, and all must give the same
paragraphs:

- one paragraph per line, with or without blank lines between (most scraped text);
- hard-wrapped lines (at 60-80 columns), with or without blank lines between paragraphs;
- mixtures: headings, teaser lists, "0 Comments" or a URL among wrapped prose.

Whether lines are wrapped is decided from the shape of the lines (see :func:`split_paragraphs`).

**Sentences.** A boundary follows ``.``, ``!``, ``?`` or ``…`` (and any closing quotes or
brackets) when whitespace and the start of a sentence follow; abbreviations, initials and dotted
acronyms are handled by rule (see :func:`split_sentences`). Both passes are linear in the length
of the text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = [
    "MAX_WRAP_WIDTH",
    "Paragraph",
    "Segmentation",
    "Sentence",
    "segment",
    "split_paragraphs",
    "split_sentences",
]

#: Lines are never treated as hard-wrapped when the wrap width estimate exceeds this many
#: characters: nobody wraps prose that wide, so such a text has one paragraph per line.
MAX_WRAP_WIDTH = 150

#: The share of lines that the wrap width estimate covers: the estimate is the 90th percentile of
#: line lengths, so that a few long lines (a URL, a table row) do not inflate it.
_WIDTH_PERCENTILE = 0.9

# Every character for which ``str.isspace`` is true (checked by a test), and the invisible ones
# that editors and CMSs leave at line ends. Both count as blank for trimming and blank lines.
_WHITESPACE = (
    "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_INVISIBLE = "\u180e\u200b\u200c\u200d\u2060\ufeff"
_BLANK = _WHITESPACE + _INVISIBLE
_INVISIBLE_RUN = re.compile(f"[{_INVISIBLE}\u00ad\u2061-\u2064]+")

_WS_CLASS = r"\s\u180e\u200b-\u200d\u2060\ufeff"
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_TOKEN = re.compile(rf"[^{_WS_CLASS}]+")
_WORD = re.compile(r"\w+")

_TERMINATORS = ".!?\u2026"
#: Closing marks, the German ones (\u201e...\u201c, \u201a...\u2018) too: after terminal punctuation
#: and before whitespace, a \u201c or \u2018 closes.
_CLOSERS = "\"'\u201d\u2019\u201c\u2018\u00bb\u203a)]}"
#: After a space, a \u201c or \u2018 with space after it is an English opener with a space inside it.
_SPACED_CLOSERS = _CLOSERS.replace("\u201c", "").replace("\u2018", "")
_OPENERS = "\"'\u201c\u2018\u201e\u201a\u00ab\u2039([{\u00bf\u00a1"
#: What may stand before the first letter of a sentence: opening marks, the guillemets that open
#: quotations in German and Danish (»So«), and the spaces some texts put inside quote marks.
_STARTING_MARKS = _OPENERS + "\u00bb\u203a"
#: Marks shaped like closers that open in Swedish and Finnish (\u201dHej\u201d): they start a sentence
#: when glued to what follows (with a space after, they close the one before: "late. \u201d Then").
_SAME_BOTH_SIDES = "\u201d\u2019"
_INNER_SPACE = " \u00a0\u202f"

# A candidate sentence boundary: terminal punctuation, closing marks, then whitespace and the
# first character of what follows (captured inside the lookahead, so nothing after is consumed).
# Some texts put a space inside their quote marks ("It was late. ” Then"): a closing mark after one
# space is still closing when whitespace follows it (a straight quote before a word opens).
# Linear time: a match only starts where a run of terminal marks starts (the lookbehind), and the
# possessive quantifiers never give characters back, so a long run of dots is scanned once.
_CANDIDATE = re.compile(
    rf"(?<![.!?\u2026])(?P<punct>[.!?\u2026]++)"
    rf"(?P<close>(?:[{re.escape(_CLOSERS)}]|[ \u00a0\u202f][{re.escape(_SPACED_CLOSERS)}](?=[{_WS_CLASS}]|\Z))*+)"
    rf"(?=[{_WS_CLASS}]++(?P<next>[^{_WS_CLASS}]))"
)

#: Titles that precede a name: never the end of a sentence.
_TITLES = frozenset(
    "mr mrs ms mx messrs mme mlle dr prof st gen col lt sgt capt cpt cmdr adm maj cpl pvt brig "
    "gov sen rep rev hon mt fr pres supt insp det".split()
)
#: Abbreviations that (almost) never end a sentence: they introduce a number, a date or an example.
_NEVER_FINAL = frozenset(
    "e.g i.e vs v cf approx ca fig figs vol vols pp nos "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
#: Abbreviations that often end a sentence: a boundary only before a common sentence starter.
_OFTEN_FINAL = frozenset("etc inc ltd co corp llc plc bros jr sr esq al".split())
#: Capitalized words that commonly start a sentence and rarely follow an abbreviation mid-sentence.
_STARTERS = frozenset(
    "A After All Also An And As At But By During For From He Her His How However I If In It Its "
    "Meanwhile My No Now On One Our She Since So Some That The Their Then There These They This "
    "Those Though To We What When Where While Who Why Yet You".split()
)
_DOTTED_ACRONYM = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
_INITIAL = re.compile(r"[^\W\d_]")
#: Abbreviations and initials are short: a longer token before a period is never one.
_MAX_TOKEN = 32


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``text[start:end]``, the ``index``-th of the text, in paragraph ``paragraph``."""

    index: int
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph: ``text[start:end]``, holding sentences ``first_sentence`` onwards."""

    index: int
    start: int
    end: int
    first_sentence: int
    sentence_count: int


@dataclass(frozen=True)
class Segmentation:
    """The paragraphs and sentences of a text, with lookups from a position.

    >>> seg = segment("Title\\n\\nIt rained. We stayed in.\\n")
    >>> [seg.text[p.start:p.end] for p in seg.paragraphs]
    ['Title', 'It rained. We stayed in.']
    >>> [seg.text[s.start:s.end] for s in seg.sentences_of(1)]
    ['It rained.', 'We stayed in.']
    >>> seg.sentence_at(seg.text.index("We")), seg.paragraph_at(5)
    (2, None)
    """

    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    _paragraph_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _sentence_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_paragraph_starts", tuple(p.start for p in self.paragraphs))
        object.__setattr__(self, "_sentence_starts", tuple(s.start for s in self.sentences))

    def paragraph_at(self, pos: int) -> int | None:
        """Index of the paragraph whose span contains ``pos``; ``None`` between or outside them."""
        i = bisect_right(self._paragraph_starts, pos) - 1
        return i if i >= 0 and pos < self.paragraphs[i].end else None

    def sentence_at(self, pos: int) -> int | None:
        """Global index of the sentence whose span contains ``pos``; ``None`` between or outside."""
        i = bisect_right(self._sentence_starts, pos) - 1
        return i if i >= 0 and pos < self.sentences[i].end else None

    def sentences_overlapping(self, start: int, end: int) -> range:
        """Global indices of the sentences that share at least one character with ``[start, end)``.

        >>> seg = segment("One here. Two there. Three.")
        >>> list(seg.sentences_overlapping(5, 12))
        [0, 1]
        """
        lo = bisect_right(self._sentence_starts, start) - 1
        if lo < 0 or self.sentences[lo].end <= start:
            lo += 1
        hi = bisect_left(self._sentence_starts, end)
        return range(lo, max(lo, hi))

    def sentences_of(self, paragraph: int) -> tuple[Sentence, ...]:
        """The sentences of paragraph ``paragraph`` (an index into :attr:`paragraphs`)."""
        p = self.paragraphs[paragraph]
        return self.sentences[p.first_sentence : p.first_sentence + p.sentence_count]


def segment(text: str) -> Segmentation:
    """Split ``text`` into paragraphs (:func:`split_paragraphs`), then each into sentences."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for p, (start, end) in enumerate(split_paragraphs(text)):
        first = len(sentences)
        for s, e in split_sentences(text, start, end):
            sentences.append(Sentence(len(sentences), p, s, e))
        paragraphs.append(Paragraph(p, start, end, first, len(sentences) - first))
    return Segmentation(text, tuple(paragraphs), tuple(sentences))


# --- paragraphs --------------------------------------------------------------------------------


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the trimmed ``(start, end)`` spans of the paragraphs of ``text``.

    Blank lines (empty, or only whitespace, NBSP, zero-width spaces) and U+2029 always separate
    paragraphs. Within a *block* of consecutive non-blank lines, each line is a paragraph unless
    the block looks hard-wrapped. The heuristic:

    1. The wrap width ``W`` is the 90th percentile of the lengths of the non-blank lines. If it
       exceeds :data:`MAX_WRAP_WIDTH`, the document has one paragraph per line.
    2. A line is *full* when the first word of the next line would not have fit after it
       (``len + 1 + len(word) > W``): a wrapping program had to break there.
    3. A block is wrapped when the block, or the whole document, has the shape of wrapped text:
       at least a third of its lines (but the last) are full, and full lines that end mid-sentence *and* are
       followed by a line starting in lowercase outnumber (at least one) full lines that end a
       sentence. One-paragraph-per-line text fails this: its long lines end with a full stop, its
       headings are followed by a capital. (The document counts too, because a short wrapped
       paragraph between blank lines carries too little evidence alone.)
    4. In a wrapped block a paragraph ends after a line that is not full and either ends a
       sentence or is followed by a line that starts one (a deliberate break: a paragraph end, a
       heading, a list item), before a heading-shaped line (short, no final punctuation) that
       follows a sentence end, and around a line that is a lone URL.

    A paragraph whose last line happens to be full and is followed by a normal paragraph cannot be
    told from a wrapped line without blank lines: such paragraphs are joined.

    >>> text = "Heading\\nA wrapped line that goes\\non here. It ends.\\nNext one.\\n"
    >>> [text[s:e] for s, e in split_paragraphs(text)]
    ['Heading', 'A wrapped line that goes\\non here. It ends.', 'Next one.']
    """
    starts, ends, gaps = _scan_lines(text)
    lengths = [_visible_length(text, s, e) for s, e in zip(starts, ends)]
    width = _estimate_wrap_width(lengths)
    if width > MAX_WRAP_WIDTH:
        return list(zip(starts, ends))
    lines = _Lines(text, starts, ends, lengths, width)
    n = len(starts)
    if lines.double_spaced(gaps):
        gaps = [i == 0 or (gaps[i] and text.count("\u2029", ends[i - 1], starts[i]) > 0) for i in range(n)]
    blocks: list[tuple[int, int]] = []
    b = 0
    while b < n:
        c = b + 1
        while c < n and not gaps[c]:
            c += 1
        blocks.append((b, c))
        b = c
    evidence = [lines.evidence(b, c) for b, c in blocks]
    document_wrapped = _looks_wrapped(sum(evidence, _Evidence()))
    spans: list[tuple[int, int]] = []
    for (b, c), block_evidence in zip(blocks, evidence):
        if c - b > 1 and (document_wrapped or _looks_wrapped(block_evidence)):
            first = b
            for i in range(b, c - 1):
                if lines.breaks_after(i, c):
                    spans.append((starts[first], ends[i]))
                    first = i + 1
            spans.append((starts[first], ends[c - 1]))
        else:
            spans.extend(zip(starts[b:c], ends[b:c]))
    return spans


def _scan_lines(text: str) -> tuple[list[int], list[int], list[bool]]:
    """Trimmed spans of the non-blank lines, and whether a blank line or U+2029 precedes each."""
    starts: list[int] = []
    ends: list[int] = []
    gaps: list[bool] = []
    gap = True
    pos = 0
    for m in (*_LINE_BREAK.finditer(text), None):
        stop = m.start() if m else len(text)
        s, e = _trim(text, pos, stop)
        if s < e:
            starts.append(s)
            ends.append(e)
            gaps.append(gap)
            gap = False
        else:
            gap = True
        if m is None:
            break
        gap = gap or m.group() == "\u2029"
        pos = m.end()
    return starts, ends, gaps


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past blank characters at both ends (``(x, x)`` when all blank)."""
    chunk = text[start:end]
    left = chunk.lstrip(_BLANK)
    if not left:
        return end, end
    return end - len(left), start + len(chunk.rstrip(_BLANK))


def _estimate_wrap_width(lengths: list[int]) -> int:
    """The 90th percentile of ``lengths`` (capped at ``MAX_WRAP_WIDTH + 1``), in linear time."""
    if not lengths:
        return MAX_WRAP_WIDTH + 1
    cap = MAX_WRAP_WIDTH + 1
    counts = [0] * (cap + 1)
    for n in lengths:
        counts[min(n, cap)] += 1
    rank = max(1, -(-len(lengths) * 9 // 10))  # ceil(0.9 * n), in integers
    seen = 0
    for width, count in enumerate(counts):
        seen += count
        if seen >= rank:
            return width
    return cap  # pragma: no cover - the counts add up to len(lengths)


@dataclass(frozen=True, slots=True)
class _Evidence:
    """How many line pairs a block has, how many are full, and of those how many look continued
    (no sentence end, lowercase next) or final (a sentence end)."""

    pairs: int = 0
    full: int = 0
    continued: int = 0
    final: int = 0

    def __add__(self, other: _Evidence) -> _Evidence:
        return _Evidence(
            self.pairs + other.pairs,
            self.full + other.full,
            self.continued + other.continued,
            self.final + other.final,
        )


def _looks_wrapped(e: _Evidence) -> bool:
    """Step 3 of :func:`split_paragraphs`."""
    return 3 * e.full >= e.pairs and e.continued >= max(1, e.final)


class _Lines:
    """Per-line features of the non-blank lines, for the wrapped-block decisions."""

    __slots__ = ("ends_sentence", "full", "heading_shaped", "starts_sentence", "url")

    def __init__(self, text: str, starts: list[int], ends: list[int], lengths: list[int], width: int) -> None:
        n = len(starts)
        self.ends_sentence = [_ends_sentence(text, s, e) for s, e in zip(starts, ends)]
        self.starts_sentence = [_starts_sentence(text, s, e) for s, e in zip(starts, ends)]
        first_word = [_first_token_length(text, s, e) for s, e in zip(starts, ends)]
        self.url = [
            first_word[i] == ends[i] - starts[i] and _looks_like_url(text, starts[i], ends[i])
            for i in range(n)
        ]
        self.heading_shaped = [_ends_alnum(text, s, e) for s, e in zip(starts, ends)]
        # The first word's length as seen, like the lines' (a word of ASCII letters is as long as it looks).
        first_seen = [
            w if text[s : s + w].isascii() else _visible_length(text, s, s + w)
            for w, s in zip(first_word, starts)
        ]
        # full[i]: the first word of line i + 1 would not have fit on line i.
        self.full = [i + 1 < n and lengths[i] + 1 + first_seen[i + 1] > width for i in range(n)]

    def double_spaced(self, gaps: list[bool]) -> bool:
        """Whether blank lines separate the *lines* of wrapped paragraphs, not paragraphs.

        Some programs (and some extractors) write one blank line after every line. Then the pairs
        of lines around blank lines have the shape of wrapped text (step 3 of
        :func:`split_paragraphs`): full lines that stop mid-sentence before a lowercase word. Pairs
        around the blank lines of ordinary paragraphs end sentences, or are not full.
        """
        before_gaps = [i for i in range(len(gaps) - 1) if gaps[i + 1]]
        return len(before_gaps) >= 2 and _looks_wrapped(self._tally(before_gaps))

    def evidence(self, b: int, c: int) -> _Evidence:
        """Count the line pairs of the block ``[b, c)`` for step 3 of :func:`split_paragraphs`."""
        return self._tally(range(b, c - 1))

    def _tally(self, firsts: Sequence[int]) -> _Evidence:
        """The evidence of the line pairs ``(i, i + 1)`` for each ``i`` of ``firsts``."""
        full = continued = final = 0
        for i in firsts:
            if not self.full[i]:
                continue
            full += 1
            if self.ends_sentence[i]:
                final += 1
            elif not self.starts_sentence[i + 1]:
                continued += 1
        return _Evidence(len(firsts), full, continued, final)

    def breaks_after(self, i: int, c: int) -> bool:
        """Step 4 of :func:`split_paragraphs`: does a paragraph end after line ``i`` (block ends at ``c``)?"""
        if self.url[i] or self.url[i + 1]:
            return True
        if not self.full[i] and (self.ends_sentence[i] or self.starts_sentence[i + 1]):
            return True
        return self.ends_sentence[i] and self._is_heading(i + 1, c)

    def _is_heading(self, j: int, c: int) -> bool:
        """Whether line ``j`` is heading-shaped and stands alone: the block's last line, or a line
        before a lone URL (a paragraph always ends there, so whether the URL would have fit after
        it says nothing), or a short line before one that starts a sentence."""
        if not (self.starts_sentence[j] and self.heading_shaped[j]):
            return False
        return j == c - 1 or self.url[j + 1] or (not self.full[j] and self.starts_sentence[j + 1])


def _visible_length(text: str, start: int, end: int) -> int:
    """The length of ``text[start:end]`` as it looks: composed (NFC, so that decomposed accents
    and Hangul count as the letters they show) and without invisible characters, so that the
    same lines in NFD or with soft hyphens get the same wrap analysis."""
    chunk = text[start:end]
    if chunk.isascii():
        return len(chunk)
    return len(_INVISIBLE_RUN.sub("", unicodedata.normalize("NFC", chunk)))


def _first_token_length(text: str, start: int, end: int) -> int:
    m = _TOKEN.match(text, start, end)
    return m.end() - start if m else 0


def _looks_like_url(text: str, start: int, end: int) -> bool:
    token = text[start:end]
    return "://" in token or token.lower().startswith("www.")


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with terminal punctuation, maybe inside closing marks."""
    i = end - 1
    while i > start and text[i] in _CLOSERS:
        i -= 1
    return text[i] in _TERMINATORS


def _ends_alnum(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a letter or digit, maybe inside closing marks."""
    i = end - 1
    while i > start and text[i] in _CLOSERS:
        i -= 1
    return text[i].isalnum()


def _starts_sentence(text: str, pos: int, end: int) -> bool:
    """Whether a sentence can start at ``pos``: a capital or a digit, maybe after opening marks.

    A currency sign before a digit counts too (``$5m was raised``).

    >>> _starts_sentence('"Yes', 0, 4), _starts_sentence("(see", 0, 4), _starts_sentence("$5", 0, 2)
    (True, False, True)
    >>> _starts_sentence("\u201dHej", 0, 4), _starts_sentence("\u201d Hej", 0, 5)
    (True, False)
    """
    i = pos
    limit = min(end, pos + 8)
    while i < limit and (
        text[i] in _STARTING_MARKS
        or (text[i] in _SAME_BOTH_SIDES and i + 1 < end and not _is_blank(text[i + 1]))
        or (i > pos and text[i] in _INNER_SPACE)
    ):
        i += 1
    if i >= end:
        return False
    c = text[i]
    if c.isupper() or c.istitle() or c.isdigit():
        return True
    return unicodedata.category(c) == "Sc" and i + 1 < end and text[i + 1].isdigit()


# --- sentences ---------------------------------------------------------------------------------


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return the trimmed spans of the sentences of ``text[start:end]`` (offsets into ``text``).

    A boundary follows ``.``, ``!``, ``?`` or ``…`` (a run of them, then any closing quotes or
    brackets) when whitespace follows and then the start of a sentence: a capital or a digit,
    maybe after opening quotes or brackets. So a question inside a quotation followed by a
    lowercase word (``"Is it?" she asked.``), an ellipsis before a lowercase word, decimals,
    URLs and e-mail addresses (no whitespace after the dot) are never boundaries, and a quotation
    that ends a sentence (``He said "Go." Then``) splits after its closing mark. Line breaks are
    just whitespace.

    After a lone ``.`` with no closing mark, the word before it decides:

    - a title before a name (Mr, Dr, Prof, Gen, Sen, St, ...) is never a boundary;
    - an abbreviation that introduces something (e.g., i.e., vs., approx., Fig., Jan.-Dec.,
      and ``No.`` before a digit) is never a boundary;
    - a single-letter initial (``George W. Bush``), a dotted acronym (``U.S.``, ``a.m.``, ``Ph.D.``)
      or an abbreviation that often ends a sentence (etc., Inc., Ltd., Co., Corp., Jr., Sr.) is a
      boundary only before a common sentence starter (The, But, He, It, In, ...) that is not
      itself an initial: ``in the U.S. The next day`` splits, ``the U.S. Senate`` does not.

    >>> text = 'Mr. Smith met George W. Bush at 9 a.m. on Jan. 5. "Why?" he asked. It was 3.5 km.'
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Mr. Smith met George W. Bush at 9 a.m. on Jan. 5.', '"Why?" he asked.', 'It was 3.5 km.']
    """
    stop = len(text) if end is None else min(end, len(text))
    start, stop = _trim(text, max(0, start), stop)
    if start >= stop:
        return []
    spans: list[tuple[int, int]] = []
    first = start
    for m in _CANDIDATE.finditer(text, start, stop):
        if _is_boundary(text, m, start, stop):
            spans.append((first, m.end()))
            first = m.start("next")
    spans.append((first, stop))
    return spans


def _is_boundary(text: str, m: re.Match[str], start: int, stop: int) -> bool:
    """Whether the candidate ``m`` (see ``_CANDIDATE``) ends a sentence."""
    nxt = m.start("next")
    if not _starts_sentence(text, nxt, stop):
        return False
    punct = m.group("punct")
    if punct != "." or m.group("close"):
        return True
    word = _word_before(text, m.start(), start).lower()
    if word in _TITLES or word in _NEVER_FINAL:
        return False
    if word == "no":  # "No. 5" (number) but "The answer was no. Then ..."
        return not text[nxt].isdigit()
    if word in _OFTEN_FINAL or _DOTTED_ACRONYM.fullmatch(word) or _INITIAL.fullmatch(word):
        return _starter_at(text, nxt, stop)
    return True


def _word_before(text: str, pos: int, start: int) -> str:
    """The token that ends at ``pos`` without its opening and closing marks ("" when too long)."""
    # Invisible characters inside a word ("ha\u00adv\u2060e") are part of it, not the end of the
    # previous one, and are dropped from what is compared with the abbreviation lists.
    i = pos
    limit = max(start, pos - _MAX_TOKEN - 1)
    while i > limit and text[i - 1] not in _WHITESPACE:
        i -= 1
    word = _INVISIBLE_RUN.sub("", text[i:pos])
    if i == limit and i > start and text[i - 1] not in _WHITESPACE and len(word) > _MAX_TOKEN:
        return ""  # longer than any abbreviation
    return word.lstrip(_OPENERS).rstrip(_CLOSERS)


def _starter_at(text: str, pos: int, stop: int) -> bool:
    """Whether a common sentence starter (not followed by a period, as an initial is) is at ``pos``."""
    i = pos
    while i < stop and i < pos + 8 and text[i] in _OPENERS:
        i += 1
    m = _WORD.match(text, i, stop)
    if m is None or m.group() not in _STARTERS:
        return False
    return m.end() >= stop or text[m.end()] != "."


def _is_blank(c: str) -> bool:
    return c in _BLANK
