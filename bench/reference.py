"""The check a newsroom engineer would write by hand: the baseline textguard is timed against.

:func:`reference_check` makes the same kinds of checks as :func:`textguard.check`, the obvious way,
with the standard library only:

- split both texts into paragraphs (a blank line, or a line ending a sentence, ends one) and
  paragraphs into sentences (after ``.``, ``!`` or ``?``, maybe followed by a closing quote);
- for every original sentence, find the best matching copy sentence by
  ``difflib.SequenceMatcher(None, a, b).ratio()`` over *all* copy sentences: the quadratic loop
  anyone writes first. A paragraph none of whose sentences reaches :data:`THRESHOLD` is missing;
- quotations are the text between straight or curly double quotes; one is fine when it occurs in
  the copy (``in``), altered when the closest copy sentence reaches the threshold, else missing;
- names are runs of capitalised words (a lone capitalised word opening a sentence is not one), and
  figures are runs of digits with their separators; each is checked once with ``in``;
- a footer phrase ("Comments", "Share", ...) in the copy but not in the original is stray;
- the copy is truncated when the original's last sentence has no match in it.

It is neither tuned nor handicapped: no pre-filter such as ``quick_ratio()`` and no index, but no
repeated work either (each text is split once; names and figures are deduplicated). Its findings
are not textguard's (it knows no body, chrome or speech cues); the benchmark compares cost only.
It returns the findings as ``(kind, text)`` tuples, so the work cannot be optimised away.

>>> reference_check('She said "we will win".', 'She said "we will win".')
[]
>>> reference_check("Ann Lee paid 40 pounds.", "Ann Lee paid 45 pounds.")
[('number-missing', '40')]
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

__all__ = ["FOOTER_PHRASES", "THRESHOLD", "Finding", "reference_check"]

#: Lowest ``SequenceMatcher.ratio()`` for a copy sentence to count as an original sentence's match
#: (textguard's default ``match_threshold`` is 55 on a 0-100 scale).
THRESHOLD = 0.55
FOOTER_PHRASES = ("Comments", "Share", "Listen to this article", "Follow us")

Finding = tuple[str, str]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”'’])\s+")
_PARAGRAPH_END = (".", "!", "?", '"', "”", "'", "’")
_QUOTE = re.compile(r"\"([^\"]+)\"|“([^”]+)”")
_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?")


def reference_check(original: str, copy: str) -> list[Finding]:
    """Every finding for ``copy`` against ``original``, as ``(kind, text)`` in a fixed order."""
    paragraphs = [split_sentences(p) for p in split_paragraphs(original)]
    copy_sentences = [s for p in split_paragraphs(copy) for s in split_sentences(p)]
    findings = missing_paragraphs(paragraphs, copy_sentences)
    findings += check_quotes(original, copy, copy_sentences)
    findings += check_names(paragraphs, copy)
    findings += check_figures(original, copy)
    findings += check_footers(original, copy)
    findings += check_truncation(paragraphs, copy_sentences)
    return findings


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs, each on one line: a blank line ends one, and so does a line that ends a
    sentence (texts with one paragraph per line); other lines are hard wraps and are joined."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            lines.append(line)
        if lines and (not line or line.endswith(_PARAGRAPH_END)):
            paragraphs.append(" ".join(lines))
            lines = []
    if lines:
        paragraphs.append(" ".join(lines))
    return paragraphs


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph."""
    return [s for s in _SENTENCE_END.split(paragraph) if s]


def best_ratio(sentence: str, candidates: list[str]) -> float:
    """The highest ``SequenceMatcher`` ratio of ``sentence`` against any of ``candidates``."""
    return max((SequenceMatcher(None, sentence, c).ratio() for c in candidates), default=0.0)


def missing_paragraphs(paragraphs: list[list[str]], copy_sentences: list[str]) -> list[Finding]:
    """Original paragraphs none of whose sentences has a match among the copy's sentences."""
    return [
        ("paragraph-missing", " ".join(sentences))
        for sentences in paragraphs
        if all(best_ratio(s, copy_sentences) < THRESHOLD for s in sentences)
    ]


def check_quotes(original: str, copy: str, copy_sentences: list[str]) -> list[Finding]:
    """Quotations of the original that the copy does not contain word for word."""
    findings = []
    for match in _QUOTE.finditer(original):
        quote = match.group(1) or match.group(2)
        if quote in copy:
            continue
        altered = best_ratio(quote, copy_sentences) >= THRESHOLD
        findings.append(("quote-altered" if altered else "quote-missing", quote))
    return findings


def check_names(paragraphs: list[list[str]], copy: str) -> list[Finding]:
    """Names of the original (runs of capitalised words) that the copy lacks."""
    names: dict[str, None] = {}
    for sentence in (s for sentences in paragraphs for s in sentences):
        for match in _NAME.finditer(sentence):
            if match.start() > 0 or " " in match.group():
                names[match.group()] = None
    return [("entity-missing", name) for name in names if name not in copy]


def check_figures(original: str, copy: str) -> list[Finding]:
    """Figures of the original that the copy lacks."""
    figures = dict.fromkeys(_FIGURE.findall(original))
    return [("number-missing", figure) for figure in figures if figure not in copy]


def check_footers(original: str, copy: str) -> list[Finding]:
    """Footer phrases that the copy has and the original has not."""
    return [("stray-footer", p) for p in FOOTER_PHRASES if p in copy and p not in original]


def check_truncation(paragraphs: list[list[str]], copy_sentences: list[str]) -> list[Finding]:
    """The original's last sentence, when the copy has no match for it."""
    last = next((sentences[-1] for sentences in reversed(paragraphs) if sentences), None)
    if last is None or best_ratio(last, copy_sentences) >= THRESHOLD:
        return []
    return [("truncated", last)]
