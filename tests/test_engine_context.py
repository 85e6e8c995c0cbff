"""The check context: what it reads from the copy once is what each check would read itself."""

from __future__ import annotations

from textguard import Config
from textguard.engine.pipeline import build_context
from textguard.extract.dates import _scan, extract_dates
from textguard.extract.numbers import extract_numbers
from textguard.extract.words import scan_words

from .articles import ORIGINAL, PARAGRAPHS, copy_of, replace_once

#: A fictional copy with a changed name, a changed figure, dates and a dropped paragraph.
COPY = replace_once(
    replace_once(copy_of(PARAGRAPHS[:-1]), "Delia Rowntree", "Delia Roundtree"), "£48 million", "£84 million"
) + "Updated on 3 March 2026 at 9.30pm; the vote was last Tuesday.\n"


def test_the_copy_s_words_and_figures_are_read_once_and_as_a_check_would() -> None:
    ctx = build_context(ORIGINAL, COPY, Config())
    assert ctx.copy_words == scan_words(COPY)
    assert ctx.copy_figures == extract_numbers(COPY, ambiguous=True)
    assert ctx.copy_words is ctx.copy_words and ctx.copy_figures is ctx.copy_figures


def test_dates_read_strictly_and_loosely_from_one_scan_agree_with_fresh_reads() -> None:
    text = COPY + "In May they may march; Theresa May spoke on Sun 4 May.\n"
    _scan.cache_clear()
    strict, loose = extract_dates(text), extract_dates(text, loose=True)
    assert _scan.cache_info().misses == 1 and _scan.cache_info().hits == 1
    _scan.cache_clear()
    assert extract_dates(text, loose=True) == loose
    _scan.cache_clear()
    assert extract_dates(text) == strict
    assert strict != loose
