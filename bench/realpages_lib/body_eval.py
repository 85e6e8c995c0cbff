"""``body OUT``: how well textguard's body detection finds the article in a whole page's text.

Each page with a gold body gives a truth per line of its page text: a line is *gold* when most of
its words stand, in order, in the gold body (difflib's matching blocks over the two word
sequences, independent of textguard). Body detection takes some lines as body; the figures are
line-level precision and recall of "taken as body" against "gold", over all pages, and the pages
where detection is worst. A quick measure for work on :mod:`textguard.engine.body`: it runs no
check, only the detection (seconds instead of the minutes of ``score``).
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from .labels import words_of

__all__ = ["PageFigures", "evaluate_page", "gold_lines", "run_body_eval"]

#: A line is gold when at least this share of its words fall in matching blocks ...
_GOLD_SHARE = 0.5
#: ... of at least this many words (or the line's whole length, for a shorter line).
_MIN_BLOCK = 3


def gold_lines(lines: list[str], gold: str) -> list[bool]:
    """Which of ``lines`` (a page's paragraphs) carry the gold body's words.

    >>> gold_lines(["Home", "The council met on Monday.", "Share this"], "The council met on Monday.")
    [False, True, False]
    """
    owner: list[int] = []
    words: list[str] = []
    for i, line in enumerate(lines):
        w = words_of(line)
        words.extend(w)
        owner.extend([i] * len(w))
    sizes = [0] * len(lines)
    for i in owner:
        sizes[i] += 1
    hits = [0] * len(lines)
    matcher = SequenceMatcher(None, words, words_of(gold), autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.a, block.a + block.size):
            i = owner[k]
            if block.size >= min(_MIN_BLOCK, sizes[i]):
                hits[i] += 1
    return [sizes[i] > 0 and hits[i] >= _GOLD_SHARE * sizes[i] for i in range(len(lines))]


@dataclass(frozen=True, slots=True)
class PageFigures:
    """Line counts of one page: taken as body and gold, taken only, gold only; and word counts."""

    page: str
    both: int
    taken_only: int
    gold_only: int
    words_taken_only: int
    words_gold_only: int

    @property
    def errors(self) -> int:
        return self.words_taken_only + self.words_gold_only


def evaluate_page(name: str, page_text: str, gold: str) -> PageFigures:
    """Body detection on ``page_text`` against the lines that carry ``gold``."""
    from textguard.engine.body import find_body
    from textguard.text.segment import segment

    seg = segment(page_text)
    lines = [page_text[p.start : p.end] for p in seg.paragraphs]
    truth = gold_lines(lines, gold)
    body = find_body(seg)
    both = taken_only = gold_only = wt = wg = 0
    for i, line in enumerate(lines):
        if not words_of(line):
            continue
        taken = body.contains(i)
        n = len(words_of(line))
        both += taken and truth[i]
        if taken and not truth[i]:
            taken_only += 1
            wt += n
        if truth[i] and not taken:
            gold_only += 1
            wg += n
    return PageFigures(name, both, taken_only, gold_only, wt, wg)


def run_body_eval(out: Path, *, show: int = 10) -> list[PageFigures]:
    """Every page of ``out`` with a gold body and a page text; prints the figures."""
    pages = sorted(p.parent for p in out.glob("*/*/page.txt") if (p.parent / "original.txt").is_file())
    figures = [
        evaluate_page(
            f"{d.parent.name}/{d.name}",
            (d / "page.txt").read_text("utf-8"),
            (d / "original.txt").read_text("utf-8"),
        )
        for d in pages
    ]
    both = sum(f.both for f in figures)
    taken = both + sum(f.taken_only for f in figures)
    gold = both + sum(f.gold_only for f in figures)
    exact = sum(1 for f in figures if not f.taken_only and not f.gold_only)
    print(f"{len(figures)} pages with a gold body; body found line for line on {exact}")
    print(f"lines: precision {both / max(1, taken):.1%} ({both}/{taken}), recall {both / max(1, gold):.1%} ({both}/{gold})")
    print(
        f"words: furniture taken as body {sum(f.words_taken_only for f in figures)}, "
        f"body left out {sum(f.words_gold_only for f in figures)}"
    )
    if show:
        print(f"\nworst {show} pages (words wrongly taken / wrongly left out; lines the same):")
        for f in sorted(figures, key=lambda f: -f.errors)[:show]:
            print(f"  {f.page:<40} taken {f.words_taken_only:>6} ({f.taken_only} lines)  left out {f.words_gold_only:>6} ({f.gold_only} lines)")
    return figures
