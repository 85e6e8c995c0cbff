"""Direct quotations of a raw text, with the spans of their words and of their marks.

A quotation check has to know exactly which words a writer put between quotation marks, so this
module reads the *raw* text (:func:`textguard.text.normalize.unify_quotes` forgets which mark opened
and which closed). News copy uses every convention: straight and curly marks, guillemets in both
directions, German low-high marks, single marks inside double ones (or the other way round),
quotations that run over several paragraphs, and the same characters as apostrophes.

How a mark is read:

- **Its surroundings decide its role**, its shape only breaks ties. A mark after a space, a
  bracket, a dash or another mark and before a word *opens*; a mark after a word and before a
  space or punctuation *closes*; a mark with space on both sides does whichever a quotation of its
  family that is still open needs. A mark glued between two words (``said"Hello``, or a credit
  glued to a curly opener) opens or closes by its shape. So ``»Hej«`` and ``«Bonjour»``, ``„Ja“``
  and ``”Hej”`` all work without knowing the language.
- **Families**: double marks (``" “ ” „ ‟``), guillemets (``« »``), single marks (``' ‘ ’ ‚ ‛``)
  and angle marks (``‹ ›``). A mark closes the innermost open quotation of its family; quotations
  opened inside it and never closed end there.
- **Apostrophes**: a single mark between two letters (``the council's``, ``he's``) is never a mark, nor
  one before an elided word (``'tis``, ``rock 'n' roll``), nor a closing mark with no single
  quotation open (``the students' union``), nor primes (``6'2"``). One before a digit (``'90s``)
  or shaped as a closer (``’``) opens only if a closing mark follows. A possible closer after a
  word and before a space (``players' union``) is held back: it closes the quotation only when no
  better closer comes before the quotation has to end (the paragraph ends, or a new single
  quotation opens).
- **Paragraphs bound quotations.** A quotation still open at the end of its paragraph continues
  when the next paragraph opens with a mark of its family (the convention for a quotation that
  runs over several paragraphs: only the last one closes), or when the first mark of its family
  there closes it (a copy that broke a paragraph inside a quotation); otherwise it ends with its
  paragraph, as ``closed=False``. An unbalanced mark never swallows the rest of the article.

Each multi-paragraph quotation is *one* :class:`Quotation` whose ``parts`` are the spans of its
paragraphs; ``start``/``end`` run from the first word to the last. Editorial insertions in
brackets (``[to the council]``) stay inside the quotation, as the writer printed them. Speaker
and cue are read where they are visible next to the marks (``"...," she said``,
``"...," said the minister``, ``The council told us: "..."``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text.segment import split_paragraphs
from ._quotation import SCARE_MAX_WORDS, Quotation, QuoteKind
from ._quote_scanner import Scanner

__all__ = ["SCARE_MAX_WORDS", "Quotation", "QuoteKind", "extract_quotes"]


def extract_quotes(
    text: str,
    *,
    start: int = 0,
    end: int | None = None,
    paragraphs: Sequence[tuple[int, int]] | None = None,
    scare_max_words: int = SCARE_MAX_WORDS,
) -> list[Quotation]:
    """The outermost quotations of ``text[start:end]``, in order, with raw offsets into ``text``.

    ``paragraphs`` are the ``(start, end)`` spans of the paragraphs (default:
    :func:`textguard.text.segment.split_paragraphs`); pass those of an existing segmentation to avoid
    splitting twice, or leave out paragraphs that are not article text. Linear in the length of
    the text.

    >>> text = 'She said: \u201cIt\u2019s the \u2018Harbour Plan\u2019, not a promise.\u201d It wasn\\'t.'
    >>> [q.text for q in extract_quotes(text)]
    ['It’s the ‘Harbour Plan’, not a promise.']
    >>> q = extract_quotes(text)[0]
    >>> q.speaker, q.kind, [n.text for n in q.nested], [n.kind for n in q.nested]
    ('She', 'speech', ['Harbour Plan'], ['scare'])
    """
    stop = len(text) if end is None else min(end, len(text))
    begin = max(0, start)
    spans = split_paragraphs(text) if paragraphs is None else paragraphs
    clipped = [(max(s, begin), min(e, stop)) for s, e in spans if e > begin and s < stop]
    clipped = [(s, e) for s, e in clipped if s < e]
    return Scanner(text, scare_max_words).run(clipped)
