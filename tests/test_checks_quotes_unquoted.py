"""``search_unquoted``: where a quotation's words stand in the copy without quotation marks.

Each test pins one of its thresholds on a short fictional text (tests that mutation testing asked
for: docs/quality.md, "Mutation testing").
"""

from __future__ import annotations

from textguard import Config
from textguard.checks.quotes._sides import QuoteSide, quote_side
from textguard.checks.quotes._unquoted import search_unquoted
from textguard.engine.context import CheckContext
from textguard.engine.pipeline import build_context
from textguard.extract.quotes import extract_quotes

ORIGINAL = 'The mayor spoke on Monday. "They will rebuild the pier by the summer," she said. Work starts soon.\n'


def _context(copy: str) -> tuple[CheckContext, QuoteSide]:
    ctx = build_context(ORIGINAL, copy, Config())
    quotes = extract_quotes(ctx.copy.text, paragraphs=ctx.copy_passages, scare_max_words=ctx.config.scare_quote_max_words)
    return ctx, quote_side(ctx, quotes, copy=True)


def _region(copy: str, words: str) -> tuple[int, int]:
    start = copy.index(words)
    return start, start + len(words)


def test_words_kept_without_marks_are_found_at_their_span() -> None:
    copy = "The mayor spoke on Monday. She said they will rebuild the pier by the summer. Work starts soon.\n"
    ctx, cop = _context(copy)
    found = search_unquoted(ctx, cop, "they will rebuild the pier by the summer", (0, len(copy)))
    assert found is not None
    score, (s, e) = found
    assert score == 100.0
    assert copy[s:e] == "they will rebuild the pier by the summer"


def test_a_match_covering_exactly_the_minimum_share_of_the_quotation_is_found() -> None:
    """The words of the region cover 32 characters of a 40-character quotation: exactly
    ``_COVERAGE`` (0.8), which is enough."""
    copy = "The mayor spoke on Monday. She said they will rebuild the pier by October. Work starts soon.\n"
    ctx, cop = _context(copy)
    region = _region(copy, "will rebuild the pier by October")
    found = search_unquoted(ctx, cop, "they will rebuild the pier by the summer", region)
    assert found is not None
    assert copy[found[1][0] : found[1][1]] == "will rebuild the pier by October"


def test_the_first_half_of_a_quotation_at_the_end_of_the_region_is_not_found() -> None:
    """Most words are there, but the best alignment covers 28 of the quotation's 53 characters
    (less than ``_COVERAGE``), at the far end of the region."""
    copy = "Crowds gathered as she told them that we will rebuild the old pier. Work starts soon.\n"
    ctx, cop = _context(copy)
    region = _region(copy, "Crowds gathered as she told them that we will rebuild the old pier")
    assert search_unquoted(ctx, cop, "we will rebuild the old pier before the summer season", region) is None


def test_the_words_of_the_span_are_those_the_alignment_touches() -> None:
    """The alignment is in characters of the region's words joined by spaces: a word it ends
    inside of is part of the span ("rebuild the pier x" aligns with "rebuild the pier y"), a word
    it stops right before is not ("ll rebuild the pier x" aligns with "ill rebuild the pier "), nor
    is the word before a space it starts on ("rebuild the pierx" aligns with " rebuild the pier")."""
    copy = "The mayor spoke on Monday. Crews will rebuild the pier yonder. Work starts soon.\n"
    ctx, cop = _context(copy)
    region = _region(copy, "Crews will rebuild the pier yonder")
    spans = {}
    for key in ("rebuild the pier x", "ll rebuild the pier x", "rebuild the pierx"):
        found = search_unquoted(ctx, cop, key, region)
        assert found is not None
        spans[key] = copy[found[1][0] : found[1][1]]
    assert spans == {
        "rebuild the pier x": "rebuild the pier yonder",
        "ll rebuild the pier x": "will rebuild the pier",
        "rebuild the pierx": "rebuild the pier",
    }


def test_a_match_at_most_half_inside_the_copys_marks_is_still_unquoted() -> None:
    """Of the eight matched words, four inside quotation marks leave the match standing; five
    make it a quotation of the copy, not a lost one, also when two quotations hold them."""
    key = "they will rebuild the pier by the summer"
    found = {}
    for quoted in (
        'they will "rebuild the pier by" the summer',
        'they "will rebuild the pier by" the summer',
        'they "will rebuild" the "pier by the" summer',
    ):
        copy = f"The mayor spoke on Monday. She said {quoted}. Work starts soon.\n"
        ctx, cop = _context(copy)
        result = search_unquoted(ctx, cop, key, (0, len(copy)))
        found[quoted] = None if result is None else copy[result[1][0] : result[1][1]]
    assert found == {
        'they will "rebuild the pier by" the summer': 'they will "rebuild the pier by" the summer',
        'they "will rebuild the pier by" the summer': None,
        'they "will rebuild" the "pier by the" summer': None,
    }
