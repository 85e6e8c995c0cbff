"""Tests that kill the surviving mutants of the structural checks found by mutation testing (issue
18; docs/quality.md "Mutation testing"). Each names what the mutant broke. The texts are fictional.
"""

from __future__ import annotations

from textguard import Severity

from .articles import ORIGINAL, PARAGRAPHS, copy_of
from .test_checks_structure import _page, findings


def test_a_credit_of_a_configured_pattern_glued_to_a_paragraph_is_an_inline_credit() -> None:
    # ``credit_patterns`` add credits that no built-in cue knows ("PIX-AGENCY 42").
    copy = copy_of(PARAGRAPHS[:2] + ["PIX-AGENCY 42" + PARAGRAPHS[2]] + PARAGRAPHS[3:])
    found = findings(copy, credit_patterns=(r"PIX-AGENCY \d+",))
    assert [(f.kind, f.copy.text if f.copy else None) for f in found] == [("inline-credit", "PIX-AGENCY 42")]


def test_the_note_on_page_furniture_left_out_quotes_its_first_line_alone() -> None:
    found = findings("\n\n".join(PARAGRAPHS) + "\n", original=_page(list(PARAGRAPHS)))
    assert [f.message.rsplit(", from ", 1)[1] for f in found] == ["'Skip to content'", "'View comments (3)'"]


def test_a_copy_that_matches_nothing_is_truncated_at_the_whole_body() -> None:
    [f] = findings("Roses need sun and a little water in the summer months.\n")
    assert (f.kind, f.severity) == ("truncated", Severity.ERROR)
    assert f.original is not None and f.original.text == ORIGINAL.strip()


#: A page whose article has no word at all: furniture around a line of marks.
WORDLESS = "Share this article\n* * *\nFollow us on Twitter\n"


def test_against_a_page_without_words_only_text_the_page_lacks_is_added() -> None:
    # A copy of the page's own furniture added nothing; a copy with words of its own did.
    assert findings("Share this article\n", original=WORDLESS) == []
    found = findings("Roses need sun in the summer.\n", original=WORDLESS)
    assert [(f.kind, f.message) for f in found] == [("content-added", "the original has no text, but the copy has")]


def test_the_note_on_a_reproduced_page_counts_its_paragraphs() -> None:
    page = _page(list(PARAGRAPHS))
    messages = [f.message for f in findings(page, original=page)]
    assert any(m.endswith("(1 paragraph, from 'Skip to content')") for m in messages), messages
    assert any(m.endswith("(3 paragraphs, from 'Comment')") for m in messages), messages
