"""The one pass over a text's marks that turns them into nested, multi-paragraph quotations.

A stack of open quotations, read paragraph by paragraph: the rules about a single mark live in
:mod:`._quote_marks`, kind, speaker and cue in :mod:`._quote_cues`; this module decides which
open quotation a mark closes and where quotations end.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._quotation import Quotation, strip_span
from ._quote_code import code_marks
from ._quote_cues import find_cue, quote_kind
from ._quote_marks import (
    ALNUM,
    CLOSE,
    EITHER,
    GLUED,
    MARK,
    MARKS,
    OPEN,
    SINGLE,
    is_elision,
    is_prime,
    role_of,
)

__all__ = ["Scanner"]

#: A quotation left open goes on over at most this many paragraphs without marks of its family,
#: when the first such mark after them closes it (a copy that broke its paragraphs apart).
_BROKEN_PARAGRAPHS = 3


class _Open:
    """A quotation being read: its family, marks, the parts so far and what it holds."""

    __slots__ = ("content", "family", "mark", "nested", "paragraph", "parts", "provisional", "weak")

    def __init__(
        self, family: int, mark: int, paragraph: tuple[int, int], *, provisional: bool = False
    ) -> None:
        self.family = family
        self.mark = mark
        #: An apostrophe as likely as a mark (``'90s``, a closing-shaped ``’``): it counts only if
        #: a closing mark is found.
        self.provisional = provisional
        self.content = mark + 1
        self.paragraph = paragraph
        self.parts: list[tuple[int, int]] = []
        self.nested: list[Quotation] = []
        #: Possible closers that may be apostrophes (single marks after a word, before a space).
        self.weak: list[int] = []


class Scanner:
    """Reads the marks of a text paragraph by paragraph, keeping a stack of open quotations."""

    def __init__(self, text: str, scare_max_words: int) -> None:
        self.text = text
        self.scare_max_words = scare_max_words
        self.stack: list[_Open] = []
        self.found: list[Quotation] = []
        #: The paragraph being read, where a quotation that ends now has its closing mark.
        self.paragraph = (0, 0)

    def run(self, paragraphs: Sequence[tuple[int, int]]) -> list[Quotation]:
        """Read the marks of ``paragraphs`` (sorted spans that do not overlap) in one pass."""
        if not paragraphs:
            return self.found
        text = self.text
        first, last = paragraphs[0][0], paragraphs[-1][1]
        k, n = 0, len(paragraphs)
        lo, hi = self.paragraph = paragraphs[0]
        skip = -1
        code = code_marks(text, first, last)
        for m in MARK.finditer(text, first, last):
            i = m.start()
            while i >= hi:
                skip = self._end_paragraph(paragraphs, k)
                k += 1
                if k == n:
                    return self.found
                lo, hi = self.paragraph = paragraphs[k]
            if i >= lo and i != skip and i not in code and not (i > 0 and text[i - 1].isdigit() and is_prime(text, i)):
                self._mark(i, m.group(), lo, hi)
        for j in range(k, n):
            self.paragraph = paragraphs[j]
            self._end_paragraph(paragraphs, j)
        return self.found

    def _end_paragraph(self, paragraphs: Sequence[tuple[int, int]], k: int) -> int:
        """End paragraph ``k``: continue the open quotation into the next paragraph when that one
        opens with a mark of its family, else end every open quotation here. Returns the position
        of the continuing mark (to skip), or -1."""
        # A held-back closer is a closing mark after all when the paragraph ends first.
        for j in range(len(self.stack) - 1, -1, -1):
            if j < len(self.stack) and self.stack[j].weak:
                self._resolve_weak(j)
        if not self.stack:
            return -1
        hi = paragraphs[k][1]
        nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
        mark = self._continues(paragraphs, k + 1) if nxt is not None else None
        if mark is not None:
            while len(self.stack) > 1:
                self._end(hi, hi, closed=False)
            bottom = self.stack[0]
            bottom.parts.append((bottom.content, hi))
            bottom.content = mark + 1
            bottom.weak.clear()
            return mark
        while self.stack:
            self._end(hi, hi, closed=False)
        return -1

    def _continues(self, paragraphs: Sequence[tuple[int, int]], k: int) -> int | None:
        """Whether the outermost open quotation goes on into paragraph ``k``: the position of that
        paragraph's opening mark when it opens with a mark of the quotation's family; its start
        (minus one) when the first mark of that family there, or in the next few paragraphs if it
        has none, is a clear closing one (a copy broke a paragraph inside the quotation); ``None``
        when it does not go on."""
        text = self.text
        family = self.stack[0].family
        for lo, hi in paragraphs[k : k + _BROKEN_PARAGRAPHS]:
            for m in MARK.finditer(text, lo, hi):
                i = m.start()
                if MARKS[m.group()][0] != family:
                    continue
                role = role_of(text, i, lo, hi)
                if i == lo:
                    if lo != paragraphs[k][0]:
                        return None
                    opens = role in (OPEN, EITHER) and not (family == SINGLE and is_elision(text, i, hi))
                    return i if opens else None
                if role != CLOSE or (
                    family == SINGLE and text[i - 1].isalpha() and text[i + 1 : i + 2].isspace()
                ):
                    return None
                return paragraphs[k][0] - 1  # nothing to skip: that position is never read
        return None

    def _closer_follows(self, family: int, i: int, hi: int) -> bool:
        """Whether a mark of ``family`` that may close stands in ``[i, hi)`` (bounded: the
        nearest mark of the family decides)."""
        for m in MARK.finditer(self.text, i, hi):
            if MARKS[m.group()][0] == family:
                return MARKS[m.group()][1] <= 0
        return False

    def _innermost(self, family: int) -> int | None:
        for j in range(len(self.stack) - 1, -1, -1):
            if self.stack[j].family == family:
                return j
        return None

    def _mark(self, i: int, ch: str, lo: int, hi: int) -> None:
        family, shape = MARKS[ch]
        text = self.text
        role = role_of(text, i, lo, hi)
        j = self._innermost(family)
        if family == SINGLE:
            self._single(i, role, j, lo, hi)
            return
        top = self.stack[-1] if self.stack else None
        if role == CLOSE and shape == 0 and j == len(self.stack) - 1 and text[i - 1].isdigit():
            # After a figure and before a space ('a 70" TV') a straight mark may be an inch mark:
            # it closes only if no better closer comes first.
            self.stack[j].weak.append(i)
            return
        if role == OPEN and top is not None and top.family == family and top.weak:
            self._resolve_weak(len(self.stack) - 1)
            j = self._innermost(family)
        if role == OPEN and j is not None and self._after_sentence_end(i, lo):
            # A paragraph of a quotation that runs over several, its break lost (a copy on one
            # line): a mark of the open family that opens after a full stop continues it.
            self._continue_at(j, i)
        elif role == OPEN or (role == EITHER and j is None):
            self._push(family, i, lo, hi)
        elif role in (CLOSE, EITHER) or (shape <= 0 and j is not None):
            if j is not None:
                self._close_at(j, i)
        elif shape < 0 and not self._closer_follows(family, i + 1, hi):
            pass  # a lone closing mark glued between words: nothing to open or close
        else:  # glued between two words: opening by its shape, or a closing shape that opens
            # (texts without spaces, as in Chinese and Japanese, and Swedish ”Hej” style marks,
            # which close nothing open and are closed by a mark of their family further on)
            self._push(family, i, lo, hi)

    def _single(self, i: int, role: int, j: int | None, lo: int, hi: int) -> None:
        if role == GLUED:  # between two letters: an apostrophe
            return
        top = self.stack[-1] if self.stack else None
        if (
            role == EITHER
            and top is not None
            and top.family == SINGLE
            and top.weak
            and self._closer_follows(SINGLE, i + 1, hi)
        ):
            # A mark with space on both sides after a held-back closer, and another mark further
            # on: the closer was one, and this mark opens a quotation typed with spaces inside its
            # marks (' like this ').
            self._resolve_weak(len(self.stack) - 1)
            j = self._innermost(SINGLE)
            top = self.stack[-1] if self.stack else None
        if role == OPEN or (role == EITHER and j is None):
            if is_elision(self.text, i, hi):
                return
            if top is not None and top.family == SINGLE and top.weak:
                self._resolve_weak(len(self.stack) - 1)  # the held-back closer was one
                j = self._innermost(SINGLE)
            provisional = self.text[i] == "\u2019" or (i + 1 < hi and self.text[i + 1].isdigit())
            if provisional and j is not None:
                return  # 'the '90s' inside a single quotation: an apostrophe, never a nested mark
            self.stack.append(_Open(SINGLE, i, (lo, hi), provisional=provisional))
            return
        if j is None:  # a closing apostrophe: the students' union
            return
        weak = i > lo and self.text[i - 1].isalpha() and i + 1 < hi and self.text[i + 1].isspace()
        if weak:
            if j == len(self.stack) - 1:
                self.stack[j].weak.append(i)
            return
        self._close_at(j, i)

    def _after_sentence_end(self, i: int, lo: int) -> bool:
        """Whether the mark at ``i`` follows the end of a sentence (past spaces and closing marks)."""
        text = self.text
        k = i - 1
        while k > lo and (text[k].isspace() or text[k] in MARKS and MARKS[text[k]][1] <= 0):
            k -= 1
        return k < i - 1 and text[k] in ".!?\u2026" and text[i - 1].isspace()

    def _continue_at(self, j: int, i: int) -> None:
        """The quotation ``j`` of the stack goes on after the mark at ``i``, in a new part."""
        while len(self.stack) > j + 1:
            self._end(i, i, closed=False)
        q = self.stack[j]
        q.parts.append((q.content, i))
        q.content = i + 1
        q.weak.clear()

    def _resolve_weak(self, j: int) -> None:
        """Close the quotation ``j`` of the stack at its first held-back closer. Quotations opened
        before that closer end with it; those opened after it were never inside and stay open."""
        weak = self.stack[j].weak[0]
        later = [e for e in self.stack[j + 1 :] if e.mark > weak]
        self.stack[j + 1 :] = [e for e in self.stack[j + 1 :] if e.mark < weak]
        while len(self.stack) > j + 1:
            self._end(weak, weak, closed=False)
        self._end(weak, weak + 1, closed=True)
        self.stack.extend(later)

    def _push(self, family: int, i: int, lo: int, hi: int) -> None:
        self.stack.append(_Open(family, i, (lo, hi)))

    def _close_at(self, j: int, i: int) -> None:
        """Close the quotation ``j`` of the stack at the mark at ``i``, and those opened inside it."""
        while len(self.stack) > j + 1:
            self._end(i, i, closed=False)
        self._end(i, i + 1, closed=True)

    def _end(self, content_end: int, outer_end: int, *, closed: bool) -> None:
        """Pop the innermost open quotation, ending its words at ``content_end``."""
        q = self.stack.pop()
        if not closed and q.weak:
            # Never closed: the first held-back closer was its closing mark after all.
            content_end, outer_end, closed = q.weak[0], q.weak[0] + 1, True
        text = self.text
        parts = [(s, e) for s, e in (*q.parts, (q.content, content_end)) if ALNUM.search(text, s, e)]
        parts = [strip_span(text, s, e) for s, e in parts]
        inner = q.nested
        if not parts or (q.provisional and not closed):  # empty marks, a lone mark, an apostrophe
            self._keep(inner)
            return
        # Quotations that started after a held-back closer belong to the parent.
        after = [n for n in inner if n.outer_start >= content_end]
        inner = [n for n in inner if n.outer_start < content_end]
        start, end = parts[0][0], parts[-1][1]
        outer = not self.stack
        cue = speaker = None
        if outer:
            cue, speaker = find_cue(text, q.mark, q.paragraph[0], outer_end, self.paragraph[1], end)
        quotation = Quotation(
            start,
            end,
            q.mark,
            outer_end,
            text[start:end],
            quote_kind(text, parts, self.scare_max_words, attributed=cue is not None),
            speaker,
            cue,
            tuple(inner),
            tuple(parts),
            closed,
        )
        self._keep([quotation])
        self._keep(after)

    def _keep(self, quotations: list[Quotation]) -> None:
        (self.stack[-1].nested if self.stack else self.found).extend(quotations)
