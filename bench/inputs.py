"""Benchmark inputs built from the bundled fixture articles: long pairs and a folder of many pairs.

A long input is the fixture families' full texts (chrome included) concatenated in rotation,
separated by a blank line, the original side from the originals and the copy side from a copy of
each family (the family's copies taken in turn). Repeating the same paragraphs would flatter any
matcher that indexes text, so the ``r``-th repetition of a family is passed through the ``r``-th
permutation of the vowels (:func:`permute_vowels`) on both sides: words, names, figures and
quotations stay text-shaped and still correspond between original and copy, but no two blocks are
equal. Each block keeps its own header and footer chrome; a long text therefore has page chrome in
the middle too, which both implementations see alike.

The unit ("1x") is the length of the original of ``putin-trump-locomotives``, a real news article
of about 7,000 characters; a ``k``-times input takes blocks until its original is at least ``k``
units long, so the sizes are close to, not exactly, multiples (the real sizes are reported).

Permuted vowels hide what long live blogs and reports really do: repeat themselves. So
:func:`repeating_pair` builds the other kind of long input: the first family's paragraphs again and
again with small edits (an update number, a changed figure), the same quotation in every block, and
runs of similar short lines (a results table); its copy changes quote styles and one word in a few
paragraphs, as a syndication copy does.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from textguard.articles.model import Article, find_articles

__all__ = [
    "FIRST_FAMILY",
    "FIXTURES",
    "Pair",
    "families",
    "long_pair",
    "permute_vowels",
    "repeating_pair",
    "write_scan_tree",
]

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIRST_FAMILY = "putin-trump-locomotives"
SEPARATOR = "\n\n"

_VOWEL_ORDERS = list(itertools.permutations("aeiou"))


@dataclass(frozen=True, slots=True)
class Pair:
    """An original and a copy to check, and how they were made."""

    original: str
    copy: str
    blocks: int

    @property
    def size_bytes(self) -> int:
        """The UTF-8 size of both texts: what memory use is compared with."""
        return len(self.original.encode()) + len(self.copy.encode())


def permute_vowels(text: str, repetition: int) -> str:
    """``text`` with its vowels permuted by the ``repetition``-th permutation of ``aeiou``.

    Upper- and lowercase alike, so a name stays a name. Repetition 0 is the identity; the 120
    permutations come round again after that.

    >>> permute_vowels("Ivan told Ursula", 1)
    'Ivan tuld Orsola'
    """
    order = _VOWEL_ORDERS[repetition % len(_VOWEL_ORDERS)]
    table = str.maketrans("aeiouAEIOU", "".join(order) + "".join(order).upper())
    return text.translate(table)


def families() -> list[Article]:
    """The fixture articles, the first family first (it is the 1x input), then by name."""
    articles = find_articles(FIXTURES)
    return sorted(articles, key=lambda a: (a.name != FIRST_FAMILY, a.name))


def long_pair(times: int, articles: list[Article] | None = None) -> Pair:
    """A pair whose original is at least ``times`` units long (see the module docstring)."""
    articles = articles or families()
    unit = len(articles[0].read_original())
    originals: list[str] = []
    copies: list[str] = []
    for index in itertools.count():
        if sum(map(len, originals)) >= times * unit:
            break
        article = articles[index % len(articles)]
        repetition = index // len(articles)
        case = article.copies[repetition % len(article.copies)]
        originals.append(permute_vowels(article.read_original(), repetition))
        copies.append(permute_vowels(case.read(), repetition))
    return Pair(SEPARATOR.join(originals), SEPARATOR.join(copies), blocks=len(originals))


#: What every block of a repeating input says again (written for this benchmark; fictional).
_QUOTATION = '"We will keep the line open for as long as the passengers need it," the operator said.'
_TABLE_ROW = "Stage {n}: Harbour {a} - {b} Eastgate, {m} minutes late"


def repeating_pair(times: int, articles: list[Article] | None = None) -> Pair:
    """A pair whose original is at least ``times`` units long, made of blocks that repeat.

    Block ``r`` is the first family's original, each paragraph with a small edit (a prefix naming the
    update, a figure changed), then the same quotation, then twelve table rows of the same shape.
    The copy of block ``r`` is the same text with straight quotes made curly, and one word changed
    in every fifth paragraph: work for every check, on text that repeats itself.

    >>> pair = repeating_pair(2)
    >>> pair.blocks >= 2 and pair.original.count("the operator said") == pair.blocks
    True
    """
    articles = articles or families()
    source = articles[0].read_original()
    unit = len(source)
    paragraphs = [line for line in source.splitlines() if line.strip()]
    originals: list[str] = []
    copies: list[str] = []
    while sum(map(len, originals)) < times * unit:
        r = len(originals)
        block = [
            f"Update {r + 1}: {p}" if i % 3 == 0 else _nudge_figure(p, r) for i, p in enumerate(paragraphs)
        ]
        block.append(_QUOTATION)
        block += [_TABLE_ROW.format(n=n + 1, a=(n + r) % 5, b=n % 4, m=(3 * n + r) % 17) for n in range(12)]
        original = "\n".join(block)
        copy_lines = [
            (line.replace(" the ", " a ", 1) if i % 5 == 4 else line)
            .replace('"', "\u201c", 1)
            .replace('"', "\u201d", 1)
            for i, line in enumerate(block)
        ]
        originals.append(original)
        copies.append("\n".join(copy_lines))
    return Pair(SEPARATOR.join(originals), SEPARATOR.join(copies), blocks=len(originals))


def _nudge_figure(paragraph: str, repetition: int) -> str:
    """``paragraph`` with its first digit replaced by one that depends on ``repetition``."""
    for i, ch in enumerate(paragraph):
        if ch.isdigit():
            return paragraph[:i] + str((int(ch) + repetition) % 10) + paragraph[i + 1 :]
    return paragraph


def write_scan_tree(root: Path, *, pairs: int, articles: list[Article] | None = None) -> int:
    """Write article folders holding ``pairs`` copies in all under ``root``; return the folder count.

    Round ``r`` writes every family as ``<r>-<family>/original.txt`` and ``copies/*.txt``, vowels
    permuted by ``r``. No ``article.toml``: the scanner does not need one, and a family's ``[body]``
    pin would not match its permuted text. The last round may hold fewer copies.
    """
    articles = articles or families()
    rounds = ((repetition, article) for repetition in itertools.count() for article in articles)
    written = folders = 0
    for repetition, article in rounds:
        if written >= pairs:
            break
        folder = root / f"{repetition:03d}-{article.name}"
        (folder / "copies").mkdir(parents=True)
        _write(folder / "original.txt", permute_vowels(article.read_original(), repetition))
        for case in article.copies[: pairs - written]:
            _write(folder / "copies" / f"{case.name}.txt", permute_vowels(case.read(), repetition))
            written += 1
        folders += 1
    return folders


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="")
